# gc: isenabled, disable/enable, collect, mem_free/mem_alloc, threshold
import gc
print(gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.collect()
print(type(gc.mem_free()), type(gc.mem_alloc()))
print(gc.threshold(100), gc.threshold(), gc.threshold(-1), gc.threshold())
