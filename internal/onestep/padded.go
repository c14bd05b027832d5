package onestep

import (
	"github.com/airollup/airollup/prover/canon"
	"github.com/airollup/airollup/prover/modelgen"
)

// PaddedModel is spec's model as import makes it from a file whose
// feed-forward width, unpadded, is not a multiple of 32 (spec.FFDim − 32 <
// unpadded < spec.FFDim): rows unpadded.. of ffn_gate and ffn_up and
// columns unpadded.. of ffn_down are zero, and FFUnpadded records the width
// (prover/llama's zero padding; docs/protocol.md, "Model root"). It returns
// canon.ErrConfig for an unpadded width out of that range.
func PaddedModel(spec modelgen.Spec, unpadded int) (*canon.Model, error) {
	m, err := spec.Model()
	if err != nil {
		return nil, err
	}
	m.FFUnpadded = unpadded
	if err := m.Check(); err != nil {
		return nil, err
	}
	for i := range m.Blocks {
		b := &m.Blocks[i]
		for _, w := range []*canon.Q8Matrix{&b.Wgate, &b.Wup} {
			for r := unpadded; r < w.Rows; r++ {
				clear(w.Row(r))
			}
		}
		last := unpadded / canon.BlockSize // the block holding column unpadded
		for r := 0; r < b.Wdown.Rows; r++ {
			qs := b.Wdown.Row(r)[last*canon.BlockBytes+2:][:canon.BlockSize]
			clear(qs[unpadded-last*canon.BlockSize:])
		}
	}
	if err := m.Init(); err != nil {
		return nil, err
	}
	return m, nil
}
