# struct: calcsize, pack, unpack, unpack_from, pack_into, the e/f/d float formats, and the ValueErrors
import struct
print(struct.calcsize("<bhiq"), struct.calcsize("@bhiq"), struct.calcsize("3s2x"), struct.pack("<hHi", -2, 65535, 7))
print(struct.pack(">Iq", 1, -1), struct.pack("<4s", b"ab"), struct.pack("<2b", 1), struct.pack("<f", 1.5), struct.pack(">d", -0.25))
print(struct.unpack("<hHi", b"\xfe\xff\xff\xff\x07\x00\x00\x00"), struct.unpack(">Q", b"\xff" * 8), struct.unpack("<3sB", b"abcd"))
print(struct.unpack_from("<H", b"xxab", 2), struct.unpack_from("<H", b"xxab", -2), struct.unpack("<e", struct.pack("<e", 0.1)))
buf = bytearray(8)
struct.pack_into(">HH", buf, 2, 0x1234, 0xabcd)
print(buf)
for bad in [lambda: struct.pack("<z", 1), lambda: struct.unpack("<I", b"ab"), lambda: struct.pack_into("<I", bytearray(2), 0, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
