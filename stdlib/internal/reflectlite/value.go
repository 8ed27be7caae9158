// Values: reading Go values of any type out of memory.

package reflectlite

// Value is a Go value of some type, held either in memory (indir: ptr is
// its address) or, for a pointer-shaped value, as the word itself.
type Value struct {
	typ   Type
	ptr   uintptr // address of the value when indir
	word  uintptr // the value itself when !indir
	indir bool
	ro    bool // reached through an unexported struct field
	root  any  // keeps the memory behind ptr/word reachable
}

// ValueOf returns a Value holding the dynamic value of x (the invalid Value
// for a nil interface).
func ValueOf(x any) Value {
	t := efaceType(x)
	if t == 0 {
		return Value{}
	}
	typ := Type{t}
	d := efaceData(x)
	if typ.flags()&flagDirectIface != 0 {
		return Value{typ: typ, word: d, root: x}
	}
	return Value{typ: typ, ptr: d, indir: true, root: x}
}

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool { return v.typ.t != 0 }

// Kind returns v's kind (Invalid for the invalid Value).
func (v Value) Kind() Kind { return v.typ.Kind() }

// Type returns v's type.
func (v Value) Type() Type { return v.typ }

// CanInterface reports whether Interface may be used (false for values
// reached through unexported fields, as in reflect).
func (v Value) CanInterface() bool { return v.IsValid() && !v.ro }

// bits returns the raw bits of a value of at most 8 bytes.
func (v Value) bits() uint64 {
	if !v.indir {
		return uint64(v.word)
	}
	return load(v.ptr, v.typ.Size())
}

// Bool returns v's value; v must be of kind Bool.
func (v Value) Bool() bool { return v.bits()&0xff != 0 }

// Int returns v's value sign-extended; v must be of a signed integer kind.
func (v Value) Int() int64 {
	b := v.bits()
	switch v.Kind() {
	case Int8:
		return int64(int8(b))
	case Int16:
		return int64(int16(b))
	case Int32:
		return int64(int32(b))
	}
	return int64(b)
}

// Uint returns v's value; v must be of an unsigned integer kind.
func (v Value) Uint() uint64 { return v.bits() }

// Float returns v's value; v must be of kind Float32 or Float64.
func (v Value) Float() float64 {
	if v.Kind() == Float32 {
		return float64(float32frombits(uint32(v.bits())))
	}
	return float64frombits(v.bits())
}

// ComplexParts returns the real and imaginary parts of v's value; v must
// be of kind Complex64 or Complex128.
func (v Value) ComplexParts() (re, im float64) {
	if v.Kind() == Complex64 {
		return float64(float32frombits(uint32(load(v.ptr, 4)))), float64(float32frombits(uint32(load(v.ptr+4, 4))))
	}
	return float64frombits(load(v.ptr, 8)), float64frombits(load(v.ptr+8, 8))
}

// String returns v's value; v must be of kind String.
func (v Value) String() string {
	if v.ptr == 0 {
		// Never taken for a valid Value; it tells escape analysis that
		// the string's bytes belong to what v's root refers to.
		return rootString(v.root)
	}
	return loadString(v.ptr)
}

// rootString is never called for its value: its escape summary, x leaking
// to its result at level 1 (as gc's String, which loads through v.ptr), is
// what String needs. A string is always held in memory (indir), at least
// one load away from the root, and whatever the root reaches escapes with
// it, so level 1 is sound.
func rootString(x any) string {
	return *x.(*string)
}

// Len returns the length of an array, slice or string value.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return v.typ.Len()
	case Slice, String:
		return int(load(v.ptr+8, 8))
	}
	panic("reflectlite: Len of unsupported kind")
}

// Index returns the i'th element of an array or slice value.
func (v Value) Index(i int) Value {
	if i < 0 || i >= v.Len() {
		panic("reflectlite: Index out of range")
	}
	et := v.typ.Elem()
	if !v.indir {
		// A pointer-shaped one-element array: its element is the word.
		return Value{typ: et, word: v.word, ro: v.ro, root: v.root}
	}
	base := v.ptr
	if v.Kind() == Slice {
		base = uintptr(load(v.ptr, 8))
	}
	return v.at(et, base+uintptr(i)*et.Size())
}

// at returns the value of type t stored at addr, inheriting v's root.
func (v Value) at(t Type, addr uintptr) Value {
	return Value{typ: t, ptr: addr, indir: true, ro: v.ro, root: v.root}
}

// NumField returns the number of fields of a struct value.
func (v Value) NumField() int { return v.typ.NumField() }

// Field returns the i'th field of a struct value.
func (v Value) Field(i int) Value {
	f := v.typ.field(i)
	ft := Type{uintptr(load(f+fieldOffTyp, 8))}
	off := uintptr(load(f+fieldOffOff, 8))
	var fv Value
	if v.indir {
		fv = v.at(ft, v.ptr+off)
	} else {
		// A pointer-shaped struct: its one non-empty field is the word.
		fv = Value{typ: ft, word: v.word, ro: v.ro, root: v.root}
		if ft.Size() == 0 {
			fv = Value{typ: ft, ptr: 0, indir: true, ro: v.ro, root: v.root}
		}
	}
	name := v.typ.FieldName(i)
	if len(name) == 0 || !(name[0] >= 'A' && name[0] <= 'Z') {
		// Unexported (a non-ASCII upper-case initial is treated as
		// unexported; rare in practice).
		fv.ro = true
	}
	return fv
}

