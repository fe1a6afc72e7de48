<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AddCommitmentCommand</name>
    <message>
        <source>Add commitment</source>
        <translation>Voornemen toevoegen</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Upstander — Audience</source>
        <translation>Upstander — Publiek</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Publieksscherm</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Doe mee met je telefoon</translation>
    </message>
    <message>
        <source>One action in the next two weeks</source>
        <translation>Eén actie in de komende twee weken</translation>
    </message>
    <message>
        <source>Phones are not invited yet.</source>
        <translation>Telefoons zijn nog niet uitgenodigd.</translation>
    </message>
    <message>
        <source>Time left: %1 seconds</source>
        <translation>Resterende tijd: %1 seconden</translation>
    </message>
</context>
<context>
    <name>ChangeSessionCommand</name>
    <message>
        <source>Change the session&apos;s settings</source>
        <translation>De instellingen van de sessie wijzigen</translation>
    </message>
</context>
<context>
    <name>ChangeTallyCommand</name>
    <message>
        <source>Add one to &quot;%1&quot;</source>
        <translation>Eén optellen bij ‘%1’</translation>
    </message>
    <message>
        <source>Take one from &quot;%1&quot;</source>
        <translation>Eén aftrekken van ‘%1’</translation>
    </message>
</context>
<context>
    <name>ChartExportCommand</name>
    <message>
        <source>unknown chart &quot;%1&quot;; the charts are %2</source>
        <translation>onbekende grafiek ‘%1’; de grafieken zijn %2</translation>
    </message>
    <message>
        <source>--format %1 needs --chart NAME (%2); only pdf without --chart writes the whole report</source>
        <translation>--format %1 heeft --chart NAME nodig (%2); alleen pdf zonder --chart schrijft het hele rapport</translation>
    </message>
    <message>
        <source>--question goes with --chart distribution or decisions</source>
        <translation>--question hoort bij --chart distribution of decisions</translation>
    </message>
    <message>
        <source>Session %1 has no question %2 for the %3 chart.</source>
        <translation>Sessie %1 heeft geen vraag %2 voor de grafiek ‘%3’.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>There is no chart called &quot;%1&quot;.</source>
        <translation>Er is geen grafiek met de naam ‘%1’.</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message numerus="yes">
        <source>Needs at least %n answers</source>
        <translation>
            <numerusform>Minstens %n antwoord nodig</numerusform>
            <numerusform>Minstens %n antwoorden nodig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nog niets te tonen</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Grafiek: %1</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Grafiek exporteren…</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in: did people do what they committed to?</source>
        <translation>Check-in: hebben de deelnemers gedaan wat ze zich hadden voorgenomen?</translation>
    </message>
    <message>
        <source>Ask the group whether they did what they committed to at the workshop. Phones answer anonymously and never see what they wrote then; hands can be counted below.</source>
        <translation>Vraag de groep of ze hebben gedaan wat ze zich tijdens de workshop hadden voorgenomen. Telefoons antwoorden anoniem en zien nooit wat er toen geschreven is; handen kun je hieronder tellen.</translation>
    </message>
    <message>
        <source>Shows the check-in question on the projector and on participants&apos; phones</source>
        <translation>Toont de check-invraag op de beamer en op de telefoons van de deelnemers</translation>
    </message>
    <message>
        <source>Take a hand off: %1</source>
        <translation>Een hand minder tellen: %1</translation>
    </message>
    <message>
        <source>Count a hand: %1</source>
        <translation>Een hand tellen: %1</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>De vraag kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The answers could not be shown or hidden.</source>
        <translation>De antwoorden konden niet worden getoond of verborgen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hand(s) counted</source>
        <translation>
            <numerusform>%1: %n hand geteld</numerusform>
            <numerusform>%1: %n handen geteld</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Nog niet gesteld.</translation>
    </message>
    <message>
        <source>Did it: %1 · Partly: %2 · Not yet: %3 · No commitment: %4. %5% of those who had made a commitment did it.</source>
        <translation>Gedaan: %1 · Deels: %2 · Nog niet: %3 · Geen voornemen: %4. %5% van de personen met een voornemen heeft het gedaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. The numbers show once at least %1 people who had made a commitment have answered.</source>
        <translation>
            <numerusform>Tot nu toe %n antwoord. De aantallen verschijnen zodra minstens %1 personen met een voornemen hebben geantwoord.</numerusform>
            <numerusform>Tot nu toe %n antwoorden. De aantallen verschijnen zodra minstens %1 personen met een voornemen hebben geantwoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the Check-in &amp;Question</source>
        <translation>&amp;Check-invraag stellen</translation>
    </message>
    <message>
        <source>Hide the A&amp;nswers</source>
        <translation>&amp;Antwoorden verbergen</translation>
    </message>
    <message>
        <source>Reveal the A&amp;nswers</source>
        <translation>&amp;Antwoorden onthullen</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>The answers are shown: the count is final until the check-in is asked again</source>
        <translation>De antwoorden worden getoond: de telling staat vast tot de check-invraag opnieuw wordt gesteld</translation>
    </message>
</context>
<context>
    <name>CohortTrendModel</name>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>This session (not part of a cohort)</source>
        <translation>Deze sessie (hoort niet bij een cohort)</translation>
    </message>
    <message>
        <source>Cohort “%1” over time</source>
        <translation>Cohort ‘%1’ in de loop van de tijd</translation>
    </message>
    <message>
        <source>The mean stage of each session&apos;s answers</source>
        <translation>De gemiddelde fase van de antwoorden in elke sessie</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>upstander: %1</source>
        <translation>upstander: %1</translation>
    </message>
    <message>
        <source>Try &quot;upstander --help&quot; for more information.</source>
        <translation>Meer informatie krijg je met &quot;upstander --help&quot;.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>optie %1 heeft een waarde nodig</translation>
    </message>
    <message>
        <source>option --data-dir needs a folder</source>
        <translation>optie --data-dir heeft een map nodig</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>onbekende optie %1</translation>
    </message>
    <message>
        <source>--session goes with --serve</source>
        <translation>--session kan alleen samen met --serve</translation>
    </message>
    <message>
        <source>--serve needs HOST:PORT, an IP address and a port, e.g. 0.0.0.0:8080 (not &quot;%1&quot;)</source>
        <translation>--serve heeft HOST:PORT nodig, een IP-adres en een poort, bijv. 0.0.0.0:8080 (niet ‘%1’)</translation>
    </message>
    <message>
        <source>--session needs a session id (see &quot;upstander sessions&quot;) or &quot;new&quot;, not &quot;%1&quot;</source>
        <translation>--session heeft een sessienummer nodig (zie &quot;upstander sessions&quot;) of &quot;new&quot;, niet ‘%1’</translation>
    </message>
    <message>
        <source>Usage: upstander [OPTIONS] [COMMAND [ARGUMENTS]]

Runs allyship workshops: the allyship spectrum, role-play scenarios, and the
group&apos;s answers. Without a command, the desktop program starts.

Commands:
  validate FILE...   check scenario files; prints FILE:LINE:COL: error: MESSAGE
                     for each problem; exit 0 when no file has an error, 1 when
                     one has
  scenario-strings --ts FILE.ts SCENARIO...
                     write the scenarios&apos; texts into a Qt Linguist file for
                     translation, keeping translations already made

Options:
  --lang LANG        use the language LANG (%1) instead of the system&apos;s
  --serve HOST:PORT [--session ID|new]
                     start the desktop program with phones invited: serve the
                     participant page on HOST:PORT (port 0: any free one), open
                     session ID or a new one (the default) with the baseline
                     self-placement on the projector, and print the join address
                     and code
  -h, --help         show this help and exit
  -v, --version      show the version and exit

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Gebruik: upstander [OPTIES] [OPDRACHT [ARGUMENTEN]]

Voor allyship-workshops: het allyship-spectrum, rollenspelscenario&apos;s en de
antwoorden van de groep. Zonder opdracht start het desktopprogramma.

Opdrachten:
  validate FILE...   controleert scenariobestanden; toont per probleem
                     FILE:LINE:COL: error: MESSAGE; afsluitcode 0 als
                     geen enkel bestand een fout bevat, anders 1
  scenario-strings --ts FILE.ts SCENARIO...
                     schrijft de teksten van de scenario&apos;s naar een Qt
                     Linguist-bestand om te vertalen; bestaande vertalingen
                     blijven behouden

Opties:
  --lang LANG        gebruikt de taal LANG (%1) in plaats van die van het
                     systeem
  --serve HOST:PORT [--session ID|new]
                     start het desktopprogramma met telefoons uitgenodigd:
                     biedt de deelnemerspagina aan op HOST:PORT (poort 0: een
                     willekeurige vrije), opent sessie ID of een nieuwe (de
                     standaard) met de nulmeting (zelfinschatting) op de
                     beamer, en toont het deelnameadres en de code
  -h, --help         toont deze hulp en stopt
  -v, --version      toont de versie en stopt

Afsluitcodes: 0 gelukt, 1 mislukt, 2 gebruiksfout.
</translation>
    </message>
    <message>
        <source>Session data (one database per data folder):
  sessions [--format table|tsv]
                     list the sessions, newest first: id, date, title, cohort and
                     number of answers; tsv is tab-separated, for scripts
  export --session ID --format csv|json --out FILE [--raw]
                     write one session&apos;s results to FILE, atomically: the group
                     statistics (one below the anonymity threshold k is
                     &quot;suppressed&quot;, without numbers), or with --raw every answer
                     under a key new in each export; without --format, the
                     extension of FILE decides
  export --session ID --format pdf|png|svg --out FILE [--chart NAME]
                     the session&apos;s PDF report (pdf without --chart), or one
                     chart: distribution, before-after, perception-gap,
                     decisions or cohort-trend (--question ID picks the
                     question of distribution and decisions); needs no display
  demo               create a demo session (about 25 participants, two
                     scenarios, commitments) and print its id
  --data-dir DIR     keep the sessions in DIR instead of the default folder
                     (%1); for every command, before or after
                     it, and for the desktop program

Columns and the JSON format: docs/export.md.
</source>
        <translation>Sessiegegevens (één database per gegevensmap):
  sessions [--format table|tsv]
                     toont de sessies, nieuwste eerst: id, datum, titel, cohort
                     en aantal antwoorden; tsv is gescheiden door tabs, voor
                     scripts
  export --session ID --format csv|json --out FILE [--raw]
                     schrijft de resultaten van één sessie atomair naar FILE:
                     de groepsstatistiek (een statistiek onder de
                     anonimiteitsdrempel k is &quot;suppressed&quot;, zonder getallen),
                     of met --raw elk antwoord onder een sleutel die in elke
                     export nieuw is; zonder --format bepaalt de extensie van
                     FILE het formaat
  export --session ID --format pdf|png|svg --out FILE [--chart NAME]
                     het pdf-rapport van de sessie (pdf zonder --chart), of één
                     grafiek: distribution, before-after, perception-gap,
                     decisions of cohort-trend (--question ID kiest de vraag
                     bij distribution en decisions); heeft geen scherm nodig
  demo               maakt een demosessie aan (ongeveer 25 deelnemers, twee
                     scenario&apos;s, voornemens) en toont het id ervan
  --data-dir DIR     bewaart de sessies in DIR in plaats van in de standaardmap
                     (%1); voor elke opdracht, ervoor of erna,
                     en voor het desktopprogramma

Kolommen en het JSON-formaat: docs/export.md.
</translation>
    </message>
    <message>
        <source>Deleting sessions (asks nothing; nothing stays readable in the database):
  sessions --delete ID
                     delete session ID with all of its answers, tallies and
                     commitments
  sessions --older-than N
                     delete every session dated more than N months ago

&quot;upstander COMMAND --help&quot; shows the options of one command.
</source>
        <translation>Sessies verwijderen (zonder te vragen; niets blijft leesbaar in de database):
  sessions --delete ID
                     verwijdert sessie ID met al haar antwoorden, tellingen en
                     voornemens
  sessions --older-than N
                     verwijdert elke sessie met een datum van meer dan N
                     maanden geleden

&quot;upstander OPDRACHT --help&quot; toont de opties van één opdracht.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht ‘%1’</translation>
    </message>
</context>
<context>
    <name>CommitmentCards</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Voornemens</translation>
    </message>
    <message>
        <source>Could not draw the commitment cards into %1.</source>
        <translation>Kan de voornemenkaarten niet tekenen in %1.</translation>
    </message>
