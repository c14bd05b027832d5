package train

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestArithmeticAnswersAreRight parses every generated line and checks its
// answer; the corpus is a function of the seed.
func TestArithmeticAnswersAreRight(t *testing.T) {
	text := Arithmetic(5, 2000)
	require.Equal(t, text, Arithmetic(5, 2000))
	require.NotEqual(t, text, Arithmetic(6, 2000))
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	require.Len(t, lines, 2000)
	bin := regexp.MustCompile(`^(\d\d)([+-])(\d\d)=(\d+)$`)
	fn := regexp.MustCompile(`^(max|min)\((\d\d),(\d\d)\)=(\d+)$`)
	rev := regexp.MustCompile(`^reverse\(([a-z]+)\)=([a-z]+)$`)
	atoi := func(s string) int { n, err := strconv.Atoi(s); require.NoError(t, err); return n }
	kinds := map[string]int{}
	for _, l := range lines {
		switch {
		case bin.MatchString(l):
			m := bin.FindStringSubmatch(l)
			a, b, c := atoi(m[1]), atoi(m[3]), atoi(m[4])
			if m[2] == "+" {
				require.Equal(t, a+b, c, l)
			} else {
				require.Equal(t, a-b, c, l)
				require.GreaterOrEqual(t, c, 0, l)
			}
			kinds[m[2]]++
		case fn.MatchString(l):
			m := fn.FindStringSubmatch(l)
			a, b, c := atoi(m[2]), atoi(m[3]), atoi(m[4])
			if m[1] == "max" {
				require.Equal(t, max(a, b), c, l)
			} else {
				require.Equal(t, min(a, b), c, l)
			}
			kinds[m[1]]++
		case rev.MatchString(l):
			m := rev.FindStringSubmatch(l)
			r := []rune(m[1])
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			require.Equal(t, string(r), m[2], l)
			kinds["reverse"]++
		default:
			t.Fatalf("unexpected line %q", l)
		}
	}
	require.Len(t, kinds, 5, "every kind of question appears: %v", kinds)
}

// TestHeldOutQuestionsNeverTrain: the held-out draw and every training
// corpus are disjoint by construction, whatever the seeds; about one
// question in eight is held out, of every kind.
func TestHeldOutQuestionsNeverTrain(t *testing.T) {
	seen := map[string]bool{}
	for seed := uint64(1); seed <= 4; seed++ {
		for _, l := range strings.Split(strings.TrimSuffix(Arithmetic(seed, 5000), "\n"), "\n") {
			require.False(t, IsHeldOut(l), "training line %q is held out", l)
			seen[l] = true
		}
	}
	kinds := map[string]int{}
	for seed := uint64(1); seed <= 4; seed++ {
		held := ArithmeticHeldOut(seed, 500)
		require.Len(t, held, 500)
		for _, q := range held {
			require.True(t, IsHeldOut(q), q)
			require.False(t, seen[q], "held-out %q appears in a training corpus", q)
			kind, _, ok := strings.Cut(q, "(")
			if !ok {
				kind = "+-"
			}
			kinds[kind]++
		}
	}
	require.Len(t, kinds, 4, "max, min, reverse and the binary operations are all held out: %v", kinds)

	// The partition of every two-operand question: one in eight ± 1%.
	held := 0
	for a := 10; a <= 99; a++ {
		for b := 10; b <= 99; b++ {
			if IsHeldOut(strconv.Itoa(a) + "+" + strconv.Itoa(b) + "=") {
				held++
			}
		}
	}
	require.InDelta(t, 8100/8, held, 81, "held-out additions")

	for _, q := range []string{"", "17*25=425", "max(1,2", "reverse(Lamp)=pmaL", "100+5=105", "x+y=z"} {
		require.False(t, IsHeldOut(q), q)
	}
}
