config = {"a": 1}
value = config["missing"]
