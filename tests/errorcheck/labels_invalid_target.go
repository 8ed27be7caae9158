// errorcheck

// break and continue with labels that do not name an enclosing loop.
package main

func main() {
Block:
	{
		for i := 0; i < 3; i++ {
			if i == 1 {
				continue Block // ERROR "invalid continue label Block"
			}
		}
	}
Sw:
	switch x := 3; x {
	case 3:
		for {
			continue Sw // ERROR "invalid continue label Sw"
		}
	}
	for i := 0; i < 3; i++ {
	Inner:
		println(i)
		break Inner // ERROR "invalid break label Inner"
	}
	goto Block
}
