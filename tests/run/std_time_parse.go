// run

package main

import (
	"errors"
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("error:", err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  elem %q value %q msg %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
		}
		return
	}
	name, off := t.Zone()
	fmt.Println(t, "|", t.Location(), name, off, "|", t.Unix(), t.Nanosecond())
}

func main() {
	show(time.RFC3339, "2024-03-10T08:30:00Z")
	show(time.RFC3339, "2024-03-10T08:30:00+00:00")
	show(time.RFC3339, "2024-03-10T08:30:00-07:00")
	show(time.RFC3339Nano, "2024-03-10T08:30:00.123456789+05:30")
	show(time.RFC3339, "2024-03-10T08:30:00.5Z")
	show(time.RFC1123, "Sun, 10 Mar 2024 08:30:00 PST")
	show(time.RFC1123, "Sun, 10 Mar 2024 08:30:00 GMT")
	show(time.RFC1123Z, "Sun, 10 Mar 2024 08:30:00 -0800")
	show(time.ANSIC, "Sun Mar  3 08:30:00 2024")
	show(time.UnixDate, "Sun Mar  3 08:30:00 UTC 2024")
	show(time.Kitchen, "3:04PM")
	show(time.Kitchen, "12:00AM")
	show(time.DateTime, "2023-12-31 23:59:59")
	show(time.DateOnly, "1999-01-01")
	show(time.TimeOnly, "07:08:09")
	show("02/01/2006", "25/12/2021")
	show("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)")
	show("2006-002", "2024-060")
	show("2006-01-02 15:04:05.000", "2020-05-06 07:08:09.010")
	show("06-01-02", "70-01-02")
	show("06-01-02", "68-01-02")

	// Errors.
	show(time.RFC3339, "2024-13-10T08:30:00Z")
	show(time.RFC3339, "2024-02-30T08:30:00Z")
	show(time.RFC3339, "2024-02-10 08:30:00Z")
	show(time.DateOnly, "2024-02-10 extra")
	show(time.Kitchen, "25:00PM")
	show(time.DateTime, "2024-02-10 10:61:00")
	show("2006-002", "2023-366")
	show(time.RFC3339, "")
	show("Jan", "Foo")

	// ParseInLocation and round trips.
	loc := time.FixedZone("CET", 3600)
	t, err := time.ParseInLocation(time.DateTime, "2024-06-01 12:00:00", loc)
	fmt.Println(t, err, t.UTC())
	t2, _ := time.ParseInLocation("2006-01-02 15:04 MST", "2024-06-01 12:00 CET", loc)
	fmt.Println(t2, t2.Equal(t))
	orig := time.Date(2001, 9, 9, 1, 46, 40, 999, time.FixedZone("X", -9000))
	s := orig.Format(time.RFC3339Nano)
	back, err := time.Parse(time.RFC3339Nano, s)
	fmt.Println(s, back, err, back.Equal(orig))

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes())
	loc2, err := time.LoadLocation("UTC")
	fmt.Println(loc2, err)
}
