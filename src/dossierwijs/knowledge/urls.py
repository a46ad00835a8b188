"""Routes of the knowledge app.

Stable links other apps may use (by URL name, never by a written-out path):

- ``knowledge:index``: /kennis/, all do's and don'ts.
- ``knowledge:item``: /kennis/<slug>/, one item. The slugs are those of
  ``dossierwijs.core.knowledge.items.ITEMS``; tests/knowledge/test_kennis_item_view.py pins
  them. In a template: ``{% load knowledge %}{% waarom "termijn-een-maand" %}``.
- ``knowledge:glossary``: /kennis/begrippen/, words parents meet anyway (OPP, TLV, gezag …),
  one anchor per word (``#begrip-<slug>``). In a template: ``{% begrip "opp" %}``, or
  ``{{ text|begrippen }}`` to link the first mention of each word in a text.
- ``knowledge:may_share``: /mag-dit/, "Mag dit?". Takes ``?van=&naar=&doel=&ingeschreven=``
  (the vocabulary of ``core.rules.sharing``): with all of van, naar and doel it shows the
  answer at once; with only some it opens with those filled in.
- ``knowledge:deadlines``: /termijnen/, the calculator and the vault's open deadlines (apps
  add theirs with ``dossierwijs.knowledge.deadlines.register_deadline_source``).
- ``knowledge:deadlines_ics``: /termijnen/termijnen.ics, the open deadlines as iCalendar.
"""

from django.urls import path

from .views import deadlines, items, may_share

app_name = "knowledge"

urlpatterns = [
    path("kennis/", items.index, name="index"),
    path("kennis/begrippen/", items.glossary, name="glossary"),
    path("kennis/<slug:slug>/", items.item, name="item"),
    path("mag-dit/", may_share.may_share, name="may_share"),
    path("termijnen/", deadlines.deadlines, name="deadlines"),
    path("termijnen/termijnen.ics", deadlines.deadlines_ics, name="deadlines_ics"),
]
