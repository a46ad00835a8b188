"""dossierwijs: parents in control of the sensitive information about their child."""

__version__ = "0.1.0"
