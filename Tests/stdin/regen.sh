#!/usr/bin/env bash
# Regenerates the goldens of the programs that read stdin (input(), sys.stdin) from real MicroPython v1.27.0.
#
#   MPY_CROSS=/path/to/mpy-cross MICROPYTHON=/path/to/unix/micropython Tests/stdin/regen.sh [NAME...]
#
# As Tests/programs/regen.sh, plus X.in: X.mpy is compiled from here, and X.exp is the merged stdout+stderr
# of `micropython -m X < X.in` run from a scratch folder holding only the .mpy files; X.exitcode holds the
# exit status when it is not 0. Every X.in ends its last line with a newline or the input ends on an empty
# line: the unix port's readline spins for ever on a line cut short by the end of input.
set -euo pipefail
: "${MPY_CROSS:?set MPY_CROSS to an mpy-cross v1.27.0 binary}"
: "${MICROPYTHON:?set MICROPYTHON to a unix-port micropython v1.27.0 binary}"
MPY_CROSS=$(realpath "$MPY_CROSS")
MICROPYTHON=$(realpath "$MICROPYTHON")
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [ $# -gt 0 ]; then names=("$@"); else
    names=()
    for src in *.py; do names+=("${src%.py}"); done
fi
for name in "${names[@]}"; do
    "$MPY_CROSS" "$name.py"
    cp "$name.mpy" "$scratch/"
    rc=0
    (cd "$scratch" && env -u MICROPYPATH timeout 20 "$MICROPYTHON" -m "$name" <"$here/$name.in") >"$name.exp" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then echo "$rc" >"$name.exitcode"; else rm -f "$name.exitcode"; fi
    echo "$name: exit $rc"
done
