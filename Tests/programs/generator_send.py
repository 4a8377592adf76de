# generator.send: priming, values flowing in both directions, running averages, send after finish
def echo():
    received = None
    while True:
        received = yield received
        if received == "stop":
            return "stopped"
        received = received * 2 if isinstance(received, int) else received
e = echo()
print(e.send(None))
print(e.send(5))
print(e.send("x"))
print(e.send(21))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration", s.value)
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 60]:
    print(a.send(v))
def not_started():
    x = yield 1
    print("got", x)
    yield 2
n = not_started()
try:
    n.send(3)
except TypeError as err:
    print("TypeError", err)
print(n.send(None), n.send("hello"))
try:
    n.send(4)
except StopIteration:
    print("StopIteration")
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    yield items
acc = accumulate()
next(acc)
acc.send("a")
acc.send("b")
print(acc.send(None))
