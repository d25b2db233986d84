package gguf

import (
	"errors"
	"fmt"
)

var (
	// ErrKeyNotFound is matched (errors.Is) by every *KeyNotFoundError.
	ErrKeyNotFound = errors.New("gguf: key not found")
	// ErrFormat is matched (errors.Is) by every *FormatError: the bytes are not
	// a valid GGUF file this package can read.
	ErrFormat = errors.New("gguf: invalid file")
	// ErrUnsupportedVersion is wrapped by the FormatError for GGUF v1, a
	// version newer than 3, or a big-endian file.
	ErrUnsupportedVersion = errors.New("gguf: unsupported version")
	// ErrClosed is returned for tensor data requested after Close.
	ErrClosed = errors.New("gguf: file closed")
	// ErrTensorNotFound is wrapped when a named tensor does not exist.
	ErrTensorNotFound = errors.New("gguf: tensor not found")
)

// KeyNotFoundError reports a metadata key that the file does not have.
type KeyNotFoundError struct {
	Key string
}

func (e *KeyNotFoundError) Error() string { return fmt.Sprintf("gguf: key %q not found", e.Key) }

// Is makes errors.Is(err, ErrKeyNotFound) true.
func (e *KeyNotFoundError) Is(target error) bool { return target == ErrKeyNotFound }

// TypeError reports a metadata value that does not have the type a typed
// accessor asked for, or whose value does not fit it.
type TypeError struct {
	Key    string
	Want   string // what the accessor accepts, e.g. "uint32" or "array[string]"
	Got    string // the stored type, e.g. "int64" or "array[int32]"
	Reason string // optional detail, e.g. "value -1 out of range"
}

func (e *TypeError) Error() string {
	s := fmt.Sprintf("gguf: key %q: want %s, got %s", e.Key, e.Want, e.Got)
	if e.Reason != "" {
		s += " (" + e.Reason + ")"
	}
	return s
}

// FormatError reports malformed or unsupported file contents.
type FormatError struct {
	Offset int64  // byte offset in the file where the problem was found
	Msg    string // what is wrong
	Err    error  // optional underlying cause, e.g. ErrUnsupportedVersion
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("gguf: invalid file at offset %d: %s", e.Offset, e.Msg)
}

// Is makes errors.Is(err, ErrFormat) true.
func (e *FormatError) Is(target error) bool { return target == ErrFormat }

// Unwrap returns the underlying cause, if any.
func (e *FormatError) Unwrap() error { return e.Err }
