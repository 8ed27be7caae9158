// Values: reading and setting Go values of any type (see type.go for what
// this subset covers).

package reflect

import "internal/reflectlite"

// Value is the reflection interface to a Go value. The zero Value is
// invalid. addr says whether the value is addressable (reached through a
// pointer, a slice element, or a field or element of an addressable value).
type Value struct {
	v    reflectlite.Value
	addr bool
}

// A ValueError occurs when a Value method is invoked on a Value that does
// not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (v Value) mustBe(method string, kinds ...Kind) {
	k := v.Kind()
	for _, want := range kinds {
		if k == want {
			return
		}
	}
	panic(&ValueError{"reflect.Value." + method, k})
}

func (v Value) mustBeAssignable(method string) {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if !v.addr {
		panic("reflect: " + "reflect.Value." + method + " using unaddressable value")
	}
	if !v.v.CanInterface() {
		panic("reflect: " + "reflect.Value." + method + " using value obtained using unexported field")
	}
}

// ValueOf returns a Value holding the concrete value in i (the zero Value
// for nil).
func ValueOf(i any) Value { return Value{v: reflectlite.ValueOf(i)} }

// Zero returns a Value holding the zero value of typ (not addressable).
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	return Value{v: reflectlite.Zero(typ.common())}
}

// Indirect returns the value v points to (the zero Value for a nil
// pointer); a non-pointer v is returned as it is.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool { return v.v.IsValid() }

// Kind returns v's kind (Invalid for the zero Value).
func (v Value) Kind() Kind { return Kind(v.v.Kind()) }

// Type returns v's type.
func (v Value) Type() Type {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return toType(v.v.Type())
}

// CanAddr reports whether v is addressable.
func (v Value) CanAddr() bool { return v.addr }

// CanSet reports whether v can be changed: addressable and not reached
// through an unexported field.
func (v Value) CanSet() bool { return v.addr && v.v.CanInterface() }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.v.CanInterface()
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	if !v.IsValid() {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if !v.v.CanInterface() {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return v.v.Interface()
}

// Bool returns v's value; v must be of kind Bool.
func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return v.v.Bool()
}

// Int returns v's value; v must be of a signed integer kind.
func (v Value) Int() int64 {
	v.mustBe("Int", Int, Int8, Int16, Int32, Int64)
	return v.v.Int()
}

// Uint returns v's value; v must be of an unsigned integer kind.
func (v Value) Uint() uint64 {
	v.mustBe("Uint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	return v.v.Uint()
}

// Float returns v's value; v must be of kind Float32 or Float64.
func (v Value) Float() float64 {
	v.mustBe("Float", Float32, Float64)
	return v.v.Float()
}

// Complex returns v's value; v must be of kind Complex64 or Complex128.
func (v Value) Complex() complex128 {
	v.mustBe("Complex", Complex64, Complex128)
	re, im := v.v.ComplexParts()
	return complex(re, im)
}

// String returns a string v's value; for other kinds, "<T Value>", as gc.
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return v.v.String()
	}
	return "<" + v.Type().String() + " Value>"
}

// Len returns v's length; v must be an array, chan, map, slice or string.
func (v Value) Len() int {
	v.mustBe("Len", Array, Map, Slice, String)
	if v.Kind() == Map {
		return v.v.MapLen()
	}
	return v.v.Len()
}

// Index returns v's i'th element; v must be an array, slice or string.
func (v Value) Index(i int) Value {
	v.mustBe("Index", Array, Slice, String)
	if v.Kind() == String {
		s := v.v.String()
		if i < 0 || i >= len(s) {
			panic("reflect: string index out of range")
		}
		return ValueOf(s[i])
	}
	if i < 0 || i >= v.v.Len() {
		panic("reflect: " + kindNames[v.Kind()] + " index out of range")
	}
	return Value{v: v.v.Index(i), addr: v.addr || v.Kind() == Slice}
}

// NumField returns the number of fields of a struct value.
func (v Value) NumField() int {
	v.mustBe("NumField", Struct)
	return v.v.NumField()
}

// Field returns the i'th field of a struct value.
func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if i < 0 || i >= v.v.NumField() {
		panic("reflect: Field index out of range")
	}
	return Value{v: v.v.Field(i), addr: v.addr}
}

