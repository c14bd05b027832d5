// Package jobreq is the L2 job request: a job submitted over the
// sequencer's RPC as EIP-712 typed data signed by its sender
// (docs/protocol.md, "L2 jobs"). Request mirrors IJobInbox.JobRequest field
// for field; Digest is what LibJobRequest computes on-chain (domain
// "airollup JobInbox", version "1", the chain id and the JobInbox), Sign and
// Signed.Sender produce and check the 65-byte r ‖ s ‖ v signature with the
// rules RecordValidity applies (v 27 or 28, s in the lower half of the group
// order, the signer is Request.Sender), and Signed.Encode / Decode are the
// request's bytes in a batch: abi.encode(request, signature), canonical, whose
// keccak256 a record commits to (record.JobRecord.RequestHash).
//
// Decode fails with ErrMalformed exactly where RecordValidity.decodeRequest
// reverts (a record of such bytes is RequestMalformed), and with a
// *FieldError for bytes beyond MaxEncodedBytes; Request.Check applies the
// rules JobInbox.submit checks of an L1 job that need no model
// (RequestInvalid on-chain).
//
// # Import rules
//
// It must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup/fraud
//   - github.com/airollup/airollup/worker
//   - github.com/airollup/airollup/sequencer
//   - github.com/ethereum/go-ethereum/ethclient (direct)
//   - github.com/ethereum/go-ethereum/rpc (direct)
//   - net/http (direct)
package jobreq
