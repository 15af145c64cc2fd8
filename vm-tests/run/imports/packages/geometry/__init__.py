print("geometry package init")
VERSION = "1.0"
from .units import to_cm
