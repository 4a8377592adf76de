# bytes and bytearray: building, slicing, searching, int conversion, encode/decode.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time


def main():
    buf = bytearray()
    for i in range(60000):
        buf.append(i & 0xFF)
    b = bytes(buf)
    chunks = [b[i : i + 16] for i in range(0, len(b), 16)]
    joined = b"".join(chunks)
    hits = 0
    for c in chunks:
        if c.find(b"\x07\x08") >= 0:
            hits += 1
        if c.startswith(b"\x00"):
            hits += 1
    total = 0
    for i in range(0, len(b) - 4, 4):
        total = (total + int.from_bytes(b[i : i + 4], "little")) & 0xFFFFFFFF
    out = bytearray(4 * 15000)
    for i in range(15000):
        out[4 * i : 4 * i + 4] = (i * 2654435761 & 0xFFFFFFFF).to_bytes(4, "big")
    text = "caf\u00e9-%d;"
    enc = 0
    for i in range(20000):
        e = (text % i).encode()
        enc += len(e) + len(e.decode())
    return len(joined), hits, total, sum(out) & 0xFFFF, enc, joined == b


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
