"""Parameters with known gaps marked as strict xfail: a gap that closes must be noticed."""

import pytest


def params_with_known(names, known: set[str], reason: str) -> list:
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=reason)) if n in known else n
        for n in names
    ]
