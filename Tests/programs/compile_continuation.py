# A backslash continuation at the very end of the text leaves no NEWLINE token (lexer.c), so a statement
# before it is unfinished and single_input gets nothing; inside a comment, or followed by anything, it is
# an ordinary line end.
cases = ["", "\\\n", "x = 1\\\n", "\n\\\n", "\\\n\n", "#a\\\n", "\\\n#c", "x = 1\\\n\n", "if 1:\n  x = 1\\\n"]
for src in cases:
    for mode in ("single", "exec"):
        try:
            compile(src, "s", mode)
            r = "ok"
        except SyntaxError:
            r = "SyntaxError"
        print(repr(src), mode, r)
