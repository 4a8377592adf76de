# iterators: StopIteration's value through next, enumerate, map, zip and yield from; __next__ of built-in iterators
class A:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
for src in ["next(A())", "next(enumerate(A()))", "next(map(lambda x: x, A()))", "next(zip(A()))"]:
    try:
        eval(src)
    except StopIteration as e:
        print(src, e.args)
def gen():
    r = yield from A()
    print("yield from gave", r)
    yield r
print(list(gen()))
it = iter([7, 8])
print(it.__next__(), iter(range(3)).__next__(), iter("ab").__next__())
