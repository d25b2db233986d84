// Package hub downloads model files from the Hugging Face hub into a local
// cache, for `bitnet pull` and for model paths written hf://owner/repo/file.
//
// A file is cached at <cache>/<owner>/<repo>/<revision>/<path>, where the
// cache is $BITNET_CACHE or os.UserCacheDir()/bitnet-go/hub. Next to it live
// <file>.part (a download in progress, resumed with a Range request),
// <file>.lock (held while downloading, so that two processes do not fetch the
// same file) and <file>.meta.json (the digest recorded for the file).
//
// Every download is checked against the sha256 the hub publishes for LFS
// files (or the git blob id for small files kept in git). When the hub
// publishes neither, a .gguf file must parse as GGUF and no file may be an
// HTML page; a response labelled text/html is refused in any case. Nothing
// that fails these checks enters the cache.
//
// Transient failures (HTTP 408, 429 and 5xx, resets, stalls, bodies that end
// early) are retried with exponential backoff within a RetryPolicy: a bounded
// number of attempts in all, and of consecutive attempts that bring no byte
// past the furthest point reached, so no server behaviour can loop a pull. A
// download that stops keeps its .part file and returns an *IncompleteError
// naming it; the next pull resumes it.
//
// A cached file is served without the network as long as it matches its
// record: by default its sha256 is recomputed only when its size, times,
// inode or device changed since it was verified (VerifyStat); VerifyFull
// (or $BITNET_VERIFY=full) rehashes it on every use. With $BITNET_OFFLINE=1
// the network is never used.
package hub
