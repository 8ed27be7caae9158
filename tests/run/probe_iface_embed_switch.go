// run

package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.W) }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name string
}

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buf) Write(s string) { b.data = append(b.data, s) }

func describe(i interface{}) string {
	switch v := i.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %v", v)
	case string:
		return "string " + v
	case fmt.Stringer:
		return "stringer " + v.String()
	case Shape:
		return fmt.Sprintf("shape area=%.1f", v.Area())
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("slice len ", len(v))
	case func() int:
		return "func"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{2, 2}}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		if st, ok := s.(fmt.Stringer); ok {
			fmt.Println("stringer:", st)
		}
		if r, ok := s.(Rect); ok {
			fmt.Println("rect with W", r.W)
		}
	}
	fmt.Println("total", total)
	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("started %s on %d", svc.Name, 8080)
	svc.Logger.Log("x=%v", []int{1})
	fmt.Println(svc.lines, len(svc.lines))
	var rw ReadWriter = &Buf{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	w, ok := r.(Writer)
	fmt.Println(ok, w != nil)
	for _, v := range []interface{}{nil, 1, int64(2), "s", Square{Rect{1, 1}}, Rect{1, 2}, fmt.Errorf("e"), []int{1}, func() int { return 1 }, 3.5, &Circle{2}, struct{}{}} {
		fmt.Println(describe(v))
	}
	var s1, s2 Shape = Rect{1, 1}, Rect{1, 1}
	fmt.Println(s1 == s2, s1 != Shape(Rect{1, 2}))
	c := &Circle{1}
	var s3, s4 Shape = c, c
	fmt.Println(s3 == s4, s3 == Shape(&Circle{1}))
	var e1, e2 interface{} = 1, 1.0
	fmt.Println(e1 == e2, e1 == interface{}(1))
	var sq Square
	sq.W = 4
	fmt.Println(sq.Area(), sq.Rect.Perimeter(), sq)
	fmt.Printf("%v %+v %s\n", sq, sq, sq)
	var sh Shape = sq
	_ = sh.(*Circle)
}
