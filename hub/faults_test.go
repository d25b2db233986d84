package hub

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
)

// These tests feed the client the failures a hostile or broken server can
// produce. Each one asserts that the pull ends (with a bounded number of
// requests), that nothing unverified lands in the cache, and what is kept
// for a resume.

// requireNotCached checks that neither the file nor its .part is there.
func requireNotCached(t *testing.T, c *Client, ref Ref) {
	t.Helper()
	dst, ok := c.CachedPath(ref)
	assert.False(t, ok, "nothing may be cached")
	assert.NoFileExists(t, dst)
	assert.NoFileExists(t, dst+partSuffix)
}

// ggufBytes is a small valid GGUF file.
func ggufBytes(t *testing.T) []byte {
	t.Helper()
	w := gguf.NewWriter()
	w.Set("general.architecture", gguf.StringValue("test"))
	require.NoError(t, w.AddTensor("t", gguf.TypeF32, []uint64{1024}, make([]byte, 4096)))
	var b bytes.Buffer
	_, err := w.WriteTo(&b)
	require.NoError(t, err)
	return b.Bytes()
}

func TestPullShortBodyForever(t *testing.T) {
	// The CDN holds a truncated copy: the hub says 3 MiB, every answer
	// ends at 1 MiB. Once this looped for good (body ends, Range, 416,
	// restart from 0).
	for _, chunked := range []bool{false, true} {
		name := "content-length"
		if chunked {
			name = "chunked"
		}
		t.Run(name, func(t *testing.T) {
			f := newFakeHub(t)
			f.add("o/r/m.gguf", fileSize, 20, true)
			f.truncateTo = 1 << 20
			f.chunked = chunked
			c, _ := f.newClient(t.TempDir())
			ref := mustRef(t, "hf://o/r/m.gguf")
			_, err := c.Pull(context.Background(), ref)
			require.Error(t, err)
			requireNotCached(t, c, ref)
			if chunked {
				// The body ends early, the Range request gets 416 with the
				// short size: a ContentError at once.
				var ce *ContentError
				require.ErrorAs(t, err, &ce)
				assert.Contains(t, err.Error(), "the server's copy is 1048576 bytes")
				assert.EqualValues(t, 2, f.cdnGets.Load())
			} else {
				// The short Content-Length is refused before reading, and
				// retried MaxFails times.
				assert.Contains(t, err.Error(), "the server sends 1048576 bytes for a file of 3145745")
				assert.EqualValues(t, DefaultRetryPolicy().MaxFails, f.cdnGets.Load())
			}
		})
	}
}

func TestPullEveryResponseCut(t *testing.T) {
	t.Run("no range support: no progress, bounded", func(t *testing.T) {
		f := newFakeHub(t)
		f.add("o/r/m.gguf", fileSize, 21, true)
		f.cutEvery = 700_001
		f.ignoreRange = true // every attempt starts over at 0 and dies at the same byte
		dir := t.TempDir()
		c, n := f.newClient(dir)
		ref := mustRef(t, "hf://o/r/m.gguf")
		_, err := c.Pull(context.Background(), ref)
		var ie *IncompleteError
		require.ErrorAs(t, err, &ie, "%v", err)
		assert.EqualValues(t, DefaultRetryPolicy().MaxFails, f.cdnGets.Load())
		assert.Equal(t, f.cutEvery, ie.Done)
		assert.EqualValues(t, fileSize, ie.Total)
		fi, serr := os.Stat(ie.Part)
		require.NoError(t, serr, "the partial file is kept")
		assert.Equal(t, ie.Done, fi.Size())
		assert.Contains(t, err.Error(), "brought no byte past 700001")
		assert.Contains(t, err.Error(), "`bitnet pull hf://o/r/m.gguf` resumes it")
		assert.Contains(t, n.joined(), "retrying")
		_, ok := c.CachedPath(ref)
		assert.False(t, ok)
	})
	t.Run("attempt budget, then a resume", func(t *testing.T) {
		f := newFakeHub(t)
		want := f.add("o/r/m.gguf", fileSize, 22, true)
		f.cutEvery = 500_000 // each attempt brings 500 kB more
		dir := t.TempDir()
		ref := mustRef(t, "hf://o/r/m.gguf")
		c, _ := f.newClient(dir, WithRetryPolicy(RetryPolicy{MaxAttempts: 3, Backoff: time.Millisecond}))
		_, err := c.Pull(context.Background(), ref)
		var ie *IncompleteError
		require.ErrorAs(t, err, &ie)
		assert.Contains(t, err.Error(), "gave up after 3 attempts")
		assert.EqualValues(t, 3, f.cdnGets.Load())
		assert.EqualValues(t, 3*f.cutEvery, ie.Done)

		c2, n := f.newClient(dir)
		p, err := c2.Pull(context.Background(), ref)
		require.NoError(t, err)
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		require.Equal(t, want, got)
		assert.Contains(t, n.joined(), "resuming hf://o/r/m.gguf at byte 1500000")
		requireNoLeftovers(t, dir)
	})
}

