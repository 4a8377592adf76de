a = 'single'
b = "double\ttab\n"
c = '''triple
quoted'''
d = r"raw\n"
e = "implicit" " concat"
f = "\x41\101\u00e9"
g = b'\xff\x00raw'
h = "print"
i = "a much longer string that will not be interned"
j = "a much longer string that will not be interned"
print(a, b, c, d, e, f, g, h, i, j, "ünï")
