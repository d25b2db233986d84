package main

import (
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunDevices(t *testing.T) {
	var out, errb strings.Builder
	require.NoError(t, runDevices(context.Background(), nil, &out, &errb))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.NotEmpty(t, lines)
	assert.True(t, strings.HasPrefix(lines[0], "cpu: "), out.String())
	assert.Contains(t, lines[0], "threads")
	// Either GPUs are listed or the output says why there are none.
	assert.True(t, strings.Contains(out.String(), "cuda:") || strings.Contains(out.String(), "gpu: none usable: "), out.String())
}

func TestRunDevicesJSON(t *testing.T) {
	var out strings.Builder
	require.NoError(t, runDevices(context.Background(), []string{"--json"}, &out, io.Discard))
	var r deviceReport
	require.NoError(t, json.Unmarshal([]byte(out.String()), &r))
	assert.Positive(t, r.CPU.Threads)
	assert.NotEmpty(t, r.CPU.Model)
	if len(r.GPUs) == 0 {
		assert.NotEmpty(t, r.GPUError)
	}
}

func TestRunDevicesUsage(t *testing.T) {
	err := runDevices(context.Background(), []string{"extra"}, io.Discard, io.Discard)
	require.ErrorIs(t, err, errUsage)
	err = runDevices(context.Background(), []string{"--bogus"}, io.Discard, io.Discard)
	require.ErrorIs(t, err, errUsage)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.ErrorIs(t, runDevices(ctx, nil, io.Discard, io.Discard), context.Canceled)
}
