package hub

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const fileSize = 3<<20 + 17 // a few MB, odd on purpose

// notes collects what a client logs.
type notes struct {
	mu   sync.Mutex
	list []string
}

func (n *notes) logf(format string, args ...any) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.list = append(n.list, fmt.Sprintf(format, args...))
}

func (n *notes) joined() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return strings.Join(n.list, "\n")
}

// newClient returns a client for the fake hub with a fixed configuration
// whatever the environment says, and fast retries.
func (f *fakeHub) newClient(dir string, opts ...Option) (*Client, *notes) {
	n := &notes{}
	base := []Option{WithEndpoint(f.hub.URL), WithCacheDir(dir), WithToken(""), WithOffline(false), WithLogf(n.logf),
		WithVerify(VerifyStat), WithRetryPolicy(fastRetries)}
	c := NewClient(append(base, opts...)...)
	return c, n
}

// fastRetries keeps the default attempt counts with millisecond waits.
var fastRetries = RetryPolicy{Backoff: time.Millisecond, MaxBackoff: 10 * time.Millisecond}

func mustRef(t *testing.T, s string) Ref {
	t.Helper()
	r, err := ParseRef(s)
	require.NoError(t, err)
	return r
}

// requireNoLeftovers checks that no .part, .lock or .tmp file remains.
func requireNoLeftovers(t *testing.T, dir string) {
	t.Helper()
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		require.NoError(t, err)
		for _, s := range []string{partSuffix, lockSuffix, ".tmp"} {
			assert.False(t, strings.HasSuffix(p, s), "leftover %s", p)
		}
		return nil
	})
	require.NoError(t, err)
}

func TestPullFreshDownload(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("microsoft/bitnet-test/ggml-model-i2_s.gguf", fileSize, 1, true)
	dir := t.TempDir()
	var calls int
	var last [2]int64
	c, _ := f.newClient(dir, WithToken("secret"), WithProgress(func(done, total int64) {
		calls++
		last = [2]int64{done, total}
	}))

	ref := mustRef(t, "hf://microsoft/bitnet-test/ggml-model-i2_s.gguf")
	p, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "microsoft", "bitnet-test", "main", "ggml-model-i2_s.gguf"), p)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	requireNoLeftovers(t, dir)

	rec, err := readRecord(p)
	require.NoError(t, err)
	assert.True(t, rec.Complete)
	assert.Equal(t, f.files["microsoft/bitnet-test/ggml-model-i2_s.gguf"].sha256, rec.SHA256)
	assert.Equal(t, f.commit, rec.Commit)

	assert.Greater(t, calls, 1)
	assert.Equal(t, [2]int64{fileSize, fileSize}, last)

	hubAuth, cdnAuth, ranges, _ := f.snapshot()
	for _, a := range hubAuth {
		assert.Equal(t, "Bearer secret", a, "the hub gets the token")
	}
	require.NotEmpty(t, cdnAuth)
	for _, a := range cdnAuth {
		assert.Empty(t, a, "the token must not be forwarded to the CDN host")
	}
	assert.Equal(t, []string{""}, ranges)

	path, ok := c.CachedPath(ref)
	assert.True(t, ok)
	assert.Equal(t, p, path)
}

func TestPullCachedHitTouchesNoNetwork(t *testing.T) {
	f := newFakeHub(t)
	f.add("o/r/m.gguf", fileSize, 2, true)
	dir := t.TempDir()
	c, _ := f.newClient(dir)
	ref := mustRef(t, "hf://o/r/m.gguf")
	p1, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)
	n := f.requests.Load()

	c2, _ := f.newClient(dir) // a fresh client, e.g. the next process
	p2, err := c2.Pull(context.Background(), ref)
	require.NoError(t, err)
	assert.Equal(t, p1, p2)
	assert.Equal(t, n, f.requests.Load(), "a cache hit must not touch the network")

	// A changed modification time forces a rehash, still without network.
	later := time.Now().Add(time.Hour)
	require.NoError(t, os.Chtimes(p1, later, later))
	_, err = c2.Pull(context.Background(), ref)
	require.NoError(t, err)
	assert.Equal(t, n, f.requests.Load())
}

