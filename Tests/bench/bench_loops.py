# Small-int arithmetic, comparisons and range loops.
def main():
    total = 0
    for i in range(3000000):
        if i % 3 == 0:
            total += i
        elif i & 1:
            total -= 1
    j = 0
    while j < 1000000:
        j += 1
    print(total, j)

main()
