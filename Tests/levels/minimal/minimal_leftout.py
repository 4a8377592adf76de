# More of what MicroPython's minimum level leaves out: bytearray (MICROPY_PY_BUILTINS_BYTEARRAY) is a NameError;
# str.count (_STR_COUNT), str.encode and bytes.decode (MICROPY_CPYTHON_COMPAT) and micropython's mem_info,
# qstr_info, stack_use and schedule (MICROPY_PY_MICROPYTHON_MEM_INFO, MICROPY_ENABLE_SCHEDULER) are
# AttributeErrors; without the errno module OSError prints its arguments, not "[Errno 2] ENOENT".
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