func TestPullCorruptCacheIsReplaced(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 3, true)
	dir := t.TempDir()
	c, n := f.newClient(dir)
	ref := mustRef(t, "hf://o/r/m.gguf")
	p, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)

	// Flip one byte (same size, new mtime): the recorded digest catches it.
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	b[12345] ^= 1
	require.NoError(t, os.WriteFile(p, b, 0o644))
	later := time.Now().Add(time.Hour)
	require.NoError(t, os.Chtimes(p, later, later))
	_, ok := c.CachedPath(ref)
	assert.False(t, ok)

	// Offline, a corrupt copy is an error, not served.
	off, _ := f.newClient(dir, WithOffline(true))
	_, err = off.Pull(context.Background(), ref)
	var ce *ChecksumError
	require.ErrorAs(t, err, &ce)

	// Online, it is downloaded again.
	p, err = c.Pull(context.Background(), ref)
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	assert.Contains(t, n.joined(), "failed verification")
}

func TestPullResumesAfterConnectionCut(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 4, true)
	f.cutAfter = 1<<20 + 3
	dir := t.TempDir()
	c, n := f.newClient(dir)
	p, err := c.Pull(context.Background(), mustRef(t, "hf://o/r/m.gguf"))
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	requireNoLeftovers(t, dir)

	_, _, ranges, sent := f.snapshot()
	require.Len(t, ranges, 2)
	assert.Empty(t, ranges[0])
	var start int64
	_, err = fmt.Sscanf(ranges[1], "bytes=%d-", &start)
	require.NoError(t, err, "second request must ask for a range, got %q", ranges[1])
	assert.Positive(t, start)
	assert.LessOrEqual(t, start, f.cutAfter)
	assert.Equal(t, int64(fileSize)-start+f.cutAfter, sent, "only the missing bytes are sent again")
	assert.Contains(t, n.joined(), "retrying")
}

func TestPullServerIgnoringRange(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 5, true)
	f.cutAfter = 777_777
	f.ignoreRange = true
	dir := t.TempDir()
	c, n := f.newClient(dir)
	p, err := c.Pull(context.Background(), mustRef(t, "hf://o/r/m.gguf"))
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	_, _, ranges, _ := f.snapshot()
	require.Len(t, ranges, 2)
	assert.NotEmpty(t, ranges[1])
	assert.Contains(t, n.joined(), "ignored the range request")
}

func TestPullChecksumMismatch(t *testing.T) {
	for _, tc := range []struct {
		name      string
		apiStatus int // 0: the API lies; 500: the API is down and the header lies
	}{{"api", 0}, {"header", 500}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeHub(t)
			f.add("o/r/m.gguf", fileSize, 6, true)
			f.lie("o/r/m.gguf")
			f.apiStatus = tc.apiStatus
			dir := t.TempDir()
			c, _ := f.newClient(dir)
			ref := mustRef(t, "hf://o/r/m.gguf")
			_, err := c.Pull(context.Background(), ref)
			var ce *ChecksumError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, "sha256", ce.Algo)
			assert.Equal(t, strings.Repeat("0", 64), ce.Want)
			assert.Contains(t, err.Error(), "checksum mismatch")

			p, _ := c.CachedPath(ref)
			for _, s := range []string{"", partSuffix, recordSuffix} {
				assert.NoFileExists(t, p+s)
			}
			requireNoLeftovers(t, dir)
		})
	}
}

func TestPullHeaderFallbackAndRange416(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 7, true)
	f.apiStatus = 503
	f.noSize = true // the size is unknown until the transfer starts
	dir := t.TempDir()
	c, n := f.newClient(dir)
	ref := mustRef(t, "hf://o/r/m.gguf")
	dst, _ := c.CachedPath(ref)

	// A whole file left in .part by a crash before the rename, with its
	// partial record: the resume asks for the bytes after the end.
	require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
	require.NoError(t, os.WriteFile(dst+partSuffix, want, 0o644))
	require.NoError(t, writeRecord(dst, &record{Ref: ref.String(), Commit: f.commit,
		SHA256: f.files["o/r/m.gguf"].sha256, Size: -1}))

	p, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	_, _, ranges, sent := f.snapshot()
	assert.Equal(t, []string{fmt.Sprintf("bytes=%d-", fileSize)}, ranges)
	assert.Zero(t, sent)
	assert.Contains(t, n.joined(), "hub API unavailable")
}

