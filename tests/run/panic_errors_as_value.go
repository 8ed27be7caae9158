// run

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func check(n int) error {
	if n > 2 {
		return &MyErr{n}
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		if err := check(i); err != nil {
			var me *MyErr
			fmt.Println(errors.As(err, &me), me.Code)
			panic(err)
		}
		fmt.Println("ok", i)
	}
}
