# micropython.RingIO: write, any, readline, read, readinto on a ring buffer that drops what does not fit
import micropython
rb = micropython.RingIO(8)
print(rb, rb.any(), rb.write(b"hello\nworld"), rb.any(), rb.readline(), rb.read(2), rb.read(), rb.read())
buf = bytearray(2)
rb.write(b"xyz")
print(rb.readinto(buf), buf, rb.any())
