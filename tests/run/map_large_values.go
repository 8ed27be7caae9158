// run

package main

import "fmt"

type Huge struct {
	Cells [300]int32
	Label string
}

type BigKey struct {
	Parts [40]int
	Name  string
}

func main() {
	m := map[int]Huge{}
	var h Huge
	for i := range h.Cells {
		h.Cells[i] = int32(i)
	}
	h.Label = "h"
	m[1] = h
	m[2] = Huge{Label: "empty"}
	fmt.Println(m[1].Cells[299], m[1].Label, m[2].Cells[10], m[2].Label, m[3].Cells[299], m[3].Label == "")
	v, ok := m[3]
	fmt.Println(v.Cells[0], ok)

	keys := map[BigKey]int{}
	var k BigKey
	for i := 0; i < 100; i++ {
		k.Parts[i%40] = i
		k.Name = fmt.Sprint(i % 7)
		keys[k] = i
	}
	fmt.Println(len(keys), keys[k])
	k.Parts[0]++
	fmt.Println(keys[k])

	arr := map[string][128]byte{}
	var a [128]byte
	a[127] = 7
	arr["x"] = a
	fmt.Println(arr["x"][127], arr["y"][127])
}
