// errorcheck

// Values assigned to interfaces whose methods their types lack.
package main

type Writer interface {
	Write(p []byte) (int, error)
}

type Closer interface {
	Close() error
}

type File struct{}

func (f *File) Write(p []byte) (int, error) { return len(p), nil }

type Buffer struct{}

func (b Buffer) Write(p []byte) int { return len(p) }

func use(w Writer) {}

func main() {
	var w Writer = File{} // ERROR "cannot use File\{\} \(value of struct type File\) as Writer value in variable declaration: File does not implement Writer \(method Write has pointer receiver\)"
	use(Buffer{}) // ERROR "cannot use Buffer\{\} \(value of struct type Buffer\) as Writer value in argument to use: Buffer does not implement Writer \(wrong type for method Write\)"
	var c Closer = &File{} // ERROR "cannot use &File\{\} \(value of type \*File\) as Closer value in variable declaration: \*File does not implement Closer \(missing method Close\)"
	w = 5 // ERROR "cannot use 5 \(constant of type int\) as Writer value in assignment: int does not implement Writer \(missing method Write\)"
	_, _ = w, c
}
