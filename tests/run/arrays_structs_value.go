// run

package main

import "fmt"

type Cell struct {
	R, C  int
	Label string
	Alive bool
}

type Board struct {
	Cells [3][3]Cell
	Name  string
}

func mark(b Board) Board {
	b.Cells[1][1].Label = "X"
	b.Name += "'"
	return b
}

func markPtr(b *Board) { b.Cells[0][2].Alive = true }

func main() {
	var b Board
	for i := range b.Cells {
		for j := range b.Cells[i] {
			b.Cells[i][j] = Cell{R: i, C: j, Label: "."}
		}
	}
	b.Name = "b"
	b2 := mark(b)
	markPtr(&b)
	fmt.Println(b.Cells[1][1].Label, b2.Cells[1][1].Label, b.Name, b2.Name)
	fmt.Println(b.Cells[0][2].Alive, b2.Cells[0][2].Alive)
	arr := [4]Cell{{Label: "a"}, {Label: "b"}}
	cp := arr
	cp[0].Label = "changed"
	fmt.Println(arr[0].Label, cp[0].Label, len(arr))
	for _, c := range arr {
		c.Label = "nope"
	}
	fmt.Println(arr[1].Label)
	for i := range arr {
		arr[i].R = i * i
	}
	fmt.Println(arr[3].R, arr)
	var m [2][3][4]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 4; k++ {
				m[i][j][k] = i*100 + j*10 + k
			}
		}
	}
	fmt.Println(m[1][2][3], m[0][1], len(m), len(m[0]), len(m[0][0]))
	row := m[1][0]
	row[0] = -1
	fmt.Println(m[1][0][0], row[0])
	ptrs := []*Cell{&arr[0], &arr[1]}
	ptrs[1].Label = "via ptr"
	fmt.Println(arr[1].Label)
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	g2 := grid
	g2[1][1] = "z"
	fmt.Println(grid, g2, grid == g2, grid != [2][2]string{{"a", "b"}, {"c", "d"}})
	sl := b.Cells[1][:]
	sl[0].Label = "S"
	fmt.Println(b.Cells[1][0].Label)
}
