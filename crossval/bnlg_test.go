package crossval

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func randomLogits(r *rand.Rand, rows, vocab int) *Logits {
	l := &Logits{V: vocab, Tokens: make([]int32, rows), Poss: make([]int32, rows), Data: make([]float32, rows*vocab)}
	for i := range l.Tokens {
		l.Tokens[i] = int32(r.IntN(vocab))
		l.Poss[i] = int32(i + 3)
	}
	for i := range l.Data {
		l.Data[i] = float32(r.NormFloat64() * 3)
	}
	return l
}

func encode(t testing.TB, l *Logits) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := l.WriteTo(&buf)
	require.NoError(t, err)
	require.Equal(t, int64(buf.Len()), n)
	return buf.Bytes()
}

// TestBNLGLayout pins the byte layout the documentation promises.
func TestBNLGLayout(t *testing.T) {
	l := &Logits{V: 2, Tokens: []int32{7, -1}, Poss: []int32{0, 1}, Data: []float32{1, -2, float32(math.Inf(1)), 0.5}}
	b := encode(t, l)
	want := []byte("BNLG")
	for _, v := range []uint32{1, 2, 2, 7, math.MaxUint32, 0, 1} {
		want = binary.LittleEndian.AppendUint32(want, v)
	}
	for _, f := range l.Data {
		want = binary.LittleEndian.AppendUint32(want, math.Float32bits(f))
	}
	require.Equal(t, want, b)
}

func TestBNLGRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, shape := range [][2]int{{0, 1}, {1, 1}, {1, 7}, {3, 5}, {17, 33}, {2, 1025}} {
		l := randomLogits(r, shape[0], shape[1])
		b := encode(t, l)
		require.Len(t, b, HeaderSize+8*shape[0]+4*shape[0]*shape[1])
		lr, err := NewLogitsReader(bytes.NewReader(b), int64(len(b)))
		require.NoError(t, err)
		require.Equal(t, shape[0], lr.Len())
		require.Equal(t, shape[1], lr.Vocab())
		got, err := lr.ReadAll()
		require.NoError(t, err)
		require.Equal(t, l, got)
		// Rows read out of order, into a larger buffer.
		buf := make([]float32, shape[1]+3)
		for i := lr.Len() - 1; i >= 0; i-- {
			row, err := lr.ReadRow(i, buf)
			require.NoError(t, err)
			require.Equal(t, l.Row(i), row)
			assert.Equal(t, l.Tokens[i], lr.Token(i))
			assert.Equal(t, l.Poss[i], lr.Pos(i))
		}
	}
}

func TestBNLGFile(t *testing.T) {
	l := randomLogits(rand.New(rand.NewPCG(3, 4)), 4, 9)
	path := filepath.Join(t.TempDir(), "x.bnlg")
	require.NoError(t, WriteLogitsFile(path, l))
	got, err := ReadLogitsFile(path)
	require.NoError(t, err)
	require.Equal(t, l, got)
	lr, err := OpenLogits(path)
	require.NoError(t, err)
	require.Equal(t, path, lr.Name())
	require.NoError(t, lr.Close())
	_, err = OpenLogits(filepath.Join(t.TempDir(), "missing"))
	require.Error(t, err)
}

func TestBNLGMalformed(t *testing.T) {
	good := encode(t, randomLogits(rand.New(rand.NewPCG(5, 6)), 3, 4))
	header := func(magic string, version, rows, vocab uint32) []byte {
		b := []byte(magic)
		for _, v := range []uint32{version, rows, vocab} {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
		return b
	}
	for _, tc := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"empty", nil, "shorter than"},
		{"short header", good[:15], "shorter than"},
		{"magic", append([]byte("GGUF"), good[4:]...), "magic"},
		{"version 2", append(header("BNLG", 2, 3, 4), good[16:]...), "version 2"},
		{"vocab 0", header("BNLG", 1, 0, 0), "n_vocab is 0"},
		{"truncated", good[:len(good)-1], "truncated"},
		{"trailing", append(append([]byte(nil), good...), 0), "trailing"},
		{"huge rows", header("BNLG", 1, math.MaxUint32, 1), "more than the file"},
		{"huge vocab", header("BNLG", 1, 1, math.MaxUint32), "more than the file"},
		{"huge both", header("BNLG", 1, math.MaxUint32, math.MaxUint32), "more than the file"},
		{"rows without logits", append(header("BNLG", 1, 1, 1), make([]byte, 8)...), "truncated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewLogitsReader(bytes.NewReader(tc.data), int64(len(tc.data)))
			require.Error(t, err)
			require.ErrorIs(t, err, ErrFormat)
			var fe *FormatError
			require.True(t, errors.As(err, &fe))
			require.Contains(t, err.Error(), tc.msg)
		})
	}
	// A zero-row dump is well-formed (the harness rejects it later).
	z := header("BNLG", 1, 0, 5)
	lr, err := NewLogitsReader(bytes.NewReader(z), int64(len(z)))
	require.NoError(t, err)
	require.Equal(t, 0, lr.Len())
}

