import functools


def deco(f):
    return f


def with_arg(n):
    def wrap(f):
        return f
    return wrap


@deco
def a():
    return 1


@with_arg(3)
@deco
def b(x):
    return x


class C:
    @staticmethod
    def s():
        return 2

    @functools.wraps(a)
    def m(self):
        return 3


@deco
class D:
    pass


print(a(), b(1), C.s(), C().m(), D)
