print("pkg_demo.util: loading")
def helper(x):
    return "helper(%s)" % x
FACTOR = 3
