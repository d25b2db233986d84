package hub

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

// errStalled cuts a transfer that has received nothing for stallTimeout.
var errStalled = errors.New("transfer stalled")

// retryError marks a failure that another attempt may get past.
type retryError struct{ err error }

func (e *retryError) Error() string { return e.err.Error() }
func (e *retryError) Unwrap() error { return e.err }

// diskError marks a local write failure, which retrying cannot fix.
type diskError struct{ err error }

func (e *diskError) Error() string { return e.err.Error() }
func (e *diskError) Unwrap() error { return e.err }

// transfer is one file being downloaded into dst+".part": the bytes on
// disk, their running sha256, and the expected total.
type transfer struct {
	c      *Client
	ref    Ref
	url    string
	f      *os.File
	h      hash.Hash
	done   int64 // bytes in the .part file, all of them hashed into h
	total  int64 // expected size, -1 when unknown
	onData func()
}

// Write appends to the .part file and the hash, and reports progress.
func (t *transfer) Write(p []byte) (int, error) {
	n, err := t.f.Write(p)
	t.h.Write(p[:n])
	t.done += int64(n)
	if n > 0 {
		if t.onData != nil {
			t.onData()
		}
		t.c.report(t.done, t.total)
	}
	if err != nil {
		return n, &diskError{err}
	}
	return n, nil
}

// restart empties the .part file, for when the server sends the whole file.
func (t *transfer) restart() error {
	if err := t.f.Truncate(0); err != nil {
		return &diskError{err}
	}
	if _, err := t.f.Seek(0, io.SeekStart); err != nil {
		return &diskError{err}
	}
	t.h.Reset()
	t.done = 0
	return nil
}

// download fetches ref into dst through dst+".part", resuming a partial file
// of the same content, retrying interrupted transfers, and verifying the
// result before moving it into place. A digest mismatch removes the .part
// file; any other failure, cancellation included, keeps it for a resume.
func (c *Client) download(ctx context.Context, ref Ref, remote remoteFile, dst string) error {
	part := dst + partSuffix
	f, err := os.OpenFile(part, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	defer func() {
		if f != nil {
			_ = f.Close()
		}
	}()
	t := &transfer{c: c, ref: ref, url: c.resolveURL(ref, remote.commit), f: f, h: sha256.New(), total: remote.size}
	if err := t.resume(dst, remote); err != nil {
		return err
	}
	rec := &record{Ref: ref.String(), Commit: remote.commit, SHA256: remote.sha256, GitSHA1: remote.gitSHA1, Size: remote.size}
	if err := writeRecord(dst, rec); err != nil {
		return err
	}
	c.report(t.done, t.total)

	if err := c.fetch(ctx, t); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("hub: download of %s interrupted; %d bytes kept in %s for a later resume: %w", ref, t.done, part, err)
		}
		return err
	}

	c.report(t.done, t.done) // the final call, also when the size was unknown
	sum := hex.EncodeToString(t.h.Sum(nil))
	if err := c.verify(t, remote, part, sum); err != nil {
		_ = f.Close()
		f = nil
		_ = os.Remove(part)
		_ = os.Remove(dst + recordSuffix)
		return err
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	err = f.Close()
	f = nil
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	if err := os.Rename(part, dst); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	fi, err := os.Stat(dst)
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	rec.SHA256, rec.Size, rec.Complete, rec.ModTime = sum, fi.Size(), true, fi.ModTime().UnixNano()
	if err := writeRecord(dst, rec); err != nil {
		// The file is good; without the record it is rechecked next time.
		c.note("note: %v", err)
	}
	return nil
}

// resume keeps the bytes of an earlier attempt if they belong to the same
// content, hashing them, and otherwise starts from an empty file.
func (t *transfer) resume(dst string, remote remoteFile) error {
	fi, err := t.f.Stat()
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	n := fi.Size()
	if n == 0 {
		return nil
	}
	prev, err := readRecord(dst)
	same := err == nil && !prev.Complete && prev.Size == remote.size &&
		prev.SHA256 == remote.sha256 && prev.GitSHA1 == remote.gitSHA1 &&
		(remote.hasDigest() || remote.commit != "" && prev.Commit == remote.commit)
	if !same || remote.size >= 0 && n > remote.size {
		t.c.note("discarding %d bytes of an earlier download of another version of %s", n, t.ref)
		return t.restart()
	}
	if _, err := t.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	if _, err := io.CopyN(t.h, t.f, n); err != nil {
		return fmt.Errorf("hub: rehashing %s%s: %w", dst, partSuffix, err)
	}
	t.done = n
	t.c.note("resuming %s at byte %d", t.ref, n)
	return nil
}

// fetch runs attempts until the file is complete, giving up after maxFails
// consecutive attempts without progress.
func (c *Client) fetch(ctx context.Context, t *transfer) error {
	fails := 0
	for {
		if t.total >= 0 && t.done == t.total {
			return nil
		}
		before := t.done
		err := c.attempt(ctx, t)
		if err == nil {
			if t.total < 0 || t.done >= t.total {
				return nil
			}
			err = &retryError{fmt.Errorf("body ended at byte %d of %d", t.done, t.total)}
		}
		if ctx.Err() != nil || !retryable(err) {
			return err
		}
		if t.done > before {
			fails = 0
		}
		fails++
		if fails >= c.maxFails {
			return fmt.Errorf("hub: download of %s failed %d times in a row: %w", t.ref, fails, err)
		}
		wait := min(c.backoff<<(fails-1), c.maxBackoff)
		c.note("download of %s interrupted at byte %d (%v); retrying in %v", t.ref, t.done, err, wait)
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			return ctx.Err()
		case <-timer.C:
		}
	}
}

