package hub

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeHub serves files with the hub's URL layout: the model-info API and
// resolve URLs on one server, which redirects LFS files to a second "CDN"
// server, as huggingface.co does.
type fakeHub struct {
	t      *testing.T
	hub    *httptest.Server
	cdn    *httptest.Server
	commit string

	mu    sync.Mutex
	files map[string]fakeFile // "owner/repo/path"
	// What the servers saw.
	hubAuth, cdnAuth []string
	ranges           []string // Range header of each CDN GET ("" for none)
	cdnBytes         int64    // body bytes the CDN sent
	requests         atomic.Int64

	// Behaviour knobs, set before use.
	token       string        // if set, the hub answers 401 without "Bearer <token>"
	apiStatus   int           // if set, the API answers with this status
	noSize      bool          // omit sizes from the headers (pair with apiStatus)
	ignoreRange bool          // the CDN always answers 200 with the whole file
	cutAfter    int64         // the first CDN response dies after this many body bytes
	stallAfter  int64         // the first CDN response hangs after this many body bytes
	cutEvery    int64         // every CDN response dies after this many body bytes
	truncateTo  int64         // the CDN holds only this many bytes of each file, as a naive static server would
	chunked     bool          // the CDN sends no Content-Length
	always416   bool          // the CDN answers every Range request with 416 and no Content-Range
	contentType string        // the CDN's Content-Type
	noDigest    bool          // the hub publishes no checksum (no LFS sha256, no usable ETag)
	apiHang     bool          // the API sends its headers and part of the body, then nothing
	rangeFrom0  bool          // the CDN answers every Range request with 206 and the whole file
	trickle     time.Duration // the CDN sends one byte per this interval
	fail5xx     atomic.Int64  // the next this many requests (to either server) answer 500
	cdnFail5xx  atomic.Int64  // the next this many CDN requests answer 503 with Retry-After
	cdnGets     atomic.Int64  // CDN requests seen
}

type fakeFile struct {
	data []byte
	lfs  bool
	// advertised digests, normally the true ones
	sha256 string
	blobID string
}

func newFakeHub(t *testing.T) *fakeHub {
	t.Helper()
	f := &fakeHub{t: t, files: map[string]fakeFile{}, commit: strings.Repeat("ab12", 10)}
	f.cdn = httptest.NewServer(http.HandlerFunc(f.serveCDN))
	f.hub = httptest.NewServer(http.HandlerFunc(f.serveHub))
	t.Cleanup(func() {
		f.hub.Close()
		f.cdn.Close()
	})
	return f
}

// add stores a file of n seeded random bytes and returns its content.
func (f *fakeHub) add(repoPath string, n int, seed uint64, lfs bool) []byte {
	data := make([]byte, n)
	r := rand.New(rand.NewPCG(seed, 42))
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	sum := sha256.Sum256(data)
	f.mu.Lock()
	f.files[repoPath] = fakeFile{data: data, lfs: lfs, sha256: hex.EncodeToString(sum[:]), blobID: gitBlobID(data)}
	f.mu.Unlock()
	return data
}

// put stores a file with the given content.
func (f *fakeHub) put(repoPath string, data []byte, lfs bool) {
	sum := sha256.Sum256(data)
	f.mu.Lock()
	f.files[repoPath] = fakeFile{data: data, lfs: lfs, sha256: hex.EncodeToString(sum[:]), blobID: gitBlobID(data)}
	f.mu.Unlock()
}

// failed answers 500 while fail5xx lasts.
func (f *fakeHub) failed(w http.ResponseWriter) bool {
	if f.fail5xx.Add(-1) >= 0 {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return true
	}
	return false
}

// lie makes the hub advertise wrong digests for a file.
func (f *fakeHub) lie(repoPath string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ff := f.files[repoPath]
	ff.sha256, ff.blobID = strings.Repeat("0", 64), strings.Repeat("0", 40)
	f.files[repoPath] = ff
}

