import json
import subprocess
import sys
from pathlib import Path

import pytest

from dossierwijs.cli import main

VENV_BIN = Path(sys.executable).parent


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_termijn_contract_31_january(capsys):
    data = run_json(capsys, "termijn", "--ontvangen", "2026-01-31")
    assert data["uiterlijk"] == "2026-03-02"
    assert "31 januari + 1 maand = 28 februari" in data["uitleg"]
    assert "dus maandag 2 maart" in data["uitleg"]
    assert data["uiterlijk_met_verlenging"] == "2026-04-30"
    assert data["bronnen"][0]["gecontroleerd"]


def test_termijn_extended(capsys):
    data = run_json(capsys, "termijn", "--ontvangen", "2026-01-31", "--verlengd")
    assert data["uiterlijk"] == "2026-04-30"
    assert data["verlengd"] is True


@pytest.mark.parametrize(
    "soort, start, due",
    [
        ("gespreksverslag", "2026-03-02", "2026-03-16"),
        ("gpo", "2026-03-24", "2026-05-06"),
        ("opp", "2026-04-02", "2026-05-15"),
        ("aanmelding", "2026-04-27", "2026-05-26"),
        ("verzoek", "2026-03-15", "2026-04-15"),
    ],
)
def test_termijn_other_kinds(capsys, soort, start, due):
    data = run_json(capsys, "termijn", "--ontvangen", start, "--soort", soort)
    assert data["uiterlijk"] == due
    assert data["soort"] == soort


def test_termijn_reports_good_friday_alternative(capsys):
    data = run_json(capsys, "termijn", "--ontvangen", "2024-02-29")
    assert data["uiterlijk"] == "2024-03-29"
    assert data["uiterlijk_als_goede_vrijdag_telt"] == "2024-04-02"


def test_termijn_checks_an_announced_extension(capsys):
    data = run_json(
        capsys, "termijn", "--ontvangen", "2026-01-31", "--verlenging-gemeld", "2026-03-02",
        "--met-redenen",
    )  # fmt: skip
    assert data["verlenging_geldig"] is True
    late = run_json(
        capsys, "termijn", "--ontvangen", "2026-01-31", "--verlenging-gemeld", "2026-03-03",
        "--met-redenen",
    )  # fmt: skip
    assert late["verlenging_geldig"] is False and "te laat" in late["verlenging_uitleg"]
    no_reasons = run_json(
        capsys, "termijn", "--ontvangen", "2026-01-31", "--verlenging-gemeld", "2026-02-03"
    )
    assert no_reasons["verlenging_geldig"] is False


def test_termijn_readable_dutch(capsys):
    code, out, _ = run(capsys, "termijn", "--ontvangen", "2026-01-31")
    assert code == 0
    assert "Uiterlijk: maandag 2 maart 2026" in out
    assert "Met een verlenging" in out


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["termijn", "--ontvangen", "31-01-2026"], "geen geldige datum"),
        (["termijn"], "--ontvangen is nodig"),
        (["termijn", "--ontvangen", "2026-01-31", "--soort", "bezwaar"], "Kies uit: verzoek"),
        (["termijn", "--ontvangen", "2026-01-31", "--soort", "gpo", "--verlengd"], "--verlengd"),
        (["leeftijd", "--geboren", "2012-05-01", "--regime", "jeugdwet"], "Kies uit: avg, wgbo"),
        (["leeftijd", "--geboren", "2012-05-01", "--op", "2010-01-01"], "vóór de geboortedatum"),
        (["mag-delen", "--van", "school", "--naar", "swv"], "--doel is nodig"),
        (["mag-delen", "--van", "buurman", "--naar", "swv", "--doel", "tlv"], "Kies uit: school"),
        (
            [
                "mag-delen",
                "--van",
                "school",
                "--naar",
                "swv",
                "--doel",
                "tlv",
                "--ingeschreven",
                "x",
            ],
            "Kies uit: ja, nee, onbekend",
        ),
    ],
)
def test_bad_input_gives_dutch_error_and_exit_code_2(capsys, argv, expected):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert expected in err
    assert "Traceback" not in err and out == ""


