package chat

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type goldenCase struct {
	Name               string `json:"name"`
	Template           string `json:"template"`
	AddAssistantPrompt bool   `json:"add_assistant_prompt"`
	Messages           []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	Segments [][2]any `json:"segments"`
}

// TestGolden compares against testdata/golden.json, produced by
// testdata/gen_golden.py from Microsoft's ChatFormat (bitnet) and from the
// LLaMA-3 and Qwen3 chat_templates rendered by jinja2 (llama3, qwen3).
func TestGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/golden.json")
	require.NoError(t, err)
	var cases []goldenCase
	require.NoError(t, json.Unmarshal(b, &cases))
	require.NotEmpty(t, cases)
	seen := map[string]int{}
	for _, tc := range cases {
		seen[tc.Template]++
		t.Run(tc.Template+"/"+tc.Name, func(t *testing.T) {
			want := make([]Segment, len(tc.Segments))
			for i, s := range tc.Segments {
				want[i] = Segment{Text: s[0].(string), Special: s[1].(bool)}
			}
			tmpl, err := ByName(tc.Template)
			require.NoError(t, err)
			msgs := make([]Message, len(tc.Messages))
			for i, m := range tc.Messages {
				msgs[i] = Message{Role(m.Role), m.Content}
			}
			got, err := tmpl.Render(msgs, tc.AddAssistantPrompt)
			require.NoError(t, err)
			assert.Equal(t, want, got, "prompt=%v", tc.AddAssistantPrompt)
		})
	}
	assert.Greater(t, seen["bitnet"], 10)
	assert.Greater(t, seen["llama3"], 10)
	assert.Greater(t, seen["qwen3"], 20)
	assert.Greater(t, seen["falcon3"], 10)
}

func TestBitnetLayout(t *testing.T) {
	tmpl, err := ByName("bitnet")
	require.NoError(t, err)
	got, err := tmpl.Render([]Message{
		{System, " Be terse. "},
		{User, "Hi\n"},
		{Assistant, "Hello."},
		{User, "Bye"},
	}, true)
	require.NoError(t, err)
	want := []Segment{
		{BeginOfText, true},
		{"System: ", false}, {"Be terse.", false}, {EOTID, true},
		{"User: ", false}, {"Hi", false}, {EOTID, true},
		{"Assistant: ", false}, {"Hello.", false}, {EOTID, true},
		{"User: ", false}, {"Bye", false}, {EOTID, true},
		{"Assistant: ", false},
	}
	assert.Equal(t, want, got)
	assert.Equal(t, []string{EOTID, EndOfText}, tmpl.StopTexts())
}

func TestLlama3Layout(t *testing.T) {
	tmpl, err := ByName("llama3")
	require.NoError(t, err)
	got, err := tmpl.Render([]Message{{User, " Hi "}, {Assistant, ""}}, true)
	require.NoError(t, err)
	want := []Segment{
		{BeginOfText, true},
		{StartHeader, true}, {"user", false}, {EndHeader, true}, {"\n\nHi", false}, {EOTID, true},
		{StartHeader, true}, {"assistant", false}, {EndHeader, true}, {"\n\n", false}, {EOTID, true},
		{StartHeader, true}, {"assistant", false}, {EndHeader, true}, {"\n\n", false},
	}
	assert.Equal(t, want, got)
	assert.Equal(t, []string{EOTID, EndOfText}, tmpl.StopTexts())
}

func TestRaw(t *testing.T) {
	tmpl, err := ByName("raw")
	require.NoError(t, err)
	got, err := tmpl.Render([]Message{{System, " a "}, {User, "b\n"}}, true)
	require.NoError(t, err)
	assert.Equal(t, []Segment{{" a b\n", false}}, got, "verbatim, no specials, prompt ignored")
	got, err = tmpl.Render(nil, true)
	require.NoError(t, err)
	assert.Empty(t, got)
	assert.Nil(t, tmpl.StopTexts())
}

func TestUnknownRole(t *testing.T) {
	for _, name := range Names() {
		tmpl, err := ByName(name)
		require.NoError(t, err)
		_, err = tmpl.Render([]Message{{User, "x"}, {"tool", "y"}}, true)
		var me *MessageError
		require.True(t, errors.As(err, &me), "%s: %v", name, err)
		assert.Equal(t, 1, me.Index)
		assert.Equal(t, Role("tool"), me.Role)
		assert.ErrorIs(t, err, ErrUnknownRole)
		_, err = tmpl.Render([]Message{{"User", "case matters"}}, false)
		assert.ErrorIs(t, err, ErrUnknownRole)
	}
}

