// Directories and temporary files: Mkdir, TempDir, MkdirTemp and
// CreateTemp. Temporary names are the pattern with its last "*" (or the
// end) replaced by a pseudo-random decimal number; a name that already
// exists is retried with the next number, as in gc.

package os

import "errors"

//go:noescape
//rgo:runtime rt_mkdir
func mkdir(path string, perm int) int

//rgo:runtime rt_nanotime
func nanotime() int64

var errPatternHasSeparator = errors.New("pattern contains path separator")

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, int(perm&ModePerm)); e < 0 {
		return &PathError{Op: "mkdir", Path: name, Err: Errno(-e)}
	}
	return nil
}

// TempDir returns the default directory for temporary files: $TMPDIR if
// set and non-empty, else /tmp.
func TempDir() string {
	if d := Getenv("TMPDIR"); d != "" {
		return d
	}
	return "/tmp"
}

// randState is a xorshift generator seeded from the monotonic clock on
// first use.
var randState uint64

func nextRandom() string {
	if randState == 0 {
		randState = uint64(nanotime())*0x9e3779b97f4a7c15 | 1
	}
	randState ^= randState << 13
	randState ^= randState >> 7
	randState ^= randState << 17
	return itoa(int(uint32(randState >> 16)))
}

// prefixAndSuffix splits pattern at its last "*"; a pattern holding a path
// separator is an error.
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// MkdirTemp creates a new directory in dir (TempDir() when dir is "") named
// after pattern, and returns its path. The caller removes it when done.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0o700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		return "", err
	}
}

// CreateTemp creates and opens for reading and writing a new file in dir
// (TempDir() when dir is "") named after pattern. The caller removes it
// when done.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0o600)
		if err == nil {
			return f, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		return nil, err
	}
}
