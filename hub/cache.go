package hub

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"strconv"
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
	// ModTime is the file's modification time (ns) when its digest was last
	// checked: an unchanged size and time lets a cache hit skip rehashing.
	ModTime int64 `json:"mtime_ns,omitempty"`
}

func readRecord(dst string) (*record, error) {
	b, err := os.ReadFile(dst + recordSuffix)
	if err != nil {
		return nil, err
	}
	var r record
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("hub: %s%s: %w", dst, recordSuffix, err)
	}
	return &r, nil
}

// writeRecord replaces the record atomically, so that readers never see a
// half-written one.
func writeRecord(dst string, r *record) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	tmp := dst + recordSuffix + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	if err := os.Rename(tmp, dst+recordSuffix); err != nil {
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

// inspect checks the cached copy of ref at dst without the network.
func (c *Client) inspect(ref Ref, dst string) cacheStatus {
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
	if fi.ModTime().UnixNano() == rec.ModTime {
		return cacheStatus{state: cacheVerified}
	}
	got, err := hashFile(dst, sha256.New())
	if err != nil {
		return cacheStatus{state: cacheCorrupt, err: err}
	}
	if got != rec.SHA256 {
		return cacheStatus{state: cacheCorrupt, err: &ChecksumError{Ref: ref, File: dst, Algo: "sha256", Want: rec.SHA256, Got: got}}
	}
	rec.ModTime = fi.ModTime().UnixNano()
	_ = writeRecord(dst, rec) // only saves rehashing next time
	return cacheStatus{state: cacheVerified}
}

// adopt checks a cached file that has no record against the hub's digest
// and, when it matches, records it. It reports whether the file was kept.
func (c *Client) adopt(ref Ref, dst string, remote remoteFile) (bool, error) {
	fi, err := os.Stat(dst)
	if err != nil {
		return false, fmt.Errorf("hub: %w", err)
	}
	if remote.size >= 0 && fi.Size() != remote.size {
		return false, nil
	}
	sum, err := hashFile(dst, sha256.New())
	if err != nil {
		return false, err
	}
	switch {
	case remote.sha256 != "":
		if sum != remote.sha256 {
			return false, nil
		}
	case remote.gitSHA1 != "":
		blob, err := gitBlobSHA1(dst, fi.Size())
		if err != nil {
			return false, err
		}
		if blob != remote.gitSHA1 {
			return false, nil
		}
	default:
		c.note("note: the hub publishes no checksum for %s; keeping %s as is", ref, dst)
	}
	rec := &record{Ref: ref.String(), Commit: remote.commit, SHA256: sum, Size: fi.Size(), Complete: true,
		ModTime: fi.ModTime().UnixNano()}
	if err := writeRecord(dst, rec); err != nil {
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

// hashFile returns the hex digest of the file at path.
func hashFile(path string, h hash.Hash) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("hub: %w", err)
	}
	defer f.Close()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("hub: hashing %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// gitBlobSHA1 is git's object id of the file: sha1 over "blob <size>\x00"
// and the content. The hub reports it for files kept in git rather than LFS.
func gitBlobSHA1(path string, size int64) (string, error) {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", size)
	return hashFile(path, h)
}
