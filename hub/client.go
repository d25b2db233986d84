package hub

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// DefaultEndpoint is the hub used unless WithEndpoint or $HF_ENDPOINT says
// otherwise.
const DefaultEndpoint = "https://huggingface.co"

// Client downloads files from the hub into a local cache. It is safe for
// concurrent use, and separate processes sharing a cache directory
// coordinate through lock files.
type Client struct {
	endpoint   string
	token      string
	cacheDir   string
	cacheErr   error // why no default cache directory could be found
	http       *http.Client
	progress   func(done, total int64)
	logf       func(format string, args ...any)
	offline    bool
	verifyMode VerifyMode
	retry      RetryPolicy
}

// RetryPolicy bounds how transient failures are retried: HTTP 408, 429 and
// 5xx, connection resets, stalled transfers and bodies that end early. Every
// loop is bounded, so a misbehaving server cannot keep a pull going forever;
// a download that gives up keeps its partial file for the next pull.
type RetryPolicy struct {
	// MaxAttempts caps the requests made for one file's bytes, successful
	// or not (default 50).
	MaxAttempts int
	// MaxFails caps consecutive attempts that bring no byte beyond the
	// furthest point the file has reached (default 5): a server that cuts
	// every response at the same offset, or sends the start of the file
	// again and again, is given up on. It is also the number of tries of
	// each metadata request.
	MaxFails int
	// Backoff is the wait after the first failure; each further consecutive
	// failure doubles it, up to MaxBackoff (defaults 500ms and 10s). A
	// Retry-After header is honoured up to MaxBackoff.
	Backoff, MaxBackoff time.Duration
	// StallTimeout cuts a transfer that receives less than 64 KiB in this
	// long, nothing or a trickle, and retries it (default 1 minute). It also
	// bounds each try of a metadata request.
	StallTimeout time.Duration
}

// DefaultRetryPolicy is the policy of a Client made without WithRetryPolicy.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{MaxAttempts: 50, MaxFails: 5, Backoff: 500 * time.Millisecond,
		MaxBackoff: 10 * time.Second, StallTimeout: time.Minute}
}

// WithRetryPolicy sets the retry policy; zero fields keep their defaults.
func WithRetryPolicy(p RetryPolicy) Option {
	return func(c *Client) {
		d := DefaultRetryPolicy()
		if p.MaxAttempts <= 0 {
			p.MaxAttempts = d.MaxAttempts
		}
		if p.MaxFails <= 0 {
			p.MaxFails = d.MaxFails
		}
		if p.Backoff <= 0 {
			p.Backoff = d.Backoff
		}
		if p.MaxBackoff <= 0 {
			p.MaxBackoff = max(d.MaxBackoff, p.Backoff)
		}
		if p.StallTimeout <= 0 {
			p.StallTimeout = d.StallTimeout
		}
		c.retry = p
	}
}

// VerifyMode says how much work a cache hit spends proving that the cached
// file is still the one that was verified when it was downloaded.
type VerifyMode int

const (
	// VerifyStat, the default, rehashes a cached file (a full sha256: a few
	// seconds for a 1.2 GB model, see docs/HUB.md) only when its size,
	// modification time, change time, inode or device differ from those
	// recorded when it was last verified. Any write through the file system
	// changes the change time, which no user call can set back, so an
	// edited file (a same-size bit flip with the modification time restored
	// included) is caught; damage below the file system (a failing disk)
	// is not.
	VerifyStat VerifyMode = iota
	// VerifyFull rehashes the whole file on every use.
	VerifyFull
)

// WithVerify sets how cache hits are verified (default VerifyStat, or
// VerifyFull when $BITNET_VERIFY is "full").
func WithVerify(m VerifyMode) Option { return func(c *Client) { c.verifyMode = m } }

// Option configures a Client.
type Option func(*Client)

// WithEndpoint sets the hub's base URL (default $HF_ENDPOINT, else
// DefaultEndpoint).
func WithEndpoint(url string) Option {
	return func(c *Client) { c.endpoint = strings.TrimRight(url, "/") }
}

