"""The lock classes of minivm's native `_thread` module (src/modules/thread.rs), in Python.

minivm runs one thread, so a held lock stays held until that thread releases it: acquiring
it again returns False (non-blocking, or once the timeout has passed) or, when it would wait
for ever, raises RuntimeError rather than hang.
"""


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timestamp out of range for platform time_t")


def _wait_in_vain(blocking, timeout, what):
    """A held lock that only this thread could release: fail as the wait would end."""
    if not blocking:
        return False
    if timeout >= 0:
        _sleep(timeout)
        return False
    raise RuntimeError(f"deadlock: acquiring {what} held by the only thread would block for ever")


class LockType:
    """A lock: `acquire`, `release`, `locked`, and use in a `with` statement."""

    def __init__(self):
        self._held = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_thread.lock' is not an acceptable base type")

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if self._held:
            return _wait_in_vain(blocking, timeout, "a lock")
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    def _at_fork_reinit(self):
        self._held = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked
    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return f"<{state} _thread.lock object at 0x{id(self):x}>"


LockType.__name__ = LockType.__qualname__ = "lock"
LockType.__module__ = "_thread"


def allocate_lock():
    """A new lock, unlocked."""
    return LockType()


allocate = allocate_lock


def _set_sentinel():
    return LockType()


class RLock:
    """A reentrant lock: the thread holding it may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner != me:
            return _wait_in_vain(blocking, timeout, "an RLock")
        self._owner = me
        self._count += 1
        return True

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._is_owned() else 0

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count, self._owner = 0, None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner, self._count = None, 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return (f"<{state} _thread.RLock object owner={self._owner or 0} "
                f"count={self._count} at 0x{id(self):x}>")


RLock.__module__ = "_thread"


class _local:
    """Thread-local data: with one thread, an object's attributes."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)


_local.__module__ = "_thread"


def exit():
    """Ends the calling thread: raises SystemExit."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2, /):
    raise KeyboardInterrupt


class _ExceptHookArgs(tuple):
    """What `threading.excepthook` is given: (exc_type, exc_value, exc_traceback, thread)."""

    def __new__(cls, sequence):
        return tuple.__new__(cls, sequence)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


_ExceptHookArgs.__module__ = "_thread"


def _excepthook(args, /):
    """Reports an exception a thread did not catch (never, with one thread, but threading
    installs it)."""
    import sys
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=sys.stderr, flush=True)
    sys.excepthook(args.exc_type, args.exc_value, args.exc_traceback)
