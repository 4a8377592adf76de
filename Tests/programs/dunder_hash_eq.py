# __hash__ and __eq__: custom objects as dict keys and set members, unhashable objects
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(%s)" % self.name
d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(len(d), d[Key("alpha")], Key("BETA") in d, Key("gamma") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s), Key("Y") in s)
print(hash(Key("Q")) == hash(Key("q")), Key("a") == Key("A"), Key("a") != Key("b"))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {{}}
except TypeError as e:
    print("TypeError", e)
class Default:
    pass
o1 = Default()
o2 = Default()
print(hash(o1) == hash(o1), o1 == o2, len({o1, o2, o1}))
print(hash(1) == hash(1.0), hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")), hash(()) == hash(()))
class BigHash:
    def __hash__(self):
        return 12345
print(hash(BigHash()))
