# Without the compiler (MICROPY_ENABLE_COMPILER 0) exec, eval, compile and execfile are not builtins
# (MICROPY_PY_BUILTINS_EVAL_EXEC, _COMPILE and _EXECFILE follow it), so naming one is a NameError.
import builtins

for name in ("exec", "eval", "compile", "execfile", "print"):
    print(name, hasattr(builtins, name))
try:
    exec("print(1)")
except NameError as e:
    print(e)
try:
    eval("1 + 1")
except NameError as e:
    print(e)
try:
    compile("1", "<s>", "eval")
except NameError as e:
    print(e)
