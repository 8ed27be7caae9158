// run

// Concatenation, len, indexing (a byte, printed as a number) and escapes.
package main

import "fmt"

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	fmt.Println(c, len(c))
	c += "!"
	fmt.Println(c, len(c))
	fmt.Println(c[0], c[1], c[len(c)-1])
	fmt.Println(len(""), len("héllo"), len("世界"))
	u := "héllo"
	fmt.Println(u[1], u[2])
	e := "a\tb\nc\\d\"e\x41\101"
	fmt.Println(len(e))
	fmt.Println(e)
	raw := `raw\n string`
	fmt.Println(raw, len(raw))
	s := ""
	for i := 0; i < 5; i++ {
		s = s + "ab"
	}
	fmt.Println(s, len(s))
	const k = "const" + "ant"
	fmt.Println(k, len(k), k[0])
}
