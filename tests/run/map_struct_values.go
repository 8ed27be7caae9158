// run

package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Salary int
	Tags   [3]string
	Boss   *Employee
}

type Big struct {
	Data [20]int64
	Note string
}

func main() {
	staff := map[int]Employee{}
	boss := &Employee{Name: "Ann", Salary: 300}
	staff[1] = Employee{"Bob", 100, [3]string{"a", "b", "c"}, boss}
	staff[2] = Employee{Name: "Cid", Salary: 150}
	e := staff[1]
	e.Salary = 999
	fmt.Println(staff[1].Salary, e.Salary, staff[1].Name, staff[1].Tags[2], staff[1].Boss.Name)
	staff[2] = e
	fmt.Println(staff[2].Name, staff[2].Salary, len(staff))
	fmt.Println(staff[3].Name == "", staff[3].Boss == nil, staff[3].Tags[0] == "")
	if got, ok := staff[1]; ok {
		fmt.Println(got.Name, got.Tags)
	}

	ptrs := map[string]*Employee{"ann": boss}
	ptrs["ann"].Salary += 1
	fmt.Println(boss.Salary)

	bigs := map[string]Big{}
	var b Big
	for i := range b.Data {
		b.Data[i] = int64(i * i)
	}
	b.Note = "squares"
	bigs["sq"] = b
	b.Data[5] = -1
	fmt.Println(bigs["sq"].Data[5], bigs["sq"].Data[19], bigs["sq"].Note, bigs["none"].Data[19])
	for k, v := range bigs {
		fmt.Println(k, v.Data[3], v.Note)
	}
	x := bigs["sq"]
	bigs["sq"] = Big{Note: "reset"}
	fmt.Println(x.Data[4], bigs["sq"].Data[4], bigs["sq"].Note)

	byName := map[string]Employee{}
	for _, e := range staff {
		byName[e.Name] = e
	}
	var names []string
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
}
