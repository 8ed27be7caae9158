// run

package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Tuesday:
		return "Tue"
	case Thursday:
		return "Thu"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota * 10, iota + 100
	c, d
	e, f = "e", len("hello")
)

func main() {
	fmt.Println(Sunday, Monday, Thursday, Weekday(3), Weekday(10))
	fmt.Printf("%v %d %s %q\n", Tuesday, Tuesday, Tuesday, Tuesday)
	days := []Weekday{Thursday, Sunday}
	fmt.Println(days)
	fl := FlagA | FlagC
	fmt.Println(fl, fl.Has(FlagB), fl.Has(FlagC), FlagD, ^fl, fl&^FlagA)
	fmt.Println(KB, MB, GB/MB)
	fmt.Println(a, b, c, d, e, f)
	const big = 1 << 62
	fmt.Println(big/(1<<60), uint64(big)<<1, math.MaxInt8, math.MinInt16, uint32(math.MaxUint32))
	const typed int8 = 100
	var x = typed / 3
	fmt.Printf("%T %v\n", x, x)
	const fl2 = 5 / 2
	const fl3 = 5 / 2.0
	fmt.Println(fl2, fl3, 7.0/2, 1<<3+1, 'a'+1, string(rune('a'+1)))
	fmt.Printf("%T %T %T %T\n", fl2, fl3, 'a'+1, 1.5)
	var r rune = 'x'
	var by byte = 'y'
	fmt.Println(r, by, r+1, by+1, string(r), string(by))
	fmt.Println(len("héllo"), len([3]int{}), cap([5]int{}))
	const s = "const" + "ant"
	fmt.Println(s, len(s), s[1], s[1:3])
	var h float32 = 0.1
	fmt.Println(h == 0.1, float64(h) == 0.1, h*3)
	fmt.Println(math.Pi, float32(math.Pi), math.E*2)
}
