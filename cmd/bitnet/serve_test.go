package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/receipt"
)

// TestServeCommand runs `bitnet serve` on a random loopback port, drives it
// (including a load test through `bitnet loadtest`), and stops it as SIGTERM
// would: the command returns nil after draining.
func TestServeCommand(t *testing.T) {
	dir := t.TempDir()
	model := synthFile(t, dir, "tiny", gguf.TypeI2_S, 5)
	keyFile := filepath.Join(dir, "keys")
	require.NoError(t, os.WriteFile(keyFile, []byte("# keys\n\nk1\n"), 0o600))
	rdir := filepath.Join(dir, "receipts")

	pr, pw := io.Pipe()
	urls := make(chan string, 1)
	var logs bytes.Buffer
	logsDone := make(chan struct{})
	go func() {
		defer close(logsDone)
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			line := sc.Text()
			logs.WriteString(line + "\n")
			if i := strings.Index(line, "url=http://"); i >= 0 && strings.Contains(line, "listening") {
				urls <- strings.Fields(line[i+4:])[0]
			}
		}
	}()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, []string{"-m", model, "--addr", "127.0.0.1:0", "-t", "1", "-quiet", "-api-key-file", keyFile,
			"-receipts", rdir, "-model-id", "tiny", "-log-format", "text"}, io.Discard, pw)
		pw.Close()
	}()
	var url string
	select {
	case url = <-urls:
	case err := <-done:
		t.Fatalf("serve exited: %v", err)
	case <-time.After(time.Minute):
		t.Fatal("serve did not start")
	}
	client := &http.Client{Timeout: time.Minute}
	// Wait for the model to load: the readiness probe is the documented way.
	require.Eventually(t, func() bool {
		resp, err := client.Get(url + "/health/ready")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == 200
	}, time.Minute, 10*time.Millisecond)

	req, _ := http.NewRequest("POST", url+"/v1/chat/completions",
		strings.NewReader(`{"messages":[{"role":"user","content":"hi"}],"max_tokens":3,"ignore_eos":true}`))
	req.Header.Set("Authorization", "Bearer k1")
	resp, err := client.Do(req)
	require.NoError(t, err)
	var out struct {
		Usage struct {
			CompletionTokens int `json:"completion_tokens"`
		} `json:"usage"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
	resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, 3, out.Usage.CompletionTokens)

	var ltOut, ltErr bytes.Buffer
	err = runLoadtest(context.Background(), []string{"-url", url, "-c", "3", "-d", "30s", "-n", "30", "-malformed", "0.3",
		"-max-tokens", "3", "-api-key", "k1", "-progress", "0"}, &ltOut, &ltErr)
	require.NoError(t, err, ltOut.String()+ltErr.String())
	assert.Contains(t, ltOut.String(), "verdict: PASS")

	cancel() // SIGTERM
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(time.Minute):
		t.Fatal("serve did not stop")
	}
	<-logsDone
	assert.Contains(t, logs.String(), "draining")
	assert.NotContains(t, logs.String(), `"hi"`, "no prompt text in logs by default")

	ents, err := os.ReadDir(rdir)
	require.NoError(t, err)
	require.NotEmpty(t, ents)
	var vout bytes.Buffer
	require.NoError(t, runReceipt(context.Background(), []string{"verify", filepath.Join(rdir, ents[0].Name())}, &vout, io.Discard), vout.String())
}

func TestServeFlags(t *testing.T) {
	ctx := context.Background()
	require.ErrorIs(t, runServe(ctx, []string{"-no-such-flag"}, io.Discard, io.Discard), errUsage)
	require.ErrorContains(t, runServe(ctx, []string{"--addr", "127.0.0.1:0"}, io.Discard, io.Discard), "no model")
	require.ErrorContains(t, runServe(ctx, []string{"-m", "x.gguf", "-log-format", "xml"}, io.Discard, io.Discard), "log-format")
	empty := filepath.Join(t.TempDir(), "keys")
	require.NoError(t, os.WriteFile(empty, []byte("\n# none\n"), 0o600))
	require.ErrorContains(t, runServe(ctx, []string{"-m", "x.gguf", "-api-key-file", empty}, io.Discard, io.Discard), "no API key")
	// A model that fails to load stops the server with the load error.
	err := runServe(ctx, []string{"-m", filepath.Join(t.TempDir(), "missing.gguf"), "--addr", "127.0.0.1:0", "-quiet"}, io.Discard, io.Discard)
	require.Error(t, err)
}

func TestRunReceiptAndVerify(t *testing.T) {
	dir := t.TempDir()
	path := synthFile(t, dir, "tiny", gguf.TypeI2_S, 6)
	ctx := context.Background()
	m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	defer m.Close()
	res, err := m.Generate(ctx, "receipt", bitnet.GenerateOptions{MaxTokens: 4, IgnoreEOS: true})
	require.NoError(t, err)
	out := filepath.Join(dir, "run.json")
	require.NoError(t, writeRunReceipt(out, m, res))

	var stdout bytes.Buffer
	require.NoError(t, runReceipt(ctx, []string{"verify", out}, &stdout, io.Discard), stdout.String())
	assert.Contains(t, stdout.String(), "1 receipt(s) verified")
	r, err := receipt.Read(out)
	require.NoError(t, err)
	if m.KernelCounts() != nil {
		assert.Equal(t, receipt.SourceDispatch, r.Kernels.Source)
		assert.Equal(t, receipt.ScopeProcess, r.Kernels.Scope)
	}

	// Tampered: a faster decode claimed.
	r.Run.DecodeTokensPerSec *= 10
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, receipt.Write(bad, r))
	stdout.Reset()
	err = runReceipt(ctx, []string{"verify", "-skip-model-hash", out, bad}, &stdout, io.Discard)
	require.ErrorContains(t, err, "1 of 2 receipts failed")
	assert.Contains(t, stdout.String(), "FAIL  digest")

	// An unfinished generation gets no receipt.
	require.Error(t, writeRunReceipt(filepath.Join(dir, "none.json"), m, bitnet.Result{PromptTokens: 2}))
	_, err = os.Stat(filepath.Join(dir, "none.json"))
	require.True(t, os.IsNotExist(err))

	require.ErrorIs(t, runReceipt(ctx, nil, io.Discard, io.Discard), errUsage)
	require.ErrorIs(t, runReceipt(ctx, []string{"check", out}, io.Discard, io.Discard), errUsage)
	require.ErrorIs(t, runReceipt(ctx, []string{"verify"}, io.Discard, io.Discard), errUsage)
	require.Error(t, runReceipt(ctx, []string{"verify", filepath.Join(dir, "missing.json")}, io.Discard, io.Discard))
}

func TestLoadtestRefusesOtherHosts(t *testing.T) {
	err := runLoadtest(context.Background(), []string{"-url", "http://192.0.2.1:8080", "-d", "1s"}, io.Discard, io.Discard)
	require.ErrorContains(t, err, "loopback")
}
