def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


def parse(s):
    try:
        v = int(s)
    except (ValueError, TypeError) as e:
        print("bad", e)
        v = 0
    except Exception:
        v = -1
    else:
        v += 1
    finally:
        print("done")
    return v


for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print(i)
    finally:
        print("f", i)
while True:
    try:
        break
    except:
        pass
try:
    raise KeyError(1)
except KeyError as err:
    print(err)
print(safe_div(1, 0), parse("x"), parse("4"))
