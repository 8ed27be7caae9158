// run

// Integers at their limits in every base and flag combination, including
// sized types, uintptr, negative values under %x/%o/%b and big widths.
package main

import (
	"fmt"
	"math"
)

type Port uint16
type Delta int8

func main() {
	vals := []any{int8(math.MinInt8), int8(math.MaxInt8), int16(math.MinInt16), uint16(math.MaxUint16),
		int32(math.MinInt32), uint32(math.MaxUint32), int64(math.MinInt64), int64(math.MaxInt64),
		uint64(math.MaxUint64), uintptr(0xdead), Port(8080), Delta(-3), 0, -1}
	for _, v := range vals {
		fmt.Printf("%T: %v|%d|%+d|%x|%#X|%o|%#o|%O|%b|%08d|%-6d|% d\n", v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%c %q %U\n", Port(65), Delta(66), uint8(67))
	fmt.Printf("%.0d|%.5d|%+.3d|%#.4x|%x\n", 0, -12, 5, 10, -255)
	fmt.Printf("%50d|\n", math.MaxInt64)
	fmt.Printf("%-50b|\n", 1023)
	fmt.Printf("%#b %#o %#x %#X\n", 5, 8, 255, 255)
	fmt.Printf("%08.3d|% 08d|%+08d|%-+8d|\n", 42, 42, 42, 42)
	fmt.Printf("%x %X %o\n", []int{10, 11}, [2]uint8{254, 255}, map[string]int{"a": 8})
	fmt.Printf("%d %d\n", []int8{-1, 1}, &[]int{1})
	fmt.Printf("%v %v\n", []uint8{1, 2}, []int32{'a', 'b'})
	fmt.Printf("%c %q\n", []rune("hé"), []int32{'x', 'y'})
	fmt.Printf("%6.2d|%-6.2d|%06.2d\n", 3, 3, 3)
	fmt.Println(math.MinInt64, uint64(math.MaxUint64), int8(-128), Port(1), Delta(-1))
}
