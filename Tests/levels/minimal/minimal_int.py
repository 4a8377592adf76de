# Ints without long-int support (MICROPY_LONGINT_IMPL_NONE): results past the small-int range raise.
# Only values that both ranges agree on: MicroPython's 64-bit small ints hold 63 bits, ours a long.
x = 1 << 61
print(x, -x)
two = 2
sixty_four = 64


def t(name, f):
    try:
        print(name, f())
    except OverflowError as ex:
        print(name, "OverflowError", ex)
    except ValueError as ex:
        print(name, "ValueError", ex)
    except NotImplementedError as ex:
        print(name, "NotImplementedError", ex)


t("mul", lambda: x * 4)
t("pow", lambda: two**sixty_four)
t("shl", lambda: 1 << sixty_four)
t("sum", lambda: x + x + x + x)
t("parse", lambda: int("99999999999999999999"))
t("parse hex", lambda: int("0x" + "f" * 20, 16))
t("from_bytes", lambda: int.from_bytes(b"\xff" * 9, "big"))
t("from_bytes small", lambda: (int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little")))
t("to_bytes", lambda: (1000).to_bytes(4, "little"))
t("formats", lambda: (hex(255), bin(-5), oct(8), hex(-x)))
t("divmod", lambda: divmod(-x, 7))
t("abs", lambda: abs(-x))
t("pow3", lambda: pow(2, 3, 5))
