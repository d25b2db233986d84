// Streaming chat: a multi-turn conversation on stdin/stdout, tokens printed as
// they are generated, the KV cache reused between turns. When the context
// cannot hold the next turn and its reply, the oldest turns are dropped.
//
//	go run ./examples/streaming-chat -m ggml-model-i2_s.gguf
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

func main() {
	model := flag.String("m", "", "GGUF model file or hf://owner/repo/file.gguf")
	system := flag.String("system", "You are a helpful assistant.", "system message")
	flag.Parse()
	if *model == "" {
		log.Fatal("pass -m MODEL")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	m, err := bitnet.Load(ctx, *model)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()
	c, err := newConversation(m, *system, bitnet.GenerateOptions{MaxTokens: 512, Sampling: bitnet.DefaultSampling()})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()

	in := bufio.NewScanner(os.Stdin)
	for fmt.Print("> "); in.Scan(); fmt.Print("> ") {
		_, err := c.Reply(ctx, in.Text(), func(t bitnet.Token) error {
			fmt.Print(t.Text)
			return nil
		})
		fmt.Println()
		if err != nil {
			log.Fatal(err)
		}
	}
}

// conversation is a chat held in one Session. Each turn feeds only the new
// user message (the session already holds everything before it, the
// replies as generated); when the context cannot hold the next turn and a
// full reply, the oldest turns are dropped and the rest is fed again.
type conversation struct {
	m      *bitnet.Model
	sess   *bitnet.Session
	system bitnet.Message
	turns  []bitnet.Message // user and assistant messages since the oldest kept turn
	opts   bitnet.GenerateOptions
	owed   []int32 // end-of-turn token the session still lacks (a reply cut by MaxTokens)
	// Dropped counts the turns (a user message and its reply) dropped so far.
	Dropped int
}

func newConversation(m *bitnet.Model, system string, opts bitnet.GenerateOptions) (*conversation, error) {
	if opts.MaxTokens <= 0 {
		return nil, fmt.Errorf("a conversation needs a positive MaxTokens to keep room for replies")
	}
	sess, err := m.NewSession()
	if err != nil {
		return nil, err
	}
	return &conversation{m: m, sess: sess, system: bitnet.Message{Role: bitnet.RoleSystem, Content: system}, opts: opts}, nil
}

// Close frees the session.
func (c *conversation) Close() error { return c.sess.Close() }

// Reply adds a user message and generates the assistant's reply, calling fn
// with each token.
func (c *conversation) Reply(ctx context.Context, text string, fn func(bitnet.Token) error) (bitnet.Result, error) {
	user := bitnet.Message{Role: bitnet.RoleUser, Content: text}
	feed, err := c.continuation(user)
	if err != nil {
		return bitnet.Result{}, err
	}
	// Keep room for a full reply, but at most half the context (a reply
	// that reaches the end of the context stops there).
	room := min(c.opts.MaxTokens, c.sess.Cap()/2)
	if c.sess.Len() == 0 || c.sess.Len()+len(feed)+room > c.sess.Cap() {
		// Start over from the conversation's text, without its oldest turns.
		if feed, err = c.refit(user, room); err != nil {
			return bitnet.Result{}, err
		}
		c.sess.Reset()
		c.owed = nil
	}
	res, err := c.sess.Generate(ctx, feed, c.opts, fn)
	if err != nil {
		return res, err
	}
	c.turns = append(c.turns, user, bitnet.Message{Role: bitnet.RoleAssistant, Content: res.Text})
	c.owed = nil
	if res.FinishReason != bitnet.FinishStop || res.StopToken < 0 {
		// The template ends every reply with an end-of-turn token; a reply
		// cut short lacks it, so the next turn feeds it first.
		if eot := c.m.EndOfTurn(); len(eot) > 0 {
			c.owed = eot[len(eot)-1:]
		}
	}
	return res, nil
}

// continuation renders msg as it follows a finished reply: the chat template
// renders every message on its own after the begin-of-text token, so msg's
// tokens without that first token continue the session.
func (c *conversation) continuation(msg bitnet.Message) ([]int32, error) {
	ids, err := c.m.RenderChat([]bitnet.Message{msg})
	if err != nil {
		return nil, err
	}
	if bos := c.m.Tokenizer().BOS(); len(ids) > 0 && ids[0] == bos {
		ids = ids[1:]
	}
	return append(append([]int32(nil), c.owed...), ids...), nil
}

// refit renders the system message, the kept turns and user, dropping the
// oldest turns until that and room tokens of reply fit the context.
func (c *conversation) refit(user bitnet.Message, room int) ([]int32, error) {
	for {
		msgs := append(append([]bitnet.Message{c.system}, c.turns...), user)
		ids, err := c.m.RenderChat(msgs)
		if err != nil {
			return nil, err
		}
		if len(ids)+room <= c.sess.Cap() {
			return ids, nil
		}
		if len(c.turns) == 0 {
			return nil, fmt.Errorf("the message (%d tokens with the system message) and a reply of %d tokens do not fit the context of %d tokens",
				len(ids), room, c.sess.Cap())
		}
		c.turns = c.turns[2:]
		c.Dropped++
	}
}
