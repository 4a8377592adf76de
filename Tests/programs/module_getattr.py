# a module-level __getattr__ answers the names the module does not have
this = __import__(__name__)
def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:] * 2
    raise AttributeError(name)
print(this.dyn_ab, hasattr(this, "other"))
