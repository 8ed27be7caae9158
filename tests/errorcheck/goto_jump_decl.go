// errorcheck

// goto may not jump over a variable declaration or into a block.
package main

func f(n int) int {
	if n > 0 {
		goto done // ERROR "goto done jumps over declaration of x at .*goto_jump_decl\.go:10:4"
	}
	x := n * 2
	println(x)
done:
	return n
}

func g(n int) {
	goto inside // ERROR "goto inside jumps into block starting at .*goto_jump_decl\.go:18:2"
	{
	inside:
		println(n)
	}
}

func h(n int) {
	for n > 0 {
		goto loop // ERROR "goto loop jumps into block starting at .*goto_jump_decl\.go:28:25"
	}
	for i := 0; i < n; i++ {
	loop:
		println(i)
	}
}

func main() {
	f(1)
	g(1)
	h(1)
}
