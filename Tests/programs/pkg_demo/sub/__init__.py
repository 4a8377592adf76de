print("pkg_demo.sub: init")
