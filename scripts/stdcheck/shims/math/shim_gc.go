// gc stand-ins for math's runtime intrinsics (used only by
// scripts/stdcheck.sh; never compiled by rgo).

package math

import (
	gomath "math"
	goos "os"
	gostrings "strings"
)

func Float64bits(f float64) uint64     { return gomath.Float64bits(f) }
func Float64frombits(b uint64) float64 { return gomath.Float64frombits(b) }
func Float32bits(f float32) uint32     { return gomath.Float32bits(f) }
func Float32frombits(b uint32) float32 { return gomath.Float32frombits(b) }
func Sqrt(x float64) float64           { return gomath.Sqrt(x) }

// cpuHasFMA mirrors gc's internal/cpu test (AVX and FMA) from /proc/cpuinfo.
func cpuHasFMA() bool {
	b, err := goos.ReadFile("/proc/cpuinfo")
	if err != nil {
		return false
	}
	s := string(b)
	i := gostrings.Index(s, "\nflags")
	if i < 0 {
		return false
	}
	line := s[i+1:]
	if j := gostrings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	f := " " + line + " "
	return gostrings.Contains(f, " avx ") && gostrings.Contains(f, " fma ")
}
