package runtime

// Call stacks and program counters: Caller, Callers, CallersFrames and
// FuncForPC, over the function table the compiler emits and the rgo runtime
// walks by frame pointer (runtime/src/symtab.rs). rgo does not inline, so
// every frame is a real call; PCs are return addresses, as in gc.

//rgo:runtime rt_callers
//go:noescape
func callers(skip int, pc []uintptr) int

//rgo:runtime rt_funcforpc
func funcforpc(pc uintptr) *Func

//rgo:runtime rt_funcname
//go:noescape
func funcname(f *Func) string

//rgo:runtime rt_funcfile
//go:noescape
func funcfile(f *Func) string

//rgo:runtime rt_funcline
//go:noescape
func funcline(f *Func, pc uintptr) int

//rgo:runtime rt_funcentry
//go:noescape
func funcentry(f *Func) uintptr

// A Func represents a Go function in the running binary.
type Func struct {
	opaque struct{} // unexported field to disallow conversions
}

// FuncForPC returns a *Func describing the function that contains the
// given program counter address, or else nil.
func FuncForPC(pc uintptr) *Func {
	return funcforpc(pc)
}

// Name returns the name of the function.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcname(f)
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return funcentry(f)
}

// FileLine returns the file name and line number of the source code
// corresponding to the program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	if f == nil {
		return "", 0
	}
	return funcfile(f), funcline(f, pc)
}

// Callers fills the slice pc with the return program counters of function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to skip before recording in pc, with 0 identifying
// the frame for Callers itself and 1 identifying the caller of Callers. It
// returns the number of entries written to pc.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

// Caller reports file and line number information about function
// invocations on the calling goroutine's stack. The argument skip is the
// number of stack frames to ascend, with 0 identifying the caller of
// Caller.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var rpc [1]uintptr
	n := callers(skip+1, rpc[:])
	if n < 1 {
		return
	}
	f := funcforpc(rpc[0] - 1)
	if f == nil {
		return
	}
	pc = rpc[0] - 1
	return pc, funcfile(f), funcline(f, pc), true
}

// Frames may be used to get function/file/line information for a slice of
// PC values returned by Callers.
type Frames struct {
	callers []uintptr
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	// PC is the program counter for the location in this frame: for a
	// frame that calls another frame, the call instruction.
	PC uintptr

	// Func is the Func value of this call frame.
	Func *Func

	// Function is the package path-qualified function name of this call
	// frame.
	Function string

	// File and Line are the file name and line number of the location in
	// this frame.
	File string
	Line int

	// Entry point program counter for the function.
	Entry uintptr
}

// CallersFrames takes a slice of PCs returned by Callers and prepares to
// return function/file/line information.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns a Frame representing the next call frame in the slice of PC
// values, and whether there are more frames after it.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.callers) > 0 {
		pc := ci.callers[0] - 1
		ci.callers = ci.callers[1:]
		f := funcforpc(pc)
		if f == nil {
			continue
		}
		frame = Frame{
			PC:       pc,
			Func:     f,
			Function: funcname(f),
			File:     funcfile(f),
			Line:     funcline(f, pc),
			Entry:    funcentry(f),
		}
		return frame, len(ci.callers) > 0
	}
	return Frame{}, false
}
