#!/usr/bin/env bash
# Installs the pinned OpenAI Node SDK (package.json, package-lock.json beside this script) into
# DIR/node_modules with `npm ci`, for sim_model.test.mjs. Does nothing when DIR already holds what
# this package-lock.json pins; otherwise needs the npm registry (npm's cache in ~/.npm serves
# what it has already downloaded). ctest runs it as the fixture of e2e_openai_node.
#   usage: setup.sh DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: setup.sh DIR}
command -v node >/dev/null && command -v npm >/dev/null ||
  { echo "e2e node setup: node and npm are needed: run installer/install-deps.sh" >&2; exit 1; }
mkdir -p "$dir"
if cmp -s "$here/package-lock.json" "$dir/package-lock.json" && [ -f "$dir/node_modules/.package-lock.json" ] &&
   [ -f "$dir/node_modules/openai/package.json" ]; then
  echo "e2e node setup: $dir/node_modules is up to date"
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$dir/"
cd "$dir"
if ! npm ci --no-audit --no-fund --prefer-offline --loglevel=error; then
  rm -f "$dir/package-lock.json"   # so that the next run tries again
  echo "e2e node setup: 'npm ci' failed: the npm registry must be reachable once (then ~/.npm caches it)" >&2
  exit 1
fi
echo "e2e node setup: installed openai $(node -p 'require("./node_modules/openai/package.json").version') with node $(node --version)"
