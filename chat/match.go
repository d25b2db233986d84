package chat

import "strings"

// MatchGGUF returns the name of the known template (ByName) that a model
// file's tokenizer.chat_template (a Jinja template, which this package does
// not execute) renders, recognised by the literal texts each format emits:
// the Llama-3 header tokens, Qwen3's <|im_start|>, <|im_end|> and <think>, or
// BitNet's "User: " and "Assistant: " prefixes, Falcon3's turn endings. It returns false for an empty or
// unrecognised template; callers then use DefaultName.
func MatchGGUF(jinja string) (string, bool) {
	switch {
	case strings.TrimSpace(jinja) == "":
		return "", false
	case strings.Contains(jinja, StartHeader) && strings.Contains(jinja, EndHeader):
		return "llama3", true
	case strings.Contains(jinja, IMStart) && strings.Contains(jinja, IMEnd) && strings.Contains(jinja, ThinkStart):
		return "qwen3", true
	case strings.Contains(jinja, "User: ") && strings.Contains(jinja, "Assistant: "):
		return "bitnet", true
	case strings.Contains(jinja, falcon3User) && strings.Contains(jinja, falcon3Reply):
		return "falcon3", true
	}
	return "", false
}

// Pieces of Falcon3's chat_template source (its "\n" escapes are two
// characters there): a user turn ends with a newline, an assistant turn with
// the EOS token. Zephyr-style templates, which share the role markers, end
// every turn with the EOS token and do not match.
const (
	falcon3User  = `'<|user|>\n' + message['content'] + '\n'`
	falcon3Reply = `'<|assistant|>\n' + message['content'] + eos_token`
)
