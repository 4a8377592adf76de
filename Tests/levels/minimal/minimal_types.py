# Types and modules MicroPython's minimum level leaves out (py/mpconfig.h: MICROPY_PY_BUILTINS_SET, _FROZENSET,
# _MEMORYVIEW, MICROPY_PY_ARRAY, MICROPY_PY_TIME, MICROPY_PY_ERRNO, MICROPY_PY_IO, MICROPY_PY_MATH): their names are not defined, their
# modules do not import; what stays works.
for name in ("array", "time", "errno", "math", "sys", "gc"):
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(name, "ImportError", e)
try:
    s = set()
except NameError as e:
    print("set():", e)
try:
    frozenset((1, 2))
except NameError as e:
    print("frozenset:", e)
try:
    memoryview(b"ab")
except NameError as e:
    print("memoryview:", e)
try:
    import time
except ImportError as e:
    print("import time:", e)
try:
    from array import array
except ImportError as e:
    print("from array import array:", e)
d = {1: "a", 2: "b"}
print(sorted(d), list(b"hi"), tuple(x * 2 for x in (1, 2)))
# no io (MICROPY_PY_IO) or sys.stdin/stdout/stderr (MICROPY_PY_SYS_STDFILES): no open either
try:
    import io
except ImportError as e:
    print("import io:", e)
try:
    open("x")
except NameError as e:
    print("open:", e)
import sys
print(hasattr(sys, "stdout"), hasattr(sys, "stdin"), hasattr(sys, "stderr"))
# nor sys.maxsize, ps1, ps2, exc_info, atexit (MICROPY_PY_SYS_MAXSIZE, _PS1_PS2, _EXC_INFO, _ATEXIT)
print([hasattr(sys, n) for n in ("maxsize", "ps1", "ps2", "exc_info", "atexit", "argv", "path", "modules")])
print("end", end="!\n")
