// Package reflect is rgo's subset of gc's reflect package: run-time type
// inspection (TypeOf, Type, Kind, StructField and StructTag), reading and
// setting values (ValueOf, Value, Indirect, Zero) and DeepEqual, built on
// internal/reflectlite, which reads rgo's type descriptors
// (runtime/src/types.rs).
//
// What is missing, and why: New, MakeSlice, MakeMap, Append, Call and
// method lookup need descriptors rgo does not emit yet (pointer-to-T for
// any T, method names). Type.Name and PkgPath are derived from the type's
// string and its named flag (gc's descriptors store them separately).
package reflect

import (
	"internal/reflectlite"
	"strconv"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

// The kinds, numbered as in gc.
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

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[uint(k)]
	}
	return "kind" + strconv.Itoa(int(k))
}

// Type is the representation of a Go type. Two Types are equal (==) when
// they describe the same type, as in gc.
type Type interface {
	// Name returns the type's name within its package for a defined
	// type, or the empty string for an unnamed one.
	Name() string
	// PkgPath returns a defined type's package name ("" for unnamed and
	// predeclared types).
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	Comparable() bool
	Bits() int
	Elem() Type
	Key() Type
	Len() int
	NumField() int
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	NumMethod() int
	AssignableTo(u Type) bool
	common() reflectlite.Type
}

// rtype is a Type: a descriptor's address, compared by value.
type rtype struct{ t reflectlite.Type }

func toType(t reflectlite.Type) Type {
	if !t.Valid() {
		return nil
	}
	return rtype{t}
}

// TypeOf returns the dynamic type of i, or nil for a nil interface.
func TypeOf(i any) Type { return toType(reflectlite.TypeOf(i)) }

func (t rtype) common() reflectlite.Type { return t.t }
func (t rtype) String() string           { return t.t.String() }
func (t rtype) Size() uintptr            { return t.t.Size() }
func (t rtype) Kind() Kind               { return Kind(t.t.Kind()) }
func (t rtype) Comparable() bool         { return t.t.Comparable() }
func (t rtype) NumMethod() int           { return t.t.NumMethod() }

// Bits returns the size of a numeric type in bits.
func (t rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.String())
	}
	return t.t.Bits()
}

// Name returns a defined type's name: the identifier after the package
// qualifier of its string (predeclared types are named too).
func (t rtype) Name() string {
	s := t.t.String()
	k := t.Kind()
	if !t.t.Named() && !(k >= Bool && k <= Complex128 || k == String || k == UnsafePointer) {
		return ""
	}
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// PkgPath returns the package qualifier of a defined type.
func (t rtype) PkgPath() string {
	n := t.Name()
	s := t.t.String()
	if n == "" || len(n) == len(s) {
		return ""
	}
	return s[:len(s)-len(n)-1]
}

func (t rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.t.Elem())
	}
	panic("reflect: Elem of invalid type " + t.String())
}

func (t rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.String())
	}
	return toType(t.t.Key())
}

func (t rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.String())
	}
	return t.t.Len()
}

func (t rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.String())
	}
	return t.t.NumField()
}

// Field returns the i'th field of a struct type.
func (t rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.String())
	}
	if i < 0 || i >= t.t.NumField() {
		panic("reflect: Field index out of bounds")
	}
	name := t.t.FieldName(i)
	f := StructField{
		Name:      name,
		Type:      toType(t.t.FieldType(i)),
		Tag:       StructTag(t.t.FieldTag(i)),
		Offset:    t.t.FieldOffset(i),
		Index:     []int{i},
		Anonymous: t.t.FieldEmbedded(i),
	}
	if !isExported(name) {
		f.PkgPath = t.PkgPath()
		if f.PkgPath == "" {
			f.PkgPath = "main"
		}
	}
	return f
}

// FieldByName returns the struct field with the given name, looking
// through embedded structs breadth-first as gc does.
func (t rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.String())
	}
	type entry struct {
		t     rtype
		index []int
	}
	level := []entry{{t, nil}}
	seen := map[rtype]bool{}
	for len(level) > 0 {
		var next []entry
		var found StructField
		count := 0
		for _, e := range level {
			if seen[e.t] {
				continue
			}
			seen[e.t] = true
			for i := 0; i < e.t.t.NumField(); i++ {
				f := e.t.Field(i)
				idx := append(append([]int(nil), e.index...), i)
				if f.Name == name {
					count++
					if count == 1 {
						found = f
						found.Index = idx
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type
					if ft.Kind() == Pointer {
						ft = ft.Elem()
					}
					if ft.Kind() == Struct {
						next = append(next, entry{ft.(rtype), idx})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		level = next
	}
	return StructField{}, false
}

// Implements reports whether the type implements the interface type u.
func (t rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return u.common().Implements(t.t)
}

// AssignableTo reports whether a value of the type is assignable to type u:
// the same type, or an interface type u that the type implements.
func (t rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	if u.common() == t.t {
		return true
	}
	return u.Kind() == Interface && u.common().Implements(t.t)
}

func isExported(name string) bool {
	return len(name) > 0 && (name[0] >= 'A' && name[0] <= 'Z')
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and
// whether the key is present (gc's parser of the conventional format).
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value, true
		}
	}
	return "", false
}
