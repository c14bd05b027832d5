package llama

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSuperReadOnly: only a local file system whose superblock is read-only
// counts as unchanging; a read-only bind mount of a writable one (a
// container's ":ro" volume) does not.
func TestSuperReadOnly(t *testing.T) {
	const dev = 254 << 8 // 254:0
	for _, tc := range []struct {
		name, mountinfo string
		want            bool
	}{
		{"read-only bind mount of a writable ext4",
			"45 27 254:0 /tmp/rw /tmp/ro ro,relatime - ext4 /dev/vda rw,discard\n", false},
		{"writable and read-only mounts of one ext4",
			"26 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n45 27 254:0 /tmp/rw /tmp/ro ro,relatime - ext4 /dev/vda rw\n", false},
		{"ext4 mounted read-only",
			"26 1 254:0 / /models ro,relatime - ext4 /dev/vdb ro,errors=remount-ro\n", true},
		{"squashfs with optional fields",
			"30 1 254:0 / /models ro,nodev shared:7 master:2 - squashfs /dev/loop0 ro\n", true},
		{"read-only NFS",
			"30 1 254:0 / /models ro - nfs4 host:/m ro,vers=4.2\n", false},
		{"read-only overlay",
			"30 1 254:0 / /models ro - overlay overlay ro,lowerdir=/a\n", false},
		{"device not mounted",
			"30 1 8:1 / /models ro - ext4 /dev/sda1 ro\n", false},
		{"malformed line",
			"30 1 254:0 / /models ro ext4\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, superReadOnly(strings.NewReader(tc.mountinfo), dev))
		})
	}
	// Large device numbers split as the kernel's new_encode_dev does.
	require.True(t, superReadOnly(strings.NewReader("1 1 259:65536 / / ro - xfs /dev/x ro\n"),
		uint64(259)<<8|uint64(65536)&0xff|(uint64(65536)&^0xff)<<12))
}

// TestLoadReadOnlyBindMountIsCopied: a model read through a read-only bind
// mount of a writable directory is copied, not mapped, so truncating it
// through the writable path cannot fault a forward pass (it raised SIGBUS in
// canon.blockPartial when such a file was mapped). It needs root to mount.
func TestLoadReadOnlyBindMountIsCopied(t *testing.T) {
	src := tinyModel(t)
	ro := t.TempDir()
	if out, err := exec.Command("mount", "--bind", filepath.Dir(src), ro).CombinedOutput(); err != nil {
		t.Skipf("cannot bind mount here (needs root): %v: %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", ro).Run() })
	if out, err := exec.Command("mount", "-o", "remount,bind,ro", ro).CombinedOutput(); err != nil {
		t.Skipf("cannot remount read-only: %v: %s", err, out)
	}
	path := filepath.Join(ro, filepath.Base(src))
	require.Error(t, os.WriteFile(filepath.Join(ro, "x"), nil, 0o644), "the mount is read-only")
	l, err := Load(path)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, l.Close()) })
	require.False(t, l.Mapped(), "a read-only bind mount of a writable file system is copied")
	want := run(t, l)
	require.NoError(t, os.Truncate(src, 0), "truncated through the writable path")
	require.Equal(t, want, run(t, l))
	require.ErrorIs(t, l.Verify(), ErrChanged)
}
