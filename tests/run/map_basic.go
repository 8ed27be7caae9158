// run

package main

import "fmt"

func main() {
	ages := map[string]int{"alice": 31, "bob": 27}
	fmt.Println(len(ages), ages["alice"], ages["bob"], ages["carol"])
	ages["carol"] = 40
	fmt.Println(len(ages), ages["carol"])
	if a, ok := ages["bob"]; ok {
		fmt.Println("bob is", a)
	}
	if _, ok := ages["dave"]; !ok {
		fmt.Println("no dave")
	}
	ages["bob"] = 28
	fmt.Println(ages["bob"], len(ages))
	delete(ages, "alice")
	delete(ages, "nobody")
	_, ok := ages["alice"]
	fmt.Println(ok, len(ages))
	var v int
	v, ok = ages["carol"]
	fmt.Println(v, ok)
	empty := map[int]bool{}
	fmt.Println(len(empty), empty[3])
}