func TestBNLGFileNameInError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.bin")
	require.NoError(t, os.WriteFile(path, []byte("BNLGxxxx"), 0o644))
	_, err := OpenLogits(path)
	require.ErrorIs(t, err, ErrFormat)
	require.Contains(t, err.Error(), path)
}

func TestBNLGRowErrors(t *testing.T) {
	l := randomLogits(rand.New(rand.NewPCG(7, 8)), 2, 6)
	b := encode(t, l)
	lr, err := NewLogitsReader(bytes.NewReader(b), int64(len(b)))
	require.NoError(t, err)
	for _, rows := range []Rows{lr, l} {
		_, err = rows.ReadRow(2, make([]float32, 6))
		require.Error(t, err)
		_, err = rows.ReadRow(-1, make([]float32, 6))
		require.Error(t, err)
		_, err = rows.ReadRow(0, make([]float32, 5))
		require.Error(t, err)
	}
}

func TestLogitsWriterErrors(t *testing.T) {
	var buf bytes.Buffer
	_, err := NewLogitsWriter(&buf, 0, nil, nil)
	require.Error(t, err)
	_, err = NewLogitsWriter(&buf, 3, []int32{1}, nil)
	require.Error(t, err)
	w, err := NewLogitsWriter(&buf, 3, []int32{1, 2}, []int32{0, 1})
	require.NoError(t, err)
	require.Error(t, w.WriteRow([]float32{1, 2}), "short row")
	require.NoError(t, w.WriteRow([]float32{1, 2, 3}))
	require.Error(t, w.Close(), "one row missing")
	require.NoError(t, w.WriteRow([]float32{4, 5, 6}))
	require.Error(t, w.WriteRow([]float32{7, 8, 9}), "one row too many")
	require.NoError(t, w.Close())
	lr, err := NewLogitsReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	got, err := lr.ReadAll()
	require.NoError(t, err)
	require.Equal(t, []float32{1, 2, 3, 4, 5, 6}, got.Data)

	require.Error(t, (&Logits{V: 2, Tokens: []int32{1}, Poss: []int32{0}, Data: []float32{1}}).validate())
	_, err = NewLogitsWriter(failWriter{}, 3, []int32{1}, []int32{0})
	if err == nil { // buffered: the failure shows at the latest on Close
		w, _ := NewLogitsWriter(failWriter{}, 3, []int32{1}, []int32{0})
		require.NoError(t, w.WriteRow([]float32{1, 2, 3}))
		require.Error(t, w.Close())
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// FuzzReadLogits: any bytes either fail with ErrFormat or read back into a
// dump that re-encodes to the same bytes; nothing panics or allocates past
// what the input holds.
func FuzzReadLogits(f *testing.F) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, s := range [][2]int{{0, 1}, {1, 1}, {2, 3}, {3, 8}} {
		f.Add(encode(f, randomLogits(r, s[0], s[1])))
	}
	f.Add([]byte("BNLG"))
	f.Add([]byte("BNLG\x01\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\x7f")) // no rows, a huge vocab
	f.Add([]byte("BNLG\x01\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff"))
	if b, err := os.ReadFile(filepath.Join("..", "testdata", "bitnetcpp-small", "small-i2_s.batch.gen.bin")); err == nil {
		f.Add(b[:HeaderSize+64])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lr, err := NewLogitsReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error %v does not wrap ErrFormat", err)
			}
			return
		}
		l, err := lr.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := l.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), data) {
			t.Fatalf("re-encoding differs: %d bytes in, %d out", len(data), buf.Len())
		}
	})
}
