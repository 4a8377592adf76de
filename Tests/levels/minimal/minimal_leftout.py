# More of what MicroPython's minimum level leaves out: bytearray (MICROPY_PY_BUILTINS_BYTEARRAY) is a NameError;
# str.count (_STR_COUNT), str.encode and bytes.decode (MICROPY_CPYTHON_COMPAT) and micropython's mem_info,
# qstr_info, stack_use and schedule (MICROPY_PY_MICROPYTHON_MEM_INFO, MICROPY_ENABLE_SCHEDULER) are
# AttributeErrors; without the errno module OSError prints its arguments, not "[Errno 2] ENOENT". Without
# MICROPY_PY_DESCRIPTORS and MICROPY_PY_DELATTR_SETATTR a class attribute's __get__/__set__/__set_name__ and a
# class's __setattr__ are not called; without MICROPY_CPYTHON_COMPAT and MICROPY_PY_FUNCTION_ATTRS __class__,
# a type's __name__, __dict__, __bases__ and a function's __name__ are AttributeErrors and a function prints as
# <function>; without MICROPY_MODULE___ALL__ a module's missing attribute is "'module' object has no attribute".
# round(int, ndigits) is a NotImplementedError (_ROUND_INT), next() takes no default (_NEXT2) and slice is not
# a builtin name (MICROPY_PY_BUILTINS_SLICE).
import micropython

try:
    bytearray(b"ab")
except NameError as e:
    print(e)
for f in (lambda: "abca".count("a"), lambda: "ab".encode(), lambda: b"ab".decode(),
          lambda: micropython.mem_info, lambda: micropython.qstr_info, lambda: micropython.stack_use,
          lambda: micropython.schedule):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
print(OSError(2), OSError(2, "x"), repr(OSError(2)))
try:
    raise OSError(2)
except OSError as e:
    print(e, e.args)
print("abca".find("c"), "a,b".split(","), micropython.opt_level())


class D:
    def __get__(self, obj, owner):
        return "get"

    def __set__(self, obj, value):
        print("set")

    def __set_name__(self, owner, name):
        print("set_name", name)


class A:
    d = D()

    def __setattr__(self, name, value):
        print("setattr", name)

    def __getattr__(self, name):
        return "getattr " + name


a = A()
a.x = 1
print(a.x, a.y, type(a.d) is D)
a.d = 2
print(a.d)


def f():
    pass


for g in (lambda: A.__name__, lambda: a.__class__, lambda: A.__dict__, lambda: A.__bases__, lambda: f.__name__,
          lambda: micropython.__dict__):
    try:
        g()
    except AttributeError as e:
        print("AttributeError", e)
print(repr(f), type(f), type(a) is A, isinstance(a, A))

try:
    round(15, -1)
except NotImplementedError as e:
    print(repr(e), e.args)
print(round(15), round(-7))
try:
    next(iter([]), 5)
except TypeError as e:
    print(e)
try:
    slice
except NameError as e:
    print(e)
