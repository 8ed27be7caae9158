// Differential test: time (durations, calendar, arithmetic).
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500000, time.Millisecond, time.Second, 1500 * time.Millisecond, time.Minute + 30*time.Second, 90 * time.Minute, 100*time.Hour + 1, -time.Second, -1, 1<<63 - 1, -1 << 63, 2*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.String(), d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Round(time.Second), d.Truncate(time.Millisecond), d.Round(7*time.Millisecond), d.Abs())
		fmt.Printf("%v %d %s\n", d, d, d)
	}
	for _, s := range []string{"1h", "1.5h", "-2m3.5s", "300ms", "1us", "1µs", "4ns", "0", "", "1", "1x", "+5s", "1h1h", ".5s", "5.s", ".s", "9223372036854775807ns", "9223372036854775808ns", "3000000h"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	for _, u := range []int64{0, 1, -1, 86399, 86400, 951782400, 1700000000, 4102444800, -62135596800, 253402300799} {
		t := time.Unix(u, 123456789)
		y, m, d := t.Date()
		h, mi, s := t.Clock()
		fmt.Println(t, y, m, d, h, mi, s, t.Weekday(), t.YearDay(), t.Unix(), t.UnixNano(), t.UnixMilli(), t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	}
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Year(), z.Weekday(), z.Unix())
	dt := time.Date(2024, 2, 29, 23, 59, 60, 1e9, time.UTC)
	fmt.Println(dt, dt.Add(36*time.Hour), dt.Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(2023, 14, -3, 25, 61, -1, -5, time.UTC), time.UnixMilli(1700000000123), time.UnixMicro(-1))
	a := time.Unix(100, 0)
	b := a.Add(1500 * time.Millisecond)
	fmt.Println(b.Sub(a), a.Sub(b), a.Before(b), a.After(b), a.Equal(b), a.Compare(b), b.Compare(a), a.Compare(a))
	fmt.Println(time.January, time.December, time.Month(13), time.Saturday, time.Weekday(9), time.UTC, time.Local)
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 2*time.Millisecond, el < 2*time.Second, time.Until(start) < 0, start.Round(0).Equal(start))
}
