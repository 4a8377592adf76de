# Every name of MicroPython's builtins table: what each one is, and its own name (not ViperTypeError: only
# ports with the native emitter have it).
import builtins

NAMES = """__build_class__ __import__ __repl_print__ bool bytes bytearray complex dict enumerate filter
float frozenset int list map memoryview object property range reversed
set slice str super tuple type zip classmethod staticmethod Ellipsis
NotImplemented abs all any bin callable compile chr delattr dir
divmod eval exec execfile getattr setattr globals hasattr hash hex
id input isinstance issubclass iter len locals max min next
oct open ord pow print repr round sorted sum BaseException
ArithmeticError AssertionError AttributeError EOFError Exception GeneratorExit ImportError IndentationError IndexError KeyboardInterrupt
KeyError LookupError MemoryError NameError NotImplementedError OSError OverflowError RuntimeError StopAsyncIteration StopIteration
SyntaxError SystemExit TypeError UnicodeError ValueError ZeroDivisionError"""

for n in NAMES.split():
    v = getattr(builtins, n, None)
    if v is None:
        print(n, "absent")
    else:
        print(n, isinstance(v, type), callable(v), getattr(v, "__name__", "-"))
