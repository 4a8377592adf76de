# inheritance, super, properties, class/static methods, __getattr__/__setattr__/__delattr__, iterators, context managers, type()
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self): return self.name + ' ...'
    @property
    def upper(self): return self.name.upper()
    @classmethod
    def create(cls, n): return cls(n)
    @staticmethod
    def kind(): return 'animal'
class Dog(Animal):
    def __init__(self, name, breed='mutt'):
        super().__init__(name)
        self.breed = breed
    def speak(self): return super().speak() + ' woof'
d = Dog('rex')
print(d.speak(), d.upper, Dog.create('fido').speak(), Dog.kind(), d.kind(), Animal.count)
print(d.__class__.__name__, type(d) is Dog, isinstance(d, Animal), issubclass(Dog, Animal))
print(sorted(d.__dict__.items()))
print(hasattr(d, 'breed'), getattr(d, 'nope', 0), Dog.__bases__, Dog.__name__)
try:
    d.upper = 'x'
except AttributeError as e:
    print('AE', e)
try:
    d.missing
except AttributeError as e:
    print('AE', e)
try:
    Dog.missing
except AttributeError as e:
    print('AE', e)
class P:
    def __init__(self): self._v = 0
    def get(self): return self._v
    def set(self, v): self._v = v * 2
    def delete(self): print('del!')
    v = property(get, set, delete)
p = P(); p.v = 5; print(p.v); del p.v
class G:
    def __getattr__(self, name): return name * 2
    def __setattr__(self, name, v):
        object.__setattr__(self, name, v + 1)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
g = G(); g.x = 1; print(g.x, g.yy); del g.x; print(g.x)
class Base1:
    def hi(self): return 'B1'
class Base2:
    def hi(self): return 'B2'
    def only2(self): return 'only2'
class M(Base1, Base2):
    def hi(self): return 'M>' + super().hi()
m = M(); print(m.hi(), m.only2(), M.__bases__)
class Cnt:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Cnt(4)), [x * 2 for x in Cnt(3)])
for x in Cnt(2): print('it', x)
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, v, tb): print('exit', t.__name__ if t else None, v); return True
with Ctx() as c:
    print('body', type(c).__name__)
    raise ValueError('boom')
print('after')
T = type('T', (Animal,), {'extra': 7})
t = T('tt'); print(t.speak(), t.extra, T.__name__, type(T))
print(type(1), type('a'), type(None), type(T), type(type))
o = object(); print(repr(o)[:7], type(o))
class Slotted:
    __slots__ = ('a',)
s = Slotted(); s.b = 3; print(s.b, Slotted.__slots__)
