# All of stdin at once, then readlines() of nothing.
import sys

data = sys.stdin.read()
print(len(data), data.splitlines())
print(sys.stdin.readlines(), repr(sys.stdin.readline()))