</context>
<context>
    <name>CommitmentWall</name>
    <message>
        <source>Commitments</source>
        <translation>Voornemens</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Type each commitment card as written, without names. Commitments appear in the report once there are enough of them to stay anonymous.</source>
        <translation>Typ elke voornemenkaart over zoals ze geschreven is, zonder namen. Voornemens verschijnen in het rapport zodra er genoeg zijn om anoniem te blijven.</translation>
    </message>
    <message>
        <source>As&amp;k the Room</source>
        <translation>Vraag het de &amp;groep</translation>
    </message>
    <message>
        <source>Shows the commitment prompt on the projector and opens the commitment box on participants&apos; phones</source>
        <translation>Toont de vraag om een voornemen op de beamer en opent het voornemenveld op de telefoons van de deelnemers</translation>
    </message>
    <message>
        <source>Show &amp;Wall on Projector</source>
        <translation>&amp;Prikbord op beamer tonen</translation>
    </message>
    <message>
        <source>Shows the group&apos;s commitments on the projector as cards, once there are enough of them to stay anonymous</source>
        <translation>Toont de voornemens van de groep als kaarten op de beamer, zodra er genoeg zijn om anoniem te blijven</translation>
    </message>
    <message>
        <source>Starter actions</source>
        <translation>Ideeën om mee te beginnen</translation>
    </message>
    <message>
        <source>Start from a starter action…</source>
        <translation>Kies een idee om mee te beginnen…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Voornemen</translation>
    </message>
    <message>
        <source>One action in the next two weeks…</source>
        <translation>Eén actie in de komende twee weken…</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>Bewerken annuleren</translation>
    </message>
    <message>
        <source>Commitments entered</source>
        <translation>Ingevoerde voornemens</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Bewerke&amp;n</translation>
    </message>
    <message>
        <source>Puts the selected commitment in the box above to change it</source>
        <translation>Zet het geselecteerde voornemen in het veld hierboven om het te wijzigen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Deletes the selected commitment; Undo brings it back</source>
        <translation>Verwijdert het geselecteerde voornemen; Ongedaan maken haalt het terug</translation>
    </message>
    <message>
        <source>Print &amp;Cards…</source>
        <translation>&amp;Kaarten afdrukken…</translation>
    </message>
    <message>
        <source>Saves the commitments as take-away cards in a PDF to print, one commitment on each card</source>
        <translation>Slaat de voornemens op als kaarten om mee te nemen, in een pdf om af te drukken, één voornemen per kaart</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tekens</translation>
    </message>
    <message>
        <source> — too long</source>
        <translation> — te lang</translation>
    </message>
    <message>
        <source>The commitment could not be changed: %1</source>
        <translation>Het voornemen kon niet worden gewijzigd: %1</translation>
    </message>
    <message>
        <source>The commitment could not be added.</source>
        <translation>Het voornemen kon niet worden toegevoegd.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <source>Replaces the selected commitment&apos;s text; Undo puts it back</source>
        <translation>Vervangt de tekst van het geselecteerde voornemen; Ongedaan maken zet hem terug</translation>
    </message>
    <message>
        <source>&amp;Add Commitment</source>
        <translation>Voornemen &amp;toevoegen</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>Onze voornemens</translation>
    </message>
    <message numerus="yes">
        <source>%n more commitment(s) needed before they appear here, so that none can be traced to the person who wrote it.</source>
        <translation>
            <numerusform>Er is nog %n voornemen nodig voordat ze hier verschijnen, zodat geen enkel voornemen te herleiden is tot wie het schreef.</numerusform>
            <numerusform>Er zijn nog %n voornemens nodig voordat ze hier verschijnen, zodat geen enkel voornemen te herleiden is tot wie het schreef.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed before the wall and the cards show them.</source>
        <translation>
            <numerusform>Er is er nog %n nodig voordat het prikbord en de kaarten ze tonen.</numerusform>
            <numerusform>Er zijn er nog %n nodig voordat het prikbord en de kaarten ze tonen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSessionCommand</name>
    <message>
        <source>New session &quot;%1&quot;</source>
        <translation>Nieuwe sessie ‘%1’</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Follow-up ‘%1’ plannen</translation>
    </message>
    <message>
        <source>The session could not be removed: what was recorded in it is not saved yet.</source>
        <translation>De sessie kon niet worden verwijderd: wat erin is vastgelegd, is nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n votes (%3)</source>
        <translation>
            <numerusform>%1 (%2): %n stem (%3)</numerusform>
            <numerusform>%1 (%2): %n stemmen (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision point</source>
        <translation>Beslismoment</translation>
    </message>
    <message>
        <source>Keys 1–6 add a vote to an option; Shift+1–6, or − and then the number, take one away. Votes are shown on this screen only.</source>
        <translation>Toetsen 1–6 geven een optie een stem erbij; Shift+1–6, of − en dan het cijfer, halen er één af. De stemmen zijn alleen op dit scherm te zien.</translation>
    </message>
    <message>
        <source>Show &amp;question on projector</source>
        <translation>Vraag o&amp;p beamer tonen</translation>
    </message>
    <message>
        <source>Show the question on the projector</source>
        <translation>De vraag op de beamer tonen</translation>
    </message>
    <message>
        <source>The prompt and the options, without any votes</source>
        <translation>De vraag en de opties, zonder stemmen</translation>
    </message>
    <message>
        <source>Record the option the group agreed on as the group&apos;s single choice</source>
        <translation>De optie waarover de groep het eens werd vastleggen als de gezamenlijke keuze van de groep</translation>
    </message>
    <message>
        <source>Reve&amp;al stages</source>
        <translation>&amp;Fasen onthullen</translation>
    </message>
    <message>
        <source>Reveal each option&apos;s stage and why</source>
        <translation>De fase en het waarom van elke optie onthullen</translation>
    </message>
    <message>
        <source>Show each option&apos;s stage and why here and on the projector, with the decision chart</source>
        <translation>De fase en het waarom van elke optie hier en op de beamer tonen, met de beslisgrafiek</translation>
    </message>
    <message>
        <source>Go on to the scene this option leads to</source>
        <translation>Verder naar de scène waartoe deze optie leidt</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Vraag: %1</translation>
    </message>
    <message>
        <source>No session is open, so votes cannot be recorded. The scenario can still be run and revealed.</source>
        <translation>Er is geen sessie open, dus er kunnen geen stemmen worden vastgelegd. Het scenario kan wel worden gespeeld en onthuld.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pick this option for the group&apos;s choice and to follow</source>
        <translation>Deze optie kiezen als keuze van de groep en haar volgen</translation>
    </message>
    <message>
        <source>The group&apos;s choice</source>
        <translation>De keuze van de groep</translation>
    </message>
    <message>
        <source>Take one vote from option %1</source>
        <translation>Eén stem afhalen van optie %1</translation>
    </message>
    <message>
        <source>Add one vote to option %1</source>
        <translation>Eén stem toevoegen aan optie %1</translation>
    </message>
    <message>
        <source>The group&apos;s choice could not be recorded: %1</source>
        <translation>De keuze van de groep kon niet worden vastgelegd: %1</translation>
    </message>
    <message>
        <source>Count hands as well?</source>
        <translation>Ook handen tellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered this decision on their phones. Counted hands are added to those answers, so whoever answered on a phone must not raise a hand as well. Count hands too?</source>
        <translation>
            <numerusform>%n persoon heeft dit beslismoment op de telefoon beantwoord. Getelde handen komen bij die antwoorden, dus wie op de telefoon antwoordde, steekt niet ook nog een hand op. Toch handen tellen?</numerusform>
            <numerusform>%n personen hebben dit beslismoment op de telefoon beantwoord. Getelde handen komen bij die antwoorden, dus wie op de telefoon antwoordde, steekt niet ook nog een hand op. Toch handen tellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The stages are revealed, so no more votes are counted. &quot;Show question on projector&quot; asks it again.</source>
        <translation>De fasen zijn onthuld, dus er worden geen stemmen meer geteld. ‘Vraag op beamer tonen’ stelt de vraag opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) for option %1</source>
        <translation>
            <numerusform>%n stem voor optie %1</numerusform>
            <numerusform>%n stemmen voor optie %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one vote from option %1 (Shift+%1)</source>
        <translation>Eén stem afhalen van optie %1 (Shift+%1)</translation>
    </message>
    <message>
        <source>Add one vote to option %1 (%1)</source>
        <translation>Eén stem toevoegen aan optie %1 (%1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) recorded</source>
        <translation>
            <numerusform>%n stem vastgelegd</numerusform>
            <numerusform>%n stemmen vastgelegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n passed</source>
        <translation>
            <numerusform> · %n overgeslagen</numerusform>
            <numerusform> · %n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 from phones, %2 counted by hand</source>
        <translation> · %1 via telefoons, %2 met handen geteld</translation>
    </message>
    <message>
        <source> · stages revealed</source>
        <translation> · fasen onthuld</translation>
    </message>
    <message>
        <source> · the group chose option %1</source>
        <translation> · de groep koos optie %1</translation>
    </message>
    <message>
        <source>The &amp;group chooses %1</source>
        <translation>De &amp;groep kiest %1</translation>
    </message>
    <message>
        <source>Record option %1 as the group&apos;s choice</source>
        <translation>Optie %1 vastleggen als de keuze van de groep</translation>
    </message>
    <message>
        <source>Fo&amp;llow option %1 →</source>
        <translation>&amp;Optie %1 volgen →</translation>
    </message>
    <message>
        <source>Follow option %1 to its scene</source>
        <translation>Optie %1 volgen naar haar scène</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Optie %1</translation>
    </message>
