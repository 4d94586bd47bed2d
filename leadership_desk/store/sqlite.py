"""sqlite-utils' Database, imported without numpy and pandas.

sqlite-utils imports numpy and pandas when they are installed (matplotlib installs numpy)
only to map their number types to column types; this app never inserts them. numpy alone
took about 120 ms, more than the rest of a read command, so every module takes Database
from here: the first import of sqlite-utils happens with the two hidden. They stay
importable afterwards (the charts use numpy through matplotlib).
"""

from __future__ import annotations

import sys


def _import_without_numpy():
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # `import numpy` now raises ImportError
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return sqlite_utils.Database


Database = _import_without_numpy()

__all__ = ["Database"]
