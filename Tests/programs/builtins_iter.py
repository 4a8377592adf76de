# iteration builtins: iter/next, enumerate, zip, map, filter, reversed, sorted, iter over dict and str
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(enumerate("abc")), list(enumerate("xy", 10)), list(enumerate([])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(3, 6), "xyz")))
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(len, ["", "ab"])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x > 1, (0, 1, 2, 3))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((4, 5))))
print(sorted({"b": 1, "a": 2}), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
d = {"one": 1, "two": 2, "three": 3}
print(sorted(d), sorted(d.values()), sorted(d.items(), key=lambda kv: kv[1]))
for i, (k, v) in enumerate(sorted(d.items())):
    print(i, k, v)
e = enumerate("ab")
print(next(e), next(e))
z = zip("ab", "cd")
print(next(z), list(z))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
print(list(iter(range(0))), list(range(3)) == [0, 1, 2], tuple(iter((1, 2))))
keys = iter({"k": 1})
print(next(keys))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter([i * i for i in range(self.n)])
print(list(Squares(4)), sum(Squares(4)), max(Squares(4)), 9 in Squares(4), sorted(Squares(3), reverse=True))
nested = [[1, 2], [3], []]
flat = []
for sub in nested:
    for item in sub:
        flat.append(item)
print(flat, list(zip(*nested[:2])))
print(min(enumerate("zab"), key=lambda p: p[1]), max(zip("abc", [3, 1, 2]), key=lambda p: p[1]))
