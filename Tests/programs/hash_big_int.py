# a __hash__ that returns an int beyond the small-int range
class H:
    def __hash__(self):
        return 1 << 70 | 5
print(hash(H()) != 0, {H(): 1} != {})
