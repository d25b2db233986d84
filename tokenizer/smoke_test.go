package tokenizer

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"testing"
	"time"
)

func TestSmokeLoad(t *testing.T) {
	raw, _ := os.ReadFile("../testdata/tokenizer/tokenizer.json.gz")
	t0 := time.Now()
	zr, _ := gzip.NewReader(bytes.NewReader(raw))
	js, _ := io.ReadAll(zr)
	t1 := time.Now()
	f, err := readHF(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	t2 := time.Now()
	v, err := f.vocab()
	if err != nil {
		t.Fatal(err)
	}
	t3 := time.Now()
	_, err = New(v)
	t4 := time.Now()
	fmt.Println("gunzip", t1.Sub(t0), "json", t2.Sub(t1), "vocab", t3.Sub(t2), "new", t4.Sub(t3), err)
}
