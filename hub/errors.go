package hub

import (
	"errors"
	"fmt"
	"net"
	"syscall"
	"time"
)

// NotFoundError reports that the hub has no such repository, revision or
// file (HTTP 404, or the hub's X-Error-Code saying so).
type NotFoundError struct {
	Ref    Ref
	Status int    // HTTP status
	Code   string // the hub's X-Error-Code header, e.g. "EntryNotFound"; may be empty
}

// Error implements error.
func (e *NotFoundError) Error() string {
	switch e.Code {
	case "RepoNotFound":
		return fmt.Sprintf("hub: repository %s/%s not found (if it is private or gated, set HF_TOKEN) (HTTP %d)",
			e.Ref.Owner, e.Ref.Repo, e.Status)
	case "RevisionNotFound":
		return fmt.Sprintf("hub: revision %q not found in repo %s/%s (HTTP %d)",
			e.Ref.revision(), e.Ref.Owner, e.Ref.Repo, e.Status)
	}
	return fmt.Sprintf("hub: file not found in repo %s/%s at revision %s: %s (HTTP %d)",
		e.Ref.Owner, e.Ref.Repo, e.Ref.revision(), e.Ref.Path, e.Status)
}

// AuthError reports that the hub refused access (HTTP 401 or 403): the
// repository is private or gated, or the token is missing or lacks access.
type AuthError struct {
	Ref      Ref
	Status   int
	Code     string // the hub's X-Error-Code, e.g. "GatedRepo"; may be empty
	TokenSet bool   // whether a token was sent
}

// Error implements error.
func (e *AuthError) Error() string {
	what := fmt.Sprintf("hub: %s needs a token: set HF_TOKEN (or pass --token)", e.Ref)
	if e.TokenSet {
		what = fmt.Sprintf("hub: %s needs a token: set HF_TOKEN to one with access (the token sent was refused)", e.Ref)
	}
	switch e.Code {
	case "GatedRepo":
		what += "; the repository is gated: accept its terms on the hub first"
	case "RepoNotFound":
		what += "; the hub says the repository does not exist or is private"
	}
	return fmt.Sprintf("%s (HTTP %d)", what, e.Status)
}

// ChecksumError reports a downloaded or cached file whose digest differs from
// the one the hub published (or the one recorded at download time). A
// download that fails this way leaves no file behind.
type ChecksumError struct {
	Ref  Ref
	File string // the local file that was checked
	Algo string // "sha256", or "git-sha1" for small files kept in git rather than LFS
	Want string // expected hex digest
	Got  string // actual hex digest
}

// Error implements error.
func (e *ChecksumError) Error() string {
	return fmt.Sprintf("hub: %s checksum mismatch for %s: want %s, got %s", e.Algo, e.Ref, e.Want, e.Got)
}

// OfflineError reports that a file is not cached and the hub cannot be
// reached, either because the network is down (Err holds the dial error) or
// because offline mode is on (Err is nil).
type OfflineError struct {
	Ref       Ref
	CachePath string // where a copy placed by hand would be found
	Err       error  // the network error, nil in offline mode
}

// Error implements error.
func (e *OfflineError) Error() string {
	why := "no network"
	if e.Err == nil {
		why = "offline mode (BITNET_OFFLINE=1) and no cached copy"
	}
	msg := fmt.Sprintf("hub: %s: download %s on a connected machine with `bitnet pull %s` and copy it to %s, or pass -m /path/to/%s",
		why, e.Ref.Path, e.Ref, e.CachePath, baseName(e.Ref.Path))
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the network error, if any.
func (e *OfflineError) Unwrap() error { return e.Err }

// HTTPError reports an unexpected HTTP status from the hub or its CDN.
type HTTPError struct {
	URL     string
	Status  int
	Message string // the hub's X-Error-Message or a short body excerpt; may be empty
	// RetryAfter is the wait the server asked for (Retry-After in seconds),
	// zero when it named none.
	RetryAfter time.Duration
}

// Error implements error.
func (e *HTTPError) Error() string {
	if e.Message != "" {
		return fmt.Sprintf("hub: GET %s: HTTP %d: %s", e.URL, e.Status, e.Message)
	}
	return fmt.Sprintf("hub: GET %s: HTTP %d", e.URL, e.Status)
}

// temporary reports whether retrying the request may help.
func (e *HTTPError) temporary() bool {
	return e.Status == 408 || e.Status == 429 || e.Status >= 500
}

// ContentError reports a download whose content is not what was asked for:
// an HTML page (a login wall, a captive portal, an error page served with
// status 200), a .gguf file that does not parse as GGUF, or a server whose
// idea of the file's size disagrees with the hub's. Nothing is cached.
type ContentError struct {
	Ref    Ref
	File   string // the local file that was checked, "" when nothing was kept
	Reason string
	Err    error // the underlying parse error, if any
}

// Error implements error.
func (e *ContentError) Error() string {
	msg := fmt.Sprintf("hub: %s: %s; nothing was cached", e.Ref, e.Reason)
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the underlying parse error, if any.
func (e *ContentError) Unwrap() error { return e.Err }

// IncompleteError reports a download that stopped before the end (it was
// cancelled, or the retry budget ran out) and whose bytes are kept in Part:
// pulling the same reference again resumes from there.
type IncompleteError struct {
	Ref   Ref
	Part  string // the partial file
	Done  int64  // bytes in Part
	Total int64  // the file's size, -1 when unknown
	Err   error  // why it stopped: ctx's error, or the last failure
}

// Error implements error.
func (e *IncompleteError) Error() string {
	of := ""
	if e.Total >= 0 {
		of = fmt.Sprintf(" of %d", e.Total)
	}
	return fmt.Sprintf("hub: download of %s stopped at byte %d%s: %v; the partial file %s is kept and `bitnet pull %s` resumes it",
		e.Ref, e.Done, of, e.Err, e.Part, e.Ref)
}

// Unwrap returns why the download stopped.
func (e *IncompleteError) Unwrap() error { return e.Err }

// isNetworkDown reports whether err means the host could not be reached at
// all (name resolution or connection set-up failed), as opposed to a failure
// after the server answered.
func isNetworkDown(err error) bool {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return true
	}
	var opErr *net.OpError
	if errors.As(err, &opErr) && opErr.Op == "dial" {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ENETUNREACH) ||
		errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETDOWN)
}

func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[i+1:]
		}
	}
	return p
}
