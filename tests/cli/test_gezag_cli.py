"""Gezag from `dossierwijs init` to `dossierwijs brief` (issue 16, "Done when")."""

from __future__ import annotations

import email
import email.policy

import docx
import pymupdf
import pytest

from tests.vault.scripted import cli, python

ADDRESS = "Lijsterbeslaan 14, 3581 AB Utrecht"
pytestmark = pytest.mark.slow


def init(tmp_path, *parents: str, without: tuple[str, ...] = ()):
    data = tmp_path / "data"
    args = ["init", "--kind", "Sanne Canarisvogel", "--geboortedatum", "2013-04-12"]
    args += ["--school", "OSG De Klimop"]
    for name in parents:
        args += ["--ouder", name]
    for name in without:
        args += ["--zonder-gezag", name]
    cli(data, *args)
    return data


def pdf_text(path) -> str:
    with pymupdf.open(path) as doc:
        return " ".join(" ".join(page.get_text() for page in doc).split())


def brief(data, kind, out, *extra, fmt="pdf", check=True):
    return cli(
        data,
        "brief",
        kind,
        "--school",
        "OSG De Klimop",
        "--format",
        fmt,
        "--out",
        str(out),
        "--adres",
        ADDRESS,
        *extra,
        check=check,
    )


def test_a_parent_named_without_gezag_is_neither_said_to_have_it_nor_signs(tmp_path):
    data = init(
        tmp_path,
        "Eva Canarisvogel",
        "Joost Canarisvogel",
        without=("Joost Canarisvogel",),
    )
    stored = python(
        data,
        "print(member.gezag, vault.other_parent_name, vault.other_parent_gezag)",
    )
    assert stored.split() == ["met", "Joost", "Canarisvogel", "zonder"]
    out = tmp_path / "inzage.pdf"
    brief(data, "inzage", out)
    text = pdf_text(out)
    assert "Ik, Eva Canarisvogel, ben ouder met gezag van Sanne Canarisvogel" in text
    assert "Joost" not in text  # not a signer, not said to have gezag, no copy unasked
    txt = tmp_path / "inzage.txt"
    brief(data, "inzage", txt, "--kopie-andere-ouder", fmt="txt")
    letter = txt.read_text()
    assert "Kopie aan: Joost Canarisvogel" in letter  # a copy when the writer chooses
    assert "Eva Canarisvogel en Joost" not in letter and "ouders met gezag" not in letter


def test_a_typed_in_other_parent_with_gezag_still_does_not_sign_before_joining(tmp_path):
    data = init(tmp_path, "Eva Canarisvogel", "Joost Canarisvogel")
    out = tmp_path / "inzage.pdf"
    brief(data, "inzage", out)
    text = pdf_text(out)
    assert "Ik, Eva Canarisvogel, ben ouder met gezag" in text
    assert "Joost" not in text


def test_a_parent_without_gezag_gets_the_information_request_not_the_access_request(tmp_path):
    data = init(tmp_path, "Joost Canarisvogel", without=("Joost Canarisvogel",))
    out = tmp_path / "inzage.pdf"
    refused = brief(data, "inzage", out, check=False)
    assert refused.returncode == 2
    assert "Alleen een ouder met gezag" in refused.stderr
    assert "brief informatie" in refused.stderr and "1:377c" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not out.exists()

    texts = {}
    for fmt in ("pdf", "docx", "eml", "txt"):
        target = tmp_path / f"informatie.{fmt}"
        extra = ("--organisatie-email", "administratie@klimop.example") if fmt == "eml" else ()
        brief(data, "informatie", target, *extra, fmt=fmt)
        if fmt == "pdf":
            texts[fmt] = pdf_text(target)
        elif fmt == "docx":
            texts[fmt] = " ".join(p.text for p in docx.Document(str(target)).paragraphs)
        elif fmt == "eml":
            message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
            texts[fmt] = message.get_body(("plain",)).get_content()
        else:
            texts[fmt] = target.read_text()
    for fmt, text in texts.items():
        flat = " ".join(text.split())
        assert "artikel 1:377c van het Burgerlijk Wetboek" in flat, fmt
        assert "Ik heb geen gezag over Sanne" in flat, fmt
        assert "met redenen" in flat, fmt


def test_init_refuses_a_zonder_gezag_name_that_is_not_a_parent(tmp_path):
    data = tmp_path / "data"
    result = cli(
        data,
        "init",
        "--kind",
        "Sanne Canarisvogel",
        "--ouder",
        "Eva Canarisvogel",
        "--zonder-gezag",
        "Joost Canarisvogel",
        check=False,
    )
    assert result.returncode == 2
    assert "niet een van de ouders" in result.stderr
    assert not (data / "keyring.json").exists()


def test_a_parent_who_did_not_know_says_so_later_and_can_then_ask_inzage(tmp_path):
    data = tmp_path / "data"
    cli(
        data,
        "init",
        "--kind",
        "Sanne Canarisvogel",
        "--geboortedatum",
        "2013-04-12",
        "--ouder",
        "Eva Canarisvogel",
        "--gezag-onbekend",
        "Eva Canarisvogel",
    )
    out = tmp_path / "inzage.pdf"
    refused = brief(data, "inzage", out, check=False)
    assert refused.returncode == 2 and "gezagsregister" in refused.stderr
    assert "met gezag" in cli(data, "gezag", "met").stdout
    brief(data, "inzage", out)
    assert "Ik, Eva Canarisvogel, ben ouder met gezag" in pdf_text(out)
