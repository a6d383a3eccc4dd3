"""Texts of the blind dot-voting screen (promise drafts and barriers)."""

EN = {
    "tui.voting.team_only": "Blind voting is for team sessions; this is a solo session.",
    "tui.voting.title.drafts": "Dot voting · promise drafts",
    "tui.voting.title.barriers": "Dot voting · barriers",
    "tui.voting.rules": "{dots} dots each · at most {cap} per item",
    "tui.voting.solo": (
        "Dot voting is for a group: everyone spreads their dots without seeing the "
        "others', and the results appear all at once. On your own there is nobody to "
        "hide them from; rank the items with the open votes (+ and -) in the step itself."
    ),
    "tui.voting.no_participants": (
        "Nobody can vote yet: this session has no participants. Add them in the Setup "
        "step (F2), then open the voting again."
    ),
    "tui.voting.no_items.drafts": (
        "There are no promise drafts to vote on yet. Write a few in the Promise step first."
    ),
    "tui.voting.no_items.barriers": (
        "There are no barriers to vote on yet. Collect them in the Barriers step first."
    ),
    "tui.voting.back_hint": "Press Esc to go back.",
    "tui.voting.handover.pass": "Pass the keyboard to",
    "tui.voting.handover.ready": "Press Enter when you are ready. Only you should look now.",
    "tui.voting.handover.pick": "Someone else? Choose a name with ↑ ↓ and press Enter.",
    "tui.voting.handover.all_done": "Everyone has placed all their dots: nobody needs the keyboard any more.",
    "tui.voting.handover.reveal_big": "Press {key} to reveal",
    "tui.voting.handover.reveal": "Press {key} to show the results to the whole room.",
    "tui.voting.handover.change": "Want to change a vote? Choose the name with ↑ ↓ and press Enter.",
    "tui.voting.progress": "{done} of {total} have placed all their dots",
    "tui.voting.status.done": "✓ all dots placed",
    "tui.voting.status.partly": "{used} of {dots} dots placed",
    "tui.voting.status.none": "not voted yet",
    "tui.voting.status.now": "voting now",
    "tui.voting.ballot.left": "dots left",
    "tui.voting.ballot.hint": "You see only your own dots. + puts a dot on the highlighted item, - takes one off, Enter passes the keyboard on.",
    "tui.voting.ballot.all_used": "All your dots are placed. Move them with - and +, or press Enter to pass the keyboard on.",
    "tui.voting.ballot.over": "Too many dots since the settings changed ({over} over): take them off with -.",
    "tui.voting.waiting": "Still to vote: {names}",
    "tui.voting.waiting_none": "Everyone has placed all their dots. Press r to reveal the results.",
    "tui.voting.results.title": "Results",
    "tui.voting.results.detail": "open {open} · dots {dots}",
    "tui.voting.results.hint": "Ranked by all votes: the open votes plus the dots of the blind vote.",
    "tui.voting.reveal.title": "Show the results?",
    "tui.voting.reveal.question": (
        "{done} of {total} people have placed all their dots. Still to vote: {names}. "
        "Show the results anyway?"
    ),
    "tui.voting.reveal.yes": "Yes, show them",
    "tui.voting.reveal.no": "No, keep voting",
    "tui.voting.item_gone": "That item or person was removed in another window; the screen is up to date again.",
    "tui.voting.key.add": "Dots",
    "tui.voting.key.add.help": "Put one of your dots on the highlighted item (- takes one off)",
    "tui.voting.key.remove": "Dot −",
    "tui.voting.key.remove.help": "Take one of your dots off the highlighted item",
    "tui.voting.key.done": "Done",
    "tui.voting.key.done.help": "Finish your turn and pass the keyboard to the next person",
    "tui.voting.key.start": "I'm ready",
    "tui.voting.key.start.help": "Start voting as the chosen person",
    "tui.voting.key.pick": "Who votes",
    "tui.voting.key.pick.help": "Hide the dots and choose who votes (someone can come back to change their vote)",
    "tui.voting.key.reveal": "Reveal",
    "tui.voting.key.reveal.help": "Show the results of the blind vote to everyone",
    "tui.voting.key.hide": "Hide results",
    "tui.voting.key.hide.help": "Hide the results again and continue voting",
    "tui.voting.key.settings": "Settings",
    "tui.voting.key.settings.help": "Dots per person and the most dots per item",
    "tui.voting.key.close": "Close",
    "tui.voting.key.close.help": "Go back to the workshop step",
    "tui.voting.settings.title": "Voting settings",
    "tui.voting.settings.dots": "Dots per person",
    "tui.voting.settings.cap": "Most dots one person may put on one item (1 spreads the dots)",
    "tui.voting.settings.save": "Save",
    "tui.voting.settings.cancel": "Cancel",
    "tui.voting.settings.saved": "Voting settings saved: {dots} dots each, at most {cap} on one item.",
    "tui.voting.settings.not_whole": "Type a whole number, like 3.",
    "tui.voting.settings.dots_range": "Give each person between 1 and {high} dots.",
    "tui.voting.settings.cap_range": "The most per item is between 1 and the dots per person ({high}).",
    "tui.voting.settings.below_used": (
        "Someone already placed {used} dots: choose at least {used}, or let them take dots off first."
    ),
    "tui.voting.settings.cap_below_used": (
        "Someone already has {used} dots on one item: choose at least {used}, or let them move dots first."
    ),
}

