# del of names at module level, globals from functions, locals, cells, subscripts, slices and attributes
a = 1
b = [1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
del a
try:
    a
except NameError as e:
    print("NameError", e)
del b[0]
del b[-1]
print(b)
del b[1:]
print(b)
del c["x"]
print(c)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
g1 = "global"
def kill_global():
    global g1
    del g1
kill_global()
print("g1" in globals())
def local_del():
    v = 10
    w = v
    del v, w
    v = 20
    return v
print(local_del())
def cell_del():
    z = 1
    def peek():
        return z
    print(peek())
    del z
    try:
        peek()
    except NameError as e:
        print("NameError", e)
    z = 2
    print(peek())
cell_del()
x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
lst = [[1, 2], [3, 4]]
del lst[0][1]
print(lst)
try:
    del c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    del o.nope
except AttributeError as e:
    print("AttributeError", e)
for t in range(2):
    pass
del t
print("t" in globals())
