// run

// A small stack-based virtual machine: an assembler that parses text into
// instructions with labels, and an interpreter with calls, jumps, and
// runtime errors reported as error values.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Op uint8

const (
	PUSH Op = iota
	POP
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JMP
	JZ
	CALL
	RET
	PRINT
	HALT
	LOAD
	STORE
)

var opNames = [...]string{"push", "pop", "add", "sub", "mul", "div", "dup", "swap", "jmp", "jz", "call", "ret", "print", "halt", "load", "store"}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int64
}

type VMError struct {
	PC  int
	Msg string
}

func (e *VMError) Error() string { return fmt.Sprintf("pc %d: %s", e.PC, e.Msg) }

func assemble(src string) ([]Instr, error) {
	var prog []Instr
	labels := []string{}
	addrs := []int{}
	type fixup struct {
		at    int
		label string
	}
	var fixups []fixup
	for lineNo, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasSuffix(line, ":") {
			labels = append(labels, strings.TrimSuffix(line, ":"))
			addrs = append(addrs, len(prog))
			continue
		}
		f := strings.Fields(line)
		op := -1
		for i, n := range opNames {
			if n == f[0] {
				op = i
			}
		}
		if op < 0 {
			return nil, fmt.Errorf("line %d: unknown op %q", lineNo+1, f[0])
		}
		in := Instr{Op: Op(op)}
		if len(f) > 1 {
			if n, err := strconv.ParseInt(f[1], 10, 64); err == nil {
				in.Arg = n
			} else {
				fixups = append(fixups, fixup{len(prog), f[1]})
			}
		}
		prog = append(prog, in)
	}
	for _, fx := range fixups {
		found := false
		for i, l := range labels {
			if l == fx.label {
				prog[fx.at].Arg = int64(addrs[i])
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("undefined label %s", fx.label)
		}
	}
	return prog, nil
}

type VM struct {
	stack  []int64
	calls  []int
	mem    [16]int64
	out    strings.Builder
	steps  int
	budget int
}

func (vm *VM) pop(pc int) (int64, error) {
	if len(vm.stack) == 0 {
		return 0, &VMError{pc, "stack underflow"}
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func (vm *VM) Run(prog []Instr) error {
	pc := 0
	for pc < len(prog) {
		vm.steps++
		if vm.steps > vm.budget {
			return &VMError{pc, "step budget exhausted"}
		}
		in := prog[pc]
		pc++
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case POP:
			if _, err := vm.pop(pc - 1); err != nil {
				return err
			}
		case ADD, SUB, MUL, DIV:
			b, err := vm.pop(pc - 1)
			if err != nil {
				return err
			}
			a, err := vm.pop(pc - 1)
			if err != nil {
				return err
			}
			var r int64
			switch in.Op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case DIV:
				if b == 0 {
					return &VMError{pc - 1, "division by zero"}
				}
				r = a / b
			}
			vm.stack = append(vm.stack, r)
		case DUP:
			v, err := vm.pop(pc - 1)
			if err != nil {
				return err
			}
			vm.stack = append(vm.stack, v, v)
		case SWAP:
			n := len(vm.stack)
			if n < 2 {
				return &VMError{pc - 1, "swap needs two values"}
			}
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case JMP:
			pc = int(in.Arg)
		case JZ:
			v, err := vm.pop(pc - 1)
			if err != nil {
				return err
			}
			if v == 0 {
				pc = int(in.Arg)
			}
		case CALL:
			vm.calls = append(vm.calls, pc)
			pc = int(in.Arg)
		case RET:
			if len(vm.calls) == 0 {
				return &VMError{pc - 1, "return without call"}
			}
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case PRINT:
			v, err := vm.pop(pc - 1)
			if err != nil {
				return err
			}
			fmt.Fprintf(&vm.out, "%d ", v)
		case HALT:
			return nil
		case LOAD:
			vm.stack = append(vm.stack, vm.mem[in.Arg&15])
		case STORE:
			v, err := vm.pop(pc - 1)
			if err != nil {
				return err
			}
			vm.mem[in.Arg&15] = v
		default:
			return &VMError{pc - 1, "bad opcode " + in.Op.String()}
		}
	}
	return nil
}

const factorial = `
	push 1
	store 0      ; acc = 1
	push 10
	store 1      ; n = 10
loop:
	load 1
	jz done
	load 0
	load 1
	mul
	store 0
	load 1
	push 1
	sub
	store 1
	jmp loop
done:
	load 0
	print
	call fib
	halt
fib:             ; prints the first 12 Fibonacci numbers
	push 0
	store 2
	push 1
	store 3
	push 12
	store 4
fibloop:
	load 4
	jz fibdone
	load 2
	print
	load 2
	load 3
	add
	load 3
	store 2
	store 3
	load 4
	push 1
	sub
	store 4
	jmp fibloop
fibdone:
	ret
`

func main() {
	programs := []struct{ name, src string }{
		{"factorial", factorial},
		{"divzero", "push 1\npush 0\ndiv\nprint"},
		{"underflow", "push 1\nadd"},
		{"forever", "top:\njmp top"},
		{"badlabel", "jmp nowhere"},
		{"badop", "push 1\nfrobnicate"},
		{"ret", "ret"},
	}
	for _, p := range programs {
		prog, err := assemble(p.src)
		if err != nil {
			fmt.Printf("%-10s assemble error: %v\n", p.name, err)
			continue
		}
		vm := &VM{budget: 1000}
		err = vm.Run(prog)
		fmt.Printf("%-10s %d instrs, %d steps, out=[%s] err=%v\n", p.name, len(prog), vm.steps, strings.TrimSpace(vm.out.String()), err)
		if ve, ok := err.(*VMError); ok && ve.PC < len(prog) {
			fmt.Printf("%-10s failing instruction: %v %d\n", "", prog[ve.PC].Op, prog[ve.PC].Arg)
		}
	}
}
