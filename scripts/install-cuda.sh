#!/usr/bin/env bash
# Installs nvcc (Debian's nvidia-cuda-toolkit, CUDA 11.8) and the host compiler it
# accepts (g++-11) when missing, so that `make cuda` and `go build -tags cuda ./...`
# run on machines without a GPU (CI). With the argument `sim` it also installs
# what GPGPU-Sim's build needs (scripts/build-gpgpu-sim.sh): bison, flex, zlib,
# makedepend.
#
# Debian's nvcc 11.8 takes g++ 6..11 as host compiler. Its package depends on
# "g++-11 | clang-14 | ...", so on a machine with clang installed apt picks clang
# and nvcc then fails ("No supported gcc/g++ host compiler found"). g++-11 is
# therefore installed by name, and kernels/Makefile passes it to nvcc with
# -ccbin. It adds the contrib and non-free components to the Debian sources the
# machine already has.
set -euo pipefail
want_sim=0
[ "${1:-}" = sim ] && want_sim=1

pkgs=()
command -v nvcc >/dev/null 2>&1 || pkgs+=(nvidia-cuda-toolkit)
command -v g++-11 >/dev/null 2>&1 || pkgs+=(g++-11)
if [ "$want_sim" = 1 ]; then
  command -v bison >/dev/null 2>&1 || pkgs+=(bison)
  command -v flex >/dev/null 2>&1 || pkgs+=(flex)
  command -v makedepend >/dev/null 2>&1 || pkgs+=(xutils-dev)
  [ -f /usr/include/zlib.h ] || pkgs+=(zlib1g-dev)
fi
if [ ${#pkgs[@]} -eq 0 ]; then
  echo "install-cuda: nvcc present: $(nvcc --version | tail -n 1); host compiler $(g++-11 --version | head -n 1)"
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
  echo "install-cuda: no apt sources found; install ${pkgs[*]} yourself" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "install-cuda: installing ${pkgs[*]}"
$SUDO apt-get update -qq
# g++-11 in the same transaction, so apt never satisfies nvcc's host compiler
# dependency with clang.
$SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
echo "install-cuda: installed $(nvcc --version | tail -n 1); host compiler $(g++-11 --version | head -n 1)"
# Prove nvcc accepts the host compiler before the build depends on it.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '__global__ void k(int *p) { *p = 1; }\nint main() { return 0; }\n' >"$tmp/t.cu"
nvcc -ccbin g++-11 -c "$tmp/t.cu" -o "$tmp/t.o"
echo "install-cuda: nvcc -ccbin g++-11 compiles"
