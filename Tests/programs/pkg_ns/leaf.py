print("pkg_ns.leaf: loading")
LEAF = "leaf in a folder without __init__"
