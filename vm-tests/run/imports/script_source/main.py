# `minivm run main.py`: the source itself is the program.
import os_like
print(__name__, __file__.endswith("main.py"))
print(os_like.join("a", "b"))
raise SystemExit(os_like.code())
