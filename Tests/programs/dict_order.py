# dict iteration order with str and non-negative int keys, growth, deletion and reinsertion
d = {}
for w in ["pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "elderberry", "grape", "lime"]:
    d[w] = len(w)
print(d)
print(list(d))
for i in range(20):
    d[i * 7] = i
print(d)
del d["fig"]
del d[14]
d["fig"] = 0
d[14] = 1
print(d)
e = {i: str(i) for i in range(0, 100, 9)}
print(e)
f = {}
for s in ["x" * n for n in range(1, 12)]:
    f[s] = len(s)
print(list(f.values()))
g = dict.fromkeys(["c", "a", "b"], 1)
g.update(b=2, d=3)
print(g)
h = {"k%d" % i: i for i in range(15)}
for i in range(0, 15, 2):
    del h["k%d" % i]
print(h)
h.update({"k0": 0, "k2": 2})
print(h)
print({3: 0, 1: 0, 2: 0}, {"b": 1, "a": 2}, {100: 1, 5: 2, 1000: 3, 0: 4})
