"""Texts of widgets shared by several screens: the footer and the choice toggle."""

EN = {
    "tui.footer.palette": "commands",
    "tui.footer.palette.help": "Search every command by name, with its key.",
    "tui.cmd.steps": "Step",
    "tui.setup.choice.tooltip": "Space or the arrow keys switch; Enter goes to the next field.",
}

NL = {
    "tui.footer.palette": "opdrachten",
    "tui.footer.palette.help": "Zoek elke opdracht op naam, met de toets erbij.",
    "tui.cmd.steps": "Stap",
    "tui.setup.choice.tooltip": "Spatie of de pijltjestoetsen wisselen; Enter gaat naar het volgende veld.",
}
