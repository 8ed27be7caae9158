// run

// Reversing strings by concatenation of one-byte substrings, and palindromes.
package main

import "fmt"

func reverse(s string) string {
	r := ""
	for i := 0; i < len(s); i++ {
		r = s[i:i+1] + r
	}
	return r
}

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func main() {
	words := "racecar"
	fmt.Println(reverse("hello"), reverse(""), reverse("a"), reverse("ab"))
	fmt.Println(reverse(words), isPalindrome(words))
	fmt.Println(isPalindrome("abba"), isPalindrome("abca"), isPalindrome(""))
	s := "stressed"
	fmt.Println(s, "->", reverse(s))
	fmt.Println(reverse(reverse(s)) == s)
}
