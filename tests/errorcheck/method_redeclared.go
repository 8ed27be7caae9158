// errorcheck

// Methods declared twice, and methods that clash with fields.
package main

type T struct {
	Name string
}

func (t T) Get() int { return 1 }

func (t *T) Get() int { return 2 } // ERROR "method T\.Get already declared at .*method_redeclared\.go:10:12"

func (t T) Name() string { return "" } // ERROR "field and method with the same name Name"

func (t T) Set(v int) {}

func (t T) Set(v string) {} // ERROR "method T\.Set already declared at .*method_redeclared\.go:16:12"

func main() {
	var t T
	t.Get()
}
