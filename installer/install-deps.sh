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
  # tests/e2e: the seed's Flask app with the real Pay-i SDK and openai-python (vendored in
  # tests/e2e/third_party) runs on Debian's python3 and these; their own dependencies follow.
  python3-flask python3-httpx python3-pydantic python3-wrapt python3-anyio python3-sniffio
  python3-distro python3-nest-asyncio
)
# tests/e2e/node: the official OpenAI Node SDK, from the npm registry. Debian's Node.js and npm,
# unless a node with its npm is there already (NodeSource's nodejs bundles npm and conflicts
# with Debian's npm package).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

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
