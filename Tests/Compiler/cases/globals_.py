counter = 0


def bump(k):
    global counter
    counter = counter + k
    return counter


def show():
    print(counter, len([1, 2]))


bump(3)
show()