func (f *fakeHub) snapshot() (hubAuth, cdnAuth, ranges []string, cdnBytes int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.hubAuth...), append([]string(nil), f.cdnAuth...), append([]string(nil), f.ranges...), f.cdnBytes
}

func gitBlobID(data []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(data))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

func (f *fakeHub) serveHub(w http.ResponseWriter, r *http.Request) {
	f.requests.Add(1)
	if f.failed(w) {
		return
	}
	f.mu.Lock()
	f.hubAuth = append(f.hubAuth, r.Header.Get("Authorization"))
	f.mu.Unlock()
	if f.token != "" && r.Header.Get("Authorization") != "Bearer "+f.token {
		w.Header().Set("X-Error-Code", "GatedRepo")
		http.Error(w, "access to this repo is restricted", http.StatusUnauthorized)
		return
	}
	parts := strings.Split(strings.TrimPrefix(r.URL.EscapedPath(), "/"), "/")
	if len(parts) == 6 && parts[0] == "api" && parts[1] == "models" && parts[4] == "revision" {
		f.serveAPI(w, r, parts[2], parts[3], parts[5])
		return
	}
	if len(parts) >= 5 && parts[2] == "resolve" {
		p, _ := unescapePath(strings.Join(parts[4:], "/"))
		f.serveResolve(w, r, parts[0], parts[1], parts[3], p)
		return
	}
	http.NotFound(w, r)
}

func unescapePath(p string) (string, error) {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		u, err := url.PathUnescape(s)
		if err != nil {
			return "", err
		}
		segs[i] = u
	}
	return strings.Join(segs, "/"), nil
}

func (f *fakeHub) knownRevision(rev string) bool {
	return rev == "main" || rev == f.commit || rev == "v1.0"
}

func (f *fakeHub) serveAPI(w http.ResponseWriter, r *http.Request, owner, repo, rev string) {
	if f.apiStatus != 0 {
		http.Error(w, "api down", f.apiStatus)
		return
	}
	if f.apiHang {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"sha": "`))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
		return
	}
	if r.URL.Query().Get("blobs") != "true" {
		http.Error(w, "want blobs=true", http.StatusBadRequest)
		return
	}
	rev, _ = url.PathUnescape(rev)
	type lfs struct {
		SHA256      string `json:"sha256"`
		Size        int    `json:"size"`
		PointerSize int    `json:"pointerSize"`
	}
	type sibling struct {
		RFilename string `json:"rfilename"`
		BlobID    string `json:"blobId"`
		Size      int    `json:"size"`
		LFS       *lfs   `json:"lfs,omitempty"`
	}
	var sibs []sibling
	f.mu.Lock()
	for k, ff := range f.files {
		if name, ok := strings.CutPrefix(k, owner+"/"+repo+"/"); ok {
			s := sibling{RFilename: name, BlobID: ff.blobID, Size: len(ff.data)}
			if f.noDigest {
				s.BlobID = ""
			} else if ff.lfs {
				s.BlobID = strings.Repeat("c", 40) // the pointer file's id
				s.LFS = &lfs{SHA256: ff.sha256, Size: len(ff.data), PointerSize: 134}
			}
			sibs = append(sibs, s)
		}
	}
	f.mu.Unlock()
	if len(sibs) == 0 {
		w.Header().Set("X-Error-Code", "RepoNotFound")
		http.Error(w, "Repository not found", http.StatusNotFound)
		return
	}
	if !f.knownRevision(rev) {
		w.Header().Set("X-Error-Code", "RevisionNotFound")
		http.Error(w, "Invalid rev id", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"id": owner + "/" + repo, "sha": f.commit, "siblings": sibs})
}

