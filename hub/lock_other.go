//go:build !unix

package hub

// tryLock uses the portable O_EXCL lock where flock(2) is unavailable.
func tryLock(path string) (release func(), ok bool, err error) {
	return tryExclLock(path, lockStaleAfter)
}
