"""Texts of the quick-entry inputs (Frustrations, Barriers, Promise, participants)."""

EN = {
    "tui.quick.paste_stopped": (
        "Pasting stopped at a line that was not accepted (see the message at the field). "
        "Lines not added: {count}."
    ),
}

NL = {
    "tui.quick.paste_stopped": (
        "Plakken gestopt bij een regel die niet is aangenomen (zie de melding bij het veld). "
        "Niet toegevoegde regels: {count}."
    ),
}
