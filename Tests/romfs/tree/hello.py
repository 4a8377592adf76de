# compiled by the builder (mpremote runs mpy-cross on it)
def greet(name):
    return "hello " + name

print(greet("rom"))
