"""Sharing with a purpose: purpose limitation checks and the share package (no Django)."""
