// errorcheck

// A type argument that does not satisfy a self-referential constraint.
package main

type Adder[A Adder[A]] interface{ Add(A) A }

type M int

func Sum[A Adder[A]](xs ...A) (z A) { return }

func main() { _ = Sum[M]() } // ERROR "M does not satisfy Adder\[M\] \(missing method Add\)"
