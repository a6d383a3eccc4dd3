"""Help texts (F1): what each step is for, how to run it with a group, how to do it alone.

Markdown; shown in the help screen of the TUI in the session language.
"""

EN = {
    "tui.help.title": "Help · {topic}",
    "tui.help.close": "Esc / F1 closes this help · ↑ ↓ PgUp PgDn scroll",
    "tui.help.key": "Key",
    "tui.help.what": "What it does",
    "tui.help.group_heading": "With a group",
    "tui.help.alone_heading": "On your own",
    "tui.help.solo_heading": "How to do it on your own",
    "tui.help.step_keys": "Keys in this step",
    "tui.help.all_keys": "Keys everywhere",
    "tui.help.home.title": "Sessions",
    "tui.help.home.purpose": (
        "This is the list of workshop sessions in one folder: one file per session, saved "
        "after every change. Keep a folder per client and copy or back up the files as you "
        "like.\n\nOpen a session with Enter. Start a new one with N; the form asks for a "
        "title, the organisation, who facilitates, team or solo, and the language. F starts "
        "a follow-up of the highlighted session (marked ↻): it carries the promise, the "
        "frustrations to re-estimate, the barriers and the open actions, and compares then "
        "and now (Ctrl+L inside it). C makes a plain copy. Deleting "
        "moves the file to the trash, from where `cxworkshop restore` brings it back. A file "
        "that cannot be read stays in the list, marked as damaged, so you know it is there."
    ),
    "tui.help.setup.purpose": (
        "Setup records the facts of the session: title, organisation, facilitator, date, "
        "team or solo, and the language of the screens and the exported plan. It also holds "
        "the assumptions behind the frustration-hours sum: **working days a year** (200 by "
        "default), **hours per working day**, and an optional **hourly cost** to turn hours "
        "into money. Each field is saved as soon as you leave it or press Enter; a message "
        "under the field tells you when a value cannot be used."
    ),
    "tui.help.setup.group": (
        "Before the group arrives, fill in the meta data and check the working days with "
        "someone who knows the contracts. When people come in, add each participant with "
        "their department: type the name, Tab, the department, Enter. The departments matter "
        "later: an organisation is only as customer-minded as its least customer-minded "
        "department, and the plan shows where frustrations and barriers come from."
    ),
    "tui.help.setup.solo": (
        "Working alone, you only need a title and the assumptions: how many days a year you "
        "work and how many hours a day. Choose \"solo\" so the other steps speak to you and "
        "leave out voting and participants. Repeat the review every quarter with a copy of "
        "the previous session to see what improved."
    ),
    "tui.help.promise.purpose": (
        "A customer promise says what a customer can count on from you, in the customer's "
        "own words. Many organisations only have a slogan (\"the customer comes first\") or a "
        "mission nobody can recite. Four questions, the four B's, help to build a real one:\n\n"
        "- **Basisplek** (home ground): which place do you hold in your customers' lives and "
        "market: leader, challenger, price fighter, specialist? It can shift without anyone "
        "choosing it.\n"
        "- **Bezieling** (drive): why do you exist, what energises you beyond money?\n"
        "- **Belofte** (promise): what may a customer expect, told as an honest story that "
        "also inspires your own people?\n"
        "- **Bewijs** (proof): where do customers actually experience that the promise is "
        "kept? Proof needs room to decide low in the organisation and good systems behind "
        "the front line.\n\n"
        "Then write several drafts. The checks flag drafts that are too long to remember, "
        "talk about \"we\" more than to \"you\", sound like a slogan, or have no proof yet."
    ),
    "tui.help.promise.group": (
        "Collect notes under each B as people call them out; don't judge yet. Then let small "
        "groups write drafts, read them aloud, look at the checks together, vote, and choose "
        "one. Ask of the winner: is it credible, and can we keep it every single time?"
    ),
    "tui.help.promise.solo": (
        "Answer the four questions for yourself, a few notes each. Write two or three "
        "drafts, let the checks push you towards short, customer-facing wording, and pick "
        "the one you would dare to print on your invoice."
    ),
    "tui.help.frustrations.purpose": (
        "Frustrations are the things that cost energy: what we want to do for customers but "
        "processes, systems or rules don't allow, and customer needs the organisation does "
        "not recognise. The rule of thumb: 3 frustrations a day × 10 minutes = 30 minutes a "
        "day, about **100 hours per person per year** at 200 working days.\n\n"
        "For each frustration record what it is, whose it is (employee or customer side), "
        "the department where it starts, how often it happens (per day or per week), the "
        "minutes lost each time and how many people it hits. Hours a year = times per day × "
        "minutes ÷ 60 × working days × people. The totals show hours per person and for the "
        "team, the FTE equivalent and, with an hourly cost, the money."
    ),
    "tui.help.frustrations.group": (
        "Ask everyone for their three biggest daily frustrations, and for the ones customers "
        "mention. Type them in as they are called out; estimate minutes and frequency "
        "together. Where people disagree, record a low and a high estimate rather than "
        "arguing. Then show the team total: freeing even part of it makes room for new ideas."
    ),
    "tui.help.frustrations.solo": (
        "Walk through a normal week: what made you wait, search, redo or explain something "
        "twice? Note each one with how often and how long. Be honest about the minutes; the "
        "point is to see where your time goes, not to reach a nice number."
    ),
    "tui.help.barriers.purpose": (
        "Barriers are what stands between your people and a better customer experience: "
        "processes, systems, budget, rules, politics, culture, knowledge, time, or another "
        "department. Customer-minded leaders keep asking the front line one question: "
        "**\"What do you need from me to serve our customers better?\"**\n\n"
        "Give each barrier an impact and an effort score (1-5), dot votes, and link it to "
        "the frustrations it causes, so you can see how many hours removing it would free. "
        "Impact against effort sorts them into quick wins, big bets, fill-ins and money pits."
    ),
    "tui.help.barriers.group": (
        "Ask the question above out loud and let the people closest to customers answer "
        "first. Record the department each barrier lives in. Score impact and effort "
        "together, then give everyone a few votes. Start with the quick wins."
    ),
    "tui.help.barriers.solo": (
        "For each frustration, ask what causes it. Is it a rule you set yourself, a tool, a "
        "habit, a supplier? Score how much removing it would help and how hard it is; the "
        "quick wins are your first actions."
    ),
    "tui.help.actions.purpose": (
        "For the top barriers, agree actions: what will be done, who owns it, by when, the "
        "very first concrete step, and how you will notice success. A measure is a way to "
        "learn, not a grade: the story behind a number matters more than the number itself."
    ),
    "tui.help.actions.group": (
        "Take the barriers in order of priority. For each action, get a name (one owner, "
        "not a department) and a date before moving on. Keep the first step small enough to "
        "start tomorrow."
    ),
    "tui.help.actions.solo": (
        "Choose at most three actions, each with a date and a first step you can do this "
        "week. Write down how you will know it worked."
    ),
    "tui.help.plan.purpose": (
        "The plan brings it together: the chosen promise, the frustration hours, the "
        "priority barriers and the actions with owners and dates. Export it as markdown "
        "(F8) to paste into an email, a wiki, Obsidian or an issue."
    ),
    "tui.help.plan.group": (
        "Read the plan out loud at the end and check that every action has an owner and a "
        "date. Agree when you will look at it again, and send the exported file the same day."
    ),
    "tui.help.plan.solo": (
        "Read your plan once more, then close with the self-review (Ctrl+R): seven questions "
        "about your own customer discipline. Export the plan and put a date in your calendar "
        "for the next review. Next time, start a follow-up of this session from the sessions "
        "list (F) and compare then and now with Ctrl+L."
    ),
    "tui.help.screen_keys": "Keys on this screen",
    "tui.help.voting.title": "Blind dot voting",
    "tui.help.voting.purpose": (
        "Blind dot voting lets a room choose without following the loudest voice. The "
        "keyboard goes round: a card names the next voter and hides the previous voter's "
        "dots. Each person sees only their own dots and how many are left, then hands the "
        "keyboard on. Who has voted shows as progress, never as choices. When everyone is "
        "done, reveal the results: the items ranked by all dots, with bars. Hiding them "
        "again goes back to voting. Every dot is saved at once."
    ),
    "tui.help.tally.title": "Customer tally",
    "tui.help.tally.purpose": (
        "An energiser for any meeting: whenever someone says the word \"customer\" in "
        "context, give that person a stroke with their key. The leaderboard updates live "
        "and the top customer thinker stands in a big card; reward them at the end. "
        "Backspace takes back the last stroke. Strokes are saved with the session and appear "
        "in the exported plan."
    ),
    "tui.help.review.title": "Self-review",
    "tui.help.review.purpose": (
        "Seven questions about your own customer discipline: do you set the example, do you "
        "fight for the promise up to the top, do you say no to bad profits, do you keep going "
        "when it fails, does everyone know their impact, the 10 o'clock challenge, and back to "
        "basics. Answer yes, partly or no and add a note with the story behind it. In a "
        "follow-up, last time's answers stand beside this time's, so you see what improved."
    ),
    "tui.help.compare.title": "Then and now",
    "tui.help.compare.purpose": (
        "A follow-up session compared with the session it follows: frustration hours then "
        "and now (in total, per person, per department), which frustrations and barriers "
        "went or came, what happened to the actions, and whether the promise changed. "
        "Nothing here changes a session. The story behind a number matters more than the "
        "number: ask what made the difference."
    ),
}

