# packages: __init__ runs once, submodules, relative imports (., .., from . import), attribute binding
import pkg_demo
print(pkg_demo.NAME, pkg_demo.helper(1), pkg_demo.util.FACTOR)
import pkg_demo.sub.deep
print(pkg_demo.sub.deep.compute(2), pkg_demo.sub.deep.WHERE)
from pkg_demo.sub import deep as d
from pkg_demo.sub.sibling import OFFSET
print(d.compute(0), OFFSET, d is pkg_demo.sub.deep)
from pkg_demo import util
print(util.helper("u"), util is pkg_demo.util)
import pkg_ns.leaf
print(pkg_ns.leaf.LEAF)
print(pkg_demo.__name__, pkg_demo.util.__name__, d.__name__, pkg_ns.leaf.__name__)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_")))
try:
    import pkg_demo.nothing
except ImportError as e:
    print("ImportError", e)