func retryable(err error) bool {
	var re *retryError
	var he *HTTPError
	var de *diskError
	switch {
	case errors.As(err, &re):
		return true
	case errors.As(err, &de):
		return false
	case errors.As(err, &he):
		return he.temporary()
	}
	var nf *NotFoundError
	var ae *AuthError
	return !errors.As(err, &nf) && !errors.As(err, &ae)
}

// attempt makes one GET for the missing bytes and appends what arrives.
func (c *Client) attempt(ctx context.Context, t *transfer) error {
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stall := time.AfterFunc(c.stallTimeout, func() { cancel(errStalled) })
	defer stall.Stop()
	t.onData = func() { stall.Reset(c.stallTimeout) }
	defer func() { t.onData = nil }()

	var hdr http.Header
	if t.done > 0 {
		hdr = http.Header{"Range": {"bytes=" + strconv.FormatInt(t.done, 10) + "-"}}
	}
	resp, err := c.do(actx, http.MethodGet, t.url, hdr, true)
	if err != nil {
		return stallCause(actx, err)
	}
	defer resp.Body.Close()

	switch resp.StatusCode {
	case http.StatusOK:
		if t.done > 0 {
			c.note("the server ignored the range request; restarting %s from byte 0", t.ref)
			if err := t.restart(); err != nil {
				return err
			}
		}
		if t.total < 0 && resp.ContentLength >= 0 {
			t.total = resp.ContentLength
		}
	case http.StatusPartialContent:
		start, _, size, ok := parseContentRange(resp.Header.Get("Content-Range"))
		if !ok || start != t.done {
			if err := t.restart(); err != nil {
				return err
			}
			return &retryError{fmt.Errorf("asked for bytes from %d, got Content-Range %q", t.done, resp.Header.Get("Content-Range"))}
		}
		if t.total < 0 && size >= 0 {
			t.total = size
		}
	case http.StatusRequestedRangeNotSatisfiable:
		// Nothing at or after our offset: whole if the sizes agree, else
		// start over.
		_, _, size, ok := parseContentRange(resp.Header.Get("Content-Range"))
		if ok && size == t.done && (t.total < 0 || t.total == size) {
			t.total = size
			return nil
		}
		if err := t.restart(); err != nil {
			return err
		}
		return &retryError{fmt.Errorf("range from byte %d not satisfiable (Content-Range %q)", t.done, resp.Header.Get("Content-Range"))}
	default:
		return c.statusError(t.ref, resp)
	}
	if _, err := io.Copy(t, resp.Body); err != nil {
		var de *diskError
		if errors.As(err, &de) {
			return fmt.Errorf("hub: writing %s: %w", t.f.Name(), err)
		}
		return stallCause(actx, fmt.Errorf("hub: reading %s: %w", t.url, err))
	}
	return nil
}

// stallCause turns a cancellation by the stall timer into a retryable error.
func stallCause(actx context.Context, err error) error {
	if errors.Is(context.Cause(actx), errStalled) {
		return &retryError{fmt.Errorf("%w: %w", errStalled, err)}
	}
	return err
}

// verify checks the finished .part file against the hub's digest and size.
func (c *Client) verify(t *transfer, remote remoteFile, part, sum string) error {
	if remote.size >= 0 && t.done != remote.size {
		return &ChecksumError{Ref: t.ref, File: part, Algo: "size",
			Want: strconv.FormatInt(remote.size, 10), Got: strconv.FormatInt(t.done, 10)}
	}
	switch {
	case remote.sha256 != "":
		if sum != remote.sha256 {
			return &ChecksumError{Ref: t.ref, File: part, Algo: "sha256", Want: remote.sha256, Got: sum}
		}
	case remote.gitSHA1 != "":
		blob, err := gitBlobSHA1(part, t.done)
		if err != nil {
			return err
		}
		if blob != remote.gitSHA1 {
			return &ChecksumError{Ref: t.ref, File: part, Algo: "git-sha1", Want: remote.gitSHA1, Got: blob}
		}
	default:
		c.note("note: the hub publishes no checksum for %s; recorded sha256 %s", t.ref, sum)
	}
	return nil
}

// parseContentRange parses "bytes START-END/SIZE" and "bytes */SIZE"
// (start and end are -1 in the latter; size is -1 for "*").
func parseContentRange(s string) (start, end, size int64, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimSpace(s), "bytes ")
	if !found {
		return 0, 0, 0, false
	}
	rng, total, found := strings.Cut(rest, "/")
	if !found {
		return 0, 0, 0, false
	}
	size = -1
	if total != "*" {
		n, err := strconv.ParseInt(total, 10, 64)
		if err != nil || n < 0 {
			return 0, 0, 0, false
		}
		size = n
	}
	if rng == "*" {
		return -1, -1, size, size >= 0
	}
	a, b, found := strings.Cut(rng, "-")
	if !found {
		return 0, 0, 0, false
	}
	start, err1 := strconv.ParseInt(a, 10, 64)
	end, err2 := strconv.ParseInt(b, 10, 64)
	if err1 != nil || err2 != nil || start < 0 || end < start || size >= 0 && end >= size {
		return 0, 0, 0, false
	}
	return start, end, size, true
}
