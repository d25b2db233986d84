package bitnet

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/bitnet-go/bitnet-go/chat"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/grammar"
	"github.com/bitnet-go/bitnet-go/hub"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// Model is a loaded BitNet model: weights on a device, tokenizer and chat
// template. It is immutable and safe for concurrent use by any number of
// goroutines; each generation runs on its own Session.
type Model struct {
	file     *gguf.File
	m        *model.Model
	tok      *tokenizer.Tokenizer
	eng      engine.Engine
	template chat.Template
	opts     options
	info     Info
	stops    []int32               // end-of-turn token ids (EOS, EOT)
	gvocab   func() *grammar.Vocab // the grammar matcher's vocabulary trie, built on the first constrained generation

	// life is held shared by every call into the engine and exclusively by
	// Close, so the engine and the file's memory are never freed under a
	// forward pass running on another goroutine.
	life     sync.RWMutex
	closed   bool              // guarded by life
	sessions map[*Session]bool // open sessions, guarded by smu
	smu      sync.Mutex
	close    func() error // Close's work, run once
	// closing is cancelled when Close starts: it cancels forward passes in flight.
	closing     context.Context
	stopClosing context.CancelFunc
	sched       *stepper // shared steps (sched.go); nil with WithBatching(false)
	// cutSensitive: the engine gives a token other results in a one-token
	// forward call than in a longer one (engine.ChunkInvariant false), and
	// prompts are cut into calls of more than one token. Prompts are then
	// cut only where they would be alone, and a reused prefix is chosen so
	// that the rest is cut the same way (Session.ReusablePrefix).
	cutSensitive bool
}

// ErrClosed is returned (wrapped) by every Model and Session method that
// needs the engine after Model.Close, including generations that were
// running on other goroutines when Close was called.
var ErrClosed = engine.ErrClosed

// Config is a model's hyperparameters.
type Config = model.Config

// EngineInfo describes the backend running a model.
type EngineInfo = engine.Info

// Info describes a loaded model.
type Info struct {
	Path         string
	Config       Config
	Engine       EngineInfo
	LoadMode     LoadMode
	FileSize     int64
	LoadDuration time.Duration
	ChatTemplate string
	ContextLen   int    // positions per session
	Fallback     string // why "auto" did not pick a GPU, if it did not
	Notes        []string
}

// Load opens a GGUF model file (or an hf://owner/repo/file.gguf reference,
// downloaded into the cache first), validates it and prepares it on a device.
func Load(ctx context.Context, path string, opts ...Option) (*Model, error) {
	start := time.Now()
	o := defaultOptions()
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	if hub.IsRef(path) {
		local, err := pull(ctx, path, o)
		if err != nil {
			return nil, err
		}
		path = local
	}
	gopts := []gguf.Option{gguf.WithLoadMode(o.loadMode), gguf.WithHugePages(o.hugePages), gguf.WithMlock(o.mlock)}
	if o.progress != nil {
		gopts = append(gopts, gguf.WithProgress(func(done, total int64) {
			o.progress(Progress{Stage: "read", Done: done, Total: total})
		}))
	}
	f, err := gguf.OpenContext(ctx, path, gopts...)
	if err != nil {
		return nil, fmt.Errorf("bitnet: %w", err)
	}
	m, err := newModel(ctx, f, path, o)
	if err != nil {
		f.Close()
		return nil, err
	}
	m.info.LoadDuration = time.Since(start)
	return m, nil
}

