# dir(obj) answered by __dir__, and dir() listing the current scope
class D:
    def __dir__(self):
        return ["z", "y"]
print(dir(D()), "__dir__" in dir(D))
local_name = 1
print("local_name" in dir(), "__name__" in dir())
