// run

package main

import "fmt"

type Celsius float64
type Err string

func main() {
	defer fmt.Println("d")
	var e fmt.Stringer
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		fmt.Println(e.String())
	}()
	var arr []Celsius
	_ = arr
	panic(Err("custom string type"))
}
