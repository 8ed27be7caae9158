// File metadata: Stat, Lstat, File.Stat and SameFile.
//
// The runtime's rt_fstatat copies the fields os needs out of the kernel's
// struct stat into a rawStat; fileStat turns them into an fs.FileInfo the
// way gc does: the permission bits, the type bits mapped from S_IFMT, and
// the setuid, setgid and sticky bits.

package os

import (
	"io/fs"
	"time"
)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A DirEntry is an entry read from a directory (see ReadDir).
type DirEntry = fs.DirEntry

// rawStat is the layout rt_fstatat fills (runtime/src/file.rs, RawStat;
// change both): 48 bytes.
type rawStat struct {
	dev       uint64
	ino       uint64
	mode      uint32 // st_mode: S_IFMT type and permission bits
	size      int64
	mtimeSec  int64
	mtimeNsec int64
}

// fstatat stats path relative to dirfd with flags; 0 or -errno.
//
//go:noescape
//rgo:runtime rt_fstatat
func fstatat(dirfd int, path string, st *rawStat, flags int) int

const (
	atFdcwd           = -100   // AT_FDCWD: relative to the working directory
	atSymlinkNofollow = 0x100  // AT_SYMLINK_NOFOLLOW: Lstat
	atEmptyPath       = 0x1000 // AT_EMPTY_PATH: the descriptor itself
)

// Linux st_mode bits.
const (
	sIFMT   = 0xf000
	sIFBLK  = 0x6000
	sIFCHR  = 0x2000
	sIFDIR  = 0x4000
	sIFIFO  = 0x1000
	sIFLNK  = 0xa000
	sIFREG  = 0x8000
	sIFSOCK = 0xc000
	sISUID  = 0x800
	sISGID  = 0x400
	sISVTX  = 0x200
)

// fileStat is os's FileInfo.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     rawStat
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

// modeFromUnix converts st_mode to a FileMode.
func modeFromUnix(m uint32) FileMode {
	mode := FileMode(m & 0o777)
	switch m & sIFMT {
	case sIFBLK:
		mode |= ModeDevice
	case sIFCHR:
		mode |= ModeDevice | ModeCharDevice
	case sIFDIR:
		mode |= ModeDir
	case sIFIFO:
		mode |= ModeNamedPipe
	case sIFLNK:
		mode |= ModeSymlink
	case sIFSOCK:
		mode |= ModeSocket
	}
	if m&sISGID != 0 {
		mode |= ModeSetgid
	}
	if m&sISUID != 0 {
		mode |= ModeSetuid
	}
	if m&sISVTX != 0 {
		mode |= ModeSticky
	}
	return mode
}

// newFileStat builds the FileInfo of the file called name (its base name
// is kept) from st.
func newFileStat(name string, st *rawStat) *fileStat {
	return &fileStat{
		name:    basename(name),
		size:    st.size,
		mode:    modeFromUnix(st.mode),
		modTime: time.Unix(st.mtimeSec, st.mtimeNsec),
		sys:     *st,
	}
}

// basename is the last element of name, with trailing slashes removed
// ("/" stays "/").
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

func statAt(op, name string, flags int) (FileInfo, error) {
	var st rawStat
	if e := fstatat(atFdcwd, name, &st, flags); e < 0 {
		return nil, &PathError{Op: op, Path: name, Err: Errno(-e)}
	}
	return newFileStat(name, &st), nil
}

// Stat returns a FileInfo describing the named file. If there is an
// error, it will be of type *PathError.
func Stat(name string) (FileInfo, error) {
	return statAt("stat", name, 0)
}

// Lstat returns a FileInfo describing the named file. If the file is a
// symbolic link, the returned FileInfo describes the symbolic link. Lstat
// makes no attempt to follow the link. If there is an error, it will be of
// type *PathError.
func Lstat(name string) (FileInfo, error) {
	return statAt("lstat", name, atSymlinkNofollow)
}

// Stat returns the FileInfo structure describing file. If there is an
// error, it will be of type *PathError.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed {
		return nil, &PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	var st rawStat
	if e := fstatat(f.fd, "", &st, atEmptyPath); e < 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: Errno(-e)}
	}
	return newFileStat(f.name, &st), nil
}

// SameFile reports whether fi1 and fi2 describe the same file (the same
// device and inode). It only works for FileInfos returned by this
// package; otherwise it returns false.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.sys.dev == b.sys.dev && a.sys.ino == b.sys.ino
}
