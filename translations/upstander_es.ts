<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddCommitmentCommand</name>
    <message>
        <source>Add commitment</source>
        <translation>Añadir compromiso</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Upstander — Audience</source>
        <translation>Upstander — Público</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Pantalla del público</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Únete desde tu teléfono</translation>
    </message>
    <message>
        <source>One action in the next two weeks</source>
        <translation>Una acción en las próximas dos semanas</translation>
    </message>
    <message>
        <source>Phones are not invited yet.</source>
        <translation>Aún no se ha invitado a los teléfonos.</translation>
    </message>
    <message>
        <source>Time left: %1 seconds</source>
        <translation>Tiempo restante: %1 segundos</translation>
    </message>
</context>
<context>
    <name>ChangeSessionCommand</name>
    <message>
        <source>Change the session&apos;s settings</source>
        <translation>Cambiar la configuración de la sesión</translation>
    </message>
</context>
<context>
    <name>ChangeTallyCommand</name>
    <message>
        <source>Add one to &quot;%1&quot;</source>
        <translation>Sumar uno a «%1»</translation>
    </message>
    <message>
        <source>Take one from &quot;%1&quot;</source>
        <translation>Restar uno a «%1»</translation>
    </message>
</context>
<context>
    <name>ChartExportCommand</name>
    <message>
        <source>unknown chart &quot;%1&quot;; the charts are %2</source>
        <translation>gráfico desconocido &quot;%1&quot;; los gráficos son %2</translation>
    </message>
    <message>
        <source>--format %1 needs --chart NAME (%2); only pdf without --chart writes the whole report</source>
        <translation>--format %1 necesita --chart NOMBRE (%2); solo pdf sin --chart escribe el informe completo</translation>
    </message>
    <message>
        <source>--question goes with --chart distribution or decisions</source>
        <translation>--question va con --chart distribution o decisions</translation>
    </message>
    <message>
        <source>Session %1 has no question %2 for the %3 chart.</source>
        <translation>La sesión %1 no tiene la pregunta %2 para el gráfico %3.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>There is no chart called &quot;%1&quot;.</source>
        <translation>No hay ningún gráfico llamado «%1».</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message numerus="yes">
        <source>Needs at least %n answers</source>
        <translation>
            <numerusform>Necesita al menos %n respuesta</numerusform>
            <numerusform>Necesita al menos %n respuestas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exportar gráfico…</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in: did people do what they committed to?</source>
        <translation>Balance de compromisos: ¿hicieron las personas lo que se comprometieron a hacer?</translation>
    </message>
    <message>
        <source>Ask the group whether they did what they committed to at the workshop. Phones answer anonymously and never see what they wrote then; hands can be counted below.</source>
        <translation>Pregunta al grupo si hicieron lo que se comprometieron a hacer en el taller. Los teléfonos responden de forma anónima y nunca ven lo que se escribió entonces; abajo se pueden contar las manos alzadas.</translation>
    </message>
    <message>
        <source>Shows the check-in question on the projector and on participants&apos; phones</source>
        <translation>Muestra la pregunta del balance en el proyector y en los teléfonos de participantes</translation>
    </message>
    <message>
        <source>Take a hand off: %1</source>
        <translation>Quitar una mano alzada: %1</translation>
    </message>
    <message>
        <source>Count a hand: %1</source>
        <translation>Contar una mano alzada: %1</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>No se ha podido guardar la pregunta: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The answers could not be shown or hidden.</source>
        <translation>No se han podido mostrar ni ocultar las respuestas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hand(s) counted</source>
        <translation>
            <numerusform>%1: %n mano alzada contada</numerusform>
            <numerusform>%1: %n manos alzadas contadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Todavía no se ha hecho la pregunta.</translation>
    </message>
    <message>
        <source>Did it: %1 · Partly: %2 · Not yet: %3 · No commitment: %4. %5% of those who had made a commitment did it.</source>
        <translation>Cumplido: %1 · En parte: %2 · Todavía no: %3 · Sin compromiso: %4. El %5&#xa0;% de quienes habían hecho un compromiso lo cumplió.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. The numbers show once at least %1 people who had made a commitment have answered.</source>
        <translation>
            <numerusform>%n respuesta hasta ahora. Las cifras se muestran cuando hayan respondido al menos %1 personas que hicieron un compromiso.</numerusform>
            <numerusform>%n respuestas hasta ahora. Las cifras se muestran cuando hayan respondido al menos %1 personas que hicieron un compromiso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the Check-in &amp;Question</source>
        <translation>&amp;Hacer la pregunta del balance</translation>
    </message>
    <message>
        <source>Hide the A&amp;nswers</source>
        <translation>Esco&amp;nder las respuestas</translation>
    </message>
    <message>
        <source>Reveal the A&amp;nswers</source>
        <translation>E&amp;nseñar las respuestas</translation>
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
        <translation>Las respuestas están a la vista: el recuento es definitivo hasta que vuelvas a hacer la pregunta del balance</translation>
    </message>
