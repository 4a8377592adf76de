import json
from collections import OrderedDict
print(json.dumps([1, 2.5, -3, True, False, None, "a\"b\\c\n\t\x01é", (1, 2), [], {}, 2**70, b'by']))
print(json.dumps({"a": 1}), json.dumps({1: 2}), json.dumps(OrderedDict([("z", 1), ("a", [1, {"b": None}])])))
print(json.dumps([1, {"k": [2, 3]}], separators=(",", ":")), json.dumps((1,), separators=None))
print(json.dumps(1.0), json.dumps(1e100), json.dumps(float('inf')), json.dumps("日本"))
for s in ['1', '-12', '1.5', '1e3', '-0.25E-2', '"x"', 'true', 'false', 'null', '[]', '{}', '[1, [2, [3]], {"a": {"b": []}}]',
          '{"a":1,"b":[true,false,null]}', ' \n [ 1 , 2 ] \n ', '"\\u00e9\\n\\t\\"\\\\\\/"', '[1 2 3]', '{"a" 1}', '12345678901234567890123',
          '"\\u65e5"']:
    print(repr(s), repr(json.loads(s)))
for s in ['', '[', ']', '{"a":[}', 'nul', 'tru', '[1,', '"abc', '1 2', '{[1]:2}', 'x', '[1]]', '{}}']:
    try:
        print(repr(json.loads(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"x": 2}')))
try:
    json.dumps([1], separators=(",",))
except ValueError as e:
    print('ValueError', e)
