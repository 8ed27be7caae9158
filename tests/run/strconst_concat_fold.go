// run

package main

import "fmt"

const (
	A = "\xe4\xb8"
	B = "\x96"
	C = A + B
	D = "\u4e16"
	L = len(C)
)

func main() {
	fmt.Println(C == D, L, len(A+"x"))
	var arr [len(A) + len(B)]int
	fmt.Println(len(arr))
	s := A
	fmt.Println(s == "\xe4\xb8", s[1], s+B)
	for i, r := range A + "z" {
		fmt.Println(i, r)
	}
	b := []byte(B + A)
	fmt.Println(b)
	const bin = "\x00\x01\x02\xfe\xff"
	sum := 0
	for i := 0; i < len(bin); i++ {
		sum += int(bin[i])
	}
	fmt.Println(sum)
	fmt.Println(string(bin[4]) == "\u00ff", bin[3:] == "\xfe\xff")
	switch s + B {
	case "\xe4\xb8\x96":
		fmt.Println("matched bytes")
	default:
		fmt.Println("no match")
	}
	var x any = "\xff"
	fmt.Println(x == any("\xff"), x.(string) == "\xff")
	fmt.Printf("%x\n", "\xde\xad\xbe\xef")
	fmt.Println(`\xff` == "\\xff", len(`\xff`))
}
