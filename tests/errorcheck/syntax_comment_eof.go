// errorcheck

// A general comment must be closed before the end of the file.
package main

func main() {
}

/* not closed // ERROR "comment not terminated"
