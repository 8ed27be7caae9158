// run

// time.Duration: String for every magnitude, arithmetic with the unit
// constants, conversions, Truncate/Round/Abs and ParseDuration.
package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond, 2*time.Second + 300*time.Millisecond, time.Minute, 90 * time.Minute, 26*time.Hour + 3*time.Second, -time.Second, -1, math.MaxInt64, math.MinInt64, 100 * time.Hour}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 678*time.Millisecond
	for _, m := range []time.Duration{time.Nanosecond, time.Millisecond, time.Second, time.Minute, time.Hour, 0, -time.Second} {
		fmt.Println(m, d.Truncate(m), d.Round(m))
	}
	fmt.Println((-d).Abs(), time.Duration(math.MinInt64).Abs())
	fmt.Printf("%v %s %d %.1f\n", d, d, d, d.Seconds())
	for _, s := range []string{"1h", "1.5h", "2h45m30.5s", "300ms", "-1.5us", "1µs", "10ns", "0", "", "1", "1d", "+5m", ".5s", "9999999999h"} {
		v, err := time.ParseDuration(s)
		fmt.Println(s, v, err)
	}
	fmt.Println(time.Second*2 > time.Millisecond*1999, time.Duration(1e9) == time.Second)
}
