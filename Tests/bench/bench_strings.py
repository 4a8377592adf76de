# String building: concatenation, join, formatting, slicing and methods.
def main():
    parts = []
    for i in range(8000):
        parts.append("item%d" % i)
    s = ",".join(parts)
    n = 0
    for p in s.split(","):
        if p.endswith("7"):
            n += len(p.upper())
    acc = ""
    for i in range(5000):
        acc += str(i)[-1]
    print(len(s), n, len(acc), "{}-{}".format(acc[:5], acc[-5:]))

main()
