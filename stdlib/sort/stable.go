// The stable sort behind Stable and SliceStable, in place and without
// extra memory: runs of 20 elements are insertion-sorted, then neighbouring
// runs are merged pairwise, doubling the run length each pass.
//
// The merge is SymMerge (Pok-Son Kim and Arne Kutzner, "Stable Minimum
// Storage Merging by Symmetric Comparisons", ESA 2004). To merge sorted
// u = [lo, mid) and v = [mid, hi) it cuts both at a symmetric split point
// found by binary search, so that after exchanging (rotating) the inner
// pieces every element of the left half is no greater than the right half;
// then it merges each half recursively. With |u| = M <= |v| = N it makes
// O(M log(N/M + 1)) comparisons and O((M+N) log M) swaps.
//
// For a consistent Less the result of a stable sort is fully determined;
// the steps follow gc's all the same, so that even an inconsistent Less
// gives gc's order.

package sort

// stableRun is the length of the runs insertion-sorted before merging.
const stableRun = 20

// stableSort sorts [0, n) stably.
func (s lessSwap) stableSort(n int) {
	lo := 0
	for ; lo+stableRun <= n; lo += stableRun {
		s.insertionSort(lo, lo+stableRun)
	}
	s.insertionSort(lo, n)

	for run := stableRun; run < n; run *= 2 {
		lo = 0
		for ; lo+2*run <= n; lo += 2 * run {
			s.symMerge(lo, lo+run, lo+2*run)
		}
		if mid := lo + run; mid < n {
			s.symMerge(lo, mid, n)
		}
	}
}

// symMerge merges the sorted ranges [lo, mid) and [mid, hi), both non-empty.
func (s lessSwap) symMerge(lo, mid, hi int) {
	if mid-lo == 1 {
		// A single element on the left: find the first element of the
		// right part that is not less than it and bubble it to just
		// before that place.
		at := s.searchRight(mid, hi, lo, false)
		for k := lo; k < at-1; k++ {
			s.Swap(k, k+1)
		}
		return
	}
	if hi-mid == 1 {
		// A single element on the right: find the first element of the
		// left part that is greater than it and bubble it there.
		at := s.searchRight(lo, mid, mid, true)
		for k := mid; k > at; k-- {
			s.Swap(k, k-1)
		}
		return
	}

	// The split: with half the midpoint of [lo, hi), find the smallest cut
	// c in the window below such that element c is not matched by a
	// greater element at its mirror position total-1-c; the pieces
	// [c, mid) and [mid, total-c) are then exchanged.
	half := int(uint(lo+hi) >> 1)
	total := half + mid
	start, end := lo, mid
	if mid > half {
		start, end = total-hi, half
	}
	for start < end {
		c := int(uint(start+end) >> 1)
		if !s.Less(total-1-c, c) {
			start = c + 1
		} else {
			end = c
		}
	}
	cut, mirror := start, total-start

	if cut < mid && mid < mirror {
		s.rotate(cut, mid, mirror)
	}
	if lo < cut && cut < half {
		s.symMerge(lo, cut, half)
	}
	if half < mirror && mirror < hi {
		s.symMerge(half, mirror, hi)
	}
}

// searchRight binary-searches the sorted range [lo, hi) for the first
// index whose element is not less than element x (strictly false, asking
// Less(h, x)) or greater than it (strictly true, asking Less(x, h)), and
// returns hi if there is none.
func (s lessSwap) searchRight(lo, hi, x int, strictly bool) int {
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		var before bool // element h belongs before the insertion point
		if strictly {
			before = !s.Less(x, h)
		} else {
			before = s.Less(h, x)
		}
		if before {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// rotate exchanges the adjacent blocks [lo, mid) and [mid, hi) (both
// non-empty) with at most hi-lo swaps: it repeatedly swaps the shorter
// block with the equally long end of the longer one, which puts the
// shorter block in its final place and leaves a smaller rotation.
func (s lessSwap) rotate(lo, mid, hi int) {
	left, right := mid-lo, hi-mid
	for left != right {
		if left > right {
			s.swapBlocks(mid-left, mid, right)
			left -= right
		} else {
			s.swapBlocks(mid-left, mid+right-left, left)
			right -= left
		}
	}
	s.swapBlocks(mid-left, mid, left)
}

// swapBlocks swaps the n elements from x on with the n elements from y on.
func (s lessSwap) swapBlocks(x, y, n int) {
	for i := 0; i < n; i++ {
		s.Swap(x+i, y+i)
	}
}
