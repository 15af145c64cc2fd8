X = "a"
