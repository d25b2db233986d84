package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cutStream is what a client of a stream cut at shutdown received.
type cutStream struct {
	code    int
	body    []byte
	readErr error
}

// runCutShutdown starts streams that hold their slots until the server
// cancels them, shuts the server down with trigger, and returns what each
// client received.
func runCutShutdown(t *testing.T, opts Options, trigger func(s *Server, cancel context.CancelFunc)) []cutStream {
	const streams = 2
	m := loadTiny(t)
	opts.ModelID, opts.Slots = "tiny", streams
	s, err := New(opts)
	require.NoError(t, err)
	held := make(chan struct{}, streams)
	// The generation starts only once the server cancels it: the stream
	// outlasts any shutdown timeout, as a long generation would.
	s.afterAcquire = func(ctx context.Context) {
		held <- struct{}{}
		<-ctx.Done()
	}
	require.NoError(t, s.SetModel(m))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	url := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	results := make(chan cutStream, streams)
	for i := range streams {
		body := `{"prompt":"cut me","max_tokens":400,"ignore_eos":true,"stream":true}`
		if i%2 == 1 {
			body = `{"messages":[{"role":"user","content":"cut me"}],"max_tokens":400,"stream":true}`
		}
		path := []string{"/v1/completions", "/v1/chat/completions"}[i%2]
		go func() {
			resp, err := http.Post(url+path, "application/json", strings.NewReader(body))
			if err != nil {
				results <- cutStream{readErr: err}
				return
			}
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			results <- cutStream{code: resp.StatusCode, body: b, readErr: err}
		}()
	}
	for range streams {
		<-held
	}
	trigger(s, cancel)
	var out []cutStream
	for range streams {
		out = append(out, <-results)
	}
	require.NoError(t, <-served, "cutting generations is a clean shutdown")
	require.NoError(t, s.Close())
	require.NoError(t, m.Close())
	return out
}

// checkCut asserts a stream ended with an OpenAI-shaped error event and
// without [DONE]. Before the fix the connections were dropped right after
// the generations were cancelled: the body was cut with no error event.
func checkCut(t *testing.T, c cutStream) {
	t.Helper()
	require.NoError(t, c.readErr, "the stream must end cleanly, not be cut")
	require.Equal(t, http.StatusOK, c.code)
	events := bytes.Split(bytes.TrimSpace(c.body), []byte("\n\n"))
	last, ok := bytes.CutPrefix(events[len(events)-1], []byte("data: "))
	require.True(t, ok, "body %q", c.body)
	assert.NotContains(t, string(c.body), "[DONE]")
	var e apiErr
	require.NoError(t, json.Unmarshal(last, &e), "last event %q", last)
	require.NotNil(t, e.Error.Code, "last event %q", last)
	assert.Equal(t, "shutting_down", *e.Error.Code)
	assert.Equal(t, typeUnavailable, e.Error.Type)
}

// TestShutdownTimeoutCutsStreams: streams that outlast ShutdownTimeout are
// cancelled, each receives an error event, Serve returns nil and the model
// closes cleanly.
func TestShutdownTimeoutCutsStreams(t *testing.T) {
	out := runCutShutdown(t, Options{ShutdownTimeout: 50 * time.Millisecond}, func(_ *Server, cancel context.CancelFunc) {
		cancel() // SIGTERM
	})
	for _, c := range out {
		checkCut(t, c)
	}
}

// TestAbortHurriesShutdown: Abort (a second signal) skips a long drain delay
// and shutdown timeout; the streams are cut at once with their error event.
func TestAbortHurriesShutdown(t *testing.T) {
	out := runCutShutdown(t, Options{ShutdownTimeout: time.Hour, DrainDelay: time.Hour}, func(s *Server, cancel context.CancelFunc) {
		cancel()  // first signal
		s.Abort() // second signal
		s.Abort() // and a third
	})
	for _, c := range out {
		checkCut(t, c)
	}
}
