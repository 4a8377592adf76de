# break/continue/return that unwind through finally blocks and with blocks, at several nesting depths
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n)
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("fin", i)
for i in range(3):
    for j in range(3):
        try:
            try:
                if j == 1:
                    break
            finally:
                print("inner fin", i, j)
        finally:
            print("outer fin", i, j)
def ret_through():
    for i in range(3):
        with CM(i):
            try:
                if i == 1:
                    return "returned at 1"
            finally:
                print("fin in with", i)
print(ret_through())
def cont_with():
    out = []
    for i in range(4):
        with CM("c%d" % i):
            if i % 2:
                continue
            out.append(i)
    return out
print(cont_with())
def while_break():
    n = 0
    while True:
        with CM("w"):
            try:
                n += 1
                if n > 2:
                    break
            finally:
                print("fin n", n)
    return n
print(while_break())
def nested_loops_return():
    for a in range(2):
        try:
            for b in range(2):
                with CM("ab%d%d" % (a, b)):
                    if b == 1:
                        return (a, b)
        finally:
            print("loop finally", a)
print(nested_loops_return())
def gen_break():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen fin", i)
for v in gen_break():
    if v == 1:
        break
print("done")
def exc_then_break():
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            except ValueError:
                if i == 1:
                    break
                continue
        finally:
            print("fin", i)
    return i
print(exc_then_break())
