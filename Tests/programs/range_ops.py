# range objects: iteration, indexing, slicing, len, membership, repr
r = range(10)
print(r, list(r), len(r), r[3], r[-1])
print(list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 5)), list(range(-3, 3)))
print(range(1, 10, 2)[2], len(range(1, 10, 2)), len(range(10, 1, -4)), range(3) == range(3))
print(list(range(0, 20, 3)[1:4]), range(0, 20, 3)[::2], range(10)[::-1])
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(2, 9, 3).start, range(2, 9, 3).stop, range(2, 9, 3).step)
print(sum(range(101)), max(range(7)), min(range(3, 8)), sorted(range(3, 0, -1)))
total = 0
for i in range(1000):
    total += i
print(total)
for i in range(3, -4, -2):
    print(i, end=" ")
print()
print(range(5), range(1, 5), range(1, 5, 2), bool(range(0)), list(reversed(range(4))))
try:
    range(3)[5]
except IndexError as e:
    print("IndexError", e)
