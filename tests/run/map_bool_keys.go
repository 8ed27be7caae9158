// run

package main

import "fmt"

func main() {
	parity := map[bool][]int{}
	for i := 0; i < 10; i++ {
		even := i%2 == 0
		parity[even] = append(parity[even], i)
	}
	fmt.Println(len(parity), parity[true], parity[false])
	names := map[bool]string{true: "yes", false: "no"}
	x := 3
	fmt.Println(names[x > 2], names[x > 5])
	delete(names, true)
	fmt.Println(len(names), names[true] == "")
}
