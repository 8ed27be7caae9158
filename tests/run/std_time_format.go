// run

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	layouts := []struct {
		name, layout string
	}{
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano},
		{"DateTime", time.DateTime},
		{"DateOnly", time.DateOnly},
		{"TimeOnly", time.TimeOnly},
		{"Layout", time.Layout},
		{"custom", "Monday, January 2 2006 at 3:04pm (MST) day __2 / 002"},
		{"frac", "05.0 05.00 05.999 05,000 .9"},
		{"zones", "Z07:00 Z0700 Z07 -07:00:00 -070000"},
	}
	for _, l := range layouts {
		fmt.Printf("%-12s %q\n", l.name, t.Format(l.layout))
	}
	fmt.Println(t)
	fmt.Println(t.String())
	fmt.Printf("%v|%s|%d\n", t, t.Month(), t.Month())
	fmt.Println(t.Weekday(), t.YearDay(), t.Unix(), t.UnixMilli(), t.UnixNano())
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w)

	ist := time.FixedZone("IST", 5*3600+1800)
	ti := t.In(ist)
	fmt.Println(ti, ti.Location(), ti.Format(time.RFC3339), ti.Equal(t), ti == t)
	name, off := ti.Zone()
	fmt.Println(name, off)
	nyc := time.FixedZone("", -5*3600)
	fmt.Println(t.In(nyc).Format(time.RFC1123), t.In(nyc).Format(time.RFC1123Z))
	fmt.Println(t.In(nyc))

	// Midnight and noon in 12-hour formats.
	for _, h := range []int{0, 1, 11, 12, 13, 23} {
		fmt.Print(time.Date(2023, 7, 4, h, 5, 0, 0, time.UTC).Format("3:04PM 03 pm"), "; ")
	}
	fmt.Println()

	// Zero time and a negative year.
	var zero time.Time
	fmt.Println(zero, zero.IsZero(), zero.Format(time.RFC3339))
	fmt.Println(time.Date(-44, time.March, 15, 0, 0, 0, 0, time.UTC).Format("2006-01-02 06"))
	fmt.Println(time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1700000000, 5).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC().Format(time.RFC3339Nano))
	fmt.Printf("%#v\n", t.Month())
	fmt.Println(time.Month(13), time.Weekday(9))
	b := t.AppendFormat([]byte("at: "), time.Kitchen)
	fmt.Println(string(b))
}
