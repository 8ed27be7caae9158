// run

// time.ParseDuration's error texts for every malformed input class, and
// overflow, next to successful parses that go through String again.
package main

import (
	"fmt"
	"time"
)

func main() {
	ins := []string{"1h", "1h0m0s", "2h45m", "-1.5h", "0.000000001s", "0.0000000001s", "1.0000000001s", "100ms", "1e3s",
		"3m2", "m", "3mm", "3 m", "--3m", "+-3m", "3.5.5s", "1h-1m", ".s", "1ms1", "2562047h", "2562048h", "-2562047h47m16.854775808s",
		"9223372036ns", "9223372036854775807ns", "18446744073709551615ns", "0.5us", "1µs", "1μs", "5h0.5m"}
	for _, s := range ins {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%-30q error: %v\n", s, err)
			continue
		}
		back, err2 := time.ParseDuration(d.String())
		fmt.Printf("%-30q %-24v %d roundtrip=%t %v\n", s, d, int64(d), back == d, err2)
	}
}
