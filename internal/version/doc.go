// Package version holds the build's version strings, set at link time by the
// Makefile.
//
// # Import rules
//
// version is imported by everything, so it imports nothing of the project. It
// must never import (enforced by internal/archtest):
//   - github.com/airollup/airollup
package version
