# hashlib.sha256: update, digest across the block boundaries, no update after digest, bad input
import binascii, hashlib
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
