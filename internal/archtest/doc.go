// Package archtest holds the project's architecture tests: every Go package
// has a doc.go with a package comment, and no package imports (directly or
// transitively) what its doc.go says it must never import. It has no non-test
// code.
//
// # Import rules
//
// archtest inspects the module through `go list`; it must never import
// (enforced by itself):
//   - github.com/airollup/airollup
package archtest
