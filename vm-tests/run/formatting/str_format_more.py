print("{:<8}|{:>8}|{:^8}|{:*^8}".format("ab", "cd", "ef", "gh"))
print("{0} {1} {0}".format("x", "y"), "{name}={value:.2f}".format(name="pi", value=3.14159))
print("{:+.3e}".format(12345.678), "{:#x}".format(255), "{:,.2f}".format(1234567.891), "{:%}".format(0.25))
print("{0.real} {0.imag}".format(3 + 4j), "{[0]}{[1]}".format("ab", "cd"), "{!r:>6}".format("q"))
