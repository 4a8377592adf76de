# files: open in r/w/a/rb/r+b, read, readline, readlines, seek, tell, iteration, os.stat/listdir/remove,
# OSError for a missing file
import os
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
