// Package os provides a platform-independent interface to operating system
// functionality: files (Open, Create, OpenFile, ReadFile, WriteFile,
// Remove, Stat; stat.go), directories (dir.go), the standard streams,
// Args, Exit and the environment (env.go).
//
// rgo's os, written in Go; system calls are runtime intrinsics (body-less
// functions bound with //rgo:runtime). Errors are *PathError values whose
// texts match gc's ("open nosuch: no such file or directory"), and
// errors.Is(err, ErrNotExist) etc. work as in gc.
package os

import (
	"io"
	"io/fs"
)

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// The file mode bits (see io/fs).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Portable analogs of some common system call errors (io/fs's values).
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// File represents an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
	dir    *dirBuf // directory-reading state, created by the first ReadDir
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

//go:noescape
//rgo:runtime rt_write
func write(fd int, p *byte, n int) int

//go:noescape
//rgo:runtime rt_read
func read(fd int, p *byte, n int) int

//go:noescape
//rgo:runtime rt_open
func open(path string, flags int, perm int) int

//rgo:runtime rt_close
func closeFd(fd int) int

//go:noescape
//rgo:runtime rt_remove
func remove(path string) int

//rgo:runtime rt_argc
func argc() int

//rgo:runtime rt_argv
func argv(i int) string

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
//
//rgo:runtime rt_exit
func Exit(code int)

func runtimeArgs() []string {
	n := argc()
	a := make([]string, n)
	for i := 0; i < n; i++ {
		a[i] = argv(i)
	}
	return a
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string {
	return f.name
}

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil || f.closed {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid returns an error if f is nil or closed.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, &b[0], len(b))
	if n < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: Errno(-n)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any. Write returns a non-nil error when
// n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = write(f.fd, &b[0], len(b))
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: Errno(-n)}
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := closeFd(f.fd); e < 0 {
		return &PathError{Op: "close", Path: f.name, Err: Errno(-e)}
	}
	return nil
}

// OpenFile is the generalized open call; most users will use Open or
// Create instead. It opens the named file with specified flag (O_RDONLY
// etc.). If the file does not exist, and the O_CREATE flag is passed, it
// is created with mode perm (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd := open(name, flag, int(perm&ModePerm))
	if fd < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: Errno(-fd)}
	}
	return &File{fd: fd, name: name}, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file. If the file already exists,
// it is truncated. If the file does not exist, it is created with mode
// 0o666 (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0o666)
}

// ReadFile reads the named file and returns the contents. A successful
// call returns err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	data := make([]byte, 0, 512)
	for {
		n := 0
		if len(data) < cap(data) {
			n = read(f.fd, &data[:cap(data)][len(data)], cap(data)-len(data))
		} else {
			data = append(data, 0)[:len(data)]
			continue
		}
		if n < 0 {
			f.Close()
			return data, &PathError{Op: "read", Path: name, Err: Errno(-n)}
		}
		if n == 0 {
			f.Close()
			return data, nil
		}
		data = data[:len(data)+n]
	}
}

// WriteFile writes data to the named file, creating it if necessary. If
// the file does not exist, WriteFile creates it with permissions perm
// (before umask); otherwise WriteFile truncates it before writing, without
// changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := remove(name); e < 0 {
		return &PathError{Op: "remove", Path: name, Err: Errno(-e)}
	}
	return nil
}

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// An Errno is an unsigned number describing an error condition (gc's
// syscall.Errno; rgo has no syscall package, so it lives here).
type Errno uintptr

func (e Errno) Error() string {
	if 0 < int(e) && int(e) < len(errnoText) && errnoText[e] != "" {
		return errnoText[e]
	}
	return "errno " + itoa(int(e))
}

// Is makes errors.Is(err, ErrNotExist) and friends work, as in gc.
func (e Errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 13 || e == 1 // EACCES, EPERM
	case ErrExist:
		return e == 17 || e == 39 // EEXIST, ENOTEMPTY
	case ErrNotExist:
		return e == 2 // ENOENT
	}
	return false
}

// underlyingErrorIs reports whether err (unwrapped from a PathError) is
// target, or an Errno that maps to it.
func underlyingErrorIs(err, target error) bool {
	if pe, ok := err.(*PathError); ok {
		err = pe.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(Errno)
	return ok && e.Is(target)
}

// IsNotExist returns a boolean indicating whether its argument is known to
// report that a file or directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsExist returns a boolean indicating whether its argument is known to
// report that a file or directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsPermission returns a boolean indicating whether its argument is known
// to report that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
