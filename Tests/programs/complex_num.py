# Complex numbers: literals, arithmetic, attributes, repr
z = 3 + 4j
w = complex(1, -2)
print(z, w, repr(z), 1j, -1j, complex(2), complex(0, 0))
print(z.real, z.imag, abs(z), abs(w))
print(z + w, z - w, z * w, z / w, z * 2, 2 * z, z + 1.5, -z, +w)
print(z == complex(3, 4), z != w, z == 3, complex(3) == 3)
print(1j * 1j, (1 + 1j) ** 2, 2j ** 2)
print(complex("1+2j"), complex("-3.5j"), complex(1.5, 0.5))
print(type(z).__name__, bool(0j), bool(1j))
a = 1j
a += 2
a *= 1j
print(a)
try:
    print(z < w)
except TypeError as e:
    print("TypeError")
