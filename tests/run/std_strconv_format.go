// run

// Formatting integers and booleans: Itoa, FormatInt, FormatUint in every
// base, FormatBool, and the Append* family.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	for _, v := range []int64{0, 1, -1, 7, 35, 36, -255, 1 << 31, math.MaxInt64, math.MinInt64} {
		fmt.Print(strconv.Itoa(int(v)), " ")
		for _, base := range []int{2, 3, 8, 10, 16, 32, 36} {
			fmt.Print(strconv.FormatInt(v, base), " ")
		}
		fmt.Println()
	}
	for _, v := range []uint64{0, 9, 10, 100, math.MaxUint32, math.MaxUint64} {
		fmt.Println(strconv.FormatUint(v, 10), strconv.FormatUint(v, 16), strconv.FormatUint(v, 2))
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	b := []byte("list:")
	b = strconv.AppendInt(b, -12, 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, 255, 16)
	b = append(b, ',')
	b = strconv.AppendBool(b, true)
	b = append(b, ',')
	b = strconv.AppendQuote(b, "q\"t")
	b = append(b, ',')
	b = strconv.AppendQuoteRune(b, '☺')
	b = append(b, ',')
	b = strconv.AppendFloat(b, 1.5, 'e', 3, 64)
	b = append(b, ',')
	b = strconv.AppendQuoteToASCII(b, "日本")
	fmt.Println(string(b))
	for i := -3; i <= 3; i++ {
		fmt.Print(strconv.Itoa(i*1000), ";")
	}
	fmt.Println()
	var sum int
	for i := 0; i < 1000; i++ {
		n, _ := strconv.Atoi(strconv.Itoa(i * 37))
		sum += n
	}
	fmt.Println(sum)
}
