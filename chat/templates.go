package chat

import "strings"

// bitnetTemplate is the format BitNet b1.58 2B4T was trained with
// (Microsoft's gpu/tokenizer.py ChatFormat):
//
//	<|begin_of_text|>System: {system}<|eot_id|>User: {user}<|eot_id|>Assistant: {reply}<|eot_id|>...
//
// and, to prompt a reply, a final "Assistant: ".
// Each header ("System: ", "User: ", "Assistant: ") is its own segment and
// the content, stripped as Python's str.strip() does, is another; an empty
// stripped content adds no segment (Python's encode("") is empty). The
// format places no constraint on the order of roles.
type bitnetTemplate struct{}

func (bitnetTemplate) Name() string { return "bitnet" }

func (bitnetTemplate) StopTexts() []string { return []string{EOTID, EndOfText} }

func (bitnetTemplate) Render(msgs []Message, addAssistantPrompt bool) ([]Segment, error) {
	if err := checkRoles(msgs); err != nil {
		return nil, err
	}
	segs := make([]Segment, 0, 1+3*len(msgs)+1)
	segs = append(segs, special(BeginOfText))
	for _, m := range msgs {
		segs = append(segs, text(bitnetHeader(m.Role)))
		if c := pyStrip(m.Content); c != "" {
			segs = append(segs, text(c))
		}
		segs = append(segs, special(EOTID))
	}
	if addAssistantPrompt {
		segs = append(segs, text(bitnetHeader(Assistant)))
	}
	return segs, nil
}

// bitnetHeader returns "System: " etc. for a role checkRoles accepted.
func bitnetHeader(r Role) string {
	switch r {
	case System:
		return "System: "
	case User:
		return "User: "
	}
	return "Assistant: "
}

// llama3Template is the standard Llama-3 instruct format, matching the
// chat_template of the LLaMA-3 tokenizer_config.json:
//
//	<|begin_of_text|><|start_header_id|>{role}<|end_header_id|>\n\n{content | trim}<|eot_id|>...
//	<|start_header_id|>assistant<|end_header_id|>\n\n
//
// Segments follow what Hugging Face's tokenizer does with the rendered
// string: it splits at special tokens and tokenizes the text between two of
// them as one piece, so "\n\n" and the stripped content form one segment.
// Two deliberate differences from that template: it appends the assistant
// header always, here only with addAssistantPrompt; and with no messages it
// omits BOS, here BOS is always first.
type llama3Template struct{}

func (llama3Template) Name() string { return "llama3" }

func (llama3Template) StopTexts() []string { return []string{EOTID, EndOfText} }

func (llama3Template) Render(msgs []Message, addAssistantPrompt bool) ([]Segment, error) {
	if err := checkRoles(msgs); err != nil {
		return nil, err
	}
	segs := make([]Segment, 0, 1+5*len(msgs)+4)
	segs = append(segs, special(BeginOfText))
	header := func(r Role) {
		segs = append(segs, special(StartHeader), text(string(r)), special(EndHeader))
	}
	for _, m := range msgs {
		header(m.Role)
		segs = append(segs, text("\n\n"+pyStrip(m.Content)), special(EOTID))
	}
	if addAssistantPrompt {
		header(Assistant)
		segs = append(segs, text("\n\n"))
	}
	return segs, nil
}

// rawTemplate concatenates the contents verbatim (not stripped) into one
// text segment, for plain completion with no chat formatting. It emits no
// special tokens, not even BOS: the caller decides whether to add it.
// addAssistantPrompt has no effect.
type rawTemplate struct{}

func (rawTemplate) Name() string { return "raw" }

func (rawTemplate) StopTexts() []string { return nil }

func (rawTemplate) Render(msgs []Message, _ bool) ([]Segment, error) {
	if err := checkRoles(msgs); err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Content)
	}
	if b.Len() == 0 {
		return []Segment{}, nil
	}
	return []Segment{text(b.String())}, nil
}
