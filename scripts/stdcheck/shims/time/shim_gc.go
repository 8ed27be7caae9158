// gc stand-ins for time's runtime intrinsics (used only by
// scripts/stdcheck.sh; never compiled by rgo).

package time

import gotime "time"

var goStart = gotime.Now()

func walltime(sec *int64, nsec *int32) {
	n := gotime.Now().UnixNano()
	*sec = n / 1e9
	*nsec = int32(n % 1e9)
}

func nanotime() int64 { return int64(gotime.Since(goStart)) + 1e6 }

func Sleep(d Duration) { gotime.Sleep(gotime.Duration(d)) }
