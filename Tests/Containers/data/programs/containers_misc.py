import sys
def tryit(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

d = {True: 'a', 1: 'b', 0: 'c', False: 'd'}
print(d, {1: 'x', True: 'y'}, {0, False, 1, True}, 1 in {True: 2})
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 3
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K%d' % self.v
kd = {}
for i in range(12): kd[K(i)] = i
print(kd, K(4) in kd, kd[K(7)])
del kd[K(4)]
print(kd, len(kd))
ks = set(K(i) for i in (5, 2, 8, 11, 2))
print(ks)
class P:
    def __str__(self):
        print('inner')
        return 'P!'
print('a', P(), 'b')
print('x', file=sys.stdout)
print('to err', file=sys.stderr)
class Bad:
    def __str__(self): raise ValueError('bad')
tryit(lambda: print('before', Bad()))
class L(list):
    pass
l = L([3, 1, 2]); l.append(0); l.sort(); print(l, len(l), l[1], type(l).__name__)
class D(dict):
    pass
dd = D(a=1); dd['b'] = 2; print(dd, dd.get('a'), len(dd), sorted(dd.keys()))
big = {}
for i in range(2000): big['s' + str(i)] = i
for i in range(0, 2000, 3): del big['s' + str(i)]
print(len(big), list(big)[:20], list(big)[-10:])
ib = {}
for i in range(-500, 500, 7): ib[i * 1000003] = 1
for i in range(-500, 500, 21): del ib[i * 1000003]
print(list(ib)[:30])
st = set()
for i in range(300): st.add(str(i * 13 % 101))
print(st)
print({'%d' % i: i for i in range(20)})
print({i * i for i in range(15)})
print(sorted(big.items())[:3], max(big), min(big.values()))
m = {}
m[1] = 1; m[2] = 2; del m[1]; m[3] = 3; m[1] = 1; print(m)
lst = [5, 2, 8]
print(sorted(lst, key=None), sorted(lst, key=lambda x: x, reverse=False))
x = [1, 2, 3]; x[1:1] = [7, 8]; print(x); x[:0] = (0,); print(x); x[-1:] = []; print(x)
tryit(lambda: [1, 2, 3].__getitem__(slice(None, None, 0)))
print([1, 2, 3, 4][::2], (1, 2, 3, 4)[1:3], 'abcdef'[::2])
print(list(zip(*[(1, 'a'), (2, 'b')])))
e = enumerate([5, 6], 10); print(next(e), next(e))
r = reversed(range(3)); print(r, next(r))
print(list(map(pow, [2, 3], [3, 2])) if 'pow' in dir(__builtins__) else 'nopow')
print(len({}.keys()), bool({}.items()))
g = (i for i in range(3)); print(list(g), sum(i for i in range(4)), sorted(i % 3 for i in range(7)))
print(any(x > 2 for x in [1, 3]), all(x for x in []))
print(sorted(['b', 'A', 'a', 'B']), sorted([[2], [1, 2], [1]]), sorted([(1, [2]), (0, [])]))
