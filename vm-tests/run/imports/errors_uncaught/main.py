# An exception escaping an imported module's body: the traceback runs through the import.
print("before")
import failing
print("never")
