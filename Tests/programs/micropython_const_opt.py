# micropython.const (imported and not), opt_level, stack_use
import micropython
from micropython import const
X = const(42)
print(X, micropython.const(7), micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(type(micropython.stack_use()))
