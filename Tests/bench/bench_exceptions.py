# Exceptions: raise and catch (built-in and own classes), try/finally, else, context managers, re-raise.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time


class AppError(Exception):
    pass


class Guard:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, et, ev, tb):
        self.exited += 1
        return et is KeyError


def check(i):
    if i % 5 == 0:
        raise AppError(i)
    if i % 7 == 0:
        raise ValueError
    return i


def main():
    caught = 0
    ok = 0
    fin = 0
    for i in range(60000):
        try:
            check(i)
        except AppError as e:
            caught += e.args[0] & 1
        except ValueError:
            caught += 2
        else:
            ok += 1
        finally:
            fin += 1
    d = {}
    g = Guard()
    for i in range(40000):
        with g:
            d[i & 15]
    nested = 0
    for i in range(20000):
        try:
            try:
                raise IndexError
            except IndexError:
                raise KeyError(i)
        except KeyError as e:
            nested += 1
    return caught, ok, fin, g.entered, g.exited, nested


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
