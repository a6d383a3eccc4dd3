"""The then-and-now screen for follow-up sessions made with ``follow_up()`` and then edited.

Expected figures are worked out by hand in the comments (hours a year = times a day ×
minutes ÷ 60 × 200 working days × people; a week counts as five days).
"""

from __future__ import annotations


from textual.app import App
from textual.pilot import Pilot

from cxworkshop.domain import edits
from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.followup import follow_up, previous_of
from cxworkshop.domain.models import Barrier, Draft, Frustration, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.compare import CompareScreen
from tests.tui.screen import screen_text


class CompareApp(App[None]):
    def __init__(self, old: Session, new: Session, lang: str) -> None:
        super().__init__()
        self.old, self.new, self.lang = old, new, lang
        self.compare_closed = False

    def on_mount(self) -> None:
        self.push_screen(CompareScreen(self.old, self.new, self.lang), self._done)

    def _done(self, _result: object) -> None:
        self.compare_closed = True


def saved_follow_up(store: SessionStore, old: Session, changes: list[edits.Mutation], **kwargs: str) -> tuple[Session, Session]:
    """Save a follow-up of ``old``, edit it through the store, and load both back as the
    session screen would have them (the old one from the embedded snapshot)."""
    new = store.create(follow_up(old, **kwargs))
    for change in changes:
        new = store.update(new.id, change, base_revision=new.revision)
    loaded = store.load(new.id)
    previous = previous_of(loaded)
    assert previous is not None
    return previous, loaded


def english_pair(store: SessionStore) -> tuple[Session, Session]:
    # then: f01 200 h (Warehouse, 2 people), f02 100 h (Warehouse, customer),
    # f03 120 h (Customer service), f04 53.3 h (Web team): 473.3 h, 157.8 per person
    # now: f03 gone, f01 twice a day instead of six times: 66.7 h → 220 h in all
    return saved_follow_up(store, example_session_en(), [
        edits.remove("frustrations", "f03"),
        edits.update("frustrations", "f01", occurrences=2),
        edits.update("actions", "a01", status="done"),
        edits.add("drafts", Draft("The book you see is the book you get.", id="d09")),
        edits.choose_draft("d09"),
        edits.add("barriers", Barrier("Couriers [/] lose parcels", "other_department", id="b09")),
    ], title="Customer promise review, Q2", today="2026-05-05")


def dutch_pair(store: SessionStore) -> tuple[Session, Session]:
    # then 3.486,7 h; now: f05 gone (−400), f01 2 minutes (640 → 320),
    # f03 0,2 a day (600 → 120), new f90 once a day 10 minutes (+33,3): 2.320 h
    return saved_follow_up(store, demo_session(), [
        edits.remove("frustrations", "f05"),
        edits.update("frustrations", "f01", minutes=2),
        edits.update("frustrations", "f03", occurrences=0.2),
        edits.add("frustrations", Frustration("Klanten krijgen de sms met het tijdvak te laat", "customer",
                                              "Technische dienst", "week", 5, 10, 1, id="f90")),
        edits.remove("barriers", "b02"),
        edits.update("actions", "a02", status="done"),
        edits.update("actions", "a03", status="stuck"),
        edits.update("actions", "a06", status="dropped"),
    ], title="Klantbelofte, drie maanden later", today="2026-06-12")


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    await pilot.pause()


BOX = str.maketrans({ch: " " for ch in "│╭╮╰╯─▏▕▁▔"})


