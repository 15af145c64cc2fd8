# needs CPython 3.12 at run time (traceback's carets parse the source with ast)
# CPython's logging: loggers, levels, handlers on streams, formatters, filters, exceptions.
import io
import logging
import sys

buffer = io.StringIO()
handler = logging.StreamHandler(buffer)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)
log.addHandler(handler)
log.debug("starting with %d workers", 4)
log.info("ready")
child = logging.getLogger("app.db")
child.warning("slow query: %.2f s", 1.2345)
child.setLevel(logging.ERROR)
child.warning("this is dropped")
child.error("connection lost")


class OnlyDb(logging.Filter):
    def filter(self, record):
        return record.name.startswith("app.db")


handler.addFilter(OnlyDb())
log.info("filtered out")
child.critical("giving up")
handler.removeFilter(handler.filters[0])
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
print(buffer.getvalue(), end="")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), log.getEffectiveLevel(), child.isEnabledFor(logging.INFO))

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("[%(name)s|%(levelno)s] %(message)s"))
other = logging.getLogger("other")
other.addHandler(out)
other.propagate = False
other.warning("to stdout %s", {"k": 1})
adapter = logging.LoggerAdapter(other, {"user": "ada"})
adapter.warning("through an adapter")
logging.disable(logging.WARNING)
other.warning("disabled")
logging.disable(logging.NOTSET)
other.error("enabled again")
