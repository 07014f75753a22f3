"""`python -m factlint.cli`: the same as the `factlint` command."""

import sys

from factlint.cli import main

sys.exit(main())
