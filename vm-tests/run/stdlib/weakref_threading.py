# CPython's weakref and threading (from its Lib/) over minivm's native _weakref and _thread.
import gc
import threading
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def method(self):
        return f"method of {self.name}"


def report(r):
    print("callback: referent died", r() is None)


a = Node("a")
r = weakref.ref(a, report)
print(r() is a, r().name, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r], r == weakref.ref(a), hash(r) == hash(a))
del a
print("after del", r())

b = Node("b")
p = weakref.proxy(b)
print(p.name, p.method())
d = weakref.WeakValueDictionary()
d["b"] = b
k = weakref.WeakKeyDictionary()
k[b] = 1
s = weakref.WeakSet([b])

print(len(d), len(k), len(s), b in s)
del b
gc.collect()
print(len(d), len(k), len(s))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError", e)


def f():
    return "function"


fr = weakref.ref(f)
print(fr()(), weakref.ref(Node)() is Node)
fin = weakref.finalize(Node("c"), print, "finalize ran")
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
lock = threading.Lock()
with lock:
    print(lock.locked())
rlock = threading.RLock()
with rlock, rlock:
    print("rlock twice")
ev = threading.Event()
ev.set()
print(ev.is_set(), ev.wait(0.01))
cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
local = threading.local()
local.value = 3
print(local.value, threading.get_ident() == threading.main_thread().ident)
print("end")
