# time's calendar functions (struct_time, gmtime, strftime, asctime) and their users.
import calendar
import time
from datetime import date, datetime, timedelta, timezone

for secs in [0, 1, 86399, 951782400, 1700000000, 2**31, -1, -86401, 4102444800, 1234567890.75]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_yday, t.tm_wday, calendar.timegm(t))
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_zone, t.tm_gmtoff, t[0], len(t), isinstance(t, tuple))
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %j %p %y %w %U %W", "%c|%x|%X", "%G-W%V-%u %e %%", "%I:%M %p"]:
    print(repr(time.strftime(fmt, t)))
for day in range(1, 15):
    print(time.strftime("%Y-%m-%d %a %G %V %U %W", time.gmtime(calendar.timegm((2021, 1, day, 0, 0, 0)))), end="; ")
print()
print(time.asctime(t), time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 5, 1, 0)))
st = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(st, st.tm_mday, time.strftime("%d %B %Y", st))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0), (1, 2)]:
    try:
        time.strftime("%Y", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2023, 11, 14))
print(calendar.month(2024, 2))
d = datetime(2023, 10, 10, 13, 55, 36, tzinfo=timezone.utc)
print(d.strftime("%A %d %B %Y %H:%M:%S %Z %z"), d.timetuple()[:6], d + timedelta(days=30, hours=5))
print(datetime.strptime("10/Oct/2023:13:55:36 +0000", "%d/%b/%Y:%H:%M:%S %z"))
print(datetime.strptime("2024-02-29", "%Y-%m-%d").date(), date(2024, 3, 1) - date(2023, 3, 1))
print(datetime.fromtimestamp(1700000000, tz=timezone.utc).isoformat(), tuple(date.fromisoformat("2021-07-04").isocalendar()))
