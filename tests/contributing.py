"""Tests add a hook to an app's declared contributions for the length of a ``with`` block."""

from __future__ import annotations

import dataclasses
from contextlib import contextmanager

from django.apps import apps


@contextmanager
def contributing(app_label: str, **hooks):
    """``with contributing("knowledge", deadline_sources=(func,)): ...`` adds ``func``."""
    config = apps.get_app_config(app_label)
    before = config.contributions
    extended = {kind: tuple(getattr(before, kind)) + tuple(funcs) for kind, funcs in hooks.items()}
    config.contributions = dataclasses.replace(before, **extended)
    try:
        yield
    finally:
        config.contributions = before


def add_hook(app_label: str, kind: str, func) -> None:
    config = apps.get_app_config(app_label)
    hooks = getattr(config.contributions, kind)
    if func not in hooks:
        config.contributions = dataclasses.replace(config.contributions, **{kind: (*hooks, func)})


def remove_hook(app_label: str, kind: str, func) -> None:
    config = apps.get_app_config(app_label)
    hooks = tuple(h for h in getattr(config.contributions, kind) if h is not func)
    config.contributions = dataclasses.replace(config.contributions, **{kind: hooks})


def register_deadline_source(func):
    """As an app would declare it (here: on the knowledge app), for one test."""
    add_hook("knowledge", "deadline_sources", func)
    return func


def unregister_deadline_source(func) -> None:
    remove_hook("knowledge", "deadline_sources", func)