</context>
<context>
    <name>CohortTrendModel</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>This session (not part of a cohort)</source>
        <translation>Esta sesión (no forma parte de ninguna cohorte)</translation>
    </message>
    <message>
        <source>Cohort “%1” over time</source>
        <translation>Evolución de la cohorte «%1»</translation>
    </message>
    <message>
        <source>The mean stage of each session&apos;s answers</source>
        <translation>La etapa media de las respuestas de cada sesión</translation>
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
        <translation>Prueba con &quot;upstander --help&quot; para más información.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>option --data-dir needs a folder</source>
        <translation>la opción --data-dir necesita una carpeta</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>--session goes with --serve</source>
        <translation>--session va con --serve</translation>
    </message>
    <message>
        <source>--serve needs HOST:PORT, an IP address and a port, e.g. 0.0.0.0:8080 (not &quot;%1&quot;)</source>
        <translation>--serve necesita HOST:PUERTO, una dirección IP y un puerto, p. ej. 0.0.0.0:8080 (no &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--session needs a session id (see &quot;upstander sessions&quot;) or &quot;new&quot;, not &quot;%1&quot;</source>
        <translation>--session necesita un id de sesión (consulta &quot;upstander sessions&quot;) o &quot;new&quot;, no &quot;%1&quot;</translation>
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
        <translation>Datos de las sesiones (una base de datos por carpeta de datos):
  sessions [--format table|tsv]
                     lista las sesiones, de la más reciente a la más antigua:
                     id, fecha, título, cohorte y número de respuestas; tsv
                     va separado por tabuladores, para scripts
  export --session ID --format csv|json --out ARCHIVO [--raw]
                     escribe los resultados de una sesión en ARCHIVO, de forma
                     atómica: las estadísticas del grupo (una que quede por
                     debajo del umbral de anonimato k aparece como
                     &quot;suppressed&quot;, sin cifras), o con --raw cada respuesta con
                     una clave nueva en cada exportación; sin --format, decide
                     la extensión de ARCHIVO
  export --session ID --format pdf|png|svg --out ARCHIVO [--chart NOMBRE]
                     el informe PDF de la sesión (pdf sin --chart), o un
                     gráfico: distribution, before-after, perception-gap,
                     decisions o cohort-trend (--question ID elige la
                     pregunta de distribution y decisions); no necesita
                     pantalla
  demo               crea una sesión de demostración (unas 25 personas, dos
                     escenarios, compromisos) y muestra su id
  --data-dir DIR     guarda las sesiones en DIR en lugar de la carpeta por
                     defecto (%1); vale para cualquier comando, antes o
                     después de él, y para el programa de escritorio

Columnas y formato JSON: docs/export.md.
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
        <translation>Eliminar sesiones (sin confirmación; nada queda legible en la base de datos):
  sessions --delete ID
                     elimina la sesión ID con todas sus respuestas, recuentos
                     y compromisos
  sessions --older-than N
                     elimina todas las sesiones con fecha de hace más de N meses

&quot;upstander COMANDO --help&quot; muestra las opciones de un comando.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
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
        <translation>Uso: upstander [OPCIONES] [COMANDO [ARGUMENTOS]]

Para dirigir talleres de alianza: el espectro de la alianza, escenarios de
juego de roles y las respuestas del grupo. Sin comando, se abre el programa de
escritorio.

Comandos:
  validate ARCHIVO...
                     comprueba archivos de escenario; escribe
                     ARCHIVO:LÍNEA:COL: error: MENSAJE por cada problema;
                     sale con 0 si ningún archivo tiene errores y con 1 si
                     alguno los tiene
  scenario-strings --ts ARCHIVO.ts ESCENARIO...
                     escribe los textos de los escenarios en un archivo de
                     Qt Linguist para traducirlos, conservando las
                     traducciones ya hechas

Opciones:
  --lang IDIOMA      usa el idioma IDIOMA (%1) en lugar del del sistema
  --serve HOST:PUERTO [--session ID|new]
                     abre el programa de escritorio con los teléfonos ya
                     invitados: sirve la página de participantes en
                     HOST:PUERTO (puerto 0: cualquiera libre), abre la sesión
                     ID o una nueva (por defecto) con la autoubicación inicial
                     en el proyector, y muestra la dirección y el código de
                     acceso
  -h, --help         muestra esta ayuda y termina
  -v, --version      muestra la versión y termina

Códigos de salida: 0 éxito, 1 fallo, 2 error de uso.
</translation>
    </message>
</context>
<context>
    <name>CommitmentCards</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Could not draw the commitment cards into %1.</source>
        <translation>No se han podido dibujar las tarjetas de compromisos en %1.</translation>
    </message>
</context>
<context>
    <name>CommitmentWall</name>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Type each commitment card as written, without names. Commitments appear in the report once there are enough of them to stay anonymous.</source>
        <translation>Transcribe cada tarjeta de compromiso tal como está escrita, sin nombres. Los compromisos aparecen en el informe cuando hay suficientes para que sigan siendo anónimos.</translation>
    </message>
    <message>
        <source>As&amp;k the Room</source>
        <translation>&amp;Preguntar al grupo</translation>
    </message>
    <message>
        <source>Shows the commitment prompt on the projector and opens the commitment box on participants&apos; phones</source>
        <translation>Muestra la invitación a comprometerse en el proyector y abre el cuadro de compromiso en los teléfonos de participantes</translation>
    </message>
    <message>
        <source>Show &amp;Wall on Projector</source>
        <translation>Mostrar el &amp;mural en el proyector</translation>
    </message>
    <message>
        <source>Shows the group&apos;s commitments on the projector as cards, once there are enough of them to stay anonymous</source>
        <translation>Muestra los compromisos del grupo como tarjetas en el proyector, cuando hay suficientes para que sigan siendo anónimos</translation>
    </message>
    <message>
        <source>Starter actions</source>
        <translation>Acciones para empezar</translation>
    </message>
    <message>
        <source>Start from a starter action…</source>
        <translation>Partir de una acción para empezar…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>One action in the next two weeks…</source>
        <translation>Una acción en las próximas dos semanas…</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Commitments entered</source>
        <translation>Compromisos registrados</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>Puts the selected commitment in the box above to change it</source>
        <translation>Lleva el compromiso seleccionado al cuadro de arriba para cambiarlo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Deletes the selected commitment; Undo brings it back</source>
        <translation>Elimina el compromiso seleccionado; Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Print &amp;Cards…</source>
        <translation>&amp;Imprimir tarjetas…</translation>
    </message>
    <message>
        <source>Saves the commitments as take-away cards in a PDF to print, one commitment on each card</source>
        <translation>Guarda los compromisos en un PDF para imprimir como tarjetas que cada persona se lleva, un compromiso en cada tarjeta</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source> — too long</source>
        <translation> — demasiado largo</translation>
    </message>
    <message>
        <source>The commitment could not be changed: %1</source>
        <translation>No se ha podido cambiar el compromiso: %1</translation>
    </message>
    <message>
        <source>The commitment could not be added.</source>
        <translation>No se ha podido añadir el compromiso.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Replaces the selected commitment&apos;s text; Undo puts it back</source>
        <translation>Sustituye el texto del compromiso seleccionado; Deshacer lo restaura</translation>
    </message>
    <message>
        <source>&amp;Add Commitment</source>
        <translation>Añadir c&amp;ompromiso</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>Nuestros compromisos</translation>
    </message>
    <message numerus="yes">
        <source>%n more commitment(s) needed before they appear here, so that none can be traced to the person who wrote it.</source>
        <translation>
            <numerusform>Falta %n compromiso más para que aparezcan aquí, de modo que ninguno pueda relacionarse con la persona que lo escribió.</numerusform>
            <numerusform>Faltan %n compromisos más para que aparezcan aquí, de modo que ninguno pueda relacionarse con la persona que lo escribió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed before the wall and the cards show them.</source>
        <translation>
            <numerusform>Falta %n más para que el mural y las tarjetas los muestren.</numerusform>
            <numerusform>Faltan %n más para que el mural y las tarjetas los muestren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSessionCommand</name>
    <message>
        <source>New session &quot;%1&quot;</source>
        <translation>Nueva sesión «%1»</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Planificar el seguimiento «%1»</translation>
    </message>
    <message>
        <source>The session could not be removed: what was recorded in it is not saved yet.</source>
        <translation>No se pudo quitar la sesión: lo que se registró en ella todavía no está guardado.</translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n votes (%3)</source>
        <translation>
            <numerusform>%1 (%2): %n voto (%3)</numerusform>
            <numerusform>%1 (%2): %n votos (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision point</source>
        <translation>Punto de decisión</translation>
    </message>
    <message>
        <source>Keys 1–6 add a vote to an option; Shift+1–6, or − and then the number, take one away. Votes are shown on this screen only.</source>
        <translation>Las teclas 1–6 suman un voto a una opción; Mayús+1–6, o − y luego el número, restan uno. Los votos solo se ven en esta pantalla.</translation>
    </message>
    <message>
        <source>Show &amp;question on projector</source>
        <translation>Mostrar la &amp;pregunta en el proyector</translation>
    </message>
    <message>
        <source>Show the question on the projector</source>
        <translation>Mostrar la pregunta en el proyector</translation>
    </message>
    <message>
        <source>The prompt and the options, without any votes</source>
        <translation>La pregunta y las opciones, sin ningún voto</translation>
    </message>
    <message>
        <source>Record the option the group agreed on as the group&apos;s single choice</source>
        <translation>Registrar la opción que el grupo ha acordado como su elección conjunta</translation>
    </message>
    <message>
        <source>Reve&amp;al stages</source>
        <translation>Reve&amp;lar las etapas</translation>
    </message>
    <message>
        <source>Reveal each option&apos;s stage and why</source>
        <translation>Revelar la etapa de cada opción y su porqué</translation>
    </message>
    <message>
        <source>Show each option&apos;s stage and why here and on the projector, with the decision chart</source>
        <translation>Mostrar la etapa de cada opción y su porqué aquí y en el proyector, con el gráfico de la decisión</translation>
    </message>
    <message>
        <source>Go on to the scene this option leads to</source>
        <translation>Pasar a la escena a la que lleva esta opción</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>No session is open, so votes cannot be recorded. The scenario can still be run and revealed.</source>
        <translation>No hay ninguna sesión abierta, así que no se pueden registrar votos. Aun así, el escenario se puede jugar y revelar.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pick this option for the group&apos;s choice and to follow</source>
        <translation>Elegir esta opción como elección del grupo y seguirla</translation>
    </message>
    <message>
        <source>The group&apos;s choice</source>
        <translation>La elección del grupo</translation>
    </message>
    <message>
        <source>Take one vote from option %1</source>
        <translation>Restar un voto a la opción %1</translation>
    </message>
    <message>
        <source>Add one vote to option %1</source>
        <translation>Sumar un voto a la opción %1</translation>
    </message>
    <message>
        <source>The group&apos;s choice could not be recorded: %1</source>
        <translation>No se ha podido registrar la elección del grupo: %1</translation>
    </message>
    <message>
        <source>Count hands as well?</source>
        <translation>¿Contar también a mano alzada?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered this decision on their phones. Counted hands are added to those answers, so whoever answered on a phone must not raise a hand as well. Count hands too?</source>
        <translation>
            <numerusform>%n persona ha respondido a esta decisión desde su teléfono. Las manos alzadas que cuentes se suman a esas respuestas, así que quien haya respondido por teléfono no debe levantar también la mano. ¿Contar también a mano alzada?</numerusform>
            <numerusform>%n personas han respondido a esta decisión desde su teléfono. Las manos alzadas que cuentes se suman a esas respuestas, así que quien haya respondido por teléfono no debe levantar también la mano. ¿Contar también a mano alzada?</numerusform>
        </translation>
    </message>
    <message>
        <source>The stages are revealed, so no more votes are counted. &quot;Show question on projector&quot; asks it again.</source>
        <translation>Las etapas ya se han revelado, así que no se cuentan más votos. «Mostrar la pregunta en el proyector» vuelve a plantearla.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) for option %1</source>
        <translation>
            <numerusform>%n voto para la opción %1</numerusform>
            <numerusform>%n votos para la opción %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one vote from option %1 (Shift+%1)</source>
        <translation>Restar un voto a la opción %1 (Mayús+%1)</translation>
    </message>
    <message>
        <source>Add one vote to option %1 (%1)</source>
        <translation>Sumar un voto a la opción %1 (%1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) recorded</source>
        <translation>
            <numerusform>%n voto registrado</numerusform>
            <numerusform>%n votos registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n passed</source>
        <translation>
            <numerusform> · %n pasa</numerusform>
            <numerusform> · %n pasan</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 from phones, %2 counted by hand</source>
        <translation> · %1 desde teléfonos, %2 contados a mano alzada</translation>
    </message>
    <message>
        <source> · stages revealed</source>
        <translation> · etapas reveladas</translation>
    </message>
    <message>
        <source> · the group chose option %1</source>
        <translation> · el grupo eligió la opción %1</translation>
    </message>
    <message>
        <source>The &amp;group chooses %1</source>
        <translation>Decisión del grupo: opción &amp;%1</translation>
    </message>
    <message>
        <source>Record option %1 as the group&apos;s choice</source>
        <translation>Registrar la opción %1 como elección del grupo</translation>
    </message>
    <message>
        <source>Fo&amp;llow option %1 →</source>
        <translation>Segu&amp;ir la opción %1 →</translation>
    </message>
    <message>
        <source>Follow option %1 to its scene</source>
        <translation>Seguir la opción %1 hasta su escena</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opción %1</translation>
    </message>
</context>
<context>
    <name>DecisionTallyModel</name>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Porcentaje (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
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
            <numerusform>%n pasa</numerusform>
            <numerusform>%n pasan</numerusform>
        </translation>
    </message>
    <message>
        <source>The group chose together: “%1”</source>
        <translation>El grupo eligió de forma conjunta: «%1»</translation>
    </message>
</context>
<context>
    <name>DeleteCommitmentCommand</name>
    <message>
        <source>Delete commitment</source>
        <translation>Eliminar compromiso</translation>
    </message>
</context>
<context>
    <name>DeleteSessionCommand</name>
    <message>
        <source>Delete session &quot;%1&quot;</source>
        <translation>Eliminar la sesión «%1»</translation>
    </message>
</context>
<context>
    <name>DeleteSessionsCommand</name>
    <message>
        <source>Deleted session %1 (%2, %3).</source>
        <translation>Sesión %1 eliminada (%2, %3).</translation>
    </message>
    <message>
        <source>Deleted session %1 (%2, %3, cohort %4).</source>
        <translation>Sesión %1 eliminada (%2, %3, cohorte %4).</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>el id de la sesión debe ser un número entero mayor que 0, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions --delete or --older-than</source>
        <translation>argumento desconocido %1 para sessions --delete o --older-than</translation>
    </message>
    <message>
        <source>--delete and --older-than do not go together</source>
        <translation>--delete y --older-than no pueden usarse juntos</translation>
    </message>
    <message>
        <source>--older-than needs a number of months from 1 to %1, not &quot;%2&quot;</source>
        <translation>--older-than necesita un número de meses entre 1 y %1, no &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>No sessions in %1 are older than %n month(s).</source>
        <translation>
            <numerusform>Ninguna sesión de %1 tiene más de %n mes de antigüedad.</numerusform>
            <numerusform>Ninguna sesión de %1 tiene más de %n meses de antigüedad.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>No hay ninguna sesión %1 en %2; &quot;upstander sessions&quot; las lista.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them. Nothing was deleted.</source>
        <translation>No hay ninguna sesión %1 en %2; &quot;upstander sessions&quot; las lista. No se ha eliminado nada.</translation>
    </message>
    <message>
        <source>Not every session could be deleted: %1</source>
        <translation>No se han podido eliminar todas las sesiones: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>No se ha podido crear la sesión de demostración: %1</translation>
    </message>
    <message>
        <source>Created demo session %1 in %2: %3 participants, %4 answers, %5 commitments.</source>
        <translation>Sesión de demostración %1 creada en %2: %3 participantes, %4 respuestas, %5 compromisos.</translation>
    </message>
    <message>
        <source>--follow-up needs the id of a session (see &quot;upstander sessions&quot;)</source>
        <translation>--follow-up necesita el id de una sesión (consulta &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>demo takes no arguments besides --data-dir and --follow-up ID, not %1</source>
        <translation>demo no admite más argumentos que --data-dir y --follow-up ID, no %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>No se ha podido crear el seguimiento: %1</translation>
    </message>
    <message>
        <source>Created follow-up session %1 of session %2 in %3: %4 participants, %5 answers.</source>
        <translation>Sesión de seguimiento %1 de la sesión %2 creada en %3: %4 participantes, %5 respuestas.</translation>
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
        <translation>Uso: upstander demo [--data-dir DIR] [--follow-up ID]

Crea una sesión de demostración en la carpeta de datos (unas 25 personas, dos
escenarios, compromisos; cada ejecución, otra sesión con las mismas respuestas)
y escribe solo su id en la salida estándar, con un resumen en la salida de
errores.

Opciones:
  --follow-up ID   en su lugar, el seguimiento de la sesión ID ocho semanas
                   después, para su cohorte: la mayor parte del grupo vuelve
                   a situarse y repite su primera decisión
  --data-dir DIR   la carpeta de la base de datos de sesiones; por defecto,
                   %1
  -h, --help       muestra esta ayuda y termina

Códigos de salida: 0 creada, 1 la base de datos la rechazó, 2 error de uso.
</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>When someone repeats an idea a colleague already raised, say &quot;that builds on what Amara said&quot; and hand the floor back.</source>
        <translation>Cuando alguien repita una idea que ya planteó otra persona, decir «eso parte de lo que ha dicho Amara» y devolverle la palabra.</translation>
    </message>
    <message>
        <source>Give credit by name in our Friday update, not just &quot;thanks, team&quot;.</source>
        <translation>Reconocer el mérito con nombres en nuestro resumen de los viernes, no solo con un «gracias, equipo».</translation>
    </message>
    <message>
        <source>Ask Nguyễn how to say her name, and practise it before Monday&apos;s stand-up.</source>
        <translation>Preguntar a Nguyễn cómo se pronuncia su nombre y practicarlo antes de la reunión diaria del lunes.</translation>
    </message>
    <message>
        <source>Recommend Priya for the pricing project lead 🙌</source>
        <translation>Recomendar a Priya para dirigir el proyecto de precios 🙌</translation>
    </message>
    <message>
        <source>Stop opening meetings with &quot;hi guys&quot;; &quot;hi all&quot; works fine.</source>
        <translation>Dejar de empezar las reuniones con «hola, chicos»; «hola a todo el mundo» funciona igual de bien.</translation>
    </message>
    <message>
        <source>In my 1:1s, listen to understand:
ask one more question before giving advice.</source>
        <translation>En mis reuniones individuales, escuchar para entender:
hacer una pregunta más antes de dar consejos.</translation>
    </message>
    <message>
        <source>Read one book on racism at work this month, and discuss it with my team, not just with friends.</source>
        <translation>Leer este mes un libro sobre el racismo en el trabajo y comentarlo con mi equipo, no solo con mis amistades.</translation>
    </message>
    <message>
        <source>Own it when I get something wrong: apologise once, fix it, move on.</source>
        <translation>Asumirlo cuando me equivoque: disculparme una vez, rectificar y seguir adelante.</translation>
    </message>
    <message>
        <source>Demo: leadership team allyship workshop</source>
        <translation>Demostración: taller de alianza para el equipo directivo</translation>
    </message>
    <message>
        <source>The built-in scenario &quot;%1&quot; is missing.</source>
        <translation>Falta el escenario incluido «%1».</translation>
    </message>
    <message>
        <source>Sam Okafor</source>
        <translation>Sam Okafor</translation>
    </message>
    <message>
        <source>9:30 Where we stand
10:00 Two scenarios, in threes
12:00 Where we stand now, and one action each</source>
        <translation>9:30 Dónde estamos
10:00 Dos escenarios, en grupos de tres
12:00 Dónde estamos ahora y una acción por persona</translation>
    </message>
    <message>
        <source>Where are you on the allyship spectrum today?</source>
        <translation>¿Dónde te sitúas hoy en el espectro de la alianza?</translation>
    </message>
    <message>
        <source>After these scenarios, where are you now?</source>
        <translation>Después de estos escenarios, ¿dónde te sitúas ahora?</translation>
    </message>
    <message>
        <source>The demo session could not be saved.</source>
        <translation>No se ha podido guardar la sesión de demostración.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people (%2)</source>
        <translation>
            <numerusform>%1: %n persona (%2)</numerusform>
            <numerusform>%1: %n personas (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Porcentaje (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
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
            <numerusform>%n pasa</numerusform>
            <numerusform>%n pasan</numerusform>
        </translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Mediana: %1</translation>
    </message>
    <message>
        <source>Median: between %1 and %2</source>
        <translation>Mediana: entre %1 y %2</translation>
    </message>
</context>
<context>
    <name>EditCommitmentCommand</name>
    <message>
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>Imagen PNG, resolución doble (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Imagen vectorial SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>Export Raw Answers</source>
        <translation>Exportar respuestas individuales</translation>
    </message>
    <message>
        <source>Export Group Statistics</source>
        <translation>Exportar estadísticas del grupo</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Archivo JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>The session&apos;s latest answers are not saved yet, so they cannot be exported; try again in a moment.</source>
        <translation>Las últimas respuestas de la sesión aún no se han guardado, así que no se pueden exportar; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Raw answers keep each person&apos;s answers linked; share the file with care.</source>
        <translation>Las respuestas individuales mantienen vinculadas las respuestas de cada persona; comparte el archivo con cuidado.</translation>
    </message>
    <message>
        <source>&amp;Export Raw Answers…</source>
        <translation>&amp;Exportar respuestas individuales…</translation>
    </message>
    <message>
        <source>Print Commitment Cards</source>
        <translation>Imprimir tarjetas de compromisos</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>tarjetas</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimiendo el informe…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown argument %1 for export</source>
        <translation>argumento desconocido %1 para export</translation>
    </message>
    <message>
        <source>export needs --session ID (see &quot;upstander sessions&quot;)</source>
        <translation>export necesita --session ID (consulta &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>el id de la sesión debe ser un número entero mayor que 0, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use --format csv, json, pdf, png or svg</source>
        <translation>formato de exportación desconocido &quot;%1&quot;; usa --format csv, json, pdf, png o svg</translation>
    </message>
    <message>
        <source>--chart and --question go with --format pdf, png or svg, not %1</source>
        <translation>--chart y --question van con --format pdf, png o svg, no con %1</translation>
    </message>
    <message>
        <source>export --format %1 is not available in this program; use --format csv or --format json</source>
        <translation>export --format %1 no está disponible en este programa; usa --format csv o --format json</translation>
    </message>
    <message>
        <source>--raw goes with --format csv or json; charts and the report show the group statistics only</source>
        <translation>--raw va con --format csv o json; los gráficos y el informe solo muestran las estadísticas del grupo</translation>
    </message>
    <message>
        <source>the question id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>el id de la pregunta debe ser un número entero mayor que 0, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There are no sessions in %1 (no %2 there). Choose the folder with --data-dir, or create a demo session with &quot;upstander demo&quot;.</source>
        <translation>No hay sesiones en %1 (no hay ningún %2 ahí). Elige la carpeta con --data-dir o crea una sesión de demostración con &quot;upstander demo&quot;.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>No hay ninguna sesión %1 en %2; &quot;upstander sessions&quot; las lista.</translation>
    </message>
    <message>
        <source>Session %1 exported to %2.</source>
        <translation>Sesión %1 exportada a %2.</translation>
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
        <translation>Uso: upstander export --session ID --format csv|json --out ARCHIVO [--raw]
     upstander export --session ID --format pdf|png|svg --out ARCHIVO
                      [--chart NOMBRE [--question ID]]

Escribe los resultados de una sesión en ARCHIVO, de forma atómica: si hay un
error, no queda ningún archivo a medias. No necesita pantalla.

Opciones:
  --session ID      la sesión, por el id que muestra &quot;upstander sessions&quot;
  --format FORMATO  csv o json (los datos), pdf (el informe, o un gráfico con
                    --chart), png o svg (un gráfico); sin esta opción, decide
                    la extensión de ARCHIVO
  --out ARCHIVO     el archivo que se escribe
  --raw             con csv o json: cada respuesta en lugar de las
                    estadísticas del grupo (una estadística por debajo del
                    umbral de anonimato k de la sesión aparece como
                    &quot;suppressed&quot;, sin cifras)
  --chart NOMBRE    un gráfico: distribution, before-after, perception-gap,
                    decisions o cohort-trend
  --question ID     la pregunta de distribution y decisions
  --data-dir DIR    la carpeta de la base de datos de sesiones; por defecto,
                    %1
  -h, --help        muestra esta ayuda y termina

Códigos de salida: 0 escrito, 1 no existe esa sesión o error de la base de
datos o del archivo, 2 error de uso. Columnas y formato JSON: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 es una carpeta; indica el nombre de un archivo para escribir.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>La carpeta %1 no existe; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was written.</source>
        <translation>No se puede escribir %1: %2. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>it could not replace the file already there</source>
        <translation>no se ha podido sustituir el archivo que ya existía</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? Nothing was written, and a file already there was left unchanged.</source>
        <translation>No se puede escribir %1: %2. ¿Está lleno el disco? No se ha escrito nada y el archivo que ya existía no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Planificar un seguimiento</translation>
    </message>
    <message>
        <source>A shorter session a few weeks after “%1” for the same group: people place themselves again (the follow-up phase) and play the decisions you pick once more. The cohort&apos;s trend then shows before, after and the follow-up.</source>
        <translation>Una sesión más corta, unas semanas después de «%1», para el mismo grupo: las personas vuelven a situarse (la fase Seguimiento) y repiten las decisiones que elijas. La evolución de la cohorte muestra entonces el antes, el después y el seguimiento.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <source>“%1” has no cohort yet: it joins this one, so that the trend links the two sessions.</source>
        <translation>«%1» aún no tiene cohorte: se une a esta, para que la evolución enlace las dos sesiones.</translation>
    </message>
    <message>
        <source>Decisions to &amp;replay:</source>
        <translation>Decisiones que &amp;repetir:</translation>
    </message>
    <message>
        <source>Decisions to replay</source>
        <translation>Decisiones que repetir</translation>
    </message>
    <message>
        <source>This session asked no decision yet.</source>
        <translation>Esta sesión aún no ha planteado ninguna decisión.</translation>
    </message>
    <message>
        <source>Create Follow-up</source>
        <translation>Crear seguimiento</translation>
    </message>
    <message>
        <source>Name the cohort the two sessions share.</source>
        <translation>Pon nombre a la cohorte que comparten las dos sesiones.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up asks where people stand now and replays %n decision(s).</source>
        <translation>
            <numerusform>El seguimiento pregunta dónde se sitúa cada persona ahora y repite %n decisión.</numerusform>
            <numerusform>El seguimiento pregunta dónde se sitúa cada persona ahora y repite %n decisiones.</numerusform>
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
        <translation>Desbloquear la consola</translation>
    </message>
    <message>
        <source>Trainer: %1 to unlock</source>
        <translation>Persona facilitadora: %1 para desbloquear</translation>
    </message>
</context>
<context>
    <name>HotSeatScreen</name>
    <message>
        <source>Hot seat</source>
        <translation>Por turnos</translation>
    </message>
    <message>
        <source>0  Pass
I&apos;d rather not say</source>
        <translation>0  Pasar
Prefiero no responder</translation>
    </message>
    <message>
        <source>0 Pass</source>
        <translation>0 Pasar</translation>
    </message>
    <message>
        <source>Thank you — your answer is saved.
Please pass the laptop on.</source>
        <translation>Gracias, tu respuesta se ha guardado.
Pasa el portátil a la siguiente persona.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Siguiente persona</translation>
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
        <translation>Prefiero no responder</translation>
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
        <translation>Solo este equipo (%1)</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Invitar a participantes</translation>
    </message>
    <message>
        <source>Phones join over the local network: they must be on the same Wi-Fi as this computer. Nothing goes to the internet. The audience screen shows a QR code, the address and a join code.</source>
        <translation>Los teléfonos se conectan por la red local: tienen que estar en la misma wifi que este equipo. Nada sale a internet. La pantalla del público muestra un código QR, la dirección y un código de acceso.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Scan the code, or open %1 on your phone</source>
        <translation>Escanea el código o abre %1 en tu teléfono</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Join from your phone: %1</source>
        <translation>Únete desde tu teléfono: %1</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Código %1</translation>
    </message>
</context>
<context>
    <name>LanguageTag</name>
    <message>
        <source>&quot;%1&quot; is not a BCP 47 language tag: %2</source>
        <translation>&quot;%1&quot; no es una etiqueta de idioma BCP 47: %2</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1; ¿quizás querías decir &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not &quot;_&quot;</source>
        <translation>las subetiquetas se separan con &quot;-&quot;, no con &quot;_&quot;</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not spaces</source>
        <translation>las subetiquetas se separan con &quot;-&quot;, no con espacios</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed, only letters, digits and &quot;-&quot;</source>
        <translation>&quot;%1&quot; no está permitido; solo letras, dígitos y &quot;-&quot;</translation>
    </message>
    <message>
        <source>it starts with &quot;-&quot;</source>
        <translation>empieza por &quot;-&quot;</translation>
    </message>
    <message>
        <source>it ends with &quot;-&quot;</source>
        <translation>termina en &quot;-&quot;</translation>
    </message>
    <message>
        <source>&quot;--&quot; leaves an empty subtag</source>
        <translation>&quot;--&quot; deja una subetiqueta vacía</translation>
    </message>
    <message>
        <source>the subtag &quot;%1&quot; is longer than 8 characters</source>
        <translation>la subetiqueta &quot;%1&quot; tiene más de 8 caracteres</translation>
    </message>
    <message>
        <source>the language subtag &quot;%1&quot; must have 2 or 3 letters (or 5 to 8)</source>
        <translation>la subetiqueta de idioma &quot;%1&quot; debe tener 2 o 3 letras (o de 5 a 8)</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; is given twice</source>
        <translation>la variante &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;x&quot; needs at least one subtag of 1 to 8 letters and digits after it</source>
        <translation>&quot;x&quot; debe ir seguida de al menos una subetiqueta de 1 a 8 letras y dígitos</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; needs at least one subtag of 2 to 8 letters and digits after it</source>
        <translation>la extensión &quot;%1&quot; debe ir seguida de al menos una subetiqueta de 2 a 8 letras y dígitos</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; is given twice</source>
        <translation>la extensión &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script (4 letters), a region (2 letters or 3 digits) or a variant (5 to 8 letters and digits, or a digit and 3 more) in this place</source>
        <translation>en esta posición, &quot;%1&quot; no es una escritura (4 letras), ni una región (2 letras o 3 dígitos), ni una variante (de 5 a 8 letras y dígitos, o un dígito y 3 caracteres más)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a language, not its code; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot; es el nombre de un idioma, no su código; ¿quizás querías decir &quot;%2&quot;?</translation>
    </message>
</context>
<context>
    <name>LinguistFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not a valid .ts file: %4</source>
        <translation>%1:%2:%3: no es un archivo .ts válido: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ListSessionsCommand</name>
    <message>
        <source>option --format needs a value</source>
        <translation>la opción --format necesita un valor</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions</source>
        <translation>argumento desconocido %1 para sessions</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for sessions; use table or tsv</source>
        <translation>formato desconocido &quot;%1&quot; para sessions; usa table o tsv</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>COHORT</source>
        <translation>COHORTE</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>RESPUESTAS</translation>
    </message>
    <message>
        <source>No sessions in %1 yet. Create a demo session with &quot;upstander demo&quot;.</source>
        <translation>Aún no hay sesiones en %1. Crea una sesión de demostración con &quot;upstander demo&quot;.</translation>
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
        <translation>Uso: upstander sessions [--format table|tsv]
     upstander sessions --delete ID [--delete ID...]
     upstander sessions --older-than N

Lista las sesiones de la carpeta de datos, de la más reciente a la más antigua:
id, fecha, título, cohorte y número de respuestas. O elimina sesiones con todas
sus respuestas, recuentos y compromisos; no queda nada legible de ellas en el
archivo de la base de datos. Al eliminar no pide confirmación y escribe una
línea por cada sesión eliminada.

Opciones:
  --format table|tsv   una tabla alineada (por defecto) o valores separados por
                       tabuladores con una cabecera fija, para scripts
  --delete ID          elimina la sesión ID (consulta la lista); puede darse
                       más de una vez; un ID desconocido no elimina nada y
                       sale con 1
  --older-than N       elimina todas las sesiones con fecha de hace más de N
                       meses (N de 1 a %1)
  --data-dir DIR       la carpeta de la base de datos de sesiones; por
                       defecto, %2
  -h, --help           muestra esta ayuda y termina

Códigos de salida: 0 hecho, 1 no existe esa sesión o la base de datos lo
rechazó, 2 error de uso. Más información: docs/export.md.
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
        <translation>Pasos del taller</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Pestaña anterior</translation>
    </message>
    <message>
        <source>Scenario Librar&amp;y</source>
        <translation>&amp;Biblioteca de escenarios</translation>
    </message>
    <message>
        <source>&amp;Self-Placement</source>
        <translation>Au&amp;toubicación</translation>
    </message>
    <message>
        <source>Scenar&amp;io</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>Choose a scenario in the library and press &quot;Run Scenario&quot;.</source>
        <translation>Elige un escenario en la biblioteca y pulsa «Iniciar escenario».</translation>
    </message>
    <message>
        <source>Write down one thing you will do in the next two weeks, on your phone or on a card. It stays anonymous.</source>
        <translation>Escribe una cosa que vayas a hacer en las próximas dos semanas, en tu teléfono o en una tarjeta. Es anónimo.</translation>
    </message>
    <message>
        <source>R&amp;un Scenario</source>
        <translation>I&amp;niciar escenario</translation>
    </message>
    <message>
        <source>Run the selected scenario</source>
        <translation>Iniciar el escenario seleccionado</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>Buscar escenarios</translation>
    </message>
    <message>
        <source>Shows only the scenarios that contain every word typed</source>
        <translation>Muestra solo los escenarios que contienen todas las palabras escritas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>Confi&amp;guración de la sesión…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Cerrar la sesión</translation>
    </message>
    <message>
        <source>Delete Old Sessions &amp;Automatically…</source>
        <translation>Eliminar sesiones antiguas au&amp;tomáticamente…</translation>
    </message>
    <message>
        <source>Choose after how many months a session is deleted</source>
        <translation>Elige al cabo de cuántos meses se elimina una sesión</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Show &amp;Audience Window</source>
        <translation>Mostrar la ventana del &amp;público</translation>
    </message>
    <message>
        <source>Audience Window &amp;Full Screen</source>
        <translation>Ventana del público a pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;CSV…</source>
        <translation>Estadísticas del grupo en &amp;CSV…</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;JSON…</source>
        <translation>Estadísticas del grupo en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Raw Answers as CSV…</source>
        <translation>&amp;Respuestas individuales en CSV…</translation>
    </message>
    <message>
        <source>Raw &amp;Answers as JSON…</source>
        <translation>Respuestas &amp;individuales en JSON…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <source>&amp;Find Scenario</source>
        <translation>&amp;Buscar escenario</translation>
    </message>
    <message>
        <source>Reload &amp;Library</source>
        <translation>Recargar bib&amp;lioteca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Projector: &amp;Next Page</source>
        <translation>Proyector: página &amp;siguiente</translation>
    </message>
    <message>
        <source>Projector: &amp;Previous Page</source>
        <translation>Proyector: página &amp;anterior</translation>
    </message>
    <message>
        <source>Projector: &amp;Welcome Screen</source>
        <translation>Proyector: pantalla de &amp;bienvenida</translation>
    </message>
    <message>
        <source>The session&apos;s title, your name, the agenda and the group&apos;s agreements</source>
        <translation>El título de la sesión, tu nombre, la agenda y los acuerdos del grupo</translation>
    </message>
    <message>
        <source>Audience &amp;Screen</source>
        <translation>Pan&amp;talla del público</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Pantalla %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Guía del taller</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Upstander</source>
        <translation>Acerca &amp;de Upstander</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Loading scenarios…</source>
        <translation>Cargando escenarios…</translation>
    </message>
    <message>
        <source>No scenarios are available.</source>
        <translation>No hay escenarios disponibles.</translation>
    </message>
    <message>
        <source>No scenario matches your search.
Clear the search or choose &quot;All themes&quot;.</source>
        <translation>Ningún escenario coincide con tu búsqueda.
Borra la búsqueda o elige «Todos los temas».</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation>
            <numerusform>%n escenario en la biblioteca</numerusform>
            <numerusform>%n escenarios en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation>
            <numerusform>%n escenario en la biblioteca, %1 de tu carpeta</numerusform>
            <numerusform>%n escenarios en la biblioteca, %1 de tu carpeta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation>
            <numerusform>⚠ No se ha podido cargar %n archivo de escenario</numerusform>
            <numerusform>⚠ No se han podido cargar %n archivos de escenario</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions are not available: %1</source>
        <translation>Las sesiones no están disponibles: %1</translation>
    </message>
    <message>
        <source>No session is open. Start one with File → New Session (Ctrl+N) to collect answers; the library can be browsed without one.</source>
        <translation>No hay ninguna sesión abierta. Empieza una con Archivo → Nueva sesión (Ctrl+N) para recoger respuestas; la biblioteca se puede consultar sin sesión.</translation>
    </message>
    <message>
        <source>%1 — Upstander</source>
        <translation>%1 — Upstander</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n respuesta</numerusform>
            <numerusform>%1 · %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>No se ha podido crear la sesión: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Our agreements:</source>
        <translation>Nuestros acuerdos:</translation>
    </message>
    <message>
        <source>We will start in a moment.</source>
        <translation>Empezamos en un momento.</translation>
    </message>
    <message>
        <source>Workshop on %1</source>
        <translation>Taller del %1</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Configuración de la sesión</translation>
    </message>
    <message>
        <source>The session that was open last is no longer there, so none is open.</source>
        <translation>La última sesión abierta ya no existe, así que no hay ninguna abierta.</translation>
    </message>
    <message>
        <source>Old sessions could not all be deleted: %1</source>
        <translation>No se han podido eliminar todas las sesiones antiguas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) dated more than %1 months ago.</source>
        <translation>
            <numerusform>Se ha eliminado %n sesión con fecha de hace más de %1 meses.</numerusform>
            <numerusform>Se han eliminado %n sesiones con fecha de hace más de %1 meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open again; the scenario it was running (%2) is no longer in the library, so it starts without it.</source>
        <translation>«%1» vuelve a estar abierta; el escenario que estaba en curso (%2) ya no está en la biblioteca, así que continúa sin él.</translation>
    </message>
    <message>
        <source>“%1” is open again where it was.</source>
        <translation>«%1» vuelve a estar abierta en el punto en que estaba.</translation>
    </message>
    <message>
        <source>Invite phones again (%1) to take their answers.</source>
        <translation>Vuelve a invitar a los teléfonos (%1) para recibir sus respuestas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scenario Folder</source>
        <translation>Carpeta de escenarios</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se ha podido crear la carpeta %1.</translation>
    </message>
    <message>
        <source>No file manager could open the scenario folder. Put your own scenario files (.yaml) in:

%1</source>
        <translation>Ningún gestor de archivos ha podido abrir la carpeta de escenarios. Guarda tus propios archivos de escenario (.yaml) en:

%1</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message>
        <source>About Upstander</source>
        <translation>Acerca de Upstander</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;A tool for trainers who run allyship workshops: the allyship spectrum from bystander to advocate, role-play scenarios, and where the group lands, before and after.&lt;/p&gt;&lt;p&gt;Free and open-source software. Answers stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;Una herramienta para quienes dirigen talleres de alianza: el espectro de la alianza, desde quedarse al margen hasta impulsar el cambio, escenarios de juego de roles y dónde se sitúa el grupo, antes y después.&lt;/p&gt;&lt;p&gt;Software libre y de código abierto. Las respuestas se quedan en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plan a Follo&amp;w-up…</source>
        <translation>Planificar un seg&amp;uimiento…</translation>
    </message>
    <message>
        <source>Creates a booster session for the same cohort, weeks later, to place themselves again and replay decisions</source>
        <translation>Crea una sesión de refuerzo para la misma cohorte, semanas después, para volver a situarse y repetir decisiones</translation>
    </message>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Planificar un seguimiento</translation>
    </message>
    <message>
        <source>The cohort could not be saved: %1</source>
        <translation>No se ha podido guardar la cohorte: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>No se ha podido crear el seguimiento: %1</translation>
    </message>
    <message>
        <source>Follow-up “%1” planned for %2. Open it on the day with File → Open Session.</source>
        <translation>Seguimiento «%1» planificado para el %2. Ábrelo ese día con Archivo → Abrir sesión.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Export Da&amp;ta</source>
        <translation>Exportar &amp;datos</translation>
    </message>
    <message>
        <source>Open Scenario Fol&amp;der</source>
        <translation>Abrir carpeta de escenari&amp;os</translation>
    </message>
    <message>
        <source>“%1” is removed. Redo (%2) brings it back until another session is opened.</source>
        <translation>«%1» se ha quitado. Rehacer (%2) la recupera mientras no abras otra sesión.</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Planificar el seguimiento «%1»</translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>expected a map of keys and values here, found %1</source>
        <translation>aquí se esperaba un mapa de claves y valores, pero se ha encontrado %1</translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation>una clave debe ser una sola palabra, no %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first given on line %2)</source>
        <translation>clave duplicada «%1» (aparece antes en la línea %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>clave desconocida «%1»; se esperaba una de estas: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>clave desconocida «%1»; ¿quizás querías decir «%2»?</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>falta la clave obligatoria «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>«%1» está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not %2</source>
        <translation>«%1» debe ser un único valor, no %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter (at most 64 characters)</source>
        <translation>«%1» no es un id válido: usa minúsculas, dígitos y guiones sueltos, empezando por una letra (64 caracteres como máximo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; remove the quotes around &quot;%2&quot;</source>
        <translation>«%1» debe ser un número entero; quita las comillas de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>«%1» debe ser un número entero de %2 a %3, no &quot;%4&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; remove the quotes around &quot;%2&quot;</source>
        <translation>«%1» debe ser true o false; quita las comillas de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>«%1» debe ser true o false, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;), not %2</source>
        <translation>«%1» debe ser una lista (elementos que empiezan por &quot;- &quot;), no %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one item</source>
        <translation>«%1» debe tener al menos un elemento</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not a map (to write text containing &quot;: &quot;, put it in quotes)</source>
        <translation>cada elemento de «%1» debe ser texto, no un mapa (para escribir un texto que contenga &quot;: &quot;, ponlo entre comillas)</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not %2</source>
        <translation>cada elemento de «%1» debe ser texto, no %2</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>un valor vacío</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas de facilitación</translation>
    </message>
    <message>
        <source>Private notes for the facilitator; never shown on the projector</source>
        <translation>Notas privadas para la persona facilitadora; nunca se muestran en el proyector</translation>
    </message>
    <message>
        <source>Only on this screen, never on the projector</source>
        <translation>Solo en esta pantalla, nunca en el proyector</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>No hay notas para este paso.</translation>
    </message>
    <message>
        <source>Facilitator notes: %1</source>
        <translation>Notas de facilitación: %1</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>&amp;Sessions on this computer:</source>
        <translation>&amp;Sesiones en este equipo:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
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
            <numerusform>, %n respuesta</numerusform>
            <numerusform>, %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all of its answers, tallies and commitments? You can undo this until you close this window.</source>
        <translation>¿Eliminar «%1» con todas sus respuestas, recuentos y compromisos? Puedes deshacerlo hasta que cierres esta ventana.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo Delete (%2) brings it back until this window closes.</source>
        <translation>Se ha eliminado «%1». «Deshacer eliminación» (%2) la recupera hasta que se cierre esta ventana.</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back.</source>
        <translation>«%1» se ha recuperado.</translation>
    </message>
</context>
<context>
    <name>ParticipantControl</name>
    <message>
        <source>Open or start a session first: answers from phones belong to a session.</source>
        <translation>Abre o empieza primero una sesión: las respuestas de los teléfonos pertenecen a una sesión.</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Invitar a participantes</translation>
    </message>
    <message>
        <source>Stop &amp;Inviting Participants</source>
        <translation>Dejar de &amp;invitar a participantes</translation>
    </message>
    <message>
        <source>&amp;Invite Participants…</source>
        <translation>&amp;Invitar a participantes…</translation>
    </message>
    <message>
        <source>Stops the participant server; phones can no longer answer</source>
        <translation>Detiene el servidor de participantes; los teléfonos ya no pueden responder</translation>
    </message>
    <message>
        <source>Lets participants answer from their phones over the local network</source>
        <translation>Permite que las personas participantes respondan desde su teléfono por la red local</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n teléfono conectado</numerusform>
            <numerusform>%n teléfonos conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as seen: the count goes back to zero and the phones that asked are told</source>
        <translation>Marcar como visto: el recuento vuelve a cero y se avisa a los teléfonos que lo pidieron</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked for a pause</source>
        <translation>
            <numerusform>%n persona ha pedido una pausa</numerusform>
            <numerusform>%n personas han pedido una pausa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantServer</name>
    <message>
        <source>Open a session before inviting participants.</source>
        <translation>Abre una sesión antes de invitar a participantes.</translation>
    </message>
    <message>
        <source>The session&apos;s join code cannot be saved: %1</source>
        <translation>No se puede guardar el código de acceso de la sesión: %1</translation>
    </message>
    <message>
        <source>Participants cannot be invited: port %1 on %2 cannot be opened (%3).</source>
        <translation>No se puede invitar a participantes: no se puede abrir el puerto %1 en %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Scenario files with problems</source>
        <translation>Archivos de escenario con problemas</translation>
    </message>
    <message>
        <source>These files in your scenario folder were not loaded. Fix the problems below and choose File → Reload Library.</source>
        <translation>Estos archivos de tu carpeta de escenarios no se han cargado. Corrige los problemas que aparecen abajo y elige Archivo → Recargar biblioteca.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
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
        <translation>Código QR de %1</translation>
    </message>
</context>
<context>
    <name>RecordAnswerCommand</name>
    <message>
        <source>Record an answer</source>
        <translation>Registrar una respuesta</translation>
    </message>
    <message>
        <source>Record answer &quot;%1&quot;</source>
        <translation>Registrar la respuesta «%1»</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Follow-up: decisions to replay</source>
        <translation>Seguimiento: decisiones que repetir</translation>
    </message>
    <message>
        <source>This follow-up replays no decision: ask where people stand now on the Self-Placement tab, then collect commitments.</source>
        <translation>Este seguimiento no repite ninguna decisión: pregunta dónde se sitúa cada persona ahora en la pestaña Autoubicación y, después, recoge los compromisos.</translation>
    </message>
    <message>
        <source>%1. %2 (from “%3”)</source>
        <translation>%1. %2 (de «%3»)</translation>
    </message>
    <message>
        <source>%1. %2 (the scenario “%3” is no longer in the library)</source>
        <translation>%1. %2 (el escenario «%3» ya no está en la biblioteca)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Replay decision %1</source>
        <translation>Repetir la decisión %1</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>the group was split between %1 (%2 each, of %3)</source>
        <translation>el grupo se repartió entre %1 (%2 en cada una, de %3)</translation>
    </message>
    <message>
        <source>most people (%1 of %2) placed themselves at %3</source>
        <translation>la mayoría (%1 de %2) se situó en %3</translation>
    </message>
    <message>
        <source>the largest group (%1 of %2) placed themselves at %3</source>
        <translation>el grupo más numeroso (%1 de %2) se situó en %3</translation>
    </message>
    <message>
        <source>most people (%1 of %2) did</source>
        <translation>la mayoría (%1 de %2) se situó en esa misma etapa</translation>
    </message>
    <message>
        <source>that was still the largest group (%1 of %2)</source>
        <translation>esa etapa siguió reuniendo al grupo más numeroso (%1 de %2)</translation>
    </message>
    <message>
        <source>The group was not asked where they place themselves on the spectrum, so there is no before and after.</source>
        <translation>No se preguntó al grupo dónde se sitúa en el espectro, así que no hay antes ni después.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1; afterwards, %2.</source>
        <translation>Antes de los escenarios, %1; después, %2.</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered both times, so who moved is not shown.</source>
        <translation>Menos de %1 personas respondieron las dos veces, así que no se muestran los cambios de etapa.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1.</source>
        <translation>Antes de los escenarios, %1.</translation>
    </message>
    <message>
        <source>Before the scenarios, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Antes de los escenarios, menos de %1 personas se situaron en el espectro, demasiado pocas para mostrarlo.</translation>
    </message>
    <message>
        <source>The group was not asked where they stood before the scenarios.</source>
        <translation>No se preguntó al grupo dónde se situaba antes de los escenarios.</translation>
    </message>
    <message>
        <source>Afterwards, %1.</source>
        <translation>Después, %1.</translation>
    </message>
    <message>
        <source>Afterwards, fewer than %1 people placed themselves, too few to show.</source>
        <translation>Después, menos de %1 personas se situaron en el espectro, demasiado pocas para mostrarlo.</translation>
    </message>
    <message>
        <source>The group did not place themselves again afterwards, so there is no before and after to compare.</source>
        <translation>El grupo no volvió a situarse después, así que no hay un antes y un después que comparar.</translation>
    </message>
    <message>
        <source>There is no gap between self-view and choices to report: the group did not both place themselves on the spectrum and decide in a scenario.</source>
        <translation>No hay brecha entre la autopercepción y las elecciones de la que informar: para eso, el grupo tiene que haberse situado en el espectro y también haber decidido en un escenario.</translation>
    </message>
    <message>
        <source>Fewer than %1 people both placed themselves on the spectrum and decided in the scenarios, so the gap between how they see themselves and what they chose is not shown.</source>
        <translation>Menos de %1 personas se situaron en el espectro y, además, decidieron en los escenarios, así que no se muestra la brecha entre cómo se ven y lo que eligieron.</translation>
    </message>
    <message>
        <source>People placed themselves %1 stages further along, on average, than the options they chose in the scenarios: %2 of %3 saw themselves at least one stage higher than their choices.</source>
        <translation>De media, las personas se situaron %1 etapas más adelante que las opciones que eligieron en los escenarios: %2 de %3 se vieron al menos una etapa por encima de sus elecciones.</translation>
    </message>
    <message>
        <source>People chose options %1 stages further along, on average, than where they placed themselves: %2 of %3 chose at least one stage higher than they placed themselves.</source>
        <translation>De media, las personas eligieron opciones %1 etapas más adelante que donde se situaron: %2 de %3 eligieron al menos una etapa por encima de donde se situaron.</translation>
    </message>
    <message>
        <source>On average, the options people chose in the scenarios matched where they placed themselves: %1 of %2 were within one stage.</source>
        <translation>De media, las opciones que las personas eligieron en los escenarios coincidieron con donde se situaron: en %1 de %2, la diferencia fue de menos de una etapa.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At decision %1, the group settled together on %2.</source>
        <translation>En la decisión %1, el grupo acordó de forma conjunta %2.</translation>
    </message>
    <message>
        <source>At decision %1, fewer than %2 people chose an option, so the choices are not shown.</source>
        <translation>En la decisión %1, menos de %2 personas eligieron una opción, así que no se muestran las elecciones.</translation>
    </message>
    <message>
        <source>At decision %1, the most common choice was %2, chosen by %3 of %4.</source>
        <translation>En la decisión %1, la elección más frecuente fue %2, con %3 de %4.</translation>
    </message>
    <message>
        <source>At decision %1, the choices were split between %2, chosen by %3 each, of %4.</source>
        <translation>En la decisión %1, las elecciones se repartieron entre %2, con %3 cada una, de %4.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</source>
        <translation>
            <numerusform>%n persona respondió las dos veces: avanzó %1, se quedó donde estaba %2 y retrocedió %3.</numerusform>
            <numerusform>De las %n personas que respondieron las dos veces, %1 avanzaron, %2 se quedaron donde estaban y %3 retrocedieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown, to keep answers anonymous.</source>
        <translation>Los grupos de menos de %1 personas no se muestran, para que las respuestas sigan siendo anónimas.</translation>
    </message>
    <message>
        <source>%1, decision %2 of %3</source>
        <translation>%1, decisión %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>Ha participado %n persona.</numerusform>
            <numerusform>Han participado %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people took part, so none of their answers are shown.</source>
        <translation>Han participado menos de %1 personas, así que no se muestra ninguna de sus respuestas.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Todavía no ha respondido nadie.</translation>
    </message>
    <message>
        <source>Decisions outside a scenario</source>
        <translation>Decisiones fuera de un escenario</translation>
    </message>
    <message>
        <source>The group did not reach a decision in it.</source>
        <translation>El grupo no llegó a ningún punto de decisión en este escenario.</translation>
    </message>
    <message>
        <source>No scenario was played.</source>
        <translation>No se jugó ningún escenario.</translation>
    </message>
    <message>
        <source>The group worked through one scenario:</source>
        <translation>El grupo trabajó un escenario:</translation>
    </message>
    <message>
        <source>The group worked through these scenarios, in this order:</source>
        <translation>El grupo trabajó estos escenarios, en este orden:</translation>
    </message>
    <message>
        <source>Weeks after the workshop, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Semanas después del taller, menos de %1 personas se situaron en el espectro, demasiado pocas para mostrarlo.</translation>
    </message>
    <message>
        <source>Weeks after the workshop, %1.</source>
        <translation>Semanas después del taller, %1.</translation>
    </message>
    <message>
        <source>The cohort trend below sets this beside the workshop&apos;s before and after.</source>
        <translation>La evolución de la cohorte, más abajo, lo compara con el antes y el después del taller.</translation>
    </message>
    <message numerus="yes">
        <source>Participants sent %n anonymous question(s) from their phones.</source>
        <translation>
            <numerusform>Las personas participantes han enviado %n pregunta anónima desde su teléfono.</numerusform>
            <numerusform>Las personas participantes han enviado %n preguntas anónimas desde su teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people who had made a commitment answered the check-in, too few to show.</source>
        <translation>Menos de %1 personas que habían hecho un compromiso respondieron al balance de compromisos, demasiado pocas para mostrarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</source>
        <translation>
            <numerusform>%n persona había hecho un compromiso: lo cumplió %1, lo cumplió en parte %2 y todavía no %3 (lo cumplió el %4).</numerusform>
            <numerusform>De las %n personas que habían hecho un compromiso, %1 lo cumplieron, %2 lo cumplieron en parte y %3 todavía no (lo cumplió el %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said they had not made one.</source>
        <translation>
            <numerusform>%n persona dijo que no había hecho ninguno.</numerusform>
            <numerusform>%n personas dijeron que no habían hecho ninguno.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>menos de %1</translation>
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
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Mostrar en el pro&amp;yector</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>E&amp;xportar gráfico…</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>The latest one</source>
        <translation>La más reciente</translation>
    </message>
    <message>
        <source>Self-placement: %1</source>
        <translation>Autoubicación: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Delete Old Sessions</source>
        <translation>Eliminar sesiones antiguas</translation>
    </message>
    <message>
        <source>Upstander keeps every session (its answers, tallies and commitments) on this computer until you delete it. Should it delete old sessions by itself?</source>
        <translation>Upstander guarda cada sesión (sus respuestas, recuentos y compromisos) en este equipo hasta que la eliminas. ¿Quieres que elimine las sesiones antiguas automáticamente?</translation>
    </message>
    <message>
        <source>Upstander can delete old sessions by itself.</source>
        <translation>Upstander puede eliminar las sesiones antiguas automáticamente.</translation>
    </message>
    <message>
        <source>Delete a session:</source>
        <translation>Eliminar una sesión:</translation>
    </message>
    <message>
        <source>&amp;Never (keep every session)</source>
        <translation>&amp;Nunca (conservar todas las sesiones)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;%n month(s) after its date</source>
        <translation>
            <numerusform>&amp;%n mes después de su fecha</numerusform>
            <numerusform>&amp;%n meses después de su fecha</numerusform>
        </translation>
    </message>
    <message>
        <source>Old sessions are deleted when you press OK and each time Upstander starts; a session&apos;s age counts from its date. Deleted sessions cannot be brought back. You can change this later in File ▸ Delete Old Sessions Automatically.</source>
        <translation>Las sesiones antiguas se eliminan al pulsar Aceptar y cada vez que se inicia Upstander; la antigüedad de una sesión se cuenta desde su fecha. Las sesiones eliminadas no se pueden recuperar. Puedes cambiarlo más adelante en Archivo ▸ Eliminar sesiones antiguas automáticamente.</translation>
    </message>
    <message>
        <source>Sessions are kept until you delete them in File ▸ Open Session.</source>
        <translation>Las sesiones se conservan hasta que las eliminas en Archivo ▸ Abrir sesión.</translation>
    </message>
    <message>
        <source>No session on this computer is that old now.</source>
        <translation>Ahora mismo no hay ninguna sesión tan antigua en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this computer are that old now and will be deleted, the oldest from %1.</source>
        <translation>
            <numerusform>%n sesión de este equipo ya tiene esa antigüedad y se eliminará; es del %1.</numerusform>
            <numerusform>%n sesiones de este equipo ya tienen esa antigüedad y se eliminarán; la más antigua es del %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealCommand</name>
    <message>
        <source>Reveal the results</source>
        <translation>Revelar los resultados</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Ocultar los resultados</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <source>Revealed options</source>
        <translation>Opciones reveladas</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message>
        <source>Votes are shown once at least %1 people have voted.</source>
        <translation>Los votos se muestran cuando han votado al menos %1 personas.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Option %1: %2. Stage: %3. Why: %4</source>
        <translation>Opción %1: %2. Etapa: %3. Por qué: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n voto.</numerusform>
            <numerusform>%n votos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option %1: %2.</source>
        <translation>Opción %1: %2.</translation>
    </message>
</context>
<context>
    <name>RoleCards</name>
    <message>
        <source>Observer card</source>
        <translation>Tarjeta de observación</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Tarjeta de rol</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Private: read this to yourself and keep it to yourself.</source>
        <translation>Confidencial: léela para ti y no la compartas.</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Lista de observación</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Tarjetas de rol: %1</translation>
    </message>
    <message>
        <source>Could not draw the role cards into %1.</source>
        <translation>No se han podido dibujar las tarjetas de rol en %1.</translation>
    </message>
</context>
<context>
    <name>RoleCardsDialog</name>
    <message>
        <source>Role cards — %1</source>
        <translation>Tarjetas de rol — %1</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Tarjetas de rol</translation>
    </message>
    <message>
        <source>Each card is private to its role. Print them or save them as a PDF, cut them apart and hand them out face down.</source>
        <translation>Cada tarjeta es solo para su rol. Imprímelas o guárdalas como PDF, recórtalas y repártelas boca abajo.</translation>
    </message>
    <message>
        <source>Every role&apos;s name and private brief, and the observer checklist</source>
        <translation>El nombre y las instrucciones confidenciales de cada rol, y la lista de observación</translation>
    </message>
    <message>
        <source>One card per page</source>
        <translation>Una tarjeta por página</translation>
    </message>
    <message>
        <source>Two cards per page</source>
        <translation>Dos tarjetas por página</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Tarjetas por página</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposición:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the role cards</source>
        <translation>Imprimir las tarjetas de rol</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the role cards as a PDF file</source>
        <translation>Guardar las tarjetas de rol como archivo PDF</translation>
    </message>
    <message>
        <source>Close the role cards</source>
        <translation>Cerrar las tarjetas de rol</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Tarjetas de rol: %1</translation>
    </message>
    <message>
        <source>Print role cards</source>
        <translation>Imprimir tarjetas de rol</translation>
    </message>
    <message>
        <source>The role cards could not be printed.</source>
        <translation>No se han podido imprimir las tarjetas de rol.</translation>
    </message>
    <message>
        <source>%1-role-cards.pdf</source>
        <translation>%1-tarjetas-de-rol.pdf</translation>
    </message>
    <message>
        <source>Save role cards as PDF</source>
        <translation>Guardar las tarjetas de rol como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RoomQuestionStateCommand</name>
    <message>
        <source>Show a question from the room</source>
        <translation>Mostrar una pregunta de la sala</translation>
    </message>
    <message>
        <source>Mark a question as answered</source>
        <translation>Marcar una pregunta como respondida</translation>
    </message>
    <message>
        <source>Hide a question</source>
        <translation>Ocultar una pregunta</translation>
    </message>
    <message>
        <source>Put a question back in the queue</source>
        <translation>Devolver una pregunta a la cola</translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>retenida para revisión</translation>
    </message>
    <message>
        <source>shown on the projector</source>
        <translation>mostrada en el proyector</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <source>Questions and concerns participants send from their phones, anonymously: only this screen lists them, never who sent one.</source>
        <translation>Preguntas e inquietudes que las personas participantes envían desde su teléfono de forma anónima: solo esta pantalla las muestra, nunca quién envió cada una.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>Co&amp;la:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retenidas para revisión</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Mostrar en el pro&amp;yector</translation>
    </message>
    <message>
        <source>Shows the selected question on the projector, without who sent it</source>
        <translation>Muestra en el proyector la pregunta seleccionada, sin revelar quién la envió</translation>
    </message>
    <message>
        <source>Takes the selected question out of the queue</source>
        <translation>Saca de la cola la pregunta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Let In</source>
        <translation>&amp;Dejar pasar</translation>
    </message>
    <message>
        <source>Moves the selected held question into the queue</source>
        <translation>Pasa a la cola la pregunta retenida seleccionada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No question yet. Phones that joined can send one at any time.</source>
        <translation>Aún no hay ninguna pregunta. Los teléfonos conectados pueden enviar una en cualquier momento.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n pregunta nueva</numerusform>
            <numerusform>%n preguntas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n held for review</source>
        <translation>
            <numerusform> · %n retenida para revisión</numerusform>
            <numerusform> · %n retenidas para revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>A question from the room</source>
        <translation>Una pregunta de la sala</translation>
    </message>
    <message>
        <source>Mark Ans&amp;wered</source>
        <translation>&amp;Marcar como respondida</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Held f&amp;or review (the word list flagged them):</source>
        <translation>Rete&amp;nidas para revisión (las marcó la lista de palabras):</translation>
    </message>
    <message>
        <source>Show the Question?</source>
        <translation>¿Mostrar la pregunta?</translation>
    </message>
    <message>
        <source>The projector shows a question the room is answering. While this one is on, phones cannot answer it. Show it anyway?</source>
        <translation>El proyector muestra una pregunta que la sala está respondiendo. Mientras esta se vea, los teléfonos no podrán responderla. ¿Mostrarla de todos modos?</translation>
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
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Reiniciar el temporizador</translation>
    </message>
    <message>
        <source>Stop the timer, set it back to the round length and hide it from the projector</source>
        <translation>Detener el temporizador, volver a la duración de la ronda y ocultarlo del proyector</translation>
    </message>
    <message>
        <source>Ne&amp;xt round</source>
        <translation>Siguiente ron&amp;da</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Siguiente ronda</translation>
    </message>
    <message>
        <source>Rotate the roles in each group of three and start the next round&apos;s time</source>
        <translation>Rotar los roles en cada grupo de tres y empezar el tiempo de la siguiente ronda</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>Sonido al acabar el tiempo</translation>
    </message>
    <message>
        <source>Play a chime on this computer when the timer runs out</source>
        <translation>Hacer sonar un aviso en este equipo cuando se acabe el temporizador</translation>
    </message>
    <message>
        <source>Time per round:</source>
        <translation>Tiempo por ronda:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tiempo:</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1, minutos</translation>
    </message>
    <message>
        <source>%1, seconds</source>
        <translation>%1, segundos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Time is up: the round has ended</source>
        <translation>Se acabó el tiempo: la ronda ha terminado</translation>
    </message>
    <message>
        <source>Running, shown on the projector</source>
        <translation>En marcha, se ve en el proyector</translation>
    </message>
    <message>
        <source>Paused, shown on the projector</source>
        <translation>En pausa, se ve en el proyector</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Ronda %1: %2</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Hacer pausa</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>I&amp;niciar</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausar el temporizador</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar el temporizador</translation>
    </message>
    <message>
        <source>Start or pause the timer (%1)</source>
        <translation>Iniciar o pausar el temporizador (%1)</translation>
    </message>
</context>
<context>
    <name>ScenarioChecker</name>
    <message>
        <source>duplicate role id &quot;%1&quot; (first used on line %2)</source>
        <translation>id de rol duplicado «%1» (se usa antes en la línea %2)</translation>
    </message>
    <message>
        <source>duplicate scene id &quot;%1&quot; (first used on line %2)</source>
        <translation>id de escena duplicado «%1» (se usa antes en la línea %2)</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is a dead end: it is not an ending and leads nowhere; give it &quot;next&quot;, &quot;decision&quot; or &quot;ending: true&quot;</source>
        <translation>la escena «%1» es un callejón sin salida: no es un final y no lleva a ninguna parte; añádele &quot;next&quot;, &quot;decision&quot; o &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in this decision (first used on line %2)</source>
        <translation>id de opción duplicado «%1» en esta decisión (se usa antes en la línea %2)</translation>
    </message>
    <message>
        <source>the options of this decision span only %1 of the five stages (%2); three or more give the group something to discuss</source>
        <translation>las opciones de esta decisión solo abarcan %1 de las cinco etapas (%2); con tres o más, el grupo tiene algo que debatir</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; expected one of: %2</source>
        <translation>etapa desconocida «%1»; se esperaba una de estas: %2</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>etapa desconocida «%1»; ¿quizás querías decir «%2»?</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;</source>
        <translation>&quot;next&quot; no remite a ninguna escena: no existe la escena «%1»</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>&quot;next&quot; no remite a ninguna escena: no existe la escena «%1»; ¿quizás querías decir «%2»?</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; the only scenes leading to it cannot be reached either</source>
        <translation>no se puede llegar a la escena «%1» desde la primera escena «%2»; tampoco se puede llegar a las únicas escenas que llevan a ella</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; no &quot;next&quot; leads to it</source>
        <translation>no se puede llegar a la escena «%1» desde la primera escena «%2»; ningún &quot;next&quot; lleva a ella</translation>
    </message>
    <message>
        <source>no scene is an ending; mark the last scene of each path with &quot;ending: true&quot;</source>
        <translation>ninguna escena es un final; marca la última escena de cada camino con &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is caught in a loop: no path from it reaches an ending</source>
        <translation>la escena «%1» está atrapada en un bucle: ningún camino desde ella llega a un final</translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message>
        <source>Scenario details</source>
        <translation>Detalles del escenario</translation>
    </message>
    <message>
        <source>Summary, roles, decision points and debrief questions of the selected scenario</source>
        <translation>Resumen, roles, puntos de decisión y preguntas para la puesta en común del escenario seleccionado</translation>
    </message>
    <message>
        <source>Choose a scenario from the list to see its roles, decision points and debrief questions.</source>
        <translation>Elige un escenario de la lista para ver sus roles, puntos de decisión y preguntas para la puesta en común.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3–%4 people</source>
        <translation>%1 · %2 minutos · %3–%4 personas</translation>
    </message>
    <message>
        <source>Warnings from checking this file (it runs anyway)</source>
        <translation>Avisos de la comprobación de este archivo (el escenario funciona de todos modos)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>observer role</source>
        <translation>rol de observación</translation>
    </message>
    <message>
        <source>Decision points</source>
        <translation>Puntos de decisión</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation>
            <numerusform>Temporizador: %n segundo</numerusform>
            <numerusform>Temporizador: %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Lista de observación</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Puesta en común</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>¿Qué?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>¿Y qué?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>¿Y ahora qué?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>another scenario file already uses the id &quot;%1&quot; (%2); this one was not loaded</source>
        <translation>otro archivo de escenario ya usa el id «%1» (%2); este no se ha cargado</translation>
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
            <numerusform>%1, %2, %n minuto</numerusform>
            <numerusform>%1, %2, %n minutos</numerusform>
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
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; scenario files are a few kilobytes</source>
        <translation>el archivo ocupa más de 1 MiB; los archivos de escenario ocupan unos pocos kilobytes</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>el archivo es texto UTF-16; guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; scenario files must be UTF-8 text (is it UTF-16 or binary?)</source>
        <translation>el archivo contiene un byte NUL; los archivos de escenario deben ser texto UTF-8 (¿está en UTF-16 o es binario?)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>el archivo no es UTF-8 válido; guárdalo como UTF-8</translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>the file is empty; a scenario starts with &quot;format: %1&quot;</source>
        <translation>el archivo está vacío; un escenario empieza por &quot;format: %1&quot;</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version of Upstander reads &quot;%2&quot;</source>
        <translation>formato no admitido «%1»; esta versión de Upstander lee «%2»</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected one of: %2</source>
        <translation>tema desconocido «%1»; se esperaba uno de estos: %2</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>tema desconocido «%1»; ¿quizás querías decir «%2»?</translation>
    </message>
    <message>
        <source>&quot;max&quot; (%1) is smaller than &quot;min&quot; (%2)</source>
        <translation>&quot;max&quot; (%1) es menor que &quot;min&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;ending: false&quot; says nothing; leave &quot;ending&quot; out of scenes that are not endings</source>
        <translation>&quot;ending: false&quot; no aporta nada; omite &quot;ending&quot; en las escenas que no son finales</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; has %2; a scene does exactly one of &quot;next&quot;, &quot;decision&quot; or &quot;ending&quot;</source>
        <translation>la escena «%1» tiene %2; una escena tiene exactamente uno de &quot;next&quot;, &quot;decision&quot; o &quot;ending&quot;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>a decision needs two to six options, this one has %1</source>
        <translation>una decisión necesita de dos a seis opciones; esta tiene %1</translation>
    </message>
    <message>
        <source>the content note has %1 characters; participants read it on a phone before the role-play, so keep it to %2</source>
        <translation>la nota sobre el contenido tiene %1 caracteres; los participantes la leen en el teléfono antes del juego de roles, así que limítala a %2</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario runner: %1</source>
        <translation>Desarrollo del escenario: %1</translation>
    </message>
    <message>
        <source>Role &amp;cards…</source>
        <translation>Tar&amp;jetas de rol…</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Tarjetas de rol</translation>
    </message>
    <message>
        <source>Every role&apos;s private brief and the observer checklist, to print or save as PDF</source>
        <translation>Las instrucciones confidenciales de cada rol y la lista de observación, para imprimir o guardar como PDF</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Empe&amp;zar de nuevo</translation>
    </message>
    <message>
        <source>Start the scenario over</source>
        <translation>Empezar el escenario de nuevo</translation>
    </message>
    <message>
        <source>Back to the first scene; recorded votes are kept</source>
        <translation>Vuelve a la primera escena; los votos registrados se conservan</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Mostrar en el pro&amp;yector</translation>
    </message>
    <message>
        <source>Current scene</source>
        <translation>Escena actual</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Temporizador de rondas</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← V&amp;olver</translation>
    </message>
    <message>
        <source>Back to the previous scene</source>
        <translation>Volver a la escena anterior</translation>
    </message>
    <message>
        <source>&amp;Next scene →</source>
        <translation>Si&amp;guiente escena →</translation>
    </message>
    <message>
        <source>Next scene</source>
        <translation>Siguiente escena</translation>
    </message>
    <message>
        <source>&amp;Debrief →</source>
        <translation>Puesta en co&amp;mún →</translation>
    </message>
    <message>
        <source>Go on to the debrief</source>
        <translation>Pasar a la puesta en común</translation>
    </message>
    <message>
        <source>Finish scenario</source>
        <translation>Terminar escenario</translation>
    </message>
    <message>
        <source>Finish the scenario</source>
        <translation>Terminar el escenario</translation>
    </message>
    <message>
        <source>Facilitator notes and timer</source>
        <translation>Notas de facilitación y temporizador</translation>
    </message>
    <message>
        <source>Previous scene</source>
        <translation>Escena anterior</translation>
    </message>
    <message>
        <source>Next scene or debrief</source>
        <translation>Siguiente escena o puesta en común</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Mostrar en el proyector</translation>
    </message>
    <message>
        <source>Take the next vote away</source>
        <translation>Restar un voto con el siguiente número</translation>
    </message>
    <message>
        <source>Add a vote to option %1</source>
        <translation>Sumar un voto a la opción %1</translation>
    </message>
    <message>
        <source>Take a vote from option %1</source>
        <translation>Restar un voto a la opción %1</translation>
    </message>
    <message>
        <source>Put this scene&apos;s narration on the audience screen (%1)</source>
        <translation>Mostrar la narración de esta escena en la pantalla del público (%1)</translation>
    </message>
    <message>
        <source>Back to the previous scene on the path (%1)</source>
        <translation>Volver a la escena anterior del camino (%1)</translation>
    </message>
    <message>
        <source>On to the next scene (%1)</source>
        <translation>Pasar a la siguiente escena (%1)</translation>
    </message>
    <message>
        <source>“%1” is over</source>
        <translation>«%1» ha terminado</translation>
    </message>
    <message>
        <source>Thank you for taking part.</source>
        <translation>Gracias por participar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Puesta en común: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>¿Qué?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>¿Y qué?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>¿Y ahora qué?</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start “%1” over from the first scene?</source>
        <translation>¿Empezar «%1» de nuevo desde la primera escena?</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) at this scenario&apos;s decisions in this session.</source>
        <translation>
            <numerusform>%n voto en las decisiones de este escenario en esta sesión.</numerusform>
            <numerusform>%n votos en las decisiones de este escenario en esta sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept: each decision is asked again in the same question, where votes counted by hand are added to them and a phone&apos;s new answer replaces its earlier one. The results and the report count both runs together.</source>
        <translation>Se conservan: cada decisión se vuelve a plantear en la misma pregunta, donde los votos contados a mano alzada se suman a ellos y la nueva respuesta de un teléfono sustituye a la anterior. Los resultados y el informe cuentan juntas las dos partidas.</translation>
    </message>
    <message>
        <source>&amp;Keep Votes and Start Over</source>
        <translation>&amp;Conservar los votos y empezar de nuevo</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>The scenario has ended and the projector says so. Start over to run it again, or choose another scenario from the library.</source>
        <translation>El escenario ha terminado y el proyector lo indica. Empieza de nuevo para volver a jugarlo o elige otro escenario de la biblioteca.</translation>
    </message>
    <message>
        <source>Thank the people who played the roles and the observers, and give the room a moment before the next part of the workshop.</source>
        <translation>Da las gracias a quienes han interpretado los roles y a quienes han observado, y deja un momento a la sala antes de la siguiente parte del taller.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Puesta en común</translation>
    </message>
    <message>
        <source>Debrief: What? So what? Now what?</source>
        <translation>Puesta en común: ¿Qué? ¿Y qué? ¿Y ahora qué?</translation>
    </message>
    <message>
        <source>What? (what happened)</source>
        <translation>¿Qué? (qué ha pasado)</translation>
    </message>
    <message>
        <source>So what? (why it matters)</source>
        <translation>¿Y qué? (por qué importa)</translation>
    </message>
    <message>
        <source>Now what? (what each of us will do)</source>
        <translation>¿Y ahora qué? (qué va a hacer cada cual)</translation>
    </message>
    <message>
        <source>Take the three kinds of question in order and give each its own time. Let the room answer before you offer your own view. Invite, never require: anyone may pass.</source>
        <translation>Plantea los tres tipos de pregunta por orden y dedica a cada uno su propio tiempo. Deja que la sala responda antes de dar tu opinión. Invita, no obligues: cualquiera puede pasar.</translation>
    </message>
    <message>
        <source>Debrief timer</source>
        <translation>Temporizador de la puesta en común</translation>
    </message>
    <message>
        <source>Scene %1 · Decision point</source>
        <translation>Escena %1 · Punto de decisión</translation>
    </message>
    <message>
        <source>Scene %1 · Ending</source>
        <translation>Escena %1 · Final</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Escena %1</translation>
    </message>
    <message>
        <source>Narration: %1</source>
        <translation>Narración: %1</translation>
    </message>
    <message>
        <source>This is an ending of the scenario. When the room is ready, go on to the debrief.</source>
        <translation>Este es uno de los finales del escenario. Cuando la sala esté lista, pasa a la puesta en común.</translation>
    </message>
    <message>
        <source>Show on the projector that the scenario is over</source>
        <translation>Mostrar en el proyector que el escenario ha terminado</translation>
    </message>
    <message>
        <source>Show the debrief questions on the projector</source>
        <translation>Mostrar en el proyector las preguntas para la puesta en común</translation>
    </message>
    <message>
        <source>Show the narration on the projector</source>
        <translation>Mostrar la narración en el proyector</translation>
    </message>
    <message>
        <source>No audience screen is open.</source>
        <translation>No hay ninguna pantalla del público abierta.</translation>
    </message>
    <message>
        <source>On the projector now.</source>
        <translation>Ahora en el proyector.</translation>
    </message>
    <message>
        <source>The projector says that the scenario is over.</source>
        <translation>El proyector indica que el escenario ha terminado.</translation>
    </message>
    <message>
        <source>the welcome screen</source>
        <translation>la pantalla de bienvenida</translation>
    </message>
    <message>
        <source>the group&apos;s agreements</source>
        <translation>los acuerdos del grupo</translation>
    </message>
    <message>
        <source>the narration of “%1”</source>
        <translation>la narración de «%1»</translation>
    </message>
    <message>
        <source>a question and its options</source>
        <translation>una pregunta y sus opciones</translation>
    </message>
    <message>
        <source>revealed results</source>
        <translation>los resultados revelados</translation>
    </message>
    <message>
        <source>debrief questions</source>
        <translation>las preguntas para la puesta en común</translation>
    </message>
    <message>
        <source>how to join from a phone</source>
        <translation>cómo unirse desde un teléfono</translation>
    </message>
    <message>
        <source>the request for commitments</source>
        <translation>la invitación a comprometerse</translation>
    </message>
    <message>
        <source>the group&apos;s commitments</source>
        <translation>los compromisos del grupo</translation>
    </message>
    <message>
        <source>The projector shows %1.</source>
        <translation>El proyector muestra %1.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Camino:</translation>
    </message>
    <message>
        <source>Path so far: %1</source>
        <translation>Camino hasta ahora: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Nota sobre el contenido: %1</translation>
    </message>
    <message>
        <source>Phones show this note while the role-play is on; anyone can sit it out there</source>
        <translation>Los teléfonos muestran esta nota mientras dura el juego de roles; allí cualquiera puede dejar de participar</translation>
    </message>
    <message>
        <source>Chosen on their phones; only the number is shown, here alone, never on the projector</source>
        <translation>Elegido en sus teléfonos; solo se muestra el número, solo aquí y nunca en el proyector</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) sitting this role-play out</source>
        <translation>
            <numerusform>%n persona no participa en este juego de roles</numerusform>
            <numerusform>%n personas no participan en este juego de roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message>
        <source>option --ts needs a file name</source>
        <translation>la opción --ts necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>unknown option %1 for scenario-strings</source>
        <translation>opción desconocida %1 para scenario-strings</translation>
    </message>
    <message>
        <source>scenario-strings needs --ts FILE.ts and at least one scenario file</source>
        <translation>scenario-strings necesita --ts ARCHIVO.ts y al menos un archivo de escenario</translation>
    </message>
    <message>
        <source>No translation file written: fix the scenario files first.</source>
        <translation>No se ha escrito ningún archivo de traducción: corrige primero los archivos de escenario.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation>
            <numerusform>%1: %n texto, %2 sin terminar.</numerusform>
            <numerusform>%1: %n textos, %2 sin terminar.</numerusform>
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
        <translation>Uso: upstander scenario-strings --ts ARCHIVO.ts ESCENARIO...

Escribe los textos traducibles de los escenarios en el archivo de Qt Linguist
ARCHIVO.ts, conservando las traducciones que ya tenga. El idioma se toma del
archivo o de su nombre (scenarios_de.ts es alemán). No se escribe nada mientras
un escenario tenga errores.

Opciones:
  --ts ARCHIVO.ts  el archivo de traducción que se crea o se actualiza
  -h, --help       muestra esta ayuda y termina

Códigos de salida: 0 escrito, 1 no se ha podido leer o escribir un escenario o
el archivo, 2 error de uso. Traducir escenarios: docs/translations.md.
</translation>
    </message>
</context>
<context>
    <name>SelfPlacementPanel</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Ph&amp;ase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Tally: the group stands on a line</source>
        <translation>Recuento: el grupo se coloca en una línea</translation>
    </message>
    <message>
        <source>Hot seat: the laptop goes round</source>
        <translation>Por turnos: el portátil pasa de mano en mano</translation>
    </message>
    <message>
        <source>&amp;Collect by:</source>
        <translation>&amp;Modo de recogida:</translation>
    </message>
    <message>
        <source>How answers are collected</source>
        <translation>Cómo se recogen las respuestas</translation>
    </message>
    <message>
        <source>Show &amp;Question on Projector</source>
        <translation>Mostrar la &amp;pregunta en el proyector</translation>
    </message>
    <message>
        <source>Count the people standing at each stage. Press 1–5 to add one; press − and then a number to take one away; Ctrl+Z undoes.</source>
        <translation>Cuenta a las personas que hay en cada etapa. Pulsa 1–5 para sumar una; pulsa − y luego un número para restar una; Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Next number takes one away</source>
        <translation>El siguiente número resta una</translation>
    </message>
    <message>
        <source>The laptop goes round the room and each person places themselves. &quot;Hand Over&quot; locks the console to a screen with only the question, the five stages and &quot;Pass&quot;: no tabs, notes, results or undo. Unlock it with %1 to take the laptop back; then Ctrl+Z takes back the last answer.</source>
        <translation>El portátil pasa por la sala y cada persona se sitúa. «Entregar el portátil» bloquea la consola en una pantalla que solo muestra la pregunta, las cinco etapas y «Pasar»: ni pestañas, ni notas, ni resultados, ni deshacer. Desbloquéala con %1 para recuperar el portátil; después, Ctrl+Z anula la última respuesta.</translation>
    </message>
    <message>
        <source>Hand &amp;Over the Laptop</source>
        <translation>Entregar el p&amp;ortátil</translation>
    </message>
    <message>
        <source>Hot Seat</source>
        <translation>Por turnos</translation>
    </message>
    <message>
        <source>The results of this question are shown, so it takes no more answers. Hide the results to go on collecting.</source>
        <translation>Los resultados de esta pregunta ya se muestran, así que no admite más respuestas. Oculta los resultados para seguir recogiéndolas.</translation>
    </message>
    <message>
        <source>Self-Placement</source>
        <translation>Autoubicación</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>No se ha podido guardar la pregunta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already answered this question one by one or on a phone. Hands counted now are added to them, so only people who have not answered yet may be counted. Count hands as well?</source>
        <translation>
            <numerusform>%n persona ya ha respondido a esta pregunta por turnos o desde su teléfono. Las manos alzadas que cuentes ahora se suman, así que solo puedes contar a quienes aún no han respondido. ¿Contar también a mano alzada?</numerusform>
            <numerusform>%n personas ya han respondido a esta pregunta por turnos o desde su teléfono. Las manos alzadas que cuentes ahora se suman, así que solo puedes contar a quienes aún no han respondido. ¿Contar también a mano alzada?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already counted by hand for this question. Answers given now are added to them, so only people who were not counted may answer. Take answers one by one as well?</source>
        <translation>
            <numerusform>Ya se ha contado a %n persona a mano alzada para esta pregunta. Las respuestas que se den ahora se suman, así que solo pueden responder quienes no se han contado. ¿Recoger también respuestas por turnos?</numerusform>
            <numerusform>Ya se ha contado a %n personas a mano alzada para esta pregunta. Las respuestas que se den ahora se suman, así que solo pueden responder quienes no se han contado. ¿Recoger también respuestas por turnos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Count both ways?</source>
        <translation>¿Contar de las dos formas?</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>The results could not be shown or hidden.</source>
        <translation>No se han podido mostrar u ocultar los resultados.</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Dónde se sitúa el grupo: %1</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>Add one to %1</source>
        <translation>Sumar uno a %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n persona</numerusform>
            <numerusform>%1: %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one from %1</source>
        <translation>Restar uno a %1</translation>
    </message>
    <message>
        <source>Where are you today? Tap the stage that fits you best, or press its number. Nobody sees your answer.</source>
        <translation>¿Dónde te sitúas hoy? Toca la etapa que mejor te describa o pulsa su número. Nadie ve tu respuesta.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Contadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered one by one or from phones</source>
        <translation>
            <numerusform>%n persona ha respondido por turnos o desde el teléfono</numerusform>
            <numerusform>%n personas han respondido por turnos o desde el teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all · counted by hand: %1 · answered one by one or from phones: %2</source>
        <translation>
            <numerusform>%n persona en total · contadas a mano alzada: %1 · respuestas por turnos o desde el teléfono: %2</numerusform>
            <numerusform>%n personas en total · contadas a mano alzada: %1 · respuestas por turnos o desde el teléfono: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The results are shown, so no more answers are counted. &quot;Hide Results&quot; or &quot;Show Question on Projector&quot; asks the question again.</source>
        <translation>Los resultados ya se muestran, así que no se cuentan más respuestas. «Ocultar resultados» o «Mostrar la pregunta en el proyector» vuelven a plantear la pregunta.</translation>
    </message>
    <message>
        <source>Hide Res&amp;ults</source>
        <translation>Ocultar resu&amp;ltados</translation>
    </message>
    <message>
        <source>Reveal Res&amp;ults</source>
        <translation>Revelar resu&amp;ltados</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>SessionCharts</name>
    <message>
        <source>Where the group stands</source>
        <translation>Dónde se sitúa el grupo</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>How people see themselves and what they chose</source>
        <translation>Cómo se ven las personas y qué eligieron</translation>
    </message>
    <message>
        <source>Votes at a decision</source>
        <translation>Votos en una decisión</translation>
    </message>
    <message>
        <source>Cohort trend</source>
        <translation>Evolución de la cohorte</translation>
    </message>
    <message>
        <source>On average, people place themselves where their choices are.</source>
        <translation>De media, las personas se sitúan donde están sus elecciones.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages further along than their choices.</source>
        <translation>De media, las personas se sitúan %1 etapas más adelante que sus elecciones.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages behind their choices.</source>
        <translation>De media, las personas se sitúan %1 etapas por detrás de sus elecciones.</translation>
    </message>
    <message>
        <source>Where people place themselves</source>
        <translation>Dónde se sitúan las personas</translation>
    </message>
    <message>
        <source>The stages of their choices</source>
        <translation>Las etapas de sus elecciones</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Dónde se sitúa el grupo: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Aún no hay ninguna decisión</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Configuración de la sesión</translation>
    </message>
    <message>
        <source>e.g. Leadership team, spring workshop</source>
        <translation>p. ej., Equipo directivo, taller de primavera</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>optional; the same name links a later follow-up</source>
        <translation>opcional; el mismo nombre enlaza un seguimiento posterior</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> respuestas</translation>
    </message>
    <message>
        <source>&amp;Show results from:</source>
        <translation>&amp;Mostrar resultados a partir de:</translation>
    </message>
    <message>
        <source>No result, chart or commitment is shown or exported while it rests on fewer answers than this, so nobody can be singled out.</source>
        <translation>Ningún resultado, gráfico ni compromiso se muestra ni se exporta mientras se base en menos respuestas que esta cifra, para que nadie pueda quedar identificado.</translation>
    </message>
    <message>
        <source>Name for stage %1, %2</source>
        <translation>Nombre de la etapa %1, %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Leave a field empty to use the standard name. The order and colours of the stages stay the same.</source>
        <translation>Deja un campo vacío para usar el nombre estándar. El orden y los colores de las etapas no cambian.</translation>
    </message>
    <message>
        <source>Stage na&amp;mes</source>
        <translation>Nombres de las eta&amp;pas</translation>
    </message>
    <message>
        <source>As the room will see it, e.g. Sam Okafor</source>
        <translation>Como lo verá la sala, p. ej., Sam Okafor</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>One item per line, e.g. 9:30 Where we stand</source>
        <translation>Un punto por línea, p. ej., 9:30 Dónde estamos</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>Un acuerdo por línea</translation>
    </message>
    <message>
        <source>Our &amp;agreements:</source>
        <translation>Nuestros &amp;acuerdos:</translation>
    </message>
    <message>
        <source>Shown on the projector when the session opens, and again with View ▸ Projector: Welcome Screen.</source>
        <translation>Se muestra en el proyector al abrir la sesión, y de nuevo con Ver ▸ Proyector: pantalla de bienvenida.</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>Pantalla de &amp;bienvenida</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>An earlier cohort: this session joins its trend.</source>
        <translation>Una cohorte anterior: esta sesión se suma a su evolución.</translation>
    </message>
    <message>
        <source>Saved as “%1”, the earlier cohort: this session joins its trend.</source>
        <translation>Guardada como «%1», la cohorte anterior: esta sesión se suma a su evolución.</translation>
    </message>
    <message>
        <source>A new cohort: later sessions with the same name are compared with it.</source>
        <translation>Una cohorte nueva: las sesiones posteriores con el mismo nombre se compararán con ella.</translation>
    </message>
    <message>
        <source>A new cohort. Did you mean “%1”? A different spelling starts a separate trend.</source>
        <translation>Una cohorte nueva. ¿Quizás querías decir «%1»? Si se escribe de otra forma, empieza una evolución aparte.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>No session is open.</source>
        <translation>No hay ninguna sesión abierta.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>No existe la sesión %1.</translation>
    </message>
    <message>
        <source>The commitment is empty.</source>
        <translation>El compromiso está vacío.</translation>
    </message>
    <message>
        <source>A commitment has at most %1 characters; this one has %2.</source>
        <translation>Un compromiso puede tener como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>The commitment is no longer there.</source>
        <translation>El compromiso ya no existe.</translation>
    </message>
    <message>
        <source>Answers are recorded in this question, so it stays.</source>
        <translation>Esta pregunta tiene respuestas registradas, así que se mantiene.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La pregunta está vacía.</translation>
    </message>
    <message>
        <source>A question has at most %1 characters.</source>
        <translation>Una pregunta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The question contains control characters.</source>
        <translation>La pregunta contiene caracteres de control.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so this chart is not shown.</source>
        <translation>Han respondido menos de %1 personas, así que este gráfico no se muestra.</translation>
    </message>
    <message>
        <source>Where the group stood before the scenarios</source>
        <translation>Dónde se situaba el grupo antes de los escenarios</translation>
    </message>
    <message>
        <source>Where people place themselves on the spectrum, against the stages of the options they chose in the scenarios.</source>
        <translation>Dónde se sitúan las personas en el espectro, frente a las etapas de las opciones que eligieron en los escenarios.</translation>
    </message>
    <message>
        <source>Report made %1 with Upstander.</source>
        <translation>Informe generado el %1 con Upstander.</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Cohorte: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Where people stood.</source>
        <translation>Dónde se situaban las personas.</translation>
    </message>
    <message>
        <source>Self-view and choices.</source>
        <translation>Autopercepción y elecciones.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Fewer than %1 people chose an option here, so the votes are not shown.</source>
        <translation>Aquí menos de %1 personas eligieron una opción, así que no se muestran los votos.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Preguntas para la puesta en común</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>¿Qué?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>¿Y qué?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>¿Y ahora qué?</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Commitments are listed once at least %1 people have written one.</source>
        <translation>Los compromisos se listan cuando al menos %1 personas han escrito uno.</translation>
    </message>
    <message>
        <source>The next step from each stage</source>
        <translation>El siguiente paso desde cada etapa</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>No se puede empezar a generar el informe.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
    <message>
        <source>Commitments kept.</source>
        <translation>Compromisos cumplidos.</translation>
    </message>
    <message>
        <source>Did people do what they committed to?</source>
        <translation>¿Hicieron las personas lo que se comprometieron a hacer?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Did it</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Of the people who had made a commitment and answered the check-in of a follow-up.</source>
        <translation>Sobre las personas que habían hecho un compromiso y respondieron al balance de compromisos de un seguimiento.</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>Where are you today?</source>
        <translation>¿Dónde te sitúas hoy?</translation>
    </message>
    <message>
        <source>Where are you now, after the scenarios?</source>
        <translation>¿Dónde te sitúas ahora, después de los escenarios?</translation>
    </message>
    <message>
        <source>Where are you now, weeks later?</source>
        <translation>¿Dónde te sitúas ahora, unas semanas después?</translation>
    </message>
    <message>
        <source>Own what you intend and what it does: if something lands badly, listen first.</source>
        <translation>Asumimos nuestra intención y su efecto: si algo sienta mal, primero escuchamos.</translation>
    </message>
    <message>
        <source>Challenge by choice: take part as far as feels right; passing is always fine.</source>
        <translation>Participamos por elección propia: cada cual llega hasta donde le resulte cómodo; siempre se puede pasar.</translation>
    </message>
    <message>
        <source>Question ideas, never attack people.</source>
        <translation>Cuestionamos ideas, nunca atacamos a personas.</translation>
    </message>
    <message>
        <source>Stories told here stay here; what we learn leaves with us.</source>
        <translation>Lo que se cuenta aquí se queda aquí; lo que aprendemos nos lo llevamos.</translation>
    </message>
    <message>
        <source>There is no question %1 in this session.</source>
        <translation>No hay ninguna pregunta %1 en esta sesión.</translation>
    </message>
    <message>
        <source>This question is not one to choose an option in.</source>
        <translation>En esta pregunta no se elige ninguna opción.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Esta pregunta está cerrada.</translation>
    </message>
    <message>
        <source>The participant token is missing or too long.</source>
        <translation>Falta el token de participante o es demasiado largo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this question&apos;s choices.</source>
        <translation>«%1» no es una de las opciones de esta pregunta.</translation>
    </message>
    <message>
        <source>This participant sits out the role-play question %1 belongs to.</source>
        <translation>Esta persona no participa en el juego de roles al que pertenece la pregunta %1.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Did you do what you committed to?</source>
        <translation>¿Hiciste lo que te comprometiste a hacer?</translation>
    </message>
    <message>
        <source>Yes, I did</source>
        <translation>Sí, lo hice</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>I did not make a commitment</source>
        <translation>No hice ningún compromiso</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. Upstander keeps every answer there and will not run without saving them; choose another folder with --data-dir.</source>
        <translation>La carpeta de datos %1 es de solo lectura. Upstander guarda ahí cada respuesta y no funciona sin poder guardarlas; elige otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not an Upstander database (it may be damaged). It was left unchanged; move it aside to start a new one.</source>
        <translation>%1 no es una base de datos de Upstander (o puede estar dañada). No se ha modificado; muévela a otro sitio para empezar una nueva.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; move it aside to start a new one.</source>
        <translation>La base de datos %1 está dañada (%2). No se ha modificado; muévela a otro sitio para empezar una nueva.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be set up: %2</source>
        <translation>No se puede preparar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Earlier answers are not saved yet; try again.</source>
        <translation>Las respuestas anteriores aún no se han guardado; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>No existe la sesión %1.</translation>
    </message>
    <message>
        <source>The commitment is no longer stored.</source>
        <translation>El compromiso ya no está guardado.</translation>
    </message>
    <message>
        <source>Question %1 is not there, or answers are recorded in it.</source>
        <translation>La pregunta %1 no existe o tiene respuestas registradas.</translation>
    </message>
    <message>
        <source>Session %1 cannot be put back: %2</source>
        <translation>No se puede recuperar la sesión %1: %2</translation>
    </message>
    <message>
        <source>Session %1 is back already.</source>
        <translation>La sesión %1 ya se ha recuperado.</translation>
    </message>
</context>
<context>
    <name>SetGroupChoiceCommand</name>
    <message>
        <source>Clear the group&apos;s choice</source>
        <translation>Anular la elección del grupo</translation>
    </message>
    <message>
        <source>The group chooses &quot;%1&quot;</source>
        <translation>El grupo elige «%1»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>One row per command: where it is, what it does, its keys</source>
        <translation>Una fila por comando: dónde está, qué hace y sus teclas</translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Bystander</source>
        <translation>Al margen</translation>
    </message>
    <message>
        <source>Sees the unfairness happen and stays out of it.</source>
        <translation>Ve la injusticia y se mantiene al margen.</translation>
    </message>
    <message>
        <source>The bystander is in the room when someone is excluded or demeaned and lets it pass. Rarely out of ill will: more often they are unsure what to say, uncomfortable, or quietly weighing the cost of speaking against the ease of silence. Most of us stand here more often than we would like to think; what is missing is skill, confidence and a culture that backs them up.</source>
        <translation>Quien se queda al margen está presente cuando se excluye o se menosprecia a alguien, y deja que pase. Rara vez es por mala fe: lo más habitual es no saber qué decir, sentir incomodidad o sopesar en silencio lo que cuesta hablar frente a lo cómodo que es callar. La mayoría nos quedamos aquí más a menudo de lo que nos gustaría pensar; lo que falta es habilidad, confianza y una cultura que nos respalde.</translation>
    </message>
    <message>
        <source>Looks away or changes the subject when a remark lands badly</source>
        <translation>Mira hacia otro lado o cambia de tema cuando un comentario sienta mal</translation>
    </message>
    <message>
        <source>Waits for someone more senior to deal with it</source>
        <translation>Espera a que alguien con más rango se ocupe</translation>
    </message>
    <message>
        <source>Tells themselves it was only a joke, or not their business</source>
        <translation>Se convence de que solo era una broma o de que no es asunto suyo</translation>
    </message>
    <message>
        <source>A colleague is talked over twice; the bystander notices, feels uneasy and moves on to the next agenda item.</source>
        <translation>Interrumpen dos veces a alguien del equipo; quien está al margen se da cuenta, siente incomodidad y pasa al siguiente punto del orden del día.</translation>
    </message>
    <message>
        <source>Notice: pay deliberate attention to who speaks, who is interrupted and who is missing. Seeing the pattern is the first move.</source>
        <translation>Fíjate: presta atención, de forma deliberada, a quién habla, a quién interrumpen y a quién falta. Ver el patrón es el primer paso.</translation>
    </message>
    <message>
        <source>Passive supporter</source>
        <translation>Apoyo pasivo</translation>
    </message>
    <message>
        <source>Agrees with inclusion when asked, but never starts anything.</source>
        <translation>Está a favor de la inclusión si se le pregunta, pero nunca toma la iniciativa.</translation>
    </message>
    <message>
        <source>The passive supporter means it: they back the right policies, sit through the training and agree when the topic comes up. Their support is sincere but stays in reserve. It is never spent in the moment that would change something, so the people it is meant for never feel it.</source>
        <translation>Quien ofrece apoyo pasivo lo dice en serio: respalda las políticas adecuadas, asiste a las formaciones y está de acuerdo cuando sale el tema. Su apoyo es sincero, pero se queda en reserva. Nunca se usa en el momento en que cambiaría algo, así que las personas a las que va dirigido nunca lo notan.</translation>
    </message>
    <message>
        <source>Agrees in private after the meeting that something was unfair</source>
        <translation>Reconoce en privado, después de la reunión, que algo fue injusto</translation>
    </message>
    <message>
        <source>Votes for inclusive policies but does not raise them</source>
        <translation>Vota a favor de políticas inclusivas, pero no las propone</translation>
    </message>
    <message>
        <source>Attends training and events, then returns to business as usual</source>
        <translation>Asiste a formaciones y actos, y luego vuelve a lo de siempre</translation>
    </message>
    <message>
        <source>Nods when someone else challenges a biased comment, and says afterwards in the corridor that they were right.</source>
        <translation>Asiente cuando otra persona rebate un comentario sesgado y luego comenta en el pasillo que esa persona tenía razón.</translation>
    </message>
    <message>
        <source>Name it: say something in the moment, specifically. It does not need to be perfect; silence costs more than an imperfect sentence.</source>
        <translation>Nómbralo: di algo en el momento, de forma concreta. No tiene que ser perfecto; el silencio cuesta más que una frase imperfecta.</translation>
    </message>
    <message>
        <source>Performative ally</source>
        <translation>Alianza performativa</translation>
    </message>
    <message>
        <source>Visible in public, absent where it counts.</source>
        <translation>Visible en público, ausente cuando importa.</translation>
    </message>
    <message>
        <source>The performative ally posts, shares and speaks up where it is seen: at the awareness event, on social media, in the all-hands. When the hard, quiet work comes (the budget, the policy, the awkward conversation) they are elsewhere. Their support mostly serves their own reputation, and the people it claims to help can tell.</source>
        <translation>Quien practica la alianza performativa publica, comparte y alza la voz donde se ve: en la jornada de sensibilización, en las redes sociales, en la reunión general. Cuando llega el trabajo difícil y discreto (el presupuesto, la política, la conversación incómoda), está en otra parte. Su apoyo sirve sobre todo a su propia reputación, y las personas a las que dice ayudar lo notan.</translation>
    </message>
    <message>
        <source>Shares the campaign post, skips the policy review</source>
        <translation>Comparte la publicación de la campaña, pero se salta la revisión de la política</translation>
    </message>
    <message>
        <source>Speaks about inclusion on stage, not in the hiring panel</source>
        <translation>Habla de inclusión desde el atril, pero no en el comité de selección</translation>
    </message>
    <message>
        <source>Expects thanks or visibility for acts of support</source>
        <translation>Espera agradecimiento o visibilidad por cada gesto de apoyo</translation>
    </message>
    <message>
        <source>Opens the meeting with a statement about valuing every voice, then lets the same two people talk for an hour.</source>
        <translation>Abre la reunión diciendo que todas las voces cuentan y luego deja que las mismas dos personas hablen durante una hora.</translation>
    </message>
    <message>
        <source>Move the effort from being seen to changing something: pick one action no one will applaud and do it consistently.</source>
        <translation>Pon el esfuerzo en cambiar algo, no en que te vean: elige una acción que nadie vaya a aplaudir y hazla con constancia.</translation>
    </message>
    <message>
        <source>Active ally</source>
        <translation>Alianza activa</translation>
    </message>
    <message>
        <source>Steps in when it happens, without waiting for applause.</source>
        <translation>Interviene cuando ocurre, sin esperar aplausos.</translation>
    </message>
    <message>
        <source>The active ally acts in real time. They speak up when something is wrong rather than when it is safe, make sure ideas are credited to the person who had them, and notice who is being left out of the conversation and make room for them. It shows in behaviour, again and again, not in announcements.</source>
        <translation>Quien practica la alianza activa actúa en tiempo real. Alza la voz cuando algo está mal, no cuando es seguro hacerlo; se asegura de que las ideas se atribuyan a quien las tuvo, y se da cuenta de quién se queda fuera de la conversación y le hace sitio. Se nota en su conducta, una y otra vez, no en los anuncios.</translation>
    </message>
    <message>
        <source>Brings an overlooked idea back and names whose it was</source>
        <translation>Recupera una idea que se pasó por alto y dice de quién era</translation>
    </message>
    <message>
        <source>Interrupts a demeaning joke by pointing to its impact</source>
        <translation>Frena una broma denigrante señalando su efecto</translation>
    </message>
    <message>
        <source>Corrects a mispronounced name or a wrong pronoun, calmly</source>
        <translation>Corrige con calma un nombre mal pronunciado o un pronombre equivocado</translation>
    </message>
    <message>
        <source>Asks the person affected what support they actually want</source>
        <translation>Pregunta a la persona afectada qué apoyo quiere realmente</translation>
    </message>
    <message>
        <source>&quot;Before we move on, I&apos;d like to hear the end of Lina&apos;s point.&quot;</source>
        <translation>«Antes de seguir, me gustaría oír a Lina terminar lo que estaba diciendo».</translation>
    </message>
    <message>
        <source>Use what you have: your seniority, network, credibility or platform can change processes, not only moments.</source>
        <translation>Usa lo que tienes: tu antigüedad, tu red de contactos, tu credibilidad o tu visibilidad pueden cambiar procesos, no solo momentos.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Impulso al cambio</translation>
    </message>
    <message>
        <source>Uses their power to change the system, watched or not.</source>
        <translation>Usa su poder para cambiar el sistema, con o sin público.</translation>
    </message>
    <message>
        <source>The advocate goes beyond the single incident to the process that keeps producing it. They use positional or social power to open doors, question criteria and challenge decisions that keep inequity in place, whether or not anyone is looking. They keep the focus on the people affected, not on themselves, and treat it as lifelong practice rather than a box ticked.</source>
        <translation>Quien impulsa el cambio va más allá del incidente concreto, hasta el proceso que lo sigue produciendo. Usa su poder, por su cargo o su influencia, para abrir puertas, cuestionar criterios y rebatir decisiones que mantienen la desigualdad, haya o no alguien mirando. Pone el foco en las personas afectadas, no en su propio protagonismo, y lo vive como una práctica de toda la vida, no como una casilla que marcar.</translation>
    </message>
    <message>
        <source>Asks what the promotion criteria actually measure</source>
        <translation>Pregunta qué miden en realidad los criterios de ascenso</translation>
    </message>
    <message>
        <source>Secures budget and executive access for a resource group</source>
        <translation>Consigue presupuesto y acceso a la dirección para un grupo de afinidad</translation>
    </message>
    <message>
        <source>Brings people into rooms and client meetings they are kept out of</source>
        <translation>Lleva a otras personas a reuniones y citas con clientes de las que suelen quedar fuera</translation>
    </message>
    <message>
        <source>Pushes for pay and promotion data to be examined and published</source>
        <translation>Presiona para que se analicen y se publiquen los datos de salarios y ascensos</translation>
    </message>
    <message>
        <source>&quot;Who affected by this decision is not in this room, and how do we hear from them before we sign it off?&quot;</source>
        <translation>«¿A quién afecta esta decisión sin estar en esta sala, y cómo vamos a conocer su opinión antes de aprobarla?».</translation>
    </message>
    <message>
        <source>Keep going and bring others with you: make active allyship the norm in your team rather than the exception.</source>
        <translation>Sigue adelante y suma a otras personas: haz que la alianza activa sea la norma en tu equipo y no la excepción.</translation>
    </message>
</context>
<context>
    <name>StageChip</name>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
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
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Share of the group (%)</source>
        <translation>Porcentaje del grupo (%)</translation>
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
            <numerusform>%1: %n elección</numerusform>
            <numerusform>%1: %n elecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n persona</numerusform>
            <numerusform>%1: %n personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterActions</name>
    <message>
        <source>Learn about an experience unlike mine from a book, article or podcast, without asking a colleague to teach me</source>
        <translation>Informarme sobre una experiencia distinta de la mía con un libro, un artículo o un pódcast, sin pedir a mis colegas que me la expliquen</translation>
    </message>
    <message>
        <source>Write down one advantage I have at work and one way to use it for someone else</source>
        <translation>Anotar una ventaja que tengo en el trabajo y una forma de usarla en favor de otra persona</translation>
    </message>
    <message>
        <source>Take an implicit association test and reflect on the result</source>
        <translation>Hacer un test de asociación implícita y reflexionar sobre el resultado</translation>
    </message>
    <message>
        <source>In one conversation a day, listen to the end before I answer</source>
        <translation>En una conversación al día, escuchar hasta el final antes de responder</translation>
    </message>
    <message>
        <source>When someone tells me about being excluded, believe them and say so</source>
        <translation>Cuando alguien me cuente que ha sufrido exclusión, creerle y decírselo</translation>
    </message>
    <message>
        <source>Bring back an idea that was talked over, and name whose it was</source>
        <translation>Recuperar una idea que se pasó por alto y decir de quién era</translation>
    </message>
    <message>
        <source>Correct the record when someone&apos;s work is credited to another person</source>
        <translation>Dejar las cosas claras cuando el trabajo de alguien se atribuye a otra persona</translation>
    </message>
    <message>
        <source>Use my platform to point to a colleague&apos;s achievement</source>
        <translation>Usar mi visibilidad para destacar el logro de alguien de mi equipo</translation>
    </message>
    <message>
        <source>Recommend a colleague from an under-represented group for a stretch project</source>
        <translation>Recomendar a alguien de un grupo infrarrepresentado para un proyecto que le suponga un reto</translation>
    </message>
    <message>
        <source>Speak up about a &quot;joke&quot; by naming its impact, not arguing intent</source>
        <translation>Reaccionar ante una «broma» señalando su efecto, sin discutir la intención</translation>
    </message>
    <message>
        <source>Learn to say every name in my team correctly, and correct others calmly</source>
        <translation>Aprender a pronunciar bien todos los nombres de mi equipo y corregir con calma a quien se equivoque</translation>
    </message>
    <message>
        <source>Use people&apos;s pronouns and gender-neutral words in meetings and writing</source>
        <translation>Usar los pronombres de cada persona y un lenguaje inclusivo en reuniones y textos</translation>
    </message>
    <message>
        <source>When corrected, apologise briefly, fix it, and move on without excuses</source>
        <translation>Cuando me corrijan, disculparme brevemente, rectificar y seguir adelante sin excusas</translation>
    </message>
    <message>
        <source>Ask for feedback on how I show up, and thank the person who gives it</source>
        <translation>Pedir opiniones sobre cómo me comporto y dar las gracias a quien me las dé</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Answers could not be saved (%1). They are kept in memory and saving is retried; free some disk space if it is full.</source>
        <translation>No se han podido guardar las respuestas (%1). Se mantienen en memoria y se vuelve a intentar guardarlas; libera espacio en el disco si está lleno.</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>upgrading the database failed at &quot;%1&quot;: %2</source>
        <translation>la actualización de la base de datos ha fallado en «%1»: %2</translation>
    </message>
    <message>
        <source>the database&apos;s version cannot be read</source>
        <translation>no se puede leer la versión de la base de datos</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Upstander (format %1; this version reads up to %2). It was left unchanged; update Upstander to open it.</source>
        <translation>la base de datos la escribió una versión más reciente de Upstander (formato %1; esta versión lee hasta el %2). No se ha modificado; actualiza Upstander para abrirla.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Amplifying voices</source>
        <translation>Amplificar voces</translation>
    </message>
    <message>
        <source>Giving credit</source>
        <translation>Reconocer el mérito</translation>
    </message>
    <message>
        <source>Microaggressions</source>
        <translation>Microagresiones</translation>
    </message>
    <message>
        <source>Names and inclusive language</source>
        <translation>Nombres y lenguaje inclusivo</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>Selección de personal</translation>
    </message>
    <message>
        <source>Opening opportunities</source>
        <translation>Abrir oportunidades</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>Grupos de afinidad</translation>
    </message>
    <message>
        <source>Performative gestures</source>
        <translation>Gestos performativos</translation>
    </message>
    <message>
        <source>Challenging the process</source>
        <translation>Cuestionar el proceso</translation>
    </message>
    <message>
        <source>Listening first</source>
        <translation>Escuchar primero</translation>
    </message>
    <message>
        <source>Owning mistakes</source>
        <translation>Asumir los errores</translation>
    </message>
    <message>
        <source>Using access</source>
        <translation>Usar el acceso</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Mean stage</source>
        <translation>Etapa media</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean stage, on a scale of %1</source>
        <translation>Etapa media, en una escala de %1</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>sin mostrar (%1)</translation>
    </message>
    <message>
        <source>%1 mean stage %2</source>
        <translation>etapa media %2 (%1)</translation>
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
        <translation>Ronda %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two names</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three names</comment>
        <translation>%1, %2 y %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s)</source>
        <comment>names</comment>
        <translation>
            <numerusform>%1, %2 y %n más</numerusform>
            <numerusform>%1, %2 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 speaks</source>
        <translation>%1 habla</translation>
    </message>
    <message>
        <source>%1 plays %2</source>
        <translation>%1 hace de %2</translation>
    </message>
    <message>
        <source>%1 responds</source>
        <translation>%1 responde</translation>
    </message>
    <message>
        <source>%1 observes</source>
        <translation>%1 observa</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>unknown option %1 for validate</source>
        <translation>opción desconocida %1 para validate</translation>
    </message>
    <message>
        <source>validate needs at least one scenario file</source>
        <translation>validate necesita al menos un archivo de escenario</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation>
            <numerusform>%n archivo comprobado, sin errores.</numerusform>
            <numerusform>%n archivos comprobados, sin errores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 with errors.</source>
        <translation>
            <numerusform>%n archivo comprobado, %1 con errores.</numerusform>
            <numerusform>%n archivos comprobados, %1 con errores.</numerusform>
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
        <translation>Uso: upstander validate [-q|--quiet] [--] ARCHIVO...

Comprueba archivos de escenario: una línea por problema en la salida estándar,
ARCHIVO:LÍNEA:COL: error: MENSAJE (o warning:), y un resumen en la salida de
errores.

Opciones:
  -q, --quiet   sin resumen en la salida de errores
  --            todos los argumentos que siguen son archivos, aunque empiecen
                por -
  -h, --help    muestra esta ayuda y termina

Códigos de salida: 0 ningún archivo tiene errores (los avisos solos no cuentan),
1 algún archivo tiene alguno, 2 error de uso. Formato de los archivos de
escenario: docs/scenario-format.md.
</translation>
    </message>
</context>
<context>
    <name>WorkshopGuideDialog</name>
    <message>
        <source>Workshop Guide</source>
        <translation>Guía del taller</translation>
    </message>
    <message>
        <source>A workshop with Upstander</source>
        <translation>Un taller con Upstander</translation>
    </message>
    <message>
        <source>Session.</source>
        <translation>Sesión.</translation>
    </message>
    <message>
        <source>Start a new session%1: a title, the date, the group&apos;s language and k, the smallest group whose answers are shown. Open the audience window on the projector%2.</source>
        <translation>Empieza una sesión nueva%1: un título, la fecha, el idioma del grupo y k, el grupo más pequeño cuyas respuestas se muestran. Abre la ventana del público en el proyector%2.</translation>
    </message>
    <message>
        <source>Baseline.</source>
        <translation>Punto de partida.</translation>
    </message>
    <message>
        <source>Ask &quot;Where are you today?&quot;. Invite phones%1, or count the group standing on the line with keys 1 to 5 (undo with %2), or pass the laptop round in the hot seat. Results stay hidden until you reveal them.</source>
        <translation>Pregunta «¿Dónde te sitúas hoy?». Invita a los teléfonos%1, o cuenta al grupo colocado en la línea con las teclas 1 a 5 (deshaz con %2), o pasa el portátil por turnos. Los resultados permanecen ocultos hasta que los reveles.</translation>
    </message>
    <message>
        <source>Scenarios.</source>
        <translation>Escenarios.</translation>
    </message>
    <message>
        <source>Find a scenario in the library%1 and run it. Read the scene, hand out the role cards, start the round&apos;s timer%2. At a decision the group votes; reveal the stages, follow the branch, debrief.</source>
        <translation>Busca un escenario en la biblioteca%1 e inícialo. Lee la escena, reparte las tarjetas de rol y pon en marcha el temporizador de la ronda%2. En cada decisión, el grupo vota; revela las etapas, sigue la rama y haz la puesta en común.</translation>
    </message>
    <message>
        <source>Close.</source>
        <translation>Cierre.</translation>
    </message>
    <message>
        <source>Ask where people are now (&quot;after&quot;), and invite each person to write one action for the next two weeks. Commitments stay anonymous.</source>
        <translation>Pregunta dónde se sitúa cada persona ahora («después») e invita a cada una a escribir una acción para las próximas dos semanas. Los compromisos son anónimos.</translation>
    </message>
    <message>
        <source>Review.</source>
        <translation>Revisión.</translation>
    </message>
    <message>
        <source>Look at the charts together: where the group stands, before and after, the decisions. Export the report%1.</source>
        <translation>Revisa los gráficos con el grupo: dónde se sitúa, antes y después, y las decisiones. Exporta el informe%1.</translation>
    </message>
    <message>
        <source>Follow-up.</source>
        <translation>Seguimiento.</translation>
    </message>
    <message>
        <source>Some weeks later run a short session for the same cohort: did people do what they committed to? The trend shows the sessions side by side.</source>
        <translation>Unas semanas después, haz una sesión corta con la misma cohorte: ¿ha cumplido cada cual su compromiso? La evolución muestra las sesiones una junto a otra.</translation>
    </message>
    <message>
        <source>Every key: Help ▸ Keyboard Shortcuts. Numbers below k are never shown on the projector or the phones.</source>
        <translation>Todas las teclas: Ayuda ▸ Atajos de teclado. Las cifras por debajo de k nunca se muestran en el proyector ni en los teléfonos.</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>YAML aliases (*name) are not allowed in scenario files; write the text out in full</source>
        <translation>los alias de YAML (*nombre) no se permiten en los archivos de escenario; escribe el texto completo</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes; scenario files are far smaller</source>
        <translation>el archivo tiene más de %1 nodos YAML; los archivos de escenario son mucho más pequeños</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; scenario files need only a few levels</source>
        <translation>anidado a más de %1 niveles de profundidad; los archivos de escenario solo necesitan unos pocos niveles</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;name) are not allowed in scenario files</source>
        <translation>las anclas de YAML (&amp;nombre) no se permiten en los archivos de escenario</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>un único valor</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>un mapa</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted text starting here is never closed; add the missing %1</source>
        <translation>error de sintaxis YAML: el texto entre comillas que empieza aquí no se cierra nunca; añade el %1 que falta</translation>
    </message>
    <message>
        <source>a second YAML document (after &quot;---&quot;); a scenario file holds exactly one</source>
        <translation>un segundo documento YAML (después de &quot;---&quot;); un archivo de escenario contiene exactamente uno</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>error de sintaxis YAML: %1</translation>
    </message>
</context>
</TS>
