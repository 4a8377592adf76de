# Writes synth200.py: 200 functions of 50 arithmetic lines each, the synthetic module of the RAM-at-import
# figure (docs/FLASH.md). `python3 gen_synth200.py` (the committed synth200.py is its output).
import random

random.seed(1)
ops = ["+", "-", "*"]
lines = []
for i in range(200):
    lines.append("def f%d(a, b):" % i)
    lines.append("    x = a")
    for j in range(49):
        lines.append("    x = x %s %d %s b" % (random.choice(ops), random.randint(1, 9), random.choice(ops)))
    lines.append("    return x")
    lines.append("")
open("synth200.py", "w").write("\n".join(lines) + "\n")
