# yield from: delegation to sub-generators and iterables, return values, send/throw passthrough
def sub(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("sub got", got)
    return "sub%d done" % n
def delegator():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(3)
    print("r2 =", r2)
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
    return "all done"
print(list(delegator()))
d = delegator()
print(next(d), d.send("hello"), next(d), d.send("world"))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], []], [[5]], 6])))
def inner_catch():
    try:
        yield "inner"
    except ValueError:
        yield "inner caught"
    return "inner ret"
def outer():
    res = yield from inner_catch()
    yield "outer got " + res
o = outer()
print(next(o), o.throw(ValueError), next(o))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
def outer_close():
    yield from closer()
oc = outer_close()
next(oc)
oc.close()
def stop_value():
    x = yield from iter([])
    return x
try:
    next(stop_value())
except StopIteration as e:
    print("StopIteration", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0}, "5")))
