class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


with CM() as c:
    print(c)
with CM(), CM() as d:
    print(d)
for i in range(2):
    with CM():
        if i:
            break


def f():
    with CM() as x:
        return x


print(f())
