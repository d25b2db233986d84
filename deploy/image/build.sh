#!/usr/bin/env bash
# Builds the bitnet container image the Go way, without a Docker daemon:
# ko compiles ./cmd/bitnet (CGO_ENABLED=0, static) and layers it on a
# distroless base. With no registry given it writes an OCI tarball
# ($OUT/bitnet-image.tar, OUT defaults to a new temporary directory) that `docker load`, `podman load` or `crane push`
# accept; with KO_DOCKER_REPO=registry/repo it pushes there.
#
#   deploy/image/build.sh              # tarball for linux/amd64
#   KO_DOCKER_REPO=ghcr.io/me/bitnet deploy/image/build.sh --push
#
# ko itself comes from the Go module proxy (pinned below). ko pulls the base
# image from its registry, so this needs registry access; on a machine
# without it, `go build` below still produces the binary the image holds.
set -euo pipefail
cd "$(dirname "$0")/../.."
KO_VERSION=v0.18.1
export KO_CONFIG_PATH=deploy/image
OUT="${OUT:-$(mktemp -d)}"
TOOLS="${XDG_CACHE_HOME:-$HOME/.cache}/bitnet-go/image-tools"
mkdir -p "$OUT" "$TOOLS"
if [ "${1:-}" = "--binary-only" ]; then
  CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags '-s -w' -o "$OUT/bitnet" ./cmd/bitnet
  echo "$OUT/bitnet: $(du -h "$OUT/bitnet" | cut -f1)"
  exit 0
fi
GOBIN="$TOOLS" go install "github.com/google/ko@${KO_VERSION}"
KO="$TOOLS/ko"
if [ "${1:-}" = "--push" ]; then
  : "${KO_DOCKER_REPO:?set KO_DOCKER_REPO=registry/repo to push}"
  "$KO" build --bare --platform="${PLATFORMS:-linux/amd64,linux/arm64}" ./cmd/bitnet
else
  KO_DOCKER_REPO="${KO_DOCKER_REPO:-ko.local/bitnet}" "$KO" build --bare --push=false \
    --platform="${PLATFORMS:-linux/amd64}" --tarball "$OUT/bitnet-image.tar" ./cmd/bitnet
  echo "$OUT/bitnet-image.tar"
fi
