# global and nonlocal declarations, module globals seen and rebound from functions
g = 1
def read_global():
    return g
def write_global():
    global g
    g = g + 1
def make_new_global():
    global created
    created = "made in function"
def shadow():
    g = 100
    return g
print(read_global(), shadow(), g)
write_global()
write_global()
print(g, read_global())
make_new_global()
print(created)
def outer():
    x = "outer"
    def mid():
        nonlocal x
        x = "mid"
        def inner():
            nonlocal x
            x += "+inner"
        inner()
    mid()
    return x
print(outer())
def del_global():
    global created
    del created
del_global()
try:
    print(created)
except NameError as e:
    print("NameError", e)
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(5)
print(counter)
def uses_builtin():
    return len("abc"), abs(-2)
print(uses_builtin())
len = lambda x: -1
print(uses_builtin())
del len
print(uses_builtin())
class C:
    attr = g
    def m(self):
        return g
print(C.attr, C().m())
