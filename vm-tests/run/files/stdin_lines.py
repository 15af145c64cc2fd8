# Lines of stdin, iterated, with input() and readline().
import sys

print(sys.stdin.encoding, sys.stdin.errors, sys.stdout.errors, sys.stderr.errors, sys.stdin.name, sys.stdin.mode)
first = input("prompt> ")
print("got", repr(first))
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print("line", repr(line))
print(repr(sys.stdin.read()), sys.stdin.readlines())
print(sys.stdout.write("written\n"))
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
print("flushed", flush=True)
sys.stderr.write("to stderr\n")
input()
