# input() edits the line as readline does: backspace, Ctrl-A/Ctrl-E, cursor keys, Ctrl-K, Ctrl-U; bytes
# outside printable ASCII are dropped; Ctrl-C raises KeyboardInterrupt, Ctrl-D on a typed line is ignored
for i in range(6):
    print(repr(input("%d: " % i)))
try:
    input("ctrl-c: ")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e.args))
print(repr(input("after: ")))
print(repr(input("ctrl-d: ")))
try:
    input("end: ")
except EOFError:
    print("EOFError")
