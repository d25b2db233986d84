//go:build !amd64

package cpu

// q2DotSIMD: no assembly outside amd64.
func q2DotSIMD() q2DotFunc { return nil }

// q2TileVNNI: no assembly outside amd64.
func q2TileVNNI() q2TileFunc { return nil }

// q2TileAVX2: no assembly outside amd64.
func q2TileAVX2() q2TileFunc { return nil }

// q2Tile4VNNI: no assembly outside amd64.
func q2Tile4VNNI() q2Tile4Func { return nil }
