# sys.path: a folder appended at run time (relative to this module's file) becomes importable
import sys
try:
    import extra_mod
except ImportError:
    print("not importable yet")
slash = __file__.rfind("/")
here = __file__[:slash + 1] if slash >= 0 else ""
sys.path.append(here + "lib_extra")
import extra_mod
print(extra_mod.where())
sys.path.pop()
import extra_mod as again
print(again is extra_mod)
