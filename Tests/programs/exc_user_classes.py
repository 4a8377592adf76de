# user exception classes, args/str/repr of built-in exceptions, errno text, matching, uncaught user exception
class MyErr(Exception):
    pass
class CodeErr(MyErr):
    def __init__(self, code, msg='failed'):
        super().__init__(msg, code)
        self.code = code
    def __str__(self): return 'CodeErr[%d]' % self.code
try:
    raise CodeErr(5)
except MyErr as e:
    print(type(e).__name__, e, repr(e), e.args, e.code, isinstance(e, Exception))
try:
    raise MyErr
except Exception as e:
    print(repr(e), e.args, str(e) == '')
for exc in [ValueError(), ValueError(1), ValueError(1, 2), KeyError('k'), OSError(2), OSError(2, 'no'), OSError('x'), StopIteration(3)]:
    print(repr(exc), '|', str(exc), '|', exc.args)
print(StopIteration(3).value, OSError(13).errno, ValueError().value)
class NoArgsInit(Exception):
    def __init__(self): pass
print(repr(NoArgsInit()), NoArgsInit().args)
class Wrap(Exception):
    def __init__(self, *a):
        Exception.__init__ if False else None
        self.extra = len(a)
w = Wrap(1, 2, 3); print(w.extra, w.args, str(w))
e = ValueError('x')
try:
    e.foo = 1
except AttributeError as err:
    print('AE', err)
e.__traceback__ = None
def f():
    raise CodeErr(7)
try:
    f()
except (KeyError, CodeErr) as e:
    print('tuple', e.code)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2)
except ValueError as e:
    print('re', repr(e))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (TypeError, Exception)), isinstance(KeyError(), BaseException))
print(ZeroDivisionError.__bases__, Exception.__bases__, BaseException.__bases__, MyErr.__bases__)
raise CodeErr(9)
