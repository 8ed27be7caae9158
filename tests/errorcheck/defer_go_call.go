// errorcheck

// defer and go need function calls, and some calls cannot be deferred.
package main

func work() int { return 1 }

func main() {
	x := 1
	defer x // ERROR "expression in defer must be function call"
	go work // ERROR "expression in go must be function call"
	defer len("abc") // ERROR "defer discards result of len\(.abc.\) \(constant 3 of type int\)"
	go println("ok")
	defer (work()) // ERROR "expression in defer must not be parenthesized"
	defer recover()
	defer int(3) // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)"
}
