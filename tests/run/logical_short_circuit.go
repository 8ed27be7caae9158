// run

// && and || evaluate their right operand only when needed.
package main

import "fmt"

func t(name string) bool {
	fmt.Println("eval", name)
	return true
}

func f(name string) bool {
	fmt.Println("eval", name)
	return false
}

func main() {
	fmt.Println(t("a") && f("b"))
	fmt.Println(f("c") && t("d"))
	fmt.Println(t("e") || f("f"))
	fmt.Println(f("g") || t("h"))
	fmt.Println(!t("i") || !f("j"))
	fmt.Println(f("k") || f("l") || t("m") || t("n"))
	x := 0
	if x != 0 && 10/x > 1 {
		fmt.Println("unreachable")
	} else {
		fmt.Println("guarded division skipped")
	}
	a, b := true, false
	fmt.Println(a && b, a || b, !a, !b, a == b, a != b)
}
