#!/usr/bin/env bash
# Regenerates the goldens of the program corpus from real MicroPython v1.27.0.
#
#   MPY_CROSS=/path/to/mpy-cross MICROPYTHON=/path/to/unix/micropython Tests/programs/regen.sh [NAME...]
#
# Layout: every top-level X.py (except helper modules named mod_*.py) is a program; subfolders hold
# helper packages/modules.  For every .py (programs and helpers) X.mpy is compiled with mpy-cross from
# this folder, so the source name recorded in X.mpy is the path relative to here (X.py, pkg/m.py).
# For every program, X.exp is the merged stdout+stderr (2>&1) of the unix port running X.mpy as
# `micropython -m X`, and X.exitcode holds the exit status (decimal + newline) only when it is nonzero.
# The .mpy files are run from a scratch copy holding only .mpy files: MicroPython prefers X.py over
# X.mpy when both are on the path, so running here would test the source instead of the golden.
# Nothing is built here; both binaries must already exist.
set -euo pipefail
: "${MPY_CROSS:?set MPY_CROSS to an mpy-cross v1.27.0 binary}"
: "${MICROPYTHON:?set MICROPYTHON to a unix-port micropython v1.27.0 binary}"
MPY_CROSS=$(realpath "$MPY_CROSS")
MICROPYTHON=$(realpath "$MICROPYTHON")
cd "$(dirname "$0")"

find . -name '*.py' -printf '%P\n' | sort | while read -r src; do
    "$MPY_CROSS" "$src"
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
find . -name '*.mpy' -printf '%P\n' | while read -r m; do
    mkdir -p "$scratch/$(dirname "$m")"
    cp "$m" "$scratch/$m"
done

if [ $# -gt 0 ]; then names=("$@"); else
    names=()
    for src in *.py; do
        case "$src" in mod_*) continue ;; esac
        names+=("${src%.py}")
    done
fi

for name in "${names[@]}"; do
    rc=0
    (cd "$scratch" && env -u MICROPYPATH "$MICROPYTHON" -m "$name") >"$name.exp" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then echo "$rc" >"$name.exitcode"; else rm -f "$name.exitcode"; fi
    echo "$name: exit $rc"
done
