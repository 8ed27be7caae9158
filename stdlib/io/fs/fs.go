// Package fs defines basic interfaces to a file system: here the parts
// package os shares with it, as in gc: the portable error values, PathError
// and FileMode (os declares aliases of them, so errors.Is(err,
// fs.ErrNotExist) and errors.As(err, &*fs.PathError) work on os errors and
// %T prints *fs.PathError as gc does), and the FileInfo and DirEntry
// interfaces that os.Stat and os.ReadDir return.
//
// rgo's io/fs, written in Go; the file-system interfaces FS and File are
// not provided yet.
package fs

import (
	"errors"
	"time"
)

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string       // base name of the file
	Size() int64        // length in bytes for regular files; system-dependent for others
	Mode() FileMode     // file mode bits
	ModTime() time.Time // modification time
	IsDir() bool        // abbreviation for Mode().IsDir()
	Sys() any           // underlying data source (can return nil)
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	// Name returns the name of the file (or subdirectory) described by the
	// entry: only the final element of the path (the base name).
	Name() string
	// IsDir reports whether the entry describes a directory.
	IsDir() bool
	// Type returns the type bits for the entry (a subset of the usual
	// FileMode bits returned by the FileMode.Type method).
	Type() FileMode
	// Info returns the FileInfo for the file or subdirectory described by
	// the entry.
	Info() (FileInfo, error)
}

// FormatDirEntry returns a formatted version of dir for human
// readability: the type letters of its mode (without permission bits), a
// space, the name and a slash for a directory, e.g. "d subdir/".
func FormatDirEntry(dir DirEntry) string {
	mode := dir.Type().String()
	s := mode[:len(mode)-9] + " " + dir.Name()
	if dir.IsDir() {
		s += "/"
	}
	return s
}

// Generic file system errors. Errors returned by file systems can be tested
// against these errors using errors.Is.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

// String renders the mode as ls does: one letter per set type bit (or "-"),
// then rwx triples.
func (m FileMode) String() string {
	const kinds = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i := 0; i < len(kinds); i++ {
		if m&(1<<uint(31-i)) != 0 {
			buf[w] = kinds[i]
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i := 0; i < len(rwx); i++ {
		if m&(1<<uint(8-i)) != 0 {
			buf[w] = rwx[i]
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m.
func (m FileMode) Type() FileMode { return m & ModeType }

// SkipDir is used as a return value from WalkDirFuncs to indicate that
// the directory named in the call is to be skipped. It is not returned as
// an error by any function.
var SkipDir = errors.New("skip this directory")

// SkipAll is used as a return value from WalkDirFuncs to indicate that all
// remaining files and directories are to be skipped. It is not returned
// as an error by any function.
var SkipAll = errors.New("skip everything and stop the walk")

// WalkDirFunc is the type of the function called by WalkDir to visit each
// file or directory (see path/filepath.WalkDir).
type WalkDirFunc func(path string, d DirEntry, err error) error

// FileInfoToDirEntry returns a DirEntry that returns information from
// info. If info is nil, FileInfoToDirEntry returns nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &infoDirEntry{info}
}

// infoDirEntry is a DirEntry made from a FileInfo.
type infoDirEntry struct{ info FileInfo }

func (d *infoDirEntry) Name() string            { return d.info.Name() }
func (d *infoDirEntry) IsDir() bool             { return d.info.IsDir() }
func (d *infoDirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d *infoDirEntry) Info() (FileInfo, error) { return d.info, nil }
func (d *infoDirEntry) String() string          { return FormatDirEntry(d) }
