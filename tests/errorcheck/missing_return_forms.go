// errorcheck

// Functions whose last statement does not terminate.
package main

func sw(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func swDefault(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func loopBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func loopOK() int {
	for {
	}
}

func sel(c chan int) int {
	select {
	case v := <-c:
		return v
	}
}

func ifElse(b bool) int {
	if b {
		return 1
	} else if !b {
		return 2
	}
} // ERROR "missing return"

func lit() {
	f := func() int {
		println("no return")
	} // ERROR "missing return"
	_ = f
}

func main() {
	sw(1)
	swDefault(1)
	loopBreak()
	loopOK()
	sel(nil)
	ifElse(true)
	lit()
}
