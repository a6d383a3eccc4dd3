"""Texts of the "customer" tally energiser screen."""

EN = {
    "tui.tally.team_only": "The customer tally is for team sessions; this is a solo session.",
    "tui.tally.title": "The “customer” tally",
    "tui.tally.explain": (
        "Each time someone says “customer” and means it, press their key for a stroke. "
        "The top customer thinker wins."
    ),
    "tui.tally.leader": "Top customer thinker",
    "tui.tally.tied": "Shared first place",
    "tui.tally.nobody": "No strokes yet. Who says “customer” first?",
    "tui.tally.total": "{n} strokes in total",
    "tui.tally.col.key": "Key",
    "tui.tally.col.name": "Name",
    "tui.tally.col.strokes": "Strokes",
    "tui.tally.solo": (
        "The customer tally is a game for a group: everyone keeps score of who says "
        "“customer” during the meeting. There is nobody to compete with in a solo session."
    ),
    "tui.tally.no_participants": (
        "There is nobody to keep score for yet: add the participants in the Setup step "
        "(F2), then open the tally again."
    ),
    "tui.tally.back_hint": "Press Esc to go back.",
    "tui.tally.nothing_to_undo": "There is no stroke to take back.",
    "tui.tally.nothing_to_undo_for": "{name} has no stroke to take back.",
    "tui.tally.undone": "Took back a stroke of {name}.",
    "tui.tally.gone": "That person was removed in another window; the list is up to date again.",
    "tui.tally.key.stroke": "Stroke",
    "tui.tally.key.stroke.help": "A stroke for the person with this key",
    "tui.tally.key.stroke_selected": "Stroke",
    "tui.tally.key.stroke_selected.help": "A stroke for the highlighted person",
    "tui.tally.key.undo": "Undo last",
    "tui.tally.key.undo.help": "Take back the last stroke, whoever it was for",
    "tui.tally.key.undo_selected": "Take one back",
    "tui.tally.key.undo_selected.help": "Take back the last stroke of the highlighted person",
    "tui.tally.key.close": "Close",
    "tui.tally.key.close.help": "Go back to the workshop",
}

NL = {
    "tui.tally.team_only": "De klantturf is voor teamsessies; dit is een solosessie.",
    "tui.tally.title": "De “klant”-turflijst",
    "tui.tally.explain": (
        "Zegt iemand “klant” en meent hij het, druk dan op zijn toets voor een streepje. "
        "De grootste klantdenker wint."
    ),
    "tui.tally.leader": "Grootste klantdenker",
    "tui.tally.tied": "Gedeelde eerste plaats",
    "tui.tally.nobody": "Nog geen streepjes. Wie zegt als eerste “klant”?",
    "tui.tally.total": "{n} streepjes in totaal",
    "tui.tally.col.key": "Toets",
    "tui.tally.col.name": "Naam",
    "tui.tally.col.strokes": "Streepjes",
    "tui.tally.solo": (
        "De klant-turflijst is een spel voor een groep: iedereen houdt bij wie er tijdens "
        "het overleg “klant” zegt. In een solosessie is er niemand om mee te wedijveren."
    ),
    "tui.tally.no_participants": (
        "Er is nog niemand om te turven: voeg de deelnemers toe in de stap Start (F2) en "
        "open daarna de turflijst opnieuw."
    ),
    "tui.tally.back_hint": "Druk op Esc om terug te gaan.",
    "tui.tally.nothing_to_undo": "Er is geen streepje om terug te nemen.",
    "tui.tally.nothing_to_undo_for": "{name} heeft geen streepje om terug te nemen.",
    "tui.tally.undone": "Streepje van {name} teruggenomen.",
    "tui.tally.gone": "Die persoon is in een ander venster verwijderd; de lijst is weer bij.",
    "tui.tally.key.stroke": "Streepje",
    "tui.tally.key.stroke.help": "Een streepje voor de persoon met deze toets",
    "tui.tally.key.stroke_selected": "Streepje",
    "tui.tally.key.stroke_selected.help": "Een streepje voor de gekozen persoon",
    "tui.tally.key.undo": "Laatste terug",
    "tui.tally.key.undo.help": "Neem het laatste streepje terug, van wie het ook was",
    "tui.tally.key.undo_selected": "Streepje terug",
    "tui.tally.key.undo_selected.help": "Neem het laatste streepje van de gekozen persoon terug",
    "tui.tally.key.close": "Sluiten",
    "tui.tally.key.close.help": "Terug naar de workshop",
}
