"""Python's cyclic garbage collector paused while a topic corpus is built and modelled.

Building a topic corpus makes millions of lists and tuples (token lists, pieces, units) that hold no reference
cycles. The collector's full collections, set off by how many objects are made, scanned every one of them again and
again: on the 1,000-document scale store (pieces cached; development) 28 full collections cost 4.9 s of a 52 s
topics step, and with the collector back on after the corpus is built, four more over the same objects during
training and outputs cost 1.4 s. Reference counting still frees whatever is let go, so memory is held no longer
(only cyclic garbage waits for the collector, and a topics step makes little: a figure or two); worker processes
forked meanwhile start with the collector paused too.
"""

from __future__ import annotations

import functools
import gc


def collector_paused(fn):
    """Run fn with the cyclic garbage collector paused, and restore it as it was (a nested call leaves it paused).

    Example:
        >>> @collector_paused
        ... def build():
        ...     return gc.isenabled()
        >>> build(), gc.isenabled()
        (False, True)
    """

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return wrapper
