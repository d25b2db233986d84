package hub

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// What the hub says about a file. The shapes relied on (as huggingface_hub
// and the hub's API use them):
//
//   - GET <endpoint>/api/models/<owner>/<repo>/revision/<rev>?blobs=true
//     returns JSON {"sha": "<commit>", "siblings": [{"rfilename": "<path>",
//     "blobId": "<git sha1>", "size": N, "lfs": {"sha256": "<hex>",
//     "size": N, "pointerSize": N}}]}; "lfs" is absent for files kept in git.
//   - HEAD <endpoint>/<owner>/<repo>/resolve/<rev>/<path> answers (for LFS
//     files with a redirect to a CDN) carrying X-Linked-Etag: "<sha256>",
//     X-Linked-Size and X-Repo-Commit; for files kept in git ETag is the
//     quoted git blob id.
//   - Errors carry X-Error-Code (RepoNotFound, RevisionNotFound,
//     EntryNotFound, GatedRepo) and X-Error-Message. Without a token the
//     hub answers 401 for repositories that do not exist.

// remoteFile is the hub's metadata for one file.
type remoteFile struct {
	sha256  string // lower-case hex, "" when unknown
	gitSHA1 string // git blob id for files not in LFS, "" when unknown
	size    int64  // -1 when unknown
	commit  string // the commit the revision resolved to, "" when unknown
}

func (r remoteFile) hasDigest() bool { return r.sha256 != "" || r.gitSHA1 != "" }

// maxAPIBody bounds the model-info JSON (large repositories list many files).
const maxAPIBody = 64 << 20

// remoteInfo asks the API for ref's metadata and falls back to the headers
// of a HEAD request on the resolve URL when the API gives no digest.
func (c *Client) remoteInfo(ctx context.Context, ref Ref) (remoteFile, error) {
	var info remoteFile
	err := c.retryRequest(ctx, "hub API", func(ctx context.Context) (err error) {
		info, err = c.apiInfo(ctx, ref)
		return err
	})
	if err != nil {
		// The API failing alone (an error status, a mirror without it, odd
		// JSON) is not fatal, and a 404 from it is confirmed by the resolve
		// request below; network and auth failures are final.
		var he *HTTPError
		var nf *NotFoundError
		if !errors.As(err, &he) && !errors.As(err, &nf) {
			return info, err
		}
		if he != nil {
			c.note("note: hub API unavailable (%v); taking the checksum from the download headers", err)
		}
	}
	if info.hasDigest() {
		return info, nil
	}
	var head remoteFile
	err = c.retryRequest(ctx, "file headers", func(ctx context.Context) (err error) {
		head, err = c.headInfo(ctx, ref, info.commit)
		return err
	})
	if err != nil {
		return head, err
	}
	if head.commit == "" {
		head.commit = info.commit
	}
	return head, nil
}

// retryRequest runs one metadata request, retrying it within the retry
// policy while it fails in a way another try may get past. Each try has
// StallTimeout to finish (metadata is small; a server that sends headers
// and then nothing must not hang the pull). A network that is down is not
// retried: the caller falls back to the cache at once.
func (c *Client) retryRequest(ctx context.Context, what string, fn func(context.Context) error) error {
	for fails := 1; ; fails++ {
		rctx, cancel := context.WithTimeout(ctx, c.retry.StallTimeout)
		err := fn(rctx)
		cancel()
		if err == nil || ctx.Err() != nil || !retryable(err) || isNetworkDown(err) || fails >= c.retry.MaxFails {
			return err
		}
		wait := c.backoff(fails, err)
		c.note("%s request failed (%v); retrying in %v", what, err, wait)
		if err := sleep(ctx, wait); err != nil {
			return err
		}
	}
}

type modelInfo struct {
	SHA      string `json:"sha"`
	Siblings []struct {
		RFilename string `json:"rfilename"`
		BlobID    string `json:"blobId"`
		Size      *int64 `json:"size"`
		LFS       *struct {
			SHA256 string `json:"sha256"`
			Size   int64  `json:"size"`
		} `json:"lfs"`
	} `json:"siblings"`
}

