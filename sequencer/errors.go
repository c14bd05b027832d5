package sequencer

import "fmt"

// JSON-RPC error codes of the airollup_ namespace. -32602 is JSON-RPC's own
// "invalid params"; the others are application codes (docs/operators.md,
// "Sequencer RPC").
const (
	CodeInvalidParams  = -32602 // a malformed parameter (job id, token, count)
	CodeInternal       = -32000 // the sequencer failed (store, model load); retry later
	CodeUnknownJob     = 4001   // no job with that id
	CodeUnknownWorker  = 4002   // the worker is not registered (register again)
	CodeLeaseExpired   = 4003   // the lease passed its deadline; the job is queued again
	CodeNotLeaseHolder = 4004   // the job is not leased to this worker
	CodeWrongResult    = 4005   // re-execution refused the result; the worker is deregistered
	CodeNoResult       = 4006   // the job has no result yet
	CodeUnknownBatch   = 4007   // no batch with that index
	CodeWorkerRefused  = 4008   // the worker's registration is refused

	// airollup_submitJob refusals (an L2 request; nothing is stored).
	CodeMalformedRequest    = 4101 // the bytes are not a canonical abi.encode(JobRequest, signature)
	CodeOversized           = 4102 // the request or its input is above its size limit
	CodeWrongDomain         = 4103 // signed for another chain id or JobInbox
	CodeBadSignature        = 4104 // the signature is not the sender's in this sequencer's domain
	CodeInvalidRequest      = 4105 // a field out of range (maxTokens, topPMicro, callback gas, input, a token id)
	CodeUnsupportedKind     = 4106 // a kind other than inference
	CodeExpired             = 4107 // expires before now + the expiry margin
	CodeExpiryTooFar        = 4108 // expires after the withdrawal delay allows
	CodeUnknownModel        = 4109 // the model is not served, or not registered/refused on L1
	CodeContextExceeded     = 4110 // prompt + maxTokens above the model's context
	CodeFeeTooLow           = 4111 // maxFee below the rollup's minFee
	CodeReplayedNonce       = 4112 // the (sender, nonce) is consumed on L1 or held by another stored request
	CodeInsufficientBalance = 4113 // the sender's free L2 balance is below maxFee
	CodeFeeTooHigh          = 4114 // maxFee above the bond of the dispute that could delay its delivery
)

// Error is a JSON-RPC error with an application code (go-ethereum's rpc
// package sends ErrorCode as the error's code).
type Error struct {
	Code int
	Msg  string
	Err  error // the cause, if any
}

func (e *Error) Error() string  { return e.Msg }
func (e *Error) ErrorCode() int { return e.Code }
func (e *Error) Unwrap() error  { return e.Err }

func rpcErr(code int, err error, format string, args ...any) *Error {
	msg := fmt.Sprintf(format, args...)
	if err != nil {
		msg += ": " + err.Error()
	}
	return &Error{Code: code, Msg: msg, Err: err}
}
