// run

// Formatting durations in a timing report: summing, averaging,
// percentages, Round/Truncate to display units, and a manual
// "1h02m03s"-style formatter.
package main

import (
	"fmt"
	"time"
)

func clock(d time.Duration) string {
	d = d.Round(time.Second)
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	d -= m * time.Minute
	return fmt.Sprintf("%02d:%02d:%02d", h, m, d/time.Second)
}

func main() {
	steps := []struct {
		name string
		d    time.Duration
	}{
		{"fetch", 1234567890 * time.Nanosecond},
		{"parse", 15 * time.Millisecond},
		{"typecheck", 2*time.Second + 500*time.Millisecond},
		{"codegen", 47 * time.Minute},
		{"link", 3*time.Hour + 25*time.Second},
		{"noop", 0},
	}
	var total time.Duration
	for _, s := range steps {
		total += s.d
	}
	for _, s := range steps {
		fmt.Printf("%-10s %14v %10v %8s %6.2f%%\n", s.name, s.d, s.d.Round(time.Millisecond), clock(s.d), 100*float64(s.d)/float64(total))
	}
	fmt.Printf("%-10s %14v %10v %8s\n", "total", total, total.Truncate(time.Second), clock(total))
	avg := total / time.Duration(len(steps))
	fmt.Println("average:", avg, avg.Round(time.Hour), avg.Round(0), avg.Truncate(-1))
	fmt.Println(time.Duration(0).String(), (-time.Microsecond).String(), (999 * time.Microsecond).String())
	fmt.Printf("%d %x %q %s\n", time.Second, time.Millisecond, time.Minute, []time.Duration{1, time.Hour})
}
