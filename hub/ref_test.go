package hub

import (
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRef(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Ref
	}{
		{"hf://microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf",
			Ref{"microsoft", "bitnet-b1.58-2B-4T-gguf", "main", "ggml-model-i2_s.gguf"}},
		{"microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf",
			Ref{"microsoft", "bitnet-b1.58-2B-4T-gguf", "main", "ggml-model-i2_s.gguf"}},
		{"hf://o/r@v1.0/a/b/c.gguf", Ref{"o", "r", "v1.0", "a/b/c.gguf"}},
		{"hf://o/r@0123456789abcdef0123456789abcdef01234567/f", Ref{"o", "r", "0123456789abcdef0123456789abcdef01234567", "f"}},
		{"hf://o/r@refs%2Fpr%2F1/f.gguf", Ref{"o", "r", "refs/pr/1", "f.gguf"}},
		{"hf://O_1/R.x/.gitattributes", Ref{"O_1", "R.x", "main", ".gitattributes"}},
		{"hf://o/r/dir@x/model (1)+q=2,[a]~.gguf", Ref{"o", "r", "main", "dir@x/model (1)+q=2,[a]~.gguf"}},
		{"hf://o/r/modèle.gguf", Ref{"o", "r", "main", "modèle.gguf"}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseRef(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			again, err := ParseRef(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, again)
		})
	}
}

func TestParseRefErrors(t *testing.T) {
	for _, in := range []string{
		"", "hf://", "hf://owner", "hf://owner/repo", "hf://owner/repo/",
		"s3://o/r/f", "https://huggingface.co/o/r/f",
		"hf:///r/f", "hf://o//f", "hf://o/r//f", "hf://o/r/a//b", "hf://o/r/a/",
		"hf://o/r/../x", "hf://o/r/a/../../x", "hf://o/r/./x", "hf://o/r/..",
		"hf://o/r@/f", "hf://o/r@%zz/f", "hf://o/r@../f", "hf://o/r@.hidden/f", "hf://o/r@a%2F%2Fb/f",
		"hf://o/r@a b/f", "hf://o/r@x@y/f",
		"hf://-o/r/f", "hf://o./r/f", "hf://o--x/r/f", "hf://o/r..x/f", "hf://o$/r/f", "hf://o/r r/f",
		"hf://o/r/a\\b", "hf://o/r/a:b", "hf://o/r/a*b", "hf://o/r/a?b", "hf://o/r/a#b", "hf://o/r/a%2e",
		"hf://o/r/f\x00", "hf://o/r/f\n", "hf://o/r/ f", "hf://o/r/f ", "hf://o/r/\xff",
		"hf://" + strings.Repeat("a", 97) + "/r/f",
		"hf://o/r/" + strings.Repeat("a", 1025),
	} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseRef(in)
			var re *RefError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, in, re.Input)
			assert.Contains(t, err.Error(), "want hf://owner/repo[@revision]/path/to/file")
		})
	}
}

func TestIsRef(t *testing.T) {
	assert.True(t, IsRef("hf://o/r/f"))
	assert.False(t, IsRef("o/r/f"))
	assert.False(t, IsRef("/models/o/r/f.gguf"))
	assert.False(t, IsRef("HF://o/r/f"))
}

// randomRef draws a valid reference from the allowed alphabets.
func randomRef(r *rand.Rand) Ref {
	const name = "abcXYZ019_-."
	const pathChars = "abcXYZ019._-+=,@()[]~ é"
	pick := func(alpha string, n int) string {
		rs := []rune(alpha)
		var b strings.Builder
		for range n {
			b.WriteRune(rs[r.IntN(len(rs))])
		}
		return b.String()
	}
	goodName := func() string {
		for {
			s := "a" + pick(name, r.IntN(10)) + "z"
			if !strings.Contains(s, "--") && !strings.Contains(s, "..") {
				return s
			}
		}
	}
	comp := func(alpha string) string {
		return "x" + pick(alpha, r.IntN(8)) + "y"
	}
	ref := Ref{Owner: goodName(), Repo: goodName(), Revision: "main"}
	if r.IntN(2) == 0 {
		parts := make([]string, 1+r.IntN(3))
		for i := range parts {
			parts[i] = comp("abc019._-")
		}
		ref.Revision = strings.Join(parts, "/")
	}
	parts := make([]string, 1+r.IntN(4))
	for i := range parts {
		parts[i] = comp(pathChars)
	}
	ref.Path = strings.Join(parts, "/")
	return ref
}

func TestRefRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	dir := t.TempDir()
	c := NewClient(WithCacheDir(dir))
	for range 2000 {
		ref := randomRef(r)
		require.NoError(t, ref.Validate(), "%+v", ref)
		got, err := ParseRef(ref.String())
		require.NoError(t, err, ref.String())
		require.Equal(t, ref, got)
		p, err := c.localPath(ref)
		require.NoError(t, err)
		requireInside(t, dir, p)
	}
}

func requireInside(t testing.TB, dir, p string) {
	t.Helper()
	rel, err := filepath.Rel(dir, p)
	require.NoError(t, err)
	require.False(t, rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)), "%s escapes %s", p, dir)
	require.False(t, filepath.IsAbs(rel))
	// owner/repo/revision/path: at least four components below the cache.
	require.GreaterOrEqual(t, len(strings.Split(rel, string(filepath.Separator))), 4, rel)
}

func FuzzParseRef(f *testing.F) {
	for _, s := range []string{
		"hf://microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf", "o/r/f", "hf://o/r@v1/a/b",
		"hf://o/r@refs%2Fpr%2F1/f", "hf://o/r/../f", "hf://o/r@%/f", "hf://o/r/é/ü", "hf://o/r/a\\b",
	} {
		f.Add(s)
	}
	dir := f.TempDir()
	c := NewClient(WithCacheDir(dir))
	f.Fuzz(func(t *testing.T, s string) {
		ref, err := ParseRef(s)
		if err != nil {
			var re *RefError
			require.ErrorAs(t, err, &re)
			return
		}
		require.NoError(t, ref.Validate())
		again, err := ParseRef(ref.String())
		require.NoError(t, err, ref.String())
		require.Equal(t, ref, again)
		p, err := c.localPath(ref)
		require.NoError(t, err)
		requireInside(t, dir, p)
		for _, comp := range strings.Split(ref.Path, "/") {
			require.NotContains(t, []string{"", ".", ".."}, comp)
		}
	})
}
