# Invalid UTF-8 on stdin: the strict decoder raises UnicodeDecodeError.
import sys

try:
    for line in sys.stdin:
        print(repr(line))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
