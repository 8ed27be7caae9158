// The run-time errors math/bits panics with (gc gets them from package
// runtime; rgo defines equivalents with the same messages).

package bits

type runtimeError string

func (e runtimeError) Error() string { return "runtime error: " + string(e) }

// RuntimeError marks the error as a run-time panic, like runtime.Error.
func (e runtimeError) RuntimeError() {}

var overflowError error = runtimeError("integer overflow")

var divideError error = runtimeError("integer divide by zero")
