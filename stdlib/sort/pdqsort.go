// The unstable sort behind Sort, Slice, Ints, Float64s and Strings:
// pattern-defeating quicksort (Orson Peters, "Pattern-defeating Quicksort",
// arXiv:2106.05123), without the block-partitioning refinement.
//
// Sort does not specify where equal elements end up, but programs print
// them, and rgo's output is compared with gc's. So this sort makes the same
// decisions gc's does: the same pivot candidates, the same comparisons
// (including which of two elements is passed first to Less) and the same
// swaps, in the same order. Every rule below that looks arbitrary (the
// thresholds 12, 50 and 8, the xorshift scrambler, the "lo > 0" test before
// the fat partition) is such a decision and must not be "improved".
//
// The outline of one round on the range [lo, hi):
//
//  1. Short ranges (at most 12 elements) are insertion-sorted.
//  2. When too many rounds produced lopsided partitions, the range is
//     heap-sorted instead, which bounds the worst case at O(n log n).
//  3. After a lopsided round a few elements are swapped with pseudo-random
//     partners to break up adversarial patterns.
//  4. A pivot is chosen by median of three (median of three medians of
//     three for 50 elements or more). The number of exchanges that took
//     reveals an ascending (none) or descending (all) looking range; a
//     descending one is reversed so it looks ascending.
//  5. An ascending-looking range, when the previous round went well, gets
//     a bounded insertion sort that finishes it if it was nearly sorted.
//  6. If the element just left of the range (the previous pivot, which is
//     no greater than anything in the range) is not less than the pivot,
//     the range holds many copies of the pivot: they are gathered at the
//     left and skipped.
//  7. Otherwise the range is partitioned around the pivot, the smaller side
//     is sorted recursively and the larger side becomes the next round.

package sort

// rangeShape is what choosing a pivot revealed about the range.
type rangeShape int

const (
	shapeUnknown    rangeShape = iota
	shapeAscending             // no exchange was needed to order the samples
	shapeDescending            // every sample comparison needed an exchange
)

const (
	insertionMax     = 12 // ranges this short are insertion-sorted
	nintherMin       = 50 // ranges this long take the pivot from nine samples
	nearlySortedMin  = 50 // shorter ranges never get the bounded insertion sort's shifting
	nearlySortedFix  = 5  // out-of-order pairs the bounded insertion sort may repair
	maxSampleSwaps   = 12 // exchanges when all four medians of three exchanged everything
	lopsidedFraction = 8  // a side shorter than 1/8 of the range is lopsided
)

// quickSort sorts [lo, hi). badLeft is how many more lopsided partitions
// are tolerated before the rest is heap-sorted (log2 of the length at the
// start, as in introsort).
func (s lessSwap) quickSort(lo, hi, badLeft int) {
	balanced := true    // the previous partition was not lopsided
	undisturbed := true // the previous partition found the range already split

	for {
		n := hi - lo
		if n <= insertionMax {
			s.insertionSort(lo, hi)
			return
		}
		if badLeft == 0 {
			s.heapSort(lo, hi)
			return
		}
		if !balanced {
			s.scramble(lo, hi)
			badLeft--
		}

		p, shape := s.pickPivot(lo, hi)
		if shape == shapeDescending {
			s.reverse(lo, hi)
			// The pivot sat p-lo places after lo; it now sits as far before hi-1.
			p = hi - 1 - (p - lo)
			shape = shapeAscending
		}

		if balanced && undisturbed && shape == shapeAscending && s.finishNearlySorted(lo, hi) {
			return
		}

		// Everything in [lo, hi) is at least s[lo-1]; if the pivot is no
		// greater than that, elements equal to the pivot are the smallest
		// here and can be set aside in one pass.
		if lo > 0 && !s.Less(lo-1, p) {
			lo = s.gatherEqual(lo, hi, p)
			continue
		}

		mid, split := s.partition(lo, hi, p)
		undisturbed = split

		left, right := mid-lo, hi-mid
		if left < right {
			balanced = left >= n/lopsidedFraction
			s.quickSort(lo, mid, badLeft)
			lo = mid + 1
		} else {
			balanced = right >= n/lopsidedFraction
			s.quickSort(mid+1, hi, badLeft)
			hi = mid
		}
	}
}

// insertionSort sorts [lo, hi) by moving each element left past the
// elements greater than it.
func (s lessSwap) insertionSort(lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for k := i; k > lo && s.Less(k, k-1); k-- {
			s.Swap(k, k-1)
		}
	}
}

// heapSort sorts [lo, hi) with a max-heap whose node t (0-based, children
// 2t+1 and 2t+2) is the element lo+t.
func (s lessSwap) heapSort(lo, hi int) {
	n := hi - lo
	for t := (n - 1) / 2; t >= 0; t-- {
		s.sink(lo, t, n)
	}
	for last := n - 1; last >= 0; last-- {
		s.Swap(lo, lo+last)
		s.sink(lo, 0, last)
	}
}

