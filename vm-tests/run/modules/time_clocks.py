import time
t1, m1, p1, c1 = time.time(), time.monotonic(), time.perf_counter(), time.process_time()
print(type(t1).__name__, type(time.time_ns()).__name__, t1 > 1.6e9, abs(time.time_ns() / 1e9 - t1) < 5)
time.sleep(0.02)
m2, p2 = time.monotonic(), time.perf_counter()
print(m2 - m1 >= 0.02, p2 - p1 >= 0.02, time.perf_counter_ns() >= 0, time.monotonic_ns() >= 0)
total = 0
for i in range(200000):
    total += i
print(time.process_time() >= c1, type(time.process_time_ns()).__name__, total)
time.sleep(0)
for bad in [-1, "1", None, float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print("TypeError", e)
