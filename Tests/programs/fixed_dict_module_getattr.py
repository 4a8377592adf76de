import errno
for op in [lambda d: d.popitem(), lambda d: d.pop(2), lambda d: d.setdefault(0, 0), lambda d: d.update({1: 2}),
           lambda d: d.clear(), lambda d: d.__setitem__(1, "x")]:
    try:
        op(errno.errorcode)
        print("changed")
    except TypeError:
        print("TypeError")
try:
    del errno.errorcode[2]
except TypeError:
    print("TypeError del")
print(errno.errorcode[2], len(errno.errorcode) > 5)
this = __import__(__name__)
def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:] * 2
    raise AttributeError(name)
print(this.dyn_ab, hasattr(this, "other"))
