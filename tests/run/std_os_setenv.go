// run

// os environment: Setenv/Getenv/LookupEnv/Unsetenv/Environ/Clearenv and
// their errors, and ExpandEnv over variables set here.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

func show(key string) {
	v, ok := os.LookupEnv(key)
	fmt.Printf("%s: %q %v getenv=%q\n", key, v, ok, os.Getenv(key))
}

func main() {
	show("RGO_TEST_UNSET_VAR")
	fmt.Println(os.Setenv("RGO_A", "alpha"), os.Setenv("RGO_B", ""), os.Setenv("RGO_A", "again"))
	show("RGO_A")
	show("RGO_B")
	for _, kv := range [][2]string{{"", "x"}, {"A=B", "x"}, {"NUL\x00", "x"}, {"OK", "bad\x00value"}} {
		err := os.Setenv(kv[0], kv[1])
		var se *os.SyscallError
		fmt.Printf("Setenv(%q): %v %T %v\n", kv[0], err, err, errors.As(err, &se) && se.Syscall == "setenv")
	}
	fmt.Println(os.ExpandEnv("a=$RGO_A b=[${RGO_B}] none=[$RGO_NONE] $$"))

	count := func(prefix string) []string {
		var got []string
		for _, kv := range os.Environ() {
			if strings.HasPrefix(kv, prefix) {
				got = append(got, kv)
			}
		}
		sort.Strings(got)
		return got
	}
	fmt.Println(count("RGO_"))
	fmt.Println(os.Unsetenv("RGO_A"), os.Unsetenv("RGO_NEVER_SET"))
	show("RGO_A")
	fmt.Println(count("RGO_"))
	os.Setenv("RGO_A", "back")
	fmt.Println(count("RGO_"))

	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("PATH") == "")
	os.Setenv("ONLY", "one")
	fmt.Println(os.Environ())
}
