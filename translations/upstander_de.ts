<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
  --lang LANG        use the language LANG (en, de) instead of the system&apos;s
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
  --lang SPRACHE     verwendet SPRACHE (en, de) statt der Systemsprache
  -h, --help         zeigt diese Hilfe an und beendet das Programm
  -v, --version      zeigt die Version an und beendet das Programm

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
</translation>
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
        <source>&amp;Open Scenario Folder</source>
        <translation>Szenario&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>Bibliothek &amp;neu laden</translation>
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
        <source>Put your own scenario files (.yaml) in:
%1</source>
        <translation>Legen Sie Ihre eigenen Szenariodateien (.yaml) in diesem Ordner ab:
%1</translation>
    </message>
    <message>
        <source>About Upstander</source>
        <translation>Über Upstander</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;A tool for trainers who run allyship workshops: the allyship spectrum from bystander to advocate, role-play scenarios, and where the group lands, before and after.&lt;/p&gt;&lt;p&gt;Free and open-source software. Answers stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;Ein Werkzeug für Trainerinnen und Trainer, die Allyship-Workshops leiten: das Allyship-Spektrum von „Zuschauend“ bis „Fürsprechend“, Rollenspiel-Szenarien und wo die Gruppe steht, vorher und nachher.&lt;/p&gt;&lt;p&gt;Freie und quelloffene Software. Die Antworten bleiben auf diesem Computer.&lt;/p&gt;</translation>
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
        <source>%1 (observer)</source>
        <translation>%1 (beobachtend)</translation>
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
        <source>observer</source>
        <translation>beobacht</translation>
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
    <name>SessionModel</name>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>There is no question %1 in this session.</source>
        <translation>In dieser Sitzung gibt es keine Frage %1.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Diese Frage ist geschlossen.</translation>
    </message>
    <message>
        <source>Commitments are written, not chosen.</source>
        <translation>Vorsätze werden frei formuliert, nicht ausgewählt.</translation>
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
        <source>The commitment is empty.</source>
        <translation>Der Vorsatz ist leer.</translation>
    </message>
    <message>
        <source>A commitment has at most %1 characters; this one has %2.</source>
        <translation>Ein Vorsatz darf höchstens %1 Zeichen lang sein; dieser hat %2.</translation>
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
        <source>Answers could not be saved (%1). They are kept in memory and saving is retried; free some disk space if it is full.</source>
        <translation>Antworten konnten nicht gespeichert werden (%1). Sie bleiben im Arbeitsspeicher, und das Speichern wird wiederholt; geben Sie Speicherplatz frei, falls der Datenträger voll ist.</translation>
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
        <source>%1 of %n file(s) have errors.</source>
        <translation>
            <numerusform>Fehler in %1 von %n Datei.</numerusform>
            <numerusform>Fehler in %1 von %n Dateien.</numerusform>
        </translation>
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
