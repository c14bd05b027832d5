//go:build linux

package llama

import (
	"os"
	"syscall"
	"time"
)

// stRdonly is ST_RDONLY, the read-only mount flag of statfs.
const stRdonly = 0x1

// unchanging reports whether the file f cannot change while it is open: it
// lives on a read-only mount.
func unchanging(f *os.File) bool {
	var st syscall.Statfs_t
	return syscall.Fstatfs(int(f.Fd()), &st) == nil && st.Flags&stRdonly != 0
}

// changeTime returns the inode change time of a file, which every write,
// truncation and metadata change updates (and no user can set), or zero.
func changeTime(fi os.FileInfo) time.Time {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return time.Time{}
	}
	return time.Unix(int64(st.Ctim.Sec), int64(st.Ctim.Nsec)) //nolint:unconvert // field types vary by platform
}
