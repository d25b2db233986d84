package tokenizer

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"
)

// A SentencePiece model file (tokenizer.model, as LLaMA-2 and 1bitLLM's
// bitnet_b1_58 checkpoints ship it) is one protobuf message,
// sentencepiece.ModelProto. The reader below decodes the wire format by hand
// and keeps only what a "llama" vocabulary needs:
//
//	ModelProto      1 pieces (repeated SentencePiece), 2 trainer_spec, 3 normalizer_spec
//	SentencePiece   1 piece (string), 2 score (float), 3 type (enum; 1 normal, 2 unknown, 3 control,
//	                4 user-defined, 5 unused, 6 byte: GGUF's token types use the same numbers)
//	TrainerSpec     3 model_type (1 unigram, 2 bpe, 3 word, 4 char), 35 byte_fallback,
//	                40 unk_id, 41 bos_id, 42 eos_id, 43 pad_id (defaults 0, 1, 2, -1)
//	NormalizerSpec  3 add_dummy_prefix (default true)
//
// (field numbers from sentencepiece's sentencepiece_model.proto). Every other
// field is skipped by its wire type.

// maxSPMPieces bounds the pieces a model file may have.
const maxSPMPieces = 1 << 22

// errProto is a malformed protobuf.
var errProto = errors.New("malformed protobuf")

// protoReader walks one protobuf message.
type protoReader struct {
	b   []byte
	off int
}

func (r *protoReader) done() bool { return r.off >= len(r.b) }

func (r *protoReader) varint() (uint64, error) {
	v, n := binary.Uvarint(r.b[r.off:])
	if n <= 0 {
		return 0, fmt.Errorf("%w: bad varint at byte %d", errProto, r.off)
	}
	r.off += n
	return v, nil
}

// field reads a tag: the field number and wire type.
func (r *protoReader) field() (num int, wire int, err error) {
	t, err := r.varint()
	if err != nil {
		return 0, 0, err
	}
	if t>>3 == 0 || t>>3 > 1<<29 {
		return 0, 0, fmt.Errorf("%w: field number %d", errProto, t>>3)
	}
	return int(t >> 3), int(t & 7), nil
}

// bytes reads a length-delimited value (wire type 2).
func (r *protoReader) bytes() ([]byte, error) {
	n, err := r.varint()
	if err != nil {
		return nil, err
	}
	if n > uint64(len(r.b)-r.off) {
		return nil, fmt.Errorf("%w: length %d past the end", errProto, n)
	}
	b := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	return b, nil
}

func (r *protoReader) fixed32() (uint32, error) {
	if len(r.b)-r.off < 4 {
		return 0, fmt.Errorf("%w: truncated fixed32", errProto)
	}
	v := binary.LittleEndian.Uint32(r.b[r.off:])
	r.off += 4
	return v, nil
}

// skip passes over a value of the wire type.
func (r *protoReader) skip(wire int) error {
	switch wire {
	case 0:
		_, err := r.varint()
		return err
	case 1:
		if len(r.b)-r.off < 8 {
			return fmt.Errorf("%w: truncated fixed64", errProto)
		}
		r.off += 8
		return nil
	case 2:
		_, err := r.bytes()
		return err
	case 5:
		_, err := r.fixed32()
		return err
	}
	return fmt.Errorf("%w: wire type %d", errProto, wire)
}

// want checks a field's wire type.
func want(num, wire, expect int) error {
	if wire != expect {
		return fmt.Errorf("%w: field %d has wire type %d, want %d", errProto, num, wire, expect)
	}
	return nil
}

