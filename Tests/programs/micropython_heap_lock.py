# micropython.heap_lock refuses allocation (MemoryError) while small ints, loops over built-in containers and
# calls keep working; heap_unlock gives the lock depth
import micropython
t = (1, 2, 3)
l = [4, 5]
d = {"a": 1}
r = x = e = s1 = m1 = m2 = c1 = c2 = c3 = r2 = total = None  # globals made before the lock
def add(a, b=10):
    return a + b
micropython.heap_lock()
for x in t:
    r = add(x)
total = 0
for x in l:
    total += x
for x in d:
    total += len(x)
for x in b"ab":
    total += x
s1 = sum(t)
m1 = min(t)
m2 = max(l)
c1 = 2 in t
c2 = 9 in l
c3 = 97 in b"abc"
r2 = add(1, b=2)
try:
    [1, 2]
except MemoryError as e:
    r = e
try:
    l.append(6)
    l.append(7)
    l.append(8)
except MemoryError:
    x = "append refused"
micropython.heap_unlock()
print(s1, m1, m2, c1, c2, c3, r2, total, type(r), x, l)
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_unlock(), micropython.heap_unlock())
