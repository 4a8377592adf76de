# list methods, indexing, slicing and slice assignment
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[0], l[-1], l[2:5], l[::2], l[::-1], l[-3:], l[:100], l[5:2])
l.append(7)
l.insert(0, 0)
l.insert(100, 99)
l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1)
print(l, l.index(5), l.count(1), l.count(42))
l.extend([10, 11])
l.extend(range(2))
l += [12]
print(l)
l.reverse()
print(l)
l[1:3] = ["a", "b", "c"]
print(l)
l[2:5] = []
print(l)
l[0:2] = [0] * 3
print(l)
del l[0]
del l[1:3]
print(l)
c = l.copy()
c.clear()
print(c, l)
m = [[0] * 2] * 2
m[0][0] = 1
print(m, [[0] * 2 for _ in range(2)])
print([1, 2] + [3], [0] * 4, 2 * [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3], [] < [0])
print(list(), list("abc"), list((1, 2)), list(range(4)), list({1: 2}))
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1, [2]] == [1, [2]])
k = [1, 2, 3]
k[-1] = 30
k[0] += 10
print(k, k * 0, k[1:1])
try:
    k[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    k.remove(99)
except ValueError as e:
    print("ValueError", e)
print(sum(k), min(k), max(k), sorted(k, reverse=True), len([None] * 5))
