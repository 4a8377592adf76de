print("extra_mod: loading")
def where():
    return "found via sys.path"