def squeeze(text: str) -> str:
    """Screen text without box borders and with runs of spaces as one (columns are
    padded to line up); lines that held only a border are dropped."""
    lines = (" ".join(line.translate(BOX).split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


async def test_english_follow_up_shows_hours_items_and_promise(store: SessionStore) -> None:
    old, new = english_pair(store)
    app = CompareApp(old, new, "en")
    async with app.run_test(size=(100, 120)) as pilot:  # tall enough to see everything
        await settle(pilot)
        text = squeeze(screen_text(app))
        assert "Then and now · Customer promise review (2026-02-05) → Customer promise review, Q2 (2026-05-05)" in text
        assert "Frustration hours a year: 473 → 220 ▼ −253 hours (−54%)" in text
        # the table: then, now, change, percent
        assert "Total 473 220 −253 −54%" in text
        assert "Per person 158 73 −84 −54%" in text
        assert "FTE 0.3 0.1 −0.2 −54%" in text  # 7.5 hours a day: 1 500 hours a year
        assert "Cost a year" not in text  # no hourly rate
        assert "Employees 373 120 −253 −68%" in text
        assert "Customers 100 100 0 0%" in text
        assert "Warehouse 300 167 −133 −44%" in text
        assert "Customer service 120 0 −120 −100%" in text
        assert "Web team 53 53 0 0%" in text
        assert "Hours per department, then and now" in text
        # the items
        assert "Gone (1)\n• Answering 'where is my parcel' emails one by one" in text
        assert "New (0)\n• none" in text
        assert "Checking the shelf by hand because the stock count is wrong 200 → 67 −133" in text
        assert "New (1)\n• Couriers [/] lose parcels" in text
        assert "Still there (3)" in text
        assert "Done (1)\n• Count one shelf section every day in progress → done" in text
        assert "Still open (2)" in text and "Dropped (0)" in text
        assert "The book you see is the book you get, and you can send it back for free if it is not." in text
        assert "Now\n• The book you see is the book you get.\nThe promise has changed." in text


async def test_dutch_follow_up_writes_numbers_the_dutch_way(store: SessionStore) -> None:
    old, new = dutch_pair(store)
    app = CompareApp(old, new, "nl")
    async with app.run_test(size=(100, 160)) as pilot:
        await settle(pilot)
        text = squeeze(screen_text(app))
        assert "Frustratie-uren per jaar: 3.487 → 2.320 ▼ −1.167 uur (−33%)" in text
        assert "Totaal 3.487 2.320 −1.167 −33%" in text
        assert "Per persoon 498 331 −167 −33%" in text  # seven participants
        assert "Fte 2,2 1,4 −0,7 −33%" in text
        assert "Kosten per jaar € 226.633 € 150.800 € −75.833 −33%" in text
        assert "Klanten 807 840 +33 +4,1%" in text
        assert "Facturatie 600 200 −400 −67%" in text
        assert "Verdwenen (1)\n• Correctienota's moeten door de teamleider worden goedgekeurd" in text
        assert "Nieuw (1)\n• Klanten krijgen de sms met het tijdvak te laat" in text
        assert "Weggenomen (1)\n• De teamleider moet elke correctie goedkeuren" in text
        assert "Klaar (1)\n• Teamleiders controleren steekproefsgewijs in plaats van alles bezig → klaar" in text
        assert "bezig → vastgelopen" in text
        assert "Geschrapt (1)\n• Proef met een tijdvak van twee uur in één regio open → geschrapt" in text
        assert "Niet veranderd." in text


async def test_headline_is_visible_at_80x24_and_keys_jump_to_sections(store: SessionStore) -> None:
    old, new = dutch_pair(store)
    app = CompareApp(old, new, "nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = squeeze(screen_text(app))
        assert "Frustratie-uren per jaar: 3.487 → 2.320 ▼ −1.167 uur (−33%)" in text
        assert "Klantbelofte\n" not in text and "Niet veranderd." not in text  # below the fold
        assert "Esc Sluiten" in text and "1-5 Onderdeel" in text and "PgDn Pagina omlaag" in text
        await pilot.press("5")
        await settle(pilot)
        text = squeeze(screen_text(app))
        assert "Niet veranderd." in text
        assert "Frustratie-uren per jaar: 3.487 → 2.320" in text  # the headline stays
        await pilot.press("home")
        await settle(pilot)
        assert "Totaal 3.487 2.320" in squeeze(screen_text(app))
        await pilot.press("pagedown", "pagedown")
        await settle(pilot)
        assert "Totaal 3.487 2.320" not in squeeze(screen_text(app))
        await pilot.press("escape")
        await settle(pilot)
        assert app.compare_closed


async def test_wide_screen_puts_hours_beside_the_lists(store: SessionStore) -> None:
    old, new = english_pair(store)
    app = CompareApp(old, new, "en")
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        lines = squeeze(screen_text(app)).splitlines()
        beside = [line for line in lines if "Total 473 220" in line]
        assert beside and "Answering 'where is my parcel'" in beside[0]


async def test_sessions_without_frustrations_or_promise(store: SessionStore) -> None:
    old = example_session_en()
    old.frustrations, old.promise.chosen_draft_id = [], None
    old, new = saved_follow_up(store, old, [])
    app = CompareApp(old, new, "en")
    async with app.run_test(size=(80, 60)) as pilot:
        await settle(pilot)
        text = squeeze(screen_text(app))
        assert "Frustration hours a year: 0 → 0 = no change" in text
        assert "No frustration hours in either session." in text
        assert "(no promise chosen)" in text and "Unchanged." in text


async def test_palette_commands_jump_to_each_part(store: SessionStore) -> None:
    old, new = english_pair(store)
    app = CompareApp(old, new, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        labels = [c.label_in("en") for c in screen.commands() if c.palette]
        assert labels[:6] == ["Close", "Go to Frustration hours a year", "Go to Frustrations", "Go to Barriers",
                              "Go to Actions", "Go to Customer promise"]
        await screen.run_action("jump('barriers')")
        await settle(pilot)
        assert "Removed (0)" in squeeze(screen_text(app))


async def test_long_lists_are_cut_with_a_count(store: SessionStore) -> None:
    old = example_session_en()
    old.frustrations = [Frustration(f"Frustration {i}", department=f"Dept {i:02}", occurrences=1, minutes=1 + i,
                                    id=f"f{i}") for i in range(60)]
    old, new = saved_follow_up(store, old, [edits.remove("frustrations", f"f{i}") for i in range(59)])
    app = CompareApp(old, new, "en")
    async with app.run_test(size=(100, 200)) as pilot:
        await settle(pilot)
        text = squeeze(screen_text(app))
        assert "Gone (59)" in text
        assert "• Frustration 39\n• … and 19 more" in text and "Frustration 40\n" not in text
        assert "Dept 59 200 200 0 0%" in text  # the biggest department first
        assert "… and 30 more" in text  # 60 departments, 30 rows
        assert "… and 48 more" in text  # 12 departments in the bars