// FieldByName returns the struct field with the given name (the zero
// Value if there is none).
func (v Value) FieldByName(name string) Value {
	v.mustBe("FieldByName", Struct)
	f, ok := v.Type().FieldByName(name)
	if !ok {
		return Value{}
	}
	for _, i := range f.Index {
		if v.Kind() == Pointer {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// Elem returns the value the interface v contains or the pointer v points
// to.
func (v Value) Elem() Value {
	v.mustBe("Elem", Interface, Pointer)
	e := v.v.Elem()
	return Value{v: e, addr: v.Kind() == Pointer && e.IsValid()}
}

// IsNil reports whether v (a chan, func, interface, map, pointer or
// slice) is nil.
func (v Value) IsNil() bool {
	v.mustBe("IsNil", Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer)
	return v.v.IsNil()
}

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr {
	v.mustBe("Pointer", Chan, Func, Map, Pointer, Slice, UnsafePointer)
	return v.v.Pointer()
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Bool:
		return !v.v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.v.Uint() == 0
	case Float32, Float64:
		f := v.v.Float()
		return f == 0 && 1/f > 0
	case Complex64, Complex128:
		re, im := v.v.ComplexParts()
		return re == 0 && 1/re > 0 && im == 0 && 1/im > 0
	case String:
		return v.v.Len() == 0
	case Array:
		for i := 0; i < v.v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	return v.v.IsNil()
}

// MapKeys returns the keys of a map, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe("MapKeys", Map)
	keys := v.v.MapKeyCopies()
	out := make([]Value, len(keys))
	for i, k := range keys {
		out[i] = Value{v: reflectlite.ValueOf(k)}
	}
	return out
}

// MapIndex returns the value of key in the map v, or the zero Value.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	// gc's MapIndex converts the key with assignTo, which leaks it.
	key.v.Escape()
	val, ok := v.v.MapIndex(key.v)
	if !ok {
		return Value{}
	}
	return Value{v: val}
}

// A MapIter is an iterator for ranging over a map (see Value.MapRange).
type MapIter struct {
	keys, vals []reflectlite.Value
	i          int
}

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter {
	v.mustBe("MapRange", Map)
	keys, vals := v.v.MapEntries()
	return &MapIter{keys: keys, vals: vals, i: -1}
}

// Next advances the iterator and reports whether there is another entry.
func (it *MapIter) Next() bool {
	it.i++
	return it.i < len(it.keys)
}

// Key returns the key of the iterator's current map entry.
func (it *MapIter) Key() Value {
	return Value{v: reflectlite.ValueOf(it.keys[it.i].Interface())}
}

// Value returns the value of the iterator's current map entry.
func (it *MapIter) Value() Value {
	return Value{v: reflectlite.ValueOf(it.vals[it.i].Interface())}
}

// Set assigns x to the value v; v must be settable and x of v's type.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	// gc's Set hands v's address to assignTo, which leaks it.
	v.v.Escape()
	if v.Kind() == Interface {
		if !x.Type().AssignableTo(v.Type()) {
			panic("reflect.Set: value of type " + x.Type().String() + " is not assignable to type " + v.Type().String())
		}
		v.v.SetIface(x.v)
		return
	}
	if x.Type() != v.Type() {
		panic("reflect.Set: value of type " + x.Type().String() + " is not assignable to type " + v.Type().String())
	}
	v.v.Set(x.v)
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe("SetBool", Bool)
	v.v.SetBool(x)
}

// SetInt sets v's underlying value.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	v.mustBe("SetInt", Int, Int8, Int16, Int32, Int64)
	v.v.SetInt(x)
}

// SetUint sets v's underlying value.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	v.mustBe("SetUint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	v.v.SetUint(x)
}

// SetFloat sets v's underlying value.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	v.mustBe("SetFloat", Float32, Float64)
	v.v.SetFloat(x)
}

// SetString sets v's underlying value.
func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe("SetString", String)
	v.v.SetString(x)
}

// OverflowInt reports whether x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	v.mustBe("OverflowInt", Int, Int8, Int16, Int32, Int64)
	bits := v.v.Type().Bits()
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

// OverflowUint reports whether x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	v.mustBe("OverflowUint", Uint, Uint8, Uint16, Uint32, Uint64, Uintptr)
	bits := v.v.Type().Bits()
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

func init() {
	reflectlite.ReflectValue = func(x any) (reflectlite.Value, bool) {
		rv, ok := x.(Value)
		return rv.v, ok
	}
}

// SetComplex sets v's underlying value.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	v.mustBe("SetComplex", Complex64, Complex128)
	v.v.SetComplex(x)
}

// OverflowFloat reports whether x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	v.mustBe("OverflowFloat", Float32, Float64)
	if v.Kind() == Float32 {
		if x < 0 {
			x = -x
		}
		return 3.40282346638528859811704183484516925440e+38 < x && x <= 1.79769313486231570814527423731704356798070e+308
	}
	return false
}

