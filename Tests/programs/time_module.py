# time: ticks arithmetic wraps, gmtime/mktime agree (mktime normalises), the clock types, sleeps
import time
t0 = time.ticks_ms()
print(time.ticks_diff(time.ticks_add(t0, 100), t0), time.ticks_diff(t0, time.ticks_add(t0, 100)))
print(time.gmtime(0)[:8], time.gmtime(1700000000)[:8], time.gmtime(951782400)[:8])
print(time.mktime((2024, 2, 29, 12, 30, 15, 0, 0)), time.mktime((2023, 13, 1, 0, 0, 0, 0, 0)))
print(type(time.time()), type(time.time_ns()), type(time.ticks_us()), type(time.ticks_cpu()))
time.sleep_ms(1)
time.sleep_us(10)
time.sleep(0.001)
print(time.ticks_diff(time.ticks_ms(), t0) >= 0)
