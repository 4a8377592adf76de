# Builtins MicroPython's minimum level leaves out (py/mpconfig.h: MICROPY_PY_BUILTINS_ENUMERATE, _FILTER,
# _REVERSED, _MIN_MAX, _PROPERTY, _INPUT, _NOTIMPLEMENTED, MICROPY_PY_DELATTR_SETATTR): naming one is a
# NameError; the builtins it keeps still work.
for f in (lambda: enumerate, lambda: filter, lambda: reversed, lambda: min, lambda: max, lambda: property,
          lambda: delattr, lambda: input, lambda: NotImplemented):
    try:
        f()
    except NameError as e:
        print(e)
try:
    for i, c in enumerate("ab"):
        print(i, c)
except NameError as e:
    print("enumerate:", e)


class C:
    def __init__(self):
        self.x = 1


c = C()
setattr(c, "y", 2)
print(c.x, c.y, getattr(c, "z", 3), hasattr(c, "x"))
print(sorted([3, 1, 2]), list(map(abs, [-1, 2])), list(zip("ab", (1, 2))), sum([1, 2, 3]), all([1]), any([]))
# str and bytes % formatting (MICROPY_PY_BUILTINS_STR_OP_MODULO): % is an unsupported operation; format stays
for x in ("%d", b"%d"):
    try:
        x % 3
    except TypeError:
        print(repr(x), "% TypeError")
print("{} {:>3}".format(1, 2))
