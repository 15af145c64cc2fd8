"""The smallest event loop: runs a coroutine to its end by sending None until it returns.
Shared by the coroutine cases (a helper module, not a case: its name starts with `_`)."""


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
