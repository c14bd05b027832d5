package canon

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// softmaxRef is the softmax as the spec writes it: ExpNeg and roundDiv.
func softmaxRef(scores []int32, mx int32) []int64 {
	p := make([]int64, len(scores))
	var sum int64
	for t, s := range scores {
		p[t] = ExpNeg(sat32(int64(s) - int64(mx)))
		sum += p[t]
	}
	for t := range p {
		p[t] = roundDiv(p[t]<<ProbFrac, sum)
	}
	return p
}

// TestSoftmaxRowMatchesReference: softmaxRow (vector exp, reciprocal
// division) equals ExpNeg + roundDiv for rows of every length 1-70 and a few
// long ones, with extreme scores (a spread beyond int32, so sat32 clips),
// ties, all-equal rows and random rows.
func TestSoftmaxRowMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	lengths := []int{300, 1024, 4096}
	for n := 1; n <= 70; n++ {
		lengths = append(lengths, n)
	}
	for _, n := range lengths {
		for trial := range 6 {
			scores := make([]int32, n)
			for i := range scores {
				switch trial {
				case 0:
					scores[i] = attnValue(r)
				case 1:
					scores[i] = 7 // all equal: every e is 2^30
				case 2:
					scores[i] = int32(r.IntN(8)) * One / 4 // many ties
				default:
					scores[i] = int32(r.Uint32()) >> r.UintN(20)
				}
			}
			if trial == 0 && n > 1 {
				scores[0], scores[n-1] = math.MinInt32, math.MaxInt32
			}
			mx := int32(math.MinInt32)
			for _, s := range scores {
				mx = max(mx, s)
			}
			want := softmaxRef(scores, mx)
			probs := make([]int64, n)
			softmaxRow(probs, append([]int32{}, scores...), mx)
			require.Equal(t, want, probs, "n=%d trial=%d", n, trial)
		}
	}
}