// apiInfo queries the model-info API. A file missing from the listing is
// not an error here: the resolve request has the final word.
func (c *Client) apiInfo(ctx context.Context, ref Ref) (remoteFile, error) {
	out := remoteFile{size: -1}
	u := fmt.Sprintf("%s/api/models/%s/%s/revision/%s?blobs=true", c.endpoint, ref.Owner, ref.Repo, url.PathEscape(ref.revision()))
	resp, err := c.do(ctx, http.MethodGet, u, nil, false)
	if err != nil {
		return out, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return out, c.statusError(ref, resp)
	}
	var mi modelInfo
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxAPIBody)).Decode(&mi); err != nil {
		if ctx.Err() != nil || isNetworkDown(err) {
			return out, err
		}
		return out, &HTTPError{URL: u, Status: resp.StatusCode, Message: "bad model-info JSON: " + err.Error()}
	}
	if isCommitID(mi.SHA) {
		out.commit = strings.ToLower(mi.SHA)
	}
	for _, s := range mi.Siblings {
		if s.RFilename != ref.Path {
			continue
		}
		if s.LFS != nil && isHex(s.LFS.SHA256, 64) {
			out.sha256, out.size = strings.ToLower(s.LFS.SHA256), s.LFS.Size
		} else if s.LFS == nil && isHex(s.BlobID, 40) {
			out.gitSHA1 = strings.ToLower(s.BlobID)
			if s.Size != nil {
				out.size = *s.Size
			}
		}
		break
	}
	return out, nil
}

// headInfo reads the digest headers of the resolve URL without following
// redirects to other hosts (the hub's own answer carries them).
func (c *Client) headInfo(ctx context.Context, ref Ref, commit string) (remoteFile, error) {
	out := remoteFile{size: -1}
	resp, err := c.do(ctx, http.MethodHead, c.resolveURL(ref, commit), nil, false)
	if err != nil {
		return out, err
	}
	resp.Body.Close()
	if resp.StatusCode >= 400 {
		return out, c.statusError(ref, resp)
	}
	h := resp.Header
	if tag := unquoteETag(h.Get("X-Linked-Etag")); isHex(tag, 64) {
		out.sha256 = tag
	} else if tag := unquoteETag(h.Get("ETag")); resp.StatusCode == http.StatusOK && isHex(tag, 40) {
		out.gitSHA1 = tag
	} else if isHex(tag, 64) {
		out.sha256 = tag
	}
	if n, err := strconv.ParseInt(h.Get("X-Linked-Size"), 10, 64); err == nil && n >= 0 {
		out.size = n
	} else if resp.StatusCode == http.StatusOK && resp.ContentLength >= 0 {
		out.size = resp.ContentLength
	}
	if rc := h.Get("X-Repo-Commit"); isCommitID(rc) {
		out.commit = strings.ToLower(rc)
	}
	return out, nil
}

// resolveURL is the download URL of ref, pinned to commit when known so
// that a moving branch cannot change the file mid-download.
func (c *Client) resolveURL(ref Ref, commit string) string {
	rev := ref.revision()
	if commit != "" {
		rev = commit
	}
	segs := strings.Split(ref.Path, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return fmt.Sprintf("%s/%s/%s/resolve/%s/%s", c.endpoint, ref.Owner, ref.Repo, url.PathEscape(rev), strings.Join(segs, "/"))
}

// do sends a request with the token for the hub. With follow false, a
// redirect to another host is returned instead of followed.
func (c *Client) do(ctx context.Context, method, u string, header http.Header, follow bool) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, u, nil)
	if err != nil {
		return nil, fmt.Errorf("hub: %w", err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	req.Header.Set("User-Agent", "bitnet-go-hub/1")
	hc := *c.http
	userCheck := c.http.CheckRedirect
	hc.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 10 {
			return errors.New("stopped after 10 redirects")
		}
		first := via[0].URL
		if !strings.EqualFold(req.URL.Host, first.Host) || req.URL.Scheme != first.Scheme {
			// The token is for the hub alone, never for its CDN.
			req.Header.Del("Authorization")
			if !follow {
				return http.ErrUseLastResponse
			}
		}
		if userCheck != nil {
			return userCheck(req, via)
		}
		return nil
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("hub: %w", err)
	}
	return resp, nil
}

// statusError maps an error status to a typed error.
func (c *Client) statusError(ref Ref, resp *http.Response) error {
	code := resp.Header.Get("X-Error-Code")
	switch resp.StatusCode {
	case http.StatusNotFound:
		return &NotFoundError{Ref: ref, Status: resp.StatusCode, Code: code}
	case http.StatusUnauthorized, http.StatusForbidden:
		return &AuthError{Ref: ref, Status: resp.StatusCode, Code: code, TokenSet: c.token != ""}
	}
	msg := resp.Header.Get("X-Error-Message")
	if msg == "" && resp.Request.Method != http.MethodHead {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 200))
		msg = strings.TrimSpace(string(b))
	}
	he := &HTTPError{URL: resp.Request.URL.Redacted(), Status: resp.StatusCode, Message: msg}
	if s, err := strconv.Atoi(strings.TrimSpace(resp.Header.Get("Retry-After"))); err == nil && s > 0 {
		he.RetryAfter = time.Duration(min(s, 3600)) * time.Second
	}
	return he
}

// unquoteETag strips a weak-validator prefix and quotes and lower-cases.
func unquoteETag(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "W/")
	return strings.ToLower(strings.Trim(s, `"`))
}

func isCommitID(s string) bool { return isHex(s, 40) }

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}
