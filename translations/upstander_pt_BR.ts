<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddCommitmentCommand</name>
    <message>
        <source>Add commitment</source>
        <translation>Adicionar compromisso</translation>
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
        <translation>Tela do público</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>O tempo acabou</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Join from your phone</source>
        <translation>Participe pelo celular</translation>
    </message>
    <message>
        <source>One action in the next two weeks</source>
        <translation>Uma ação nas próximas duas semanas</translation>
    </message>
    <message>
        <source>Phones are not invited yet.</source>
        <translation>Os celulares ainda não foram convidados.</translation>
    </message>
    <message>
        <source>Time left: %1 seconds</source>
        <translation>Tempo restante: %1 segundos</translation>
    </message>
</context>
<context>
    <name>ChangeSessionCommand</name>
    <message>
        <source>Change the session&apos;s settings</source>
        <translation>Alterar as configurações da sessão</translation>
    </message>
</context>
<context>
    <name>ChangeTallyCommand</name>
    <message>
        <source>Add one to &quot;%1&quot;</source>
        <translation>Somar um a “%1”</translation>
    </message>
    <message>
        <source>Take one from &quot;%1&quot;</source>
        <translation>Tirar um de “%1”</translation>
    </message>
</context>
<context>
    <name>ChartExportCommand</name>
    <message>
        <source>unknown chart &quot;%1&quot;; the charts are %2</source>
        <translation>gráfico desconhecido &quot;%1&quot;; os gráficos são %2</translation>
    </message>
    <message>
        <source>--format %1 needs --chart NAME (%2); only pdf without --chart writes the whole report</source>
        <translation>--format %1 precisa de --chart NOME (%2); só pdf sem --chart grava o relatório completo</translation>
    </message>
    <message>
        <source>--question goes with --chart distribution or decisions</source>
        <translation>--question só pode ser usado com --chart distribution ou decisions</translation>
    </message>
    <message>
        <source>Session %1 has no question %2 for the %3 chart.</source>
        <translation>A sessão %1 não tem a pergunta %2 para o gráfico %3.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>There is no chart called &quot;%1&quot;.</source>
        <translation>Não existe nenhum gráfico chamado “%1”.</translation>
    </message>
</context>
<context>
    <name>ChartModel</name>
    <message numerus="yes">
        <source>Needs at least %n answers</source>
        <translation>
            <numerusform>Precisa de pelo menos %n resposta</numerusform>
            <numerusform>Precisa de pelo menos %n respostas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Nada para mostrar ainda</translation>
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
        <translation>Balanço: as pessoas fizeram o que se comprometeram a fazer?</translation>
    </message>
    <message>
        <source>Ask the group whether they did what they committed to at the workshop. Phones answer anonymously and never see what they wrote then; hands can be counted below.</source>
        <translation>Pergunte ao grupo se as pessoas fizeram o que se comprometeram a fazer no workshop. Os celulares respondem de forma anônima e nunca veem o que foi escrito na época; as mãos podem ser contadas abaixo.</translation>
    </message>
    <message>
        <source>Shows the check-in question on the projector and on participants&apos; phones</source>
        <translation>Mostra a pergunta de balanço no projetor e nos celulares das pessoas participantes</translation>
    </message>
    <message>
        <source>Take a hand off: %1</source>
        <translation>Descontar uma mão: %1</translation>
    </message>
    <message>
        <source>Count a hand: %1</source>
        <translation>Contar uma mão: %1</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>Não foi possível salvar a pergunta: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The answers could not be shown or hidden.</source>
        <translation>Não foi possível mostrar nem ocultar as respostas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n hand(s) counted</source>
        <translation>
            <numerusform>%1: %n mão contada</numerusform>
            <numerusform>%1: %n mãos contadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>A pergunta ainda não foi feita.</translation>
    </message>
    <message>
        <source>Did it: %1 · Partly: %2 · Not yet: %3 · No commitment: %4. %5% of those who had made a commitment did it.</source>
        <translation>Cumpriram: %1 · Em parte: %2 · Ainda não: %3 · Sem compromisso: %4. %5% de quem tinha feito um compromisso o cumpriu.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. The numbers show once at least %1 people who had made a commitment have answered.</source>
        <translation>
            <numerusform>%n resposta até agora. Os números aparecem quando pelo menos %1 pessoas que fizeram um compromisso tiverem respondido.</numerusform>
            <numerusform>%n respostas até agora. Os números aparecem quando pelo menos %1 pessoas que fizeram um compromisso tiverem respondido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the Check-in &amp;Question</source>
        <translation>&amp;Fazer a pergunta de balanço</translation>
    </message>
    <message>
        <source>Hide the A&amp;nswers</source>
        <translation>Ocultar as respostas do &amp;grupo</translation>
    </message>
    <message>
        <source>Reveal the A&amp;nswers</source>
        <translation>Revelar as respostas do &amp;grupo</translation>
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
        <translation>As respostas estão na tela: a contagem fica fixa até a pergunta de balanço ser feita de novo</translation>
    </message>
</context>
<context>
    <name>CohortTrendModel</name>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>This session (not part of a cohort)</source>
        <translation>Esta sessão (fora de uma turma)</translation>
    </message>
    <message>
        <source>Cohort “%1” over time</source>
        <translation>Turma “%1” ao longo do tempo</translation>
    </message>
    <message>
        <source>The mean stage of each session&apos;s answers</source>
        <translation>O estágio médio das respostas de cada sessão</translation>
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
        <translation>Use &quot;upstander --help&quot; para mais informações.</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>a opção %1 precisa de um valor</translation>
    </message>
    <message>
        <source>option --data-dir needs a folder</source>
        <translation>a opção --data-dir precisa de uma pasta</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opção desconhecida %1</translation>
    </message>
    <message>
        <source>--session goes with --serve</source>
        <translation>--session só pode ser usado com --serve</translation>
    </message>
    <message>
        <source>--serve needs HOST:PORT, an IP address and a port, e.g. 0.0.0.0:8080 (not &quot;%1&quot;)</source>
        <translation>--serve precisa de HOST:PORTA, um endereço IP e uma porta, por exemplo 0.0.0.0:8080 (não &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>--session needs a session id (see &quot;upstander sessions&quot;) or &quot;new&quot;, not &quot;%1&quot;</source>
        <translation>--session precisa do id de uma sessão (veja &quot;upstander sessions&quot;) ou &quot;new&quot;, não &quot;%1&quot;</translation>
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
        <translation>Uso: upstander [OPÇÕES] [COMANDO [ARGUMENTOS]]

Conduz workshops de aliança: o espectro da aliança, cenários de dramatização
e as respostas do grupo. Sem comando, abre o programa de desktop.

Comandos:
  validate ARQUIVO...
                     verifica arquivos de cenário; mostra
                     ARQUIVO:LINHA:COL: error: MENSAGEM para cada problema;
                     sai com 0 quando nenhum arquivo tem erro, com 1 quando
                     algum tem
  scenario-strings --ts ARQUIVO.ts CENÁRIO...
                     grava os textos dos cenários em um arquivo do Qt Linguist
                     para tradução, mantendo as traduções já feitas

Opções:
  --lang IDIOMA      usa o idioma IDIOMA (%1) em vez do idioma do sistema
  --serve HOST:PORTA [--session ID|new]
                     abre o programa de desktop com os celulares convidados:
                     serve a página de participantes em HOST:PORTA (porta 0:
                     qualquer porta livre), abre a sessão ID ou uma nova (o
                     padrão) com a autoavaliação inicial no projetor e mostra o
                     endereço e o código de entrada
  -h, --help         mostra esta ajuda e sai
  -v, --version      mostra a versão e sai

Códigos de saída: 0 sucesso, 1 falha, 2 erro de uso.
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
        <translation>Dados das sessões (um banco de dados por pasta de dados):
  sessions [--format table|tsv]
                     lista as sessões, da mais recente para a mais antiga: id,
                     data, título, turma e número de respostas; tsv é separado
                     por tabulações, para scripts
  export --session ID --format csv|json --out ARQUIVO [--raw]
                     grava os resultados de uma sessão em ARQUIVO, de forma
                     atômica: as estatísticas do grupo (uma estatística abaixo
                     do limite de anonimato k aparece como &quot;suppressed&quot;, sem
                     números) ou, com --raw, cada resposta, sob uma chave nova
                     a cada exportação; sem --format, vale a extensão de ARQUIVO
  export --session ID --format pdf|png|svg --out ARQUIVO [--chart NOME]
                     o relatório da sessão em PDF (pdf sem --chart) ou um
                     gráfico: distribution, before-after, perception-gap,
                     decisions ou cohort-trend (--question ID escolhe a
                     pergunta de distribution e decisions); não precisa de tela
  demo               cria uma sessão de demonstração (cerca de 25 participantes,
                     dois cenários, compromissos) e mostra o id dela
  --data-dir PASTA   guarda as sessões em PASTA em vez da pasta padrão
                     (%1); vale para todos os comandos, antes ou depois
                     deles, e para o programa de desktop

Colunas e formato JSON: docs/export.md.
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
        <translation>Excluir sessões (sem confirmação; nada fica legível no banco de dados):
  sessions --delete ID
                     exclui a sessão ID com todas as respostas, contagens e
                     compromissos dela
  sessions --older-than N
                     exclui todas as sessões com data de mais de N meses atrás

&quot;upstander COMANDO --help&quot; mostra as opções de um comando.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CommitmentCards</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>Could not draw the commitment cards into %1.</source>
        <translation>Não foi possível desenhar os cartões de compromisso em %1.</translation>
    </message>
</context>
<context>
    <name>CommitmentWall</name>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
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
        <translation>Digite cada cartão de compromisso como foi escrito, sem nomes. Os compromissos aparecem no relatório quando houver o suficiente para manter o anonimato.</translation>
    </message>
    <message>
        <source>As&amp;k the Room</source>
        <translation>Pergun&amp;tar ao grupo</translation>
    </message>
    <message>
        <source>Shows the commitment prompt on the projector and opens the commitment box on participants&apos; phones</source>
        <translation>Mostra o convite ao compromisso no projetor e abre o campo de compromisso nos celulares das pessoas participantes</translation>
    </message>
    <message>
        <source>Show &amp;Wall on Projector</source>
        <translation>Mostrar &amp;mural no projetor</translation>
    </message>
    <message>
        <source>Shows the group&apos;s commitments on the projector as cards, once there are enough of them to stay anonymous</source>
        <translation>Mostra os compromissos do grupo no projetor em forma de cartões, quando houver o suficiente para manter o anonimato</translation>
    </message>
    <message>
        <source>Starter actions</source>
        <translation>Ações sugeridas</translation>
    </message>
    <message>
        <source>Start from a starter action…</source>
        <translation>Começar por uma ação sugerida…</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>One action in the next two weeks…</source>
        <translation>Uma ação nas próximas duas semanas…</translation>
    </message>
    <message>
        <source>Cancel Editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Commitments entered</source>
        <translation>Compromissos registrados</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>Puts the selected commitment in the box above to change it</source>
        <translation>Coloca o compromisso selecionado no campo acima para alterá-lo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Exc&amp;luir</translation>
    </message>
    <message>
        <source>Deletes the selected commitment; Undo brings it back</source>
        <translation>Exclui o compromisso selecionado; Desfazer o traz de volta</translation>
    </message>
    <message>
        <source>Print &amp;Cards…</source>
        <translation>Imprimir &amp;cartões…</translation>
    </message>
    <message>
        <source>Saves the commitments as take-away cards in a PDF to print, one commitment on each card</source>
        <translation>Salva os compromissos em um PDF para imprimir e distribuir como cartões, um compromisso por cartão</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source> — too long</source>
        <translation> — longo demais</translation>
    </message>
    <message>
        <source>The commitment could not be changed: %1</source>
        <translation>Não foi possível alterar o compromisso: %1</translation>
    </message>
    <message>
        <source>The commitment could not be added.</source>
        <translation>Não foi possível adicionar o compromisso.</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Salvar alterações</translation>
    </message>
    <message>
        <source>Replaces the selected commitment&apos;s text; Undo puts it back</source>
        <translation>Substitui o texto do compromisso selecionado; Desfazer restaura o anterior</translation>
    </message>
    <message>
        <source>&amp;Add Commitment</source>
        <translation>Adicionar com&amp;promisso</translation>
    </message>
    <message>
        <source>Our commitments</source>
        <translation>Nossos compromissos</translation>
    </message>
    <message numerus="yes">
        <source>%n more commitment(s) needed before they appear here, so that none can be traced to the person who wrote it.</source>
        <translation>
            <numerusform>Falta %n compromisso para que eles apareçam aqui, de modo que nenhum possa ser associado a quem o escreveu.</numerusform>
            <numerusform>Faltam %n compromissos para que eles apareçam aqui, de modo que nenhum possa ser associado a quem o escreveu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed before the wall and the cards show them.</source>
        <translation>
            <numerusform>Falta %n para que o mural e os cartões os mostrem.</numerusform>
            <numerusform>Faltam %n para que o mural e os cartões os mostrem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateSessionCommand</name>
    <message>
        <source>New session &quot;%1&quot;</source>
        <translation>Nova sessão “%1”</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Planejar o acompanhamento “%1”</translation>
    </message>
    <message>
        <source>The session could not be removed: what was recorded in it is not saved yet.</source>
        <translation>Não foi possível remover a sessão: o que foi registrado nela ainda não está salvo.</translation>
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
        <translation>Ponto de decisão</translation>
    </message>
    <message>
        <source>Keys 1–6 add a vote to an option; Shift+1–6, or − and then the number, take one away. Votes are shown on this screen only.</source>
        <translation>As teclas 1–6 somam um voto a uma opção; Shift+1–6, ou − seguido do número, tiram um. Os votos aparecem só nesta tela.</translation>
    </message>
    <message>
        <source>Show &amp;question on projector</source>
        <translation>Mostrar &amp;pergunta no projetor</translation>
    </message>
    <message>
        <source>Show the question on the projector</source>
        <translation>Mostrar a pergunta no projetor</translation>
    </message>
    <message>
        <source>The prompt and the options, without any votes</source>
        <translation>O enunciado e as opções, sem nenhum voto</translation>
    </message>
    <message>
        <source>Record the option the group agreed on as the group&apos;s single choice</source>
        <translation>Registrar a opção definida em consenso como a escolha única do grupo</translation>
    </message>
    <message>
        <source>Reve&amp;al stages</source>
        <translation>Revelar es&amp;tágios</translation>
    </message>
    <message>
        <source>Reveal each option&apos;s stage and why</source>
        <translation>Revelar o estágio de cada opção e o porquê</translation>
    </message>
    <message>
        <source>Show each option&apos;s stage and why here and on the projector, with the decision chart</source>
        <translation>Mostrar o estágio de cada opção e o porquê aqui e no projetor, com o gráfico da decisão</translation>
    </message>
    <message>
        <source>Go on to the scene this option leads to</source>
        <translation>Seguir para a cena a que esta opção leva</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Enunciado: %1</translation>
    </message>
    <message>
        <source>No session is open, so votes cannot be recorded. The scenario can still be run and revealed.</source>
        <translation>Nenhuma sessão está aberta, então os votos não podem ser registrados. O cenário ainda pode ser conduzido e revelado.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pick this option for the group&apos;s choice and to follow</source>
        <translation>Marcar esta opção como escolha do grupo e caminho a seguir</translation>
    </message>
    <message>
        <source>The group&apos;s choice</source>
        <translation>A escolha do grupo</translation>
    </message>
    <message>
        <source>Take one vote from option %1</source>
        <translation>Tirar um voto da opção %1</translation>
    </message>
    <message>
        <source>Add one vote to option %1</source>
        <translation>Somar um voto à opção %1</translation>
    </message>
    <message>
        <source>The group&apos;s choice could not be recorded: %1</source>
        <translation>Não foi possível registrar a escolha do grupo: %1</translation>
    </message>
    <message>
        <source>Count hands as well?</source>
        <translation>Contar mãos também?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered this decision on their phones. Counted hands are added to those answers, so whoever answered on a phone must not raise a hand as well. Count hands too?</source>
        <translation>
            <numerusform>%n pessoa respondeu a esta decisão pelo celular. As mãos contadas se somam a essas respostas, então quem respondeu pelo celular não deve levantar a mão também. Contar mãos também?</numerusform>
            <numerusform>%n pessoas responderam a esta decisão pelo celular. As mãos contadas se somam a essas respostas, então quem respondeu pelo celular não deve levantar a mão também. Contar mãos também?</numerusform>
        </translation>
    </message>
    <message>
        <source>The stages are revealed, so no more votes are counted. &quot;Show question on projector&quot; asks it again.</source>
        <translation>Os estágios foram revelados, então nenhum voto a mais é contado. “Mostrar pergunta no projetor” faz a pergunta de novo.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) for option %1</source>
        <translation>
            <numerusform>%n voto na opção %1</numerusform>
            <numerusform>%n votos na opção %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one vote from option %1 (Shift+%1)</source>
        <translation>Tirar um voto da opção %1 (Shift+%1)</translation>
    </message>
    <message>
        <source>Add one vote to option %1 (%1)</source>
        <translation>Somar um voto à opção %1 (%1)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por quê: %1</translation>
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
            <numerusform> · %n pulou</numerusform>
            <numerusform> · %n pularam</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 from phones, %2 counted by hand</source>
        <translation> · %1 pelo celular, %2 contados à mão</translation>
    </message>
    <message>
        <source> · stages revealed</source>
        <translation> · estágios revelados</translation>
    </message>
    <message>
        <source> · the group chose option %1</source>
        <translation> · o grupo escolheu a opção %1</translation>
    </message>
    <message>
        <source>The &amp;group chooses %1</source>
        <translation>O grupo escol&amp;he %1</translation>
    </message>
    <message>
        <source>Record option %1 as the group&apos;s choice</source>
        <translation>Registrar a opção %1 como escolha do grupo</translation>
    </message>
    <message>
        <source>Fo&amp;llow option %1 →</source>
        <translation>Se&amp;guir a opção %1 →</translation>
    </message>
    <message>
        <source>Follow option %1 to its scene</source>
        <translation>Seguir a opção %1 até a cena dela</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opção %1</translation>
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
        <translation>Proporção (%)</translation>
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
            <numerusform>%n pulou</numerusform>
            <numerusform>%n pularam</numerusform>
        </translation>
    </message>
    <message>
        <source>The group chose together: “%1”</source>
        <translation>O grupo escolheu em conjunto: “%1”</translation>
    </message>