NL = {
    "tui.voting.team_only": "Blind stemmen is voor teamsessies; dit is een solosessie.",
    "tui.voting.title.drafts": "Stippen stemmen · belofteconcepten",
    "tui.voting.title.barriers": "Stippen stemmen · barrières",
    "tui.voting.rules": "{dots} stippen p.p., max. {cap} per onderwerp",
    "tui.voting.solo": (
        "Stippen stemmen is iets voor een groep: iedereen verdeelt zijn stippen zonder "
        "die van de anderen te zien, en de uitslag komt in één keer op het scherm. In je "
        "eentje valt er niets te verbergen; zet de onderwerpen op volgorde met de open "
        "stemmen (+ en -) in de stap zelf."
    ),
    "tui.voting.no_participants": (
        "Er kan nog niemand stemmen: deze sessie heeft geen deelnemers. Voeg ze toe in de "
        "stap Start (F2) en open daarna het stemmen opnieuw."
    ),
    "tui.voting.no_items.drafts": (
        "Er zijn nog geen concepten voor de belofte om op te stemmen. Schrijf er eerst een "
        "paar in de stap Belofte."
    ),
    "tui.voting.no_items.barriers": (
        "Er zijn nog geen barrières om op te stemmen. Verzamel ze eerst in de stap Barrières."
    ),
    "tui.voting.back_hint": "Druk op Esc om terug te gaan.",
    "tui.voting.handover.pass": "Geef het toetsenbord aan",
    "tui.voting.handover.ready": "Druk op Enter als je klaar bent. Nu kijkt alleen jij.",
    "tui.voting.handover.pick": "Iemand anders? Kies een naam met ↑ ↓ en druk op Enter.",
    "tui.voting.handover.all_done": "Iedereen heeft al zijn stippen gezet: niemand hoeft het toetsenbord nog.",
    "tui.voting.handover.reveal_big": "Druk op {key} voor de uitslag",
    "tui.voting.handover.reveal": "Druk op {key} om de uitslag aan de hele groep te tonen.",
    "tui.voting.handover.change": "Wil iemand zijn stem nog veranderen? Kies de naam met ↑ ↓ en druk op Enter.",
    "tui.voting.progress": "{done} van {total} hebben al hun stippen gezet",
    "tui.voting.status.done": "✓ alle stippen gezet",
    "tui.voting.status.partly": "{used} van {dots} stippen gezet",
    "tui.voting.status.none": "nog niet gestemd",
    "tui.voting.status.now": "stemt nu",
    "tui.voting.ballot.left": "stippen over",
    "tui.voting.ballot.hint": "Je ziet alleen je eigen stippen. + zet een stip op het gekozen onderwerp, - haalt er een weg, Enter geeft het toetsenbord door.",
    "tui.voting.ballot.all_used": "Al je stippen staan. Verschuif ze met - en +, of druk op Enter om het toetsenbord door te geven.",
    "tui.voting.ballot.over": "Te veel stippen sinds de instellingen veranderden ({over} over): haal ze weg met -.",
    "tui.voting.waiting": "Moeten nog stemmen: {names}",
    "tui.voting.waiting_none": "Iedereen heeft al zijn stippen gezet. Druk op r om de uitslag te tonen.",
    "tui.voting.results.title": "Uitslag",
    "tui.voting.results.detail": "open {open} · stippen {dots}",
    "tui.voting.results.hint": "Op volgorde van alle stemmen: de open stemmen plus de stippen van de blinde stemming.",
    "tui.voting.reveal.title": "Uitslag tonen?",
    "tui.voting.reveal.question": (
        "{done} van {total} mensen hebben al hun stippen gezet. Moeten nog stemmen: {names}. "
        "Toch de uitslag tonen?"
    ),
    "tui.voting.reveal.yes": "Ja, toon de uitslag",
    "tui.voting.reveal.no": "Nee, verder stemmen",
    "tui.voting.item_gone": "Dat onderwerp of die persoon is in een ander venster verwijderd; het scherm is weer bij.",
    "tui.voting.key.add": "Stippen",
    "tui.voting.key.add.help": "Zet een van je stippen op het gekozen onderwerp (- haalt er een weg)",
    "tui.voting.key.remove": "Stip −",
    "tui.voting.key.remove.help": "Haal een van je stippen weg bij het gekozen onderwerp",
    "tui.voting.key.done": "Klaar",
    "tui.voting.key.done.help": "Rond je beurt af en geef het toetsenbord aan de volgende",
    "tui.voting.key.start": "Ik ben klaar",
    "tui.voting.key.start.help": "Begin met stemmen als de gekozen persoon",
    "tui.voting.key.pick": "Wie stemt",
    "tui.voting.key.pick.help": "Verberg de stippen en kies wie stemt (iemand kan terugkomen om zijn stem te wijzigen)",
    "tui.voting.key.reveal": "Onthul",
    "tui.voting.key.reveal.help": "Toon iedereen de uitslag van de blinde stemming",
    "tui.voting.key.hide": "Verberg uitslag",
    "tui.voting.key.hide.help": "Verberg de uitslag weer en stem verder",
    "tui.voting.key.settings": "Instellingen",
    "tui.voting.key.settings.help": "Stippen per persoon en het maximum per onderwerp",
    "tui.voting.key.close": "Sluiten",
    "tui.voting.key.close.help": "Terug naar de stap van de workshop",
    "tui.voting.settings.title": "Instellingen voor het stemmen",
    "tui.voting.settings.dots": "Stippen per persoon",
    "tui.voting.settings.cap": "Hoeveel stippen één persoon op één onderwerp mag zetten (1 = spreiden)",
    "tui.voting.settings.save": "Opslaan",
    "tui.voting.settings.cancel": "Annuleren",
    "tui.voting.settings.saved": "Instellingen bewaard: {dots} stippen per persoon, hoogstens {cap} op één onderwerp.",
    "tui.voting.settings.not_whole": "Typ een heel getal, zoals 3.",
    "tui.voting.settings.dots_range": "Geef iedereen tussen 1 en {high} stippen.",
    "tui.voting.settings.cap_range": "Het maximum per onderwerp ligt tussen 1 en het aantal stippen per persoon ({high}).",
    "tui.voting.settings.below_used": (
        "Iemand heeft al {used} stippen gezet: kies minstens {used}, of laat eerst stippen weghalen."
    ),
    "tui.voting.settings.cap_below_used": (
        "Iemand heeft al {used} stippen op één onderwerp: kies minstens {used}, of laat eerst stippen verschuiven."
    ),
}
