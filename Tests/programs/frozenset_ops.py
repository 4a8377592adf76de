# frozenset: immutable, hashable, usable as dict key and set element
f = frozenset([1, 2, 3])
g = frozenset((3, 4))
print(len(f), sorted(f), 2 in f, sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g))
print(f == {1, 2, 3}, f < frozenset([1, 2, 3, 4]), f.issubset([1, 2, 3]), type(f | g).__name__)
d = {f: "fs"}
print(d[frozenset([3, 2, 1])], frozenset() == frozenset([]), hash(f) == hash(frozenset([1, 2, 3])))
s = {frozenset([1]), frozenset([1])}
print(len(s))
print(frozenset(), frozenset([7]), repr(frozenset("a")))
try:
    f.add(4)
except AttributeError:
    print("AttributeError: no add")
print(sorted(f.union({9})), sorted(f.difference([1])), f.isdisjoint(g))
