# None and bool: identity, truthiness, arithmetic on bools, repr
n = None
print(n, repr(n), n is None, n is not None, n == None)
t = True
f = False
print(t, f, repr(t), str(f))
print(t + t, t * 10, f - 1, -t, ~t, +f)
print(t and f, t or f, not t, not f)
print(t & f, t | f, t ^ t, t ^ f)
print(int(t), float(f), bool(0), bool(1), bool(-3))
for v in [None, 0, 1, -1, 0.0, 2.5, "", "a", b"", b"x", [], [0], (), (0,), {}, {1: 2}, set(), range(0), range(3)]:
    print(repr(v), bool(v))
print(isinstance(True, int), type(True) is bool, type(None))
print(True == 1, False == 0, True is 1 == 1)
print(hash(True), hash(False), hash(None) == hash(None))
print(True < 2, False > -1, max(True, False), sum([True, True, False]))
print(bool(), type(bool()))
x = None
print(x or "default", x and "never", 0 or None, "" or [] or "last")
