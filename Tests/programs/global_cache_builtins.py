# LOAD_GLOBAL sites that found a builtin, then see the module shadow it, stop shadowing it, and
# see globals changed through globals() and from another function.


def n(x):
    return len(x)


def call_many():
    out = []
    for i in range(3):
        out.append(len("ab" * i))
    return out


print(n("abc"), call_many())

len = lambda x: -1
print(n("abc"), call_many())

del len
print(n("abc"), call_many())

globals()["len"] = lambda x: 42
print(n("abc"))
del globals()["len"]
print(n("abc"))


def shadow():
    global abs
    abs = lambda x: "shadowed"


def use_abs():
    return abs(-3)


print(use_abs())
shadow()
print(use_abs())
del abs
print(use_abs())

# many new globals (the module's table grows) between two uses of one site
print(n([1, 2]))
for k in range(40):
    globals()["g" + str(k)] = k
print(n([1, 2]), g39)
try:
    print(undefined_name)
except NameError as e:
    print("NameError", e)
undefined_name = 5
print(undefined_name)
