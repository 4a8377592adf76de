# attribute access errors and getattr/hasattr/setattr/delattr on instances, classes, object() and built-in types
o = object()
try: o.x = 1
except AttributeError as e: print(e)
class Q: pass
q = Q()
try: q.zz
except AttributeError as e: print(e)
try: Q.zz
except AttributeError as e: print(e)
print(getattr(q, 'zz', 7), hasattr(q, 'zz'))
setattr(q, 'zz', 8); print(q.zz); delattr(q, 'zz'); print(hasattr(q,'zz'))
try: delattr(q, 'zz')
except AttributeError as e: print(e)
try: int.foo = 1
except (AttributeError, TypeError) as e: print(type(e), e)
