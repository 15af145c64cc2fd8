print("beta starts")
import alpha
from_alpha_at_import = hasattr(alpha, "A_VALUE")
B_VALUE = "b"
print("beta ends")
