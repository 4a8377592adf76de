# sys as the unix port has it: exc_info inside and outside handlers, atexit, prompts, implementation,
# print_exception, stdout.write's count, builtins module, __import__, globals().
import sys
import builtins
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb)
print(sys.exc_info())
def bye():
    print("atexit ran")
print(sys.atexit(bye))
print(repr(sys.ps1), repr(sys.ps2), sys.platform, sys.byteorder, sys.maxsize)
print(sys.implementation.name, sys.implementation.version, sys.version_info, sys.implementation[0])
print(sys.stdout.write("abc\n"))
try:
    [].pop()
except IndexError as e:
    sys.print_exception(e)
print(builtins.len is len, __import__("sys") is sys)
a_global = 1
print(sorted(k for k in globals().keys() if not k.startswith("__")))
def deep():
    try:
        raise ValueError("inner")
    finally:
        print("finally with exc_info", sys.exc_info()[0])
try:
    deep()
except ValueError as e:
    print("caught", e)
sys.exit(0)
