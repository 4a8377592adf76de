# STM32F769I-DISCO: 2 MB internal flash, 16 MB external SDRAM for the managed heap, running nanoFramework 1.x.
# The REPL is on UART6 (COM6, the Arduino header's D0/D1); MicroPython's STM32 ports use single-precision
# floats.
name = stm32f769i-disco
machine = STM32F769I-DISCO with STM32F769NI (nanoFramework)
platform = stm32
uart = COM6
baud = 115200
heap = 13631488
flash.size = 2097152
flash.block = 32768
# two 128 KB slots in the last sectors' range (the F7's large sectors are modelled as 32 KB blocks)
partition.romfs = 1835008 262144
# RAM that holds flash bytes while code imported from /rom runs (the flash cache)
flash.cache = 4096
float = single
level = full
