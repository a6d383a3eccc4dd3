"""Checks on a promise draft. Each returns pass/fail and a one-line reason in the
session language, so the same result serves the TUI, the CLI and the export."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cxworkshop.domain.models import Promise
from cxworkshop.i18n import t

MAX_SENTENCES = 2
MAX_WORDS = 35

YOU_WORDS = frozenset(
    {"you", "your", "yours", "yourself", "yourselves", "je", "jij", "jou", "jouw", "jezelf",
     "u", "uw", "uzelf", "jullie"}
)
WE_WORDS = frozenset({"we", "our", "ours", "us", "ourselves", "wij", "ons", "onze", "onszelf"})

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
    # passion and other claims anyone can make
    "passion",
    "passionate",
    "passie",
    "passievol",
    "passievolle",
    "gepassioneerd",
    "innovative",
    "innovatief",
    "innovatieve",
    "cutting-edge",
    "customer-focused",
    "customer-driven",
    "klantgedreven",
    "extra mile",
    "stapje extra",
    "ontzorging",
)

# A word: letters/digits, joined by inner apostrophes or hyphens ("you'll", "e-mail").
_WORD = re.compile(r"\w+(?:[-']\w+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})
# Endings a listed phrase may carry: plurals and Dutch/English inflections
# ("klantgerichte", "totaaloplossingen", "leveraged", "seamlessly").
_INFLECTION = r"(?:s|es|e|en|n|d|ly)?"


@dataclass(frozen=True)
class CheckResult:
    name: str  # "length", "customer_language", "no_slogans", "provable"
    passed: bool
    reason: str

    @property
    def label_key(self) -> str:
        """Catalogue key of the check's short name ("Short", "Customer's language" ...)."""
        return CHECK_LABEL_KEYS[self.name]


# Check name -> catalogue key of its label, for screens and exports.
CHECK_LABEL_KEYS: dict[str, str] = {
    "length": "check.length.name",
    "customer_language": "check.customer.name",
    "no_slogans": "check.slogans.name",
    "provable": "check.provable.name",
}


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case; "you'll" and "self-service" are one word each."""
    return _WORD.findall(text.lower().translate(_APOSTROPHES))


def sentence_count(text: str) -> int:
    """Sentences, split at . ! ? or … followed by a space or the end."""
    parts = re.split(r"[.!?\u2026]+(?:\s+|$)", text.strip())
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
    tokens = [w.split("'")[0] for w in words(text)]  # "you'll" counts as "you"
    return (
        sum(1 for w in tokens if w in YOU_WORDS),
        sum(1 for w in tokens if w in WE_WORDS),
    )


def check_customer_language(text: str, lang: str) -> CheckResult:
    you, we = you_we_counts(text)
    ok = you > we
    if ok:
        key = "check.customer.pass"
    elif we:
        key = "check.customer.fail"
    else:  # neither: it talks *about* the customer ("de klant staat centraal"), not to them
        key = "check.customer.none"
    return CheckResult("customer_language", ok, t(key, lang, you=you, we=we))


def _slogan_pattern(phrase: str) -> re.Pattern[str]:
    """``phrase`` as whole words; a space or hyphen matches either, endings may inflect."""
    parts = [re.escape(part) for part in re.split(r"[\s-]+", phrase)]
    return re.compile(r"(?<!\w)" + r"[\s-]+".join(parts) + _INFLECTION + r"(?!\w)")


_SLOGAN_PATTERNS = tuple(_slogan_pattern(phrase) for phrase in SLOGANS)


def slogans_in(text: str) -> list[str]:
    """The slogans and jargon in ``text``, as written there (lower case), each once.

    Matching ignores case, treats "customer-first" like "customer first" and accepts
    plural and inflected endings ("klantgerichte", "totaaloplossingen").
    """
    lowered = " ".join(text.lower().split())
    found: list[str] = []
    taken: list[tuple[int, int]] = []  # "passion" inside "passion for the customer" is no news
    for pattern in _SLOGAN_PATTERNS:
        for match in pattern.finditer(lowered):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            if match.group(0) not in found:
                found.append(match.group(0))
    return found


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
