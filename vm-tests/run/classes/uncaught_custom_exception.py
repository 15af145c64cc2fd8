class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError(f"bad config {name!r}")
load("app.ini")
