from dossierwijs.core.rules.dossier_contents import (
    BEYOND_OKR_EXAMPLES,
    DOSSIER_CATEGORIES,
    OKR_CATEGORIES,
    dossier_categories_in,
    okr_categories_in,
)


def test_okr_has_exactly_the_five_categories_of_the_besluit():
    assert [c.key for c in OKR_CATEGORIES] == [
        "administratief",
        "schoolloopbaan",
        "sociaal_emotioneel",
        "ondersteuning",
        "verzuim",
    ]


def test_ap_list_has_the_nine_kinds_of_dossier_content():
    assert len(DOSSIER_CATEGORIES) == 9
    assert {"gezondheid", "gesprekken", "psychologisch_onderzoek"} <= {
        c.key for c in DOSSIER_CATEGORIES
    }


def test_text_is_matched_on_whole_word_starts():
    assert okr_categories_in("Toetsen M6 op niveau; gedrag in de klas is rustig") == {
        "schoolloopbaan",
        "sociaal_emotioneel",
    }
    assert "psychologisch_onderzoek" not in dossier_categories_in("liquide middelen")
    assert "psychologisch_onderzoek" in dossier_categories_in("Het IQ is gemeten (WISC-V)")


def test_text_about_parents_matches_no_okr_category():
    assert okr_categories_in("Moeder heeft een burn-out en vader werkt in het buitenland") == set()
    assert BEYOND_OKR_EXAMPLES
