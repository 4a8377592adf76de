# list/dict/set comprehensions and generator expressions: nesting, conditions, scoping
print([x * x for x in range(8) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print({w: len(w) for w in ["ab", "cde", "f"]})
print(sorted({c for c in "mississippi"}))
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sum(x for x in range(10) if x & 1), list(x for x in "ab"))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row if v > 2])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
n = 3
print([n * i for i in range(n)])
def scoped(k):
    return [k + i for i in range(k)]
print(scoped(4))
print([(lambda y: y * 2)(v) for v in range(3)])
print([s.upper() for s in "a b c".split() if s != "b"], ["yes" if v else "no" for v in [1, 0, 2]])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print([i for i in range(20) if i % 2 if i % 3], [[y for y in range(x)] for x in range(4)])
g = (i * 10 for i in range(3))
print(next(g), list(g))
d = {i: {j: i * j for j in range(2)} for i in range(2)}
print(d)
words = ["apple", "bob", "civic", "dog"]
print([w for w in words if list(w) == list(reversed(w))])
print(max((len(w), w) for w in words), dict.fromkeys(w[0] for w in words))
