// run

package main

import (
	"errors"
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" db:"user_name"`
	Age   int    `json:"age,omitempty"`
	Email string
	inner int `secret:"yes"`
}

type MyErr struct{}

func (MyErr) Error() string { return "x" }

func main() {
	t := reflect.TypeOf(User{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		v, ok := f.Tag.Lookup("json")
		fmt.Printf("%s %q %q %v db=%q\n", f.Name, f.Tag, v, ok, f.Tag.Get("db"))
	}
	et := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(et.Name(), et.Kind(), reflect.TypeOf(errors.New("e")).Elem().Name(), reflect.TypeOf(MyErr{}).Implements(et))
	fmt.Println(reflect.TypeOf(struct{ A int }{}).Name() == "", reflect.TypeOf([]User{}).Elem().Name())
	fmt.Printf("%v %+v\n", reflect.ValueOf(User{"a", 1, "e", 2}), reflect.ValueOf(&User{}).Elem().Field(0))
}
