# default argument values: evaluated once, shared mutable default, defaults referencing globals
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
base = 10
def add(x, y=base):
    return x + y
base = 20
print(add(1), add(1, 2))
def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, d=4), f(1, 5, 6, 7, d=8, e=9, c=0))
def none_default(x=None):
    if x is None:
        x = []
    x.append(len(x))
    return x
print(none_default(), none_default(), none_default([7]))
def many(a=1, b=2, c=3, d=4, e=5):
    return a * 10000 + b * 1000 + c * 100 + d * 10 + e
print(many(), many(9), many(e=0), many(1, 1, d=0))
make = lambda x, y=3: x * y
print(make(2), make(2, 5))
def outer(n):
    def inner(k=n * 2):
        return k + n
    return inner
print(outer(5)(), outer(5)(1))
print(greet.__name__, add.__name__)
try:
    greet()
except TypeError as e:
    print("TypeError", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError", e)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
