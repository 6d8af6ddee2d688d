#!/usr/bin/env bash
# Checks the architecture of src/ (docs/architecture.md): each folder includes only the folders
# it may use, and no folder has an include circle inside it (a unit is X.h with X.cpp; A uses B
# when A.h or A.cpp includes B.h). Prints every breach and exits 1 when there is one.
set -euo pipefail
cd "$(dirname "$0")/../src"

declare -A may=(
  [base]=""
  [payi]="base"
  [net]="base"
  [providers]="base payi net"
  [ledger]="base payi"
  [simulator]="base payi net providers"
  [webapp]="base payi net providers ledger"
  [backend]="base payi net providers ledger simulator webapp"
  [gui]="base payi backend"
  [app]="base payi backend gui"
)

breaches=0
for folder in */; do
  folder=${folder%/}
  [[ -v may[$folder] ]] || { echo "layers: src/$folder is not a known layer: add it to tools/check-layers.sh and docs/architecture.md"; breaches=1; continue; }
  edges=()
  while IFS=: read -r file included; do
    target=${included%%/*}
    if [ "$target" = "$folder" ]; then
      from=$(basename "${file%.*}"); to=$(basename "${included%.*}")
      [ "$from" != "$to" ] && edges+=("$from $to")
    elif [[ " ${may[$folder]} " != *" $target "* ]]; then
      echo "layers: src/$file includes \"$included\": $folder may use only: ${may[$folder]:-Qt}"
      breaches=1
    fi
  done < <(grep -HoE '^#include "[a-z]+/[A-Za-z0-9_]+\.h"' "$folder"/*.h "$folder"/*.cpp 2>/dev/null \
             | sed -E 's/#include "(.*)"/\1/')
  if [ ${#edges[@]} -gt 0 ] && ! printf '%s\n' "${edges[@]}" | tsort >/dev/null 2>/tmp/check-layers.$$; then
    echo "layers: an include circle in src/$folder:"
    grep -v "input contains a loop" /tmp/check-layers.$$ | sed 's/^tsort: /  /'
    breaches=1
  fi
  rm -f /tmp/check-layers.$$
done
[ $breaches -eq 0 ] && echo "layers: every folder includes only what it may use, with no circle inside"
exit $breaches
