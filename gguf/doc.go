// Package gguf reads and writes GGUF files, the container format of llama.cpp
// and bitnet.cpp models.
//
// The reader accepts GGUF versions 2 and 3 (little-endian), validates every
// count, length, offset and tensor size against the file before allocating
// anything large, and gives tensor data as slices into either a read-only
// memory map of the file ([LoadMmap]) or an anonymous memory region the file
// was read into ([LoadRAM]). The writer produces GGUF v3 files that
// llama.cpp reads, streaming tensor data so that a large model never has to
// be held in memory at once.
//
// Tensor type ids follow ggml, including the ids that only bitnet.cpp's
// llama.cpp fork knows (I2_S=36, I8_S=37, TL1=38, TL2=39).
package gguf
