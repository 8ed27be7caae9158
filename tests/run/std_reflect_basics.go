// run

package main

import (
	"fmt"
	"reflect"
)

type Point struct {
	X, Y int
	name string
}

type Node struct {
	Val  int
	Next *Node
}

type Inner struct{ A int }
type Outer struct {
	Inner
	B string
	M map[string][]int
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Celsius float64

func main() {
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(nil, nil))
	fmt.Println(reflect.DeepEqual(map[string]int{"a": 1, "b": 2}, map[string]int{"b": 2, "a": 1}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	a := &Node{1, &Node{2, nil}}
	b := &Node{1, &Node{2, nil}}
	fmt.Println(reflect.DeepEqual(a, b), a == b)
	c1 := &Node{Val: 1}
	c1.Next = c1
	c2 := &Node{Val: 1}
	c2.Next = c2
	fmt.Println(reflect.DeepEqual(c1, c2))
	fmt.Println(reflect.DeepEqual(Point{1, 2, "p"}, Point{1, 2, "q"}), reflect.DeepEqual(1, int64(1)))
	o1 := Outer{Inner{1}, "x", map[string][]int{"k": {1, 2}}}
	o2 := Outer{Inner{1}, "x", map[string][]int{"k": {1, 2}}}
	fmt.Println(reflect.DeepEqual(o1, o2))
	var e1, e2 error
	fmt.Println(reflect.DeepEqual(e1, e2), reflect.DeepEqual([]any{1, "a", nil}, []any{1, "a", nil}))

	for _, v := range []any{42, "hi", 3.5, Point{}, &Point{}, []string{}, map[int]bool{}, Celsius(1), Sq{}, [3]int{}, make(chan int), func() {}, true, uint8(1)} {
		t := reflect.TypeOf(v)
		fmt.Printf("%-14s kind=%-7s name=%q pkg=%q size=%d\n", t, t.Kind(), t.Name(), t.PkgPath(), t.Size())
	}
	t := reflect.TypeOf(Outer{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Anonymous, f.Index, f.IsExported())
	}
	f, ok := t.FieldByName("A")
	fmt.Println(f.Name, f.Index, ok)
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(shape, shape.Kind(), reflect.TypeOf(Sq{}).Implements(shape), reflect.TypeOf(Point{}).Implements(shape))
	fmt.Println(reflect.TypeOf(map[string]int{}).Key(), reflect.TypeOf([4]byte{}).Len(), reflect.TypeOf(&Point{}).Elem())
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf("x"))

	p := Point{3, 4, "n"}
	v := reflect.ValueOf(p)
	for i := 0; i < v.NumField(); i++ {
		fmt.Println(v.Type().Field(i).Name, v.Field(i).Kind(), v.Field(i).CanInterface())
	}
	fmt.Println(v.Field(0).Int(), v.CanSet(), v.Field(0).CanSet())
	pv := reflect.ValueOf(&p).Elem()
	pv.Field(0).SetInt(10)
	pv.FieldByName("Y").SetInt(20)
	fmt.Println(p, pv.CanSet(), pv.Field(2).CanSet())
	s := []int{1, 2, 3}
	sv := reflect.ValueOf(s)
	sv.Index(1).SetInt(99)
	fmt.Println(s, sv.Len(), sv.Index(2).Interface())
	mv := reflect.ValueOf(map[string]int{"one": 1})
	fmt.Println(mv.MapIndex(reflect.ValueOf("one")), mv.Len(), len(mv.MapKeys()))
	it := mv.MapRange()
	for it.Next() {
		fmt.Println(it.Key(), it.Value())
	}
	fmt.Println(reflect.ValueOf(3.5).Float(), reflect.ValueOf("str").String(), reflect.ValueOf(7).String())
	fmt.Println(reflect.ValueOf((*int)(nil)).IsNil(), reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(p).IsZero())
	var x any = 5
	fmt.Println(reflect.ValueOf(&x).Elem().Elem().Int(), reflect.Indirect(reflect.ValueOf(&p)).Type())
	fmt.Println(reflect.Zero(reflect.TypeOf(0)).Int(), reflect.ValueOf(nil).IsValid())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(p).Field(0).SetInt(1)
}
