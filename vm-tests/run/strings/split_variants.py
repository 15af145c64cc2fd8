print("a  b   c".split(), " lead".split(" "), "x".split("x"), "".split(), "".split(","))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "  a b  ".rsplit(), "a\tb\nc d".split())
print("one\ntwo\n".splitlines(), "one\ntwo\n".splitlines(True), "x\r\ny\rz".splitlines())
print("1,2;3".replace(";", ",").split(","), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
