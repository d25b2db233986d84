package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

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
