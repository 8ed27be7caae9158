// run

// time.Duration arithmetic, String, Round/Truncate, unit conversions and
// ParseDuration with its error messages.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Minute,
		-2*time.Hour - 3*time.Millisecond, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Nanosecond,
		1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Printf("%v|%s|%d|%.3f|%.2f|%d|%d|%d\n", d, d, d, d.Hours(), d.Minutes(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		fmt.Println("  ", d.Seconds(), d.Round(time.Second), d.Truncate(time.Minute), d.Abs())
	}
	for _, s := range []string{"1h30m", "1.5h", "-2m3.5s", "300ms", "1us", "1µs", "2ns", "0", "+5s", "1h1h",
		"", "5", "1d", "-", "1.s", ".5m", "9223372036854775807ns", "9223372036854775808ns", "3000000h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%-22q %v %v\n", s, d, err)
	}
	total := time.Duration(0)
	laps := []string{"1m2.5s", "59.75s", "1m0.125s"}
	for _, l := range laps {
		d, _ := time.ParseDuration(l)
		total += d
	}
	fmt.Println("total", total, "avg", total/time.Duration(len(laps)))
	fmt.Println(time.Duration(1.5*float64(time.Second)), 2*time.Hour/3, time.Hour%(7*time.Minute))
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}
