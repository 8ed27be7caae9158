// run

package main

import (
	"fmt"
	"sort"
	"time"
)

type event struct {
	name string
	at   time.Time
}

func main() {
	base := time.Date(2023, time.January, 31, 22, 45, 30, 750_000_000, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0))
	fmt.Println(base.AddDate(1, 0, 29), base.AddDate(0, 0, -31), base.AddDate(-1, -1, -1))
	fmt.Println(base.Add(90*time.Minute), base.Add(-36*time.Hour))
	for _, d := range []time.Duration{time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * time.Millisecond, 3 * time.Second, 1234567 * time.Nanosecond} {
		fmt.Printf("%-10v trunc %s round %s\n", d, base.Truncate(d).Format(time.RFC3339Nano), base.Round(d).Format(time.RFC3339Nano))
	}
	later := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	diff := later.Sub(base)
	fmt.Println(diff, diff.Hours(), diff.Round(time.Hour), diff.Truncate(24*time.Hour))
	fmt.Println(later.After(base), later.Before(base), base.Compare(later), later.Compare(base), base.Compare(base))

	// Normalisation.
	fmt.Println(time.Date(2023, 14, 35, 25, 61, 61, 1_500_000_000, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, -1, 0, 0, 0, time.UTC))

	// Calendar fields over a year.
	for m := time.January; m <= time.December; m++ {
		t := time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC)
		last := t.AddDate(0, 1, -1)
		y, w := t.ISOWeek()
		fmt.Printf("%-9s starts %-9s yday %3d ends day %d (%s) iso %d-W%02d\n", m, t.Weekday(), t.YearDay(), last.Day(), last.Weekday().String()[:3], y, w)
	}
	for _, y := range []int{1900, 2000, 2021, 2024, 2100} {
		dec31 := time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		fmt.Print(y, ":", dec31.YearDay(), " ")
	}
	fmt.Println()

	// Sorting and grouping by day.
	evs := []event{
		{"deploy", time.Date(2024, 5, 2, 17, 0, 0, 0, time.UTC)},
		{"standup", time.Date(2024, 5, 1, 9, 30, 0, 0, time.UTC)},
		{"retro", time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC)},
		{"lunch", time.Date(2024, 5, 1, 12, 15, 0, 0, time.UTC)},
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].at.Before(evs[j].at) })
	byDay := map[string][]string{}
	var days []string
	for _, e := range evs {
		k := e.at.Format("Mon Jan 2")
		if _, ok := byDay[k]; !ok {
			days = append(days, k)
		}
		byDay[k] = append(byDay[k], e.at.Format(time.Kitchen)+" "+e.name)
	}
	for _, d := range days {
		fmt.Println(d, byDay[d])
	}

	h, m, s := base.Clock()
	y, mo, d := base.Date()
	fmt.Println(h, m, s, y, mo, d, base.Hour(), base.Minute(), base.Second(), base.Nanosecond())
	fmt.Printf("%#v\n", base)
	fmt.Printf("%#v\n", base.In(time.FixedZone("Z", 3600)))
	u := time.Unix(1e9, 0).UTC()
	fmt.Println(u, u.Unix(), u.UnixMicro(), time.UnixMicro(u.UnixMicro()).UTC().Equal(u))
	m1 := map[time.Time]string{base: "base", later: "later"}
	fmt.Println(m1[time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)], len(m1))
}
