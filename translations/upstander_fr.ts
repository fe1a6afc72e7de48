<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddCommitmentCommand</name>
    <message>
        <source>Add commitment</source>
        <translation>Ajouter un engagement</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Upstander — Audience</source>
        <translation>Upstander — Public</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Écran du public</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Participez depuis votre téléphone</translation>
    </message>
    <message>
        <source>One action in the next two weeks</source>
        <translation>Une action dans les deux prochaines semaines</translation>
    </message>
    <message>
        <source>Phones are not invited yet.</source>
        <translation>Les téléphones ne sont pas encore invités.</translation>
    </message>
    <message>
        <source>Time left: %1 seconds</source>
        <translation>Temps restant&#xa0;: %1 secondes</translation>
    </message>
</context>
<context>
    <name>ChangeSessionCommand</name>
    <message>
        <source>Change the session&apos;s settings</source>
        <translation>Modifier les paramètres de la séance</translation>
    </message>
</context>
<context>
    <name>ChangeTallyCommand</name>
    <message>
        <source>Add one to &quot;%1&quot;</source>
        <translation>Ajouter 1 à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Take one from &quot;%1&quot;</source>
        <translation>Retirer 1 à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ChartExportCommand</name>
    <message>
        <source>unknown chart &quot;%1&quot;; the charts are %2</source>
        <translation>graphique inconnu «&#xa0;%1&#xa0;»&#x202f;; les graphiques disponibles sont %2</translation>
    </message>
    <message>
        <source>--format %1 needs --chart NAME (%2); only pdf without --chart writes the whole report</source>
        <translation>--format %1 exige --chart NOM (%2)&#x202f;; seul pdf sans --chart produit le rapport complet</translation>
    </message>
    <message>
        <source>--question goes with --chart distribution or decisions</source>
        <translation>--question s’utilise avec --chart distribution ou decisions</translation>
    </message>
    <message>
        <source>Session %1 has no question %2 for the %3 chart.</source>
        <translation>La séance %1 n’a pas de question %2 pour le graphique %3.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>There is no chart called &quot;%1&quot;.</source>
        <translation>Aucun graphique ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message numerus="yes">
        <source>Needs at least %n answers</source>
        <translation>
            <numerusform>Il faut au moins %n réponse</numerusform>
            <numerusform>Il faut au moins %n réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in: did people do what they committed to?</source>
        <translation>Point d’étape&#xa0;: les participants ont-ils tenu leur engagement&#x202f;?</translation>
    </message>
    <message>
        <source>Ask the group whether they did what they committed to at the workshop. Phones answer anonymously and never see what they wrote then; hands can be counted below.</source>
        <translation>Demandez au groupe si chacun a tenu l’engagement pris pendant l’atelier. Les téléphones répondent anonymement et ne voient jamais ce qui avait été écrit alors&#x202f;; les mains levées peuvent être comptées ci-dessous.</translation>
    </message>
    <message>
        <source>Shows the check-in question on the projector and on participants&apos; phones</source>
        <translation>Projette la question du point d’étape et l’affiche sur les téléphones des participants</translation>
    </message>
    <message>
        <source>Take a hand off: %1</source>
        <translation>Retirer une main levée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Count a hand: %1</source>
        <translation>Compter une main levée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>Impossible d’enregistrer la question&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The answers could not be shown or hidden.</source>
        <translation>Impossible d’afficher ou de masquer les réponses.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hand(s) counted</source>
        <translation>
            <numerusform>%1&#xa0;: %n main levée comptée</numerusform>
            <numerusform>%1&#xa0;: %n mains levées comptées</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>La question n’a pas encore été posée.</translation>
    </message>
    <message>
        <source>Did it: %1 · Partly: %2 · Not yet: %3 · No commitment: %4. %5% of those who had made a commitment did it.</source>
        <translation>Tenu&#xa0;: %1 · En partie&#xa0;: %2 · Pas encore&#xa0;: %3 · Sans engagement&#xa0;: %4. %5&#xa0;% des personnes qui avaient pris un engagement l’ont tenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. The numbers show once at least %1 people who had made a commitment have answered.</source>
        <translation>
            <numerusform>%n réponse pour l’instant. Les chiffres s’affichent dès qu’au moins %1 personnes ayant pris un engagement ont répondu.</numerusform>
            <numerusform>%n réponses pour l’instant. Les chiffres s’affichent dès qu’au moins %1 personnes ayant pris un engagement ont répondu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the Check-in &amp;Question</source>
        <translation>Poser la &amp;question du point d’étape</translation>
    </message>
    <message>
        <source>Hide the A&amp;nswers</source>
        <translation>Masquer les &amp;réponses</translation>
    </message>
    <message>
        <source>Reveal the A&amp;nswers</source>
        <translation>Dévoiler les &amp;réponses</translation>
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
        <translation>Les réponses sont affichées&#xa0;: le décompte est définitif jusqu’à ce que la question du point d’étape soit reposée</translation>
    </message>
</context>
<context>
    <name>CohortTrendModel</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>This session (not part of a cohort)</source>
        <translation>Cette séance (hors cohorte)</translation>
    </message>
    <message>
        <source>Cohort “%1” over time</source>
        <translation>Cohorte «&#xa0;%1&#xa0;» au fil du temps</translation>
    </message>
    <message>
        <source>The mean stage of each session&apos;s answers</source>
        <translation>L’étape moyenne des réponses de chaque séance</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>upstander: %1</source>
        <translation>upstander&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try &quot;upstander --help&quot; for more information.</source>
        <translation>Pour en savoir plus, lancez &quot;upstander --help&quot;.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’option %1 attend une valeur</translation>
    </message>
    <message>
        <source>option --data-dir needs a folder</source>
        <translation>l’option --data-dir attend un dossier</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>--session goes with --serve</source>
        <translation>--session s’utilise uniquement avec --serve</translation>
    </message>
    <message>
        <source>--serve needs HOST:PORT, an IP address and a port, e.g. 0.0.0.0:8080 (not &quot;%1&quot;)</source>
        <translation>--serve attend HÔTE:PORT, une adresse IP et un port, par exemple 0.0.0.0:8080 (et non «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>--session needs a session id (see &quot;upstander sessions&quot;) or &quot;new&quot;, not &quot;%1&quot;</source>
        <translation>--session attend un identifiant de séance (voir &quot;upstander sessions&quot;) ou &quot;new&quot;, et non «&#xa0;%1&#xa0;»</translation>
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
        <translation>Utilisation&#xa0;: upstander [OPTIONS] [COMMANDE [ARGUMENTS]]

Anime des ateliers sur l’allyship&#xa0;: le spectre de l’allyship, des scénarios de
jeu de rôle et les réponses du groupe. Sans commande, le programme de bureau
démarre.

Commandes&#xa0;:
  validate FICHIER...
                     vérifie des fichiers de scénario&#x202f;; affiche
                     FICHIER:LIGNE:COL: error: MESSAGE pour chaque problème&#x202f;;
                     code de sortie 0 si aucun fichier ne contient d’erreur,
                     1 sinon
  scenario-strings --ts FICHIER.ts SCÉNARIO...
                     écrit les textes des scénarios dans un fichier Qt Linguist
                     à traduire, en conservant les traductions déjà faites

Options&#xa0;:
  --lang LANGUE      utilise la langue LANGUE (%1) au lieu de celle du
                     système
  --serve HÔTE:PORT [--session ID|new]
                     démarre le programme de bureau en invitant les téléphones&#xa0;:
                     sert la page des participants sur HÔTE:PORT (port 0&#xa0;: un
                     port libre quelconque), ouvre la séance ID ou une nouvelle
                     séance (par défaut) avec l’auto-positionnement de départ
                     projeté, puis affiche l’adresse et le code d’accès
  -h, --help         affiche cette aide et quitte
  -v, --version      affiche la version et quitte

Codes de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d’utilisation.
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
        <translation>Données des séances (une base de données par dossier de données)&#xa0;:
  sessions [--format table|tsv]
                     liste les séances, les plus récentes en premier&#xa0;: id, date,
                     titre, cohorte et nombre de réponses&#x202f;; tsv sépare par des
                     tabulations, pour les scripts
  export --session ID --format csv|json --out FICHIER [--raw]
                     écrit les résultats d’une séance dans FICHIER, de façon
                     atomique&#xa0;: les statistiques du groupe (une statistique sous
                     le seuil d’anonymat k vaut &quot;suppressed&quot;, sans chiffres), ou
                     avec --raw chaque réponse, sous une clé nouvelle à chaque
                     export&#x202f;; sans --format, l’extension de FICHIER décide
  export --session ID --format pdf|png|svg --out FICHIER [--chart NOM]
                     le rapport PDF de la séance (pdf sans --chart), ou un seul
                     graphique&#xa0;: distribution, before-after, perception-gap,
                     decisions ou cohort-trend (--question ID choisit la
                     question de distribution et decisions)&#x202f;; aucun écran requis
  demo               crée une séance de démonstration (environ 25 participants,
                     deux scénarios, des engagements) et affiche son id
  --data-dir DOSSIER conserve les séances dans DOSSIER au lieu du dossier par
                     défaut (%1)&#x202f;; pour toute commande, avant ou
                     après elle, et pour le programme de bureau

