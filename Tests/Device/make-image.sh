#!/usr/bin/env bash
# Builds Tests/Device/corpus.romfs, the ROMFS image the device tests run the program corpus from: every program's
# X.mpy, X.exp and X.exitcode of Tests/programs, and the helper modules and packages in its subfolders (.mpy only).
#
#   Tests/Device/make-image.sh [NAME...]      (default: every program; names pick a subset, for a small heap)
#
# The whole corpus is about 240 KB: the STM32F769I-DISCO's heap holds it, an ESP32's does not (pick a few).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
programs="$here/../programs"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [ $# -gt 0 ]; then names=("$@"); else
    names=()
    for exp in "$programs"/*.exp; do names+=("$(basename "${exp%.exp}")"); done
fi
for name in "${names[@]}"; do
    for ext in mpy exp exitcode; do
        if [ -f "$programs/$name.$ext" ]; then cp "$programs/$name.$ext" "$scratch/"; fi
    done
done
# helpers: mod_*.mpy at the top, and the packages and modules of the subfolders
(cd "$programs" && find . -name '*.mpy' \( -path './*/*' -o -name 'mod_*' \) -printf '%P\n') | while read -r m; do
    mkdir -p "$scratch/$(dirname "$m")"
    cp "$programs/$m" "$scratch/$m"
done
dotnet run --project "$here/../../Boards/Host" -c Release -- romfs build "$scratch" -o "$here/corpus.romfs" --no-mpy
echo "wrote $here/corpus.romfs"
