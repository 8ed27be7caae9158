// run

package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type process struct {
	pid     int
	user    string
	cpu     float64
	mem     uint64
	started time.Time
	cmd     string
}

func human(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%dB", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f%ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func main() {
	now := time.Date(2024, 11, 5, 14, 0, 0, 0, time.UTC)
	ps := []process{
		{1, "root", 0.0, 12 << 20, now.Add(-72 * time.Hour), "/sbin/init"},
		{812, "postgres", 12.5, 1536 << 20, now.Add(-26*time.Hour - 13*time.Minute), "postgres: writer"},
		{4410, "alice", 97.25, 3 << 30, now.Add(-95 * time.Second), "go build ./..."},
		{4411, "alice", 3.1, 850 << 10, now.Add(-40 * time.Minute), "vim main.go"},
		{99, "bob", 0.4, 999, now.Add(-5 * time.Hour), "sleep infinity"},
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].cpu > ps[j].cpu })

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "PID\tUSER\t%CPU\tMEM\tSTARTED\tELAPSED\tCOMMAND")
	for _, p := range ps {
		fmt.Fprintf(w, "%d\t%s\t%.1f\t%s\t%s\t%v\t%s\n", p.pid, p.user, p.cpu, human(p.mem), p.started.Format("Jan02 15:04"), now.Sub(p.started).Truncate(time.Minute), p.cmd)
	}
	w.Flush()

	fmt.Println()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	byUser := map[string][]int{}
	for _, p := range ps {
		byUser[p.user] = append(byUser[p.user], p.pid)
	}
	users := make([]string, 0, len(byUser))
	for u := range byUser {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		fmt.Fprintf(w, "%s\t%d\t%v\t\n", u, len(byUser[u]), byUser[u])
	}
	w.Flush()

	var sb strings.Builder
	tw := tabwriter.NewWriter(&sb, 0, 4, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintf(tw, "a\tbb\tccc\n\tx\ty\nlonger cell\t\tz\n")
	tw.Flush()
	fmt.Printf("%q\n", sb.String())
}
