"""Imported first in the fork server only: it ends with the process that started it.

Without this a ``kill -9`` of an import leaves the fork server to notice on its own that its
parent is gone; the kernel does it at once. Its parsing children die with it in turn
(``limits._child_main``), and so does tesseract with the import (``limits.helper_preexec``).
"""

from .limits import die_with_parent

die_with_parent()
