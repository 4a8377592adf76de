from collections import namedtuple, deque
P = namedtuple('P', 'x y'); p = P(1, y=2)
print(p, p.x, p[1], P, type(p), p == (1, 2))
print(isinstance(p, tuple), len(p), p + (3,), hash(p)==hash((1,2)), list(p), p < (2,))
Q = namedtuple('Q', ['a', 'b']); print(Q(3, 4), Q(b=1, a=2), P.__name__)
for a in [(1,), (1,2,3)]:
  try: P(*a)
  except Exception as e: print(repr(e))
try: P(1, z=3)
except Exception as e: print(repr(e))
try: P(1, x=3)
except Exception as e: print(repr(e))
try: p.x = 5
except Exception as e: print(repr(e))
try: p.zz
except Exception as e: print(repr(e))
d = deque((), 2); print(d, bool(d)); d.append(1); d.append(2); d.append(3); print(list(d), d[0])
try: d.pop(); d.pop(); d.pop()
except Exception as e: print(repr(e))
d2 = deque([], 1, 1); d2.append(1)
try: d2.append(2)
except Exception as e: print(repr(e))
print(iter(d), type(d), deque)
try: deque([])
except Exception as e: print(repr(e))
d3 = deque([1,2,3], 5); d3[1] = 9; print(list(d3), d3[-1])
d3.appendleft(0); d3.appendleft(-1); d3.appendleft(-2); print(list(d3), len(d3), d3.popleft(), d3.pop(), list(d3))
try: d3[7]
except Exception as e: print(repr(e))
try: del d3[0]
except Exception as e: print(repr(e))
from collections import OrderedDict as O
o = O([('b', 1), ('a', 2)]); o['c'] = 3; del o['b']; o['b'] = 4; print(o, o.popitem(), list(o.items()), o.copy(), len(o))
print(O(z=1, a=2), O.fromkeys('xa'), O(a=1) == O(a=1), O(a=1, b=2) == O(b=2, a=1), {'a': 1} == O(a=1))
o2 = O()
for i in range(20): o2[str(i * 7 % 13)] = i
print(o2, type(o2), isinstance(o2, dict))
