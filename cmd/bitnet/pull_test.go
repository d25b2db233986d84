package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/hub"
)

// pullTestHub serves one LFS-style file at o/r/m.gguf with the hub's API and
// resolve URLs (the redirect and resume paths are tested in package hub).
func pullTestHub(t *testing.T, data []byte) *httptest.Server {
	t.Helper()
	sum := sha256.Sum256(data)
	sha := hex.EncodeToString(sum[:])
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/models/o/r/revision/main":
			_ = json.NewEncoder(w).Encode(map[string]any{"sha": strings.Repeat("1", 40), "siblings": []map[string]any{
				{"rfilename": "m.gguf", "lfs": map[string]any{"sha256": sha, "size": len(data)}}}})
		case "/o/r/resolve/" + strings.Repeat("1", 40) + "/m.gguf":
			w.Header().Set("X-Linked-Etag", `"`+sha+`"`)
			w.Header().Set("Content-Length", strconv.Itoa(len(data)))
			_, _ = w.Write(data)
		default:
			w.Header().Set("X-Error-Code", "EntryNotFound")
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestRunPull(t *testing.T) {
	data := bytes.Repeat([]byte("bitnet"), 100_001)
	srv := pullTestHub(t, data)
	t.Setenv("HF_TOKEN", "")
	t.Setenv("BITNET_OFFLINE", "")
	ctx := context.Background()

	t.Run("download, flags after the reference", func(t *testing.T) {
		dir := t.TempDir()
		var out, errb bytes.Buffer
		err := runPull(ctx, []string{"o/r/m.gguf", "--cache-dir", dir, "--endpoint", srv.URL}, &out, &errb)
		require.NoError(t, err, errb.String())
		path := strings.TrimSpace(out.String())
		assert.Equal(t, filepath.Join(dir, "o", "r", "main", "m.gguf"), path)
		got, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, data, got)

		// Cached: works offline and prints the same path.
		out.Reset()
		require.NoError(t, runPull(ctx, []string{"--offline", "--cache-dir", dir, "hf://o/r/m.gguf"}, &out, &errb))
		assert.Equal(t, path, strings.TrimSpace(out.String()))
	})
	t.Run("not found", func(t *testing.T) {
		var out, errb bytes.Buffer
		err := runPull(ctx, []string{"--cache-dir", t.TempDir(), "--endpoint", srv.URL, "hf://o/r/x.gguf"}, &out, &errb)
		var nf *hub.NotFoundError
		require.ErrorAs(t, err, &nf)
		assert.Empty(t, out.String())
	})
	t.Run("offline without cache", func(t *testing.T) {
		var out, errb bytes.Buffer
		err := runPull(ctx, []string{"--offline", "--cache-dir", t.TempDir(), "hf://o/r/m.gguf"}, &out, &errb)
		var oe *hub.OfflineError
		require.ErrorAs(t, err, &oe)
		assert.Contains(t, err.Error(), "bitnet pull hf://o/r/m.gguf")
	})
	t.Run("usage errors", func(t *testing.T) {
		var out, errb bytes.Buffer
		assert.ErrorIs(t, runPull(ctx, nil, &out, &errb), errUsage)
		assert.Contains(t, errb.String(), "name at least one file")
		assert.ErrorIs(t, runPull(ctx, []string{"--nope"}, &out, &errb), errUsage)
		assert.ErrorIs(t, runPull(ctx, []string{"-h"}, &out, &errb), flag.ErrHelp)
		var re *hub.RefError
		assert.ErrorAs(t, runPull(ctx, []string{"hf://o/r/../x"}, &out, &errb), &re)
	})
}

func TestPullSplitArgs(t *testing.T) {
	for _, tc := range []struct {
		args, pos []string
		offline   bool
	}{
		{[]string{"a", "--offline", "b"}, []string{"a", "b"}, true},
		{[]string{"--offline", "a"}, []string{"a"}, true},
		{[]string{"a", "--", "--offline"}, []string{"a", "--offline"}, false},
		{nil, nil, false},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		off := fs.Bool("offline", false, "")
		pos, err := splitFlagArgs(fs, tc.args)
		require.NoError(t, err)
		assert.Equal(t, tc.pos, pos, "%q", tc.args)
		assert.Equal(t, tc.offline, *off, "%q", tc.args)
	}
}

