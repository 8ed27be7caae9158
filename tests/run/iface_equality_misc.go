// run

package main

import (
	"errors"
	"fmt"
)

type Animal interface {
	Sound() string
}

type Dog struct{ Name string }
type Cat struct {
	Name  string
	Lives int
}

func (d Dog) Sound() string  { return d.Name + " says woof" }
func (c *Cat) Sound() string { return fmt.Sprintf("%s (%d lives) says meow", c.Name, c.Lives) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{500}
	}
	return p // non-nil interface holding nil pointer when !fail
}

func realNil(fail bool) error {
	if fail {
		return &MyErr{404}
	}
	return nil
}

type Pair struct {
	A any
	B [2]string
}

func main() {
	var a1, a2 Animal = Dog{"rex"}, Dog{"rex"}
	fmt.Println(a1 == a2, a1 != Dog{"max"}, a1.Sound())
	c := &Cat{"tom", 9}
	var a3 Animal = c
	var a4 Animal = c
	var a5 Animal = &Cat{"tom", 9}
	fmt.Println(a3 == a4, a3 == a5, a3.Sound())
	var e1 any = 3
	var e2 any = int64(3)
	var e3 any = 3
	fmt.Println(e1 == e2, e1 == e3, e1 == any(3.0), e1 != nil)
	fmt.Println(Pair{1, [2]string{"a", "b"}} == Pair{1, [2]string{"a", "b"}}, Pair{1, [2]string{}} == Pair{"1", [2]string{}})

	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%v %T\n", err == (*MyErr)(nil), err)
	err = realNil(false)
	fmt.Println(err == nil)
	err = realNil(true)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code, err)

	// Type assertion forms.
	animals := []Animal{Dog{"a"}, &Cat{"b", 1}, nil}
	for _, an := range animals {
		if d, ok := an.(Dog); ok {
			fmt.Println("dog", d.Name)
		} else if c, ok := an.(*Cat); ok {
			fmt.Println("cat", c.Name)
		} else {
			fmt.Println("neither", an == nil)
		}
	}
	var s fmt.Stringer
	_, isStr := any(Dog{}).(fmt.Stringer)
	fmt.Println(s == nil, isStr)

	// Comparing interfaces holding uncomparable types panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	var x, y any = []int{1}, []int{1}
	fmt.Println(x == y)
}
