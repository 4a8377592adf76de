# truthiness protocol: __bool__, then __len__, then always true; in if/while/and/or/not
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()), len(L(7)))
if B(False):
    print("no")
else:
    print("else branch")
print(not L(0), not L(1), B(True) and "and-value", L(0) or "or-value")
n = L(3)
while n:
    print("n", n.n)
    n.n -= 1
print([x.n for x in [L(0), L(2), L(1)] if x])
print(any([L(0), L(0)]), all([L(1), B(True)]))
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Both()), len(Both()))
