# sys.exit with a status: finally blocks run, SystemExit can be caught, the last one sets the exit status
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.args)
def shutdown():
    try:
        print("shutting down")
        sys.exit(3)
    finally:
        print("finally runs during exit")
shutdown()
print("never printed")
