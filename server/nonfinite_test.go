package server

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
)

// nanModel copies the tiny model with a NaN in output_norm.weight.
func nanModel(t *testing.T) string {
	b, err := os.ReadFile(tinyPath(t))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "nan.gguf")
	require.NoError(t, os.WriteFile(path, b, 0o600))
	f, err := gguf.Open(path)
	require.NoError(t, err)
	ti, ok := f.Tensor("output_norm.weight")
	require.True(t, ok)
	off := f.DataOffset() + ti.Offset
	require.NoError(t, f.Close())
	binary.LittleEndian.PutUint32(b[off:], math.Float32bits(float32(math.NaN())))
	require.NoError(t, os.WriteFile(path, b, 0o600))
	return path
}

// TestNonFiniteLogitsAreAnError: a model whose logits are NaN gets a 500
// (or a stream's error event) with code model_error, not sampled garbage
// (the server used to answer 200 with "!!!!").
func TestNonFiniteLogitsAreAnError(t *testing.T) {
	m, err := bitnet.Load(context.Background(), nanModel(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	defer m.Close()
	s, err := New(Options{ModelID: "nan"})
	require.NoError(t, err)
	require.NoError(t, s.SetModel(m))
	defer s.Close()

	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("POST", "/v1/completions", strings.NewReader(`{"prompt":"hello","max_tokens":4}`)))
	require.Equal(t, http.StatusInternalServerError, rec.Code, rec.Body.String())
	var e apiErr
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &e))
	require.NotNil(t, e.Error.Code)
	assert.Equal(t, "model_error", *e.Error.Code)

	rec = httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest("POST", "/v1/chat/completions",
		strings.NewReader(`{"messages":[{"role":"user","content":"hello"}],"max_tokens":4,"stream":true}`)))
	require.Equal(t, http.StatusOK, rec.Code)
	events, done := sseEvents(t, rec.Body)
	assert.False(t, done)
	require.NotEmpty(t, events)
	require.NoError(t, json.Unmarshal(events[len(events)-1], &e))
	require.NotNil(t, e.Error.Code, "last event %s", events[len(events)-1])
	assert.Equal(t, "model_error", *e.Error.Code)
}
