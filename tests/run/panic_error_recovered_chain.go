// run

package main

import (
	"errors"
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		panic(fmt.Errorf("wrapped: %v", r))
	}()
	panic(errors.New("original failure"))
}
