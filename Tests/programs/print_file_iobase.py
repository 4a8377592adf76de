# print(file=...) to an io.IOBase subclass written in Python: each piece goes to its write()
import io
class Sink(io.IOBase):
    def __init__(self):
        self.parts = []
    def write(self, buf):
        self.parts.append(bytes(buf))
        return len(buf)
s = Sink()
print("x", 12, sep="/", file=s)
print(s.parts)
