// Package fmtsort provides a general stable ordering mechanism for map
// keys, so that fmt prints maps in a deterministic order (gc's
// internal/fmtsort over internal/reflectlite).
package fmtsort

import "internal/reflectlite"

// SortedMap holds a map's keys and values, sorted by key.
type SortedMap struct {
	Key   []reflectlite.Value
	Value []reflectlite.Value
}

// Len returns the number of entries.
func (o *SortedMap) Len() int { return len(o.Key) }

// Sort returns the entries of map m sorted by key: numbers, strings and
// bools in their natural order (NaN first), pointers and channels by
// address, structs and arrays element by element, interfaces first by
// their dynamic type, then by value. Sorting is stable.
func Sort(m reflectlite.Value) *SortedMap {
	if m.Kind() != reflectlite.Map {
		return nil
	}
	keys, vals := m.MapEntries()
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	tmp := make([]int, len(keys))
	mergeSort(idx, tmp, keys)
	out := &SortedMap{
		Key:   make([]reflectlite.Value, len(keys)),
		Value: make([]reflectlite.Value, len(keys)),
	}
	for i, j := range idx {
		out.Key[i] = keys[j]
		out.Value[i] = vals[j]
	}
	return out
}

// mergeSort sorts idx (indexes into keys) stably by compare.
func mergeSort(idx, tmp []int, keys []reflectlite.Value) {
	if len(idx) < 2 {
		return
	}
	mid := len(idx) / 2
	mergeSort(idx[:mid], tmp[:mid], keys)
	mergeSort(idx[mid:], tmp[mid:], keys)
	copy(tmp, idx)
	i, j, k := 0, mid, 0
	for i < mid && j < len(idx) {
		if compare(keys[tmp[j]], keys[tmp[i]]) < 0 {
			idx[k] = tmp[j]
			j++
		} else {
			idx[k] = tmp[i]
			i++
		}
		k++
	}
	for i < mid {
		idx[k] = tmp[i]
		i++
		k++
	}
	for j < len(idx) {
		idx[k] = tmp[j]
		j++
		k++
	}
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpFloat orders like cmp.Compare: NaN before everything, -0 == +0.
func cmpFloat(a, b float64) int {
	aNaN, bNaN := a != a, b != b
	switch {
	case aNaN && bNaN:
		return 0
	case aNaN:
		return -1
	case bNaN:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compare compares two values of the same type; -1, 0 or 1 (gc's
// fmtsort.compare; values of different types compare as -1).
func compare(a, b reflectlite.Value) int {
	if !a.Type().Identical(b.Type()) {
		return -1
	}
	switch a.Kind() {
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		return cmpInt(a.Int(), b.Int())
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64, reflectlite.Uintptr:
		return cmpUint(a.Uint(), b.Uint())
	case reflectlite.String:
		return cmpString(a.String(), b.String())
	case reflectlite.Float32, reflectlite.Float64:
		return cmpFloat(a.Float(), b.Float())
	case reflectlite.Complex64, reflectlite.Complex128:
		ar, ai := a.ComplexParts()
		br, bi := b.ComplexParts()
		if c := cmpFloat(ar, br); c != 0 {
			return c
		}
		return cmpFloat(ai, bi)
	case reflectlite.Bool:
		ab, bb := a.Bool(), b.Bool()
		switch {
		case ab == bb:
			return 0
		case ab:
			return 1
		}
		return -1
	case reflectlite.Pointer, reflectlite.UnsafePointer, reflectlite.Chan:
		return cmpUint(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflectlite.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflectlite.Interface:
		an, bn := a.IsNil(), b.IsNil()
		switch {
		case an && bn:
			return 0
		case an:
			return -1
		case bn:
			return 1
		}
		ae, be := a.Elem(), b.Elem()
		if c := cmpUint(uint64(ae.Type().Pointer()), uint64(be.Type().Pointer())); c != 0 {
			return c
		}
		return compare(ae, be)
	}
	panic("bad type in compare: " + a.Type().String())
}
