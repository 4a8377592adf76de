# past 65,534 interned names: namespace tables keep later names as str keys
class O:
    pass


o = O()
for i in range(66000):
    setattr(o, "n%d" % i, i)
print(getattr(o, "n65999"), len(dir(o)) > 60000)
exec("def late_fn(a):\n    return a + late_global\nlate_global = 5\n")
print(late_fn(1))
g = globals()
g["late_x"] = 3
print(late_x, "late_x" in g, g.get("late_y", 9))
del g["late_global"]
try:
    late_fn(1)
except NameError as e:
    print("NameError", e)
exec("class Late:\n    late_attr = 7\n    def late_m(self):\n        return self.late_attr * 2\n")
print(Late().late_m(), Late.late_attr, sorted(k for k in Late.__dict__ if k.startswith("late")))
for i in range(100):
    g["late_many%d" % i] = i
print(sum(v for k, v in g.items() if k.startswith("late_many")), late_many99)
print(sorted(k for k in g if k.startswith("late_"))[:4])
