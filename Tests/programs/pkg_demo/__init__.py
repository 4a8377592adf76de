# package used by import_package.py
print("pkg_demo: init")
from .util import helper
from . import util
NAME = "pkg_demo"
