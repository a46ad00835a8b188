"""The "Kennis" section as data, and the wording that hedges inferred or unverified facts.

Pure Python, no Django: the ``knowledge`` Django app renders these items.
"""

from dossierwijs.core.knowledge.items import BY_SLUG, ITEMS, KnowledgeItem, items_for_rule
from dossierwijs.core.knowledge.wording import confidence_label, hedge, is_hedged, source_line

__all__ = [
    "BY_SLUG",
    "ITEMS",
    "KnowledgeItem",
    "confidence_label",
    "hedge",
    "is_hedged",
    "items_for_rule",
    "source_line",
]
