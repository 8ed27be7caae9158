// run

// Integer verbs of fmt with flags, widths and precisions.
package main

import (
	"fmt"
	"math"
)

type level int

func main() {
	vals := []any{0, 7, -7, 255, -255, 1 << 40, int8(-128), int16(32767), int32(math.MinInt32), int64(math.MaxInt64), int64(math.MinInt64), uint8(200), uint16(65535), uint32(math.MaxUint32), uint64(math.MaxUint64), uint(42), uintptr(4096), level(3)}
	verbs := []string{"%d", "%+d", "% d", "%5d", "%-5d", "%05d", "%-05d", "%.3d", "%8.3d", "%+08d", "%x", "%X", "%#x", "%#X", "%08x", "%#08x", "%o", "%#o", "%O", "%b", "%#b", "%12b", "%v", "%+v", "%#v", "%c", "%q", "%U", "%#U", "%.0d"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf("["+verb+"]", v)
		}
		fmt.Println()
	}
	fmt.Printf("%d %d %d\n", 'a', 'é', '世')
	fmt.Printf("%c%c%c %q %q %q\n", 'G', 'ö', 0x1F600, 'x', '\n', 0x7f)
	fmt.Printf("%U %#U %#U\n", 0x10FFFF, 'ä', -1)
	fmt.Printf("[%6.2x] [%-8X] [% x] [%+x]\n", 10, -255, 16, 16)
	fmt.Printf("%d%%\n", 50)
}