func TestPullSmallGitFile(t *testing.T) {
	for _, apiStatus := range []int{0, 500} { // digest from the listing, then from ETag
		t.Run(fmt.Sprint(apiStatus), func(t *testing.T) {
			f := newFakeHub(t)
			f.apiStatus = apiStatus
			want := f.add("o/r/config.json", 1000, 8, false)
			c, _ := f.newClient(t.TempDir())
			ref := mustRef(t, "hf://o/r/config.json")
			p, err := c.Pull(context.Background(), ref)
			require.NoError(t, err)
			got, err := os.ReadFile(p)
			require.NoError(t, err)
			require.Equal(t, want, got)

			f.lie("o/r/config.json")
			c2, _ := f.newClient(t.TempDir())
			_, err = c2.Pull(context.Background(), ref)
			var ce *ChecksumError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, "git-sha1", ce.Algo)
		})
	}
}

func TestPullCancelKeepsPartAndResumes(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 9, true)
	f.stallAfter = 2<<20 + 5 // the first response hangs there, so cancellation happens mid-body
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const cancelAt = 1 << 20
	c, _ := f.newClient(dir, WithProgress(func(done, total int64) {
		if done >= cancelAt {
			cancel()
		}
	}))
	ref := mustRef(t, "hf://o/r/m.gguf")
	_, err := c.Pull(ctx, ref)
	require.ErrorIs(t, err, context.Canceled)
	dst, _ := c.CachedPath(ref)
	fi, err := os.Stat(dst + partSuffix)
	require.NoError(t, err, "cancellation must keep the .part file")
	kept := fi.Size()
	assert.GreaterOrEqual(t, kept, int64(cancelAt))
	assert.LessOrEqual(t, kept, f.stallAfter)
	assert.NoFileExists(t, dst)
	assert.NoFileExists(t, dst+lockSuffix)

	c2, n := f.newClient(dir)
	p, err := c2.Pull(context.Background(), ref)
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	_, _, ranges, _ := f.snapshot()
	assert.Equal(t, fmt.Sprintf("bytes=%d-", kept), ranges[len(ranges)-1])
	assert.Contains(t, n.joined(), "resuming")
}

func TestPullPartOfAnotherVersionIsDiscarded(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 10, true)
	dir := t.TempDir()
	c, n := f.newClient(dir)
	ref := mustRef(t, "hf://o/r/m.gguf")
	dst, _ := c.CachedPath(ref)
	require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
	require.NoError(t, os.WriteFile(dst+partSuffix, []byte("stale bytes of an older upload"), 0o644))
	require.NoError(t, writeRecord(dst, &record{SHA256: strings.Repeat("1", 64), Size: fileSize}))
	p, err := c.Pull(context.Background(), ref)
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	assert.Contains(t, n.joined(), "discarding")
}

