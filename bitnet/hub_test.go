package bitnet_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/hub"
)

// TestLoadFromHub serves a generated model with the Hugging Face URL layout
// (model-info API with LFS sha256, resolve URL with Range support) and loads it
// through an hf:// reference, then again offline from the cache.
func TestLoadFromHub(t *testing.T) {
	data, err := os.ReadFile(tinyPath(t))
	require.NoError(t, err)
	sum := sha256.Sum256(data)
	const commit = "0123456789abcdef0123456789abcdef01234567"
	var requests atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		switch {
		case strings.HasPrefix(r.URL.Path, "/api/models/microsoft/bitnet-b1.58-2B-4T-gguf/revision/"):
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(map[string]any{
				"id": "microsoft/bitnet-b1.58-2B-4T-gguf", "sha": commit,
				"siblings": []map[string]any{{
					"rfilename": "ggml-model-i2_s.gguf", "size": len(data),
					"lfs": map[string]any{"sha256": hex.EncodeToString(sum[:]), "size": len(data), "pointerSize": 134},
				}},
			})
		case strings.HasPrefix(r.URL.Path, "/microsoft/bitnet-b1.58-2B-4T-gguf/resolve/") && strings.HasSuffix(r.URL.Path, "/ggml-model-i2_s.gguf"):
			w.Header().Set("X-Linked-Etag", `"`+hex.EncodeToString(sum[:])+`"`)
			w.Header().Set("X-Repo-Commit", commit)
			http.ServeContent(w, r, "ggml-model-i2_s.gguf", time.Unix(0, 0), bytes.NewReader(data))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	cache := t.TempDir()
	ref := "hf://microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf"
	ctx := context.Background()
	var downloaded int64
	m, err := bitnet.Load(ctx, ref, bitnet.WithDevice("cpu"), bitnet.WithHubEndpoint(srv.URL), bitnet.WithHubCache(cache),
		bitnet.WithProgress(func(p bitnet.Progress) {
			if p.Stage == "download" {
				downloaded = p.Done
			}
		}))
	require.NoError(t, err)
	assert.Equal(t, int64(len(data)), downloaded)
	assert.True(t, strings.HasPrefix(m.Info().Path, cache), m.Info().Path)
	r1, err := m.Generate(ctx, "hub", bitnet.GenerateOptions{MaxTokens: 4, IgnoreEOS: true})
	require.NoError(t, err)
	require.NoError(t, m.Close())

	// Offline, from the cache, with the server gone.
	srv.Close()
	before := requests.Load()
	m2, err := bitnet.Load(ctx, ref, bitnet.WithDevice("cpu"), bitnet.WithHubEndpoint(srv.URL), bitnet.WithHubCache(cache), bitnet.WithOffline(true))
	require.NoError(t, err)
	defer m2.Close()
	assert.Equal(t, before, requests.Load())
	r2, err := m2.Generate(ctx, "hub", bitnet.GenerateOptions{MaxTokens: 4, IgnoreEOS: true})
	require.NoError(t, err)
	assert.Equal(t, r1.Tokens, r2.Tokens)

	// Offline without a cached copy: an error that says what to do.
	_, err = bitnet.Load(ctx, "hf://someone/other/model.gguf", bitnet.WithHubCache(cache), bitnet.WithOffline(true))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bitnet pull")
}

// TestLoadFromHubCatchesEditedCache: a cached model edited in place (one
// bit, same size, modification time put back) must not load silently. It
// fails offline with a checksum error and is downloaded again online.
func TestLoadFromHubCatchesEditedCache(t *testing.T) {
	data, err := os.ReadFile(tinyPath(t))
	require.NoError(t, err)
	sum := sha256.Sum256(data)
	const commit = "89abcdef0123456789abcdef0123456789abcdef"
	var downloads atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/api/models/o/m/revision/"):
			_ = json.NewEncoder(w).Encode(map[string]any{"sha": commit, "siblings": []map[string]any{{
				"rfilename": "m.gguf", "lfs": map[string]any{"sha256": hex.EncodeToString(sum[:]), "size": len(data)}}}})
		case r.URL.Path == "/o/m/resolve/"+commit+"/m.gguf":
			downloads.Add(1)
			http.ServeContent(w, r, "m.gguf", time.Unix(0, 0), bytes.NewReader(data))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	t.Setenv("BITNET_VERIFY", "")
	cache := t.TempDir()
	ref := "hf://o/m/m.gguf"
	ctx := context.Background()
	opts := []bitnet.Option{bitnet.WithDevice("cpu"), bitnet.WithHubEndpoint(srv.URL), bitnet.WithHubCache(cache)}
	m, err := bitnet.Load(ctx, ref, opts...)
	require.NoError(t, err)
	path := m.Info().Path
	require.NoError(t, m.Close())
	require.EqualValues(t, 1, downloads.Load())

	fi, err := os.Stat(path)
	require.NoError(t, err)
	fh, err := os.OpenFile(path, os.O_RDWR, 0)
	require.NoError(t, err)
	b := make([]byte, 1)
	off := fi.Size() - 100 // in the tensor data, where a flip would go unnoticed by the parser
	_, err = fh.ReadAt(b, off)
	require.NoError(t, err)
	b[0] ^= 1
	_, err = fh.WriteAt(b, off)
	require.NoError(t, err)
	require.NoError(t, fh.Close())
	require.NoError(t, os.Chtimes(path, fi.ModTime(), fi.ModTime()))

	_, err = bitnet.Load(ctx, ref, append(opts, bitnet.WithOffline(true))...)
	var ce *hub.ChecksumError
	require.ErrorAs(t, err, &ce)

	m, err = bitnet.Load(ctx, ref, opts...)
	require.NoError(t, err)
	require.NoError(t, m.Close())
	assert.EqualValues(t, 2, downloads.Load(), "downloaded again")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, data, got)

	// Full verification of the good copy, offline: it loads (hub's
	// TestVerifyFull shows what this mode catches that the default does not).
	m, err = bitnet.Load(ctx, ref, append(opts, bitnet.WithOffline(true), bitnet.WithHubVerifyFull(true))...)
	require.NoError(t, err)
	require.NoError(t, m.Close())
	assert.EqualValues(t, 2, downloads.Load())
}
