// run

package main

import (
	"fmt"
	"sync"
)

type ValidationError struct {
	Field string
	Value any
}

func (v *ValidationError) Error() string { return fmt.Sprintf("invalid %s: %v", v.Field, v.Value) }

func validate(age int) error {
	if age < 0 {
		return &ValidationError{"age", age}
	}
	return nil
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
	defer fmt.Println("main deferred 1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			panic(fmt.Errorf("re-panic: %w", r.(error)))
		}
	}()
	if err := validate(-3); err != nil {
		panic(err)
	}
}