func newModel(ctx context.Context, f *gguf.File, path string, o options) (*Model, error) {
	mm, err := model.FromGGUF(f, model.Options{Activation: o.activation})
	if err != nil {
		return nil, fmt.Errorf("bitnet: %w", err)
	}
	vocab, err := tokenizer.VocabFromMetadata(f)
	if err != nil {
		return nil, fmt.Errorf("bitnet: tokenizer: %w", err)
	}
	var topts []tokenizer.Option
	if o.pre != tokenizer.PreAuto {
		topts = append(topts, tokenizer.WithPreTokenizer(o.pre))
	}
	tok, err := tokenizer.New(vocab, topts...)
	if err != nil {
		return nil, fmt.Errorf("bitnet: tokenizer: %w", err)
	}
	if tok.VocabSize() > mm.Config.VocabSize {
		return nil, fmt.Errorf("bitnet: tokenizer has %d tokens but the model's embedding has %d rows", tok.VocabSize(), mm.Config.VocabSize)
	}
	tmpl, err := chooseTemplate(f, mm.Config.Family, tok, o)
	if err != nil {
		return nil, err
	}
	// The engines hand back the file bytes they converted or copied at load;
	// in mmap mode those pages leave the resident set (the bytes stay valid).
	dropped := 0
	release := func(b []byte) {
		n, err := f.DropResident(b)
		if err != nil {
			o.logger.Warn("could not drop converted tensor data from memory", "err", err)
		}
		dropped += n
	}
	eng, fallback, err := newEngine(ctx, mm, o, release)
	if err != nil {
		return nil, err
	}
	ctxLen := o.ctxLen
	if ctxLen == 0 {
		ctxLen = mm.Config.ContextLength
	}
	m := &Model{file: f, m: mm, tok: tok, eng: eng, template: tmpl, opts: o,
		sessions: map[*Session]bool{}}
	m.closing, m.stopClosing = context.WithCancel(context.Background())
	m.close = sync.OnceValue(m.closeOnce)
	m.gvocab = sync.OnceValue(func() *grammar.Vocab { return grammar.VocabFromTokenizer(tok) })
	for _, id := range []int32{tok.EOS(), tok.EOT()} {
		if id >= 0 {
			m.stops = append(m.stops, id)
		}
	}
	for _, s := range tmpl.StopTexts() {
		if id, ok := tok.TokenID(s); ok && !containsID(m.stops, id) {
			m.stops = append(m.stops, id)
		}
	}
	m.info = Info{
		Path:         path,
		Config:       mm.Config,
		Engine:       eng.Info(),
		LoadMode:     f.LoadMode(),
		FileSize:     f.Size(),
		ChatTemplate: tmpl.Name(),
		ContextLen:   ctxLen,
		Fallback:     fallback,
	}
	if n, ok := eng.(interface{ Notes() []string }); ok {
		m.info.Notes = n.Notes()
	}
	m.fitEngine()
	if o.batching {
		m.sched = newStepper(eng, o.stepTokens, m.opts.ubatch, o.logger)
		// A Model dropped without Close still stops its scheduler goroutine.
		runtime.AddCleanup(m, func(s *stepper) { s.stop() }, m.sched)
	}
	if dropped > 0 {
		m.info.Notes = append(m.info.Notes, fmt.Sprintf("mmap: %.1f MiB of tensor data converted at load dropped from the resident set", float64(dropped)/(1<<20)))
	}
	return m, nil
}

// fitEngine sets what the model's options depend on in its engine: the
// batch size capped at the engine's (engine.MaxBatcher: a larger call
// would be split by the engine, where the scheduler and
// Session.ReusablePrefix do not see the cut), and whether the cuts matter
// (cutSensitive).
func (m *Model) fitEngine() {
	if mb, ok := m.eng.(engine.MaxBatcher); ok && mb.MaxBatch() > 0 && m.opts.ubatch > mb.MaxBatch() {
		m.opts.ubatch = mb.MaxBatch()
	}
	ci, ok := m.eng.(engine.ChunkInvariant)
	m.cutSensitive = (!ok || !ci.ChunkInvariant()) && m.opts.ubatch > 1
}

func containsID(ids []int32, id int32) bool {
	for _, v := range ids {
		if v == id {
			return true
		}
	}
	return false
}

func pull(ctx context.Context, ref string, o options) (string, error) {
	r, err := hub.ParseRef(ref)
	if err != nil {
		return "", fmt.Errorf("bitnet: %w", err)
	}
	hopts := []hub.Option{hub.WithOffline(o.hubOffline)}
	if o.hubCacheDir != "" {
		hopts = append(hopts, hub.WithCacheDir(o.hubCacheDir))
	}
	if o.hubEndpoint != "" {
		hopts = append(hopts, hub.WithEndpoint(o.hubEndpoint))
	}
	if o.hubVerify {
		hopts = append(hopts, hub.WithVerify(hub.VerifyFull))
	}
	if o.progress != nil {
		hopts = append(hopts, hub.WithProgress(func(done, total int64) {
			o.progress(Progress{Stage: "download", Done: done, Total: total})
		}))
	}
	path, err := hub.NewClient(hopts...).Pull(ctx, r)
	if err != nil {
		return "", fmt.Errorf("bitnet: %w", err)
	}
	return path, nil
}

// Close releases the device and unmaps the file. It may be called while
// other goroutines generate: their forward passes are cancelled, Close waits
// for them to return, and they (and every later use of the model or its
// sessions) fail with ErrClosed. Sessions still open are closed with the
// model. Close is idempotent; later calls return the first call's result.
func (m *Model) Close() error { return m.close() }

