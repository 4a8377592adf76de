# helper module for import_basic.py: runs once, however many times it is imported
print("mod_basic: loading")
VERSION = (1, 2)
_private = "hidden"
counter = 0
def greet(name):
    return "hello " + name
def bump():
    global counter
    counter += 1
    return counter
class Thing:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Thing(%r)" % (self.v,)
