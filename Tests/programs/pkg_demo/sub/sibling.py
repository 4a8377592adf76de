print("pkg_demo.sub.sibling: loading")
OFFSET = 100