// sink moves heap node t down until it is no less than its children; the
// heap has n nodes stored from base on.
func (s lessSwap) sink(base, t, n int) {
	for {
		c := 2*t + 1
		if c >= n {
			return
		}
		if c+1 < n && s.Less(base+c, base+c+1) {
			c++
		}
		if !s.Less(base+t, base+c) {
			return
		}
		s.Swap(base+t, base+c)
		t = c
	}
}

// scramble swaps the three elements around the middle of [lo, hi) with
// partners drawn from a xorshift generator seeded with the length.
func (s lessSwap) scramble(lo, hi int) {
	n := hi - lo
	if n < 8 {
		return
	}
	state := uint64(n)
	mask := uint(1)<<uint(bitsLen(uint(n))) - 1 // next power of two above n, minus one
	mid := lo + n/4*2
	for i := mid - 1; i <= mid+1; i++ {
		// Marsaglia's xorshift with shifts 13, 7, 17.
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		k := int(uint(state) & mask)
		if k >= n {
			k -= n
		}
		s.Swap(i, lo+k)
	}
}

// pickPivot returns the index of a pivot for [lo, hi) (at least 13
// elements) and the shape the sampling suggests.
func (s lessSwap) pickPivot(lo, hi int) (int, rangeShape) {
	n := hi - lo
	quarter := n / 4
	a, b, c := lo+quarter, lo+quarter*2, lo+quarter*3
	swaps := 0
	if n >= nintherMin {
		a = s.median3(a-1, a, a+1, &swaps)
		b = s.median3(b-1, b, b+1, &swaps)
		c = s.median3(c-1, c, c+1, &swaps)
	}
	b = s.median3(a, b, c, &swaps)
	switch swaps {
	case 0:
		return b, shapeAscending
	case maxSampleSwaps:
		return b, shapeDescending
	}
	return b, shapeUnknown
}

// median3 returns whichever of x, y, z holds the median, by a three-step
// sorting network over the indices, counting in *swaps the steps that
// found their pair out of order.
func (s lessSwap) median3(x, y, z int, swaps *int) int {
	if s.Less(y, x) {
		x, y = y, x
		*swaps++
	}
	if s.Less(z, y) {
		y, z = z, y
		*swaps++
	}
	if s.Less(y, x) {
		x, y = y, x
		*swaps++
	}
	return y
}

// reverse reverses [lo, hi).
func (s lessSwap) reverse(lo, hi int) {
	for i, k := lo, hi-1; i < k; i, k = i+1, k-1 {
		s.Swap(i, k)
	}
}

// finishNearlySorted tries to complete a sort of [lo, hi) that is already
// almost in order: it repairs up to nearlySortedFix adjacent out-of-order
// pairs, each by swapping the pair and letting both elements travel to
// their places, and reports whether [lo, hi) ended up sorted. On ranges
// shorter than nearlySortedMin it only checks.
func (s lessSwap) finishNearlySorted(lo, hi int) bool {
	i := lo + 1
	for fix := 0; fix < nearlySortedFix; fix++ {
		for i < hi && !s.Less(i, i-1) {
			i++
		}
		if i == hi {
			return true
		}
		if hi-lo < nearlySortedMin {
			return false
		}
		s.Swap(i, i-1)
		// The smaller element walks left. Its walk is bounded by index 1
		// rather than lo, as in gc: the element before lo is never greater,
		// so the extra comparison there only ends the walk.
		if i-lo >= 2 {
			for k := i - 1; k >= 1 && s.Less(k, k-1); k-- {
				s.Swap(k, k-1)
			}
		}
		// The larger element walks right.
		if hi-i >= 2 {
			for k := i + 1; k < hi && s.Less(k, k-1); k++ {
				s.Swap(k, k-1)
			}
		}
	}
	return false
}

// gatherEqual moves the pivot to lo and the elements equal to it (the
// range holds none smaller) next to it, and returns the index of the first
// element greater than the pivot's group.
func (s lessSwap) gatherEqual(lo, hi, p int) int {
	s.Swap(lo, p)
	// left scans up over elements not greater than the pivot, right scans
	// down over greater ones; a stuck pair is exchanged.
	left, right := lo+1, hi-1
	for {
		for left <= right && !s.Less(lo, left) {
			left++
		}
		for left <= right && s.Less(lo, right) {
			right--
		}
		if left > right {
			return left
		}
		s.Swap(left, right)
		left++
		right--
	}
}

// partition splits [lo, hi) around the pivot at p: afterwards the pivot
// is at the returned index m, everything in [lo, m) is less than it and
// everything in (m, hi) is not. The bool reports whether no exchange was
// needed (the range was already split).
func (s lessSwap) partition(lo, hi, p int) (int, bool) {
	s.Swap(lo, p)
	left, right := lo+1, hi-1
	exchanged := false
	for {
		for left <= right && s.Less(left, lo) {
			left++
		}
		for left <= right && !s.Less(right, lo) {
			right--
		}
		if left > right {
			break
		}
		s.Swap(left, right)
		exchanged = true
		left++
		right--
	}
	s.Swap(right, lo)
	return right, !exchanged
}
