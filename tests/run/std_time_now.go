// run

// time.Now, Since, Until and Sleep: elapsed times are positive and at least
// the time slept; a fixed date's fields and String.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 5*time.Second)
	later := start.Add(time.Hour)
	fmt.Println(later.After(start), start.Before(later), later.Sub(start), time.Until(later) > 0)
	fmt.Println(start.Year() >= 2024, start.Unix() > 1700000000, !start.IsZero(), time.Time{}.IsZero())
	t := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Weekday(), t.YearDay())
	fmt.Println(t.Unix(), t.Add(24*time.Hour).Month(), t.AddDate(0, 0, 1).Day(), t.AddDate(1, 0, 0), time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(t)
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 5e8).UTC().Nanosecond())
	fmt.Println(time.March, time.Saturday, time.Month(13), time.Weekday(9))
}
