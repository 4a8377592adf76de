# an uncaught exception: output so far, then the traceback on stderr and exit status 1
def level3(d):
    return d["missing"]
def level2(d):
    x = 1
    return level3(d) + x
def level1():
    data = {"present": 1}
    return level2(data)
print("before the error")
try:
    level1()
except KeyError as e:
    print("first time caught:", e)
print("now uncaught")
level1()
print("never printed")
