# uncaught exception raised in another module, through a comprehension and methods: frames name each file
import mod_tb
print(mod_tb.run("1,2,3"))
print(mod_tb.run("4,five,6"))
