package crossval

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
)

// BNLG is a file of logits rows, the exchange format between bitnet-go and
// external references (docs/CROSSVAL.md). Everything is little-endian:
//
//	magic "BNLG", u32 version (1), u32 n_rows, u32 n_vocab,
//	i32 token[n_rows], i32 pos[n_rows], f32 logits[n_rows][n_vocab]
//
// Row i holds the logits computed after feeding token[i] at position pos[i],
// in the order the producer evaluated the rows.
const (
	// Magic opens every BNLG file.
	Magic = "BNLG"
	// Version is the format version this package reads and writes.
	Version = 1
	// HeaderSize is the size in bytes of the fixed header.
	HeaderSize = 16
)

// ErrFormat is returned (wrapped in a *FormatError) for a file that is not a
// well-formed BNLG dump.
var ErrFormat = errors.New("malformed BNLG logits file")

// FormatError says what is wrong with a BNLG file.
type FormatError struct {
	Name string // the file, when known
	Msg  string
}

func (e *FormatError) Error() string {
	if e.Name != "" {
		return fmt.Sprintf("%s: %v: %s", e.Name, ErrFormat, e.Msg)
	}
	return fmt.Sprintf("%v: %s", ErrFormat, e.Msg)
}

// Unwrap makes errors.Is(err, ErrFormat) true.
func (e *FormatError) Unwrap() error { return ErrFormat }

// Rows is a sequence of logits rows with the token and position of each: a
// dump read from a file or logits held in memory.
type Rows interface {
	// Len is the number of rows.
	Len() int
	// Vocab is the number of logits per row.
	Vocab() int
	// Token is the token fed at row i.
	Token(i int) int32
	// Pos is the position of row i.
	Pos(i int) int32
	// ReadRow copies row i's logits into dst (len >= Vocab) and returns dst[:Vocab].
	ReadRow(i int, dst []float32) ([]float32, error)
}

// Logits is a BNLG dump held in memory.
type Logits struct {
	V      int       // logits per row
	Tokens []int32   // token of each row
	Poss   []int32   // position of each row
	Data   []float32 // len(Tokens) x V logits, row-major
}

var _ Rows = (*Logits)(nil)

// Len is the number of rows.
func (l *Logits) Len() int { return len(l.Tokens) }

// Vocab is the number of logits per row.
func (l *Logits) Vocab() int { return l.V }

// Token is the token fed at row i.
func (l *Logits) Token(i int) int32 { return l.Tokens[i] }

// Pos is the position of row i.
func (l *Logits) Pos(i int) int32 { return l.Poss[i] }

// Row returns row i's logits (a view, not a copy).
func (l *Logits) Row(i int) []float32 { return l.Data[i*l.V : (i+1)*l.V] }

// ReadRow copies row i into dst.
func (l *Logits) ReadRow(i int, dst []float32) ([]float32, error) {
	if i < 0 || i >= l.Len() {
		return nil, fmt.Errorf("crossval: row %d out of range [0, %d)", i, l.Len())
	}
	if len(dst) < l.V {
		return nil, fmt.Errorf("crossval: row buffer holds %d floats, need %d", len(dst), l.V)
	}
	return dst[:copy(dst, l.Row(i))], nil
}

// validate checks the in-memory shapes agree.
func (l *Logits) validate() error {
	if l.V <= 0 || l.V > math.MaxUint32 {
		return fmt.Errorf("crossval: vocab %d out of range", l.V)
	}
	if len(l.Poss) != len(l.Tokens) || len(l.Data) != len(l.Tokens)*l.V {
		return fmt.Errorf("crossval: %d tokens, %d positions and %d logits do not make rows of %d", len(l.Tokens), len(l.Poss), len(l.Data), l.V)
	}
	return nil
}

