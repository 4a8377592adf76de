# uncaught user-defined exception with several args, raised inside a generator consumed by a lambda
class ValidationError(Exception):
    pass
def checked(items):
    for i in items:
        if i < 0:
            raise ValidationError("negative value", i)
        yield i
total = lambda xs: sum(checked(xs))
print(total([1, 2, 3]))
print(total([1, -2, 3]))