func TestPullOffline(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 11, true)
	ref := mustRef(t, "hf://o/r/m.gguf")

	// A closed port: connections are refused, as with no network.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	deadEndpoint := "http://" + l.Addr().String()
	require.NoError(t, l.Close())

	t.Run("mode without cache", func(t *testing.T) {
		dir := t.TempDir()
		c, _ := f.newClient(dir, WithOffline(true))
		before := f.requests.Load()
		_, err := c.Pull(context.Background(), ref)
		var oe *OfflineError
		require.ErrorAs(t, err, &oe)
		assert.NoError(t, oe.Err)
		assert.Equal(t, filepath.Join(dir, "o", "r", "main", "m.gguf"), oe.CachePath)
		assert.Contains(t, err.Error(), "bitnet pull hf://o/r/m.gguf")
		assert.Contains(t, err.Error(), oe.CachePath)
		assert.Contains(t, err.Error(), "or pass -m")
		assert.Equal(t, before, f.requests.Load())
	})
	t.Run("no network without cache", func(t *testing.T) {
		c, _ := f.newClient(t.TempDir(), WithEndpoint(deadEndpoint))
		_, err := c.Pull(context.Background(), ref)
		var oe *OfflineError
		require.ErrorAs(t, err, &oe)
		require.Error(t, oe.Err)
		assert.True(t, strings.HasPrefix(err.Error(), "hub: no network: download m.gguf on a connected machine with `bitnet pull hf://o/r/m.gguf` and copy it to "), err.Error())
	})
	t.Run("with cache", func(t *testing.T) {
		dir := t.TempDir()
		c, _ := f.newClient(dir)
		p, err := c.Pull(context.Background(), ref)
		require.NoError(t, err)
		for _, opt := range []Option{WithOffline(true), WithEndpoint(deadEndpoint)} {
			c2, _ := f.newClient(dir, opt)
			p2, err := c2.Pull(context.Background(), ref)
			require.NoError(t, err)
			assert.Equal(t, p, p2)
		}
	})
	t.Run("copied by hand", func(t *testing.T) {
		dir := t.TempDir()
		dst := filepath.Join(dir, "o", "r", "main", "m.gguf")
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, os.WriteFile(dst, want, 0o644))
		for _, opt := range []Option{WithOffline(true), WithEndpoint(deadEndpoint)} {
			c, n := f.newClient(dir, opt)
			p, err := c.Pull(context.Background(), ref)
			require.NoError(t, err)
			assert.Equal(t, dst, p)
			assert.Contains(t, n.joined(), "without checking it against the hub")
		}
		// Online, it is checked against the hub and recorded, not fetched.
		c, _ := f.newClient(dir)
		_, _, _, sentBefore := f.snapshot()
		p, err := c.Pull(context.Background(), ref)
		require.NoError(t, err)
		assert.Equal(t, dst, p)
		_, _, _, sent := f.snapshot()
		assert.Equal(t, sentBefore, sent)
		rec, err := readRecord(dst)
		require.NoError(t, err)
		assert.True(t, rec.Complete)
	})
	t.Run("env", func(t *testing.T) {
		t.Setenv("BITNET_OFFLINE", "1")
		t.Setenv("BITNET_CACHE", t.TempDir())
		t.Setenv("HF_ENDPOINT", f.hub.URL)
		c := NewClient()
		assert.True(t, c.offline)
		before := f.requests.Load()
		_, err := c.Pull(context.Background(), ref)
		var oe *OfflineError
		require.ErrorAs(t, err, &oe)
		assert.Equal(t, before, f.requests.Load())
	})
}

func TestPullHTTPErrors(t *testing.T) {
	f := newFakeHub(t)
	f.add("o/r/m.gguf", 1000, 12, true)
	dir := t.TempDir()
	for _, tc := range []struct {
		ref     string
		wantMsg string
		check   func(t *testing.T, err error)
	}{
		{"hf://o/r/missing.gguf", "file not found in repo o/r at revision main: missing.gguf", func(t *testing.T, err error) {
			var nf *NotFoundError
			require.ErrorAs(t, err, &nf)
			assert.Equal(t, 404, nf.Status)
		}},
		{"hf://o/r@v9/m.gguf", `revision "v9" not found in repo o/r`, func(t *testing.T, err error) {
			var nf *NotFoundError
			require.ErrorAs(t, err, &nf)
		}},
		{"hf://o/nope/m.gguf", "repository o/nope not found", func(t *testing.T, err error) {
			var nf *NotFoundError
			require.ErrorAs(t, err, &nf)
		}},
	} {
		t.Run(tc.ref, func(t *testing.T) {
			c, _ := f.newClient(dir)
			_, err := c.Pull(context.Background(), mustRef(t, tc.ref))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.wantMsg)
			tc.check(t, err)
		})
	}

	t.Run("token", func(t *testing.T) {
		f.token = "hf_good"
		defer func() { f.token = "" }()
		ref := mustRef(t, "hf://o/r/m.gguf")
		for _, tok := range []string{"", "hf_bad"} {
			c, _ := f.newClient(t.TempDir(), WithToken(tok))
			_, err := c.Pull(context.Background(), ref)
			var ae *AuthError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, 401, ae.Status)
			assert.Equal(t, tok != "", ae.TokenSet)
			assert.Contains(t, err.Error(), "needs a token: set HF_TOKEN")
			assert.Contains(t, err.Error(), "gated")
		}
		c, _ := f.newClient(t.TempDir(), WithToken("hf_good"))
		_, err := c.Pull(context.Background(), ref)
		require.NoError(t, err)
	})
}

