"""`dossierwijs wie-heeft-wat` against a real vault in its own process."""

import json

import pytest

from tests.vault.scripted import cli, python

RECORD = """
from dossierwijs.dossier.services import import_file
from dossierwijs.addressbook.models import Organisation
from dossierwijs.sharing.models import ShareDraft
from dossierwijs.sharing.services import record_share
import datetime
doc = import_file(vault=vault, by=member, filename="opp.txt", data="OPP van Sanne".encode())[0].document
swv = Organisation.objects.create(vault=vault, name="SWV Amstelland", kind="swv")
school = Organisation.objects.create(vault=vault, name="OSG De Klimop", kind="school")
draft = ShareDraft.objects.create(vault=vault, organisation=swv, purpose="de aanvraag van een TLV",
                                  purpose_key="tlv", document_ids=[str(doc.pk)])
record_share(draft=draft, by=member, method="anders", shared_on=datetime.date(2026, 11, 20))
"""


@pytest.mark.slow
def test_wie_heeft_wat_prints_the_ledger_as_json(tmp_path):
    data = tmp_path / "data"
    cli(data, "init", "--kind", "Sanne", "--ouder", "Eva")
    python(data, RECORD)
    result = json.loads(cli(data, "wie-heeft-wat", "--json").stdout)
    [block] = result["organisaties"]
    assert block["organisatie"] == "SWV Amstelland"
    [line] = block["documenten"]
    assert line["document"] == "opp" and line["doel"] == "de aanvraag van een TLV"
    assert line["sinds"] == "2026-11-20" and line["bewaren_tot"] == "2029-11-20"
    filtered = json.loads(cli(data, "wie-heeft-wat", "--organisatie", "klimop", "--json").stdout)
    assert filtered == {"organisaties": []}
    text = cli(data, "wie-heeft-wat").stdout
    assert "SWV Amstelland" in text and "tot: 2029-11-20" in text
