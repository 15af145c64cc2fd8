# A relative import in the main module has no parent package.
from .sibling import thing
