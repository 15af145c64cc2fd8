print("alpha starts")
import beta
A_VALUE = "a"


def describe():
    return f"alpha with beta.B_VALUE={beta.B_VALUE}"
print("alpha ends")
