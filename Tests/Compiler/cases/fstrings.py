name = "world"
width = 12
print(f"hello {name}!")
print(f"{name!r:>{width}} and {{braces}}", f"{width * 2=}")
print(f"{'nested' if width > 3 else 'no'}" "-plain-" f"{[1, 2][0]}")
print(rf"\d+ {name}", f"")
print(f"""multi
{name}
line""")
d = {"k": 1}
print(f"{d['k']:05d}")
