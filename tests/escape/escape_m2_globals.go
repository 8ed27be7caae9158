// errorcheck -0 -m=2 -l

package main

type Config struct {
	Name string
	Vals []int
}

var defaultConfig = &Config{Name: "d", Vals: []int{1, 2}}

var names = []string{"a", "b"}

var lookup = map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap in init:$" "  flow: \{heap\} ← &\{storage for map\[string\]int\{\.\.\.\}\}:$" "    from map\[string\]int\{\.\.\.\} \(spill\) at .*escape_m2_globals\.go:14:28$" "    from lookup = map\[string\]int\{\.\.\.\} \(assign\) at .*escape_m2_globals\.go:14:5$" "map\[string\]int\{\.\.\.\} escapes to heap$"

var cfgPtr *Config

func setDefault(c *Config) { cfgPtr = c } // ERROR "parameter c leaks to \{heap\} for setDefault with derefs=0:$" "  flow: \{heap\} ← c:$" "    from cfgPtr = c \(assign\) at .*escape_m2_globals\.go:18:37$" "leaking param: c$"

func clone(c *Config) *Config { // ERROR "parameter c leaks to n for clone with derefs=1:$" "  flow: n ← \*c:$" "    from \*c \(indirection\) at .*escape_m2_globals\.go:21:7$" "    from n := \*c \(assign\) at .*escape_m2_globals\.go:21:4$" "leaking param content: c$"
	n := *c // ERROR "n escapes to heap in clone:$" "  flow: ~r0 ← &n:$" "    from &n \(address-of\) at .*escape_m2_globals\.go:22:9$" "    from return &n \(return\) at .*escape_m2_globals\.go:22:2$" "moved to heap: n$"
	return &n
}

func main() {
	setDefault(defaultConfig)
	c := clone(defaultConfig)
	println(c.Name, len(names), lookup["a"])
}
