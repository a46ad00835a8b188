"""Kennis, "Mag dit?" and Termijnen: the parent-facing side of the rules core (issue 4)."""