func TestByName(t *testing.T) {
	assert.Equal(t, []string{"bitnet", "llama3", "qwen3", "falcon3", "raw"}, Names())
	assert.Equal(t, DefaultName, Names()[0])
	for _, n := range Names() {
		tmpl, err := ByName(n)
		require.NoError(t, err)
		assert.Equal(t, n, tmpl.Name())
	}
	_, err := ByName("chatml")
	var ue *UnknownTemplateError
	require.True(t, errors.As(err, &ue))
	assert.Equal(t, "chatml", ue.Name, "plain ChatML is not Qwen3's format")
	for _, n := range Names() {
		assert.Contains(t, err.Error(), n)
	}
	_, err = ByName("")
	assert.Error(t, err)
}

// pythonSpace is CPython 3.11's [c for c in range(0x110000) if chr(c).isspace()].
var pythonSpace = []rune{0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
	0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
	0x2028, 0x2029, 0x202f, 0x205f, 0x3000}

func TestPyIsSpaceExhaustive(t *testing.T) {
	want := map[rune]bool{}
	for _, r := range pythonSpace {
		want[r] = true
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if pyIsSpace(r) != want[r] {
			t.Fatalf("pyIsSpace(%U) = %v, Python says %v", r, pyIsSpace(r), want[r])
		}
	}
}

func TestPyStrip(t *testing.T) {
	// Expected values checked with CPython 3.11 str.strip().
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"a", "a"},
		{" a b ", "a b"},
		{"\t\n\v\f\r x \r\n", "x"},
		{"\x1c\x1d\x1e\x1fx\x1f", "x"},               // separators: Python strips, unicode.IsSpace does not
		{"\u0085\u00a0x\u3000\u2028\u2029", "x"},     // NEL, NBSP, ideographic space, line/para separators
		{"\u1680\u2000\u200a\u202f\u205fx", "x"},     // other Zs
		{"\u200bx\u200b", "\u200bx\u200b"},           // zero-width space is not whitespace
		{"\ufeffx", "\ufeffx"},                       // BOM is not whitespace
		{"\u180ex", "\u180ex"},                       // Mongolian vowel separator: Cf since Unicode 6.3
		{"x\x00", "x\x00"},                           // NUL is not whitespace
		{" \xff \xfe ", "\xff \xfe"},                 // invalid UTF-8 stops the trimming
		{" 世界 ", "世界"},                               // non-ASCII content kept
		{"\u00a0\u00a0", ""},                         // all whitespace
		{"a\u3000\u3000b", "a\u3000\u3000b"},         // inner whitespace kept
		{"\n\n\n\ttext\n\nmore\n\n", "text\n\nmore"}, // inner newlines kept
		{"  \u2029\u2028\u205f\u3000 \u0085 ", ""},   // a mix
		{"\x1b x \x1b", "\x1b x \x1b"},               // ESC is not whitespace
		{"\u0020\u00a0\u0009hello\u000b\u000c", "hello"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, pyStrip(tc.in), "pyStrip(%q)", tc.in)
	}
}

