# Built-ins and reprs driven from C# in BuiltinsTests; each line is one case.
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

print(1, 'a', [1, 'b'], (2,), {3: 'c'}, {4}, sep='|', end='!\n')
print(list(enumerate('ab', 5)), list(zip([1, 2], 'abc')), list(reversed([1, 2, 3])), list(filter(None, [0, 1, '', 'x'])))
print(min(3, 1, 2), max([4, 9, 2]), min([], default='d'), sum([1, 2, 3], 10), all([1, 0]), any([0, 1]))
print(err(lambda: min([])), err(lambda: next(iter([]))), err(lambda: len(5)), err(lambda: iter(5)))
print(enumerate([]), zip(), reversed([]), iter([]), iter(()), iter({}), iter(set()), range(2, 9, 3), range(4))
print(len(range(0, 10, 3)), range(0, 10, 3)[2], range(10)[::-3], list(range(5, 0, -2)))
print(err(lambda: range(1, 2, 0)), err(lambda: range(3)[3]), err(lambda: [1][1]), err(lambda: (1,)[-2]))
print(err(lambda: [].pop()), err(lambda: [1].index(2)), err(lambda: {}.popitem()), err(lambda: set().pop()))
print(err(lambda: {}[1]), err(lambda: {1}.remove(2)), err(lambda: hash([])), err(lambda: hash({})), err(lambda: hash(set())))
print(err(lambda: [1] + (1,)), err(lambda: [1] < (1,)), err(lambda: [1]['a']), err(lambda: (1,)[::2]))
print(err(lambda: dict([(1, 2, 3)])), err(lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [5, 6])))
print(sorted([5, 1, 4], reverse=True), sorted('hello'), [1, 2] * 2, 2 * (1, 2), [1] * -3, (1, 2) + (3,))
print([1, 2] < [1, 2, 0], (1, 2) >= (1, 2), [3] > [2, 9], [1, 2] == [1, 2], (1,) == [1], {1: 2} == {1: 2}, {1} == {1})
print(slice(1, 2, None) if False else 0, hash(5), hash(True), hash('abc'), id(7), id(-3))
