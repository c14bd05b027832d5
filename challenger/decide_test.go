package challenger

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/airollup/airollup/internal/reexec"
)

func TestDecide(t *testing.T) {
	wrong := fmt.Errorf("%w: output token 2 is 5, canonical 7", reexec.ErrWrongResult)
	broken := errors.New("load model: no such file")
	for _, c := range []struct {
		name string
		o    Observation
		want Action
		err  error
	}{
		{"a right record is left", Observation{Readable: true, WindowOpen: true}, Leave, nil},
		{"a wrong record is disputed", Observation{Readable: true, WindowOpen: true, Reexec: wrong}, Dispute, nil},
		{"a wrong record after its window is left", Observation{Readable: true, Reexec: wrong}, Leave, nil},
		{"an invalid record is reported", Observation{Readable: true, WindowOpen: true, Invalidity: 10}, ReportInvalid, nil},
		{"an invalid record is reported after its window", Observation{Readable: true, Invalidity: 1}, ReportInvalid, nil},
		{"invalidity comes before re-execution", Observation{Readable: true, WindowOpen: true, Invalidity: 4, Reexec: wrong}, ReportInvalid, nil},
		{"an unreadable record is data-challenged", Observation{WindowOpen: true}, ChallengeData, nil},
		{"an unreadable record is challenged once", Observation{WindowOpen: true, DataChallenged: true}, Leave, nil},
		{"an unreadable record after its window is left", Observation{}, Leave, nil},
		{"a wrong disputed record is joined", Observation{Status: StatusDisputed, Readable: true, WindowOpen: true, Reexec: wrong}, Join, nil},
		{"a wrong disputed record is joined after its window", Observation{Status: StatusDisputed, Readable: true, Reexec: wrong}, Join, nil},
		{"a right disputed record is left", Observation{Status: StatusDisputed, Readable: true, WindowOpen: true}, Leave, nil},
		{"a right disputed record is defended", Observation{Status: StatusDisputed, Readable: true, Defender: true}, Defend, nil},
		{"a disputed invalid record is watched, to be reported after its game", Observation{Status: StatusDisputed, Readable: true, Defender: true, Invalidity: 2}, Watch, nil},
		{"a disputed invalid record is watched without defender mode", Observation{Status: StatusDisputed, Readable: true, Invalidity: 2}, Watch, nil},
		{"a survived invalid record is reported", Observation{Status: StatusNone, Readable: true, Invalidity: 2}, ReportInvalid, nil},
		{"a disputed unreadable record is left", Observation{Status: StatusDisputed, Defender: true}, Leave, nil},
		{"a disputed record not re-executed is undecided", Observation{Status: StatusDisputed, Readable: true, Defender: true, Reexec: broken}, Leave, ErrUndecided},
		{"a right record is watched by a defender", Observation{Readable: true, WindowOpen: true, Defender: true}, Watch, nil},
		{"a right record after its window is left by a defender", Observation{Readable: true, Defender: true}, Leave, nil},
		{"a wrong record is disputed by a defender", Observation{Readable: true, WindowOpen: true, Defender: true, Reexec: wrong}, Dispute, nil},
		{"a voided record is left", Observation{Status: StatusVoided, Readable: true, Invalidity: 3}, Leave, nil},
		{"a delivered record is left", Observation{Status: StatusDelivered, WindowOpen: true}, Leave, nil},
		{"a failed re-execution is undecided", Observation{Readable: true, WindowOpen: true, Reexec: broken}, Leave, ErrUndecided},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := Decide(c.o)
			if c.err != nil {
				require.ErrorIs(t, err, c.err)
				require.ErrorIs(t, err, broken, "the cause is kept")
			} else {
				require.NoError(t, err)
			}
			require.Equal(t, c.want, got, "got %v", got)
		})
	}
}