</context>
<context>
    <name>DeleteCommitmentCommand</name>
    <message>
        <source>Delete commitment</source>
        <translation>Excluir compromisso</translation>
    </message>
</context>
<context>
    <name>DeleteSessionCommand</name>
    <message>
        <source>Delete session &quot;%1&quot;</source>
        <translation>Excluir a sessão “%1”</translation>
    </message>
</context>
<context>
    <name>DeleteSessionsCommand</name>
    <message>
        <source>Deleted session %1 (%2, %3).</source>
        <translation>Sessão %1 excluída (%2, %3).</translation>
    </message>
    <message>
        <source>Deleted session %1 (%2, %3, cohort %4).</source>
        <translation>Sessão %1 excluída (%2, %3, turma %4).</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>o id da sessão deve ser um número inteiro maior que 0, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions --delete or --older-than</source>
        <translation>argumento desconhecido %1 para sessions --delete ou --older-than</translation>
    </message>
    <message>
        <source>--delete and --older-than do not go together</source>
        <translation>--delete e --older-than não podem ser usados juntos</translation>
    </message>
    <message>
        <source>--older-than needs a number of months from 1 to %1, not &quot;%2&quot;</source>
        <translation>--older-than precisa de um número de meses de 1 a %1, não &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>No sessions in %1 are older than %n month(s).</source>
        <translation>
            <numerusform>Nenhuma sessão em %1 tem mais de %n mês.</numerusform>
            <numerusform>Nenhuma sessão em %1 tem mais de %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>Não existe a sessão %1 em %2; &quot;upstander sessions&quot; lista as sessões.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them. Nothing was deleted.</source>
        <translation>Não existe a sessão %1 em %2; &quot;upstander sessions&quot; lista as sessões. Nada foi excluído.</translation>
    </message>
    <message>
        <source>Not every session could be deleted: %1</source>
        <translation>Nem todas as sessões puderam ser excluídas: %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>The demo session could not be created: %1</source>
        <translation>Não foi possível criar a sessão de demonstração: %1</translation>
    </message>
    <message>
        <source>Created demo session %1 in %2: %3 participants, %4 answers, %5 commitments.</source>
        <translation>Sessão de demonstração %1 criada em %2: %3 participantes, %4 respostas, %5 compromissos.</translation>
    </message>
    <message>
        <source>--follow-up needs the id of a session (see &quot;upstander sessions&quot;)</source>
        <translation>--follow-up precisa do id de uma sessão (veja &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>demo takes no arguments besides --data-dir and --follow-up ID, not %1</source>
        <translation>demo não aceita argumentos além de --data-dir e --follow-up ID, não %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>Não foi possível criar o acompanhamento: %1</translation>
    </message>
    <message>
        <source>Created follow-up session %1 of session %2 in %3: %4 participants, %5 answers.</source>
        <translation>Sessão de acompanhamento %1 da sessão %2 criada em %3: %4 participantes, %5 respostas.</translation>
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
        <translation>Uso: upstander demo [--data-dir PASTA] [--follow-up ID]

Cria uma sessão de demonstração na pasta de dados (cerca de 25 participantes,
dois cenários, compromissos; cada execução cria outra sessão com as mesmas
respostas) e mostra só o id dela na saída padrão, com um resumo na
saída de erro.

Opções:
  --follow-up ID   em vez disso, o acompanhamento da sessão ID oito semanas
                   depois, para a turma dela: a maior parte do grupo se
                   posiciona de novo e repete a primeira decisão da sessão
  --data-dir PASTA a pasta do banco de dados das sessões; por padrão
                   %1
  -h, --help       mostra esta ajuda e sai

Códigos de saída: 0 criada, 1 o armazenamento recusou, 2 erro de uso.
</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>When someone repeats an idea a colleague already raised, say &quot;that builds on what Amara said&quot; and hand the floor back.</source>
        <translation>Quando alguém repetir uma ideia que uma colega já trouxe, dizer “isso complementa o que a Amara disse” e devolver a palavra a ela.</translation>
    </message>
    <message>
        <source>Give credit by name in our Friday update, not just &quot;thanks, team&quot;.</source>
        <translation>Dar crédito pelo nome na nossa atualização de sexta, e não só “obrigado, equipe”.</translation>
    </message>
    <message>
        <source>Ask Nguyễn how to say her name, and practise it before Monday&apos;s stand-up.</source>
        <translation>Perguntar à Nguyễn como se diz o nome dela e praticar antes da reunião diária de segunda.</translation>
    </message>
    <message>
        <source>Recommend Priya for the pricing project lead 🙌</source>
        <translation>Indicar a Priya para liderar o projeto de preços 🙌</translation>
    </message>
    <message>
        <source>Stop opening meetings with &quot;hi guys&quot;; &quot;hi all&quot; works fine.</source>
        <translation>Parar de abrir reuniões com “bom dia a todos”; “bom dia, pessoal” funciona muito bem.</translation>
    </message>
    <message>
        <source>In my 1:1s, listen to understand:
ask one more question before giving advice.</source>
        <translation>Nas minhas conversas individuais, ouvir para entender:
fazer mais uma pergunta antes de dar conselhos.</translation>
    </message>
    <message>
        <source>Read one book on racism at work this month, and discuss it with my team, not just with friends.</source>
        <translation>Ler um livro sobre racismo no trabalho este mês e conversar sobre ele com minha equipe, não só com amigos.</translation>
    </message>
    <message>
        <source>Own it when I get something wrong: apologise once, fix it, move on.</source>
        <translation>Assumir quando eu errar: pedir desculpas uma vez, corrigir, seguir em frente.</translation>
    </message>
    <message>
        <source>Demo: leadership team allyship workshop</source>
        <translation>Demonstração: workshop de aliança da equipe de liderança</translation>
    </message>
    <message>
        <source>The built-in scenario &quot;%1&quot; is missing.</source>
        <translation>O cenário integrado “%1” está faltando.</translation>
    </message>
    <message>
        <source>Sam Okafor</source>
        <translation>Sam Okafor</translation>
    </message>
    <message>
        <source>9:30 Where we stand
10:00 Two scenarios, in threes
12:00 Where we stand now, and one action each</source>
        <translation>9h30 Onde estamos
10h00 Dois cenários, em trios
12h00 Onde estamos agora, e uma ação para cada pessoa</translation>
    </message>
    <message>
        <source>Where are you on the allyship spectrum today?</source>
        <translation>Onde você está no espectro da aliança hoje?</translation>
    </message>
    <message>
        <source>After these scenarios, where are you now?</source>
        <translation>Depois destes cenários, onde você está agora?</translation>
    </message>
    <message>
        <source>The demo session could not be saved.</source>
        <translation>Não foi possível salvar a sessão de demonstração.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people (%2)</source>
        <translation>
            <numerusform>%1: %n pessoa (%2)</numerusform>
            <numerusform>%1: %n pessoas (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Proporção (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n pessoa</numerusform>
            <numerusform>%n pessoas</numerusform>
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
            <numerusform>%n pulou</numerusform>
            <numerusform>%n pularam</numerusform>
        </translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>Mediana: %1</translation>
    </message>
    <message>
        <source>Median: between %1 and %2</source>
        <translation>Mediana: entre %1 e %2</translation>
    </message>
</context>
<context>
    <name>EditCommitmentCommand</name>
    <message>
        <source>Edit commitment</source>
        <translation>Editar compromisso</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>PNG image, 2× resolution (*.png)</source>
        <translation>Imagem PNG, resolução 2× (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Desenho SVG (*.svg)</translation>
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
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>report</source>
        <translation>relatorio</translation>
    </message>
    <message>
        <source>Export Raw Answers</source>
        <translation>Exportar respostas individuais</translation>
    </message>
    <message>
        <source>Export Group Statistics</source>
        <translation>Exportar estatísticas do grupo</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>Arquivo JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>The session&apos;s latest answers are not saved yet, so they cannot be exported; try again in a moment.</source>
        <translation>As respostas mais recentes da sessão ainda não foram salvas, então não podem ser exportadas; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Raw answers keep each person&apos;s answers linked; share the file with care.</source>
        <translation>As respostas individuais mantêm ligadas as respostas de cada pessoa; compartilhe o arquivo com cuidado.</translation>
    </message>
    <message>
        <source>&amp;Export Raw Answers…</source>
        <translation>&amp;Exportar respostas individuais…</translation>
    </message>
    <message>
        <source>Print Commitment Cards</source>
        <translation>Imprimir cartões de compromisso</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cartoes</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gerando o relatório…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir relatório</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Imprimindo o relatório…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>unknown argument %1 for export</source>
        <translation>argumento desconhecido %1 para export</translation>
    </message>
    <message>
        <source>export needs --session ID (see &quot;upstander sessions&quot;)</source>
        <translation>export precisa de --session ID (veja &quot;upstander sessions&quot;)</translation>
    </message>
    <message>
        <source>the session id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>o id da sessão deve ser um número inteiro maior que 0, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export precisa de --out ARQUIVO</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use --format csv, json, pdf, png or svg</source>
        <translation>formato de exportação desconhecido &quot;%1&quot;; use --format csv, json, pdf, png ou svg</translation>
    </message>
    <message>
        <source>--chart and --question go with --format pdf, png or svg, not %1</source>
        <translation>--chart e --question só podem ser usados com --format pdf, png ou svg, não %1</translation>
    </message>
    <message>
        <source>export --format %1 is not available in this program; use --format csv or --format json</source>
        <translation>export --format %1 não está disponível neste programa; use --format csv ou --format json</translation>
    </message>
    <message>
        <source>--raw goes with --format csv or json; charts and the report show the group statistics only</source>
        <translation>--raw só pode ser usado com --format csv ou json; os gráficos e o relatório mostram apenas as estatísticas do grupo</translation>
    </message>
    <message>
        <source>the question id must be a whole number above 0, not &quot;%1&quot;</source>
        <translation>o id da pergunta deve ser um número inteiro maior que 0, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There are no sessions in %1 (no %2 there). Choose the folder with --data-dir, or create a demo session with &quot;upstander demo&quot;.</source>
        <translation>Não há sessões em %1 (não há %2 ali). Escolha a pasta com --data-dir ou crie uma sessão de demonstração com &quot;upstander demo&quot;.</translation>
    </message>
    <message>
        <source>There is no session %1 in %2; &quot;upstander sessions&quot; lists them.</source>
        <translation>Não existe a sessão %1 em %2; &quot;upstander sessions&quot; lista as sessões.</translation>
    </message>
    <message>
        <source>Session %1 exported to %2.</source>
        <translation>Sessão %1 exportada para %2.</translation>
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
        <translation>Uso: upstander export --session ID --format csv|json --out ARQUIVO [--raw]
     upstander export --session ID --format pdf|png|svg --out ARQUIVO
                      [--chart NOME [--question ID]]

Grava os resultados de uma sessão em ARQUIVO, de forma atômica: um erro não
deixa arquivo pela metade. Não precisa de tela.

Opções:
  --session ID      a sessão, pelo id que &quot;upstander sessions&quot; mostra
  --format FORMATO  csv ou json (os dados), pdf (o relatório, ou um gráfico com
                    --chart), png ou svg (um gráfico); sem esta opção, a
                    extensão de ARQUIVO decide
  --out ARQUIVO     o arquivo a gravar
  --raw             com csv ou json: cada resposta em vez das estatísticas do
                    grupo (uma estatística abaixo do limite de anonimato k da
                    sessão aparece como &quot;suppressed&quot;, sem números)
  --chart NOME      um gráfico: distribution, before-after, perception-gap,
                    decisions ou cohort-trend
  --question ID     a pergunta de distribution e decisions
  --data-dir PASTA  a pasta do banco de dados das sessões; por padrão
                    %1
  -h, --help        mostra esta ajuda e sai

Códigos de saída: 0 gravado, 1 sessão inexistente ou erro de armazenamento ou
de arquivo, 2 erro de uso.
Colunas e formato JSON: docs/export.md.
</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 é uma pasta; informe o nome de um arquivo a gravar.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was written.</source>
        <translation>A pasta %1 não existe; nada foi gravado.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Nothing was written.</source>
        <translation>Não é possível gravar %1: %2. Nada foi gravado.</translation>
    </message>
    <message>
        <source>it could not replace the file already there</source>
        <translation>não foi possível substituir o arquivo que já estava lá</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Is the disk full? Nothing was written, and a file already there was left unchanged.</source>
        <translation>Não é possível gravar %1: %2. O disco está cheio? Nada foi gravado, e o arquivo que já estava lá não foi alterado.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Planejar acompanhamento</translation>
    </message>
    <message>
        <source>A shorter session a few weeks after “%1” for the same group: people place themselves again (the follow-up phase) and play the decisions you pick once more. The cohort&apos;s trend then shows before, after and the follow-up.</source>
        <translation>Uma sessão mais curta, algumas semanas depois de “%1”, para o mesmo grupo: as pessoas se posicionam de novo (a fase Acompanhamento) e repetem as decisões que você escolher. A evolução da turma mostra então o antes, o depois e o acompanhamento.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>T&amp;urma:</translation>
    </message>
    <message>
        <source>“%1” has no cohort yet: it joins this one, so that the trend links the two sessions.</source>
        <translation>“%1” ainda não tem turma: ela passa a fazer parte desta, para que a evolução ligue as duas sessões.</translation>
    </message>
    <message>
        <source>Decisions to &amp;replay:</source>
        <translation>Decisões a &amp;repetir:</translation>
    </message>
    <message>
        <source>Decisions to replay</source>
        <translation>Decisões a repetir</translation>
    </message>
    <message>
        <source>This session asked no decision yet.</source>
        <translation>Esta sessão ainda não apresentou nenhuma decisão.</translation>
    </message>
    <message>
        <source>Create Follow-up</source>
        <translation>Criar acompanhamento</translation>
    </message>
    <message>
        <source>Name the cohort the two sessions share.</source>
        <translation>Dê um nome à turma que as duas sessões compartilham.</translation>
    </message>
    <message numerus="yes">
        <source>The follow-up asks where people stand now and replays %n decision(s).</source>
        <translation>
            <numerusform>O acompanhamento pergunta onde as pessoas estão agora e repete %n decisão.</numerusform>
            <numerusform>O acompanhamento pergunta onde as pessoas estão agora e repete %n decisões.</numerusform>
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
        <translation>Desbloquear o console</translation>
    </message>
    <message>
        <source>Trainer: %1 to unlock</source>
        <translation>Facilitação: %1 para desbloquear</translation>
    </message>
</context>
<context>
    <name>HotSeatScreen</name>
    <message>
        <source>Hot seat</source>
        <translation>Rodízio</translation>
    </message>
    <message>
        <source>0  Pass
I&apos;d rather not say</source>
        <translation>0  Pular
Prefiro não dizer</translation>
    </message>
    <message>
        <source>0 Pass</source>
        <translation>0 Pular</translation>
    </message>
    <message>
        <source>Thank you — your answer is saved.
Please pass the laptop on.</source>
        <translation>Obrigado — sua resposta foi salva.
Passe o notebook adiante, por favor.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Próxima pessoa</translation>
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
        <translation>Prefiro não dizer</translation>
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
        <translation>Só este computador (%1)</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Convidar participantes</translation>
    </message>
    <message>
        <source>Phones join over the local network: they must be on the same Wi-Fi as this computer. Nothing goes to the internet. The audience screen shows a QR code, the address and a join code.</source>
        <translation>Os celulares entram pela rede local: precisam estar no mesmo Wi-Fi que este computador. Nada vai para a internet. A tela do público mostra um QR code, o endereço e um código de entrada.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Convidar</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <source>Scan the code, or open %1 on your phone</source>
        <translation>Escaneie o código ou abra %1 no celular</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Join from your phone: %1</source>
        <translation>Participe pelo celular: %1</translation>
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
        <translation>“%1” não é uma etiqueta de idioma BCP 47: %2</translation>
    </message>
    <message>
        <source>%1; did you mean &quot;%2&quot;?</source>
        <translation>%1; você quis dizer &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not &quot;_&quot;</source>
        <translation>as subetiquetas são separadas por &quot;-&quot;, não por &quot;_&quot;</translation>
    </message>
    <message>
        <source>subtags are separated by &quot;-&quot;, not spaces</source>
        <translation>as subetiquetas são separadas por &quot;-&quot;, não por espaços</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed, only letters, digits and &quot;-&quot;</source>
        <translation>&quot;%1&quot; não é permitido, só letras, dígitos e &quot;-&quot;</translation>
    </message>
    <message>
        <source>it starts with &quot;-&quot;</source>
        <translation>começa com &quot;-&quot;</translation>
    </message>
    <message>
        <source>it ends with &quot;-&quot;</source>
        <translation>termina com &quot;-&quot;</translation>
    </message>
    <message>
        <source>&quot;--&quot; leaves an empty subtag</source>
        <translation>&quot;--&quot; deixa uma subetiqueta vazia</translation>
    </message>
    <message>
        <source>the subtag &quot;%1&quot; is longer than 8 characters</source>
        <translation>a subetiqueta &quot;%1&quot; tem mais de 8 caracteres</translation>
    </message>
    <message>
        <source>the language subtag &quot;%1&quot; must have 2 or 3 letters (or 5 to 8)</source>
        <translation>a subetiqueta de idioma &quot;%1&quot; deve ter 2 ou 3 letras (ou de 5 a 8)</translation>
    </message>
    <message>
        <source>the variant &quot;%1&quot; is given twice</source>
        <translation>a variante &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>&quot;x&quot; needs at least one subtag of 1 to 8 letters and digits after it</source>
        <translation>&quot;x&quot; precisa de pelo menos uma subetiqueta de 1 a 8 letras e dígitos depois dele</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; needs at least one subtag of 2 to 8 letters and digits after it</source>
        <translation>a extensão &quot;%1&quot; precisa de pelo menos uma subetiqueta de 2 a 8 letras e dígitos depois dela</translation>
    </message>
    <message>
        <source>the extension &quot;%1&quot; is given twice</source>
        <translation>a extensão &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a script (4 letters), a region (2 letters or 3 digits) or a variant (5 to 8 letters and digits, or a digit and 3 more) in this place</source>
        <translation>&quot;%1&quot; não é um sistema de escrita (4 letras), uma região (2 letras ou 3 dígitos) nem uma variante (de 5 a 8 letras e dígitos, ou um dígito e mais 3) nesta posição</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a language, not its code; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot; é o nome de um idioma, não o código dele; você quis dizer &quot;%2&quot;?</translation>
    </message>
</context>
<context>
    <name>LinguistFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: not a valid .ts file: %4</source>
        <translation>%1:%2:%3: não é um arquivo .ts válido: %4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>ListSessionsCommand</name>
    <message>
        <source>option --format needs a value</source>
        <translation>a opção --format precisa de um valor</translation>
    </message>
    <message>
        <source>unknown argument %1 for sessions</source>
        <translation>argumento desconhecido %1 para sessions</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for sessions; use table or tsv</source>
        <translation>formato desconhecido &quot;%1&quot; para sessions; use table ou tsv</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>COHORT</source>
        <translation>TURMA</translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation>RESPOSTAS</translation>
    </message>
    <message>
        <source>No sessions in %1 yet. Create a demo session with &quot;upstander demo&quot;.</source>
        <translation>Ainda não há sessões em %1. Crie uma sessão de demonstração com &quot;upstander demo&quot;.</translation>
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

Lista as sessões da pasta de dados, da mais recente para a mais antiga: id,
data, título, turma e número de respostas. Ou exclui sessões com todas as
respostas, contagens e compromissos delas; nada delas fica legível no arquivo
do banco de dados. A exclusão não pede confirmação e mostra uma linha por
sessão excluída.

Opções:
  --format table|tsv   uma tabela alinhada (o padrão) ou valores separados por
                       tabulações, com cabeçalho fixo, para scripts
  --delete ID          exclui a sessão ID (veja a lista); pode ser usada mais
                       de uma vez; um ID desconhecido não exclui nada e sai
                       com 1
  --older-than N       exclui todas as sessões com data de mais de N meses
                       antes de hoje (N de 1 a %1)
  --data-dir PASTA     a pasta do banco de dados das sessões; por padrão
                       %2
  -h, --help           mostra esta ajuda e sai

Códigos de saída: 0 concluído, 1 sessão inexistente ou o armazenamento
recusou, 2 erro de uso.
Mais informações: docs/export.md.
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
        <translation>Etapas do workshop</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Próxima aba</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Aba anterior</translation>
    </message>
    <message>
        <source>Scenario Librar&amp;y</source>
        <translation>&amp;Biblioteca de cenários</translation>
    </message>
    <message>
        <source>&amp;Self-Placement</source>
        <translation>Autoa&amp;valiação</translation>
    </message>
    <message>
        <source>Scenar&amp;io</source>
        <translation>Ce&amp;nário</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>C&amp;ompromissos</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>Choose a scenario in the library and press &quot;Run Scenario&quot;.</source>
        <translation>Escolha um cenário na biblioteca e clique em “Iniciar cenário”.</translation>
    </message>
    <message>
        <source>Write down one thing you will do in the next two weeks, on your phone or on a card. It stays anonymous.</source>
        <translation>Anote uma coisa que você vai fazer nas próximas duas semanas, no celular ou em um cartão. Fica anônimo.</translation>
    </message>
    <message>
        <source>R&amp;un Scenario</source>
        <translation>&amp;Iniciar cenário</translation>
    </message>
    <message>
        <source>Run the selected scenario</source>
        <translation>Iniciar o cenário selecionado</translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation>Procurar cenários</translation>
    </message>
    <message>
        <source>Shows only the scenarios that contain every word typed</source>
        <translation>Mostra só os cenários que contêm todas as palavras digitadas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Cenários</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nova sessão…</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>A&amp;brir sessão…</translation>
    </message>
    <message>
        <source>Session &amp;Settings…</source>
        <translation>&amp;Configurações da sessão…</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Fechar sessão</translation>
    </message>
    <message>
        <source>Delete Old Sessions &amp;Automatically…</source>
        <translation>Excluir sessões antigas au&amp;tomaticamente…</translation>
    </message>
    <message>
        <source>Choose after how many months a session is deleted</source>
        <translation>Escolher depois de quantos meses uma sessão é excluída</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Show &amp;Audience Window</source>
        <translation>Mostrar &amp;janela do público</translation>
    </message>
    <message>
        <source>Audience Window &amp;Full Screen</source>
        <translation>Janela do público em tela &amp;cheia</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;CSV…</source>
        <translation>Estatísticas do grupo em &amp;CSV…</translation>
    </message>
    <message>
        <source>Group Statistics as &amp;JSON…</source>
        <translation>Estatísticas do grupo em &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Raw Answers as CSV…</source>
        <translation>&amp;Respostas individuais em CSV…</translation>
    </message>
    <message>
        <source>Raw &amp;Answers as JSON…</source>
        <translation>Respostas &amp;individuais em JSON…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar relatório…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimir relatório…</translation>
    </message>
    <message>
        <source>&amp;Find Scenario</source>
        <translation>&amp;Localizar cenário</translation>
    </message>
    <message>
        <source>Reload &amp;Library</source>
        <translation>Recarre&amp;gar biblioteca</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Projector: &amp;Next Page</source>
        <translation>Projetor: pró&amp;xima página</translation>
    </message>
    <message>
        <source>Projector: &amp;Previous Page</source>
        <translation>Projetor: página &amp;anterior</translation>
    </message>
    <message>
        <source>Projector: &amp;Welcome Screen</source>
        <translation>Projetor: tela de &amp;boas-vindas</translation>
    </message>
    <message>
        <source>The session&apos;s title, your name, the agenda and the group&apos;s agreements</source>
        <translation>O título da sessão, seu nome, a programação e os combinados do grupo</translation>
    </message>
    <message>
        <source>Audience &amp;Screen</source>
        <translation>&amp;Tela do público</translation>
    </message>
    <message>
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Tela %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Guia do workshop</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Upstander</source>
        <translation>&amp;Sobre o Upstander</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Loading scenarios…</source>
        <translation>Carregando cenários…</translation>
    </message>
    <message>
        <source>No scenarios are available.</source>
        <translation>Nenhum cenário disponível.</translation>
    </message>
    <message>
        <source>No scenario matches your search.
Clear the search or choose &quot;All themes&quot;.</source>
        <translation>Nenhum cenário corresponde à sua busca.
Limpe a busca ou escolha “Todos os temas”.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation>
            <numerusform>%n cenário na biblioteca</numerusform>
            <numerusform>%n cenários na biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation>
            <numerusform>%n cenário na biblioteca, %1 da sua pasta</numerusform>
            <numerusform>%n cenários na biblioteca, %1 da sua pasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation>
            <numerusform>⚠ %n arquivo de cenário não pôde ser carregado</numerusform>
            <numerusform>⚠ %n arquivos de cenário não puderam ser carregados</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions are not available: %1</source>
        <translation>As sessões não estão disponíveis: %1</translation>
    </message>
    <message>
        <source>No session is open. Start one with File → New Session (Ctrl+N) to collect answers; the library can be browsed without one.</source>
        <translation>Nenhuma sessão aberta. Comece uma em Arquivo → Nova sessão (Ctrl+N) para coletar respostas; a biblioteca pode ser consultada sem sessão.</translation>
    </message>
    <message>
        <source>%1 — Upstander</source>
        <translation>%1 — Upstander</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n resposta</numerusform>
            <numerusform>%1 · %n respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Nenhuma sessão</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>Não foi possível criar a sessão: %1</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Abrir sessão</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Com %1</translation>
    </message>
    <message>
        <source>Our agreements:</source>
        <translation>Nossos combinados:</translation>
    </message>
    <message>
        <source>We will start in a moment.</source>
        <translation>Vamos começar em instantes.</translation>
    </message>
    <message>
        <source>Workshop on %1</source>
        <translation>Workshop sobre %1</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Configurações da sessão</translation>
    </message>
    <message>
        <source>The session that was open last is no longer there, so none is open.</source>
        <translation>A sessão que estava aberta por último não existe mais, então nenhuma sessão está aberta.</translation>
    </message>
    <message>
        <source>Old sessions could not all be deleted: %1</source>
        <translation>Não foi possível excluir todas as sessões antigas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) dated more than %1 months ago.</source>
        <translation>
            <numerusform>%n sessão com data de mais de %1 meses atrás foi excluída.</numerusform>
            <numerusform>%n sessões com data de mais de %1 meses atrás foram excluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open again; the scenario it was running (%2) is no longer in the library, so it starts without it.</source>
        <translation>“%1” foi reaberta; o cenário que estava em andamento (%2) não está mais na biblioteca, então ela começa sem ele.</translation>
    </message>
    <message>
        <source>“%1” is open again where it was.</source>
        <translation>“%1” foi reaberta no ponto em que estava.</translation>
    </message>
    <message>
        <source>Invite phones again (%1) to take their answers.</source>
        <translation>Convide os celulares de novo (%1) para receber as respostas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Scenario Folder</source>
        <translation>Pasta de cenários</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>No file manager could open the scenario folder. Put your own scenario files (.yaml) in:

%1</source>
        <translation>Nenhum gerenciador de arquivos conseguiu abrir a pasta de cenários. Coloque seus próprios arquivos de cenário (.yaml) em:

%1</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copiar caminho</translation>
    </message>
    <message>
        <source>About Upstander</source>
        <translation>Sobre o Upstander</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;A tool for trainers who run allyship workshops: the allyship spectrum from bystander to advocate, role-play scenarios, and where the group lands, before and after.&lt;/p&gt;&lt;p&gt;Free and open-source software. Answers stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;Uma ferramenta para quem facilita workshops de aliança: o espectro da aliança, da presença silenciosa à defesa de causa, cenários de dramatização e onde o grupo se posiciona, antes e depois.&lt;/p&gt;&lt;p&gt;Software livre e de código aberto. As respostas ficam neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plan a Follo&amp;w-up…</source>
        <translation>Planejar &amp;acompanhamento…</translation>
    </message>
    <message>
        <source>Creates a booster session for the same cohort, weeks later, to place themselves again and replay decisions</source>
        <translation>Cria uma sessão de reforço para a mesma turma, semanas depois, para as pessoas se posicionarem de novo e repetirem decisões</translation>
    </message>
    <message>
        <source>Plan a Follow-up</source>
        <translation>Planejar acompanhamento</translation>
    </message>
    <message>
        <source>The cohort could not be saved: %1</source>
        <translation>Não foi possível salvar a turma: %1</translation>
    </message>
    <message>
        <source>The follow-up could not be created: %1</source>
        <translation>Não foi possível criar o acompanhamento: %1</translation>
    </message>
    <message>
        <source>Follow-up “%1” planned for %2. Open it on the day with File → Open Session.</source>
        <translation>Acompanhamento “%1” planejado para %2. No dia, abra-o em Arquivo → Abrir sessão.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Export Da&amp;ta</source>
        <translation>Exportar &amp;dados</translation>
    </message>
    <message>
        <source>Open Scenario Fol&amp;der</source>
        <translation>Abrir &amp;pasta de cenários</translation>
    </message>
    <message>
        <source>“%1” is removed. Redo (%2) brings it back until another session is opened.</source>
        <translation>“%1” foi removida. Refazer (%2) a traz de volta enquanto você não abrir outra sessão.</translation>
    </message>
    <message>
        <source>Plan follow-up &quot;%1&quot;</source>
        <translation>Planejar o acompanhamento “%1”</translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>expected a map of keys and values here, found %1</source>
        <translation>era esperado aqui um mapa de chaves e valores, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation>uma chave deve ser uma única palavra, não %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first given on line %2)</source>
        <translation>chave &quot;%1&quot; duplicada (dada primeiro na linha %2)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>chave desconhecida &quot;%1&quot;; era esperada uma destas: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>chave desconhecida &quot;%1&quot;; você quis dizer &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>falta a chave obrigatória &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not %2</source>
        <translation>&quot;%1&quot; deve ser um valor único, não %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter (at most 64 characters)</source>
        <translation>&quot;%1&quot; não é um id válido: use letras minúsculas, dígitos e hífens simples, começando por uma letra (no máximo 64 caracteres)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number; remove the quotes around &quot;%2&quot;</source>
        <translation>&quot;%1&quot; deve ser um número inteiro; tire as aspas de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>&quot;%1&quot; deve ser um número inteiro de %2 a %3, não &quot;%4&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false; remove the quotes around &quot;%2&quot;</source>
        <translation>&quot;%1&quot; deve ser true ou false; tire as aspas de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; deve ser true ou false, não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;), not %2</source>
        <translation>&quot;%1&quot; deve ser uma lista (itens começando com &quot;- &quot;), não %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one item</source>
        <translation>&quot;%1&quot; deve ter pelo menos um item</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not a map (to write text containing &quot;: &quot;, put it in quotes)</source>
        <translation>cada item de &quot;%1&quot; deve ser texto, não um mapa (para escrever um texto que contenha &quot;: &quot;, coloque-o entre aspas)</translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not %2</source>
        <translation>cada item de &quot;%1&quot; deve ser texto, não %2</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>um valor vazio</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas da facilitação</translation>
    </message>
    <message>
        <source>Private notes for the facilitator; never shown on the projector</source>
        <translation>Notas particulares para a pessoa facilitadora; nunca aparecem no projetor</translation>
    </message>
    <message>
        <source>Only on this screen, never on the projector</source>
        <translation>Só nesta tela, nunca no projetor</translation>
    </message>
    <message>
        <source>No notes for this step.</source>
        <translation>Não há notas para esta etapa.</translation>
    </message>
    <message>
        <source>Facilitator notes: %1</source>
        <translation>Notas da facilitação: %1</translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message>
        <source>Open Session</source>
        <translation>Abrir sessão</translation>
    </message>
    <message>
        <source>&amp;Sessions on this computer:</source>
        <translation>&amp;Sessões neste computador:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (cohort %1)</source>
        <translation> (turma %1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n answer(s)</source>
        <translation>
            <numerusform>, %n resposta</numerusform>
            <numerusform>, %n respostas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Desfazer exclusão</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and all of its answers, tallies and commitments? You can undo this until you close this window.</source>
        <translation>Excluir “%1” com todas as respostas, contagens e compromissos? Você pode desfazer isso até fechar esta janela.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo Delete (%2) brings it back until this window closes.</source>
        <translation>“%1” excluída. “Desfazer exclusão” (%2) a traz de volta até esta janela ser fechada.</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is back.</source>
        <translation>“%1” foi restaurada.</translation>
    </message>
</context>
<context>
    <name>ParticipantControl</name>
    <message>
        <source>Open or start a session first: answers from phones belong to a session.</source>
        <translation>Abra ou comece uma sessão primeiro: as respostas dos celulares pertencem a uma sessão.</translation>
    </message>
    <message>
        <source>Invite Participants</source>
        <translation>Convidar participantes</translation>
    </message>
    <message>
        <source>Stop &amp;Inviting Participants</source>
        <translation>Parar de con&amp;vidar participantes</translation>
    </message>
    <message>
        <source>&amp;Invite Participants…</source>
        <translation>Con&amp;vidar participantes…</translation>
    </message>
    <message>
        <source>Stops the participant server; phones can no longer answer</source>
        <translation>Encerra o servidor de participantes; os celulares não podem mais responder</translation>
    </message>
    <message>
        <source>Lets participants answer from their phones over the local network</source>
        <translation>Permite que participantes respondam pelo celular, pela rede local</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n celular conectado</numerusform>
            <numerusform>%n celulares conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as seen: the count goes back to zero and the phones that asked are told</source>
        <translation>Marcar como visto: a contagem volta a zero e os celulares que pediram uma pausa são avisados</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked for a pause</source>
        <translation>
            <numerusform>%n pessoa pediu uma pausa</numerusform>
            <numerusform>%n pessoas pediram uma pausa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantServer</name>
    <message>
        <source>Open a session before inviting participants.</source>
        <translation>Abra uma sessão antes de convidar participantes.</translation>
    </message>
    <message>
        <source>The session&apos;s join code cannot be saved: %1</source>
        <translation>Não é possível salvar o código de entrada da sessão: %1</translation>
    </message>
    <message>
        <source>Participants cannot be invited: port %1 on %2 cannot be opened (%3).</source>
        <translation>Não é possível convidar participantes: a porta %1 em %2 não pode ser aberta (%3).</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Scenario files with problems</source>
        <translation>Arquivos de cenário com problemas</translation>
    </message>
    <message>
        <source>These files in your scenario folder were not loaded. Fix the problems below and choose File → Reload Library.</source>
        <translation>Estes arquivos da sua pasta de cenários não foram carregados. Corrija os problemas abaixo e escolha Arquivo → Recarregar biblioteca.</translation>
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
        <translation>QR code para %1</translation>
    </message>
</context>
<context>
    <name>RecordAnswerCommand</name>
    <message>
        <source>Record an answer</source>
        <translation>Registrar uma resposta</translation>
    </message>
    <message>
        <source>Record answer &quot;%1&quot;</source>
        <translation>Registrar a resposta “%1”</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Follow-up: decisions to replay</source>
        <translation>Acompanhamento: decisões a repetir</translation>
    </message>
    <message>
        <source>This follow-up replays no decision: ask where people stand now on the Self-Placement tab, then collect commitments.</source>
        <translation>Este acompanhamento não repete nenhuma decisão: pergunte onde as pessoas estão agora na aba Autoavaliação e depois colete os compromissos.</translation>
    </message>
    <message>
        <source>%1. %2 (from “%3”)</source>
        <translation>%1. %2 (de “%3”)</translation>
    </message>
    <message>
        <source>%1. %2 (the scenario “%3” is no longer in the library)</source>
        <translation>%1. %2 (o cenário “%3” não está mais na biblioteca)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Replay decision %1</source>
        <translation>Repetir a decisão %1</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the group was split between %1 (%2 each, of %3)</source>
        <translation>o grupo se dividiu entre %1 (%2 em cada, de %3)</translation>
    </message>
    <message>
        <source>most people (%1 of %2) placed themselves at %3</source>
        <translation>a maioria (%1 de %2) se posicionou no estágio %3</translation>
    </message>
    <message>
        <source>the largest group (%1 of %2) placed themselves at %3</source>
        <translation>o maior grupo (%1 de %2) se posicionou no estágio %3</translation>
    </message>
    <message>
        <source>most people (%1 of %2) did</source>
        <translation>a maioria (%1 de %2) ficou nesse mesmo estágio</translation>
    </message>
    <message>
        <source>that was still the largest group (%1 of %2)</source>
        <translation>esse continuou sendo o maior grupo (%1 de %2)</translation>
    </message>
    <message>
        <source>The group was not asked where they place themselves on the spectrum, so there is no before and after.</source>
        <translation>O grupo não foi convidado a se posicionar no espectro, então não há antes e depois.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1; afterwards, %2.</source>
        <translation>Antes dos cenários, %1; depois, %2.</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered both times, so who moved is not shown.</source>
        <translation>Menos de %1 pessoas responderam nas duas vezes, então não se mostra quem mudou de posição.</translation>
    </message>
    <message>
        <source>Before the scenarios, %1.</source>
        <translation>Antes dos cenários, %1.</translation>
    </message>
    <message>
        <source>Before the scenarios, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Antes dos cenários, menos de %1 pessoas se posicionaram no espectro, pouco demais para mostrar.</translation>
    </message>
    <message>
        <source>The group was not asked where they stood before the scenarios.</source>
        <translation>O grupo não foi convidado a se posicionar antes dos cenários.</translation>
    </message>
    <message>
        <source>Afterwards, %1.</source>
        <translation>Depois, %1.</translation>
    </message>
    <message>
        <source>Afterwards, fewer than %1 people placed themselves, too few to show.</source>
        <translation>Depois, menos de %1 pessoas se posicionaram, pouco demais para mostrar.</translation>
    </message>
    <message>
        <source>The group did not place themselves again afterwards, so there is no before and after to compare.</source>
        <translation>O grupo não se posicionou de novo depois, então não há antes e depois para comparar.</translation>
    </message>
    <message>
        <source>There is no gap between self-view and choices to report: the group did not both place themselves on the spectrum and decide in a scenario.</source>
        <translation>Não há lacuna entre autoimagem e escolhas para relatar: o grupo não fez as duas coisas, se posicionar no espectro e decidir em um cenário.</translation>
    </message>
    <message>
        <source>Fewer than %1 people both placed themselves on the spectrum and decided in the scenarios, so the gap between how they see themselves and what they chose is not shown.</source>
        <translation>Menos de %1 pessoas se posicionaram no espectro e também decidiram nos cenários, então a lacuna entre como se veem e o que escolheram não é mostrada.</translation>
    </message>
    <message>
        <source>People placed themselves %1 stages further along, on average, than the options they chose in the scenarios: %2 of %3 saw themselves at least one stage higher than their choices.</source>
        <translation>Em média, as pessoas se posicionaram %1 estágios adiante das opções que escolheram nos cenários: %2 de %3 se viram pelo menos um estágio acima das próprias escolhas.</translation>
    </message>
    <message>
        <source>People chose options %1 stages further along, on average, than where they placed themselves: %2 of %3 chose at least one stage higher than they placed themselves.</source>
        <translation>Em média, as pessoas escolheram opções %1 estágios adiante de onde se posicionaram: %2 de %3 escolheram pelo menos um estágio acima de onde se posicionaram.</translation>
    </message>
    <message>
        <source>On average, the options people chose in the scenarios matched where they placed themselves: %1 of %2 were within one stage.</source>
        <translation>Em média, as opções escolhidas nos cenários corresponderam a onde as pessoas se posicionaram: %1 de %2 ficaram a no máximo um estágio de distância.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At decision %1, the group settled together on %2.</source>
        <translation>Na decisão %1, o grupo chegou em conjunto a %2.</translation>
    </message>
    <message>
        <source>At decision %1, fewer than %2 people chose an option, so the choices are not shown.</source>
        <translation>Na decisão %1, menos de %2 pessoas escolheram uma opção, então as escolhas não são mostradas.</translation>
    </message>
    <message>
        <source>At decision %1, the most common choice was %2, chosen by %3 of %4.</source>
        <translation>Na decisão %1, a escolha mais comum foi %2, feita por %3 de %4.</translation>
    </message>
    <message>
        <source>At decision %1, the choices were split between %2, chosen by %3 each, of %4.</source>
        <translation>Na decisão %1, as escolhas se dividiram entre %2, feitas por %3 cada, de %4.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</source>
        <translation>
            <numerusform>Da %n pessoa que respondeu nas duas vezes, %1 avançou, %2 ficou onde estava e %3 recuou.</numerusform>
            <numerusform>Das %n pessoas que responderam nas duas vezes, %1 avançaram, %2 ficaram onde estavam e %3 recuaram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups smaller than %1 are not shown, to keep answers anonymous.</source>
        <translation>Grupos com menos de %1 pessoas não são mostrados, para manter as respostas anônimas.</translation>
    </message>
    <message>
        <source>%1, decision %2 of %3</source>
        <translation>%1, decisão %2 de %3</translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>%n pessoa participou.</numerusform>
            <numerusform>%n pessoas participaram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people took part, so none of their answers are shown.</source>
        <translation>Menos de %1 pessoas participaram, então nenhuma das respostas é mostrada.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Ninguém respondeu ainda.</translation>
    </message>
    <message>
        <source>Decisions outside a scenario</source>
        <translation>Decisões fora de um cenário</translation>
    </message>
    <message>
        <source>The group did not reach a decision in it.</source>
        <translation>O grupo não chegou a uma decisão nele.</translation>
    </message>
    <message>
        <source>No scenario was played.</source>
        <translation>Nenhum cenário foi trabalhado.</translation>
    </message>
    <message>
        <source>The group worked through one scenario:</source>
        <translation>O grupo trabalhou um cenário:</translation>
    </message>
    <message>
        <source>The group worked through these scenarios, in this order:</source>
        <translation>O grupo trabalhou estes cenários, nesta ordem:</translation>
    </message>
    <message>
        <source>Weeks after the workshop, fewer than %1 people placed themselves on the spectrum, too few to show.</source>
        <translation>Semanas depois do workshop, menos de %1 pessoas se posicionaram no espectro, pouco demais para mostrar.</translation>
    </message>
    <message>
        <source>Weeks after the workshop, %1.</source>
        <translation>Semanas depois do workshop, %1.</translation>
    </message>
    <message>
        <source>The cohort trend below sets this beside the workshop&apos;s before and after.</source>
        <translation>A evolução da turma, mais abaixo, coloca isso ao lado do antes e do depois do workshop.</translation>
    </message>
    <message numerus="yes">
        <source>Participants sent %n anonymous question(s) from their phones.</source>
        <translation>
            <numerusform>As pessoas participantes enviaram %n pergunta anônima pelo celular.</numerusform>
            <numerusform>As pessoas participantes enviaram %n perguntas anônimas pelo celular.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer than %1 people who had made a commitment answered the check-in, too few to show.</source>
        <translation>Menos de %1 pessoas que tinham feito um compromisso responderam ao balanço, pouco demais para mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</source>
        <translation>
            <numerusform>Da %n pessoa que tinha feito um compromisso, %1 o cumpriu, %2 o cumpriu em parte e %3 ainda não (taxa de cumprimento: %4).</numerusform>
            <numerusform>Das %n pessoas que tinham feito um compromisso, %1 o cumpriram, %2 o cumpriram em parte e %3 ainda não (taxa de cumprimento: %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said they had not made one.</source>
        <translation>
            <numerusform>%n pessoa disse que não tinha feito nenhum.</numerusform>
            <numerusform>%n pessoas disseram que não tinham feito nenhum.</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>menos de %1</translation>
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
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Mostrar no pro&amp;jetor</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>Expor&amp;tar gráfico…</translation>
    </message>
    <message>
        <source>The whole session</source>
        <translation>A sessão inteira</translation>
    </message>
    <message>
        <source>The latest one</source>
        <translation>A mais recente</translation>
    </message>
    <message>
        <source>Self-placement: %1</source>
        <translation>Autoavaliação: %1</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decisão: %1</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Delete Old Sessions</source>
        <translation>Excluir sessões antigas</translation>
    </message>
    <message>
        <source>Upstander keeps every session (its answers, tallies and commitments) on this computer until you delete it. Should it delete old sessions by itself?</source>
        <translation>O Upstander guarda cada sessão (respostas, contagens e compromissos) neste computador até que você a exclua. Ele deve excluir sessões antigas automaticamente?</translation>
    </message>
    <message>
        <source>Upstander can delete old sessions by itself.</source>
        <translation>O Upstander pode excluir sessões antigas automaticamente.</translation>
    </message>
    <message>
        <source>Delete a session:</source>
        <translation>Excluir uma sessão:</translation>
    </message>
    <message>
        <source>&amp;Never (keep every session)</source>
        <translation>&amp;Nunca (guardar todas as sessões)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;%n month(s) after its date</source>
        <translation>
            <numerusform>&amp;%n mês depois da data dela</numerusform>
            <numerusform>&amp;%n meses depois da data dela</numerusform>
        </translation>
    </message>
    <message>
        <source>Old sessions are deleted when you press OK and each time Upstander starts; a session&apos;s age counts from its date. Deleted sessions cannot be brought back. You can change this later in File ▸ Delete Old Sessions Automatically.</source>
        <translation>As sessões antigas são excluídas quando você clica em OK e sempre que o Upstander é iniciado; a idade de uma sessão conta a partir da data dela. Sessões excluídas não podem ser recuperadas. Você pode mudar isso depois em Arquivo ▸ Excluir sessões antigas automaticamente.</translation>
    </message>
    <message>
        <source>Sessions are kept until you delete them in File ▸ Open Session.</source>
        <translation>As sessões ficam guardadas até que você as exclua em Arquivo ▸ Abrir sessão.</translation>
    </message>
    <message>
        <source>No session on this computer is that old now.</source>
        <translation>Nenhuma sessão neste computador é tão antiga por enquanto.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this computer are that old now and will be deleted, the oldest from %1.</source>
        <translation>
            <numerusform>%n sessão neste computador já é tão antiga e será excluída; a mais antiga é de %1.</numerusform>
            <numerusform>%n sessões neste computador já são tão antigas e serão excluídas; a mais antiga é de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealCommand</name>
    <message>
        <source>Reveal the results</source>
        <translation>Revelar os resultados</translation>
    </message>
    <message>
        <source>Hide the results</source>
        <translation>Ocultar os resultados</translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <source>Revealed options</source>
        <translation>Opções reveladas</translation>
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
        <translation>Os votos aparecem quando pelo menos %1 pessoas tiverem votado.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Option %1: %2. Stage: %3. Why: %4</source>
        <translation>Opção %1: %2. Estágio: %3. Por quê: %4</translation>
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
        <translation>Opção %1: %2.</translation>
    </message>
</context>
<context>
    <name>RoleCards</name>
    <message>
        <source>Observer card</source>
        <translation>Cartão de observação</translation>
    </message>
    <message>
        <source>Role card</source>
        <translation>Cartão do papel</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Quem observa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Private: read this to yourself and keep it to yourself.</source>
        <translation>Confidencial: leia em silêncio e guarde só para você.</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Lista de observação</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Cartões de papéis: %1</translation>
    </message>
    <message>
        <source>Could not draw the role cards into %1.</source>
        <translation>Não foi possível desenhar os cartões de papéis em %1.</translation>
    </message>
</context>
<context>
    <name>RoleCardsDialog</name>
    <message>
        <source>Role cards — %1</source>
        <translation>Cartões de papéis — %1</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Cartões de papéis</translation>
    </message>
    <message>
        <source>Each card is private to its role. Print them or save them as a PDF, cut them apart and hand them out face down.</source>
        <translation>Cada cartão é só para quem tem aquele papel. Imprima ou salve como PDF, recorte os cartões e entregue-os virados para baixo.</translation>
    </message>
    <message>
        <source>Every role&apos;s name and private brief, and the observer checklist</source>
        <translation>O nome e as instruções confidenciais de cada papel, e a lista de observação</translation>
    </message>
    <message>
        <source>One card per page</source>
        <translation>Um cartão por página</translation>
    </message>
    <message>
        <source>Two cards per page</source>
        <translation>Dois cartões por página</translation>
    </message>
    <message>
        <source>Cards per page</source>
        <translation>Cartões por página</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the role cards</source>
        <translation>Imprimir os cartões de papéis</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the role cards as a PDF file</source>
        <translation>Salvar os cartões de papéis como arquivo PDF</translation>
    </message>
    <message>
        <source>Close the role cards</source>
        <translation>Fechar os cartões de papéis</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>Role cards: %1</source>
        <translation>Cartões de papéis: %1</translation>
    </message>
    <message>
        <source>Print role cards</source>
        <translation>Imprimir cartões de papéis</translation>
    </message>
    <message>
        <source>The role cards could not be printed.</source>
        <translation>Não foi possível imprimir os cartões de papéis.</translation>
    </message>
    <message>
        <source>%1-role-cards.pdf</source>
        <translation>%1-cartoes-de-papeis.pdf</translation>
    </message>
    <message>
        <source>Save role cards as PDF</source>
        <translation>Salvar cartões de papéis como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RoomQuestionStateCommand</name>
    <message>
        <source>Show a question from the room</source>
        <translation>Mostrar uma pergunta do grupo</translation>
    </message>
    <message>
        <source>Mark a question as answered</source>
        <translation>Marcar uma pergunta como respondida</translation>
    </message>
    <message>
        <source>Hide a question</source>
        <translation>Ocultar uma pergunta</translation>
    </message>
    <message>
        <source>Put a question back in the queue</source>
        <translation>Devolver uma pergunta à fila</translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message>
        <source>new</source>
        <translation>nova</translation>
    </message>
    <message>
        <source>held for review</source>
        <translation>retida para revisão</translation>
    </message>
    <message>
        <source>shown on the projector</source>
        <translation>mostrada no projetor</translation>
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
        <translation>Perguntas e preocupações que as pessoas participantes enviam pelo celular, de forma anônima: só esta tela as lista, nunca quem enviou cada uma.</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Fila:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Retidas para revisão</translation>
    </message>
    <message>
        <source>Show on &amp;Projector</source>
        <translation>Mostrar no pro&amp;jetor</translation>
    </message>
    <message>
        <source>Shows the selected question on the projector, without who sent it</source>
        <translation>Mostra a pergunta selecionada no projetor, sem mostrar quem a enviou</translation>
    </message>
    <message>
        <source>Takes the selected question out of the queue</source>
        <translation>Tira a pergunta selecionada da fila</translation>
    </message>
    <message>
        <source>&amp;Let In</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Moves the selected held question into the queue</source>
        <translation>Passa a pergunta retida selecionada para a fila</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No question yet. Phones that joined can send one at any time.</source>
        <translation>Nenhuma pergunta ainda. Os celulares conectados podem enviar uma a qualquer momento.</translation>
    </message>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n pergunta nova</numerusform>
            <numerusform>%n perguntas novas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n held for review</source>
        <translation>
            <numerusform> · %n retida para revisão</numerusform>
            <numerusform> · %n retidas para revisão</numerusform>
        </translation>
    </message>
    <message>
        <source>A question from the room</source>
        <translation>Uma pergunta do grupo</translation>
    </message>
    <message>
        <source>Mark Ans&amp;wered</source>
        <translation>&amp;Marcar como respondida</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Ocul&amp;tar</translation>
    </message>
    <message>
        <source>Held f&amp;or review (the word list flagged them):</source>
        <translation>Retidas &amp;para revisão (marcadas pela lista de palavras):</translation>
    </message>
    <message>
        <source>Show the Question?</source>
        <translation>Mostrar a pergunta?</translation>
    </message>
    <message>
        <source>The projector shows a question the room is answering. While this one is on, phones cannot answer it. Show it anyway?</source>
        <translation>O projetor mostra uma pergunta que a sala está respondendo. Enquanto esta estiver na tela, os celulares não podem respondê-la. Mostrar mesmo assim?</translation>
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
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Redefinir o cronômetro</translation>
    </message>
    <message>
        <source>Stop the timer, set it back to the round length and hide it from the projector</source>
        <translation>Parar o cronômetro, voltar à duração da rodada e tirá-lo do projetor</translation>
    </message>
    <message>
        <source>Ne&amp;xt round</source>
        <translation>Próxima ro&amp;dada</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Próxima rodada</translation>
    </message>
    <message>
        <source>Rotate the roles in each group of three and start the next round&apos;s time</source>
        <translation>Trocar os papéis em cada trio e começar o tempo da próxima rodada</translation>
    </message>
    <message>
        <source>Sound when time is up</source>
        <translation>Som quando o tempo acabar</translation>
    </message>
    <message>
        <source>Play a chime on this computer when the timer runs out</source>
        <translation>Tocar um aviso sonoro neste computador quando o cronômetro terminar</translation>
    </message>
    <message>
        <source>Time per round:</source>
        <translation>Tempo por rodada:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tempo:</translation>
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
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Time is up: the round has ended</source>
        <translation>O tempo acabou: a rodada terminou</translation>
    </message>
    <message>
        <source>Running, shown on the projector</source>
        <translation>Em andamento, visível no projetor</translation>
    </message>
    <message>
        <source>Paused, shown on the projector</source>
        <translation>Pausado, visível no projetor</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>O tempo acabou</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Tempo restante: %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Rodada %1: %2</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pau&amp;sar</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pausar o cronômetro</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Iniciar o cronômetro</translation>
    </message>
    <message>
        <source>Start or pause the timer (%1)</source>
        <translation>Iniciar ou pausar o cronômetro (%1)</translation>
    </message>
</context>
<context>
    <name>ScenarioChecker</name>
    <message>
        <source>duplicate role id &quot;%1&quot; (first used on line %2)</source>
        <translation>id de papel &quot;%1&quot; duplicado (usado primeiro na linha %2)</translation>
    </message>
    <message>
        <source>duplicate scene id &quot;%1&quot; (first used on line %2)</source>
        <translation>id de cena &quot;%1&quot; duplicado (usado primeiro na linha %2)</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is a dead end: it is not an ending and leads nowhere; give it &quot;next&quot;, &quot;decision&quot; or &quot;ending: true&quot;</source>
        <translation>a cena &quot;%1&quot; é um beco sem saída: não é um final e não leva a lugar nenhum; dê a ela &quot;next&quot;, &quot;decision&quot; ou &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in this decision (first used on line %2)</source>
        <translation>id de opção &quot;%1&quot; duplicado nesta decisão (usado primeiro na linha %2)</translation>
    </message>
    <message>
        <source>the options of this decision span only %1 of the five stages (%2); three or more give the group something to discuss</source>
        <translation>as opções desta decisão cobrem só %1 dos cinco estágios (%2); com três ou mais, o grupo tem o que discutir</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; expected one of: %2</source>
        <translation>estágio desconhecido &quot;%1&quot;; era esperado um destes: %2</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>estágio desconhecido &quot;%1&quot;; você quis dizer &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;</source>
        <translation>&quot;next&quot; não indica nenhuma cena: não existe a cena &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>&quot;next&quot; não indica nenhuma cena: não existe a cena &quot;%1&quot;; você quis dizer &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; the only scenes leading to it cannot be reached either</source>
        <translation>a cena &quot;%1&quot; não pode ser alcançada a partir da primeira cena &quot;%2&quot;; as únicas cenas que levam a ela também não podem ser alcançadas</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; no &quot;next&quot; leads to it</source>
        <translation>a cena &quot;%1&quot; não pode ser alcançada a partir da primeira cena &quot;%2&quot;; nenhum &quot;next&quot; leva a ela</translation>
    </message>
    <message>
        <source>no scene is an ending; mark the last scene of each path with &quot;ending: true&quot;</source>
        <translation>nenhuma cena é um final; marque a última cena de cada caminho com &quot;ending: true&quot;</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is caught in a loop: no path from it reaches an ending</source>
        <translation>a cena &quot;%1&quot; está presa em um ciclo: nenhum caminho a partir dela chega a um final</translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message>
        <source>Scenario details</source>
        <translation>Detalhes do cenário</translation>
    </message>
    <message>
        <source>Summary, roles, decision points and debrief questions of the selected scenario</source>
        <translation>Resumo, papéis, pontos de decisão e perguntas de reflexão do cenário selecionado</translation>
    </message>
    <message>
        <source>Choose a scenario from the list to see its roles, decision points and debrief questions.</source>
        <translation>Escolha um cenário na lista para ver os papéis, os pontos de decisão e as perguntas de reflexão.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3–%4 people</source>
        <translation>%1 · %2 minutos · %3–%4 pessoas</translation>
    </message>
    <message>
        <source>Warnings from checking this file (it runs anyway)</source>
        <translation>Avisos da verificação deste arquivo (ele funciona mesmo assim)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>observer role</source>
        <translation>papel de observação</translation>
    </message>
    <message>
        <source>Decision points</source>
        <translation>Pontos de decisão</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation>
            <numerusform>Cronômetro: %n segundo</numerusform>
            <numerusform>Cronômetro: %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por quê: %1</translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation>Lista de observação</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Reflexão</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>O quê?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>E daí?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>E agora?</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>another scenario file already uses the id &quot;%1&quot; (%2); this one was not loaded</source>
        <translation>outro arquivo de cenário já usa o id &quot;%1&quot; (%2); este não foi carregado</translation>
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
        <translation>não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; scenario files are a few kilobytes</source>
        <translation>o arquivo tem mais de 1 MiB; arquivos de cenário têm poucos kilobytes</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>o arquivo é texto UTF-16; salve-o como UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; scenario files must be UTF-8 text (is it UTF-16 or binary?)</source>
        <translation>o arquivo contém um byte NUL; arquivos de cenário devem ser texto UTF-8 (ele está em UTF-16 ou é binário?)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation>o arquivo não é UTF-8 válido; salve-o como UTF-8</translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>the file is empty; a scenario starts with &quot;format: %1&quot;</source>
        <translation>o arquivo está vazio; um cenário começa com &quot;format: %1&quot;</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version of Upstander reads &quot;%2&quot;</source>
        <translation>formato não suportado &quot;%1&quot;; esta versão do Upstander lê &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected one of: %2</source>
        <translation>tema desconhecido &quot;%1&quot;; era esperado um destes: %2</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>tema desconhecido &quot;%1&quot;; você quis dizer &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>&quot;max&quot; (%1) is smaller than &quot;min&quot; (%2)</source>
        <translation>&quot;max&quot; (%1) é menor que &quot;min&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;ending: false&quot; says nothing; leave &quot;ending&quot; out of scenes that are not endings</source>
        <translation>&quot;ending: false&quot; não diz nada; deixe &quot;ending&quot; de fora nas cenas que não são finais</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; has %2; a scene does exactly one of &quot;next&quot;, &quot;decision&quot; or &quot;ending&quot;</source>
        <translation>a cena &quot;%1&quot; tem %2; uma cena tem exatamente um entre &quot;next&quot;, &quot;decision&quot; ou &quot;ending&quot;</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>a decision needs two to six options, this one has %1</source>
        <translation>uma decisão precisa de duas a seis opções; esta tem %1</translation>
    </message>
    <message>
        <source>the content note has %1 characters; participants read it on a phone before the role-play, so keep it to %2</source>
        <translation>a nota sobre o conteúdo tem %1 caracteres; os participantes a leem no celular antes da dramatização, então mantenha-a em até %2</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>Scenario runner: %1</source>
        <translation>Condução do cenário: %1</translation>
    </message>
    <message>
        <source>Role &amp;cards…</source>
        <translation>&amp;Cartões de papéis…</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Cartões de papéis</translation>
    </message>
    <message>
        <source>Every role&apos;s private brief and the observer checklist, to print or save as PDF</source>
        <translation>As instruções confidenciais de cada papel e a lista de observação, para imprimir ou salvar como PDF</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>Reco&amp;meçar</translation>
    </message>
    <message>
        <source>Start the scenario over</source>
        <translation>Recomeçar o cenário</translation>
    </message>
    <message>
        <source>Back to the first scene; recorded votes are kept</source>
        <translation>Volta à primeira cena; os votos registrados são mantidos</translation>
    </message>
    <message>
        <source>Show on &amp;projector</source>
        <translation>Mostrar no pro&amp;jetor</translation>
    </message>
    <message>
        <source>Current scene</source>
        <translation>Cena atual</translation>
    </message>
    <message>
        <source>Round timer</source>
        <translation>Cronômetro da rodada</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← Vo&amp;ltar</translation>
    </message>
    <message>
        <source>Back to the previous scene</source>
        <translation>Voltar à cena anterior</translation>
    </message>
    <message>
        <source>&amp;Next scene →</source>
        <translation>&amp;Próxima cena →</translation>
    </message>
    <message>
        <source>Next scene</source>
        <translation>Próxima cena</translation>
    </message>
    <message>
        <source>&amp;Debrief →</source>
        <translation>Re&amp;flexão →</translation>
    </message>
    <message>
        <source>Go on to the debrief</source>
        <translation>Seguir para a reflexão</translation>
    </message>
    <message>
        <source>Finish scenario</source>
        <translation>Concluir cenário</translation>
    </message>
    <message>
        <source>Finish the scenario</source>
        <translation>Concluir o cenário</translation>
    </message>
    <message>
        <source>Facilitator notes and timer</source>
        <translation>Notas da facilitação e cronômetro</translation>
    </message>
    <message>
        <source>Previous scene</source>
        <translation>Cena anterior</translation>
    </message>
    <message>
        <source>Next scene or debrief</source>
        <translation>Próxima cena ou reflexão</translation>
    </message>
    <message>
        <source>Show on projector</source>
        <translation>Mostrar no projetor</translation>
    </message>
    <message>
        <source>Take the next vote away</source>
        <translation>Tirar o próximo voto</translation>
    </message>
    <message>
        <source>Add a vote to option %1</source>
        <translation>Somar um voto à opção %1</translation>
    </message>
    <message>
        <source>Take a vote from option %1</source>
        <translation>Tirar um voto da opção %1</translation>
    </message>
    <message>
        <source>Put this scene&apos;s narration on the audience screen (%1)</source>
        <translation>Colocar a narração desta cena na tela do público (%1)</translation>
    </message>
    <message>
        <source>Back to the previous scene on the path (%1)</source>
        <translation>Voltar à cena anterior no caminho (%1)</translation>
    </message>
    <message>
        <source>On to the next scene (%1)</source>
        <translation>Seguir para a próxima cena (%1)</translation>
    </message>
    <message>
        <source>“%1” is over</source>
        <translation>“%1” terminou</translation>
    </message>
    <message>
        <source>Thank you for taking part.</source>
        <translation>Obrigado pela participação.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Reflexão: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>O quê?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>E daí?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>E agora?</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Start “%1” over from the first scene?</source>
        <translation>Recomeçar “%1” desde a primeira cena?</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) at this scenario&apos;s decisions in this session.</source>
        <translation>
            <numerusform>%n voto nas decisões deste cenário nesta sessão.</numerusform>
            <numerusform>%n votos nas decisões deste cenário nesta sessão.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are kept: each decision is asked again in the same question, where votes counted by hand are added to them and a phone&apos;s new answer replaces its earlier one. The results and the report count both runs together.</source>
        <translation>Eles são mantidos: cada decisão volta a ser apresentada na mesma pergunta, em que os votos contados à mão se somam a eles e a nova resposta de um celular substitui a anterior. Os resultados e o relatório somam as duas vezes.</translation>
    </message>
    <message>
        <source>&amp;Keep Votes and Start Over</source>
        <translation>Manter &amp;votos e recomeçar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>The scenario has ended and the projector says so. Start over to run it again, or choose another scenario from the library.</source>
        <translation>O cenário terminou e o projetor mostra isso. Recomece para conduzi-lo de novo ou escolha outro cenário na biblioteca.</translation>
    </message>
    <message>
        <source>Thank the people who played the roles and the observers, and give the room a moment before the next part of the workshop.</source>
        <translation>Agradeça a quem fez os papéis e a quem observou, e dê à sala um momento antes da próxima parte do workshop.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Reflexão</translation>
    </message>
    <message>
        <source>Debrief: What? So what? Now what?</source>
        <translation>Reflexão: O quê? E daí? E agora?</translation>
    </message>
    <message>
        <source>What? (what happened)</source>
        <translation>O quê? (o que aconteceu)</translation>
    </message>
    <message>
        <source>So what? (why it matters)</source>
        <translation>E daí? (por que isso importa)</translation>
    </message>
    <message>
        <source>Now what? (what each of us will do)</source>
        <translation>E agora? (o que cada pessoa vai fazer)</translation>
    </message>
    <message>
        <source>Take the three kinds of question in order and give each its own time. Let the room answer before you offer your own view. Invite, never require: anyone may pass.</source>
        <translation>Faça os três tipos de pergunta em ordem e dê a cada um seu próprio tempo. Deixe a sala responder antes de dar sua opinião. Convide, nunca obrigue: qualquer pessoa pode pular.</translation>
    </message>
    <message>
        <source>Debrief timer</source>
        <translation>Cronômetro da reflexão</translation>
    </message>
    <message>
        <source>Scene %1 · Decision point</source>
        <translation>Cena %1 · Ponto de decisão</translation>
    </message>
    <message>
        <source>Scene %1 · Ending</source>
        <translation>Cena %1 · Final</translation>
    </message>
    <message>
        <source>Scene %1</source>
        <translation>Cena %1</translation>
    </message>
    <message>
        <source>Narration: %1</source>
        <translation>Narração: %1</translation>
    </message>
    <message>
        <source>This is an ending of the scenario. When the room is ready, go on to the debrief.</source>
        <translation>Este é um final do cenário. Quando a sala estiver pronta, siga para a reflexão.</translation>
    </message>
    <message>
        <source>Show on the projector that the scenario is over</source>
        <translation>Mostrar no projetor que o cenário terminou</translation>
    </message>
    <message>
        <source>Show the debrief questions on the projector</source>
        <translation>Mostrar as perguntas de reflexão no projetor</translation>
    </message>
    <message>
        <source>Show the narration on the projector</source>
        <translation>Mostrar a narração no projetor</translation>
    </message>
    <message>
        <source>No audience screen is open.</source>
        <translation>Nenhuma tela do público está aberta.</translation>
    </message>
    <message>
        <source>On the projector now.</source>
        <translation>No projetor agora.</translation>
    </message>
    <message>
        <source>The projector says that the scenario is over.</source>
        <translation>O projetor mostra que o cenário terminou.</translation>
    </message>
    <message>
        <source>the welcome screen</source>
        <translation>a tela de boas-vindas</translation>
    </message>
    <message>
        <source>the group&apos;s agreements</source>
        <translation>os combinados do grupo</translation>
    </message>
    <message>
        <source>the narration of “%1”</source>
        <translation>a narração de “%1”</translation>
    </message>
    <message>
        <source>a question and its options</source>
        <translation>uma pergunta e as opções dela</translation>
    </message>
    <message>
        <source>revealed results</source>
        <translation>os resultados revelados</translation>
    </message>
    <message>
        <source>debrief questions</source>
        <translation>as perguntas de reflexão</translation>
    </message>
    <message>
        <source>how to join from a phone</source>
        <translation>como participar pelo celular</translation>
    </message>
    <message>
        <source>the request for commitments</source>
        <translation>o convite aos compromissos</translation>
    </message>
    <message>
        <source>the group&apos;s commitments</source>
        <translation>os compromissos do grupo</translation>
    </message>
    <message>
        <source>The projector shows %1.</source>
        <translation>O projetor mostra %1.</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Caminho:</translation>
    </message>
    <message>
        <source>Path so far: %1</source>
        <translation>Caminho até aqui: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Nota sobre o conteúdo: %1</translation>
    </message>
    <message>
        <source>Phones show this note while the role-play is on; anyone can sit it out there</source>
        <translation>Os celulares mostram esta nota enquanto a dramatização acontece; lá qualquer pessoa pode ficar de fora</translation>
    </message>
    <message>
        <source>Chosen on their phones; only the number is shown, here alone, never on the projector</source>
        <translation>Escolhido nos celulares; só o número aparece, só aqui e nunca no projetor</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) sitting this role-play out</source>
        <translation>
            <numerusform>%n pessoa está de fora desta dramatização</numerusform>
            <numerusform>%n pessoas estão de fora desta dramatização</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message>
        <source>option --ts needs a file name</source>
        <translation>a opção --ts precisa de um nome de arquivo</translation>
    </message>
    <message>
        <source>unknown option %1 for scenario-strings</source>
        <translation>opção desconhecida %1 para scenario-strings</translation>
    </message>
    <message>
        <source>scenario-strings needs --ts FILE.ts and at least one scenario file</source>
        <translation>scenario-strings precisa de --ts ARQUIVO.ts e de pelo menos um arquivo de cenário</translation>
    </message>
    <message>
        <source>No translation file written: fix the scenario files first.</source>
        <translation>Nenhum arquivo de tradução foi gravado: corrija primeiro os arquivos de cenário.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation>
            <numerusform>%1: %n mensagem, %2 não concluídas.</numerusform>
            <numerusform>%1: %n mensagens, %2 não concluídas.</numerusform>
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
        <translation>Uso: upstander scenario-strings --ts ARQUIVO.ts CENÁRIO...

Grava os textos traduzíveis dos cenários no arquivo do Qt Linguist ARQUIVO.ts,
mantendo as traduções que já estão nele. O idioma vem do arquivo ou do nome
dele (scenarios_de.ts é alemão). Nada é gravado enquanto algum cenário tiver
erros.

Opções:
  --ts ARQUIVO.ts  o arquivo de tradução a criar ou atualizar
  -h, --help       mostra esta ajuda e sai

Códigos de saída: 0 gravado, 1 um cenário ou o arquivo não pôde ser lido ou
gravado, 2 erro de uso. Como traduzir cenários: docs/translations.md.
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
        <translation>Contagem: o grupo se posiciona em uma linha</translation>
    </message>
    <message>
        <source>Hot seat: the laptop goes round</source>
        <translation>Rodízio: o notebook passa de mão em mão</translation>
    </message>
    <message>
        <source>&amp;Collect by:</source>
        <translation>&amp;Coletar por:</translation>
    </message>
    <message>
        <source>How answers are collected</source>
        <translation>Como as respostas são coletadas</translation>
    </message>
    <message>
        <source>Show &amp;Question on Projector</source>
        <translation>Mostrar &amp;pergunta no projetor</translation>
    </message>
    <message>
        <source>Count the people standing at each stage. Press 1–5 to add one; press − and then a number to take one away; Ctrl+Z undoes.</source>
        <translation>Conte as pessoas em cada estágio. Pressione 1–5 para somar uma; pressione − e depois um número para tirar uma; Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Next number takes one away</source>
        <translation>O próximo número tira um</translation>
    </message>
    <message>
        <source>The laptop goes round the room and each person places themselves. &quot;Hand Over&quot; locks the console to a screen with only the question, the five stages and &quot;Pass&quot;: no tabs, notes, results or undo. Unlock it with %1 to take the laptop back; then Ctrl+Z takes back the last answer.</source>
        <translation>O notebook passa pela sala e cada pessoa se posiciona. “Entregar o notebook” bloqueia o console em uma tela só com a pergunta, os cinco estágios e “Pular”: sem abas, notas, resultados nem desfazer. Desbloqueie com %1 para pegar o notebook de volta; depois, Ctrl+Z desfaz a última resposta.</translation>
    </message>
    <message>
        <source>Hand &amp;Over the Laptop</source>
        <translation>En&amp;tregar o notebook</translation>
    </message>
    <message>
        <source>Hot Seat</source>
        <translation>Rodízio</translation>
    </message>
    <message>
        <source>The results of this question are shown, so it takes no more answers. Hide the results to go on collecting.</source>
        <translation>Os resultados desta pergunta estão à mostra, então ela não recebe mais respostas. Oculte os resultados para continuar coletando.</translation>
    </message>
    <message>
        <source>Self-Placement</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>Não foi possível salvar a pergunta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already answered this question one by one or on a phone. Hands counted now are added to them, so only people who have not answered yet may be counted. Count hands as well?</source>
        <translation>
            <numerusform>%n pessoa já respondeu a esta pergunta no rodízio ou pelo celular. As mãos contadas agora se somam a essas respostas, então só quem ainda não respondeu pode ser contado. Contar mãos também?</numerusform>
            <numerusform>%n pessoas já responderam a esta pergunta no rodízio ou pelo celular. As mãos contadas agora se somam a essas respostas, então só quem ainda não respondeu pode ser contado. Contar mãos também?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already counted by hand for this question. Answers given now are added to them, so only people who were not counted may answer. Take answers one by one as well?</source>
        <translation>
            <numerusform>%n pessoa já foi contada à mão para esta pergunta. As respostas dadas agora se somam a ela, então só quem não foi contado pode responder. Receber respostas no rodízio também?</numerusform>
            <numerusform>%n pessoas já foram contadas à mão para esta pergunta. As respostas dadas agora se somam a elas, então só quem não foi contado pode responder. Receber respostas no rodízio também?</numerusform>
        </translation>
    </message>
    <message>
        <source>Count both ways?</source>
        <translation>Contar das duas formas?</translation>
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
        <translation>Não foi possível mostrar ou ocultar os resultados.</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Onde o grupo está: %1</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>Add one to %1</source>
        <translation>Somar um a %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n pessoa</numerusform>
            <numerusform>%1: %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Take one from %1</source>
        <translation>Tirar um de %1</translation>
    </message>
    <message>
        <source>Where are you today? Tap the stage that fits you best, or press its number. Nobody sees your answer.</source>
        <translation>Onde você está hoje? Toque no estágio que combina mais com você ou pressione o número dele. Ninguém vê sua resposta.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Contados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered one by one or from phones</source>
        <translation>
            <numerusform>%n pessoa respondeu no rodízio ou pelo celular</numerusform>
            <numerusform>%n pessoas responderam no rodízio ou pelo celular</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all · counted by hand: %1 · answered one by one or from phones: %2</source>
        <translation>
            <numerusform>%n pessoa no total · contadas à mão: %1 · no rodízio ou pelo celular: %2</numerusform>
            <numerusform>%n pessoas no total · contadas à mão: %1 · no rodízio ou pelo celular: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The results are shown, so no more answers are counted. &quot;Hide Results&quot; or &quot;Show Question on Projector&quot; asks the question again.</source>
        <translation>Os resultados estão à mostra, então nenhuma resposta a mais é contada. “Ocultar resultados” ou “Mostrar pergunta no projetor” faz a pergunta de novo.</translation>
    </message>
    <message>
        <source>Hide Res&amp;ults</source>
        <translation>Ocultar re&amp;sultados</translation>
    </message>
    <message>
        <source>Reveal Res&amp;ults</source>
        <translation>Revelar re&amp;sultados</translation>
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
        <translation>Depois</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
</context>
<context>
    <name>SessionCharts</name>
    <message>
        <source>Where the group stands</source>
        <translation>Onde o grupo está</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes e depois</translation>
    </message>
    <message>
        <source>How people see themselves and what they chose</source>
        <translation>Como as pessoas se veem e o que escolheram</translation>
    </message>
    <message>
        <source>Votes at a decision</source>
        <translation>Votos em uma decisão</translation>
    </message>
    <message>
        <source>Cohort trend</source>
        <translation>Evolução da turma</translation>
    </message>
    <message>
        <source>On average, people place themselves where their choices are.</source>
        <translation>Em média, as pessoas se posicionam onde estão as escolhas delas.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages further along than their choices.</source>
        <translation>Em média, as pessoas se posicionam %1 estágios adiante das próprias escolhas.</translation>
    </message>
    <message>
        <source>On average, people place themselves %1 stages behind their choices.</source>
        <translation>Em média, as pessoas se posicionam %1 estágios atrás das próprias escolhas.</translation>
    </message>
    <message>
        <source>Where people place themselves</source>
        <translation>Onde as pessoas se posicionam</translation>
    </message>
    <message>
        <source>The stages of their choices</source>
        <translation>Os estágios das escolhas delas</translation>
    </message>
    <message>
        <source>Where the group stands: %1</source>
        <translation>Onde o grupo está: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Nenhuma decisão ainda</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>Session Settings</source>
        <translation>Configurações da sessão</translation>
    </message>
    <message>
        <source>e.g. Leadership team, spring workshop</source>
        <translation>ex.: Equipe de liderança, workshop de março</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>optional; the same name links a later follow-up</source>
        <translation>opcional; o mesmo nome liga a sessão a um acompanhamento posterior</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>T&amp;urma:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source> answers</source>
        <translation> respostas</translation>
    </message>
    <message>
        <source>&amp;Show results from:</source>
        <translation>&amp;Mostrar resultados a partir de:</translation>
    </message>
    <message>
        <source>No result, chart or commitment is shown or exported while it rests on fewer answers than this, so nobody can be singled out.</source>
        <translation>Nenhum resultado, gráfico ou compromisso é mostrado ou exportado enquanto se basear em menos respostas do que isso, para que ninguém possa ser identificado.</translation>
    </message>
    <message>
        <source>Name for stage %1, %2</source>
        <translation>Nome do estágio %1, %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Leave a field empty to use the standard name. The order and colours of the stages stay the same.</source>
        <translation>Deixe um campo vazio para usar o nome padrão. A ordem e as cores dos estágios continuam as mesmas.</translation>
    </message>
    <message>
        <source>Stage na&amp;mes</source>
        <translation>&amp;Nomes dos estágios</translation>
    </message>
    <message>
        <source>As the room will see it, e.g. Sam Okafor</source>
        <translation>Como a sala vai ver, ex.: Sam Okafor</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu n&amp;ome:</translation>
    </message>
    <message>
        <source>One item per line, e.g. 9:30 Where we stand</source>
        <translation>Um item por linha, ex.: 9h30 Onde estamos</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;Programação:</translation>
    </message>
    <message>
        <source>One agreement per line</source>
        <translation>Um combinado por linha</translation>
    </message>
    <message>
        <source>Our &amp;agreements:</source>
        <translation>Nossos &amp;combinados:</translation>
    </message>
    <message>
        <source>Shown on the projector when the session opens, and again with View ▸ Projector: Welcome Screen.</source>
        <translation>Aparece no projetor quando a sessão é aberta e de novo em Exibir ▸ Projetor: tela de boas-vindas.</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>Tela de &amp;boas-vindas</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>An earlier cohort: this session joins its trend.</source>
        <translation>Uma turma anterior: esta sessão entra na evolução dela.</translation>
    </message>
    <message>
        <source>Saved as “%1”, the earlier cohort: this session joins its trend.</source>
        <translation>Salva como “%1”, a turma anterior: esta sessão entra na evolução dela.</translation>
    </message>
    <message>
        <source>A new cohort: later sessions with the same name are compared with it.</source>
        <translation>Uma turma nova: as próximas sessões com o mesmo nome serão comparadas com ela.</translation>
    </message>
    <message>
        <source>A new cohort. Did you mean “%1”? A different spelling starts a separate trend.</source>
        <translation>Uma turma nova. Você quis dizer “%1”? Uma grafia diferente começa uma evolução separada.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <source>No session is open.</source>
        <translation>Nenhuma sessão está aberta.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Não existe a sessão %1.</translation>
    </message>
    <message>
        <source>The commitment is empty.</source>
        <translation>O compromisso está vazio.</translation>
    </message>
    <message>
        <source>A commitment has at most %1 characters; this one has %2.</source>
        <translation>Um compromisso tem no máximo %1 caracteres; este tem %2.</translation>
    </message>
    <message>
        <source>The commitment is no longer there.</source>
        <translation>O compromisso não existe mais.</translation>
    </message>
    <message>
        <source>Answers are recorded in this question, so it stays.</source>
        <translation>Há respostas registradas nesta pergunta, então ela permanece.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>A pergunta está vazia.</translation>
    </message>
    <message>
        <source>A question has at most %1 characters.</source>
        <translation>Uma pergunta tem no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The question contains control characters.</source>
        <translation>A pergunta contém caracteres de controle.</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuação)</translation>
    </message>
    <message>
        <source>Fewer than %1 people answered, so this chart is not shown.</source>
        <translation>Menos de %1 pessoas responderam, então este gráfico não é mostrado.</translation>
    </message>
    <message>
        <source>Where the group stood before the scenarios</source>
        <translation>Onde o grupo estava antes dos cenários</translation>
    </message>
    <message>
        <source>Where people place themselves on the spectrum, against the stages of the options they chose in the scenarios.</source>
        <translation>Onde as pessoas se posicionam no espectro, comparado aos estágios das opções que escolheram nos cenários.</translation>
    </message>
    <message>
        <source>Report made %1 with Upstander.</source>
        <translation>Relatório gerado em %1 com o Upstander.</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Turma: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Where people stood.</source>
        <translation>Onde as pessoas estavam.</translation>
    </message>
    <message>
        <source>Self-view and choices.</source>
        <translation>Autoimagem e escolhas.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <source>Fewer than %1 people chose an option here, so the votes are not shown.</source>
        <translation>Menos de %1 pessoas escolheram uma opção aqui, então os votos não são mostrados.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opção</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Debrief questions</source>
        <translation>Perguntas de reflexão</translation>
    </message>
    <message>
        <source>What?</source>
        <translation>O quê?</translation>
    </message>
    <message>
        <source>So what?</source>
        <translation>E daí?</translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation>E agora?</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>Commitments are listed once at least %1 people have written one.</source>
        <translation>Os compromissos são listados quando pelo menos %1 pessoas tiverem escrito um.</translation>
    </message>
    <message>
        <source>The next step from each stage</source>
        <translation>O próximo passo a partir de cada estágio</translation>
    </message>
    <message>
        <source>Cannot start drawing the report.</source>
        <translation>Não é possível começar a desenhar o relatório.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Relatório: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>Commitments kept.</source>
        <translation>Compromissos cumpridos.</translation>
    </message>
    <message>
        <source>Did people do what they committed to?</source>
        <translation>As pessoas fizeram o que se comprometeram a fazer?</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Did it</source>
        <translation>Cumpriram</translation>
    </message>
    <message>
        <source>Of the people who had made a commitment and answered the check-in of a follow-up.</source>
        <translation>Entre as pessoas que tinham feito um compromisso e responderam ao balanço de uma sessão de acompanhamento.</translation>
    </message>
