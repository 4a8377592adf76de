# Hash-table probing by key kind: str, small-int, float, bool and user keys in one table, equal keys
# of different kinds, deleted slots reused, growth with each kind, and the print order that results.


class K:
    # a user key: equal to ints with the same value, counting how often it is compared
    eqs = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        K.eqs += 1
        return other == self.v or (isinstance(other, K) and other.v == self.v)

    def __repr__(self):
        return "K(%d)" % self.v


# str and int keys together, growing through several sizes
d = {}
for i in range(40):
    d["s%d" % i] = i
    d[i * 3] = "i%d" % i
print(len(d), d["s7"], d[21], d.get("s40"), d.get(120))
print(list(d.keys())[:12])

# equal keys of other kinds find the same slot: 1, 1.0 and True
d2 = {1: "int"}
d2[1.0] = "float"
d2[True] = "bool"
print(d2, 1.0 in d2, True in d2, 2.0 in d2)
s = {0, 1, 2}
print(False in s, 2.0 in s, "2" in s, s)

# deleted slots: removed keys leave markers that later keys reuse
t = set("abcdefghij")
for c in "acegi":
    t.discard(c)
print(sorted(t), len(t))
for c in "kaceg":
    t.add(c)
print(sorted(t), len(t), t)
u = set(range(0, 60, 3))
for i in range(0, 60, 6):
    u.remove(i)
for i in range(100, 130):
    u.add(i)
print(len(u), u)

# str keys that share a hash bucket and length but differ in their bytes
m = {}
words = ["ab%d" % i for i in range(300)]
for w in words:
    m[w] = len(m)
print(len(m), m["ab0"], m["ab299"], "ab300" in m, "".join(["ab", "17"]) in m)

# user keys: __eq__ runs against stored keys it meets while probing, also in a mixed table
K.eqs = 0
dk = {K(1): "k1", K(5): "k5"}
dk[2] = "two"
dk["x"] = "x"
print(dk[K(1)], dk.get(K(2)), dk.get(5), K.eqs > 0)
mixed = {K(3), 3, "3", 3.5}
print(len(mixed), 3 in mixed, "3" in mixed, 3.5 in mixed)

# big ints, negative ints and a float key among ints
big = {2 ** 70: "big", -5: "neg", 7: "seven", 0.5: "half"}
for i in range(20):
    big[-i] = i
print(big[2 ** 70], big[-5], big[0.5], big[-19], len(big))
print(sorted(k for k in big if isinstance(k, int) and k < 0)[:5])

# sets of new strs built from pieces compare by contents
a = set()
for i in range(50):
    a.add("p" + str(i))
print(len(a), "p3" in a, ("p" + "49") in a, "p50" in a)
print(a == set(["p%d" % i for i in range(50)]), len(a & {"p1", "p2", "q"}))

# a large table of str and int keys: slots freed by str keys are taken by ints, then by strs again
lg = {}
for i in range(400):
    lg["n%d" % i] = i
for i in range(0, 400, 2):
    del lg["n%d" % i]
for i in range(300):
    lg[i] = -i
for i in range(0, 400, 4):
    lg["n%d" % i] = i
print(len(lg), sum(1 for k in lg if isinstance(k, str)), lg["n8"], lg["n9"], lg.get("n10"), lg[299])
print(list(lg)[:10], list(lg)[-5:])
ls = set(lg)
ls.discard(5)
ls.add("n5x")
print(len(ls), "n5x" in ls, "n6" in ls, "n7" in ls, 5 in ls, list(ls)[:6])
