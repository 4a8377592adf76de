# ESP32-WROOM-32, 4 MB flash, no PSRAM, running nanoFramework 1.x (nanoCLR 1,728 KB, deployment 1,856 KB).
# The REPL is on COM2 with GPIO16 (RX) and GPIO17 (TX): COM1 belongs to the debugger. The managed heap is about
# 100 KB without BLE; MicroPython's ESP32 port uses single-precision floats.
name = esp32
machine = ESP32 module with ESP32 (nanoFramework)
platform = esp32
uart = COM2
uart.rx = 16
uart.tx = 17
baud = 115200
heap = 100000
flash.size = 4194304
flash.block = 4096
# the ROMFS image: two 128 KB slots, in the deployment region after the apps' assemblies
partition.romfs = 3932160 262144
# RAM that holds flash bytes while code imported from /rom runs (the flash cache)
flash.cache = 4096
float = single
level = standard