</context>
<context>
    <name>SessionRules</name>
    <message>
        <source>Where are you today?</source>
        <translation>Onde você está hoje?</translation>
    </message>
    <message>
        <source>Where are you now, after the scenarios?</source>
        <translation>Onde você está agora, depois dos cenários?</translation>
    </message>
    <message>
        <source>Where are you now, weeks later?</source>
        <translation>Onde você está agora, semanas depois?</translation>
    </message>
    <message>
        <source>Own what you intend and what it does: if something lands badly, listen first.</source>
        <translation>Assuma o que você pretende e o efeito que causa: se algo cair mal, ouça primeiro.</translation>
    </message>
    <message>
        <source>Challenge by choice: take part as far as feels right; passing is always fine.</source>
        <translation>Participação por escolha: participe até onde achar certo; pular é sempre permitido.</translation>
    </message>
    <message>
        <source>Question ideas, never attack people.</source>
        <translation>Questione ideias, nunca ataque pessoas.</translation>
    </message>
    <message>
        <source>Stories told here stay here; what we learn leaves with us.</source>
        <translation>As histórias contadas aqui ficam aqui; o que aprendemos vai com a gente.</translation>
    </message>
    <message>
        <source>There is no question %1 in this session.</source>
        <translation>Não existe a pergunta %1 nesta sessão.</translation>
    </message>
    <message>
        <source>This question is not one to choose an option in.</source>
        <translation>Esta pergunta não é de escolher uma opção.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Esta pergunta está encerrada.</translation>
    </message>
    <message>
        <source>The participant token is missing or too long.</source>
        <translation>O token de participante está faltando ou é longo demais.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this question&apos;s choices.</source>
        <translation>“%1” não é uma das opções desta pergunta.</translation>
    </message>
    <message>
        <source>This participant sits out the role-play question %1 belongs to.</source>
        <translation>Esta pessoa está de fora da dramatização à qual a pergunta %1 pertence.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Acompanhamento: %1</translation>
    </message>
    <message>
        <source>Did you do what you committed to?</source>
        <translation>Você fez o que se comprometeu a fazer?</translation>
    </message>
    <message>
        <source>Yes, I did</source>
        <translation>Sim, fiz</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Em parte</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>I did not make a commitment</source>
        <translation>Não fiz nenhum compromisso</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Não é possível criar a pasta de dados %1.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only. Upstander keeps every answer there and will not run without saving them; choose another folder with --data-dir.</source>
        <translation>A pasta de dados %1 é somente leitura. O Upstander guarda todas as respostas nela e não funciona sem salvá-las; escolha outra pasta com --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not an Upstander database (it may be damaged). It was left unchanged; move it aside to start a new one.</source>
        <translation>%1 não é um banco de dados do Upstander (pode estar danificado). Ele não foi alterado; mova-o para outro lugar para começar um novo.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Não é possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It was left unchanged; move it aside to start a new one.</source>
        <translation>O banco de dados %1 está danificado (%2). Ele não foi alterado; mova-o para outro lugar para começar um novo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be set up: %2</source>
        <translation>Não é possível preparar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Earlier answers are not saved yet; try again.</source>
        <translation>Respostas anteriores ainda não foram salvas; tente de novo.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Não existe a sessão %1.</translation>
    </message>
    <message>
        <source>The commitment is no longer stored.</source>
        <translation>O compromisso não está mais armazenado.</translation>
    </message>
    <message>
        <source>Question %1 is not there, or answers are recorded in it.</source>
        <translation>A pergunta %1 não existe ou há respostas registradas nela.</translation>
    </message>
    <message>
        <source>Session %1 cannot be put back: %2</source>
        <translation>Não é possível restaurar a sessão %1: %2</translation>
    </message>
    <message>
        <source>Session %1 is back already.</source>
        <translation>A sessão %1 já foi restaurada.</translation>
    </message>
