package llama

import (
	"bufio"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// stRdonly is ST_RDONLY, the read-only mount flag of statfs.
const stRdonly = 0x1

// unchanging reports whether the file f cannot change while it is open: its
// file system itself is read-only (its superblock, not only the mount f was
// opened through) and lives on a local block device. A read-only mount is not
// enough: a read-only bind mount (a container's ":ro" volume) shows a file
// that stays writable through the file system's other mounts, and a network,
// FUSE or overlay file system can change beneath a read-only superblock.
func unchanging(f *os.File) bool {
	var st syscall.Statfs_t
	if syscall.Fstatfs(int(f.Fd()), &st) != nil || st.Flags&stRdonly == 0 {
		return false
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	sys, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return false
	}
	mi, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return false
	}
	defer mi.Close()
	return superReadOnly(mi, uint64(sys.Dev)) //nolint:unconvert // Dev's type varies by platform
}

// localFileSystems are the file systems whose contents only their block
// device holds: read-only at the superblock, nothing can change them.
var localFileSystems = []string{"ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "squashfs", "erofs",
	"iso9660", "udf", "vfat", "exfat", "ntfs3", "cramfs", "romfs"}

// superReadOnly reports whether the mount table mountinfo (the format of
// /proc/self/mountinfo) has the device dev mounted, and every mount of it is
// of a local file system whose superblock is read-only ("ro" among the super
// options, after the "-" separator).
func superReadOnly(mountinfo io.Reader, dev uint64) bool {
	major := (dev>>8)&0xfff | (dev>>32)&^uint64(0xfff)
	minor := dev&0xff | (dev>>12)&^uint64(0xff)
	want := strconv.FormatUint(major, 10) + ":" + strconv.FormatUint(minor, 10)
	found := false
	sc := bufio.NewScanner(mountinfo)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 3 || fields[2] != want {
			continue
		}
		sep := slices.Index(fields, "-")
		if sep < 6 || len(fields) < sep+4 {
			return false // malformed: assume it can change
		}
		fsType, superOpts := fields[sep+1], strings.Split(fields[sep+3], ",")
		if !slices.Contains(localFileSystems, fsType) || !slices.Contains(superOpts, "ro") {
			return false
		}
		found = true
	}
	return found && sc.Err() == nil
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
