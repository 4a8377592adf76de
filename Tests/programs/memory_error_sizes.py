# MemoryError says what failed: "memory allocation failed, allocating N bytes", N as MicroPython computes
# it (a str or bytes counts its terminating NUL, a tuple its header; sizes are C size_t values).
def attempt(name, f):
    try:
        r = f()
        print(name, "ok", len(r))
    except MemoryError as e:
        print(name, "MemoryError:", e)
    except Exception as e:
        print(name, type(e).__name__, e)


attempt("list", lambda: [0] * (1 << 31))
attempt("list 2", lambda: [1, 2] * (1 << 29))
attempt("list 2^63 bytes", lambda: [0] * (1 << 60))
attempt("tuple", lambda: (1,) * (1 << 30))
attempt("str", lambda: "ab" * (1 << 30))
attempt("str huge", lambda: "abc" * (1 << 62))
attempt("bytes", lambda: b"ab" * (1 << 40))
attempt("bytes(n)", lambda: bytes(1 << 40))
attempt("bytes(big)", lambda: bytes(1 << 62))
attempt("bytearray(n)", lambda: bytearray(1 << 40))
attempt("bytearray(-1)", lambda: bytearray(-1))
attempt("center", lambda: "a".center(1 << 40))
attempt("center(-2)", lambda: "abc".center(-2))
attempt("small", lambda: "ab" * 1000 + str(bytes(10)) + str(bytearray(3)))
