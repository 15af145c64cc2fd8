# CPython's hashlib (from its Lib/) over minivm's native _md5, _sha1, _sha2, _sha3 and _blake2.
import hashlib

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = getattr(hashlib, name)(data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(hashlib.new(name, data).hexdigest() == h.hexdigest(), getattr(hashlib, name)().hexdigest()[:16])
for name in ["shake_128", "shake_256"]:
    h = hashlib.new(name, data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(20), len(h.digest(300)), h.hexdigest(300)[-16:])
h = hashlib.sha256()
for i in range(1000):
    h.update(str(i).encode())
c = h.copy()
h.update(b"more")
print(h.hexdigest(), c.hexdigest(), c.digest()[:4])
big = bytes(range(256)) * 1000
print(hashlib.md5(big).hexdigest(), hashlib.sha1(big).hexdigest(), hashlib.sha3_256(big).hexdigest(), hashlib.shake_128(big).hexdigest(8))
print(sorted(hashlib.algorithms_guaranteed), "md5" in hashlib.algorithms_available)
for bad in [lambda: hashlib.md5("text"), lambda: hashlib.new("nope")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
