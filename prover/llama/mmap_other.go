//go:build !linux

package llama

import (
	"os"
	"time"
)

// unchanging reports whether the file f cannot change while it is open; only
// Linux can tell (a read-only local file system), so elsewhere weights are always copied.
func unchanging(*os.File) bool { return false }

// changeTime returns the inode change time of a file where the platform
// exposes it portably; elsewhere zero (size and modification time remain).
func changeTime(os.FileInfo) time.Time { return time.Time{} }
