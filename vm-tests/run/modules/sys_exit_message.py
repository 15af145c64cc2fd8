import sys
print("bye")
sys.exit("fatal: a message")
