# builtins.__import__: the import statement calls a replacement; __import__'s argument checks
import builtins
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
try:
    __import__("sys", "not a dict", None, None, 1)
except TypeError as e:
    print("TypeError", e)
