// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined file
// paths: here Linux, whose separator is '/'.
//
// rgo's path/filepath, written in Go. The lexical operations (Clean, Join,
// Split, Base, Dir, Ext, Match) are package path's, since on Linux a file
// path is a slash-separated path; this package adds the ones that know
// about the file system or the host's conventions: Abs, Rel, Glob, Walk,
// WalkDir, SplitList and the separator constants.
package filepath

import (
	"errors"
	"internal/pathmatch"
	"io/fs"
	"os"
	"path"
	"sort"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir and SkipAll, returned by a walk function, skip a directory or
// end the walk (they are io/fs's values).
var (
	SkipDir = fs.SkipDir
	SkipAll = fs.SkipAll
)

// Clean returns the shortest path name equivalent to path by purely
// lexical processing (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// Join joins any number of path elements into a single path, separating
// them with slashes; empty elements are ignored and the result is Cleaned.
// If all elements are empty, Join returns "".
func Join(elem ...string) string { return path.Join(elem...) }

// Split splits path immediately following the final separator, into a
// directory and file name component.
func Split(p string) (dir, file string) { return path.Split(p) }

// Base returns the last element of path; "." for "" and "/" for a path of
// separators only.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, Cleaned.
func Dir(p string) string { return path.Dir(p) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName returns leading volume name; on Linux there is none.
func VolumeName(p string) string { return "" }

// ToSlash returns the result of replacing each separator character in
// path with a slash ('/'); on Linux, path itself.
func ToSlash(p string) string { return p }

// FromSlash returns the result of replacing each slash ('/') character in
// path with a separator character; on Linux, path itself.
func FromSlash(p string) string { return p }

// SplitList splits a list of paths joined by the OS-specific
// ListSeparator, usually found in PATH or GOPATH environment variables.
// Unlike strings.Split, SplitList returns an empty slice when passed an
// empty string.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	var out []string
	start := 0
	for i := 0; i < len(list); i++ {
		if list[i] == ListSeparator {
			out = append(out, list[start:i])
			start = i + 1
		}
	}
	return append(out, list[start:])
}

// Match reports whether name matches the shell file name pattern (see
// path.Match for the syntax). The only possible returned error is
// ErrBadPattern, when pattern is malformed; unlike path.Match, the part
// of the pattern after the first piece that fails to match is not
// checked.
func Match(pattern, name string) (matched bool, err error) {
	matched, bad := pathmatch.Match(pattern, name, false)
	if bad {
		return false, ErrBadPattern
	}
	return matched, nil
}

// Abs returns an absolute representation of path: if the path is not
// absolute it is joined with the current working directory. The result
// is Cleaned.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath
// when joined to basepath with an intervening separator: Join(basepath,
// Rel(basepath, targpath)) is equivalent to targpath itself. An error is
// returned if targpath can't be made relative to basepath (one is
// absolute and the other not, or the way up would pass a "..").
//
// Both paths are Cleaned and split into elements; after their common
// leading elements, each remaining element of the base becomes a "..",
// followed by the remaining elements of the target.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if targ == "." {
		targ = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	b, t := elements(base), elements(targ)
	k := 0
	for k < len(b) && k < len(t) && b[k] == t[k] {
		k++
	}
	if k < len(b) && b[k] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	var out []byte
	for i := k; i < len(b); i++ {
		if len(out) > 0 {
			out = append(out, Separator)
		}
		out = append(out, ".."...)
	}
	for i := k; i < len(t); i++ {
		if len(out) > 0 {
			out = append(out, Separator)
		}
		out = append(out, t[i]...)
	}
	return string(out), nil
}

// elements splits a Cleaned path into its elements ("/" and "" have none).
func elements(p string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(p); i++ {
		if i == len(p) || p[i] == Separator {
			if i > start {
				out = append(out, p[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// hasMeta reports whether p contains any of the magic characters
// recognized by Match.
func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// Glob returns the names of all files matching pattern or nil if there is
// no matching file. The syntax of patterns is the same as in Match. The
// pattern may describe hierarchical names such as /usr/*/bin/ed. Glob
// ignores file system errors such as I/O errors reading directories. The
// only possible returned error is ErrBadPattern, when pattern is
// malformed.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case "/":
	default:
		dir = dir[:len(dir)-1] // the trailing separator
	}
	if !hasMeta(dir) {
		return globIn(dir, file, nil)
	}
	if dir == pattern {
		// A pattern like "a[" + "/" that Split cannot shorten.
		return nil, ErrBadPattern
	}
	dirs, err := Glob(dir)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		if matches, err = globIn(d, file, matches); err != nil {
			return nil, err
		}
	}
	return matches, nil
}

// globIn appends to matches the entries of directory dir (in sorted order)
// whose names match pattern.
func globIn(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	names, err := readDirNames(dir)
	if err != nil {
		return matches, nil
	}
	for _, name := range names {
		ok, err := Match(pattern, name)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, name))
		}
	}
	return matches, nil
}

// readDirNames returns the sorted names of the entries of dir.
func readDirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkFunc is the type of the function called by Walk to visit each file
// or directory.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// WalkDir walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order within each
// directory. fn's error result controls the walk: SkipDir skips the
// directory (or, for a file, the rest of its directory), SkipAll ends the
// walk, any other error ends it and is returned. A directory that cannot
// be read is reported by a second call of fn with the error.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walkDir visits p (whose entry is d) and, for a directory, its contents.
func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	err := fn(p, d, nil)
	if err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		if err = fn(p, d, err); err != nil {
			if err == SkipDir {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkDir(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				return nil // a file asked to skip the rest of its directory
			}
			return err
		}
	}
	return nil
}

// Walk walks the file tree rooted at root, calling fn for each file or
// directory in the tree, including root, in lexical order. It is like
// WalkDir but passes each file's FileInfo (from Lstat), and reads a
// directory before visiting it, so fn sees a directory's read error in
// the directory's own call.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, readErr := readDirNames(p)
	if err := fn(p, info, readErr); readErr != nil || err != nil {
		return err
	}
	for _, name := range names {
		child := Join(p, name)
		childInfo, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, childInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walk(child, childInfo, fn); err != nil && (err != SkipDir || !childInfo.IsDir()) {
			return err
		}
	}
	return nil
}
