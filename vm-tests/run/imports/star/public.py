import counter_lib as _hidden_import
value = 1
_private = 2


def func():
    return value


class Klass:
    pass
