# if/elif/else, while/else, for/else, pass, continue, break, nested loops, loop variable after loop
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42)])
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
i = 0
while i < 3:
    i += 1
else:
    print("while else ran, i =", i)
while True:
    i -= 1
    if i == 1:
        break
else:
    print("not printed")
print("i after break", i)
for ch in "abcdef":
    if ch in "bd":
        continue
    if ch == "f":
        break
    print(ch, end="")
print()
for k in range(3):
    pass
print("k after loop", k)
total = 0
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        total += a * b
print("total", total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
for x in []:
    print("never")
else:
    print("empty for else")
if not []:
    pass
count = 0
while count < 100:
    count += 7
    if count % 5 == 0:
        print("multiple of 35 at", count)
        break
else:
    print("none found")
print(count)
