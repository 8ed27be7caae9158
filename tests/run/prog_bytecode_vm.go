// run

// A small stack-based bytecode virtual machine: an assembler with labels,
// arithmetic, comparisons, jumps, calls with frames, and run-time errors
// reported through panic/recover.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	OpPush Op = iota
	OpPop
	OpDup
	OpSwap
	OpAdd
	OpSub
	OpMul
	OpDiv
	OpMod
	OpLt
	OpEq
	OpNot
	OpJmp
	OpJz
	OpCall
	OpRet
	OpLoad
	OpStore
	OpPrint
	OpHalt
)

var opNames = [...]string{
	OpPush: "push", OpPop: "pop", OpDup: "dup", OpSwap: "swap",
	OpAdd: "add", OpSub: "sub", OpMul: "mul", OpDiv: "div", OpMod: "mod",
	OpLt: "lt", OpEq: "eq", OpNot: "not", OpJmp: "jmp", OpJz: "jz",
	OpCall: "call", OpRet: "ret", OpLoad: "load", OpStore: "store",
	OpPrint: "print", OpHalt: "halt",
}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("op(%d)", byte(o))
}

type Instr struct {
	Op  Op
	Arg int
}

type VMError struct {
	PC  int
	Msg string
}

func (e *VMError) Error() string { return fmt.Sprintf("pc %d: %s", e.PC, e.Msg) }

var ErrStackUnderflow = errors.New("stack underflow")

type frame struct {
	ret    int
	locals [4]int
}

type VM struct {
	code   []Instr
	stack  []int
	frames []frame
	pc     int
	steps  int
	out    strings.Builder
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

// Run executes until halt, returning the top of stack (or 0) and any error.
func (vm *VM) Run(maxSteps int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = &VMError{PC: vm.pc, Msg: x.Error()}
			default:
				err = &VMError{PC: vm.pc, Msg: fmt.Sprint(x)}
			}
		}
	}()
	vm.frames = append(vm.frames[:0], frame{ret: -1})
	for vm.pc = 0; vm.pc < len(vm.code); {
		if vm.steps++; vm.steps > maxSteps {
			return 0, &VMError{PC: vm.pc, Msg: "step limit exceeded"}
		}
		in := vm.code[vm.pc]
		next := vm.pc + 1
		switch in.Op {
		case OpPush:
			vm.push(in.Arg)
		case OpPop:
			vm.pop()
		case OpDup:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case OpSwap:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case OpAdd, OpSub, OpMul, OpDiv, OpMod, OpLt, OpEq:
			b, a := vm.pop(), vm.pop()
			vm.push(arith(in.Op, a, b))
		case OpNot:
			if vm.pop() == 0 {
				vm.push(1)
			} else {
				vm.push(0)
			}
		case OpJmp:
			next = in.Arg
		case OpJz:
			if vm.pop() == 0 {
				next = in.Arg
			}
		case OpCall:
			vm.frames = append(vm.frames, frame{ret: next})
			next = in.Arg
		case OpRet:
			f := vm.frames[len(vm.frames)-1]
			vm.frames = vm.frames[:len(vm.frames)-1]
			if f.ret < 0 {
				return 0, &VMError{PC: vm.pc, Msg: "return from top frame"}
			}
			next = f.ret
		case OpLoad:
			vm.push(vm.frames[len(vm.frames)-1].locals[in.Arg])
		case OpStore:
			vm.frames[len(vm.frames)-1].locals[in.Arg] = vm.pop()
		case OpPrint:
			fmt.Fprintf(&vm.out, "%d ", vm.pop())
		case OpHalt:
			if len(vm.stack) > 0 {
				return vm.stack[len(vm.stack)-1], nil
			}
			return 0, nil
		default:
			panic(fmt.Sprintf("bad opcode %v", in.Op))
		}
		vm.pc = next
	}
	return 0, errors.New("fell off the end of the program")
}

func arith(op Op, a, b int) int {
	switch op {
	case OpAdd:
		return a + b
	case OpSub:
		return a - b
	case OpMul:
		return a * b
	case OpDiv:
		return a / b // a zero divisor panics with a runtime error
	case OpMod:
		return a % b
	case OpLt:
		if a < b {
			return 1
		}
		return 0
	case OpEq:
		if a == b {
			return 1
		}
		return 0
	}
	panic("unreachable")
}

