# CPython's gzip (from its Lib/) over minivm's native zlib.
import binascii
import gzip
import io
import os
import zlib

data = "".join(f"line {i} of the minivm zlib test\n" for i in range(300)).encode()
for level in (-1, 0, 1, 6, 9):
    for wbits in (15, -15, 31, 9, -9):
        c = zlib.compress(data, level, wbits)
        back = zlib.decompress(c, wbits if wbits != 9 else 15)
        print(level, wbits, back == data, len(c) < len(data) or level == 0)
c = zlib.compress(data)
print(zlib.decompress(c, 47) == data, zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(c, 0) == data)
# Streams compressed by CPython's zlib.
print(zlib.decompress(binascii.unhexlify("789ccb48cdc9c95728cf2fca4951482bcacf55482ea82cc9c8cf030073430956")))
print(zlib.decompress(binascii.unhexlify("2b4a2c5748494dcb492c49d551282fca2c2949cd5348aa54700ea82cc9c8cf0300"), -15))
co = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
parts = [co.compress(data[i:i + 1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush(zlib.Z_SYNC_FLUSH))
parts.append(co.compress(b"tail"))
parts.append(co.flush())
stream = b"".join(parts)
do = zlib.decompressobj(-zlib.MAX_WBITS)
out = b""
chunk = stream + b"EXTRA"
while chunk and not do.eof:
    out += do.decompress(chunk, 500)
    chunk = do.unconsumed_tail
print(out == data + b"tail", do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
half = len(c) // 2
print(do.decompress(c[:half]) + do.decompress(c[half:]) == data, do.eof, do.unused_data, do.flush())
print(zlib.crc32(data), zlib.crc32(b"abc", 123), zlib.adler32(data), zlib.adler32(b"abc", 7), zlib.adler32(b""))
for bad in [b"not compressed", c[:20]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error:", e)
try:
    zlib.compressobj(level=12)
except ValueError as e:
    print("ValueError:", e)
try:
    zlib.compress(data, 12)
except zlib.error as e:
    print("zlib.error:", e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.error.__module__, issubclass(zlib.error, Exception))

base = os.path.join("/tmp", f"minivm-zlib-gzip-{os.getpid()}")
os.mkdir(base)
path = os.path.join(base, "data.txt.gz")
with gzip.open(path, "wb") as f:
    f.write(data)
    f.write(b"more\n")
with gzip.open(path, "rb") as f:
    back = f.read()
print(back == data + b"more\n", len(back))
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readline(), end="")
with open(path, "rb") as f:
    raw = f.read()
print(raw[:3], gzip.GzipFile(fileobj=io.BytesIO(raw)).read() == data + b"more\n", zlib.decompress(raw, 31) == data + b"more\n")
print(zlib.decompress(gzip.compress(b"hello gzip", mtime=0), 31), gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(data, 1) + gzip.compress(b"!"))).read() == data + b"!")
try:
    gzip.GzipFile(fileobj=io.BytesIO(b"nope, not gzip")).read()
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
os.unlink(path)
os.rmdir(base)
print(os.path.exists(base))
