# subclasses of list (with and without __init__) and of dict (with __missing__)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
l = L([1,2,3])
print(l, len(l), l[0], repr(l), l.extra, type(l))
l.append(4); print(l)
class L2(list): pass
print(L2((1,2)), L2())
class Dd(dict):
    def __missing__(self, k): return 0
d = Dd(a=1)
print(d, d['a'])
