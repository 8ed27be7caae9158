// run

// The Append* and Format* families building output into one byte slice,
// in every base and float format.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	buf := []byte("vals:")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 3.25, 'f', -1, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\"s")
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRune(buf, '☺')
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteToASCII(buf, "日本")
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRuneToASCII(buf, '本')
	fmt.Println(string(buf))

	for _, base := range []int{2, 3, 8, 10, 16, 32, 36} {
		fmt.Println(base, strconv.FormatInt(-255, base), strconv.FormatUint(math.MaxUint64, base), strconv.FormatInt(math.MinInt64, base))
	}
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-1), strconv.Itoa(math.MaxInt64))
	fmt.Println(strconv.FormatBool(false), strconv.FormatBool(true))

	vals := []float64{0, 1, -1.5, 123456.789, 1e21, 1e-7, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.NaN()}
	for _, v := range vals {
		fmt.Println(
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'E', -1, 64),
			strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'G', 4, 64),
			strconv.FormatFloat(v, 'b', -1, 64),
			strconv.FormatFloat(v, 'x', -1, 64),
			strconv.FormatFloat(v, 'X', 3, 64),
			strconv.FormatFloat(v, 'g', -1, 32),
		)
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', 30, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.5, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(1, 'z', -1, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))
}
