"""Entry script for the frozen app: the same entry point as `leadership-desk`."""

import sys

from leadership_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
