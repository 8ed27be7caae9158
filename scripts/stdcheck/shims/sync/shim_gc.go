// gc stand-ins for sync's runtime intrinsics (used only by
// scripts/stdcheck.sh; never compiled by rgo).

package sync

import (
	goos "os"
	gounsafe "unsafe"
)

func write(fd int, p *byte, n int) int {
	m, _ := goos.NewFile(uintptr(fd), "").Write(gounsafe.Slice(p, n))
	return m
}

func exit(code int) { goos.Exit(code) }
