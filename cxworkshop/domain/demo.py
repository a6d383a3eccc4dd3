"""Fixed example sessions: a full Dutch workshop and a smaller English one.

Both are deterministic (fixed ids, dates and timestamps), so they can drive golden
files, snapshots and demos. Each call returns a fresh object that callers may mutate.

The Dutch demo is a regional energy supplier; one promise draft is an empty slogan on
purpose, so the promise checks have something to flag.
"""

from __future__ import annotations

from cxworkshop.domain.models import (
    Action,
    Barrier,
    Draft,
    Frustration,
    Meta,
    Note,
    Participant,
    Promise,
    Session,
)

DEMO_ID = "demo"
EXAMPLE_EN_ID = "example-en"


def _demo_participants() -> list[Participant]:
    return [
        Participant("Sanne de Vries", "Klantenservice", id="p01"),
        Participant("Fatima Yilmaz", "Klantenservice", id="p02"),
        Participant("Mohamed El Amrani", "Facturatie", id="p03"),
        Participant("Joost Bakker", "Technische dienst", id="p04"),
        Participant("Linda Jansen", "Marketing", id="p05"),
        Participant("Kees van Dijk", "IT", id="p06"),
        Participant("Erik Hoekstra", "Directie", id="p07"),
    ]


def _demo_promise() -> Promise:
    notes = [
        Note("basisplek", "We zijn de regionale leverancier: kleiner dan de grote drie, "
             "maar we kennen de buurt en hebben monteurs in de regio.", "Erik Hoekstra", id="n01"),
        Note("basisplek", "Klanten vergelijken ons op prijs via vergelijkingssites; "
             "we schuiven ongemerkt op richting prijsvechter.", "Linda Jansen", id="n02"),
        Note("basisplek", "Bij storingen zijn we de enige die binnen een dag iemand aan de deur heeft.",
             "Joost Bakker", id="n03"),
        Note("bezieling", "Mensen uit de regio helpen hun huis warm en betaalbaar te houden.",
             "Sanne de Vries", id="n04"),
        Note("bezieling", "Trots als een klant belt om te bedanken, niet om te klagen.",
             "Fatima Yilmaz", id="n05"),
        Note("belofte", "Een rekening die je in één keer snapt.", "Mohamed El Amrani", id="n06"),
        Note("belofte", "Je hoeft nooit twee keer hetzelfde uit te leggen.", "Sanne de Vries", id="n07"),
        Note("belofte", "Afspraak is afspraak: de monteur komt op het tijdstip dat we noemen.",
             "Joost Bakker", id="n08"),
        Note("bewijs", "Medewerkers klantenservice mogen zelf een correctie tot 50 euro doen.",
             "Mohamed El Amrani", id="n09"),
        Note("bewijs", "Klant krijgt een sms met de naam van de monteur en een tijdvak van twee uur.",
             "Joost Bakker", id="n10"),
        Note("bewijs", "Eén klantbeeld voor iedereen die de klant spreekt.", "Kees van Dijk", id="n11"),
    ]
    drafts = [
        Draft("Bij Energie Noordkust staat de klant centraal: wij ontzorgen u met "
              "duurzame totaaloplossingen.", "Linda Jansen", votes=1, id="d01"),
        Draft("Je weet altijd wat je betaalt en waarom. En heb je een vraag, dan helpt "
              "één persoon je verder tot het is opgelost.", "Sanne de Vries", votes=5, id="d02"),
        Draft("Wij zijn de energieleverancier van het Noorden: dichtbij, eerlijk en duurzaam.",
              "Erik Hoekstra", votes=2, id="d03"),
        Draft("Jouw energie, helder geregeld: een rekening die je snapt en een monteur "
              "die komt wanneer je dat afspreekt.", "Joost Bakker", votes=4, id="d04"),
    ]
    return Promise(notes=notes, drafts=drafts, chosen_draft_id="d02")


