# try/except/else: matching by class and tuple, binding, re-raise, nested handlers, exception objects
def divide(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    else:
        print("ok", r)
        return r
divide(1, 2)
divide(1, 0)
for bad in ["x", None, [1], {}]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling inner, re-raising")
        raise
except LookupError as e:
    print("outer caught", type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise RuntimeError("a", 2)
except RuntimeError as e:
    print(e, e.args, str(e), repr(e))
e = None
try:
    [][0]
except IndexError as err:
    e = err
print(type(e).__name__, e)
def nested():
    try:
        raise TypeError("t")
    except ValueError:
        print("not here")
try:
    nested()
except TypeError as e:
    print("propagated", e)
try:
    raise Exception("base")
except:
    print("bare except")
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
print(x)
try:
    1 / 0
except ArithmeticError as e:
    print("ArithmeticError subclass:", type(e).__name__)
def raises_in_handler():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    raises_in_handler()
except TypeError as e:
    print("got", e)
print(isinstance(ValueError("v"), Exception), issubclass(KeyError, LookupError), issubclass(ValueError, KeyError))
try:
    undefined_name
except NameError as e:
    print("NameError", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
try:
    int("12x")
except ValueError as e:
    print("ValueError", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
