#!/usr/bin/env bash
# Installs nvcc (Debian's nvidia-cuda-toolkit, CUDA 11.8) when it is missing, so that
# `make cuda` and `go build -tags cuda ./...` can run on machines without a GPU (CI).
# It adds the contrib and non-free components to the Debian sources the machine already has.
set -euo pipefail
if command -v nvcc >/dev/null 2>&1; then
  echo "install-cuda: nvcc present: $(nvcc --version | tail -n 1)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
src=/etc/apt/sources.list.d/debian.sources
if [ -f "$src" ]; then
  # deb822 format: extend every "Components: main" line.
  if ! grep -q 'non-free' "$src"; then
    $SUDO sed -i -E 's/^Components: main$/Components: main contrib non-free non-free-firmware/' "$src"
  fi
elif [ -f /etc/apt/sources.list ]; then
  if ! grep -q 'non-free' /etc/apt/sources.list; then
    $SUDO sed -i -E 's/^(deb .* main)$/\1 contrib non-free non-free-firmware/' /etc/apt/sources.list
  fi
else
  echo "install-cuda: no apt sources found; install nvcc yourself" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends nvidia-cuda-toolkit >/dev/null
echo "install-cuda: installed $(nvcc --version | tail -n 1)"
