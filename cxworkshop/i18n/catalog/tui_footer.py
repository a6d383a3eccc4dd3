"""Texts of the footer that every screen shows (the key to the command palette)."""

EN = {
    "tui.footer.palette": "commands",
    "tui.footer.palette.help": "Search every command by name, with its key.",
    "tui.cmd.steps": "Step",
}

NL = {
    "tui.footer.palette": "opdrachten",
    "tui.footer.palette.help": "Zoek elke opdracht op naam, met de toets erbij.",
    "tui.cmd.steps": "Stap",
}
