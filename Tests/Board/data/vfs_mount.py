import sys
sys.path[:] = ["", ".frozen", "/lib"]
import os, vfs
class RamFS:
    def __init__(self): self.files = {}; self.cwd = '/'
    def mount(self, ro, mk): print('mount', ro, mk)
    def umount(self): print('umount')
    def ilistdir(self, p):
        print('ilistdir', repr(p))
        for n in sorted(self.files): yield (n, 0x8000, 0, len(self.files[n]))
    def stat(self, p):
        print('stat', repr(p))
        if p.lstrip('/') in self.files: return (0x8000, 0, 0, 0, 0, 0, len(self.files[p.lstrip('/')]), 0, 0, 0)
        raise OSError(2)
    def open(self, p, m):
        print('open', repr(p), m)
        import io
        if 'w' in m:
            fs = self
            class W(io.BytesIO):
                def close(s):
                    fs.files[p.lstrip('/')] = s.getvalue()
            return W()
        return io.BytesIO(self.files[p.lstrip('/')])
    def remove(self, p): print('remove', repr(p)); del self.files[p.lstrip('/')]
    def rename(self, a, b): print('rename', repr(a), repr(b)); self.files[b.lstrip('/')] = self.files.pop(a.lstrip('/'))
    def mkdir(self, p): print('mkdir', repr(p))
    def rmdir(self, p): print('rmdir', repr(p))
    def chdir(self, p): print('chdir', repr(p)); self.cwd = p
    def getcwd(self): print('getcwd'); return self.cwd
    def statvfs(self, p): print('statvfs', repr(p)); return (512, 512, 8, 4, 4, 0, 0, 0, 0, 32)
r = RamFS()
vfs.mount(r, '/ram')
f = open('/ram/a.txt', 'wb'); f.write(b'hello'); f.close()
print(open('/ram/a.txt', 'rb').read())
print(os.listdir('/ram'))
print(list(os.ilistdir('/ram')))
print(os.stat('/ram/a.txt')[6])
os.rename('/ram/a.txt', '/ram/b.txt')
os.mkdir('/ram/d')
os.rmdir('/ram/d')
print(os.statvfs('/ram'))
print('ram' in os.listdir('/'), [t for t in os.ilistdir('/') if t[0] == 'ram'])
os.chdir('/ram')
print(os.getcwd())
print(os.listdir())
print(open('b.txt').read())
os.remove('b.txt')
os.chdir('/')
print(os.getcwd())
f = open('/ram/mod1.py', 'w'); f.write('print("imported", __name__)\nX = 5\n'); f.close()
import sys
sys.path.append('/ram')
import mod1
print(mod1.X)
vfs.umount('/ram')
try:
    os.stat('/ram/x')
except OSError as e:
    print('OSError', e.errno)
