# str() falls back to __repr__, repr() does not fall back to __str__, containers print their items' repr
class R:
    def __repr__(self): return 'R()'
print(R(), str(R()), repr(R()), [R()])
class S:
    def __str__(self): return 'S-str'
print(S(), [S()][0].__str__(), repr([S()]).startswith('[<S object'))
