# Hashing new strs: hash() of fresh strings, counting words cut from text, `in` on small str dicts/sets.
# Prints the microseconds its work took, then its results: the line `nanompy bench` reads.
import time

text = " ".join(["alpha%d beta%d gamma" % (i % 50, i % 7) for i in range(4000)])
names = ["red", "green", "blue", "cyan", "magenta", "yellow", "black", "white"]


def main():
    h = 0
    for i in range(60000):
        s = "item" + str(i)
        h = (h + hash(s)) & 0xFFFFFF
    counts = {}
    for w in text.split():
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    colours = {"red": 1, "green": 2, "blue": 3, "cyan": 4}
    primaries = {"red", "green", "blue"}
    c = 0
    for r in range(15000):
        for n in names:
            if n in colours:
                c += colours[n]
            if n in primaries:
                c += 1
    return h, len(counts), counts["gamma"], c


t0 = time.ticks_us()
result = main()
t1 = time.ticks_us()
print(time.ticks_diff(t1, t0), *result)