// assemble turns "op arg" lines into instructions; labels end in ':' and
// jump/call arguments may name them.
func assemble(src string) ([]Instr, error) {
	labels := []string{}
	addrs := []int{}
	var lines [][]string
	for _, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, ";"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels = append(labels, strings.TrimSuffix(f[0], ":"))
			addrs = append(addrs, len(lines))
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	lookup := func(name string) (int, bool) {
		for i, l := range labels {
			if l == name {
				return addrs[i], true
			}
		}
		return 0, false
	}
	code := make([]Instr, 0, len(lines))
	for n, f := range lines {
		op := -1
		for i, name := range opNames {
			if name == f[0] {
				op = i
			}
		}
		if op < 0 {
			return nil, fmt.Errorf("line %d: unknown instruction %q", n, f[0])
		}
		in := Instr{Op: Op(op)}
		if len(f) > 1 {
			if a, ok := lookup(f[1]); ok {
				in.Arg = a
			} else if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else {
				return nil, fmt.Errorf("line %d: bad argument: %w", n, err)
			}
		}
		code = append(code, in)
	}
	return code, nil
}

const factorial = `
	push 10
	call fact
	print
	push 0
	halt
fact:           ; n -> n!
	store 0
	push 1
	store 1
loop:
	load 0
	push 1
	lt
	not
	jz done
	load 1
	load 0
	mul
	store 1
	load 0
	push 1
	sub
	store 0
	jmp loop
done:
	load 1
	ret
`

const fib = `
	push 0
	store 0         ; i
again:
	load 0
	push 15
	lt
	jz end
	load 0
	call fib
	print
	load 0
	push 1
	add
	store 0
	jmp again
end:
	push 42
	halt
fib:            ; recursive: n -> fib(n)
	dup
	push 2
	lt
	jz rec
	ret
rec:
	dup
	push 1
	sub
	call fib
	swap
	push 2
	sub
	call fib
	add
	ret
`

const primes = `
	push 2
	store 0
outer:
	load 0
	push 60
	lt
	jz fin
	push 2
	store 1
inner:
	load 0
	load 1
	load 1
	mul
	lt              ; n < d*d
	not
	jz prime
	load 0
	load 1
	mod
	jz composite
	load 1
	push 1
	add
	store 1
	jmp inner
prime:
	load 0
	print
composite:
	load 0
	push 1
	add
	store 0
	jmp outer
fin:
	halt
`

func run(name, src string, limit int) {
	code, err := assemble(src)
	if err != nil {
		fmt.Printf("%-10s assemble error: %v\n", name, err)
		return
	}
	vm := &VM{code: code}
	res, err := vm.Run(limit)
	out := strings.TrimSpace(vm.out.String())
	if err != nil {
		var vmErr *VMError
		if errors.As(err, &vmErr) {
			fmt.Printf("%-10s error at pc %d (%v): %s [out: %q]\n", name, vmErr.PC, code[vmErr.PC].Op, vmErr.Msg, out)
		} else {
			fmt.Printf("%-10s error: %v\n", name, err)
		}
		return
	}
	fmt.Printf("%-10s %d instrs, %d steps, result %d\n", name, len(code), vm.steps, res)
	fmt.Printf("%-10s output: %s\n", "", out)
}

func main() {
	run("factorial", factorial, 10000)
	run("fib", fib, 100000)
	run("primes", primes, 100000)
	run("underflow", "push 1\nadd\nhalt", 100)
	run("divzero", "push 7\npush 0\ndiv\nhalt", 100)
	run("forever", "top: jmp top", 500)
	run("badop", "push 1\nfrobnicate\n", 100)
	run("topret", "push 3\nret\n", 100)
	run("nohalt", "push 3\npush 4\nadd\nprint\n", 100)

	var ops []string
	for op := OpPush; op <= OpHalt+1; op++ {
		ops = append(ops, op.String())
	}
	fmt.Println(strings.Join(ops, ","))
}
