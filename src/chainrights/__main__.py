import sys

from chainrights.cli import main

sys.exit(main())
