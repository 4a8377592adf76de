# Float repr/str for a range of magnitudes and special values
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1.5e16, 1e-5, 1e-4,
        123456789.0, 1234567890123.0, 3.14159, 2.5e-10, 1e100, -1e-100, 6.02e23, 1.7976931348623157e308,
        5e-324, 2.0 ** 53, 0.5, 0.25, 0.125, 1e22, 1e21, 12345.678]
for v in vals:
    print(v, repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), float("-inf"))
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == inf)
print(float("1.5"), float("  -2.25 "), float("1e3"), float(7), float(True), float("infinity"))
print(1e300 * 1e10, -1e300 * 1e10)
print([1.5, 2.0, -0.5], (1e-7,), {"k": 0.75})
