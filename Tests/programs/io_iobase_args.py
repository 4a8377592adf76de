# io.IOBase ignores the arguments it is made with, so a subclass __init__ may take its own (mpremote mount).
import io
class R(io.IOBase):
    def __init__(self, a, b=2):
        self.a = a + b
print(R(1).a, R(1, b=5).a)
try:
    print(io.IOBase(1, 2))
except TypeError as e:
    print("TypeError", e)
print(type(io.IOBase()).__name__)
