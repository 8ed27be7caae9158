// Environment helpers beyond Getenv/LookupEnv: Expand and ExpandEnv
// (shell-style $var and ${var} substitution, with gc's rules for special
// one-character names and bad syntax), and Hostname.

package os

// Expand replaces ${var} or $var in the string based on the mapping
// function. For example, os.ExpandEnv(s) is equivalent to
// os.Expand(s, os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var out []byte
	done := 0 // s[:done] has been copied or replaced
	for j := 0; j < len(s); j++ {
		if s[j] != '$' || j+1 >= len(s) {
			continue
		}
		if out == nil {
			out = make([]byte, 0, 2*len(s))
		}
		out = append(out, s[done:j]...)
		name, w := shellName(s[j+1:])
		switch {
		case name == "" && w > 0:
			// Bad syntax ("${}" or an unclosed "${"): drop it.
		case name == "":
			// "$" not followed by a name stays as it is.
			out = append(out, '$')
		default:
			out = append(out, mapping(name)...)
		}
		j += w
		done = j + 1
	}
	if out == nil {
		return s
	}
	return string(out) + s[done:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values
// of the current environment variables. References to undefined variables
// are replaced by the empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// specialVar reports whether c names a shell special variable ($*, $1...).
func specialVar(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

func alphaNum(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name at the start of s (just after a
// '$') and how many bytes of s it spans; an empty name with a non-zero
// width is bad syntax to be dropped.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && specialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // "${" without "}"
	}
	if specialVar(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && alphaNum(s[i]) {
		i++
	}
	return s[:i], i
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return string(b), nil
}
