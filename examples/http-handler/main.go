// HTTP handler: use a shared model inside your own service. Each request gets
// its own session; the request's context cancels generation when the client
// goes away. The response streams as plain text.
//
//	go run ./examples/http-handler -m ggml-model-i2_s.gguf -addr 127.0.0.1:8080
//	curl -N 'http://127.0.0.1:8080/complete?prompt=Hello&n=32'
package main

import (
	"context"
	"flag"
	"log"
	"net/http"
	"strconv"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

type server struct {
	model *bitnet.Model
	slots chan struct{} // bounds concurrent generations (memory and CPU)
}

func (s *server) complete(w http.ResponseWriter, r *http.Request) {
	prompt := r.URL.Query().Get("prompt")
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil || n <= 0 || n > 1024 {
		n = 64
	}
	select {
	case s.slots <- struct{}{}:
		defer func() { <-s.slots }()
	default:
		http.Error(w, "busy, retry later", http.StatusTooManyRequests)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	flusher, _ := w.(http.Flusher)
	_, err = s.model.GenerateStream(r.Context(), prompt, bitnet.GenerateOptions{MaxTokens: n, Sampling: bitnet.DefaultSampling()}, func(t bitnet.Token) error {
		if _, err := w.Write([]byte(t.Text)); err != nil {
			return err // the client is gone: stop generating
		}
		if flusher != nil {
			flusher.Flush()
		}
		return nil
	})
	if err != nil && r.Context().Err() == nil {
		log.Printf("generate: %v", err)
	}
}

func main() {
	model := flag.String("m", "", "GGUF model file")
	addr := flag.String("addr", "127.0.0.1:8080", "listen address")
	flag.Parse()
	if *model == "" {
		log.Fatal("pass -m MODEL")
	}
	m, err := bitnet.Load(context.Background(), *model)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()
	s := &server{model: m, slots: make(chan struct{}, 2)}
	http.HandleFunc("/complete", s.complete)
	log.Printf("listening on %s", *addr)
	log.Fatal(http.ListenAndServe(*addr, nil))
}
