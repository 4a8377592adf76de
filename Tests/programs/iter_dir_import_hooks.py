import builtins, sys
class A:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
for src in ["next(A())", "next(enumerate(A()))", "next(map(lambda x: x, A()))", "next(zip(A()))"]:
    try:
        eval(src)
    except StopIteration as e:
        print(src, e.args)
it = iter([7, 8])
print(it.__next__(), iter(range(3)).__next__(), iter("ab").__next__())
class D:
    def __dir__(self):
        return ["z", "y"]
print(dir(D()), "__dir__" in dir(D))
local_name = 1
print("local_name" in dir(), "__name__" in dir())
def inner():
    q = 2
    return dir()
try:
    sys.x = 1
except AttributeError:
    print("AttributeError: sys is read-only")
orig = builtins.__import__
def custom_import(name, globals, locals, fromlist, level):
    print("import", name, fromlist, level)
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = custom_import
import math
from math import pi
builtins.__import__ = orig
import gc
print("done")