</context>
<context>
    <name>DecisionTallyModel</name>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Aandeel (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n stem</numerusform>
            <numerusform>%n stemmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>votes, passes</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The group chose together: “%1”</source>
        <translation>De groep koos samen: ‘%1’</translation>
    </message>
</context>
<context>
    <name>DeleteCommitmentCommand</name>
    <message>
        <source>Delete commitment</source>
        <translation>Voornemen verwijderen</translation>
    </message>
</context>
<context>
    <name>DeleteSessionCommand</name>
    <message>
        <source>Delete session &quot;%1&quot;</source>
        <translation>Sessie ‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>DeleteSessionsCommand</name>
    <message>
        <source>Deleted session %1 (%2, %3).</source>
        <translation>Sessie %1 verwijderd (%2, %3).</translation>
    </message>
    <message>
        <source>Deleted session %1 (%2, %3, cohort %4).</source>
        <translation>Sessie %1 verwijderd (%2, %3, cohort %4).</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>het sessienummer moet een geheel getal boven 0 zijn, niet ‘%1’</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions --delete or --older-than</source>
        <translation>onbekend argument %1 voor sessions --delete of --older-than</translation>
    </message>
    <message>
        <source>--delete and --older-than do not go together</source>
        <translation>--delete en --older-than gaan niet samen</translation>
    </message>
    <message>
        <source>--older-than needs a number of months from 1 to %1, not &quot;%2&quot;</source>
        <translation>--older-than heeft een aantal maanden van 1 tot %1 nodig, niet ‘%2’</translation>
    </message>
    <message numerus="yes">
        <source>No sessions in %1 are older than %n month(s).</source>
        <translation>
            <numerusform>Geen enkele sessie in %1 is ouder dan %n maand.</numerusform>
            <numerusform>Geen enkele sessie in %1 is ouder dan %n maanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>Er is geen sessie %1 in %2; &quot;upstander sessions&quot; toont ze.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them. Nothing was deleted.</source>
        <translation>Er is geen sessie %1 in %2; &quot;upstander sessions&quot; toont ze. Er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Not every session could be deleted: %1</source>
        <translation>Niet elke sessie kon worden verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>De demosessie kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>Created demo session %1 in %2: %3 participants, %4 answers, %5 commitments.</source>
        <translation>Demosessie %1 aangemaakt in %2: %3 deelnemers, %4 antwoorden, %5 voornemens.</translation>
    </message>
    <message>
        <source>--follow-up needs the id of a session (see &quot;upstander sessions&quot;)</source>
        <translation>--follow-up heeft het id van een sessie nodig (zie &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>demo takes no arguments besides --data-dir and --follow-up ID, not %1</source>
        <translation>demo heeft geen argumenten behalve --data-dir en --follow-up ID, niet %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>De follow-up kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>Created follow-up session %1 of session %2 in %3: %4 participants, %5 answers.</source>
        <translation>Follow-upsessie %1 van sessie %2 aangemaakt in %3: %4 deelnemers, %5 antwoorden.</translation>
    </message>
    <message>
        <source>Usage: upstander demo [--data-dir DIR] [--follow-up ID]

Creates a demo session in the data folder (about 25 participants, two
scenarios, commitments; every run another session with the same answers) and
prints its id alone on standard output, with a summary on standard error.

Options:
  --follow-up ID   instead, the follow-up of session ID eight weeks later, for
                   its cohort: most of the group place themselves again and
                   replay its first decision
  --data-dir DIR   the folder of the session database, by default
                   %1
  -h, --help       show this help and exit

Exit codes: 0 created, 1 the store refused, 2 usage error.
</source>
        <translation>Gebruik: upstander demo [--data-dir DIR] [--follow-up ID]

Maakt een demosessie aan in de gegevensmap (ongeveer 25 deelnemers, twee
scenario&apos;s, voornemens; elke keer een nieuwe sessie met dezelfde antwoorden)
en toont alleen het id ervan op standaarduitvoer, met een samenvatting op
standaardfout.

Opties:
  --follow-up ID   in plaats daarvan de follow-up van sessie ID, acht weken
                   later, voor het cohort ervan: de meeste deelnemers plaatsen
                   zich opnieuw en spelen het eerste beslismoment nog eens
  --data-dir DIR   de map van de sessiedatabase, standaard
                   %1
  -h, --help       toont deze hulp en stopt

Afsluitcodes: 0 aangemaakt, 1 de opslag weigerde, 2 gebruiksfout.
</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>When someone repeats an idea a colleague already raised, say &quot;that builds on what Amara said&quot; and hand the floor back.</source>
        <translation>Als iemand een idee herhaalt dat een collega al had ingebracht: zeggen ‘dat bouwt voort op wat Amara zei’ en die collega het woord teruggeven.</translation>
    </message>
    <message>
        <source>Give credit by name in our Friday update, not just &quot;thanks, team&quot;.</source>
        <translation>In onze vrijdagupdate mensen bij naam bedanken, niet alleen ‘bedankt, team’.</translation>
    </message>
    <message>
        <source>Ask Nguyễn how to say her name, and practise it before Monday&apos;s stand-up.</source>
        <translation>Nguyễn vragen hoe ze haar naam uitspreekt, en het oefenen vóór de stand-up van maandag.</translation>
    </message>
    <message>
        <source>Recommend Priya for the pricing project lead 🙌</source>
        <translation>Priya aanbevelen als trekker van het prijsproject 🙌</translation>
    </message>
    <message>
        <source>Stop opening meetings with &quot;hi guys&quot;; &quot;hi all&quot; works fine.</source>
        <translation>Vergaderingen niet meer openen met ‘hoi jongens’; ‘hoi allemaal’ werkt prima.</translation>
    </message>
    <message>
        <source>In my 1:1s, listen to understand:
ask one more question before giving advice.</source>
        <translation>In mijn 1-op-1-gesprekken luisteren om te begrijpen:
eerst nog één vraag stellen voordat ik advies geef.</translation>
    </message>
    <message>
        <source>Read one book on racism at work this month, and discuss it with my team, not just with friends.</source>
        <translation>Deze maand één boek over racisme op het werk lezen, en het bespreken met mijn team, niet alleen met vrienden.</translation>
    </message>
    <message>
        <source>Own it when I get something wrong: apologise once, fix it, move on.</source>
        <translation>Het toegeven als ik iets fout doe: één keer sorry zeggen, het goedmaken, verdergaan.</translation>
    </message>
    <message>
        <source>Demo: leadership team allyship workshop</source>
        <translation>Demo: allyship-workshop voor het managementteam</translation>
    </message>
    <message>
        <source>The built-in scenario &quot;%1&quot; is missing.</source>
        <translation>Het meegeleverde scenario ‘%1’ ontbreekt.</translation>
    </message>
    <message>
        <source>Sam Okafor</source>
        <translation>Sam Okafor</translation>
    </message>
    <message>
        <source>9:30 Where we stand
10:00 Two scenarios, in threes
12:00 Where we stand now, and one action each</source>
        <translation>9.30 Waar we staan
10.00 Twee scenario&apos;s, in drietallen
12.00 Waar we nu staan, en ieder één actie</translation>
    </message>
    <message>
        <source>Where are you on the allyship spectrum today?</source>
        <translation>Waar sta je vandaag op het allyship-spectrum?</translation>
    </message>
    <message>
        <source>After these scenarios, where are you now?</source>
        <translation>Waar sta je nu, na deze scenario&apos;s?</translation>
    </message>
    <message>
        <source>The demo session could not be saved.</source>
        <translation>De demosessie kon niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people (%2)</source>
        <translation>
            <numerusform>%1: %n persoon (%2)</numerusform>
            <numerusform>%1: %n personen (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Aandeel (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>people, passes</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n overgeslagen</numerusform>
            <numerusform>%n overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Mediaan: %1</translation>
    </message>
    <message>
        <source>Median: between %1 and %2</source>
        <translation>Mediaan: tussen %1 en %2</translation>
    </message>
</context>
<context>
    <name>EditCommitmentCommand</name>
    <message>
        <source>Edit commitment</source>
        <translation>Voornemen bewerken</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>PNG-afbeelding, dubbele resolutie (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tekening (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>Export Raw Answers</source>
        <translation>Losse antwoorden exporteren</translation>
    </message>
    <message>
        <source>Export Group Statistics</source>
        <translation>Groepsstatistiek exporteren</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON-bestand (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <source>The session&apos;s latest answers are not saved yet, so they cannot be exported; try again in a moment.</source>
        <translation>De nieuwste antwoorden van de sessie zijn nog niet opgeslagen, dus ze kunnen nog niet worden geëxporteerd; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Raw answers keep each person&apos;s answers linked; share the file with care.</source>
        <translation>Bij losse antwoorden blijven de antwoorden van één persoon aan elkaar gekoppeld; deel het bestand met zorg.</translation>
    </message>
    <message>
        <source>&amp;Export Raw Answers…</source>
        <translation>Losse antwoorden &amp;exporteren…</translation>
    </message>
    <message>
        <source>Print Commitment Cards</source>
        <translation>Voornemenkaarten afdrukken</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kaarten</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rapport wordt geschreven…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Rapport afdrukken</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Rapport wordt afgedrukt…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown argument %1 for export</source>
        <translation>onbekend argument %1 voor export</translation>
    </message>
    <message>
        <source>export needs --session ID (see &quot;upstander sessions&quot;)</source>
        <translation>export heeft --session ID nodig (zie &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>het sessienummer moet een geheel getal boven 0 zijn, niet ‘%1’</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export heeft --out FILE nodig</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use --format csv, json, pdf, png or svg</source>
        <translation>onbekend exportformaat ‘%1’; gebruik --format csv, json, pdf, png of svg</translation>
    </message>
    <message>
        <source>--chart and --question go with --format pdf, png or svg, not %1</source>
        <translation>--chart en --question horen bij --format pdf, png of svg, niet bij %1</translation>
    </message>
    <message>
        <source>export --format %1 is not available in this program; use --format csv or --format json</source>
        <translation>export --format %1 is niet beschikbaar in dit programma; gebruik --format csv of --format json</translation>
    </message>
    <message>
        <source>--raw goes with --format csv or json; charts and the report show the group statistics only</source>
        <translation>--raw hoort bij --format csv of json; grafieken en het rapport tonen alleen de groepsstatistiek</translation>
    </message>
    <message>
        <source>the question id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>het vraagnummer moet een geheel getal boven 0 zijn, niet ‘%1’</translation>
    </message>
    <message>
        <source>There are no sessions in %1 (no %2 there). Choose the folder with --data-dir, or create a demo session with &quot;upstander demo&quot;.</source>
        <translation>Er zijn geen sessies in %1 (daar staat geen %2). Kies de map met --data-dir, of maak een demosessie aan met &quot;upstander demo&quot;.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>Er is geen sessie %1 in %2; &quot;upstander sessions&quot; toont ze.</translation>
    </message>
    <message>
        <source>Session %1 exported to %2.</source>
        <translation>Sessie %1 geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Usage: upstander export --session ID --format csv|json --out FILE [--raw]
       upstander export --session ID --format pdf|png|svg --out FILE
                        [--chart NAME [--question ID]]

Writes one session&apos;s results to FILE, atomically: an error leaves no partial
file. Needs no display.

Options:
  --session ID      the session, by the id &quot;upstander sessions&quot; shows
  --format FORMAT   csv or json (the data), pdf (the report, or one chart with
                    --chart), png or svg (one chart); without it, the
                    extension of FILE decides
  --out FILE        the file to write
  --raw             with csv or json: every answer instead of the group
                    statistics (a statistic below the session&apos;s anonymity
                    threshold k is &quot;suppressed&quot;, without numbers)
  --chart NAME      one chart: distribution, before-after, perception-gap,
                    decisions or cohort-trend
  --question ID     the question of distribution and decisions
  --data-dir DIR    the folder of the session database, by default
                    %1
  -h, --help        show this help and exit

Exit codes: 0 written, 1 no such session, a store or file error, 2 usage error.
Columns and the JSON format: docs/export.md.
</source>
        <translation>Gebruik: upstander export --session ID --format csv|json --out FILE [--raw]
         upstander export --session ID --format pdf|png|svg --out FILE
                          [--chart NAME [--question ID]]

Schrijft de resultaten van één sessie atomair naar FILE: bij een fout blijft er
geen half bestand achter. Heeft geen scherm nodig.

Opties:
  --session ID      de sessie, met het id dat &quot;upstander sessions&quot; toont
  --format FORMAT   csv of json (de gegevens), pdf (het rapport, of met --chart
                    één grafiek), png of svg (één grafiek); zonder deze optie
                    bepaalt de extensie van FILE het formaat
  --out FILE        het bestand dat wordt geschreven
  --raw             met csv of json: elk antwoord in plaats van de
                    groepsstatistiek (een statistiek onder de
                    anonimiteitsdrempel k van de sessie is &quot;suppressed&quot;,
                    zonder getallen)
  --chart NAME      één grafiek: distribution, before-after, perception-gap,
                    decisions of cohort-trend
  --question ID     de vraag bij distribution en decisions
  --data-dir DIR    de map van de sessiedatabase, standaard
                    %1
  -h, --help        toont deze hulp en stopt

Afsluitcodes: 0 geschreven, 1 sessie bestaat niet, een fout in de opslag of
het bestand, 2 gebruiksfout.
Kolommen en het JSON-formaat: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 is een map; geef de naam op van een bestand om te schrijven.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>De map %1 bestaat niet; er is niets geschreven.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was written.</source>
        <translation>%1 kan niet worden geschreven: %2. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>it could not replace the file already there</source>
        <translation>het bestaande bestand kon niet worden vervangen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? Nothing was written, and a file already there was left unchanged.</source>
        <translation>%1 kan niet worden geschreven: %2. Is de schijf vol? Er is niets geschreven, en een bestaand bestand is ongewijzigd gebleven.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Follow-up plannen</translation>
    </message>
    <message>
        <source>A shorter session a few weeks after “%1” for the same group: people place themselves again (the follow-up phase) and play the decisions you pick once more. The cohort&apos;s trend then shows before, after and the follow-up.</source>
        <translation>Een kortere sessie een paar weken na ‘%1’ voor dezelfde groep: mensen plaatsen zich opnieuw (meetmoment Follow-up) en spelen de beslismomenten die je kiest nog een keer. De trend van het cohort toont dan vooraf, achteraf en de follow-up.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>“%1” has no cohort yet: it joins this one, so that the trend links the two sessions.</source>
        <translation>‘%1’ heeft nog geen cohort: de sessie komt bij dit cohort, zodat de trend de twee sessies koppelt.</translation>
    </message>
    <message>
        <source>Decisions to &amp;replay:</source>
        <translation>Beslismomenten om opnieuw te &amp;spelen:</translation>
    </message>
    <message>
        <source>Decisions to replay</source>
        <translation>Beslismomenten om opnieuw te spelen</translation>
    </message>
    <message>
        <source>This session asked no decision yet.</source>
        <translation>In deze sessie is nog geen beslismoment voorgelegd.</translation>
    </message>
    <message>
        <source>Create Follow-up</source>
        <translation>Follow-up aanmaken</translation>
    </message>
    <message>
        <source>Name the cohort the two sessions share.</source>
        <translation>Geef het cohort dat de twee sessies delen een naam.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up asks where people stand now and replays %n decision(s).</source>
        <translation>
            <numerusform>De follow-up vraagt waar mensen nu staan en speelt %n beslismoment opnieuw.</numerusform>
            <numerusform>De follow-up vraagt waar mensen nu staan en speelt %n beslismomenten opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HotSeatLock</name>
    <message>
        <source>Unlock the Console</source>
        <translation>Trainersscherm ontgrendelen</translation>
    </message>
    <message>
        <source>Trainer: %1 to unlock</source>
        <translation>Trainer: %1 om te ontgrendelen</translation>
    </message>
</context>
<context>
    <name>HotSeatScreen</name>
    <message>
        <source>Hot seat</source>
        <translation>Hete stoel</translation>
    </message>
    <message>
        <source>0  Pass
I&apos;d rather not say</source>
        <translation>0  Overslaan
Ik zeg het liever niet</translation>
    </message>
    <message>
        <source>0 Pass</source>
        <translation>0 Overslaan</translation>
    </message>
    <message>
        <source>Thank you — your answer is saved.
Please pass the laptop on.</source>
        <translation>Dank je — je antwoord is opgeslagen.
Geef de laptop maar door.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Volgende persoon</translation>
    </message>
    <message>
        <source>%1  %2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Ik zeg het liever niet</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation>Alleen deze computer (%1)</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Deelnemers uitnodigen</translation>
    </message>
    <message>
        <source>Phones join over the local network: they must be on the same Wi-Fi as this computer. Nothing goes to the internet. The audience screen shows a QR code, the address and a join code.</source>
        <translation>Telefoons doen mee via het lokale netwerk: ze moeten op dezelfde wifi zitten als deze computer. Er gaat niets naar internet. Het publieksscherm toont een QR-code, het adres en een deelnamecode.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netwerk:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Uitnodigen</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Scan the code, or open %1 on your phone</source>
        <translation>Scan de code, of open %1 op je telefoon</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Join from your phone: %1</source>
        <translation>Doe mee met je telefoon: %1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>&quot;%1&quot; is not a BCP 47 language tag: %2</source>
        <translation>‘%1’ is geen BCP 47-taalcode: %2</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1; bedoel je ‘%2’?</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not &quot;_&quot;</source>
        <translation>deelcodes worden gescheiden door ‘-’, niet door ‘_’</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not spaces</source>
        <translation>deelcodes worden gescheiden door ‘-’, niet door spaties</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed, only letters, digits and &quot;-&quot;</source>
        <translation>‘%1’ is niet toegestaan, alleen letters, cijfers en ‘-’</translation>
    </message>
    <message>
        <source>it starts with &quot;-&quot;</source>
        <translation>hij begint met ‘-’</translation>
    </message>
    <message>
        <source>it ends with &quot;-&quot;</source>
        <translation>hij eindigt op ‘-’</translation>
    </message>
    <message>
        <source>&quot;--&quot; leaves an empty subtag</source>
        <translation>‘--’ laat een lege deelcode achter</translation>
    </message>
    <message>
        <source>the subtag &quot;%1&quot; is longer than 8 characters</source>
        <translation>de deelcode ‘%1’ is langer dan 8 tekens</translation>
    </message>
    <message>
        <source>the language subtag &quot;%1&quot; must have 2 or 3 letters (or 5 to 8)</source>
        <translation>de taaldeelcode ‘%1’ moet 2 of 3 letters hebben (of 5 tot 8)</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; is given twice</source>
        <translation>de variant ‘%1’ staat er twee keer in</translation>
    </message>
    <message>
        <source>&quot;x&quot; needs at least one subtag of 1 to 8 letters and digits after it</source>
        <translation>na ‘x’ moet minstens één deelcode van 1 tot 8 letters en cijfers volgen</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; needs at least one subtag of 2 to 8 letters and digits after it</source>
        <translation>na de extensie ‘%1’ moet minstens één deelcode van 2 tot 8 letters en cijfers volgen</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; is given twice</source>
        <translation>de extensie ‘%1’ staat er twee keer in</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script (4 letters), a region (2 letters or 3 digits) or a variant (5 to 8 letters and digits, or a digit and 3 more) in this place</source>
        <translation>‘%1’ is op deze plek geen schrift (4 letters), geen regio (2 letters of 3 cijfers) en geen variant (5 tot 8 letters en cijfers, of een cijfer en nog 3 tekens)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a language, not its code; did you mean &quot;%2&quot;?</source>
        <translation>‘%1’ is de naam van een taal, niet de code ervan; bedoel je ‘%2’?</translation>
    </message>
</context>
<context>
    <name>LinguistFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not a valid .ts file: %4</source>
        <translation>%1:%2:%3: geen geldig .ts-bestand: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>ListSessionsCommand</name>
    <message>
        <source>option --format needs a value</source>
        <translation>optie --format heeft een waarde nodig</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions</source>
        <translation>onbekend argument %1 voor sessions</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for sessions; use table or tsv</source>
        <translation>onbekend formaat ‘%1’ voor sessions; gebruik table of tsv</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>COHORT</source>
        <translation>COHORT</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANTWOORDEN</translation>
    </message>
    <message>
        <source>No sessions in %1 yet. Create a demo session with &quot;upstander demo&quot;.</source>
        <translation>Nog geen sessies in %1. Maak een demosessie aan met &quot;upstander demo&quot;.</translation>
    </message>
    <message>
        <source>Usage: upstander sessions [--format table|tsv]
       upstander sessions --delete ID [--delete ID...]
       upstander sessions --older-than N

Lists the sessions in the data folder, newest first: id, date, title, cohort
and number of answers. Or deletes sessions with all of their answers, tallies
and commitments; nothing of them stays readable in the database file.
Deleting asks nothing and prints one line per deleted session.

Options:
  --format table|tsv   an aligned table (the default), or tab-separated values
                       with a fixed header, for scripts
  --delete ID          delete session ID (see the list); may be given more than
                       once; an unknown ID deletes nothing and exits with 1
  --older-than N       delete every session dated more than N months before
                       today (N from 1 to %1)
  --data-dir DIR       the folder of the session database, by default
                       %2
  -h, --help           show this help and exit

Exit codes: 0 done, 1 no such session or the store refused, 2 usage error.
More: docs/export.md.
</source>
        <translation>Gebruik: upstander sessions [--format table|tsv]
         upstander sessions --delete ID [--delete ID...]
         upstander sessions --older-than N

Toont de sessies in de gegevensmap, nieuwste eerst: id, datum, titel, cohort
en aantal antwoorden. Of verwijdert sessies met al hun antwoorden, tellingen
en voornemens; er blijft niets van leesbaar in het databasebestand.
Verwijderen vraagt niets en toont één regel per verwijderde sessie.

Opties:
  --format table|tsv   een uitgelijnde tabel (de standaard), of door tabs
                       gescheiden waarden met een vaste kopregel, voor scripts
  --delete ID          verwijdert sessie ID (zie de lijst); mag vaker worden
                       opgegeven; een onbekend ID verwijdert niets en stopt
                       met 1
  --older-than N       verwijdert elke sessie met een datum van meer dan N
                       maanden voor vandaag (N van 1 tot %1)
  --data-dir DIR       de map van de sessiedatabase, standaard
                       %2
  -h, --help           toont deze hulp en stopt

Afsluitcodes: 0 klaar, 1 sessie bestaat niet of de opslag weigerde,
2 gebruiksfout. Meer: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Upstander</source>
        <translation>Upstander</translation>
    </message>
    <message>
        <source>Workshop steps</source>
        <translation>Workshopstappen</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Volgend tabblad</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorig tabblad</translation>
    </message>
    <message>
        <source>Scenario Librar&amp;y</source>
        <translation>Scenariobib&amp;liotheek</translation>
    </message>
    <message>
        <source>&amp;Self-Placement</source>
        <translation>&amp;Zelfinschatting</translation>
    </message>
    <message>
        <source>Scenar&amp;io</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>&amp;Voornemens</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultaten</translation>
    </message>
    <message>
        <source>Choose a scenario in the library and press &quot;Run Scenario&quot;.</source>
        <translation>Kies een scenario in de bibliotheek en klik op ‘Scenario starten’.</translation>
    </message>
    <message>
        <source>Write down one thing you will do in the next two weeks, on your phone or on a card. It stays anonymous.</source>
        <translation>Schrijf één ding op dat je in de komende twee weken gaat doen, op je telefoon of op een kaart. Het blijft anoniem.</translation>
    </message>
    <message>
        <source>R&amp;un Scenario</source>
        <translation>Scenario s&amp;tarten</translation>
    </message>
    <message>
        <source>Run the selected scenario</source>
        <translation>Het geselecteerde scenario starten</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>Scenario&apos;s zoeken</translation>
    </message>
    <message>
        <source>Shows only the scenarios that contain every word typed</source>
        <translation>Toont alleen de scenario&apos;s die alle ingetypte woorden bevatten</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nieuwe sessie…</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>Sessie &amp;openen…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>Sessie-instellin&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sessie &amp;sluiten</translation>
    </message>
    <message>
        <source>Delete Old Sessions &amp;Automatically…</source>
        <translation>Oude sessies au&amp;tomatisch verwijderen…</translation>
    </message>
    <message>
        <source>Choose after how many months a session is deleted</source>
        <translation>Kies na hoeveel maanden een sessie wordt verwijderd</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Show &amp;Audience Window</source>
        <translation>&amp;Publieksvenster tonen</translation>
    </message>
    <message>
        <source>Audience Window &amp;Full Screen</source>
        <translation>Publieksvenster &amp;volledig scherm</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;CSV…</source>
        <translation>Groepsstatistiek als &amp;CSV…</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;JSON…</source>
        <translation>Groepsstatistiek als &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Raw Answers as CSV…</source>
        <translation>&amp;Losse antwoorden als CSV…</translation>
    </message>
    <message>
        <source>Raw &amp;Answers as JSON…</source>
        <translation>Losse &amp;antwoorden als JSON…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Rapport af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Find Scenario</source>
        <translation>Scenario &amp;zoeken</translation>
    </message>
    <message>
        <source>Reload &amp;Library</source>
        <translation>&amp;Bibliotheek opnieuw laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Projector: &amp;Next Page</source>
        <translation>Beamer: vol&amp;gende pagina</translation>
    </message>
    <message>
        <source>Projector: &amp;Previous Page</source>
        <translation>Beamer: vo&amp;rige pagina</translation>
    </message>
    <message>
        <source>Projector: &amp;Welcome Screen</source>
        <translation>Beamer: &amp;welkomstscherm</translation>
    </message>
    <message>
        <source>The session&apos;s title, your name, the agenda and the group&apos;s agreements</source>
        <translation>De titel van de sessie, je naam, het programma en de afspraken van de groep</translation>
    </message>
    <message>
        <source>Audience &amp;Screen</source>
        <translation>Publieks&amp;scherm</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Scherm %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Workshopgids</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Upstander</source>
        <translation>&amp;Over Upstander</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Loading scenarios…</source>
        <translation>Scenario&apos;s worden geladen…</translation>
    </message>
    <message>
        <source>No scenarios are available.</source>
        <translation>Er zijn geen scenario&apos;s beschikbaar.</translation>
    </message>
    <message>
        <source>No scenario matches your search.
Clear the search or choose &quot;All themes&quot;.</source>
        <translation>Geen enkel scenario past bij je zoekopdracht.
Maak het zoekveld leeg of kies ‘Alle thema&apos;s’.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation>
            <numerusform>%n scenario in de bibliotheek</numerusform>
            <numerusform>%n scenario&apos;s in de bibliotheek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation>
            <numerusform>%n scenario in de bibliotheek, waarvan %1 uit je eigen map</numerusform>
            <numerusform>%n scenario&apos;s in de bibliotheek, waarvan %1 uit je eigen map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation>
            <numerusform>⚠ %n scenariobestand kon niet worden geladen</numerusform>
            <numerusform>⚠ %n scenariobestanden konden niet worden geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions are not available: %1</source>
        <translation>Sessies zijn niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>No session is open. Start one with File → New Session (Ctrl+N) to collect answers; the library can be browsed without one.</source>
        <translation>Er is geen sessie open. Start er een met Bestand → Nieuwe sessie (Ctrl+N) om antwoorden te verzamelen; de bibliotheek kun je ook zonder sessie doorbladeren.</translation>
    </message>
    <message>
        <source>%1 — Upstander</source>
        <translation>%1 — Upstander</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n antwoord</numerusform>
            <numerusform>%1 · %n antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Geen sessie</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>De sessie kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Met %1</translation>
    </message>
    <message>
        <source>Our agreements:</source>
        <translation>Onze afspraken:</translation>
    </message>
    <message>
        <source>We will start in a moment.</source>
        <translation>We beginnen zo.</translation>
    </message>
    <message>
        <source>Workshop on %1</source>
        <translation>Workshop op %1</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Sessie-instellingen</translation>
    </message>
    <message>
        <source>The session that was open last is no longer there, so none is open.</source>
        <translation>De sessie die het laatst open was, bestaat niet meer, dus er is geen sessie open.</translation>
    </message>
    <message>
        <source>Old sessions could not all be deleted: %1</source>
        <translation>Niet alle oude sessies konden worden verwijderd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) dated more than %1 months ago.</source>
        <translation>
            <numerusform>%n sessie verwijderd met een datum van meer dan %1 maanden geleden.</numerusform>
            <numerusform>%n sessies verwijderd met een datum van meer dan %1 maanden geleden.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open again; the scenario it was running (%2) is no longer in the library, so it starts without it.</source>
        <translation>‘%1’ is weer open; het scenario dat erin liep (%2) staat niet meer in de bibliotheek, dus de sessie gaat verder zonder dat scenario.</translation>
    </message>
    <message>
        <source>“%1” is open again where it was.</source>
        <translation>‘%1’ is weer open, op dezelfde plek als eerst.</translation>
    </message>
    <message>
        <source>Invite phones again (%1) to take their answers.</source>
        <translation>Nodig de telefoons opnieuw uit (%1) om hun antwoorden te ontvangen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scenario Folder</source>
        <translation>Scenariomap</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>De map %1 kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>No file manager could open the scenario folder. Put your own scenario files (.yaml) in:

%1</source>
        <translation>Geen enkel bestandsbeheerprogramma kon de scenariomap openen. Zet je eigen scenariobestanden (.yaml) in:

%1</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pad &amp;kopiëren</translation>
    </message>
    <message>
        <source>About Upstander</source>
        <translation>Over Upstander</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;A tool for trainers who run allyship workshops: the allyship spectrum from bystander to advocate, role-play scenarios, and where the group lands, before and after.&lt;/p&gt;&lt;p&gt;Free and open-source software. Answers stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;Een hulpmiddel voor trainers die allyship-workshops geven: het allyship-spectrum van omstander tot pleitbezorger, rollenspelscenario&apos;s, en waar de groep staat, vooraf en achteraf.&lt;/p&gt;&lt;p&gt;Vrije en opensourcesoftware. Antwoorden blijven op deze computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plan a Follo&amp;w-up…</source>
        <translation>Follo&amp;w-up plannen…</translation>
    </message>
    <message>
        <source>Creates a booster session for the same cohort, weeks later, to place themselves again and replay decisions</source>
        <translation>Maakt weken later een opfrissessie aan voor hetzelfde cohort, om zich opnieuw te plaatsen en beslismomenten opnieuw te spelen</translation>
    </message>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Follow-up plannen</translation>
    </message>
    <message>
        <source>The cohort could not be saved: %1</source>
        <translation>Het cohort kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>De follow-up kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <source>Follow-up “%1” planned for %2. Open it on the day with File → Open Session.</source>
        <translation>Follow-up ‘%1’ gepland op %2. Open de sessie op die dag via Bestand → Sessie openen.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Export Da&amp;ta</source>
        <translation>Gegevens e&amp;xporteren</translation>
    </message>
    <message>
        <source>Open Scenario Fol&amp;der</source>
        <translation>Scenario&amp;map openen</translation>
    </message>
    <message>
        <source>“%1” is removed. Redo (%2) brings it back until another session is opened.</source>
        <translation>‘%1’ is verwijderd. Opnieuw (%2) haalt hem terug zolang je geen andere sessie opent.</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Follow-up ‘%1’ plannen</translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>expected a map of keys and values here, found %1</source>
        <translation>hier werd een mapping van sleutels en waarden verwacht, maar er staat %1</translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation>een sleutel moet één woord zijn, niet %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first given on line %2)</source>
        <translation>dubbele sleutel ‘%1’ (eerst opgegeven op regel %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>onbekende sleutel ‘%1’; verwacht wordt een van: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>onbekende sleutel ‘%1’; bedoel je ‘%2’?</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>verplichte sleutel ‘%1’ ontbreekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>‘%1’ is leeg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not %2</source>
        <translation>‘%1’ moet één waarde zijn, niet %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter (at most 64 characters)</source>
        <translation>‘%1’ is geen geldig id: gebruik kleine letters, cijfers en losse koppeltekens, en begin met een letter (hoogstens 64 tekens)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; remove the quotes around &quot;%2&quot;</source>
        <translation>‘%1’ moet een geheel getal zijn; haal de aanhalingstekens rond ‘%2’ weg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>‘%1’ moet een geheel getal van %2 tot %3 zijn, niet ‘%4’</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; remove the quotes around &quot;%2&quot;</source>
        <translation>‘%1’ moet true of false zijn; haal de aanhalingstekens rond ‘%2’ weg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>‘%1’ moet true of false zijn, niet ‘%2’</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;), not %2</source>
        <translation>‘%1’ moet een lijst zijn (items die beginnen met &quot;- &quot;), niet %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one item</source>
        <translation>‘%1’ moet minstens één item bevatten</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not a map (to write text containing &quot;: &quot;, put it in quotes)</source>
        <translation>elk item van ‘%1’ moet tekst zijn, geen mapping (zet tekst met &quot;: &quot; erin tussen aanhalingstekens)</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not %2</source>
        <translation>elk item van ‘%1’ moet tekst zijn, niet %2</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>een lege waarde</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Facilitator notes</source>
        <translation>Trainersnotities</translation>
    </message>
    <message>
        <source>Private notes for the facilitator; never shown on the projector</source>
        <translation>Privénotities voor de trainer; nooit op de beamer te zien</translation>
    </message>
    <message>
        <source>Only on this screen, never on the projector</source>
        <translation>Alleen op dit scherm, nooit op de beamer</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Geen notities bij deze stap.</translation>
    </message>
    <message>
        <source>Facilitator notes: %1</source>
        <translation>Trainersnotities: %1</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open Session</source>
        <translation>Sessie openen</translation>
    </message>
    <message>
        <source>&amp;Sessions on this computer:</source>
        <translation>&amp;Sessies op deze computer:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (cohort %1)</source>
        <translation> (cohort %1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n answer(s)</source>
        <translation>
            <numerusform>, %n antwoord</numerusform>
            <numerusform>, %n antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Verwijderen on&amp;gedaan maken</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all of its answers, tallies and commitments? You can undo this until you close this window.</source>
        <translation>‘%1’ met al haar antwoorden, tellingen en voornemens verwijderen? Je kunt dit ongedaan maken tot je dit venster sluit.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo Delete (%2) brings it back until this window closes.</source>
        <translation>‘%1’ verwijderd. ‘Verwijderen ongedaan maken’ (%2) haalt de sessie terug tot dit venster sluit.</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back.</source>
        <translation>‘%1’ is terug.</translation>
    </message>
</context>
<context>
    <name>ParticipantControl</name>
    <message>
        <source>Open or start a session first: answers from phones belong to a session.</source>
        <translation>Open of start eerst een sessie: antwoorden van telefoons horen bij een sessie.</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Deelnemers uitnodigen</translation>
    </message>
    <message>
        <source>Stop &amp;Inviting Participants</source>
        <translation>Stoppen met deelnemers &amp;uitnodigen</translation>
    </message>
    <message>
        <source>&amp;Invite Participants…</source>
        <translation>Deelnemers &amp;uitnodigen…</translation>
    </message>
    <message>
        <source>Stops the participant server; phones can no longer answer</source>
        <translation>Stopt de deelnemersserver; telefoons kunnen niet meer antwoorden</translation>
    </message>
    <message>
        <source>Lets participants answer from their phones over the local network</source>
        <translation>Laat deelnemers antwoorden met hun telefoon, via het lokale netwerk</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n telefoon verbonden</numerusform>
            <numerusform>%n telefoons verbonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as seen: the count goes back to zero and the phones that asked are told</source>
        <translation>Markeren als gezien: de teller gaat terug naar nul en de telefoons die erom vroegen krijgen bericht</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked for a pause</source>
        <translation>
            <numerusform>%n persoon vroeg om een pauze</numerusform>
            <numerusform>%n personen vroegen om een pauze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantServer</name>
    <message>
        <source>Open a session before inviting participants.</source>
        <translation>Open een sessie voordat je deelnemers uitnodigt.</translation>
    </message>
    <message>
        <source>The session&apos;s join code cannot be saved: %1</source>
        <translation>De deelnamecode van de sessie kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Participants cannot be invited: port %1 on %2 cannot be opened (%3).</source>
        <translation>Deelnemers kunnen niet worden uitgenodigd: poort %1 op %2 kan niet worden geopend (%3).</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Scenario files with problems</source>
        <translation>Scenariobestanden met problemen</translation>
    </message>
    <message>
        <source>These files in your scenario folder were not loaded. Fix the problems below and choose File → Reload Library.</source>
        <translation>Deze bestanden in je scenariomap zijn niet geladen. Los de problemen hieronder op en kies Bestand → Bibliotheek opnieuw laden.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; in a right-to-left language (Arabic), as &quot;LTR&quot; in every other language.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>QR-code voor %1</translation>
    </message>
</context>
<context>
    <name>RecordAnswerCommand</name>
    <message>
        <source>Record an answer</source>
        <translation>Een antwoord vastleggen</translation>
    </message>
    <message>
        <source>Record answer &quot;%1&quot;</source>
        <translation>Antwoord ‘%1’ vastleggen</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Follow-up: decisions to replay</source>
        <translation>Follow-up: beslismomenten om opnieuw te spelen</translation>
    </message>
    <message>
        <source>This follow-up replays no decision: ask where people stand now on the Self-Placement tab, then collect commitments.</source>
        <translation>Deze follow-up speelt geen beslismoment opnieuw: vraag op het tabblad Zelfinschatting waar mensen nu staan en verzamel daarna de voornemens.</translation>
    </message>
    <message>
        <source>%1. %2 (from “%3”)</source>
        <translation>%1. %2 (uit ‘%3’)</translation>
    </message>
    <message>
        <source>%1. %2 (the scenario “%3” is no longer in the library)</source>
        <translation>%1. %2 (het scenario ‘%3’ staat niet meer in de bibliotheek)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Opnieuw spelen</translation>
    </message>
    <message>
        <source>Replay decision %1</source>
        <translation>Beslismoment %1 opnieuw spelen</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <source>the group was split between %1 (%2 each, of %3)</source>
        <translation>was de groep verdeeld over %1 (elk %2 van de %3)</translation>
    </message>
    <message>
        <source>most people (%1 of %2) placed themselves at %3</source>
        <translation>plaatste de meerderheid (%1 van %2) zich bij %3</translation>
    </message>
    <message>
        <source>the largest group (%1 of %2) placed themselves at %3</source>
        <translation>plaatste de grootste groep (%1 van %2) zich bij %3</translation>
    </message>
    <message>
        <source>most people (%1 of %2) did</source>
        <translation>deed de meerderheid (%1 van %2) dat</translation>
    </message>
    <message>
        <source>that was still the largest group (%1 of %2)</source>
        <translation>was dat nog steeds de grootste groep (%1 van %2)</translation>
    </message>
    <message>
        <source>The group was not asked where they place themselves on the spectrum, so there is no before and after.</source>
        <translation>De groep is niet gevraagd waar ze zichzelf op het spectrum plaatsen, dus er is geen vooraf en achteraf.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1; afterwards, %2.</source>
        <translation>Vóór de scenario&apos;s %1; achteraf %2.</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered both times, so who moved is not shown.</source>
        <translation>Minder dan %1 personen antwoordden beide keren, dus de verschuivingen worden niet getoond.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1.</source>
        <translation>Vóór de scenario&apos;s %1.</translation>
    </message>
    <message>
        <source>Before the scenarios, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Vóór de scenario&apos;s plaatsten minder dan %1 personen zich op het spectrum, te weinig om te tonen.</translation>
    </message>
    <message>
        <source>The group was not asked where they stood before the scenarios.</source>
        <translation>De groep is vóór de scenario&apos;s niet gevraagd waar ze stonden.</translation>
    </message>
    <message>
        <source>Afterwards, %1.</source>
        <translation>Achteraf %1.</translation>
    </message>
    <message>
        <source>Afterwards, fewer than %1 people placed themselves, too few to show.</source>
        <translation>Achteraf plaatsten minder dan %1 personen zich, te weinig om te tonen.</translation>
    </message>
    <message>
        <source>The group did not place themselves again afterwards, so there is no before and after to compare.</source>
        <translation>De groep heeft zich achteraf niet opnieuw geplaatst, dus er is geen vooraf en achteraf om te vergelijken.</translation>
    </message>
    <message>
        <source>There is no gap between self-view and choices to report: the group did not both place themselves on the spectrum and decide in a scenario.</source>
        <translation>Er is geen kloof tussen zelfbeeld en keuzes te melden: de groep heeft niet zowel zichzelf op het spectrum geplaatst als in een scenario een keuze gemaakt.</translation>
    </message>
    <message>
        <source>Fewer than %1 people both placed themselves on the spectrum and decided in the scenarios, so the gap between how they see themselves and what they chose is not shown.</source>
        <translation>Minder dan %1 personen hebben zowel zichzelf op het spectrum geplaatst als in de scenario&apos;s gekozen, dus de kloof tussen hoe ze zichzelf zien en wat ze kozen, wordt niet getoond.</translation>
    </message>
    <message>
        <source>People placed themselves %1 stages further along, on average, than the options they chose in the scenarios: %2 of %3 saw themselves at least one stage higher than their choices.</source>
        <translation>Gemiddeld plaatsten mensen zichzelf %1 fasen verder dan de opties die ze in de scenario&apos;s kozen: %2 van %3 zagen zichzelf minstens één fase hoger dan hun keuzes.</translation>
    </message>
    <message>
        <source>People chose options %1 stages further along, on average, than where they placed themselves: %2 of %3 chose at least one stage higher than they placed themselves.</source>
        <translation>Gemiddeld kozen mensen opties die %1 fasen verder lagen dan waar ze zichzelf plaatsten: %2 van %3 kozen minstens één fase hoger dan hun zelfinschatting.</translation>
    </message>
    <message>
        <source>On average, the options people chose in the scenarios matched where they placed themselves: %1 of %2 were within one stage.</source>
        <translation>Gemiddeld kwamen de opties die mensen in de scenario&apos;s kozen overeen met hun zelfinschatting: bij %1 van %2 lagen die minder dan één fase uit elkaar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At decision %1, the group settled together on %2.</source>
        <translation>Bij beslismoment %1 kwam de groep samen uit op %2.</translation>
    </message>
    <message>
        <source>At decision %1, fewer than %2 people chose an option, so the choices are not shown.</source>
        <translation>Bij beslismoment %1 kozen minder dan %2 personen een optie, dus de keuzes worden niet getoond.</translation>
    </message>
    <message>
        <source>At decision %1, the most common choice was %2, chosen by %3 of %4.</source>
        <translation>Bij beslismoment %1 was %2 de meest gekozen optie, door %3 van de %4.</translation>
    </message>
    <message>
        <source>At decision %1, the choices were split between %2, chosen by %3 each, of %4.</source>
        <translation>Bij beslismoment %1 waren de keuzes verdeeld over %2, elk gekozen door %3 van de %4.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</source>
        <translation>
            <numerusform>Van de %n persoon die beide keren antwoordde, schoven er %1 op, bleven er %2 waar ze waren en gingen er %3 terug.</numerusform>
            <numerusform>Van de %n personen die beide keren antwoordden, schoven er %1 op, bleven er %2 waar ze waren en gingen er %3 terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown, to keep answers anonymous.</source>
        <translation>Groepen kleiner dan %1 worden niet getoond, zodat antwoorden anoniem blijven.</translation>
    </message>
    <message>
        <source>%1, decision %2 of %3</source>
        <translation>%1, beslismoment %2 van %3</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>%n persoon deed mee.</numerusform>
            <numerusform>%n personen deden mee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people took part, so none of their answers are shown.</source>
        <translation>Minder dan %1 personen deden mee, dus geen van hun antwoorden wordt getoond.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Er heeft nog niemand geantwoord.</translation>
    </message>
    <message>
        <source>Decisions outside a scenario</source>
        <translation>Beslismomenten buiten een scenario</translation>
    </message>
    <message>
        <source>The group did not reach a decision in it.</source>
        <translation>De groep is daarin niet aan een beslismoment toegekomen.</translation>
    </message>
    <message>
        <source>No scenario was played.</source>
        <translation>Er is geen scenario gespeeld.</translation>
    </message>
    <message>
        <source>The group worked through one scenario:</source>
        <translation>De groep heeft één scenario doorlopen:</translation>
    </message>
    <message>
        <source>The group worked through these scenarios, in this order:</source>
        <translation>De groep heeft deze scenario&apos;s doorlopen, in deze volgorde:</translation>
    </message>
    <message>
        <source>Weeks after the workshop, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Weken na de workshop plaatsten minder dan %1 personen zich op het spectrum, te weinig om te tonen.</translation>
    </message>
    <message>
        <source>Weeks after the workshop, %1.</source>
        <translation>Weken na de workshop %1.</translation>
    </message>
    <message>
        <source>The cohort trend below sets this beside the workshop&apos;s before and after.</source>
        <translation>De cohorttrend hieronder zet dit naast het vooraf en achteraf van de workshop.</translation>
    </message>
    <message numerus="yes">
        <source>Participants sent %n anonymous question(s) from their phones.</source>
        <translation>
            <numerusform>Deelnemers stuurden %n anonieme vraag vanaf hun telefoon.</numerusform>
            <numerusform>Deelnemers stuurden %n anonieme vragen vanaf hun telefoon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people who had made a commitment answered the check-in, too few to show.</source>
        <translation>Minder dan %1 personen met een voornemen beantwoordden de check-in, te weinig om te tonen.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</source>
        <translation>
            <numerusform>Van de %n persoon met een voornemen deden er %1 wat ze zich hadden voorgenomen, %2 deels en %3 nog niet (%4 gedaan).</numerusform>
            <numerusform>Van de %n personen met een voornemen deden er %1 wat ze zich hadden voorgenomen, %2 deels en %3 nog niet (%4 gedaan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said they had not made one.</source>
        <translation>
            <numerusform>%n persoon zei geen voornemen te hebben gemaakt.</numerusform>
            <numerusform>%n personen zeiden geen voornemen te hebben gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>minder dan %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Ch&amp;art:</source>
        <translation>&amp;Grafiek:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>V&amp;oor:</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Op bea&amp;mer tonen</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>Grafiek e&amp;xporteren…</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>De hele sessie</translation>
    </message>
    <message>
        <source>The latest one</source>
        <translation>De laatste vraag</translation>
    </message>
    <message>
        <source>Self-placement: %1</source>
        <translation>Zelfinschatting: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Beslismoment: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Delete Old Sessions</source>
        <translation>Oude sessies verwijderen</translation>
    </message>
    <message>
        <source>Upstander keeps every session (its answers, tallies and commitments) on this computer until you delete it. Should it delete old sessions by itself?</source>
        <translation>Upstander bewaart elke sessie (met haar antwoorden, tellingen en voornemens) op deze computer totdat je haar verwijdert. Moet Upstander oude sessies zelf verwijderen?</translation>
    </message>
    <message>
        <source>Upstander can delete old sessions by itself.</source>
        <translation>Upstander kan oude sessies zelf verwijderen.</translation>
    </message>
    <message>
        <source>Delete a session:</source>
        <translation>Een sessie verwijderen:</translation>
    </message>
    <message>
        <source>&amp;Never (keep every session)</source>
        <translation>&amp;Nooit (elke sessie bewaren)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;%n month(s) after its date</source>
        <translation>
            <numerusform>&amp;%n maand na de datum ervan</numerusform>
            <numerusform>&amp;%n maanden na de datum ervan</numerusform>
        </translation>
    </message>
    <message>
        <source>Old sessions are deleted when you press OK and each time Upstander starts; a session&apos;s age counts from its date. Deleted sessions cannot be brought back. You can change this later in File ▸ Delete Old Sessions Automatically.</source>
        <translation>Oude sessies worden verwijderd zodra je op OK drukt en telkens als Upstander start; de leeftijd van een sessie telt vanaf haar datum. Verwijderde sessies zijn niet terug te halen. Je kunt dit later wijzigen via Bestand ▸ Oude sessies automatisch verwijderen.</translation>
    </message>
    <message>
        <source>Sessions are kept until you delete them in File ▸ Open Session.</source>
        <translation>Sessies blijven bewaard totdat je ze verwijdert via Bestand ▸ Sessie openen.</translation>
    </message>
    <message>
        <source>No session on this computer is that old now.</source>
        <translation>Op deze computer is nu geen sessie zo oud.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this computer are that old now and will be deleted, the oldest from %1.</source>
        <translation>
            <numerusform>%n sessie op deze computer is nu zo oud en wordt verwijderd; ze is van %1.</numerusform>
            <numerusform>%n sessies op deze computer zijn nu zo oud en worden verwijderd, de oudste is van %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealCommand</name>
    <message>
        <source>Reveal the results</source>
        <translation>De resultaten onthullen</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>De resultaten verbergen</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <source>Revealed options</source>
        <translation>Onthulde opties</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stem</numerusform>
            <numerusform>%n stemmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes are shown once at least %1 people have voted.</source>
        <translation>De stemmen worden getoond zodra minstens %1 personen hebben gestemd.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Option %1: %2. Stage: %3. Why: %4</source>
        <translation>Optie %1: %2. Fase: %3. Waarom: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n stem.</numerusform>
            <numerusform>%n stemmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option %1: %2.</source>
        <translation>Optie %1: %2.</translation>
    </message>
</context>
<context>
    <name>RoleCards</name>
    <message>
        <source>Observer card</source>
        <translation>Observatiekaart</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Rolkaart</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observator</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Private: read this to yourself and keep it to yourself.</source>
        <translation>Vertrouwelijk: lees dit in stilte en houd het voor jezelf.</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Checklist voor de observator</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Rolkaarten: %1</translation>
    </message>
    <message>
        <source>Could not draw the role cards into %1.</source>
        <translation>Kan de rolkaarten niet tekenen in %1.</translation>
    </message>
</context>
<context>
    <name>RoleCardsDialog</name>
    <message>
        <source>Role cards — %1</source>
        <translation>Rolkaarten — %1</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Rolkaarten</translation>
    </message>
    <message>
        <source>Each card is private to its role. Print them or save them as a PDF, cut them apart and hand them out face down.</source>
        <translation>Elke kaart is alleen voor de eigen rol bedoeld. Druk ze af of sla ze op als pdf, knip ze los en deel ze omgekeerd uit.</translation>
    </message>
    <message>
        <source>Every role&apos;s name and private brief, and the observer checklist</source>
        <translation>De naam en de vertrouwelijke rolinstructie van elke rol, en de checklist voor de observator</translation>
    </message>
    <message>
        <source>One card per page</source>
        <translation>Eén kaart per pagina</translation>
    </message>
    <message>
        <source>Two cards per page</source>
        <translation>Twee kaarten per pagina</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Kaarten per pagina</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the role cards</source>
        <translation>De rolkaarten afdrukken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als p&amp;df…</translation>
    </message>
    <message>
        <source>Save the role cards as a PDF file</source>
        <translation>De rolkaarten opslaan als pdf-bestand</translation>
    </message>
    <message>
        <source>Close the role cards</source>
        <translation>De rolkaarten sluiten</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Rolkaarten: %1</translation>
    </message>
    <message>
        <source>Print role cards</source>
        <translation>Rolkaarten afdrukken</translation>
    </message>
    <message>
        <source>The role cards could not be printed.</source>
        <translation>De rolkaarten konden niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>%1-role-cards.pdf</source>
        <translation>%1-rolkaarten.pdf</translation>
    </message>
    <message>
        <source>Save role cards as PDF</source>
        <translation>Rolkaarten opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RoomQuestionStateCommand</name>
    <message>
        <source>Show a question from the room</source>
        <translation>Een vraag uit de zaal tonen</translation>
    </message>
    <message>
        <source>Mark a question as answered</source>
        <translation>Een vraag als beantwoord markeren</translation>
    </message>
    <message>
        <source>Hide a question</source>
        <translation>Een vraag verbergen</translation>
    </message>
    <message>
        <source>Put a question back in the queue</source>
        <translation>Een vraag terugzetten in de wachtrij</translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>achtergehouden ter beoordeling</translation>
    </message>
    <message>
        <source>shown on the projector</source>
        <translation>op de beamer getoond</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Questions and concerns participants send from their phones, anonymously: only this screen lists them, never who sent one.</source>
        <translation>Vragen en zorgen die deelnemers anoniem vanaf hun telefoon sturen: alleen dit scherm toont ze, nooit wie ze stuurde.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Wa&amp;chtrij:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Achtergehouden ter beoordeling</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Op bea&amp;mer tonen</translation>
    </message>
    <message>
        <source>Shows the selected question on the projector, without who sent it</source>
        <translation>Toont de geselecteerde vraag op de beamer, zonder wie die stuurde</translation>
    </message>
    <message>
        <source>Takes the selected question out of the queue</source>
        <translation>Haalt de geselecteerde vraag uit de wachtrij</translation>
    </message>
    <message>
        <source>&amp;Let In</source>
        <translation>&amp;Toelaten</translation>
    </message>
    <message>
        <source>Moves the selected held question into the queue</source>
        <translation>Zet de geselecteerde achtergehouden vraag in de wachtrij</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No question yet. Phones that joined can send one at any time.</source>
        <translation>Nog geen vragen. Telefoons die meedoen, kunnen er op elk moment een sturen.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n nieuwe vraag</numerusform>
            <numerusform>%n nieuwe vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n held for review</source>
        <translation>
            <numerusform> · %n achtergehouden ter beoordeling</numerusform>
            <numerusform> · %n achtergehouden ter beoordeling</numerusform>
        </translation>
    </message>
    <message>
        <source>A question from the room</source>
        <translation>Een vraag uit de zaal</translation>
    </message>
    <message>
        <source>Mark Ans&amp;wered</source>
        <translation>Als b&amp;eantwoord markeren</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Verber&amp;gen</translation>
    </message>
    <message>
        <source>Held f&amp;or review (the word list flagged them):</source>
        <translation>&amp;Achtergehouden ter beoordeling (de woordenlijst markeerde ze):</translation>
    </message>
    <message>
        <source>Show the Question?</source>
        <translation>Vraag tonen?</translation>
    </message>
    <message>
        <source>The projector shows a question the room is answering. While this one is on, phones cannot answer it. Show it anyway?</source>
        <translation>De beamer toont een vraag die de zaal nu beantwoordt. Zolang deze vraag te zien is, kunnen telefoons die niet beantwoorden. Toch tonen?</translation>
    </message>
</context>
<context>
    <name>RoundTimer</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>De timer terugzetten</translation>
    </message>
    <message>
        <source>Stop the timer, set it back to the round length and hide it from the projector</source>
        <translation>De timer stoppen, terugzetten op de rondeduur en van de beamer halen</translation>
    </message>
    <message>
        <source>Ne&amp;xt round</source>
        <translation>Volg&amp;ende ronde</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Volgende ronde</translation>
    </message>
    <message>
        <source>Rotate the roles in each group of three and start the next round&apos;s time</source>
        <translation>De rollen in elk drietal laten doorschuiven en de tijd voor de volgende ronde starten</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>Geluid als de tijd om is</translation>
    </message>
    <message>
        <source>Play a chime on this computer when the timer runs out</source>
        <translation>Een gong laten klinken op deze computer als de timer afloopt</translation>
    </message>
    <message>
        <source>Time per round:</source>
        <translation>Tijd per ronde:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tijd:</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1, minuten</translation>
    </message>
    <message>
        <source>%1, seconds</source>
        <translation>%1, seconden</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Time is up: the round has ended</source>
        <translation>De tijd is om: de ronde is afgelopen</translation>
    </message>
    <message>
        <source>Running, shown on the projector</source>
        <translation>Loopt, te zien op de beamer</translation>
    </message>
    <message>
        <source>Paused, shown on the projector</source>
        <translation>Gepauzeerd, te zien op de beamer</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Resterende tijd: %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Ronde %1: %2</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;uzeren</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>De timer pauzeren</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>De timer starten</translation>
    </message>
    <message>
        <source>Start or pause the timer (%1)</source>
        <translation>De timer starten of pauzeren (%1)</translation>
    </message>
</context>
<context>
    <name>ScenarioChecker</name>
    <message>
        <source>duplicate role id &quot;%1&quot; (first used on line %2)</source>
        <translation>dubbel rol-id ‘%1’ (eerst gebruikt op regel %2)</translation>
    </message>
    <message>
        <source>duplicate scene id &quot;%1&quot; (first used on line %2)</source>
        <translation>dubbel scène-id ‘%1’ (eerst gebruikt op regel %2)</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is a dead end: it is not an ending and leads nowhere; give it &quot;next&quot;, &quot;decision&quot; or &quot;ending: true&quot;</source>
        <translation>scène ‘%1’ loopt dood: ze is geen einde en leidt nergens heen; geef haar &quot;next&quot;, &quot;decision&quot; of &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in this decision (first used on line %2)</source>
        <translation>dubbel optie-id ‘%1’ in dit beslismoment (eerst gebruikt op regel %2)</translation>
    </message>
    <message>
        <source>the options of this decision span only %1 of the five stages (%2); three or more give the group something to discuss</source>
        <translation>de opties van dit beslismoment beslaan maar %1 van de vijf fasen (%2); met drie of meer heeft de groep iets om over te praten</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; expected one of: %2</source>
        <translation>onbekende fase ‘%1’; verwacht wordt een van: %2</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>onbekende fase ‘%1’; bedoel je ‘%2’?</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;</source>
        <translation>&quot;next&quot; verwijst naar geen enkele scène: er is geen scène ‘%1’</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>&quot;next&quot; verwijst naar geen enkele scène: er is geen scène ‘%1’; bedoel je ‘%2’?</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; the only scenes leading to it cannot be reached either</source>
        <translation>scène ‘%1’ is niet bereikbaar vanaf de eerste scène ‘%2’; ook de scènes die ernaartoe leiden, zijn niet bereikbaar</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; no &quot;next&quot; leads to it</source>
        <translation>scène ‘%1’ is niet bereikbaar vanaf de eerste scène ‘%2’; geen enkele &quot;next&quot; leidt ernaartoe</translation>
    </message>
    <message>
        <source>no scene is an ending; mark the last scene of each path with &quot;ending: true&quot;</source>
        <translation>geen enkele scène is een einde; markeer de laatste scène van elk pad met &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is caught in a loop: no path from it reaches an ending</source>
        <translation>scène ‘%1’ zit vast in een lus: geen enkel pad vanaf daar bereikt een einde</translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message>
        <source>Scenario details</source>
        <translation>Scenariodetails</translation>
    </message>
    <message>
        <source>Summary, roles, decision points and debrief questions of the selected scenario</source>
        <translation>Samenvatting, rollen, beslismomenten en nabesprekingsvragen van het geselecteerde scenario</translation>
    </message>
    <message>
        <source>Choose a scenario from the list to see its roles, decision points and debrief questions.</source>
        <translation>Kies een scenario in de lijst om de rollen, beslismomenten en nabesprekingsvragen te zien.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3–%4 people</source>
        <translation>%1 · %2 minuten · %3–%4 personen</translation>
    </message>
    <message>
        <source>Warnings from checking this file (it runs anyway)</source>
        <translation>Waarschuwingen bij het controleren van dit bestand (het scenario werkt toch)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>observer role</source>
        <translation>observatorrol</translation>
    </message>
    <message>
        <source>Decision points</source>
        <translation>Beslismomenten</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation>
            <numerusform>Timer: %n seconde</numerusform>
            <numerusform>Timer: %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Checklist voor de observator</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Wat?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>En dan?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Wat nu?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>another scenario file already uses the id &quot;%1&quot; (%2); this one was not loaded</source>
        <translation>een ander scenariobestand gebruikt het id ‘%1’ al (%2); dit bestand is niet geladen</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <source>%1
%2 · %3 min</source>
        <translation>%1
%2 · %3 min</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n minutes</source>
        <translation>
            <numerusform>%1, %2, %n minuut</numerusform>
            <numerusform>%1, %2, %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; scenario files are a few kilobytes</source>
        <translation>het bestand is groter dan 1 MiB; scenariobestanden zijn een paar kilobyte groot</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>het bestand is UTF-16-tekst; sla het op als UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; scenario files must be UTF-8 text (is it UTF-16 or binary?)</source>
        <translation>het bestand bevat een NUL-byte; scenariobestanden moeten UTF-8-tekst zijn (is het UTF-16 of binair?)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>het bestand is geen geldige UTF-8; sla het op als UTF-8</translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>the file is empty; a scenario starts with &quot;format: %1&quot;</source>
        <translation>het bestand is leeg; een scenario begint met &quot;format: %1&quot;</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version of Upstander reads &quot;%2&quot;</source>
        <translation>niet-ondersteund formaat ‘%1’; deze versie van Upstander leest ‘%2’</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected one of: %2</source>
        <translation>onbekend thema ‘%1’; verwacht wordt een van: %2</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>onbekend thema ‘%1’; bedoel je ‘%2’?</translation>
    </message>
    <message>
        <source>&quot;max&quot; (%1) is smaller than &quot;min&quot; (%2)</source>
        <translation>&quot;max&quot; (%1) is kleiner dan &quot;min&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;ending: false&quot; says nothing; leave &quot;ending&quot; out of scenes that are not endings</source>
        <translation>&quot;ending: false&quot; zegt niets; laat &quot;ending&quot; weg bij scènes die geen einde zijn</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; has %2; a scene does exactly one of &quot;next&quot;, &quot;decision&quot; or &quot;ending&quot;</source>
        <translation>scène ‘%1’ heeft %2; een scène heeft precies één van &quot;next&quot;, &quot;decision&quot; of &quot;ending&quot;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>a decision needs two to six options, this one has %1</source>
        <translation>een beslismoment heeft twee tot zes opties nodig, dit heeft er %1</translation>
    </message>
    <message>
        <source>the content note has %1 characters; participants read it on a phone before the role-play, so keep it to %2</source>
        <translation>de inhoudsnotitie heeft %1 tekens; deelnemers lezen die vóór het rollenspel op hun telefoon, houd het dus bij %2</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario runner: %1</source>
        <translation>Scenario spelen: %1</translation>
    </message>
    <message>
        <source>Role &amp;cards…</source>
        <translation>Rol&amp;kaarten…</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Rolkaarten</translation>
    </message>
    <message>
        <source>Every role&apos;s private brief and the observer checklist, to print or save as PDF</source>
        <translation>De vertrouwelijke rolinstructie van elke rol en de checklist voor de observator, om af te drukken of als pdf op te slaan</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Opn&amp;ieuw beginnen</translation>
    </message>
    <message>
        <source>Start the scenario over</source>
        <translation>Het scenario opnieuw beginnen</translation>
    </message>
    <message>
        <source>Back to the first scene; recorded votes are kept</source>
        <translation>Terug naar de eerste scène; vastgelegde stemmen blijven bewaard</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Op bea&amp;mer tonen</translation>
    </message>
    <message>
        <source>Current scene</source>
        <translation>Huidige scène</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Rondetimer</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Terug</translation>
    </message>
    <message>
        <source>Back to the previous scene</source>
        <translation>Terug naar de vorige scène</translation>
    </message>
    <message>
        <source>&amp;Next scene →</source>
        <translation>Volgende s&amp;cène →</translation>
    </message>
    <message>
        <source>Next scene</source>
        <translation>Volgende scène</translation>
    </message>
    <message>
        <source>&amp;Debrief →</source>
        <translation>Naar &amp;nabespreking →</translation>
    </message>
    <message>
        <source>Go on to the debrief</source>
        <translation>Verder naar de nabespreking</translation>
    </message>
    <message>
        <source>Finish scenario</source>
        <translation>Scenario afronden</translation>
    </message>
    <message>
        <source>Finish the scenario</source>
        <translation>Het scenario afronden</translation>
    </message>
    <message>
        <source>Facilitator notes and timer</source>
        <translation>Trainersnotities en timer</translation>
    </message>
    <message>
        <source>Previous scene</source>
        <translation>Vorige scène</translation>
    </message>
    <message>
        <source>Next scene or debrief</source>
        <translation>Volgende scène of nabespreking</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Op beamer tonen</translation>
    </message>
    <message>
        <source>Take the next vote away</source>
        <translation>De volgende stem weghalen</translation>
    </message>
    <message>
        <source>Add a vote to option %1</source>
        <translation>Eén stem toevoegen aan optie %1</translation>
    </message>
    <message>
        <source>Take a vote from option %1</source>
        <translation>Eén stem afhalen van optie %1</translation>
    </message>
    <message>
        <source>Put this scene&apos;s narration on the audience screen (%1)</source>
        <translation>De verteltekst van deze scène op het publieksscherm zetten (%1)</translation>
    </message>
    <message>
        <source>Back to the previous scene on the path (%1)</source>
        <translation>Terug naar de vorige scène op het pad (%1)</translation>
    </message>
    <message>
        <source>On to the next scene (%1)</source>
        <translation>Verder naar de volgende scène (%1)</translation>
    </message>
    <message>
        <source>“%1” is over</source>
        <translation>‘%1’ is afgelopen</translation>
    </message>
    <message>
        <source>Thank you for taking part.</source>
        <translation>Bedankt voor het meedoen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Nabespreking: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Wat?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>En dan?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Wat nu?</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Start “%1” over from the first scene?</source>
        <translation>‘%1’ opnieuw beginnen vanaf de eerste scène?</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) at this scenario&apos;s decisions in this session.</source>
        <translation>
            <numerusform>%n stem bij de beslismomenten van dit scenario in deze sessie.</numerusform>
            <numerusform>%n stemmen bij de beslismomenten van dit scenario in deze sessie.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept: each decision is asked again in the same question, where votes counted by hand are added to them and a phone&apos;s new answer replaces its earlier one. The results and the report count both runs together.</source>
        <translation>Ze blijven bewaard: elk beslismoment wordt opnieuw gesteld in dezelfde vraag, waar met handen getelde stemmen erbij komen en een nieuw antwoord van een telefoon het eerdere antwoord van die telefoon vervangt. De resultaten en het rapport tellen beide keren samen.</translation>
    </message>
    <message>
        <source>&amp;Keep Votes and Start Over</source>
        <translation>Stemmen bewaren en &amp;opnieuw beginnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>The scenario has ended and the projector says so. Start over to run it again, or choose another scenario from the library.</source>
        <translation>Het scenario is afgelopen en dat staat op de beamer. Begin opnieuw om het nog eens te spelen, of kies een ander scenario uit de bibliotheek.</translation>
    </message>
    <message>
        <source>Thank the people who played the roles and the observers, and give the room a moment before the next part of the workshop.</source>
        <translation>Bedank de mensen die de rollen speelden en de observatoren, en geef de groep even de tijd voordat het volgende deel van de workshop begint.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <source>Debrief: What? So what? Now what?</source>
        <translation>Nabespreking: Wat? En dan? Wat nu?</translation>
    </message>
    <message>
        <source>What? (what happened)</source>
        <translation>Wat? (wat er gebeurde)</translation>
    </message>
    <message>
        <source>So what? (why it matters)</source>
        <translation>En dan? (waarom het ertoe doet)</translation>
    </message>
    <message>
        <source>Now what? (what each of us will do)</source>
        <translation>Wat nu? (wat ieder van ons gaat doen)</translation>
    </message>
    <message>
        <source>Take the three kinds of question in order and give each its own time. Let the room answer before you offer your own view. Invite, never require: anyone may pass.</source>
        <translation>Neem de drie soorten vragen op volgorde en geef elke soort haar eigen tijd. Laat de groep antwoorden voordat je je eigen kijk geeft. Nodig uit, verplicht nooit: iedereen mag overslaan.</translation>
    </message>
    <message>
        <source>Debrief timer</source>
        <translation>Timer voor de nabespreking</translation>
    </message>
    <message>
        <source>Scene %1 · Decision point</source>
        <translation>Scène %1 · Beslismoment</translation>
    </message>
    <message>
        <source>Scene %1 · Ending</source>
        <translation>Scène %1 · Einde</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Scène %1</translation>
    </message>
    <message>
        <source>Narration: %1</source>
        <translation>Verteltekst: %1</translation>
    </message>
    <message>
        <source>This is an ending of the scenario. When the room is ready, go on to the debrief.</source>
        <translation>Dit is een einde van het scenario. Ga verder naar de nabespreking zodra de groep er klaar voor is.</translation>
    </message>
    <message>
        <source>Show on the projector that the scenario is over</source>
        <translation>Op de beamer tonen dat het scenario is afgelopen</translation>
    </message>
    <message>
        <source>Show the debrief questions on the projector</source>
        <translation>De nabesprekingsvragen op de beamer tonen</translation>
    </message>
    <message>
        <source>Show the narration on the projector</source>
        <translation>De verteltekst op de beamer tonen</translation>
    </message>
    <message>
        <source>No audience screen is open.</source>
        <translation>Er is geen publieksscherm open.</translation>
    </message>
    <message>
        <source>On the projector now.</source>
        <translation>Nu op de beamer.</translation>
    </message>
    <message>
        <source>The projector says that the scenario is over.</source>
        <translation>Op de beamer staat dat het scenario is afgelopen.</translation>
    </message>
    <message>
        <source>the welcome screen</source>
        <translation>het welkomstscherm</translation>
    </message>
    <message>
        <source>the group&apos;s agreements</source>
        <translation>de afspraken van de groep</translation>
    </message>
    <message>
        <source>the narration of “%1”</source>
        <translation>de verteltekst van ‘%1’</translation>
    </message>
    <message>
        <source>a question and its options</source>
        <translation>een vraag met de opties</translation>
    </message>
    <message>
        <source>revealed results</source>
        <translation>onthulde resultaten</translation>
    </message>
    <message>
        <source>debrief questions</source>
        <translation>nabesprekingsvragen</translation>
    </message>
    <message>
        <source>how to join from a phone</source>
        <translation>hoe je meedoet met een telefoon</translation>
    </message>
    <message>
        <source>the request for commitments</source>
        <translation>de vraag om voornemens</translation>
    </message>
    <message>
        <source>the group&apos;s commitments</source>
        <translation>de voornemens van de groep</translation>
    </message>
    <message>
        <source>The projector shows %1.</source>
        <translation>De beamer toont %1.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pad:</translation>
    </message>
    <message>
        <source>Path so far: %1</source>
        <translation>Pad tot nu toe: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Over de inhoud: %1</translation>
    </message>
    <message>
        <source>Phones show this note while the role-play is on; anyone can sit it out there</source>
        <translation>Telefoons tonen deze notitie zolang het rollenspel loopt; daar kan iedereen besluiten niet mee te doen</translation>
    </message>
    <message>
        <source>Chosen on their phones; only the number is shown, here alone, never on the projector</source>
        <translation>Gekozen op de telefoons; alleen het aantal wordt getoond, alleen hier en nooit op de projector</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) sitting this role-play out</source>
        <translation>
            <numerusform>%n persoon doet niet mee aan dit rollenspel</numerusform>
            <numerusform>%n personen doen niet mee aan dit rollenspel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message>
        <source>option --ts needs a file name</source>
        <translation>optie --ts heeft een bestandsnaam nodig</translation>
    </message>
    <message>
        <source>unknown option %1 for scenario-strings</source>
        <translation>onbekende optie %1 voor scenario-strings</translation>
    </message>
    <message>
        <source>scenario-strings needs --ts FILE.ts and at least one scenario file</source>
        <translation>scenario-strings heeft --ts FILE.ts en minstens één scenariobestand nodig</translation>
    </message>
    <message>
        <source>No translation file written: fix the scenario files first.</source>
        <translation>Geen vertaalbestand geschreven: los eerst de fouten in de scenariobestanden op.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation>
            <numerusform>%1: %n tekst, waarvan %2 nog niet af.</numerusform>
            <numerusform>%1: %n teksten, waarvan %2 nog niet af.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: upstander scenario-strings --ts FILE.ts SCENARIO...

Writes the translatable texts of the scenarios into the Qt Linguist file
FILE.ts, keeping the translations already made there. The language comes from
the file, or from its name (scenarios_de.ts is German). Nothing is written
while a scenario has errors.

Options:
  --ts FILE.ts   the translation file to create or update
  -h, --help     show this help and exit

Exit codes: 0 written, 1 a scenario or the file could not be read or written,
2 usage error. Translating scenarios: docs/translations.md.
</source>
        <translation>Gebruik: upstander scenario-strings --ts FILE.ts SCENARIO...

Schrijft de vertaalbare teksten van de scenario&apos;s naar het Qt Linguist-bestand
FILE.ts; vertalingen die daar al staan, blijven behouden. De taal komt uit het
bestand, of uit de naam ervan (scenarios_de.ts is Duits). Zolang een scenario
fouten bevat, wordt er niets geschreven.

Opties:
  --ts FILE.ts   het vertaalbestand dat wordt aangemaakt of bijgewerkt
  -h, --help     toont deze hulp en stopt

Afsluitcodes: 0 geschreven, 1 een scenario of het bestand kon niet worden
gelezen of geschreven, 2 gebruiksfout. Scenario&apos;s vertalen:
docs/translations.md.
</translation>
    </message>
</context>
<context>
    <name>SelfPlacementPanel</name>
    <message>
        <source>Phase</source>
        <translation>Meetmoment</translation>
    </message>
    <message>
        <source>Ph&amp;ase:</source>
        <translation>&amp;Meetmoment:</translation>
    </message>
    <message>
        <source>Tally: the group stands on a line</source>
        <translation>Turven: de groep gaat op een lijn staan</translation>
    </message>
    <message>
        <source>Hot seat: the laptop goes round</source>
        <translation>Hete stoel: de laptop gaat rond</translation>
    </message>
    <message>
        <source>&amp;Collect by:</source>
        <translation>Verzam&amp;elen via:</translation>
    </message>
    <message>
        <source>How answers are collected</source>
        <translation>Hoe antwoorden worden verzameld</translation>
    </message>
    <message>
        <source>Show &amp;Question on Projector</source>
        <translation>Vraag op beamer &amp;tonen</translation>
    </message>
    <message>
        <source>Count the people standing at each stage. Press 1–5 to add one; press − and then a number to take one away; Ctrl+Z undoes.</source>
        <translation>Tel de mensen die bij elke fase staan. Druk op 1–5 om er één bij te tellen; druk op − en dan een cijfer om er één af te halen; Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Next number takes one away</source>
        <translation>Volgend cijfer haalt er één af</translation>
    </message>
    <message>
        <source>The laptop goes round the room and each person places themselves. &quot;Hand Over&quot; locks the console to a screen with only the question, the five stages and &quot;Pass&quot;: no tabs, notes, results or undo. Unlock it with %1 to take the laptop back; then Ctrl+Z takes back the last answer.</source>
        <translation>De laptop gaat de zaal rond en iedereen plaatst zichzelf. ‘Laptop doorgeven’ vergrendelt het trainersscherm tot een scherm met alleen de vraag, de vijf fasen en ‘Overslaan’: geen tabbladen, notities, resultaten of ongedaan maken. Ontgrendel het met %1 om de laptop terug te nemen; daarna haalt Ctrl+Z het laatste antwoord terug.</translation>
    </message>
    <message>
        <source>Hand &amp;Over the Laptop</source>
        <translation>La&amp;ptop doorgeven</translation>
    </message>
    <message>
        <source>Hot Seat</source>
        <translation>Hete stoel</translation>
    </message>
    <message>
        <source>The results of this question are shown, so it takes no more answers. Hide the results to go on collecting.</source>
        <translation>De resultaten van deze vraag worden getoond, dus ze neemt geen antwoorden meer aan. Verberg de resultaten om verder te verzamelen.</translation>
    </message>
    <message>
        <source>Self-Placement</source>
        <translation>Zelfinschatting</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>De vraag kon niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already answered this question one by one or on a phone. Hands counted now are added to them, so only people who have not answered yet may be counted. Count hands as well?</source>
        <translation>
            <numerusform>%n persoon heeft deze vraag al één voor één of op een telefoon beantwoord. Handen die je nu telt, komen daarbij, dus tel alleen mensen die nog niet hebben geantwoord. Ook handen tellen?</numerusform>
            <numerusform>%n personen hebben deze vraag al één voor één of op een telefoon beantwoord. Handen die je nu telt, komen daarbij, dus tel alleen mensen die nog niet hebben geantwoord. Ook handen tellen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already counted by hand for this question. Answers given now are added to them, so only people who were not counted may answer. Take answers one by one as well?</source>
        <translation>
            <numerusform>Voor deze vraag is al %n persoon met handen geteld. Antwoorden die nu worden gegeven, komen daarbij, dus alleen mensen die niet zijn geteld, mogen antwoorden. Ook één voor één antwoorden aannemen?</numerusform>
            <numerusform>Voor deze vraag zijn al %n personen met handen geteld. Antwoorden die nu worden gegeven, komen daarbij, dus alleen mensen die niet zijn geteld, mogen antwoorden. Ook één voor één antwoorden aannemen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Count both ways?</source>
        <translation>Op beide manieren tellen?</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Onthullen</translation>
    </message>
    <message>
        <source>The results could not be shown or hidden.</source>
        <translation>De resultaten konden niet worden getoond of verborgen.</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Waar de groep staat: %1</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>Add one to %1</source>
        <translation>Eén optellen bij %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n persoon</numerusform>
            <numerusform>%1: %n personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one from %1</source>
        <translation>Eén aftrekken van %1</translation>
    </message>
    <message>
        <source>Where are you today? Tap the stage that fits you best, or press its number. Nobody sees your answer.</source>
        <translation>Waar sta je vandaag? Tik op de fase die het best bij je past, of druk op het cijfer ervan. Niemand ziet je antwoord.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Geteld: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered one by one or from phones</source>
        <translation>
            <numerusform>%n persoon antwoordde één voor één of via een telefoon</numerusform>
            <numerusform>%n personen antwoordden één voor één of via een telefoon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all · counted by hand: %1 · answered one by one or from phones: %2</source>
        <translation>
            <numerusform>%n persoon in totaal · met handen geteld: %1 · één voor één of via een telefoon: %2</numerusform>
            <numerusform>%n personen in totaal · met handen geteld: %1 · één voor één of via een telefoon: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The results are shown, so no more answers are counted. &quot;Hide Results&quot; or &quot;Show Question on Projector&quot; asks the question again.</source>
        <translation>De resultaten worden getoond, dus er worden geen antwoorden meer geteld. ‘Resultaten verbergen’ of ‘Vraag op beamer tonen’ stelt de vraag opnieuw.</translation>
    </message>
    <message>
        <source>Hide Res&amp;ults</source>
        <translation>Resultaten verber&amp;gen</translation>
    </message>
    <message>
        <source>Reveal Res&amp;ults</source>
        <translation>Resultaten &amp;onthullen</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Before</source>
        <translation>Vooraf</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>SessionCharts</name>
    <message>
        <source>Where the group stands</source>
        <translation>Waar de groep staat</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vooraf en achteraf</translation>
    </message>
    <message>
        <source>How people see themselves and what they chose</source>
        <translation>Hoe mensen zichzelf zien en wat ze kozen</translation>
    </message>
    <message>
        <source>Votes at a decision</source>
        <translation>Stemmen bij een beslismoment</translation>
    </message>
    <message>
        <source>Cohort trend</source>
        <translation>Cohorttrend</translation>
    </message>
    <message>
        <source>On average, people place themselves where their choices are.</source>
        <translation>Gemiddeld plaatsen mensen zichzelf waar hun keuzes liggen.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages further along than their choices.</source>
        <translation>Gemiddeld plaatsen mensen zichzelf %1 fasen verder dan hun keuzes.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages behind their choices.</source>
        <translation>Gemiddeld plaatsen mensen zichzelf %1 fasen achter hun keuzes.</translation>
    </message>
    <message>
        <source>Where people place themselves</source>
        <translation>Waar mensen zichzelf plaatsen</translation>
    </message>
    <message>
        <source>The stages of their choices</source>
        <translation>De fasen van hun keuzes</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Waar de groep staat: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Nog geen beslismoment</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Sessie-instellingen</translation>
    </message>
    <message>
        <source>e.g. Leadership team, spring workshop</source>
        <translation>bijv. Managementteam, voorjaarsworkshop</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>optional; the same name links a later follow-up</source>
        <translation>optioneel; dezelfde naam koppelt een latere follow-up</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> antwoorden</translation>
    </message>
    <message>
        <source>&amp;Show results from:</source>
        <translation>Resultaten tonen &amp;vanaf:</translation>
    </message>
    <message>
        <source>No result, chart or commitment is shown or exported while it rests on fewer answers than this, so nobody can be singled out.</source>
        <translation>Geen resultaat, grafiek of voornemen wordt getoond of geëxporteerd zolang het op minder antwoorden berust dan dit aantal, zodat niemand herkenbaar wordt.</translation>
    </message>
    <message>
        <source>Name for stage %1, %2</source>
        <translation>Naam voor fase %1, %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Leave a field empty to use the standard name. The order and colours of the stages stay the same.</source>
        <translation>Laat een veld leeg om de standaardnaam te gebruiken. De volgorde en kleuren van de fasen blijven hetzelfde.</translation>
    </message>
    <message>
        <source>Stage na&amp;mes</source>
        <translation>&amp;Namen van de fasen</translation>
    </message>
    <message>
        <source>As the room will see it, e.g. Sam Okafor</source>
        <translation>Zoals de groep je naam ziet, bijv. Sam Okafor</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je naa&amp;m:</translation>
    </message>
    <message>
        <source>One item per line, e.g. 9:30 Where we stand</source>
        <translation>Eén punt per regel, bijv. 9.30 Waar we staan</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;Programma:</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>Eén afspraak per regel</translation>
    </message>
    <message>
        <source>Our &amp;agreements:</source>
        <translation>Onze a&amp;fspraken:</translation>
    </message>
    <message>
        <source>Shown on the projector when the session opens, and again with View ▸ Projector: Welcome Screen.</source>
        <translation>Verschijnt op de beamer als de sessie opent, en opnieuw via Beeld ▸ Beamer: welkomstscherm.</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>&amp;Welkomstscherm</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>An earlier cohort: this session joins its trend.</source>
        <translation>Een eerder cohort: deze sessie komt bij de trend ervan.</translation>
    </message>
    <message>
        <source>Saved as “%1”, the earlier cohort: this session joins its trend.</source>
        <translation>Opgeslagen als ‘%1’, het eerdere cohort: deze sessie komt bij de trend ervan.</translation>
    </message>
    <message>
        <source>A new cohort: later sessions with the same name are compared with it.</source>
        <translation>Een nieuw cohort: latere sessies met dezelfde naam worden ermee vergeleken.</translation>
    </message>
    <message>
        <source>A new cohort. Did you mean “%1”? A different spelling starts a separate trend.</source>
        <translation>Een nieuw cohort. Bedoel je ‘%1’? Een andere schrijfwijze begint een aparte trend.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>No session is open.</source>
        <translation>Er is geen sessie open.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Er is geen sessie %1.</translation>
    </message>
    <message>
        <source>The commitment is empty.</source>
        <translation>Het voornemen is leeg.</translation>
    </message>
    <message>
        <source>A commitment has at most %1 characters; this one has %2.</source>
        <translation>Een voornemen heeft hoogstens %1 tekens; dit heeft er %2.</translation>
    </message>
    <message>
        <source>The commitment is no longer there.</source>
        <translation>Dit voornemen bestaat niet meer.</translation>
    </message>
    <message>
        <source>Answers are recorded in this question, so it stays.</source>
        <translation>Bij deze vraag zijn antwoorden vastgelegd, dus blijft ze bestaan.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>De vraag is leeg.</translation>
    </message>
    <message>
        <source>A question has at most %1 characters.</source>
        <translation>Een vraag heeft hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>The question contains control characters.</source>
        <translation>De vraag bevat stuurtekens.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (vervolg)</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so this chart is not shown.</source>
        <translation>Minder dan %1 personen hebben geantwoord, dus deze grafiek wordt niet getoond.</translation>
    </message>
    <message>
        <source>Where the group stood before the scenarios</source>
        <translation>Waar de groep stond vóór de scenario&apos;s</translation>
    </message>
    <message>
        <source>Where people place themselves on the spectrum, against the stages of the options they chose in the scenarios.</source>
        <translation>Waar mensen zichzelf op het spectrum plaatsen, naast de fasen van de opties die ze in de scenario&apos;s kozen.</translation>
    </message>
    <message>
        <source>Report made %1 with Upstander.</source>
        <translation>Rapport gemaakt op %1 met Upstander.</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Cohort: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Where people stood.</source>
        <translation>Waar mensen stonden.</translation>
    </message>
    <message>
        <source>Self-view and choices.</source>
        <translation>Zelfbeeld en keuzes.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslismomenten</translation>
    </message>
    <message>
        <source>Fewer than %1 people chose an option here, so the votes are not shown.</source>
        <translation>Minder dan %1 personen kozen hier een optie, dus de stemmen worden niet getoond.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Nabesprekingsvragen</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Wat?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>En dan?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Wat nu?</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Voornemens</translation>
    </message>
    <message>
        <source>Commitments are listed once at least %1 people have written one.</source>
        <translation>Voornemens worden opgesomd zodra minstens %1 personen er een hebben geschreven.</translation>
    </message>
    <message>
        <source>The next step from each stage</source>
        <translation>De volgende stap vanuit elke fase</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>Kan niet beginnen met het tekenen van het rapport.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
    <message>
        <source>Commitments kept.</source>
        <translation>Nagekomen voornemens.</translation>
    </message>
    <message>
        <source>Did people do what they committed to?</source>
        <translation>Hebben de deelnemers gedaan wat ze zich hadden voorgenomen?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Did it</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Of the people who had made a commitment and answered the check-in of a follow-up.</source>
        <translation>Van de personen met een voornemen die de check-in van een follow-up beantwoordden.</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>Where are you today?</source>
        <translation>Waar sta je vandaag?</translation>
    </message>
    <message>
        <source>Where are you now, after the scenarios?</source>
        <translation>Waar sta je nu, na de scenario&apos;s?</translation>
    </message>
    <message>
        <source>Where are you now, weeks later?</source>
        <translation>Waar sta je nu, weken later?</translation>
    </message>
    <message>
        <source>Own what you intend and what it does: if something lands badly, listen first.</source>
        <translation>Sta voor wat je bedoelt én voor wat het doet: komt iets verkeerd aan, luister dan eerst.</translation>
    </message>
    <message>
        <source>Challenge by choice: take part as far as feels right; passing is always fine.</source>
        <translation>Meedoen naar keuze: doe mee zover het goed voelt; overslaan mag altijd.</translation>
    </message>
    <message>
        <source>Question ideas, never attack people.</source>
        <translation>Stel ideeën ter discussie, val nooit mensen aan.</translation>
    </message>
    <message>
        <source>Stories told here stay here; what we learn leaves with us.</source>
        <translation>Verhalen die hier worden verteld, blijven hier; wat we leren, nemen we mee.</translation>
    </message>
    <message>
        <source>There is no question %1 in this session.</source>
        <translation>Er is geen vraag %1 in deze sessie.</translation>
    </message>
    <message>
        <source>This question is not one to choose an option in.</source>
        <translation>Bij deze vraag kies je geen optie.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Deze vraag is gesloten.</translation>
    </message>
    <message>
        <source>The participant token is missing or too long.</source>
        <translation>Het deelnemerstoken ontbreekt of is te lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this question&apos;s choices.</source>
        <translation>‘%1’ is geen van de antwoordmogelijkheden van deze vraag.</translation>
    </message>
    <message>
        <source>This participant sits out the role-play question %1 belongs to.</source>
        <translation>Deze persoon doet niet mee aan het rollenspel waar vraag %1 bij hoort.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
    <message>
        <source>Did you do what you committed to?</source>
        <translation>Heb je gedaan wat je je had voorgenomen?</translation>
    </message>
    <message>
        <source>Yes, I did</source>
        <translation>Ja, dat heb ik gedaan</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Deels</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>I did not make a commitment</source>
        <translation>Ik had geen voornemen gemaakt</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>De gegevensmap %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. Upstander keeps every answer there and will not run without saving them; choose another folder with --data-dir.</source>
        <translation>De gegevensmap %1 is alleen-lezen. Upstander bewaart daar elk antwoord en werkt niet zonder ze op te slaan; kies een andere map met --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not an Upstander database (it may be damaged). It was left unchanged; move it aside to start a new one.</source>
        <translation>%1 is geen Upstander-database (misschien is hij beschadigd). Het bestand is ongewijzigd gelaten; zet het opzij om een nieuwe te beginnen.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>De database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; move it aside to start a new one.</source>
        <translation>De database %1 is beschadigd (%2). Hij is ongewijzigd gelaten; zet hem opzij om een nieuwe te beginnen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be set up: %2</source>
        <translation>De database %1 kan niet worden ingericht: %2</translation>
    </message>
    <message>
        <source>Earlier answers are not saved yet; try again.</source>
        <translation>Eerdere antwoorden zijn nog niet opgeslagen; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Er is geen sessie %1.</translation>
    </message>
    <message>
        <source>The commitment is no longer stored.</source>
        <translation>Dit voornemen is niet meer opgeslagen.</translation>
    </message>
    <message>
        <source>Question %1 is not there, or answers are recorded in it.</source>
        <translation>Vraag %1 bestaat niet, of er zijn antwoorden bij vastgelegd.</translation>
    </message>
    <message>
        <source>Session %1 cannot be put back: %2</source>
        <translation>Sessie %1 kan niet worden teruggezet: %2</translation>
    </message>
    <message>
        <source>Session %1 is back already.</source>
        <translation>Sessie %1 is al terug.</translation>
    </message>
</context>
<context>
    <name>SetGroupChoiceCommand</name>
    <message>
        <source>Clear the group&apos;s choice</source>
        <translation>De keuze van de groep wissen</translation>
    </message>
    <message>
        <source>The group chooses &quot;%1&quot;</source>
        <translation>De groep kiest ‘%1’</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>One row per command: where it is, what it does, its keys</source>
        <translation>Eén rij per opdracht: waar die staat, wat die doet, de toetsen</translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Bystander</source>
        <translation>Omstander</translation>
    </message>
    <message>
        <source>Sees the unfairness happen and stays out of it.</source>
        <translation>Ziet het onrecht gebeuren en blijft erbuiten.</translation>
    </message>
    <message>
        <source>The bystander is in the room when someone is excluded or demeaned and lets it pass. Rarely out of ill will: more often they are unsure what to say, uncomfortable, or quietly weighing the cost of speaking against the ease of silence. Most of us stand here more often than we would like to think; what is missing is skill, confidence and a culture that backs them up.</source>
        <translation>Omstanders zijn erbij als iemand wordt buitengesloten of gekleineerd, en laten het gebeuren. Zelden uit kwade wil: vaker weten ze niet wat ze moeten zeggen, voelen ze zich ongemakkelijk of wegen ze in stilte af wat spreken kost tegenover het gemak van zwijgen. De meesten van ons staan hier vaker dan ons lief is; wat ontbreekt, is vaardigheid, zelfvertrouwen en een cultuur die je daarin steunt.</translation>
    </message>
    <message>
        <source>Looks away or changes the subject when a remark lands badly</source>
        <translation>Kijkt weg of begint over iets anders als een opmerking verkeerd valt</translation>
    </message>
    <message>
        <source>Waits for someone more senior to deal with it</source>
        <translation>Wacht tot iemand die hoger in de organisatie staat er iets mee doet</translation>
    </message>
    <message>
        <source>Tells themselves it was only a joke, or not their business</source>
        <translation>Zegt tegen zichzelf: het was maar een grap, of het gaat me niets aan</translation>
    </message>
    <message>
        <source>A colleague is talked over twice; the bystander notices, feels uneasy and moves on to the next agenda item.</source>
        <translation>Er wordt twee keer dwars door een collega heen gepraat; de omstander merkt het, voelt zich ongemakkelijk en gaat door naar het volgende agendapunt.</translation>
    </message>
    <message>
        <source>Notice: pay deliberate attention to who speaks, who is interrupted and who is missing. Seeing the pattern is the first move.</source>
        <translation>Opmerken: let bewust op wie er spreekt, wie er wordt onderbroken en wie er ontbreekt. Het patroon zien is de eerste stap.</translation>
    </message>
    <message>
        <source>Passive supporter</source>
        <translation>Passieve medestander</translation>
    </message>
    <message>
        <source>Agrees with inclusion when asked, but never starts anything.</source>
        <translation>Is voor inclusie als ernaar gevraagd wordt, maar neemt zelf nooit het initiatief.</translation>
    </message>
    <message>
        <source>The passive supporter means it: they back the right policies, sit through the training and agree when the topic comes up. Their support is sincere but stays in reserve. It is never spent in the moment that would change something, so the people it is meant for never feel it.</source>
        <translation>Passieve medestanders menen het: ze steunen het juiste beleid, volgen de training en stemmen in als het onderwerp ter sprake komt. Hun steun is oprecht, maar blijft in reserve. Ze wordt nooit ingezet op het moment dat er iets zou veranderen, dus de mensen voor wie ze bedoeld is, merken er nooit iets van.</translation>
    </message>
    <message>
        <source>Agrees in private after the meeting that something was unfair</source>
        <translation>Geeft na de vergadering onder vier ogen toe dat iets oneerlijk was</translation>
    </message>
    <message>
        <source>Votes for inclusive policies but does not raise them</source>
        <translation>Stemt voor inclusief beleid, maar brengt het zelf niet in</translation>
    </message>
    <message>
        <source>Attends training and events, then returns to business as usual</source>
        <translation>Gaat naar trainingen en evenementen, en daarna weer over tot de orde van de dag</translation>
    </message>
    <message>
        <source>Nods when someone else challenges a biased comment, and says afterwards in the corridor that they were right.</source>
        <translation>Knikt als iemand anders een bevooroordeelde opmerking aankaart, en zegt achteraf op de gang dat die persoon gelijk had.</translation>
    </message>
    <message>
        <source>Name it: say something in the moment, specifically. It does not need to be perfect; silence costs more than an imperfect sentence.</source>
        <translation>Benoemen: zeg op het moment zelf iets, en wees concreet. Het hoeft niet perfect te zijn; zwijgen kost meer dan een onhandige zin.</translation>
    </message>
    <message>
        <source>Performative ally</source>
        <translation>Performatieve bondgenoot</translation>
    </message>
    <message>
        <source>Visible in public, absent where it counts.</source>
        <translation>Zichtbaar in het openbaar, afwezig waar het ertoe doet.</translation>
    </message>
    <message>
        <source>The performative ally posts, shares and speaks up where it is seen: at the awareness event, on social media, in the all-hands. When the hard, quiet work comes (the budget, the policy, the awkward conversation) they are elsewhere. Their support mostly serves their own reputation, and the people it claims to help can tell.</source>
        <translation>Performatieve bondgenoten posten, delen en spreken zich uit waar het gezien wordt: op de bewustwordingsdag, op sociale media, in de personeelsbijeenkomst. Als het zware, stille werk komt (het budget, het beleid, het ongemakkelijke gesprek), zijn ze ergens anders. Hun steun dient vooral hun eigen reputatie, en de mensen die er zogenaamd mee geholpen worden, merken dat.</translation>
    </message>
    <message>
        <source>Shares the campaign post, skips the policy review</source>
        <translation>Deelt de campagnepost, slaat de beleidsherziening over</translation>
    </message>
    <message>
        <source>Speaks about inclusion on stage, not in the hiring panel</source>
        <translation>Spreekt op het podium over inclusie, niet in de selectiecommissie</translation>
    </message>
    <message>
        <source>Expects thanks or visibility for acts of support</source>
        <translation>Verwacht dank of zichtbaarheid in ruil voor steun</translation>
    </message>
    <message>
        <source>Opens the meeting with a statement about valuing every voice, then lets the same two people talk for an hour.</source>
        <translation>Opent de vergadering met een verklaring dat elke stem telt, en laat dan een uur lang dezelfde twee mensen praten.</translation>
    </message>
    <message>
        <source>Move the effort from being seen to changing something: pick one action no one will applaud and do it consistently.</source>
        <translation>Steek je energie niet in gezien worden, maar in iets veranderen: kies één actie waar niemand voor applaudisseert en doe die consequent.</translation>
    </message>
    <message>
        <source>Active ally</source>
        <translation>Actieve bondgenoot</translation>
    </message>
    <message>
        <source>Steps in when it happens, without waiting for applause.</source>
        <translation>Grijpt in als het gebeurt, zonder op applaus te wachten.</translation>
    </message>
    <message>
        <source>The active ally acts in real time. They speak up when something is wrong rather than when it is safe, make sure ideas are credited to the person who had them, and notice who is being left out of the conversation and make room for them. It shows in behaviour, again and again, not in announcements.</source>
        <translation>Actieve bondgenoten handelen op het moment zelf. Ze spreken zich uit als er iets misgaat, niet pas als het veilig is, zorgen dat ideeën worden toegeschreven aan wie ze bedacht, en zien wie buiten het gesprek wordt gehouden en maken ruimte voor die mensen. Het blijkt uit gedrag, keer op keer, niet uit aankondigingen.</translation>
    </message>
    <message>
        <source>Brings an overlooked idea back and names whose it was</source>
        <translation>Brengt een over het hoofd gezien idee opnieuw in en zegt van wie het was</translation>
    </message>
    <message>
        <source>Interrupts a demeaning joke by pointing to its impact</source>
        <translation>Onderbreekt een kleinerende grap door het effect ervan te benoemen</translation>
    </message>
    <message>
        <source>Corrects a mispronounced name or a wrong pronoun, calmly</source>
        <translation>Verbetert rustig een verkeerd uitgesproken naam of een verkeerd voornaamwoord</translation>
    </message>
    <message>
        <source>Asks the person affected what support they actually want</source>
        <translation>Vraagt de betrokken persoon welke steun die echt wil</translation>
    </message>
    <message>
        <source>&quot;Before we move on, I&apos;d like to hear the end of Lina&apos;s point.&quot;</source>
        <translation>‘Voordat we verdergaan, wil ik graag het einde van Lina&apos;s punt horen.’</translation>
    </message>
    <message>
        <source>Use what you have: your seniority, network, credibility or platform can change processes, not only moments.</source>
        <translation>Inzetten wat je hebt: je positie, netwerk, geloofwaardigheid of podium kan processen veranderen, niet alleen momenten.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Pleitbezorger</translation>
    </message>
    <message>
        <source>Uses their power to change the system, watched or not.</source>
        <translation>Gebruikt de eigen invloed om het systeem te veranderen, of er nu iemand kijkt of niet.</translation>
    </message>
    <message>
        <source>The advocate goes beyond the single incident to the process that keeps producing it. They use positional or social power to open doors, question criteria and challenge decisions that keep inequity in place, whether or not anyone is looking. They keep the focus on the people affected, not on themselves, and treat it as lifelong practice rather than a box ticked.</source>
        <translation>Pleitbezorgers kijken verder dan het ene incident, naar het proces dat het steeds opnieuw veroorzaakt. Ze gebruiken de invloed van hun positie of netwerk om deuren te openen, criteria te bevragen en beslissingen aan te vechten die ongelijkheid in stand houden, of er nu iemand kijkt of niet. Ze houden de aandacht bij de mensen om wie het gaat, niet bij zichzelf, en zien het als een levenslange praktijk, niet als een vinkje op een lijst.</translation>
    </message>
    <message>
        <source>Asks what the promotion criteria actually measure</source>
        <translation>Vraagt wat de promotiecriteria eigenlijk meten</translation>
    </message>
    <message>
        <source>Secures budget and executive access for a resource group</source>
        <translation>Regelt budget en toegang tot de directie voor een medewerkersnetwerk</translation>
    </message>
    <message>
        <source>Brings people into rooms and client meetings they are kept out of</source>
        <translation>Haalt mensen binnen in overleggen en klantgesprekken waar ze buiten worden gehouden</translation>
    </message>
    <message>
        <source>Pushes for pay and promotion data to be examined and published</source>
        <translation>Zet zich ervoor in dat gegevens over salaris en promotie worden onderzocht en gepubliceerd</translation>
    </message>
    <message>
        <source>&quot;Who affected by this decision is not in this room, and how do we hear from them before we sign it off?&quot;</source>
        <translation>‘Wie wordt door dit besluit geraakt maar zit hier niet aan tafel, en hoe horen we die mensen voordat we het goedkeuren?’</translation>
    </message>
    <message>
        <source>Keep going and bring others with you: make active allyship the norm in your team rather than the exception.</source>
        <translation>Blijf doorgaan en neem anderen mee: maak actieve allyship de norm in je team in plaats van de uitzondering.</translation>
    </message>
</context>
<context>
    <name>StageChip</name>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>StageComparisonChart</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Share of the group (%)</source>
        <translation>Aandeel van de groep (%)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StageComparisonModel</name>
    <message numerus="yes">
        <source>%1: %n choices</source>
        <translation>
            <numerusform>%1: %n keuze</numerusform>
            <numerusform>%1: %n keuzes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n persoon</numerusform>
            <numerusform>%1: %n personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterActions</name>
    <message>
        <source>Learn about an experience unlike mine from a book, article or podcast, without asking a colleague to teach me</source>
        <translation>Via een boek, artikel of podcast iets leren over een ervaring die anders is dan de mijne, zonder een collega te vragen het mij uit te leggen</translation>
    </message>
    <message>
        <source>Write down one advantage I have at work and one way to use it for someone else</source>
        <translation>Eén voordeel opschrijven dat ik op het werk heb, en één manier om het voor iemand anders in te zetten</translation>
    </message>
    <message>
        <source>Take an implicit association test and reflect on the result</source>
        <translation>Een impliciete associatietest doen en nadenken over de uitkomst</translation>
    </message>
    <message>
        <source>In one conversation a day, listen to the end before I answer</source>
        <translation>In één gesprek per dag helemaal uitluisteren voordat ik antwoord</translation>
    </message>
    <message>
        <source>When someone tells me about being excluded, believe them and say so</source>
        <translation>Als iemand vertelt buitengesloten te zijn: die persoon geloven en dat ook zeggen</translation>
    </message>
    <message>
        <source>Bring back an idea that was talked over, and name whose it was</source>
        <translation>Een idee waar doorheen werd gepraat opnieuw naar voren brengen, en zeggen van wie het kwam</translation>
    </message>
    <message>
        <source>Correct the record when someone&apos;s work is credited to another person</source>
        <translation>Rechtzetten wanneer het werk van iemand aan een ander wordt toegeschreven</translation>
    </message>
    <message>
        <source>Use my platform to point to a colleague&apos;s achievement</source>
        <translation>Mijn podium gebruiken om de prestatie van een collega onder de aandacht te brengen</translation>
    </message>
    <message>
        <source>Recommend a colleague from an under-represented group for a stretch project</source>
        <translation>Een collega uit een ondervertegenwoordigde groep aanbevelen voor een uitdagend project</translation>
    </message>
    <message>
        <source>Speak up about a &quot;joke&quot; by naming its impact, not arguing intent</source>
        <translation>Een ‘grap’ aankaarten door het effect ervan te benoemen, niet door over de bedoeling te discussiëren</translation>
    </message>
    <message>
        <source>Learn to say every name in my team correctly, and correct others calmly</source>
        <translation>Leren om elke naam in mijn team goed uit te spreken, en anderen rustig verbeteren</translation>
    </message>
    <message>
        <source>Use people&apos;s pronouns and gender-neutral words in meetings and writing</source>
        <translation>In vergaderingen en teksten de voornaamwoorden van mensen en genderneutrale woorden gebruiken</translation>
    </message>
    <message>
        <source>When corrected, apologise briefly, fix it, and move on without excuses</source>
        <translation>Als iemand me verbetert: kort sorry zeggen, het goedmaken en zonder excuses verdergaan</translation>
    </message>
    <message>
        <source>Ask for feedback on how I show up, and thank the person who gives it</source>
        <translation>Feedback vragen over hoe ik overkom, en de persoon die het geeft bedanken</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Answers could not be saved (%1). They are kept in memory and saving is retried; free some disk space if it is full.</source>
        <translation>Antwoorden konden niet worden opgeslagen (%1). Ze blijven in het geheugen en het opslaan wordt opnieuw geprobeerd; maak schijfruimte vrij als de schijf vol is.</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>upgrading the database failed at &quot;%1&quot;: %2</source>
        <translation>bijwerken van de database mislukt bij ‘%1’: %2</translation>
    </message>
    <message>
        <source>the database&apos;s version cannot be read</source>
        <translation>de versie van de database kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Upstander (format %1; this version reads up to %2). It was left unchanged; update Upstander to open it.</source>
        <translation>de database is geschreven door een nieuwere versie van Upstander (formaat %1; deze versie leest tot en met %2). Hij is ongewijzigd gelaten; werk Upstander bij om hem te openen.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Amplifying voices</source>
        <translation>Stemmen versterken</translation>
    </message>
    <message>
        <source>Giving credit</source>
        <translation>Erkenning geven</translation>
    </message>
    <message>
        <source>Microaggressions</source>
        <translation>Microagressies</translation>
    </message>
    <message>
        <source>Names and inclusive language</source>
        <translation>Namen en inclusieve taal</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>Werving en selectie</translation>
    </message>
    <message>
        <source>Opening opportunities</source>
        <translation>Kansen openen</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>Medewerkersnetwerken</translation>
    </message>
    <message>
        <source>Performative gestures</source>
        <translation>Performatieve gebaren</translation>
    </message>
    <message>
        <source>Challenging the process</source>
        <translation>Het proces ter discussie stellen</translation>
    </message>
    <message>
        <source>Listening first</source>
        <translation>Eerst luisteren</translation>
    </message>
    <message>
        <source>Owning mistakes</source>
        <translation>Fouten erkennen</translation>
    </message>
    <message>
        <source>Using access</source>
        <translation>Toegang benutten</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Mean stage</source>
        <translation>Gemiddelde fase</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean stage, on a scale of %1</source>
        <translation>Gemiddelde fase, op een schaal van %1</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 niet getoond</translation>
    </message>
    <message>
        <source>%1 mean stage %2</source>
        <translation>%1 gemiddelde fase %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TriadRotation</name>
    <message>
        <source>A</source>
        <comment>a person in a group of three</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <comment>a person in a group of three</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <comment>a person in a group of three</comment>
        <translation>C</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two names</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three names</comment>
        <translation>%1, %2 en %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s)</source>
        <comment>names</comment>
        <translation>
            <numerusform>%1, %2 en %n ander</numerusform>
            <numerusform>%1, %2 en %n anderen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 speaks</source>
        <translation>%1 spreekt</translation>
    </message>
    <message>
        <source>%1 plays %2</source>
        <translation>%1 speelt %2</translation>
    </message>
    <message>
        <source>%1 responds</source>
        <translation>%1 reageert</translation>
    </message>
    <message>
        <source>%1 observes</source>
        <translation>%1 observeert</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>unknown option %1 for validate</source>
        <translation>onbekende optie %1 voor validate</translation>
    </message>
    <message>
        <source>validate needs at least one scenario file</source>
        <translation>validate heeft minstens één scenariobestand nodig</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation>
            <numerusform>%n bestand gecontroleerd, geen fouten.</numerusform>
            <numerusform>%n bestanden gecontroleerd, geen fouten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 with errors.</source>
        <translation>
            <numerusform>%n bestand gecontroleerd, %1 met fouten.</numerusform>
            <numerusform>%n bestanden gecontroleerd, %1 met fouten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: upstander validate [-q|--quiet] [--] FILE...

Checks scenario files: one line per problem on standard output,
FILE:LINE:COL: error: MESSAGE (or warning:), and a summary on standard error.

Options:
  -q, --quiet   no summary on standard error
  --            every argument after it is a file, even one that starts with -
  -h, --help    show this help and exit

Exit codes: 0 no file has an error (warnings alone are fine), 1 a file has one,
2 usage error. The format of scenario files: docs/scenario-format.md.
</source>
        <translation>Gebruik: upstander validate [-q|--quiet] [--] FILE...

Controleert scenariobestanden: één regel per probleem op standaarduitvoer,
FILE:LINE:COL: error: MESSAGE (of warning:), en een samenvatting op
standaardfout.

Opties:
  -q, --quiet   geen samenvatting op standaardfout
  --            elk argument hierna is een bestand, ook als het met - begint
  -h, --help    toont deze hulp en stopt

Afsluitcodes: 0 geen enkel bestand bevat een fout (alleen waarschuwingen is
prima), 1 een bestand bevat er een, 2 gebruiksfout. Het formaat van
scenariobestanden: docs/scenario-format.md.
</translation>
    </message>
</context>
<context>
    <name>WorkshopGuideDialog</name>
    <message>
        <source>Workshop Guide</source>
        <translation>Workshopgids</translation>
    </message>
    <message>
        <source>A workshop with Upstander</source>
        <translation>Een workshop met Upstander</translation>
    </message>
    <message>
        <source>Session.</source>
        <translation>Sessie.</translation>
    </message>
    <message>
        <source>Start a new session%1: a title, the date, the group&apos;s language and k, the smallest group whose answers are shown. Open the audience window on the projector%2.</source>
        <translation>Start een nieuwe sessie%1: een titel, de datum, de taal van de groep en k, de kleinste groep waarvan antwoorden worden getoond. Open het publieksvenster op de beamer%2.</translation>
    </message>
    <message>
        <source>Baseline.</source>
        <translation>Nulmeting.</translation>
    </message>
    <message>
        <source>Ask &quot;Where are you today?&quot;. Invite phones%1, or count the group standing on the line with keys 1 to 5 (undo with %2), or pass the laptop round in the hot seat. Results stay hidden until you reveal them.</source>
        <translation>Vraag ‘Waar sta je vandaag?’. Nodig telefoons uit%1, of tel de groep die op de lijn staat met de toetsen 1 tot 5 (ongedaan maken met %2), of laat de laptop rondgaan op de hete stoel. De resultaten blijven verborgen tot je ze onthult.</translation>
    </message>
    <message>
        <source>Scenarios.</source>
        <translation>Scenario&apos;s.</translation>
    </message>
    <message>
        <source>Find a scenario in the library%1 and run it. Read the scene, hand out the role cards, start the round&apos;s timer%2. At a decision the group votes; reveal the stages, follow the branch, debrief.</source>
        <translation>Zoek een scenario in de bibliotheek%1 en speel het. Lees de scène voor, deel de rolkaarten uit, start de rondetimer%2. Bij een beslismoment stemt de groep; onthul de fasen, volg de vertakking, bespreek na.</translation>
    </message>
    <message>
        <source>Close.</source>
        <translation>Afsluiting.</translation>
    </message>
    <message>
        <source>Ask where people are now (&quot;after&quot;), and invite each person to write one action for the next two weeks. Commitments stay anonymous.</source>
        <translation>Vraag waar mensen nu staan (‘achteraf’), en nodig iedereen uit om één actie voor de komende twee weken op te schrijven. Voornemens blijven anoniem.</translation>
    </message>
    <message>
        <source>Review.</source>
        <translation>Terugblik.</translation>
    </message>
    <message>
        <source>Look at the charts together: where the group stands, before and after, the decisions. Export the report%1.</source>
        <translation>Bekijk de grafieken samen: waar de groep staat, vooraf en achteraf, de beslismomenten. Exporteer het rapport%1.</translation>
    </message>
    <message>
        <source>Follow-up.</source>
        <translation>Follow-up.</translation>
    </message>
    <message>
        <source>Some weeks later run a short session for the same cohort: did people do what they committed to? The trend shows the sessions side by side.</source>
        <translation>Houd een paar weken later een korte sessie met hetzelfde cohort: hebben mensen gedaan wat ze zich hadden voorgenomen? De trend toont de sessies naast elkaar.</translation>
    </message>
    <message>
        <source>Every key: Help ▸ Keyboard Shortcuts. Numbers below k are never shown on the projector or the phones.</source>
        <translation>Alle toetsen: Help ▸ Sneltoetsen. Aantallen onder k worden nooit op de beamer of de telefoons getoond.</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>YAML aliases (*name) are not allowed in scenario files; write the text out in full</source>
        <translation>YAML-aliassen (*name) zijn niet toegestaan in scenariobestanden; schrijf de tekst volledig uit</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes; scenario files are far smaller</source>
        <translation>het bestand heeft meer dan %1 YAML-knopen; scenariobestanden zijn veel kleiner</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; scenario files need only a few levels</source>
        <translation>meer dan %1 niveaus diep genest; scenariobestanden hebben maar een paar niveaus nodig</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;name) are not allowed in scenario files</source>
        <translation>YAML-ankers (&amp;name) zijn niet toegestaan in scenariobestanden</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>één waarde</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>een mapping</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted text starting here is never closed; add the missing %1</source>
        <translation>YAML-syntaxfout: de tekst tussen aanhalingstekens die hier begint, wordt nooit afgesloten; voeg de ontbrekende %1 toe</translation>
    </message>
    <message>
        <source>a second YAML document (after &quot;---&quot;); a scenario file holds exactly one</source>
        <translation>een tweede YAML-document (na &quot;---&quot;); een scenariobestand bevat er precies één</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-syntaxfout: %1</translation>
    </message>
</context>
</TS>
