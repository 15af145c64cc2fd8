print(format(3.5), format(3.5, ".2f"), format(42, "x"), format("s", ">3"), format(True), format(1e20, "g"))
print(format(0.000012345, "g"), format(123456789.0, "g"), format(1e-5, ".3g"), format(100.0, "g"), format(1.0, "#g"))
print(format(12.0, ""), format(12.5, ".3"), format(-0.0, "+.1f"), format(float("nan"), "f"), format(float("inf"), "F"))
print(format(65, "c"), format(10, "#b"), format(-10, "#x"), format(1234.5678, ",.2f"), format(0.25, ".1f"))
