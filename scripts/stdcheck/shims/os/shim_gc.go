// gc stand-ins for os's runtime intrinsics (used only by
// scripts/stdcheck.sh; never compiled by rgo).

package os

import (
	goos "os"
	gosyscall "syscall"
	gounsafe "unsafe"
)

func Exit(code int) { goos.Exit(code) }

func errnoOf(err error) int {
	if e, ok := err.(gosyscall.Errno); ok {
		return -int(e)
	}
	return -5 // EIO
}

func write(fd int, p *byte, n int) int {
	m, err := gosyscall.Write(fd, gounsafe.Slice(p, n))
	if err != nil {
		return errnoOf(err)
	}
	return m
}

func read(fd int, p *byte, n int) int {
	m, err := gosyscall.Read(fd, gounsafe.Slice(p, n))
	if err != nil {
		return errnoOf(err)
	}
	return m
}

func open(path string, flags int, perm int) int {
	fd, err := gosyscall.Open(path, flags|gosyscall.O_CLOEXEC, uint32(perm))
	if err != nil {
		return errnoOf(err)
	}
	return fd
}

func closeFd(fd int) int {
	if err := gosyscall.Close(fd); err != nil {
		return errnoOf(err)
	}
	return 0
}

func remove(path string) int {
	e := gosyscall.Unlink(path)
	if e == nil {
		return 0
	}
	e1 := gosyscall.Rmdir(path)
	if e1 == nil {
		return 0
	}
	if e1 != gosyscall.ENOTDIR {
		return errnoOf(e1)
	}
	return errnoOf(e)
}

func argc() int         { return len(goos.Args) }
func argv(i int) string { return goos.Args[i] }

func getenv(key string) string { return goos.Getenv(key) }

func lookupenv(value *string, key string) bool {
	v, ok := goos.LookupEnv(key)
	*value = v
	return ok
}

func mkdir(path string, perm int) int {
	if err := gosyscall.Mkdir(path, uint32(perm)); err != nil {
		return errnoOf(err)
	}
	return 0
}

func nanotime() int64 {
	var ts gosyscall.Timespec
	gosyscall.Syscall(gosyscall.SYS_CLOCK_GETTIME, 1, uintptr(gounsafe.Pointer(&ts)), 0)
	return ts.Nano()
}
