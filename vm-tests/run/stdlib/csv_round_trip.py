# CPython's csv over native _csv: writing and reading files and StringIO, dialects, quoting
# modes, DictReader/DictWriter, Sniffer and the parser's errors.
import csv
import io
import os

rows = [
    ["name", "note", "n"],
    ["plain", "a,b", 1],
    ["quote", 'say "hi"', 2.5],
    ["multi", "line one\nline two", None],
    ["space", " lead", -3],
]

path = f"/tmp/minivm_csv_{os.getpid()}.csv"
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerows(rows)
    print(w.writerow(["", "x"]))
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)

with open(path, "w", newline="") as f:
    dw = csv.DictWriter(f, fieldnames=["id", "city", "score"], extrasaction="ignore")
    dw.writeheader()
    dw.writerow({"id": 1, "city": "Paris", "score": 9.5, "other": "x"})
    dw.writerow({"id": 2, "city": "São Paulo"})
with open(path, newline="") as f:
    for record in csv.DictReader(f):
        print(record)
os.remove(path)

# Quoting modes on write and read.
for quoting in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
                csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL]:
    s = io.StringIO()
    w = csv.writer(s, quoting=quoting, escapechar="\\")
    w.writerow(["a", 1, 2.5, None, "b c", "d,e"])
    print(quoting, repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), quoting=quoting, escapechar="\\")))

# Dialects.
csv.register_dialect("pipes", delimiter="|", quotechar="'", lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, repr(d.lineterminator), d.quoting, d.doublequote)
s = io.StringIO()
csv.writer(s, "pipes").writerow(["x|y", "it's", "z"])
print(repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), "pipes")))
csv.unregister_dialect("pipes")


class Semi(csv.excel):
    delimiter = ";"
    skipinitialspace = True


print(list(csv.reader(["a; b;  'c'", '"d;e"; f'], Semi)))
print(list(csv.reader(['a,"b""c",d', "x\\,y,z"], escapechar="\\")))
print(list(csv.reader(['"open', 'still",done', ""])))
print(list(csv.reader(['a,"b" c'])))

sniffer = csv.Sniffer()
sample = "id;name;price\n1;apple;1.5\n2;pear;2.25\n3;fig;0.5\n"
dialect = sniffer.sniff(sample)
print(repr(dialect.delimiter), sniffer.has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect))[:2])

old = csv.field_size_limit(8)
print(old, csv.field_size_limit())
for bad in [
    lambda: list(csv.reader(["123456789"])),
    lambda: csv.field_size_limit(old),
    lambda: list(csv.reader(['a,"b'], strict=True)),
    lambda: list(csv.reader(['"a"b'], strict=True)),
    lambda: list(csv.reader(["a\rb"])),
    lambda: list(csv.reader([b"bytes"])),
    lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.get_dialect("missing"),
    lambda: csv.reader([], delimiter="ab"),
    lambda: csv.reader([], quoting=9),
    lambda: csv.reader([], bogus=1),
    lambda: setattr(csv.get_dialect("excel"), "delimiter", ";"),
]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(csv.field_size_limit())

# Dialect 'unix', DictWriter restval and extras, DictReader restkey, multi-line records, escapes.
s = io.StringIO()
w = csv.writer(s, dialect="unix")
w.writerow(["a", 1, None, 'x"y'])
w = csv.DictWriter(s, ["a", "b"], restval="?")
w.writerow({"a": 1})
try: w.writerow({"c": 1})
except ValueError as e: print(e)
print(repr(s.getvalue()))
r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n\n6,7\n"), restkey="rest")
print(list(r), r.line_num, r.fieldnames)
r = csv.reader(io.StringIO('a,"b\nc"\nd\n'))
print(list(r), r.line_num)
print(list(csv.reader(['a\tb'], dialect="excel-tab")), csv.excel_tab.delimiter == "\t")
r = csv.reader(['"a"x,y', 'ok'], strict=True)
try: next(r)
except csv.Error as e: print("err", e, r.line_num)
print(next(r))
print(list(csv.reader(["a,\\\nb"], escapechar="\\")), list(csv.reader(['"a\\"b"'], escapechar="\\", doublequote=False)))
print(csv.Sniffer().sniff('a,"b,c",d\n1,"2,3",4\n').quotechar)
print(list(csv.reader(["  x,  y"], skipinitialspace=True)), list(csv.reader([""])), list(csv.reader(["", "a"])))
