"""minivm's `_thread` (CPython's is C): minivm runs one thread, so locks are never contended
by another thread; they still count, time out and report misuse as CPython's do, so that
`threading`, `reprlib`, `functools` and `logging` work unchanged. Starting a thread raises.
"""

import posix as _posix
import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = _posix.getpid()


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _posix.getpid()


def _count():
    return 0


def _is_main_interpreter():
    return True


def daemon_threads_allowed():
    return True


def stack_size(size=0, /):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def start_new_thread(function, args, kwargs=None, /):
    raise RuntimeError("can't start new thread: minivm runs a single thread")


start_new = start_new_thread


def interrupt_main(signum=2, /):
    raise KeyboardInterrupt


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timestamp out of range for platform time_t")


class LockType:
    """A lock no other thread can hold: acquiring a held lock waits out its timeout (no one
    can release it) and fails, or would wait for ever."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        if timeout == -1:
            raise RuntimeError("deadlock: minivm's only thread waits for a lock it holds")
        _time.sleep(timeout)
        return False

    acquire_lock = acquire

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    release_lock = release

    def locked(self):
        return self._held

    locked_lock = locked

    def _at_fork_reinit(self):
        self._held = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


LockType.__module__ = "_thread"
LockType.__qualname__ = LockType.__name__ = "lock"


def allocate_lock():
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: the one thread may acquire it again; each acquire needs a release."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def _acquire_restore(self, state):
        self._count = state[0]

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count, self._count = self._count, 0
        return (count, _MAIN_IDENT)

    def _at_fork_reinit(self):
        self._count = 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={_MAIN_IDENT if self._count else 0} "
                f"count={self._count} at {id(self):#x}>")


RLock.__module__ = "_thread"


class _ExceptHookArgs(tuple):
    """What `threading.excepthook` receives: (exc_type, exc_value, exc_traceback, thread)."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def _excepthook(args, /):
    """Reports an exception that ended a thread (minivm starts none, but `threading` asks)."""
    import sys
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr)
    sys.excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def _set_sentinel():
    return LockType()


class _local:
    """Thread-local data: with one thread, an object with attributes."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)


_local.__module__ = "_thread"