</context>
<context>
    <name>SetGroupChoiceCommand</name>
    <message>
        <source>Clear the group&apos;s choice</source>
        <translation>Limpar a escolha do grupo</translation>
    </message>
    <message>
        <source>The group chooses &quot;%1&quot;</source>
        <translation>O grupo escolhe “%1”</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
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
        <translation>Uma linha por comando: onde fica, o que faz, quais são as teclas</translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Bystander</source>
        <translation>Presença silenciosa</translation>
    </message>
    <message>
        <source>Sees the unfairness happen and stays out of it.</source>
        <translation>Vê a injustiça acontecer e fica de fora.</translation>
    </message>
    <message>
        <source>The bystander is in the room when someone is excluded or demeaned and lets it pass. Rarely out of ill will: more often they are unsure what to say, uncomfortable, or quietly weighing the cost of speaking against the ease of silence. Most of us stand here more often than we would like to think; what is missing is skill, confidence and a culture that backs them up.</source>
        <translation>Neste estágio, a pessoa está na sala quando alguém é excluído ou menosprezado e deixa passar. Raramente por má vontade: na maioria das vezes, não sabe o que dizer, sente desconforto ou pesa em silêncio o custo de falar contra a comodidade de se calar. A maioria de nós fica aqui com mais frequência do que gostaria de admitir; o que falta é habilidade, confiança e uma cultura que nos dê respaldo.</translation>
    </message>
    <message>
        <source>Looks away or changes the subject when a remark lands badly</source>
        <translation>Desvia o olhar ou muda de assunto quando um comentário cai mal</translation>
    </message>
    <message>
        <source>Waits for someone more senior to deal with it</source>
        <translation>Espera que alguém com mais senioridade resolva</translation>
    </message>
    <message>
        <source>Tells themselves it was only a joke, or not their business</source>
        <translation>Diz a si mesma que era só uma piada ou que não é problema seu</translation>
    </message>
    <message>
        <source>A colleague is talked over twice; the bystander notices, feels uneasy and moves on to the next agenda item.</source>
        <translation>Uma colega é interrompida duas vezes; a pessoa percebe, fica incomodada e passa para o próximo item da pauta.</translation>
    </message>
    <message>
        <source>Notice: pay deliberate attention to who speaks, who is interrupted and who is missing. Seeing the pattern is the first move.</source>
        <translation>Perceba: preste atenção, de propósito, em quem fala, quem é interrompido e quem está ausente. Enxergar o padrão é o primeiro passo.</translation>
    </message>
    <message>
        <source>Passive supporter</source>
        <translation>Apoio passivo</translation>
    </message>
    <message>
        <source>Agrees with inclusion when asked, but never starts anything.</source>
        <translation>Concorda com a inclusão quando perguntam, mas nunca toma a iniciativa.</translation>
    </message>
    <message>
        <source>The passive supporter means it: they back the right policies, sit through the training and agree when the topic comes up. Their support is sincere but stays in reserve. It is never spent in the moment that would change something, so the people it is meant for never feel it.</source>
        <translation>Neste estágio, o apoio é verdadeiro: a pessoa defende as políticas certas, participa dos treinamentos e concorda quando o assunto surge. Mas esse apoio fica guardado. Nunca é usado no momento que mudaria alguma coisa, e por isso as pessoas a quem se destina nunca o sentem.</translation>
    </message>
    <message>
        <source>Agrees in private after the meeting that something was unfair</source>
        <translation>Concorda em particular, depois da reunião, que algo foi injusto</translation>
    </message>
    <message>
        <source>Votes for inclusive policies but does not raise them</source>
        <translation>Vota a favor de políticas inclusivas, mas não as propõe</translation>
    </message>
    <message>
        <source>Attends training and events, then returns to business as usual</source>
        <translation>Vai a treinamentos e eventos e depois volta a fazer tudo como antes</translation>
    </message>
    <message>
        <source>Nods when someone else challenges a biased comment, and says afterwards in the corridor that they were right.</source>
        <translation>Concorda com a cabeça quando outra pessoa contesta um comentário preconceituoso e depois, no corredor, diz que ela tinha razão.</translation>
    </message>
    <message>
        <source>Name it: say something in the moment, specifically. It does not need to be perfect; silence costs more than an imperfect sentence.</source>
        <translation>Dê nome ao que aconteceu: diga algo na hora, de forma específica. Não precisa ser perfeito; o silêncio custa mais que uma frase imperfeita.</translation>
    </message>
    <message>
        <source>Performative ally</source>
        <translation>Aliança performática</translation>
    </message>
    <message>
        <source>Visible in public, absent where it counts.</source>
        <translation>Visível em público, ausente quando importa.</translation>
    </message>
    <message>
        <source>The performative ally posts, shares and speaks up where it is seen: at the awareness event, on social media, in the all-hands. When the hard, quiet work comes (the budget, the policy, the awkward conversation) they are elsewhere. Their support mostly serves their own reputation, and the people it claims to help can tell.</source>
        <translation>Neste estágio, a pessoa publica, compartilha e se manifesta onde é vista: no evento de conscientização, nas redes sociais, na reunião geral. Quando chega o trabalho difícil e discreto (o orçamento, a política, a conversa desconfortável), ela está em outro lugar. O apoio serve sobretudo à própria reputação, e as pessoas que ela diz ajudar percebem isso.</translation>
    </message>
    <message>
        <source>Shares the campaign post, skips the policy review</source>
        <translation>Compartilha o post da campanha, falta à revisão da política</translation>
    </message>
    <message>
        <source>Speaks about inclusion on stage, not in the hiring panel</source>
        <translation>Fala de inclusão no palco, não na banca de contratação</translation>
    </message>
    <message>
        <source>Expects thanks or visibility for acts of support</source>
        <translation>Espera agradecimento ou visibilidade pelos gestos de apoio</translation>
    </message>
    <message>
        <source>Opens the meeting with a statement about valuing every voice, then lets the same two people talk for an hour.</source>
        <translation>Abre a reunião dizendo que todas as vozes importam e depois deixa as mesmas duas pessoas falarem por uma hora.</translation>
    </message>
    <message>
        <source>Move the effort from being seen to changing something: pick one action no one will applaud and do it consistently.</source>
        <translation>Troque o esforço de aparecer pelo esforço de mudar algo: escolha uma ação que ninguém vai aplaudir e faça-a com constância.</translation>
    </message>
    <message>
        <source>Active ally</source>
        <translation>Aliança ativa</translation>
    </message>
    <message>
        <source>Steps in when it happens, without waiting for applause.</source>
        <translation>Intervém na hora, sem esperar aplausos.</translation>
    </message>
    <message>
        <source>The active ally acts in real time. They speak up when something is wrong rather than when it is safe, make sure ideas are credited to the person who had them, and notice who is being left out of the conversation and make room for them. It shows in behaviour, again and again, not in announcements.</source>
        <translation>Neste estágio, a pessoa age em tempo real. Fala quando algo está errado, e não quando é seguro, garante que as ideias sejam creditadas a quem as teve e percebe quem está ficando de fora da conversa e abre espaço para essa pessoa. Isso aparece no comportamento, repetidas vezes, não em anúncios.</translation>
    </message>
    <message>
        <source>Brings an overlooked idea back and names whose it was</source>
        <translation>Retoma uma ideia ignorada e diz de quem ela era</translation>
    </message>
    <message>
        <source>Interrupts a demeaning joke by pointing to its impact</source>
        <translation>Interrompe uma piada depreciativa apontando o impacto dela</translation>
    </message>
    <message>
        <source>Corrects a mispronounced name or a wrong pronoun, calmly</source>
        <translation>Corrige com calma um nome mal pronunciado ou um pronome errado</translation>
    </message>
    <message>
        <source>Asks the person affected what support they actually want</source>
        <translation>Pergunta à pessoa afetada que apoio ela realmente quer</translation>
    </message>
    <message>
        <source>&quot;Before we move on, I&apos;d like to hear the end of Lina&apos;s point.&quot;</source>
        <translation>“Antes de seguirmos, eu gostaria de ouvir a Lina terminar o raciocínio.”</translation>
    </message>
    <message>
        <source>Use what you have: your seniority, network, credibility or platform can change processes, not only moments.</source>
        <translation>Use o que você tem: sua senioridade, sua rede, sua credibilidade ou sua visibilidade podem mudar processos, não só momentos.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Defesa de causa</translation>
    </message>
    <message>
        <source>Uses their power to change the system, watched or not.</source>
        <translation>Usa o próprio poder para mudar o sistema, com ou sem plateia.</translation>
    </message>
    <message>
        <source>The advocate goes beyond the single incident to the process that keeps producing it. They use positional or social power to open doors, question criteria and challenge decisions that keep inequity in place, whether or not anyone is looking. They keep the focus on the people affected, not on themselves, and treat it as lifelong practice rather than a box ticked.</source>
        <translation>Neste estágio, a pessoa vai além do incidente isolado e chega ao processo que continua a produzi-lo. Usa o poder do cargo ou a influência social para abrir portas, questionar critérios e contestar decisões que mantêm a desigualdade, haja ou não alguém olhando. Mantém o foco nas pessoas afetadas, não em si mesma, e trata isso como uma prática para a vida toda, não como uma tarefa a riscar da lista.</translation>
    </message>
    <message>
        <source>Asks what the promotion criteria actually measure</source>
        <translation>Pergunta o que os critérios de promoção realmente medem</translation>
    </message>
    <message>
        <source>Secures budget and executive access for a resource group</source>
        <translation>Garante orçamento e acesso à diretoria para um grupo de afinidade</translation>
    </message>
    <message>
        <source>Brings people into rooms and client meetings they are kept out of</source>
        <translation>Leva pessoas a salas e reuniões com clientes das quais costumam ser excluídas</translation>
    </message>
    <message>
        <source>Pushes for pay and promotion data to be examined and published</source>
        <translation>Pressiona para que os dados de salários e promoções sejam analisados e divulgados</translation>
    </message>
    <message>
        <source>&quot;Who affected by this decision is not in this room, and how do we hear from them before we sign it off?&quot;</source>
        <translation>“Quem é afetado por esta decisão e não está nesta sala? Como vamos ouvir essas pessoas antes de aprovar?”</translation>
    </message>
    <message>
        <source>Keep going and bring others with you: make active allyship the norm in your team rather than the exception.</source>
        <translation>Siga em frente e leve outras pessoas junto: faça da aliança ativa a regra na sua equipe, e não a exceção.</translation>
    </message>
