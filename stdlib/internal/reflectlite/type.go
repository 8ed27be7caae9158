// Package reflectlite is the small run-time type inspection layer that fmt,
// sort and errors use instead of gc's reflect: it reads rgo's type
// descriptors (runtime/src/types.rs) and values in memory through a handful
// of runtime intrinsics, and offers a reflect-shaped API (Type, Value,
// Kind, Swapper) over them.
//
// Representation: a Type is the address of a static TypeDesc; a Value is a
// type plus either the address of the value in memory (indir) or, for
// pointer-shaped values taken out of an interface, the value word itself.
// Addresses are kept as uintptr (there is no unsafe here), so each Value
// also carries root, the interface it was derived from, which keeps the
// memory it points into reachable for the collector.
//
// Struct values need field descriptors, an additive TypeDesc extension
// (FLAG_HAS_FIELDS, fields at offset 96, nfields at 104; see FieldDesc
// below); the compiler emits them for every struct type. Maps are read
// through the runtime's iterator (map.go).
//
// scripts/stdcheck/shims/internal/reflectlite holds a gc implementation of
// the same API over package reflect, used by the differential checks.
package reflectlite

// A Kind is the kind of type a Type represents; the numbers are
// reflect.Kind's, as stored in TypeDesc.kind.
type Kind uint

// The kinds, numbered as reflect.Kind.
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

// TypeDesc field offsets (runtime/src/types.rs; compiler/src/types/layout.rs).
const (
	offSize     = 0
	offKind     = 20
	offFlags    = 22
	offName     = 32
	offElem     = 48
	offKey      = 56
	offLen      = 64
	offMethods  = 80
	offNMethods = 88
	offFields   = 96  // extension, present when flagHasFields is set
	offNFields  = 104 // extension
)

// TypeDesc flag bits.
const (
	flagDirectIface = 1 << 0
	flagComparable  = 1 << 1
	flagNamed       = 1 << 2
	flagHasFields   = 1 << 3 // proposed extension: fields/nfields are present
)

// FieldDesc layout (proposed extension, 56 bytes each): name GoString at 0,
// typ *TypeDesc at 16, offset uintptr at 24, embedded bool at 32, tag
// GoString at 40.
const (
	fieldSize     = 56
	fieldOffName  = 0
	fieldOffTyp   = 16
	fieldOffOff   = 24
	fieldOffEmbed = 32
	fieldOffTag   = 40
)

// efaceType returns the dynamic type word of x (0 for a nil interface).
//
// It reads only the type word, so x does not escape (as in gc's TypeOf).
//
//go:noescape
//rgo:runtime rt_efacetype
func efaceType(x any) uintptr

// efaceData returns the data word of x.
//
// The word is a uintptr, which escape analysis does not follow: a Value
// keeps the interface it came from in its root field, and that is what
// carries its flows (ValueOf leaks its argument to its result, as gc's
// does). Whatever stores a Value's memory, or memory it points to,
// somewhere escape analysis cannot see says so with escapes; see
// Interface, String, Set and the Set* methods.
//
//go:noescape
//rgo:runtime rt_efacedata
func efaceData(x any) uintptr

// load reads the size-byte (1, 2, 4 or 8) unsigned integer at addr.
//
//rgo:runtime rt_load
func load(addr uintptr, size uintptr) uint64

// loadString reads the string header at addr.
//
//rgo:runtime rt_loadstring
func loadString(addr uintptr) string

// makeEface stores in *out an interface holding a copy of the value of type
// typ at addr (boxed unless typ is pointer-shaped).
//
// The runtime keeps nothing of out.
//
//go:noescape
//rgo:runtime rt_makeeface
func makeEface(out *any, typ uintptr, addr uintptr)

// typedmemmove copies a value of type typ from src to dst.
//
//rgo:runtime rt_typedmemmove
func typedmemmove(typ uintptr, dst uintptr, src uintptr)

// memswap exchanges the n bytes at p and q (which do not overlap).
//
//rgo:runtime rt_memswap
func memswap(p uintptr, q uintptr, n uintptr)

// getitab returns the itab for the dynamic type typ under the interface
// type inter, or 0 when typ lacks one of inter's methods (canfail is true).
//
//rgo:runtime rt_getitab
func getitab(inter uintptr, typ uintptr, canfail bool) uintptr

