// run

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	s := []byte("---")
	if p&Read != 0 {
		s[0] = 'r'
	}
	if p&Write != 0 {
		s[1] = 'w'
	}
	if p&Exec != 0 {
		s[2] = 'x'
	}
	return string(s)
}

const (
	a, b = iota, iota * 10
	c, d
	e, f = "e", len("ff")
)

const huge = 1 << 100
const ratio = huge >> 98

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, ":", d.Weekend(), " ")
	}
	fmt.Println()
	fmt.Println(KB, MB, GB, TB, ByteSize(1500), ByteSize(3.5e9), ByteSize(12))
	fmt.Println(Read, Write, Exec, All, Read|Exec, All&^Write, Perm(0))
	fmt.Printf("%d %v %s %x\n", All, All, Write|Exec, All)
	fmt.Println(a, b, c, d, e, f, ratio)
	var w Weekday = 3
	switch w {
	case Monday, Wednesday, Friday:
		fmt.Println("gym day", w)
	default:
		fmt.Println("rest", w)
	}
	fmt.Printf("%v %d %T\n", Friday, Friday, Friday)
}
