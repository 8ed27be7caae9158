// run

package main

import "fmt"

func main() {
	for _, s := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200} {
		var i8 int8 = -100
		var u8 uint8 = 0xa5
		var i16 int16 = -30000
		var u32 uint32 = 0xf0000001
		var i64 int64 = -12345
		var u64 uint64 = 0xffffffffffffffff
		fmt.Println(s, i8<<s, i8>>s, u8<<s, u8>>s, i16>>s, u32<<s, u32>>s, i64<<s, i64>>s, u64>>s, 1<<s)
	}
	var sh int = 3
	var sh8 int8 = 2
	var shu16 uint16 = 70
	x := 1000
	fmt.Println(x<<sh, x>>sh8, x<<shu16, int32(x)>>shu16, -x>>shu16)
}
