# An uncaught FileNotFoundError: its traceback on stderr and exit status 1.
print("before")
with open("/tmp/minivm-files-missing-dir/none.txt") as f:
    print(f.read())
