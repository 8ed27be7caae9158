// Package path implements utility routines for manipulating slash-separated
// paths: purely lexical operations, with no access to the file system.
//
// rgo's path, written in Go; path/filepath uses it for the same operations
// on the host's (also slash-separated) file names.
//
// Clean is the heart of the package. It reads the path as a list of
// elements separated by runs of slashes and rewrites it with a stack:
// "" and "." elements are dropped, ".." removes the element before it (or,
// at the root, nothing; in a relative path with nothing left to remove it
// is kept), and the result is joined with single slashes. So
// "a//b/./../c/" becomes "a/c" and "/../x" becomes "/x".
package path

import (
	"errors"
	"internal/pathmatch"
)

// Clean returns the shortest path name equivalent to path by purely
// lexical processing. The returned path ends in a slash only if it is the
// root "/". If the result of this process is an empty string, Clean
// returns the string ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	var elems []string
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		elem := path[i:j]
		i = j + 1
		switch elem {
		case "", ".":
		case "..":
			if n := len(elems); n > 0 && elems[n-1] != ".." {
				elems = elems[:n-1]
			} else if !rooted {
				elems = append(elems, "..")
			}
		default:
			elems = append(elems, elem)
		}
	}
	buf := make([]byte, 0, len(path)+1)
	if rooted {
		buf = append(buf, '/')
	}
	for k, e := range elems {
		if k > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	if len(buf) == 0 {
		return "."
	}
	return string(buf)
}

// Split splits path immediately following the final slash, separating it
// into a directory and file name component. If there is no slash in path,
// Split returns an empty dir and file set to path. The returned values
// have the property that path = dir+file.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins any number of path elements into a single path, separating
// them with slashes. Empty elements are ignored. The result is Cleaned.
// However, if the argument list is empty or all its elements are empty,
// Join returns an empty string.
func Join(elem ...string) string {
	n := 0
	for _, e := range elem {
		n += len(e) + 1
	}
	buf := make([]byte, 0, n)
	for _, e := range elem {
		if e == "" {
			continue
		}
		if len(buf) > 0 {
			buf = append(buf, '/')
		}
		buf = append(buf, e...)
	}
	if len(buf) == 0 {
		return ""
	}
	return Clean(string(buf))
}

// Ext returns the file name extension used by path: the suffix beginning
// at the final dot in the final slash-separated element of path; it is
// empty if there is no dot.
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path. Trailing slashes are removed
// before extracting the last element. If the path is empty, Base returns
// ".". If the path consists entirely of slashes, Base returns "/".
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	if path == "" {
		return "/"
	}
	return path[lastSlash(path)+1:]
}

// IsAbs reports whether the path is absolute.
func IsAbs(path string) bool {
	return len(path) > 0 && path[0] == '/'
}

// Dir returns all but the last element of path, typically the path's
// directory. After dropping the final element, Dir calls Clean on the
// path. If the path is empty, Dir returns ".". If the path consists
// entirely of slashes followed by non-slash bytes, Dir returns a single
// slash.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// lastSlash is the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern. The pattern syntax
// is:
//
//	pattern:
//		{ term }
//	term:
//		'*'         matches any sequence of non-/ characters
//		'?'         matches any single non-/ character
//		'[' [ '^' ] { character-range } ']'
//		            character class (must be non-empty)
//		c           matches character c (c != '*', '?', '\\', '[')
//		'\\' c      matches character c
//
//	character-range:
//		c           matches character c (c != '\\', '-', ']')
//		'\\' c      matches character c
//		lo '-' hi   matches character c for lo <= c <= hi
//
// Match requires pattern to match all of name, not just a substring. The
// only possible returned error is ErrBadPattern, when pattern is
// malformed; the whole pattern is checked, whether or not name matches.
func Match(pattern, name string) (matched bool, err error) {
	matched, bad := pathmatch.Match(pattern, name, true)
	if bad {
		return false, ErrBadPattern
	}
	return matched, nil
}
