// Package sort provides primitives for sorting slices and user-defined
// collections.
//
// rgo's sort, written in Go. Sort uses pattern-defeating quicksort making
// gc's decisions (pdqsort.go), so the final order of equal elements, which
// Sort does not specify, matches gc's for the same input; Stable merges
// insertion-sorted runs in place with SymMerge (stable.go).
// Slice and SliceStable swap elements of any slice type through
// internal/reflectlite.
package sort

import "internal/reflectlite"

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// lessSwap is the element access the sorting routines work through, two
// function values. It is passed by value and its
// functions are only called, so sorting keeps nothing it is given: a
// less function passed to Slice, or the slice passed to Ints, does not
// escape (the Interface methods called by Sort do, as in gc).
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method.
// It makes one call to data.Len to determine n and O(n*log(n)) calls to
// data.Less and data.Swap. The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	limit := bitsLen(uint(n))
	ifaceLessSwap(data).quickSort(0, n, limit)
}

// ifaceLessSwap wraps the methods of data.
func ifaceLessSwap(data Interface) lessSwap {
	return lessSwap{
		func(i, j int) bool { return data.Less(i, j) },
		func(i, j int) { data.Swap(i, j) },
	}
}

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	sw := reflectlite.NewSwapper(x)
	n := sw.Len()
	limit := bitsLen(uint(n))
	lessSwap{less, sw.Swap}.quickSort(0, n, limit)
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	sw := reflectlite.NewSwapper(x)
	lessSwap{less, sw.Swap}.stableSort(sw.Len())
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := reflectlite.ValueOf(x).Len()
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	ifaceLessSwap(data).stableSort(data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of
	// another Interface implementation.
	Interface
}

// Len and Swap are spelled out (rather than promoted from the embedded
// Interface) so that rgo needs no promoted-method wrappers here.
func (r reverse) Len() int { return r.Interface.Len() }

// Swap swaps elements i and j of the embedded implementation.
func (r reverse) Swap(i, j int) { r.Interface.Swap(i, j) }

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice implements Interface for a []float64, sorting in increasing
// order, with not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], as required by
// the sort Interface. Note that floating-point comparison by itself is not
// a transitive relation: it does not report a consistent ordering for
// not-a-number (NaN) values. This implementation of Less places NaN values
// before any others.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// isNaN is a copy of math.IsNaN to avoid a dependency on the math package.
func isNaN(f float64) bool {
	return f != f
}

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) {
	lessSwap{
		func(i, j int) bool { return x[i] < x[j] },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}.quickSort(0, len(x), bitsLen(uint(len(x))))
}

// Float64s sorts a slice of float64s in increasing order. Not-a-number
// (NaN) values are ordered before other values.
func Float64s(x []float64) {
	lessSwap{
		func(i, j int) bool { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}.quickSort(0, len(x), bitsLen(uint(len(x))))
}

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) {
	lessSwap{
		func(i, j int) bool { return x[i] < x[j] },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}.quickSort(0, len(x), bitsLen(uint(len(x))))
}

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (isNaN(x[i]) && !isNaN(x[i-1])) {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// bitsLen is bits.Len (the number of bits needed to represent x).
func bitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}
