// run

package main

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "unknown"
}

func main() {
	panic(Color(1))
}
