package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

var (
	tinyOnce sync.Once
	tinyFile string
	tinyErr  error
	tinyDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if tinyDir != "" {
		os.RemoveAll(tinyDir)
	}
	os.Exit(code)
}

// tinyPath writes the tiny synthetic preset once per test binary.
func tinyPath(t testing.TB) string {
	t.Helper()
	tinyOnce.Do(func() {
		cfg, err := synth.Preset("tiny")
		if err != nil {
			tinyErr = err
			return
		}
		tinyDir, tinyErr = os.MkdirTemp("", "server-test-")
		if tinyErr != nil {
			return
		}
		tinyFile = filepath.Join(tinyDir, "tiny.gguf")
		tinyErr = synth.Write(context.Background(), tinyFile, cfg, synth.Options{Seed: 1, WeightType: gguf.TypeI2_S})
	})
	require.NoError(t, tinyErr)
	return tinyFile
}

func loadTiny(t testing.TB) *bitnet.Model {
	t.Helper()
	m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	return m
}

// testServer is a server on a random loopback port with the tiny model.
type testServer struct {
	*Server
	m      *bitnet.Model
	url    string
	client *http.Client
	cancel context.CancelFunc
	served chan error
}

// start runs a server of the tiny model; configure may set hooks before it serves.
func start(t *testing.T, opts Options, configure ...func(*Server)) *testServer {
	t.Helper()
	return startWith(t, loadTiny(t), opts, configure...)
}

// startWith serves m on a loopback port and closes both at the end of the test.
func startWith(t *testing.T, m *bitnet.Model, opts Options, configure ...func(*Server)) *testServer {
	t.Helper()
	if opts.ModelID == "" {
		opts.ModelID = "tiny"
	}
	s, err := New(opts)
	require.NoError(t, err)
	for _, c := range configure {
		c(s)
	}
	require.NoError(t, s.SetModel(m))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{Server: s, m: m, url: "http://" + ln.Addr().String(), cancel: cancel, served: make(chan error, 1),
		client: &http.Client{Timeout: time.Minute}}
	go func() { ts.served <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-ts.served:
			require.NoError(t, err)
		case <-time.After(time.Minute):
			t.Error("Serve did not return")
		}
		ts.client.CloseIdleConnections()
		require.NoError(t, s.Close())
		require.NoError(t, m.Close())
	})
	return ts
}

// post sends a JSON body (a string or a value to marshal).
func (ts *testServer) post(t *testing.T, path string, body any, header ...string) *http.Response {
	t.Helper()
	var b []byte
	switch v := body.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		var err error
		b, err = json.Marshal(v)
		require.NoError(t, err)
	}
	req, err := http.NewRequest(http.MethodPost, ts.url+path, bytes.NewReader(b))
	require.NoError(t, err)
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := ts.client.Do(req)
	require.NoError(t, err)
	return resp
}

func (ts *testServer) get(t *testing.T, path string, header ...string) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, ts.url+path, nil)
	require.NoError(t, err)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := ts.client.Do(req)
	require.NoError(t, err)
	return resp
}

// decode reads a JSON response body into v and returns the status.
func decode(t *testing.T, resp *http.Response, v any) int {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	if v != nil {
		require.NoError(t, json.Unmarshal(b, v), "body: %s", b)
	}
	return resp.StatusCode
}

// sseEvents reads a whole event stream: the JSON payloads, and whether it
// ended with [DONE].
func sseEvents(t *testing.T, r io.Reader) (events []json.RawMessage, done bool) {
	t.Helper()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			continue
		}
		data, ok := strings.CutPrefix(line, "data: ")
		require.True(t, ok, "not an SSE data line: %q", line)
		require.False(t, done, "event after [DONE]")
		if data == "[DONE]" {
			done = true
			continue
		}
		require.True(t, json.Valid([]byte(data)), "invalid JSON event %q", data)
		events = append(events, json.RawMessage(data))
	}
	require.NoError(t, sc.Err())
	return events, done
}

// apiErr is the OpenAI error envelope as a client sees it.
type apiErr struct {
	Error struct {
		Message string  `json:"message"`
		Type    string  `json:"type"`
		Param   *string `json:"param"`
		Code    *string `json:"code"`
	} `json:"error"`
}

// waitDone returns a hook recording ended generations and a function that
// waits (bounded) for the next one.
func waitDone() (func(string, int, error), func(t *testing.T) doneEvent) {
	ch := make(chan doneEvent, 64)
	hook := func(id string, n int, err error) { ch <- doneEvent{id, n, err} }
	wait := func(t *testing.T) doneEvent {
		t.Helper()
		select {
		case d := <-ch:
			return d
		case <-time.After(time.Minute):
			t.Fatal("no generation ended")
		}
		return doneEvent{}
	}
	return hook, wait
}

type doneEvent struct {
	id  string
	n   int
	err error
}

func (d doneEvent) String() string { return fmt.Sprintf("%s: %d tokens, err %v", d.id, d.n, d.err) }
