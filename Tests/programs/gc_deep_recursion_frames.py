# What a deep recursion used is given back once it has returned: gc.collect() leaves nothing of its frames
# (MicroPython's are on the C stack; nanoMpy pools a frame per call depth and lets the idle ones go).
import gc


def down(n):
    if n == 0:
        return 0
    pair = [n, n]
    return down(n - 1) + pair[0] - n + 1


gc.collect()
before = gc.mem_alloc()
print(down(100))
gc.collect()
after = gc.mem_alloc()
print(after - before < 8000)
print(down(10))
