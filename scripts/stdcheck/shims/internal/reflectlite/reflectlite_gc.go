// Package reflectlite, gc edition: the same API as stdlib/internal/reflectlite
// implemented over package reflect, so that the differential checks
// (scripts/stdcheck.sh) exercise fmt/sort/errors under gc. Never compiled
// by rgo.
package reflectlite

import goreflect "reflect"

type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

type Type struct{ t goreflect.Type }

func TypeOf(x any) Type { return Type{goreflect.TypeOf(x)} }

func (t Type) Valid() bool { return t.t != nil }
func (t Type) String() string {
	if t.t == nil {
		return "<nil>"
	}
	return t.t.String()
}
func (t Type) Kind() Kind {
	if t.t == nil {
		return Invalid
	}
	return Kind(t.t.Kind())
}
func (t Type) Size() uintptr            { return t.t.Size() }
func (t Type) Elem() Type               { return Type{t.t.Elem()} }
func (t Type) Key() Type                { return Type{t.t.Key()} }
func (t Type) Len() int                 { return t.t.Len() }
func (t Type) NumMethod() int           { return t.t.NumMethod() }
func (t Type) HasFields() bool          { return true }
func (t Type) NumField() int            { return t.t.NumField() }
func (t Type) FieldName(i int) string   { return t.t.Field(i).Name }
func (t Type) FieldEmbedded(i int) bool { return t.t.Field(i).Anonymous }
func (t Type) Identical(u Type) bool    { return t.t == u.t }

type Value struct{ v goreflect.Value }

func ValueOf(x any) Value { return Value{goreflect.ValueOf(x)} }

func (v Value) IsValid() bool      { return v.v.IsValid() }
func (v Value) Kind() Kind         { return Kind(v.v.Kind()) }
func (v Value) Type() Type         { return Type{v.v.Type()} }
func (v Value) CanInterface() bool { return v.v.IsValid() && v.v.CanInterface() }
func (v Value) Bool() bool         { return v.v.Bool() }
func (v Value) Int() int64         { return v.v.Int() }
func (v Value) Uint() uint64       { return v.v.Uint() }
func (v Value) Float() float64     { return v.v.Float() }
func (v Value) ComplexParts() (re, im float64) {
	c := v.v.Complex()
	return real(c), imag(c)
}
func (v Value) String() string    { return v.v.String() }
func (v Value) Len() int          { return v.v.Len() }
func (v Value) Index(i int) Value { return Value{v.v.Index(i)} }
func (v Value) NumField() int     { return v.v.NumField() }
func (v Value) Field(i int) Value { return Value{v.v.Field(i)} }
func (v Value) IsNil() bool       { return v.v.IsNil() }
func (v Value) Pointer() uintptr  { return v.v.Pointer() }
func (v Value) Elem() Value       { return Value{v.v.Elem()} }
func (v Value) Interface() any    { return v.v.Interface() }
func (v Value) Set(x Value)       { v.v.Set(x.v) }

type Swapper struct {
	swap func(i, j int)
	n    int
}

func NewSwapper(x any) Swapper {
	return Swapper{goreflect.Swapper(x), goreflect.ValueOf(x).Len()}
}
func (s Swapper) Len() int      { return s.n }
func (s Swapper) Swap(i, j int) { s.swap(i, j) }

func (t Type) Comparable() bool { return t.t != nil && t.t.Comparable() }

func (t Type) Implements(u Type) bool { return u.t != nil && u.t.Implements(t.t) }
func (v Value) SetIface(x Value)      { v.v.Set(x.v) }

// Pointer returns an address identifying the type (its *rtype).
func (t Type) Pointer() uintptr { return goreflect.ValueOf(t.t).Pointer() }

// MapEntries returns the keys and values of map v in iteration order.
func (v Value) MapEntries() (keys, vals []Value) {
	it := v.v.MapRange()
	for it.Next() {
		keys = append(keys, Value{it.Key()})
		vals = append(vals, Value{it.Value()})
	}
	return keys, vals
}

func (t Type) Bits() int           { return t.t.Bits() }
func (v Value) SetBool(x bool)     { v.v.SetBool(x) }
func (v Value) SetInt(x int64)     { v.v.SetInt(x) }
func (v Value) SetUint(x uint64)   { v.v.SetUint(x) }
func (v Value) SetFloat(x float64) { v.v.SetFloat(x) }
func (v Value) SetString(x string) { v.v.SetString(x) }
func (v Value) SetBytes(x []byte)  { v.v.SetBytes(x) }
