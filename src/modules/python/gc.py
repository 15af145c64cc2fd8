"""The garbage collector's interface. minivm frees objects by reference counting alone, so
collect() finds nothing more to free."""

_enabled = True


def collect(generation=2):
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return (700, 10, 10)


def set_threshold(*thresholds):
    pass


garbage = []
callbacks = []
