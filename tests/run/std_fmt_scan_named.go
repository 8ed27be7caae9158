// run

// Scanning into pointers of named types of every basic kind (through
// fmt's reflection path) and into fields of structs.
package main

import "fmt"

type (
	Celsius float64
	Meters  float32
	Count   uint32
	Offset  int16
	Flag    bool
	Label   string
	Raw     []byte
	Code    uint8
	Big     int64
)

type Reading struct {
	Sensor Label
	Temp   Celsius
	Height Meters
	N      Count
	Ok     Flag
}

func main() {
	var r Reading
	n, err := fmt.Sscan("probe-7 21.5 1.25 42 true", &r.Sensor, &r.Temp, &r.Height, &r.N, &r.Ok)
	fmt.Printf("%d %v %+v\n", n, err, r)
	var off Offset
	var code Code
	var big Big
	var raw Raw
	n, err = fmt.Sscanf("-300 0x7f 9000000000 deadbeef", "%d %v %d %x", &off, &code, &big, &raw)
	fmt.Println(n, err, off, code, big, raw)
	n, err = fmt.Sscan("40000", &off)
	fmt.Println(n, err)
	n, err = fmt.Sscan("256", &code)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("T", "%t", &r.Ok)
	fmt.Println(n, err, r.Ok)
	n, err = fmt.Sscanf("5", "%s", &r.N)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", &r.Sensor)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("x", "%c", &code)
	fmt.Println(n, err, code)
	n, err = fmt.Sscanf("€", "%c", &code)
	fmt.Println(n, err)
	var pts [2]struct{ X, Y int }
	n, err = fmt.Sscanf("(1,2) (3,4)", "(%d,%d) (%d,%d)", &pts[0].X, &pts[0].Y, &pts[1].X, &pts[1].Y)
	fmt.Println(n, err, pts)
	ints := make([]int, 4)
	args := make([]any, len(ints))
	for i := range ints {
		args[i] = &ints[i]
	}
	n, err = fmt.Sscan("10 20 30 40", args...)
	fmt.Println(n, err, ints)
}
