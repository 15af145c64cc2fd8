"""Packing values into bytes by a format (CPython's struct, for minivm): the work is done by
the native _struct; Struct keeps a compiled format."""

from _struct import pack, unpack, unpack_from, calcsize, iter_unpack, error

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


def pack_into(fmt, buffer, offset, *values):
    data = pack(fmt, *values)
    if offset < 0:
        offset += len(buffer)
    if offset < 0 or offset + len(data) > len(buffer):
        raise error(f"pack_into requires a buffer of at least {len(data) + offset} bytes for packing "
                    f"{len(data)} bytes at offset {offset} (actual buffer size is {len(buffer)})")
    for i, b in enumerate(data):
        buffer[offset + i] = b


class Struct:
    """A format string, checked once, with its size."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("latin-1")
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
