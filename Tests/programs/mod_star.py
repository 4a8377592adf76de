# helper module for import_star.py
public_value = 10
_underscored = 20
def public_func():
    return "public_func"
def _private_func():
    return "private"
class PublicClass:
    pass