def _demo_frustrations() -> list[Frustration]:
    f = Frustration
    return [
        f("Klantgegevens opzoeken in drie systemen voordat ik een vraag over de "
          "jaarafrekening kan beantwoorden", "employee", "Klantenservice", "day", 8, 4, 6,
          "Sanne de Vries", id="f01"),
        f("Ik snap mijn jaarafrekening niet: voorschot, teruggave en nieuw termijnbedrag "
          "staan op verschillende pagina's", "customer", "Facturatie", "week", 25, 12, 1,
          "Mohamed El Amrani", minutes_low=8, minutes_high=20, id="f02"),
        f("Werkbon op papier invullen en 's avonds nog overtypen in het planningssysteem",
          "employee", "Technische dienst", "day", 1, 20, 9, "Joost Bakker",
          minutes_low=15, minutes_high=30, id="f03"),
        f("De monteur komt 'tussen 8 en 17 uur', dus ik moet een hele dag vrij nemen",
          "customer", "Technische dienst", "week", 12, 30, 1, "Joost Bakker",
          minutes_low=20, minutes_high=60, id="f04"),
        f("Correctienota's moeten door de teamleider worden goedgekeurd, ook onder de 25 euro",
          "employee", "Facturatie", "day", 5, 6, 4, "Mohamed El Amrani", id="f05"),
        f("Geen inzage in de planning van monteurs, dus ik kan klanten niet vertellen "
          "wanneer er iemand komt", "employee", "Klantenservice", "day", 6, 3, 8,
          "Fatima Yilmaz", id="f06"),
        f("Keuzemenu aan de telefoon met vijf lagen, en daarna toch opnieuw mijn klantnummer "
          "noemen", "customer", "Klantenservice", "day", 40, 2, 1, "Fatima Yilmaz", id="f07"),
        f("Campagnemails gaan ook naar klanten met een openstaande klacht", "employee",
          "Marketing", "week", 2, 30, 3, "Linda Jansen", id="f08"),
        f("Elke wijziging in een brieftekst moet via een change-verzoek met twee weken "
          "doorlooptijd", "employee", "IT", "week", 3, 20, 2, "Kees van Dijk", id="f09"),
        f("Een verhuizing doorgeven kan alleen telefonisch, niet online", "customer",
          "Klantenservice", "week", 15, 10, 1, "Sanne de Vries",
          minutes_low=5, minutes_high=15, id="f10"),
        f("Onderdeel niet op voorraad in de bus, dus een tweede afspraak nodig", "employee",
          "Technische dienst", "week", 2, 45, 6, "Joost Bakker", id="f11"),
    ]


def _demo_barriers() -> list[Barrier]:
    b = Barrier
    return [
        b("Het klantbeeld is versnipperd over CRM, facturatie en planning", "systems", "IT",
          impact=5, effort=5, votes=6, frustration_ids=["f01", "f06"], id="b01"),
        b("De teamleider moet elke correctie goedkeuren, ook kleine bedragen", "rules",
          "Facturatie", impact=4, effort=1, votes=5, frustration_ids=["f05", "f02"], id="b02"),
        b("Werkbonnen gaan nog op papier", "process", "Technische dienst", impact=4, effort=3,
          votes=4, frustration_ids=["f03", "f11"], id="b03"),
        b("De planning geeft alleen hele dagen af, geen tijdvak van twee uur",
          "other_department", "Technische dienst", impact=4, effort=4, votes=4,
          frustration_ids=["f04"], id="b04"),
        b("Campagnes worden afgerekend op aantallen verzonden mails, niet op tevreden klanten",
          "culture", "Marketing", impact=2, effort=2, votes=2, frustration_ids=["f08"], id="b05"),
        b("De change-procedure van twee weken geldt ook voor een tekstwijziging", "rules", "IT",
          impact=2, effort=4, votes=1, frustration_ids=["f09"], id="b06"),
        b("Collega's aan de telefoon weten niet hoe de jaarafrekening is opgebouwd",
          "knowledge", "Klantenservice", impact=3, effort=2, votes=2,
          frustration_ids=["f02", "f10"], id="b07"),
    ]


