# The ROMFS partition's memory as rom_ioctl(2, 0) gives it, read as mpremote and vfs read it: `dev` is set
# before this runs (README.md). The slot holds tree.romfs, then erased flash up to its 8172 bytes.
print(type(dev), isinstance(dev, int), hasattr(dev, 'ioctl'))
print(len(dev), bool(dev), dev)
print(bytes(memoryview(dev)[:12]))
print(dev[0], dev[1], dev[2], dev[-1], dev[len(dev) - 1], dev[-len(dev)])
h = bytes(dev[:12])
size = 0
for value in h[3:]:
    size = (size << 7) | (value & 0x7F)
    if not value & 0x80:
        break
print(size)
s = dev[100:140]
print(type(s), len(s), bytes(s))
print(bytes(s[5:10]), s[3], s[-2], len(s[30:100]), bytes(s[-3:]))
print(dev[0:0] == b'', bytes(dev[len(dev) - 4:]), len(dev[5000:3000]))
print(dev[:3] == b'\xd2\xcd\x31', dev[:3] == b'\xd2\xcd\x30', dev[:3] != b'ab')
print(bytes(dev[1970:1990]), dev[:4].hex(), dev[:4].hex(':'))
print(list(dev[4:10]), bytearray(dev[:5]), tuple(dev[10:13]))
t = 0
for b in dev[:200]:
    t += b
print(t, sum(dev[:64]), max(dev[:300]))
it = iter(dev[2:5])
print(next(it), next(it), next(it), next(it, 'end'))
mv = memoryview(dev)
print(len(mv), mv[3], bytes(mv[-2:]))
for bad in ('dev[0] = 1', 'dev[0:2] = b"ab"', 'dev[len(dev)]', 'dev[-len(dev) - 1]', 'dev[::2]', 'dev["a"]', 'hash(dev)', 'dev + b"x"'):
    try:
        exec(bad)
        print(bad, 'ok')
    except Exception as e:
        print(bad, type(e).__name__, e)
print(len(bytes(dev)), bytes(dev)[:5], bytes(dev) == bytes(dev[:len(dev)]))
import vfs
fs = vfs.VfsRom(dev)
print(fs.stat('data.txt'), fs.stat('/lib'))
print(sorted(fs.ilistdir('/')))
print(fs.open('data.txt', 'rb').read(), fs.statvfs('/'))
print(vfs.VfsRom(dev[:1980]).stat('hello.mpy')[6])
try:
    vfs.VfsRom(dev[:100])
except OSError as e:
    print('OSError', e)
try:
    vfs.VfsRom(dev[10:])
except OSError as e:
    print('OSError', e)
# mpremote romfs query, as commands.py sends it
print(hasattr(dev, 'ioctl'), len(dev))
romfs = bytes(memoryview(dev)[:12])
print(romfs.hex(':'), romfs.startswith(b'\xd2\xcd\x31'))