Colonnes et format JSON&#xa0;: docs/export.md.
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
        <translation>Supprimer des séances (sans confirmation&#x202f;; rien n’en reste lisible en base)&#xa0;:
  sessions --delete ID
                     supprime la séance ID avec toutes ses réponses, ses
                     comptages à main levée et ses engagements
  sessions --older-than N
                     supprime toute séance datant de plus de N mois

&quot;upstander COMMANDE --help&quot; affiche les options d’une commande.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CommitmentCards</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Could not draw the commitment cards into %1.</source>
        <translation>Impossible de dessiner les cartes d’engagement dans %1.</translation>
    </message>
</context>
<context>
    <name>CommitmentWall</name>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Type each commitment card as written, without names. Commitments appear in the report once there are enough of them to stay anonymous.</source>
        <translation>Saisissez chaque carte d’engagement telle qu’elle est écrite, sans nom. Les engagements figurent dans le rapport dès qu’ils sont assez nombreux pour rester anonymes.</translation>
    </message>
    <message>
        <source>As&amp;k the Room</source>
        <translation>Interroger le &amp;groupe</translation>
    </message>
    <message>
        <source>Shows the commitment prompt on the projector and opens the commitment box on participants&apos; phones</source>
        <translation>Projette l’invitation à s’engager et ouvre la zone d’engagement sur les téléphones des participants</translation>
    </message>
    <message>
        <source>Show &amp;Wall on Projector</source>
        <translation>Projeter le &amp;mur</translation>
    </message>
    <message>
        <source>Shows the group&apos;s commitments on the projector as cards, once there are enough of them to stay anonymous</source>
        <translation>Projette les engagements du groupe sous forme de cartes, dès qu’ils sont assez nombreux pour rester anonymes</translation>
    </message>
    <message>
        <source>Starter actions</source>
        <translation>Pistes d’action</translation>
    </message>
    <message>
        <source>Start from a starter action…</source>
        <translation>Partir d’une piste d’action…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>One action in the next two weeks…</source>
        <translation>Une action dans les deux prochaines semaines…</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Commitments entered</source>
        <translation>Engagements saisis</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Modif&amp;ier</translation>
    </message>
    <message>
        <source>Puts the selected commitment in the box above to change it</source>
        <translation>Place l’engagement sélectionné dans la zone ci-dessus pour le modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Deletes the selected commitment; Undo brings it back</source>
        <translation>Supprime l’engagement sélectionné&#x202f;; Annuler le fait revenir</translation>
    </message>
    <message>
        <source>Print &amp;Cards…</source>
        <translation>Imprimer les &amp;cartes…</translation>
    </message>
    <message>
        <source>Saves the commitments as take-away cards in a PDF to print, one commitment on each card</source>
        <translation>Enregistre les engagements dans un PDF à imprimer, sous forme de cartes à emporter, un engagement par carte</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source> — too long</source>
        <translation> — trop long</translation>
    </message>
    <message>
        <source>The commitment could not be changed: %1</source>
        <translation>Impossible de modifier l’engagement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The commitment could not be added.</source>
        <translation>Impossible d’ajouter l’engagement.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Enregistrer les m&amp;odifications</translation>
    </message>
    <message>
        <source>Replaces the selected commitment&apos;s text; Undo puts it back</source>
        <translation>Remplace le texte de l’engagement sélectionné&#x202f;; Annuler le rétablit</translation>
    </message>
    <message>
        <source>&amp;Add Commitment</source>
        <translation>A&amp;jouter l’engagement</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>Nos engagements</translation>
    </message>
    <message numerus="yes">
        <source>%n more commitment(s) needed before they appear here, so that none can be traced to the person who wrote it.</source>
        <translation>
            <numerusform>Il faut encore %n engagement avant qu’ils ne s’affichent ici, pour qu’aucun ne puisse être relié à la personne qui l’a écrit.</numerusform>
            <numerusform>Il faut encore %n engagements avant qu’ils ne s’affichent ici, pour qu’aucun ne puisse être relié à la personne qui l’a écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed before the wall and the cards show them.</source>
        <translation>
            <numerusform>Il en faut encore %n pour que le mur et les cartes les affichent.</numerusform>
            <numerusform>Il en faut encore %n pour que le mur et les cartes les affichent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSessionCommand</name>
    <message>
        <source>New session &quot;%1&quot;</source>
        <translation>Nouvelle séance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Planifier le suivi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The session could not be removed: what was recorded in it is not saved yet.</source>
        <translation>La séance n’a pas pu être retirée&#xa0;: ce qui y a été enregistré n’est pas encore sauvegardé.</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n votes (%3)</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %n vote (%3)</numerusform>
            <numerusform>%1 (%2)&#xa0;: %n votes (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision point</source>
        <translation>Point de décision</translation>
    </message>
    <message>
        <source>Keys 1–6 add a vote to an option; Shift+1–6, or − and then the number, take one away. Votes are shown on this screen only.</source>
        <translation>Les touches 1 à 6 ajoutent un vote à une option&#x202f;; Maj+1 à 6, ou − puis le chiffre, en retirent un. Les votes ne s’affichent que sur cet écran.</translation>
    </message>
    <message>
        <source>Show &amp;question on projector</source>
        <translation>Projeter la &amp;question</translation>
    </message>
    <message>
        <source>Show the question on the projector</source>
        <translation>Projeter la question</translation>
    </message>
    <message>
        <source>The prompt and the options, without any votes</source>
        <translation>L’énoncé et les options, sans aucun vote</translation>
    </message>
    <message>
        <source>Record the option the group agreed on as the group&apos;s single choice</source>
        <translation>Enregistrer l’option retenue d’un commun accord comme choix unique du groupe</translation>
    </message>
    <message>
        <source>Reve&amp;al stages</source>
        <translation>Dé&amp;voiler les étapes</translation>
    </message>
    <message>
        <source>Reveal each option&apos;s stage and why</source>
        <translation>Dévoiler l’étape de chaque option et sa raison</translation>
    </message>
    <message>
        <source>Show each option&apos;s stage and why here and on the projector, with the decision chart</source>
        <translation>Affiche l’étape de chaque option et sa raison ici et au vidéoprojecteur, avec le graphique de la décision</translation>
    </message>
    <message>
        <source>Go on to the scene this option leads to</source>
        <translation>Passer à la scène à laquelle mène cette option</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Énoncé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No session is open, so votes cannot be recorded. The scenario can still be run and revealed.</source>
        <translation>Aucune séance n’est ouverte&#xa0;: les votes ne peuvent pas être enregistrés. Le scénario peut tout de même être joué et dévoilé.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pick this option for the group&apos;s choice and to follow</source>
        <translation>Retenir cette option comme choix du groupe et la suivre</translation>
    </message>
    <message>
        <source>The group&apos;s choice</source>
        <translation>Choix du groupe</translation>
    </message>
    <message>
        <source>Take one vote from option %1</source>
        <translation>Retirer un vote à l’option %1</translation>
    </message>
    <message>
        <source>Add one vote to option %1</source>
        <translation>Ajouter un vote à l’option %1</translation>
    </message>
    <message>
        <source>The group&apos;s choice could not be recorded: %1</source>
        <translation>Impossible d’enregistrer le choix du groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Count hands as well?</source>
        <translation>Compter aussi les mains levées&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered this decision on their phones. Counted hands are added to those answers, so whoever answered on a phone must not raise a hand as well. Count hands too?</source>
        <translation>
            <numerusform>%n personne a répondu à cette décision sur son téléphone. Les mains levées s’ajoutent à ces réponses&#xa0;: qui a répondu sur son téléphone ne doit donc pas lever la main en plus. Compter aussi les mains levées&#x202f;?</numerusform>
            <numerusform>%n personnes ont répondu à cette décision sur leur téléphone. Les mains levées s’ajoutent à ces réponses&#xa0;: qui a répondu sur son téléphone ne doit donc pas lever la main en plus. Compter aussi les mains levées&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The stages are revealed, so no more votes are counted. &quot;Show question on projector&quot; asks it again.</source>
        <translation>Les étapes sont dévoilées&#xa0;: aucun autre vote n’est compté. «&#xa0;Projeter la question&#xa0;» la pose de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) for option %1</source>
        <translation>
            <numerusform>%n vote pour l’option %1</numerusform>
            <numerusform>%n votes pour l’option %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one vote from option %1 (Shift+%1)</source>
        <translation>Retirer un vote à l’option %1 (Maj+%1)</translation>
    </message>
    <message>
        <source>Add one vote to option %1 (%1)</source>
        <translation>Ajouter un vote à l’option %1 (%1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) recorded</source>
        <translation>
            <numerusform>%n vote enregistré</numerusform>
            <numerusform>%n votes enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n passed</source>
        <translation>
            <numerusform> · %n a passé</numerusform>
            <numerusform> · %n ont passé</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 from phones, %2 counted by hand</source>
        <translation> · %1 par téléphone, %2 à main levée</translation>
    </message>
    <message>
        <source> · stages revealed</source>
        <translation> · étapes dévoilées</translation>
    </message>
    <message>
        <source> · the group chose option %1</source>
        <translation> · le groupe a choisi l’option %1</translation>
    </message>
    <message>
        <source>The &amp;group chooses %1</source>
        <translation>Le groupe c&amp;hoisit %1</translation>
    </message>
    <message>
        <source>Record option %1 as the group&apos;s choice</source>
        <translation>Enregistrer l’option %1 comme choix du groupe</translation>
    </message>
    <message>
        <source>Fo&amp;llow option %1 →</source>
        <translation>Suivre &amp;l’option %1 →</translation>
    </message>
    <message>
        <source>Follow option %1 to its scene</source>
        <translation>Suivre l’option %1 jusqu’à sa scène</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>DecisionTallyModel</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
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
            <numerusform>%n a passé</numerusform>
            <numerusform>%n ont passé</numerusform>
        </translation>
    </message>
    <message>
        <source>The group chose together: “%1”</source>
        <translation>Choix commun du groupe&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DeleteCommitmentCommand</name>
    <message>
        <source>Delete commitment</source>
        <translation>Supprimer l’engagement</translation>
    </message>
</context>
<context>
    <name>DeleteSessionCommand</name>
    <message>
        <source>Delete session &quot;%1&quot;</source>
        <translation>Supprimer la séance «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DeleteSessionsCommand</name>
    <message>
        <source>Deleted session %1 (%2, %3).</source>
        <translation>Séance %1 supprimée (%2, %3).</translation>
    </message>
    <message>
        <source>Deleted session %1 (%2, %3, cohort %4).</source>
        <translation>Séance %1 supprimée (%2, %3, cohorte %4).</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>l’identifiant de séance doit être un nombre entier supérieur à 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions --delete or --older-than</source>
        <translation>argument inconnu %1 pour sessions --delete ou --older-than</translation>
    </message>
    <message>
        <source>--delete and --older-than do not go together</source>
        <translation>--delete et --older-than ne peuvent pas être utilisées ensemble</translation>
    </message>
    <message>
        <source>--older-than needs a number of months from 1 to %1, not &quot;%2&quot;</source>
        <translation>--older-than attend un nombre de mois de 1 à %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>No sessions in %1 are older than %n month(s).</source>
        <translation>
            <numerusform>Aucune séance de %1 ne date de plus de %n mois.</numerusform>
            <numerusform>Aucune séance de %1 ne date de plus de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>Il n’y a pas de séance %1 dans %2&#x202f;; &quot;upstander sessions&quot; les liste.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them. Nothing was deleted.</source>
        <translation>Il n’y a pas de séance %1 dans %2&#x202f;; &quot;upstander sessions&quot; les liste. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Not every session could be deleted: %1</source>
        <translation>Certaines séances n’ont pas pu être supprimées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>Impossible de créer la séance de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created demo session %1 in %2: %3 participants, %4 answers, %5 commitments.</source>
        <translation>Séance de démonstration %1 créée dans %2&#xa0;: %3 participants, %4 réponses, %5 engagements.</translation>
    </message>
    <message>
        <source>--follow-up needs the id of a session (see &quot;upstander sessions&quot;)</source>
        <translation>--follow-up attend l’id d’une séance (voir &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>demo takes no arguments besides --data-dir and --follow-up ID, not %1</source>
        <translation>demo n’accepte aucun argument hormis --data-dir et --follow-up ID, et non %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>Impossible de créer la séance de suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created follow-up session %1 of session %2 in %3: %4 participants, %5 answers.</source>
        <translation>Séance de suivi %1 de la séance %2 créée dans %3&#xa0;: %4 participants, %5 réponses.</translation>
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
        <translation>Utilisation&#xa0;: upstander demo [--data-dir DOSSIER] [--follow-up ID]

Crée une séance de démonstration dans le dossier de données (environ
25 participants, deux scénarios, des engagements&#x202f;; chaque lancement crée une
nouvelle séance avec les mêmes réponses) et affiche seulement son id sur la
sortie standard, avec un résumé sur la sortie d’erreur.

Options&#xa0;:
  --follow-up ID     à la place, le suivi de la séance ID huit semaines plus
                     tard, pour sa cohorte&#xa0;: la majeure partie du groupe se
                     situe de nouveau et rejoue sa première décision
  --data-dir DOSSIER le dossier de la base des séances, par défaut
                     %1
  -h, --help         affiche cette aide et quitte

Codes de sortie&#xa0;: 0 créée, 1 refus de la base, 2 erreur d’utilisation.
</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>When someone repeats an idea a colleague already raised, say &quot;that builds on what Amara said&quot; and hand the floor back.</source>
        <translation>Quand quelqu’un reprend une idée déjà avancée par une collègue, dire «&#xa0;cela rejoint ce qu’a dit Amara&#xa0;» et lui redonner la parole.</translation>
    </message>
    <message>
        <source>Give credit by name in our Friday update, not just &quot;thanks, team&quot;.</source>
        <translation>Remercier nommément dans notre point du vendredi, pas seulement «&#xa0;merci l’équipe&#xa0;».</translation>
    </message>
    <message>
        <source>Ask Nguyễn how to say her name, and practise it before Monday&apos;s stand-up.</source>
        <translation>Demander à Nguyễn comment se prononce son nom, et m’entraîner avant le point d’équipe de lundi.</translation>
    </message>
    <message>
        <source>Recommend Priya for the pricing project lead 🙌</source>
        <translation>Recommander Priya pour piloter le projet tarification 🙌</translation>
    </message>
    <message>
        <source>Stop opening meetings with &quot;hi guys&quot;; &quot;hi all&quot; works fine.</source>
        <translation>Arrêter d’ouvrir les réunions par «&#xa0;salut les gars&#xa0;»&#x202f;; «&#xa0;bonjour à tous et à toutes&#xa0;» fait très bien l’affaire.</translation>
    </message>
    <message>
        <source>In my 1:1s, listen to understand:
ask one more question before giving advice.</source>
        <translation>En entretien individuel, écouter pour comprendre&#xa0;:
poser une question de plus avant de donner un conseil.</translation>
    </message>
    <message>
        <source>Read one book on racism at work this month, and discuss it with my team, not just with friends.</source>
        <translation>Lire ce mois-ci un livre sur le racisme au travail, et en parler avec mon équipe, pas seulement avec des amis.</translation>
    </message>
    <message>
        <source>Own it when I get something wrong: apologise once, fix it, move on.</source>
        <translation>Reconnaître quand je me trompe&#xa0;: m’excuser une fois, corriger, passer à la suite.</translation>
    </message>
    <message>
        <source>Demo: leadership team allyship workshop</source>
        <translation>Démo&#xa0;: atelier sur l’allyship pour l’équipe de direction</translation>
    </message>
    <message>
        <source>The built-in scenario &quot;%1&quot; is missing.</source>
        <translation>Le scénario intégré «&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <source>Sam Okafor</source>
        <translation>Sam Okafor</translation>
    </message>
    <message>
        <source>9:30 Where we stand
10:00 Two scenarios, in threes
12:00 Where we stand now, and one action each</source>
        <translation>9h30 Où nous en sommes
10h00 Deux scénarios, en trios
12h00 Où nous en sommes maintenant, et une action par personne</translation>
    </message>
    <message>
        <source>Where are you on the allyship spectrum today?</source>
        <translation>Où vous situez-vous aujourd’hui sur le spectre de l’allyship&#x202f;?</translation>
    </message>
    <message>
        <source>After these scenarios, where are you now?</source>
        <translation>Après ces scénarios, où vous situez-vous maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>The demo session could not be saved.</source>
        <translation>Impossible d’enregistrer la séance de démonstration.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people (%2)</source>
        <translation>
            <numerusform>%1&#xa0;: %n personne (%2)</numerusform>
            <numerusform>%1&#xa0;: %n personnes (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Part (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
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
            <numerusform>%n a passé</numerusform>
            <numerusform>%n ont passé</numerusform>
        </translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Médiane&#xa0;: %1</translation>
    </message>
    <message>
        <source>Median: between %1 and %2</source>
        <translation>Médiane&#xa0;: entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>EditCommitmentCommand</name>
    <message>
        <source>Edit commitment</source>
        <translation>Modifier l’engagement</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>Image PNG, résolution double (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>Export Raw Answers</source>
        <translation>Exporter les réponses brutes</translation>
    </message>
    <message>
        <source>Export Group Statistics</source>
        <translation>Exporter les statistiques du groupe</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Fichier JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>The session&apos;s latest answers are not saved yet, so they cannot be exported; try again in a moment.</source>
        <translation>Les dernières réponses de la séance ne sont pas encore enregistrées et ne peuvent donc pas être exportées&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Raw answers keep each person&apos;s answers linked; share the file with care.</source>
        <translation>Les réponses brutes gardent liées les réponses de chaque personne&#x202f;; partagez le fichier avec prudence.</translation>
    </message>
    <message>
        <source>&amp;Export Raw Answers…</source>
        <translation>&amp;Exporter les réponses brutes…</translation>
    </message>
    <message>
        <source>Print Commitment Cards</source>
        <translation>Imprimer les cartes d’engagement</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Impression du rapport…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown argument %1 for export</source>
        <translation>argument inconnu %1 pour export</translation>
    </message>
    <message>
        <source>export needs --session ID (see &quot;upstander sessions&quot;)</source>
        <translation>export attend --session ID (voir &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>l’identifiant de séance doit être un nombre entier supérieur à 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export attend --out FICHIER</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use --format csv, json, pdf, png or svg</source>
        <translation>format d’export inconnu «&#xa0;%1&#xa0;»&#x202f;; utilisez --format csv, json, pdf, png ou svg</translation>
    </message>
    <message>
        <source>--chart and --question go with --format pdf, png or svg, not %1</source>
        <translation>--chart et --question s’utilisent avec --format pdf, png ou svg, et non %1</translation>
    </message>
    <message>
        <source>export --format %1 is not available in this program; use --format csv or --format json</source>
        <translation>export --format %1 n’est pas disponible dans ce programme&#x202f;; utilisez --format csv ou --format json</translation>
    </message>
    <message>
        <source>--raw goes with --format csv or json; charts and the report show the group statistics only</source>
        <translation>--raw s’utilise avec --format csv ou json&#x202f;; les graphiques et le rapport ne montrent que les statistiques du groupe</translation>
    </message>
    <message>
        <source>the question id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>l’identifiant de question doit être un nombre entier supérieur à 0, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>There are no sessions in %1 (no %2 there). Choose the folder with --data-dir, or create a demo session with &quot;upstander demo&quot;.</source>
        <translation>Il n’y a aucune séance dans %1 (pas de %2). Choisissez le dossier avec --data-dir, ou créez une séance de démonstration avec &quot;upstander demo&quot;.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>Il n’y a pas de séance %1 dans %2&#x202f;; &quot;upstander sessions&quot; les liste.</translation>
    </message>
    <message>
        <source>Session %1 exported to %2.</source>
        <translation>Séance %1 exportée vers %2.</translation>
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
        <translation>Utilisation&#xa0;: upstander export --session ID --format csv|json --out FICHIER
                               [--raw]
              upstander export --session ID --format pdf|png|svg --out FICHIER
                               [--chart NOM [--question ID]]

Écrit les résultats d’une séance dans FICHIER, de façon atomique&#xa0;: une erreur
ne laisse aucun fichier partiel. Aucun écran requis.

Options&#xa0;:
  --session ID      la séance, par l’id qu’affiche &quot;upstander sessions&quot;
  --format FORMAT   csv ou json (les données), pdf (le rapport, ou un graphique
                    avec --chart), png ou svg (un graphique)&#x202f;; sans cette
                    option, l’extension de FICHIER décide
  --out FICHIER     le fichier à écrire
  --raw             avec csv ou json&#xa0;: chaque réponse au lieu des statistiques
                    du groupe (une statistique sous le seuil d’anonymat k de
                    la séance vaut &quot;suppressed&quot;, sans chiffres)
  --chart NOM       un graphique&#xa0;: distribution, before-after, perception-gap,
                    decisions ou cohort-trend
  --question ID     la question de distribution et decisions
  --data-dir DOSSIER
                    le dossier de la base des séances, par défaut
                    %1
  -h, --help        affiche cette aide et quitte

Codes de sortie&#xa0;: 0 écrit, 1 séance introuvable ou erreur de base ou de
fichier, 2 erreur d’utilisation.
Colonnes et format JSON&#xa0;: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 est un dossier&#x202f;; indiquez le nom d’un fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>Le dossier %1 n’existe pas&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was written.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>it could not replace the file already there</source>
        <translation>impossible de remplacer le fichier existant</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? Nothing was written, and a file already there was left unchanged.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2. Le disque est-il plein&#x202f;? Rien n’a été écrit, et le fichier existant n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Planifier un suivi</translation>
    </message>
    <message>
        <source>A shorter session a few weeks after “%1” for the same group: people place themselves again (the follow-up phase) and play the decisions you pick once more. The cohort&apos;s trend then shows before, after and the follow-up.</source>
        <translation>Une séance plus courte, quelques semaines après «&#xa0;%1&#xa0;», pour le même groupe&#xa0;: chacun se situe de nouveau (phase «&#xa0;Suivi&#xa0;») et les décisions que vous choisissez sont rejouées. L’évolution de la cohorte montre alors l’avant, l’après et le suivi.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” has no cohort yet: it joins this one, so that the trend links the two sessions.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de cohorte&#xa0;: elle rejoint celle-ci, pour que l’évolution relie les deux séances.</translation>
    </message>
    <message>
        <source>Decisions to &amp;replay:</source>
        <translation>Décisions à &amp;rejouer&#xa0;:</translation>
    </message>
    <message>
        <source>Decisions to replay</source>
        <translation>Décisions à rejouer</translation>
    </message>
    <message>
        <source>This session asked no decision yet.</source>
        <translation>Cette séance n’a encore soumis aucune décision au groupe.</translation>
    </message>
    <message>
        <source>Create Follow-up</source>
        <translation>Créer le suivi</translation>
    </message>
    <message>
        <source>Name the cohort the two sessions share.</source>
        <translation>Nommez la cohorte commune aux deux séances.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up asks where people stand now and replays %n decision(s).</source>
        <translation>
            <numerusform>Le suivi demande où chacun se situe maintenant et rejoue %n décision.</numerusform>
            <numerusform>Le suivi demande où chacun se situe maintenant et rejoue %n décisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HotSeatLock</name>
    <message>
        <source>Unlock the Console</source>
        <translation>Déverrouiller la console</translation>
    </message>
    <message>
        <source>Trainer: %1 to unlock</source>
        <translation>Animation&#xa0;: %1 pour déverrouiller</translation>
    </message>
</context>
<context>
    <name>HotSeatScreen</name>
    <message>
        <source>Hot seat</source>
        <translation>À tour de rôle</translation>
    </message>
    <message>
        <source>0  Pass
I&apos;d rather not say</source>
        <translation>0  Passer
Je préfère ne pas répondre</translation>
    </message>
    <message>
        <source>0 Pass</source>
        <translation>0 Passer</translation>
    </message>
    <message>
        <source>Thank you — your answer is saved.
Please pass the laptop on.</source>
        <translation>Merci, votre réponse est enregistrée.
Veuillez passer l’ordinateur à la personne suivante.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Personne suivante</translation>
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
        <translation>Je préfère ne pas répondre</translation>
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
        <translation>Cet ordinateur uniquement (%1)</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Inviter les participants</translation>
    </message>
    <message>
        <source>Phones join over the local network: they must be on the same Wi-Fi as this computer. Nothing goes to the internet. The audience screen shows a QR code, the address and a join code.</source>
        <translation>Les téléphones se connectent par le réseau local&#xa0;: ils doivent être sur le même Wi-Fi que cet ordinateur. Rien ne passe par Internet. L’écran du public affiche un QR code, l’adresse et un code d’accès.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Scan the code, or open %1 on your phone</source>
        <translation>Scannez le code ou ouvrez %1 sur votre téléphone</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Join from your phone: %1</source>
        <translation>Participez depuis votre téléphone&#xa0;: %1</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas une étiquette de langue BCP 47&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1&#x202f;; vouliez-vous dire «&#xa0;%2&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not &quot;_&quot;</source>
        <translation>les sous-étiquettes sont séparées par «&#xa0;-&#xa0;», et non «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not spaces</source>
        <translation>les sous-étiquettes sont séparées par «&#xa0;-&#xa0;», et non par des espaces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed, only letters, digits and &quot;-&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas autorisé&#xa0;: seuls les lettres, les chiffres et «&#xa0;-&#xa0;» le sont</translation>
    </message>
    <message>
        <source>it starts with &quot;-&quot;</source>
        <translation>elle commence par «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>it ends with &quot;-&quot;</source>
        <translation>elle se termine par «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;--&quot; leaves an empty subtag</source>
        <translation>«&#xa0;--&#xa0;» laisse une sous-étiquette vide</translation>
    </message>
    <message>
        <source>the subtag &quot;%1&quot; is longer than 8 characters</source>
        <translation>la sous-étiquette «&#xa0;%1&#xa0;» dépasse 8 caractères</translation>
    </message>
    <message>
        <source>the language subtag &quot;%1&quot; must have 2 or 3 letters (or 5 to 8)</source>
        <translation>la sous-étiquette de langue «&#xa0;%1&#xa0;» doit compter 2 ou 3 lettres (ou de 5 à 8)</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; is given twice</source>
        <translation>la variante «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>&quot;x&quot; needs at least one subtag of 1 to 8 letters and digits after it</source>
        <translation>«&#xa0;x&#xa0;» doit être suivi d’au moins une sous-étiquette de 1 à 8 lettres et chiffres</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; needs at least one subtag of 2 to 8 letters and digits after it</source>
        <translation>l’extension «&#xa0;%1&#xa0;» doit être suivie d’au moins une sous-étiquette de 2 à 8 lettres et chiffres</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; is given twice</source>
        <translation>l’extension «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script (4 letters), a region (2 letters or 3 digits) or a variant (5 to 8 letters and digits, or a digit and 3 more) in this place</source>
        <translation>à cet endroit, «&#xa0;%1&#xa0;» n’est ni une écriture (4 lettres), ni une région (2 lettres ou 3 chiffres), ni une variante (5 à 8 lettres et chiffres, ou un chiffre suivi de 3 autres caractères)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a language, not its code; did you mean &quot;%2&quot;?</source>
        <translation>«&#xa0;%1&#xa0;» est le nom d’une langue, pas son code&#x202f;; vouliez-vous dire «&#xa0;%2&#xa0;»&#x202f;?</translation>
    </message>
</context>
<context>
    <name>LinguistFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not a valid .ts file: %4</source>
        <translation>%1:%2:%3: fichier .ts non valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ListSessionsCommand</name>
    <message>
        <source>option --format needs a value</source>
        <translation>l’option --format attend une valeur</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions</source>
        <translation>argument inconnu %1 pour sessions</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for sessions; use table or tsv</source>
        <translation>format inconnu «&#xa0;%1&#xa0;» pour sessions&#x202f;; utilisez table ou tsv</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>COHORT</source>
        <translation>COHORTE</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>RÉPONSES</translation>
    </message>
    <message>
        <source>No sessions in %1 yet. Create a demo session with &quot;upstander demo&quot;.</source>
        <translation>Aucune séance dans %1 pour l’instant. Créez une séance de démonstration avec &quot;upstander demo&quot;.</translation>
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
        <translation>Utilisation&#xa0;: upstander sessions [--format table|tsv]
              upstander sessions --delete ID [--delete ID...]
              upstander sessions --older-than N

Liste les séances du dossier de données, les plus récentes en premier&#xa0;: id,
date, titre, cohorte et nombre de réponses. Ou supprime des séances avec toutes
leurs réponses, leurs comptages à main levée et leurs engagements&#x202f;; rien n’en
reste lisible dans le fichier de la base. La suppression ne demande aucune
confirmation et affiche une ligne par séance supprimée.

Options&#xa0;:
  --format table|tsv   un tableau aligné (par défaut), ou des valeurs séparées
                       par des tabulations avec un en-tête fixe (scripts)
  --delete ID          supprime la séance ID (voir la liste)&#x202f;; peut être
                       répétée&#x202f;; un ID inconnu ne supprime rien et renvoie
                       le code 1
  --older-than N       supprime toute séance datant de plus de N mois avant
                       aujourd’hui (N de 1 à %1)
  --data-dir DOSSIER   le dossier de la base des séances, par défaut
                       %2
  -h, --help           affiche cette aide et quitte

Codes de sortie&#xa0;: 0 terminé, 1 séance introuvable ou refus de la base,
2 erreur d’utilisation.
Plus d’informations&#xa0;: docs/export.md.
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
        <translation>Déroulé de l’atelier</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>Scenario Librar&amp;y</source>
        <translation>&amp;Bibliothèque de scénarios</translation>
    </message>
    <message>
        <source>&amp;Self-Placement</source>
        <translation>Auto-&amp;positionnement</translation>
    </message>
    <message>
        <source>Scenar&amp;io</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>E&amp;ngagements</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>R&amp;ésultats</translation>
    </message>
    <message>
        <source>Choose a scenario in the library and press &quot;Run Scenario&quot;.</source>
        <translation>Choisissez un scénario dans la bibliothèque et cliquez sur «&#xa0;Lancer le scénario&#xa0;».</translation>
    </message>
    <message>
        <source>Write down one thing you will do in the next two weeks, on your phone or on a card. It stays anonymous.</source>
        <translation>Notez une chose que vous ferez dans les deux prochaines semaines, sur votre téléphone ou sur une carte. Cela reste anonyme.</translation>
    </message>
    <message>
        <source>R&amp;un Scenario</source>
        <translation>&amp;Lancer le scénario</translation>
    </message>
    <message>
        <source>Run the selected scenario</source>
        <translation>Lancer le scénario sélectionné</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>Rechercher des scénarios</translation>
    </message>
    <message>
        <source>Shows only the scenarios that contain every word typed</source>
        <translation>N’affiche que les scénarios contenant tous les mots saisis</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>&amp;Ouvrir une séance…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>&amp;Paramètres de la séance…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Fermer la séance</translation>
    </message>
    <message>
        <source>Delete Old Sessions &amp;Automatically…</source>
        <translation>Supprimer &amp;automatiquement les anciennes séances…</translation>
    </message>
    <message>
        <source>Choose after how many months a session is deleted</source>
        <translation>Choisir au bout de combien de mois une séance est supprimée</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Show &amp;Audience Window</source>
        <translation>Afficher la &amp;fenêtre du public</translation>
    </message>
    <message>
        <source>Audience Window &amp;Full Screen</source>
        <translation>Fenêtre du public en &amp;plein écran</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;CSV…</source>
        <translation>Statistiques du groupe en &amp;CSV…</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;JSON…</source>
        <translation>Statistiques du groupe en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Raw Answers as CSV…</source>
        <translation>&amp;Réponses brutes en CSV…</translation>
    </message>
    <message>
        <source>Raw &amp;Answers as JSON…</source>
        <translation>Réponses &amp;brutes en JSON…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Séances &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>I&amp;mprimer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Find Scenario</source>
        <translation>Rec&amp;hercher un scénario</translation>
    </message>
    <message>
        <source>Reload &amp;Library</source>
        <translation>Recharger la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Projector: &amp;Next Page</source>
        <translation>Projection&#xa0;: page &amp;suivante</translation>
    </message>
    <message>
        <source>Projector: &amp;Previous Page</source>
        <translation>Projection&#xa0;: page pré&amp;cédente</translation>
    </message>
    <message>
        <source>Projector: &amp;Welcome Screen</source>
        <translation>Projection&#xa0;: écran d’&amp;accueil</translation>
    </message>
    <message>
        <source>The session&apos;s title, your name, the agenda and the group&apos;s agreements</source>
        <translation>Le titre de la séance, votre nom, le programme et les règles du groupe</translation>
    </message>
    <message>
        <source>Audience &amp;Screen</source>
        <translation>Écran du p&amp;ublic</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Écran %1&#xa0;: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Guide de l’atelier</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Upstander</source>
        <translation>À &amp;propos d’Upstander</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Loading scenarios…</source>
        <translation>Chargement des scénarios…</translation>
    </message>
    <message>
        <source>No scenarios are available.</source>
        <translation>Aucun scénario n’est disponible.</translation>
    </message>
    <message>
        <source>No scenario matches your search.
Clear the search or choose &quot;All themes&quot;.</source>
        <translation>Aucun scénario ne correspond à votre recherche.
Effacez la recherche ou choisissez «&#xa0;Tous les thèmes&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation>
            <numerusform>%n scénario dans la bibliothèque</numerusform>
            <numerusform>%n scénarios dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation>
            <numerusform>%n scénario dans la bibliothèque, dont %1 de votre dossier</numerusform>
            <numerusform>%n scénarios dans la bibliothèque, dont %1 de votre dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation>
            <numerusform>⚠ %n fichier de scénario n’a pas pu être chargé</numerusform>
            <numerusform>⚠ %n fichiers de scénario n’ont pas pu être chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions are not available: %1</source>
        <translation>Les séances ne sont pas disponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>No session is open. Start one with File → New Session (Ctrl+N) to collect answers; the library can be browsed without one.</source>
        <translation>Aucune séance n’est ouverte. Pour recueillir des réponses, commencez-en une avec Fichier → Nouvelle séance (Ctrl+N)&#x202f;; la bibliothèque peut être consultée sans séance.</translation>
    </message>
    <message>
        <source>%1 — Upstander</source>
        <translation>%1 — Upstander</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n réponse</numerusform>
            <numerusform>%1 · %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune séance</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>Impossible de créer la séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>Our agreements:</source>
        <translation>Nos règles communes&#xa0;:</translation>
    </message>
    <message>
        <source>We will start in a moment.</source>
        <translation>Nous commençons dans un instant.</translation>
    </message>
    <message>
        <source>Workshop on %1</source>
        <translation>Atelier du %1</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Paramètres de la séance</translation>
    </message>
    <message>
        <source>The session that was open last is no longer there, so none is open.</source>
        <translation>La dernière séance ouverte n’existe plus&#xa0;: aucune séance n’est ouverte.</translation>
    </message>
    <message>
        <source>Old sessions could not all be deleted: %1</source>
        <translation>Certaines anciennes séances n’ont pas pu être supprimées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) dated more than %1 months ago.</source>
        <translation>
            <numerusform>%n séance datant de plus de %1 mois a été supprimée.</numerusform>
            <numerusform>%n séances datant de plus de %1 mois ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open again; the scenario it was running (%2) is no longer in the library, so it starts without it.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau ouverte&#x202f;; le scénario en cours (%2) ne figure plus dans la bibliothèque, la séance reprend donc sans lui.</translation>
    </message>
    <message>
        <source>“%1” is open again where it was.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau ouverte, là où elle en était.</translation>
    </message>
    <message>
        <source>Invite phones again (%1) to take their answers.</source>
        <translation>Invitez de nouveau les téléphones (%1) pour recevoir leurs réponses.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scenario Folder</source>
        <translation>Dossier des scénarios</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>No file manager could open the scenario folder. Put your own scenario files (.yaml) in:

%1</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir le dossier des scénarios. Placez vos propres fichiers de scénario (.yaml) dans&#xa0;:

%1</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>About Upstander</source>
        <translation>À propos d’Upstander</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;A tool for trainers who run allyship workshops: the allyship spectrum from bystander to advocate, role-play scenarios, and where the group lands, before and after.&lt;/p&gt;&lt;p&gt;Free and open-source software. Answers stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;Un outil pour les formateurs et formatrices qui animent des ateliers sur l’allyship&#xa0;: le spectre de l’allyship, du témoin au moteur du changement, des scénarios de jeu de rôle, et la position du groupe, avant et après.&lt;/p&gt;&lt;p&gt;Logiciel libre et open source. Les réponses restent sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plan a Follo&amp;w-up…</source>
        <translation>Planifier un s&amp;uivi…</translation>
    </message>
    <message>
        <source>Creates a booster session for the same cohort, weeks later, to place themselves again and replay decisions</source>
        <translation>Crée une séance de rappel pour la même cohorte, quelques semaines plus tard, pour se situer de nouveau et rejouer des décisions</translation>
    </message>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Planifier un suivi</translation>
    </message>
    <message>
        <source>The cohort could not be saved: %1</source>
        <translation>Impossible d’enregistrer la cohorte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>Impossible de créer la séance de suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up “%1” planned for %2. Open it on the day with File → Open Session.</source>
        <translation>Séance de suivi «&#xa0;%1&#xa0;» prévue le %2. Ouvrez-la le jour venu avec Fichier → Ouvrir une séance.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Export Da&amp;ta</source>
        <translation>Exporter les &amp;données</translation>
    </message>
    <message>
        <source>Open Scenario Fol&amp;der</source>
        <translation>Ouvrir le dossier des &amp;scénarios</translation>
    </message>
    <message>
        <source>“%1” is removed. Redo (%2) brings it back until another session is opened.</source>
        <translation>«&#xa0;%1&#xa0;» est retirée. Rétablir (%2) la ramène tant qu’aucune autre séance n’est ouverte.</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Planifier le suivi «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>expected a map of keys and values here, found %1</source>
        <translation>une table de clés et de valeurs est attendue ici, mais %1 a été trouvé</translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation>une clé doit être un seul mot, et non %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first given on line %2)</source>
        <translation>clé «&#xa0;%1&#xa0;» en double (déjà donnée à la ligne %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#x202f;; clés attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#x202f;; vouliez-vous dire «&#xa0;%2&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>clé obligatoire «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être une valeur unique, et non %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter (at most 64 characters)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un id valide&#xa0;: utilisez des lettres minuscules, des chiffres et des tirets isolés, en commençant par une lettre (64 caractères au plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; remove the quotes around &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier&#x202f;; retirez les guillemets autour de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; remove the quotes around &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false&#x202f;; retirez les guillemets autour de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;), not %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste (éléments commençant par «&#xa0;-&#xa0;»), et non %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one item</source>
        <translation>«&#xa0;%1&#xa0;» doit contenir au moins un élément</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not a map (to write text containing &quot;: &quot;, put it in quotes)</source>
        <translation>chaque élément de «&#xa0;%1&#xa0;» doit être du texte, et non une table (pour écrire un texte contenant «&#xa0;:&#xa0;», mettez-le entre guillemets)</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not %2</source>
        <translation>chaque élément de «&#xa0;%1&#xa0;» doit être du texte, et non %2</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>une valeur vide</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes d’animation</translation>
    </message>
    <message>
        <source>Private notes for the facilitator; never shown on the projector</source>
        <translation>Notes privées pour l’animation&#x202f;; jamais projetées</translation>
    </message>
    <message>
        <source>Only on this screen, never on the projector</source>
        <translation>Uniquement sur cet écran, jamais projeté</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Aucune note pour cette partie.</translation>
    </message>
    <message>
        <source>Facilitator notes: %1</source>
        <translation>Notes d’animation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open Session</source>
        <translation>Ouvrir une séance</translation>
    </message>
    <message>
        <source>&amp;Sessions on this computer:</source>
        <translation>Séances sur cet &amp;ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (cohort %1)</source>
        <translation> (cohorte %1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n answer(s)</source>
        <translation>
            <numerusform>, %n réponse</numerusform>
            <numerusform>, %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Annuler la su&amp;ppression</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all of its answers, tallies and commitments? You can undo this until you close this window.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec toutes ses réponses, ses comptages à main levée et ses engagements&#x202f;? Vous pourrez l’annuler jusqu’à la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo Delete (%2) brings it back until this window closes.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée. «&#xa0;Annuler la suppression&#xa0;» (%2) la rétablit jusqu’à la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back.</source>
        <translation>«&#xa0;%1&#xa0;» est rétablie.</translation>
    </message>
</context>
<context>
    <name>ParticipantControl</name>
    <message>
        <source>Open or start a session first: answers from phones belong to a session.</source>
        <translation>Ouvrez ou commencez d’abord une séance&#xa0;: les réponses des téléphones appartiennent à une séance.</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Inviter les participants</translation>
    </message>
    <message>
        <source>Stop &amp;Inviting Participants</source>
        <translation>Arrêter d’&amp;inviter les participants</translation>
    </message>
    <message>
        <source>&amp;Invite Participants…</source>
        <translation>&amp;Inviter les participants…</translation>
    </message>
    <message>
        <source>Stops the participant server; phones can no longer answer</source>
        <translation>Arrête le serveur des participants&#x202f;; les téléphones ne peuvent plus répondre</translation>
    </message>
    <message>
        <source>Lets participants answer from their phones over the local network</source>
        <translation>Permet aux participants de répondre depuis leur téléphone par le réseau local</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as seen: the count goes back to zero and the phones that asked are told</source>
        <translation>Marquer comme vu&#xa0;: le compteur revient à zéro et les téléphones qui ont demandé une pause en sont informés</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked for a pause</source>
        <translation>
            <numerusform>%n personne a demandé une pause</numerusform>
            <numerusform>%n personnes ont demandé une pause</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantServer</name>
    <message>
        <source>Open a session before inviting participants.</source>
        <translation>Ouvrez une séance avant d’inviter les participants.</translation>
    </message>
    <message>
        <source>The session&apos;s join code cannot be saved: %1</source>
        <translation>Impossible d’enregistrer le code d’accès de la séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Participants cannot be invited: port %1 on %2 cannot be opened (%3).</source>
        <translation>Impossible d’inviter les participants&#xa0;: le port %1 sur %2 ne peut pas être ouvert (%3).</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Scenario files with problems</source>
        <translation>Fichiers de scénario comportant des problèmes</translation>
    </message>
    <message>
        <source>These files in your scenario folder were not loaded. Fix the problems below and choose File → Reload Library.</source>
        <translation>Ces fichiers de votre dossier de scénarios n’ont pas été chargés. Corrigez les problèmes ci-dessous, puis choisissez Fichier → Recharger la bibliothèque.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
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
        <translation>QR code pour %1</translation>
    </message>
</context>
<context>
    <name>RecordAnswerCommand</name>
    <message>
        <source>Record an answer</source>
        <translation>Enregistrer une réponse</translation>
    </message>
    <message>
        <source>Record answer &quot;%1&quot;</source>
        <translation>Enregistrer la réponse «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Follow-up: decisions to replay</source>
        <translation>Suivi&#xa0;: décisions à rejouer</translation>
    </message>
    <message>
        <source>This follow-up replays no decision: ask where people stand now on the Self-Placement tab, then collect commitments.</source>
        <translation>Ce suivi ne rejoue aucune décision&#xa0;: demandez où chacun se situe maintenant dans l’onglet «&#xa0;Auto-positionnement&#xa0;», puis recueillez les engagements.</translation>
    </message>
    <message>
        <source>%1. %2 (from “%3”)</source>
        <translation>%1. %2 (de «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1. %2 (the scenario “%3” is no longer in the library)</source>
        <translation>%1. %2 (le scénario «&#xa0;%3&#xa0;» ne figure plus dans la bibliothèque)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Replay decision %1</source>
        <translation>Rejouer la décision %1</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the group was split between %1 (%2 each, of %3)</source>
        <translation>le groupe s’est partagé entre %1 (%2 personnes par étape, sur %3)</translation>
    </message>
    <message>
        <source>most people (%1 of %2) placed themselves at %3</source>
        <translation>la plupart des personnes (%1 sur %2) se sont placées à l’étape %3</translation>
    </message>
    <message>
        <source>the largest group (%1 of %2) placed themselves at %3</source>
        <translation>le groupe le plus nombreux (%1 sur %2) s’est placé à l’étape %3</translation>
    </message>
    <message>
        <source>most people (%1 of %2) did</source>
        <translation>la plupart des personnes (%1 sur %2) l’ont fait</translation>
    </message>
    <message>
        <source>that was still the largest group (%1 of %2)</source>
        <translation>c’était encore le groupe le plus nombreux (%1 sur %2)</translation>
    </message>
    <message>
        <source>The group was not asked where they place themselves on the spectrum, so there is no before and after.</source>
        <translation>On n’a pas demandé au groupe de se situer sur le spectre&#xa0;: il n’y a donc ni avant ni après.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1; afterwards, %2.</source>
        <translation>Avant les scénarios, %1&#x202f;; après, %2.</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered both times, so who moved is not shown.</source>
        <translation>Moins de %1 personnes ont répondu les deux fois&#xa0;: les évolutions individuelles ne sont donc pas montrées.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1.</source>
        <translation>Avant les scénarios, %1.</translation>
    </message>
    <message>
        <source>Before the scenarios, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Avant les scénarios, moins de %1 personnes se sont situées sur le spectre&#xa0;: trop peu pour afficher le résultat.</translation>
    </message>
    <message>
        <source>The group was not asked where they stood before the scenarios.</source>
        <translation>On n’a pas demandé au groupe où il se situait avant les scénarios.</translation>
    </message>
    <message>
        <source>Afterwards, %1.</source>
        <translation>Après, %1.</translation>
    </message>
    <message>
        <source>Afterwards, fewer than %1 people placed themselves, too few to show.</source>
        <translation>Après, moins de %1 personnes se sont situées&#xa0;: trop peu pour afficher le résultat.</translation>
    </message>
    <message>
        <source>The group did not place themselves again afterwards, so there is no before and after to compare.</source>
        <translation>Le groupe ne s’est pas situé de nouveau après&#xa0;: il n’y a donc pas d’avant et d’après à comparer.</translation>
    </message>
    <message>
        <source>There is no gap between self-view and choices to report: the group did not both place themselves on the spectrum and decide in a scenario.</source>
        <translation>Aucun écart entre l’image de soi et les choix à signaler&#xa0;: le groupe ne s’est pas à la fois situé sur le spectre et prononcé dans un scénario.</translation>
    </message>
    <message>
        <source>Fewer than %1 people both placed themselves on the spectrum and decided in the scenarios, so the gap between how they see themselves and what they chose is not shown.</source>
        <translation>Moins de %1 personnes se sont à la fois situées sur le spectre et prononcées dans les scénarios&#xa0;: l’écart entre la façon dont elles se voient et ce qu’elles ont choisi n’est donc pas montré.</translation>
    </message>
    <message>
        <source>People placed themselves %1 stages further along, on average, than the options they chose in the scenarios: %2 of %3 saw themselves at least one stage higher than their choices.</source>
        <translation>En moyenne, les personnes se sont placées %1 étapes plus loin que les options choisies dans les scénarios&#xa0;: %2 sur %3 se sont vues au moins une étape au-dessus de leurs choix.</translation>
    </message>
    <message>
        <source>People chose options %1 stages further along, on average, than where they placed themselves: %2 of %3 chose at least one stage higher than they placed themselves.</source>
        <translation>En moyenne, les personnes ont choisi des options situées %1 étapes plus loin que leur propre positionnement&#xa0;: %2 sur %3 ont choisi au moins une étape au-dessus de leur positionnement.</translation>
    </message>
    <message>
        <source>On average, the options people chose in the scenarios matched where they placed themselves: %1 of %2 were within one stage.</source>
        <translation>En moyenne, les options choisies dans les scénarios correspondaient au positionnement de chacun&#xa0;: %1 sur %2 étaient à une étape près.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At decision %1, the group settled together on %2.</source>
        <translation>À la décision %1, le groupe s’est accordé sur %2.</translation>
    </message>
    <message>
        <source>At decision %1, fewer than %2 people chose an option, so the choices are not shown.</source>
        <translation>À la décision %1, moins de %2 personnes ont choisi une option&#xa0;: les choix ne sont donc pas montrés.</translation>
    </message>
    <message>
        <source>At decision %1, the most common choice was %2, chosen by %3 of %4.</source>
        <translation>À la décision %1, le choix le plus fréquent a été %2, retenu par %3 sur %4.</translation>
    </message>
    <message>
        <source>At decision %1, the choices were split between %2, chosen by %3 each, of %4.</source>
        <translation>À la décision %1, les choix se sont partagés entre %2, retenus chacun par %3 sur %4.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</source>
        <translation>
            <numerusform>Sur %n personne ayant répondu les deux fois, %1 a avancé, %2 est restée au même endroit et %3 a reculé.</numerusform>
            <numerusform>Sur les %n personnes qui ont répondu les deux fois, %1 ont avancé, %2 sont restées au même endroit et %3 ont reculé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown, to keep answers anonymous.</source>
        <translation>Les groupes de moins de %1 personnes ne sont pas montrés, afin de préserver l’anonymat des réponses.</translation>
    </message>
    <message>
        <source>%1, decision %2 of %3</source>
        <translation>%1, décision %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>%n personne a participé.</numerusform>
            <numerusform>%n personnes ont participé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people took part, so none of their answers are shown.</source>
        <translation>Moins de %1 personnes ont participé&#xa0;: aucune de leurs réponses n’est donc montrée.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Personne n’a encore répondu.</translation>
    </message>
    <message>
        <source>Decisions outside a scenario</source>
        <translation>Décisions hors scénario</translation>
    </message>
    <message>
        <source>The group did not reach a decision in it.</source>
        <translation>Le groupe n’y a pris aucune décision.</translation>
    </message>
    <message>
        <source>No scenario was played.</source>
        <translation>Aucun scénario n’a été joué.</translation>
    </message>
    <message>
        <source>The group worked through one scenario:</source>
        <translation>Le groupe a travaillé sur un scénario&#xa0;:</translation>
    </message>
    <message>
        <source>The group worked through these scenarios, in this order:</source>
        <translation>Le groupe a travaillé sur ces scénarios, dans cet ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Weeks after the workshop, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Quelques semaines après l’atelier, moins de %1 personnes se sont situées sur le spectre&#xa0;: trop peu pour afficher le résultat.</translation>
    </message>
    <message>
        <source>Weeks after the workshop, %1.</source>
        <translation>Quelques semaines après l’atelier, %1.</translation>
    </message>
    <message>
        <source>The cohort trend below sets this beside the workshop&apos;s before and after.</source>
        <translation>L’évolution de la cohorte, plus bas, met ce résultat en regard de l’avant et de l’après de l’atelier.</translation>
    </message>
    <message numerus="yes">
        <source>Participants sent %n anonymous question(s) from their phones.</source>
        <translation>
            <numerusform>Les participants ont envoyé %n question anonyme depuis leur téléphone.</numerusform>
            <numerusform>Les participants ont envoyé %n questions anonymes depuis leur téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people who had made a commitment answered the check-in, too few to show.</source>
        <translation>Moins de %1 personnes ayant pris un engagement ont répondu au point d’étape&#xa0;: trop peu pour afficher le résultat.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</source>
        <translation>
            <numerusform>Sur %n personne ayant pris un engagement, %1 l’a tenu, %2 l’a tenu en partie et %3 pas encore (soit %4 d’engagements tenus).</numerusform>
            <numerusform>Sur les %n personnes ayant pris un engagement, %1 l’ont tenu, %2 l’ont tenu en partie et %3 pas encore (soit %4 d’engagements tenus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said they had not made one.</source>
        <translation>
            <numerusform>%n personne a indiqué ne pas en avoir pris.</numerusform>
            <numerusform>%n personnes ont indiqué ne pas en avoir pris.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>moins de %1</translation>
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
        <source>Ch&amp;art:</source>
        <translation>&amp;Graphique&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>P&amp;our&#xa0;:</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Pro&amp;jeter</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Toute la séance</translation>
    </message>
    <message>
        <source>The latest one</source>
        <translation>La plus récente</translation>
    </message>
    <message>
        <source>Self-placement: %1</source>
        <translation>Auto-positionnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Décision&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Delete Old Sessions</source>
        <translation>Supprimer les anciennes séances</translation>
    </message>
    <message>
        <source>Upstander keeps every session (its answers, tallies and commitments) on this computer until you delete it. Should it delete old sessions by itself?</source>
        <translation>Upstander conserve chaque séance (ses réponses, ses comptages à main levée et ses engagements) sur cet ordinateur jusqu’à ce que vous la supprimiez. Doit-il supprimer lui-même les anciennes séances&#x202f;?</translation>
    </message>
    <message>
        <source>Upstander can delete old sessions by itself.</source>
        <translation>Upstander peut supprimer lui-même les anciennes séances.</translation>
    </message>
    <message>
        <source>Delete a session:</source>
        <translation>Supprimer une séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Never (keep every session)</source>
        <translation>&amp;Jamais (conserver toutes les séances)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;%n month(s) after its date</source>
        <translation>
            <numerusform>&amp;%n mois après sa date</numerusform>
            <numerusform>&amp;%n mois après sa date</numerusform>
        </translation>
    </message>
    <message>
        <source>Old sessions are deleted when you press OK and each time Upstander starts; a session&apos;s age counts from its date. Deleted sessions cannot be brought back. You can change this later in File ▸ Delete Old Sessions Automatically.</source>
        <translation>Les anciennes séances sont supprimées quand vous cliquez sur OK, puis à chaque démarrage d’Upstander&#x202f;; l’âge d’une séance se compte à partir de sa date. Les séances supprimées ne peuvent pas être récupérées. Vous pourrez modifier ce choix dans Fichier ▸ Supprimer automatiquement les anciennes séances.</translation>
    </message>
    <message>
        <source>Sessions are kept until you delete them in File ▸ Open Session.</source>
        <translation>Les séances sont conservées jusqu’à ce que vous les supprimiez dans Fichier ▸ Ouvrir une séance.</translation>
    </message>
    <message>
        <source>No session on this computer is that old now.</source>
        <translation>Aucune séance de cet ordinateur n’est aussi ancienne pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this computer are that old now and will be deleted, the oldest from %1.</source>
        <translation>
            <numerusform>%n séance de cet ordinateur a déjà cet âge et sera supprimée&#x202f;; la plus ancienne date du %1.</numerusform>
            <numerusform>%n séances de cet ordinateur ont déjà cet âge et seront supprimées&#x202f;; la plus ancienne date du %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealCommand</name>
    <message>
        <source>Reveal the results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Masquer les résultats</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <source>Revealed options</source>
        <translation>Options dévoilées</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes are shown once at least %1 people have voted.</source>
        <translation>Les votes s’affichent dès qu’au moins %1 personnes ont voté.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Option %1: %2. Stage: %3. Why: %4</source>
        <translation>Option %1&#xa0;: %2. Étape&#xa0;: %3. Pourquoi&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n vote.</numerusform>
            <numerusform>%n votes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option %1: %2.</source>
        <translation>Option %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>RoleCards</name>
    <message>
        <source>Observer card</source>
        <translation>Carte d’observation</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Carte de rôle</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Private: read this to yourself and keep it to yourself.</source>
        <translation>Confidentiel&#xa0;: lisez cette carte en silence et gardez-la pour vous.</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Grille d’observation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Cartes de rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not draw the role cards into %1.</source>
        <translation>Impossible de dessiner les cartes de rôle dans %1.</translation>
    </message>
</context>
<context>
    <name>RoleCardsDialog</name>
    <message>
        <source>Role cards — %1</source>
        <translation>Cartes de rôle — %1</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Cartes de rôle</translation>
    </message>
    <message>
        <source>Each card is private to its role. Print them or save them as a PDF, cut them apart and hand them out face down.</source>
        <translation>Chaque carte est réservée à son rôle. Imprimez-les ou enregistrez-les en PDF, découpez-les et distribuez-les face cachée.</translation>
    </message>
    <message>
        <source>Every role&apos;s name and private brief, and the observer checklist</source>
        <translation>Le nom et la consigne confidentielle de chaque rôle, et la grille d’observation</translation>
    </message>
    <message>
        <source>One card per page</source>
        <translation>Une carte par page</translation>
    </message>
    <message>
        <source>Two cards per page</source>
        <translation>Deux cartes par page</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Cartes par page</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Mise en page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the role cards</source>
        <translation>Imprimer les cartes de rôle</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the role cards as a PDF file</source>
        <translation>Enregistrer les cartes de rôle dans un fichier PDF</translation>
    </message>
    <message>
        <source>Close the role cards</source>
        <translation>Fermer les cartes de rôle</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Cartes de rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print role cards</source>
        <translation>Imprimer les cartes de rôle</translation>
    </message>
    <message>
        <source>The role cards could not be printed.</source>
        <translation>Impossible d’imprimer les cartes de rôle.</translation>
    </message>
    <message>
        <source>%1-role-cards.pdf</source>
        <translation>%1-cartes-de-role.pdf</translation>
    </message>
    <message>
        <source>Save role cards as PDF</source>
        <translation>Enregistrer les cartes de rôle en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RoomQuestionStateCommand</name>
    <message>
        <source>Show a question from the room</source>
        <translation>Projeter une question de la salle</translation>
    </message>
    <message>
        <source>Mark a question as answered</source>
        <translation>Marquer une question comme répondue</translation>
    </message>
    <message>
        <source>Hide a question</source>
        <translation>Masquer une question</translation>
    </message>
    <message>
        <source>Put a question back in the queue</source>
        <translation>Remettre une question dans la file d’attente</translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>retenue pour vérification</translation>
    </message>
    <message>
        <source>shown on the projector</source>
        <translation>projetée</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>Questions and concerns participants send from their phones, anonymously: only this screen lists them, never who sent one.</source>
        <translation>Les questions et préoccupations que les participants envoient anonymement depuis leur téléphone&#xa0;: seul cet écran les affiche, jamais qui les a envoyées.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>File d’a&amp;ttente&#xa0;:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenues pour vérification</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Pro&amp;jeter</translation>
    </message>
    <message>
        <source>Shows the selected question on the projector, without who sent it</source>
        <translation>Projette la question sélectionnée, sans indiquer qui l’a envoyée</translation>
    </message>
    <message>
        <source>Takes the selected question out of the queue</source>
        <translation>Retire la question sélectionnée de la file d’attente</translation>
    </message>
    <message>
        <source>&amp;Let In</source>
        <translation>&amp;Laisser passer</translation>
    </message>
    <message>
        <source>Moves the selected held question into the queue</source>
        <translation>Place la question retenue sélectionnée dans la file d’attente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No question yet. Phones that joined can send one at any time.</source>
        <translation>Aucune question pour l’instant. Les téléphones connectés peuvent en envoyer une à tout moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n nouvelle question</numerusform>
            <numerusform>%n nouvelles questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n held for review</source>
        <translation>
            <numerusform> · %n retenue pour vérification</numerusform>
            <numerusform> · %n retenues pour vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>A question from the room</source>
        <translation>Une question de la salle</translation>
    </message>
    <message>
        <source>Mark Ans&amp;wered</source>
        <translation>Marquer comme &amp;répondue</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Held f&amp;or review (the word list flagged them):</source>
        <translation>Retenues pour &amp;vérification (signalées par la liste de mots)&#xa0;:</translation>
    </message>
    <message>
        <source>Show the Question?</source>
        <translation>Projeter la question&#x202f;?</translation>
    </message>
    <message>
        <source>The projector shows a question the room is answering. While this one is on, phones cannot answer it. Show it anyway?</source>
        <translation>Le projecteur affiche une question à laquelle la salle est en train de répondre. Tant que celle-ci est affichée, les téléphones ne peuvent pas y répondre. La projeter quand même&#x202f;?</translation>
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
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Réinitialiser le minuteur</translation>
    </message>
    <message>
        <source>Stop the timer, set it back to the round length and hide it from the projector</source>
        <translation>Arrêter le minuteur, le remettre à la durée d’un tour et le retirer de la projection</translation>
    </message>
    <message>
        <source>Ne&amp;xt round</source>
        <translation>&amp;Tour suivant</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Tour suivant</translation>
    </message>
    <message>
        <source>Rotate the roles in each group of three and start the next round&apos;s time</source>
        <translation>Faire tourner les rôles dans chaque trio et lancer le temps du tour suivant</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>Son à la fin du temps</translation>
    </message>
    <message>
        <source>Play a chime on this computer when the timer runs out</source>
        <translation>Jouer un carillon sur cet ordinateur quand le minuteur arrive à zéro</translation>
    </message>
    <message>
        <source>Time per round:</source>
        <translation>Durée d’un tour&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1, minutes</translation>
    </message>
    <message>
        <source>%1, seconds</source>
        <translation>%1, secondes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Time is up: the round has ended</source>
        <translation>Le temps est écoulé&#xa0;: le tour est terminé</translation>
    </message>
    <message>
        <source>Running, shown on the projector</source>
        <translation>En cours, projeté</translation>
    </message>
    <message>
        <source>Paused, shown on the projector</source>
        <translation>En pause, projeté</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Tour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Démar&amp;rer</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <source>Start or pause the timer (%1)</source>
        <translation>Démarrer ou mettre en pause le minuteur (%1)</translation>
    </message>
</context>
<context>
    <name>ScenarioChecker</name>
    <message>
        <source>duplicate role id &quot;%1&quot; (first used on line %2)</source>
        <translation>id de rôle «&#xa0;%1&#xa0;» en double (déjà utilisé à la ligne %2)</translation>
    </message>
    <message>
        <source>duplicate scene id &quot;%1&quot; (first used on line %2)</source>
        <translation>id de scène «&#xa0;%1&#xa0;» en double (déjà utilisé à la ligne %2)</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is a dead end: it is not an ending and leads nowhere; give it &quot;next&quot;, &quot;decision&quot; or &quot;ending: true&quot;</source>
        <translation>la scène «&#xa0;%1&#xa0;» est une impasse&#xa0;: ce n’est pas une fin et elle ne mène nulle part&#x202f;; donnez-lui &quot;next&quot;, &quot;decision&quot; ou &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in this decision (first used on line %2)</source>
        <translation>id d’option «&#xa0;%1&#xa0;» en double dans cette décision (déjà utilisé à la ligne %2)</translation>
    </message>
    <message>
        <source>the options of this decision span only %1 of the five stages (%2); three or more give the group something to discuss</source>
        <translation>les options de cette décision ne couvrent que %1 des cinq étapes (%2)&#x202f;; trois ou plus donnent matière à discussion au groupe</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; expected one of: %2</source>
        <translation>étape inconnue «&#xa0;%1&#xa0;»&#x202f;; étapes attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>étape inconnue «&#xa0;%1&#xa0;»&#x202f;; vouliez-vous dire «&#xa0;%2&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;</source>
        <translation>&quot;next&quot; ne désigne aucune scène&#xa0;: il n’existe pas de scène «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>&quot;next&quot; ne désigne aucune scène&#xa0;: il n’existe pas de scène «&#xa0;%1&#xa0;»&#x202f;; vouliez-vous dire «&#xa0;%2&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; the only scenes leading to it cannot be reached either</source>
        <translation>la scène «&#xa0;%1&#xa0;» est inaccessible depuis la première scène «&#xa0;%2&#xa0;»&#x202f;; les seules scènes qui y mènent sont elles-mêmes inaccessibles</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; no &quot;next&quot; leads to it</source>
        <translation>la scène «&#xa0;%1&#xa0;» est inaccessible depuis la première scène «&#xa0;%2&#xa0;»&#x202f;; aucun &quot;next&quot; n’y mène</translation>
    </message>
    <message>
        <source>no scene is an ending; mark the last scene of each path with &quot;ending: true&quot;</source>
        <translation>aucune scène n’est une fin&#x202f;; marquez la dernière scène de chaque parcours avec &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is caught in a loop: no path from it reaches an ending</source>
        <translation>la scène «&#xa0;%1&#xa0;» est prise dans une boucle&#xa0;: aucun chemin ne mène d’elle à une fin</translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message>
        <source>Scenario details</source>
        <translation>Détails du scénario</translation>
    </message>
    <message>
        <source>Summary, roles, decision points and debrief questions of the selected scenario</source>
        <translation>Résumé, rôles, points de décision et questions de débriefing du scénario sélectionné</translation>
    </message>
    <message>
        <source>Choose a scenario from the list to see its roles, decision points and debrief questions.</source>
        <translation>Choisissez un scénario dans la liste pour voir ses rôles, ses points de décision et ses questions de débriefing.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3–%4 people</source>
        <translation>%1 · %2 minutes · %3 à %4 personnes</translation>
    </message>
    <message>
        <source>Warnings from checking this file (it runs anyway)</source>
        <translation>Avertissements issus de la vérification de ce fichier (il fonctionne quand même)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>observer role</source>
        <translation>rôle d’observation</translation>
    </message>
    <message>
        <source>Decision points</source>
        <translation>Points de décision</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation>
            <numerusform>Minuteur&#xa0;: %n seconde</numerusform>
            <numerusform>Minuteur&#xa0;: %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Grille d’observation</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Quoi&#x202f;?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>Et alors&#x202f;?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Et maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>another scenario file already uses the id &quot;%1&quot; (%2); this one was not loaded</source>
        <translation>un autre fichier de scénario utilise déjà l’id «&#xa0;%1&#xa0;» (%2)&#x202f;; celui-ci n’a pas été chargé</translation>
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
            <numerusform>%1, %2, %n minute</numerusform>
            <numerusform>%1, %2, %n minutes</numerusform>
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
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; scenario files are a few kilobytes</source>
        <translation>le fichier dépasse 1 Mio&#x202f;; un fichier de scénario pèse quelques kilo-octets</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>le fichier est un texte UTF-16&#x202f;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; scenario files must be UTF-8 text (is it UTF-16 or binary?)</source>
        <translation>le fichier contient un octet NUL&#x202f;; les fichiers de scénario doivent être du texte UTF-8 (est-il en UTF-16 ou binaire&#x202f;?)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>le fichier n’est pas en UTF-8 valide&#x202f;; enregistrez-le en UTF-8</translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>the file is empty; a scenario starts with &quot;format: %1&quot;</source>
        <translation>le fichier est vide&#x202f;; un scénario commence par &quot;format: %1&quot;</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version of Upstander reads &quot;%2&quot;</source>
        <translation>format «&#xa0;%1&#xa0;» non pris en charge&#x202f;; cette version d’Upstander lit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected one of: %2</source>
        <translation>thème inconnu «&#xa0;%1&#xa0;»&#x202f;; thèmes attendus&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>thème inconnu «&#xa0;%1&#xa0;»&#x202f;; vouliez-vous dire «&#xa0;%2&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>&quot;max&quot; (%1) is smaller than &quot;min&quot; (%2)</source>
        <translation>&quot;max&quot; (%1) est inférieur à &quot;min&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;ending: false&quot; says nothing; leave &quot;ending&quot; out of scenes that are not endings</source>
        <translation>&quot;ending: false&quot; n’apporte rien&#x202f;; omettez &quot;ending&quot; dans les scènes qui ne sont pas des fins</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; has %2; a scene does exactly one of &quot;next&quot;, &quot;decision&quot; or &quot;ending&quot;</source>
        <translation>la scène «&#xa0;%1&#xa0;» a %2&#x202f;; une scène contient exactement un seul des éléments &quot;next&quot;, &quot;decision&quot; ou &quot;ending&quot;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>a decision needs two to six options, this one has %1</source>
        <translation>une décision doit avoir de deux à six options&#x202f;; celle-ci en a %1</translation>
    </message>
    <message>
        <source>the content note has %1 characters; participants read it on a phone before the role-play, so keep it to %2</source>
        <translation>la note sur le contenu compte %1 caractères&#x202f;; les participants la lisent sur leur téléphone avant le jeu de rôle, limitez-la donc à %2</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario runner: %1</source>
        <translation>Déroulé du scénario&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role &amp;cards…</source>
        <translation>&amp;Cartes de rôle…</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Cartes de rôle</translation>
    </message>
    <message>
        <source>Every role&apos;s private brief and the observer checklist, to print or save as PDF</source>
        <translation>La consigne confidentielle de chaque rôle et la grille d’observation, à imprimer ou à enregistrer en PDF</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Reco&amp;mmencer</translation>
    </message>
    <message>
        <source>Start the scenario over</source>
        <translation>Recommencer le scénario</translation>
    </message>
    <message>
        <source>Back to the first scene; recorded votes are kept</source>
        <translation>Retour à la première scène&#x202f;; les votes enregistrés sont conservés</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Pro&amp;jeter</translation>
    </message>
    <message>
        <source>Current scene</source>
        <translation>Scène en cours</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Minuteur des tours</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← Ret&amp;our</translation>
    </message>
    <message>
        <source>Back to the previous scene</source>
        <translation>Revenir à la scène précédente</translation>
    </message>
    <message>
        <source>&amp;Next scene →</source>
        <translation>Scène su&amp;ivante →</translation>
    </message>
    <message>
        <source>Next scene</source>
        <translation>Scène suivante</translation>
    </message>
    <message>
        <source>&amp;Debrief →</source>
        <translation>Débriefin&amp;g →</translation>
    </message>
    <message>
        <source>Go on to the debrief</source>
        <translation>Passer au débriefing</translation>
    </message>
    <message>
        <source>Finish scenario</source>
        <translation>Terminer le scénario</translation>
    </message>
    <message>
        <source>Finish the scenario</source>
        <translation>Terminer le scénario</translation>
    </message>
    <message>
        <source>Facilitator notes and timer</source>
        <translation>Notes d’animation et minuteur</translation>
    </message>
    <message>
        <source>Previous scene</source>
        <translation>Scène précédente</translation>
    </message>
    <message>
        <source>Next scene or debrief</source>
        <translation>Scène suivante ou débriefing</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Projeter</translation>
    </message>
    <message>
        <source>Take the next vote away</source>
        <translation>Le prochain chiffre retire un vote</translation>
    </message>
    <message>
        <source>Add a vote to option %1</source>
        <translation>Ajouter un vote à l’option %1</translation>
    </message>
    <message>
        <source>Take a vote from option %1</source>
        <translation>Retirer un vote à l’option %1</translation>
    </message>
    <message>
        <source>Put this scene&apos;s narration on the audience screen (%1)</source>
        <translation>Afficher la narration de cette scène sur l’écran du public (%1)</translation>
    </message>
    <message>
        <source>Back to the previous scene on the path (%1)</source>
        <translation>Revenir à la scène précédente du parcours (%1)</translation>
    </message>
    <message>
        <source>On to the next scene (%1)</source>
        <translation>Passer à la scène suivante (%1)</translation>
    </message>
    <message>
        <source>“%1” is over</source>
        <translation>«&#xa0;%1&#xa0;» est terminé</translation>
    </message>
    <message>
        <source>Thank you for taking part.</source>
        <translation>Merci pour votre participation.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Débriefing&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Quoi&#x202f;?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>Et alors&#x202f;?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Et maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start “%1” over from the first scene?</source>
        <translation>Recommencer «&#xa0;%1&#xa0;» depuis la première scène&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) at this scenario&apos;s decisions in this session.</source>
        <translation>
            <numerusform>%n vote aux décisions de ce scénario dans cette séance.</numerusform>
            <numerusform>%n votes aux décisions de ce scénario dans cette séance.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept: each decision is asked again in the same question, where votes counted by hand are added to them and a phone&apos;s new answer replaces its earlier one. The results and the report count both runs together.</source>
        <translation>Ils sont conservés&#xa0;: chaque décision est reposée sous la même question&#x202f;; les votes à main levée s’ajoutent aux votes existants et la nouvelle réponse d’un téléphone remplace la précédente. Les résultats et le rapport cumulent les deux passages.</translation>
    </message>
    <message>
        <source>&amp;Keep Votes and Start Over</source>
        <translation>Conserver les &amp;votes et recommencer</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The scenario has ended and the projector says so. Start over to run it again, or choose another scenario from the library.</source>
        <translation>Le scénario est terminé et la projection l’indique. Recommencez pour le rejouer, ou choisissez un autre scénario dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Thank the people who played the roles and the observers, and give the room a moment before the next part of the workshop.</source>
        <translation>Remerciez les personnes qui ont joué les rôles et celles qui ont observé, et laissez au groupe un moment avant la suite de l’atelier.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Debrief: What? So what? Now what?</source>
        <translation>Débriefing&#xa0;: Quoi&#x202f;? Et alors&#x202f;? Et maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>What? (what happened)</source>
        <translation>Quoi&#x202f;? (ce qui s’est passé)</translation>
    </message>
    <message>
        <source>So what? (why it matters)</source>
        <translation>Et alors&#x202f;? (pourquoi c’est important)</translation>
    </message>
    <message>
        <source>Now what? (what each of us will do)</source>
        <translation>Et maintenant&#x202f;? (ce que chacun de nous va faire)</translation>
    </message>
    <message>
        <source>Take the three kinds of question in order and give each its own time. Let the room answer before you offer your own view. Invite, never require: anyone may pass.</source>
        <translation>Abordez les trois types de questions dans l’ordre, en accordant à chacun un temps dédié. Laissez le groupe répondre avant de donner votre avis. Invitez, sans jamais obliger&#xa0;: chaque personne peut passer.</translation>
    </message>
    <message>
        <source>Debrief timer</source>
        <translation>Minuteur du débriefing</translation>
    </message>
    <message>
        <source>Scene %1 · Decision point</source>
        <translation>Scène %1 · Point de décision</translation>
    </message>
    <message>
        <source>Scene %1 · Ending</source>
        <translation>Scène %1 · Fin</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Scène %1</translation>
    </message>
    <message>
        <source>Narration: %1</source>
        <translation>Narration&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is an ending of the scenario. When the room is ready, go on to the debrief.</source>
        <translation>C’est une fin du scénario. Quand le groupe est prêt, passez au débriefing.</translation>
    </message>
    <message>
        <source>Show on the projector that the scenario is over</source>
        <translation>Projeter que le scénario est terminé</translation>
    </message>
    <message>
        <source>Show the debrief questions on the projector</source>
        <translation>Projeter les questions de débriefing</translation>
    </message>
    <message>
        <source>Show the narration on the projector</source>
        <translation>Projeter la narration</translation>
    </message>
    <message>
        <source>No audience screen is open.</source>
        <translation>Aucun écran du public n’est ouvert.</translation>
    </message>
    <message>
        <source>On the projector now.</source>
        <translation>Projeté en ce moment.</translation>
    </message>
    <message>
        <source>The projector says that the scenario is over.</source>
        <translation>La projection indique que le scénario est terminé.</translation>
    </message>
    <message>
        <source>the welcome screen</source>
        <translation>l’écran d’accueil</translation>
    </message>
    <message>
        <source>the group&apos;s agreements</source>
        <translation>les règles communes du groupe</translation>
    </message>
    <message>
        <source>the narration of “%1”</source>
        <translation>la narration de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a question and its options</source>
        <translation>une question et ses options</translation>
    </message>
    <message>
        <source>revealed results</source>
        <translation>les résultats dévoilés</translation>
    </message>
    <message>
        <source>debrief questions</source>
        <translation>les questions de débriefing</translation>
    </message>
    <message>
        <source>how to join from a phone</source>
        <translation>comment participer depuis un téléphone</translation>
    </message>
    <message>
        <source>the request for commitments</source>
        <translation>l’invitation à s’engager</translation>
    </message>
    <message>
        <source>the group&apos;s commitments</source>
        <translation>les engagements du groupe</translation>
    </message>
    <message>
        <source>The projector shows %1.</source>
        <translation>La projection montre %1.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Path so far: %1</source>
        <translation>Parcours jusqu’ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Note sur le contenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Phones show this note while the role-play is on; anyone can sit it out there</source>
        <translation>Les téléphones affichent cette note pendant le jeu de rôle&#x202f;; chacun peut s’y mettre en retrait</translation>
    </message>
    <message>
        <source>Chosen on their phones; only the number is shown, here alone, never on the projector</source>
        <translation>Choisi sur les téléphones&#x202f;; seul le nombre est affiché, ici seulement, jamais sur le projecteur</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) sitting this role-play out</source>
        <translation>
            <numerusform>%n personne en retrait de ce jeu de rôle</numerusform>
            <numerusform>%n personnes en retrait de ce jeu de rôle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message>
        <source>option --ts needs a file name</source>
        <translation>l’option --ts attend un nom de fichier</translation>
    </message>
    <message>
        <source>unknown option %1 for scenario-strings</source>
        <translation>option inconnue %1 pour scenario-strings</translation>
    </message>
    <message>
        <source>scenario-strings needs --ts FILE.ts and at least one scenario file</source>
        <translation>scenario-strings attend --ts FICHIER.ts et au moins un fichier de scénario</translation>
    </message>
    <message>
        <source>No translation file written: fix the scenario files first.</source>
        <translation>Aucun fichier de traduction écrit&#xa0;: corrigez d’abord les fichiers de scénario.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation>
            <numerusform>%1&#xa0;: %n message, dont %2 à finaliser.</numerusform>
            <numerusform>%1&#xa0;: %n messages, dont %2 à finaliser.</numerusform>
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
        <translation>Utilisation&#xa0;: upstander scenario-strings --ts FICHIER.ts SCÉNARIO...

Écrit les textes traduisibles des scénarios dans le fichier Qt Linguist
FICHIER.ts, en conservant les traductions qui s’y trouvent déjà. La langue
est celle indiquée dans le fichier, ou déduite de son nom (scenarios_de.ts
correspond à l’allemand). Rien n’est écrit tant qu’un scénario contient des
erreurs.

Options&#xa0;:
  --ts FICHIER.ts  le fichier de traduction à créer ou à mettre à jour
  -h, --help       affiche cette aide et quitte

Codes de sortie&#xa0;: 0 écrit, 1 impossible de lire ou d’écrire un scénario ou le
fichier, 2 erreur d’utilisation. Traduire les scénarios&#xa0;: docs/translations.md.
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
        <source>Ph&amp;ase:</source>
        <translation>P&amp;hase&#xa0;:</translation>
    </message>
    <message>
        <source>Tally: the group stands on a line</source>
        <translation>Comptage&#xa0;: le groupe se place sur une ligne</translation>
    </message>
    <message>
        <source>Hot seat: the laptop goes round</source>
        <translation>À tour de rôle&#xa0;: l’ordinateur circule</translation>
    </message>
    <message>
        <source>&amp;Collect by:</source>
        <translation>&amp;Mode de recueil&#xa0;:</translation>
    </message>
    <message>
        <source>How answers are collected</source>
        <translation>Mode de recueil des réponses</translation>
    </message>
    <message>
        <source>Show &amp;Question on Projector</source>
        <translation>Projeter la &amp;question</translation>
    </message>
    <message>
        <source>Count the people standing at each stage. Press 1–5 to add one; press − and then a number to take one away; Ctrl+Z undoes.</source>
        <translation>Comptez les personnes placées à chaque étape. Appuyez sur 1 à 5 pour en ajouter une&#x202f;; appuyez sur − puis sur un chiffre pour en retirer une&#x202f;; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Next number takes one away</source>
        <translation>Le prochain chiffre en retire une</translation>
    </message>
    <message>
        <source>The laptop goes round the room and each person places themselves. &quot;Hand Over&quot; locks the console to a screen with only the question, the five stages and &quot;Pass&quot;: no tabs, notes, results or undo. Unlock it with %1 to take the laptop back; then Ctrl+Z takes back the last answer.</source>
        <translation>L’ordinateur fait le tour de la salle et chaque personne se situe. «&#xa0;Confier l’ordinateur&#xa0;» verrouille la console sur un écran qui ne montre que la question, les cinq étapes et «&#xa0;Passer&#xa0;»&#xa0;: ni onglets, ni notes, ni résultats, ni annulation. Déverrouillez-la avec %1 pour reprendre l’ordinateur&#x202f;; Ctrl+Z retire alors la dernière réponse.</translation>
    </message>
    <message>
        <source>Hand &amp;Over the Laptop</source>
        <translation>Confier l’&amp;ordinateur</translation>
    </message>
    <message>
        <source>Hot Seat</source>
        <translation>À tour de rôle</translation>
    </message>
    <message>
        <source>The results of this question are shown, so it takes no more answers. Hide the results to go on collecting.</source>
        <translation>Les résultats de cette question sont affichés&#xa0;: elle ne reçoit donc plus de réponses. Masquez les résultats pour continuer à en recueillir.</translation>
    </message>
    <message>
        <source>Self-Placement</source>
        <translation>Auto-positionnement</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>Impossible d’enregistrer la question&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already answered this question one by one or on a phone. Hands counted now are added to them, so only people who have not answered yet may be counted. Count hands as well?</source>
        <translation>
            <numerusform>%n personne a déjà répondu à cette question à tour de rôle ou sur un téléphone. Les mains comptées maintenant s’y ajoutent&#xa0;: ne comptez donc que les personnes qui n’ont pas encore répondu. Compter aussi les mains levées&#x202f;?</numerusform>
            <numerusform>%n personnes ont déjà répondu à cette question à tour de rôle ou sur un téléphone. Les mains comptées maintenant s’y ajoutent&#xa0;: ne comptez donc que les personnes qui n’ont pas encore répondu. Compter aussi les mains levées&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already counted by hand for this question. Answers given now are added to them, so only people who were not counted may answer. Take answers one by one as well?</source>
        <translation>
            <numerusform>%n personne a déjà été comptée à main levée pour cette question. Les réponses données maintenant s’y ajoutent&#xa0;: seules les personnes qui n’ont pas été comptées peuvent donc répondre. Recueillir aussi les réponses à tour de rôle&#x202f;?</numerusform>
            <numerusform>%n personnes ont déjà été comptées à main levée pour cette question. Les réponses données maintenant s’y ajoutent&#xa0;: seules les personnes qui n’ont pas été comptées peuvent donc répondre. Recueillir aussi les réponses à tour de rôle&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Count both ways?</source>
        <translation>Compter des deux façons&#x202f;?</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Dévoiler</translation>
    </message>
    <message>
        <source>The results could not be shown or hidden.</source>
        <translation>Impossible d’afficher ou de masquer les résultats.</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Position du groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>Add one to %1</source>
        <translation>Ajouter 1 à %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n personne</numerusform>
            <numerusform>%1&#xa0;: %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one from %1</source>
        <translation>Retirer 1 à %1</translation>
    </message>
    <message>
        <source>Where are you today? Tap the stage that fits you best, or press its number. Nobody sees your answer.</source>
        <translation>Où en êtes-vous aujourd’hui&#x202f;? Touchez l’étape qui vous correspond le mieux, ou appuyez sur son numéro. Personne ne voit votre réponse.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Comptées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered one by one or from phones</source>
        <translation>
            <numerusform>%n personne a répondu à tour de rôle ou par téléphone</numerusform>
            <numerusform>%n personnes ont répondu à tour de rôle ou par téléphone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all · counted by hand: %1 · answered one by one or from phones: %2</source>
        <translation>
            <numerusform>%n personne au total · comptées à main levée&#xa0;: %1 · réponses à tour de rôle ou par téléphone&#xa0;: %2</numerusform>
            <numerusform>%n personnes au total · comptées à main levée&#xa0;: %1 · réponses à tour de rôle ou par téléphone&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The results are shown, so no more answers are counted. &quot;Hide Results&quot; or &quot;Show Question on Projector&quot; asks the question again.</source>
        <translation>Les résultats sont affichés&#xa0;: aucune autre réponse n’est comptée. «&#xa0;Masquer les résultats&#xa0;» ou «&#xa0;Projeter la question&#xa0;» pose de nouveau la question.</translation>
    </message>
    <message>
        <source>Hide Res&amp;ults</source>
        <translation>Masquer les rés&amp;ultats</translation>
    </message>
    <message>
        <source>Reveal Res&amp;ults</source>
        <translation>Dévoiler les rés&amp;ultats</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>SessionCharts</name>
    <message>
        <source>Where the group stands</source>
        <translation>Position du groupe</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>How people see themselves and what they chose</source>
        <translation>Comment les personnes se voient et ce qu’elles ont choisi</translation>
    </message>
    <message>
        <source>Votes at a decision</source>
        <translation>Votes à une décision</translation>
    </message>
    <message>
        <source>Cohort trend</source>
        <translation>Évolution de la cohorte</translation>
    </message>
    <message>
        <source>On average, people place themselves where their choices are.</source>
        <translation>En moyenne, les personnes se situent au niveau de leurs choix.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages further along than their choices.</source>
        <translation>En moyenne, les personnes se situent %1 étapes plus loin que leurs choix.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages behind their choices.</source>
        <translation>En moyenne, les personnes se situent %1 étapes en deçà de leurs choix.</translation>
    </message>
    <message>
        <source>Where people place themselves</source>
        <translation>Où les personnes se situent</translation>
    </message>
    <message>
        <source>The stages of their choices</source>
        <translation>Les étapes de leurs choix</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Position du groupe&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Pas encore de décision</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Paramètres de la séance</translation>
    </message>
    <message>
        <source>e.g. Leadership team, spring workshop</source>
        <translation>p. ex. Équipe de direction, atelier de printemps</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>optional; the same name links a later follow-up</source>
        <translation>facultatif&#x202f;; le même nom relie une séance de suivi ultérieure</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> réponses</translation>
    </message>
    <message>
        <source>&amp;Show results from:</source>
        <translation>&amp;Afficher les résultats à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>No result, chart or commitment is shown or exported while it rests on fewer answers than this, so nobody can be singled out.</source>
        <translation>Aucun résultat, graphique ou engagement n’est affiché ni exporté tant qu’il repose sur moins de réponses que ce seuil&#xa0;: personne ne peut ainsi être identifié.</translation>
    </message>
    <message>
        <source>Name for stage %1, %2</source>
        <translation>Nom de l’étape %1, %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Leave a field empty to use the standard name. The order and colours of the stages stay the same.</source>
        <translation>Laissez un champ vide pour utiliser le nom standard. L’ordre et les couleurs des étapes ne changent pas.</translation>
    </message>
    <message>
        <source>Stage na&amp;mes</source>
        <translation>&amp;Noms des étapes</translation>
    </message>
    <message>
        <source>As the room will see it, e.g. Sam Okafor</source>
        <translation>Tel que le groupe le verra, p. ex. Sam Okafor</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>One item per line, e.g. 9:30 Where we stand</source>
        <translation>Un point par ligne, p. ex. 9h30 Où nous en sommes</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;Programme&#xa0;:</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>Une règle par ligne</translation>
    </message>
    <message>
        <source>Our &amp;agreements:</source>
        <translation>Nos &amp;règles communes&#xa0;:</translation>
    </message>
    <message>
        <source>Shown on the projector when the session opens, and again with View ▸ Projector: Welcome Screen.</source>
        <translation>Projeté à l’ouverture de la séance, et de nouveau avec Affichage ▸ Projection&#xa0;: écran d’accueil.</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>Écran d’acc&amp;ueil</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>An earlier cohort: this session joins its trend.</source>
        <translation>Une cohorte existante&#xa0;: cette séance rejoint son évolution.</translation>
    </message>
    <message>
        <source>Saved as “%1”, the earlier cohort: this session joins its trend.</source>
        <translation>Enregistrée sous «&#xa0;%1&#xa0;», la cohorte existante&#xa0;: cette séance rejoint son évolution.</translation>
    </message>
    <message>
        <source>A new cohort: later sessions with the same name are compared with it.</source>
        <translation>Une nouvelle cohorte&#xa0;: les séances ultérieures portant le même nom lui seront comparées.</translation>
    </message>
    <message>
        <source>A new cohort. Did you mean “%1”? A different spelling starts a separate trend.</source>
        <translation>Une nouvelle cohorte. Vouliez-vous dire «&#xa0;%1&#xa0;»&#x202f;? Une orthographe différente démarre une évolution distincte.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>No session is open.</source>
        <translation>Aucune séance n’est ouverte.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Il n’y a pas de séance %1.</translation>
    </message>
    <message>
        <source>The commitment is empty.</source>
        <translation>L’engagement est vide.</translation>
    </message>
    <message>
        <source>A commitment has at most %1 characters; this one has %2.</source>
        <translation>Un engagement compte au plus %1 caractères&#x202f;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <source>The commitment is no longer there.</source>
        <translation>L’engagement n’existe plus.</translation>
    </message>
    <message>
        <source>Answers are recorded in this question, so it stays.</source>
        <translation>Des réponses sont enregistrées pour cette question&#x202f;; elle est donc conservée.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La question est vide.</translation>
    </message>
    <message>
        <source>A question has at most %1 characters.</source>
        <translation>Une question compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The question contains control characters.</source>
        <translation>La question contient des caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so this chart is not shown.</source>
        <translation>Moins de %1 personnes ont répondu&#xa0;: ce graphique n’est donc pas affiché.</translation>
    </message>
    <message>
        <source>Where the group stood before the scenarios</source>
        <translation>Position du groupe avant les scénarios</translation>
    </message>
    <message>
        <source>Where people place themselves on the spectrum, against the stages of the options they chose in the scenarios.</source>
        <translation>Où les personnes se situent sur le spectre, comparé aux étapes des options qu’elles ont choisies dans les scénarios.</translation>
    </message>
    <message>
        <source>Report made %1 with Upstander.</source>
        <translation>Rapport établi le %1 avec Upstander.</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Cohorte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Where people stood.</source>
        <translation>Où se situaient les personnes.</translation>
    </message>
    <message>
        <source>Self-view and choices.</source>
        <translation>Image de soi et choix.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Fewer than %1 people chose an option here, so the votes are not shown.</source>
        <translation>Moins de %1 personnes ont choisi une option ici&#xa0;: les votes ne sont donc pas affichés.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Questions de débriefing</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>Quoi&#x202f;?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>Et alors&#x202f;?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>Et maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Commitments are listed once at least %1 people have written one.</source>
        <translation>Les engagements sont listés dès qu’au moins %1 personnes en ont écrit un.</translation>
    </message>
    <message>
        <source>The next step from each stage</source>
        <translation>Le prochain pas à partir de chaque étape</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>Impossible de commencer à dessiner le rapport.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>Commitments kept.</source>
        <translation>Engagements tenus.</translation>
    </message>
    <message>
        <source>Did people do what they committed to?</source>
        <translation>Les participants ont-ils tenu leur engagement&#x202f;?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Did it</source>
        <translation>Engagements tenus</translation>
    </message>
    <message>
        <source>Of the people who had made a commitment and answered the check-in of a follow-up.</source>
        <translation>Parmi les personnes ayant pris un engagement et répondu au point d’étape d’une séance de suivi.</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>Where are you today?</source>
        <translation>Où en êtes-vous aujourd’hui&#x202f;?</translation>
    </message>
    <message>
        <source>Where are you now, after the scenarios?</source>
        <translation>Où en êtes-vous maintenant, après les scénarios&#x202f;?</translation>
    </message>
    <message>
        <source>Where are you now, weeks later?</source>
        <translation>Où en êtes-vous maintenant, quelques semaines plus tard&#x202f;?</translation>
    </message>
    <message>
        <source>Own what you intend and what it does: if something lands badly, listen first.</source>
        <translation>Assumer son intention et ses effets&#xa0;: si une parole blesse, écouter d’abord.</translation>
    </message>
    <message>
        <source>Challenge by choice: take part as far as feels right; passing is always fine.</source>
        <translation>Participer selon son choix&#xa0;: s’impliquer autant qu’on le souhaite&#x202f;; passer est toujours possible.</translation>
    </message>
    <message>
        <source>Question ideas, never attack people.</source>
        <translation>Remettre en question les idées, jamais attaquer les personnes.</translation>
    </message>
    <message>
        <source>Stories told here stay here; what we learn leaves with us.</source>
        <translation>Ce qui se dit ici reste ici&#x202f;; ce que nous apprenons repart avec nous.</translation>
    </message>
    <message>
        <source>There is no question %1 in this session.</source>
        <translation>Il n’y a pas de question %1 dans cette séance.</translation>
    </message>
    <message>
        <source>This question is not one to choose an option in.</source>
        <translation>Cette question ne propose pas d’options à choisir.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Cette question est close.</translation>
    </message>
    <message>
        <source>The participant token is missing or too long.</source>
        <translation>Le jeton du participant est absent ou trop long.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this question&apos;s choices.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des choix de cette question.</translation>
    </message>
    <message>
        <source>This participant sits out the role-play question %1 belongs to.</source>
        <translation>Cette personne s’est mise en retrait du jeu de rôle auquel appartient la question %1.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Did you do what you committed to?</source>
        <translation>Avez-vous tenu votre engagement&#x202f;?</translation>
    </message>
    <message>
        <source>Yes, I did</source>
        <translation>Oui, je l’ai tenu</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>I did not make a commitment</source>
        <translation>Je n’avais pas pris d’engagement</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. Upstander keeps every answer there and will not run without saving them; choose another folder with --data-dir.</source>
        <translation>Le dossier de données %1 est en lecture seule. Upstander y conserve chaque réponse et ne fonctionne pas sans pouvoir les enregistrer&#x202f;; choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not an Upstander database (it may be damaged). It was left unchanged; move it aside to start a new one.</source>
        <translation>%1 n’est pas une base de données Upstander (elle est peut-être endommagée). Elle n’a pas été modifiée&#x202f;; déplacez-la ailleurs pour en créer une nouvelle.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; move it aside to start a new one.</source>
        <translation>La base de données %1 est endommagée (%2). Elle n’a pas été modifiée&#x202f;; déplacez-la ailleurs pour en créer une nouvelle.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be set up: %2</source>
        <translation>Impossible de préparer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Earlier answers are not saved yet; try again.</source>
        <translation>Des réponses précédentes ne sont pas encore enregistrées&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Il n’y a pas de séance %1.</translation>
    </message>
    <message>
        <source>The commitment is no longer stored.</source>
        <translation>L’engagement n’est plus enregistré.</translation>
    </message>
    <message>
        <source>Question %1 is not there, or answers are recorded in it.</source>
        <translation>La question %1 n’existe pas, ou des réponses y sont enregistrées.</translation>
    </message>
    <message>
        <source>Session %1 cannot be put back: %2</source>
        <translation>La séance %1 ne peut pas être rétablie&#xa0;: %2</translation>
    </message>
    <message>
        <source>Session %1 is back already.</source>
        <translation>La séance %1 est déjà rétablie.</translation>
    </message>
</context>
<context>
    <name>SetGroupChoiceCommand</name>
    <message>
        <source>Clear the group&apos;s choice</source>
        <translation>Effacer le choix du groupe</translation>
    </message>
    <message>
        <source>The group chooses &quot;%1&quot;</source>
        <translation>Le groupe choisit «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>One row per command: where it is, what it does, its keys</source>
        <translation>Une ligne par commande&#xa0;: où elle se trouve, ce qu’elle fait, ses touches</translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Bystander</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Sees the unfairness happen and stays out of it.</source>
        <translation>Voit l’injustice se produire et reste en retrait.</translation>
    </message>
    <message>
        <source>The bystander is in the room when someone is excluded or demeaned and lets it pass. Rarely out of ill will: more often they are unsure what to say, uncomfortable, or quietly weighing the cost of speaking against the ease of silence. Most of us stand here more often than we would like to think; what is missing is skill, confidence and a culture that backs them up.</source>
        <translation>Le témoin est présent quand quelqu’un est exclu ou rabaissé, et laisse passer. C’est rarement par malveillance&#xa0;: le plus souvent, il ne sait pas quoi dire, se sent mal à l’aise, ou met en balance, sans le dire, le prix de la parole et le confort du silence. Nous sommes presque tous à cette étape plus souvent que nous ne le pensons&#x202f;; ce qui manque, ce sont des savoir-faire, de l’assurance et une culture qui les soutient.</translation>
    </message>
    <message>
        <source>Looks away or changes the subject when a remark lands badly</source>
        <translation>Détourne le regard ou change de sujet quand une remarque blesse</translation>
    </message>
    <message>
        <source>Waits for someone more senior to deal with it</source>
        <translation>Attend que quelqu’un de plus haut placé s’en occupe</translation>
    </message>
    <message>
        <source>Tells themselves it was only a joke, or not their business</source>
        <translation>Se dit que ce n’était qu’une blague, ou que cela ne le regarde pas</translation>
    </message>
    <message>
        <source>A colleague is talked over twice; the bystander notices, feels uneasy and moves on to the next agenda item.</source>
        <translation>Une collègue se fait couper la parole deux fois&#x202f;; le témoin le remarque, se sent mal à l’aise et passe au point suivant de l’ordre du jour.</translation>
    </message>
    <message>
        <source>Notice: pay deliberate attention to who speaks, who is interrupted and who is missing. Seeing the pattern is the first move.</source>
        <translation>Remarquer&#xa0;: observer délibérément qui parle, qui est interrompu et qui est absent. Voir ce qui se répète est le premier pas.</translation>
    </message>
    <message>
        <source>Passive supporter</source>
        <translation>Soutien passif</translation>
    </message>
    <message>
        <source>Agrees with inclusion when asked, but never starts anything.</source>
        <translation>Approuve l’inclusion quand on le lui demande, mais ne prend jamais l’initiative.</translation>
    </message>
    <message>
        <source>The passive supporter means it: they back the right policies, sit through the training and agree when the topic comes up. Their support is sincere but stays in reserve. It is never spent in the moment that would change something, so the people it is meant for never feel it.</source>
        <translation>Le soutien passif est sincère&#xa0;: il approuve les bonnes politiques, suit les formations et acquiesce quand le sujet est abordé. Mais ce soutien reste en réserve. Il ne s’exprime jamais au moment où il changerait quelque chose, si bien que les personnes à qui il est destiné ne le ressentent jamais.</translation>
    </message>
    <message>
        <source>Agrees in private after the meeting that something was unfair</source>
        <translation>Reconnaît en privé, après la réunion, que quelque chose était injuste</translation>
    </message>
    <message>
        <source>Votes for inclusive policies but does not raise them</source>
        <translation>Vote pour des politiques inclusives mais ne les propose pas</translation>
    </message>
    <message>
        <source>Attends training and events, then returns to business as usual</source>
        <translation>Participe aux formations et aux événements, puis reprend ses habitudes</translation>
    </message>
    <message>
        <source>Nods when someone else challenges a biased comment, and says afterwards in the corridor that they were right.</source>
        <translation>Acquiesce quand quelqu’un d’autre conteste un propos biaisé, et lui dit ensuite dans le couloir qu’il avait raison.</translation>
    </message>
    <message>
        <source>Name it: say something in the moment, specifically. It does not need to be perfect; silence costs more than an imperfect sentence.</source>
        <translation>Le dire&#xa0;: réagir sur le moment, de façon précise. Pas besoin que ce soit parfait&#x202f;; le silence coûte plus cher qu’une phrase maladroite.</translation>
    </message>
    <message>
        <source>Performative ally</source>
        <translation>Allié d’affichage</translation>
    </message>
    <message>
        <source>Visible in public, absent where it counts.</source>
        <translation>Visible en public, absent quand ça compte.</translation>
    </message>
    <message>
        <source>The performative ally posts, shares and speaks up where it is seen: at the awareness event, on social media, in the all-hands. When the hard, quiet work comes (the budget, the policy, the awkward conversation) they are elsewhere. Their support mostly serves their own reputation, and the people it claims to help can tell.</source>
        <translation>L’allié d’affichage publie, partage et prend la parole là où on le voit&#xa0;: à la journée de sensibilisation, sur les réseaux sociaux, en réunion plénière. Quand vient le travail difficile et discret (le budget, la politique interne, la conversation délicate), il est ailleurs. Son soutien sert surtout sa propre image, et les personnes qu’il prétend aider le sentent bien.</translation>
    </message>
    <message>
        <source>Shares the campaign post, skips the policy review</source>
        <translation>Partage la publication de la campagne, mais fait l’impasse sur la révision de la politique interne</translation>
    </message>
    <message>
        <source>Speaks about inclusion on stage, not in the hiring panel</source>
        <translation>Parle d’inclusion sur scène, pas dans le jury de recrutement</translation>
    </message>
    <message>
        <source>Expects thanks or visibility for acts of support</source>
        <translation>Attend des remerciements ou de la visibilité en échange de son soutien</translation>
    </message>
    <message>
        <source>Opens the meeting with a statement about valuing every voice, then lets the same two people talk for an hour.</source>
        <translation>Ouvre la réunion en affirmant que chaque voix compte, puis laisse les deux mêmes personnes parler pendant une heure.</translation>
    </message>
    <message>
        <source>Move the effort from being seen to changing something: pick one action no one will applaud and do it consistently.</source>
        <translation>Déplacer l’effort du paraître vers le changement&#xa0;: choisir une action que personne n’applaudira et s’y tenir.</translation>
    </message>
    <message>
        <source>Active ally</source>
        <translation>Allié actif</translation>
    </message>
    <message>
        <source>Steps in when it happens, without waiting for applause.</source>
        <translation>Intervient sur le moment, sans attendre d’applaudissements.</translation>
    </message>
    <message>
        <source>The active ally acts in real time. They speak up when something is wrong rather than when it is safe, make sure ideas are credited to the person who had them, and notice who is being left out of the conversation and make room for them. It shows in behaviour, again and again, not in announcements.</source>
        <translation>L’allié actif agit en temps réel. Il prend la parole quand quelque chose ne va pas, et pas seulement quand c’est sans risque&#x202f;; il veille à ce que les idées soient attribuées à qui les a eues&#x202f;; il remarque qui est tenu à l’écart de la conversation et lui fait de la place. Cela se voit dans ses actes, encore et encore, pas dans des déclarations.</translation>
    </message>
    <message>
        <source>Brings an overlooked idea back and names whose it was</source>
        <translation>Reprend une idée passée inaperçue et dit de qui elle vient</translation>
    </message>
    <message>
        <source>Interrupts a demeaning joke by pointing to its impact</source>
        <translation>Interrompt une blague dégradante en soulignant son effet</translation>
    </message>
    <message>
        <source>Corrects a mispronounced name or a wrong pronoun, calmly</source>
        <translation>Corrige avec calme un nom mal prononcé ou un pronom erroné</translation>
    </message>
    <message>
        <source>Asks the person affected what support they actually want</source>
        <translation>Demande à la personne concernée quel soutien elle souhaite vraiment</translation>
    </message>
    <message>
        <source>&quot;Before we move on, I&apos;d like to hear the end of Lina&apos;s point.&quot;</source>
        <translation>«&#xa0;Avant de passer à la suite, j’aimerais entendre Lina terminer son idée.&#xa0;»</translation>
    </message>
    <message>
        <source>Use what you have: your seniority, network, credibility or platform can change processes, not only moments.</source>
        <translation>Utiliser ce dont on dispose&#xa0;: son ancienneté, son réseau, sa crédibilité ou sa visibilité peuvent changer des processus, pas seulement des moments.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Moteur du changement</translation>
    </message>
    <message>
        <source>Uses their power to change the system, watched or not.</source>
        <translation>Utilise son pouvoir pour changer le système, qu’on le regarde ou non.</translation>
    </message>
    <message>
        <source>The advocate goes beyond the single incident to the process that keeps producing it. They use positional or social power to open doors, question criteria and challenge decisions that keep inequity in place, whether or not anyone is looking. They keep the focus on the people affected, not on themselves, and treat it as lifelong practice rather than a box ticked.</source>
        <translation>Le moteur du changement va au-delà de l’incident isolé, jusqu’au processus qui ne cesse de le reproduire. Il se sert de son pouvoir hiérarchique ou de son influence pour ouvrir des portes, interroger les critères et contester les décisions qui entretiennent les inégalités, que quelqu’un regarde ou non. Il garde l’attention sur les personnes concernées, pas sur lui-même, et en fait une pratique de toute une vie plutôt qu’une case à cocher.</translation>
    </message>
    <message>
        <source>Asks what the promotion criteria actually measure</source>
        <translation>Demande ce que mesurent réellement les critères de promotion</translation>
    </message>
    <message>
        <source>Secures budget and executive access for a resource group</source>
        <translation>Obtient un budget et un accès à la direction pour un réseau interne</translation>
    </message>
    <message>
        <source>Brings people into rooms and client meetings they are kept out of</source>
        <translation>Fait entrer des personnes dans des salles et des rendez-vous clients dont on les tient à l’écart</translation>
    </message>
    <message>
        <source>Pushes for pay and promotion data to be examined and published</source>
        <translation>Pousse pour que les données de rémunération et de promotion soient examinées et publiées</translation>
    </message>
    <message>
        <source>&quot;Who affected by this decision is not in this room, and how do we hear from them before we sign it off?&quot;</source>
        <translation>«&#xa0;Qui, parmi les personnes concernées par cette décision, n’est pas dans cette salle, et comment les entendre avant de la valider&#x202f;?&#xa0;»</translation>
    </message>
    <message>
        <source>Keep going and bring others with you: make active allyship the norm in your team rather than the exception.</source>
        <translation>Continuer et entraîner les autres&#xa0;: faire en sorte qu’être allié actif soit la norme dans son équipe, et non l’exception.</translation>
    </message>
</context>
<context>
    <name>StageChip</name>
    <message>
        <source>Stage: %1</source>
        <translation>Étape&#xa0;: %1</translation>
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
        <translation>Étape</translation>
    </message>
    <message>
        <source>Share of the group (%)</source>
        <translation>Part du groupe (%)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
            <numerusform>%1&#xa0;: %n choix</numerusform>
            <numerusform>%1&#xa0;: %n choix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1&#xa0;: %n personne</numerusform>
            <numerusform>%1&#xa0;: %n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterActions</name>
    <message>
        <source>Learn about an experience unlike mine from a book, article or podcast, without asking a colleague to teach me</source>
        <translation>Découvrir une expérience différente de la mienne grâce à un livre, un article ou un podcast, sans demander à mes collègues de me l’expliquer</translation>
    </message>
    <message>
        <source>Write down one advantage I have at work and one way to use it for someone else</source>
        <translation>Noter un avantage dont je bénéficie au travail et une façon de le mettre au service de quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Take an implicit association test and reflect on the result</source>
        <translation>Passer un test d’associations implicites et réfléchir au résultat</translation>
    </message>
    <message>
        <source>In one conversation a day, listen to the end before I answer</source>
        <translation>Dans une conversation par jour, écouter jusqu’au bout avant de répondre</translation>
    </message>
    <message>
        <source>When someone tells me about being excluded, believe them and say so</source>
        <translation>Quand une personne me dit avoir été mise à l’écart, la croire et le lui dire</translation>
    </message>
    <message>
        <source>Bring back an idea that was talked over, and name whose it was</source>
        <translation>Reprendre une idée passée sous silence, en disant de qui elle vient</translation>
    </message>
    <message>
        <source>Correct the record when someone&apos;s work is credited to another person</source>
        <translation>Rétablir les faits quand le travail d’une personne est attribué à une autre</translation>
    </message>
    <message>
        <source>Use my platform to point to a colleague&apos;s achievement</source>
        <translation>Utiliser ma visibilité pour mettre en avant la réussite d’une personne avec qui je travaille</translation>
    </message>
    <message>
        <source>Recommend a colleague from an under-represented group for a stretch project</source>
        <translation>Recommander pour un projet formateur une personne d’un groupe sous-représenté</translation>
    </message>
    <message>
        <source>Speak up about a &quot;joke&quot; by naming its impact, not arguing intent</source>
        <translation>Réagir à une «&#xa0;blague&#xa0;» en nommant son effet, sans débattre de l’intention</translation>
    </message>
    <message>
        <source>Learn to say every name in my team correctly, and correct others calmly</source>
        <translation>Apprendre à prononcer correctement chaque nom de mon équipe, et corriger les autres avec calme</translation>
    </message>
    <message>
        <source>Use people&apos;s pronouns and gender-neutral words in meetings and writing</source>
        <translation>Employer les pronoms de chaque personne et des mots non genrés en réunion et à l’écrit</translation>
    </message>
    <message>
        <source>When corrected, apologise briefly, fix it, and move on without excuses</source>
        <translation>Quand on me corrige, m’excuser brièvement, rectifier et passer à la suite sans me justifier</translation>
    </message>
    <message>
        <source>Ask for feedback on how I show up, and thank the person who gives it</source>
        <translation>Demander un retour sur ma façon d’être avec les autres, et remercier la personne qui me le donne</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Answers could not be saved (%1). They are kept in memory and saving is retried; free some disk space if it is full.</source>
        <translation>Impossible d’enregistrer les réponses (%1). Elles sont gardées en mémoire et l’enregistrement est retenté&#x202f;; libérez de l’espace si le disque est plein.</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>upgrading the database failed at &quot;%1&quot;: %2</source>
        <translation>la mise à jour de la base de données a échoué lors de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database&apos;s version cannot be read</source>
        <translation>impossible de lire la version de la base de données</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Upstander (format %1; this version reads up to %2). It was left unchanged; update Upstander to open it.</source>
        <translation>la base de données a été écrite par une version plus récente d’Upstander (format %1&#x202f;; cette version lit jusqu’au format %2). Elle n’a pas été modifiée&#x202f;; mettez Upstander à jour pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Amplifying voices</source>
        <translation>Amplifier les voix</translation>
    </message>
    <message>
        <source>Giving credit</source>
        <translation>Reconnaître le travail des autres</translation>
    </message>
    <message>
        <source>Microaggressions</source>
        <translation>Micro-agressions</translation>
    </message>
    <message>
        <source>Names and inclusive language</source>
        <translation>Noms et langage inclusif</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>Recrutement</translation>
    </message>
    <message>
        <source>Opening opportunities</source>
        <translation>Ouvrir des perspectives</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>Réseaux internes</translation>
    </message>
    <message>
        <source>Performative gestures</source>
        <translation>Gestes d’affichage</translation>
    </message>
    <message>
        <source>Challenging the process</source>
        <translation>Remettre en cause le processus</translation>
    </message>
    <message>
        <source>Listening first</source>
        <translation>Écouter d’abord</translation>
    </message>
    <message>
        <source>Owning mistakes</source>
        <translation>Reconnaître ses erreurs</translation>
    </message>
    <message>
        <source>Using access</source>
        <translation>Mettre ses accès à profit</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Mean stage</source>
        <translation>Étape moyenne</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean stage, on a scale of %1</source>
        <translation>Étape moyenne, sur une échelle de %1</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 non affiché</translation>
    </message>
    <message>
        <source>%1 mean stage %2</source>
        <translation>%1 étape moyenne %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two names</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three names</comment>
        <translation>%1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s)</source>
        <comment>names</comment>
        <translation>
            <numerusform>%1, %2 et %n autre</numerusform>
            <numerusform>%1, %2 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 speaks</source>
        <translation>%1 parle</translation>
    </message>
    <message>
        <source>%1 plays %2</source>
        <translation>%1 joue %2</translation>
    </message>
    <message>
        <source>%1 responds</source>
        <translation>%1 répond</translation>
    </message>
    <message>
        <source>%1 observes</source>
        <translation>%1 observe</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>unknown option %1 for validate</source>
        <translation>option inconnue %1 pour validate</translation>
    </message>
    <message>
        <source>validate needs at least one scenario file</source>
        <translation>validate attend au moins un fichier de scénario</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation>
            <numerusform>%n fichier vérifié, aucune erreur.</numerusform>
            <numerusform>%n fichiers vérifiés, aucune erreur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 with errors.</source>
        <translation>
            <numerusform>%n fichier vérifié, %1 avec des erreurs.</numerusform>
            <numerusform>%n fichiers vérifiés, %1 avec des erreurs.</numerusform>
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
        <translation>Utilisation&#xa0;: upstander validate [-q|--quiet] [--] FICHIER...

Vérifie des fichiers de scénario&#xa0;: une ligne par problème sur la sortie
standard, FICHIER:LIGNE:COL: error: MESSAGE (ou warning:), et un résumé sur la
sortie d’erreur.

Options&#xa0;:
  -q, --quiet   pas de résumé sur la sortie d’erreur
  --            tout argument qui suit est un fichier, même s’il commence par -
  -h, --help    affiche cette aide et quitte

Codes de sortie&#xa0;: 0 aucun fichier ne contient d’erreur (de simples
avertissements sont acceptés), 1 un fichier en contient, 2 erreur
d’utilisation. Format des fichiers de scénario&#xa0;: docs/scenario-format.md.
</translation>
    </message>
</context>
<context>
    <name>WorkshopGuideDialog</name>
    <message>
        <source>Workshop Guide</source>
        <translation>Guide de l’atelier</translation>
    </message>
    <message>
        <source>A workshop with Upstander</source>
        <translation>Un atelier avec Upstander</translation>
    </message>
    <message>
        <source>Session.</source>
        <translation>Séance.</translation>
    </message>
    <message>
        <source>Start a new session%1: a title, the date, the group&apos;s language and k, the smallest group whose answers are shown. Open the audience window on the projector%2.</source>
        <translation>Commencez une nouvelle séance%1&#xa0;: un titre, la date, la langue du groupe et k, le plus petit groupe dont les réponses sont affichées. Ouvrez la fenêtre du public sur le vidéoprojecteur%2.</translation>
    </message>
    <message>
        <source>Baseline.</source>
        <translation>Point de départ.</translation>
    </message>
    <message>
        <source>Ask &quot;Where are you today?&quot;. Invite phones%1, or count the group standing on the line with keys 1 to 5 (undo with %2), or pass the laptop round in the hot seat. Results stay hidden until you reveal them.</source>
        <translation>Demandez «&#xa0;Où en êtes-vous aujourd’hui&#x202f;?&#xa0;». Invitez les téléphones%1, ou comptez le groupe placé sur la ligne avec les touches 1 à 5 (annulation avec %2), ou faites circuler l’ordinateur à tour de rôle. Les résultats restent masqués jusqu’à ce que vous les dévoiliez.</translation>
    </message>
    <message>
        <source>Scenarios.</source>
        <translation>Scénarios.</translation>
    </message>
    <message>
        <source>Find a scenario in the library%1 and run it. Read the scene, hand out the role cards, start the round&apos;s timer%2. At a decision the group votes; reveal the stages, follow the branch, debrief.</source>
        <translation>Trouvez un scénario dans la bibliothèque%1 et lancez-le. Lisez la scène, distribuez les cartes de rôle, démarrez le minuteur du tour%2. À chaque décision, le groupe vote&#x202f;; dévoilez les étapes, suivez la branche, puis débriefez.</translation>
    </message>
    <message>
        <source>Close.</source>
        <translation>Clôture.</translation>
    </message>
    <message>
        <source>Ask where people are now (&quot;after&quot;), and invite each person to write one action for the next two weeks. Commitments stay anonymous.</source>
        <translation>Demandez où en sont les personnes maintenant («&#xa0;après&#xa0;»), et invitez chacune à écrire une action pour les deux prochaines semaines. Les engagements restent anonymes.</translation>
    </message>
    <message>
        <source>Review.</source>
        <translation>Bilan.</translation>
    </message>
    <message>
        <source>Look at the charts together: where the group stands, before and after, the decisions. Export the report%1.</source>
        <translation>Regardez les graphiques ensemble&#xa0;: la position du groupe, avant et après, les décisions. Exportez le rapport%1.</translation>
    </message>
    <message>
        <source>Follow-up.</source>
        <translation>Suivi.</translation>
    </message>
    <message>
        <source>Some weeks later run a short session for the same cohort: did people do what they committed to? The trend shows the sessions side by side.</source>
        <translation>Quelques semaines plus tard, organisez une courte séance pour la même cohorte&#xa0;: les personnes ont-elles fait ce à quoi elles s’étaient engagées&#x202f;? L’évolution montre les séances côte à côte.</translation>
    </message>
    <message>
        <source>Every key: Help ▸ Keyboard Shortcuts. Numbers below k are never shown on the projector or the phones.</source>
        <translation>Toutes les touches&#xa0;: Aide ▸ Raccourcis clavier. Les nombres inférieurs à k ne sont jamais affichés sur le vidéoprojecteur ni sur les téléphones.</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>YAML aliases (*name) are not allowed in scenario files; write the text out in full</source>
        <translation>les alias YAML (*nom) ne sont pas autorisés dans les fichiers de scénario&#x202f;; écrivez le texte en entier</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes; scenario files are far smaller</source>
        <translation>le fichier contient plus de %1 nœuds YAML&#x202f;; les fichiers de scénario sont bien plus petits</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; scenario files need only a few levels</source>
        <translation>imbrication de plus de %1 niveaux&#x202f;; les fichiers de scénario n’en demandent que quelques-uns</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;name) are not allowed in scenario files</source>
        <translation>les ancres YAML (&amp;nom) ne sont pas autorisées dans les fichiers de scénario</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>une valeur unique</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted text starting here is never closed; add the missing %1</source>
        <translation>erreur de syntaxe YAML&#xa0;: le texte entre guillemets qui commence ici n’est jamais fermé&#x202f;; ajoutez le %1 manquant</translation>
    </message>
    <message>
        <source>a second YAML document (after &quot;---&quot;); a scenario file holds exactly one</source>
        <translation>un second document YAML (après &quot;---&quot;)&#x202f;; un fichier de scénario n’en contient qu’un seul</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1</translation>
    </message>
</context>
</TS>
