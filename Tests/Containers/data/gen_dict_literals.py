# Dict/set literals and constructors sized the way the compiler sizes them (BUILD_MAP n / BUILD_SET n).
# The C# test builds the same with PyDict(n)/PySet(n).
print({1: 1, 2: 2, 3: 3})
print({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5})
print({10: 1, 20: 2, 30: 3, 5: 4})
d = {'x': 1, 'y': 2}
d['z'] = 3
print(d)
print({3, 1, 2}, {100, 7, 13, 2})
print(dict(a=1, b=2, c=3), dict([(5, 1), (3, 2), (9, 3)]))
print(dict.fromkeys([7, 3, 11, 2]), dict.fromkeys('hello', 0))
print(set([9, 8, 7, 6, 5, 4, 3, 2, 1]), frozenset([4, 8, 15, 16, 23, 42]))
a = {1, 2, 3, 4, 5, 6}
b = {4, 5, 6, 7, 8, 9}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union([10, 11]), a.intersection([6, 5, 1]), a.difference([1, 2]), a.symmetric_difference([1, 20]))
print(a <= b, a < a | b, a | b >= b, a == {6, 5, 4, 3, 2, 1}, a.isdisjoint([0, 100]), a.issubset(range(10)))
print(frozenset([1, 2]) | {3}, {3} | frozenset([1, 2]), frozenset([1, 2]) & frozenset([2, 3]), set(), frozenset())
print({1: 'a', 2: 'b'}.items(), {1: 'a'}.keys(), {1: 'a'}.values())
