package tokenizer

import "math/bits"

// stdSort sorts s exactly as libstdc++'s std::sort(first, last, less) does
// (introsort: median-of-three quicksort down to runs of 16 elements, heapsort
// past the depth limit 2*floor(log2(n)), then a final insertion sort). The
// result is fully determined even for elements that compare equal, which is
// what llama.cpp relies on, unknowingly, when it orders special tokens of equal
// length (llama_vocab::impl::load sorts cache_special_tokens with std::sort).
// llama.cpp built against another C++ library (libc++ on macOS) may order such
// ties differently.
func stdSort(s []int32, less func(a, b int32) bool) {
	if len(s) < 2 {
		return
	}
	introsortLoop(s, 0, len(s), 2*(bits.Len(uint(len(s)))-1), less)
	finalInsertionSort(s, 0, len(s), less)
}

const stdSortThreshold = 16

func introsortLoop(s []int32, first, last, depth int, less func(a, b int32) bool) {
	for last-first > stdSortThreshold {
		if depth == 0 {
			heapSort(s[first:last], less)
			return
		}
		depth--
		cut := partitionPivot(s, first, last, less)
		introsortLoop(s, cut, last, depth, less)
		last = cut
	}
}

func partitionPivot(s []int32, first, last int, less func(a, b int32) bool) int {
	mid := first + (last-first)/2
	moveMedianToFirst(s, first, first+1, mid, last-1, less)
	return unguardedPartition(s, first+1, last, first, less)
}

func moveMedianToFirst(s []int32, result, a, b, c int, less func(a, b int32) bool) {
	var m int
	switch {
	case less(s[a], s[b]):
		switch {
		case less(s[b], s[c]):
			m = b
		case less(s[a], s[c]):
			m = c
		default:
			m = a
		}
	case less(s[a], s[c]):
		m = a
	case less(s[b], s[c]):
		m = c
	default:
		m = b
	}
	s[result], s[m] = s[m], s[result]
}

func unguardedPartition(s []int32, first, last, pivot int, less func(a, b int32) bool) int {
	for {
		for less(s[first], s[pivot]) {
			first++
		}
		last--
		for less(s[pivot], s[last]) {
			last--
		}
		if first >= last {
			return first
		}
		s[first], s[last] = s[last], s[first]
		first++
	}
}

func finalInsertionSort(s []int32, first, last int, less func(a, b int32) bool) {
	if last-first > stdSortThreshold {
		insertionSort(s, first, first+stdSortThreshold, less)
		for i := first + stdSortThreshold; i < last; i++ {
			unguardedLinearInsert(s, i, less)
		}
		return
	}
	insertionSort(s, first, last, less)
}

func insertionSort(s []int32, first, last int, less func(a, b int32) bool) {
	if first == last {
		return
	}
	for i := first + 1; i < last; i++ {
		if less(s[i], s[first]) {
			v := s[i]
			copy(s[first+1:i+1], s[first:i])
			s[first] = v
		} else {
			unguardedLinearInsert(s, i, less)
		}
	}
}

func unguardedLinearInsert(s []int32, last int, less func(a, b int32) bool) {
	v := s[last]
	next := last - 1
	for less(v, s[next]) {
		s[last] = s[next]
		last = next
		next--
	}
	s[last] = v
}

// heapSort is libstdc++'s std::__partial_sort(first, last, last): make_heap
// followed by sort_heap.
func heapSort(s []int32, less func(a, b int32) bool) {
	n := len(s)
	if n < 2 {
		return
	}
	for parent := (n - 2) / 2; ; parent-- {
		adjustHeap(s, parent, n, s[parent], less)
		if parent == 0 {
			break
		}
	}
	for last := n - 1; last > 0; last-- {
		v := s[last]
		s[last] = s[0]
		adjustHeap(s, 0, last, v, less)
	}
}

func adjustHeap(s []int32, hole, n int, v int32, less func(a, b int32) bool) {
	top := hole
	child := hole
	for child < (n-1)/2 {
		child = 2 * (child + 1)
		if less(s[child], s[child-1]) {
			child--
		}
		s[hole] = s[child]
		hole = child
	}
	if n&1 == 0 && child == (n-2)/2 {
		child = 2 * (child + 1)
		s[hole] = s[child-1]
		hole = child - 1
	}
	parent := (hole - 1) / 2
	for hole > top && less(s[parent], v) {
		s[hole] = s[parent]
		hole = parent
		parent = (hole - 1) / 2
	}
	s[hole] = v
}
