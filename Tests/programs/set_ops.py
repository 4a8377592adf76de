# set: literals, operators, methods; printed via sorted() where order is not ours to define
s = {3, 1, 2}
t = set([2, 3, 4])
print(sorted(s), len(s), 1 in s, 5 not in s, type(s).__name__)
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
print(s < t, s <= s, s < s | t, s > {1}, s >= {1, 2, 3}, s == {1, 2, 3}, s != t)
print(sorted(s.union([9])), sorted(s.intersection(t)), sorted(s.difference(t)), sorted(s.symmetric_difference(t)))
print(s.isdisjoint({7}), s.issubset({1, 2, 3, 4}), s.issuperset({1}))
u = set()
u.add(5)
u.add(5)
u.update([6, 7], (8,))
print(sorted(u), len(u))
u.discard(6)
u.discard(100)
u.remove(7)
print(sorted(u))
try:
    u.remove(100)
except KeyError as e:
    print("KeyError", e)
p = u.pop()
print(p in (5, 8), len(u))
v = {1, 2, 3}
v |= {4}
v &= {1, 2, 4}
v -= {1}
v ^= {9, 2}
print(sorted(v))
print(set(), set("aab") == {"a", "b"}, {x % 3 for x in range(10)} == {0, 1, 2})
print({1}, {"only"}, set([True]), sorted({(1, 2), (0, 5)}))
w = {1, 2}
w.clear()
print(w, len(w), bool(w))
c = s.copy()
c.add(100)
print(sorted(c), sorted(s))
