// DeepEqual: gc's "deeply equal" relation over reflect Values.

package reflect

import "internal/reflectlite"

// visit records a comparison in progress, so that cyclic data compares
// equal instead of recursing forever (as gc's deepValueEqual does).
type visit struct {
	a1, a2 uintptr
	typ    reflectlite.Type
}

// DeepEqual reports whether x and y are "deeply equal", with gc's rules:
// values of different types never are; arrays, structs and slices compare
// element by element (a nil and an empty slice differ); maps compare entry
// by entry; pointers are equal when they are == or point to deeply equal
// values; functions only when both are nil; other values with ==.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := reflectlite.ValueOf(x)
	v2 := reflectlite.ValueOf(y)
	if v1.Type() != v2.Type() {
		return false
	}
	return deepValueEqual(v1, v2, make(map[visit]bool))
}

func deepValueEqual(v1, v2 reflectlite.Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.Type() != v2.Type() {
		return false
	}
	k := Kind(v1.Kind())
	switch k {
	case Map, Slice, Pointer, Interface:
		if k != Interface && !v1.IsNil() && !v2.IsNil() {
			a1, a2 := v1.Pointer(), v2.Pointer()
			if a1 > a2 {
				a1, a2 = a2, a1
			}
			key := visit{a1, a2, v1.Type()}
			if visited[key] {
				return true
			}
			visited[key] = true
		}
	}
	switch k {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		if v1.IsNil() || v2.IsNil() {
			return false
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i := 0; i < v1.NumField(); i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		k1, e1 := v1.MapEntries()
		k2, e2 := v2.MapEntries()
		if len(k1) != len(k2) {
			return false
		}
		for i := range k1 {
			key := k1[i].Interface()
			found := false
			for j := range k2 {
				if k2[j].Interface() == key {
					if !deepValueEqual(e1[i], e2[j], visited) {
						return false
					}
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		r1, i1 := v1.ComplexParts()
		r2, i2 := v2.ComplexParts()
		return r1 == r2 && i1 == i2
	case String:
		return v1.String() == v2.String()
	case Chan, UnsafePointer:
		return v1.Pointer() == v2.Pointer()
	}
	return false
}
