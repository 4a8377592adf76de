import binascii, hashlib
print(binascii.hexlify(b'\x01\xab\xff'), binascii.hexlify(b'abc', '-'), binascii.hexlify(b''))
print(binascii.unhexlify('01abff'), binascii.unhexlify(b'6162'))
for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False) + b'|', binascii.a2b_base64(e) == d)
print(binascii.a2b_base64(b'Zm9v\nYmFy'), binascii.a2b_base64(b'Zg=='), binascii.a2b_base64(b'Zm8=trailing'))
print(binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''))
h = hashlib.sha256()
h.update(b'abc')
print(h.digest())
print(hashlib.sha256(b'a' * 200).digest())
print(binascii.hexlify(hashlib.sha256(bytearray(b'x' * 55)).digest()))
print(binascii.hexlify(hashlib.sha256(b'x' * 56).digest()))
print(binascii.hexlify(hashlib.sha256(b'x' * 64).digest()))
try:
    h.update(b'more')
except ValueError as e:
    print('ValueError', e)
try:
    h.digest()
except ValueError as e:
    print('ValueError', e)
try:
    hashlib.sha256(1)
except TypeError as e:
    print('TypeError', e)
