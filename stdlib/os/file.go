// Package os provides a platform-independent interface to operating system
// functionality.
//
// rgo's os package, written in Go; system calls are runtime intrinsics
// (bodies-less functions bound with //rgo:runtime).
package os

// File represents an open file descriptor.
type File struct {
	fd   int
	name string
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string {
	return f.name
}

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr {
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n = write(f.fd, &b[0], len(b))
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errnoString(-n)}
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Exit causes the current program to exit with the given status code.
//
//rgo:runtime rt_exit
func Exit(code int)

//rgo:runtime rt_write
func write(fd int, p *byte, n int) int

//rgo:runtime rt_argc
func argc() int

//rgo:runtime rt_argv
func argv(i int) string

func runtimeArgs() []string {
	n := argc()
	a := make([]string, n)
	for i := 0; i < n; i++ {
		a[i] = argv(i)
	}
	return a
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string {
	return e.Op + " " + e.Path + ": " + e.Err.Error()
}

type errnoErr struct {
	msg string
}

func (e *errnoErr) Error() string {
	return e.msg
}

func errnoString(errno int) error {
	switch errno {
	case 9:
		return &errnoErr{"bad file descriptor"}
	case 32:
		return &errnoErr{"broken pipe"}
	}
	return &errnoErr{"errno " + itoa(errno)}
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b []byte
	for v > 0 {
		b = append(b, byte('0'+v%10))
		v /= 10
	}
	if neg {
		b = append(b, '-')
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}