NL = {
    "tui.help.title": "Hulp · {topic}",
    "tui.help.close": "Esc / F1 sluit de hulp · ↑ ↓ PgUp PgDn scrollen",
    "tui.help.key": "Toets",
    "tui.help.what": "Wat het doet",
    "tui.help.group_heading": "Met een groep",
    "tui.help.alone_heading": "In je eentje",
    "tui.help.solo_heading": "Zo doe je het in je eentje",
    "tui.help.step_keys": "Toetsen in deze stap",
    "tui.help.all_keys": "Toetsen overal",
    "tui.help.home.title": "Sessies",
    "tui.help.home.purpose": (
        "Dit is de lijst met workshopsessies in één map: één bestand per sessie, opgeslagen "
        "na elke wijziging. Houd een map per klant aan en kopieer of bewaar de bestanden "
        "zoals je wilt.\n\nOpen een sessie met Enter. Begin een nieuwe met N; het formulier "
        "vraagt om een titel, de organisatie, wie begeleidt, team of solo, en de taal. F "
        "begint een vervolg op de gekozen sessie (gemarkeerd met ↻): de belofte, de "
        "frustraties om opnieuw te schatten, de barrières en de open acties gaan mee, en je "
        "vergelijkt toen en nu (Ctrl+L in de vervolgsessie). C maakt een gewone kopie. "
        "Verwijderen zet het bestand in de prullenbak; `cxworkshop restore` haalt "
        "het terug. Een bestand dat niet te lezen is, blijft als beschadigd in de lijst staan, "
        "zodat je weet dat het er is."
    ),
    "tui.help.setup.purpose": (
        "In de opzet leg je de gegevens van de sessie vast: titel, organisatie, begeleider, "
        "datum, team of solo, en de taal van de schermen en het geëxporteerde plan. Hier staan "
        "ook de aannames achter de frustratie-uren: **werkdagen per jaar** (standaard 200), "
        "**uren per werkdag** en eventueel een **uurtarief** om uren in geld om te rekenen. "
        "Elk veld wordt opgeslagen zodra je het verlaat of op Enter drukt; een melding onder "
        "het veld zegt het als een waarde niet bruikbaar is."
    ),
    "tui.help.setup.group": (
        "Vul de gegevens in voordat de groep binnenkomt en check de werkdagen bij iemand die "
        "de contracten kent. Voeg daarna iedere deelnemer toe met zijn of haar afdeling: "
        "naam, Tab, afdeling, Enter. Die afdelingen tellen later mee: een organisatie is zo "
        "klantgericht als haar minst klantgerichte afdeling, en het plan laat zien waar "
        "frustraties en barrières vandaan komen."
    ),
    "tui.help.setup.solo": (
        "Alleen werken? Dan heb je genoeg aan een titel en de aannames: hoeveel dagen per jaar "
        "je werkt en hoeveel uur per dag. Kies \"solo\", dan spreken de andere stappen jou aan "
        "en vallen stemmen en deelnemers weg. Herhaal de evaluatie elk kwartaal met een kopie "
        "van de vorige sessie en kijk wat er beter ging."
    ),
    "tui.help.promise.purpose": (
        "Een klantbelofte zegt waar een klant op kan rekenen, in de woorden van de klant. Veel "
        "organisaties hebben alleen een slogan (\"de klant staat centraal\") of een missie die "
        "niemand kan opzeggen. Vier vragen, de vier B's, helpen om een echte te maken:\n\n"
        "- **Basisplek**: welke plek heb je in het leven van je klanten en in de markt: "
        "leider, uitdager, prijsvechter, specialist? Die plek kan verschuiven zonder dat "
        "iemand ervoor kiest.\n"
        "- **Bezieling**: waarom besta je, waar krijg je energie van behalve geld?\n"
        "- **Belofte**: wat mag een klant verwachten, verteld als een eerlijk verhaal dat ook "
        "je eigen mensen inspireert?\n"
        "- **Bewijs**: waar merken klanten echt dat de belofte wordt waargemaakt? Bewijs vraagt "
        "ruimte om laag in de organisatie te beslissen, en goede systemen achter de frontlinie.\n\n"
        "Schrijf daarna een paar versies. De toetsen wijzen op versies die te lang zijn om te "
        "onthouden, meer over \"wij\" gaan dan tegen \"jij\" spreken, naar een slogan klinken "
        "of nog geen bewijs hebben."
    ),
    "tui.help.promise.group": (
        "Verzamel notities onder elke B terwijl mensen ze roepen; nog niet oordelen. Laat "
        "kleine groepjes versies schrijven, lees ze voor, bekijk samen de toetsen, stem en "
        "kies er één. Vraag bij de winnaar: is het geloofwaardig, en kunnen we het elke keer "
        "waarmaken?"
    ),
    "tui.help.promise.solo": (
        "Beantwoord de vier vragen voor jezelf, een paar notities per vraag. Schrijf twee of "
        "drie versies, laat de toetsen je naar korte woorden richting de klant duwen, en kies "
        "de versie die je op je factuur zou durven zetten."
    ),
    "tui.help.frustrations.purpose": (
        "Frustraties kosten energie: wat we voor klanten willen doen maar waar processen, "
        "systemen of regels in de weg zitten, en klantbehoeften die de organisatie niet ziet. "
        "De vuistregel: 3 frustraties per dag × 10 minuten = 30 minuten per dag, ongeveer "
        "**100 uur per persoon per jaar** bij 200 werkdagen.\n\n"
        "Leg per frustratie vast wat het is, van wie (medewerker of klant), op welke afdeling "
        "het ontstaat, hoe vaak het gebeurt (per dag of per week), hoeveel minuten het elke "
        "keer kost en hoeveel mensen het raakt. Uren per jaar = keren per dag × minuten ÷ 60 "
        "× werkdagen × mensen. De totalen tonen uren per persoon en voor het team, het aantal "
        "fte en, met een uurtarief, het geld."
    ),
    "tui.help.frustrations.group": (
        "Vraag iedereen naar de drie grootste dagelijkse frustraties, en naar wat klanten "
        "noemen. Typ ze in zoals ze genoemd worden; schat minuten en frequentie samen. Is men "
        "het oneens, noteer dan een lage en een hoge schatting in plaats van te discussiëren. "
        "Laat daarna het teamtotaal zien: wie daar een deel van terugwint, heeft ruimte voor "
        "nieuwe ideeën."
    ),
    "tui.help.frustrations.solo": (
        "Loop een gewone week door: waar moest je wachten, zoeken, iets overdoen of twee keer "
        "uitleggen? Noteer elke frustratie met hoe vaak en hoe lang. Wees eerlijk over de "
        "minuten; het gaat erom te zien waar je tijd blijft, niet om een mooi getal."
    ),
    "tui.help.barriers.purpose": (
        "Barrières staan tussen je mensen en een betere klantervaring: processen, systemen, "
        "budget, regels, politiek, cultuur, kennis, tijd of een andere afdeling. Klantgerichte "
        "leiders stellen de frontlinie steeds één vraag: **\"Wat heb je van mij nodig om onze "
        "klanten beter te helpen?\"**\n\n"
        "Geef elke barrière een score voor impact en inspanning (1-5), stippen om te stemmen, "
        "en koppel haar aan de frustraties die ze veroorzaakt; dan zie je hoeveel uur het "
        "wegnemen oplevert. Impact tegen inspanning verdeelt ze in quick wins, grote "
        "projecten, opvullers en geldputten."
    ),
    "tui.help.barriers.group": (
        "Stel de vraag hierboven hardop en laat de mensen die het dichtst bij klanten staan "
        "eerst antwoorden. Noteer op welke afdeling elke barrière zit. Scoor impact en "
        "inspanning samen en geef iedereen een paar stemmen. Begin met de quick wins."
    ),
    "tui.help.barriers.solo": (
        "Vraag bij elke frustratie wat de oorzaak is. Een regel die je zelf hebt bedacht, een "
        "tool, een gewoonte, een leverancier? Scoor hoeveel het wegnemen helpt en hoe moeilijk "
        "het is; de quick wins zijn je eerste acties."
    ),
    "tui.help.actions.purpose": (
        "Spreek voor de belangrijkste barrières acties af: wat er gebeurt, wie eigenaar is, "
        "wanneer het klaar is, de allereerste concrete stap en waaraan je merkt dat het "
        "gelukt is. Een meting is een leermiddel, geen rapportcijfer: het verhaal achter een "
        "getal telt meer dan het getal."
    ),
    "tui.help.actions.group": (
        "Neem de barrières op volgorde van prioriteit. Zorg bij elke actie voor een naam (één "
        "eigenaar, geen afdeling) en een datum voordat je verdergaat. Houd de eerste stap zo "
        "klein dat je er morgen mee kunt beginnen."
    ),
    "tui.help.actions.solo": (
        "Kies hooguit drie acties, elk met een datum en een eerste stap die je deze week kunt "
        "zetten. Schrijf op waaraan je merkt dat het werkt."
    ),
    "tui.help.plan.purpose": (
        "Het plan brengt alles samen: de gekozen belofte, de frustratie-uren, de belangrijkste "
        "barrières en de acties met eigenaren en data. Exporteer het als markdown (F8) om in "
        "een mail, wiki, Obsidian of issue te plakken."
    ),
    "tui.help.plan.group": (
        "Lees het plan aan het eind hardop voor en check dat elke actie een eigenaar en een "
        "datum heeft. Spreek af wanneer jullie er weer naar kijken, en stuur het bestand "
        "dezelfde dag rond."
    ),
    "tui.help.plan.solo": (
        "Lees je plan nog eens door en sluit af met de zelfreview (Ctrl+R): zeven vragen over "
        "je eigen klantdiscipline. Exporteer het plan en zet een datum in je agenda voor de "
        "volgende evaluatie. Begin dan in de lijst met sessies een vervolg op deze sessie (F) "
        "en vergelijk toen en nu met Ctrl+L."
    ),
    "tui.help.screen_keys": "Toetsen op dit scherm",
    "tui.help.voting.title": "Blind stippen plakken",
    "tui.help.voting.purpose": (
        "Met blind stemmen kiest een groep zonder achter de luidste stem aan te lopen. Het "
        "toetsenbord gaat rond: een kaart noemt wie er nu aan de beurt is en verbergt de "
        "stippen van de vorige. Ieder ziet alleen de eigen stippen en hoeveel er nog over "
        "zijn, en geeft het toetsenbord dan door. Wie al gestemd heeft, zie je als voortgang, "
        "nooit als keuze. Is iedereen klaar, toon dan de uitslag: alles op volgorde van het "
        "aantal stippen, met balken. Verbergen brengt je terug naar het stemmen. Elke stip "
        "wordt meteen bewaard."
    ),
    "tui.help.tally.title": "Klantturf",
    "tui.help.tally.purpose": (
        "Een energizer voor elk overleg: zegt iemand het woord \"klant\" in de juiste "
        "context, geef die persoon dan een streepje met de eigen toets. De ranglijst loopt "
        "live mee en de grootste klantdenker staat in een grote kaart; beloon die aan het "
        "eind. Backspace neemt het laatste streepje terug. De streepjes worden bij de sessie "
        "bewaard en staan in het geëxporteerde plan."
    ),
    "tui.help.review.title": "Zelfreview",
    "tui.help.review.purpose": (
        "Zeven vragen over je eigen klantdiscipline: geef je zelf het goede voorbeeld, vecht "
        "je tot aan de top voor de belofte, zeg je nee tegen slechte winst, zet je door als "
        "het mislukt, kent iedereen zijn invloed op de klant, de tien-uur-uitdaging, en terug "
        "naar de basis. Antwoord ja, deels of nee en schrijf er een notitie bij met het "
        "verhaal erachter. In een vervolgsessie staan de antwoorden van de vorige keer ernaast, "
        "zodat je ziet wat er beter ging."
    ),
    "tui.help.compare.title": "Toen en nu",
    "tui.help.compare.purpose": (
        "Een vervolgsessie naast de sessie ervoor: frustratie-uren toen en nu (in totaal, "
        "per persoon, per afdeling), welke frustraties en barrières verdwenen of erbij "
        "kwamen, wat er met de acties gebeurde en of de belofte veranderde. Hier verandert "
        "niets aan een sessie. Het verhaal achter een getal telt meer dan het getal: vraag "
        "wat het verschil maakte."
    ),
}
