// run

package main

import "fmt"

func grade(n int) string {
	s := ""
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
		fallthrough
	case n >= 70:
		s += "C"
	case n >= 60:
		s += "D"
	default:
		s += "F"
	}
	return s
}

func kind(x any) string {
	switch v := x.(type) {
	case int, int64:
		return fmt.Sprint("integer ", v)
	case string:
		return "string " + v
	case nil:
		return "nil"
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	for _, n := range []int{95, 85, 75, 65, 5} {
		fmt.Println(n, grade(n))
	}
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1, 2:
			fmt.Print("small ")
		case 3:
			fmt.Print("three ")
			if i == 3 {
				break
			}
			fmt.Print("never ")
		default:
			fmt.Print("big ")
			fallthrough
		case 100:
			fmt.Print("hundred? ")
		}
		fmt.Println()
	}
	fmt.Println(kind(1), kind(int64(2)), kind("s"), kind(nil), kind(fmt.Errorf("e")), kind(2.5))
	x := 5
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y big", y)
	}
	switch f := func() int { return 3 }; f() {
	case 1, 2:
		fmt.Println("low")
	case 3:
		fmt.Println("three")
	}
}
