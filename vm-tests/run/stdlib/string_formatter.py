# CPython's string (Formatter, Template) over minivm's _string.
import string, _string
print(list(_string.formatter_parser("a{0!r:>{w}}b{{c}}{x.y[1]}")))
f, rest = _string.formatter_field_name_split("x.y[1][k]")
print(f, list(rest))
print(string.Formatter().format("{0} {name:>5} {1[0]}", "a", [9], name="n"))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.capwords(" hello  world "), string.ascii_letters[:5])
try:
    list(_string.formatter_parser("oops }"))
except ValueError as e:
    print("ValueError:", e)
try:
    string.Template("$who $").substitute(who=1)
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$a $b").safe_substitute(a=1))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()


print(Upper().format("{} and {x}", "left", x="right"))
