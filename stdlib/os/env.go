// The environment: Getenv, LookupEnv, Setenv, Unsetenv, Clearenv and
// Environ; Expand and ExpandEnv (shell-style $var and ${var}
// substitution, with gc's rules for special one-character names and bad
// syntax); and Hostname.
//
// Like gc (package syscall), the program works on its own copy of the
// environment, made on first use: a list of "KEY=value" entries in their
// original order, and an index from each key to its entry. Unsetenv blanks
// the entry (Environ skips blanks), Setenv replaces an entry in place or
// appends a new one. When the initial environment names a key twice, the
// first entry wins and the later ones are blanked, so unsetting a key
// cannot uncover an older value.

package os

//go:noescape
//rgo:runtime rt_envv
func envEntry(i int, out *string) bool

var (
	envList  []string       // "KEY=value" entries; "" for removed ones
	envIndex map[string]int // key -> its entry in envList
)

// loadEnv makes the program's copy of the environment, once.
func loadEnv() {
	if envIndex != nil {
		return
	}
	envIndex = make(map[string]int)
	var kv string
	for i := 0; envEntry(i, &kv); i++ {
		envList = append(envList, kv)
		for j := 0; j < len(kv); j++ {
			if kv[j] == '=' {
				key := kv[:j]
				if _, dup := envIndex[key]; dup {
					envList[i] = ""
				} else {
					envIndex[key] = i
				}
				break
			}
		}
	}
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
// To distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true. Otherwise the returned
// value will be empty and the boolean will be false.
func LookupEnv(key string) (string, bool) {
	loadEnv()
	i, ok := envIndex[key]
	if !ok {
		return "", false
	}
	return envList[i][len(key)+1:], true
}

// Setenv sets the value of the environment variable named by the key. It
// returns an error, if any.
func Setenv(key, value string) error {
	bad := len(key) == 0
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			bad = true
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			bad = true
		}
	}
	if bad {
		return NewSyscallError("setenv", Errno(22)) // EINVAL
	}
	loadEnv()
	kv := key + "=" + value
	if i, ok := envIndex[key]; ok {
		envList[i] = kv
	} else {
		envIndex[key] = len(envList)
		envList = append(envList, kv)
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	loadEnv()
	if i, ok := envIndex[key]; ok {
		envList[i] = ""
		delete(envIndex, key)
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	loadEnv()
	envList = nil
	envIndex = make(map[string]int)
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string {
	loadEnv()
	out := make([]string, 0, len(envIndex))
	for _, kv := range envList {
		if kv != "" {
			out = append(out, kv)
		}
	}
	return out
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. As a convenience, if err is nil,
// NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

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
