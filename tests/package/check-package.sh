#!/usr/bin/env bash
# check-package.sh BUILD_DIR PROJECT_VERSION
# Builds the `package` target of BUILD_DIR, then checks the .deb: its file list, its control
# fields, the desktop entry and AppStream metadata it carries, that its executable starts
# from the extracted files alone, and that lintian finds no error.
set -euo pipefail

build=$1
upstream=$2
appid=io.costbench.Costbench

fail() { echo "check-package: $*" >&2; exit 1; }
for tool in dpkg-deb desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run installer/install-deps.sh"
done

shopt -s nullglob
old=("$build"/costbench_*.deb)
rm -f "${old[@]}"
cmake --build "$build" --target package >"$build/check-package.log" 2>&1 \
  || { cat "$build/check-package.log" >&2; fail "the package target failed"; }
debs=("$build/costbench_${upstream}"-*_"$(dpkg --print-architecture)".deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one costbench_${upstream}-*.deb in $build, found ${#debs[@]}"
deb=${debs[0]}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The files a desktop user relies on.
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
expected=(
  /usr/bin/costbench
  "/usr/share/applications/$appid.desktop"
  "/usr/share/metainfo/$appid.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$appid.svg"
  /usr/share/man/man1/costbench.1.gz
  /usr/share/doc/costbench/copyright
  /usr/share/doc/costbench/changelog.Debian.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x$size/apps/$appid.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/files" || fail "$path is not in the package"
done
# Nothing outside /usr (so removing the package leaves nothing behind) and no build tree.
if grep -v '^/$' "$work/files" | grep -v '^/usr/' ; then fail "files outside /usr"; fi
if grep -Ei '\.(a|o|h|cmake)$|/tests?/' "$work/files"; then fail "build or test files in the package"; fi

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = costbench ] || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$upstream"-* ]] || fail "Version is '$(field Version)', expected $upstream-<release>"
[ "$(field Section)" = devel ] || fail "Section is '$(field Section)'"
[ "$(field Maintainer)" = "Costbench developers <dev@costbench.invalid>" ] || fail "Maintainer is '$(field Maintainer)'"
depends=$(field Depends)
for dependency in libqt6sql6-sqlite libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1; do
  grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done
[ -n "$(field Description)" ] || fail "no Description"

# The metadata validates as installed.
dpkg-deb --extract "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/$appid.desktop"
grep -qx 'Exec=costbench' "$work/root/usr/share/applications/$appid.desktop" || fail "the desktop entry does not run costbench"
grep -qx "Icon=$appid" "$work/root/usr/share/applications/$appid.desktop" || fail "the desktop entry's icon is not $appid"
appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/$appid.metainfo.xml"

# The packaged executable runs from its own files (Qt comes from the system).
"$work/root/usr/bin/costbench" --version | grep -qF "$upstream" || fail "the packaged costbench --version failed"

lintian --fail-on error "$deb" | tee "$work/lintian"
echo "check-package: $deb is complete"
