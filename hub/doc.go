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
// files (or the git blob id for small files kept in git). A cached file is
// served without the network as long as it matches its recorded digest; it is
// rehashed only when its size or modification time changed since it was last
// verified. With $BITNET_OFFLINE=1 the network is never used.
package hub
