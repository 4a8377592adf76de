# Modules a minimal build leaves out raise ImportError on import; the ones it keeps import.
for name in ("re", "json", "cmath", "sys", "micropython", "gc"):
    try:
        __import__(name)
        print(name, "imported")
    except ImportError as e:
        print(name, "ImportError", e)
try:
    import re
except ImportError as e:
    print("import re:", e)
try:
    from json import dumps
except ImportError as e:
    print("from json import dumps:", e)
try:
    complex(1, 2)
except NameError as e:
    print("complex:", e)
