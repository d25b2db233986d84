package hub

import (
	"context"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/bitnet-go/bitnet-go/internal/filehash"
)

// Files kept next to a cached file.
const (
	partSuffix   = ".part"      // the download in progress
	lockSuffix   = ".lock"      // held while downloading
	recordSuffix = ".meta.json" // what was downloaded and its digest
)

// record describes a cached file. While a download is in progress it holds
// the digest expected for the .part file (so that a resume never splices
// two versions of a file); once complete, the digest of the file as
// verified.
type record struct {
	Ref      string `json:"ref"`
	Commit   string `json:"commit,omitempty"`
	SHA256   string `json:"sha256,omitempty"`
	GitSHA1  string `json:"git_sha1,omitempty"` // expected blob id of a file kept in git rather than LFS
	Size     int64  `json:"size"`               // -1 when unknown
	Complete bool   `json:"complete"`
	// Verified is the file's identity when its digest was last checked:
	// while it is unchanged (and was recorded after the file's last change,
	// see trusted) a cache hit skips rehashing.
	Verified *fileID `json:"verified,omitempty"`
}

// fileID is what stat says about a file: a cheap stand-in for its content
// that changes whenever the content is changed through the file system.
type fileID struct {
	Size  int64  `json:"size"`
	MTime int64  `json:"mtime_ns"`
	CTime int64  `json:"ctime_ns,omitempty"` // 0 where the platform has none
	Inode uint64 `json:"inode,omitempty"`
	Dev   uint64 `json:"dev,omitempty"`
}

// trusted reports whether a cached file may be served on its fingerprint
// alone. Besides an unchanged identity, the record must be younger than
// the file's last change by the file system's own clock: timestamps are
// only as fine as a clock tick, so an edit made in the same tick as the
// verification would otherwise look unchanged (git's "racy clean" problem).
// Such a record is simply rehashed on the next use.
func (r *record) trusted(dst string, now fileID) bool {
	if r.Verified == nil || *r.Verified != now {
		return false
	}
	if now.CTime == 0 {
		return false // no change time on this platform: always rehash
	}
	meta, err := fingerprint(dst + recordSuffix)
	return err == nil && meta.MTime > now.CTime
}

// recordVerified records dst as complete and verified with its current
// fingerprint. When the record lands in the same clock tick as the file's
// last change it is rewritten a moment later (a few ms at most), so that
// the next use can trust it without rehashing.
func (c *Client) recordVerified(dst string, rec *record) error {
	id, err := fingerprint(dst)
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	rec.Complete, rec.Size, rec.Verified = true, id.Size, &id
	for range 20 {
		if err := writeRecord(dst, rec); err != nil {
			return err
		}
		if rec.trusted(dst, id) {
			return nil
		}
		time.Sleep(5 * time.Millisecond)
	}
	return nil // still correct: the next use rehashes
}

// maxRecord bounds a record file; real ones are a few hundred bytes.
const maxRecord = 64 << 10

func readRecord(dst string) (*record, error) {
	b, err := readSmallFile(dst+recordSuffix, maxRecord)
	if err != nil {
		return nil, err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("hub: %s%s: %w", dst, recordSuffix, err)
	}
	return &r, nil
}

// readSmallFile reads a regular file of at most limit bytes. Anything else
// (a FIFO, which would block the read forever, a device, a huge file) is an
// error.
func readSmallFile(path string, limit int64) ([]byte, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() > limit {
		return nil, fmt.Errorf("hub: %s: not a regular file of at most %d bytes", path, limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}

// writeRecord replaces the record atomically, so that readers never see a
// half-written one.
func writeRecord(dst string, r *record) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	// A name of its own, so that two processes rewriting the record of a
	// cache hit at once cannot mix their writes.
	f, err := os.CreateTemp(filepath.Dir(dst), filepath.Base(dst)+recordSuffix+".*.tmp")
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(append(b, '\n'))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644) // CreateTemp makes it 0600
	}
	if err == nil {
		err = os.Rename(tmp, dst+recordSuffix)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("hub: %w", err)
	}
	return nil
}

type cacheState int

