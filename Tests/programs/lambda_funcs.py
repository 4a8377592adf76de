# lambdas, higher-order functions, functions as values, recursion
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print(list(map(sq, range(5))), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(list(filter(lambda v: v % 2, range(10))), list(filter(None, [0, 1, "", "x", None])))
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)])
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([str, float, bool, sq, abs], -3))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7))
print(callable(sq), callable(3), type(sq).__name__, sq.__name__)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(40))
