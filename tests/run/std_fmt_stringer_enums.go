// run

package main

import (
	"errors"
	"fmt"
	"time"
)

type Level int

const (
	Debug Level = iota + 1
	Info
	Warn
	Error
)

var levelNames = [...]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN", Error: "ERROR"}

func (l Level) String() string {
	if l >= Debug && int(l) < len(levelNames) {
		return levelNames[l]
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Weekday uint8

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d *Weekday) String() string { return "ptr-weekday" }

type Entry struct {
	Lvl   Level
	lvl   Level
	Msg   string
	Dur   time.Duration
	Err   error
	When  *Level
	Tags  map[Level]string
	Items []Level
}

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func (f Flags) String() string {
	if f == 0 {
		return "0"
	}
	s := ""
	names := []string{"A", "B", "C", "D"}
	for i, n := range names {
		if f&(1<<uint(i)) != 0 {
			if s != "" {
				s += "|"
			}
			s += n
		}
	}
	return s
}

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

func (s Size) String() string {
	switch {
	case s >= TB:
		return fmt.Sprintf("%.1fT", float64(s)/float64(TB))
	case s >= GB:
		return fmt.Sprintf("%.1fG", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fM", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fK", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", int64(s))
}

type errPanicky struct{}

func (errPanicky) String() string { panic("bad stringer") }

type nilStringer struct{ v int }

func (n *nilStringer) String() string {
	if n == nil {
		return "<nil nilStringer>"
	}
	return fmt.Sprint("ns", n.v)
}

func main() {
	w := Warn
	e := Entry{
		Lvl: Info, lvl: Error, Msg: "disk", Dur: 1500 * time.Millisecond,
		Err: errors.New("full"), When: &w,
		Tags:  map[Level]string{Error: "e", Debug: "d"},
		Items: []Level{Debug, Level(9)},
	}
	fmt.Printf("%v\n", e.Lvl)
	fmt.Printf("%v %d %s %q %x\n", e.lvl, e.lvl, e.lvl, e.lvl, e.lvl)
	fmt.Println(e.Tags, e.Items, *e.When)
	fmt.Printf("%+v\n", struct {
		A Level
		b Level
		C []Level
	}{Warn, Warn, []Level{Info}})
	fmt.Println(Sunday, Monday, Thursday)
	d := Tuesday
	fmt.Println(d, &d)
	fmt.Println(FlagA|FlagC, FlagD, Flags(0), FlagA|FlagB|FlagC|FlagD, Flags(16))
	fmt.Println(KB, MB, GB, TB, Size(1536), Size(3*GB+GB/2), Size(12))
	fmt.Printf("%v|%s|%d\n", errPanicky{}, errPanicky{}, 5)
	var ns *nilStringer
	fmt.Println(ns, &nilStringer{3})
	fmt.Printf("%v %s\n", ns, []*nilStringer{nil, {4}})
	durs := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Minute,
		-2*time.Hour - 3*time.Millisecond, 36*time.Hour + 1, time.Duration(1<<63 - 1)}
	for _, d := range durs {
		fmt.Printf("%v|%s|%d|%.2f|%.1f\n", d, d, int64(d), d.Seconds(), d.Minutes())
	}
	fmt.Println(time.Duration(2500)*time.Millisecond, (3 * time.Second).Round(time.Hour), (90 * time.Second).Truncate(time.Minute))
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Hours())
	_, err = time.ParseDuration("12x")
	fmt.Println(err)
}