// FuzzRender: any roles and contents either give an error (unknown role) or
// segments whose non-special texts, concatenated, are the headers plus the
// stripped contents, and whose special texts are all known special tokens.
func FuzzRender(f *testing.F) {
	f.Add("system", " sys ", "user", "hi\n", "assistant", "", true)
	f.Add("user", "<|eot_id|>", "tool", "x", "user", "\x1c", false)
	f.Add("assistant", "\u3000", "user", "\xff", "system", "a b", true)
	f.Fuzz(func(t *testing.T, r1, c1, r2, c2, r3, c3 string, prompt bool) {
		msgs := []Message{{Role(r1), c1}, {Role(r2), c2}, {Role(r3), c3}}
		validRoles := true
		for _, m := range msgs {
			if m.Role != System && m.Role != User && m.Role != Assistant {
				validRoles = false
			}
		}
		known := map[string]bool{BeginOfText: true, EndOfText: true, EOTID: true, StartHeader: true, EndHeader: true,
			IMStart: true, IMEnd: true, ThinkStart: true, ThinkEnd: true, QwenEndOfText: true}
		for _, name := range Names() {
			tmpl, err := ByName(name)
			if err != nil {
				t.Fatal(err)
			}
			segs, err := tmpl.Render(msgs, prompt)
			if !validRoles {
				if !errors.Is(err, ErrUnknownRole) {
					t.Fatalf("%s: want ErrUnknownRole, got %v", name, err)
				}
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var gotText strings.Builder
			for _, s := range segs {
				if s.Special {
					if !known[s.Text] {
						t.Fatalf("%s: unknown special %q", name, s.Text)
					}
					continue
				}
				if s.Text == "" {
					t.Fatalf("%s: empty text segment", name)
				}
				gotText.WriteString(s.Text)
			}
			if name == "qwen3" {
				checkQwen3(t, msgs, prompt, segs)
				continue
			}
			if name == "falcon3" {
				checkFalcon3(t, msgs, prompt, segs)
				continue
			}
			var want strings.Builder
			for _, m := range msgs {
				switch name {
				case "bitnet":
					want.WriteString(strings.ToUpper(string(m.Role[:1])) + string(m.Role[1:]) + ": " + pyStrip(m.Content))
				case "llama3":
					want.WriteString(string(m.Role) + "\n\n" + pyStrip(m.Content))
				case "raw":
					want.WriteString(m.Content)
				}
			}
			if prompt {
				switch name {
				case "bitnet":
					want.WriteString("Assistant: ")
				case "llama3":
					want.WriteString("assistant\n\n")
				}
			}
			if gotText.String() != want.String() {
				t.Fatalf("%s: texts %q, want %q", name, gotText.String(), want.String())
			}
			if name != "raw" && (len(segs) == 0 || segs[0] != (Segment{BeginOfText, true})) {
				t.Fatalf("%s: does not start with BOS", name)
			}
		}
	})
}

// checkFalcon3 compares the whole rendering with a direct reading of
// Falcon3's template (no tools) and checks that text segments alternate with
// the EOS token, never two in a row.
func checkFalcon3(t *testing.T, msgs []Message, prompt bool, segs []Segment) {
	var want, got strings.Builder
	for i, m := range msgs {
		last := i == len(msgs)-1
		want.WriteString("<|" + string(m.Role) + "|>\n" + m.Content)
		switch {
		case m.Role != Assistant:
			want.WriteString("\n")
		case last:
			want.WriteString(QwenEndOfText)
		default:
			want.WriteString(QwenEndOfText + "\n")
		}
		if last && prompt {
			want.WriteString("<|assistant|>\n")
		}
	}
	for i, s := range segs {
		if i > 0 && !s.Special && !segs[i-1].Special {
			t.Fatalf("falcon3: adjacent text segments %d and %d", i-1, i)
		}
		got.WriteString(s.Text)
	}
	if got.String() != want.String() {
		t.Fatalf("falcon3: %q, want %q", got.String(), want.String())
	}
}

// checkQwen3 compares the whole rendering (specials included) with a direct
// reading of Qwen3's template for contents without reasoning tags: the last
// message, when it is an assistant turn after the last user turn, gets an
// empty reasoning block.
func checkQwen3(t *testing.T, msgs []Message, prompt bool, segs []Segment) {
	for _, m := range msgs {
		if strings.Contains(m.Content, ThinkStart) || strings.Contains(m.Content, ThinkEnd) ||
			strings.Contains(m.Content, "<tool_response>") {
			return
		}
	}
	lastUser := -1
	for i, m := range msgs {
		if m.Role == User {
			lastUser = i
		}
	}
	var want, got strings.Builder
	for i, m := range msgs {
		want.WriteString(IMStart + string(m.Role) + "\n")
		if m.Role == Assistant && i == len(msgs)-1 && (lastUser >= 0 && i > lastUser) {
			want.WriteString(ThinkStart + "\n\n" + ThinkEnd + "\n\n" + strings.TrimLeft(m.Content, "\n"))
		} else {
			want.WriteString(m.Content)
		}
		want.WriteString(IMEnd + "\n")
	}
	if prompt {
		want.WriteString(IMStart + "assistant\n")
	}
	for _, s := range segs {
		got.WriteString(s.Text)
	}
	if got.String() != want.String() {
		t.Fatalf("qwen3: rendered %q, want %q", got.String(), want.String())
	}
}
