<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCommitmentCommand</name>
    <message>
        <source>Add commitment</source>
        <translation>Vorsatz hinzufügen</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Upstander — Audience</source>
        <translation>Upstander — Publikum</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Publikumsbildschirm</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Time left: %1 seconds</source>
        <translation>Verbleibende Zeit: %1 Sekunden</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Mit dem Handy teilnehmen</translation>
    </message>
    <message>
        <source>One action in the next two weeks</source>
        <translation>Eine Handlung in den nächsten zwei Wochen</translation>
    </message>
    <message>
        <source>Phones are not invited yet.</source>
        <translation>Handys sind noch nicht eingeladen.</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
</context>
<context>
    <name>ChangeSessionCommand</name>
    <message>
        <source>Change the session&apos;s settings</source>
        <translation>Die Einstellungen der Sitzung ändern</translation>
    </message>
</context>
<context>
    <name>ChangeTallyCommand</name>
    <message>
        <source>Add one to &quot;%1&quot;</source>
        <translation>„%1“ um eins erhöhen</translation>
    </message>
    <message>
        <source>Take one from &quot;%1&quot;</source>
        <translation>„%1“ um eins verringern</translation>
    </message>
</context>
<context>
    <name>ChartExportCommand</name>
    <message>
        <source>unknown chart &quot;%1&quot;; the charts are %2</source>
        <translation>unbekanntes Diagramm „%1“; die Diagramme sind %2</translation>
    </message>
    <message>
        <source>--format %1 needs --chart NAME (%2); only pdf without --chart writes the whole report</source>
        <translation>--format %1 braucht --chart NAME (%2); nur pdf ohne --chart schreibt den ganzen Bericht</translation>
    </message>
    <message>
        <source>--question goes with --chart distribution or decisions</source>
        <translation>--question gehört zu --chart distribution oder decisions</translation>
    </message>
    <message>
        <source>Session %1 has no question %2 for the %3 chart.</source>
        <translation>Sitzung %1 hat keine Frage %2 für das Diagramm „%3“.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>There is no chart called &quot;%1&quot;.</source>
        <translation>Es gibt kein Diagramm namens „%1“.</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message numerus="yes">
        <source>Needs at least %n answers</source>
        <translation>
            <numerusform>Braucht mindestens %n Antwort</numerusform>
            <numerusform>Braucht mindestens %n Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in: did people do what they committed to?</source>
        <translation>Umsetzungsfrage: Haben die Teilnehmenden getan, was sie sich vorgenommen hatten?</translation>
    </message>
    <message>
        <source>Ask the group whether they did what they committed to at the workshop. Phones answer anonymously and never see what they wrote then; hands can be counted below.</source>
        <translation>Fragen Sie die Gruppe, ob sie getan hat, was sie sich im Workshop vorgenommen hatte. Die Handys antworten anonym und bekommen nie zu sehen, was damals geschrieben wurde; Handzeichen können Sie unten zählen.</translation>
    </message>
    <message>
        <source>Shows the check-in question on the projector and on participants&apos; phones</source>
        <translation>Zeigt die Umsetzungsfrage auf dem Beamer und auf den Handys der Teilnehmenden</translation>
    </message>
    <message>
        <source>Take a hand off: %1</source>
        <translation>Ein Handzeichen abziehen: %1</translation>
    </message>
    <message>
        <source>Count a hand: %1</source>
        <translation>Ein Handzeichen zählen: %1</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>Die Frage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The answers could not be shown or hidden.</source>
        <translation>Die Antworten konnten nicht aufgedeckt oder ausgeblendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hand(s) counted</source>
        <translation>
            <numerusform>%1: %n Handzeichen gezählt</numerusform>
            <numerusform>%1: %n Handzeichen gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Noch nicht gestellt.</translation>
    </message>
    <message>
        <source>Did it: %1 · Partly: %2 · Not yet: %3 · No commitment: %4. %5% of those who had made a commitment did it.</source>
        <translation>Umgesetzt: %1 · Teilweise: %2 · Noch nicht: %3 · Kein Vorsatz: %4. %5&#xa0;% der Personen mit Vorsatz haben ihn umgesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. The numbers show once at least %1 people who had made a commitment have answered.</source>
        <translation>
            <numerusform>Bisher %n Antwort. Die Zahlen werden gezeigt, sobald mindestens %1 Personen geantwortet haben, die sich etwas vorgenommen hatten.</numerusform>
            <numerusform>Bisher %n Antworten. Die Zahlen werden gezeigt, sobald mindestens %1 Personen geantwortet haben, die sich etwas vorgenommen hatten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the Check-in &amp;Question</source>
        <translation>&amp;Umsetzungsfrage stellen</translation>
    </message>
    <message>
        <source>Hide the A&amp;nswers</source>
        <translation>A&amp;ntworten ausblenden</translation>
    </message>
    <message>
        <source>Reveal the A&amp;nswers</source>
        <translation>A&amp;ntworten aufdecken</translation>
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
        <translation>Die Antworten werden gezeigt: Die Zählung steht fest, bis die Umsetzungsfrage erneut gestellt wird</translation>
    </message>
</context>
<context>
    <name>CohortTrendModel</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>This session (not part of a cohort)</source>
        <translation>Diese Sitzung (gehört zu keiner Kohorte)</translation>
    </message>
    <message>
        <source>Cohort “%1” over time</source>
        <translation>Kohorte „%1“ im Zeitverlauf</translation>
    </message>
    <message>
        <source>The mean stage of each session&apos;s answers</source>
        <translation>Die mittlere Stufe der Antworten jeder Sitzung</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>upstander: %1</source>
        <translation>upstander: %1</translation>
    </message>
    <message>
        <source>Try &quot;upstander --help&quot; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit &quot;upstander --help&quot;.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>option --data-dir needs a folder</source>
        <translation>Option --data-dir erwartet einen Ordner</translation>
    </message>
    <message>
        <source>--session goes with --serve</source>
        <translation>--session gibt es nur zusammen mit --serve</translation>
    </message>
    <message>
        <source>--serve needs HOST:PORT, an IP address and a port, e.g. 0.0.0.0:8080 (not &quot;%1&quot;)</source>
        <translation>--serve braucht HOST:PORT, eine IP-Adresse und einen Port, z. B. 0.0.0.0:8080 (nicht „%1“)</translation>
    </message>
    <message>
        <source>--session needs a session id (see &quot;upstander sessions&quot;) or &quot;new&quot;, not &quot;%1&quot;</source>
        <translation>--session braucht eine Sitzungsnummer (siehe &quot;upstander sessions&quot;) oder &quot;new&quot;, nicht „%1“</translation>
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
        <translation>Aufruf: upstander [OPTIONEN] [BEFEHL [ARGUMENTE]]

Für Allyship-Workshops: das Allyship-Spektrum, Rollenspiel-Szenarien und die
Antworten der Gruppe. Ohne Befehl startet das Desktop-Programm.

Befehle:
  validate DATEI...  prüft Szenariodateien; gibt für jedes Problem
                     DATEI:ZEILE:SPALTE: error: MELDUNG aus; Exit-Code 0, wenn
                     keine Datei einen Fehler enthält, sonst 1
  scenario-strings --ts DATEI.ts SZENARIO...
                     schreibt die Texte der Szenarien zur Übersetzung in eine
                     Qt-Linguist-Datei und behält vorhandene Übersetzungen bei

Optionen:
  --lang SPRACHE     verwendet SPRACHE (%1) statt der Systemsprache
  --serve HOST:PORT [--session ID|new]
                     startet das Desktop-Programm mit eingeladenen Handys: stellt
                     die Teilnahmeseite unter HOST:PORT bereit (Port 0: ein
                     beliebiger freier), öffnet die Sitzung ID oder eine neue
                     (Standard) mit der Selbsteinschätzung &quot;Vorher&quot; auf dem
                     Beamer und gibt Teilnahmeadresse und Code aus
  -h, --help         zeigt diese Hilfe an und beendet das Programm
  -v, --version      zeigt die Version an und beendet das Programm

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
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
        <translation>Sitzungen löschen (ohne Rückfrage; in der Datenbank bleibt nichts davon lesbar):
  sessions --delete ID
                     löscht die Sitzung ID mit allen Antworten, Handzählungen
                     und Vorsätzen
  sessions --older-than N
                     löscht jede Sitzung, deren Datum mehr als N Monate
                     zurückliegt

&quot;upstander BEFEHL --help&quot; zeigt die Optionen eines Befehls.
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
        <translation>Sitzungsdaten (eine Datenbank pro Datenordner):
  sessions [--format table|tsv]
                     listet die Sitzungen, neueste zuerst: ID, Datum, Titel,
                     Kohorte und Zahl der Antworten; tsv ist tabulatorgetrennt,
                     für Skripte
  export --session ID --format csv|json --out FILE [--raw]
                     schreibt die Ergebnisse einer Sitzung atomar nach FILE:
                     die Gruppenstatistik (unter der Anonymitätsschwelle k
                     &quot;suppressed&quot;, ohne Zahlen) oder mit --raw jede Antwort
                     unter einem Schlüssel, der in jedem Export neu ist; ohne
                     --format entscheidet die Dateiendung von FILE
  export --session ID --format pdf|png|svg --out FILE [--chart NAME]
                     den PDF-Bericht der Sitzung (pdf ohne --chart) oder ein
                     Diagramm: distribution, before-after, perception-gap,
                     decisions oder cohort-trend (--question ID wählt die
                     Frage bei distribution und decisions); braucht keinen
                     Bildschirm
  demo               legt eine Demo-Sitzung an (etwa 25 Teilnehmende, zwei
                     Szenarien, Vorsätze) und gibt ihre ID aus
  --data-dir DIR     bewahrt die Sitzungen in DIR statt im Standardordner auf
                     (%1); für jeden Befehl, davor oder danach,
                     und für das Desktop-Programm

Spalten und JSON-Format: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>CommitmentCards</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vorsätze</translation>
    </message>
    <message>
        <source>Could not draw the commitment cards into %1.</source>
        <translation>Die Vorsatzkarten konnten nicht in %1 gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>CommitmentWall</name>
    <message>
        <source>Commitments</source>
        <translation>Vorsätze</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Type each commitment card as written, without names. Commitments appear in the report once there are enough of them to stay anonymous.</source>
        <translation>Tippen Sie jede Vorsatzkarte so ab, wie sie geschrieben ist, ohne Namen. Vorsätze erscheinen im Bericht, sobald es genug sind, um anonym zu bleiben.</translation>
    </message>
    <message>
        <source>Starter actions</source>
        <translation>Vorschläge für den Einstieg</translation>
    </message>
    <message>
        <source>Start from a starter action…</source>
        <translation>Mit einem Vorschlag beginnen…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vorsatz</translation>
    </message>
    <message>
        <source>One action in the next two weeks…</source>
        <translation>Eine Handlung in den nächsten zwei Wochen…</translation>
    </message>
    <message>
        <source>&amp;Add Commitment</source>
        <translation>Vorsatz hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Commitments entered</source>
        <translation>Erfasste Vorsätze</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source> — too long</source>
        <translation> — zu lang</translation>
    </message>
    <message>
        <source>The commitment could not be added.</source>
        <translation>Der Vorsatz konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>As&amp;k the Room</source>
        <translation>Gruppe &amp;fragen</translation>
    </message>
    <message>
        <source>Shows the commitment prompt on the projector and opens the commitment box on participants&apos; phones</source>
        <translation>Zeigt die Bitte um Vorsätze auf dem Beamer und öffnet das Vorsatzfeld auf den Handys der Teilnehmenden</translation>
    </message>
    <message>
        <source>Show &amp;Wall on Projector</source>
        <translation>&amp;Pinnwand auf dem Beamer zeigen</translation>
    </message>
    <message>
        <source>Shows the group&apos;s commitments on the projector as cards, once there are enough of them to stay anonymous</source>
        <translation>Zeigt die Vorsätze der Gruppe als Karten auf dem Beamer, sobald es genug sind, um anonym zu bleiben</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Bearbei&amp;ten</translation>
    </message>
    <message>
        <source>Puts the selected commitment in the box above to change it</source>
        <translation>Übernimmt den ausgewählten Vorsatz zum Ändern in das Feld oben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deletes the selected commitment; Undo brings it back</source>
        <translation>Löscht den ausgewählten Vorsatz; „Rückgängig“ holt ihn zurück</translation>
    </message>
    <message>
        <source>Print &amp;Cards…</source>
        <translation>Karten d&amp;rucken…</translation>
    </message>
    <message>
        <source>Saves the commitments as take-away cards in a PDF to print, one commitment on each card</source>
        <translation>Speichert die Vorsätze als Karten zum Mitnehmen in einer druckfertigen PDF-Datei, ein Vorsatz pro Karte</translation>
    </message>
    <message>
        <source>The commitment could not be changed: %1</source>
        <translation>Der Vorsatz konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen spei&amp;chern</translation>
    </message>
    <message>
        <source>Replaces the selected commitment&apos;s text; Undo puts it back</source>
        <translation>Ersetzt den Text des ausgewählten Vorsatzes; „Rückgängig“ stellt ihn wieder her</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>Unsere Vorsätze</translation>
    </message>
    <message numerus="yes">
        <source>%n more commitment(s) needed before they appear here, so that none can be traced to the person who wrote it.</source>
        <translation>
            <numerusform>Die Vorsätze erscheinen hier, sobald noch %n weiterer dazugekommen ist. So lässt sich keiner auf die Person zurückführen, die ihn geschrieben hat.</numerusform>
            <numerusform>Die Vorsätze erscheinen hier, sobald noch %n weitere dazugekommen sind. So lässt sich keiner auf die Person zurückführen, die ihn geschrieben hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed before the wall and the cards show them.</source>
        <translation>
            <numerusform>Pinnwand und Karten zeigen die Vorsätze erst, wenn noch %n weiterer dazukommt.</numerusform>
            <numerusform>Pinnwand und Karten zeigen die Vorsätze erst, wenn noch %n weitere dazukommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSessionCommand</name>
    <message>
        <source>New session &quot;%1&quot;</source>
        <translation>Neue Sitzung „%1“</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Nachbefragung „%1“ planen</translation>
    </message>
    <message>
        <source>The session could not be removed: what was recorded in it is not saved yet.</source>
        <translation>Die Sitzung konnte nicht entfernt werden: Was darin erfasst wurde, ist noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n votes (%3)</source>
        <translation>
            <numerusform>%1 (%2): %n Stimme (%3)</numerusform>
            <numerusform>%1 (%2): %n Stimmen (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision point</source>
        <translation>Entscheidungspunkt</translation>
    </message>
    <message>
        <source>Keys 1–6 add a vote to an option; Shift+1–6, or − and then the number, take one away. Votes are shown on this screen only.</source>
        <translation>Die Tasten 1–6 fügen einer Option eine Stimme hinzu; Umschalt+1–6 oder − und dann die Zahl nehmen eine weg. Die Stimmen werden nur auf diesem Bildschirm angezeigt.</translation>
    </message>
    <message>
        <source>Show &amp;question on projector</source>
        <translation>&amp;Frage auf dem Beamer zeigen</translation>
    </message>
    <message>
        <source>Show the question on the projector</source>
        <translation>Die Frage auf dem Beamer zeigen</translation>
    </message>
    <message>
        <source>The prompt and the options, without any votes</source>
        <translation>Die Frage und die Optionen, ohne Stimmen</translation>
    </message>
    <message>
        <source>Record the option the group agreed on as the group&apos;s single choice</source>
        <translation>Die Option, auf die sich die Gruppe geeinigt hat, als gemeinsame Wahl der Gruppe festhalten</translation>
    </message>
    <message>
        <source>Reve&amp;al stages</source>
        <translation>Stufen a&amp;ufdecken</translation>
    </message>
    <message>
        <source>Reveal each option&apos;s stage and why</source>
        <translation>Stufe und Begründung jeder Option aufdecken</translation>
    </message>
    <message>
        <source>Show each option&apos;s stage and why here and on the projector, with the decision chart</source>
        <translation>Stufe und Begründung jeder Option hier und auf dem Beamer zeigen, mit dem Entscheidungsdiagramm</translation>
    </message>
    <message>
        <source>Go on to the scene this option leads to</source>
        <translation>Weiter zu der Szene, zu der diese Option führt</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>No session is open, so votes cannot be recorded. The scenario can still be run and revealed.</source>
        <translation>Es ist keine Sitzung geöffnet, daher können keine Stimmen erfasst werden. Das Szenario kann trotzdem durchgespielt und aufgedeckt werden.</translation>
    </message>
    <message>
        <source>Pick this option for the group&apos;s choice and to follow</source>
        <translation>Diese Option als Wahl der Gruppe festlegen und ihr folgen</translation>
    </message>
    <message>
        <source>The group&apos;s choice</source>
        <translation>Die Wahl der Gruppe</translation>
    </message>
    <message>
        <source>Take one vote from option %1</source>
        <translation>Option %1 eine Stimme wegnehmen</translation>
    </message>
    <message>
        <source>Take one vote from option %1 (Shift+%1)</source>
        <translation>Option %1 eine Stimme wegnehmen (Umschalt+%1)</translation>
    </message>
    <message>
        <source>Add one vote to option %1</source>
        <translation>Option %1 eine Stimme hinzufügen</translation>
    </message>
    <message>
        <source>Add one vote to option %1 (%1)</source>
        <translation>Option %1 eine Stimme hinzufügen (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) for option %1</source>
        <translation>
            <numerusform>%n Stimme für Option %1</numerusform>
            <numerusform>%n Stimmen für Option %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) recorded</source>
        <translation>
            <numerusform>%n Stimme erfasst</numerusform>
            <numerusform>%n Stimmen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source> · stages revealed</source>
        <translation> · Stufen aufgedeckt</translation>
    </message>
    <message>
        <source> · the group chose option %1</source>
        <translation> · die Gruppe hat Option %1 gewählt</translation>
    </message>
    <message>
        <source>The &amp;group chooses %1</source>
        <translation>Die &amp;Gruppe wählt %1</translation>
    </message>
    <message>
        <source>Record option %1 as the group&apos;s choice</source>
        <translation>Option %1 als Wahl der Gruppe erfassen</translation>
    </message>
    <message>
        <source>Fo&amp;llow option %1 →</source>
        <translation>Option %1 fo&amp;lgen →</translation>
    </message>
    <message>
        <source>Follow option %1 to its scene</source>
        <translation>Option %1 zu ihrer Szene folgen</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>The group&apos;s choice could not be recorded: %1</source>
        <translation>Die Wahl der Gruppe konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Count hands as well?</source>
        <translation>Auch Handzeichen zählen?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered this decision on their phones. Counted hands are added to those answers, so whoever answered on a phone must not raise a hand as well. Count hands too?</source>
        <translation>
            <numerusform>%n Person hat diese Entscheidung auf dem Smartphone beantwortet. Gezählte Handzeichen kommen zu diesen Antworten hinzu; wer auf dem Smartphone geantwortet hat, hebt also nicht auch noch die Hand. Handzeichen trotzdem zählen?</numerusform>
            <numerusform>%n Personen haben diese Entscheidung auf dem Smartphone beantwortet. Gezählte Handzeichen kommen zu diesen Antworten hinzu; wer auf dem Smartphone geantwortet hat, hebt also nicht auch noch die Hand. Handzeichen trotzdem zählen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n passed</source>
        <translation>
            <numerusform> · %n hat gepasst</numerusform>
            <numerusform> · %n haben gepasst</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 from phones, %2 counted by hand</source>
        <translation> · %1 per Smartphone, %2 per Handzeichen gezählt</translation>
    </message>
    <message>
        <source>The stages are revealed, so no more votes are counted. &quot;Show question on projector&quot; asks it again.</source>
        <translation>Die Stufen sind aufgedeckt, daher werden keine Stimmen mehr gezählt. „Frage auf dem Beamer zeigen“ stellt die Frage erneut.</translation>
    </message>
