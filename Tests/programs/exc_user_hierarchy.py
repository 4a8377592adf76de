# user exception hierarchies: attributes, print_exception tracebacks through methods, errors in __str__, generators, with blocks, OSError subclasses
import sys
class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
class F(E): pass
print(ValueError, E, repr(E('m')), str(F('x', 3)), F('x', 3).code, F('y').args)
try:
    raise F('deep', 9)
except E as e:
    print('caught', type(e).__name__, e.code, e)
    sys.print_exception(e)
class Obj:
    def method(self, x):
        return 10 // x
def outer():
    return Obj().method(0)
try:
    outer()
except ZeroDivisionError as e:
    sys.print_exception(e)
    print(repr(e), e.args)
class BadStr(Exception):
    def __str__(self): raise KeyError('in str')
try:
    str(BadStr())
except KeyError as e:
    print('KeyError', e)
print(isinstance(E('a'), BaseException), issubclass(F, (ValueError, E)), E.__bases__, F.__mro__ if hasattr(F, '__mro__') else 'nomro')
try:
    raise E('a') from None
except E as e:
    print('from none', e)
def gen():
    yield 1
    raise E('in gen')
try:
    for x in gen(): print(x)
except E as e:
    print('gen', e)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exit', a[0].__name__, a[1])
        return False
try:
    with CM():
        raise F('ctx', 1)
except F as e:
    print('propagated', e.code)
e = KeyError('k')
print(e.args, str(e), repr(e))
e2 = IndexError('list index out of range')
print(e2)
print(repr(OSError(2, 'No such file')), str(OSError(2, 'No such file')))
class Ex2(OSError): pass
print(str(Ex2(2)), repr(Ex2(2)))
raise F('final', 5)
