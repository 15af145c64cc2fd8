class ConfigError(Exception):
    pass
def read(key):
    data = {"port": "80x"}
    try:
        return int(data[key])
    except ValueError as e:
        raise ConfigError(f"bad value for {key!r}") from e
read("port")
