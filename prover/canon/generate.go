package canon

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/airollup/airollup/prover/merkle"
)

// ErrEmptyPrompt is returned when a job has no prompt tokens.
var ErrEmptyPrompt = errors.New("canon: empty prompt")

// Job is one inference job for the canonical runtime.
type Job struct {
	Prompt    []int32 // token ids, BOS included if wanted
	MaxTokens int     // tokens to generate at most
	StopAtEOS bool    // stop after generating the model's EOS (Config.EOS; never if NoEOS)
	Params    SampleParams
	Trace     bool // record the level-1 trace and compute the trace root
}

// Result is the canonical result of a job.
type Result struct {
	Tokens     []int32     // generated tokens (EOS included when it stopped the job)
	OutputHash merkle.Hash // keccak256 of the generated tokens as big-endian int32
	StateRoot  merkle.Hash // Merkle root over h(p, l) (zero without Trace)
	States     int         // number of states in the trace
	TraceRoot  merkle.Hash // keccak256(StateRoot ‖ OutputHash ‖ be64(States)) (zero without Trace)
	// FinalResidual and FinalKV are the residual and KV roots of the final
	// level-1 state h(P, 0), after the head step that chooses the last output
	// token (Tracer.Final): what the job's record carries. Zero without Trace
	// or without an output token.
	FinalResidual merkle.Hash
	FinalKV       merkle.Hash
}

// Generate runs a job with opts: one batched pass over the prompt, then one
// position per generated token. ctx is checked between layers and positions
// (see Session.Forward); once it is done Generate returns its error wrapped.
// The result never depends on opts.
func (m *Model) Generate(ctx context.Context, job Job, opts Options) (*Result, error) {
	if len(job.Prompt) == 0 {
		return nil, ErrEmptyPrompt
	}
	if job.MaxTokens < 0 {
		return nil, fmt.Errorf("canon: max tokens %d must be ≥ 0", job.MaxTokens)
	}
	need := len(job.Prompt) + max(job.MaxTokens-1, 0)
	if need > m.Context {
		return nil, &ContextError{Need: need, Limit: m.Context, What: "model context"}
	}
	s, err := m.NewSession(need, job.Trace, opts)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	if job.MaxTokens == 0 {
		if _, err := s.Forward(ctx, job.Prompt, LogitsNone); err != nil {
			return nil, err
		}
	} else {
		logits, err := s.ForwardLast(ctx, job.Prompt)
		if err != nil {
			return nil, err
		}
		for step := 0; ; step++ {
			tok := Sample(logits, job.Params, uint64(step))
			res.Tokens = append(res.Tokens, tok)
			if len(res.Tokens) == job.MaxTokens || (job.StopAtEOS && m.EOS != NoEOS && tok == int32(m.EOS)) {
				break
			}
			if logits, err = s.ForwardLast(ctx, []int32{tok}); err != nil {
				return nil, err
			}
		}
	}
	res.OutputHash = TokensHash(res.Tokens)
	if job.Trace {
		res.StateRoot = s.trace.StateRoot()
		res.States = len(s.trace.States())
		res.TraceRoot = TraceRoot(res.StateRoot, res.OutputHash, res.States)
		if n := len(res.Tokens); n > 0 {
			f, err := s.trace.Final(res.Tokens[n-1])
			if err != nil {
				return nil, err
			}
			res.FinalResidual, res.FinalKV = f.Residual, f.KV
		}
	}
	return res, nil
}

// TokensHash is keccak256 of tokens encoded as big-endian int32.
func TokensHash(tokens []int32) merkle.Hash {
	var buf []byte
	return merkle.Keccak(be32s(&buf, tokens))
}

// TokenBytes is the canonical byte encoding of token ids: big-endian uint32
// each. An inference job's input is its prompt so encoded (JobInbox checks
// it against the model on submission, and the dispute game judges exactly
// those bytes), and so is its output.
func TokenBytes(tokens []int32) []byte {
	var buf []byte
	return be32s(&buf, tokens)
}

// ErrTokenBytes is returned for bytes that are not token ids of a vocabulary.
var ErrTokenBytes = errors.New("canon: invalid token bytes")

// ParseTokenBytes decodes TokenBytes, checking every id against vocab.
func ParseTokenBytes(b []byte, vocab int) ([]int32, error) {
	if vocab <= 0 || vocab > 1<<31 {
		return nil, fmt.Errorf("%w: vocabulary size %d is not 1 to 2^31", ErrTokenBytes, vocab)
	}
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("%w: %d bytes is not a multiple of 4", ErrTokenBytes, len(b))
	}
	out := make([]int32, len(b)/4)
	for i := range out {
		v := binary.BigEndian.Uint32(b[4*i:])
		if uint64(v) >= uint64(vocab) {
			return nil, fmt.Errorf("%w: token %d is %d, not below the vocabulary size %d", ErrTokenBytes, i, v, vocab)
		}
		out[i] = int32(v)
	}
	return out, nil
}

// TraceRoot is the job's trace commitment: keccak256(stateRoot ‖ outputHash ‖ be64(states)).
func TraceRoot(stateRoot, outputHash merkle.Hash, states int) merkle.Hash {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(states))
	return merkle.Keccak(stateRoot[:], outputHash[:], n[:])
}