// VocabFromSentencePiece reads a SentencePiece model file (tokenizer.model)
// into a "llama" vocabulary as llama.cpp's converter does: the pieces, their
// scores and types in file order, BOS/EOS/UNK/PAD from the trainer spec, and
// AddSpacePrefix from the normalizer's add_dummy_prefix. Only BPE models
// (LLaMA-2's kind) are accepted; others are ErrUnsupported. AddBOS is true,
// llama.cpp's default for such vocabularies.
func VocabFromSentencePiece(data []byte) (Vocab, error) {
	v := Vocab{Model: ModelLlama, BOS: 1, EOS: 2, UNK: 0, PAD: -1, EOT: -1, AddBOS: true, AddSpacePrefix: true}
	modelType := uint64(1) // the proto default: unigram
	r := protoReader{b: data}
	for !r.done() {
		num, wire, err := r.field()
		if err != nil {
			return Vocab{}, fmt.Errorf("tokenizer.model: %w", err)
		}
		switch num {
		case 1, 2, 3:
			if err := want(num, wire, 2); err != nil {
				return Vocab{}, fmt.Errorf("tokenizer.model: %w", err)
			}
			msg, err := r.bytes()
			if err != nil {
				return Vocab{}, fmt.Errorf("tokenizer.model: %w", err)
			}
			switch num {
			case 1:
				if len(v.Tokens) >= maxSPMPieces {
					return Vocab{}, fmt.Errorf("tokenizer.model: %w: more than %d pieces", ErrInvalidVocab, maxSPMPieces)
				}
				err = v.readPiece(msg)
			case 2:
				modelType, err = v.readTrainerSpec(msg, modelType)
			case 3:
				err = v.readNormalizerSpec(msg)
			}
			if err != nil {
				return Vocab{}, fmt.Errorf("tokenizer.model: %w", err)
			}
		default:
			if err := r.skip(wire); err != nil {
				return Vocab{}, fmt.Errorf("tokenizer.model: %w", err)
			}
		}
	}
	if modelType != 2 {
		return Vocab{}, fmt.Errorf("tokenizer.model: %w: SentencePiece model type %d (only BPE, 2, is implemented)", ErrUnsupported, modelType)
	}
	if len(v.Tokens) == 0 {
		return Vocab{}, fmt.Errorf("tokenizer.model: %w: no pieces", ErrInvalidVocab)
	}
	n := int32(len(v.Tokens))
	for _, id := range []*int32{&v.BOS, &v.EOS, &v.UNK, &v.PAD} {
		if *id < 0 || *id >= n {
			*id = -1 // SentencePiece's -1 (disabled), or an id past the pieces
		}
	}
	return v, nil
}

func (v *Vocab) readPiece(msg []byte) error {
	r := protoReader{b: msg}
	piece, score, typ := "", float32(0), int32(TypeNormal)
	for !r.done() {
		num, wire, err := r.field()
		if err != nil {
			return err
		}
		switch num {
		case 1:
			if err := want(num, wire, 2); err != nil {
				return err
			}
			b, err := r.bytes()
			if err != nil {
				return err
			}
			if !utf8.Valid(b) {
				return fmt.Errorf("%w: piece %d is not UTF-8", ErrInvalidVocab, len(v.Tokens))
			}
			piece = string(b)
		case 2:
			if err := want(num, wire, 5); err != nil {
				return err
			}
			u, err := r.fixed32()
			if err != nil {
				return err
			}
			score = math.Float32frombits(u)
		case 3:
			if err := want(num, wire, 0); err != nil {
				return err
			}
			t, err := r.varint()
			if err != nil {
				return err
			}
			if t < 1 || t > 6 {
				return fmt.Errorf("%w: piece %d has type %d", ErrInvalidVocab, len(v.Tokens), t)
			}
			typ = int32(t)
		default:
			if err := r.skip(wire); err != nil {
				return err
			}
		}
	}
	v.Tokens = append(v.Tokens, piece)
	v.Scores = append(v.Scores, score)
	v.Types = append(v.Types, typ)
	return nil
}

func (v *Vocab) readTrainerSpec(msg []byte, modelType uint64) (uint64, error) {
	r := protoReader{b: msg}
	for !r.done() {
		num, wire, err := r.field()
		if err != nil {
			return 0, err
		}
		var dst *int32
		switch num {
		case 3:
			if err := want(num, wire, 0); err != nil {
				return 0, err
			}
			if modelType, err = r.varint(); err != nil {
				return 0, err
			}
			continue
		case 40:
			dst = &v.UNK
		case 41:
			dst = &v.BOS
		case 42:
			dst = &v.EOS
		case 43:
			dst = &v.PAD
		default:
			if err := r.skip(wire); err != nil {
				return 0, err
			}
			continue
		}
		if err := want(num, wire, 0); err != nil {
			return 0, err
		}
		u, err := r.varint()
		if err != nil {
			return 0, err
		}
		// int32 fields are sign-extended to 64 bits on the wire (-1 is ten bytes).
		*dst = int32(int64(u))
	}
	return modelType, nil
}

func (v *Vocab) readNormalizerSpec(msg []byte) error {
	r := protoReader{b: msg}
	for !r.done() {
		num, wire, err := r.field()
		if err != nil {
			return err
		}
		if num != 3 {
			if err := r.skip(wire); err != nil {
				return err
			}
			continue
		}
		if err := want(num, wire, 0); err != nil {
			return err
		}
		u, err := r.varint()
		if err != nil {
			return err
		}
		v.AddSpacePrefix = u != 0
	}
	return nil
}
