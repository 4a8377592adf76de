import sys
print(sys.argv[1:], __name__)
print(sys.implementation.name, sys.implementation.version, sys.platform, sys.byteorder, sys.maxsize)
sys.stdout.write("written\n")
if len(sys.argv) > 2:
    sys.exit(int(sys.argv[2]))
raise ValueError("bad", 7)
