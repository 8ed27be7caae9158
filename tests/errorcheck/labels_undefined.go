// errorcheck

// Labels that are missing, unused or defined twice.
package main

func main() {
	goto missing // ERROR "label missing not defined"
Unused: // ERROR "label Unused defined and not used"
	for i := 0; i < 2; i++ {
	}
	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
Twice:
	println(1)
Twice: // ERROR "label Twice already defined at .*labels_undefined\.go:14:1"
	println(2)
	goto Twice
}