def _demo_actions() -> list[Action]:
    a = Action
    return [
        a("Grens voor zelfstandige correcties verhogen naar 50 euro", "Mohamed El Amrani",
          "2026-04-01", "Overzicht maken van alle correcties in het eerste kwartaal",
          "Correcties onder 50 euro zijn dezelfde dag verwerkt, zonder teamleider",
          "done", "b02", id="a01"),
        a("Teamleiders controleren steekproefsgewijs in plaats van alles", "Mohamed El Amrani",
          "2026-04-15", "Afspraak maken met de teamleiders over een steekproef van 10%",
          "Teamleiders besteden minder dan een uur per week aan correcties",
          "in_progress", "b02", id="a02"),
        a("Pilot met een digitale werkbon op de tablet", "Joost Bakker", "2026-05-01",
          "Zes monteurs uit regio Oost kiezen en tablets aanvragen",
          "Geen overtypwerk meer na werktijd bij de pilotgroep", "in_progress", "b03", id="a03"),
        a("Klantenservice leesrechten geven op de monteursplanning", "Kees van Dijk",
          "2026-04-10", "Rechtenverzoek indienen bij functioneel beheer",
          "Een klant hoort aan de telefoon direct wanneer de monteur komt", "open", "b01", id="a04"),
        a("Businesscase voor één klantbeeld opstellen", "Erik Hoekstra", "2026-06-30",
          "Kosten van het zoekwerk uit deze workshop meenemen naar het MT",
          "Besluit over budget in het MT van juli", "open", "b01", id="a05"),
        a("Proef met een tijdvak van twee uur in één regio", "Joost Bakker", "2026-05-15",
          "Met de planners bespreken welke regio het meest geschikt is",
          "Minder klanten die een hele dag vrij moeten nemen; minder gemiste afspraken",
          "open", "b04", id="a06"),
        a("Klanten met een open klacht uitsluiten van campagnemails", "Linda Jansen",
          "2026-03-31", "Filter op openstaande klachten toevoegen aan de verzendlijst",
          "Geen boze reacties meer op campagnemails", "done", "b05", id="a07"),
        a("Brieventeksten in beheer geven bij Communicatie", "Kees van Dijk", "2026-06-01",
          "Navragen of het nieuwe documentsysteem dit al mogelijk maakt",
          "Een tekstwijziging staat binnen twee dagen live", "dropped", "b06", id="a08"),
        a("Uitlegsessie jaarafrekening voor de klantenservice", "Fatima Yilmaz", "2026-04-20",
          "Een collega van Facturatie vragen de sessie te geven",
          "Minder doorverbindingen naar Facturatie bij vragen over de jaarafrekening",
          "open", "b07", id="a09"),
        a("Tien-uur-uitdaging: elke klantvraag van gisteren is vóór 10 uur opgepakt",
          "Sanne de Vries", "2026-04-01", "Elke ochtend om 9 uur een korte check met het team",
          "De directie krijgt elke week de score en de verhalen erachter", "open", None, id="a10"),
    ]


def demo_session() -> Session:
    """A complete Dutch team workshop of a regional energy supplier."""
    meta = Meta(
        title="Klantbelofte en frustratie-uren",
        organisation="Energie Noordkust",
        facilitator="Marieke Visser",
        date="2026-03-12",
        mode="team",
        language="nl",
        working_days=200.0,
        hours_per_day=8.0,
        hourly_rate=65.0,
        currency="EUR",
        created_at="2026-03-12T09:00:00+00:00",
        updated_at="2026-03-12T12:15:00+00:00",
    )
    return Session(
        id=DEMO_ID,
        meta=meta,
        participants=_demo_participants(),
        promise=_demo_promise(),
        frustrations=_demo_frustrations(),
        barriers=_demo_barriers(),
        actions=_demo_actions(),
    )


