import io
class A:
    def f(self):
        return 1
a = A()
m1, m2 = a.f, a.f
print(m1 == m2, m1 != a.f, A().f == A().f, a.f == None, None != a.f, {m1: 1}[m2])
b = io.BytesIO(b"abcdef")
src = b"xyz"
c = io.BytesIO(src)
c.write(b"Q")
print(b.read(2), c.getvalue(), src)
d = io.BytesIO(8)
d.write(b"12345")
print(d.getvalue(), d.tell())
print(type(hash([].pop)), hash(len) == hash(len))
l = [1]
print(l.pop == l.pop, hash(l.pop) == hash(l.pop))
