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

// qwen3Template is the chat format of the Qwen3 family (ChatML with
// reasoning blocks), as the chat_template of Qwen3's tokenizer_config.json
// renders conversations without tools:
//
//	<|im_start|>{role}\n{content}<|im_end|>\n...<|im_start|>assistant\n
//
// Contents are not stripped and there is no BOS. An assistant turn's
// "<think>...</think>" reasoning is dropped, except for assistant turns after
// the last user turn that are last or carry reasoning: those keep it as
// "<think>\n{reasoning}\n</think>\n\n{reply}" (an empty block when there is
// none), as the template does. Segments split at the added tokens, as the
// Hugging Face tokenizer does with the rendered string.
type qwen3Template struct{}

func (qwen3Template) Name() string { return "qwen3" }

func (qwen3Template) StopTexts() []string { return []string{IMEnd, QwenEndOfText} }

func (qwen3Template) Render(msgs []Message, addAssistantPrompt bool) ([]Segment, error) {
	if err := checkRoles(msgs); err != nil {
		return nil, err
	}
	lastQuery := len(msgs) - 1
	for i := len(msgs) - 1; i >= 0; i-- {
		c := msgs[i].Content
		if msgs[i].Role == User && !(strings.HasPrefix(c, "<tool_response>") && strings.HasSuffix(c, "</tool_response>")) {
			lastQuery = i
			break
		}
	}
	var segs []Segment
	add := func(s Segment) {
		if s.Text != "" {
			segs = append(segs, s)
		}
	}
	for i, m := range msgs {
		add(special(IMStart))
		if m.Role != Assistant {
			add(text(string(m.Role) + "\n" + m.Content))
		} else {
			content, reasoning := m.Content, ""
			if k := strings.LastIndex(content, ThinkEnd); k >= 0 {
				before := strings.TrimRight(content[:strings.Index(content, ThinkEnd)], "\n")
				if b := strings.LastIndex(before, ThinkStart); b >= 0 {
					before = before[b+len(ThinkStart):]
				}
				reasoning = strings.TrimLeft(before, "\n")
				content = strings.TrimLeft(content[k+len(ThinkEnd):], "\n")
			}
			if i > lastQuery && (i == len(msgs)-1 || reasoning != "") {
				add(text("assistant\n"))
				add(special(ThinkStart))
				add(text("\n" + strings.Trim(reasoning, "\n") + "\n"))
				add(special(ThinkEnd))
				add(text("\n\n" + strings.TrimLeft(content, "\n")))
			} else {
				add(text("assistant\n" + content))
			}
		}
		add(special(IMEnd))
		add(text("\n"))
	}
	if addAssistantPrompt {
		add(special(IMStart))
		add(text("assistant\n"))
	}
	if segs == nil {
		segs = []Segment{}
	}
	return segs, nil
}

// falcon3Template is the chat_template of tiiuae's Falcon3 instruct models
// without tools:
//
//	<|system|>\n{system}\n<|user|>\n{user}\n<|assistant|>\n{reply}<|endoftext|>\n...<|assistant|>\n
//
// Contents are not stripped; an assistant turn ends with the EOS token,
// followed by "\n" unless it is the last message. The template adds the
// assistant prompt only after a last message (none for an empty
// conversation) and no BOS. The role markers are text here: only the EOS
// token is an added token this package knows the Falcon3 vocabulary to
// have; a marker that is a user-defined added token is still matched by the
// tokenizer, one that is a control token would not be (see docs/MODELS.md).
type falcon3Template struct{}

func (falcon3Template) Name() string { return "falcon3" }

func (falcon3Template) StopTexts() []string { return []string{QwenEndOfText} }

func (falcon3Template) Render(msgs []Message, addAssistantPrompt bool) ([]Segment, error) {
	if err := checkRoles(msgs); err != nil {
		return nil, err
	}
	segs := []Segment{}
	// Text between two special tokens is one segment, as Hugging Face
	// tokenizes the rendered string: pending collects it.
	var pending strings.Builder
	flush := func() {
		if pending.Len() > 0 {
			segs = append(segs, text(pending.String()))
			pending.Reset()
		}
	}
	for i, m := range msgs {
		last := i == len(msgs)-1
		pending.WriteString("<|" + string(m.Role) + "|>\n" + m.Content)
		if m.Role == Assistant {
			flush()
			segs = append(segs, special(QwenEndOfText))
			if !last {
				pending.WriteString("\n")
			}
		} else {
			pending.WriteString("\n")
		}
		if last && addAssistantPrompt {
			pending.WriteString("<|assistant|>\n")
		}
	}
	flush()
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
