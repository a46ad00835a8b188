"""Pure-Python core: legal rules and document processing.

Nothing under this package imports Django; the web apps and the command line
call into it. Every legal rule lives here once, with its source beside it.
"""