func TestPullRange416(t *testing.T) {
	t.Run("partial longer than the file: start over once", func(t *testing.T) {
		f := newFakeHub(t)
		want := f.add("o/r/m.gguf", fileSize, 23, true)
		f.apiStatus = 503
		f.noSize = true // the size is unknown, so the over-long partial is not caught up front
		dir := t.TempDir()
		c, n := f.newClient(dir)
		ref := mustRef(t, "hf://o/r/m.gguf")
		dst, _ := c.CachedPath(ref)
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, os.WriteFile(dst+partSuffix, append(bytes.Clone(want), "0123456789"...), 0o644))
		require.NoError(t, writeRecord(dst, &record{Ref: ref.String(), Commit: f.commit,
			SHA256: f.files["o/r/m.gguf"].sha256, Size: -1}))
		p, err := c.Pull(context.Background(), ref)
		require.NoError(t, err)
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		require.Equal(t, want, got)
		_, _, ranges, _ := f.snapshot()
		assert.Equal(t, []string{"bytes=3145755-", ""}, ranges)
		assert.Contains(t, n.joined(), "starting over")
	})
	t.Run("416 again after starting over is final", func(t *testing.T) {
		f := newFakeHub(t)
		f.add("o/r/m.gguf", fileSize, 24, true)
		f.always416 = true     // no range is ever served, and no Content-Range says why
		f.cutEvery = 1<<20 + 1 // so the download needs one
		c, _ := f.newClient(t.TempDir())
		ref := mustRef(t, "hf://o/r/m.gguf")
		_, err := c.Pull(context.Background(), ref)
		var ce *ContentError
		require.ErrorAs(t, err, &ce)
		assert.Contains(t, err.Error(), "again after a fresh start")
		// GET (cut), Range (416, start over), GET (cut), Range (416, final).
		assert.EqualValues(t, 4, f.cdnGets.Load())
		requireNotCached(t, c, ref)
	})
}

func TestPullRefusesHTML(t *testing.T) {
	page := []byte("<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Please sign in.</body></html>\n")
	t.Run("text/html without a checksum", func(t *testing.T) {
		f := newFakeHub(t)
		f.put("o/r/m.gguf", page, true)
		f.noDigest = true
		f.contentType = "text/html; charset=utf-8"
		c, _ := f.newClient(t.TempDir())
		ref := mustRef(t, "hf://o/r/m.gguf")
		_, err := c.Pull(context.Background(), ref)
		var ce *ContentError
		require.ErrorAs(t, err, &ce)
		assert.Contains(t, err.Error(), `the server sent an HTML page (Content-Type "text/html; charset=utf-8", HTTP 200)`)
		requireNotCached(t, c, ref)
	})
	t.Run("text/html with a checksum", func(t *testing.T) {
		f := newFakeHub(t)
		f.add("o/r/m.gguf", fileSize, 25, true)
		f.contentType = "text/html"
		c, _ := f.newClient(t.TempDir())
		ref := mustRef(t, "hf://o/r/m.gguf")
		_, err := c.Pull(context.Background(), ref)
		var ce *ContentError
		require.ErrorAs(t, err, &ce)
		requireNotCached(t, c, ref)
	})
	t.Run("an HTML page labelled as binary is not GGUF", func(t *testing.T) {
		f := newFakeHub(t)
		f.put("o/r/m.gguf", page, true)
		f.noDigest = true
		f.contentType = "application/octet-stream"
		c, _ := f.newClient(t.TempDir())
		ref := mustRef(t, "hf://o/r/m.gguf")
		_, err := c.Pull(context.Background(), ref)
		var ce *ContentError
		require.ErrorAs(t, err, &ce)
		assert.Contains(t, err.Error(), "does not parse as GGUF")
		assert.ErrorIs(t, err, gguf.ErrFormat)
		requireNotCached(t, c, ref)
	})
	t.Run("an HTML page as another file type", func(t *testing.T) {
		f := newFakeHub(t)
		f.put("o/r/tokenizer.json", page, true)
		f.noDigest = true
		f.contentType = "application/octet-stream"
		c, _ := f.newClient(t.TempDir())
		ref := mustRef(t, "hf://o/r/tokenizer.json")
		_, err := c.Pull(context.Background(), ref)
		var ce *ContentError
		require.ErrorAs(t, err, &ce)
		assert.Contains(t, err.Error(), "is an HTML page")
		requireNotCached(t, c, ref)
	})
	t.Run("valid GGUF without a checksum is kept and recorded", func(t *testing.T) {
		f := newFakeHub(t)
		data := ggufBytes(t)
		f.put("o/r/m.gguf", data, true)
		f.noDigest = true
		c, n := f.newClient(t.TempDir())
		ref := mustRef(t, "hf://o/r/m.gguf")
		p, err := c.Pull(context.Background(), ref)
		require.NoError(t, err)
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		require.Equal(t, data, got)
		assert.Contains(t, n.joined(), "publishes no checksum")
		rec, err := readRecord(p)
		require.NoError(t, err)
		assert.Equal(t, f.files["o/r/m.gguf"].sha256, rec.SHA256, "the sha256 is recorded at completion")
		_, ok := c.CachedPath(ref)
		assert.True(t, ok)
	})
	t.Run("an HTML page placed by hand is not adopted", func(t *testing.T) {
		f := newFakeHub(t)
		data := ggufBytes(t)
		f.put("o/r/m.gguf", data, true)
		f.noDigest = true
		f.noSize = true // so that the size alone does not rule the page out
		dir := t.TempDir()
		c, n := f.newClient(dir)
		ref := mustRef(t, "hf://o/r/m.gguf")
		dst, _ := c.CachedPath(ref)
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, os.WriteFile(dst, page, 0o644))
		p, err := c.Pull(context.Background(), ref)
		require.NoError(t, err)
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		require.Equal(t, data, got, "the page is replaced by the download")
		assert.Contains(t, n.joined(), "does not parse as GGUF")
	})
}

