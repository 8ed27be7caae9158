// run

package main

import "fmt"

func main() {
	fs := []float64{3.9, -3.9, 0.5, -0.5, 1e9, 255.99, -128.5}
	for _, f := range fs {
		fmt.Println(f, int(f), int32(f), int64(f), uint8(int(f)))
	}
	var f32 float32 = 16777217
	fmt.Println(f32, float64(f32))
	i := 1<<53 + 1
	fmt.Println(float64(i), float32(i))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	var i8 int8 = -128
	fmt.Println(uint8(i8), int16(i8), uint16(i8), uint32(i8), uint64(i8))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int(u8), int64(int8(u8)))
	var big int64 = 1<<40 + 12345
	fmt.Println(int32(big), int16(big), int8(big), uint32(big))
	x := 2.5
	fmt.Println(uint(x), uint32(x*3))
	var neg float64 = -7.999
	fmt.Println(int(neg), int8(neg))
	c := 'A'
	fmt.Println(c, string(c), string(rune(c+1)), float64(c))
	var r rune = 0x4e16
	fmt.Println(string(r), len(string(r)))
	fmt.Println(string(rune(-1)), string(rune(0xD800)))
	var u16 uint16 = 65535
	u16++
	fmt.Println(u16)
	fmt.Printf("%.3f %v\n", float32(0.1), float64(float32(0.1)))
}
