//go:build unix

package hub

import (
	"os"

	"golang.org/x/sys/unix"
)

// fingerprint stats path. The change time is what makes it worth trusting:
// the kernel sets it on every write, truncation, rename or time change, and
// no user call can set it back, so a file edited in place and given its old
// modification time again still shows a new change time.
func fingerprint(path string) (fileID, error) {
	var st unix.Stat_t
	if err := unix.Stat(path, &st); err != nil {
		return fileID{}, &os.PathError{Op: "stat", Path: path, Err: err}
	}
	return fileID{
		Size:  st.Size,
		MTime: st.Mtim.Nano(),
		CTime: st.Ctim.Nano(),
		Inode: uint64(st.Ino),
		Dev:   uint64(st.Dev), //  Dev is int32 on some systems
	}, nil
}
