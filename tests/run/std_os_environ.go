// run

// Reading the environment: Getenv and LookupEnv for unset and set
// variables, and Expand/ExpandEnv templating with gc's $ rules.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	v, ok := os.LookupEnv("RGO_SURELY_UNSET_VARIABLE")
	fmt.Printf("%q %t\n", v, ok)
	fmt.Printf("%q\n", os.Getenv("RGO_SURELY_UNSET_VARIABLE"))
	_, hasPath := os.LookupEnv("PATH")
	fmt.Println(hasPath, os.Getenv("PATH") != "")

	vars := map[string]string{"name": "gopher", "n": "3", "1": "first", "empty": ""}
	lookup := func(k string) string {
		if v, ok := vars[k]; ok {
			return v
		}
		return "<" + k + "?>"
	}
	for _, tmpl := range []string{
		"hello $name",
		"hello ${name}!",
		"${n}x$n=$nn",
		"$1 and ${1} and $10",
		"cost: $",
		"cost: 5$ each",
		"${}",
		"${unclosed",
		"$$ $* $@ $# ${?}",
		"[$empty] [${empty}]",
		"no vars at all",
		"$name.$name-$name_x",
		"${name:-default}",
	} {
		fmt.Printf("%-24q => %q\n", tmpl, os.Expand(tmpl, lookup))
	}
	fmt.Printf("%q\n", os.ExpandEnv("[$RGO_SURELY_UNSET_VARIABLE]"))
	fmt.Println(strings.HasPrefix(os.ExpandEnv("$PATH"), os.Getenv("PATH")))
	host, err := os.Hostname()
	fmt.Println(host != "", err)
}
