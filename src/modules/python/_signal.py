"""minivm's `_signal` (CPython's is C): the handler table and the names and numbers `signal`
and `unittest` read. Handlers are recorded and `raise_signal` runs them, but minivm does not
yet receive signals from the operating system (Ctrl-C still ends the process)."""

SIG_DFL = 0
SIG_IGN = 1
SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK = 0, 1, 2
NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2
SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGIOT, SIGBUS = 1, 2, 3, 4, 5, 6, 6, 7
SIGFPE, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM = 8, 9, 10, 11, 12, 13, 14, 15
SIGSTKFLT, SIGCHLD, SIGCLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU = 16, 17, 17, 18, 19, 20, 21, 22
SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPOLL = 23, 24, 25, 26, 27, 28, 29, 29
SIGPWR, SIGSYS, SIGRTMIN, SIGRTMAX = 30, 31, 34, 64

_NAMES = {
    1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap",
    6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed",
    10: "User defined signal 1", 11: "Segmentation fault", 12: "User defined signal 2",
    13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 16: "Stack fault", 17: "Child exited",
    18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)",
    22: "Stopped (tty output)", 23: "Urgent I/O condition", 24: "CPU time limit exceeded",
    25: "File size limit exceeded", 26: "Virtual timer expired", 27: "Profiling timer expired",
    28: "Window changed", 29: "I/O possible", 30: "Power failure", 31: "Bad system call",
}


class ItimerError(OSError):
    pass


ItimerError.__module__ = "signal"


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = SIG_IGN
_handlers[SIGXFSZ] = SIG_IGN


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")


def signal(signalnum, handler, /):
    _check(signalnum)
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, "Invalid argument")
    previous = _handlers[signalnum]
    _handlers[signalnum] = handler
    return previous


def getsignal(signalnum, /):
    _check(signalnum)
    return _handlers[signalnum]


def raise_signal(signalnum, /):
    _check(signalnum)
    handler = _handlers[signalnum]
    if callable(handler):
        import sys
        handler(signalnum, sys._getframe(1) if hasattr(sys, "_getframe") else None)
    elif handler == SIG_DFL and signalnum not in (SIGCHLD, SIGCONT, SIGURG, SIGWINCH):
        raise NotImplementedError("minivm cannot deliver a signal with its default action yet")


def strsignal(signalnum, /):
    _check(signalnum)
    return _NAMES.get(signalnum, f"Real-time signal {signalnum - SIGRTMIN}" if signalnum >= SIGRTMIN else None)


def valid_signals():
    return {n for n in range(1, NSIG) if n not in (32, 33)}


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    return -1


def siginterrupt(signalnum, flag, /):
    _check(signalnum)


def alarm(seconds, /):
    return 0


def pthread_sigmask(how, mask, /):
    return set()


def sigpending():
    return set()
