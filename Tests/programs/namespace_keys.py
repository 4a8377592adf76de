# Module globals and class namespaces with keys of every kind: names, str keys made at run time, non-str keys,
# deletions and growth; the order of iteration and what a look-up finds must be MicroPython's.


def show(d, names):
    print(sorted(k for k in d if isinstance(k, str) and k in names))


alpha = 1
beta = 2
g = globals()
print(g["alpha"], g.get("beta"), "gamma" in g)

# a str key made at run time, whose text is not a name yet, then the same name used by code
key = "".join(["gam", "ma"])
g[key] = 3
print(gamma, g["gamma"], key in g)
gamma = 4
print(g[key], globals()["gamma"])

# non-str keys in a module's globals
g[1] = "one"
g[(2, 3)] = "pair"
print(g[1], g[(2, 3)], 1 in g, 5 in g)
del g[1]
print(1 in g, g.get((2, 3)))

# many names: the table grows past its first sizes
for i in range(60):
    g["name%d" % i] = i * i
print(name7, name59, len([k for k in g if isinstance(k, str) and k.startswith("name")]))
for i in range(0, 60, 2):
    del g["name%d" % i]
print("name4" in g, "name5" in g, name5)
try:
    print(name4)
except NameError as e:
    print("NameError", e)

# a name deleted and stored again, and globals seen from a function
delta = 5
del delta
try:
    delta
except NameError:
    print("deleted")
delta = 6


def read():
    return alpha + beta + gamma + delta


print(read())
global_names = [k for k in globals() if k in ("alpha", "beta", "gamma", "delta", "read", "show")]
print(sorted(global_names))


# a class namespace: names, a computed attribute, iteration
class C:
    x = 1

    def m(self):
        return self.x

    locals()["y" + "z"] = 7


print(C.x, C().m(), C.yz, getattr(C, "y" + "z"))
setattr(C, "w" + "v", 8)
print(C.wv, hasattr(C, "wv"), hasattr(C, "nope"))
show(C.__dict__, ("x", "m", "yz", "wv"))


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name, type(name).__name__)


class D:
    first = Named()
    second = Named()


# dict(globals()) copies keys as str objects
copy = dict(g)
print(copy["alpha"], copy[(2, 3)], type([k for k in copy if k == "beta"][0]).__name__)
it = {k: v for k, v in g.items() if k in ("alpha", "beta")}
print(sorted(it.items()))

# popitem and clear on a copy of a namespace (globals' copy keeps its keys)
small = {}
small.update({"p": 1, "q": 2})
print(sorted([small.popitem(), small.popitem()]))

# slot order of a class namespace, as MicroPython's map puts it
print([k for k in C.__dict__])
print([k for k in g if k in ("alpha", "beta", "gamma", "delta", "key", "read", "copy")])
