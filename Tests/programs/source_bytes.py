# Source bytes: a comment may hold bytes that are not UTF-8 (����), as MicroPython skips
# them; bytes literals keep the UTF-8 bytes of their characters; escapes of lone surrogates are their
# UTF-8 bytes. (Tests/Compiler/cases/invalid_utf8.py compiles invalid UTF-8 in literals and names.)
b = b"xéy €"  # ��
print(b, len(b))
print(rb"\é", br"é\n")
print("\udc80".encode(), "\ud800\udc00".encode(), "\U0001f600".encode())
print("été", len("été"), "été".encode())
été = 3 # �
print(été)
