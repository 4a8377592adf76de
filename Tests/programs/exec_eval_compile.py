x = 10
print(eval("x * 2 + 1"), eval("[i * i for i in range(4)]"), eval("1 + 2\n\n# comment\n"))
g = {"a": 3}
exec("b = a * 2\ndef f(n):\n    return n + b\n", g)
print(g["b"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("c = 7", {}, loc)
print(loc)
code = compile("x + 5", "<expr>", "eval")
print(type(code), eval(code), eval(code, {"x": 1}))
exec(compile("print('single', 40 + 2)", "<s>", "exec"))
exec(compile("for i in range(2):\n    i * 10\n", "<s>", "single"))
exec(compile("if 1:\n    'shown'\n", "<s>", "single"))
exec(b"print('from bytes')")
fn = eval("lambda q: q * x")
print(fn(3))
def scope():
    y = 5
    return eval("y + 1", {}, {"y": y})
print(scope())
for src in ["1 +", "def f(:\n  pass", "x = (1,", "  indented = 1", "if 1:\nprint(2)", "return 5", "a b",
            "f(**a, *b)", "del 1", "x = yield", "1 = 2", "for = 3", "nonlocal q", "break", "'unterminated"]:
    try:
        exec(src)
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(src), e.args[0] if e.args else "")
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.args)
try:
    compile("1", "f", "bad")
except ValueError as e:
    print("ValueError", e)
try:
    exec("undefined_name")
except NameError as e:
    print("NameError", e)
