package gguf

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// ErrQ2_0Layout is returned (wrapped) when a file's type-42 (Q2_0) tensors
// cannot be told to be upstream's 64-value groups or PrismML's 128-value
// groups from their data spans.
var ErrQ2_0Layout = errors.New("cannot tell the Q2_0 group size")

// resolveQ2_0 decides the block layout of the file's type-42 tensors. Id 42
// means two layouts in published files: upstream llama.cpp's Q2_0 (64 values
// in 18 bytes) and the group-128 Q2_0 (128 values in 34 bytes) that
// PrismML's fork wrote under the same id before upstream settled on 64. The
// tensor infos do not say which; the data does, because a tensor's bytes
// end where the next tensor's begin, padded to the alignment. A tensor of n
// values takes n/64*18 bytes in one layout and n/128*34 in the other, which
// differ by n/64 bytes: at least the alignment (32 by default) for any
// tensor of 64·alignment values or more. The layout is the one every
// type-42 tensor's span fits (size <= span < size + alignment; the last
// tensor's span runs to the end of the file, and if that fits neither
// layout because of trailing bytes, size <= span is enough) while the other
// does not fit at least one; otherwise the file is refused with
// ErrQ2_0Layout. Group-128 tensors are then reported as TypeQ2_0G128.
func (f *File) resolveQ2_0(fileSize uint64) error {
	var q2 []int
	for i, t := range f.tensors {
		if t.Type == TypeQ2_0 {
			q2 = append(q2, i)
		}
	}
	if len(q2) == 0 || f.dataOffset > fileSize {
		return nil // nothing to decide, or the bounds check reports the file
	}
	order := make([]int, len(f.tensors))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(f.tensors[a].Offset, f.tensors[b].Offset) })
	pos := make([]int, len(f.tensors))
	for k, i := range order {
		pos[i] = k
	}
	all64, all128 := true, true
	for _, i := range q2 {
		t := f.tensors[i]
		end, last := fileSize-f.dataOffset, true
		if k := pos[i]; k+1 < len(order) {
			end, last = f.tensors[order[k+1]].Offset, false
		}
		if end < t.Offset {
			return nil // out of bounds: the checks after this report it
		}
		span := end - t.Offset
		n := t.Elements()
		fits := func(group, bytes uint64, strict bool) bool {
			if t.Dims[0]%group != 0 {
				return false
			}
			size := n / group * bytes
			return size <= span && (!strict || span-size < f.alignment)
		}
		f64, f128 := fits(64, 18, true), fits(128, 34, true)
		if last && !f64 && !f128 {
			// Writers pad the last tensor too; a file with trailing bytes
			// only rules out a layout that would not fit at all.
			f64, f128 = fits(64, 18, false), fits(128, 34, false)
		}
		all64 = all64 && f64
		all128 = all128 && f128
	}
	switch {
	case all64 && !all128:
		return nil
	case all128 && !all64:
		for _, i := range q2 {
			t := &f.tensors[i]
			t.Type = TypeQ2_0G128
			t.Size = t.Elements() / 128 * 34
		}
		return nil
	case all64:
		return fmt.Errorf("%w: the type-42 tensors' data spans fit both 64-value (upstream llama.cpp) and 128-value (PrismML fork) groups", ErrQ2_0Layout)
	}
	return fmt.Errorf("%w: the type-42 tensors' data spans fit neither 64-value (upstream llama.cpp) nor 128-value (PrismML fork) groups throughout", ErrQ2_0Layout)
}