def example_session_en() -> Session:
    """A smaller English team workshop of a webshop (no hourly rate, so no cost figure)."""
    meta = Meta(
        title="Customer promise review",
        organisation="Brightside Books",
        facilitator="Alex Morgan",
        date="2026-02-05",
        mode="team",
        language="en",
        working_days=200.0,
        hours_per_day=7.5,
        hourly_rate=None,
        currency="EUR",
        created_at="2026-02-05T13:00:00+00:00",
        updated_at="2026-02-05T15:30:00+00:00",
    )
    promise = Promise(
        notes=[
            Note("basisplek", "The specialist for second-hand and rare books online.", "Priya Shah", id="n01"),
            Note("bezieling", "Every book deserves a second reader.", "Tom Evans", id="n02"),
            Note("belofte", "You know exactly what condition your book is in before you buy it.",
                 "Priya Shah", id="n03"),
            Note("bewijs", "Every listing has real photos of the copy you will receive.", "Sam Lee", id="n04"),
        ],
        drafts=[
            Draft("We are passionate about books and put the customer first.", "Tom Evans", votes=1, id="d01"),
            Draft("The book you see is the book you get, and you can send it back for free "
                  "if it is not.", "Priya Shah", votes=3, id="d02"),
        ],
        chosen_draft_id="d02",
    )
    return Session(
        id=EXAMPLE_EN_ID,
        meta=meta,
        participants=[
            Participant("Priya Shah", "Customer service", id="p01"),
            Participant("Tom Evans", "Warehouse", id="p02"),
            Participant("Sam Lee", "Web team", id="p03"),
        ],
        promise=promise,
        frustrations=[
            Frustration("Checking the shelf by hand because the stock count is wrong", "employee",
                        "Warehouse", "day", 6, 5, 2, "Tom Evans", id="f01"),
            Frustration("My order was cancelled after payment because the book was not there",
                        "customer", "Warehouse", "week", 10, 15, 1, "Priya Shah",
                        minutes_low=10, minutes_high=30, id="f02"),
            Frustration("Answering 'where is my parcel' emails one by one", "employee",
                        "Customer service", "day", 12, 3, 1, "Priya Shah", id="f03"),
            Frustration("Photos have to be resized by hand before upload", "employee",
                        "Web team", "week", 20, 4, 1, "Sam Lee", id="f04"),
        ],
        barriers=[
            Barrier("Stock is only counted once a year", "process", "Warehouse", impact=5, effort=2,
                    votes=3, frustration_ids=["f01", "f02"], id="b01"),
            Barrier("No tracking link in the dispatch email", "systems", "Web team", impact=4,
                    effort=1, votes=2, frustration_ids=["f03"], id="b02"),
            Barrier("No budget for a photo tool", "budget", "Web team", impact=2, effort=2,
                    votes=0, frustration_ids=["f04"], id="b03"),
        ],
        actions=[
            Action("Count one shelf section every day", "Tom Evans", "2026-03-01",
                   "Make a rota of shelf sections", "Fewer than one cancelled order a week",
                   "in_progress", "b01", id="a01"),
            Action("Add the tracking link to the dispatch email", "Sam Lee", "2026-02-20",
                   "Ask the carrier for the link format", "Half as many 'where is my parcel' emails",
                   "done", "b02", id="a02"),
            Action("Try a free batch image resizer", "Sam Lee", "2026-03-15",
                   "List three candidate tools", "Photos uploaded without manual resizing",
                   "open", "b03", id="a03"),
            Action("Share the monthly customer review digest with the whole team", "Priya Shah",
                   "2026-03-01", "Pick the first five reviews", "Everyone can name one recent review",
                   "open", None, id="a04"),
        ],
    )
