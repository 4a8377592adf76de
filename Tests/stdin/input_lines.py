# input(): prompts printed as str, lines returned without their newline, EOFError at the end of input
print(repr(input()))
print(repr(input("name? ")))
print(repr(input(42)))
print(repr(input(None)))
print(repr(input("")))
n = 0
while True:
    try:
        line = input("> ")
    except EOFError as e:
        print("EOFError", repr(e.args))
        break
    n += 1
    print(n, repr(line))
try:
    input("again? ")
except EOFError:
    print("still EOF")
