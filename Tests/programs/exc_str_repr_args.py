# exceptions' args, str and repr: with 0, 1 and 2 args, user subclasses with their own __init__ or __str__,
# KeyError, OSError and its errno text, StopIteration.value
class E(Exception):
    def __init__(self, a, b):
        pass
print(E(1,2).args)
class E2(Exception):
    def __init__(self, a, b):
        super().__init__('msg')
print(E2(1,2).args)
class E3(ValueError):
    pass
try:
    raise E3('bad')
except ValueError as e:
    print('caught', type(e), e, repr(e))
class E4(Exception): pass
e = E4(1,2)
print(e, repr(e), e.args)
print(E4(), repr(E4()), E4('x'), repr(E4('x')))
print(Exception(), repr(Exception()), repr(Exception('a')), str(Exception('a',2)))
print(KeyError('k'), repr(KeyError('k')), str(KeyError()))
print(OSError(2), OSError(2,'x'), repr(OSError(2)), OSError(999), OSError('a', 'b'), OSError(2,'x',3))
print(StopIteration(5).value, StopIteration().value, OSError(5).errno, ValueError(3).value)
class F(Exception):
    def __init__(self, x):
        self.x = x
f = F(3)
print(f, repr(f), f.args, f.x)
class G(Exception):
    def __str__(self): return 'G!'
print(G(1), repr(G(1)))
