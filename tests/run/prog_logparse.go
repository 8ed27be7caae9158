// run

package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

const logData = `2024-03-01T09:15:02Z INFO  api     request served in 12ms
2024-03-01T09:15:07Z WARN  db      slow query took 1.5s
2024-03-01T09:16:40Z ERROR api     upstream timeout after 30s
2024-03-01T10:02:11Z INFO  worker  job 42 finished in 2m3s
bad line here
2024-03-01T10:05:00Z ERROR db      connection reset
2024-03-02T00:00:01Z INFO  api     request served in 950us
`

type entry struct {
	at      time.Time
	level   string
	service string
	msg     string
}

var errMalformed = errors.New("malformed line")

type lineError struct {
	line int
	err  error
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *lineError) Unwrap() error { return e.err }

func parse(n int, line string) (entry, error) {
	fields := strings.Fields(line)
	if len(fields) < 4 {
		return entry{}, &lineError{n, errMalformed}
	}
	t, err := time.Parse(time.RFC3339, fields[0])
	if err != nil {
		return entry{}, &lineError{n, err}
	}
	return entry{t, fields[1], fields[2], strings.Join(fields[3:], " ")}, nil
}

type stats struct {
	count  int
	errors int
	first  time.Time
	last   time.Time
	longest time.Duration
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(logData))
	byService := map[string]*stats{}
	var all []entry
	n := 0
	for sc.Scan() {
		n++
		e, err := parse(n, sc.Text())
		if err != nil {
			var le *lineError
			if errors.As(err, &le) && errors.Is(err, errMalformed) {
				fmt.Println("skip:", le)
			}
			continue
		}
		all = append(all, e)
		s := byService[e.service]
		if s == nil {
			s = &stats{first: e.at}
			byService[e.service] = s
		}
		s.count++
		if e.level == "ERROR" {
			s.errors++
		}
		s.last = e.at
		for _, w := range strings.Fields(e.msg) {
			if d, err := time.ParseDuration(w); err == nil && d > s.longest {
				s.longest = d
			}
		}
	}
	names := make([]string, 0, len(byService))
	for k := range byService {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Printf("%-8s|%5s|%6s|%-20s|%s\n", "service", "count", "errors", "span", "longest")
	for _, k := range names {
		s := byService[k]
		fmt.Printf("%-8s|%5d|%6d|%-20v|%v\n", k, s.count, s.errors, s.last.Sub(s.first), s.longest)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].level != all[j].level {
			return all[i].level < all[j].level
		}
		return all[i].at.After(all[j].at)
	})
	var b strings.Builder
	for _, e := range all {
		fmt.Fprintf(&b, "[%s] %-5s %s %q\n", e.at.Format("Jan _2 15:04"), e.level, e.at.Weekday().String()[:3], e.msg)
	}
	fmt.Print(b.String())
	hours := map[int]int{}
	for _, e := range all {
		hours[e.at.Truncate(time.Hour).Hour()]++
	}
	fmt.Println(hours)
	fmt.Printf("%6.2f%% errors\n", 100*float64(byService["api"].errors+byService["db"].errors)/float64(len(all)))
}
