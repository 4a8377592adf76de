# Source bytes that are not UTF-8 stay bytes, as mpy-cross copies them (a comment: ÿş€)
s = "aÿbÃ"
t = "í € ô€€ À€ â‚"
b = b"xÿyÃ©"
r = rb"\Ã©\ÿ"
u = "\udc80\ud800\U0001f600ğŸ˜€ \xe9Ã©"
long_enough_not_to_be_interned = "0123456789ÿş"
xÿ = 1
été = xÿ + 1
print(s, t, b, r, u, long_enough_not_to_be_interned, xÿ, été)
