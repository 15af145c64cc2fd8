x = "q'\"z"
print(f"{x}", f"{x!r}", f"{x!a}", f"{'{'}{'}'}", f"{{{x}}}", f"{3!r:>5}", f"{'é'!a:>8}")
items = ["a", "b"]
print(f"{items}", f"{items!s}", f"{len(items)}", f"{items[0].upper()}", f"{'-'.join(items)}")
n = 7
print(f"{n:{'>'}{4}}", f"{n:0>{3}}", f"{n:#{'x'}}", f"{n / 3:.{2}f}")
