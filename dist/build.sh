#!/usr/bin/env bash
# One file to copy onto a server: dist/sipline-<version>-linux-<arch>.tar.gz holding the stripped release binary
# (the Swift runtime linked in with --static-swift-stdlib, so the server needs no toolchain), man pages made by
# swift-argument-parser's plugin, bash/zsh/fish completions, and INSTALL.md. Works offline (the packages come from
# the local mirror). Fails if the binary needs a library other than the system's own.
#   bash dist/build.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

version=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' Sources/sipline/Version.swift)
arch=$(uname -m)
name="sipline-$version-linux-$arch"
stage="dist/$name"
[ -n "$version" ] || { echo "dist/build.sh: no version in Sources/sipline/Version.swift" >&2; exit 1; }

command -v strip >/dev/null || { echo "dist/build.sh: strip (binutils) is missing" >&2; exit 1; }

# The plugin builds every product before it asks each for its help: in a scratch folder of its own (debug, built
# once), because its build options differ from both the tests' debug build and the --static-swift-stdlib release
# build below, and sharing .build would make each recompile everything the other built.
echo "== man pages (swift-argument-parser's generate-manual plugin)"
swift package --scratch-path .build-manual --disable-sandbox plugin generate-manual --configuration debug \
    --multi-page --authors "the sipline developers" >/dev/null
manuals=".build-manual/plugins/GenerateManual/outputs/sipline"
ls "$manuals"/*.1 >/dev/null

echo "== release binary with the Swift runtime linked in (--static-swift-stdlib)"
swift build -c release --static-swift-stdlib --product sipline
built="$(swift build -c release --static-swift-stdlib --show-bin-path)/sipline"

rm -rf "$stage" "dist/$name.tar.gz"
mkdir -p "$stage/man/man1" "$stage/completions"
cp "$built" "$stage/sipline"
strip "$stage/sipline"
cp "$manuals"/*.1 "$stage/man/man1/"
"$stage/sipline" --generate-completion-script bash > "$stage/completions/sipline.bash"
"$stage/sipline" --generate-completion-script zsh > "$stage/completions/_sipline"
"$stage/sipline" --generate-completion-script fish > "$stage/completions/sipline.fish"
sed "s/@VERSION@/$version/g; s/@NAME@/$name/g" dist/INSTALL.md > "$stage/INSTALL.md"

echo "== libraries the binary needs"
ldd "$stage/sipline" | tee "dist/$name.ldd"
# Only what every Debian/Ubuntu server has: libc and friends (libresolv: the SRV lookups of the server check),
# ncurses/tinfo, the C++ runtime, zlib.
allowed='^(linux-vdso\.so|/lib64/ld-linux|ld-linux|libc\.so|libm\.so|libdl\.so|libpthread\.so|librt\.so|libutil\.so|libresolv\.so|libncursesw\.so|libtinfo\.so|libpanelw\.so|libformw\.so|libstdc\+\+\.so|libgcc_s\.so|libz\.so)'
unexpected=$(ldd "$stage/sipline" | awk '{print $1}' | sed 's#.*/##' | grep -Ev "$allowed" || true)
if [ -n "$unexpected" ]; then
    echo "dist/build.sh: the binary needs libraries a server may not have: $unexpected" >&2
    exit 1
fi

tar -C dist -czf "dist/$name.tar.gz" "$name"
echo "== dist/$name.tar.gz: $(du -k "dist/$name.tar.gz" | cut -f1) KiB (binary $(du -k "$stage/sipline" | cut -f1) KiB)"
tar -tzf "dist/$name.tar.gz"
