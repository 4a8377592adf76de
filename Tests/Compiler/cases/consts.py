from micropython import const
A = const(10)
_B = const(A * 3 + 1)
_S = const("a string const")
_T = const((A, _B, "x", None, True, ...))
_F = const(2.5)
_BIG = const(1 << 80)
print(A, _B, _S, _T, _F, _BIG, _T is _T)
def f(A=A):
    return _B + A
print(f(), __debug__)
@micropython.bytecode
def g():
    return _F
