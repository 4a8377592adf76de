import micropython, gc, time
from micropython import const
X = const(42)
print(X, micropython.const(7), micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(type(micropython.stack_use()), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.collect()
print(type(gc.mem_free()), type(gc.mem_alloc()))
print(gc.threshold(100), gc.threshold(), gc.threshold(-1), gc.threshold())
# the heap lock refuses allocation; small ints, loops and calls keep working
t = (1, 2, 3)
l = [4, 5]
d = {"a": 1}
r = x = e = s1 = m1 = m2 = c1 = c2 = c3 = r2 = None
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
# callbacks run at the next jump, one at a time
done = 0
def cb(arg):
    global done
    print("cb", arg)
    done += 1
micropython.schedule(cb, "a")
micropython.schedule(cb, "b")
while done < 2:
    pass
try:
    for i in range(10):
        micropython.schedule(cb, i)
except RuntimeError as e:
    print("RuntimeError", e)
while done < 6:
    pass
rb = micropython.RingIO(8)
print(rb, rb.any(), rb.write(b"hello\nworld"), rb.any(), rb.readline(), rb.read(2), rb.read(), rb.read())
buf = bytearray(2)
rb.write(b"xyz")
print(rb.readinto(buf), buf, rb.any())
# time: ticks arithmetic wraps; gmtime/mktime agree
t0 = time.ticks_ms()
print(time.ticks_diff(time.ticks_add(t0, 100), t0), time.ticks_diff(t0, time.ticks_add(t0, 100)))
print(time.gmtime(0)[:8], time.gmtime(1700000000)[:8], time.gmtime(951782400)[:8])
print(time.mktime((2024, 2, 29, 12, 30, 15, 0, 0)), time.mktime((2023, 13, 1, 0, 0, 0, 0, 0)))
print(type(time.time()), type(time.time_ns()), type(time.ticks_us()), type(time.ticks_cpu()))
time.sleep_ms(1)
time.sleep_us(10)
time.sleep(0.001)
print(time.ticks_diff(time.ticks_ms(), t0) >= 0)
