name, n, pi = "Ada", 42, 3.14159265
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05d}|{n:+d}|{-n: d}")
print(f"{pi:.2f} {pi:10.4f} {pi:e} {pi:.3e} {pi:g} {pi:%} {pi:.1%}")
print(f"{1234567:,} {1234567:_} {0.5:.0f} {1.5:.0f} {2.5:.0f} {255:x} {255:#X} {255:08b} {8:o}")
print(f"{name:*^11} {name:>8} {name:<8}| {name:.2}")
width = 10
print(f"{pi:{width}.{3}f}|{name:{'>'}{width}}|")
print(f"{n=} {pi = :.1f} {{braces}}")
