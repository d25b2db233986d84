//go:build unix

package hub

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// tryLock takes an flock(2) lock on path without blocking. The kernel drops
// the lock when its holder dies, so a leftover lock file never blocks
// anyone. File systems without flock (some network mounts) fall back to the
// O_EXCL lock.
func tryLock(path string) (release func(), ok bool, err error) {
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, false, err
		}
		fd := int(f.Fd())
		if err := unix.Flock(fd, unix.LOCK_EX|unix.LOCK_NB); err != nil {
			_ = f.Close()
			switch {
			case errors.Is(err, unix.EWOULDBLOCK):
				return nil, false, nil
			case errors.Is(err, unix.EINTR):
				continue
			case errors.Is(err, unix.ENOLCK), errors.Is(err, unix.EOPNOTSUPP), errors.Is(err, unix.ENOTSUP):
				return tryExclLock(path, lockStaleAfter)
			}
			return nil, false, err
		}
		// The previous holder removes the file when it releases, so we may
		// have locked an unlinked inode: only the file now at path counts.
		var held, cur unix.Stat_t
		if unix.Fstat(fd, &held) != nil || unix.Stat(path, &cur) != nil || held.Dev != cur.Dev || held.Ino != cur.Ino {
			_ = f.Close()
			continue
		}
		return func() {
			_ = os.Remove(path) // before unlocking, see above
			_ = f.Close()
		}, true, nil
	}
}