func TestPullServerErrorsRetried(t *testing.T) {
	t.Run("500 then OK", func(t *testing.T) {
		f := newFakeHub(t)
		want := f.add("o/r/m.gguf", fileSize, 26, true)
		f.fail5xx.Store(3) // the model-info API fails three times
		f.cdnFail5xx.Store(2)
		c, n := f.newClient(t.TempDir())
		p, err := c.Pull(context.Background(), mustRef(t, "hf://o/r/m.gguf"))
		require.NoError(t, err)
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		require.Equal(t, want, got)
		assert.Contains(t, n.joined(), "hub API request failed (hub: GET")
		assert.Contains(t, n.joined(), "HTTP 500")
		assert.Contains(t, n.joined(), "HTTP 503")
		assert.EqualValues(t, 3, f.cdnGets.Load(), "two 503s, then the file")
	})
	t.Run("500 forever is bounded", func(t *testing.T) {
		f := newFakeHub(t)
		f.add("o/r/m.gguf", fileSize, 27, true)
		f.fail5xx.Store(1 << 30)
		c, _ := f.newClient(t.TempDir())
		ref := mustRef(t, "hf://o/r/m.gguf")
		_, err := c.Pull(context.Background(), ref)
		var he *HTTPError
		require.ErrorAs(t, err, &he)
		assert.Equal(t, 500, he.Status)
		// MaxFails tries of the API, then MaxFails of the HEAD fallback.
		assert.EqualValues(t, 2*DefaultRetryPolicy().MaxFails, f.requests.Load())
		requireNotCached(t, c, ref)
	})
	t.Run("CDN 503 forever is bounded and keeps nothing", func(t *testing.T) {
		f := newFakeHub(t)
		f.add("o/r/m.gguf", fileSize, 28, true)
		f.cdnFail5xx.Store(1 << 30)
		c, _ := f.newClient(t.TempDir())
		ref := mustRef(t, "hf://o/r/m.gguf")
		_, err := c.Pull(context.Background(), ref)
		var he *HTTPError
		require.ErrorAs(t, err, &he)
		assert.Equal(t, 503, he.Status)
		assert.EqualValues(t, DefaultRetryPolicy().MaxFails, f.cdnGets.Load())
		requireNotCached(t, c, ref)
	})
}

func TestBackoff(t *testing.T) {
	c := NewClient(WithRetryPolicy(RetryPolicy{Backoff: 100 * time.Millisecond, MaxBackoff: time.Second}))
	for fails, want := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond,
		4: 800 * time.Millisecond, 5: time.Second, 1000: time.Second} {
		assert.Equal(t, want, c.backoff(fails, nil), "fails=%d", fails)
	}
	// Retry-After is honoured up to MaxBackoff.
	assert.Equal(t, 700*time.Millisecond, c.backoff(1, &HTTPError{Status: 429, RetryAfter: 700 * time.Millisecond}))
	assert.Equal(t, time.Second, c.backoff(1, &HTTPError{Status: 429, RetryAfter: time.Hour}))
}

