// run

package main

import "fmt"

func div(a, b int8) int8 { return a / b }

func main() {
	fmt.Println(div(-128, -1), div(7, 2), div(-7, 2))
	var zero int8
	fmt.Println(div(1, zero))
}
