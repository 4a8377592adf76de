# finally: runs on normal exit, on exception, on return, on break/continue; return in finally wins
def f1():
    try:
        print("try")
    finally:
        print("finally")
f1()
def f2():
    try:
        raise ValueError("x")
    finally:
        print("finally before propagation")
try:
    f2()
except ValueError as e:
    print("caught", e)
def f3():
    try:
        return "from try"
    finally:
        print("finally on return")
print(f3())
def f4():
    try:
        return "try"
    finally:
        return "finally wins"
print(f4())
def f5():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed by return"
print(f5())
def f6():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f6())
def f7():
    try:
        try:
            raise IndexError("deep")
        finally:
            print("inner finally")
    except IndexError as e:
        print("handled", e)
    finally:
        print("outer finally")
f7()
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        print("except")
        return "ret from except"
    else:
        print("never")
    finally:
        print("finally after except")
print(f8())
def f9():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(f9())
def f10():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        finally:
            print("finally inside handler")
try:
    f10()
except TypeError as e:
    print("caught", e)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("while finally", count)
print("count", count)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print("got", v)
    break
print("end")
