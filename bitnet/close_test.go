package bitnet_test

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
)

// TestCloseWhileGenerating: Close while generations run on other goroutines
// waits for their forward passes, frees the model, and each generation then
// fails with ErrClosed. Before the fix the engine and the file were freed
// under the running generations (a crash in the output head, or a hang).
func TestCloseWhileGenerating(t *testing.T) {
	for _, mode := range []bitnet.LoadMode{bitnet.LoadRAM, bitnet.LoadMmap} {
		t.Run(mode.String(), func(t *testing.T) {
			m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(2), bitnet.WithLoadMode(mode))
			require.NoError(t, err)
			const n = 3
			started := make(chan struct{}, n)
			proceed := make(chan struct{})
			errs := make([]error, n)
			var wg sync.WaitGroup
			for g := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, errs[g] = m.Generate(context.Background(), "Hello world", bitnet.GenerateOptions{MaxTokens: -1, IgnoreEOS: true})
				}()
			}
			// A generation that waits in its token callback holds no engine
			// call, so Close completes while it is suspended there.
			sessErr := make(chan error, 1)
			go func() {
				_, err := m.GenerateStream(context.Background(), "Hello", bitnet.GenerateOptions{MaxTokens: -1, IgnoreEOS: true},
					func(bitnet.Token) error {
						select {
						case started <- struct{}{}:
							<-proceed
						default:
						}
						return nil
					})
				sessErr <- err
			}()
			<-started
			require.NoError(t, m.Close())
			close(proceed)
			require.ErrorIs(t, <-sessErr, bitnet.ErrClosed)
			wg.Wait()
			for g, err := range errs {
				// A generation may have filled the context before Close.
				if err != nil {
					assert.ErrorIs(t, err, bitnet.ErrClosed, "generation %d", g)
				}
			}
			require.NoError(t, m.Close(), "Close is idempotent")
		})
	}
}

// TestUseAfterClose: every entry point that needs the engine returns
// ErrClosed after Close; a session left open is freed by the model's Close.
func TestUseAfterClose(t *testing.T) {
	ctx := context.Background()
	m, err := bitnet.Load(ctx, tinyPath(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(2))
	require.NoError(t, err)
	s, err := m.NewSession()
	require.NoError(t, err)
	require.NoError(t, s.Append(ctx, m.Tokenize("Hello")))
	require.NoError(t, m.Close())

	_, err = m.NewSession()
	require.ErrorIs(t, err, bitnet.ErrClosed)
	_, err = m.Generate(ctx, "Hello", bitnet.GenerateOptions{MaxTokens: 2})
	require.ErrorIs(t, err, bitnet.ErrClosed)
	require.ErrorIs(t, s.Append(ctx, []int32{1}), bitnet.ErrClosed)
	_, err = s.Eval(ctx, []int32{1})
	require.ErrorIs(t, err, bitnet.ErrClosed)
	_, err = s.Generate(ctx, []int32{1}, bitnet.GenerateOptions{MaxTokens: 2}, nil)
	require.ErrorIs(t, err, bitnet.ErrClosed)
	_, err = s.Fork()
	require.ErrorIs(t, err, bitnet.ErrClosed)
	s.Reset()
	require.NoError(t, s.Close())
	assert.NotEmpty(t, m.Tokenize("still works"), "the tokenizer needs no engine")
}

// TestCloseRacesGenerations closes the model at an arbitrary point of many
// generations (run with -race): each ends cleanly or with ErrClosed.
func TestCloseRacesGenerations(t *testing.T) {
	m, err := bitnet.Load(context.Background(), tinyPath(t), bitnet.WithDevice("cpu"), bitnet.WithThreads(2))
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	first := make(chan struct{}, 8)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				_, err := m.GenerateStream(context.Background(), "Hello world", bitnet.GenerateOptions{MaxTokens: 40, IgnoreEOS: true},
					func(bitnet.Token) error {
						select {
						case first <- struct{}{}:
						default:
						}
						return nil
					})
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	<-first
	require.NoError(t, m.Close())
	wg.Wait()
	close(errs)
	for err := range errs {
		require.ErrorIs(t, err, bitnet.ErrClosed)
	}
}

// TestNonFiniteLogits: a NaN in a norm weight makes every logit NaN;
// generation must fail with ErrNonFinite rather than sample garbage (it
// used to print "!!!!!!!!", token 0 every time, and succeed).
func TestNonFiniteLogits(t *testing.T) {
	path := tinyPath(t)
	f, err := gguf.Open(path)
	require.NoError(t, err)
	ti, ok := f.Tensor("output_norm.weight")
	require.True(t, ok)
	require.Equal(t, gguf.TypeF32, ti.Type)
	off := int64(f.DataOffset() + ti.Offset)
	require.NoError(t, f.Close())
	fh, err := os.OpenFile(path, os.O_WRONLY, 0)
	require.NoError(t, err)
	var nan [4]byte
	binary.LittleEndian.PutUint32(nan[:], math.Float32bits(float32(math.NaN())))
	_, err = fh.WriteAt(nan[:], off)
	require.NoError(t, err)
	require.NoError(t, fh.Close())

	m, err := bitnet.Load(context.Background(), path, bitnet.WithDevice("cpu"), bitnet.WithThreads(2))
	require.NoError(t, err)
	defer m.Close()
	res, err := m.Generate(context.Background(), "Hello world", bitnet.GenerateOptions{MaxTokens: 8})
	require.ErrorIs(t, err, bitnet.ErrNonFinite)
	var nf *bitnet.NonFiniteError
	require.True(t, errors.As(err, &nf))
	assert.True(t, math.IsNaN(float64(nf.Value)))
	assert.Equal(t, res.PromptTokens-1, nf.Position, "the prompt's last row")
	assert.Empty(t, res.Tokens)

	s, err := m.NewSession()
	require.NoError(t, err)
	defer s.Close()
	_, err = s.Eval(context.Background(), m.Tokenize("Hello"))
	require.ErrorIs(t, err, bitnet.ErrNonFinite)
	require.True(t, errors.As(err, &nf))
	assert.Equal(t, 0, nf.Position, "Eval checks every row")
}
