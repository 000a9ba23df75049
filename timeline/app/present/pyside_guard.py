"""Work around PySide6 6.12 on Python 3.11 dropping references to None, True and False.

Some of its wrapped void and bool methods return these singletons without adding
a reference. On Python 3.12 and later they are immortal and nothing happens; on
3.11 every such call lowers the count, and after some thousands of calls (a few
seconds of painting) the interpreter aborts with "deallocating None". Giving the
three singletons a very large reference count once, before Qt is used, keeps them
alive for the life of the process.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

#: How many references each singleton is given (far more than any run can drop).
_RESERVE = 1 << 40
_done = False


def guard_singletons() -> bool:
    """Reserve references for None, True and False once; True when it was needed."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for singleton in (None, True, False):
        # The reference count is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _done = True
    log.debug("reserved references for None, True and False (PySide6 on Python 3.11)")
    return True
