package hub

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"mime"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/bitnet-go/bitnet-go/gguf"
)

// errStalled cuts a transfer that has received less than stallBytes in
// StallTimeout: nothing at all, or a trickle that would take forever.
var errStalled = errors.New("transfer stalled")

// stallBytes is the least a transfer must receive per StallTimeout (64 KiB
// a minute by default, about 1 KiB/s).
const stallBytes = 64 << 10

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
	onData func(n int)
	// restarted is set when a 416 made the partial file start over; a
	// second such answer is final, so a server whose ranges never agree
	// with its bodies cannot loop a download.
	restarted bool
}

// Write appends to the .part file and the hash, and reports progress.
func (t *transfer) Write(p []byte) (int, error) {
	n, err := t.f.Write(p)
	t.h.Write(p[:n])
	t.done += int64(n)
	if n > 0 {
		if t.onData != nil {
			t.onData(n)
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
// of the same content, retrying transient failures within the retry policy,
// and verifying the result (digest, or content when the hub publishes no
// digest) before moving it into place. A file that fails verification is
// removed; a download that stops early (cancelled, or out of retries) keeps
// its .part file and returns an *IncompleteError saying where it is.
func (c *Client) download(ctx context.Context, ref Ref, remote remoteFile, dst string) error {
	part := dst + partSuffix
	// Only a regular file (or none) may be resumed: writing into a FIFO
	// left there would block forever, and a link could point anywhere.
	if fi, err := os.Lstat(part); err == nil && !fi.Mode().IsRegular() {
		return fmt.Errorf("hub: %s is not a regular file (%v); remove it and pull again", part, fi.Mode().Type())
	}
	f, err := os.OpenFile(part, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	defer func() {
		if f != nil {
			_ = f.Close()
		}
	}()
	discard := func() {
		_ = f.Close()
		f = nil
		_ = os.Remove(part)
		_ = os.Remove(dst + recordSuffix)
	}
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
		var ce *ContentError
		switch {
		case errors.As(err, &ce):
			discard()
			return err
		case t.done == 0:
			discard() // nothing worth resuming
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		case ctx.Err() != nil:
			return &IncompleteError{Ref: ref, Part: part, Done: t.done, Total: t.total, Err: ctx.Err()}
		}
		// Out of retries, or a failure no retry fixes (a full disk, the
		// file gone from the hub): either way the bytes stay for a resume,
		// and the typed cause is still reachable through Unwrap.
		return &IncompleteError{Ref: ref, Part: part, Done: t.done, Total: t.total, Err: err}
	}

	c.report(t.done, t.done) // the final call, also when the size was unknown
	sum := hex.EncodeToString(t.h.Sum(nil))
	if err := c.verify(t, remote, part, sum); err != nil {
		discard()
		return err
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	if err := validateContent(ref, part, remote); err != nil {
		discard()
		return err
	}
	err = f.Close()
	f = nil
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	if err := os.Rename(part, dst); err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	rec.SHA256, rec.Complete = sum, true
	if err := c.recordVerified(dst, rec); err != nil {
		// The file is good; without the record it is rechecked next time.
		c.note("note: %v", err)
	}
	return nil
}

// validateContent checks what a digest cannot when the hub publishes none:
// a .gguf file must parse as GGUF, and no file may be an HTML page (what a
// login wall, a captive portal or a mirror's error page serves with status
// 200). With a digest, the content is what the hub holds, byte for byte.
func validateContent(ref Ref, path string, remote remoteFile) error {
	if remote.hasDigest() {
		return nil
	}
	if isGGUFName(ref.Path) {
		gf, err := gguf.Open(path)
		if err != nil {
			return &ContentError{Ref: ref, File: path, Reason: "the hub publishes no checksum and the file does not parse as GGUF", Err: err}
		}
		return gf.Close()
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("hub: %w", err)
	}
	defer f.Close()
	head := make([]byte, 512) // all that http.DetectContentType reads
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return fmt.Errorf("hub: %w", err)
	}
	if isHTML(http.DetectContentType(head[:n])) && !isHTMLName(ref.Path) {
		return &ContentError{Ref: ref, File: path, Reason: "the hub publishes no checksum and the file is an HTML page"}
	}
	return nil
}

func isGGUFName(p string) bool { return strings.HasSuffix(strings.ToLower(p), ".gguf") }

func isHTMLName(p string) bool {
	p = strings.ToLower(p)
	return strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".htm")
}

// isHTML reports whether a Content-Type names an HTML document.
func isHTML(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
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

// fetch runs attempts until the file is complete. Progress is measured
// against the furthest byte ever reached, so a server that makes the
// download start over from 0 again and again is not making progress. It
// gives up after MaxFails consecutive attempts without progress or
// MaxAttempts attempts in all, whichever comes first.
func (c *Client) fetch(ctx context.Context, t *transfer) error {
	p := c.retry
	fails, high := 0, t.done
	for attempt := 1; ; attempt++ {
		if t.total >= 0 && t.done == t.total {
			return nil
		}
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
		if t.done > high {
			high, fails = t.done, 0
		}
		fails++
		if fails >= p.MaxFails {
			return fmt.Errorf("hub: %d attempts in a row brought no byte past %d: %w", fails, high, err)
		}
		if attempt >= p.MaxAttempts {
			return fmt.Errorf("hub: gave up after %d attempts: %w", attempt, err)
		}
		wait := c.backoff(fails, err)
		c.note("download of %s interrupted at byte %d (%v); retrying in %v", t.ref, t.done, err, wait)
		if err := sleep(ctx, wait); err != nil {
			return err
		}
	}
}

// backoff is the wait after the fails-th consecutive failure: Backoff
// doubled per failure up to MaxBackoff, or the server's Retry-After if
// longer (still at most MaxBackoff).
func (c *Client) backoff(fails int, err error) time.Duration {
	p := c.retry
	d := p.Backoff
	for i := 1; i < fails && d < p.MaxBackoff; i++ {
		d *= 2
	}
	var he *HTTPError
	if errors.As(err, &he) && he.RetryAfter > d {
		d = he.RetryAfter
	}
	return min(d, p.MaxBackoff)
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}

// retryable reports whether another attempt may get past err: HTTP 408,
// 429 and 5xx, stalls, resets and other transport failures are; answers
// about the file (not found, refused, wrong content) and local disk
// failures are not.
func retryable(err error) bool {
	var re *retryError
	var he *HTTPError
	var de *diskError
	var nf *NotFoundError
	var ae *AuthError
	var ce *ContentError
	var cs *ChecksumError
	switch {
	case errors.As(err, &re):
		return true
	case errors.As(err, &de), errors.As(err, &nf), errors.As(err, &ae), errors.As(err, &ce), errors.As(err, &cs):
		return false
	case errors.As(err, &he):
		return he.temporary()
	}
	return true
}

// attempt makes one GET for the missing bytes and appends what arrives.
func (c *Client) attempt(ctx context.Context, t *transfer) error {
	actx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	stall := time.AfterFunc(c.retry.StallTimeout, func() { cancel(errStalled) })
	defer stall.Stop()
	var recent int // bytes since the stall timer was last reset
	t.onData = func(n int) {
		if recent += n; recent >= stallBytes {
			stall.Reset(c.retry.StallTimeout)
			recent = 0
		}
	}
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

	if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusPartialContent {
		if ct := resp.Header.Get("Content-Type"); isHTML(ct) && !isHTMLName(t.ref.Path) {
			return &ContentError{Ref: t.ref, Reason: fmt.Sprintf("the server sent an HTML page (Content-Type %q, HTTP %d) instead of the file", ct, resp.StatusCode)}
		}
	}
	switch resp.StatusCode {
	case http.StatusOK:
		if t.total >= 0 && resp.ContentLength >= 0 && resp.ContentLength != t.total {
			// A truncated or different object (a stale CDN copy, a proxy's
			// page): reading it cannot help, another try might.
			return &retryError{fmt.Errorf("the server sends %d bytes for a file of %d", resp.ContentLength, t.total)}
		}
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
		cr := resp.Header.Get("Content-Range")
		start, _, size, ok := parseContentRange(cr)
		if !ok || start > t.done {
			return &retryError{fmt.Errorf("asked for bytes from %d, got Content-Range %q", t.done, cr)}
		}
		if t.total >= 0 && size >= 0 && size != t.total {
			return &retryError{fmt.Errorf("the server's copy is %d bytes (Content-Range %q), the file %d", size, cr, t.total)}
		}
		if t.total < 0 && size >= 0 {
			t.total = size
		}
		if start < t.done {
			// An earlier start than asked for: skip what is already here.
			skip := writerFunc(func(p []byte) (int, error) { t.onData(len(p)); return len(p), nil })
			if _, err := io.CopyN(skip, resp.Body, t.done-start); err != nil {
				return stallCause(actx, fmt.Errorf("hub: reading %s: %w", t.url, err))
			}
		}
	case http.StatusRequestedRangeNotSatisfiable:
		return t.unsatisfiable(resp.Header.Get("Content-Range"))
	default:
		return c.statusError(t.ref, resp)
	}
	body := io.Reader(resp.Body)
	if t.total >= 0 {
		body = io.LimitReader(body, t.total-t.done+1) // one byte more shows an over-long body
	}
	if _, err := io.Copy(t, body); err != nil {
		var de *diskError
		if errors.As(err, &de) {
			return fmt.Errorf("hub: writing %s: %w", t.f.Name(), err)
		}
		return stallCause(actx, fmt.Errorf("hub: reading %s: %w", t.url, err))
	}
	if t.total >= 0 && t.done > t.total {
		return &ContentError{Ref: t.ref, Reason: fmt.Sprintf("the server sent more than the file's %d bytes", t.total)}
	}
	return nil
}

// unsatisfiable handles a 416 answer to "bytes=done-": the partial file is
// either complete or invalid, and it is never retried as it stands, which is
// what once made a server with a short copy loop a download forever.
func (t *transfer) unsatisfiable(contentRange string) error {
	_, _, size, ok := parseContentRange(contentRange)
	switch {
	case ok && size == t.done && (t.total < 0 || t.total == size):
		t.total = size // complete: the digest check decides the rest
		return nil
	case ok && t.total >= 0 && size != t.total:
		return &ContentError{Ref: t.ref, Reason: fmt.Sprintf("the server's copy is %d bytes (Content-Range %q) but the file is %d", size, contentRange, t.total)}
	case t.restarted:
		return &ContentError{Ref: t.ref, Reason: fmt.Sprintf("the server refuses the range from byte %d again after a fresh start (Content-Range %q)", t.done, contentRange)}
	}
	// The partial file does not fit what the server holds: start over, once.
	from := t.done
	t.c.note("the server has no bytes after %d of %s (Content-Range %q); starting over", from, t.ref, contentRange)
	t.restarted = true
	if err := t.restart(); err != nil {
		return err
	}
	return &retryError{fmt.Errorf("range from byte %d not satisfiable (Content-Range %q)", from, contentRange)}
}

// writerFunc is an io.Writer made of a function.
type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

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
		blob, err := gitBlobSHA1(context.Background(), part, t.done) // a small file kept in git
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