func (m *Model) closeOnce() error {
	m.stopClosing()
	m.life.Lock()
	defer m.life.Unlock()
	m.closed = true
	// Every caller has returned, so the scheduler is idle: stop it first.
	if m.sched != nil {
		m.sched.stop()
	}
	var errs []error
	m.smu.Lock()
	for s := range m.sessions {
		errs = append(errs, s.state.Close())
	}
	m.sessions = nil
	m.smu.Unlock()
	errs = append(errs, m.eng.Close(), m.file.Close())
	return errors.Join(errs...)
}

// acquire holds the engine open for one call into it; it fails with
// ErrClosed once Close has started. Every acquire is paired with release,
// and acquire is never nested (a waiting Close would deadlock it).
func (m *Model) acquire() error {
	if m.closing.Err() != nil {
		return fmt.Errorf("bitnet: %w", ErrClosed)
	}
	m.life.RLock()
	if m.closed {
		m.life.RUnlock()
		return fmt.Errorf("bitnet: %w", ErrClosed)
	}
	return nil
}

func (m *Model) release() { m.life.RUnlock() }

// Info describes the model and where it runs.
func (m *Model) Info() Info {
	i := m.info
	i.Notes = append([]string(nil), i.Notes...)
	return i
}

// Tokenizer returns the model's tokenizer (safe for concurrent use).
func (m *Model) Tokenizer() *tokenizer.Tokenizer { return m.tok }

// Tokenize encodes text, adding the BOS token when the model asks for it.
// Special-token texts such as "<|eot_id|>" are tokenized as plain text.
func (m *Model) Tokenize(text string) []int32 {
	return m.tok.Encode(text, tokenizer.EncodeOptions{AddBOS: m.tok.AddBOS()})
}

// Detokenize decodes token ids to text (control tokens decode to "").
func (m *Model) Detokenize(ids []int32) string { return m.tok.Decode(ids) }

// ChatTemplate returns the template Chat uses.
func (m *Model) ChatTemplate() chat.Template { return m.template }

// EndOfTurn lists the token ids that end generation (EOS, <|eot_id|>).
func (m *Model) EndOfTurn() []int32 { return append([]int32(nil), m.stops...) }

// RenderChat turns a conversation into prompt tokens with the model's chat
// template, ending with the assistant's prompt.
func (m *Model) RenderChat(msgs []Message) ([]int32, error) {
	return renderChat(m.tok, m.template, msgs)
}

// chooseTemplate returns the chat template: the one WithChatTemplate names;
// else the one the file's tokenizer.chat_template matches (chat.MatchGGUF);
// else the family's. A template chosen by default whose special tokens the
// vocabulary lacks gives way to "raw" (with a warning), so that Chat works on
// any file; a named one is the caller's choice and is kept.
func chooseTemplate(f *gguf.File, fam model.Family, tok *tokenizer.Tokenizer, o options) (chat.Template, error) {
	if o.template != "" {
		tmpl, err := chat.ByName(o.template)
		if err != nil {
			return nil, fmt.Errorf("bitnet: %w", err)
		}
		return tmpl, nil
	}
	name, source := fam.ChatTemplate, "the "+fam.Arch+" family's default"
	if jinja, err := f.String("tokenizer.chat_template"); err == nil {
		if n, ok := chat.MatchGGUF(jinja); ok {
			name, source = n, "the file's tokenizer.chat_template"
		}
	}
	if name == "" {
		name, source = chat.DefaultName, "the package default"
	}
	tmpl, err := chat.ByName(name)
	if err != nil {
		return nil, fmt.Errorf("bitnet: %w", err)
	}
	if _, err := renderChat(tok, tmpl, []Message{{Role: chat.User, Content: "x"}}); err != nil {
		o.logger.Warn("chat template does not fit the vocabulary; using raw", "template", name, "from", source, "err", err)
		return chat.ByName("raw")
	}
	return tmpl, nil
}

func renderChat(tok *tokenizer.Tokenizer, tmpl chat.Template, msgs []Message) ([]int32, error) {
	segs, err := tmpl.Render(msgs, true)
	if err != nil {
		return nil, fmt.Errorf("bitnet: %w", err)
	}
	var ids []int32
	for _, s := range segs {
		if s.Special {
			id, ok := tok.TokenID(s.Text)
			if !ok {
				return nil, fmt.Errorf("bitnet: chat template %s needs token %q, which the vocabulary lacks", tmpl.Name(), s.Text)
			}
			ids = append(ids, id)
			continue
		}
		ids = append(ids, tok.Encode(s.Text, tokenizer.EncodeOptions{})...)
	}
	return ids, nil
}

// Message is one turn of a conversation.
type Message = chat.Message

// Chat roles.
const (
	RoleSystem    = chat.System
	RoleUser      = chat.User
	RoleAssistant = chat.Assistant
)
