# slice objects built by subscripts, extended slicing on lists, __getitem__ receiving slices
l = list(range(10))
print(l[1:8:2], l[8:1:-2], l[::-3], l[-2:], l[:-2], l[-100:100], l[5:-5])
class Probe:
    def __getitem__(self, k):
        return k
p = Probe()
s = p[1:7:2]
print(s, s.start, s.stop, s.step, type(s).__name__, l[s])
print(p[1:2], p[::3], p[1:2, 3], p[:], p[5], p[::], p[:-1], p["a":"b"])
r = p[::-1]
print(l[r], l[p[2:]])
lo, hi = 1, 4
print(l[lo:hi], l[lo:], l[:hi], l[lo:hi:lo + 1], l[-hi:-lo])
m = [0, 1, 2, 3, 4, 5]
m[1:3] = ["x", "y", "z"]
print(m)
m[-2:] = []
print(m)
m[:0] = [9]
print(m)
t = (0, 1, 2, 3, 4)
print(t[1:4], t[:0], t[-3:-1], "string"[2:-1], b"bytes"[1:3])
