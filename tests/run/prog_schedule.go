// run

package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// A small meeting scheduler: reads "name start duration" lines, finds
// overlaps, and prints a day plan in several layouts.

type meeting struct {
	name  string
	start time.Time
	dur   time.Duration
}

func (m meeting) end() time.Time { return m.start.Add(m.dur) }

func (m meeting) String() string {
	return fmt.Sprintf("%s %s-%s", m.name, m.start.Format(time.Kitchen), m.end().Format(time.Kitchen))
}

const input = `
standup 09:00 15m
design  09:10 1h30m
lunch   12:00 1h
1on1    13:30 30m
review  13:45 45m
# comment
oncall  17:00 16h
`

func main() {
	day := time.Date(2024, time.July, 3, 0, 0, 0, 0, time.UTC)
	var ms []meeting
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(bufio.ScanLines)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var name, at, d string
		if _, err := fmt.Sscan(line, &name, &at, &d); err != nil {
			fmt.Println("bad:", err)
			continue
		}
		clock, err := time.Parse("15:04", at)
		if err != nil {
			fmt.Println(err)
			continue
		}
		dur, err := time.ParseDuration(d)
		if err != nil {
			fmt.Println(err)
			continue
		}
		start := day.Add(time.Duration(clock.Hour())*time.Hour + time.Duration(clock.Minute())*time.Minute)
		ms = append(ms, meeting{name, start, dur})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start.Before(ms[j].start) })
	for i, m := range ms {
		fmt.Printf("%2d. %-30v %8v", i+1, m, m.dur)
		if m.end().YearDay() != m.start.YearDay() {
			fmt.Printf("  (ends %s)", m.end().Format("Mon Jan 2 15:04"))
		}
		fmt.Println()
	}
	for i := 0; i < len(ms); i++ {
		for j := i + 1; j < len(ms); j++ {
			if ms[j].start.Before(ms[i].end()) {
				overlap := ms[i].end().Sub(ms[j].start)
				if e := ms[j].end(); e.Before(ms[i].end()) {
					overlap = ms[j].dur
				}
				fmt.Printf("overlap: %s & %s for %v\n", ms[i].name, ms[j].name, overlap)
			}
		}
	}
	var busy time.Duration
	for _, m := range ms {
		busy += m.dur
	}
	fmt.Println("busy", busy, strconv.FormatFloat(busy.Hours(), 'f', 2, 64)+"h", busy.Round(time.Hour), busy.Truncate(time.Hour))
	for _, layout := range []string{time.RFC1123Z, time.RFC822, time.StampMilli, "2006-01-02T15:04:05.000Z07:00", "Jan 2, 2006 at 3:04pm (MST)"} {
		fmt.Println(ms[0].start.Add(1500*time.Millisecond).Format(layout))
	}
	week := make(map[time.Weekday][]string)
	for i := 0; i < 10; i++ {
		d := day.AddDate(0, 0, i*3)
		week[d.Weekday()] = append(week[d.Weekday()], d.Format("Jan 2"))
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		fmt.Printf("%-9s %v\n", wd, week[wd])
	}
}
