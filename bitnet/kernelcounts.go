package bitnet

// KernelCounts returns how many times the model's engine has dispatched each
// compute kernel since Load, counted where the kernel is called, or nil when
// the backend does not count. The counters are shared by every Session of the
// model; take the difference of two snapshots to measure one generation.
func (m *Model) KernelCounts() map[string]uint64 {
	if c, ok := m.eng.(interface{ KernelCounts() map[string]uint64 }); ok {
		return c.KernelCounts()
	}
	return nil
}
