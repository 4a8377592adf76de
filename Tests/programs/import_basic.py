# import forms: import x, import x as y, from x import a, b as c; module caching; module attributes
import mod_basic
print(mod_basic.VERSION, mod_basic.greet("world"), mod_basic.Thing(3))
import mod_basic as mb
print(mb is mod_basic, mb.bump(), mb.bump(), mod_basic.counter)
from mod_basic import greet, Thing as T, counter
print(greet("again"), T("t"), counter)
import sys
print("mod_basic" in sys.modules, sys.modules["mod_basic"] is mb)
print(type(mod_basic).__name__, mod_basic.__name__, mod_basic._private)
mod_basic.new_attr = "set from outside"
import mod_basic as again
print(again.new_attr)
def lazy():
    import mod_basic
    from mod_basic import bump
    return bump()
print(lazy(), mod_basic.counter)
try:
    import no_such_module_here
except ImportError as e:
    print("ImportError", e)
try:
    from mod_basic import missing_name
except ImportError as e:
    print("ImportError", e)
import sys as system, mod_basic as m2
print(system is sys, m2 is mb)
