package cpu

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// TestUseAfterClose: every entry point of a closed engine returns
// engine.ErrClosed. A Forward after Close used to wait forever for the
// exited workers in parallelFor.
func TestUseAfterClose(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 3)
	e, err := New(context.Background(), m, Options{Threads: 3})
	require.NoError(t, err)
	st, err := e.NewState(16)
	require.NoError(t, err)
	dst := make([]float32, e.VocabSize())
	_, err = st.Forward(context.Background(), []int32{1, 2, 3}, engine.LastLogits, dst)
	require.NoError(t, err)

	require.NoError(t, e.Close())
	require.NoError(t, e.Close(), "Close is idempotent")
	_, err = st.Forward(context.Background(), []int32{4}, engine.LastLogits, dst)
	require.ErrorIs(t, err, engine.ErrClosed)
	require.Equal(t, 3, st.Len(), "a refused Forward caches nothing")
	_, err = e.NewState(16)
	require.ErrorIs(t, err, engine.ErrClosed)
	_, err = st.Clone()
	require.ErrorIs(t, err, engine.ErrClosed)
	require.NoError(t, st.Truncate(1))
	require.NoError(t, st.Close())
}

// TestCloseDuringForward: Close while other goroutines run forward passes
// ends each of them with success or engine.ErrClosed, never a hang (run it
// with -race).
func TestCloseDuringForward(t *testing.T) {
	m := tinyModel(t, gguf.TypeI2_S, 4)
	e, err := New(context.Background(), m, Options{Threads: 3})
	require.NoError(t, err)
	const goroutines = 3
	var wg sync.WaitGroup
	started := make(chan struct{}, goroutines)
	errs := make([]error, goroutines)
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := e.NewState(512)
			if err != nil {
				errs[g] = err
				started <- struct{}{}
				return
			}
			defer st.Close()
			dst := make([]float32, e.VocabSize())
			for i := 0; ; i++ {
				if _, err := st.Forward(context.Background(), []int32{int32(1 + i%50)}, engine.LastLogits, dst); err != nil {
					errs[g] = err
					return
				}
				if i == 0 {
					started <- struct{}{}
				}
				if st.Len() == st.Cap() {
					st.Truncate(0)
				}
			}
		}()
	}
	for range goroutines {
		<-started
	}
	require.NoError(t, e.Close())
	wg.Wait()
	for g, err := range errs {
		require.ErrorIs(t, err, engine.ErrClosed, "goroutine %d", g)
	}
}
