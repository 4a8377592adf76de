# built-in modules are read-only: sys's attributes and errno.errorcode, a fixed dict
import sys, errno
try:
    sys.x = 1
except AttributeError:
    print("AttributeError: sys is read-only")
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
