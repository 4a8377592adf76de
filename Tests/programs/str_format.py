# f-strings, str.format and % formatting
name = "Ada"
n = 42
x = 3.14159
items = [1, 2, 3]
print(f"{name} has {n} items")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}")
print(f"{x:.2f} {x:10.4f} {x:e} {x:.3e} {x:g} {x:%}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{name!r} {name!s} {items} {items[1]} {len(items)} {n * 2} {'nested'}")
print(f"{{braces}} {n}{{}}")
print(f"{1234567:,} {1234567.891:,.2f}")
w = 8
print(f"{name:>{w}}|{x:.{2}f}")
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="Bob", age=30))
print("{:*^11}".format("mid"), "{:.3}".format("truncate"), "{:>8.2f}".format(2.5))
print("%s %r %d %i %5s %-5s|" % ("s", "r", 7, 8, "ab", "cd"))
print("%.3f %10.2e %g %G" % (2.0 / 3, 12345.6789, 1e-10, 1e20))
print("%(a)s and %(b)d" % {"a": "dict", "b": 5})
print("%c%c%c" % (72, 105, 33), "%o %x %X %#x" % (64, 255, 255, 255))
print("%*d|%-*d|" % (5, 1, 4, 2))
print("{}".format(None), "{}".format([1, "a"]), "{}".format((1,)), "{!r}".format("q"))
print(str(1.0), str(10 ** 20), "%s" % 1.5e-7, "%d" % 3.99, "%.0f" % 2.5, "%.0f" % 3.5)