// ptrWord returns the pointer word of a pointer-shaped value.
func (v Value) ptrWord() uintptr {
	if v.indir {
		return uintptr(load(v.ptr, 8))
	}
	return v.word
}

// IsNil reports whether a pointer, map, chan, func, interface or slice
// value is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Interface, Slice:
		return load(v.ptr, 8) == 0
	}
	return v.ptrWord() == 0
}

// Pointer returns the address held by a pointer, map, chan, func, unsafe
// pointer or slice value (a slice's data pointer).
func (v Value) Pointer() uintptr {
	if v.Kind() == Slice {
		return uintptr(load(v.ptr, 8))
	}
	return v.ptrWord()
}

// Elem returns the value a pointer points to, or the dynamic value inside
// an interface value (the invalid Value for nil).
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := v.ptrWord()
		if p == 0 {
			return Value{}
		}
		return Value{typ: v.typ.Elem(), ptr: p, indir: true, ro: v.ro, root: v.root}
	case Interface:
		w0 := uintptr(load(v.ptr, 8))
		if w0 == 0 {
			return Value{}
		}
		t := w0
		if v.typ.NumMethod() != 0 {
			t = uintptr(load(w0+8, 8)) // itab.typ
		}
		d := uintptr(load(v.ptr+8, 8))
		dt := Type{t}
		if dt.flags()&flagDirectIface != 0 {
			return Value{typ: dt, word: d, ro: v.ro, root: v.root}
		}
		return Value{typ: dt, ptr: d, indir: true, ro: v.ro, root: v.root}
	}
	panic("reflectlite: Elem of unsupported kind")
}

// Interface returns v's value as an interface (a copy for non-pointer-shaped
// values).
func (v Value) Interface() any {
	if v.typ.t == 0 {
		// The invalid Value's root is nil. Returning it also tells escape
		// analysis that the result refers to what v's root does.
		return v.root
	}
	return v.packEface()
}

// packEface is Interface without the flow from v's root to the result that
// escape analysis sees: for values whose memory holds nothing the root
// does not already let escape (a map's entries, which are on the heap).
func (v Value) packEface() any {
	var x any
	if !v.indir {
		makeEface(&x, v.typ.t, v.wordAddr())
		return x
	}
	makeEface(&x, v.typ.t, v.ptr)
	return x
}

// wordAddr returns the address of a copy of v's word, on the heap: the
// address outlives this frame.
func (v Value) wordAddr() uintptr {
	w := new(uintptr)
	*w = v.word
	var x any = w
	escapes(x)
	return efaceData(x)
}

// Set stores x into the value v points at; v must have come from Elem of a
// pointer and x must have v's exact type.
func (v Value) Set(x Value) {
	if !v.indir || v.ptr == 0 || !v.typ.Identical(x.typ) {
		panic("reflectlite: Set of unaddressable value or mismatched type")
	}
	src := x.ptr
	if !x.indir {
		src = x.wordAddr()
	}
	typedmemmove(v.typ.t, v.ptr, src)
	escapes(x.root)
}

// SetIface stores x into the interface variable v points at; v must have
// come from Elem of a pointer, be of kind Interface, and x's type must
// implement it (see Type.Implements).
func (v Value) SetIface(x Value) {
	if !v.indir || v.ptr == 0 || v.Kind() != Interface || !v.typ.Implements(x.typ) {
		panic("reflectlite: SetIface of unaddressable value or type that does not implement it")
	}
	var e any = x.Interface()
	w0 := efaceType(e)
	if v.typ.NumMethod() != 0 {
		w0 = getitab(v.typ.t, w0, false)
	}
	// An interface is two words: the type (or itab) word, then the data word.
	words := new([2]uintptr)
	words[0] = w0
	words[1] = efaceData(e)
	var pw any = words
	typedmemmove(v.typ.t, v.ptr, efaceData(pw))
	escapes(e)
}

// keepAlive keeps x reachable until this call (its words were copied out
// as integers).
//
//go:noinline
func keepAlive(x any) {}

// escapes keeps x reachable until this call, and tells escape analysis that
// x leaks to the heap: its memory has been stored (through a uintptr)
// where the analysis cannot see. It is gc's summary of a body-less
// function, hence //rgo:asm.
//
//rgo:asm
func escapes(x any) {}

// Escape tells escape analysis that v leaks to the heap; for package
// reflect, where gc's methods leak what rgo's need not (see escapes).
func (v Value) Escape() { escapes(v.root) }

// A Swapper swaps elements of a slice whatever their type.
type Swapper struct {
	base uintptr
	size uintptr
	n    int
	root any
}

