# micropython.schedule: callbacks run in order at the next jump (or at exit), one at a time, also when many are queued
import micropython
done = 0
def cb(arg):
    global done
    print("cb", arg)
    done += 1
micropython.schedule(cb, "a")
micropython.schedule(cb, "b")
while done < 2:
    pass
try:
    for i in range(10):
        micropython.schedule(cb, i)
except RuntimeError as e:
    print("RuntimeError", e)
while done < 6:
    pass