</context>
<context>
    <name>StageChip</name>
    <message>
        <source>Stage: %1</source>
        <translation>Estágio: %1</translation>
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
        <translation>Estágio</translation>
    </message>
    <message>
        <source>Share of the group (%)</source>
        <translation>Proporção do grupo (%)</translation>
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
            <numerusform>%1: %n escolha</numerusform>
            <numerusform>%1: %n escolhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n pessoa</numerusform>
            <numerusform>%1: %n pessoas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterActions</name>
    <message>
        <source>Learn about an experience unlike mine from a book, article or podcast, without asking a colleague to teach me</source>
        <translation>Conhecer uma experiência diferente da minha por meio de um livro, artigo ou podcast, sem pedir a colegas que me ensinem</translation>
    </message>
    <message>
        <source>Write down one advantage I have at work and one way to use it for someone else</source>
        <translation>Anotar uma vantagem que tenho no trabalho e uma forma de usá-la em favor de outra pessoa</translation>
    </message>
    <message>
        <source>Take an implicit association test and reflect on the result</source>
        <translation>Fazer um teste de associação implícita e refletir sobre o resultado</translation>
    </message>
    <message>
        <source>In one conversation a day, listen to the end before I answer</source>
        <translation>Em uma conversa por dia, ouvir até o fim antes de responder</translation>
    </message>
    <message>
        <source>When someone tells me about being excluded, believe them and say so</source>
        <translation>Quando alguém me contar que passou por uma exclusão, acreditar e dizer isso a essa pessoa</translation>
    </message>
    <message>
        <source>Bring back an idea that was talked over, and name whose it was</source>
        <translation>Retomar uma ideia que foi atropelada na conversa e dizer de quem ela era</translation>
    </message>
    <message>
        <source>Correct the record when someone&apos;s work is credited to another person</source>
        <translation>Corrigir o registro quando o trabalho de alguém for atribuído a outra pessoa</translation>
    </message>
    <message>
        <source>Use my platform to point to a colleague&apos;s achievement</source>
        <translation>Usar minha visibilidade para destacar uma conquista de colega</translation>
    </message>
    <message>
        <source>Recommend a colleague from an under-represented group for a stretch project</source>
        <translation>Indicar colega de um grupo sub-representado para um projeto desafiador</translation>
    </message>
    <message>
        <source>Speak up about a &quot;joke&quot; by naming its impact, not arguing intent</source>
        <translation>Reagir a uma “piada” apontando o impacto dela, sem discutir a intenção</translation>
    </message>
    <message>
        <source>Learn to say every name in my team correctly, and correct others calmly</source>
        <translation>Aprender a dizer corretamente o nome de cada pessoa da equipe e corrigir outras pessoas com calma</translation>
    </message>
    <message>
        <source>Use people&apos;s pronouns and gender-neutral words in meetings and writing</source>
        <translation>Usar os pronomes das pessoas e linguagem neutra de gênero em reuniões e textos</translation>
    </message>
    <message>
        <source>When corrected, apologise briefly, fix it, and move on without excuses</source>
        <translation>Quando me corrigirem, pedir desculpas em poucas palavras, corrigir e seguir em frente sem me justificar</translation>
    </message>
    <message>
        <source>Ask for feedback on how I show up, and thank the person who gives it</source>
        <translation>Pedir retorno sobre a forma como me comporto e agradecer a quem me der esse retorno</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Answers could not be saved (%1). They are kept in memory and saving is retried; free some disk space if it is full.</source>
        <translation>Não foi possível salvar as respostas (%1). Elas ficam na memória e o salvamento é tentado de novo; libere espaço em disco se ele estiver cheio.</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>upgrading the database failed at &quot;%1&quot;: %2</source>
        <translation>a atualização do banco de dados falhou em &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the database&apos;s version cannot be read</source>
        <translation>não é possível ler a versão do banco de dados</translation>
    </message>
    <message>
        <source>the database was written by a newer version of Upstander (format %1; this version reads up to %2). It was left unchanged; update Upstander to open it.</source>
        <translation>o banco de dados foi gravado por uma versão mais nova do Upstander (formato %1; esta versão lê até o %2). Ele não foi alterado; atualize o Upstander para abri-lo.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Amplifying voices</source>
        <translation>Amplificar vozes</translation>
    </message>
    <message>
        <source>Giving credit</source>
        <translation>Dar crédito</translation>
    </message>
    <message>
        <source>Microaggressions</source>
        <translation>Microagressões</translation>
    </message>
    <message>
        <source>Names and inclusive language</source>
        <translation>Nomes e linguagem inclusiva</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>Contratação</translation>
    </message>
    <message>
        <source>Opening opportunities</source>
        <translation>Abrir oportunidades</translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation>Grupos de afinidade</translation>
    </message>
    <message>
        <source>Performative gestures</source>
        <translation>Gestos performáticos</translation>
    </message>
    <message>
        <source>Challenging the process</source>
        <translation>Questionar o processo</translation>
    </message>
    <message>
        <source>Listening first</source>
        <translation>Ouvir primeiro</translation>
    </message>
    <message>
        <source>Owning mistakes</source>
        <translation>Assumir erros</translation>
    </message>
    <message>
        <source>Using access</source>
        <translation>Usar o próprio acesso</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Mean stage</source>
        <translation>Estágio médio</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Mean stage, on a scale of %1</source>
        <translation>Estágio médio, em uma escala de %1</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1: não mostrado</translation>
    </message>
    <message>
        <source>%1 mean stage %2</source>
        <translation>%1: estágio médio %2</translation>
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
        <translation>Rodada %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>two names</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <comment>three names</comment>
        <translation>%1, %2 e %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n other(s)</source>
        <comment>names</comment>
        <translation>
            <numerusform>%1, %2 e mais %n pessoa</numerusform>
            <numerusform>%1, %2 e mais %n pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 speaks</source>
        <translation>%1 fala</translation>
    </message>
    <message>
        <source>%1 plays %2</source>
        <translation>%1 faz o papel de %2</translation>
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
        <translation>opção desconhecida %1 para validate</translation>
    </message>
    <message>
        <source>validate needs at least one scenario file</source>
        <translation>validate precisa de pelo menos um arquivo de cenário</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation>
            <numerusform>%n arquivo verificado, sem erros.</numerusform>
            <numerusform>%n arquivos verificados, sem erros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 with errors.</source>
        <translation>
            <numerusform>%n arquivo verificado, %1 com erros.</numerusform>
            <numerusform>%n arquivos verificados, %1 com erros.</numerusform>
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
        <translation>Uso: upstander validate [-q|--quiet] [--] ARQUIVO...

