"""Checks on a promise draft. Each returns pass/fail and a one-line reason in the
session language, so the same result serves the TUI, the CLI and the export."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cxworkshop.domain.models import Promise
from cxworkshop.i18n import t

MAX_SENTENCES = 2
MAX_WORDS = 35

YOU_WORDS = frozenset({"you", "your", "yours", "yourself", "je", "jij", "jouw", "u", "uw", "jullie"})
WE_WORDS = frozenset({"we", "our", "ours", "us", "wij", "ons", "onze", "onszelf"})

# Empty slogans and jargon, in both languages (lower case; matched as whole phrases).
SLOGANS: tuple[str, ...] = (
    "customer is central",
    "customer at the heart",
    "customer-centric",
    "customer centric",
    "customer first",
    "passion for the customer",
    "passion for our customers",
    "best-in-class",
    "best in class",
    "world-class",
    "world class",
    "synergy",
    "synergies",
    "leverage",
    "seamless",
    "solutions provider",
    "total solution",
    "one-stop shop",
    "excellence",
    "state of the art",
    "state-of-the-art",
    "klant centraal",
    "de klant staat centraal",
    "klantgericht",
    "klantgerichtheid",
    "passie voor de klant",
    "passie voor klanten",
    "synergie",
    "ontzorgen",
    "ontzorgt",
    "totaaloplossing",
    "totaalleverancier",
    "excellent",
    "uitmuntend",
    "toonaangevend",
    "marktleider",
)

_WORD = re.compile(r"[\w']+", re.UNICODE)


@dataclass(frozen=True)
class CheckResult:
    name: str  # "length", "customer_language", "no_slogans", "provable"
    passed: bool
    reason: str


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def sentence_count(text: str) -> int:
    """Sentences, split at . ! or ? followed by a space or the end."""
    parts = re.split(r"[.!?]+(?:\s+|$)", text.strip())
    return sum(1 for part in parts if part.strip())


def check_length(text: str, lang: str) -> CheckResult:
    n_words = len(words(text))
    n_sentences = sentence_count(text)
    ok = 0 < n_words <= MAX_WORDS and n_sentences <= MAX_SENTENCES
    key = "check.length.pass" if ok else "check.length.fail"
    return CheckResult(
        "length", ok, t(key, lang, words=n_words, sentences=n_sentences, max_words=MAX_WORDS)
    )


def you_we_counts(text: str) -> tuple[int, int]:
    tokens = words(text)
    return (
        sum(1 for w in tokens if w in YOU_WORDS),
        sum(1 for w in tokens if w in WE_WORDS),
    )


def check_customer_language(text: str, lang: str) -> CheckResult:
    you, we = you_we_counts(text)
    ok = you > we
    key = "check.customer.pass" if ok else "check.customer.fail"
    return CheckResult("customer_language", ok, t(key, lang, you=you, we=we))


def slogans_in(text: str) -> list[str]:
    """The slogan phrases that occur in ``text`` as whole words (case-insensitive)."""
    lowered = " ".join(text.lower().split())
    return [
        phrase
        for phrase in SLOGANS
        if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", lowered)
    ]


def check_no_slogans(text: str, lang: str) -> CheckResult:
    found = slogans_in(text)
    if not found:
        return CheckResult("no_slogans", True, t("check.slogans.pass", lang))
    quoted = ", ".join(f'"{p}"' for p in found[:3])
    return CheckResult("no_slogans", False, t("check.slogans.fail", lang, found=quoted))


def check_provable(promise: Promise, lang: str) -> CheckResult:
    proofs = len(promise.notes_for("bewijs"))
    ok = proofs > 0
    key = "check.provable.pass" if ok else "check.provable.fail"
    return CheckResult("provable", ok, t(key, lang, count=proofs))


def check_draft(text: str, promise: Promise, lang: str) -> list[CheckResult]:
    """All four checks on one draft text, in display order."""
    return [
        check_length(text, lang),
        check_customer_language(text, lang),
        check_no_slogans(text, lang),
        check_provable(promise, lang),
    ]
