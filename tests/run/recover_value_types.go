// run

package main

import (
	"errors"
	"fmt"
)

type Temp float64

type Pair struct {
	A int
	B string
}

func catch(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case Pair:
			fmt.Printf("%T: %d %s\n", v, v.A, v.B)
		case *Pair:
			fmt.Printf("%T: %d %s\n", v, v.A, v.B)
		default:
			fmt.Printf("%T: %v\n", r, r)
		}
	}()
	f()
}

func main() {
	catch(func() { panic(42) })
	catch(func() { panic("text") })
	catch(func() { panic(Temp(36.6)) })
	catch(func() { panic(Pair{1, "x"}) })
	catch(func() { panic(&Pair{2, "y"}) })
	catch(func() { panic([]int{1, 2, 3}) })
	catch(func() { panic(errors.New("an error")) })
	catch(func() { panic(true) })
	catch(func() { panic('r') })
	catch(func() { panic(uint8(255)) })
}