def test_leeftijd_contract(capsys):
    data = run_json(
        capsys, "leeftijd", "--geboren", "2012-05-01", "--op", "2026-11-28", "--regime", "avg"
    )
    assert data["beslist"] == ["ouders"]
    assert data["leeftijd"] == 14
    assert data["uitleg"] and data["grondslag"]
    assert data["inzageverzoek"]["verzoeker"] == ["ouders"]


def test_leeftijd_wgbo_both_and_default_today(capsys):
    data = run_json(
        capsys, "leeftijd", "--geboren", "2012-05-01", "--op", "2026-11-28", "--regime", "wgbo"
    )
    assert data["beslist"] == ["kind", "ouders"]
    today = run_json(capsys, "leeftijd", "--geboren", "2000-01-01", "--regime", "wgbo")
    assert today["beslist"] == ["kind"]


def test_mag_delen_contract(capsys):
    data = run_json(
        capsys, "mag-delen", "--van", "school", "--naar", "swv", "--doel", "tlv",
        "--ingeschreven", "ja",
    )  # fmt: skip
    assert data["toestemming_nodig"] == "nee"
    assert data["ouders_informeren"] is True
    assert "18a" in data["grondslag"]
    assert data["vraag"] == {"van": "school", "naar": "swv", "doel": "tlv", "ingeschreven": True}


def test_mag_delen_json_keys_are_a_contract(capsys):
    # The answer's fields are English in Python; scripts read these Dutch keys, in this order.
    data = run_json(
        capsys, "mag-delen", "--van", "zorgverlener", "--naar", "school", "--doel", "advies",
        "--leeftijd", "13",
    )  # fmt: skip
    assert list(data) == [
        "toestemming_nodig",
        "grondslag",
        "ouders_informeren",
        "uitleg",
        "wat_kunt_u_doen",
        "zekerheid",
        "sources",
        "regel",
        "wie_geeft_toestemming",
        "kanttekeningen",
        "bronnen",
        "vraag",
    ]
    assert data["regel"] == "beroepsgeheim"
    assert data["wie_geeft_toestemming"] == "Uw kind én de ouders met gezag, samen."
    assert data["sources"][0] == "wgbo-457" and data["bronnen"][0]["gecontroleerd"]


def test_mag_delen_readable_dutch(capsys):
    code, out, _ = run(
        capsys, "mag-delen", "--van", "zorgverlener", "--naar", "school", "--doel", "advies",
        "--leeftijd", "13",
    )  # fmt: skip
    assert code == 0
    assert "Toestemming nodig? Ja" in out
    assert "Uw kind én de ouders" in out
    assert "Wat kunt u doen:" in out


def test_mag_delen_help_documents_the_whole_vocabulary(capsys):
    from dossierwijs.core.rules.sharing import PURPOSES, RECIPIENTS, SENDERS

    with pytest.raises(SystemExit):
        main(["mag-delen", "--help"])
    out = capsys.readouterr().out
    for word in [*SENDERS, *RECIPIENTS, *PURPOSES]:
        assert f"  {word} " in out


def test_console_script_runs_without_django():
    script = VENV_BIN / "dossierwijs"
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    result = subprocess.run(
        [str(script), "mag-delen", "--van", "school", "--naar", "swv", "--doel", "tlv",
         "--ingeschreven", "ja", "--json"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["toestemming_nodig"] == "nee"
    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys; from dossierwijs.cli import main; "
         "main(['termijn', '--ontvangen', '2026-01-31', '--json']); "
         "assert 'django' not in sys.modules, 'django imported'"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert probe.returncode == 0, probe.stderr
    assert json.loads(probe.stdout)["uiterlijk"] == "2026-03-02"
