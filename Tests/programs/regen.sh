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
#
# With MICROPYTHON_SINGLE set to a unix port built with single-precision floats
# (CFLAGS_EXTRA=-DMICROPY_FLOAT_IMPL=MICROPY_FLOAT_IMPL_FLOAT, as MicroPython's ESP32 and STM32 ports), every
# program that uses floats (its source mentions float, math or a float literal, or its
# output differs between the two builds) also gets X.single.exp from that binary, and X.single.exitcode when
# its exit status differs from X.exitcode's.
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
    if [ -n "${MICROPYTHON_SINGLE:-}" ]; then
        src=0
        (cd "$scratch" && env -u MICROPYPATH "$(realpath "$MICROPYTHON_SINGLE")" -m "$name") >"$scratch/$name.single" 2>&1 || src=$?
        if ! cmp -s "$scratch/$name.single" "$name.exp" || [ "$src" -ne "$rc" ] \
            || grep -Eq 'float|math|[0-9]\.[0-9]|[0-9][eE][-+]?[0-9]' "$name.py"; then
            cp "$scratch/$name.single" "$name.single.exp"
            if [ "$src" -ne "$rc" ]; then echo "$src" >"$name.single.exitcode"; else rm -f "$name.single.exitcode"; fi
            echo "$name: single-precision golden, exit $src"
        else
            rm -f "$name.single.exp" "$name.single.exitcode"
        fi
    fi
done