// flipByte flips one bit of the file in place and gives it back its
// modification and access times, as a careful attacker or a buggy tool
// would.
func flipByte(t *testing.T, path string, off int64) {
	t.Helper()
	fi, err := os.Stat(path)
	require.NoError(t, err)
	fh, err := os.OpenFile(path, os.O_RDWR, 0)
	require.NoError(t, err)
	b := make([]byte, 1)
	_, err = fh.ReadAt(b, off)
	require.NoError(t, err)
	b[0] ^= 0x10
	_, err = fh.WriteAt(b, off)
	require.NoError(t, err)
	require.NoError(t, fh.Close())
	require.NoError(t, os.Chtimes(path, fi.ModTime(), fi.ModTime()))
	fi2, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, fi.Size(), fi2.Size())
	require.Equal(t, fi.ModTime(), fi2.ModTime())
}

func TestCachedBitFlipDetected(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 29, true)
	dir := t.TempDir()
	ref := mustRef(t, "hf://o/r/m.gguf")
	c, _ := f.newClient(dir)
	p, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)
	rec, err := readRecord(p)
	require.NoError(t, err)
	id, err := fingerprint(p)
	require.NoError(t, err)
	require.True(t, rec.trusted(p, id), "a fresh download is trusted without rehashing")

	flipByte(t, p, fileSize/2)

	_, ok := c.CachedPath(ref)
	assert.False(t, ok, "a same-size bit flip with the mtime kept must be caught")
	off, _ := f.newClient(dir, WithOffline(true))
	_, err = off.Pull(context.Background(), ref)
	var ce *ChecksumError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, "sha256", ce.Algo)

	// Online, the file is fetched again.
	c2, n := f.newClient(dir)
	p, err = c2.Pull(context.Background(), ref)
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	assert.Contains(t, n.joined(), "failed verification")
}

// TestVerifyFull shows what each mode catches: a change that leaves every
// stat field as recorded (as damage below the file system would; here the
// record is rewritten to match) passes VerifyStat and fails VerifyFull.
func TestVerifyFull(t *testing.T) {
	f := newFakeHub(t)
	f.add("o/r/m.gguf", fileSize, 30, true)
	dir := t.TempDir()
	ref := mustRef(t, "hf://o/r/m.gguf")
	c, _ := f.newClient(dir)
	p, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)
	flipByte(t, p, 12345)
	rec, err := readRecord(p)
	require.NoError(t, err)
	sum := rec.SHA256
	require.NoError(t, c.recordVerified(p, rec)) // the new fingerprint, the old digest
	require.Equal(t, sum, rec.SHA256)

	_, ok := c.CachedPath(ref)
	assert.True(t, ok, "VerifyStat trusts an unchanged fingerprint")
	full, _ := f.newClient(dir, WithVerify(VerifyFull))
	_, ok = full.CachedPath(ref)
	assert.False(t, ok, "VerifyFull rehashes")

	t.Setenv("BITNET_VERIFY", "full")
	assert.Equal(t, VerifyFull, NewClient().verifyMode)
}

func TestOldRecordIsRehashedAndUpgraded(t *testing.T) {
	f := newFakeHub(t)
	f.add("o/r/m.gguf", fileSize, 31, true)
	dir := t.TempDir()
	ref := mustRef(t, "hf://o/r/m.gguf")
	c, _ := f.newClient(dir)
	p, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)
	// A record as an earlier version wrote it, without a fingerprint.
	rec, err := readRecord(p)
	require.NoError(t, err)
	rec.Verified = nil
	require.NoError(t, writeRecord(p, rec))
	b, err := os.ReadFile(p + recordSuffix)
	require.NoError(t, err)
	require.False(t, strings.Contains(string(b), `"verified"`))

	_, ok := c.CachedPath(ref)
	require.True(t, ok)
	rec, err = readRecord(p)
	require.NoError(t, err)
	require.NotNil(t, rec.Verified, "the rehash records the fingerprint")
}

