__all__ = ["shown", "also_shown", "_private_listed"]
shown = "s"
also_shown = "a"
_private_listed = "p"
hidden = "h"