// NewSwapper returns a Swapper for the slice held in x; it panics if x is
// not a slice.
func NewSwapper(x any) Swapper {
	v := ValueOf(x)
	if v.Kind() != Slice {
		panic("reflect: call of Swapper on " + v.Kind().name() + " Value")
	}
	// gc's Swapper returns closures over the slice's memory, so its
	// argument leaks to the heap (and sort.Slice's does).
	escapes(x)
	return Swapper{base: uintptr(load(v.ptr, 8)), size: v.typ.Elem().Size(), n: v.Len(), root: x}
}

// Len returns the slice's length.
func (s Swapper) Len() int { return s.n }

// Swap exchanges elements i and j.
func (s Swapper) Swap(i, j int) {
	if uint(i) >= uint(s.n) || uint(j) >= uint(s.n) {
		panic("reflect: slice index out of range")
	}
	if i != j {
		memswap(s.base+uintptr(i)*s.size, s.base+uintptr(j)*s.size, s.size)
	}
}

func (k Kind) name() string {
	names := [...]string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"}
	if int(k) < len(names) {
		return names[k]
	}
	return "kind"
}

// Bits returns the size in bits of a numeric type (Int*, Uint*, Float*,
// Complex*), as reflect.Type.Bits.
func (t Type) Bits() int { return int(t.Size()) * 8 }

// setBits stores the low Size bytes of b (little-endian) into the value v
// points at; v must be addressable and of a pointer-free kind of at most 8
// bytes.
func (v Value) setBits(b uint64) {
	if !v.indir || v.ptr == 0 || v.ro {
		panic("reflectlite: set of unaddressable value")
	}
	w := new(uint64)
	*w = b
	var x any = w
	typedmemmove(v.typ.t, v.ptr, efaceData(x))
	keepAlive(x)
}

// SetBool sets v (addressable, of kind Bool) to x.
func (v Value) SetBool(x bool) {
	var b uint64
	if x {
		b = 1
	}
	v.setBits(b)
}

// SetInt sets v (addressable, of a signed integer kind) to x, truncated to
// v's size.
func (v Value) SetInt(x int64) { v.setBits(uint64(x)) }

// SetUint sets v (addressable, of an unsigned integer kind) to x, truncated
// to v's size.
func (v Value) SetUint(x uint64) { v.setBits(x) }

// SetFloat sets v (addressable, of kind Float32 or Float64) to x.
func (v Value) SetFloat(x float64) {
	if v.Kind() == Float32 {
		f := float32(x)
		v.setBits(uint64(float32bits(f)))
		return
	}
	v.setBits(float64bits(x))
}

// SetString sets v (addressable, of kind String) to x.
func (v Value) SetString(x string) {
	if !v.indir || v.ptr == 0 || v.ro {
		panic("reflectlite: set of unaddressable value")
	}
	p := new(string)
	*p = x
	var e any = p
	typedmemmove(v.typ.t, v.ptr, efaceData(e))
	escapes(e)
}

// SetBytes sets v (addressable, a slice whose element kind is Uint8) to
// a slice sharing x's elements.
func (v Value) SetBytes(x []byte) {
	if !v.indir || v.ptr == 0 || v.ro {
		panic("reflectlite: set of unaddressable value")
	}
	p := new([]byte)
	*p = x
	var e any = p
	typedmemmove(v.typ.t, v.ptr, efaceData(e))
	escapes(e)
}

// newobject allocates a zeroed value of type typ on the heap and returns
// its address (rt_newobject is also the compiler's allocation entry).
//
//rgo:runtime rt_newobject
func newobject(typ uintptr) uintptr

// NewPointer returns a Value of the pointer type pt that points to a new
// zero value of pt.Elem(): reflect.New(pt.Elem()), for callers that hold the
// pointer type already (there is no PointerTo here).
func NewPointer(pt Type) Value {
	if pt.Kind() != Pointer {
		panic("reflectlite: NewPointer of non-pointer type")
	}
	v := Value{typ: pt, word: newobject(pt.Elem().t)}
	v.root = v.Interface()
	return v
}

// Zero returns a Value holding the zero value of t, as reflect.Zero does.
func Zero(t Type) Value {
	var x any
	makeEface(&x, t.t, newobject(t.t))
	return ValueOf(x)
}

// ReflectValue, when package reflect is linked in, unwraps a reflect.Value
// held in x (fmt prints the value a reflect.Value holds, as gc's fmt does,
// without importing reflect itself). reflect sets it in its init.
var ReflectValue func(x any) (v Value, ok bool)

// SetComplex sets v (addressable, of kind Complex64 or Complex128) to x.
func (v Value) SetComplex(x complex128) {
	if !v.indir || v.ptr == 0 {
		panic("reflectlite: SetComplex of unaddressable value")
	}
	var box any
	if v.Kind() == Complex64 {
		c := new(complex64)
		*c = complex64(x)
		box = c
	} else {
		c := new(complex128)
		*c = x
		box = c
	}
	typedmemmove(v.typ.t, v.ptr, efaceData(box))
	keepAlive(box)
}
