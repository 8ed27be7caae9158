// run

package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Tri struct{ B, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (t Tri) Area() float64     { return t.B * t.H / 2 }

type MyInt int
type Pair [2]int

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case MyInt:
		return fmt.Sprintf("MyInt %d", x)
	case int8, int16, uint:
		return fmt.Sprintf("small/unsigned %v", x)
	case float64:
		return fmt.Sprintf("float %g", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case Pair:
		return fmt.Sprintf("pair %d", x[0]+x[1])
	case *Circle:
		return fmt.Sprintf("circle ptr %.1f", x.Area())
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	case bool, float32:
		return fmt.Sprint("bool or float32 ", x)
	case struct{ A int }:
		return fmt.Sprint("anon struct ", x.A)
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func main() {
	vals := []any{nil, 1, MyInt(2), int8(3), uint(4), 2.5, "s", []int{1, 2}, Pair{3, 4},
		&Circle{1}, Rect{2, 3}, Tri{4, 5}, errors.New("e"), func() int { return 9 },
		true, struct{ A int }{5}, int32(6), &Rect{1, 1}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var s Shape = Rect{1, 2}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	if _, ok := s.(*Circle); !ok {
		fmt.Println("not a circle")
	}
	var e any = s
	if sh, ok := e.(Shape); ok {
		fmt.Println("still a shape", sh.Area())
	}
	_, isErr := e.(error)
	fmt.Println(isErr)
}
