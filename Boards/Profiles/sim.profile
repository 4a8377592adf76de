# The simulated board (nanompy board --pty): the host's resources, MicroPython's double floats.
name = sim
machine = nanoMpy simulator with .NET
platform = nanompy
uart = pty
baud = 115200
heap = 2097152
flash.size = 2097152
flash.block = 4096
partition.romfs = 0 1048576
# RAM that holds flash bytes while code imported from /rom runs (the flash cache)
flash.cache = 4096
float = double
level = full
