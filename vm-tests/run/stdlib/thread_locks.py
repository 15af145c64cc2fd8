# _thread with one thread: locks, RLock, identifiers, and no new threads.
import _thread
import time

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
start = time.monotonic()
print(lock.acquire(timeout=0.05), time.monotonic() - start >= 0.04)
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
for bad in [lambda: lock.release(), lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2),
            lambda: lock.acquire(timeout=1e20)]:
    try:
        bad()
    except (RuntimeError, ValueError, OverflowError) as e:
        print(type(e).__name__, str(e).split(":")[0])
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._is_owned())
print(_thread.get_ident() == _thread.get_ident(), isinstance(_thread.get_native_id(), int), _thread._count())
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread.stack_size(), _thread.LockType is type(lock))
local = _thread._local()
local.x = 5
print(local.x)
