# io.StringIO and io.BytesIO: read, readline, write, seek, tell, readinto, as a context manager, iteration,
# a bad seek; errno names
import io, errno
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
