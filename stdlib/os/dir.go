// Directories: ReadDir and File.ReadDir/Readdirnames (over the kernel's
// getdents64 records), MkdirAll, RemoveAll and Getwd.
//
// A directory read fills a buffer with linux_dirent64 records, each laid
// out as
//
//	offset 0  d_ino    uint64
//	offset 8  d_off    int64
//	offset 16 d_reclen uint16 (the record's length, padding included)
//	offset 18 d_type   uint8  (DT_DIR, DT_REG, ...; DT_UNKNOWN if the file
//	                           system does not say)
//	offset 19 d_name   NUL-terminated
//
// and hands out entries from it, skipping "." and "..". The buffer lives
// in the File, so successive ReadDir(n) calls continue where the last
// one stopped.

package os

import (
	"io"
	"io/fs"
	"sort"
)

//go:noescape
//rgo:runtime rt_getdents
func getdents(fd int, buf *byte, n int) int

//go:noescape
//rgo:runtime rt_getcwd
func getcwd(buf *byte, n int) int

// oDirectory is O_DIRECTORY: open fails unless the path is a directory.
const oDirectory = 0x10000

// dirBuf is a File's directory-reading state.
type dirBuf struct {
	buf      []byte
	pos, end int // unread records are buf[pos:end]
}

// dirEntry is os's DirEntry.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo // filled when the type had to be found by Lstat
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }
func (d *dirEntry) String() string { return fs.FormatDirEntry(d) }
func (d *dirEntry) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

// typeFromDT maps a d_type to FileMode type bits; ok is false for
// DT_UNKNOWN and anything unexpected.
func typeFromDT(t byte) (FileMode, bool) {
	switch t {
	case 1:
		return ModeNamedPipe, true
	case 2:
		return ModeDevice | ModeCharDevice, true
	case 4:
		return ModeDir, true
	case 6:
		return ModeDevice, true
	case 8:
		return 0, true
	case 10:
		return ModeSymlink, true
	case 12:
		return ModeSocket, true
	}
	return 0, false
}

// nextDirent returns the next entry's name and d_type; ok is false at the
// end of the directory.
func (f *File) nextDirent() (name string, dtype byte, ok bool, err error) {
	if f.dir == nil {
		f.dir = &dirBuf{buf: make([]byte, 8192)}
	}
	d := f.dir
	for {
		if d.pos >= d.end {
			n := getdents(f.fd, &d.buf[0], len(d.buf))
			if n < 0 {
				return "", 0, false, &PathError{Op: "readdirent", Path: f.name, Err: Errno(-n)}
			}
			if n == 0 {
				return "", 0, false, nil
			}
			d.pos, d.end = 0, n
		}
		rec := d.buf[d.pos:d.end]
		reclen := int(rec[16]) | int(rec[17])<<8
		d.pos += reclen
		nameBytes := rec[19:reclen]
		for i, c := range nameBytes {
			if c == 0 {
				nameBytes = nameBytes[:i]
				break
			}
		}
		name = string(nameBytes)
		if name == "." || name == ".." {
			continue
		}
		return name, rec[18], true, nil
	}
}

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order. Subsequent
// calls on the same file will yield later DirEntry records in the
// directory.
//
// If n > 0, ReadDir returns at most n DirEntry records. In this case, if
// ReadDir returns an empty slice, it will return an error explaining why.
// At the end of a directory, the error is io.EOF.
//
// If n <= 0, ReadDir returns all the DirEntry records remaining in the
// directory. When it succeeds, it returns a nil error (not io.EOF).
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	var out []DirEntry
	for n <= 0 || len(out) < n {
		name, dtype, ok, err := f.nextDirent()
		if err != nil {
			return out, err
		}
		if !ok {
			break
		}
		e := &dirEntry{parent: f.name, name: name}
		if typ, known := typeFromDT(dtype); known {
			e.typ = typ
		} else {
			info, err := Lstat(f.name + "/" + name)
			if IsNotExist(err) {
				continue // removed since the directory was read
			}
			if err != nil {
				return out, err
			}
			e.typ, e.info = info.Mode().Type(), info
		}
		out = append(out, e)
	}
	if n > 0 && len(out) == 0 {
		return nil, io.EOF
	}
	return out, nil
}

// Readdirnames reads the contents of the directory associated with file
// and returns a slice of up to n names of files in the directory, in
// directory order, with the same rules for n and io.EOF as ReadDir.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.checkValid("readdir"); err != nil {
		return nil, err
	}
	for n <= 0 || len(names) < n {
		name, _, ok, err := f.nextDirent()
		if err != nil {
			return names, err
		}
		if !ok {
			break
		}
		names = append(names, name)
	}
	if n > 0 && len(names) == 0 {
		return nil, io.EOF
	}
	return names, nil
}

// ReadDir reads the named directory, returning all its directory entries
// sorted by filename. If an error occurs reading the directory, ReadDir
// returns the entries it was able to read before the error, along with
// the error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := OpenFile(name, O_RDONLY|oDirectory, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error. The permission bits
// perm (before umask) are used for all directories that MkdirAll creates.
// If path is already a directory, MkdirAll does nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	if info, err := Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: Errno(20)} // ENOTDIR
	}
	// Make the parent first: path without its last element (and the
	// slashes around that element).
	end := len(path)
	for end > 0 && path[end-1] == '/' {
		end--
	}
	for end > 0 && path[end-1] != '/' {
		end--
	}
	if end > 1 {
		if err := MkdirAll(path[:end-1], perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// "dir/." and the like fail with EEXIST although they name a
		// directory that now exists.
		if info, err1 := Lstat(path); err1 == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and any children it contains. It removes
// everything it can but returns the first error it encounters. If the
// path does not exist, RemoveAll returns nil (no error).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-1] == '.' && path[len(path)-2] == '/' {
		return &PathError{Op: "RemoveAll", Path: path, Err: Errno(22)} // EINVAL
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	info, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !info.IsDir() {
		return err
	}
	f, err := OpenFile(path, O_RDONLY|oDirectory, 0)
	if err != nil {
		if IsNotExist(err) {
			return nil
		}
		return err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return err
	}
	var first error
	for _, name := range names {
		if err := RemoveAll(path + "/" + name); err != nil && first == nil {
			first = err
		}
	}
	if err := Remove(path); err != nil && !IsNotExist(err) && first == nil {
		first = err
	}
	return first
}

// Getwd returns an absolute path name corresponding to the current
// directory. As in gc, $PWD is returned when it names the current
// directory, which keeps the spelling (symbolic links) the shell used.
func Getwd() (dir string, err error) {
	if pwd := Getenv("PWD"); len(pwd) > 0 && pwd[0] == '/' {
		dot, err := Stat(".")
		if err != nil {
			return "", err
		}
		if d, err := Stat(pwd); err == nil && SameFile(dot, d) {
			return pwd, nil
		}
	}
	for size := 4096; ; size *= 2 {
		buf := make([]byte, size)
		n := getcwd(&buf[0], len(buf))
		if n >= 0 {
			return string(buf[:n]), nil
		}
		if n != -34 { // ERANGE: try a larger buffer
			return "", NewSyscallError("getwd", Errno(-n))
		}
	}
}

// PathSeparator is the OS-specific path separator.
const PathSeparator = '/'

// PathListSeparator is the OS-specific path list separator.
const PathListSeparator = ':'

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool { return c == '/' }
