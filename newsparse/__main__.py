"""``python -m newsparse``: the command line."""

import sys

from newsparse.cli import main

if __name__ == "__main__":
    sys.exit(main())
