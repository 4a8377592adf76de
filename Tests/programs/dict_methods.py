# dict: construction, access, methods, views, errors
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "b" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"x": 9}, y=8)
d.update([("p", 0)])
print(d)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"q": 1}), dict(zip("ab", [1, 2])), dict())
print({k: v for k, v in [(1, 2), (3, 4)]}, dict.fromkeys(["u", "v"], 0), dict.fromkeys("xy"))
c = d.copy()
c.clear()
print(c, len(d))
k = d.popitem()
print(k, len(d))
for key in {"one": 1, "two": 2}:
    print(key)
for key, val in {"one": 1, "two": 2}.items():
    print(key, val)
e = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(e[1], e[2.5], e[(1, 2)], e[None], len(e))
print({1: "a"} == {1: "a"}, {1: "a"} != {1: "b"}, {} == {})
del d["a"]
print("a" in d)
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
try:
    del d["missing"]
except KeyError as ex:
    print("KeyError", ex)
v = {"z": 1}.values()
print(len(v), list(v))
ks = {"m": 1, "n": 2}.keys()
print("m" in ks, len(ks))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, repr({"q": "it's"}))
