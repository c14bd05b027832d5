// Package vm is the level-2 machine of the dispute game: it compiles one
// transformer block of one token into a fixed program of micro-steps in a
// small tensor ISA, executes it step by step over a Merkleized memory of
// registers, and gives the state root after any step. Its results equal the
// fast forward pass of prover/canon bit for bit (it calls canon's exported
// operations), and its first and last states project onto the level-1 states
// h(p, l) and h(p, l+1). docs/isa.md is the specification.
//
// # Structure
//
// The instruction set is a table (ops.go): one entry per opcode, with its
// name, its execution on the machine and the operands its step proof
// carries, the two written side by side. Machine.Exec and Machine.Prove only
// look an opcode up in it; an opcode outside it is refused with ErrOpcode,
// an operand outside its range with ErrOperand. isa.go holds the opcodes and
// the instruction encoding, program.go the compiler, machine.go the state,
// proof.go the step-proof types and the witness the table's prove functions
// fill.
//
// # Import rules
//
// vm is part of the canonical runtime: it must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/airollup/airollup/bindings
//   - github.com/ethereum-optimism/optimism
//   - github.com/ethereum/go-ethereum
//   - net/http
package vm
