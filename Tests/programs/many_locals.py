# functions with more than 16 locals (long-form local load/store), deletion of locals
def many():
    v0 = 0
    v1 = 1
    v2 = 2
    v3 = 3
    v4 = 4
    v5 = 5
    v6 = 6
    v7 = 7
    v8 = 8
    v9 = 9
    v10 = 10
    v11 = 11
    v12 = 12
    v13 = 13
    v14 = 14
    v15 = 15
    v16 = 16
    v17 = 17
    v18 = 18
    v19 = 19
    v20 = 20
    s = v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15
    s += v16 + v17 + v18 + v19 + v20
    v20 = v19 * v18
    return s, v20, v16 * v17
print(many())
def many_args(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r):
    q += 1
    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r
print(many_args(*range(18)))
def dels():
    x = 1
    y = [x]
    del x
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__)
    x = 2
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = a10 = a11 = a12 = a13 = a14 = a15 = a16 = 7
    del a16
    return x, y, a15
print(dels())
def loop_locals(n):
    t0 = t1 = t2 = t3 = t4 = t5 = t6 = t7 = t8 = t9 = t10 = t11 = t12 = t13 = t14 = t15 = 0
    for idx in range(n):
        t15 += idx
        t14 -= idx
    return t15, t14
print(loop_locals(10))
