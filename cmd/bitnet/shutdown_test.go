package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

// TestServeShutdownProcess runs a real `bitnet serve` process, fills its
// slots with long streams and stops it with signals: SIGTERM with streams
// that outlast -shutdown-timeout, and SIGTERM then SIGINT with a long
// timeout (the second signal cuts the streams at once). Each time the
// process must exit with status 0 and print no panic or race report, and
// every stream must end with an OpenAI-shaped error event and no [DONE].
// Before the fix the process crashed in the output head (the model was
// closed under the running generations) and clients got a cut body.
//
// BITNET_SHUTDOWN_RACE=1 builds the binary with -race (CI does).
func TestServeShutdownProcess(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bitnet")
	args := []string{"build", "-o", bin}
	if os.Getenv("BITNET_SHUTDOWN_RACE") == "1" {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, ".")...)
	build.Stderr = os.Stderr
	require.NoError(t, build.Run(), "go %v", args)

	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	// Room for streams that outlast the 1 s shutdown timeout on a much faster
	// machine too: with one thread a stream generated 890 tokens in 1.05 s
	// (2-core AMD EPYC VM, 2026-12-03), and a stream may ask for 16000.
	cfg.ContextLength = 16384
	model := filepath.Join(dir, "long.gguf")
	require.NoError(t, synth.Write(context.Background(), model, cfg, synth.Options{Seed: 9, WeightType: gguf.TypeI2_S}))

	t.Run("timeout", func(t *testing.T) {
		shutdownCase(t, bin, model, "1s", syscall.SIGTERM)
	})
	t.Run("second-signal", func(t *testing.T) {
		shutdownCase(t, bin, model, "1h", syscall.SIGTERM, syscall.SIGINT)
	})
}

func shutdownCase(t *testing.T, bin, model, timeout string, sigs ...syscall.Signal) {
	const streams = 3
	cmd := exec.Command(bin, "serve", "-m", model, "--addr", "127.0.0.1:0", "-t", "1",
		"-slots", "3", "-shutdown-timeout", timeout)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	cmd.Stdout = io.Discard
	require.NoError(t, cmd.Start())
	exited := make(chan error, 1)
	var logs syncBuffer
	urls := make(chan string, 1)
	draining := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		listen := regexp.MustCompile(`msg=listening url=(http://\S+)`)
		drainOnce := sync.Once{}
		for sc.Scan() {
			line := sc.Text()
			_, _ = logs.Write([]byte(line + "\n"))
			if m := listen.FindStringSubmatch(line); m != nil {
				urls <- m[1]
			}
			if strings.Contains(line, "msg=draining") {
				drainOnce.Do(func() { close(draining) })
			}
		}
		exited <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	})
	var url string
	select {
	case url = <-urls:
	case err := <-exited:
		t.Fatalf("bitnet serve exited before listening: %v\n%s", err, logs.String())
	}
	require.Eventually(t, func() bool {
		resp, err := http.Get(url + "/health/ready")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	}, 2*time.Minute, 20*time.Millisecond, "the model loads")

	type result struct {
		code int
		body []byte
		err  error
	}
	generated := regexp.MustCompile(`"(text|content)":"[^"]`)
	results := make(chan result, streams)
	generating := make(chan struct{}, streams)
	for i := range streams {
		path, body := "/v1/completions", `{"prompt":"tell a long story","max_tokens":16000,"ignore_eos":true,"stream":true}`
		if i%2 == 1 {
			path, body = "/v1/chat/completions", `{"messages":[{"role":"user","content":"a long story"}],"max_tokens":16000,"ignore_eos":true,"stream":true}`
		}
		go func() {
			resp, err := http.Post(url+path, "application/json", strings.NewReader(body))
			if err != nil {
				generating <- struct{}{}
				results <- result{err: err}
				return
			}
			defer resp.Body.Close()
			var b bytes.Buffer
			br := bufio.NewReader(resp.Body)
			signalled := false
			for {
				line, err := br.ReadBytes('\n')
				b.Write(line)
				// The first event with generated text: the stream is generating.
				if !signalled && generated.Match(line) {
					signalled = true
					generating <- struct{}{}
				}
				if err != nil {
					if err == io.EOF {
						err = nil
					}
					if !signalled {
						generating <- struct{}{}
					}
					results <- result{code: resp.StatusCode, body: b.Bytes(), err: err}
					return
				}
			}
		}()
	}
	for range streams {
		<-generating
	}
	require.NoError(t, cmd.Process.Signal(sigs[0]))
	for _, sig := range sigs[1:] {
		<-draining
		require.NoError(t, cmd.Process.Signal(sig))
	}
	var waitErr error
	select {
	case waitErr = <-exited:
	case <-time.After(3 * time.Minute):
		t.Fatalf("bitnet serve did not exit\n%s", logs.String())
	}
	out := logs.String()
	require.NoError(t, waitErr, "exit status\n%s", out)
	for _, bad := range []string{"panic:", "DATA RACE", "fatal error:", "SIGSEGV"} {
		assert.NotContains(t, out, bad)
	}
	for range streams {
		r := <-results
		require.NoError(t, r.err, "the stream ends cleanly, not cut")
		require.Equal(t, http.StatusOK, r.code)
		assert.NotContains(t, string(r.body), "[DONE]", "a cut stream has no [DONE]")
		events := bytes.Split(bytes.TrimSpace(r.body), []byte("\n\n"))
		require.Greater(t, len(events), 1, "tokens were streamed before the cut")
		last, ok := bytes.CutPrefix(events[len(events)-1], []byte("data: "))
		require.True(t, ok, "last event %q", events[len(events)-1])
		var e struct {
			Error *struct {
				Message string `json:"message"`
				Type    string `json:"type"`
				Code    string `json:"code"`
			} `json:"error"`
		}
		require.NoError(t, json.Unmarshal(last, &e), "last event %q", last)
		require.NotNil(t, e.Error, "the last event is an error: %q", last)
		assert.Equal(t, "shutting_down", e.Error.Code)
		assert.Equal(t, "service_unavailable_error", e.Error.Type)
	}
}
