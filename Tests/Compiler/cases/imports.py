import sys
import os.path
import collections as col
import a.b.c as abc_mod
from math import sqrt, pi as PI
from . import sibling
from ..pkg.mod import (x, y,)
from micropython import *


def f():
    import json
    from time import sleep
    return json, sleep


print(sys, os, col, abc_mod, sqrt, PI, sibling, x, y, f)
