# uncaught exception re-raised from a handler after a finally: the traceback keeps the original frames
def inner():
    raise RuntimeError("original failure")
def outer():
    try:
        inner()
    except RuntimeError:
        print("logging and re-raising")
        raise
    finally:
        print("outer finally")
outer()
