# Evaluates each line of cases.txt on MicroPython and prints one result line per case:
#   python literal receiver | operation | comma-separated literal args (name=value for keywords)
# Run (from this directory): micropython run_cases.py cases.txt > expected.txt
#                           micropython run_cases.py format_cases.txt > format_expected.txt
#                           micropython run_cases.py array_cases.txt > array_expected.txt
from array import array


def split_args(s):
    out = []
    depth = 0
    cur = ""
    q = None
    i = 0
    while i < len(s):
        c = s[i]
        if q:
            cur += c
            if c == "\\":
                cur += s[i + 1]
                i += 1
            elif c == q:
                q = None
        elif c in "'\"":
            q = c
            cur += c
        elif c in "([{":
            depth += 1
            cur += c
        elif c in ")]}":
            depth -= 1
            cur += c
        elif c == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += c
        i += 1
    if cur.strip():
        out.append(cur.strip())
    return out

def is_kw(a):
    j = a.find("=")
    return j > 0 and a[:j].isalpha() and a[j + 1] != "="

def run(line):
    recv, op, args = line.split(" | ")
    r = eval(recv) if recv != "-" else None
    pos = []
    kw = {}
    for a in split_args(args):
        if is_kw(a):
            j = a.find("=")
            kw[a[:j]] = eval(a[j + 1:])
        else:
            pos.append(a)
    if op == "[]":
        global R
        R = r
        return eval("R[" + args + "]")
    pos = [eval(a) for a in pos]
    if op == "%":
        return r % pos[0]
    if op == "+":
        return r + pos[0]
    if op == "*":
        return r * pos[0]
    if op == "rmul":
        return pos[0] * r
    if op == "in":
        return pos[0] in r
    if op == "<":
        return r < pos[0]
    if op == "<=":
        return r <= pos[0]
    if op == ">":
        return r > pos[0]
    if op == "==":
        return r == pos[0]
    if op == "len":
        return len(r)
    if op == "list":
        return list(r)
    if op == "hash":
        return hash(r)
    if op == "str":
        return str(r)
    if op == "repr":
        return repr(r)
    if op == "bool":
        return bool(r)
    if op.startswith("call:"):
        f = {"str": str, "bytes": bytes, "bytearray": bytearray, "chr": chr, "ord": ord,
             "memoryview": lambda *a: bytes(memoryview(*a))}[op[5:]]
        return f(*pos, **kw)
    return getattr(r, op)(*pos, **kw)

import sys
f = open(sys.argv[1] if len(sys.argv) > 1 else "cases.txt")
for line in f:
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    try:
        print(repr(run(line)))
    except Exception as e:
        print("EXC", type(e).__name__, e)
