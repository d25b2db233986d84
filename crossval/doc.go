// Package crossval measures how closely two computations of a model's logits
// agree: two engine configurations (backend, kernel set, numeric mode,
// precision, threads, batch split) on one token sequence, or an engine
// against a logits dump from an external reference such as bitnet.cpp or
// llama.cpp in the BNLG format (docs/CROSSVAL.md).
//
// Every compared row gets the max absolute and max relative error (relative
// to the reference row's largest |logit|), the RMS relative error, the
// cosine similarity, the KL divergence of the softmaxes and top-1 / top-5
// agreement. A Report judges the rows against a named tolerance Policy and
// says PASS, FAIL, or UNCHECKED when the policy has no bound: numbers that
// were measured but not checked are never counted as a pass.
package crossval
