# raise ... from ...: cause is accepted (MicroPython does not chain), raise from None, re-raise as other type
class ConfigError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise ConfigError("missing " + key) from e
print(load("a"))
try:
    load("b")
except ConfigError as e:
    print(type(e).__name__, e, e.args)
def suppress():
    try:
        int("bad")
    except ValueError:
        raise RuntimeError("replaced") from None
try:
    suppress()
except RuntimeError as e:
    print("RuntimeError", e)
cause = OSError("io")
try:
    raise ValueError("with cause") from cause
except ValueError as e:
    print("ValueError", e)
try:
    raise TypeError from KeyError
except TypeError as e:
    print("TypeError", repr(e))
