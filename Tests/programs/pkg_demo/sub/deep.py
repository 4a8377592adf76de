print("pkg_demo.sub.deep: loading")
from ..util import FACTOR
from .. import NAME
from . import sibling
def compute(v):
    return v * FACTOR + sibling.OFFSET
WHERE = NAME + ".sub.deep"
