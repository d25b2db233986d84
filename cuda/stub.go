//go:build !cuda

package cuda

import (
	"context"

	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// Built reports whether this binary was built with the cuda tag.
func Built() bool { return false }

// Devices lists the GPUs; without the cuda tag it returns ErrNotBuilt.
func Devices() ([]Device, error) { return nil, ErrNotBuilt }

// New would load the model onto a GPU; without the cuda tag it returns ErrNotBuilt.
func New(ctx context.Context, m *model.Model, o Options) (engine.Engine, error) {
	return nil, ErrNotBuilt
}
