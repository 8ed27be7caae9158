// run

package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
)

type Stringer interface {
	String() string
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

func main() {
	cfg := map[string]any{
		"name":    "server",
		"port":    8080,
		"debug":   true,
		"ratio":   0.75,
		"tags":    []string{"a", "b"},
		"nothing": nil,
	}
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch v := cfg[k].(type) {
		case string:
			fmt.Println(k, "string", v)
		case int:
			fmt.Println(k, "int", v+1)
		case bool:
			fmt.Println(k, "bool", !v)
		case float64:
			fmt.Println(k, "float", v*2)
		case []string:
			fmt.Println(k, "slice", len(v))
		case nil:
			fmt.Println(k, "nil")
		}
	}
	v, ok := cfg["nothing"]
	fmt.Println(v == nil, ok)
	v, ok = cfg["absent"]
	fmt.Println(v == nil, ok)

	errs := map[string]error{"ok": nil, "bad": errors.New("bad input")}
	for _, k := range []string{"ok", "bad", "missing"} {
		if err := errs[k]; err != nil {
			fmt.Println(k, "error:", err)
		} else {
			fmt.Println(k, "no error")
		}
	}

	temps := map[string]Stringer{"mon": Temp(21.5), "tue": Temp(-3)}
	fmt.Println(temps["mon"].String(), temps["tue"].String(), temps["wed"] == nil)
}
