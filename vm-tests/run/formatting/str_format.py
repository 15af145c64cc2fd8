print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[key]}".format(d={"key": "v"}), "{:>6.2f}".format(3.14159))
print("{!r} {!s}".format("q", "q"), "{{}} {}".format(5), "{:,}".format(10 ** 9), "{0:{1}}".format(7, 4))
