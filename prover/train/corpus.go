package train

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// arithmeticWords are the words the reversal questions use.
var arithmeticWords = []string{
	"cat", "dog", "sun", "map", "red", "cup", "pen", "box", "key", "owl",
	"bird", "fish", "tree", "star", "moon", "rain", "lamp", "door", "milk", "ship",
	"apple", "river", "stone", "cloud", "tiger", "bread", "chair", "light", "plant", "house",
}

// ArithmeticStream is the corpus stream of the arithmetic questions; it
// differs from every tensor stream of NewModel (FNV-1a of a tensor name).
const ArithmeticStream = 0x61726974686d6574 // "arithmet"

// Arithmetic returns n procedurally generated, checkable questions with their
// answers, one per line ("17+25=42", "63-18=45", "max(31,7)=31",
// "min(4,90)=4", "reverse(lamp)=pmal"), drawn from PCG(seed,
// ArithmeticStream): each line draws its kind (uniform of five) and then its
// operands (two-digit numbers 10..99, or a word); subtraction puts the larger
// operand first.
func Arithmetic(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, ArithmeticStream))
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(ArithmeticQuestion(r))
		b.WriteByte('\n')
	}
	return b.String()
}

// ArithmeticQuestion draws one question with its answer from r.
func ArithmeticQuestion(r *rand.Rand) string {
	num := func() int { return 10 + r.IntN(90) }
	itoa := strconv.Itoa
	switch r.IntN(5) {
	case 0:
		a, b := num(), num()
		return itoa(a) + "+" + itoa(b) + "=" + itoa(a+b)
	case 1:
		a, b := num(), num()
		if a < b {
			a, b = b, a
		}
		return itoa(a) + "-" + itoa(b) + "=" + itoa(a-b)
	case 2:
		a, b := num(), num()
		return "max(" + itoa(a) + "," + itoa(b) + ")=" + itoa(max(a, b))
	case 3:
		a, b := num(), num()
		return "min(" + itoa(a) + "," + itoa(b) + ")=" + itoa(min(a, b))
	default:
		w := arithmeticWords[r.IntN(len(arithmeticWords))]
		rev := []byte(w)
		for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
			rev[i], rev[j] = rev[j], rev[i]
		}
		return "reverse(" + w + ")=" + string(rev)
	}
}
