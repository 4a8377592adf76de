# A first program for nanompy: compile with mpy-cross, run the .mpy.
def greet(names):
    for i, name in enumerate(names, 1):
        yield "%d. Hello, %s!" % (i, name)

for line in greet(["world", "MicroPython", "nanoMpy"]):
    print(line)
print("2**100 =", 2 ** 100)