Verifica arquivos de cenário: uma linha por problema na saída padrão,
ARQUIVO:LINHA:COL: error: MENSAGEM (ou warning:), e um resumo na saída de erro.

Opções:
  -q, --quiet   sem resumo na saída de erro
  --            todo argumento depois dele é um arquivo, mesmo que comece com -
  -h, --help    mostra esta ajuda e sai

Códigos de saída: 0 nenhum arquivo tem erro (só avisos não contam), 1 algum
arquivo tem erro, 2 erro de uso. Formato dos arquivos de cenário:
docs/scenario-format.md.
</translation>
    </message>
</context>
<context>
    <name>WorkshopGuideDialog</name>
    <message>
        <source>Workshop Guide</source>
        <translation>Guia do workshop</translation>
    </message>
    <message>
        <source>A workshop with Upstander</source>
        <translation>Um workshop com o Upstander</translation>
    </message>
    <message>
        <source>Session.</source>
        <translation>Sessão.</translation>
    </message>
    <message>
        <source>Start a new session%1: a title, the date, the group&apos;s language and k, the smallest group whose answers are shown. Open the audience window on the projector%2.</source>
        <translation>Comece uma nova sessão%1: um título, a data, o idioma do grupo e k, o menor grupo cujas respostas são mostradas. Abra a janela do público no projetor%2.</translation>
    </message>
    <message>
        <source>Baseline.</source>
        <translation>Ponto de partida.</translation>
    </message>
    <message>
        <source>Ask &quot;Where are you today?&quot;. Invite phones%1, or count the group standing on the line with keys 1 to 5 (undo with %2), or pass the laptop round in the hot seat. Results stay hidden until you reveal them.</source>
        <translation>Pergunte “Onde você está hoje?”. Convide os celulares%1, ou conte o grupo em pé na linha com as teclas 1 a 5 (desfaça com %2), ou passe o notebook de mão em mão no rodízio. Os resultados ficam ocultos até você revelá-los.</translation>
    </message>
    <message>
        <source>Scenarios.</source>
        <translation>Cenários.</translation>
    </message>
    <message>
        <source>Find a scenario in the library%1 and run it. Read the scene, hand out the role cards, start the round&apos;s timer%2. At a decision the group votes; reveal the stages, follow the branch, debrief.</source>
        <translation>Encontre um cenário na biblioteca%1 e inicie-o. Leia a cena, entregue os cartões de papéis, inicie o cronômetro da rodada%2. Em cada decisão, o grupo vota; revele os estágios, siga o caminho escolhido e faça a reflexão.</translation>
    </message>
    <message>
        <source>Close.</source>
        <translation>Fechamento.</translation>
    </message>
    <message>
        <source>Ask where people are now (&quot;after&quot;), and invite each person to write one action for the next two weeks. Commitments stay anonymous.</source>
        <translation>Pergunte onde as pessoas estão agora (“depois”) e convide cada uma a escrever uma ação para as próximas duas semanas. Os compromissos ficam anônimos.</translation>
    </message>
    <message>
        <source>Review.</source>
        <translation>Análise.</translation>
    </message>
    <message>
        <source>Look at the charts together: where the group stands, before and after, the decisions. Export the report%1.</source>
        <translation>Analise os gráficos com o grupo: onde o grupo está, antes e depois, as decisões. Exporte o relatório%1.</translation>
    </message>
    <message>
        <source>Follow-up.</source>
        <translation>Acompanhamento.</translation>
    </message>
    <message>
        <source>Some weeks later run a short session for the same cohort: did people do what they committed to? The trend shows the sessions side by side.</source>
        <translation>Algumas semanas depois, faça uma sessão curta com a mesma turma: as pessoas fizeram o que se comprometeram a fazer? A evolução mostra as sessões lado a lado.</translation>
    </message>
    <message>
        <source>Every key: Help ▸ Keyboard Shortcuts. Numbers below k are never shown on the projector or the phones.</source>
        <translation>Todas as teclas: Ajuda ▸ Atalhos de teclado. Números abaixo de k nunca aparecem no projetor nem nos celulares.</translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>YAML aliases (*name) are not allowed in scenario files; write the text out in full</source>
        <translation>aliases YAML (*nome) não são permitidos em arquivos de cenário; escreva o texto por extenso</translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes; scenario files are far smaller</source>
        <translation>o arquivo tem mais de %1 nós YAML; arquivos de cenário são bem menores</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; scenario files need only a few levels</source>
        <translation>aninhado em mais de %1 níveis; arquivos de cenário precisam de poucos níveis</translation>
    </message>
    <message>
        <source>YAML anchors (&amp;name) are not allowed in scenario files</source>
        <translation>âncoras YAML (&amp;nome) não são permitidas em arquivos de cenário</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>um valor único</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>um mapa</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted text starting here is never closed; add the missing %1</source>
        <translation>erro de sintaxe YAML: o texto entre aspas que começa aqui nunca é fechado; acrescente o %1 que falta</translation>
    </message>
    <message>
        <source>a second YAML document (after &quot;---&quot;); a scenario file holds exactly one</source>
        <translation>um segundo documento YAML (depois de &quot;---&quot;); um arquivo de cenário contém exatamente um</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erro de sintaxe YAML: %1</translation>
    </message>
</context>
</TS>
