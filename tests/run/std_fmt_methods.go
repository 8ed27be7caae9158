// run

// How fmt chooses between Formatter, GoStringer, error and Stringer, with
// value and pointer receivers, nil receivers and nested values.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) String() string {
	if a == nil {
		return "<no account>"
	}
	return fmt.Sprintf("%s:%d", a.Owner, a.Balance)
}

type Code int

func (c Code) Error() string    { return fmt.Sprintf("code %d", int(c)) }
func (c Code) String() string   { return "never used: Error wins" }
func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }

type Money struct {
	Cents int64
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "USD ")
		}
		fmt.Fprintf(f, "$%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, "[w=%d]", w)
	}
	if p, ok := f.Precision(); ok {
		fmt.Fprintf(f, "[p=%d]", p)
	}
}

type Reading struct {
	Where string
	T     Temp
	Acct  *Account
}

func main() {
	t := Temp(21.456)
	fmt.Println(t)
	fmt.Printf("%v %s %d %q %x %.2f\n", t, t, t, t, t, t)
	fmt.Printf("%#v\n", t)

	a := &Account{"ann", 120}
	fmt.Println(a, *a)
	fmt.Printf("%v %+v %s\n", a, a, a)
	var na *Account
	fmt.Println(na)
	fmt.Printf("%s|%v|%d\n", na, na, na)

	var c Code = 404
	fmt.Println(c)
	fmt.Printf("%v %s %d %#v\n", c, c, c, c)
	var err error = c
	fmt.Println(err, errors.Is(err, Code(404)))

	m := Money{12345}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%d|%x|%8.2v\n", m, m, m, m, m)
	fmt.Println([]Money{{1}, {250}})

	r := Reading{"lab", 19.5, a}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
	fmt.Println([]Temp{1, 2.25}, map[string]Temp{"x": 3})
	fmt.Println([]*Account{a, nil})
	fmt.Println([]error{c, nil, errors.New("plain")})
}
