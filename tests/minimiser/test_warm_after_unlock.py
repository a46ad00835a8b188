"""Unlocking starts the detector only where the settings say so."""

from __future__ import annotations

import os
import subprocess
import sys

from django.test import override_settings

from dossierwijs.minimiser import services


def _warm_calls(monkeypatch):
    calls = []
    monkeypatch.setattr(services.DETECTOR, "warm", lambda: calls.append("warm"))
    return calls


def test_a_server_that_warms_starts_the_detector_at_unlock(monkeypatch):
    calls = _warm_calls(monkeypatch)
    with override_settings(DETECTOR_WARM_AFTER_UNLOCK=True):
        services.warm_after_unlock()
    assert calls == ["warm"]


def test_turned_off_nothing_is_started(monkeypatch):
    calls = _warm_calls(monkeypatch)
    with override_settings(DETECTOR_WARM_AFTER_UNLOCK=False):
        services.warm_after_unlock()
    assert calls == []


def _setting_in_a_server(env_value: str | None) -> str:
    """The setting as a server process (no pytest loaded) reads it."""
    env = {k: v for k, v in os.environ.items() if k != "DOSSIERWIJS_WARM_DETECTOR"}
    env["DJANGO_SETTINGS_MODULE"] = "dossierwijs.settings"
    if env_value is not None:
        env["DOSSIERWIJS_WARM_DETECTOR"] = env_value
    code = "from django.conf import settings; print(settings.DETECTOR_WARM_AFTER_UNLOCK)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    return out.stdout.strip() or out.stderr


def test_a_running_server_warms_unless_told_not_to():
    assert _setting_in_a_server(None) == "True"
    assert _setting_in_a_server("0") == "False"
