"""Imported once in the fork server, so each parsing child starts with the parsers loaded.

Kept out of the package's ``__init__`` so that importing the pipeline stays light (the command
line imports heavy libraries only when it needs them).
"""

import docx  # noqa: F401
import extract_msg  # noqa: F401
import odf.opendocument  # noqa: F401
import PIL.Image  # noqa: F401
import pymupdf  # noqa: F401

from . import email, image, office, pdf, plaintext  # noqa: F401
