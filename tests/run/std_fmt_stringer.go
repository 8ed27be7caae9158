// run

// fmt consults Stringer, error and GoStringer: on values and pointers, inside
// slices, with verbs that use them and verbs that do not.
package main

import (
	"errors"
	"fmt"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type id int

func (i *id) String() string { return fmt.Sprintf("id#%d", int(*i)) }

type failure struct{ code int }

func (f failure) Error() string { return fmt.Sprintf("failure %d", f.code) }

type both int

func (both) String() string { return "as-string" }
func (both) Error() string  { return "as-error" }

type gs int

func (g gs) GoString() string { return fmt.Sprintf("gs(%d)", int(g)) }
func (g gs) String() string   { return "gs-string" }

type list []celsius

func main() {
	c := celsius(21.5)
	fmt.Println(c, []celsius{1, -2.25})
	fmt.Printf("%v %s %d %q %x %.2f %5.1v|\n", c, c, c, c, c, c, c)
	i := id(7)
	fmt.Println(&i, i)
	fmt.Printf("%v %s %d\n", &i, &i, i)
	var e error = failure{3}
	fmt.Println(e, failure{4})
	fmt.Printf("%v|%s|%q|%x\n", e, e, e, e)
	fmt.Println(both(1))
	fmt.Printf("%v %s %#v\n", gs(5), gs(5), gs(5))
	fmt.Printf("%#v %#v\n", []gs{1, 2}, c)
	fmt.Println(list{3, 4}, errors.New("plain"), []error{e, nil})
	var s fmt.Stringer = c
	fmt.Println(s.String(), s)
	var nilp *id
	fmt.Println(nilp == nil)
}
