# tuples: packing, indexing, slicing, comparison, hashing, methods
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[0], t[-1], t[1:3], t[-2:], t[4][1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(t.count(1), t.index("two"), (1, 2) + (3,), (0,) * 3, 2 * (7, 8))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) != (2, 1))
print(3.0 in t, "x" in t, (5, 6) in t, None not in t)
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
print(min((3, 1, 2)), max((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)), list(reversed((1, 2))))
def pair():
    return 10, 20
print(pair(), type(pair()).__name__)
nested = ((1, [2, 3]), "s")
nested[0][1].append(4)
print(nested)
try:
    t[0] = 5
except TypeError:
    print("TypeError: immutable")
print(tuple(x * 2 for x in (1, 2, 3)), repr((1,)), str(("a", 'b"')))