func TestCancelNamesThePartial(t *testing.T) {
	f := newFakeHub(t)
	f.add("o/r/m.gguf", fileSize, 32, true)
	f.stallAfter = 2<<20 + 5
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	c, _ := f.newClient(dir, WithProgress(func(done, total int64) {
		if done >= 1<<20 {
			cancel()
		}
	}))
	ref := mustRef(t, "hf://o/r/m.gguf")
	_, err := c.Pull(ctx, ref)
	require.ErrorIs(t, err, context.Canceled)
	var ie *IncompleteError
	require.ErrorAs(t, err, &ie)
	dst, _ := c.CachedPath(ref)
	assert.Equal(t, dst+partSuffix, ie.Part)
	fi, serr := os.Stat(ie.Part)
	require.NoError(t, serr)
	assert.Equal(t, fi.Size(), ie.Done)
	assert.Contains(t, err.Error(), "is kept and `bitnet pull hf://o/r/m.gguf` resumes it")

	// Cancelled before any byte: nothing is left behind.
	f2 := newFakeHub(t)
	f2.add("o/r/m.gguf", fileSize, 33, true)
	f2.cdnFail5xx.Store(1 << 30)
	ctx2, cancel2 := context.WithCancel(context.Background())
	c2, _ := f2.newClient(t.TempDir(), WithRetryPolicy(RetryPolicy{Backoff: time.Hour}),
		WithLogf(func(string, ...any) { cancel2() })) // cancel during the first backoff
	_, err = c2.Pull(ctx2, ref)
	require.ErrorIs(t, err, context.Canceled)
	assert.False(t, errors.As(err, &ie), "no partial, no IncompleteError")
	requireNotCached(t, c2, ref)
}

func TestPullAPIThatHangsIsBounded(t *testing.T) {
	f := newFakeHub(t)
	f.add("o/r/m.gguf", 1000, 34, true)
	f.apiHang = true
	c, n := f.newClient(t.TempDir(), WithRetryPolicy(RetryPolicy{Backoff: time.Millisecond, StallTimeout: 50 * time.Millisecond}))
	ref := mustRef(t, "hf://o/r/m.gguf")
	_, err := c.Pull(context.Background(), ref)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	assert.EqualValues(t, DefaultRetryPolicy().MaxFails, f.requests.Load())
	assert.Contains(t, n.joined(), "hub API request failed")
	requireNotCached(t, c, ref)
}

func TestPullRangeAnsweredFromEarlier(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 36, true)
	f.cutAfter = 1<<20 + 7
	f.rangeFrom0 = true // 206, but always from byte 0
	dir := t.TempDir()
	c, _ := f.newClient(dir)
	p, err := c.Pull(context.Background(), mustRef(t, "hf://o/r/m.gguf"))
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	assert.EqualValues(t, 2, f.cdnGets.Load(), "the bytes already here are skipped, not refetched from scratch")
	requireNoLeftovers(t, dir)
}

// A rehash cut short by cancellation must not pass for a corrupt file,
// which would be deleted and fetched again.
func TestCancelledVerificationKeepsTheFile(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 37, true)
	dir := t.TempDir()
	ref := mustRef(t, "hf://o/r/m.gguf")
	c, _ := f.newClient(dir)
	p, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)
	before := f.requests.Load()

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, offline := range []bool{false, true} {
		full, n := f.newClient(dir, WithVerify(VerifyFull), WithOffline(offline))
		_, err = full.Pull(ctx, ref)
		require.ErrorIs(t, err, context.Canceled)
		assert.NotContains(t, err.Error(), "failed verification")
		assert.NotContains(t, n.joined(), "failed verification")
	}
	assert.Equal(t, before, f.requests.Load())
	full, _ := f.newClient(dir, WithVerify(VerifyFull))
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	_, ok := full.CachedPath(ref)
	assert.True(t, ok)
}

// A server that trickles bytes never stalls outright; it is cut all the same
// and the pull ends within the attempt budget.
func TestPullTrickleIsCut(t *testing.T) {
	f := newFakeHub(t)
	f.add("o/r/m.gguf", fileSize, 38, true)
	f.trickle = 5 * time.Millisecond
	c, n := f.newClient(t.TempDir(), WithRetryPolicy(RetryPolicy{MaxAttempts: 3, Backoff: time.Millisecond, StallTimeout: 100 * time.Millisecond}))
	ref := mustRef(t, "hf://o/r/m.gguf")
	_, err := c.Pull(context.Background(), ref)
	var ie *IncompleteError
	require.ErrorAs(t, err, &ie)
	assert.ErrorIs(t, err, errStalled)
	assert.EqualValues(t, 3, f.cdnGets.Load())
	assert.Positive(t, ie.Done)
	assert.Less(t, ie.Done, int64(3*stallBytes), "at most a trickle arrived")
	assert.Contains(t, n.joined(), "transfer stalled")
}
