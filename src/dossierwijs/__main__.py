import sys

from dossierwijs.cli import main

sys.exit(main())
