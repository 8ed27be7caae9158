package atomic

import "internal/reflectlite"

// A Value provides an atomic load and store of a consistently typed value.
// The zero Value returns nil from Load. Once Store has been called, a Value
// must not be copied, and every stored value must have the same concrete
// type (checked by comparing type descriptors, as gc does).
type Value struct {
	v any
}

// Load returns the value set by the most recent Store, or nil if there has
// been no Store.
func (v *Value) Load() (val any) { return v.v }

func (v *Value) check(val any, what string) {
	if val == nil {
		panic("sync/atomic: " + what + " of nil value into Value")
	}
	if v.v != nil && reflectlite.TypeOf(v.v).Pointer() != reflectlite.TypeOf(val).Pointer() {
		panic("sync/atomic: " + what + " of inconsistently typed value into Value")
	}
}

// Store sets the value of the Value v to val. Storing nil, or a value of
// another concrete type than earlier stores, panics.
func (v *Value) Store(val any) {
	v.check(val, "store")
	v.v = val
}

// Swap stores new into Value and returns the previous value (nil if the
// Value is empty). The same rules as for Store apply.
func (v *Value) Swap(new any) (old any) {
	v.check(new, "swap")
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap executes the compare-and-swap operation for the Value:
// new is stored if the current value equals old (== on interfaces, which
// panics for uncomparable types as gc's does).
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && reflectlite.TypeOf(old).Pointer() != reflectlite.TypeOf(new).Pointer() {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
		v.v = new
		return true
	}
	if reflectlite.TypeOf(v.v).Pointer() != reflectlite.TypeOf(new).Pointer() {
		panic("sync/atomic: compare and swap of inconsistently typed value into Value")
	}
	if v.v != old {
		return false
	}
	v.v = new
	return true
}
