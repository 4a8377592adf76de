# an uncaught EOFError: input() at the end of input, after the lines there were
print(input("a: "))
print(input("b: "))
