name = "Ada"
value = 3.14159
width = 10
items = [1, 2, 3]
print(f"{name}")
print(f"{name!r} {name!s} {name!a}")
print(f"{value:.2f} {value:{width}.3f} {value!r:>12}")
print(f"{'nested'!r:^{width + 4}}|")
print(f"{len(items)} items: {items} {items[0]:03d}")
print(f"{{literal}} {name=} {value = :.1f}")
print(f"{1 + 2}{'x' * 3}{-7:+}")
print(f"{'é'!a} {12345678:,} {255:#x} {0.25:%}")
