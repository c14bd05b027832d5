package train

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// ArithmeticStream is the corpus stream of the arithmetic questions; it
// differs from every tensor stream of NewModel (FNV-1a of a tensor name).
const ArithmeticStream = 0x61726974686d6574 // "arithmet"

// Question kinds, in the order of the kind draw.
const (
	qAdd = iota
	qSub
	qMax
	qMin
	qReverse
	qKinds
)

// Arithmetic returns n procedurally generated, checkable questions with their
// answers, one per line ("17+25=42", "63-18=45", "max(31,7)=31",
// "min(4,90)=4", "reverse(lamp)=pmal"), drawn from PCG(seed,
// ArithmeticStream) with ArithmeticQuestion. No line is held out
// (HeldOut), so no question ArithmeticHeldOut returns ever appears in a
// training corpus, whatever the seeds.
func Arithmetic(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, ArithmeticStream))
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(ArithmeticQuestion(r))
		b.WriteByte('\n')
	}
	return b.String()
}

// ArithmeticHeldOut returns n held-out questions (without a trailing
// newline) drawn from PCG(seed, ArithmeticStream) with HeldOutQuestion: the
// evaluation set of `airollup model eval`, disjoint from every training
// corpus by construction.
func ArithmeticHeldOut(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, ArithmeticStream))
	out := make([]string, n)
	for i := range out {
		out[i] = HeldOutQuestion(r)
	}
	return out
}

// ArithmeticQuestion draws one training question with its answer from r:
// it draws questions (draw) until one is not held out.
func ArithmeticQuestion(r *rand.Rand) string { return drawPart(r, false) }

// HeldOutQuestion draws one held-out question with its answer from r: it
// draws questions (draw) until one is held out.
func HeldOutQuestion(r *rand.Rand) string { return drawPart(r, true) }

func drawPart(r *rand.Rand, heldOut bool) string {
	for {
		q, key := draw(r)
		if isHeldOut(key) == heldOut {
			return q
		}
	}
}

// draw draws one question and its partition key: its kind (uniform of
// five), then its operands: two numbers uniform in 10..99 (subtraction puts
// the larger first), or a word of 3..5 letters, each uniform in a..z. The key
// is kind + 5·(100·a + b) for numbers, and kind + 5·(the word read as a
// base-27 number with a = 1) for a word.
func draw(r *rand.Rand) (string, uint64) {
	num := func() int { return 10 + r.IntN(90) }
	itoa := strconv.Itoa
	kind := r.IntN(qKinds)
	if kind == qReverse {
		w := make([]byte, 3+r.IntN(3))
		var v uint64
		for i := range w {
			w[i] = 'a' + byte(r.IntN(26))
			v = 27*v + uint64(w[i]-'a'+1)
		}
		rev := make([]byte, len(w))
		for i, c := range w {
			rev[len(w)-1-i] = c
		}
		return "reverse(" + string(w) + ")=" + string(rev), uint64(kind) + qKinds*v
	}
	a, b := num(), num()
	key := uint64(kind) + qKinds*uint64(100*a+b)
	switch kind {
	case qAdd:
		return itoa(a) + "+" + itoa(b) + "=" + itoa(a+b), key
	case qSub:
		if a < b {
			a, b = b, a
		}
		return itoa(a) + "-" + itoa(b) + "=" + itoa(a-b), uint64(kind) + qKinds*uint64(100*a+b)
	case qMax:
		return "max(" + itoa(a) + "," + itoa(b) + ")=" + itoa(max(a, b)), key
	default:
		return "min(" + itoa(a) + "," + itoa(b) + ")=" + itoa(min(a, b)), key
	}
}

// isHeldOut reports whether the question with partition key k is held out:
// the top three bits of k·0x9E3779B97F4A7C15 (mod 2^64) are zero, about one
// question in eight.
func isHeldOut(k uint64) bool { return (k*0x9E3779B97F4A7C15)>>61 == 0 }

// IsHeldOut reports whether question q (a line of Arithmetic or
// ArithmeticHeldOut, with or without its answer) is held out; false for a
// line of another form.
func IsHeldOut(q string) bool {
	q, _, _ = strings.Cut(q, "=")
	if w, ok := strings.CutPrefix(q, "reverse("); ok {
		w, ok = strings.CutSuffix(w, ")")
		var v uint64
		for i := 0; i < len(w); i++ {
			if w[i] < 'a' || w[i] > 'z' {
				return false
			}
			v = 27*v + uint64(w[i]-'a'+1)
		}
		return ok && len(w) > 0 && isHeldOut(qReverse+qKinds*v)
	}
	kind := -1
	var x, y string
	switch {
	case strings.HasPrefix(q, "max(") || strings.HasPrefix(q, "min("):
		kind = qMax
		if q[1] == 'i' {
			kind = qMin
		}
		inner, ok := strings.CutSuffix(q[4:], ")")
		if !ok {
			return false
		}
		x, y, ok = strings.Cut(inner, ",")
		if !ok {
			return false
		}
	case strings.Contains(q, "+"):
		kind = qAdd
		x, y, _ = strings.Cut(q, "+")
	case strings.Contains(q, "-"):
		kind = qSub
		x, y, _ = strings.Cut(q, "-")
	default:
		return false
	}
	a, err1 := strconv.Atoi(x)
	b, err2 := strconv.Atoi(y)
	if err1 != nil || err2 != nil || a < 0 || b < 0 || a > 99 || b > 99 {
		return false
	}
	return isHeldOut(uint64(kind) + qKinds*uint64(100*a+b))
}
