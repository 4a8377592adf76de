# compile(..., 'single'), the REPL's input kind: a blank input, or one simple statement line or compound
# statement; anything after it is a SyntaxError at its line. Expression statements at module level print
# their value (repr), None excepted.
import sys

cases = [
    "",
    "  ",
    "\n",
    "#c",
    "x=1\ny=2",
    "x=1;y=2",
    "if 1:\n  x=1\ny=2\n",
    "if 1:\n  x=1\n\n",
    "x=1\n\n\n",
    "\n\nx=1",
    "x=1\n#c\n",
    "x=(1,\n2)\nz=3",
    "#c\nx=1",
    " \nx=1",
    "x=1 #c",
    "x=1\\\n+2",
    "x=1\n  ",
    "x=1;\\\ny=2",
    "def f():\n  pass\n@d\ndef g(): pass",
    "  x=1",
    "\n  x=1",
    "1 +",
]
for s in cases:
    try:
        compile(s, "case", "single")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s))
        sys.print_exception(e, sys.stdout)

g = {}
for s in ["1+1", "x = 5", "None", "'a'", "x", "for i in range(2): i", "a, b = 1, 2; a; b", "def f(): 3\nf()"[:10], "[x, x]"]:
    print("--", repr(s))
    try:
        exec(compile(s, "case", "single"), g)
    except SyntaxError as e:
        sys.print_exception(e, sys.stdout)
print(sorted(k for k in g if not k.startswith("__")))
