# io.BytesIO's initial value: bytes are copied on the first write, an int gives an empty stream
import io
b = io.BytesIO(b"abcdef")
src = b"xyz"
c = io.BytesIO(src)
c.write(b"Q")
print(b.read(2), c.getvalue(), src)
d = io.BytesIO(8)
d.write(b"12345")
print(d.getvalue(), d.tell())
