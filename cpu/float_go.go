package cpu

import "math"

// Portable versions of the exact-mode float kernels (floatKernels). They are
// the scalar code of headExact, factored out; the vector versions compute the
// same operations in the same order (float64 multiply, then add, per output),
// so their results are identical, not just close.
//
// Note: this holds for the default GOAMD64=v1 build, where the Go compiler
// does not fuse x*y+z into an FMA; with GOAMD64=v3 it may, and then the
// scalar and vector results can differ in the last bit.

// scoresGo sets out[j] = Σ_c q[c]*float64(K[j*stride+c]), summed in c order.
func scoresGo(q []float64, K []float32, stride int, out []float64) {
	for j := range out {
		k := K[j*stride : j*stride+len(q)]
		var d float64
		for c, qv := range q {
			d += qv * float64(k[c])
		}
		out[j] = d
	}
}

// scoresQuadGo is scoresGo for four queries at once: qt holds them
// transposed (qt[c*4+l] is column c of query l) and out[j*4+l] =
// Σ_c qt[c*4+l]*float64(K[j*stride+c]), summed in c order, for j <
// len(out)/4. Each output equals scoresGo's for that query. kb is the
// vector versions' scratch (24*hd values), unused here.
func scoresQuadGo(qt []float64, K []float32, stride int, out, _ []float64) {
	hd := len(qt) / 4
	qt = qt[:4*hd]
	for j := 0; j < len(out)/4; j++ {
		k := K[j*stride : j*stride+hd]
		var d0, d1, d2, d3 float64
		for c, kv := range k {
			x, q := float64(kv), qt[c*4:c*4+4:c*4+4]
			d0 += q[0] * x
			d1 += q[1] * x
			d2 += q[2] * x
			d3 += q[3] * x
		}
		o := out[j*4 : j*4+4 : j*4+4]
		o[0], o[1], o[2], o[3] = d0, d1, d2, d3
	}
}

// wsumGo adds Σ_j w[j]*float64(V[j*stride+c]) to acc[c], in j order.
func wsumGo(w []float64, V []float32, stride int, acc []float64) {
	for j, wj := range w {
		v := V[j*stride : j*stride+len(acc)]
		for c := range acc {
			acc[c] += wj * float64(v[c])
		}
	}
}

// wsumQuadGo is wsumGo for the four heads of a KV group, which share their
// value rows: w4[j*4+l] is head l's weight of position j, and acc[l*hd+c]
// (hd = len(acc)/4) gets Σ_j w4[j*4+l]*float64(V[j*stride+c]) added in j
// order, so each head's sums are wsumGo's.
func wsumQuadGo(w4 []float64, V []float32, stride int, acc []float64) {
	hd := len(acc) / 4
	for j := 0; j < len(w4)/4; j++ {
		v := V[j*stride : j*stride+hd]
		for l := 0; l < 4; l++ {
			wj, a := w4[j*4+l], acc[l*hd:(l+1)*hd]
			for c := range a {
				a[c] += wj * float64(v[c])
			}
		}
	}
}

// scaleMax4Go multiplies four heads' interleaved scores (s4[j*4+l], head l)
// by scale in place and returns each head's maximum, as softmaxValues' first
// pass computes it for one head.
func scaleMax4Go(s4 []float64, scale float64) [4]float64 {
	inf := math.Inf(-1)
	mx := [4]float64{inf, inf, inf, inf}
	for j := 0; j+4 <= len(s4); j += 4 {
		s := s4[j : j+4 : j+4]
		for l := range s {
			s[l] *= scale
			mx[l] = max(mx[l], s[l])
		}
	}
	return mx
}

// expGo sets dst[i] = math.Exp(src[i]).
func expGo(dst, src []float64) {
	dst = dst[:len(src)]
	for i, x := range src {
		dst[i] = math.Exp(x)
	}
}
