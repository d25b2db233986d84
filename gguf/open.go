package gguf

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// options configures Open.
type options struct {
	mode            LoadMode
	hugePages       bool
	mlock           bool
	mlockBestEffort bool
	progress        func(done, total int64)
}

// Option configures Open and OpenContext.
type Option func(*options)

// WithLoadMode selects how the file is held: LoadMmap (the default) or LoadRAM.
func WithLoadMode(m LoadMode) Option { return func(o *options) { o.mode = m } }

// WithHugePages asks the kernel to back the file's memory with transparent
// huge pages (madvise MADV_HUGEPAGE; Linux only). It is advice: where the
// kernel or platform does not support it, it is ignored. It matters for
// LoadRAM; few filesystems give huge pages to a file mapping.
func WithHugePages(on bool) Option { return func(o *options) { o.hugePages = on } }

// WithMlock locks the file's memory in RAM (mlock) so it is never paged out.
// In LoadMmap mode this reads the whole file during Open. If locking fails
// (often RLIMIT_MEMLOCK), Open fails unless WithMlockBestEffort is also given.
func WithMlock(on bool) Option { return func(o *options) { o.mlock = on } }

// WithMlockBestEffort makes a failed mlock not an error: the file stays
// unlocked and File.Locked reports false.
func WithMlockBestEffort(on bool) Option { return func(o *options) { o.mlockBestEffort = on } }

// WithProgress sets a function called with the bytes loaded so far and the
// file size. In LoadRAM mode it is called after every chunk read; in
// LoadMmap mode, which reads nothing up front, once with done == total.
// It is called on the goroutine running Open.
func WithProgress(fn func(done, total int64)) Option { return func(o *options) { o.progress = fn } }

// ErrNotRegular is wrapped when the path to open is not a regular file (a
// FIFO, a device, a socket or a directory).
var ErrNotRegular = errors.New("gguf: not a regular file")

func notRegular(m os.FileMode) error {
	kind := "special file"
	switch {
	case m.IsDir():
		kind = "directory"
	case m&os.ModeNamedPipe != 0:
		kind = "named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		kind = "socket"
	case m&os.ModeCharDevice != 0:
		kind = "character device"
	case m&os.ModeDevice != 0:
		kind = "block device"
	}
	return fmt.Errorf("%w: it is a %s; a model must be a regular file", ErrNotRegular, kind)
}

// readChunk is how much LoadRAM reads between progress reports and
// cancellation checks.
const readChunk = 16 << 20

// Open opens and parses the GGUF file at path. It is OpenContext with
// context.Background().
func Open(path string, opts ...Option) (*File, error) {
	return OpenContext(context.Background(), path, opts...)
}

// OpenContext opens and parses the GGUF file at path. In LoadMmap mode only
// the header pages are read; tensor data is read by the kernel on first
// use. In LoadRAM mode the whole file is read first, honouring ctx
// cancellation. The File must be closed to release its memory.
//
// A mapped file must not be truncated or rewritten in place while open
// (reading a vanished page kills the process with SIGBUS); the Writer
// replaces files by rename, which is safe.
func OpenContext(ctx context.Context, path string, opts ...Option) (*File, error) {
	o := options{mode: LoadMmap}
	for _, opt := range opts {
		opt(&o)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := open(ctx, path, &o)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	return f, nil
}

func open(ctx context.Context, path string, o *options) (*File, error) {
	if o.mode != LoadMmap && o.mode != LoadRAM {
		return nil, fmt.Errorf("gguf: load mode %v cannot be used with Open", o.mode)
	}
	// Refuse a FIFO, device or directory before opening it: opening a FIFO
	// blocks until a writer appears, and reading a device may never end.
	if st, err := os.Stat(path); err != nil {
		return nil, err
	} else if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	fh, err := openFile(path)
	if err != nil {
		return nil, err
	}
	keep := false // LoadMmap keeps the descriptor for TensorReaderAt
	defer func() {
		if !keep {
			fh.Close() // a mapping stays valid after its descriptor is closed
		}
	}()
	st, err := fh.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() { // replaced since the Stat above
		return nil, notRegular(st.Mode())
	}
	size := st.Size()
	if size < headerSize {
		return nil, &FormatError{Msg: fmt.Sprintf("file of %d bytes is too small for a GGUF header", size)}
	}
	if uint64(size) > math.MaxInt {
		return nil, &FormatError{Msg: "file too large to map"}
	}

	var data []byte
	var release func() error
	switch o.mode {
	case LoadMmap:
		data, release, err = mapFile(fh, int(size))
		if err != nil {
			return nil, fmt.Errorf("gguf: mmap: %w", err)
		}
		if o.hugePages {
			_ = adviseHugePages(data) // advice only; see WithHugePages
		}
	case LoadRAM:
		data, release, err = loadFile(ctx, fh, int(size), o)
		if err != nil {
			return nil, err
		}
	}

	f, err := parse(data)
	if err == nil {
		err = ctx.Err()
	}
	if err == nil && o.mlock {
		if lerr := lockMemory(data); lerr == nil {
			f.locked = true
		} else if !o.mlockBestEffort {
			err = fmt.Errorf("gguf: mlock of %d bytes: %w (raise RLIMIT_MEMLOCK or use best-effort locking)", size, lerr)
		}
	}
	if err != nil {
		_ = release()
		return nil, err
	}
	f.data = data
	f.release = release
	f.mode = o.mode
	f.path = path
	if o.mode == LoadMmap {
		f.fh, keep = fh, true
	}
	if o.mode == LoadMmap && o.progress != nil {
		o.progress(size, size)
	}
	return f, nil
}

// loadFile reads the file into an anonymous region in chunks, checking ctx
// and reporting progress between chunks, then makes the region read-only.
func loadFile(ctx context.Context, fh *os.File, size int, o *options) ([]byte, func() error, error) {
	data, release, err := anonRegion(size, o.hugePages)
	if err != nil {
		return nil, nil, fmt.Errorf("gguf: allocating %d bytes: %w", size, err)
	}
	fail := func(err error) ([]byte, func() error, error) {
		_ = release()
		return nil, nil, err
	}
	for done := 0; done < size; {
		if err := ctx.Err(); err != nil {
			return fail(err)
		}
		n := min(readChunk, size-done)
		if _, err := io.ReadFull(fh, data[done:done+n]); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				err = fmt.Errorf("gguf: file shrank while being read (%d of %d bytes)", done, size)
			}
			return fail(err)
		}
		if done == 0 && string(data[:4]) != Magic {
			// Fail fast instead of reading a large non-GGUF file to the end.
			return fail(&FormatError{Msg: fmt.Sprintf("not a GGUF file: magic %q, want %q", data[:4], Magic)})
		}
		done += n
		if o.progress != nil {
			o.progress(int64(done), int64(size))
		}
	}
	if err := protectReadOnly(data); err != nil {
		return fail(fmt.Errorf("gguf: mprotect: %w", err))
	}
	return data, release, nil
}
