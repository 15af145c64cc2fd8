"""The calendar half of minivm's native `time` module (src/modules/time.rs), written in Python:
`struct_time`, `gmtime`, `localtime`, `mktime`, `strftime`, `asctime`, `ctime`, `strptime`.

Local time is UTC: minivm reads no time-zone database, so `localtime` equals `gmtime` and
`timezone` is 0 (as on a machine whose TZ is UTC, like most containers)."""

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value returned by gmtime(), localtime() and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)")
        if len(items) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:9])
        extra = dict or {}
        object.__setattr__(self, "tm_zone", items[9] if len(items) > 9 else extra.get("tm_zone"))
        object.__setattr__(self, "tm_gmtoff", items[10] if len(items) > 10 else extra.get("tm_gmtoff"))
        return self

    def __repr__(self):
        parts = ", ".join(f"{f}={v!r}" for f, v in zip(_FIELDS, self))
        return f"time.struct_time({parts})"

    def __reduce__(self):
        return (type(self), (tuple(self), {"tm_zone": self.tm_zone, "tm_gmtoff": self.tm_gmtoff}))

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")


for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, property(lambda self, _i=_i: self[_i]))
struct_time.__module__ = "time"
del _i, _name


def _days_to_civil(days):
    """(year, month, day) of a count of days since 1970-01-01 (proleptic Gregorian)."""
    days += 719468
    era = (days if days >= 0 else days - 146096) // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m, d)


def _civil_to_days(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _seconds(secs):
    if secs is None:
        return int(time())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1) if secs >= 0 else -int(-secs // 1) - (1 if secs % 1 else 0)
    return secs.__index__()


def gmtime(seconds=None, /):
    s = _seconds(seconds)
    days, rest = divmod(s, 86400)
    y, m, d = _days_to_civil(days)
    yday = days - _civil_to_days(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rest // 3600, rest // 60 % 60, rest % 60, wday, yday, 0, "GMT", 0))


def localtime(seconds=None, /):
    return struct_time(tuple(gmtime(seconds))[:9] + (tzname[0], 0))


def mktime(t, /):
    t = tuple(t)
    if len(t) < 9:
        raise TypeError("mktime(): illegal time tuple argument")
    y, m, d, hh, mm, ss = (int(v) for v in t[:6])
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return float(_civil_to_days(y, m, 1) * 86400 + (d - 1) * 86400 + hh * 3600 + mm * 60 + ss)


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _checked(t, func):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError(f"{func}(): illegal time tuple argument")
    y, m, d, hh, mm, ss, wday, yday, dst = (int(v) for v in tuple(t)[:9])
    if m == 0:
        m = 1
    if d == 0:
        d = 1
    if yday == 0:
        yday = 1
    if not 1 <= m <= 12:
        raise ValueError("month out of range")
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hh <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mm <= 59:
        raise ValueError("minute out of range")
    if not 0 <= ss <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    if not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    return (y, m, d, hh, mm, ss, wday % 7, yday, dst, getattr(t, "tm_zone", None), getattr(t, "tm_gmtoff", None))


def strftime(format, t=None, /):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    y, m, d, hh, mm, ss, wday, yday, dst, zone, gmtoff = _checked(t, "strftime")
    out = []
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        code = format[i + 1]
        i += 2
        if code == "Y":
            out.append(str(y))
        elif code == "m":
            out.append(f"{m:02d}")
        elif code == "d":
            out.append(f"{d:02d}")
        elif code == "e":
            out.append(f"{d:2d}")
        elif code == "H":
            out.append(f"{hh:02d}")
        elif code == "I":
            out.append(f"{(hh % 12) or 12:02d}")
        elif code == "M":
            out.append(f"{mm:02d}")
        elif code == "S":
            out.append(f"{ss:02d}")
        elif code == "p":
            out.append("AM" if hh < 12 else "PM")
        elif code == "y":
            out.append(f"{y % 100:02d}")
        elif code == "C":
            out.append(f"{y // 100:02d}")
        elif code == "a":
            out.append(_DAYS[wday][:3])
        elif code == "A":
            out.append(_DAYS[wday])
        elif code in "bh":
            out.append(_MONTHS[m - 1][:3])
        elif code == "B":
            out.append(_MONTHS[m - 1])
        elif code == "j":
            out.append(f"{yday:03d}")
        elif code == "w":
            out.append(str((wday + 1) % 7))
        elif code == "u":
            out.append(str(wday + 1))
        elif code == "U":
            out.append(f"{(yday + 6 - (wday + 1) % 7) // 7:02d}")
        elif code == "W":
            out.append(f"{(yday + 6 - wday) // 7:02d}")
        elif code == "Z":
            out.append(zone if zone is not None else tzname[0])
        elif code == "z":
            off = gmtoff or 0
            sign = "+" if off >= 0 else "-"
            off = abs(off)
            out.append(f"{sign}{off // 3600:02d}{off // 60 % 60:02d}")
        elif code == "c":
            out.append(f"{_DAYS[wday][:3]} {_MONTHS[m - 1][:3]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {y}")
        elif code == "x":
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        elif code == "X":
            out.append(f"{hh:02d}:{mm:02d}:{ss:02d}")
        elif code == "D":
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        elif code == "F":
            out.append(f"{y}-{m:02d}-{d:02d}")
        elif code == "T":
            out.append(f"{hh:02d}:{mm:02d}:{ss:02d}")
        elif code == "R":
            out.append(f"{hh:02d}:{mm:02d}")
        elif code == "n":
            out.append("\n")
        elif code == "t":
            out.append("\t")
        elif code == "G":
            out.append(str(_iso_year_week(y, yday, wday)[0]))
        elif code == "V":
            out.append(f"{_iso_year_week(y, yday, wday)[1]:02d}")
        elif code == "%":
            out.append("%")
        else:
            out.append("%" + code)
    return "".join(out)


def _iso_year_week(y, yday, wday):
    """The ISO 8601 year and week: those of the Thursday of the date's week (Monday first)."""
    thursday = yday - wday + 3
    if thursday < 1:
        y -= 1
        thursday += 366 if _is_leap(y) else 365
    elif thursday > (366 if _is_leap(y) else 365):
        thursday -= 366 if _is_leap(y) else 365
        y += 1
    return (y, (thursday - 1) // 7 + 1)


def asctime(t=None, /):
    y, m, d, hh, mm, ss, wday, _, _, _, _ = _checked(t, "asctime")
    return f"{_DAYS[wday][:3]} {_MONTHS[m - 1][:3]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {y}"


def ctime(seconds=None, /):
    return asctime(localtime(seconds))


def strptime(string, format="%a %b %d %H:%M:%S %Y", /):
    import _strptime
    return _strptime._strptime_time(string, format)
