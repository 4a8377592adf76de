class MyIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
def gen():
    r = yield from MyIter()
    print("yield from gave", r)
    yield r
print(list(gen()))
class H:
    def __hash__(self):
        return 1 << 70 | 5
print(hash(H()) != 0, {H(): 1} != {})
