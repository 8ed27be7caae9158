// run

// The print and println builtins accept a single multi-value call and
// print each of its results (to stderr, in the builtins' own format).

package main

import "errors"

func pair() (int, string)              { return 1, "a" }
func triple() (float64, bool, error)   { return 2.5, true, nil }
func none() (x int8, y uint, z string) { return }
func fail() (int, error)               { return -3, errors.New("e") }

func main() {
	println(pair())
	print(pair())
	print("\n")
	println(triple())
	println(none())
	n, err := fail()
	println(n, err != nil)
	println("done")
}
