// errorcheck

// Interface declarations with duplicate or invalid methods.
package main

type Reader interface {
	Read(p []byte) (int, error)
	Read(s string) error // ERROR "duplicate method Read"
}

type ReadCloser interface {
	Reader
	Close() error
	Close() int // ERROR "duplicate method Close"
}

func main() {
	var r Reader
	var rc ReadCloser
	_, _ = r, rc
}
