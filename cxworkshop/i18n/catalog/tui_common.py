"""Texts shared by every TUI screen (dialog buttons and the like)."""

EN = {
    "tui.confirm.yes": "Yes, delete",
    "tui.confirm.no": "No, keep it",
}

NL = {
    "tui.confirm.yes": "Ja, verwijderen",
    "tui.confirm.no": "Nee, bewaren",
}
