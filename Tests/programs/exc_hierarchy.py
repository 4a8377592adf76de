# builtin exception hierarchy: subclass relationships and catching by base class
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "LookupError", "IndexError", "KeyError", "ValueError", "TypeError", "NameError", "AttributeError",
         "RuntimeError", "NotImplementedError", "StopIteration", "GeneratorExit", "KeyboardInterrupt",
         "SystemExit", "OSError", "ImportError", "AssertionError", "MemoryError", "EOFError",
         "UnicodeError", "IndentationError", "SyntaxError"]
g = globals()
import builtins
classes = [getattr(builtins, n) for n in names]
bases = ["BaseException", "Exception", "ArithmeticError", "LookupError", "ValueError", "RuntimeError", "SyntaxError", "ImportError"]
for c in classes:
    parents = [b for b in bases if issubclass(c, getattr(builtins, b)) and b != c.__name__]
    print(c.__name__, parents)
for c in classes:
    if c in (KeyboardInterrupt, SystemExit, GeneratorExit, BaseException):
        continue
    try:
        raise c("msg")
    except Exception as e:
        print("caught as Exception:", type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("KeyboardInterrupt is not an Exception:", type(e).__name__)
class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, code, msg="db failure"):
        super().__init__(msg, code)
        self.code = code
try:
    raise DbError(42)
except AppError as e:
    print(type(e).__name__, e.code, e.args, isinstance(e, Exception), str(e))
try:
    raise DbError(7, "custom")
except (KeyError, DbError) as e:
    print("tuple match", e.args)
for exc in [IndexError("i"), KeyError("k"), ZeroDivisionError("z"), AppError("a")]:
    try:
        raise exc
    except LookupError:
        print("lookup", exc)
    except ArithmeticError:
        print("arith", exc)
    except Exception:
        print("other", exc)
try:
    assert 1 == 2, "assert message"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", e.args)
print(OSError(2, "no file").args, str(OSError("plain")))
