package hub

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scheme is the prefix that marks a model reference on the Hugging Face hub.
const Scheme = "hf://"

// DefaultRevision is the revision used when a reference names none.
const DefaultRevision = "main"

// Limits on the parts of a reference. The hub caps repository and owner
// names at 96 characters; the others are generous bounds that keep cache
// paths well inside every file system's limits.
const (
	maxNameLen     = 96
	maxRevisionLen = 255
	maxPathLen     = 1024
)

// Ref names one file in a model repository on the hub at one revision.
type Ref struct {
	Owner    string // user or organisation, e.g. "microsoft"
	Repo     string // repository name, e.g. "bitnet-b1.58-2B-4T-gguf"
	Revision string // branch, tag or commit; "" means DefaultRevision
	Path     string // slash-separated path of the file inside the repository
}

// RefError reports a malformed reference.
type RefError struct {
	Input  string // the text that was parsed, or the Ref's String form
	Reason string // what is wrong with it
}

// Error implements error.
func (e *RefError) Error() string {
	return fmt.Sprintf("hub: bad reference %q: %s (want hf://owner/repo[@revision]/path/to/file)", e.Input, e.Reason)
}

// IsRef reports whether s carries the hf:// prefix, i.e. whether it should be
// resolved through the hub rather than read as a local path.
func IsRef(s string) bool { return strings.HasPrefix(s, Scheme) }

// ParseRef parses "hf://owner/repo[@revision]/path/in/repo". The hf:// prefix
// may be left out. A revision holding a slash (such as refs/pr/1) must be
// percent-encoded: hf://owner/repo@refs%2Fpr%2F1/file.gguf.
func ParseRef(s string) (Ref, error) {
	bad := func(reason string) (Ref, error) { return Ref{}, &RefError{Input: s, Reason: reason} }
	rest := strings.TrimPrefix(s, Scheme)
	if strings.Contains(rest, "://") {
		return bad("only the hf:// scheme is supported")
	}
	parts := strings.SplitN(rest, "/", 3)
	if len(parts) < 3 {
		return bad("missing owner, repository or file path")
	}
	ref := Ref{Owner: parts[0], Repo: parts[1], Revision: DefaultRevision, Path: parts[2]}
	if repo, rev, ok := strings.Cut(ref.Repo, "@"); ok {
		unescaped, err := url.PathUnescape(rev)
		if err != nil {
			return bad("revision is not valid percent-encoding")
		}
		if unescaped == "" {
			return bad("empty revision after '@'")
		}
		ref.Repo, ref.Revision = repo, unescaped
	}
	if err := ref.check(); err != nil {
		return bad(err.Error())
	}
	return ref, nil
}

// String formats r in the form ParseRef accepts; the revision is omitted when
// it is DefaultRevision.
func (r Ref) String() string {
	var b strings.Builder
	b.WriteString(Scheme)
	b.WriteString(r.Owner)
	b.WriteByte('/')
	b.WriteString(r.Repo)
	if rev := r.revision(); rev != DefaultRevision {
		b.WriteByte('@')
		b.WriteString(url.PathEscape(rev))
	}
	b.WriteByte('/')
	b.WriteString(r.Path)
	return b.String()
}

// Validate reports whether r is well formed, as a *RefError.
func (r Ref) Validate() error {
	if err := r.check(); err != nil {
		return &RefError{Input: r.String(), Reason: err.Error()}
	}
	return nil
}

// revision returns the revision with the default applied.
func (r Ref) revision() string {
	if r.Revision == "" {
		return DefaultRevision
	}
	return r.Revision
}

// check validates every part; its errors carry only the reason.
func (r Ref) check() error {
	if err := checkName("owner", r.Owner); err != nil {
		return err
	}
	if err := checkName("repository", r.Repo); err != nil {
		return err
	}
	if err := checkRevision(r.revision()); err != nil {
		return err
	}
	return checkPath(r.Path)
}

// checkName applies the hub's rules for owner and repository names:
// letters, digits, '-', '_', '.', no "--" or "..", and no '-' or '.' at
// either end.
func checkName(what, s string) error {
	switch {
	case s == "":
		return fmt.Errorf("empty %s", what)
	case len(s) > maxNameLen:
		return fmt.Errorf("%s longer than %d characters", what, maxNameLen)
	case strings.Contains(s, "--") || strings.Contains(s, ".."):
		return fmt.Errorf("%s %q contains \"--\" or \"..\"", what, s)
	case strings.ContainsAny(s[:1], "-.") || strings.ContainsAny(s[len(s)-1:], "-."):
		return fmt.Errorf("%s %q starts or ends with '-' or '.'", what, s)
	}
	for _, c := range s {
		if !isASCIIAlnum(c) && c != '-' && c != '_' && c != '.' {
			return fmt.Errorf("%s %q contains %q", what, s, c)
		}
	}
	return nil
}

// checkRevision accepts branch, tag and commit names made of ASCII letters,
// digits and "._-", in slash-separated components that do not start with '.'
// (this also rules out "." and "..").
func checkRevision(s string) error {
	if len(s) > maxRevisionLen {
		return fmt.Errorf("revision longer than %d characters", maxRevisionLen)
	}
	for comp := range strings.SplitSeq(s, "/") {
		if comp == "" {
			return fmt.Errorf("revision %q has an empty component", s)
		}
		if comp[0] == '.' {
			return fmt.Errorf("revision %q has a component starting with '.'", s)
		}
		for _, c := range comp {
			if !isASCIIAlnum(c) && c != '-' && c != '_' && c != '.' {
				return fmt.Errorf("revision %q contains %q", s, c)
			}
		}
	}
	return nil
}

// pathPunct is the punctuation allowed in file paths besides letters and
// digits. Everything else (control characters, '\\', ':', '*', '?', '"', '<',
// '>', '|', '%', '#') is refused: such names are unsafe or unportable as
// cache paths and do not occur in model repositories.
const pathPunct = "._-+=,@()[]~ "

// checkPath accepts a relative slash-separated path without "." or ".."
// components and without odd characters.
func checkPath(s string) error {
	switch {
	case s == "":
		return fmt.Errorf("empty file path")
	case len(s) > maxPathLen:
		return fmt.Errorf("file path longer than %d bytes", maxPathLen)
	case !utf8.ValidString(s):
		return fmt.Errorf("file path is not valid UTF-8")
	}
	for comp := range strings.SplitSeq(s, "/") {
		switch {
		case comp == "":
			return fmt.Errorf("file path %q has an empty component (leading, trailing or double '/')", s)
		case comp == "." || comp == "..":
			return fmt.Errorf("file path %q has a %q component", s, comp)
		case comp[0] == ' ' || comp[len(comp)-1] == ' ':
			return fmt.Errorf("file path %q has a component with leading or trailing space", s)
		}
		for _, c := range comp {
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) && !strings.ContainsRune(pathPunct, c) {
				return fmt.Errorf("file path %q contains %q", s, c)
			}
		}
	}
	return nil
}

func isASCIIAlnum(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
