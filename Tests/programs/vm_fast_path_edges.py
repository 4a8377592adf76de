# Edge cases at the fast paths of BINARY_OP, LOAD_SUBSCR, STORE_SUBSCR, slices and bound built-in methods:
# each must behave as the general path (results, errors and their messages).

# small ints: overflow out of the fast path, shifts, multiplication at the 31-bit bound
big = 0x7FFFFFFFFFFFFFFF
print(big + 1, -big - 2, big - -1)
print(1 << 62, (1 << 62) << 1, -1 >> 70, 5 >> 0)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
print(0x7FFFFFFF * 0x7FFFFFFF, -0x80000000 * -0x80000000, 0x80000000 * 0x80000000)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 0xFF, -6 | 1, -6 ^ -1)
x = 10
x += 5; x -= 20; x *= -3; x &= 0xFF; x |= 0x100; x ^= 0x3; x >>= 2
print(x)
print(3 < 4, 3 > 4, 3 == 3, 3 <= 2, 3 >= 3, 3 != 3)

# complex with complex, float, int and bool, in-place forms, and a right operand that is no number
z = 1 + 2j
w = 3 - 1j
print(z + w, z - w, z * w, z + 1.5, z - 2, z * True, z / w)
z += w
z *= 2j
z -= 1
print(z)
class R:
    def __radd__(self, other):
        return "radd " + repr(other)
print(z + R())
try:
    print(z + "s")
except TypeError as e:
    print("TypeError", e)
try:
    print((1 + 1j) // 2)
except TypeError as e:
    print("TypeError", e)

# lists, bytearrays, bytes and tuples indexed at both ends and past them
lst = [10, 20, 30]
ba = bytearray(b"\x01\x02\xff")
for seq in (lst, ba, b"abc", (7, 8, 9)):
    print(seq[0], seq[2], seq[-1], seq[-3])
    for i in (3, -4):
        try:
            print(seq[i])
        except IndexError as e:
            print("IndexError", e)
lst[1] = "x"
lst[-1] = None
ba[0] = 255
ba[-1] = 0
print(lst, ba)
for bad in (256, -1):
    try:
        ba[1] = bad
    except ValueError as e:
        print("ValueError", e)
try:
    ba[1] = "a"
except TypeError as e:
    print("TypeError", e)
try:
    lst[3] = 1
except IndexError as e:
    print("IndexError", e)
del lst[0]
print(lst)

# dict stores: new keys, existing keys, unhashable keys
d = {}
d["a"] = 1
d["a"] += 1
d[2] = "two"
d[(1, 2)] = "tuple"
print(sorted(d.items(), key=repr))
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError", e)

# slices of lists, tuples, str and bytes (a slice object the interpreter may reuse), and slice assignment
s = list(range(8))
print(s[2:5], s[::-1], s[5:1:-2], (1, 2, 3, 4)[1:3], "hello"[1:4], "h\u00e9llo"[1:3], b"bytes"[:2])
s[:3] = s[2::-1]
print(s)
s[2:4] = ["a", "b", "c"]
print(s)
s[1:4] = []
print(s)
s[:] = s
print(s)
t = s[1:3]
t.append(99)
print(s, t)
try:
    print("abc"[::2])
except NotImplementedError as e:
    print("NotImplementedError", e)

# bound built-in methods of fixed and variable arity, with right and wrong argument counts
ins = s.insert
pop = s.pop
ins(0, pop())
ins(-1, "end")
print(s, pop(0), s)
for args in ((), (1,), (1, 2, 3)):
    try:
        ins(*args)
    except TypeError as e:
        print("TypeError", len(args), e)
app = [].append
print(app(5))
get = {"k": 1}.get
print(get("k"), get("z"), get("z", 0))
