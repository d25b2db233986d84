package chat

import (
	"encoding/json"
	"os"
	"testing"
)

func TestMatchGGUF(t *testing.T) {
	b, err := os.ReadFile("testdata/qwen3_tokenizer_config.json")
	if err != nil {
		t.Fatal(err)
	}
	var qwen3 struct {
		ChatTemplate string `json:"chat_template"`
	}
	if err := json.Unmarshal(b, &qwen3); err != nil || qwen3.ChatTemplate == "" {
		t.Fatalf("qwen3 chat_template: %v", err)
	}
	// The chat_template of Meta's LLaMA-3 tokenizer_config.json.
	const llama3 = "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}"
	for _, tc := range []struct {
		jinja, want string
		ok          bool
	}{
		{llama3, "llama3", true},
		{qwen3.ChatTemplate, "qwen3", true},
		// The shape of BitNet b1.58 2B-4T's template (role prefixes, <|eot_id|> after each turn).
		{"{% for message in messages %}{% if message['role'] == 'user' %}{{ 'User: ' + message['content'] + '<|eot_id|>' }}" +
			"{% elif message['role'] == 'assistant' %}{{ 'Assistant: ' + message['content'] + '<|eot_id|>' }}{% endif %}{% endfor %}" +
			"{% if add_generation_prompt %}{{ 'Assistant: ' }}{% endif %}", "bitnet", true},
		// The non-tool branch of Falcon3's template, as its tokenizer_config.json holds it.
		{"{%- for message in messages %}\n{%- if message['role'] == 'user' %}\n{{- '<|user|>\\n' + message['content'] + '\\n' }}\n" +
			"{%- elif message['role'] == 'assistant' %}\n{{- '<|assistant|>\\n' + message['content'] + eos_token }}\n{%- endif %}\n{%- endfor %}", "falcon3", true},
		// Zephyr's: the same role markers, but every turn ends with the EOS token.
		{"{% for message in messages %}{% if message['role'] == 'user' %}{{ '<|user|>\\n' + message['content'] + eos_token }}" +
			"{% elif message['role'] == 'assistant' %}{{ '<|assistant|>\\n' + message['content'] + eos_token }}{% endif %}{% endfor %}", "", false},
		{"", "", false},
		{"{{ messages[0]['content'] }}<|im_start|>", "", false},
	} {
		got, ok := MatchGGUF(tc.jinja)
		if got != tc.want || ok != tc.ok {
			t.Errorf("MatchGGUF(%.40q...) = %q, %v; want %q, %v", tc.jinja, got, ok, tc.want, tc.ok)
		}
		if ok {
			if _, err := ByName(got); err != nil {
				t.Error(err)
			}
		}
	}
}