// WithToken sets the access token sent as "Authorization: Bearer" to the
// hub (default $HF_TOKEN). It is never sent to other hosts.
func WithToken(token string) Option { return func(c *Client) { c.token = token } }

// WithCacheDir sets the cache directory (default $BITNET_CACHE, else
// os.UserCacheDir()/bitnet-go/hub).
func WithCacheDir(dir string) Option {
	return func(c *Client) { c.cacheDir, c.cacheErr = dir, nil }
}

// WithHTTPClient sets the HTTP client. Its CheckRedirect, if any, is still
// called, after the client has removed the token from requests to other
// hosts.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.http = hc } }

// WithProgress sets a function called as a download advances with the bytes
// present so far and the total size (-1 when unknown). ProgressBar makes
// one that draws on a terminal.
func WithProgress(fn func(done, total int64)) Option { return func(c *Client) { c.progress = fn } }

// WithLogf sets where notes go (waiting on another process's download, an
// unverified cached copy used offline, a retried transfer). By default they
// are dropped.
func WithLogf(fn func(format string, args ...any)) Option { return func(c *Client) { c.logf = fn } }

// WithOffline forbids all network access (default on when $BITNET_OFFLINE
// or $HF_HUB_OFFLINE is "1", "true" or "yes"): only cached files are served.
func WithOffline(offline bool) Option { return func(c *Client) { c.offline = offline } }

// NewClient returns a client configured from the environment ($HF_ENDPOINT,
// $HF_TOKEN, $BITNET_CACHE, $BITNET_OFFLINE, $HF_HUB_OFFLINE,
// $BITNET_VERIFY) and then opts.
func NewClient(opts ...Option) *Client {
	c := &Client{
		endpoint: DefaultEndpoint,
		token:    os.Getenv("HF_TOKEN"),
		offline:  envTrue("BITNET_OFFLINE") || envTrue("HF_HUB_OFFLINE"),
		retry:    DefaultRetryPolicy(),
	}
	if strings.EqualFold(os.Getenv("BITNET_VERIFY"), "full") {
		c.verifyMode = VerifyFull
	}
	if ep := os.Getenv("HF_ENDPOINT"); ep != "" {
		c.endpoint = strings.TrimRight(ep, "/")
	}
	if dir := os.Getenv("BITNET_CACHE"); dir != "" {
		c.cacheDir = dir
	} else if base, err := os.UserCacheDir(); err == nil {
		c.cacheDir = filepath.Join(base, "bitnet-go", "hub")
	} else {
		c.cacheErr = fmt.Errorf("hub: no cache directory (set BITNET_CACHE): %w", err)
	}
	for _, o := range opts {
		o(c)
	}
	if c.http == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.ResponseHeaderTimeout = 2 * time.Minute
		c.http = &http.Client{Transport: t}
	}
	return c
}