// WriteTo writes l in BNLG format.
func (l *Logits) WriteTo(w io.Writer) (int64, error) {
	if err := l.validate(); err != nil {
		return 0, err
	}
	cw := &countWriter{w: w}
	lw, err := NewLogitsWriter(cw, l.V, l.Tokens, l.Poss)
	if err != nil {
		return cw.n, err
	}
	for i := range l.Tokens {
		if err := lw.WriteRow(l.Row(i)); err != nil {
			return cw.n, err
		}
	}
	return cw.n, lw.Close()
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// LogitsReader reads a BNLG dump row by row through an io.ReaderAt, so a
// large dump (the 2B model has 128256 logits per row) is never held whole.
// The header, tokens and positions are read and checked against the data's
// size when it is opened, before anything proportional to the header's
// claims is allocated.
type LogitsReader struct {
	r       io.ReaderAt
	name    string
	vocab   int
	tokens  []int32
	pos     []int32
	dataOff int64
	buf     []byte
	closer  io.Closer
}

var _ Rows = (*LogitsReader)(nil)

// NewLogitsReader reads the header of a BNLG dump of size bytes.
func NewLogitsReader(r io.ReaderAt, size int64) (*LogitsReader, error) {
	return newLogitsReader(r, size, "")
}

// OpenLogits opens a BNLG file. Close it when done.
func OpenLogits(path string) (*LogitsReader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("crossval: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("crossval: %w", err)
	}
	lr, err := newLogitsReader(f, st.Size(), path)
	if err != nil {
		f.Close()
		return nil, err
	}
	lr.closer = f
	return lr, nil
}

func newLogitsReader(r io.ReaderAt, size int64, name string) (*LogitsReader, error) {
	bad := func(format string, args ...any) error {
		return &FormatError{Name: name, Msg: fmt.Sprintf(format, args...)}
	}
	if size < HeaderSize {
		return nil, bad("%d bytes is shorter than the %d-byte header", size, HeaderSize)
	}
	var h [HeaderSize]byte
	if err := readAt(r, h[:], 0); err != nil {
		return nil, fmt.Errorf("crossval: reading header: %w", err)
	}
	if string(h[:4]) != Magic {
		return nil, bad("magic %q, want %q", h[:4], Magic)
	}
	if v := binary.LittleEndian.Uint32(h[4:]); v != Version {
		return nil, bad("version %d, this reader knows version %d", v, Version)
	}
	n := uint64(binary.LittleEndian.Uint32(h[8:]))
	vocab := uint64(binary.LittleEndian.Uint32(h[12:]))
	if vocab == 0 {
		return nil, bad("n_vocab is 0")
	}
	// n and vocab are below 2^32, so n*vocab cannot overflow; comparing it to
	// size/4 first keeps 16 + 8n + 4n*vocab from overflowing too.
	nv := n * vocab
	if nv > uint64(size)/4 {
		return nil, bad("header says %d rows of %d logits: more than the file's %d bytes hold", n, vocab, size)
	}
	if need := HeaderSize + 8*n + 4*nv; need != uint64(size) {
		if need > uint64(size) {
			return nil, bad("header says %d rows of %d logits (%d bytes), file has %d bytes: truncated?", n, vocab, need, size)
		}
		return nil, bad("header says %d rows of %d logits (%d bytes), file has %d bytes: trailing data", n, vocab, need, size)
	}
	if vocab > math.MaxInt32 || n > math.MaxInt32 {
		return nil, bad("%d rows of %d logits is out of range", n, vocab)
	}
	lr := &LogitsReader{r: r, name: name, vocab: int(vocab), dataOff: int64(HeaderSize + 8*n)}
	// n*8 <= size here, so these allocations are bounded by the file.
	ids := make([]byte, 8*n)
	if err := readAt(r, ids, HeaderSize); err != nil {
		return nil, fmt.Errorf("crossval: reading tokens and positions: %w", err)
	}
	lr.tokens = make([]int32, n)
	lr.pos = make([]int32, n)
	for i := range lr.tokens {
		lr.tokens[i] = int32(binary.LittleEndian.Uint32(ids[4*i:]))
		lr.pos[i] = int32(binary.LittleEndian.Uint32(ids[4*int(n)+4*i:]))
	}
	return lr, nil
}

// readAt fills b from off. io.ReaderAt may report io.EOF along with a full
// read at the end of the data; that is success.
func readAt(r io.ReaderAt, b []byte, off int64) error {
	if len(b) == 0 {
		return nil
	}
	n, err := r.ReadAt(b, off)
	if n == len(b) {
		return nil
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// Name is the file name given to OpenLogits ("" otherwise).
func (lr *LogitsReader) Name() string { return lr.name }

// Len is the number of rows.
func (lr *LogitsReader) Len() int { return len(lr.tokens) }

// Vocab is the number of logits per row.
func (lr *LogitsReader) Vocab() int { return lr.vocab }

// Token is the token fed at row i.
func (lr *LogitsReader) Token(i int) int32 { return lr.tokens[i] }

// Pos is the position of row i.
func (lr *LogitsReader) Pos(i int) int32 { return lr.pos[i] }

// ReadRow reads row i into dst. Not safe for concurrent use (it reuses a buffer).
func (lr *LogitsReader) ReadRow(i int, dst []float32) ([]float32, error) {
	if i < 0 || i >= lr.Len() {
		return nil, fmt.Errorf("crossval: row %d out of range [0, %d)", i, lr.Len())
	}
	if len(dst) < lr.vocab {
		return nil, fmt.Errorf("crossval: row buffer holds %d floats, need %d", len(dst), lr.vocab)
	}
	if cap(lr.buf) < 4*lr.vocab {
		lr.buf = make([]byte, 4*lr.vocab)
	}
	b := lr.buf[:4*lr.vocab]
	if err := readAt(lr.r, b, lr.dataOff+int64(i)*int64(len(b))); err != nil {
		return nil, fmt.Errorf("crossval: reading row %d: %w", i, err)
	}
	dst = dst[:lr.vocab]
	for j := range dst {
		dst[j] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*j:]))
	}
	return dst, nil
}

