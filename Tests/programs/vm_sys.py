# sys as both the unix and the webassembly ports have it: byteorder, implementation, print_exception,
# stdout.write's count, builtins module, __import__, globals(), sys.exit(0). (exc_info, atexit, ps1/ps2 and
# platform exist only on the unix port, so they are left out of the golden.)
import sys
import builtins
print(sys.byteorder)
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
        print("finally")
try:
    deep()
except ValueError as e:
    print("caught", e)
sys.exit(0)
