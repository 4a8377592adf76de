# sys.stdin and sys.stdin.buffer read as the unix port's files on fd 0
import sys

print(sys.stdin, sys.stdin.buffer, sys.stdin.fileno())
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.buffer.read(4)))
print(repr(sys.stdin.buffer.readline()))
print(repr(sys.stdin.read(2)))  # characters, not bytes
b = bytearray(3)
print(sys.stdin.buffer.readinto(b), b)
print(repr(sys.stdin.readline(2)))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.buffer.read(5)), repr(sys.stdin.readline()))
print(repr(input("")) if False else "done")
