"""Snapshots of the blind dot-voting screen with the Dutch demo session.

The demo has seven participants (Sanne, Fatima, Mohamed, Joost, Linda, Kees, Erik) and
seven barriers with open votes; the dots are added here.
"""

from __future__ import annotations

import pytest

from cxworkshop.domain import voting
from cxworkshop.domain.demo import demo_session
from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.voting import VotingScreen
from tests.tui.test_voting_harness import ScreenHarness, voting_app
from tests.tui.waiting import script


@pytest.fixture
def demo_vote(tmp_path) -> ScreenHarness:  # type: ignore[no-untyped-def]
    """Sanne placed all three dots (two on b01, one on b03), Fatima two (b02, b05)."""
    session = demo_session()
    assert [p.id for p in session.participants] == ["p01", "p02", "p03", "p04", "p05", "p06", "p07"]
    voting.set_dots(session, "p01", "barriers", "b01", 2)
    voting.set_dots(session, "p01", "barriers", "b03", 1)
    voting.set_dots(session, "p02", "barriers", "b02", 1)
    voting.set_dots(session, "p02", "barriers", "b05", 1)
    store = SessionStore(tmp_path / "sessions")
    store.create(session)
    return voting_app(store, "demo", "barriers")


def face(name: str, voter: str | None = None):  # type: ignore[no-untyped-def]
    def condition(app) -> bool:  # type: ignore[no-untyped-def]
        screen = app.screen
        return isinstance(screen, VotingScreen) and screen.face() == name and screen.voter == voter

    condition.__doc__ = f"the voting screen shows the {name} face" + (f" for {voter}" if voter else "")
    return condition


def dots_on_disk(app, voter: str, count: int):  # type: ignore[no-untyped-def]
    def condition(_app) -> bool:  # type: ignore[no-untyped-def]
        return voting.dots_left(app.reload(), voter, "barriers") == 3 - count

    condition.__doc__ = f"{voter} has {count} dots saved"
    return condition


def mohamed_votes(app):  # type: ignore[no-untyped-def]
    """Mohamed (p03) is picked on the card and puts a dot on b01 and one on b03."""
    return script(face("handover"), "down", "enter", face("ballot", "p03"), "plus", "down", "down", "plus",
                  dots_on_disk(app, "p03", 2))


def test_voting_handover_80x24(snap_compare, demo_vote) -> None:
    """The hand-over card at 80×24. Title bar "Stippen stemmen · barrières   3 stippen
    p.p., max. 3 per onderwerp"; "Geef het toetsenbord aan" over a blue band with
    "F a t i m a   Y i l m a z" spaced out (she still has a dot left, Sanne is done);
    "Druk op Enter als je klaar bent. Nu kijkt alleen jij." in orange; the list of all
    seven names: "✓ Sanne de Vries ✓ alle stippen gezet" in green, Fatima highlighted
    with "◐ … 2 van 3 stippen gezet", the others "· … nog niet gestemd"; under it "1 van 7
    hebben al hun stippen gezet". No dots (●) anywhere. Footer: Enter Ik ben klaar,
    r Onthul, s Instellingen, Esc Sluiten."""
    assert snap_compare(demo_vote, terminal_size=(80, 24), run_before=script(face("handover")))


def test_voting_hidden_mid_vote_80x24(snap_compare, demo_vote) -> None:
    """Mohamed's turn at 80×24 (picked with ↓ on the card): his name spaced out in the
    blue band, a big "1" and "stippen over" to its right; the hint "Je ziet alleen je
    eigen stippen. + zet een stip …, Enter geeft het toetsenbord door."; the seven
    barriers, each with only HIS dots: one bold ● before
    "Het klantbeeld is versnipperd…" and one before "Werkbonnen gaan nog op papier"
    (highlighted), "·" before the others — Sanne's two dots on b01 are NOT shown. The
    bottom line: "1 van 7 hebben al hun stippen gezet · Moeten nog stemmen: Fatima
    Yilmaz, Joost Bakker, Linda Jansen, Kees van Dijk, Erik Hoekstra". Footer: Enter
    Klaar, +/- Stippen, p Wie stemt, r Onthul, Esc Sluiten."""
    assert snap_compare(demo_vote, terminal_size=(80, 24), run_before=mohamed_votes(demo_vote))


def test_voting_hidden_mid_vote_160x48(snap_compare, demo_vote) -> None:
    """The same turn at 160×48: a taller blue band with Mohamed's name, the barriers on
    one line each with thin rules between them, and at the right a side panel "1 van 7
    hebben al hun stippen gezet" listing everyone: ✓ Sanne de Vries (green), ◐ Fatima
    Yilmaz, ▶ Mohamed El Amrani (orange, voting now), · for the rest."""
    assert snap_compare(demo_vote, terminal_size=(160, 48), run_before=mohamed_votes(demo_vote))


def test_voting_revealed_80x24(snap_compare, demo_vote) -> None:
    """After r and y (confirming although five people still have dots), at 80×24: the
    header "Uitslag · 1 van 7 hebben al hun stippen gezet", the hint "Op volgorde van
    alle stemmen…", and the ranking with bars: 1. green bar, 8 "Het klantbeeld is
    versnipperd over CRM, facturatie en planning (open 6 · stippen 2)" in bold; 2. 6
    "De teamleider moet elke correctie goedkeuren… (open 5 · stippen 1)"; 3. 5
    "Werkbonnen gaan nog op papier (open 4 · stippen 1)"; 4. 4 "De planning…"; 5. 3
    "Campagnes… (open 2 · stippen 1)"; 6. 2 "Collega's aan de telefoon…"; 7. 1 "De
    change-procedure…". Footer: h Verberg uitslag, Esc Sluiten."""
    revealed = script(face("handover"), "r", "y", face("results"))
    assert snap_compare(demo_vote, terminal_size=(80, 24), run_before=revealed)
