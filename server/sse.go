package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

// sseWriter writes Server-Sent Events. The first write error sticks: later
// events are dropped and err tells the generation to stop.
type sseWriter struct {
	w       http.ResponseWriter
	rc      *http.ResponseController
	timeout time.Duration
	err     error
	buf     []byte
}

func newSSE(w http.ResponseWriter, timeout time.Duration) *sseWriter {
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("Connection", "keep-alive")
	h.Set("X-Accel-Buffering", "no") // tell proxies not to buffer the stream
	w.WriteHeader(http.StatusOK)
	return &sseWriter{w: w, rc: http.NewResponseController(w), timeout: timeout}
}

// event sends v as one "data:" event and flushes it.
func (s *sseWriter) event(v any) {
	if s.err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		s.err = err
		return
	}
	s.buf = append(append(append(s.buf[:0], "data: "...), b...), "\n\n"...)
	s.write(s.buf)
}

// done sends the closing "data: [DONE]".
func (s *sseWriter) done() {
	if s.err == nil {
		s.write([]byte("data: [DONE]\n\n"))
	}
}

func (s *sseWriter) write(b []byte) {
	setWriteDeadline(s.w, s.timeout)
	if _, err := s.w.Write(b); err != nil {
		s.err = err
		return
	}
	if err := s.rc.Flush(); err != nil {
		s.err = err
	}
}

// setWriteDeadline bounds the next writes; recorders without deadlines are fine.
func setWriteDeadline(w http.ResponseWriter, d time.Duration) {
	err := http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d))
	if err != nil && !errors.Is(err, http.ErrNotSupported) {
		_ = err // the write that follows reports a broken connection
	}
}