func TestPullConcurrentSameFile(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 13, true)
	dir := t.TempDir()
	ref := mustRef(t, "hf://o/r/m.gguf")
	const n = 4
	paths := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			c, _ := f.newClient(dir) // separate clients: only the lock file coordinates them
			paths[i], errs[i] = c.Pull(context.Background(), ref)
		})
	}
	wg.Wait()
	for i := range n {
		require.NoError(t, errs[i])
		assert.Equal(t, paths[0], paths[i])
	}
	got, err := os.ReadFile(paths[0])
	require.NoError(t, err)
	require.Equal(t, want, got)
	_, _, ranges, sent := f.snapshot()
	assert.Len(t, ranges, 1, "one download only")
	assert.Equal(t, int64(fileSize), sent)
	requireNoLeftovers(t, dir)
}

func TestPullRevisionLayout(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/sub/dir/m.gguf", 4096, 14, true)
	dir := t.TempDir()
	c, _ := f.newClient(dir)
	p, err := c.Pull(context.Background(), mustRef(t, "hf://o/r@v1.0/sub/dir/m.gguf"))
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "o", "r", "v1.0", "sub", "dir", "m.gguf"), p)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, want, got)

	p2, _ := c.CachedPath(Ref{Owner: "o", Repo: "r", Revision: "refs/pr/1", Path: "m.gguf"})
	assert.Equal(t, filepath.Join(dir, "o", "r", "refs%2Fpr%2F1", "m.gguf"), p2)
}

func TestPullRejectsBadRef(t *testing.T) {
	c := NewClient(WithCacheDir(t.TempDir()), WithEndpoint("http://127.0.0.1:1"))
	for _, r := range []Ref{
		{Owner: "o", Repo: "r", Path: "../../etc/passwd"},
		{Owner: "..", Repo: "r", Path: "f"},
		{Owner: "o", Repo: "r", Path: "/abs"},
		{Owner: "o", Repo: "r", Revision: "../x", Path: "f"},
	} {
		_, err := c.Pull(context.Background(), r)
		var re *RefError
		require.ErrorAs(t, err, &re, "%+v", r)
		_, ok := c.CachedPath(r)
		assert.False(t, ok)
	}
}

func TestIsNetworkDown(t *testing.T) {
	assert.True(t, isNetworkDown(&net.DNSError{Err: "no such host", Name: "huggingface.co"}))
	assert.True(t, isNetworkDown(fmt.Errorf("x: %w", &net.OpError{Op: "dial", Err: errors.New("refused")})))
	assert.False(t, isNetworkDown(&net.OpError{Op: "read", Err: errors.New("reset")}))
	assert.False(t, isNetworkDown(context.Canceled))
}

func TestPullStalledTransferIsRetried(t *testing.T) {
	f := newFakeHub(t)
	want := f.add("o/r/m.gguf", fileSize, 15, true)
	f.stallAfter = 1<<20 + 1 // the first response hangs there
	dir := t.TempDir()
	c, n := f.newClient(dir, WithRetryPolicy(RetryPolicy{Backoff: time.Millisecond, StallTimeout: 200 * time.Millisecond}))
	p, err := c.Pull(context.Background(), mustRef(t, "hf://o/r/m.gguf"))
	require.NoError(t, err)
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	require.Equal(t, want, got)
	_, _, ranges, _ := f.snapshot()
	require.Len(t, ranges, 2)
	assert.NotEmpty(t, ranges[1])
	assert.Contains(t, n.joined(), errStalled.Error())
}