func envTrue(name string) bool {
	switch strings.ToLower(os.Getenv(name)) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// CachedPath returns where ref is (or would be) cached, and whether a
// complete copy whose recorded sha256 still verifies is there. It never
// touches the network; it rehashes the file as the client's VerifyMode says.
func (c *Client) CachedPath(ref Ref) (string, bool) {
	dst, err := c.localPath(ref)
	if err != nil {
		return "", false
	}
	return dst, c.inspect(context.Background(), ref, dst).state == cacheVerified
}

// Pull returns the local path of ref, downloading it into the cache first
// unless a verified copy is there already. Downloads resume from a partial
// file left by an interrupted earlier attempt, retry transient failures
// within the RetryPolicy, and are checked against the digest the hub
// publishes (or, without one, for content that cannot be the file). Errors
// are typed: *RefError, *NotFoundError, *AuthError, *ChecksumError,
// *ContentError, *OfflineError, *HTTPError, *IncompleteError (a partial file
// is kept; it unwraps to the cause), or ctx's error.
func (c *Client) Pull(ctx context.Context, ref Ref) (string, error) {
	if ref.Revision == "" {
		ref.Revision = DefaultRevision
	}
	dst, err := c.localPath(ref)
	if err != nil {
		return "", err
	}
	// A verification cut short by ctx must not pass for a corrupt file
	// (which would be deleted): ctx is checked after every inspect.
	if st := c.inspect(ctx, ref, dst); st.state == cacheVerified {
		return dst, nil
	} else if err := ctx.Err(); err != nil {
		return "", err
	} else if c.offline {
		return c.useCached(ref, dst, st, nil)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return "", fmt.Errorf("hub: %w", err)
	}
	release, err := acquireLock(ctx, dst+lockSuffix, func() {
		c.note("waiting for another process downloading %s (lock %s)", ref, dst+lockSuffix)
	})
	if err != nil {
		return "", err
	}
	defer release()

	// Whoever held the lock may have just finished the same download.
	st := c.inspect(ctx, ref, dst)
	if st.state == cacheVerified {
		return dst, nil
	}
	if err := ctx.Err(); err != nil {
		return "", err
	}
	remote, err := c.remoteInfo(ctx, ref)
	if err != nil {
		if isNetworkDown(err) {
			return c.useCached(ref, dst, st, err)
		}
		return "", err
	}
	switch st.state {
	case cacheUnrecorded:
		// Placed by hand, or the record was lost: keep it if it matches.
		ok, err := c.adopt(ctx, ref, dst, remote)
		if err != nil {
			return "", err
		}
		if ok {
			return dst, nil
		}
		c.note("%s does not match the hub's checksum; downloading it again", dst)
	case cacheCorrupt:
		c.note("cached %s failed verification (%v); downloading it again", dst, st.err)
	}
	if st.state != cacheMissing {
		if err := removeCached(dst); err != nil {
			return "", err
		}
	}
	if err := c.download(ctx, ref, remote, dst); err != nil {
		var ie *IncompleteError
		if isNetworkDown(err) && !errors.As(err, &ie) {
			return "", &OfflineError{Ref: ref, CachePath: dst, Err: err}
		}
		return "", err
	}
	return dst, nil
}

// useCached serves ref from the cache without the network; netErr is the
// network failure that forced this, nil in offline mode.
func (c *Client) useCached(ref Ref, dst string, st cacheStatus, netErr error) (string, error) {
	switch st.state {
	case cacheVerified:
		return dst, nil
	case cacheUnrecorded:
		why := "offline mode"
		if netErr != nil {
			why = "no network"
		}
		c.note("note: %s: using %s without checking it against the hub", why, dst)
		return dst, nil
	case cacheCorrupt:
		return "", fmt.Errorf("hub: the cached %s failed verification and cannot be fetched again without the network (run `bitnet pull %s` online): %w",
			dst, ref, st.err)
	}
	return "", &OfflineError{Ref: ref, CachePath: dst, Err: netErr}
}

// localPath is the cache path of ref: <cache>/<owner>/<repo>/<revision>/<path>,
// with the revision percent-encoded so that "refs/pr/1" stays one directory.
func (c *Client) localPath(ref Ref) (string, error) {
	if err := ref.Validate(); err != nil {
		return "", err
	}
	if c.cacheErr != nil {
		return "", c.cacheErr
	}
	if c.cacheDir == "" {
		return "", errors.New("hub: empty cache directory")
	}
	return filepath.Join(c.cacheDir, ref.Owner, ref.Repo, escapeRevision(ref.revision()), filepath.FromSlash(ref.Path)), nil
}

// escapeRevision keeps a revision one path component; ParseRef admits only
// letters, digits, "._-" and '/', so replacing '/' suffices.
func escapeRevision(rev string) string { return strings.ReplaceAll(rev, "/", "%2F") }

func (c *Client) note(format string, args ...any) {
	if c.logf != nil {
		c.logf(format, args...)
	}
}

func (c *Client) report(done, total int64) {
	if c.progress != nil {
		c.progress(done, total)
	}
}
