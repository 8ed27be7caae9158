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
