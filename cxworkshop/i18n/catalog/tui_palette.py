"""Texts of the command palette (Ctrl+P) that Textual would otherwise show in English."""

EN = {
    "tui.palette.placeholder": "Search for commands…",
    "tui.palette.no_matches": "No matching commands",
    "tui.palette.key.last": "Last command",
    "tui.palette.key.first": "First command",
    "tui.palette.key.down": "Next command",
    "tui.palette.key.up": "Previous command",
    "tui.palette.key.escape": "Close the command palette",
    "tui.palette.key.page_down": "Next page",
    "tui.palette.key.page_up": "Previous page",
}

NL = {
    "tui.palette.placeholder": "Zoek een opdracht…",
    "tui.palette.no_matches": "Geen opdracht gevonden",
    "tui.palette.key.last": "Laatste opdracht",
    "tui.palette.key.first": "Eerste opdracht",
    "tui.palette.key.down": "Volgende opdracht",
    "tui.palette.key.up": "Vorige opdracht",
    "tui.palette.key.escape": "Het opdrachtenvenster sluiten",
    "tui.palette.key.page_down": "Volgende pagina",
    "tui.palette.key.page_up": "Vorige pagina",
}
