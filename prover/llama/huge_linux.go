package llama

import "golang.org/x/sys/unix"

// adviseHuge asks Linux to back b with transparent huge pages where its
// 2 MiB-aligned ranges allow (an advice: a kernel without them, or with
// them disabled, ignores it, and so does this function's caller).
func adviseHuge(b []byte) { _ = unix.Madvise(b, unix.MADV_HUGEPAGE) }