func (f *fakeHub) serveResolve(w http.ResponseWriter, r *http.Request, owner, repo, rev, path string) {
	rev, _ = url.PathUnescape(rev)
	f.mu.Lock()
	ff, ok := f.files[owner+"/"+repo+"/"+path]
	repoKnown := false
	for k := range f.files {
		repoKnown = repoKnown || strings.HasPrefix(k, owner+"/"+repo+"/")
	}
	f.mu.Unlock()
	switch {
	case !repoKnown:
		w.Header().Set("X-Error-Code", "RepoNotFound")
		http.Error(w, "Repository not found", http.StatusNotFound)
		return
	case !f.knownRevision(rev):
		w.Header().Set("X-Error-Code", "RevisionNotFound")
		http.Error(w, "Invalid rev id", http.StatusNotFound)
		return
	case !ok:
		w.Header().Set("X-Error-Code", "EntryNotFound")
		http.Error(w, "Entry not found", http.StatusNotFound)
		return
	}
	w.Header().Set("X-Repo-Commit", f.commit)
	if !ff.lfs {
		if !f.noDigest {
			w.Header().Set("ETag", `"`+ff.blobID+`"`)
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(ff.data)))
		if r.Method == http.MethodGet {
			_, _ = w.Write(ff.data)
		}
		return
	}
	if !f.noDigest {
		w.Header().Set("X-Linked-Etag", `"`+ff.sha256+`"`)
	}
	w.Header().Set("ETag", `W/"`+strings.Repeat("d", 40)+`"`)
	if !f.noSize {
		w.Header().Set("X-Linked-Size", strconv.Itoa(len(ff.data)))
	}
	w.Header().Set("Location", f.cdn.URL+"/blob/"+owner+"/"+repo+"/"+path)
	w.WriteHeader(http.StatusFound)
}

func (f *fakeHub) serveCDN(w http.ResponseWriter, r *http.Request) {
	f.requests.Add(1)
	f.cdnGets.Add(1)
	if f.failed(w) {
		return
	}
	if f.cdnFail5xx.Add(-1) >= 0 {
		w.Header().Set("Retry-After", "0")
		http.Error(w, "busy", http.StatusServiceUnavailable)
		return
	}
	key := strings.TrimPrefix(r.URL.Path, "/blob/")
	f.mu.Lock()
	ff, ok := f.files[key]
	f.cdnAuth = append(f.cdnAuth, r.Header.Get("Authorization"))
	first := len(f.ranges) == 0
	f.ranges = append(f.ranges, r.Header.Get("Range"))
	f.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	data, start := ff.data, int64(0)
	if f.truncateTo > 0 {
		data = data[:min(int64(len(data)), f.truncateTo)]
	}
	status := http.StatusOK
	if rg := r.Header.Get("Range"); rg != "" && !f.ignoreRange {
		n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimPrefix(rg, "bytes="), "-"), 10, 64)
		if err != nil {
			http.Error(w, "bad range", http.StatusBadRequest)
			return
		}
		if f.always416 {
			w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
			return
		}
		if n >= int64(len(data)) {
			w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", len(data)))
			w.WriteHeader(http.StatusRequestedRangeNotSatisfiable)
			return
		}
		if f.rangeFrom0 {
			n = 0
		}
		start, status = n, http.StatusPartialContent
		w.Header().Set("Content-Range", fmt.Sprintf("bytes %d-%d/%d", n, len(data)-1, len(data)))
	}
	body := data[start:]
	if f.contentType != "" {
		w.Header().Set("Content-Type", f.contentType)
	}
	if !f.chunked {
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	}
	w.WriteHeader(status)
	limit := int64(len(body))
	if first && f.cutAfter > 0 {
		limit = min(limit, f.cutAfter)
	}
	if first && f.stallAfter > 0 {
		limit = min(limit, f.stallAfter)
	}
	if f.cutEvery > 0 {
		limit = min(limit, f.cutEvery)
	}
	if f.trickle > 0 {
		for i := range limit {
			if _, err := w.Write(body[i : i+1]); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(f.trickle):
			}
		}
		return
	}
	n, _ := w.Write(body[:limit])
	f.mu.Lock()
	f.cdnBytes += int64(n)
	f.mu.Unlock()
	if limit < int64(len(body)) {
		w.(http.Flusher).Flush()
		if first && f.stallAfter > 0 {
			<-r.Context().Done() // hang until the client gives up
		}
		panic(http.ErrAbortHandler) // drop the connection mid-body
	}
}
