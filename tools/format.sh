#!/usr/bin/env bash
# Formats every C++ file git tracks with the repository's .clang-format (Debian 12's
# clang-format 14: another version formats differently). --check changes nothing and fails,
# naming the files that differ, as .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."
format=clang-format-14
command -v "$format" >/dev/null || { echo "format: $format is missing: run installer/install-deps.sh" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--check" ]; then
  differ=()
  for f in "${files[@]}"; do
    "$format" --dry-run --Werror "$f" >/dev/null 2>&1 || differ+=("$f")
  done
  if [ ${#differ[@]} -gt 0 ]; then
    echo "format: ${#differ[@]} of ${#files[@]} files differ from .clang-format (tools/format.sh fixes them):" >&2
    printf '  %s\n' "${differ[@]}" >&2
    exit 1
  fi
  echo "format: all ${#files[@]} files match .clang-format"
else
  "$format" -i "${files[@]}"
  echo "format: formatted ${#files[@]} files"
fi
