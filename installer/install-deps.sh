#!/usr/bin/env bash
# Installs the Debian 12 packages Costbench needs to build, test and run.
# Idempotent: packages already present are left as they are. Works as root or with sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 qt6-charts-dev
  qtkeychain-qt6-dev libhttp-parser-dev libsqlite3-dev libgl-dev libxkbcommon-dev libvulkan-dev libqt6opengl6-dev
  libbenchmark-dev libmimalloc-dev
  xvfb xauth
  desktop-file-utils appstream lintian
  clang libclang-rt-14-dev clang-format-14
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