// ReadAll reads every row into memory.
func (lr *LogitsReader) ReadAll() (*Logits, error) {
	l := &Logits{
		V:      lr.vocab,
		Tokens: slices.Clone(lr.tokens),
		Poss:   slices.Clone(lr.pos),
		Data:   make([]float32, lr.Len()*lr.vocab),
	}
	for i := range l.Tokens {
		if _, err := lr.ReadRow(i, l.Row(i)); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// Close closes the file opened by OpenLogits (a no-op otherwise).
func (lr *LogitsReader) Close() error {
	if lr.closer == nil {
		return nil
	}
	return lr.closer.Close()
}

// ReadLogitsFile reads a whole BNLG file into memory.
func ReadLogitsFile(path string) (*Logits, error) {
	lr, err := OpenLogits(path)
	if err != nil {
		return nil, err
	}
	defer lr.Close()
	return lr.ReadAll()
}

// LogitsWriter writes a BNLG dump row by row: the header, tokens and
// positions first (so the row count must be known), then each row.
type LogitsWriter struct {
	w     *bufio.Writer
	vocab int
	rows  int
	done  int
	buf   []byte
	err   error
}

// NewLogitsWriter writes the header, tokens and positions of a dump of
// len(tokens) rows of vocab logits.
func NewLogitsWriter(w io.Writer, vocab int, tokens, pos []int32) (*LogitsWriter, error) {
	if vocab <= 0 || vocab > math.MaxUint32 {
		return nil, fmt.Errorf("crossval: vocab %d out of range", vocab)
	}
	if len(tokens) != len(pos) || len(tokens) > math.MaxUint32 {
		return nil, fmt.Errorf("crossval: %d tokens and %d positions", len(tokens), len(pos))
	}
	lw := &LogitsWriter{w: bufio.NewWriterSize(w, 1<<16), vocab: vocab, rows: len(tokens), buf: make([]byte, 4*min(vocab, 4096))}
	var h [HeaderSize]byte
	copy(h[:], Magic)
	binary.LittleEndian.PutUint32(h[4:], Version)
	binary.LittleEndian.PutUint32(h[8:], uint32(len(tokens)))
	binary.LittleEndian.PutUint32(h[12:], uint32(vocab))
	lw.write(h[:])
	for _, s := range [][]int32{tokens, pos} {
		var b [4]byte
		for _, v := range s {
			binary.LittleEndian.PutUint32(b[:], uint32(v))
			lw.write(b[:])
		}
	}
	if lw.err != nil {
		return nil, lw.err
	}
	return lw, nil
}

func (lw *LogitsWriter) write(b []byte) {
	if lw.err == nil {
		if _, err := lw.w.Write(b); err != nil {
			lw.err = fmt.Errorf("crossval: writing logits: %w", err)
		}
	}
}

// WriteRow writes the next row (exactly vocab floats).
func (lw *LogitsWriter) WriteRow(row []float32) error {
	if lw.err != nil {
		return lw.err
	}
	if len(row) != lw.vocab {
		return fmt.Errorf("crossval: row of %d logits, the dump has %d per row", len(row), lw.vocab)
	}
	if lw.done == lw.rows {
		return fmt.Errorf("crossval: the dump was declared with %d rows; no room for another", lw.rows)
	}
	// Encoded in pieces: the buffer stays small whatever the header claims.
	for len(row) > 0 {
		n := min(len(row), len(lw.buf)/4)
		for j, v := range row[:n] {
			binary.LittleEndian.PutUint32(lw.buf[4*j:], math.Float32bits(v))
		}
		lw.write(lw.buf[:4*n])
		row = row[n:]
	}
	lw.done++
	return lw.err
}

// Close flushes the dump and reports an error if fewer rows were written than declared.
func (lw *LogitsWriter) Close() error {
	if lw.err != nil {
		return lw.err
	}
	if err := lw.w.Flush(); err != nil {
		return fmt.Errorf("crossval: writing logits: %w", err)
	}
	if lw.done != lw.rows {
		return fmt.Errorf("crossval: %d of the %d declared rows written", lw.done, lw.rows)
	}
	return nil
}

// WriteLogitsFile writes l to path (created or truncated).
func WriteLogitsFile(path string, l *Logits) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("crossval: %w", err)
	}
	if _, err := l.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("crossval: %w", err)
	}
	return nil
}
