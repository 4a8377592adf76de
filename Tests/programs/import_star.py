# from module import *: binds public names only, at module level
from mod_star import *
print(public_value, public_func(), PublicClass.__name__)
print("_underscored" in globals(), "_private_func" in globals())
import mod_star
print(mod_star._underscored, mod_star._private_func())
