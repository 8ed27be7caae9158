// Maps: reading a map's entries through the runtime's iterator.

package reflectlite

// hiter is the runtime's map iterator (runtime/src/map.rs `Hiter`, 96
// bytes): the addresses of the current key and value, then its state.
type hiter struct {
	key, val uintptr
	state    [10]uintptr
}

// mapiterinit starts iterating the map m of map type t.
//
//rgo:runtime rt_mapiterinit
func mapiterinit(t uintptr, m uintptr, it *hiter)

// mapiternext advances it; false when there are no more entries.
//
//rgo:runtime rt_mapiternext
func mapiternext(it *hiter) bool

// Pointer returns the address of the type's descriptor (an identity that
// orders types, as the address of gc's *rtype does).
func (t Type) Pointer() uintptr { return t.t }

// MapEntries returns the keys and values of the map v in iteration order
// (none for a nil map). The values refer to the map's memory, which the
// caller must not change while using them.
func (v Value) MapEntries() (keys, vals []Value) {
	m := v.ptrWord()
	if m == 0 {
		return nil, nil
	}
	kt, vt := v.typ.Key(), v.typ.Elem()
	it := new(hiter)
	mapiterinit(v.typ.t, m, it)
	for mapiternext(it) {
		keys = append(keys, v.at(kt, it.key))
		vals = append(vals, v.at(vt, it.val))
	}
	return keys, vals
}

// MapLen returns the number of entries in the map v (0 for a nil map): the
// count word the map header starts with (runtime/src/map.rs, `Hmap`).
func (v Value) MapLen() int {
	m := v.ptrWord()
	if m == 0 {
		return 0
	}
	return int(load(m, 8))
}

// mapaccess returns the address of m[key] in the map m of map type t, or 0
// when the key is missing (the compiler's map lookup).
//
//go:noescape
//rgo:runtime rt_mapaccess
func mapaccess(t uintptr, m uintptr, key uintptr) uintptr

// MapIndex looks key up in the map v and returns a copy of its value, and
// whether the key is there. key must be of the map's key type or, for an
// interface key type, implement it.
func (v Value) MapIndex(key Value) (Value, bool) {
	kt := v.typ.Key()
	var kp uintptr
	var keep any
	switch {
	case kt.Identical(key.typ):
		if key.indir {
			kp = key.ptr
		} else {
			kp = key.wordAddr()
		}
		keep = key.root
	case kt.Kind() == Interface && kt.Implements(key.typ):
		z := Zero(kt)
		z.SetIface(key)
		kp = z.ptr
		keep = z.root
	default:
		panic("reflect.Value.MapIndex: value of type " + key.typ.String() + " is not assignable to type " + kt.String())
	}
	m := v.ptrWord()
	if m == 0 {
		return Value{}, false
	}
	p := mapaccess(v.typ.t, m, kp)
	keepAlive(keep)
	if p == 0 {
		return Value{}, false
	}
	// A copy, as gc's: a map's entries have leaked to the heap when they
	// were stored, so the copy owes nothing to v.
	return ValueOf(v.at(v.typ.Elem(), p).packEface()), true
}

// MapKeyCopies returns copies of the keys of the map v, as interfaces, in
// iteration order. The copies owe nothing to v: a map's entries have
// leaked to the heap when they were stored (see MapIndex).
func (v Value) MapKeyCopies() []any {
	m := v.ptrWord()
	if m == 0 {
		return nil
	}
	kt := v.typ.Key()
	it := new(hiter)
	mapiterinit(v.typ.t, m, it)
	var keys []any
	for mapiternext(it) {
		keys = append(keys, Value{typ: kt, ptr: it.key, indir: true}.packEface())
	}
	return keys
}
