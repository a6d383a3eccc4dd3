"""Texts shared by every TUI screen (dialog buttons and the like)."""

EN = {
    "tui.confirm.yes": "Yes, delete",
    "tui.confirm.no": "No, keep it",
    "tui.keys.dismiss_menu": "Close the list",
}

NL = {
    "tui.keys.dismiss_menu": "Lijst sluiten",
    "tui.confirm.yes": "Ja, verwijderen",
    "tui.confirm.no": "Nee, bewaren",
}
