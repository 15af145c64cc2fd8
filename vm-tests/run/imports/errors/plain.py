VALUE = "plain value"
