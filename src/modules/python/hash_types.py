"""The hash objects of minivm's native hash modules (_md5, _sha1, _sha2, _sha3, _blake2;
src/modules/hashes.rs), in Python.

This code runs in each module's namespace after `_new`, `_update`, `_digest` and `_copy` are
in place, and `_algorithms` names the algorithms the module provides.
"""


class _Hash:
    """A hash in progress, with CPython's hash-object API."""

    def _start(self, name, data):
        self._state, self.digest_size, self.block_size = _new(name)
        self._name = name
        if data is not None:
            _update(self._state, data)
        return self

    @property
    def name(self):
        return self._name

    def update(self, data, /):
        _update(self._state, data)

    def digest(self):
        return _digest(self._state, None)

    def hexdigest(self):
        return _digest(self._state, None).hex()

    def copy(self):
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other._state = _copy(self._state)
        return other


class _Shake(_Hash):
    """SHAKE: the digest is as long as asked."""

    def digest(self, length):
        return _digest(self._state, length)

    def hexdigest(self, length):
        return _digest(self._state, length).hex()


def _hash_class(name, base=_Hash):
    cls = type(name, (base,), {"__module__": __name__, "__qualname__": name})
    return cls


def _function(cls, algorithm):
    def new(string=None, *, usedforsecurity=True):
        return object.__new__(cls)._start(algorithm, string)

    new.__name__ = new.__qualname__ = algorithm
    new.__module__ = __name__
    return new


if "md5" in _algorithms:
    MD5Type = _hash_class("md5")
    md5 = _function(MD5Type, "md5")
if "sha1" in _algorithms:
    SHA1Type = _hash_class("sha1")
    sha1 = _function(SHA1Type, "sha1")
if "sha256" in _algorithms:
    SHA224Type = _hash_class("sha224")
    SHA256Type = _hash_class("sha256")
    SHA384Type = _hash_class("sha384")
    SHA512Type = _hash_class("sha512")
    sha224 = _function(SHA224Type, "sha224")
    sha256 = _function(SHA256Type, "sha256")
    sha384 = _function(SHA384Type, "sha384")
    sha512 = _function(SHA512Type, "sha512")


def _sha3_class(algorithm, base=_Hash):
    def __new__(cls, data=None, /, *, usedforsecurity=True):
        return object.__new__(cls)._start(algorithm, data)

    return type(algorithm, (base,), {"__new__": __new__, "__module__": __name__, "__qualname__": algorithm})


if "sha3_256" in _algorithms:
    sha3_224 = _sha3_class("sha3_224")
    sha3_256 = _sha3_class("sha3_256")
    sha3_384 = _sha3_class("sha3_384")
    sha3_512 = _sha3_class("sha3_512")
    shake_128 = _sha3_class("shake_128", _Shake)
    shake_256 = _sha3_class("shake_256", _Shake)


def _blake2_class(algorithm, size):
    def __new__(cls, data=None, /, *, digest_size=size, key=b"", salt=b"", person=b"", fanout=1,
                depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                usedforsecurity=True):
        if (digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth,
                inner_size, last_node) != (size, b"", b"", b"", 1, 1, 0, 0, 0, 0, False):
            raise ValueError(f"minivm's {algorithm} supports the default parameters only")
        return object.__new__(cls)._start(algorithm, data)

    return type(algorithm, (_Hash,), {"__new__": __new__, "__module__": __name__, "__qualname__": algorithm})


if "blake2b" in _algorithms:
    blake2b = _blake2_class("blake2b", 64)
    blake2s = _blake2_class("blake2s", 32)
