# CPython's base64 (from its Lib/) over minivm's native binascii.
import binascii, base64
print(binascii.hexlify(b'\x01\xab\xff\x00\x10', '-'), binascii.hexlify(b'\x01\xab\xff\x00\x10', b':', 2), binascii.hexlify(b'\x01\xab\xff\x00\x10', ' ', -2))
print(binascii.unhexlify('01abFF'), binascii.a2b_hex(b'0a0b'))
for bad in ['abc', 'zz']:
    try: binascii.unhexlify(bad)
    except binascii.Error as e: print(type(e).__name__, e, isinstance(e, ValueError))
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))]:
    e = binascii.b2a_base64(d); print(e[:40], binascii.a2b_base64(e) == d, binascii.b2a_base64(d, newline=False)[-2:])
for s in [b'YWJj', b'YW Jj\n', b'YQ==', b'YQ=', b'YQ', b'Y', b'YWJjZ', b'YQ==YQ==', b'=YQ==', b'YQ=a=']:
    for strict in (False, True):
        try: print(s, strict, binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e: print(s, strict, 'Error', e)
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b'hello world'), binascii.crc32(b'x', -1))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff))
for d in [b'', b'a', b'hello world!', bytes(range(45))]:
    u = binascii.b2a_uu(d); print(u, binascii.a2b_uu(u) == d, binascii.b2a_uu(d, backtick=True))
print(binascii.a2b_uu(b''), binascii.a2b_uu(b'%:&5L;&\\\n'))
try: binascii.b2a_uu(b'x'*46)
except binascii.Error as e: print(e)
print(base64.b64encode(b'minivm'), base64.b64decode(b'bWluaXZt'), base64.urlsafe_b64encode(b'\xff\xfe\xfd'), base64.b16encode(b'\x12\xab'))
print(base64.b64decode('bWluaXZt'), base64.standard_b64decode(b'YQ=='))
print(base64.urlsafe_b64decode(b'__79'), base64.standard_b64encode(b'ok'))
print(binascii.b2a_qp(b'hello = world\t\nline two \n'), binascii.a2b_qp(b'hello =3D world=\nnext'), binascii.b2a_qp(b'a b_c', header=True))
try: base64.b64decode('YQ=a')
except binascii.Error as e: print('validate', e)
try: binascii.a2b_base64('é')
except ValueError as e: print(e)
try: binascii.hexlify('str')
except TypeError as e: print(e)
print(binascii.Error.__module__, binascii.Incomplete.__mro__)
