import io, struct, errno, os
print(struct.calcsize("<bhiq"), struct.calcsize("@bhiq"), struct.calcsize("3s2x"), struct.pack("<hHi", -2, 65535, 7))
print(struct.pack(">Iq", 1, -1), struct.pack("<4s", b"ab"), struct.pack("<2b", 1), struct.pack("<f", 1.5), struct.pack(">d", -0.25))
print(struct.unpack("<hHi", b"\xfe\xff\xff\xff\x07\x00\x00\x00"), struct.unpack(">Q", b"\xff" * 8), struct.unpack("<3sB", b"abcd"))
print(struct.unpack_from("<H", b"xxab", 2), struct.unpack_from("<H", b"xxab", -2), struct.unpack("<e", struct.pack("<e", 0.1)))
buf = bytearray(8)
struct.pack_into(">HH", buf, 2, 0x1234, 0xabcd)
print(buf)
for bad in [lambda: struct.pack("<z", 1), lambda: struct.unpack("<I", b"ab"), lambda: struct.pack_into("<I", bytearray(2), 0, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
s = io.StringIO("héllo\nworld\n")
print(s.read(2), s.readline(), s.tell(), s.readline(), s.read())
s = io.StringIO()
print(s.write("abc"), s.write("déf"), s.getvalue(), s.seek(1), s.write("X"), s.getvalue())
b = io.BytesIO(b"12345")
print(b.read(2), b.seek(0, 2), b.write(b"6789"), b.getvalue(), b.seek(-3, 2), b.read())
print(b.seek(10), b.write(b"!"), b.getvalue())
arr = bytearray(4)
b.seek(0)
print(b.readinto(arr), arr)
with io.StringIO() as w:
    print("to stream", 1, 2, sep="-", file=w)
    print(repr(w.getvalue()))
for line in io.StringIO("a\nb\nc"):
    print(repr(line))
try:
    io.BytesIO(b"x").seek(-5)
except OSError as e:
    print("OSError", e.args[0] == errno.EINVAL)
print(errno.ENOENT, errno.errorcode[errno.EEXIST], str(OSError(errno.ENOENT, "missing")))
name = "nanompy_io_test.txt"
with open(name, "w") as f:
    print(f.write("line one\n"), f.write("line two\nthree"))
with open(name) as f:
    print(f.readline(), f.read(4), f.readlines())
with open(name, "rb") as f:
    f.seek(5)
    print(f.read(3), f.tell(), f.seek(-5, 2), f.read())
with open(name, "a") as f:
    f.write("\nappended")
with open(name, "r+b") as f:
    f.write(b"LINE")
with open(name) as f:
    print([l for l in f])
print(os.stat(name)[6], name in os.listdir())
os.remove(name)
try:
    open(name)
except OSError as e:
    print("OSError")
try:
    os.remove(name)
except OSError as e:
    print("OSError")
