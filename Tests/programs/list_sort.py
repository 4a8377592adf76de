# sorting: sort/sorted with key and reverse, stability, mixed numerics
nums = [5, -2, 9, 0, 3.5, -7, 2]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "fig", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
big = list(range(40, 0, -3))
big.sort()
print(big)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted(set([5, 4])))
print(sorted([]), sorted([1]), sorted([2, 1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
