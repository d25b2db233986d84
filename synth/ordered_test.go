package synth

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunOrdered(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 40 {
		n, workers := r.IntN(60), 1+r.IntN(8)
		delays := make([]time.Duration, n)
		for i := range delays {
			delays[i] = time.Duration(r.IntN(200)) * time.Microsecond
		}
		var got []string
		err := runOrdered(context.Background(), workers, n, func(i int) ([]byte, error) {
			time.Sleep(delays[i])
			return []byte(strconv.Itoa(i)), nil
		}, func(b []byte) error {
			got = append(got, string(b))
			return nil
		})
		require.NoError(t, err)
		require.Len(t, got, n)
		for i, s := range got {
			require.Equal(t, strconv.Itoa(i), s, "n=%d workers=%d", n, workers)
		}
	}
}

func TestRunOrderedErrors(t *testing.T) {
	errBoom := errors.New("boom")
	for _, workers := range []int{1, 2, 7} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var consumed atomic.Int32
			err := runOrdered(context.Background(), workers, 100, func(i int) ([]byte, error) {
				if i == 30 {
					return nil, errBoom
				}
				return []byte{byte(i)}, nil
			}, func(b []byte) error {
				require.Equal(t, consumed.Load(), int32(b[0]), "out of order")
				consumed.Add(1)
				return nil
			})
			require.ErrorIs(t, err, errBoom)
			assert.Equal(t, int32(30), consumed.Load())

			err = runOrdered(context.Background(), workers, 100, func(i int) ([]byte, error) {
				return []byte{byte(i)}, nil
			}, func(b []byte) error {
				if b[0] == 10 {
					return errBoom
				}
				return nil
			})
			require.ErrorIs(t, err, errBoom)

			ctx, cancel := context.WithCancel(context.Background())
			var produced atomic.Int32
			err = runOrdered(ctx, workers, 1000, func(i int) ([]byte, error) {
				produced.Add(1)
				if i == 5 {
					cancel()
				}
				return []byte{1}, nil
			}, func([]byte) error { return nil })
			require.ErrorIs(t, err, context.Canceled)
			assert.Less(t, produced.Load(), int32(1000))
		})
	}
}
