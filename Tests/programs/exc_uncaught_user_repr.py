# uncaught exception whose class defines __repr__: the traceback's last line is that repr
class E(Exception):
    def __repr__(self): return 'custom-repr'
def g():
    raise E(1, 2)
def h():
    g()
h()
