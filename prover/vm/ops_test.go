package vm

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/prover/merkle"
	"github.com/airollup/airollup/prover/modelgen"
)

// TestOpTableComplete: every opcode below numOps has a table entry with a
// unique name, an exec and a prove function, and the table agrees with the
// specification's instruction table (docs/isa.md, "Instructions") opcode for
// opcode, so an opcode added to the code or to the specification alone fails.
func TestOpTableComplete(t *testing.T) {
	names := map[string]Op{}
	for op := Op(0); op < numOps; op++ {
		s := ops[op]
		require.NotEmpty(t, s.name, "opcode %d has no table entry", op)
		require.NotNil(t, s.exec, "%s has no exec", s.name)
		require.NotNil(t, s.prove, "%s has no prove", s.name)
		prev, dup := names[s.name]
		require.False(t, dup, "%s names both opcode %d and %d", s.name, prev, op)
		names[s.name] = op
		got, err := spec(op)
		require.NoError(t, err)
		require.Equal(t, s.name, got.name)
		require.Equal(t, s.name, op.String())
	}

	doc, err := os.ReadFile("../../docs/isa.md")
	require.NoError(t, err)
	text := string(doc)
	start := strings.Index(text, "\n## Instructions\n")
	require.GreaterOrEqual(t, start, 0, "docs/isa.md has an Instructions section")
	section := text[start+1:]
	section = section[:strings.Index(section, "\n## ")]
	row := regexp.MustCompile(`(?m)^\| (\d+) \| ([A-Z]+) \|`)
	specified := map[Op]string{}
	for _, m := range row.FindAllStringSubmatch(section, -1) {
		n, err := strconv.Atoi(m[1])
		require.NoError(t, err)
		require.Less(t, n, int(numOps), "docs/isa.md specifies opcode %d (%s), which the table lacks", n, m[2])
		require.Equal(t, m[2], ops[n].name, "opcode %d", n)
		specified[Op(n)] = m[2]
	}
	require.Len(t, specified, int(numOps), "docs/isa.md specifies every opcode of the table")
}

// tinyMachine returns a machine for block l (or the head step at l =
// Layers) of the tiny model at position 0, with a zero residual, and the
// model's tree.
func tinyMachine(t *testing.T, l int) (*Machine, *ModelTree) {
	t.Helper()
	m, err := modelgen.Tiny.Model()
	require.NoError(t, err)
	mt, err := NewModelTree(m)
	require.NoError(t, err)
	mc, err := New(m, Input{L: l, Residual: make([]int32, m.Dim), LayerRoots: make([]merkle.Hash, m.Layers), Prompt: []int32{1, 2}})
	require.NoError(t, err)
	return mc, mt
}

// TestUndefinedOpcodeRefused: an opcode outside the table is refused with
// ErrOpcode by execution and by proving, and leaves the state as it was.
func TestUndefinedOpcodeRefused(t *testing.T) {
	mc, mt := tinyMachine(t, 0)
	before := mc.StateRoot()
	for _, op := range []Op{numOps, numOps + 1, 255} {
		ins := Instr{Op: op, A: 1, B: 2}
		require.ErrorIs(t, mc.exec(ins), ErrOpcode, "exec %s", ins)
		sp, err := mc.prove(mt, ins)
		require.ErrorIs(t, err, ErrOpcode, "prove %s", ins)
		require.Nil(t, sp)
		require.Equal(t, "OP("+strconv.Itoa(int(op))+")", op.String())
	}
	require.Equal(t, before, mc.StateRoot())
	require.Equal(t, uint64(0), mc.Step())
}

// TestOutOfRangeOperandRefused: a matrix id outside 0..MatOut, a block
// matrix or norm at the head step (which has no block) are refused with
// ErrOperand instead of reading the wrong weights or panicking.
func TestOutOfRangeOperandRefused(t *testing.T) {
	mc, mt := tinyMachine(t, 0)
	head, headMT := tinyMachine(t, mc.m.Layers)
	for _, c := range []struct {
		mc  *Machine
		mt  *ModelTree
		ins Instr
	}{
		{mc, mt, Instr{Op: OpMatVec, A: MatOut + 1}},
		{mc, mt, Instr{Op: OpMatVecPart, A: MatOut + 1}},
		{mc, mt, Instr{Op: OpMatVecPart, A: 0xff | 1<<8}},
		{head, headMT, Instr{Op: OpMatVec, A: MatQ}},
		{head, headMT, Instr{Op: OpMatVecPart, A: MatDown}},
	} {
		require.ErrorIs(t, c.mc.exec(c.ins), ErrOperand, "exec %s", c.ins)
		_, err := c.mc.prove(c.mt, c.ins)
		require.ErrorIs(t, err, ErrOperand, "prove %s", c.ins)
	}
	require.ErrorIs(t, head.exec(Instr{Op: OpNorm, B: 1}), ErrOperand)
	// The operands the head step does use are accepted.
	require.NoError(t, head.exec(Instr{Op: OpRMS}))
	require.NoError(t, head.exec(Instr{Op: OpNorm, B: 2}))
	require.NoError(t, head.exec(Instr{Op: OpMatVec, A: MatOut}))
}
