"""The example family: a vault to look around in before entering anything real."""
