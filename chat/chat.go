// Package chat renders chat conversations into the token stream layout a
// model was trained with.
//
// A Template renders to a list of Segments rather than one string, because
// the way a prompt is cut into pieces before tokenization changes the tokens:
// Microsoft's BitNet ChatFormat encodes "User: " on its own and then the
// stripped content on its own, and special tokens must become their ids
// rather than be tokenized as text. Callers tokenize each non-special
// Segment separately, without special-token parsing, and map each special
// Segment to its id.
//
// The "bitnet" and "llama3" templates begin with <|begin_of_text|>: BOS is
// part of the rendered prompt, so callers must encode with AddBOS=false (or
// the equivalent) to avoid a doubled BOS. The "qwen3" and "falcon3"
// templates have no BOS, as the models' own chat_templates. The "raw"
// template emits no special tokens; adding BOS is then the caller's choice.
//
// Message contents are never parsed for special tokens: a user who types
// "<|eot_id|>" gets that text tokenized as text, not an end-of-turn token.
// (Hugging Face's apply_chat_template followed by tokenization would parse
// it; the difference is deliberate, to prevent prompt injection.)
package chat

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Role is the author of a Message.
type Role string

// The roles the templates know.
const (
	System    Role = "system"
	User      Role = "user"
	Assistant Role = "assistant"
)

// Message is one turn of a conversation.
type Message struct {
	Role    Role
	Content string
}

// Segment is one piece of a rendered prompt. If Special is true, Text is the
// exact text of a special token (such as "<|eot_id|>") that the caller maps
// to its id. Otherwise Text is ordinary text to be tokenized on its own,
// without special-token parsing.
type Segment struct {
	Text    string
	Special bool
}

// Template renders conversations for one chat format.
type Template interface {
	// Name is the name ByName knows the template by.
	Name() string
	// Render lays out msgs as segments. With addAssistantPrompt it ends with
	// the header of an assistant turn, for the model to complete. It returns
	// a *MessageError for a message the format cannot express.
	Render(msgs []Message, addAssistantPrompt bool) ([]Segment, error)
	// StopTexts are the special token texts that end an assistant turn;
	// generation should stop on any of their ids. Nil if the format has no
	// turns.
	StopTexts() []string
}

// Special token texts of the LLaMA-3 tokenizer that BitNet b1.58 uses.
const (
	BeginOfText = "<|begin_of_text|>"
	EndOfText   = "<|end_of_text|>"
	EOTID       = "<|eot_id|>"
	StartHeader = "<|start_header_id|>"
	EndHeader   = "<|end_header_id|>"
)

// Added token texts of the Qwen3 vocabulary used by its chat format.
const (
	IMStart       = "<|im_start|>"
	IMEnd         = "<|im_end|>"
	QwenEndOfText = "<|endoftext|>" // also Falcon3's EOS
	ThinkStart    = "<think>"
	ThinkEnd      = "</think>"
)

// ErrUnknownRole is wrapped by a *MessageError for a role the template
// does not support.
var ErrUnknownRole = errors.New("unknown role")

// MessageError reports which message a template could not render and why.
type MessageError struct {
	Index int   // position of the message in the conversation
	Role  Role  // its role
	Err   error // the reason, e.g. ErrUnknownRole
}

// Error implements error.
func (e *MessageError) Error() string {
	return fmt.Sprintf("chat: message %d (role %q): %v", e.Index, e.Role, e.Err)
}

// Unwrap returns the reason.
func (e *MessageError) Unwrap() error { return e.Err }

// UnknownTemplateError is returned by ByName for a name it does not know.
type UnknownTemplateError struct {
	Name string
}

// Error implements error; it lists the valid names.
func (e *UnknownTemplateError) Error() string {
	return fmt.Sprintf("chat: unknown template %q (valid: %s)", e.Name, strings.Join(Names(), ", "))
}

// DefaultName is the template for the bitnet-b1.58 architecture.
const DefaultName = "bitnet"

// registry is immutable: the templates are stateless values.
var registry = []Template{bitnetTemplate{}, llama3Template{}, qwen3Template{}, falcon3Template{}, rawTemplate{}}

// ByName returns the template called name: "bitnet" (the default for
// architecture bitnet-b1.58), "llama3", "qwen3", "falcon3" or "raw". For another name it
// returns an *UnknownTemplateError listing the valid ones.
func ByName(name string) (Template, error) {
	for _, t := range registry {
		if t.Name() == name {
			return t, nil
		}
	}
	return nil, &UnknownTemplateError{Name: name}
}

// Names returns the names ByName accepts, default first.
func Names() []string {
	names := make([]string, len(registry))
	for i, t := range registry {
		names[i] = t.Name()
	}
	return names
}

// checkRoles returns a *MessageError for the first message whose role is not
// system, user or assistant.
func checkRoles(msgs []Message) error {
	for i, m := range msgs {
		if !slices.Contains([]Role{System, User, Assistant}, m.Role) {
			return &MessageError{Index: i, Role: m.Role, Err: ErrUnknownRole}
		}
	}
	return nil
}

func special(text string) Segment { return Segment{Text: text, Special: true} }
func text(s string) Segment       { return Segment{Text: s} }
