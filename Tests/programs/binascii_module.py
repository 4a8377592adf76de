# binascii: hexlify (with a separator), unhexlify, base64 both ways, crc32
import binascii
print(binascii.hexlify(b'\x01\xab\xff'), binascii.hexlify(b'abc', '-'), binascii.hexlify(b''))
print(binascii.unhexlify('01abff'), binascii.unhexlify(b'6162'))
for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    e = binascii.b2a_base64(d)
    print(e, binascii.b2a_base64(d, newline=False) + b'|', binascii.a2b_base64(e) == d)
print(binascii.a2b_base64(b'Zm9v\nYmFy'), binascii.a2b_base64(b'Zg=='), binascii.a2b_base64(b'Zm8=trailing'))
print(binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''))
