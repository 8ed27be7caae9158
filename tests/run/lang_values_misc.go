// run

package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type T struct {
	a int
	b string
}


func f() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return x + 1
}

type I interface{ M() int }
type A int

func (a A) M() int { return int(a) }

type E struct{ I }

func g(vals ...any) {
	for _, v := range vals {
		switch x := v.(type) {
		case int, int64:
			fmt.Printf("int-ish %T %v\n", x, x)
		case string:
			fmt.Println("string", len(x))
		case nil:
			fmt.Println("nil")
		case error:
			fmt.Println("error", x)
		case fmt.Stringer:
			fmt.Println("stringer", x)
		case func() int:
			fmt.Println("func", x())
		case []int:
			fmt.Println("slice", len(x))
		default:
			fmt.Printf("other %T\n", x)
		}
	}
}

func main() {
	fmt.Println(f())
	e := E{A(5)}
	fmt.Println(e.M())
	var ii I = e
	fmt.Println(ii.M())
	g(1, int64(2), "abc", nil, os.ErrClosed, func() int { return 9 }, []int{1}, 3.5, struct{}{})

	const big = 1 << 100
	fmt.Println(big >> 98)
	const f32 float32 = 1.0 / 3
	fmt.Println(f32, float64(f32))
	var u8 uint8 = 200
	u8 += 100
	fmt.Println(u8, ^u8, -u8, u8<<1, u8>>1)
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8%-1)
	x := 0x7fffffffffffffff
	x++
	fmt.Println(x, -x)
	fmt.Println(7/-2, -7/2, 7%-2, -7%2, -7>>1, uint32(1)<<31)
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(s), []byte(s)[1], s[1:3])
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, r, " ")
	}
	fmt.Println([]rune(bad))
	words := strings.Fields(" the quick brown fox jumps over the lazy dog the end ")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	p := &arr
	for i, v := range p {
		p[i] = v + 1
	}
	fmt.Println(arr, len(p))
	ts := []T{{1, "a"}, {2, "b"}}
	for _, t := range ts {
		t.a = 100
	}
	for i := range ts {
		ts[i].a *= 10
	}
	fmt.Println(ts)
	mm := map[string]*T{}
	mm["x"] = &T{1, "x"}
	mm["x"].a++
	fmt.Println(*mm["x"])
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1, 2)
	ms["a"][0] = 7
	fmt.Println(ms)
	type point struct{ x, y int }
	mp := map[string]point{"p": {1, 2}}
	pt := mp["p"]
	pt.x = 9
	fmt.Println(mp, pt)
	var nilm map[string]int
	fmt.Println(nilm["q"], len(nilm))
	delete(nilm, "q")
	for range nilm {
	}
	clear(ms)
	fmt.Println(len(ms), min(3, 1, 2), max(2.5, 1), min("b", "a"))
}
