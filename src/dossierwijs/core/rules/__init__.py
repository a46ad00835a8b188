"""The law as tested code: deadlines, ages, sharing, retention, dossier contents.

Pure Python, no Django. Every rule names its source (see ``sources``) and carries the fact
sheet's confidence label; facts labelled I or NV are hedged in the Dutch texts.
"""