</context>
<context>
    <name>DecisionTallyModel</name>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
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
            <numerusform>%n ohne Angabe</numerusform>
            <numerusform>%n ohne Angabe</numerusform>
        </translation>
    </message>
    <message>
        <source>The group chose together: “%1”</source>
        <translation>Die Gruppe hat gemeinsam gewählt: „%1“</translation>
    </message>
</context>
<context>
    <name>DeleteCommitmentCommand</name>
    <message>
        <source>Delete commitment</source>
        <translation>Vorsatz löschen</translation>
    </message>
</context>
<context>
    <name>DeleteSessionCommand</name>
    <message>
        <source>Delete session &quot;%1&quot;</source>
        <translation>Sitzung „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>DeleteSessionsCommand</name>
    <message>
        <source>Deleted session %1 (%2, %3).</source>
        <translation>Sitzung %1 gelöscht (%2, %3).</translation>
    </message>
    <message>
        <source>Deleted session %1 (%2, %3, cohort %4).</source>
        <translation>Sitzung %1 gelöscht (%2, %3, Kohorte %4).</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>die Sitzungs-ID muss eine ganze Zahl über 0 sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions --delete or --older-than</source>
        <translation>unbekanntes Argument %1 für sessions --delete oder --older-than</translation>
    </message>
    <message>
        <source>--delete and --older-than do not go together</source>
        <translation>--delete und --older-than lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>--older-than needs a number of months from 1 to %1, not &quot;%2&quot;</source>
        <translation>--older-than erwartet eine Zahl von Monaten zwischen 1 und %1, nicht &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>No sessions in %1 are older than %n month(s).</source>
        <translation>
            <numerusform>Keine Sitzung in %1 ist älter als %n Monat.</numerusform>
            <numerusform>Keine Sitzung in %1 ist älter als %n Monate.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>In %2 gibt es keine Sitzung %1; &quot;upstander sessions&quot; listet die Sitzungen auf.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them. Nothing was deleted.</source>
        <translation>In %2 gibt es keine Sitzung %1; &quot;upstander sessions&quot; listet die Sitzungen auf. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Not every session could be deleted: %1</source>
        <translation>Nicht jede Sitzung konnte gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>Die Demo-Sitzung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Created demo session %1 in %2: %3 participants, %4 answers, %5 commitments.</source>
        <translation>Demo-Sitzung %1 in %2 angelegt: %3 Teilnehmende, %4 Antworten, %5 Vorsätze.</translation>
    </message>
    <message>
        <source>--follow-up needs the id of a session (see &quot;upstander sessions&quot;)</source>
        <translation>--follow-up erwartet die ID einer Sitzung (siehe &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>demo takes no arguments besides --data-dir and --follow-up ID, not %1</source>
        <translation>demo erwartet außer --data-dir und --follow-up ID keine Argumente, nicht %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>Die Nachbefragung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Created follow-up session %1 of session %2 in %3: %4 participants, %5 answers.</source>
        <translation>Nachbefragung %1 zur Sitzung %2 in %3 angelegt: %4 Teilnehmende, %5 Antworten.</translation>
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
        <translation>Aufruf: upstander demo [--data-dir ORDNER] [--follow-up ID]

Legt im Datenordner eine Demo-Sitzung an (etwa 25 Teilnehmende, zwei
Szenarien, Vorsätze; jeder Aufruf eine weitere Sitzung mit denselben Antworten)
und gibt nur ihre ID auf der Standardausgabe aus, eine Zusammenfassung auf der
Standardfehlerausgabe.

Optionen:
  --follow-up ID     stattdessen die Nachbefragung der Sitzung ID acht Wochen
                     später, für ihre Kohorte: Der Großteil der Gruppe schätzt
                     sich erneut ein und wiederholt die erste Entscheidung
  --data-dir ORDNER  der Ordner der Sitzungsdatenbank, standardmäßig
                     %1
  -h, --help         zeigt diese Hilfe und beendet das Programm

Exit-Codes: 0 angelegt, 1 die Datenbank hat abgelehnt, 2 Aufruffehler.
</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>When someone repeats an idea a colleague already raised, say &quot;that builds on what Amara said&quot; and hand the floor back.</source>
        <translation>Wenn jemand eine Idee wiederholt, die schon jemand anderes eingebracht hat, sagen: „Das baut auf dem auf, was Amara gesagt hat“, und ihr wieder das Wort geben.</translation>
    </message>
    <message>
        <source>Give credit by name in our Friday update, not just &quot;thanks, team&quot;.</source>
        <translation>Im Freitags-Update Anerkennung mit Namen aussprechen, nicht nur „danke, Team“.</translation>
    </message>
    <message>
        <source>Ask Nguyễn how to say her name, and practise it before Monday&apos;s stand-up.</source>
        <translation>Nguyễn fragen, wie man ihren Namen ausspricht, und ihn vor dem Stand-up am Montag üben.</translation>
    </message>
    <message>
        <source>Recommend Priya for the pricing project lead 🙌</source>
        <translation>Priya für die Leitung des Preisprojekts empfehlen 🙌</translation>
    </message>
    <message>
        <source>Stop opening meetings with &quot;hi guys&quot;; &quot;hi all&quot; works fine.</source>
        <translation>Meetings nicht mehr mit „Hallo Jungs“ eröffnen; „Hallo zusammen“ funktioniert bestens.</translation>
    </message>
    <message>
        <source>In my 1:1s, listen to understand:
ask one more question before giving advice.</source>
        <translation>In meinen 1:1-Gesprächen zuhören, um zu verstehen:
eine Frage mehr stellen, bevor ich Ratschläge gebe.</translation>
    </message>
    <message>
        <source>Read one book on racism at work this month, and discuss it with my team, not just with friends.</source>
        <translation>Diesen Monat ein Buch über Rassismus am Arbeitsplatz lesen und mit meinem Team darüber sprechen, nicht nur mit Freunden.</translation>
    </message>
    <message>
        <source>Own it when I get something wrong: apologise once, fix it, move on.</source>
        <translation>Dazu stehen, wenn ich etwas falsch mache: einmal entschuldigen, richtig machen, weitermachen.</translation>
    </message>
    <message>
        <source>Demo: leadership team allyship workshop</source>
        <translation>Demo: Allyship-Workshop für das Führungsteam</translation>
    </message>
    <message>
        <source>The built-in scenario &quot;%1&quot; is missing.</source>
        <translation>Das mitgelieferte Szenario „%1“ fehlt.</translation>
    </message>
    <message>
        <source>Where are you on the allyship spectrum today?</source>
        <translation>Wo stehen Sie heute auf dem Allyship-Spektrum?</translation>
    </message>
    <message>
        <source>After these scenarios, where are you now?</source>
        <translation>Wo stehen Sie nach diesen Szenarien jetzt?</translation>
    </message>
    <message>
        <source>The demo session could not be saved.</source>
        <translation>Die Demo-Sitzung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Sam Okafor</source>
        <translation>Sam Okafor</translation>
    </message>
    <message>
        <source>9:30 Where we stand
10:00 Two scenarios, in threes
12:00 Where we stand now, and one action each</source>
        <translation>9:30 Wo wir stehen
10:00 Zwei Szenarien, in Dreiergruppen
12:00 Wo wir jetzt stehen, und ein Vorsatz für jede Person</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people (%2)</source>
        <translation>
            <numerusform>%1: %n Person (%2)</numerusform>
            <numerusform>%1: %n Personen (%2)</numerusform>
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
        <translation>Anteil (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
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
            <numerusform>%n ohne Angabe</numerusform>
            <numerusform>%n ohne Angabe</numerusform>
        </translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Median: %1</translation>
    </message>
    <message>
        <source>Median: between %1 and %2</source>
        <translation>Median: zwischen %1 und %2</translation>
    </message>
</context>
<context>
    <name>EditCommitmentCommand</name>
    <message>
        <source>Edit commitment</source>
        <translation>Vorsatz bearbeiten</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>PNG-Bild, doppelte Auflösung (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Der Bericht wird gedruckt…</translation>
    </message>
    <message>
        <source>Export Raw Answers</source>
        <translation>Einzelantworten exportieren</translation>
    </message>
    <message>
        <source>Export Group Statistics</source>
        <translation>Gruppenstatistik exportieren</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON-Datei (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>The session&apos;s latest answers are not saved yet, so they cannot be exported; try again in a moment.</source>
        <translation>Die neuesten Antworten der Sitzung sind noch nicht gespeichert und lassen sich daher nicht exportieren; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Print Commitment Cards</source>
        <translation>Vorsatzkarten drucken</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Vorsatzkarten</translation>
    </message>
    <message>
        <source>Raw answers keep each person&apos;s answers linked; share the file with care.</source>
        <translation>Einzelantworten halten die Antworten jeder Person zusammen; geben Sie die Datei nur mit Bedacht weiter.</translation>
    </message>
    <message>
        <source>&amp;Export Raw Answers…</source>
        <translation>Einzelantworten &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown argument %1 for export</source>
        <translation>unbekanntes Argument %1 für export</translation>
    </message>
    <message>
        <source>export needs --session ID (see &quot;upstander sessions&quot;)</source>
        <translation>export erwartet --session ID (siehe &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>die Sitzungs-ID muss eine ganze Zahl größer als 0 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export erwartet --out DATEI</translation>
    </message>
    <message>
        <source>There are no sessions in %1 (no %2 there). Choose the folder with --data-dir, or create a demo session with &quot;upstander demo&quot;.</source>
        <translation>In %1 gibt es keine Sitzungen (dort liegt kein %2). Wählen Sie den Ordner mit --data-dir oder legen Sie mit &quot;upstander demo&quot; eine Demo-Sitzung an.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>In %2 gibt es keine Sitzung %1; &quot;upstander sessions&quot; listet die Sitzungen auf.</translation>
    </message>
    <message>
        <source>Session %1 exported to %2.</source>
        <translation>Sitzung %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use --format csv, json, pdf, png or svg</source>
        <translation>unbekanntes Exportformat „%1“; verwenden Sie --format csv, json, pdf, png oder svg</translation>
    </message>
    <message>
        <source>--chart and --question go with --format pdf, png or svg, not %1</source>
        <translation>--chart und --question gehören zu --format pdf, png oder svg, nicht zu %1</translation>
    </message>
    <message>
        <source>export --format %1 is not available in this program; use --format csv or --format json</source>
        <translation>export --format %1 ist in diesem Programm nicht verfügbar; verwenden Sie --format csv oder --format json</translation>
    </message>
    <message>
        <source>--raw goes with --format csv or json; charts and the report show the group statistics only</source>
        <translation>--raw gehört zu --format csv oder json; Diagramme und Bericht zeigen nur die Gruppenstatistik</translation>
    </message>
    <message>
        <source>the question id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>die Fragen-ID muss eine ganze Zahl größer als 0 sein, nicht „%1“</translation>
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
        <translation>Aufruf: upstander export --session ID --format csv|json --out DATEI [--raw]
        upstander export --session ID --format pdf|png|svg --out DATEI
                         [--chart NAME [--question ID]]

Schreibt die Ergebnisse einer Sitzung atomar nach DATEI: Ein Fehler hinterlässt
keine halbe Datei. Braucht keinen Bildschirm.

Optionen:
  --session ID      die Sitzung, mit der ID, die &quot;upstander sessions&quot; zeigt
  --format FORMAT   csv oder json (die Daten), pdf (der Bericht, oder mit
                    --chart ein Diagramm), png oder svg (ein Diagramm); ohne
                    diese Option entscheidet die Endung von DATEI
  --out DATEI       die Datei, die geschrieben wird
  --raw             mit csv oder json: jede Antwort statt der Gruppenstatistik
                    (eine Statistik unter der Anonymitätsschwelle k der
                    Sitzung ist &quot;suppressed&quot;, ohne Zahlen)
  --chart NAME      ein Diagramm: distribution, before-after, perception-gap,
                    decisions oder cohort-trend
  --question ID     die Frage für distribution und decisions
  --data-dir ORDNER der Ordner der Sitzungsdatenbank, standardmäßig
                    %1
  -h, --help        zeigt diese Hilfe und beendet das Programm

Exit-Codes: 0 geschrieben, 1 keine solche Sitzung, ein Datenbank- oder
Dateifehler, 2 Aufruffehler. Spalten und JSON-Format: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 ist ein Ordner; geben Sie den Namen einer Datei an, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>Der Ordner %1 existiert nicht; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was written.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>it could not replace the file already there</source>
        <translation>die vorhandene Datei konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? Nothing was written, and a file already there was left unchanged.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Ist der Datenträger voll? Es wurde nichts geschrieben, und eine bereits vorhandene Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Nachbefragung planen</translation>
    </message>
    <message>
        <source>A shorter session a few weeks after “%1” for the same group: people place themselves again (the follow-up phase) and play the decisions you pick once more. The cohort&apos;s trend then shows before, after and the follow-up.</source>
        <translation>Eine kürzere Sitzung einige Wochen nach „%1“ für dieselbe Gruppe: Die Personen schätzen sich erneut ein (Phase „Nachbefragung“) und spielen die Entscheidungen, die Sie auswählen, noch einmal durch. Die Entwicklung der Kohorte zeigt dann Vorher, Nachher und die Nachbefragung.</translation>
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
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>“%1” has no cohort yet: it joins this one, so that the trend links the two sessions.</source>
        <translation>„%1“ gehört noch zu keiner Kohorte: Die Sitzung kommt zu dieser hinzu, damit die Entwicklung beide Sitzungen verknüpft.</translation>
    </message>
    <message>
        <source>Decisions to &amp;replay:</source>
        <translation>Entscheidungen zum &amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Decisions to replay</source>
        <translation>Entscheidungen zum Wiederholen</translation>
    </message>
    <message>
        <source>This session asked no decision yet.</source>
        <translation>In dieser Sitzung wurde noch keine Entscheidung gestellt.</translation>
    </message>
    <message>
        <source>Create Follow-up</source>
        <translation>Nachbefragung anlegen</translation>
    </message>
    <message>
        <source>Name the cohort the two sessions share.</source>
        <translation>Benennen Sie die gemeinsame Kohorte der beiden Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up asks where people stand now and replays %n decision(s).</source>
        <translation>
            <numerusform>Die Nachbefragung fragt, wo die Personen jetzt stehen, und wiederholt %n Entscheidung.</numerusform>
            <numerusform>Die Nachbefragung fragt, wo die Personen jetzt stehen, und wiederholt %n Entscheidungen.</numerusform>
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
        <translation>Moderationsansicht entsperren</translation>
    </message>
    <message>
        <source>Trainer: %1 to unlock</source>
        <translation>Für die Moderation: Entsperren mit %1</translation>
    </message>
</context>
<context>
    <name>HotSeatScreen</name>
    <message>
        <source>Hot seat</source>
        <translation>Heißer Stuhl</translation>
    </message>
    <message>
        <source>0  Pass
I&apos;d rather not say</source>
        <translation>0  Passen
Ich sage lieber nichts</translation>
    </message>
    <message>
        <source>0 Pass</source>
        <translation>0 Passen</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Ich sage lieber nichts</translation>
    </message>
    <message>
        <source>Thank you — your answer is saved.
Please pass the laptop on.</source>
        <translation>Danke – Ihre Antwort ist gespeichert.
Bitte geben Sie den Laptop weiter.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Nächste Person</translation>
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
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation>Nur dieser Computer (%1)</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Teilnehmende einladen</translation>
    </message>
    <message>
        <source>Phones join over the local network: they must be on the same Wi-Fi as this computer. Nothing goes to the internet. The audience screen shows a QR code, the address and a join code.</source>
        <translation>Handys nehmen über das lokale Netzwerk teil: Sie müssen im selben WLAN sein wie dieser Computer. Nichts geht ins Internet. Das Publikumsfenster zeigt einen QR-Code, die Adresse und einen Teilnahmecode.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Einladen</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Scan the code, or open %1 on your phone</source>
        <translation>Scannen Sie den Code oder öffnen Sie %1 auf Ihrem Handy</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Join from your phone: %1</source>
        <translation>Mit dem Handy teilnehmen: %1</translation>
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
        <translation>&quot;%1&quot; ist kein BCP-47-Sprachkennzeichen: %2</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not &quot;_&quot;</source>
        <translation>Teile werden mit &quot;-&quot; getrennt, nicht mit &quot;_&quot;</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not spaces</source>
        <translation>Teile werden mit &quot;-&quot; getrennt, nicht mit Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed, only letters, digits and &quot;-&quot;</source>
        <translation>&quot;%1&quot; ist nicht erlaubt, nur Buchstaben, Ziffern und &quot;-&quot;</translation>
    </message>
    <message>
        <source>it starts with &quot;-&quot;</source>
        <translation>es beginnt mit &quot;-&quot;</translation>
    </message>
    <message>
        <source>it ends with &quot;-&quot;</source>
        <translation>es endet mit &quot;-&quot;</translation>
    </message>
    <message>
        <source>&quot;--&quot; leaves an empty subtag</source>
        <translation>&quot;--&quot; lässt einen leeren Teil</translation>
    </message>
    <message>
        <source>the subtag &quot;%1&quot; is longer than 8 characters</source>
        <translation>der Teil &quot;%1&quot; ist länger als 8 Zeichen</translation>
    </message>
    <message>
        <source>the language subtag &quot;%1&quot; must have 2 or 3 letters (or 5 to 8)</source>
        <translation>der Sprachteil &quot;%1&quot; muss 2 oder 3 Buchstaben haben (oder 5 bis 8)</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; is given twice</source>
        <translation>die Variante &quot;%1&quot; steht zweimal da</translation>
    </message>
    <message>
        <source>&quot;x&quot; needs at least one subtag of 1 to 8 letters and digits after it</source>
        <translation>nach &quot;x&quot; muss mindestens ein Teil aus 1 bis 8 Buchstaben und Ziffern folgen</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; needs at least one subtag of 2 to 8 letters and digits after it</source>
        <translation>nach der Erweiterung &quot;%1&quot; muss mindestens ein Teil aus 2 bis 8 Buchstaben und Ziffern folgen</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; is given twice</source>
        <translation>die Erweiterung &quot;%1&quot; steht zweimal da</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script (4 letters), a region (2 letters or 3 digits) or a variant (5 to 8 letters and digits, or a digit and 3 more) in this place</source>
        <translation>&quot;%1&quot; ist an dieser Stelle weder eine Schrift (4 Buchstaben) noch eine Region (2 Buchstaben oder 3 Ziffern) noch eine Variante (5 bis 8 Buchstaben und Ziffern, oder eine Ziffer und 3 weitere Zeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a language, not its code; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot; ist der Name einer Sprache, nicht ihr Code; meinten Sie &quot;%2&quot;?</translation>
    </message>
</context>
<context>
    <name>LinguistFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not a valid .ts file: %4</source>
        <translation>%1:%2:%3: keine gültige .ts-Datei: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ListSessionsCommand</name>
    <message>
        <source>option --format needs a value</source>
        <translation>Option --format erwartet einen Wert</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions</source>
        <translation>unbekanntes Argument %1 für sessions</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for sessions; use table or tsv</source>
        <translation>unbekanntes Format „%1“ für sessions; verwenden Sie table oder tsv</translation>
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
        <translation>KOHORTE</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>ANTWORTEN</translation>
    </message>
    <message>
        <source>No sessions in %1 yet. Create a demo session with &quot;upstander demo&quot;.</source>
        <translation>In %1 gibt es noch keine Sitzungen. Legen Sie mit &quot;upstander demo&quot; eine Demo-Sitzung an.</translation>
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
        <translation>Aufruf: upstander sessions [--format table|tsv]
        upstander sessions --delete ID [--delete ID...]
        upstander sessions --older-than N

Listet die Sitzungen im Datenordner auf, neueste zuerst: ID, Datum, Titel,
Kohorte und Zahl der Antworten. Oder löscht Sitzungen mit allen Antworten,
Handzählungen und Vorsätzen; in der Datenbankdatei bleibt nichts davon lesbar.
Löschen fragt nicht nach und gibt je gelöschter Sitzung eine Zeile aus.

Optionen:
  --format table|tsv   eine ausgerichtete Tabelle (Standard) oder
                       tabulatorgetrennte Werte mit fester Kopfzeile, für Skripte
  --delete ID          löscht die Sitzung ID (siehe Liste); mehrfach möglich;
                       eine unbekannte ID löscht nichts und endet mit 1
  --older-than N       löscht jede Sitzung, deren Datum mehr als N Monate vor
                       heute liegt (N von 1 bis %1)
  --data-dir ORDNER    der Ordner der Sitzungsdatenbank, standardmäßig
                       %2
  -h, --help           zeigt diese Hilfe und beendet das Programm

Exit-Codes: 0 erledigt, 1 keine solche Sitzung oder die Datenbank hat
abgelehnt, 2 Aufruffehler. Mehr: docs/export.md.
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
        <source>Search scenarios</source>
        <translation>Szenarien durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the scenarios that contain every word typed</source>
        <translation>Zeigt nur die Szenarien, die alle eingegebenen Wörter enthalten</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Find Scenario</source>
        <translation>Szenario &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Upstander</source>
        <translation>&amp;Über Upstander</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No scenarios are available.</source>
        <translation>Es sind keine Szenarien verfügbar.</translation>
    </message>
    <message>
        <source>No scenario matches your search.
Clear the search or choose &quot;All themes&quot;.</source>
        <translation>Kein Szenario passt zu Ihrer Suche.
Leeren Sie das Suchfeld oder wählen Sie „Alle Themen“.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation>
            <numerusform>%n Szenario in der Bibliothek</numerusform>
            <numerusform>%n Szenarien in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation>
            <numerusform>%n Szenario in der Bibliothek, davon %1 aus Ihrem Ordner</numerusform>
            <numerusform>%n Szenarien in der Bibliothek, davon %1 aus Ihrem Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation>
            <numerusform>⚠ %n Szenariodatei konnte nicht geladen werden</numerusform>
            <numerusform>⚠ %n Szenariodateien konnten nicht geladen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario Folder</source>
        <translation>Szenarioordner</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>About Upstander</source>
        <translation>Über Upstander</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;A tool for trainers who run allyship workshops: the allyship spectrum from bystander to advocate, role-play scenarios, and where the group lands, before and after.&lt;/p&gt;&lt;p&gt;Free and open-source software. Answers stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;Ein Werkzeug für Trainerinnen und Trainer, die Allyship-Workshops leiten: das Allyship-Spektrum von „Zuschauend“ bis „Fürsprechend“, Rollenspiel-Szenarien und wo die Gruppe steht, vorher und nachher.&lt;/p&gt;&lt;p&gt;Freie und quelloffene Software. Die Antworten bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Workshop steps</source>
        <translation>Workshop-Schritte</translation>
    </message>
    <message>
        <source>&amp;Self-Placement</source>
        <translation>&amp;Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Choose a scenario in the library and press &quot;Run Scenario&quot;.</source>
        <translation>Wählen Sie in der Bibliothek ein Szenario und klicken Sie auf „Szenario starten“.</translation>
    </message>
    <message>
        <source>Run the selected scenario</source>
        <translation>Das ausgewählte Szenario starten</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>Sitzungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sitzung sc&amp;hließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Show &amp;Audience Window</source>
        <translation>&amp;Publikumsfenster anzeigen</translation>
    </message>
    <message>
        <source>Audience Window &amp;Full Screen</source>
        <translation>Publikumsfenster im &amp;Vollbild</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Reload &amp;Library</source>
        <translation>Bibliothek neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Audience &amp;Screen</source>
        <translation>Publikums&amp;bildschirm</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Bildschirm %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Loading scenarios…</source>
        <translation>Szenarien werden geladen…</translation>
    </message>
    <message>
        <source>Sessions are not available: %1</source>
        <translation>Sitzungen sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No session is open. Start one with File → New Session (Ctrl+N) to collect answers; the library can be browsed without one.</source>
        <translation>Es ist keine Sitzung geöffnet. Starten Sie eine mit Datei → Neue Sitzung (Strg+N), um Antworten zu sammeln; die Bibliothek können Sie auch ohne Sitzung durchsehen.</translation>
    </message>
    <message>
        <source>%1 — Upstander</source>
        <translation>%1 — Upstander</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n Antwort</numerusform>
            <numerusform>%1 · %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>Die Sitzung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>We will start in a moment.</source>
        <translation>Wir beginnen gleich.</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Sitzungseinstellungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write down one thing you will do in the next two weeks, on your phone or on a card. It stays anonymous.</source>
        <translation>Schreiben Sie eine Sache auf, die Sie in den nächsten zwei Wochen tun werden – auf dem Handy oder auf einer Karte. Sie bleibt anonym.</translation>
    </message>
    <message>
        <source>Workshop on %1</source>
        <translation>Workshop am %1</translation>
    </message>
    <message>
        <source>Scenario Librar&amp;y</source>
        <translation>Szenariobibliothe&amp;k</translation>
    </message>
    <message>
        <source>Scenar&amp;io</source>
        <translation>Szenar&amp;io</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>&amp;Vorsätze</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>R&amp;un Scenario</source>
        <translation>Szenario starten (&amp;U)</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Voriger Tab</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;CSV…</source>
        <translation>Gruppenstatistik als &amp;CSV…</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;JSON…</source>
        <translation>Gruppenstatistik als &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Raw Answers as CSV…</source>
        <translation>&amp;Einzelantworten als CSV…</translation>
    </message>
    <message>
        <source>Raw &amp;Answers as JSON…</source>
        <translation>Einzel&amp;antworten als JSON…</translation>
    </message>
    <message>
        <source>Projector: &amp;Next Page</source>
        <translation>Beamer: &amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Projector: &amp;Previous Page</source>
        <translation>Beamer: Vorige &amp;Seite</translation>
    </message>
    <message>
        <source>The session that was open last is no longer there, so none is open.</source>
        <translation>Die zuletzt geöffnete Sitzung gibt es nicht mehr, daher ist keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is open again; the scenario it was running (%2) is no longer in the library, so it starts without it.</source>
        <translation>„%1“ ist wieder geöffnet; das Szenario, das darin lief (%2), ist nicht mehr in der Bibliothek, daher geht es ohne das Szenario weiter.</translation>
    </message>
    <message>
        <source>“%1” is open again where it was.</source>
        <translation>„%1“ ist wieder geöffnet, an derselben Stelle wie zuvor.</translation>
    </message>
    <message>
        <source>Invite phones again (%1) to take their answers.</source>
        <translation>Laden Sie die Handys erneut ein (%1), um ihre Antworten entgegenzunehmen.</translation>
    </message>
    <message>
        <source>Projector: &amp;Welcome Screen</source>
        <translation>Beamer: Be&amp;grüßungsbildschirm</translation>
    </message>
    <message>
        <source>The session&apos;s title, your name, the agenda and the group&apos;s agreements</source>
        <translation>Der Titel der Sitzung, Ihr Name, der Ablauf und die Vereinbarungen der Gruppe</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Our agreements:</source>
        <translation>Unsere Vereinbarungen:</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Workshop-Leitfaden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>No file manager could open the scenario folder. Put your own scenario files (.yaml) in:

%1</source>
        <translation>Kein Dateimanager konnte den Szenarioordner öffnen. Legen Sie eigene Szenariodateien (.yaml) hier ab:

%1</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Delete Old Sessions &amp;Automatically…</source>
        <translation>Alte Sitzungen a&amp;utomatisch löschen…</translation>
    </message>
    <message>
        <source>Choose after how many months a session is deleted</source>
        <translation>Wählen Sie, nach wie vielen Monaten eine Sitzung gelöscht wird</translation>
    </message>
    <message>
        <source>Old sessions could not all be deleted: %1</source>
        <translation>Nicht alle alten Sitzungen konnten gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) dated more than %1 months ago.</source>
        <translation>
            <numerusform>%n Sitzung gelöscht, deren Datum mehr als %1 Monate zurückliegt.</numerusform>
            <numerusform>%n Sitzungen gelöscht, deren Datum mehr als %1 Monate zurückliegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a Follo&amp;w-up…</source>
        <translation>N&amp;achbefragung planen…</translation>
    </message>
    <message>
        <source>Creates a booster session for the same cohort, weeks later, to place themselves again and replay decisions</source>
        <translation>Legt Wochen später eine Auffrischungssitzung für dieselbe Kohorte an, in der sich alle erneut einschätzen und Entscheidungen wiederholen</translation>
    </message>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Nachbefragung planen</translation>
    </message>
    <message>
        <source>The cohort could not be saved: %1</source>
        <translation>Die Kohorte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>Die Nachbefragung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Follow-up “%1” planned for %2. Open it on the day with File → Open Session.</source>
        <translation>Die Nachbefragung „%1“ ist für %2 geplant. Öffnen Sie sie an diesem Tag mit Datei → Sitzung öffnen.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Export Da&amp;ta</source>
        <translation>Daten ex&amp;portieren</translation>
    </message>
    <message>
        <source>Open Scenario Fol&amp;der</source>
        <translation>Szenario&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>“%1” is removed. Redo (%2) brings it back until another session is opened.</source>
        <translation>„%1“ ist entfernt. Wiederholen (%2) holt die Sitzung zurück, bis eine andere Sitzung geöffnet wird.</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Nachbefragung „%1“ planen</translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>expected a map of keys and values here, found %1</source>
        <translation>hier wird eine Zuordnung von Schlüsseln zu Werten erwartet, gefunden wurde aber %1</translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation>ein Schlüssel muss ein einzelnes Wort sein, nicht %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first given on line %2)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst angegeben in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekannter Schlüssel „%1“; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannter Schlüssel „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>erforderlicher Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not %2</source>
        <translation>„%1“ muss ein einzelner Wert sein, nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter (at most 64 characters)</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben (höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>„%1“ muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;), not %2</source>
        <translation>„%1“ muss eine Liste sein (Einträge beginnen mit &quot;- &quot;), nicht %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one item</source>
        <translation>„%1“ muss mindestens einen Eintrag enthalten</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not %2</source>
        <translation>jeder Eintrag von „%1“ muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>ein leerer Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; remove the quotes around &quot;%2&quot;</source>
        <translation>„%1“ muss eine ganze Zahl sein; entfernen Sie die Anführungszeichen um „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; remove the quotes around &quot;%2&quot;</source>
        <translation>„%1“ muss true oder false sein; entfernen Sie die Anführungszeichen um „%2“</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not a map (to write text containing &quot;: &quot;, put it in quotes)</source>
        <translation>jeder Eintrag von „%1“ muss Text sein, keine Zuordnung (setzen Sie Text, der &quot;: &quot; enthält, in Anführungszeichen)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Facilitator notes</source>
        <translation>Moderationsnotizen</translation>
    </message>
    <message>
        <source>Private notes for the facilitator; never shown on the projector</source>
        <translation>Private Notizen für die Moderation; werden nie auf dem Beamer gezeigt</translation>
    </message>
    <message>
        <source>Only on this screen, never on the projector</source>
        <translation>Nur auf diesem Bildschirm, nie auf dem Beamer</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Keine Notizen für diesen Schritt.</translation>
    </message>
    <message>
        <source>Facilitator notes: %1</source>
        <translation>Moderationsnotizen: %1</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>&amp;Sessions on this computer:</source>
        <translation>&amp;Sitzungen auf diesem Computer:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (cohort %1)</source>
        <translation> (Kohorte %1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n answer(s)</source>
        <translation>
            <numerusform>, %n Antwort</numerusform>
            <numerusform>, %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all of its answers, tallies and commitments? You can undo this until you close this window.</source>
        <translation>„%1“ mit allen Antworten, Handzählungen und Vorsätzen löschen? Sie können das rückgängig machen, bis Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo Delete (%2) brings it back until this window closes.</source>
        <translation>„%1“ gelöscht. „Löschen rückgängig machen“ (%2) holt die Sitzung zurück, bis dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back.</source>
        <translation>„%1“ ist wieder da.</translation>
    </message>
</context>
<context>
    <name>ParticipantControl</name>
    <message>
        <source>Open or start a session first: answers from phones belong to a session.</source>
        <translation>Öffnen oder beginnen Sie zuerst eine Sitzung: Antworten von Handys gehören zu einer Sitzung.</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Teilnehmende einladen</translation>
    </message>
    <message>
        <source>Stop &amp;Inviting Participants</source>
        <translation>Einladung der &amp;Teilnehmenden beenden</translation>
    </message>
    <message>
        <source>&amp;Invite Participants…</source>
        <translation>&amp;Teilnehmende einladen…</translation>
    </message>
    <message>
        <source>Stops the participant server; phones can no longer answer</source>
        <translation>Beendet den Teilnahme-Server; Handys können nicht mehr antworten</translation>
    </message>
    <message>
        <source>Lets participants answer from their phones over the local network</source>
        <translation>Teilnehmende antworten mit ihren Handys über das lokale Netzwerk</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n Handy verbunden</numerusform>
            <numerusform>%n Handys verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as seen: the count goes back to zero and the phones that asked are told</source>
        <translation>Als gesehen markieren: Die Zahl wird auf null zurückgesetzt, und die Handys, die um eine Pause gebeten haben, erfahren es</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked for a pause</source>
        <translation>
            <numerusform>%n Person hat um eine Pause gebeten</numerusform>
            <numerusform>%n Personen haben um eine Pause gebeten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantServer</name>
    <message>
        <source>Open a session before inviting participants.</source>
        <translation>Öffnen Sie eine Sitzung, bevor Sie Teilnehmende einladen.</translation>
    </message>
    <message>
        <source>The session&apos;s join code cannot be saved: %1</source>
        <translation>Der Teilnahmecode der Sitzung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Participants cannot be invited: port %1 on %2 cannot be opened (%3).</source>
        <translation>Teilnehmende können nicht eingeladen werden: Port %1 auf %2 lässt sich nicht öffnen (%3).</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Scenario files with problems</source>
        <translation>Szenariodateien mit Problemen</translation>
    </message>
    <message>
        <source>These files in your scenario folder were not loaded. Fix the problems below and choose File → Reload Library.</source>
        <translation>Diese Dateien in Ihrem Szenarioordner wurden nicht geladen. Beheben Sie die unten aufgeführten Probleme und wählen Sie dann Datei → Bibliothek neu laden.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
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
        <translation>QR-Code für %1</translation>
    </message>
</context>
<context>
    <name>RecordAnswerCommand</name>
    <message>
        <source>Record an answer</source>
        <translation>Antwort erfassen</translation>
    </message>
    <message>
        <source>Record answer &quot;%1&quot;</source>
        <translation>Antwort „%1“ erfassen</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Follow-up: decisions to replay</source>
        <translation>Nachbefragung: Entscheidungen zum Wiederholen</translation>
    </message>
    <message>
        <source>This follow-up replays no decision: ask where people stand now on the Self-Placement tab, then collect commitments.</source>
        <translation>Diese Nachbefragung wiederholt keine Entscheidung: Fragen Sie im Tab „Selbsteinschätzung“, wo die Personen jetzt stehen, und sammeln Sie dann Vorsätze.</translation>
    </message>
    <message>
        <source>%1. %2 (from “%3”)</source>
        <translation>%1. %2 (aus „%3“)</translation>
    </message>
    <message>
        <source>%1. %2 (the scenario “%3” is no longer in the library)</source>
        <translation>%1. %2 (das Szenario „%3“ ist nicht mehr in der Bibliothek)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Replay decision %1</source>
        <translation>Entscheidung %1 wiederholen</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the group was split between %1 (%2 each, of %3)</source>
        <translation>lagen die Stufen %1 gleichauf (je %2 von %3)</translation>
    </message>
    <message>
        <source>most people (%1 of %2) placed themselves at %3</source>
        <translation>schätzte sich die Mehrheit (%1 von %2) als %3 ein</translation>
    </message>
    <message>
        <source>the largest group (%1 of %2) placed themselves at %3</source>
        <translation>schätzte sich die größte Gruppe (%1 von %2) als %3 ein</translation>
    </message>
    <message>
        <source>most people (%1 of %2) did</source>
        <translation>tat das die Mehrheit (%1 von %2)</translation>
    </message>
    <message>
        <source>that was still the largest group (%1 of %2)</source>
        <translation>war das noch immer die größte Gruppe (%1 von %2)</translation>
    </message>
    <message>
        <source>The group was not asked where they place themselves on the spectrum, so there is no before and after.</source>
        <translation>Die Gruppe wurde nicht gefragt, wo sie sich auf dem Spektrum einschätzt, daher gibt es kein Vorher und Nachher.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1; afterwards, %2.</source>
        <translation>Vor den Szenarien %1; danach %2.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</source>
        <translation>
            <numerusform>Von %n Person, die beide Male geantwortet hat, sind %1 weitergekommen, %2 geblieben, wo sie waren, und %3 zurückgegangen.</numerusform>
            <numerusform>Von den %n Personen, die beide Male geantwortet haben, sind %1 weitergekommen, %2 geblieben, wo sie waren, und %3 zurückgegangen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people answered both times, so who moved is not shown.</source>
        <translation>Weniger als %1 Personen haben beide Male geantwortet, daher werden die Veränderungen nicht gezeigt.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1.</source>
        <translation>Vor den Szenarien %1.</translation>
    </message>
    <message>
        <source>Before the scenarios, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Vor den Szenarien haben sich weniger als %1 Personen auf dem Spektrum eingeschätzt – zu wenige, um das Ergebnis zu zeigen.</translation>
    </message>
    <message>
        <source>The group was not asked where they stood before the scenarios.</source>
        <translation>Die Gruppe wurde vor den Szenarien nicht gefragt, wo sie steht.</translation>
    </message>
    <message>
        <source>Afterwards, %1.</source>
        <translation>Danach %1.</translation>
    </message>
    <message>
        <source>Afterwards, fewer than %1 people placed themselves, too few to show.</source>
        <translation>Danach haben sich weniger als %1 Personen eingeschätzt – zu wenige, um das Ergebnis zu zeigen.</translation>
    </message>
    <message>
        <source>The group did not place themselves again afterwards, so there is no before and after to compare.</source>
        <translation>Danach hat sich die Gruppe nicht noch einmal eingeschätzt, daher gibt es kein Vorher und Nachher zum Vergleichen.</translation>
    </message>
    <message>
        <source>There is no gap between self-view and choices to report: the group did not both place themselves on the spectrum and decide in a scenario.</source>
        <translation>Zum Unterschied zwischen Selbsteinschätzung und Entscheidungen gibt es nichts zu berichten: Die Gruppe hat sich nicht sowohl auf dem Spektrum eingeschätzt als auch in einem Szenario entschieden.</translation>
    </message>
    <message>
        <source>Fewer than %1 people both placed themselves on the spectrum and decided in the scenarios, so the gap between how they see themselves and what they chose is not shown.</source>
        <translation>Weniger als %1 Personen haben sich sowohl auf dem Spektrum eingeschätzt als auch in den Szenarien entschieden, daher wird der Unterschied zwischen Selbsteinschätzung und Entscheidungen nicht gezeigt.</translation>
    </message>
    <message>
        <source>People placed themselves %1 stages further along, on average, than the options they chose in the scenarios: %2 of %3 saw themselves at least one stage higher than their choices.</source>
        <translation>Im Durchschnitt schätzten sich die Personen %1 Stufen weiter ein als die Optionen, die sie in den Szenarien gewählt haben: %2 von %3 sahen sich mindestens eine Stufe höher als ihre Entscheidungen.</translation>
    </message>
    <message>
        <source>People chose options %1 stages further along, on average, than where they placed themselves: %2 of %3 chose at least one stage higher than they placed themselves.</source>
        <translation>Im Durchschnitt wählten die Personen Optionen, die %1 Stufen weiter lagen als ihre Selbsteinschätzung: %2 von %3 wählten mindestens eine Stufe höher, als sie sich eingeschätzt hatten.</translation>
    </message>
    <message>
        <source>On average, the options people chose in the scenarios matched where they placed themselves: %1 of %2 were within one stage.</source>
        <translation>Im Durchschnitt passten die Optionen, die die Personen in den Szenarien gewählt haben, zu ihrer Selbsteinschätzung: Bei %1 von %2 lagen beide weniger als eine Stufe auseinander.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At decision %1, the group settled together on %2.</source>
        <translation>Bei Entscheidung %1 hat sich die Gruppe gemeinsam auf %2 geeinigt.</translation>
    </message>
    <message>
        <source>At decision %1, fewer than %2 people chose an option, so the choices are not shown.</source>
        <translation>Bei Entscheidung %1 haben weniger als %2 Personen eine Option gewählt, daher werden die Stimmen nicht gezeigt.</translation>
    </message>
    <message>
        <source>At decision %1, the most common choice was %2, chosen by %3 of %4.</source>
        <translation>Bei Entscheidung %1 war %2 die häufigste Wahl, mit %3 von %4 Stimmen.</translation>
    </message>
    <message>
        <source>At decision %1, the choices were split between %2, chosen by %3 each, of %4.</source>
        <translation>Bei Entscheidung %1 lagen %2 gleichauf, mit je %3 von %4 Stimmen.</translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown, to keep answers anonymous.</source>
        <translation>Gruppen mit weniger als %1 Personen werden nicht gezeigt, damit die Antworten anonym bleiben.</translation>
    </message>
    <message>
        <source>%1, decision %2 of %3</source>
        <translation>%1, Entscheidung %2 von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>%n Person hat teilgenommen.</numerusform>
            <numerusform>%n Personen haben teilgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people took part, so none of their answers are shown.</source>
        <translation>Weniger als %1 Personen haben teilgenommen, daher wird keine ihrer Antworten gezeigt.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Bisher hat niemand geantwortet.</translation>
    </message>
    <message>
        <source>Decisions outside a scenario</source>
        <translation>Entscheidungen außerhalb eines Szenarios</translation>
    </message>
    <message>
        <source>The group did not reach a decision in it.</source>
        <translation>Die Gruppe ist darin an keinen Entscheidungspunkt gekommen.</translation>
    </message>
    <message>
        <source>No scenario was played.</source>
        <translation>Es wurde kein Szenario durchgespielt.</translation>
    </message>
    <message>
        <source>The group worked through one scenario:</source>
        <translation>Die Gruppe hat ein Szenario durchgespielt:</translation>
    </message>
    <message>
        <source>The group worked through these scenarios, in this order:</source>
        <translation>Die Gruppe hat diese Szenarien in dieser Reihenfolge durchgespielt:</translation>
    </message>
    <message>
        <source>Weeks after the workshop, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Wochen nach dem Workshop haben sich weniger als %1 Personen auf dem Spektrum eingeschätzt – zu wenige, um das Ergebnis zu zeigen.</translation>
    </message>
    <message>
        <source>Weeks after the workshop, %1.</source>
        <translation>Wochen nach dem Workshop %1.</translation>
    </message>
    <message>
        <source>The cohort trend below sets this beside the workshop&apos;s before and after.</source>
        <translation>Die Entwicklung der Kohorte weiter unten stellt dies dem Vorher und Nachher des Workshops gegenüber.</translation>
    </message>
    <message numerus="yes">
        <source>Participants sent %n anonymous question(s) from their phones.</source>
        <translation>
            <numerusform>Die Teilnehmenden haben %n anonyme Frage von ihren Handys gesendet.</numerusform>
            <numerusform>Die Teilnehmenden haben %n anonyme Fragen von ihren Handys gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people who had made a commitment answered the check-in, too few to show.</source>
        <translation>Weniger als %1 Personen, die sich etwas vorgenommen hatten, haben die Umsetzungsfrage beantwortet – zu wenige, um das Ergebnis zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</source>
        <translation>
            <numerusform>Von %n Person, die sich etwas vorgenommen hatte, haben %1 ihren Vorsatz umgesetzt, %2 teilweise und %3 noch nicht (%4 umgesetzt).</numerusform>
            <numerusform>Von den %n Personen, die sich etwas vorgenommen hatten, haben %1 ihren Vorsatz umgesetzt, %2 teilweise und %3 noch nicht (%4 umgesetzt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said they had not made one.</source>
        <translation>
            <numerusform>%n Person gab an, sich nichts vorgenommen zu haben.</numerusform>
            <numerusform>%n Personen gaben an, sich nichts vorgenommen zu haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>weniger als %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Auf dem Bea&amp;mer zeigen</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Die ganze Sitzung</translation>
    </message>
    <message>
        <source>The latest one</source>
        <translation>Die neueste Frage</translation>
    </message>
    <message>
        <source>Self-placement: %1</source>
        <translation>Selbsteinschätzung: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Ch&amp;art:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>F&amp;ür:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Delete Old Sessions</source>
        <translation>Alte Sitzungen löschen</translation>
    </message>
    <message>
        <source>Upstander keeps every session (its answers, tallies and commitments) on this computer until you delete it. Should it delete old sessions by itself?</source>
        <translation>Upstander bewahrt jede Sitzung (ihre Antworten, Handzählungen und Vorsätze) auf diesem Computer auf, bis Sie sie löschen. Soll Upstander alte Sitzungen selbst löschen?</translation>
    </message>
    <message>
        <source>Upstander can delete old sessions by itself.</source>
        <translation>Upstander kann alte Sitzungen selbst löschen.</translation>
    </message>
    <message>
        <source>Delete a session:</source>
        <translation>Eine Sitzung löschen:</translation>
    </message>
    <message>
        <source>&amp;Never (keep every session)</source>
        <translation>&amp;Nie (jede Sitzung behalten)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;%n month(s) after its date</source>
        <translation>
            <numerusform>&amp;%n Monat nach ihrem Datum</numerusform>
            <numerusform>&amp;%n Monate nach ihrem Datum</numerusform>
        </translation>
    </message>
    <message>
        <source>Old sessions are deleted when you press OK and each time Upstander starts; a session&apos;s age counts from its date. Deleted sessions cannot be brought back. You can change this later in File ▸ Delete Old Sessions Automatically.</source>
        <translation>Alte Sitzungen werden gelöscht, wenn Sie OK drücken, und bei jedem Start von Upstander; das Alter einer Sitzung zählt ab ihrem Datum. Gelöschte Sitzungen lassen sich nicht zurückholen. Sie können das später unter Datei ▸ Alte Sitzungen automatisch löschen ändern.</translation>
    </message>
    <message>
        <source>Sessions are kept until you delete them in File ▸ Open Session.</source>
        <translation>Sitzungen bleiben erhalten, bis Sie sie unter Datei ▸ Sitzung öffnen löschen.</translation>
    </message>
    <message>
        <source>No session on this computer is that old now.</source>
        <translation>Auf diesem Computer ist derzeit keine Sitzung so alt.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this computer are that old now and will be deleted, the oldest from %1.</source>
        <translation>
            <numerusform>%n Sitzung auf diesem Computer ist jetzt so alt und wird gelöscht, sie ist vom %1.</numerusform>
            <numerusform>%n Sitzungen auf diesem Computer sind jetzt so alt und werden gelöscht, die älteste vom %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealCommand</name>
    <message>
        <source>Reveal the results</source>
        <translation>Ergebnisse aufdecken</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Ergebnisse ausblenden</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <source>Revealed options</source>
        <translation>Aufgedeckte Optionen</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes are shown once at least %1 people have voted.</source>
        <translation>Die Stimmen werden gezeigt, sobald mindestens %1 Personen abgestimmt haben.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Option %1: %2. Stage: %3. Why: %4</source>
        <translation>Option %1: %2. Stufe: %3. Warum: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n Stimme.</numerusform>
            <numerusform>%n Stimmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option %1: %2.</source>
        <translation>Option %1: %2.</translation>
    </message>
</context>
<context>
    <name>RoleCards</name>
    <message>
        <source>Observer card</source>
        <translation>Beobachtungskarte</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Rollenkarte</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Private: read this to yourself and keep it to yourself.</source>
        <translation>Vertraulich: Lesen Sie dies für sich und behalten Sie es für sich.</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Checkliste für die Beobachtung</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Rollenkarten: %1</translation>
    </message>
    <message>
        <source>Could not draw the role cards into %1.</source>
        <translation>Die Rollenkarten konnten nicht in %1 gezeichnet werden.</translation>
    </message>
</context>
<context>
    <name>RoleCardsDialog</name>
    <message>
        <source>Role cards — %1</source>
        <translation>Rollenkarten — %1</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Rollenkarten</translation>
    </message>
    <message>
        <source>Each card is private to its role. Print them or save them as a PDF, cut them apart and hand them out face down.</source>
        <translation>Jede Karte ist nur für ihre Rolle bestimmt. Drucken Sie die Karten oder speichern Sie sie als PDF, schneiden Sie sie auseinander und verteilen Sie sie verdeckt.</translation>
    </message>
    <message>
        <source>Every role&apos;s name and private brief, and the observer checklist</source>
        <translation>Name und vertrauliche Anweisung jeder Rolle sowie die Checkliste für die Beobachtung</translation>
    </message>
    <message>
        <source>One card per page</source>
        <translation>Eine Karte pro Seite</translation>
    </message>
    <message>
        <source>Two cards per page</source>
        <translation>Zwei Karten pro Seite</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Karten pro Seite</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Anordnung:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the role cards</source>
        <translation>Die Rollenkarten drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the role cards as a PDF file</source>
        <translation>Die Rollenkarten als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Close the role cards</source>
        <translation>Die Rollenkarten schließen</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Rollenkarten: %1</translation>
    </message>
    <message>
        <source>Print role cards</source>
        <translation>Rollenkarten drucken</translation>
    </message>
    <message>
        <source>The role cards could not be printed.</source>
        <translation>Die Rollenkarten konnten nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>%1-role-cards.pdf</source>
        <translation>%1-Rollenkarten.pdf</translation>
    </message>
    <message>
        <source>Save role cards as PDF</source>
        <translation>Rollenkarten als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RoomQuestionStateCommand</name>
    <message>
        <source>Show a question from the room</source>
        <translation>Eine Frage aus der Gruppe zeigen</translation>
    </message>
    <message>
        <source>Mark a question as answered</source>
        <translation>Eine Frage als beantwortet markieren</translation>
    </message>
    <message>
        <source>Hide a question</source>
        <translation>Eine Frage ausblenden</translation>
    </message>
    <message>
        <source>Put a question back in the queue</source>
        <translation>Eine Frage zurück in die Warteschlange stellen</translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>zur Prüfung zurückgehalten</translation>
    </message>
    <message>
        <source>shown on the projector</source>
        <translation>auf dem Beamer gezeigt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>Questions and concerns participants send from their phones, anonymously: only this screen lists them, never who sent one.</source>
        <translation>Fragen und Anliegen, die Teilnehmende anonym von ihren Handys senden: Nur dieser Bildschirm zeigt sie, nie aber, wer sie gesendet hat.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Zur Prüfung zurückgehalten</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Auf dem Bea&amp;mer zeigen</translation>
    </message>
    <message>
        <source>Shows the selected question on the projector, without who sent it</source>
        <translation>Zeigt die ausgewählte Frage auf dem Beamer, ohne zu verraten, wer sie gesendet hat</translation>
    </message>
    <message>
        <source>Takes the selected question out of the queue</source>
        <translation>Nimmt die ausgewählte Frage aus der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Let In</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <source>Moves the selected held question into the queue</source>
        <translation>Verschiebt die ausgewählte zurückgehaltene Frage in die Warteschlange</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No question yet. Phones that joined can send one at any time.</source>
        <translation>Noch keine Frage. Verbundene Handys können jederzeit eine senden.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n neue Frage</numerusform>
            <numerusform>%n neue Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n held for review</source>
        <translation>
            <numerusform> · %n zur Prüfung zurückgehalten</numerusform>
            <numerusform> · %n zur Prüfung zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>A question from the room</source>
        <translation>Eine Frage aus der Gruppe</translation>
    </message>
    <message>
        <source>Mark Ans&amp;wered</source>
        <translation>Als bea&amp;ntwortet markieren</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <source>Held f&amp;or review (the word list flagged them):</source>
        <translation>Zur &amp;Prüfung zurückgehalten (von der Wortliste markiert):</translation>
    </message>
    <message>
        <source>Show the Question?</source>
        <translation>Frage zeigen?</translation>
    </message>
    <message>
        <source>The projector shows a question the room is answering. While this one is on, phones cannot answer it. Show it anyway?</source>
        <translation>Der Beamer zeigt eine Frage, die der Raum gerade beantwortet. Solange diese Frage zu sehen ist, können die Handys sie nicht beantworten. Trotzdem zeigen?</translation>
    </message>
</context>
<context>
    <name>RoundTimer</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Den Timer zurücksetzen</translation>
    </message>
    <message>
        <source>Stop the timer, set it back to the round length and hide it from the projector</source>
        <translation>Den Timer anhalten, auf die Rundenlänge zurücksetzen und vom Beamer ausblenden</translation>
    </message>
    <message>
        <source>Ne&amp;xt round</source>
        <translation>Nä&amp;chste Runde</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Nächste Runde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time is up: the round has ended</source>
        <translation>Die Zeit ist um: Die Runde ist zu Ende</translation>
    </message>
    <message>
        <source>Running, shown on the projector</source>
        <translation>Läuft, wird auf dem Beamer gezeigt</translation>
    </message>
    <message>
        <source>Paused, shown on the projector</source>
        <translation>Angehalten, wird auf dem Beamer gezeigt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Den Timer anhalten</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Den Timer starten</translation>
    </message>
    <message>
        <source>Start or pause the timer (%1)</source>
        <translation>Den Timer starten oder anhalten (%1)</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>Ton, wenn die Zeit um ist</translation>
    </message>
    <message>
        <source>Play a chime on this computer when the timer runs out</source>
        <translation>Auf diesem Computer einen Gong spielen, wenn der Timer abläuft</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Time per round:</source>
        <translation>Dauer pro Runde:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Rotate the roles in each group of three and start the next round&apos;s time</source>
        <translation>Die Rollen in jeder Dreiergruppe tauschen und die Zeit für die nächste Runde starten</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1, Minuten</translation>
    </message>
    <message>
        <source>%1, seconds</source>
        <translation>%1, Sekunden</translation>
    </message>
</context>
<context>
    <name>ScenarioChecker</name>
    <message>
        <source>duplicate role id &quot;%1&quot; (first used on line %2)</source>
        <translation>doppelte Rollen-ID „%1“ (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>duplicate scene id &quot;%1&quot; (first used on line %2)</source>
        <translation>doppelte Szenen-ID „%1“ (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is a dead end: it is not an ending and leads nowhere; give it &quot;next&quot;, &quot;decision&quot; or &quot;ending: true&quot;</source>
        <translation>Szene „%1“ ist eine Sackgasse: Sie ist kein Ende und führt nirgendwohin; geben Sie ihr &quot;next&quot;, &quot;decision&quot; oder &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in this decision (first used on line %2)</source>
        <translation>doppelte Options-ID „%1“ in dieser Entscheidung (zuerst verwendet in Zeile %2)</translation>
    </message>
    <message>
        <source>the options of this decision span only %1 of the five stages (%2); three or more give the group something to discuss</source>
        <translation>die Optionen dieser Entscheidung decken nur %1 der fünf Stufen ab (%2); erst ab drei Stufen hat die Gruppe etwas zu diskutieren</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekannte Stufe „%1“; erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekannte Stufe „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;</source>
        <translation>&quot;next&quot; verweist auf keine Szene: Es gibt keine Szene „%1“</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>&quot;next&quot; verweist auf keine Szene: Es gibt keine Szene „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; no &quot;next&quot; leads to it</source>
        <translation>Szene „%1“ ist von der ersten Szene „%2“ aus nicht erreichbar; kein &quot;next&quot; führt zu ihr</translation>
    </message>
    <message>
        <source>no scene is an ending; mark the last scene of each path with &quot;ending: true&quot;</source>
        <translation>keine Szene ist ein Ende; markieren Sie die letzte Szene jedes Pfads mit &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is caught in a loop: no path from it reaches an ending</source>
        <translation>Szene „%1“ steckt in einer Schleife: Kein Pfad von ihr aus erreicht ein Ende</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; the only scenes leading to it cannot be reached either</source>
        <translation>Szene „%1“ ist von der ersten Szene „%2“ aus nicht erreichbar; auch die Szenen, die zu ihr führen, sind nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message>
        <source>Scenario details</source>
        <translation>Szenariodetails</translation>
    </message>
    <message>
        <source>Summary, roles, decision points and debrief questions of the selected scenario</source>
        <translation>Zusammenfassung, Rollen, Entscheidungspunkte und Fragen zur Nachbesprechung des ausgewählten Szenarios</translation>
    </message>
    <message>
        <source>Choose a scenario from the list to see its roles, decision points and debrief questions.</source>
        <translation>Wählen Sie ein Szenario aus der Liste, um seine Rollen, Entscheidungspunkte und Fragen zur Nachbesprechung zu sehen.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3–%4 people</source>
        <translation>%1 · %2 Minuten · %3–%4 Personen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Decision points</source>
        <translation>Entscheidungspunkte</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation>
            <numerusform>Timer: %n Sekunde</numerusform>
            <numerusform>Timer: %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Checkliste für die Beobachtung</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Was?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>Was bedeutet das?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Was nun?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>observer role</source>
        <translation>Beobachtungsrolle</translation>
    </message>
    <message>
        <source>Warnings from checking this file (it runs anyway)</source>
        <translation>Hinweise aus der Prüfung dieser Datei (das Szenario läuft trotzdem)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>another scenario file already uses the id &quot;%1&quot; (%2); this one was not loaded</source>
        <translation>eine andere Szenariodatei verwendet bereits die ID „%1“ (%2); diese hier wurde nicht geladen</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message numerus="yes">
        <source>%1, %2, %n minutes</source>
        <translation>
            <numerusform>%1, %2, %n Minute</numerusform>
            <numerusform>%1, %2, %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 · %3 min</source>
        <translation>%1
%2 · %3 Min.</translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 Min.</translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; scenario files are a few kilobytes</source>
        <translation>die Datei ist größer als 1 MiB; Szenariodateien sind nur wenige Kilobyte groß</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; scenario files must be UTF-8 text (is it UTF-16 or binary?)</source>
        <translation>die Datei enthält ein NUL-Byte; Szenariodateien müssen UTF-8-Text sein (ist sie UTF-16-kodiert oder binär?)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8</translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>the file is empty; a scenario starts with &quot;format: %1&quot;</source>
        <translation>die Datei ist leer; ein Szenario beginnt mit &quot;format: %1&quot;</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version of Upstander reads &quot;%2&quot;</source>
        <translation>nicht unterstütztes Format „%1“; diese Version von Upstander liest „%2“</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekanntes Thema „%1“; erwartet wird eines von: %2</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>unbekanntes Thema „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>&quot;max&quot; (%1) is smaller than &quot;min&quot; (%2)</source>
        <translation>&quot;max&quot; (%1) ist kleiner als &quot;min&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;ending: false&quot; says nothing; leave &quot;ending&quot; out of scenes that are not endings</source>
        <translation>&quot;ending: false&quot; ist überflüssig; lassen Sie &quot;ending&quot; bei Szenen weg, die kein Ende sind</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; has %2; a scene does exactly one of &quot;next&quot;, &quot;decision&quot; or &quot;ending&quot;</source>
        <translation>Szene „%1“ hat %2; eine Szene hat genau eines von &quot;next&quot;, &quot;decision&quot; oder &quot;ending&quot;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>a decision needs two to six options, this one has %1</source>
        <translation>eine Entscheidung braucht zwei bis sechs Optionen, diese hat %1</translation>
    </message>
    <message>
        <source>the content note has %1 characters; participants read it on a phone before the role-play, so keep it to %2</source>
        <translation>der Inhaltshinweis hat %1 Zeichen; die Teilnehmenden lesen ihn vor dem Rollenspiel auf dem Handy, halten Sie ihn daher bei höchstens %2</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario runner: %1</source>
        <translation>Szenario-Ablauf: %1</translation>
    </message>
    <message>
        <source>Role &amp;cards…</source>
        <translation>&amp;Rollenkarten…</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Rollenkarten</translation>
    </message>
    <message>
        <source>Every role&apos;s private brief and the observer checklist, to print or save as PDF</source>
        <translation>Die vertrauliche Anweisung jeder Rolle und die Checkliste für die Beobachtung, zum Drucken oder Speichern als PDF</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Von v&amp;orn beginnen</translation>
    </message>
    <message>
        <source>Start the scenario over</source>
        <translation>Das Szenario von vorn beginnen</translation>
    </message>
    <message>
        <source>Back to the first scene; recorded votes are kept</source>
        <translation>Zurück zur ersten Szene; erfasste Stimmen bleiben erhalten</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Auf dem Bea&amp;mer zeigen</translation>
    </message>
    <message>
        <source>Current scene</source>
        <translation>Aktuelle Szene</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Runden-Timer</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous scene</source>
        <translation>Zurück zur vorigen Szene</translation>
    </message>
    <message>
        <source>&amp;Next scene →</source>
        <translation>&amp;Nächste Szene →</translation>
    </message>
    <message>
        <source>Next scene</source>
        <translation>Nächste Szene</translation>
    </message>
    <message>
        <source>&amp;Debrief →</source>
        <translation>Zur Nachbes&amp;prechung →</translation>
    </message>
    <message>
        <source>Go on to the debrief</source>
        <translation>Weiter zur Nachbesprechung</translation>
    </message>
    <message>
        <source>Finish the scenario</source>
        <translation>Das Szenario abschließen</translation>
    </message>
    <message>
        <source>Previous scene</source>
        <translation>Vorige Szene</translation>
    </message>
    <message>
        <source>Next scene or debrief</source>
        <translation>Nächste Szene oder Nachbesprechung</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Auf dem Beamer zeigen</translation>
    </message>
    <message>
        <source>Take the next vote away</source>
        <translation>Die nächste Stimme wegnehmen</translation>
    </message>
    <message>
        <source>Add a vote to option %1</source>
        <translation>Option %1 eine Stimme hinzufügen</translation>
    </message>
    <message>
        <source>Take a vote from option %1</source>
        <translation>Option %1 eine Stimme wegnehmen</translation>
    </message>
    <message>
        <source>Put this scene&apos;s narration on the audience screen (%1)</source>
        <translation>Den Erzähltext dieser Szene auf dem Publikumsbildschirm zeigen (%1)</translation>
    </message>
    <message>
        <source>Back to the previous scene on the path (%1)</source>
        <translation>Zurück zur vorigen Szene auf dem Pfad (%1)</translation>
    </message>
    <message>
        <source>On to the next scene (%1)</source>
        <translation>Weiter zur nächsten Szene (%1)</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Was?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>Was bedeutet das?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Was nun?</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Debrief: What? So what? Now what?</source>
        <translation>Nachbesprechung: Was? Was bedeutet das? Was nun?</translation>
    </message>
    <message>
        <source>What? (what happened)</source>
        <translation>Was? (was ist passiert)</translation>
    </message>
    <message>
        <source>So what? (why it matters)</source>
        <translation>Was bedeutet das? (warum es wichtig ist)</translation>
    </message>
    <message>
        <source>Now what? (what each of us will do)</source>
        <translation>Was nun? (was jede und jeder von uns tun wird)</translation>
    </message>
    <message>
        <source>Take the three kinds of question in order and give each its own time. Let the room answer before you offer your own view. Invite, never require: anyone may pass.</source>
        <translation>Gehen Sie die drei Arten von Fragen der Reihe nach durch und geben Sie jeder ihre eigene Zeit. Lassen Sie die Gruppe antworten, bevor Sie Ihre eigene Sicht einbringen. Laden Sie ein, verlangen Sie nie: Alle dürfen passen.</translation>
    </message>
    <message>
        <source>Debrief timer</source>
        <translation>Timer für die Nachbesprechung</translation>
    </message>
    <message>
        <source>Scene %1 · Decision point</source>
        <translation>Szene %1 · Entscheidungspunkt</translation>
    </message>
    <message>
        <source>Scene %1 · Ending</source>
        <translation>Szene %1 · Ende</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Szene %1</translation>
    </message>
    <message>
        <source>Narration: %1</source>
        <translation>Erzähltext: %1</translation>
    </message>
    <message>
        <source>This is an ending of the scenario. When the room is ready, go on to the debrief.</source>
        <translation>Dies ist ein Ende des Szenarios. Wenn die Gruppe so weit ist, gehen Sie weiter zur Nachbesprechung.</translation>
    </message>
    <message>
        <source>Show the debrief questions on the projector</source>
        <translation>Die Fragen zur Nachbesprechung auf dem Beamer zeigen</translation>
    </message>
    <message>
        <source>Show the narration on the projector</source>
        <translation>Den Erzähltext auf dem Beamer zeigen</translation>
    </message>
    <message>
        <source>No audience screen is open.</source>
        <translation>Es ist kein Publikumsbildschirm geöffnet.</translation>
    </message>
    <message>
        <source>On the projector now.</source>
        <translation>Jetzt auf dem Beamer.</translation>
    </message>
    <message>
        <source>the welcome screen</source>
        <translation>den Begrüßungsbildschirm</translation>
    </message>
    <message>
        <source>the group&apos;s agreements</source>
        <translation>die Vereinbarungen der Gruppe</translation>
    </message>
    <message>
        <source>the narration of “%1”</source>
        <translation>den Erzähltext von „%1“</translation>
    </message>
    <message>
        <source>a question and its options</source>
        <translation>eine Frage und ihre Optionen</translation>
    </message>
    <message>
        <source>revealed results</source>
        <translation>aufgedeckte Ergebnisse</translation>
    </message>
    <message>
        <source>debrief questions</source>
        <translation>Fragen zur Nachbesprechung</translation>
    </message>
    <message>
        <source>how to join from a phone</source>
        <translation>wie man per Smartphone teilnimmt</translation>
    </message>
    <message>
        <source>The projector shows %1.</source>
        <translation>Der Beamer zeigt %1.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Path so far: %1</source>
        <translation>Bisheriger Pfad: %1</translation>
    </message>
    <message>
        <source>Facilitator notes and timer</source>
        <translation>Moderationsnotizen und Timer</translation>
    </message>
    <message>
        <source>the request for commitments</source>
        <translation>die Bitte um Vorsätze</translation>
    </message>
    <message>
        <source>“%1” is over</source>
        <translation>„%1“ ist zu Ende</translation>
    </message>
    <message>
        <source>Thank you for taking part.</source>
        <translation>Danke fürs Mitmachen.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The scenario has ended and the projector says so. Start over to run it again, or choose another scenario from the library.</source>
        <translation>Das Szenario ist beendet, und der Beamer zeigt das an. Beginnen Sie von vorn, um es noch einmal durchzuspielen, oder wählen Sie ein anderes Szenario aus der Bibliothek.</translation>
    </message>
    <message>
        <source>Thank the people who played the roles and the observers, and give the room a moment before the next part of the workshop.</source>
        <translation>Danken Sie allen, die Rollen gespielt oder beobachtet haben, und geben Sie der Gruppe einen Moment, bevor der nächste Teil des Workshops beginnt.</translation>
    </message>
    <message>
        <source>Show on the projector that the scenario is over</source>
        <translation>Auf dem Beamer zeigen, dass das Szenario zu Ende ist</translation>
    </message>
    <message>
        <source>The projector says that the scenario is over.</source>
        <translation>Der Beamer zeigt, dass das Szenario zu Ende ist.</translation>
    </message>
    <message>
        <source>Finish scenario</source>
        <translation>Szenario abschließen</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <source>Start “%1” over from the first scene?</source>
        <translation>„%1“ von der ersten Szene an neu beginnen?</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) at this scenario&apos;s decisions in this session.</source>
        <translation>
            <numerusform>%n Stimme bei den Entscheidungen dieses Szenarios in dieser Sitzung.</numerusform>
            <numerusform>%n Stimmen bei den Entscheidungen dieses Szenarios in dieser Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept: each decision is asked again in the same question, where votes counted by hand are added to them and a phone&apos;s new answer replaces its earlier one. The results and the report count both runs together.</source>
        <translation>Sie bleiben erhalten: Jede Entscheidung wird in derselben Frage noch einmal gestellt; per Hand gezählte Stimmen kommen zu ihnen hinzu, und eine neue Antwort von einem Smartphone ersetzt dessen frühere. Die Ergebnisse und der Bericht zählen beide Durchläufe zusammen.</translation>
    </message>
    <message>
        <source>&amp;Keep Votes and Start Over</source>
        <translation>Stimmen &amp;behalten und neu beginnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the group&apos;s commitments</source>
        <translation>die Vorsätze der Gruppe</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Inhaltshinweis: %1</translation>
    </message>
    <message>
        <source>Phones show this note while the role-play is on; anyone can sit it out there</source>
        <translation>Die Handys zeigen diesen Hinweis, solange das Rollenspiel läuft; dort kann jede Person aussetzen</translation>
    </message>
    <message>
        <source>Chosen on their phones; only the number is shown, here alone, never on the projector</source>
        <translation>Auf den Handys gewählt; nur die Anzahl wird gezeigt, nur hier und nie auf dem Beamer</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) sitting this role-play out</source>
        <translation>
            <numerusform>%n Person setzt bei diesem Rollenspiel aus</numerusform>
            <numerusform>%n Personen setzen bei diesem Rollenspiel aus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message>
        <source>option --ts needs a file name</source>
        <translation>Option --ts erwartet einen Dateinamen</translation>
    </message>
    <message>
        <source>unknown option %1 for scenario-strings</source>
        <translation>unbekannte Option %1 für scenario-strings</translation>
    </message>
    <message>
        <source>scenario-strings needs --ts FILE.ts and at least one scenario file</source>
        <translation>scenario-strings erwartet --ts DATEI.ts und mindestens eine Szenariodatei</translation>
    </message>
    <message>
        <source>No translation file written: fix the scenario files first.</source>
        <translation>Keine Übersetzungsdatei geschrieben: Beheben Sie zuerst die Fehler in den Szenariodateien.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation>
            <numerusform>%1: %n Text, davon %2 noch nicht fertig übersetzt.</numerusform>
            <numerusform>%1: %n Texte, davon %2 noch nicht fertig übersetzt.</numerusform>
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
        <translation>Aufruf: upstander scenario-strings --ts DATEI.ts SZENARIO...

Schreibt die übersetzbaren Texte der Szenarien in die Qt-Linguist-Datei
DATEI.ts und behält die Übersetzungen, die dort schon stehen. Die Sprache
kommt aus der Datei oder aus ihrem Namen (scenarios_de.ts ist Deutsch). Solange
ein Szenario Fehler hat, wird nichts geschrieben.

Optionen:
  --ts DATEI.ts  die Übersetzungsdatei, die angelegt oder aktualisiert wird
  -h, --help     zeigt diese Hilfe und beendet das Programm

Exit-Codes: 0 geschrieben, 1 ein Szenario oder die Datei ließ sich nicht lesen
oder schreiben, 2 Aufruffehler. Szenarien übersetzen: docs/translations.md.
</translation>
    </message>
</context>
<context>
    <name>SelfPlacementPanel</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>How answers are collected</source>
        <translation>Wie Antworten erfasst werden</translation>
    </message>
    <message>
        <source>Tally: the group stands on a line</source>
        <translation>Zählung: Die Gruppe stellt sich auf einer Linie auf</translation>
    </message>
    <message>
        <source>Hot seat: the laptop goes round</source>
        <translation>Heißer Stuhl: Der Laptop geht herum</translation>
    </message>
    <message>
        <source>&amp;Collect by:</source>
        <translation>Erfassun&amp;g:</translation>
    </message>
    <message>
        <source>Show &amp;Question on Projector</source>
        <translation>&amp;Frage auf dem Beamer zeigen</translation>
    </message>
    <message>
        <source>Count the people standing at each stage. Press 1–5 to add one; press − and then a number to take one away; Ctrl+Z undoes.</source>
        <translation>Zählen Sie die Personen, die bei jeder Stufe stehen. Mit 1–5 zählen Sie eine Person hinzu; mit − und dann einer Zahl nehmen Sie eine weg; Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Next number takes one away</source>
        <translation>Die nächste Zahl nimmt eine Person weg</translation>
    </message>
    <message>
        <source>Self-Placement</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>Die Frage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Wo die Gruppe steht: %1</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>Add one to %1</source>
        <translation>%1 um eins erhöhen</translation>
    </message>
    <message>
        <source>Take one from %1</source>
        <translation>%1 um eins verringern</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Gezählt: %1</translation>
    </message>
    <message>
        <source>Hot Seat</source>
        <translation>Heißer Stuhl</translation>
    </message>
    <message>
        <source>The results of this question are shown, so it takes no more answers. Hide the results to go on collecting.</source>
        <translation>Die Ergebnisse dieser Frage werden gezeigt, daher nimmt sie keine Antworten mehr an. Blenden Sie die Ergebnisse aus, um weiter zu sammeln.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already answered this question one by one or on a phone. Hands counted now are added to them, so only people who have not answered yet may be counted. Count hands as well?</source>
        <translation>
            <numerusform>%n Person hat diese Frage schon einzeln oder auf dem Smartphone beantwortet. Jetzt gezählte Handzeichen kommen hinzu; zählen Sie also nur Personen, die noch nicht geantwortet haben. Auch Handzeichen zählen?</numerusform>
            <numerusform>%n Personen haben diese Frage schon einzeln oder auf dem Smartphone beantwortet. Jetzt gezählte Handzeichen kommen hinzu; zählen Sie also nur Personen, die noch nicht geantwortet haben. Auch Handzeichen zählen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already counted by hand for this question. Answers given now are added to them, so only people who were not counted may answer. Take answers one by one as well?</source>
        <translation>
            <numerusform>Für diese Frage wurde %n Person schon per Handzeichen gezählt. Jetzt gegebene Antworten kommen hinzu; antworten sollen also nur Personen, die nicht gezählt wurden. Auch einzelne Antworten annehmen?</numerusform>
            <numerusform>Für diese Frage wurden %n Personen schon per Handzeichen gezählt. Jetzt gegebene Antworten kommen hinzu; antworten sollen also nur Personen, die nicht gezählt wurden. Auch einzelne Antworten annehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Count both ways?</source>
        <translation>Auf beide Arten zählen?</translation>
    </message>
    <message>
        <source>The results could not be shown or hidden.</source>
        <translation>Die Ergebnisse konnten nicht gezeigt oder ausgeblendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all · counted by hand: %1 · answered one by one or from phones: %2</source>
        <translation>
            <numerusform>%n Person insgesamt · per Handzeichen gezählt: %1 · einzeln oder per Smartphone geantwortet: %2</numerusform>
            <numerusform>%n Personen insgesamt · per Handzeichen gezählt: %1 · einzeln oder per Smartphone geantwortet: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered one by one or from phones</source>
        <translation>
            <numerusform>%n Person hat einzeln oder per Smartphone geantwortet</numerusform>
            <numerusform>%n Personen haben einzeln oder per Smartphone geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Ph&amp;ase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Hide Res&amp;ults</source>
        <translation>Ergebnisse a&amp;usblenden</translation>
    </message>
    <message>
        <source>Reveal Res&amp;ults</source>
        <translation>Ergebnisse a&amp;ufdecken</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n Person</numerusform>
            <numerusform>%1: %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>The laptop goes round the room and each person places themselves. &quot;Hand Over&quot; locks the console to a screen with only the question, the five stages and &quot;Pass&quot;: no tabs, notes, results or undo. Unlock it with %1 to take the laptop back; then Ctrl+Z takes back the last answer.</source>
        <translation>Der Laptop geht im Raum herum, und jede Person schätzt sich selbst ein. „Laptop übergeben“ sperrt die Moderationsansicht: Zu sehen sind nur noch die Frage, die fünf Stufen und „Passen“ – keine Tabs, Notizen und Ergebnisse, kein Rückgängigmachen. Mit %1 heben Sie die Sperre auf und nehmen den Laptop zurück; danach macht Strg+Z die letzte Antwort rückgängig.</translation>
    </message>
    <message>
        <source>Hand &amp;Over the Laptop</source>
        <translation>&amp;Laptop übergeben</translation>
    </message>
    <message>
        <source>Where are you today? Tap the stage that fits you best, or press its number. Nobody sees your answer.</source>
        <translation>Wo stehen Sie heute? Tippen Sie auf die Stufe, die am besten zu Ihnen passt, oder drücken Sie ihre Nummer. Niemand sieht Ihre Antwort.</translation>
    </message>
    <message>
        <source>The results are shown, so no more answers are counted. &quot;Hide Results&quot; or &quot;Show Question on Projector&quot; asks the question again.</source>
        <translation>Die Ergebnisse werden gezeigt, daher werden keine Antworten mehr gezählt. „Ergebnisse ausblenden“ oder „Frage auf dem Beamer zeigen“ stellt die Frage erneut.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbefragung</translation>
    </message>
</context>
<context>
    <name>SessionCharts</name>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>How people see themselves and what they chose</source>
        <translation>Wie sich die Personen einschätzen und was sie gewählt haben</translation>
    </message>
    <message>
        <source>Votes at a decision</source>
        <translation>Stimmen bei einer Entscheidung</translation>
    </message>
    <message>
        <source>Cohort trend</source>
        <translation>Entwicklung der Kohorte</translation>
    </message>
    <message>
        <source>On average, people place themselves where their choices are.</source>
        <translation>Im Durchschnitt schätzen sich die Personen dort ein, wo auch ihre Entscheidungen liegen.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages further along than their choices.</source>
        <translation>Im Durchschnitt schätzen sich die Personen %1 Stufen weiter ein, als ihre Entscheidungen zeigen.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages behind their choices.</source>
        <translation>Im Durchschnitt schätzen sich die Personen %1 Stufen hinter ihren Entscheidungen ein.</translation>
    </message>
    <message>
        <source>Where people place themselves</source>
        <translation>Wo sich die Personen einschätzen</translation>
    </message>
    <message>
        <source>The stages of their choices</source>
        <translation>Die Stufen ihrer Entscheidungen</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Noch keine Entscheidung</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Where the group stands</source>
        <translation>Wo die Gruppe steht</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Wo die Gruppe steht: %1</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Sitzungseinstellungen</translation>
    </message>
    <message>
        <source>e.g. Leadership team, spring workshop</source>
        <translation>z. B. Führungsteam, Frühjahrsworkshop</translation>
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
        <translation>optional; derselbe Name verknüpft eine spätere Nachbefragung</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> Antworten</translation>
    </message>
    <message>
        <source>&amp;Show results from:</source>
        <translation>Ergebnisse &amp;zeigen ab:</translation>
    </message>
    <message>
        <source>No result, chart or commitment is shown or exported while it rests on fewer answers than this, so nobody can be singled out.</source>
        <translation>Kein Ergebnis, Diagramm oder Vorsatz wird gezeigt oder exportiert, solange es auf weniger Antworten als dieser Zahl beruht, damit niemand herausgegriffen werden kann.</translation>
    </message>
    <message>
        <source>Name for stage %1, %2</source>
        <translation>Name für Stufe %1, %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Leave a field empty to use the standard name. The order and colours of the stages stay the same.</source>
        <translation>Lassen Sie ein Feld leer, um den Standardnamen zu verwenden. Reihenfolge und Farben der Stufen bleiben gleich.</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>An earlier cohort: this session joins its trend.</source>
        <translation>Eine frühere Kohorte: Diese Sitzung kommt zu ihrer Entwicklung hinzu.</translation>
    </message>
    <message>
        <source>Saved as “%1”, the earlier cohort: this session joins its trend.</source>
        <translation>Gespeichert als „%1“, die frühere Kohorte: Diese Sitzung kommt zu ihrer Entwicklung hinzu.</translation>
    </message>
    <message>
        <source>A new cohort: later sessions with the same name are compared with it.</source>
        <translation>Eine neue Kohorte: Spätere Sitzungen mit demselben Namen werden mit ihr verglichen.</translation>
    </message>
    <message>
        <source>A new cohort. Did you mean “%1”? A different spelling starts a separate trend.</source>
        <translation>Eine neue Kohorte. Meinten Sie „%1“? Eine andere Schreibweise beginnt eine eigene Entwicklung.</translation>
    </message>
    <message>
        <source>Stage na&amp;mes</source>
        <translation>Stufenna&amp;men</translation>
    </message>
    <message>
        <source>As the room will see it, e.g. Sam Okafor</source>
        <translation>So, wie die Gruppe ihn sehen soll, z. B. Sam Okafor</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>One item per line, e.g. 9:30 Where we stand</source>
        <translation>Ein Punkt pro Zeile, z. B. 9:30 Wo wir stehen</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Ab&amp;lauf:</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>Eine Vereinbarung pro Zeile</translation>
    </message>
    <message>
        <source>Our &amp;agreements:</source>
        <translation>Unsere &amp;Vereinbarungen:</translation>
    </message>
    <message>
        <source>Shown on the projector when the session opens, and again with View ▸ Projector: Welcome Screen.</source>
        <translation>Erscheint auf dem Beamer, wenn die Sitzung geöffnet wird, und wieder über Ansicht ▸ Beamer: Begrüßungsbildschirm.</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>&amp;Begrüßungsbildschirm</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>The commitment is empty.</source>
        <translation>Der Vorsatz ist leer.</translation>
    </message>
    <message>
        <source>A commitment has at most %1 characters; this one has %2.</source>
        <translation>Ein Vorsatz darf höchstens %1 Zeichen lang sein; dieser hat %2.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Es ist keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The commitment is no longer there.</source>
        <translation>Diesen Vorsatz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Answers are recorded in this question, so it stays.</source>
        <translation>Zu dieser Frage sind Antworten erfasst, deshalb bleibt sie erhalten.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <source>A question has at most %1 characters.</source>
        <translation>Eine Frage darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The question contains control characters.</source>
        <translation>Die Frage enthält Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>Where people place themselves on the spectrum, against the stages of the options they chose in the scenarios.</source>
        <translation>Wo sich die Personen auf dem Spektrum einschätzen, verglichen mit den Stufen der Optionen, die sie in den Szenarien gewählt haben.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Was?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>Was bedeutet das?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Was nun?</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vorsätze</translation>
    </message>
    <message>
        <source>Commitments are listed once at least %1 people have written one.</source>
        <translation>Vorsätze werden aufgeführt, sobald mindestens %1 Personen einen geschrieben haben.</translation>
    </message>
    <message>
        <source>The next step from each stage</source>
        <translation>Der nächste Schritt auf jeder Stufe</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>Das Zeichnen des Berichts kann nicht beginnen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so this chart is not shown.</source>
        <translation>Weniger als %1 Personen haben geantwortet, daher wird dieses Diagramm nicht gezeigt.</translation>
    </message>
    <message>
        <source>Where the group stood before the scenarios</source>
        <translation>Wo die Gruppe vor den Szenarien stand</translation>
    </message>
    <message>
        <source>Report made %1 with Upstander.</source>
        <translation>Bericht erstellt am %1 mit Upstander.</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Kohorte: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Where people stood.</source>
        <translation>Wo die Personen standen.</translation>
    </message>
    <message>
        <source>Self-view and choices.</source>
        <translation>Selbsteinschätzung und Entscheidungen.</translation>
    </message>
    <message>
        <source>Fewer than %1 people chose an option here, so the votes are not shown.</source>
        <translation>Hier haben weniger als %1 Personen eine Option gewählt, daher werden die Stimmen nicht gezeigt.</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Fragen zur Nachbesprechung</translation>
    </message>
    <message>
        <source>Commitments kept.</source>
        <translation>Umgesetzte Vorsätze.</translation>
    </message>
    <message>
        <source>Did people do what they committed to?</source>
        <translation>Haben die Teilnehmenden getan, was sie sich vorgenommen hatten?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Did it</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Of the people who had made a commitment and answered the check-in of a follow-up.</source>
        <translation>Bezogen auf die Personen, die sich etwas vorgenommen hatten und in einer Nachbefragung die Umsetzungsfrage beantwortet haben.</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>Where are you today?</source>
        <translation>Wo stehen Sie heute?</translation>
    </message>
    <message>
        <source>Where are you now, after the scenarios?</source>
        <translation>Wo stehen Sie jetzt, nach den Szenarien?</translation>
    </message>
    <message>
        <source>Where are you now, weeks later?</source>
        <translation>Wo stehen Sie jetzt, Wochen später?</translation>
    </message>
    <message>
        <source>There is no question %1 in this session.</source>
        <translation>In dieser Sitzung gibt es keine Frage %1.</translation>
    </message>
    <message>
        <source>This question is not one to choose an option in.</source>
        <translation>Bei dieser Frage wird keine Option gewählt.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Diese Frage ist geschlossen.</translation>
    </message>
    <message>
        <source>The participant token is missing or too long.</source>
        <translation>Das Teilnahme-Token fehlt oder ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this question&apos;s choices.</source>
        <translation>„%1“ ist keine der Antwortmöglichkeiten dieser Frage.</translation>
    </message>
    <message>
        <source>Own what you intend and what it does: if something lands badly, listen first.</source>
        <translation>Zu Absicht und Wirkung stehen: Wenn etwas verletzend ankommt, erst einmal zuhören.</translation>
    </message>
    <message>
        <source>Challenge by choice: take part as far as feels right; passing is always fine.</source>
        <translation>Freiwillig mitmachen: so weit, wie es sich stimmig anfühlt; Passen ist immer in Ordnung.</translation>
    </message>
    <message>
        <source>Question ideas, never attack people.</source>
        <translation>Ideen hinterfragen, nie Menschen angreifen.</translation>
    </message>
    <message>
        <source>Stories told here stay here; what we learn leaves with us.</source>
        <translation>Was hier erzählt wird, bleibt hier; was wir lernen, nehmen wir mit.</translation>
    </message>
    <message>
        <source>This participant sits out the role-play question %1 belongs to.</source>
        <translation>Diese Person setzt bei dem Rollenspiel aus, zu dem Frage %1 gehört.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Nachbefragung: %1</translation>
    </message>
    <message>
        <source>Did you do what you committed to?</source>
        <translation>Haben Sie getan, was Sie sich vorgenommen hatten?</translation>
    </message>
    <message>
        <source>Yes, I did</source>
        <translation>Ja, habe ich</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>I did not make a commitment</source>
        <translation>Ich hatte mir nichts vorgenommen</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. Upstander keeps every answer there and will not run without saving them; choose another folder with --data-dir.</source>
        <translation>Der Datenordner %1 ist schreibgeschützt. Upstander speichert dort jede Antwort und läuft nicht, ohne sie speichern zu können; wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not an Upstander database (it may be damaged). It was left unchanged; move it aside to start a new one.</source>
        <translation>%1 ist keine Upstander-Datenbank (oder sie ist beschädigt). Die Datei wurde nicht verändert; verschieben Sie sie an einen anderen Ort, um eine neue Datenbank anzulegen.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; move it aside to start a new one.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Sie wurde nicht verändert; verschieben Sie sie an einen anderen Ort, um eine neue Datenbank anzulegen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be set up: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Earlier answers are not saved yet; try again.</source>
        <translation>Frühere Antworten sind noch nicht gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>The commitment is no longer stored.</source>
        <translation>Dieser Vorsatz ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Question %1 is not there, or answers are recorded in it.</source>
        <translation>Frage %1 gibt es nicht, oder zu ihr sind Antworten erfasst.</translation>
    </message>
    <message>
        <source>Session %1 cannot be put back: %2</source>
        <translation>Sitzung %1 kann nicht zurückgeholt werden: %2</translation>
    </message>
    <message>
        <source>Session %1 is back already.</source>
        <translation>Sitzung %1 ist schon wieder da.</translation>
    </message>
</context>
<context>
    <name>SetGroupChoiceCommand</name>
    <message>
        <source>Clear the group&apos;s choice</source>
        <translation>Die Wahl der Gruppe aufheben</translation>
    </message>
    <message>
        <source>The group chooses &quot;%1&quot;</source>
        <translation>Die Gruppe wählt „%1“</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>One row per command: where it is, what it does, its keys</source>
        <translation>Eine Zeile je Befehl: wo er zu finden ist, was er tut, seine Tasten</translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Bystander</source>
        <translation>Zuschauend</translation>
    </message>
    <message>
        <source>Sees the unfairness happen and stays out of it.</source>
        <translation>Sieht die Ungerechtigkeit und hält sich heraus.</translation>
    </message>
    <message>
        <source>The bystander is in the room when someone is excluded or demeaned and lets it pass. Rarely out of ill will: more often they are unsure what to say, uncomfortable, or quietly weighing the cost of speaking against the ease of silence. Most of us stand here more often than we would like to think; what is missing is skill, confidence and a culture that backs them up.</source>
        <translation>Zuschauende sind dabei, wenn jemand ausgegrenzt oder herabgesetzt wird, und lassen es geschehen. Selten aus böser Absicht: Häufiger wissen sie nicht, was sie sagen sollen, fühlen sich unwohl oder wägen im Stillen ab, was es kostet, etwas zu sagen, und wie bequem es ist zu schweigen. Die meisten von uns stehen öfter hier, als wir wahrhaben möchten. Was fehlt, sind Können, Selbstvertrauen und eine Kultur, die einem dabei den Rücken stärkt.</translation>
    </message>
    <message>
        <source>Looks away or changes the subject when a remark lands badly</source>
        <translation>Schaut weg oder wechselt das Thema, wenn eine Bemerkung verletzend ankommt</translation>
    </message>
    <message>
        <source>Waits for someone more senior to deal with it</source>
        <translation>Wartet darauf, dass sich jemand Ranghöheres darum kümmert</translation>
    </message>
    <message>
        <source>Tells themselves it was only a joke, or not their business</source>
        <translation>Redet sich ein, es sei nur ein Witz gewesen oder gehe einen nichts an</translation>
    </message>
    <message>
        <source>A colleague is talked over twice; the bystander notices, feels uneasy and moves on to the next agenda item.</source>
        <translation>Jemandem aus dem Team wird zweimal ins Wort gefallen; die zuschauende Person bemerkt es, fühlt sich unwohl und geht zum nächsten Tagesordnungspunkt über.</translation>
    </message>
    <message>
        <source>Notice: pay deliberate attention to who speaks, who is interrupted and who is missing. Seeing the pattern is the first move.</source>
        <translation>Wahrnehmen: Achten Sie bewusst darauf, wer spricht, wer unterbrochen wird und wer gar nicht erst dabei ist. Das Muster zu erkennen, ist der erste Schritt.</translation>
    </message>
    <message>
        <source>Passive supporter</source>
        <translation>Passiv unterstützend</translation>
    </message>
    <message>
        <source>Agrees with inclusion when asked, but never starts anything.</source>
        <translation>Befürwortet Inklusion auf Nachfrage, ergreift aber nie selbst die Initiative.</translation>
    </message>
    <message>
        <source>The passive supporter means it: they back the right policies, sit through the training and agree when the topic comes up. Their support is sincere but stays in reserve. It is never spent in the moment that would change something, so the people it is meant for never feel it.</source>
        <translation>Passiv Unterstützende meinen es ernst: Sie befürworten die richtigen Richtlinien, besuchen die Schulungen und stimmen zu, wenn das Thema aufkommt. Ihre Unterstützung ist aufrichtig, bleibt aber in Reserve. Sie kommt nie in dem Moment zum Einsatz, in dem sie etwas verändern würde, und so spüren die Menschen, denen sie gelten soll, nie etwas davon.</translation>
    </message>
    <message>
        <source>Agrees in private after the meeting that something was unfair</source>
        <translation>Gibt nach dem Meeting unter vier Augen zu, dass etwas unfair war</translation>
    </message>
    <message>
        <source>Votes for inclusive policies but does not raise them</source>
        <translation>Stimmt für inklusive Richtlinien, bringt sie aber nicht selbst ein</translation>
    </message>
    <message>
        <source>Attends training and events, then returns to business as usual</source>
        <translation>Besucht Schulungen und Veranstaltungen und geht danach zur Tagesordnung über</translation>
    </message>
    <message>
        <source>Nods when someone else challenges a biased comment, and says afterwards in the corridor that they were right.</source>
        <translation>Nickt, wenn jemand anderes einer voreingenommenen Bemerkung widerspricht, und sagt hinterher auf dem Flur, dass die Person recht hatte.</translation>
    </message>
    <message>
        <source>Name it: say something in the moment, specifically. It does not need to be perfect; silence costs more than an imperfect sentence.</source>
        <translation>Ansprechen: Sagen Sie in der Situation etwas, und zwar konkret. Es muss nicht perfekt sein; Schweigen kostet mehr als ein unvollkommener Satz.</translation>
    </message>
    <message>
        <source>Performative ally</source>
        <translation>Performativ verbündet</translation>
    </message>
    <message>
        <source>Visible in public, absent where it counts.</source>
        <translation>Öffentlich sichtbar, abwesend, wenn es darauf ankommt.</translation>
    </message>
    <message>
        <source>The performative ally posts, shares and speaks up where it is seen: at the awareness event, on social media, in the all-hands. When the hard, quiet work comes (the budget, the policy, the awkward conversation) they are elsewhere. Their support mostly serves their own reputation, and the people it claims to help can tell.</source>
        <translation>Performativ Verbündete posten, teilen und melden sich dort zu Wort, wo man es sieht: beim Aktionstag, in den sozialen Medien, im All-Hands-Meeting. Wenn die mühsame, unauffällige Arbeit ansteht (das Budget, die Richtlinie, das unangenehme Gespräch), sind sie woanders. Ihre Unterstützung dient vor allem dem eigenen Ansehen, und die Menschen, denen sie angeblich hilft, merken das.</translation>
    </message>
    <message>
        <source>Shares the campaign post, skips the policy review</source>
        <translation>Teilt den Kampagnen-Post, lässt aber die Überprüfung der Richtlinien aus</translation>
    </message>
    <message>
        <source>Speaks about inclusion on stage, not in the hiring panel</source>
        <translation>Spricht auf der Bühne über Inklusion, aber nicht im Auswahlgremium</translation>
    </message>
    <message>
        <source>Expects thanks or visibility for acts of support</source>
        <translation>Erwartet für jede Unterstützung Dank oder Sichtbarkeit</translation>
    </message>
    <message>
        <source>Opens the meeting with a statement about valuing every voice, then lets the same two people talk for an hour.</source>
        <translation>Eröffnet das Meeting mit einem Bekenntnis dazu, dass jede Stimme zählt, und lässt dann eine Stunde lang dieselben zwei Personen reden.</translation>
    </message>
    <message>
        <source>Move the effort from being seen to changing something: pick one action no one will applaud and do it consistently.</source>
        <translation>Stecken Sie die Energie nicht ins Gesehenwerden, sondern ins Verändern: Wählen Sie eine Sache, für die niemand applaudieren wird, und tun Sie sie beständig.</translation>
    </message>
    <message>
        <source>Active ally</source>
        <translation>Aktiv verbündet</translation>
    </message>
    <message>
        <source>Steps in when it happens, without waiting for applause.</source>
        <translation>Greift ein, wenn es passiert, ohne auf Applaus zu warten.</translation>
    </message>
    <message>
        <source>The active ally acts in real time. They speak up when something is wrong rather than when it is safe, make sure ideas are credited to the person who had them, and notice who is being left out of the conversation and make room for them. It shows in behaviour, again and again, not in announcements.</source>
        <translation>Aktiv Verbündete handeln im Moment selbst. Sie sprechen etwas an, wenn es falsch läuft, nicht erst, wenn es ungefährlich ist. Sie sorgen dafür, dass Ideen der Person zugeschrieben werden, von der sie stammen, bemerken, wer im Gespräch außen vor bleibt, und schaffen diesen Menschen Raum. Das zeigt sich im Verhalten, immer wieder, nicht in Ankündigungen.</translation>
    </message>
    <message>
        <source>Brings an overlooked idea back and names whose it was</source>
        <translation>Greift eine übergangene Idee wieder auf und nennt, von wem sie stammt</translation>
    </message>
    <message>
        <source>Interrupts a demeaning joke by pointing to its impact</source>
        <translation>Unterbricht einen herabwürdigenden Witz mit dem Hinweis auf seine Wirkung</translation>
    </message>
    <message>
        <source>Corrects a mispronounced name or a wrong pronoun, calmly</source>
        <translation>Korrigiert ruhig einen falsch ausgesprochenen Namen oder ein falsches Pronomen</translation>
    </message>
    <message>
        <source>Asks the person affected what support they actually want</source>
        <translation>Fragt die betroffene Person, welche Unterstützung sie sich tatsächlich wünscht</translation>
    </message>
    <message>
        <source>&quot;Before we move on, I&apos;d like to hear the end of Lina&apos;s point.&quot;</source>
        <translation>„Bevor wir weitermachen, möchte ich hören, wie Lina ihren Gedanken zu Ende führt.“</translation>
    </message>
    <message>
        <source>Use what you have: your seniority, network, credibility or platform can change processes, not only moments.</source>
        <translation>Nutzen Sie, was Sie haben: Ihre Position, Ihr Netzwerk, Ihre Glaubwürdigkeit oder Ihre Reichweite können Prozesse verändern, nicht nur einzelne Momente.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Fürsprechend</translation>
    </message>
    <message>
        <source>Uses their power to change the system, watched or not.</source>
        <translation>Nutzt die eigene Macht, um das System zu verändern, ob jemand zusieht oder nicht.</translation>
    </message>
    <message>
        <source>The advocate goes beyond the single incident to the process that keeps producing it. They use positional or social power to open doors, question criteria and challenge decisions that keep inequity in place, whether or not anyone is looking. They keep the focus on the people affected, not on themselves, and treat it as lifelong practice rather than a box ticked.</source>
        <translation>Fürsprechende blicken über den Einzelfall hinaus auf den Prozess, der ihn immer wieder hervorbringt. Sie nutzen ihre Position oder ihren gesellschaftlichen Einfluss, um Türen zu öffnen, Kriterien zu hinterfragen und Entscheidungen anzufechten, die Ungleichheit festschreiben, ob jemand hinschaut oder nicht. Dabei stellen sie die Betroffenen in den Mittelpunkt, nicht sich selbst, und verstehen ihr Engagement als lebenslange Praxis statt als Punkt, den man abhakt.</translation>
    </message>
    <message>
        <source>Asks what the promotion criteria actually measure</source>
        <translation>Fragt, was die Beförderungskriterien eigentlich messen</translation>
    </message>
    <message>
        <source>Secures budget and executive access for a resource group</source>
        <translation>Verschafft einem Mitarbeitenden-Netzwerk Budget und direkten Zugang zur Geschäftsleitung</translation>
    </message>
    <message>
        <source>Brings people into rooms and client meetings they are kept out of</source>
        <translation>Holt Menschen in Runden und Kundentermine, von denen sie sonst ferngehalten werden</translation>
    </message>
    <message>
        <source>Pushes for pay and promotion data to be examined and published</source>
        <translation>Setzt sich dafür ein, dass Gehalts- und Beförderungsdaten geprüft und veröffentlicht werden</translation>
    </message>
    <message>
        <source>&quot;Who affected by this decision is not in this room, and how do we hear from them before we sign it off?&quot;</source>
        <translation>„Wer ist von dieser Entscheidung betroffen, sitzt aber nicht mit im Raum, und wie holen wir ihre Sicht ein, bevor wir die Entscheidung absegnen?“</translation>
    </message>
    <message>
        <source>Keep going and bring others with you: make active allyship the norm in your team rather than the exception.</source>
        <translation>Bleiben Sie dran und nehmen Sie andere mit: Machen Sie aktive Allyship in Ihrem Team zur Regel statt zur Ausnahme.</translation>
    </message>
</context>
<context>
    <name>StageChip</name>
    <message>
        <source>Stage: %1</source>
        <translation>Stufe: %1</translation>
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
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Share of the group (%)</source>
        <translation>Anteil der Gruppe (%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>StageComparisonModel</name>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n Person</numerusform>
            <numerusform>%1: %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n choices</source>
        <translation>
            <numerusform>%1: %n Wahl</numerusform>
            <numerusform>%1: %n Wahlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterActions</name>
    <message>
        <source>Learn about an experience unlike mine from a book, article or podcast, without asking a colleague to teach me</source>
        <translation>Mich durch ein Buch, einen Artikel oder einen Podcast über eine Erfahrung informieren, die sich von meiner unterscheidet, ohne eine Kollegin oder einen Kollegen zu bitten, es mir beizubringen</translation>
    </message>
    <message>
        <source>Write down one advantage I have at work and one way to use it for someone else</source>
        <translation>Einen Vorteil aufschreiben, den ich bei der Arbeit habe, und eine Möglichkeit, ihn für jemand anderen zu nutzen</translation>
    </message>
    <message>
        <source>Take an implicit association test and reflect on the result</source>
        <translation>Einen impliziten Assoziationstest machen und über das Ergebnis nachdenken</translation>
    </message>
    <message>
        <source>In one conversation a day, listen to the end before I answer</source>
        <translation>In einem Gespräch pro Tag bis zum Ende zuhören, bevor ich antworte</translation>
    </message>
    <message>
        <source>When someone tells me about being excluded, believe them and say so</source>
        <translation>Wenn mir jemand erzählt, ausgegrenzt worden zu sein, der Person glauben und ihr das auch sagen</translation>
    </message>
    <message>
        <source>Bring back an idea that was talked over, and name whose it was</source>
        <translation>Eine übergangene Idee wieder aufgreifen und nennen, von wem sie stammt</translation>
    </message>
    <message>
        <source>Correct the record when someone&apos;s work is credited to another person</source>
        <translation>Richtigstellen, wenn die Arbeit einer Person jemand anderem zugeschrieben wird</translation>
    </message>
    <message>
        <source>Use my platform to point to a colleague&apos;s achievement</source>
        <translation>Meine Reichweite nutzen, um auf die Leistung einer Kollegin oder eines Kollegen hinzuweisen</translation>
    </message>
    <message>
        <source>Recommend a colleague from an under-represented group for a stretch project</source>
        <translation>Jemanden aus einer unterrepräsentierten Gruppe für ein anspruchsvolles Projekt empfehlen</translation>
    </message>
    <message>
        <source>Speak up about a &quot;joke&quot; by naming its impact, not arguing intent</source>
        <translation>Einen „Witz“ ansprechen, indem ich seine Wirkung benenne, statt über die Absicht zu streiten</translation>
    </message>
    <message>
        <source>Learn to say every name in my team correctly, and correct others calmly</source>
        <translation>Lernen, jeden Namen in meinem Team richtig auszusprechen, und andere ruhig korrigieren</translation>
    </message>
    <message>
        <source>Use people&apos;s pronouns and gender-neutral words in meetings and writing</source>
        <translation>In Meetings und Texten die Pronomen der Menschen und geschlechtergerechte Sprache verwenden</translation>
    </message>
    <message>
        <source>When corrected, apologise briefly, fix it, and move on without excuses</source>
        <translation>Wenn ich korrigiert werde, mich kurz entschuldigen, es richtig machen und ohne Ausreden weitermachen</translation>
    </message>
    <message>
        <source>Ask for feedback on how I show up, and thank the person who gives it</source>
        <translation>Um Feedback zu meinem Auftreten bitten und der Person danken, die es gibt</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Answers could not be saved (%1). They are kept in memory and saving is retried; free some disk space if it is full.</source>
        <translation>Antworten konnten nicht gespeichert werden (%1). Sie bleiben im Arbeitsspeicher, und das Speichern wird wiederholt; geben Sie Speicherplatz frei, falls der Datenträger voll ist.</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>upgrading the database failed at &quot;%1&quot;: %2</source>
        <translation>die Aktualisierung der Datenbank ist bei „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the database&apos;s version cannot be read</source>
        <translation>die Version der Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Upstander (format %1; this version reads up to %2). It was left unchanged; update Upstander to open it.</source>
        <translation>die Datenbank wurde von einer neueren Version von Upstander geschrieben (Format %1; diese Version liest bis Format %2). Sie wurde nicht verändert; aktualisieren Sie Upstander, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Amplifying voices</source>
        <translation>Stimmen verstärken</translation>
    </message>
    <message>
        <source>Giving credit</source>
        <translation>Anerkennung geben</translation>
    </message>
    <message>
        <source>Microaggressions</source>
        <translation>Mikroaggressionen</translation>
    </message>
    <message>
        <source>Names and inclusive language</source>
        <translation>Namen und inklusive Sprache</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>Personalauswahl</translation>
    </message>
    <message>
        <source>Opening opportunities</source>
        <translation>Chancen eröffnen</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>Mitarbeitenden-Netzwerke</translation>
    </message>
    <message>
        <source>Performative gestures</source>
        <translation>Performative Gesten</translation>
    </message>
    <message>
        <source>Challenging the process</source>
        <translation>Prozesse hinterfragen</translation>
    </message>
    <message>
        <source>Listening first</source>
        <translation>Zuerst zuhören</translation>
    </message>
    <message>
        <source>Owning mistakes</source>
        <translation>Fehler eingestehen</translation>
    </message>
    <message>
        <source>Using access</source>
        <translation>Zugänge nutzen</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Mean stage</source>
        <translation>Mittlere Stufe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean stage, on a scale of %1</source>
        <translation>Mittlere Stufe, auf einer Skala von %1</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 nicht gezeigt</translation>
    </message>
    <message>
        <source>%1 mean stage %2</source>
        <translation>%1 mittlere Stufe %2</translation>
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
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two names</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three names</comment>
        <translation>%1, %2 und %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s)</source>
        <comment>names</comment>
        <translation>
            <numerusform>%1, %2 und %n weitere Rolle</numerusform>
            <numerusform>%1, %2 und %n weitere Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 speaks</source>
        <translation>%1 spricht</translation>
    </message>
    <message>
        <source>%1 plays %2</source>
        <translation>%1 spielt %2</translation>
    </message>
    <message>
        <source>%1 responds</source>
        <translation>%1 antwortet</translation>
    </message>
    <message>
        <source>%1 observes</source>
        <translation>%1 beobachtet</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>unknown option %1 for validate</source>
        <translation>unbekannte Option %1 für validate</translation>
    </message>
    <message>
        <source>validate needs at least one scenario file</source>
        <translation>validate erwartet mindestens eine Szenariodatei</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation>
            <numerusform>%n Datei geprüft, keine Fehler.</numerusform>
            <numerusform>%n Dateien geprüft, keine Fehler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 with errors.</source>
        <translation>
            <numerusform>%n Datei geprüft, %1 mit Fehlern.</numerusform>
            <numerusform>%n Dateien geprüft, %1 mit Fehlern.</numerusform>
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
        <translation>Aufruf: upstander validate [-q|--quiet] [--] DATEI...

Prüft Szenariodateien: eine Zeile je Problem auf der Standardausgabe,
DATEI:ZEILE:SPALTE: error: MELDUNG (oder warning:), und eine Zusammenfassung auf
der Standardfehlerausgabe.

Optionen:
  -q, --quiet   keine Zusammenfassung auf der Standardfehlerausgabe
  --            jedes Argument danach ist eine Datei, auch wenn es mit - beginnt
  -h, --help    zeigt diese Hilfe und beendet das Programm

Exit-Codes: 0 keine Datei hat einen Fehler (nur Warnungen sind in Ordnung),
1 eine Datei hat einen, 2 Aufruffehler. Das Format der Szenariodateien:
docs/scenario-format.md.
</translation>
    </message>
</context>
<context>
    <name>WorkshopGuideDialog</name>
    <message>
        <source>Workshop Guide</source>
        <translation>Workshop-Leitfaden</translation>
    </message>
    <message>
        <source>A workshop with Upstander</source>
        <translation>Ein Workshop mit Upstander</translation>
    </message>
    <message>
        <source>Session.</source>
        <translation>Sitzung.</translation>
    </message>
    <message>
        <source>Start a new session%1: a title, the date, the group&apos;s language and k, the smallest group whose answers are shown. Open the audience window on the projector%2.</source>
        <translation>Legen Sie eine neue Sitzung an%1: Titel, Datum, die Sprache der Gruppe und k, die kleinste Gruppe, deren Antworten gezeigt werden. Öffnen Sie das Publikumsfenster auf dem Beamer%2.</translation>
    </message>
    <message>
        <source>Baseline.</source>
        <translation>Ausgangslage.</translation>
    </message>
    <message>
        <source>Ask &quot;Where are you today?&quot;. Invite phones%1, or count the group standing on the line with keys 1 to 5 (undo with %2), or pass the laptop round in the hot seat. Results stay hidden until you reveal them.</source>
        <translation>Fragen Sie „Wo stehen Sie heute?“. Laden Sie Handys ein%1, zählen Sie die Gruppe auf der Linie mit den Tasten 1 bis 5 (rückgängig mit %2) oder geben Sie den Laptop beim Heißen Stuhl herum. Die Ergebnisse bleiben verborgen, bis Sie sie aufdecken.</translation>
    </message>
    <message>
        <source>Scenarios.</source>
        <translation>Szenarien.</translation>
    </message>
    <message>
        <source>Find a scenario in the library%1 and run it. Read the scene, hand out the role cards, start the round&apos;s timer%2. At a decision the group votes; reveal the stages, follow the branch, debrief.</source>
        <translation>Suchen Sie ein Szenario in der Bibliothek%1 und spielen Sie es durch. Lesen Sie die Szene vor, verteilen Sie die Rollenkarten, starten Sie den Runden-Timer%2. An einer Entscheidung stimmt die Gruppe ab; decken Sie die Stufen auf, folgen Sie dem Zweig und besprechen Sie nach.</translation>
    </message>
    <message>
        <source>Close.</source>
        <translation>Abschluss.</translation>
    </message>
    <message>
        <source>Ask where people are now (&quot;after&quot;), and invite each person to write one action for the next two weeks. Commitments stay anonymous.</source>
        <translation>Fragen Sie, wo die Menschen jetzt stehen („danach“), und laden Sie alle ein, einen Vorsatz für die nächsten zwei Wochen aufzuschreiben. Vorsätze bleiben anonym.</translation>
    </message>
    <message>
        <source>Review.</source>
        <translation>Rückblick.</translation>
    </message>
    <message>
        <source>Look at the charts together: where the group stands, before and after, the decisions. Export the report%1.</source>
        <translation>Schauen Sie die Diagramme gemeinsam an: wo die Gruppe steht, vorher und nachher, die Entscheidungen. Exportieren Sie den Bericht%1.</translation>
    </message>
    <message>
        <source>Follow-up.</source>
        <translation>Nachbereitung.</translation>
    </message>
    <message>
        <source>Some weeks later run a short session for the same cohort: did people do what they committed to? The trend shows the sessions side by side.</source>
        <translation>Einige Wochen später folgt eine kurze Sitzung für dieselbe Kohorte: Haben die Menschen ihre Vorsätze umgesetzt? Der Verlauf zeigt die Sitzungen nebeneinander.</translation>
    </message>
    <message>
        <source>Every key: Help ▸ Keyboard Shortcuts. Numbers below k are never shown on the projector or the phones.</source>
        <translation>Alle Tasten: Hilfe ▸ Tastenkürzel. Zahlen unter k erscheinen nie auf dem Beamer oder den Handys.</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>YAML aliases (*name) are not allowed in scenario files; write the text out in full</source>
        <translation>YAML-Aliasse (*name) sind in Szenariodateien nicht erlaubt; schreiben Sie den Text vollständig aus</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes; scenario files are far smaller</source>
        <translation>die Datei hat mehr als %1 YAML-Knoten; Szenariodateien sind weit kleiner</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; scenario files need only a few levels</source>
        <translation>mehr als %1 Ebenen tief verschachtelt; Szenariodateien brauchen nur wenige Ebenen</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;name) are not allowed in scenario files</source>
        <translation>YAML-Anker (&amp;name) sind in Szenariodateien nicht erlaubt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a second YAML document (after &quot;---&quot;); a scenario file holds exactly one</source>
        <translation>ein zweites YAML-Dokument (nach &quot;---&quot;); eine Szenariodatei enthält genau eines</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted text starting here is never closed; add the missing %1</source>
        <translation>YAML-Syntaxfehler: Der hier beginnende Text in Anführungszeichen wird nie geschlossen; ergänzen Sie das fehlende %1</translation>
    </message>
</context>
</TS>
