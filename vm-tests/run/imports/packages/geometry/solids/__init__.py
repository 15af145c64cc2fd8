print("solids init", __name__, __package__)
