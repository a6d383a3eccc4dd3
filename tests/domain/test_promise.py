"""Promise checks: length, customer language, slogans, provability — in both languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxworkshop.domain.promise import (
    CHECK_LABEL_KEYS,
    MAX_WORDS,
    SLOGANS,
    CheckResult,
    check_customer_language,
    check_draft,
    check_length,
    check_no_slogans,
    check_provable,
    sentence_count,
    slogans_in,
    words,
    you_we_counts,
)
from cxworkshop.domain.models import Note, Promise

GOOD_EN = "You always know what you pay and why. One person helps you until it is solved."
GOOD_NL = "Je weet altijd wat je betaalt en waarom. Eén persoon helpt je tot het is opgelost."


def _promise_with_proof(n: int = 1) -> Promise:
    return Promise(notes=[Note("bewijs", f"proof {i}") for i in range(n)] + [Note("belofte", "x")])


# -- length --------------------------------------------------------------------


def test_length_passes_for_two_short_sentences():
    result = check_length(GOOD_EN, "en")
    assert result == CheckResult("length", True, "Easy to remember: 16 words, 2 sentence(s).")


def test_length_fails_for_three_sentences():
    result = check_length("You win. You save. You smile.", "en")
    assert not result.passed
    assert "3 sentence(s)" in result.reason


def test_length_boundary_at_35_words():
    assert check_length(" ".join(["you"] * MAX_WORDS), "en").passed
    over = check_length(" ".join(["you"] * (MAX_WORDS + 1)), "en")
    assert not over.passed
    assert "36 words" in over.reason
    assert "35" in over.reason


@pytest.mark.parametrize("text", ["", "   ", "...", "!?"])
def test_length_fails_without_words(text):
    assert not check_length(text, "en").passed


def test_length_reason_is_in_dutch_for_dutch_sessions():
    result = check_length(GOOD_NL, "nl")
    assert result.passed
    assert result.reason == "Makkelijk te onthouden: 16 woorden, 2 zin(nen)."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", 2),
        ("One! Two? Three…", 3),
        ("It costs 3.50 euro.", 1),
        ("No final stop", 1),
        ("Wait... what", 2),
        ("", 0),
        ("Line one\nline two.", 1),
    ],
)
def test_sentence_count(text, expected):
    assert sentence_count(text) == expected


def test_words_keep_contractions_and_compounds_together():
    assert words("You'll get self-service, we’re sure.") == ["you'll", "get", "self-service", "we're", "sure"]
    assert words("' ' - !") == []


# -- customer language -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "you", "we"),
    [
        ("You get what you pay for.", 2, 0),
        ("We are proud of our service to us.", 0, 3),
        ("You'll hear from us; we're there.", 1, 2),
        ("You’ll love your order.", 2, 0),
        ("Je hoort het van ons: wij bellen jou en u.", 3, 2),
        ("Uw pakket, onze zorg. Jij kiest, wij leveren, jullie betalen.", 3, 2),
        ("Youth and weather are not pronouns.", 0, 0),
        ("YOU and YOUR", 2, 0),
    ],
)
def test_you_we_counts(text, you, we):
    assert you_we_counts(text) == (you, we)


def test_customer_language_passes_with_more_you_than_we():
    result = check_customer_language("You can count on us to call you back.", "en")
    assert result.passed
    assert result.reason == 'Speaks to the customer: "you" 2× against "we" 1×.'


@pytest.mark.parametrize("text", ["We call you back.", "Fast delivery.", "Wij zijn de beste."])
def test_customer_language_fails_when_we_is_not_outnumbered(text):
    assert not check_customer_language(text, "nl").passed


def test_customer_language_reason_in_dutch():
    result = check_customer_language("Wij bellen je.", "nl")
    assert result.reason == 'Gaat meer over onszelf dan over de klant: "je/u" 1× tegenover "wij" 1×.'


@pytest.mark.parametrize(
    ("text", "lang", "reason"),
    [
        ("De klant staat centraal", "nl",
         'Spreekt de klant niet direct aan: geen "je/u" (en geen "wij").'),
        ("The customer is central.", "en", 'Does not speak to the customer directly: no "you" (and no "we").'),
    ],
)
def test_customer_language_without_you_or_we_says_it_does_not_speak_to_the_customer(text, lang, reason):
    result = check_customer_language(text, lang)
    assert not result.passed
    assert result.reason == reason
    assert "0×" not in result.reason


def test_customer_language_with_we_only_still_counts_both():
    result = check_customer_language("We bake bread.", "en")
    assert not result.passed
    assert result.reason == 'Talks about us more than to the customer: "you" 0× against "we" 1×.'


# -- slogans ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At ACME the customer is central.", ["customer is central"]),
        ("We put the Customer First.", ["customer first"]),
        ("A customer-first, world-class team.", ["customer-first", "world-class"]),
        ("Bij ons staat de klant centraal.", ["klant centraal"]),
        ("De klant staat centraal bij ons.", ["de klant staat centraal"]),
        ("Wij ontzorgen u met totaaloplossingen.", ["ontzorgen", "totaaloplossingen"]),
        ("Een klantgerichte, toonaangevende partner.", ["klantgerichte", "toonaangevende"]),
        ("Seamlessly leveraged synergies.", ["synergies", "leveraged", "seamlessly"]),
        ("State  of  the  art service.", ["state of the art"]),
        ("We are passionate about coffee.", ["passionate"]),
        ("Onze passie is het brood.", ["passie"]),
        ("Passion drives us, passionately.", ["passion", "passionately"]),
        ("Gepassioneerde bakkers met passievolle, innovatieve ovens.",
         ["passievolle", "gepassioneerde", "innovatieve"]),
        ("Innovative, cutting edge, customer-focused.", ["innovative", "cutting edge", "customer-focused"]),
        ("We go the extra mile; wij doen een stapje extra.", ["extra mile", "stapje extra"]),
        ("Our passion for the customer.", ["passion for the customer"]),  # not "passion" again
    ],
)
def test_slogans_are_found_as_written(text, found):
    assert slogans_in(text) == found


@pytest.mark.parametrize(
    "text",
    [
        GOOD_EN,
        GOOD_NL,
        "Your parcel arrives on the day you choose.",
        "Leverancier van het jaar.",  # "leverage" must not match inside another word
        "Klantgerichtheidsonderzoek is geen slogan.",
        "Your first customer gets a discount.",
        "We answer with compassion, compassionately.",  # "passion" only as a whole word
        "Passiefruit bij elk ontbijt.",
    ],
)
def test_no_false_slogans(text):
    assert slogans_in(text) == []


def test_every_listed_slogan_is_caught_in_a_sentence():
    for phrase in SLOGANS:
        text = f"Here: {phrase.upper()}, really."
        assert slogans_in(text), phrase


def test_slogan_check_reason_quotes_at_most_three():
    result = check_no_slogans("Synergy, excellence, seamless, world class leverage.", "en")
    assert not result.passed
    assert result.reason.count('"') == 6
    assert result.reason.startswith("Sounds like a slogan or jargon: ")
    passed = check_no_slogans(GOOD_EN, "nl")
    assert passed == CheckResult("no_slogans", True, "Geen slogans of jargon gevonden.")


# -- provable -------------------------------------------------------------------------


def test_provable_needs_a_bewijs_note():
    assert not check_provable(Promise(notes=[Note("belofte", "x")]), "en").passed
    result = check_provable(_promise_with_proof(2), "en")
    assert result.passed
    assert result.reason == "Backed by 2 proof note(s) under Bewijs."
    assert "Bewijs" in check_provable(Promise(), "nl").reason


# -- all checks -------------------------------------------------------------------------


def test_check_draft_runs_the_four_checks_in_display_order():
    results = check_draft(GOOD_EN, _promise_with_proof(), "en")
    assert [r.name for r in results] == ["length", "customer_language", "no_slogans", "provable"]
    assert all(r.passed for r in results)


def test_every_check_has_a_label_in_both_languages():
    from cxworkshop.i18n import catalogue

    names = [result.name for result in check_draft("x", Promise(), "en")]
    assert sorted(names) == sorted(CHECK_LABEL_KEYS)
    for key in CHECK_LABEL_KEYS.values():
        assert catalogue("en")[key] and catalogue("nl")[key]
    assert CheckResult("length", True, "").label_key == "check.length.name"


@pytest.mark.parametrize(("text", "lang"), [("We are passionate about coffee", "en"), ("onze passie is het brood", "nl")])
def test_passion_is_an_empty_slogan(text, lang):
    result = check_no_slogans(text, lang)
    assert not result.passed
    assert "passi" in result.reason


def test_check_draft_flags_the_empty_slogan():
    text = "Bij ons staat de klant centraal: wij ontzorgen u met totaaloplossingen."
    results = {r.name: r for r in check_draft(text, Promise(), "nl")}
    assert results["length"].passed
    assert not results["customer_language"].passed
    assert not results["no_slogans"].passed
    assert not results["provable"].passed


@settings(deadline=None, max_examples=300)
@given(st.text(), st.sampled_from(["en", "nl", "de", ""]))
def test_checks_never_crash_on_arbitrary_unicode(text, lang):
    results = check_draft(text, _promise_with_proof(), lang)
    assert len(results) == 4
    for result in results:
        assert isinstance(result.passed, bool)
        assert result.reason.strip()
        assert "\n" not in result.reason
        assert "{" not in result.reason, "every placeholder filled in"


@settings(deadline=None, max_examples=100)
@given(st.text(alphabet=st.characters(categories=["L", "N", "Zs", "P"]), max_size=400))
def test_word_count_in_the_reason_matches_words(text):
    result = check_length(text, "en")
    assert f"{len(words(text))} words" in result.reason