// float64frombits and friends reinterpret bits (no package math here, to
// keep this package's imports empty).
//
//rgo:runtime rt_float64frombits
func float64frombits(b uint64) float64

//rgo:runtime rt_float32frombits
func float32frombits(b uint32) float32

//rgo:runtime rt_float64bits
func float64bits(f float64) uint64

//rgo:runtime rt_float32bits
func float32bits(f float32) uint32

// Type describes a Go type. The zero Type describes no type (a nil
// interface's).
type Type struct {
	t uintptr
}

// TypeOf returns the dynamic type of x; the zero Type if x is nil.
func TypeOf(x any) Type {
	return Type{efaceType(x)}
}

// Valid reports whether t describes a type.
func (t Type) Valid() bool { return t.t != 0 }

// String returns the type's name as %T prints it.
func (t Type) String() string {
	if t.t == 0 {
		return "<nil>"
	}
	return loadString(t.t + offName)
}

// Kind returns the type's kind.
func (t Type) Kind() Kind {
	if t.t == 0 {
		return Invalid
	}
	return Kind(load(t.t+offKind, 1))
}

// Size returns the size of a value of the type in bytes.
func (t Type) Size() uintptr { return uintptr(load(t.t+offSize, 8)) }

func (t Type) flags() uint64 { return load(t.t+offFlags, 1) }

// Elem returns the element type of an array, slice, pointer or channel
// type, or the value type of a map type.
func (t Type) Elem() Type { return Type{uintptr(load(t.t+offElem, 8))} }

// Key returns the key type of a map type.
func (t Type) Key() Type { return Type{uintptr(load(t.t+offKey, 8))} }

// Len returns the length of an array type.
func (t Type) Len() int { return int(load(t.t+offLen, 8)) }

// NumMethod returns the number of methods in the type's method table (for
// an interface type: the interface's methods, so 0 means `any`).
func (t Type) NumMethod() int { return int(load(t.t+offNMethods, 8)) }

// HasFields reports whether field information is available for the struct
// type t (the TypeDesc extension; see the package comment).
func (t Type) HasFields() bool { return t.flags()&flagHasFields != 0 }

// NumField returns the number of fields of a struct type (0 without field
// information).
func (t Type) NumField() int {
	if !t.HasFields() {
		return 0
	}
	return int(load(t.t+offNFields, 8))
}

func (t Type) field(i int) uintptr {
	return uintptr(load(t.t+offFields, 8)) + uintptr(i)*fieldSize
}

// FieldName returns the name of the i'th field of a struct type (for an
// embedded field, the name of its type).
func (t Type) FieldName(i int) string { return loadString(t.field(i) + fieldOffName) }

// FieldEmbedded reports whether the i'th field is embedded.
func (t Type) FieldEmbedded(i int) bool { return load(t.field(i)+fieldOffEmbed, 1) != 0 }

// Identical reports whether t and u are the same type (descriptors are
// unique per type).
func (t Type) Identical(u Type) bool { return t.t == u.t }

// Comparable reports whether values of the type can be compared with ==.
func (t Type) Comparable() bool { return t.t != 0 && t.flags()&flagComparable != 0 }

// Implements reports whether type u satisfies the interface type t (which
// must be of kind Interface): it has every method of t.
func (t Type) Implements(u Type) bool {
	if t.Kind() != Interface {
		panic("reflectlite: Implements of non-interface type " + t.String())
	}
	if u.t == 0 {
		return false
	}
	if t.NumMethod() == 0 {
		return true
	}
	return getitab(t.t, u.t, true) != 0
}

// FieldType returns the type of the i'th field of a struct type.
func (t Type) FieldType(i int) Type { return Type{uintptr(load(t.field(i)+fieldOffTyp, 8))} }

// FieldOffset returns the byte offset of the i'th field of a struct type.
func (t Type) FieldOffset(i int) uintptr { return uintptr(load(t.field(i)+fieldOffOff, 8)) }

// FieldTag returns the tag of the i'th field of a struct type ("" if none).
func (t Type) FieldTag(i int) string { return loadString(t.field(i) + fieldOffTag) }

// Named reports whether t is a defined (named) type.
func (t Type) Named() bool { return t.t != 0 && t.flags()&flagNamed != 0 }
