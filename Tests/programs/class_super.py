# super(): zero-argument form in methods and __init__, two-argument form, cooperative chains
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def kind(self):
        return "animal"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"
    def kind(self):
        return "dog<" + super().kind() + ">"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " (yip)"
    def kind(self):
        return super(Puppy, self).kind() + "!"
p = Puppy("Rex", "lab")
print(p.name, p.breed, p.speak(), p.kind())
class Base:
    def hello(self, x, *rest, **kw):
        return "Base.hello(%r, %r, %r)" % (x, rest, sorted(kw))
class Sub(Base):
    def hello(self, x, *rest, **kw):
        return "Sub+" + super().hello(x, *rest, **kw)
print(Sub().hello(1, 2, k=3))
class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
print(D().go())
class Val:
    def __init__(self, v):
        self.v = v
    @classmethod
    def make(cls, v):
        return cls(v)
class Val2(Val):
    @classmethod
    def make(cls, v):
        obj = super().make(v * 10)
        return obj
print(Val2.make(4).v, type(Val2.make(1)).__name__)
class ListLike(list):
    def append(self, x):
        super().append(x * 2)
l = ListLike()
l.append(1)
l.append(5)
print(l, len(l))
class AttrSuper(Base):
    def get(self):
        f = super().hello
        return f(0)
print(AttrSuper().get())