const (
	cacheMissing    cacheState = iota // no file
	cacheUnrecorded                   // a file without a record of a completed download
	cacheVerified                     // a file matching its recorded digest
	cacheCorrupt                      // a file not matching its recorded digest
)

type cacheStatus struct {
	state cacheState
	err   error // why, for cacheCorrupt
}

// inspect checks the cached copy of ref at dst without the network: its
// size against the record always, its sha256 when the fingerprint does not
// vouch for it (see VerifyMode) or in VerifyFull mode.
func (c *Client) inspect(ctx context.Context, ref Ref, dst string) cacheStatus {
	fi, err := os.Stat(dst)
	if err != nil {
		return cacheStatus{state: cacheMissing}
	}
	if !fi.Mode().IsRegular() {
		return cacheStatus{state: cacheCorrupt, err: fmt.Errorf("hub: %s is not a regular file", dst)}
	}
	rec, err := readRecord(dst)
	if err != nil || !rec.Complete || rec.SHA256 == "" {
		return cacheStatus{state: cacheUnrecorded}
	}
	if fi.Size() != rec.Size {
		return cacheStatus{state: cacheCorrupt, err: &ChecksumError{Ref: ref, File: dst, Algo: "size",
			Want: strconv.FormatInt(rec.Size, 10), Got: strconv.FormatInt(fi.Size(), 10)}}
	}
	id, err := fingerprint(dst)
	if err != nil {
		return cacheStatus{state: cacheCorrupt, err: fmt.Errorf("hub: %w", err)}
	}
	if c.verifyMode != VerifyFull && rec.trusted(dst, id) {
		return cacheStatus{state: cacheVerified}
	}
	got, err := hashFile(ctx, dst, sha256.New())
	if err != nil {
		return cacheStatus{state: cacheCorrupt, err: err}
	}
	if got != rec.SHA256 {
		return cacheStatus{state: cacheCorrupt, err: &ChecksumError{Ref: ref, File: dst, Algo: "sha256", Want: rec.SHA256, Got: got}}
	}
	if !rec.trusted(dst, id) {
		_ = c.recordVerified(dst, rec) // only saves rehashing next time
	}
	return cacheStatus{state: cacheVerified}
}

// adopt checks a cached file that has no record against the hub's digest
// and, when it matches, records it. It reports whether the file was kept.
func (c *Client) adopt(ctx context.Context, ref Ref, dst string, remote remoteFile) (bool, error) {
	fi, err := os.Stat(dst)
	if err != nil {
		return false, fmt.Errorf("hub: %w", err)
	}
	if remote.size >= 0 && fi.Size() != remote.size {
		return false, nil
	}
	sum, err := hashFile(ctx, dst, sha256.New())
	if err != nil {
		return false, err
	}
	switch {
	case remote.sha256 != "":
		if sum != remote.sha256 {
			return false, nil
		}
	case remote.gitSHA1 != "":
		blob, err := gitBlobSHA1(ctx, dst, fi.Size())
		if err != nil {
			return false, err
		}
		if blob != remote.gitSHA1 {
			return false, nil
		}
	default:
		if err := validateContent(ref, dst, remote); err != nil {
			c.note("note: %v", err)
			return false, nil
		}
		c.note("note: the hub publishes no checksum for %s; keeping %s as is", ref, dst)
	}
	rec := &record{Ref: ref.String(), Commit: remote.commit, SHA256: sum}
	if err := c.recordVerified(dst, rec); err != nil {
		return false, err
	}
	return true, nil
}

// removeCached deletes a cached file and its record.
func removeCached(dst string) error {
	for _, p := range []string{dst, dst + recordSuffix} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("hub: %w", err)
		}
	}
	return nil
}

// hashFile hashes the file at path with h (see filehash.Sum).
func hashFile(ctx context.Context, path string, h hash.Hash) (string, error) {
	sum, err := filehash.Sum(ctx, path, h)
	if err != nil && ctx.Err() == nil {
		return "", fmt.Errorf("hub: %w", err)
	}
	return sum, err
}

// gitBlobSHA1 is git's object id of the file: sha1 over "blob <size>\x00"
// and the content. The hub reports it for files kept in git rather than LFS.
func gitBlobSHA1(ctx context.Context, path string, size int64) (string, error) {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", size)
	return hashFile(ctx, path, h)
}