// TestRunPullInterrupted cancels a pull mid-body, as SIGINT does through
// main's context, and checks that stderr says where the partial file is and
// how to resume, and that the next pull resumes it.
func TestRunPullInterrupted(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 1<<16) // 1 MiB
	sum := sha256.Sum256(data)
	sha := hex.EncodeToString(sum[:])
	commit := strings.Repeat("2", 40)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	var ranges []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/models/o/r/revision/main":
			_ = json.NewEncoder(w).Encode(map[string]any{"sha": commit, "siblings": []map[string]any{
				{"rfilename": "m.gguf", "lfs": map[string]any{"sha256": sha, "size": len(data)}}}})
		case "/o/r/resolve/" + commit + "/m.gguf":
			mu.Lock()
			ranges = append(ranges, r.Header.Get("Range"))
			n := len(ranges)
			mu.Unlock()
			if n == 1 {
				// The connection drops after 300 kB.
				w.Header().Set("Content-Length", strconv.Itoa(len(data)))
				_, _ = w.Write(data[:300_000])
				w.(http.Flusher).Flush()
				panic(http.ErrAbortHandler)
			}
			if ctx.Err() == nil {
				cancel() // Ctrl-C while the retry waits for an answer
				<-r.Context().Done()
				return
			}
			http.ServeContent(w, r, "m.gguf", time.Unix(0, 0), bytes.NewReader(data))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	t.Setenv("HF_TOKEN", "")
	t.Setenv("BITNET_OFFLINE", "")
	dir := t.TempDir()
	part := filepath.Join(dir, "o", "r", "main", "m.gguf.part")

	var out, errb bytes.Buffer
	code := mainCode(ctx, []string{"pull", "--cache-dir", dir, "--endpoint", srv.URL, "o/r/m.gguf"}, &out, &errb)
	assert.Equal(t, 130, code, "an interruption")
	fi, serr := os.Stat(part)
	require.NoError(t, serr)
	assert.EqualValues(t, 300_000, fi.Size())
	assert.Contains(t, errb.String(), fmt.Sprintf("bitnet pull: interrupted: %d bytes of hf://o/r/m.gguf kept in %s; run `bitnet pull hf://o/r/m.gguf` again to resume", fi.Size(), part))
	assert.Empty(t, out.String())

	out.Reset()
	errb.Reset()
	require.NoError(t, runPull(context.Background(), []string{"--cache-dir", dir, "--endpoint", srv.URL, "o/r/m.gguf"}, &out, &errb), errb.String())
	mu.Lock()
	assert.Equal(t, fmt.Sprintf("bytes=%d-", fi.Size()), ranges[len(ranges)-1])
	mu.Unlock()
	got, rerr := os.ReadFile(strings.TrimSpace(out.String()))
	require.NoError(t, rerr)
	assert.Equal(t, data, got)
}

// TestRunPullRefusesHTML: a hub without a published checksum that answers
// with a web page (a login wall, a portal) must not get it cached as the
// model.
func TestRunPullRefusesHTML(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/api/") {
			http.Error(w, "no API here", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = io.WriteString(w, "<!doctype html><html><body>Log in to continue</body></html>")
	}))
	defer srv.Close()
	t.Setenv("HF_TOKEN", "")
	t.Setenv("BITNET_OFFLINE", "")
	dir := t.TempDir()
	var out, errb bytes.Buffer
	code := mainCode(context.Background(), []string{"pull", "--cache-dir", dir, "--endpoint", srv.URL, "o/r/m.gguf"}, &out, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "the server sent an HTML page")
	assert.Contains(t, errb.String(), "nothing was cached")
	assert.Empty(t, out.String())
	entries, err := os.ReadDir(filepath.Join(dir, "o", "r", "main"))
	require.NoError(t, err)
	for _, e := range entries {
		assert.NotContains(t, e.Name(), "m.gguf", "nothing of the page may stay in the cache")
	}
}

// TestRunPullVerify: a cached file edited in place with its modification
// time put back is caught, and --verify rehashes even an untouched one.
func TestRunPullVerify(t *testing.T) {
	data := bytes.Repeat([]byte("bitnet"), 100_001)
	srv := pullTestHub(t, data)
	t.Setenv("HF_TOKEN", "")
	t.Setenv("BITNET_OFFLINE", "")
	t.Setenv("BITNET_VERIFY", "")
	dir := t.TempDir()
	ctx := context.Background()
	var out, errb bytes.Buffer
	require.NoError(t, runPull(ctx, []string{"--cache-dir", dir, "--endpoint", srv.URL, "o/r/m.gguf"}, &out, &errb), errb.String())
	path := strings.TrimSpace(out.String())

	fi, err := os.Stat(path)
	require.NoError(t, err)
	fh, err := os.OpenFile(path, os.O_RDWR, 0)
	require.NoError(t, err)
	_, err = fh.WriteAt([]byte{'X'}, 1000)
	require.NoError(t, err)
	require.NoError(t, fh.Close())
	require.NoError(t, os.Chtimes(path, fi.ModTime(), fi.ModTime()))

	for _, args := range [][]string{{"--offline"}, {"--offline", "--verify"}} {
		errb.Reset()
		err = runPull(ctx, append(args, "--cache-dir", dir, "o/r/m.gguf"), io.Discard, &errb)
		var ce *hub.ChecksumError
		require.ErrorAs(t, err, &ce, "%v", args)
	}
	errb.Reset()
	require.NoError(t, runPull(ctx, []string{"--verify", "--cache-dir", dir, "--endpoint", srv.URL, "o/r/m.gguf"}, io.Discard, &errb))
	assert.Contains(t, errb.String(), "failed verification")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, data, got)
	require.NoError(t, runPull(ctx, []string{"--offline", "--verify", "--cache-dir", dir, "o/r/m.gguf"}, io.Discard, &errb))
}
