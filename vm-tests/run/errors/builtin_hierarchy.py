names = [ZeroDivisionError, OverflowError, IndexError, KeyError, UnicodeError, UnboundLocalError,
         RecursionError, NotImplementedError, ModuleNotFoundError, FileNotFoundError, PermissionError,
         TimeoutError, ConnectionResetError, StopIteration, StopAsyncIteration, GeneratorExit,
         KeyboardInterrupt, SystemExit, DeprecationWarning, UserWarning, RuntimeWarning,
         FloatingPointError, EOFError, MemoryError, BufferError, IsADirectoryError]
for cls in names:
    print(cls.__name__, "->", cls.__base__.__name__, [c.__name__ for c in cls.__mro__[1:-1]])
print(issubclass(KeyError, LookupError), issubclass(GeneratorExit, Exception), issubclass(Warning, Exception))
