<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
  <context>
    <name></name>
    <message id="amplify-overlooked-idea.title">
      <source>The idea that got talked over</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>A ideia que ninguém deixou terminar</translation>
    </message>
    <message id="amplify-overlooked-idea.summary">
      <source>In a quarterly planning meeting, Nkechi starts to share a proposal backed by her own data and is cut off mid-sentence. The group decides what a colleague at the table does in the moment, and again the next day when the manager asks who should lead the work.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Numa reunião de planejamento trimestral, Nkechi começa a apresentar uma proposta baseada em dados que ela mesma levantou e é interrompida no meio da frase. O grupo decide o que alguém da mesa faz na hora e, de novo, no dia seguinte, quando o gestor pergunta quem deve liderar o trabalho.</translation>
    </message>
    <message id="amplify-overlooked-idea.content_note">
      <source>This role-play includes a colleague being cut off mid-sentence in a meeting, falling silent, and her idea later being credited to someone else.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra uma colega interrompida no meio da frase numa reunião, que se cala e depois vê sua ideia ser atribuída a outra pessoa.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.name">
      <source>Nkechi Obi, customer insights analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nkechi).</extracomment>
      <translation>Nkechi Obi, analista de insights de clientes</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.brief">
      <source>You joined eight months ago and you are the only Black woman on the product team. You spent two evenings pulling last quarter's support tickets and found that roughly one in five asks where an order is. When you are cut off, you do not fight for the floor; you have learnt that pushing back gets you labelled &quot;intense&quot;. Let the group see you go quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nkechi).</extracomment>
      <translation>Você entrou na empresa há oito meses e é a única mulher negra da equipe de produto. Passou duas noites levantando os chamados de suporte do último trimestre e descobriu que mais ou menos um em cada cinco pergunta onde está o pedido. Quando é interrompida, você não briga pela palavra: já aprendeu que reagir faz você ganhar o rótulo de “intensa”. Deixe o grupo ver você se calar.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.name">
      <source>Luca Romano, senior platform engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role luca).</extracomment>
      <translation>Luca Romano, engenheiro sênior de plataforma</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.brief">
      <source>You are worried about the database migration and you jump in because the deadline is real, not because you think Nkechi's point is unimportant. Later, a status page seems like an obvious fix to you and you genuinely do not connect it to what she said. If someone points it out, be a little defensive first (&quot;I wasn't trying to steal anything&quot;), then fair.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role luca).</extracomment>
      <translation>Você está preocupado com a migração do banco de dados e entra na conversa porque o prazo é real, não porque ache o ponto da Nkechi sem importância. Mais tarde, uma página de status parece uma solução óbvia para você, e você sinceramente não liga isso ao que ela disse. Se alguém apontar, fique um pouco na defensiva primeiro (“Eu não estava tentando roubar nada”) e depois seja justo.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.name">
      <source>Graham Whitlock, head of product</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role graham).</extracomment>
      <translation>Gustavo Barreto, head de produto</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.brief">
      <source>You chair the meeting and you are proud of running it to time. You follow whoever sounds most certain, which is usually Luca. You are not hostile to Nkechi; you simply have not noticed the pattern. If a peer names it calmly, you are open to changing how you run the meeting.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role graham).</extracomment>
      <translation>Você conduz a reunião e se orgulha de terminar no horário. Você segue quem parece mais seguro, e em geral é o Luca. Você não tem nada contra a Nkechi; simplesmente não percebeu o padrão. Se alguém do mesmo nível apontar isso com calma, você está aberto a mudar o jeito de conduzir a reunião.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.brief">
      <source>Watch who speaks, who is cut off and who gets the credit. Note exact words and timings where you can. Use the checklist, and in the debrief report what you saw before what you think.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe quem fala, quem é interrompido e quem fica com o crédito. Anote as palavras exatas e os momentos, sempre que puder. Use a lista de observação e, na reflexão, conte primeiro o que viu e só depois o que pensa.</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.1">
      <source>How many seconds passed between Nkechi being cut off and anyone reacting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quantos segundos se passaram entre a interrupção da Nkechi e a primeira reação de alguém?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it return the floor to Nkechi?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos de intervenção (distrair, delegar, documentar, adiar, agir diretamente) quem responde usou, e isso devolveu a palavra à Nkechi?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.3">
      <source>Did the credit for the status-page idea end up with the person who raised it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>O crédito pela ideia da página de status ficou com a pessoa que a propôs?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.4">
      <source>Did anyone check with Nkechi about what she wanted, or act purely on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém perguntou à Nkechi o que ela queria, ou agiu só em nome dela?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.5">
      <source>What did the responder's intervention cost them (time, awkwardness, Luca's goodwill)?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quanto custou a intervenção para quem respondeu (tempo, constrangimento, a boa vontade do Luca)?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.title">
      <source>Tuesday, quarterly planning</source>
      <extracomment>Scene heading, shown on the projector (scene planning).</extracomment>
      <translation>Terça-feira, planejamento trimestral</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.narration">
      <source>Nkechi turns her laptop towards the room. &quot;I went through last quarter's tickets, and about twenty per cent are people asking where their order is, so a simple status page could —&quot; Luca leans in: &quot;Sorry, quick one before we run out of time: we have to decide the migration today.&quot; Graham nods, &quot;Good shout, let's do that,&quot; and Nkechi closes her laptop halfway.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene planning).</extracomment>
      <translation>Nkechi vira o notebook para a sala. “Eu analisei os chamados do último trimestre, e uns vinte por cento são de gente perguntando onde está o pedido, então uma página de status simples poderia…” Luca se inclina para a frente: “Desculpa, só uma coisinha antes que o tempo acabe: a gente precisa decidir a migração hoje.” Gustavo concorda com a cabeça: “Boa, vamos nisso”, e Nkechi fecha o notebook pela metade.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.notes">
      <source>Read Luca's interruption at a natural pace, not as a villain line; it should feel like something participants have seen a hundred times. Pause for five seconds after the last sentence before showing the prompt. If someone says &quot;the migration really was urgent&quot;, agree: both things can be true, and the question is whether Nkechi gets to finish.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene planning).</extracomment>
      <translation>Leia a interrupção do Luca num ritmo natural, sem tom de vilão; deve soar como algo que o pessoal já viu cem vezes. Faça uma pausa de cinco segundos depois da última frase antes de mostrar o enunciado. Se alguém disser “mas a migração era mesmo urgente”, concorde: as duas coisas podem ser verdade, e a questão é se a Nkechi consegue terminar.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.prompt">
      <source>You are a peer of Luca's, sitting opposite Nkechi. What do you do in the next minute?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene planning).</extracomment>
      <translation>Você trabalha no mesmo nível do Luca e está à mesa, de frente para a Nkechi. O que você faz no próximo minuto?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.text">
      <source>Say nothing. The migration is genuinely urgent and Graham is chairing, so it is his call.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option let-it-go). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>Não digo nada. A migração é mesmo urgente, e quem conduz é o Gustavo; a decisão é dele.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.why">
      <source>Deferring to the chair feels respectful, but it leaves the interruption standing and nobody at the table learns it mattered.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option let-it-go).</extracomment>
      <translation>Deixar a decisão com quem conduz parece respeitoso, mas a interrupção fica valendo e ninguém na mesa percebe que ela importou.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.text">
      <source>Send Nkechi a private chat message: &quot;Your status page idea sounded really promising, by the way.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option private-chat). Shown on a phone button: keep it short, about 97 characters like the English.</extracomment>
      <translation>Mando uma mensagem no privado para a Nkechi: “Aliás, sua ideia da página de status parecia muito promissora.”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.why">
      <source>It is warm and it tells her someone was listening, but the room, and Graham, never hear the rest of her proposal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option private-chat).</extracomment>
      <translation>É um gesto caloroso e mostra a ela que alguém estava ouvindo, mas a sala, e o Gustavo, nunca chegam a ouvir o resto da proposta.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.text">
      <source>Say nothing now, and after the meeting post in the team channel: &quot;Great energy in planning today, love how many voices we hear on this team!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option team-shout-out). Shown on a phone button: keep it short, about 141 characters like the English.</extracomment>
      <translation>Não digo nada agora e, depois da reunião, posto no canal da equipe: “Que energia boa no planejamento hoje! Adoro como todo mundo tem voz nesta equipe!”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.why">
      <source>It is visible and it sounds inclusive, but it describes a meeting that did not happen and changes nothing for Nkechi.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option team-shout-out).</extracomment>
      <translation>É visível e soa inclusivo, mas descreve uma reunião que não aconteceu e não muda nada para a Nkechi.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.text">
      <source>&quot;Graham, can we give Nkechi one more minute first? She was halfway through the ticket numbers, and then let's do the migration.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option floor-back). Shown on a phone button: keep it short, about 128 characters like the English.</extracomment>
      <translation>“Gustavo, dá para darmos mais um minuto para a Nkechi antes? Ela estava no meio dos números dos chamados. Depois a gente vê a migração.”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.why">
      <source>It acts in the moment, names her, and hands the floor back rather than retelling her idea for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option floor-back).</extracomment>
      <translation>Age na hora, diz o nome dela e devolve a palavra a ela, em vez de recontar a ideia no lugar dela.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.title">
      <source>Twenty minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene moved-on).</extracomment>
      <translation>Vinte minutos depois</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.narration">
      <source>The migration discussion runs long. Near the end, Luca stretches: &quot;Honestly, half our tickets would go away with a status page.&quot; Graham writes it on the whiteboard with an L beside it. Nkechi looks down at her notebook and does not speak again that meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene moved-on).</extracomment>
      <translation>A discussão sobre a migração se estende. Perto do fim, Luca se espreguiça: “Sinceramente, metade dos nossos chamados sumiria com uma página de status.” Gustavo escreve isso no quadro branco com um L do lado. Nkechi olha para o caderno e não fala mais nada na reunião.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.notes">
      <source>Some groups will feel a jolt here; let it sit. Ask the observer, briefly, what Nkechi's body language said. Do not open a full discussion yet; the next scene carries the story on.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene moved-on).</extracomment>
      <translation>Alguns grupos vão sentir um baque aqui; deixe o momento assentar. Pergunte rapidamente a quem observa o que a linguagem corporal da Nkechi dizia. Não abra uma discussão completa ainda; a próxima cena continua a história.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.title">
      <source>A reply in the chat</source>
      <extracomment>Scene heading, shown on the projector (scene private-note).</extracomment>
      <translation>Uma resposta no chat</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.narration">
      <source>Nkechi replies with a thumbs-up and &quot;thanks, maybe another time&quot;. The meeting moves to the migration and over-runs by fifteen minutes. In the corridor afterwards, Luca mentions to Graham that a status page might cut the ticket queue. Graham says he likes it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-note).</extracomment>
      <translation>Nkechi responde com um joinha e “valeu, quem sabe outra hora”. A reunião passa para a migração e estoura o horário em quinze minutos. No corredor, depois, Luca comenta com o Gustavo que uma página de status poderia reduzir a fila de chamados. Gustavo diz que gostou da ideia.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.notes">
      <source>This path often feels good to participants because Nkechi said thanks. Ask, gently, what changed for her and what did not. Passive support is real support; the point is where it stops.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-note).</extracomment>
      <translation>Esse caminho costuma agradar ao pessoal, porque a Nkechi agradeceu. Pergunte, com delicadeza, o que mudou para ela e o que não mudou. Apoio passivo é apoio de verdade; a questão é onde ele para.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.title">
      <source>The channel post</source>
      <extracomment>Scene heading, shown on the projector (scene upbeat-post).</extracomment>
      <translation>O post no canal</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.narration">
      <source>Your post collects eight emoji reactions, including one from Graham. Nkechi does not react. In the minutes Graham circulates that evening, the only action on tickets reads &quot;Luca to scope status page&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene upbeat-post).</extracomment>
      <translation>Seu post recebe oito reações com emoji, uma delas do Gustavo. A Nkechi não reage. Na ata que o Gustavo envia à noite, a única ação sobre os chamados diz: “Luca vai definir o escopo da página de status”.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.notes">
      <source>Expect a defensive moment here (&quot;I was being positive!&quot;). Do not argue with the intention. Ask instead what Nkechi might have felt reading that post after being cut off. Keep the tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene upbeat-post).</extracomment>
      <translation>Espere um momento de defesa aqui (“Eu só estava sendo positivo!”). Não discuta a intenção. Pergunte, em vez disso, o que a Nkechi pode ter sentido ao ler aquele post depois de ter sido interrompida. Mantenha um tom de curiosidade, não de correção.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.title">
      <source>One more minute</source>
      <extracomment>Scene heading, shown on the projector (scene she-finishes).</extracomment>
      <translation>Mais um minuto</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.narration">
      <source>There is a short, awkward pause. Graham says, &quot;Sure, quickly.&quot; Nkechi reopens her laptop and shows the chart: one ticket in five, and a rough estimate of the agent hours it would save. Luca exhales audibly but says &quot;Fair, that's a good number.&quot; The meeting over-runs by ten minutes and Graham is visibly tight for his next call.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene she-finishes).</extracomment>
      <translation>Há uma pausa curta e constrangida. Gustavo diz: “Claro, rapidinho.” Nkechi abre de novo o notebook e mostra o gráfico: um chamado em cada cinco, e uma estimativa das horas de atendimento que isso pouparia. Luca solta o ar de um jeito audível, mas diz: “Justo, é um número bom.” A reunião passa dez minutos do horário, e dá para ver que o Gustavo está em cima da hora para a próxima chamada.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.notes">
      <source>Point out the cost: a pause, an annoyed sigh, a manager running late. Participants who chose this often underestimate how small those costs are next to the benefit; others overestimate them. Both reactions are worth hearing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene she-finishes).</extracomment>
      <translation>Mostre o custo: uma pausa, um suspiro de irritação, um gestor atrasado. Quem escolheu esta opção muitas vezes subestima o quanto esses custos são pequenos perto do benefício; outras pessoas os superestimam. Vale ouvir as duas reações.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.title">
      <source>Wednesday, your 1:1 with Graham</source>
      <extracomment>Scene heading, shown on the projector (scene one-to-one).</extracomment>
      <translation>Quarta-feira, sua reunião individual com o Gustavo</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.narration">
      <source>Graham is skimming his list. &quot;The status page thing: I'm thinking Luca leads it. He knows the platform and he can turn it round in a sprint. Any thoughts? And how did you find yesterday's meeting, generally?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-to-one).</extracomment>
      <translation>Gustavo está passando os olhos pela lista dele. “Sobre a página de status: estou pensando em deixar o Luca liderando. Ele conhece a plataforma e consegue entregar em uma sprint. O que você acha? E, no geral, o que achou da reunião de ontem?”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.notes">
      <source>Whatever path the group took, this 1:1 is where quiet influence lives. Remind the group that Graham asked a direct question, so silence is an answer too. If time is short, cut the timer to 60 seconds.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-to-one).</extracomment>
      <translation>Qualquer que tenha sido o caminho do grupo, é nesta conversa individual que mora a influência discreta. Lembre ao grupo que o Gustavo fez uma pergunta direta, então ficar em silêncio também é uma resposta. Se o tempo estiver curto, reduza o cronômetro para 60 segundos.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.prompt">
      <source>Graham is waiting for your answer. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene one-to-one).</extracomment>
      <translation>Gustavo está esperando sua resposta. O que você diz?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.text">
      <source>&quot;Sounds fine. Luca's reliable, and the meeting was OK, just long.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option sounds-fine). Shown on a phone button: keep it short, about 66 characters like the English.</extracomment>
      <translation>“Parece bom. O Luca é confiável, e a reunião foi ok, só longa.”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.why">
      <source>It is honest about what you feel comfortable saying, and it lets the credit settle where it has already drifted.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option sounds-fine).</extracomment>
      <translation>É honesto sobre o que você se sente à vontade para dizer, e deixa o crédito ficar onde ele já foi parar.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.text">
      <source>&quot;Luca's good. Maybe Nkechi could be involved too? She had some data on it, I think.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option maybe-involve). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>“O Luca é bom. Quem sabe a Nkechi também pudesse participar? Acho que ela tinha uns dados.”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.why">
      <source>You say the right thing because you were asked, but softly enough that Graham can nod and change nothing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option maybe-involve).</extracomment>
      <translation>Você diz a coisa certa porque perguntaram, mas de um jeito tão suave que o Gustavo pode concordar e não mudar nada.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.text">
      <source>&quot;Luca's fine. Actually, I'd love us to do a no-interruptions pledge. I could make a poster for the meeting room.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option pledge-poster). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>“O Luca está ótimo. Aliás, eu adoraria um pacto de ‘sem interrupções’. Posso fazer um cartaz para a sala de reunião.”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.why">
      <source>It points at a real problem and looks good on the wall, but it avoids the specific decision in front of you: who owns the idea.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option pledge-poster).</extracomment>
      <translation>Aponta para um problema real e fica bonito na parede, mas evita a decisão concreta que está na sua frente: de quem é a ideia.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.text">
      <source>&quot;It was Nkechi's idea, and she has the ticket data. I'd ask her to lead it, with Luca on the build.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option nkechi-leads). Shown on a phone button: keep it short, about 100 characters like the English.</extracomment>
      <translation>“A ideia foi da Nkechi, e os dados dos chamados são dela. Eu pediria para ela liderar, com o Luca no desenvolvimento.”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.why">
      <source>You correct the record with the person who decides, plainly and without making it a complaint about Luca.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option nkechi-leads).</extracomment>
      <translation>Você deixa os fatos claros para quem decide, de forma direta e sem transformar isso numa queixa contra o Luca.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.text">
      <source>&quot;Nkechi should lead it. And I've noticed she gets cut off in planning more than anyone. Could we open with a round of updates before the discussion, and I'll note in the minutes who raised what?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option change-the-meeting). Shown on a phone button: keep it short, about 195 characters like the English.</extracomment>
      <translation>“A Nkechi deveria liderar. E reparei que, no planejamento, ela é interrompida mais do que qualquer um. Podemos abrir com uma rodada de atualizações antes da discussão? E eu anoto na ata quem trouxe cada ideia.”</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.why">
      <source>Beyond this one idea, you use your standing with Graham to change how the meeting runs, so fewer ideas get lost next time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option change-the-meeting).</extracomment>
      <translation>Indo além desta ideia, você usa sua posição junto ao Gustavo para mudar o jeito como a reunião funciona, para que menos ideias se percam da próxima vez.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene luca-leads).</extracomment>
      <translation>Seis semanas depois</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.narration">
      <source>The status page ships and cuts &quot;where is my order&quot; tickets by a fifth. Graham thanks Luca at the all-hands. Nkechi has stopped bringing data to planning; in her 1:1s she asks about roles on other teams.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene luca-leads).</extracomment>
      <translation>A página de status entra no ar e reduz em um quinto os chamados de “cadê meu pedido”. Gustavo agradece ao Luca na reunião geral da empresa. Nkechi parou de levar dados ao planejamento; nas reuniões individuais, ela pergunta sobre vagas em outras equipes.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.notes">
      <source>Resist summarising a moral. Ask the group what the cost was, who paid it, and when anyone would notice. Then move to the debrief.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene luca-leads).</extracomment>
      <translation>Resista à tentação de resumir uma moral. Pergunte ao grupo qual foi o custo, quem pagou e quando alguém perceberia. Depois passe para a reflexão.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Seis semanas depois</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.narration">
      <source>Graham adds Nkechi to Luca's project &quot;for the numbers&quot;. She builds the dashboard that proves the impact. The launch email thanks &quot;Luca and the team&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Gustavo inclui a Nkechi no projeto do Luca “para cuidar dos números”. Ela monta o painel que comprova o impacto. O e-mail de lançamento agradece ao “Luca e equipe”.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.notes">
      <source>A useful contrast with the bystander ending: more involvement, same credit. Ask what would have made the suggestion land harder.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-helps).</extracomment>
      <translation>Um contraste útil com o final do estágio “Presença silenciosa”: mais participação, o mesmo crédito. Pergunte o que teria dado mais peso à sugestão.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene poster-up).</extracomment>
      <translation>Seis semanas depois</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.narration">
      <source>A laminated &quot;One voice at a time&quot; poster goes up beside the screen in the meeting room. People joke about it for a week. Luca leads the status page; Nkechi is cut off twice more in the next planning session, under the poster.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene poster-up).</extracomment>
      <translation>Um cartaz plastificado com “Uma voz de cada vez” aparece ao lado da tela da sala de reunião. O pessoal faz piada com ele durante uma semana. Luca lidera a página de status; Nkechi é interrompida mais duas vezes no planejamento seguinte, bem embaixo do cartaz.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.notes">
      <source>Some participants will find this ending funny; let them, then ask what Nkechi might think each time she sees the poster.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene poster-up).</extracomment>
      <translation>Algumas pessoas vão achar este final engraçado; deixe rirem e depois pergunte o que a Nkechi pode pensar cada vez que vê o cartaz.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Seis semanas depois</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.narration">
      <source>Graham pauses, then says, &quot;I didn't realise. Fine, I'll ask her.&quot; Luca is a little cool with you for a few days. Nkechi leads the pilot, presents the one-in-five result to the leadership team, and is asked to look at the returns queue next.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Gustavo faz uma pausa e diz: “Eu não tinha percebido. Tudo bem, vou falar com ela.” Luca fica um pouco frio com você por alguns dias. Nkechi lidera o piloto, apresenta o resultado de um em cada cinco para a diretoria e recebe o convite para olhar a fila de devoluções em seguida.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.notes">
      <source>Name the cost honestly: a colder colleague for a while. Ask whether the group thinks Nkechi should have been consulted before you spoke up for her; there is no single right answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-owns).</extracomment>
      <translation>Fale do custo com honestidade: um colega mais distante por um tempo. Pergunte se o grupo acha que a Nkechi deveria ter sido consultada antes de você falar por ela; não existe uma única resposta certa.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene meeting-changes).</extracomment>
      <translation>Seis semanas depois</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.narration">
      <source>Graham tries the round of updates the following Tuesday and grumbles that it adds five minutes. Three planning sessions later, two people who rarely spoke have ideas on the board with their initials beside them. Nkechi leads the status page, and Graham now asks &quot;whose idea was this?&quot; before writing anything down.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene meeting-changes).</extracomment>
      <translation>Gustavo testa a rodada de atualizações na terça seguinte e resmunga que ela acrescenta cinco minutos. Três planejamentos depois, duas pessoas que quase nunca falavam têm ideias no quadro com as iniciais ao lado. Nkechi lidera a página de status, e agora o Gustavo pergunta “de quem foi essa ideia?” antes de anotar qualquer coisa.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.notes">
      <source>Participants sometimes see the advocate option as &quot;too much&quot; for a peer. Ask what access they actually have to the person who runs their meetings, and what the smallest process change they could ask for is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene meeting-changes).</extracomment>
      <translation>Às vezes o pessoal vê a opção do estágio “Defesa de causa” como “demais” para alguém do mesmo nível. Pergunte que acesso cada pessoa realmente tem a quem conduz suas reuniões, e qual seria a menor mudança de processo que poderia pedir.</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.1">
      <source>What happened to Nkechi's idea between the moment she raised it and the moment it shipped?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que aconteceu com a ideia da Nkechi entre o momento em que ela a apresentou e o momento em que ela entrou no ar?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.2">
      <source>At which moment did you, as a group, feel the most pressure to stay quiet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Em que momento vocês, como grupo, sentiram mais pressão para ficar em silêncio?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.1">
      <source>What does a team learn when the same person is talked over and nobody reacts?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>O que uma equipe aprende quando a mesma pessoa é atropelada na fala e ninguém reage?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.2">
      <source>Why might a private message feel like enough to the sender, and not to the person who was cut off?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que uma mensagem no privado pode parecer suficiente para quem envia, mas não para quem foi interrompida?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.1">
      <source>Which meeting you attend next week has a pattern like this, and what sentence will you have ready?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Em qual das reuniões de que você vai participar na próxima semana aparece um padrão assim, e que frase você vai ter pronta?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.2">
      <source>Who runs that meeting, and what small change to its format could you ask them for?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quem conduz essa reunião, e que pequena mudança no formato dela você poderia pedir?</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.title">
      <source>Workplace allyship practice: amplify overlooked ideas in meetings</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: amplificar ideias ignoradas em reuniões</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.note">
      <source>Drawn from the practice of returning the floor to a colleague whose idea was passed over, and making sure the credit reaches decision makers.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado na prática de devolver a palavra a alguém cuja ideia foi deixada de lado e de garantir que o crédito chegue a quem toma as decisões.</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.2.title">
      <source>Workplace allyship practice: intervene in the moment</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: intervir na hora</translation>
    </message>
    <message id="ask-what-support.title">
      <source>Ask before you act</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Pergunte antes de agir</translation>
    </message>
    <message id="ask-what-support.summary">
      <source>A lead researcher tells a colleague over coffee that, for the second time this month, a client directed every question about her work to her junior colleague. The colleague badly wants to do something. The group decides whether he listens and asks what she wants first, or rushes to fix it, and then lives with the consequences at the next client workshop.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Durante um café, uma pesquisadora líder conta a um colega que, pela segunda vez neste mês, um cliente dirigiu a um colega júnior todas as perguntas sobre o trabalho dela. O colega quer muito fazer alguma coisa. O grupo decide se ele escuta e pergunta primeiro o que ela quer ou se corre para resolver o problema, e depois vive as consequências no workshop seguinte com o cliente.</translation>
    </message>
    <message id="ask-what-support.content_note">
      <source>This role-play includes a client repeatedly bypassing a lead researcher and putting every question about her work to a junior colleague, and a co-worker acting for her without asking.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra um cliente que dirige repetidamente a um colega júnior as perguntas sobre o trabalho de uma pesquisadora líder, e um colega que age por ela sem perguntar o que ela quer.</translation>
    </message>
    <message id="ask-what-support.roles.erik.name">
      <source>Erik Johansson, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role erik).</extracomment>
      <translation>Erik Johansson, gerente de produto</translation>
    </message>
    <message id="ask-what-support.roles.erik.brief">
      <source>You work alongside Ama and count her as a friend. You were in the workshop and saw everything. You feel angry on her behalf and have a strong urge to fix it today. You also have a good relationship with Grace, the account lead, and could email the client in two minutes.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role erik).</extracomment>
      <translation>Você trabalha lado a lado com a Ama e a considera uma amiga. Você estava no workshop e viu tudo. Está com raiva por ela e sente uma vontade enorme de resolver isso hoje mesmo. Você também se dá bem com a Grace, a responsável pela conta, e conseguiria mandar um e-mail para o cliente em dois minutos.</translation>
    </message>
    <message id="ask-what-support.roles.ama.name">
      <source>Ama Owusu, lead UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ama).</extracomment>
      <translation>Ama Owusu, pesquisadora líder de UX</translation>
    </message>
    <message id="ask-what-support.roles.ama.brief">
      <source>You ran every patient interview on this project. In both client workshops so far this month, Henrik, the client's operations director, has put every research question to Sam, who joined four months ago. You want to handle it your way: you will talk to Grace yourself when you are ready, and you do not want HR involved yet. What you would like from Erik, if he asks, is simple: if it happens again, pass the question to you lightly, without a speech. If someone acts for you without asking, you feel exposed and say so.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ama).</extracomment>
      <translation>Você conduziu todas as entrevistas com pacientes neste projeto. Nos dois workshops com o cliente até agora neste mês, o Henrik, diretor de operações do cliente, fez todas as perguntas sobre a pesquisa ao Sam, que entrou há quatro meses. Você quer lidar com isso do seu jeito: vai conversar com a Grace pessoalmente quando estiver pronta e não quer envolver o RH por enquanto. O que você gostaria do Erik, se ele perguntar, é simples: se acontecer de novo, que ele passe a pergunta para você com leveza, sem discurso. Se alguém agir por você sem perguntar, você se sente exposta e diz isso.</translation>
    </message>
    <message id="ask-what-support.roles.sam.name">
      <source>Sam Whitaker, junior UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sam).</extracomment>
      <translation>Sam Whitaker, pesquisador júnior de UX</translation>
    </message>
    <message id="ask-what-support.roles.sam.brief">
      <source>You answer because you are asked, and each time you feel worse about it. You don't know how to hand the question back without making it awkward for the client. If anyone redirects a question to Ama, you are visibly relieved.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sam).</extracomment>
      <translation>Você responde porque perguntam a você, e a cada vez se sente pior. Não sabe como devolver a pergunta sem criar um clima constrangedor com o cliente. Se alguém redirecionar uma pergunta para a Ama, você fica visivelmente aliviado.</translation>
    </message>
    <message id="ask-what-support.roles.grace.name">
      <source>Grace Liu, account lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role grace).</extracomment>
      <translation>Grace Liu, responsável pela conta</translation>
    </message>
    <message id="ask-what-support.roles.grace.brief">
      <source>This client is the agency's biggest account and you protect the relationship closely. You like Ama and rate her work. If you hear about the problem from an email you weren't expecting, your first instinct is damage control; if Ama or Erik bring you a proposal, you listen.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role grace).</extracomment>
      <translation>Esse cliente é a maior conta da agência, e você cuida da relação de perto. Você gosta da Ama e valoriza o trabalho dela. Se ficar sabendo do problema por um e-mail inesperado, seu primeiro instinto é controlar o estrago; se a Ama ou o Erik trouxerem uma proposta, você escuta.</translation>
    </message>
    <message id="ask-what-support.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="ask-what-support.roles.observer.brief">
      <source>Watch whether Erik asks questions or makes statements, and how long he lets Ama talk before he offers a solution. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe se o Erik faz perguntas ou afirmações, e quanto tempo ele deixa a Ama falar antes de oferecer uma solução. Use a lista de observação.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.1">
      <source>Before acting, did Erik ask Ama what she wanted? Write down the exact question if he did.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Antes de agir, o Erik perguntou à Ama o que ela queria? Se perguntou, anote a pergunta exata.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.2">
      <source>Did Erik say that he believed her, and that he had seen it too?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>O Erik disse que acreditava nela e que também tinha visto o que aconteceu?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.3">
      <source>Who decided what would happen next: Ama, Erik, or someone else? At which moment did that change hands?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem decidiu o que aconteceria depois: a Ama, o Erik ou outra pessoa? Em que momento essa decisão mudou de mãos?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.4">
      <source>In the workshop, which of the five moves appeared: distract, delegate, document, delay, direct? A light redirect of a question is a form of direct; a quiet word with Grace is a form of delegate.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>No workshop, qual dos cinco movimentos apareceu: distrair, delegar, documentar, adiar, agir diretamente? Redirecionar uma pergunta com leveza é uma forma de agir diretamente; uma conversa discreta com a Grace é uma forma de delegar.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.5">
      <source>What did each choice cost Ama, even when it was meant to help her?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quanto cada escolha custou à Ama, mesmo quando a intenção era ajudá-la?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.title">
      <source>The kitchen, Tuesday</source>
      <extracomment>Scene heading, shown on the projector (scene coffee).</extracomment>
      <translation>A copa, terça-feira</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.narration">
      <source>Tuesday, the office kitchen, straight after the second client workshop this month. Ama Owusu stirs her coffee and says, without looking up: &quot;He did it again. Every question about my research, Henrik asked Sam. Sam's been here four months.&quot; She laughs, but not much. Erik Johansson was in the workshop and saw all of it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene coffee).</extracomment>
      <translation>Terça-feira, na copa do escritório, logo depois do segundo workshop do mês com o cliente. A Ama Owusu mexe o café e diz, sem levantar os olhos: “Ele fez de novo. Toda pergunta sobre a minha pesquisa, o Henrik fez para o Sam. O Sam está aqui há quatro meses.” Ela ri, mas pouco. O Erik Johansson estava no workshop e viu tudo.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.notes">
      <source>Two minutes. Most groups lean strongly towards &quot;do something now&quot;, which is exactly the tension this scenario is built on. Don't correct that urge; let it be voted on. If someone says &quot;I'd ask her what she wants&quot;, ask them what they would do if her answer was &quot;nothing&quot;.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene coffee).</extracomment>
      <translation>Dois minutos. A maioria dos grupos tende fortemente a “fazer alguma coisa agora”, e é exatamente nessa tensão que o cenário se apoia. Não corrija esse impulso; deixe que ele vá a voto. Se alguém disser “eu perguntaria o que ela quer”, pergunte o que essa pessoa faria se a resposta fosse “nada”.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.prompt">
      <source>You are Erik. What do you do next?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene coffee).</extracomment>
      <translation>Você é o Erik. O que você faz agora?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.text">
      <source>&quot;Ugh, clients.&quot; Then, because you don't know what else to say, ask whether she's seen the new sprint board.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option change-subject). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>“Ai, clientes.” E, sem saber o que mais dizer, pergunto se ela já viu o novo quadro da sprint.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.why">
      <source>Not knowing what to say is common and very human. But changing the subject tells Ama, without meaning to, that this isn't something you will hold with her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option change-subject).</extracomment>
      <translation>Não saber o que dizer é comum e muito humano. Mas mudar de assunto diz à Ama, sem querer, que isso não é algo que você vai carregar junto com ela.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.text">
      <source>&quot;That's really not OK. You should take it to HR.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option suggest-hr). Shown on a phone button: keep it short, about 49 characters like the English.</extracomment>
      <translation>“Isso não está nada certo. Você devia levar ao RH.”</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.why">
      <source>You say it isn't acceptable, which matters. But the advice hands all the work back to her and assumes she wants a formal route.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option suggest-hr).</extracomment>
      <translation>Você diz que aquilo não é aceitável, e isso importa. Mas o conselho devolve todo o trabalho para ela e supõe que ela quer um caminho formal.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.text">
      <source>&quot;Right, I'm emailing Henrik and Grace now. This needs calling out.&quot; You open your laptop.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option fix-it-now). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>“Pronto, vou mandar um e-mail para o Henrik e a Grace agora. Isso precisa ser dito.” Abro o notebook.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.why">
      <source>It feels like decisive support, and the anger is on her side. But it takes the decision away from Ama and makes the story about your intervention; rescuing is still about the rescuer.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option fix-it-now).</extracomment>
      <translation>Parece um apoio decidido, e a raiva está do lado dela. Mas tira a decisão das mãos da Ama e transforma a história na sua intervenção; quem resgata continua falando de si.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.text">
      <source>&quot;I saw it too, and I believe you. What would help, from me, if anything? I could say something next time, back you up with Grace, or just listen.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option ask-her). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>“Eu também vi, e acredito em você. Tem alguma coisa que eu possa fazer que ajude? Posso falar algo da próxima vez, te apoiar com a Grace ou só ouvir.”</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.why">
      <source>You confirm what you saw, believe her, and let her decide what support looks like before you do anything.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option ask-her).</extracomment>
      <translation>Você confirma o que viu, acredita nela e deixa que ela decida como é o apoio antes de fazer qualquer coisa.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.title">
      <source>The sprint board</source>
      <extracomment>Scene heading, shown on the projector (scene subject-changed).</extracomment>
      <translation>O quadro da sprint</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.narration">
      <source>Ama pauses, then says, &quot;Yeah, the sprint board,&quot; and the moment closes. They talk about tickets for five minutes. She doesn't raise the workshop with Erik again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene subject-changed).</extracomment>
      <translation>A Ama faz uma pausa e diz: “É, o quadro da sprint.” E o momento se fecha. Eles falam de tickets por cinco minutos. Ela não volta a tocar no assunto do workshop com o Erik.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.notes">
      <source>Ask Ama's role-player what she was hoping for when she spoke. Usually it is very little: to be believed. Keep it short.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene subject-changed).</extracomment>
      <translation>Pergunte a quem faz o papel da Ama o que ela esperava quando falou. Geralmente é muito pouco: que acreditassem nela. Seja breve.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.title">
      <source>Advice to carry</source>
      <extracomment>Scene heading, shown on the projector (scene hr-suggested).</extracomment>
      <translation>Um conselho para carregar</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.narration">
      <source>Ama nods: &quot;Maybe.&quot; She knows where HR is; what she wanted to know was whether anyone else had noticed. A formal complaint about the biggest client feels like a risk to the account and to her, so she doesn't make one. Now she carries the advice as well as the problem.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene hr-suggested).</extracomment>
      <translation>A Ama concorda com a cabeça: “Talvez.” Ela sabe onde fica o RH; o que queria saber era se mais alguém tinha percebido. Uma queixa formal contra o maior cliente parece um risco para a conta e para ela, então ela não faz. Agora carrega o conselho, além do problema.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.notes">
      <source>Participants who chose this often say &quot;but HR is the right channel&quot;. It can be. Ask who gets to decide whether it is the right channel for Ama, and what it would cost her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene hr-suggested).</extracomment>
      <translation>Quem escolheu esta opção costuma dizer “mas o RH é o canal certo”. Pode ser. Pergunte quem decide se é o canal certo para a Ama e quanto isso custaria a ela.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.title">
      <source>Clearing the air</source>
      <extracomment>Scene heading, shown on the projector (scene emailed).</extracomment>
      <translation>Aparar as arestas</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.narration">
      <source>Erik's email to Henrik is polite and firm, and copies in Grace Liu, the account lead. Within the hour, Grace calls Ama into a meeting room: the client has replied, mortified, and wants a call with her to &quot;clear the air&quot;. Ama is now the person who complained about the agency's biggest client, and she never complained.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene emailed).</extracomment>
      <translation>O e-mail do Erik para o Henrik é educado e firme, com cópia para a Grace Liu, a responsável pela conta. Em menos de uma hora, a Grace chama a Ama para uma sala de reunião: o cliente respondeu, constrangido, e quer uma chamada com ela para “aparar as arestas”. Agora a Ama é a pessoa que reclamou do maior cliente da agência, e ela nunca reclamou.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.notes">
      <source>This is the scene people remember. Let Grace's role-player play the damage control straight. Do not shame the person who chose the email; the impulse was generous. Ask instead: whose name is on the problem now?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene emailed).</extracomment>
      <translation>Esta é a cena de que as pessoas se lembram. Deixe quem faz o papel da Grace controlar o estrago com toda a seriedade. Não envergonhe quem escolheu o e-mail; o impulso foi generoso. Pergunte, em vez disso: agora o problema está no nome de quem?</translation>
    </message>
    <message id="ask-what-support.scenes.asked.title">
      <source>What she asked for</source>
      <extracomment>Scene heading, shown on the projector (scene asked).</extracomment>
      <translation>O que ela pediu</translation>
    </message>
    <message id="ask-what-support.scenes.asked.narration">
      <source>Ama thinks for a moment: &quot;Honestly? If he does it again on Thursday, pass the question to me, lightly and without a speech, and please don't go to Grace; I'll talk to her when I'm ready.&quot; Erik wants to do more than that. He writes down exactly what she asked for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene asked).</extracomment>
      <translation>A Ama pensa um pouco: “Sinceramente? Se ele fizer isso de novo na quinta, passa a pergunta para mim, com leveza e sem discurso, e por favor não vá falar com a Grace; eu converso com ela quando estiver pronta.” O Erik quer fazer mais do que isso. Ele anota exatamente o que ela pediu.</translation>
    </message>
    <message id="ask-what-support.scenes.asked.notes">
      <source>Point out that Erik wanting to do more is normal, and that the discipline here is doing what was asked, well. Some participants will feel it is &quot;too small&quot;. Ask Ama's role-player whether it feels small to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene asked).</extracomment>
      <translation>Mostre que é normal o Erik querer fazer mais, e que a disciplina aqui é fazer bem o que foi pedido. Algumas pessoas vão achar que é “pouco demais”. Pergunte a quem faz o papel da Ama se parece pouco para ela.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.title">
      <source>Thursday's workshop</source>
      <extracomment>Scene heading, shown on the projector (scene workshop).</extracomment>
      <translation>O workshop de quinta</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.narration">
      <source>Thursday, the third workshop of the month. Twenty minutes in, Henrik Dahl turns to Sam: &quot;So what did patients say about the booking flow?&quot; Ama led every one of those interviews. Sam glances at her, then down at his notes, and opens his mouth to answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene workshop).</extracomment>
      <translation>Quinta-feira, o terceiro workshop do mês. Vinte minutos depois do início, o Henrik Dahl se vira para o Sam: “Então, o que os pacientes disseram sobre o fluxo de agendamento?” A Ama conduziu cada uma dessas entrevistas. O Sam olha para ela, depois para as anotações, e abre a boca para responder.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.notes">
      <source>Run this as a quick live role-play if you have time: Henrik (you can play him), Sam, Ama, Erik. Give the group ninety seconds to decide. Watch for the gap between what people say they would do and what their role-player actually manages to say out loud.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene workshop).</extracomment>
      <translation>Se houver tempo, faça uma dramatização rápida ao vivo: Henrik (você pode fazer o papel dele), Sam, Ama e Erik. Dê noventa segundos para o grupo decidir. Observe a distância entre o que as pessoas dizem que fariam e o que quem faz o papel realmente consegue dizer em voz alta.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.prompt">
      <source>You are Erik. Sam is about to answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene workshop).</extracomment>
      <translation>Você é o Erik. O Sam está prestes a responder. O que você faz?</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.text">
      <source>Stay quiet. Sam can handle it, and jumping in might make things awkward with the client.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option let-it-go). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>Fico em silêncio. O Sam dá conta, e interromper pode criar um clima estranho com o cliente.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.why">
      <source>Wanting to protect the client relationship is reasonable. But the research goes to the client in someone else's voice, for the third time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option let-it-go).</extracomment>
      <translation>Querer proteger a relação com o cliente é razoável. Mas a pesquisa chega ao cliente pela voz de outra pessoa, pela terceira vez.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.text">
      <source>Say nothing in the room; afterwards, post in the team channel about how important it is to credit researchers properly, and tag Ama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option post-later). Shown on a phone button: keep it short, about 132 characters like the English.</extracomment>
      <translation>Não digo nada na sala; depois, posto no canal da equipe sobre a importância de dar crédito a quem pesquisa, marcando a Ama.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.why">
      <source>The message is true and public. But it arrives after the moment that mattered, and it puts Ama's week on display for an audience she didn't choose.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option post-later).</extracomment>
      <translation>A mensagem é verdadeira e pública. Mas chega depois do momento que importava e expõe a semana da Ama a um público que ela não escolheu.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.text">
      <source>&quot;Ama ran those interviews. Ama, do you want to take that one?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option redirect). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>“Foi a Ama que fez essas entrevistas. Ama, quer responder essa?”</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.why">
      <source>A light redirect in the moment: the question goes to its owner, and nobody is put on trial.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option redirect).</extracomment>
      <translation>Um redirecionamento leve, na hora: a pergunta vai para quem é dona do trabalho, e ninguém é posto no banco dos réus.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.text">
      <source>Redirect the question now. Afterwards, ask Ama whether she would like to propose to Grace, together, that every client session opens by naming who leads each part of the work, and only go ahead if she says yes.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option change-the-setup). Shown on a phone button: keep it short, about 210 characters like the English.</extracomment>
      <translation>Redireciono a pergunta agora. Depois, pergunto à Ama se ela quer propor à Grace, juntos, que toda sessão com o cliente comece dizendo quem lidera cada parte do trabalho, e só sigo em frente se ela disser sim.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.why">
      <source>You act in the moment and then work on the setup that keeps producing the problem, with Ama deciding whether and how.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option change-the-setup).</extracomment>
      <translation>Você age no momento e depois trabalha na estrutura que continua gerando o problema, com a Ama decidindo se e como.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.title">
      <source>At Erik's desk</source>
      <extracomment>Scene heading, shown on the projector (scene fallout).</extracomment>
      <translation>Na mesa do Erik</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.narration">
      <source>Later, Ama finds Erik at his desk. &quot;I didn't ask you to do that. Now Grace thinks I'm making trouble with our biggest client, and I have to get on a call with Henrik and be gracious about it.&quot; Her voice is steady; her hands aren't.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fallout).</extracomment>
      <translation>Mais tarde, a Ama encontra o Erik na mesa dele. “Eu não te pedi para fazer aquilo. Agora a Grace acha que eu estou criando problema com o nosso maior cliente, e eu vou ter que entrar numa chamada com o Henrik e ser simpática.” A voz dela está firme; as mãos, não.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.notes">
      <source>The person playing Erik often gets defensive here, which is useful: it is exactly the reflex the scenario is about. Let it happen, then ask the room what Ama needed to hear. Keep the tone warm; nobody should leave feeling stupid for wanting to help.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fallout).</extracomment>
      <translation>Quem faz o papel do Erik muitas vezes fica na defensiva aqui, e isso é útil: é exatamente o reflexo de que o cenário trata. Deixe acontecer e depois pergunte à sala o que a Ama precisava ouvir. Mantenha um tom acolhedor; ninguém deve sair se sentindo bobo por querer ajudar.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.prompt">
      <source>You are Erik. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene fallout).</extracomment>
      <translation>Você é o Erik. O que você diz?</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.text">
      <source>&quot;I was only trying to help. Someone had to say something, and you'd have been upset if nobody did.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option defend). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>“Eu só estava tentando ajudar. Alguém tinha que falar, e você ia ficar chateada se ninguém falasse.”</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.why">
      <source>Explaining your intent protects your picture of yourself as the one who stood up, and it asks Ama to manage your feelings on top of the fallout.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option defend).</extracomment>
      <translation>Explicar sua intenção protege a imagem que você tem de si como quem se posicionou, e ainda pede à Ama que cuide dos seus sentimentos, além das consequências.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.text">
      <source>&quot;Sorry. I'll stay out of it from now on.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option retreat). Shown on a phone button: keep it short, about 41 characters like the English.</extracomment>
      <translation>“Desculpa. Daqui em diante, fico fora disso.”</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.why">
      <source>The apology is real. But stepping back entirely leaves Ama alone with a situation you set in motion.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option retreat).</extracomment>
      <translation>O pedido de desculpas é sincero. Mas se afastar por completo deixa a Ama sozinha com uma situação que você pôs em movimento.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.text">
      <source>&quot;You're right. I didn't ask, and I should have. I'm sorry. What would help now? I can tell Grace it was entirely my idea, join the call, or stay well away from it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option repair). Shown on a phone button: keep it short, about 164 characters like the English.</extracomment>
      <translation>“Você tem razão. Eu não perguntei, e devia ter perguntado. Desculpa. O que ajudaria agora? Posso dizer à Grace que a ideia foi só minha, entrar na chamada ou ficar bem longe.”</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.why">
      <source>You own the mistake without excuses, then go back to the step you skipped: asking what she wants.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option repair).</extracomment>
      <translation>Você assume o erro sem desculpas e volta ao passo que pulou: perguntar o que ela quer.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.title">
      <source>The version the client remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-silence).</extracomment>
      <translation>A versão de que o cliente se lembra</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.narration">
      <source>Sam answers, haltingly, and gets one detail wrong; Ama corrects it in a follow-up email that nobody reads closely. At the end, Henrik thanks Sam warmly for the insights. By the next month, Ama has asked to move to a different account.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-silence).</extracomment>
      <translation>O Sam responde, hesitante, e erra um detalhe; a Ama corrige num e-mail de acompanhamento que ninguém lê com atenção. No fim, o Henrik agradece calorosamente ao Sam pelos insights. No mês seguinte, a Ama pede para mudar de conta.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.notes">
      <source>Ask Sam's role-player how it felt to answer. The junior colleague is often the forgotten cost in this story.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-silence).</extracomment>
      <translation>Pergunte a quem faz o papel do Sam como foi responder. O colega júnior costuma ser o custo esquecido desta história.</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.title">
      <source>A dozen reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-post).</extracomment>
      <translation>Uma dúzia de reações</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.narration">
      <source>The post gets a dozen reactions and a few comments praising Erik for speaking up. Ama adds a small thumbs-up and says nothing; she hadn't wanted her week to become a lesson for the channel. In the workshop itself, the question went to Sam, and Sam's answer is the one the client remembers.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-post).</extracomment>
      <translation>O post recebe uma dúzia de reações e alguns comentários elogiando o Erik por ter se manifestado. A Ama deixa um joinha discreto e não diz nada; ela não queria que a semana dela virasse lição para o canal. No workshop em si, a pergunta foi para o Sam, e é da resposta do Sam que o cliente se lembra.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.title">
      <source>The right size</source>
      <extracomment>Scene heading, shown on the projector (scene end-redirected).</extracomment>
      <translation>Na medida certa</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.narration">
      <source>Sam hands over with visible relief. Ama answers in thirty seconds, clearly, and Henrik puts his next question to her directly. Afterwards she says only, &quot;Thanks. That was the right size.&quot; It doesn't change Henrik overnight, but it changes who the client calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-redirected).</extracomment>
      <translation>O Sam passa a vez com alívio visível. A Ama responde em trinta segundos, com clareza, e o Henrik faz a pergunta seguinte diretamente a ela. Depois, ela diz apenas: “Obrigada. Foi na medida certa.” O Henrik não muda da noite para o dia, mas muda a pessoa que o cliente procura.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.notes">
      <source>If the path came through the kitchen scene where Erik asked, point out that he knew the right size because he asked. If it came another way, ask what made the redirect land.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-redirected).</extracomment>
      <translation>Se o caminho passou pela cena da copa em que o Erik perguntou, mostre que ele sabia a medida certa porque perguntou. Se veio por outro caminho, pergunte o que fez o redirecionamento funcionar.</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.title">
      <source>Names on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene end-setup).</extracomment>
      <translation>Nomes na pauta</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.narration">
      <source>Ama says yes, and wants to make the proposal with Erik rather than have him make it for her. Grace agrees, a little reluctantly, worried it will look as if the agency is managing the client. From the next workshop every agenda names its leads; Henrik's questions start going to Ama, and two other teams borrow the format.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-setup).</extracomment>
      <translation>A Ama diz sim e quer fazer a proposta junto com o Erik, em vez de deixar que ele faça por ela. A Grace concorda, meio a contragosto, preocupada que pareça que a agência está tentando controlar o cliente. A partir do workshop seguinte, toda pauta traz os nomes de quem lidera cada parte; as perguntas do Henrik começam a ir para a Ama, e duas outras equipes adotam o formato.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.title">
      <source>A conversation closes</source>
      <extracomment>Scene heading, shown on the projector (scene end-defended).</extracomment>
      <translation>Uma conversa se fecha</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.narration">
      <source>Ama says &quot;OK&quot; in the tone that ends a conversation. On the call, Henrik apologises and Ama is gracious, and Grace notes in the account file that the relationship is &quot;sensitive&quot;. Ama stops telling Erik things.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-defended).</extracomment>
      <translation>A Ama diz “Tá bom” naquele tom que encerra a conversa. Na chamada, o Henrik pede desculpas e a Ama é gentil, e a Grace registra no arquivo da conta que a relação é “delicada”. A Ama para de contar coisas ao Erik.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.notes">
      <source>Ask the room: what did Ama lose here that she had before Tuesday? Usually: a person she could think out loud with.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-defended).</extracomment>
      <translation>Pergunte à sala: o que a Ama perdeu aqui que tinha antes de terça-feira? Geralmente: uma pessoa com quem pensar em voz alta.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.title">
      <source>Alone on the call</source>
      <extracomment>Scene heading, shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Sozinha na chamada</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.narration">
      <source>Erik keeps his word and stays out of it. Ama handles the call alone; it goes fine, and it costs her an afternoon of preparation and a weekend of replaying it. When Henrik does it again a month later, she doesn't expect anyone to notice.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-withdrawn).</extracomment>
      <translation>O Erik cumpre a palavra e fica de fora. A Ama faz a chamada sozinha; corre tudo bem, e isso custa a ela uma tarde de preparação e um fim de semana repassando a conversa. Quando o Henrik faz a mesma coisa um mês depois, ela já não espera que ninguém perceba.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.notes">
      <source>Participants sometimes see this as the respectful choice. Ask whether backing off and asking what she wants now are the same thing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-withdrawn).</extracomment>
      <translation>Às vezes, as pessoas veem esta como a escolha respeitosa. Pergunte se recuar e perguntar o que ela quer agora são a mesma coisa.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.title">
      <source>Asked, this time</source>
      <extracomment>Scene heading, shown on the projector (scene end-repaired).</extracomment>
      <translation>Desta vez, ele perguntou</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.narration">
      <source>Ama asks him to tell Grace it was his call, and to stay off the Henrik call. He does both. Grace is cross with Erik rather than Ama, and tells him so. A few weeks later, Ama says she is glad someone saw it, and that next time she would like to be asked first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-repaired).</extracomment>
      <translation>A Ama pede que ele diga à Grace que a decisão foi dele e que fique fora da chamada com o Henrik. Ele faz as duas coisas. A Grace fica irritada com o Erik, não com a Ama, e diz isso a ele. Algumas semanas depois, a Ama diz que está feliz por alguém ter visto e que, da próxima vez, gostaria que perguntassem a ela primeiro.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.notes">
      <source>Make the link to the first decision explicit: the repair is the same move as the kitchen option, just arriving a day late and at a higher price.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-repaired).</extracomment>
      <translation>Deixe explícita a ligação com a primeira decisão: o reparo é o mesmo movimento da opção da copa, só que chegando um dia atrasado e a um preço mais alto.</translation>
    </message>
    <message id="ask-what-support.debrief.what.1">
      <source>What did Ama actually ask for, on the path where she was asked? What did she get on ours?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que a Ama realmente pediu, no caminho em que perguntaram a ela? E o que ela recebeu no nosso caminho?</translation>
    </message>
    <message id="ask-what-support.debrief.what.2">
      <source>At what point did the decision about what happened next pass from Ama to someone else?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Em que momento a decisão sobre o que aconteceria depois passou da Ama para outra pessoa?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.1">
      <source>Why is the urge to rescue so strong, and whose discomfort is it relieving?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que o impulso de resgatar é tão forte, e o desconforto de quem ele está aliviando?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.2">
      <source>What is the difference between support that is big and support that is the right size?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qual é a diferença entre um apoio grande e um apoio na medida certa?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.1">
      <source>What question will you ask the next time someone tells you about being excluded, before you offer anything?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que pergunta você vai fazer na próxima vez que alguém contar que foi excluído, antes de oferecer qualquer coisa?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.2">
      <source>Think of a time you acted on someone's behalf without asking. What would you do differently now?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Pense numa vez em que você agiu em nome de alguém sem perguntar. O que faria diferente agora?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.3">
      <source>What could you do in your next client or team meeting to make sure questions reach the person who owns the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>O que você pode fazer na sua próxima reunião com cliente ou com a equipe para garantir que as perguntas cheguem a quem é dono do trabalho?</translation>
    </message>
    <message id="ask-what-support.sources.1.title">
      <source>Workplace allyship practice: listen first, believe people, and ask what support they want before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: ouvir primeiro, acreditar nas pessoas e perguntar que apoio elas querem antes de agir</translation>
    </message>
    <message id="ask-what-support.sources.1.note">
      <source>Drawn from allyship guidance on active listening, validating colleagues' experiences, and avoiding the rescuer role.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado em orientações sobre aliança que tratam de escuta ativa, de validar as experiências de colegas e de evitar o papel de salvador.</translation>
    </message>
    <message id="banter-joke.title">
      <source>It's only banter</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>É só brincadeira</translation>
    </message>
    <message id="banter-joke.summary">
      <source>In a sprint retrospective, a well-liked developer repeats a colleague's point in an exaggerated accent and the room laughs. The group decides what a teammate does in the moment, and what they say when the joker later asks, privately, whether he went too far.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Numa retrospectiva de sprint, um desenvolvedor querido pela equipe repete o argumento de uma colega imitando o sotaque dela de forma exagerada, e a sala ri. O grupo decide o que alguém da equipe faz na hora e o que diz quando o autor da piada, mais tarde e em particular, pergunta se passou do ponto.</translation>
    </message>
    <message id="banter-joke.content_note">
      <source>This role-play includes a colleague's accent being exaggerated for laughs in a team meeting, the room laughing along, and her smiling it off.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra o sotaque de uma colega sendo imitado de forma exagerada para fazer graça numa reunião de equipe, a sala rindo junto e ela disfarçando com um sorriso.</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.name">
      <source>Agnieszka Wójcik, QA engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role agnieszka).</extracomment>
      <translation>Agnieszka Wójcik, engenheira de QA</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.brief">
      <source>You moved from Kraków six years ago and your English is fluent; your accent is not a secret and not a problem. The imitation happens often enough that you now keep your points short in meetings. You smile when it happens because the alternative is being &quot;the one who can't take a joke&quot;. You would like it to stop without a scene.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role agnieszka).</extracomment>
      <translation>Você veio de Cracóvia há seis anos e fala português com fluência; seu sotaque não é segredo nem problema. A imitação acontece com tanta frequência que hoje você resume o que tem a dizer nas reuniões. Você sorri quando acontece, porque a alternativa é virar “a pessoa que não aguenta uma brincadeira”. Você gostaria que isso parasse sem escândalo.</translation>
    </message>
    <message id="banter-joke.roles.callum.name">
      <source>Callum Reid, software developer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role callum).</extracomment>
      <translation>Caio Rezende, desenvolvedor de software</translation>
    </message>
    <message id="banter-joke.roles.callum.brief">
      <source>You are the team's joker and you honestly think the jokes hold the team together; you tease everyone. You like Agnieszka and would be upset to hear you had hurt her. If challenged in public, your first move is &quot;it's just banter, Aga knows&quot;. In private, you are more open than you expect.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role callum).</extracomment>
      <translation>Você é o piadista da equipe e acredita sinceramente que as piadas mantêm todo mundo unido; você brinca com todo mundo. Você gosta da Agnieszka e ficaria chateado se soubesse que a magoou. Se for questionado em público, sua primeira reação é “é só brincadeira, a Aga sabe”. Em particular, você é mais aberto do que imagina.</translation>
    </message>
    <message id="banter-joke.roles.deepa.name">
      <source>Deepa Nair, engineering manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role deepa).</extracomment>
      <translation>Débora Nunes, gerente de engenharia</translation>
    </message>
    <message id="banter-joke.roles.deepa.brief">
      <source>You run the retro. You laugh along at first out of habit, then feel uneasy. You are new in post and do not want to lose the team's goodwill in your first month. If someone else names the problem, you back them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role deepa).</extracomment>
      <translation>Você conduz a retrospectiva. No começo ri junto, por hábito, e depois se sente desconfortável. Você é nova no cargo e não quer perder a boa vontade da equipe no primeiro mês. Se outra pessoa apontar o problema, você dá apoio.</translation>
    </message>
    <message id="banter-joke.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="banter-joke.roles.observer.brief">
      <source>Watch faces, especially Agnieszka's, in the two seconds after the joke. Note who laughs, who does not, and who speaks first. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe os rostos, principalmente o da Agnieszka, nos dois segundos depois da piada. Anote quem ri, quem não ri e quem fala primeiro. Use a lista de observação.</translation>
    </message>
    <message id="banter-joke.observer_checklist.1">
      <source>Who laughed, who did not, and what did Agnieszka's face do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem riu, quem não riu, e como reagiu o rosto da Agnieszka?</translation>
    </message>
    <message id="banter-joke.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder choose, and did it interrupt the laughter?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos de intervenção (distrair, delegar, documentar, adiar, agir diretamente) quem responde escolheu, e isso interrompeu as risadas?</translation>
    </message>
    <message id="banter-joke.observer_checklist.3">
      <source>Did the responder talk about the impact of the joke, or about Callum's character?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem respondeu falou do impacto da piada ou do caráter do Caio?</translation>
    </message>
    <message id="banter-joke.observer_checklist.4">
      <source>Did Agnieszka get her actual point about the build heard?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>O ponto real da Agnieszka sobre o build foi ouvido?</translation>
    </message>
    <message id="banter-joke.observer_checklist.5">
      <source>Was the manager brought in (delegate), and did she act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>A gerente foi envolvida (delegar)? E ela agiu?</translation>
    </message>
    <message id="banter-joke.scenes.retro.title">
      <source>Friday, sprint retrospective</source>
      <extracomment>Scene heading, shown on the projector (scene retro).</extracomment>
      <translation>Sexta-feira, retrospectiva da sprint</translation>
    </message>
    <message id="banter-joke.scenes.retro.narration">
      <source>Agnieszka says the nightly build has failed three times because tests are being skipped. Callum repeats it back in a heavy, exaggerated accent: &quot;Ze build, it is broken again, comrades.&quot; The room laughs, Deepa included. Callum grins: &quot;Only banter, Aga knows I love her.&quot; Agnieszka smiles and looks at her screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene retro).</extracomment>
      <translation>Agnieszka diz que o build noturno falhou três vezes porque estão pulando testes. Caio repete a frase com um sotaque carregado e exagerado: “O build, ele quebrrrou de novo, camarradas.” A sala ri, a Débora também. Caio abre um sorriso: “É só brincadeira, a Aga sabe que eu adoro ela.” Agnieszka sorri e olha para a tela.</translation>
    </message>
    <message id="banter-joke.scenes.retro.notes">
      <source>Read the accent line flatly; do not perform the accent yourself, and do not let a participant do it either. Before the prompt, ask the group to notice what they felt in their own bodies when the laugh came. If someone says &quot;we all tease each other&quot;, acknowledge it and ask whether everyone is teased about the same kinds of things.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene retro).</extracomment>
      <translation>Leia a fala do sotaque sem entonação; não imite o sotaque e não deixe nenhuma pessoa participante imitar. Antes do enunciado, peça ao grupo que perceba o que sentiu no próprio corpo quando veio a risada. Se alguém disser “aqui todo mundo zoa todo mundo”, reconheça isso e pergunte se todo mundo é zoado pelo mesmo tipo de coisa.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.prompt">
      <source>You are a developer on the team, sitting two seats from Agnieszka. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene retro).</extracomment>
      <translation>Você também desenvolve software nessa equipe e está a duas cadeiras da Agnieszka. O que você faz?</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.text">
      <source>Smile with everyone and wait for the moment to pass. Agnieszka smiled too.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option smile-along). Shown on a phone button: keep it short, about 74 characters like the English.</extracomment>
      <translation>Sorrio com todo mundo e espero o momento passar. A Agnieszka também sorriu.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.why">
      <source>Reading her smile as permission is understandable, but the laughter, including yours, tells the team this is normal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option smile-along).</extracomment>
      <translation>É compreensível ler o sorriso dela como permissão, mas as risadas, inclusive a sua, dizem à equipe que isso é normal.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.text">
      <source>Don't laugh. After the retro, message her: &quot;That was out of order. Are you OK?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option check-in-later). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Não rio. Depois da retro, mando mensagem para ela: “Aquilo passou do ponto. Você está bem?”</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.why">
      <source>Not laughing and checking in both matter to her; the team, though, never learns anyone minded.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option check-in-later).</extracomment>
      <translation>Não rir e procurar por ela são gestos que importam para ela; a equipe, porém, nunca fica sabendo que alguém se incomodou.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.text">
      <source>Call out across the table with a grin: &quot;Careful, Callum, we've all done the inclusion e-learning!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option hr-quip). Shown on a phone button: keep it short, about 98 characters like the English.</extracomment>
      <translation>Falo do outro lado da mesa, sorrindo: “Cuidado, Caio, todo mundo aqui fez o curso on-line de inclusão!”</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.why">
      <source>It signals that you know better, and earns a second laugh, but it turns the moment into another joke and leaves the behaviour alone.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option hr-quip).</extracomment>
      <translation>Mostra que você sabe o que é certo e arranca uma segunda risada, mas transforma o momento em outra piada e deixa o comportamento intacto.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.text">
      <source>Turn to Agnieszka straight away: &quot;Which tests are being skipped? If it's the payments suite, that's a real risk.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option redirect). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>Viro na hora para a Agnieszka: “Quais testes estão sendo pulados? Se for a suíte de pagamentos, o risco é real.”</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.why">
      <source>A deliberate distraction: it cuts the laughter off and puts her point back at the centre, though nobody names what happened.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option redirect).</extracomment>
      <translation>Uma distração proposital: corta as risadas e coloca o ponto dela de volta no centro, embora ninguém diga o que aconteceu.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.text">
      <source>&quot;Callum, the accent thing doesn't land for me. Aga, sorry, go on; what's breaking?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option name-it). Shown on a phone button: keep it short, about 83 characters like the English.</extracomment>
      <translation>“Caio, essa do sotaque não cai bem para mim. Aga, desculpa, continua: o que está quebrando?”</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.why">
      <source>Direct and brief: it names the impact without a lecture and gives the floor back to her in the same breath.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option name-it).</extracomment>
      <translation>Direto e breve: nomeia o impacto sem dar sermão e devolve a palavra a ela no mesmo fôlego.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.title">
      <source>The rest of the retro</source>
      <extracomment>Scene heading, shown on the projector (scene laugh-continues).</extracomment>
      <translation>O resto da retro</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.narration">
      <source>The retro moves on. Agnieszka's point about skipped tests does not make it onto the action list. In the team chat that afternoon, someone posts a GIF of a cartoon villain with a thick accent; three people react with laughing faces.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene laugh-continues).</extracomment>
      <translation>A retro segue. O ponto da Agnieszka sobre os testes pulados não entra na lista de ações. À tarde, no chat da equipe, alguém posta um GIF de um vilão de desenho animado com sotaque carregado; três pessoas reagem com carinhas rindo.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.notes">
      <source>Note the quiet cost: both the joke and the lost action item. Keep the pace up; the second decision is where this path can still turn.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene laugh-continues).</extracomment>
      <translation>Destaque o custo silencioso: a piada e o item de ação perdido. Mantenha o ritmo; é na segunda decisão que este caminho ainda pode mudar.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.title">
      <source>A message back</source>
      <extracomment>Scene heading, shown on the projector (scene private-check-in).</extracomment>
      <translation>Uma resposta</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.narration">
      <source>Agnieszka replies an hour later: &quot;Thanks. It's fine, I'm used to it.&quot; Then a second message: &quot;Honestly it's been happening since before you joined.&quot; The build fails again that night.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-check-in).</extracomment>
      <translation>Agnieszka responde uma hora depois: “Obrigada. Tudo bem, já estou acostumada.” Depois, uma segunda mensagem: “Para ser sincera, isso acontece desde antes de você entrar.” O build falha de novo naquela noite.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.notes">
      <source>Ask what &quot;I'm used to it&quot; means. Point out, gently, that the check-in gave the responder information they now hold, which carries into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-check-in).</extracomment>
      <translation>Pergunte o que significa “já estou acostumada”. Mostre, com cuidado, que a mensagem deu a quem respondeu uma informação que agora está com essa pessoa e que pesa na próxima decisão.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.title">
      <source>A second laugh</source>
      <extracomment>Scene heading, shown on the projector (scene second-laugh).</extracomment>
      <translation>Uma segunda risada</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.narration">
      <source>The table laughs again, louder. Callum raises his hands: &quot;Guilty! Don't report me!&quot; Deepa moves to the next card. Agnieszka's point is written down as &quot;tests (Aga)&quot; and nobody picks it up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene second-laugh).</extracomment>
      <translation>A mesa ri de novo, mais alto. Caio levanta as mãos: “Culpado! Não me denunciem!” Débora passa para o próximo cartão. O ponto da Agnieszka é anotado como “testes (Aga)”, e ninguém assume.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.notes">
      <source>Participants who chose this often meant to signal disapproval. Honour that, then ask what Callum took away, and what Agnieszka did.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene second-laugh).</extracomment>
      <translation>Quem escolheu esta opção muitas vezes queria mostrar desaprovação. Reconheça isso e depois pergunte o que o Caio levou dali, e o que a Agnieszka fez.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.title">
      <source>Back to the build</source>
      <extracomment>Scene heading, shown on the projector (scene point-lands).</extracomment>
      <translation>De volta ao build</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.narration">
      <source>Agnieszka blinks, then answers: &quot;Yes, payments, and the refund tests.&quot; The conversation becomes about the build, and Deepa assigns an owner. Callum does not repeat the bit, though he does not seem to think anything happened.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene point-lands).</extracomment>
      <translation>Agnieszka pisca e responde: “Sim, pagamentos, e os testes de reembolso.” A conversa passa a ser sobre o build, e a Débora define uma pessoa responsável. Caio não repete a piada, embora não pareça achar que aconteceu alguma coisa.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.notes">
      <source>Distraction is a legitimate move, especially for people with less standing. Ask what it achieved and what it left undone.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene point-lands).</extracomment>
      <translation>Distrair é um movimento legítimo, sobretudo para quem tem menos poder no grupo. Pergunte o que ele conseguiu e o que deixou por fazer.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.title">
      <source>A pause</source>
      <extracomment>Scene heading, shown on the projector (scene named-calmly).</extracomment>
      <translation>Uma pausa</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.narration">
      <source>There is an uncomfortable second. Callum says, &quot;It's just banter, mate,&quot; and looks around for support. Deepa says, &quot;Let's hear the build point,&quot; and Agnieszka explains the skipped payment tests. For the rest of the meeting Callum is quieter than usual, and two people avoid your eye.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-calmly).</extracomment>
      <translation>Há um segundo desconfortável. Caio diz: “É só brincadeira, cara”, e olha em volta procurando apoio. Débora diz: “Vamos ouvir o ponto do build”, e Agnieszka explica os testes de pagamento que estão sendo pulados. No resto da reunião, o Caio fica mais quieto que de costume, e duas pessoas evitam olhar para você.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.notes">
      <source>Name the cost openly: social awkwardness, a teammate who feels called out. Ask participants whether they have ever been the Callum in a room, and how they would have wanted it done.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-calmly).</extracomment>
      <translation>Fale abertamente do custo: constrangimento social, um colega que se sente exposto. Pergunte às pessoas se já foram o Caio de alguma sala, e como teriam gostado que a situação fosse conduzida.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.title">
      <source>Monday, by the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks).</extracomment>
      <translation>Segunda-feira, na máquina de café</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.narration">
      <source>Callum catches you on your own. &quot;Can I ask you something? Aga's been a bit off with me since Friday. Was I out of order with the accent thing? I honestly didn't mean anything by it.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks).</extracomment>
      <translation>Caio encontra você a sós. “Posso te perguntar uma coisa? A Aga está meio estranha comigo desde sexta. Eu passei do ponto com aquela do sotaque? Sinceramente, não foi por mal.”</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.notes">
      <source>In triads, have the person playing Callum deliver this sincerely. The responder must answer in their own words before the options are revealed, then pick the nearest. Watch for participants who soften so much the message disappears, and for ones who use the moment to lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks).</extracomment>
      <translation>Nos trios, peça que a pessoa que faz o Caio diga isso com sinceridade. Quem responde deve responder com as próprias palavras antes de as opções aparecerem e depois escolher a mais próxima. Fique de olho em quem suaviza tanto que a mensagem desaparece e em quem aproveita o momento para dar sermão.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.prompt">
      <source>Callum has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene callum-asks).</extracomment>
      <translation>O Caio perguntou a você diretamente. O que você diz?</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.text">
      <source>&quot;Nah, you're fine. She's probably just busy with the release.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option reassure). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>“Que nada, relaxa. Ela deve estar só ocupada com o release.”</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.why">
      <source>Reassuring a friend feels kind, but it closes the one door he had opened himself.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option reassure).</extracomment>
      <translation>Tranquilizar um amigo parece gentil, mas fecha a única porta que ele mesmo tinha aberto.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.text">
      <source>&quot;Maybe? I don't know, you'd have to ask her.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option ask-her). Shown on a phone button: keep it short, about 45 characters like the English.</extracomment>
      <translation>“Talvez? Não sei, você teria que perguntar a ela.”</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.why">
      <source>It is not wrong, yet it sends Callum to the person who was hurt and makes her do the explaining.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option ask-her).</extracomment>
      <translation>Não está errado, mas manda o Caio até a pessoa que foi magoada e deixa para ela o trabalho de explicar.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.text">
      <source>&quot;Mate, I'd just redo the unconscious bias module. It covers all this. I'll send you the link.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option do-the-module). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>“Cara, eu só refaria o módulo de viés inconsciente. Ele fala de tudo isso. Te mando o link.”</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.why">
      <source>It points at a programme instead of the behaviour, and keeps the conversation safely abstract for both of you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option do-the-module).</extracomment>
      <translation>Aponta para um programa em vez de para o comportamento e mantém a conversa confortavelmente abstrata para vocês dois.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.text">
      <source>&quot;Honestly, yes. I know you didn't mean it, but it's the effect that counts: she gets it a lot. A short sorry to her, no big speech, and drop the accent bit.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option honest-answer). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>“Sinceramente, passou. Sei que não foi por mal, mas o que conta é o efeito: ela ouve isso direto. Pede desculpa rapidinho, sem discurso, e larga essa do sotaque.”</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.why">
      <source>You separate what he meant from what it did, and give him something concrete and proportionate to do.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option honest-answer).</extracomment>
      <translation>Você separa a intenção dele do efeito que aquilo teve e dá a ele algo concreto e proporcional para fazer.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.text">
      <source>Give the same honest answer, then propose to Deepa that the team's working agreement says jokes about accents, origins and identities are out, and that anyone can flag one without it being a drama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option team-agreement). Shown on a phone button: keep it short, about 197 characters like the English.</extracomment>
      <translation>Dou a mesma resposta sincera e depois proponho à Débora que o acordo de trabalho da equipe exclua piadas sobre sotaque, origem e identidade, e que qualquer pessoa possa apontar uma sem virar drama.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.why">
      <source>You deal with the person and the pattern, so that the next time does not depend on who happens to be in the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option team-agreement).</extracomment>
      <translation>Você lida com a pessoa e com o padrão, para que a próxima vez não dependa de quem por acaso estiver na sala.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene carries-on).</extracomment>
      <translation>Um mês depois</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.narration">
      <source>Callum relaxes and the jokes continue, now and then. Agnieszka stops raising issues in retros and logs them in the tracker instead, where they sit unread. In her exit interview, six months later, she mentions &quot;team culture&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene carries-on).</extracomment>
      <translation>Caio relaxa, e as piadas continuam, de vez em quando. Agnieszka para de levantar problemas nas retros e passa a registrá-los no sistema de tarefas, onde ninguém lê. Na entrevista de desligamento, seis meses depois, ela menciona a “cultura da equipe”.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.notes">
      <source>Do not rush past this. Ask how many exit interviews in their own organisation might say &quot;team culture&quot; and mean something like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene carries-on).</extracomment>
      <translation>Não passe rápido por aqui. Pergunte quantas entrevistas de desligamento na organização de cada um podem dizer “cultura da equipe” e querer dizer algo assim.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.title">
      <source>An awkward conversation</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Uma conversa constrangedora</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.narration">
      <source>Callum asks Agnieszka, in front of two others, &quot;Did I upset you on Friday?&quot; She says no, because there is no other answer available with an audience. Callum tells you later, &quot;See, she's fine.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Caio pergunta à Agnieszka, na frente de duas pessoas: “Eu te chateei na sexta?” Ela diz que não, porque, com plateia, não existe outra resposta possível. Mais tarde, o Caio diz a você: “Viu? Ela está de boa.”</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.notes">
      <source>A useful illustration of burdening the affected person. Ask how the responder could have spared her that moment.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks-aga).</extracomment>
      <translation>Um bom exemplo de como se joga o peso em cima da pessoa afetada. Pergunte como quem respondeu poderia ter poupado a Agnieszka daquele momento.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene module-done).</extracomment>
      <translation>Um mês depois</translation>
    </message>
    <message id="banter-joke.scenes.module-done.narration">
      <source>Callum completes the module in twenty minutes and posts his certificate in the team chat with a joke about being &quot;officially woke now&quot;. Deepa reacts with a laughing face. The accent jokes slow down, then return before the next release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene module-done).</extracomment>
      <translation>Caio conclui o módulo em vinte minutos e posta o certificado no chat da equipe com uma piada sobre estar “oficialmente desconstruído agora”. Débora reage com uma carinha rindo. As piadas de sotaque diminuem e voltam antes do próximo release.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.notes">
      <source>Training is not worthless; the issue is using it as a substitute for a direct answer. Ask the group what they would have needed to feel able to answer Callum plainly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene module-done).</extracomment>
      <translation>Treinamento não é inútil; o problema é usá-lo no lugar de uma resposta direta. Pergunte ao grupo do que precisariam para se sentir capazes de responder ao Caio com franqueza.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene callum-apologises).</extracomment>
      <translation>Um mês depois</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.narration">
      <source>Callum goes quiet, then says, &quot;Right. Fair.&quot; He tells Agnieszka, &quot;Sorry about the accent stuff, I'll knock it off,&quot; and she nods. He is slightly stiff with you for a week. In the next two retros Agnieszka's points run longer, and one of them saves a release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-apologises).</extracomment>
      <translation>Caio fica em silêncio e depois diz: “Tá. Justo.” Ele diz à Agnieszka: “Desculpa pela história do sotaque, vou parar”, e ela acena com a cabeça. Durante uma semana, ele fica um pouco seco com você. Nas duas retros seguintes, a Agnieszka fala por mais tempo, e um dos pontos dela salva um release.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.notes">
      <source>Highlight that the apology was short and did not ask Agnieszka to reassure him. Ask the group what a bad apology would have sounded like.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-apologises).</extracomment>
      <translation>Destaque que o pedido de desculpas foi curto e não pediu à Agnieszka que o tranquilizasse. Pergunte ao grupo como soaria um pedido de desculpas ruim.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Um mês depois</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.narration">
      <source>Deepa takes the suggestion to the next retro. There is some eye-rolling about &quot;the fun police&quot;, and a real discussion about what teasing is and is not fine. The agreement goes on the team wiki. When a new starter imitates a contractor's accent a fortnight later, a junior developer points to it, and the joke stops there.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Débora leva a sugestão para a retro seguinte. Há quem revire os olhos para a “patrulha da diversão”, e há uma discussão de verdade sobre que tipo de brincadeira é aceitável e qual não é. O acordo vai para a wiki da equipe. Quando, duas semanas depois, um recém-chegado imita o sotaque de um prestador de serviço, uma desenvolvedora júnior aponta o acordo, e a piada para ali.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.notes">
      <source>Ask who benefited from the agreement beyond Agnieszka. Then ask what the eye-rolling cost and who bore it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene agreement-adopted).</extracomment>
      <translation>Pergunte quem, além da Agnieszka, se beneficiou do acordo. Depois pergunte quanto custaram os olhos revirados e quem arcou com isso.</translation>
    </message>
    <message id="banter-joke.debrief.what.1">
      <source>What did you notice in the room, and in yourself, in the second after the laugh?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que vocês perceberam na sala, e dentro de vocês, no segundo depois da risada?</translation>
    </message>
    <message id="banter-joke.debrief.what.2">
      <source>Which response did the group lean towards, and what made it feel safest?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Para qual resposta o grupo pendeu, e o que a fez parecer a mais segura?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.1">
      <source>When a person smiles through a joke at their expense, what might that smile be doing for them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quando alguém sorri diante de uma piada feita às custas dela, o que esse sorriso pode estar fazendo por essa pessoa?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.2">
      <source>Why does a focus on the joker's intent so often crowd out the effect on the target?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que o foco na intenção de quem fez a piada tantas vezes apaga o efeito sobre quem foi alvo dela?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.1">
      <source>What short phrase could you use to stop a joke like this without starting a fight?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que frase curta você poderia usar para interromper uma piada assim sem começar uma briga?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.2">
      <source>Which agreement in your own team would make the next intervention easier for whoever is in the room?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que combinado na sua própria equipe facilitaria a próxima intervenção para quem estiver na sala?</translation>
    </message>
    <message id="banter-joke.sources.1.title">
      <source>Workplace allyship practice: challenge jokes and microaggressions, putting impact before intent</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: questionar piadas e microagressões, pondo o impacto à frente da intenção</translation>
    </message>
    <message id="banter-joke.sources.2.title">
      <source>Bystander intervention: the five moves (distract, delegate, document, delay, direct)</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Intervenção de quem presencia: os cinco movimentos (distrair, delegar, documentar, adiar, agir diretamente)</translation>
    </message>
    <message id="biased-shortlist.title">
      <source>The shortlist that sorted itself</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>A pré-seleção que se fez sozinha</translation>
    </message>
    <message id="biased-shortlist.summary">
      <source>A hiring manager arrives at the shortlisting meeting with a &quot;first pass&quot; that has quietly removed career gaps and candidates whose names made him unsure about visas. The group decides what a panel member does at the sift, and again when &quot;culture fit&quot; decides the final hire.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>O gestor da vaga chega à reunião de triagem com uma “primeira peneira” que, sem alarde, tirou pessoas com pausas na carreira e candidatos cujos nomes o deixaram em dúvida sobre visto. O grupo decide o que faz um membro da banca na triagem e, de novo, quando o “fit cultural” decide a contratação final.</translation>
    </message>
    <message id="biased-shortlist.content_note">
      <source>This role-play includes candidates being dropped from a shortlist over a career gap spent caring or a foreign-sounding name, and the top-scoring candidate being judged a poor &quot;culture fit&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra candidatos eliminados da triagem por uma pausa na carreira para cuidar de um familiar ou por um nome estrangeiro, e a candidata com a melhor nota sendo considerada sem “fit cultural”.</translation>
    </message>
    <message id="biased-shortlist.roles.niall.name">
      <source>Niall Brennan, data engineering manager (hiring manager)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role niall).</extracomment>
      <translation>Niall Brennan, gerente de engenharia de dados (gestor da vaga)</translation>
    </message>
    <message id="biased-shortlist.roles.niall.brief">
      <source>You have 140 applications, a team that is two people down, and no time. Your first pass felt like common sense: a long gap is a risk, and a visa would slow things down. You value a close team and you hire people you can picture at the Friday football. You are not trying to exclude anyone; if someone shows you the criteria plainly, you will look again, though you will sigh about the time.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role niall).</extracomment>
      <translation>Você tem 140 candidaturas, uma equipe com duas pessoas a menos e nenhum tempo. Sua primeira peneira pareceu bom senso: uma pausa longa é um risco, e um visto atrasaria tudo. Você valoriza uma equipe unida e contrata gente que consegue imaginar no futebol de sexta. Você não está tentando excluir ninguém; se alguém mostrar os critérios com clareza, você revê, mesmo suspirando pelo tempo perdido.</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.name">
      <source>Tanisha Greene, in-house recruiter</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tanisha).</extracomment>
      <translation>Tanisha Greene, recrutadora interna</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.brief">
      <source>You know the first pass breaks the hiring guidance, but Niall is senior and you have been told recruiters &quot;support the business&quot;. You will back a panel member who raises it, and you will bring in the guidance if asked. Alone, you stay quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tanisha).</extracomment>
      <translation>Você sabe que a primeira peneira viola as diretrizes de contratação, mas o Niall é sênior e já disseram a você que o recrutamento existe para “apoiar o negócio”. Você vai apoiar um membro da banca que levantar a questão e vai trazer as diretrizes se pedirem. Sozinha, você fica quieta.</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.name">
      <source>Daniel Kowalczyk, senior data engineer (panel member)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role daniel).</extracomment>
      <translation>Daniel Kowalczyk, engenheiro de dados sênior (membro da banca)</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.brief">
      <source>You are on the panel with the responder. You tend to agree with Niall because he is your manager. If someone makes a clear, criteria-based point, you say &quot;that's fair&quot; and support it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role daniel).</extracomment>
      <translation>Você está na banca com quem responde. Costuma concordar com o Niall porque ele é seu gestor. Se alguém fizer um argumento claro, baseado nos critérios, você diz “faz sentido” e apoia.</translation>
    </message>
    <message id="biased-shortlist.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="biased-shortlist.roles.observer.brief">
      <source>Watch how decisions are justified: against the written criteria, or by feel. Note every use of &quot;fit&quot;, &quot;risk&quot; and &quot;gut&quot;. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe como as decisões são justificadas: com base nos critérios escritos ou na intuição. Anote cada vez que aparecerem “fit”, “risco” e “feeling”. Use a lista de observação.</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.1">
      <source>Which reasons for rejecting candidates were in the advert's criteria, and which were not?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quais motivos para descartar candidaturas estavam nos critérios do anúncio da vaga, e quais não estavam?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared? For example, did anyone delegate to the recruiter, or ask to delay the decision?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos de intervenção (distrair, delegar, documentar, adiar, agir diretamente) apareceu? Por exemplo, alguém delegou à recrutadora ou pediu para adiar a decisão?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.3">
      <source>Did anyone ask what &quot;culture fit&quot; actually meant, in words that could be scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém perguntou o que “fit cultural” significava de fato, em palavras que pudessem receber nota?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.4">
      <source>Did the responder challenge the decision, the process, or both?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem responde questionou a decisão, o processo ou os dois?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.5">
      <source>What did speaking up cost the responder, in time or in goodwill?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quanto custou a quem responde se manifestar, em tempo ou em boa vontade?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.title">
      <source>Tuesday, the shortlisting meeting</source>
      <extracomment>Scene heading, shown on the projector (scene sift).</extracomment>
      <translation>Terça-feira, a reunião de triagem</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.narration">
      <source>Niall opens the meeting: &quot;I did a first pass to save us time. I took out anyone with a gap of more than a year, always a question mark, and a few where I wasn't sure they'd have the right to work here. That leaves nine; let's pick six to interview.&quot; Tanisha shares the list. In the &quot;out&quot; pile you see Mohammed Al-Sayed: eight years in data engineering and an eighteen-month gap marked &quot;caring for my father&quot;. Two others have non-English names, and all three answered &quot;yes&quot; to the right-to-work question on the form.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sift).</extracomment>
      <translation>O Niall abre a reunião: “Fiz uma primeira peneira para a gente ganhar tempo. Tirei quem tinha pausa de mais de um ano, que é sempre um ponto de interrogação, e alguns que eu não tinha certeza se teriam permissão para trabalhar aqui. Sobraram nove; vamos escolher seis para entrevistar.” A Tanisha compartilha a lista. Na pilha dos “fora”, você vê Mohammed Al-Sayed: oito anos em engenharia de dados e uma pausa de dezoito meses marcada como “cuidando do meu pai”. Outras duas pessoas têm nomes estrangeiros, e as três responderam “sim” à pergunta sobre permissão de trabalho no formulário.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.notes">
      <source>Give the group a moment to read before revealing the prompt. If someone says &quot;gaps are a fair question&quot;, agree that they can be discussed at interview, and ask whether they belong in a sift that nobody else saw. Watch for participants who want to label Niall a bigot; steer them back to what he did, not who he is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sift).</extracomment>
      <translation>Dê ao grupo um momento para ler antes de revelar o enunciado. Se alguém disser “pausas na carreira são uma pergunta justa”, concorde que podem ser discutidas na entrevista e pergunte se cabem numa triagem que ninguém mais viu. Fique de olho em quem quer rotular o Niall de preconceituoso; traga a conversa de volta para o que ele fez, não para quem ele é.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.prompt">
      <source>You are on the panel as a senior engineer from a neighbouring team. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sift).</extracomment>
      <translation>Você está na banca como engenheira ou engenheiro sênior de uma equipe vizinha. O que você faz?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.text">
      <source>Go with the nine. Niall is the hiring manager and he knows what his team needs.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option go-with-it). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Sigo com os nove. O Niall é o gestor da vaga e sabe do que a equipe dele precisa.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.why">
      <source>Trusting the hiring manager is the normal thing to do, and it lets an unwritten filter decide who even gets read.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option go-with-it).</extracomment>
      <translation>Confiar no gestor da vaga é o normal, e isso deixa um filtro não escrito decidir quem sequer vai ser lido.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.text">
      <source>&quot;Fine by me. Mohammed's CV did look strong, though.&quot; When Niall shrugs, leave it there.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option mention-once). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>“Por mim, tudo bem. Mas o currículo do Mohammed parecia forte.” Quando o Niall dá de ombros, deixo para lá.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.why">
      <source>You put your view on the record once, softly, and withdraw it as soon as it meets resistance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option mention-once).</extracomment>
      <translation>Você registra sua opinião uma vez, com suavidade, e a retira assim que encontra resistência.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.text">
      <source>&quot;Agreed. Though can we make sure the interview list has a bit of diversity? For how it looks, if nothing else. Maybe add one back.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option add-one-back). Shown on a phone button: keep it short, about 131 characters like the English.</extracomment>
      <translation>“Combinado. Mas dá para garantir um pouco de diversidade na lista de entrevistas? Nem que seja pela imagem. Talvez trazer um de volta.”</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.why">
      <source>It aims for a more varied list, but as optics rather than fairness, and it leaves the filter itself untouched.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option add-one-back).</extracomment>
      <translation>Busca uma lista mais variada, mas pela aparência, não pela justiça, e deixa o próprio filtro intacto.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.text">
      <source>&quot;Before we lock it, can we check the 'out' pile against the five criteria in the advert? Mohammed meets all five, and his gap was caring for his father. The form already asks about right to work, and all three said yes.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option check-criteria). Shown on a phone button: keep it short, about 220 characters like the English.</extracomment>
      <translation>“Antes de fechar, podemos conferir a pilha dos ‘fora’ com os cinco critérios do anúncio? O Mohammed atende aos cinco, e a pausa dele foi para cuidar do pai. O formulário já pergunta sobre permissão de trabalho, e os três disseram sim.”</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.why">
      <source>You challenge the filter in the room, using the agreed criteria rather than accusations, and name the people it removed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option check-criteria).</extracomment>
      <translation>Você questiona o filtro ali na sala, usando os critérios combinados em vez de acusações, e dá nome às pessoas que ele tirou.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.title">
      <source>That afternoon</source>
      <extracomment>Scene heading, shown on the projector (scene nine-stand).</extracomment>
      <translation>Naquela tarde</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.narration">
      <source>Six interviews are booked. Four of the six studied at the same two universities; two worked with Niall at his last company. Mohammed gets an automated rejection within the hour. Tanisha writes &quot;HM pre-sift&quot; in the tracker and closes the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nine-stand).</extracomment>
      <translation>Seis entrevistas são marcadas. Quatro das seis pessoas estudaram nas mesmas duas universidades; duas trabalharam com o Niall na empresa anterior. O Mohammed recebe uma recusa automática em menos de uma hora. A Tanisha escreve “pré-triagem do gestor” na planilha de acompanhamento e fecha o processo.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.notes">
      <source>Ask the group to picture Mohammed reading the rejection. Then move on; the same panel meets again in a week.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nine-stand).</extracomment>
      <translation>Peça ao grupo que imagine o Mohammed lendo a recusa. Depois siga em frente; a mesma banca se reúne de novo em uma semana.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.title">
      <source>A shrug</source>
      <extracomment>Scene heading, shown on the projector (scene mentioned-once).</extracomment>
      <translation>Um dar de ombros</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.narration">
      <source>Niall says, &quot;Strong, but the gap worries me.&quot; Daniel nods. The meeting moves on. Tanisha catches your eye for a moment and then looks back at her screen. Mohammed's application is marked &quot;not progressed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mentioned-once).</extracomment>
      <translation>O Niall diz: “Forte, mas a pausa me preocupa.” O Daniel concorda com a cabeça. A reunião segue. A Tanisha cruza o olhar com você por um instante e depois volta para a tela. A candidatura do Mohammed é marcada como “não avançou”.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.notes">
      <source>Point out that Tanisha was waiting for backing that did not come. Ask who in the room had the most power to change the outcome.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mentioned-once).</extracomment>
      <translation>Mostre que a Tanisha estava esperando um apoio que não veio. Pergunte quem na sala tinha mais poder para mudar o resultado.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.title">
      <source>One added back</source>
      <extracomment>Scene heading, shown on the projector (scene token-add).</extracomment>
      <translation>Um trazido de volta</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.narration">
      <source>Niall says, &quot;Fine, for balance,&quot; and Tanisha adds back one of the candidates whose visa status he had guessed at. He is given the last slot on Friday afternoon, when Daniel has already left. Everyone on the panel knows why he is there, and it shows in how he is questioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene token-add).</extracomment>
      <translation>O Niall diz: “Tá, para equilibrar”, e a Tanisha traz de volta um dos candidatos sobre cujo visto ele tinha feito suposições. O candidato fica com o último horário, na sexta à tarde, quando o Daniel já foi embora. Todo mundo na banca sabe por que ele está ali, e isso aparece no jeito como ele é questionado.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.notes">
      <source>Participants may feel this option was a genuine improvement; in one sense it was. Ask what it feels like to be interviewed as the &quot;balance&quot; candidate, and what happened to the other two.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene token-add).</extracomment>
      <translation>Algumas pessoas podem sentir que esta opção foi uma melhora de verdade; em certo sentido, foi. Pergunte como é ser entrevistado como o candidato “para equilibrar” e o que aconteceu com os outros dois.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.title">
      <source>Twenty-five extra minutes</source>
      <extracomment>Scene heading, shown on the projector (scene recheck).</extracomment>
      <translation>Vinte e cinco minutos a mais</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.narration">
      <source>Niall sighs: &quot;We'll be here all day.&quot; Tanisha pulls up the hiring guidance, which says gaps are not a sift criterion, and the panel goes through the out pile properly. Mohammed and one other candidate come back in. Daniel says, &quot;Fair enough.&quot; Niall is curt with you for the rest of the meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene recheck).</extracomment>
      <translation>O Niall suspira: “Vamos ficar aqui o dia todo.” A Tanisha abre as diretrizes de contratação, que dizem que pausas na carreira não são critério de triagem, e a banca revisa a pilha dos “fora” com cuidado. O Mohammed e outro candidato voltam para a lista. O Daniel diz: “Justo.” O Niall fica seco com você pelo resto da reunião.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.notes">
      <source>Name the costs: time, and a hiring manager who feels second-guessed in front of a recruiter. Ask whether there was a way to raise it that would have cost less. Notice that the recruiter acted once someone else went first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene recheck).</extracomment>
      <translation>Dê nome aos custos: tempo, e um gestor que se sente questionado na frente de uma recrutadora. Pergunte se havia um jeito de levantar a questão que custasse menos. Repare que a recrutadora agiu quando outra pessoa foi primeiro.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.title">
      <source>A week later, the interview wash-up</source>
      <extracomment>Scene heading, shown on the projector (scene panel-debrief).</extracomment>
      <translation>Uma semana depois, o fechamento das entrevistas</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.narration">
      <source>The interviews are done. Niall: &quot;Bukola was technically the strongest, no question. But I'm not sure she's a fit. She was quite reserved, didn't really laugh at anything, and we're a tight bunch. Oliver felt like one of us.&quot; On the scorecards, Bukola Adeyinka is top on four of the five criteria; Oliver is third.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene panel-debrief).</extracomment>
      <translation>As entrevistas terminaram. O Niall: “A Bukola foi tecnicamente a mais forte, sem dúvida. Mas não sei se ela tem fit. Era bem reservada, não riu de nada, e a gente é um grupo muito unido. O Oliver pareceu um de nós.” Nas fichas de avaliação, Bukola Adeyinka está em primeiro em quatro dos cinco critérios; o Oliver está em terceiro.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.notes">
      <source>Bukola was in the shortlist on every path, so this scene works whatever the group chose earlier. Some participants will defend &quot;fit&quot; as real; ask them to define it in a way that could be scored before the interview. Keep an eye on the clock: this decision usually runs long.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene panel-debrief).</extracomment>
      <translation>A Bukola estava entre as pessoas pré-selecionadas em todos os caminhos, então esta cena funciona seja qual for a escolha anterior do grupo. Algumas pessoas vão defender que o “fit” é real; peça que o definam de um jeito que pudesse receber nota antes da entrevista. Fique de olho no relógio: esta decisão costuma se alongar.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.prompt">
      <source>Niall looks round the panel for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene panel-debrief).</extracomment>
      <translation>O Niall olha para a banca em busca de concordância. O que você diz?</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.text">
      <source>&quot;Fit matters in a small team. Oliver's solid, he'll be fine.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fit-matters). Shown on a phone button: keep it short, about 61 characters like the English.</extracomment>
      <translation>“Fit importa numa equipe pequena. O Oliver é sólido, vai dar conta.”</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.why">
      <source>Agreeing keeps the wash-up short and friendly, and lets a feeling outweigh the evidence everyone scored.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fit-matters).</extracomment>
      <translation>Concordar deixa o fechamento curto e amigável, e permite que uma sensação pese mais que as evidências que todo mundo avaliou.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.text">
      <source>&quot;For what it's worth, she scored highest.&quot; When Niall says he has to weigh everything, you nod.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option for-the-record). Shown on a phone button: keep it short, about 95 characters like the English.</extracomment>
      <translation>“Só para constar, ela teve a maior nota.” Quando o Niall diz que precisa pesar tudo, você concorda.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.why">
      <source>You point at the evidence, which matters, but you leave the decision to the feeling you have just questioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option for-the-record).</extracomment>
      <translation>Você aponta as evidências, o que importa, mas deixa a decisão para a mesma sensação que acabou de questionar.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.text">
      <source>&quot;Honestly, hiring Bukola would really help our diversity numbers. It'd look great for the department.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option diversity-numbers). Shown on a phone button: keep it short, about 102 characters like the English.</extracomment>
      <translation>“Sinceramente, contratar a Bukola ia ajudar muito nossos números de diversidade. Ia pegar bem para a área.”</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.why">
      <source>It may tip the decision her way, but it recasts the strongest candidate as a statistic, which follows her into the job.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option diversity-numbers).</extracomment>
      <translation>Pode fazer a decisão pender para ela, mas transforma a candidata mais forte numa estatística, e isso a acompanha no trabalho.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.text">
      <source>&quot;Can we say what 'fit' means here? On the scorecard she's top on four of five. Laughing at jokes and football aren't on it, and 'reserved' in an interview isn't a skill gap.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option define-fit). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>“Podemos dizer o que ‘fit’ quer dizer aqui? Na ficha, ela é a primeira em quatro de cinco. Rir de piada e futebol não estão lá, e ser ‘reservada’ numa entrevista não é falta de competência.”</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.why">
      <source>You hold the panel to its own criteria and make the unspoken standard visible, in the room where the decision is made.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option define-fit).</extracomment>
      <translation>Você cobra da banca os próprios critérios e torna visível o padrão não dito, na sala onde a decisão é tomada.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.text">
      <source>Make the same point, then ask Tanisha to take three changes to the head of talent: score before discussing, replace &quot;culture fit&quot; with named values, and ban career gaps and guessed visa status as sift reasons.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fix-the-process). Shown on a phone button: keep it short, about 209 characters like the English.</extracomment>
      <translation>Faço o mesmo argumento e peço à Tanisha que leve três mudanças à diretoria de talentos: dar nota antes de discutir, trocar “fit cultural” por valores explícitos e proibir pausas e visto presumido como motivo de triagem.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.why">
      <source>You deal with this hire and with the process that shaped it, so the next panel does not rely on someone happening to object.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fix-the-process).</extracomment>
      <translation>Você cuida desta contratação e do processo que a moldou, para que a próxima banca não dependa de alguém por acaso se opor.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene oliver-hired).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.narration">
      <source>Oliver joins and fits in easily. The team now has six engineers with near-identical backgrounds. In the next quarterly review, Niall's director asks why the team's candidate pipeline &quot;never seems to change&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene oliver-hired).</extracomment>
      <translation>O Oliver entra e se enturma com facilidade. Agora a equipe tem seis engenheiros com trajetórias quase idênticas. Na revisão trimestral seguinte, o diretor do Niall pergunta por que o funil de candidatos da equipe “parece nunca mudar”.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.notes">
      <source>Avoid painting Oliver as a bad hire; he is not. The point is what the team did not get. Ask what the company learns from this pattern over five years.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene oliver-hired).</extracomment>
      <translation>Evite pintar o Oliver como uma má contratação; ele não é. A questão é o que a equipe deixou de ganhar. Pergunte o que a empresa aprende com esse padrão ao longo de cinco anos.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene scores-noted).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.narration">
      <source>Niall offers Oliver the role. Tanisha records the scores and the decision side by side, and says nothing. Bukola receives feedback that she was &quot;a close second&quot;; she accepts an offer from a competitor the following week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene scores-noted).</extracomment>
      <translation>O Niall oferece a vaga ao Oliver. A Tanisha registra as notas e a decisão lado a lado e não diz nada. A Bukola recebe o retorno de que ficou “em um segundo lugar muito próximo”; na semana seguinte, ela aceita uma proposta de uma concorrente.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.notes">
      <source>Ask what a second sentence in the wash-up would have needed to say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene scores-noted).</extracomment>
      <translation>Pergunte o que uma segunda frase no fechamento precisaria ter dito.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene diversity-framing).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.narration">
      <source>Bukola is offered the role. In her second week, a teammate jokes that she was &quot;the diversity hire&quot;, repeating a line that travelled out of the wash-up. She starts working late to prove a point that nobody should have made.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene diversity-framing).</extracomment>
      <translation>A Bukola recebe a proposta. Na segunda semana, um colega de equipe brinca que ela foi “a contratação da diversidade”, repetindo uma frase que vazou do fechamento. Ela começa a ficar até tarde para provar algo que ninguém deveria ter dito.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.notes">
      <source>This ending often surprises people who chose the option. Be kind: the intention was to help. Ask how the same outcome could have been argued on merit.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene diversity-framing).</extracomment>
      <translation>Este final costuma surpreender quem escolheu a opção. Seja gentil: a intenção era ajudar. Pergunte como o mesmo resultado poderia ter sido defendido pelo mérito.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene bukola-offered).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.narration">
      <source>There is a pause, then Daniel says, &quot;She was the best on the pipeline question.&quot; Niall rubs his eyes: &quot;Fine. Offer Bukola.&quot; She accepts. Niall stays cool with you for a couple of weeks, then asks you to join his next panel &quot;because you keep us honest&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene bukola-offered).</extracomment>
      <translation>Há uma pausa, e então o Daniel diz: “Ela foi a melhor na pergunta sobre o pipeline.” O Niall esfrega os olhos: “Tá bom. Façam a proposta para a Bukola.” Ela aceita. O Niall fica frio com você por algumas semanas e depois convida você para a próxima banca dele, “porque você mantém a gente honesto”.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.notes">
      <source>Point out both the cost and the turn. Ask what made it possible for Niall to change his mind without losing face.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene bukola-offered).</extracomment>
      <translation>Mostre tanto o custo quanto a virada. Pergunte o que permitiu ao Niall mudar de ideia sem se sentir desmoralizado.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene process-changed).</extracomment>
      <translation>Seis meses depois</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.narration">
      <source>Bukola is offered the role and accepts. The head of talent adopts two of the three changes straight away; the &quot;culture fit&quot; question becomes &quot;which of our values did the candidate show, and how?&quot;. Niall grumbles about forms, then admits the next shortlist was the strongest he has seen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene process-changed).</extracomment>
      <translation>A Bukola recebe a proposta e aceita. A diretoria de talentos adota na hora duas das três mudanças; a pergunta sobre “fit cultural” vira “quais dos nossos valores a pessoa candidata demonstrou, e como?”. O Niall reclama dos formulários e depois admite que a pré-seleção seguinte foi a mais forte que ele já viu.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.notes">
      <source>Ask who had to agree for this to happen, and what the responder needed: access, evidence, an ally in the recruiter. Then ask what one change in their own hiring process each participant could push for.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene process-changed).</extracomment>
      <translation>Pergunte quem precisou concordar para isso acontecer e o que quem responde precisou ter: acesso, evidências, uma pessoa aliada na recrutadora. Depois pergunte que mudança no processo de contratação da própria empresa cada participante poderia defender.</translation>
    </message>
    <message id="biased-shortlist.debrief.what.1">
      <source>Which filters shaped this shortlist before anyone on the panel had read a CV?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Que filtros moldaram esta pré-seleção antes de alguém da banca ler um único currículo?</translation>
    </message>
    <message id="biased-shortlist.debrief.what.2">
      <source>At which moment did the evidence and the feeling pull in different directions?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Em que momento as evidências e a sensação puxaram para lados diferentes?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.1">
      <source>Who does &quot;culture fit&quot; tend to favour, and how would a team notice if it were happening?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quem o “fit cultural” costuma favorecer, e como uma equipe perceberia se isso estivesse acontecendo?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.2">
      <source>Why might a panel member stay quiet even when the written guidance is on their side?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que um membro da banca ficaria em silêncio mesmo com as diretrizes escritas a seu favor?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.1">
      <source>What is one question you will ask at your next shortlisting or interview panel?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que pergunta você vai fazer na sua próxima triagem ou banca de entrevista?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.2">
      <source>Who owns your organisation's hiring guidance, and what would you want them to change?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quem é responsável pelas diretrizes de contratação da sua organização, e o que você gostaria que mudasse?</translation>
    </message>
    <message id="biased-shortlist.sources.1.title">
      <source>Workplace allyship practice: challenge biased recruitment processes</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: questionar processos de recrutamento enviesados</translation>
    </message>
    <message id="biased-shortlist.sources.1.note">
      <source>Draws on the practice of questioning filters such as career gaps, guessed visa status and loosely defined &quot;fit&quot;, and changing the process rather than only the single outcome.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseia-se na prática de questionar filtros como pausas na carreira, visto presumido e um “fit” mal definido, e de mudar o processo em vez de apenas um resultado isolado.</translation>
    </message>
    <message id="biased-shortlist.sources.2.title">
      <source>Workplace allyship practice: question the process that produces an outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: questionar o processo que produz um resultado</translation>
    </message>
    <message id="client-introduction.title">
      <source>Four seats at the client dinner</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Quatro lugares no jantar com o cliente</translation>
    </message>
    <message id="client-introduction.summary">
      <source>A client's chief executive wants a dinner to discuss results, and a director decides who fills the firm's four seats. The senior consultant whose model made the case has never met the client. Six weeks later a follow-on project needs a named lead, and the director decides again how far to use his access on her behalf.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>O CEO de um cliente quer um jantar para discutir resultados, e um diretor decide quem ocupa os quatro lugares da consultoria. A consultora sênior cujo modelo sustentou o diagnóstico nunca conheceu o cliente. Seis semanas depois, um projeto de continuidade precisa de uma liderança nomeada, e o diretor decide de novo até onde vai usar o acesso que tem em favor dela.</translation>
    </message>
    <message id="client-introduction.content_note">
      <source>This role-play includes a consultant being left out of a client dinner about her own work, her answers going out under a colleague's name, and her promotion being held back.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra uma consultora deixada de fora de um jantar com o cliente sobre o próprio trabalho, suas respostas enviadas com o nome de um colega e sua promoção adiada.</translation>
    </message>
    <message id="client-introduction.roles.samuel.name">
      <source>Samuel Mensah, director and engagement lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role samuel).</extracomment>
      <translation>Samuel Mensah, diretor e líder do projeto</translation>
    </message>
    <message id="client-introduction.roles.samuel.brief">
      <source>You send the invitations, and you know it. At 29 a partner took you to a client dinner that changed your career, and you have never forgotten who did it. You like James and trust him with the client; you also know exactly who built the demand model.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role samuel).</extracomment>
      <translation>É você quem manda os convites, e você sabe disso. Aos 29 anos, um sócio levou você a um jantar com cliente que mudou sua carreira, e você nunca esqueceu quem fez isso. Você gosta do James e confia nele com o cliente; também sabe exatamente quem construiu o modelo de demanda.</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.name">
      <source>Lakshmi Iyer, senior consultant</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role lakshmi).</extracomment>
      <translation>Lakshmi Iyer, consultora sênior</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.brief">
      <source>You built the demand model that made the review's case, and you have never met Stefan, the client's chief executive. You would like to, but you will not ask. If you are asked to present, you are ready and good at it. If you are invited without a role, you notice and say so calmly if asked.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role lakshmi).</extracomment>
      <translation>Você construiu o modelo de demanda que sustentou as conclusões do diagnóstico e nunca conheceu o Stefan, o CEO do cliente. Você gostaria de conhecê-lo, mas não vai pedir. Se pedirem que você apresente, está pronta e faz isso bem. Se for convidada sem um papel, você percebe e, se perguntarem, diz isso com calma.</translation>
    </message>
    <message id="client-introduction.roles.james.name">
      <source>James Thornton, associate director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role james).</extracomment>
      <translation>James Thornton, diretor associado</translation>
    </message>
    <message id="client-introduction.roles.james.brief">
      <source>You have worked on this account for four years and know Stefan from a charity golf day. You are good at relationships and you worry that changing faces could unsettle the client. If you are asked directly to help Lakshmi and given a real role, you are generous. If you are simply moved aside, you feel it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role james).</extracomment>
      <translation>Você trabalha nesta conta há quatro anos e conhece o Stefan de um torneio beneficente de golfe. Você é bom de relacionamento e teme que trocar os rostos possa deixar o cliente inseguro. Se pedirem diretamente que você ajude a Lakshmi e derem a você um papel de verdade, você é generoso. Se simplesmente deixarem você de lado, você sente.</translation>
    </message>
    <message id="client-introduction.roles.moira.name">
      <source>Moira Campbell, account partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role moira).</extracomment>
      <translation>Moira Campbell, sócia responsável pela conta</translation>
    </message>
    <message id="client-introduction.roles.moira.brief">
      <source>You protect the client relationship carefully; it is the firm's largest. You default to the team Stefan knows. You will accept a change if Samuel explains it and takes responsibility for it, but you want that said out loud.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role moira).</extracomment>
      <translation>Você protege a relação com o cliente com cuidado; é a maior conta da consultoria. Por padrão, você fica com a equipe que o Stefan conhece. Aceita uma mudança se o Samuel explicar e assumir a responsabilidade por ela, mas quer que isso seja dito em voz alta.</translation>
    </message>
    <message id="client-introduction.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="client-introduction.roles.observer.brief">
      <source>Watch where the access sits: invitations, introductions, who speaks to the client, whose name is on the emails. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe onde está o acesso: convites, apresentações, quem fala com o cliente, de quem é o nome nos e-mails. Use a lista de observação.</translation>
    </message>
    <message id="client-introduction.observer_checklist.1">
      <source>Who decided the seating and speaking roles, and did anyone ask Lakshmi what she wanted?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem decidiu os lugares e quem falaria, e alguém perguntou à Lakshmi o que ela queria?</translation>
    </message>
    <message id="client-introduction.observer_checklist.2">
      <source>When Lakshmi was introduced, was her work named specifically, or was she &quot;from the team&quot;?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quando a Lakshmi foi apresentada, o trabalho dela foi citado especificamente, ou ela era “da equipe”?</translation>
    </message>
    <message id="client-introduction.observer_checklist.3">
      <source>Did Samuel use access he already had (the invitation list, his introduction, his voice in the staffing meeting), or only his opinion?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>O Samuel usou o acesso que já tinha (a lista de convidados, a apresentação que ele faz, a voz dele na reunião de alocação) ou só a opinião dele?</translation>
    </message>
    <message id="client-introduction.observer_checklist.4">
      <source>How was James treated when the default changed? Was he given a role or simply moved aside?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Como o James foi tratado quando o padrão mudou? Recebeu um papel ou só foi deixado de lado?</translation>
    </message>
    <message id="client-introduction.observer_checklist.5">
      <source>Which of the five moves appeared, if any: distract, delegate, document, delay, direct? Which would have helped at the staffing meeting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos apareceu, se algum: distrair, delegar, documentar, adiar, agir diretamente? Qual teria ajudado na reunião de alocação?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.title">
      <source>Four seats</source>
      <extracomment>Scene heading, shown on the projector (scene staffing).</extracomment>
      <translation>Quatro lugares</translation>
    </message>
    <message id="client-introduction.scenes.staffing.narration">
      <source>Stefan Kessler, the client's chief executive, has asked for a dinner next Thursday to discuss the supply-chain review, with four seats on the firm's side. Moira Campbell, the account partner, messages Samuel: &quot;You, me, James and Oliver, as usual? Stefan knows James from the golf day.&quot; The demand model that made the review's case was built by Lakshmi Iyer, a senior consultant who has never met Stefan. Samuel is the one who sends the invitations.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene staffing).</extracomment>
      <translation>Stefan Kessler, o CEO do cliente, pediu um jantar na quinta que vem para discutir o diagnóstico da cadeia de suprimentos, com quatro lugares do lado da consultoria. A Moira Campbell, sócia responsável pela conta, manda uma mensagem para o Samuel: “Você, eu, o James e o Oliver, como sempre? O Stefan conhece o James do golfe.” O modelo de demanda que sustentou o diagnóstico foi construído pela Lakshmi Iyer, uma consultora sênior que nunca conheceu o Stefan. É o Samuel quem manda os convites.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.notes">
      <source>Two minutes. This scenario is about using access, not about anyone behaving badly: Moira's suggestion is reasonable, and the usual team is good. If the group treats Moira or James as villains, bring them back to the question of who holds the list.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene staffing).</extracomment>
      <translation>Dois minutos. Este cenário é sobre usar o acesso, não sobre alguém se comportando mal: a sugestão da Moira é razoável, e a equipe de sempre é boa. Se o grupo tratar a Moira ou o James como vilões, traga de volta a pergunta: quem tem a lista nas mãos?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.prompt">
      <source>You are Samuel. Who goes to the dinner, and in what role?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene staffing).</extracomment>
      <translation>Você é o Samuel. Quem vai ao jantar, e com que papel?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.text">
      <source>Reply &quot;Sounds good&quot; and invite the usual four. The client is comfortable with them, and this is a big dinner.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option usual). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>Respondo “Perfeito” e convido os quatro de sempre. O cliente fica à vontade com eles, e é um jantar importante.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.why">
      <source>Comfort with a big client is a real consideration. But the seats go where they always go, and the person whose work is on the table stays at her desk.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option usual).</extracomment>
      <translation>Deixar um grande cliente à vontade é uma preocupação real. Mas os lugares vão para quem sempre vai, e a pessoa cujo trabalho está na mesa fica na mesa dela, no escritório.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.text">
      <source>Invite Lakshmi instead of Oliver so the table looks like the team that did the work, but keep the presentation with James.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option seat-without-role). Shown on a phone button: keep it short, about 122 characters like the English.</extracomment>
      <translation>Convido a Lakshmi no lugar do Oliver, para a mesa parecer a equipe que fez o trabalho, mas deixo a apresentação com o James.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.why">
      <source>It looks inclusive, and it does put her in the room. But she is there to be seen rather than heard, and she will know it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option seat-without-role).</extracomment>
      <translation>Parece inclusivo, e de fato a coloca na sala. Mas ela está ali para ser vista, não ouvida, e ela vai perceber.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.text">
      <source>Invite Lakshmi and ask her to present the demand model herself. Before the dinner, tell Stefan who she is and what she built.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option she-presents). Shown on a phone button: keep it short, about 125 characters like the English.</extracomment>
      <translation>Convido a Lakshmi e peço que ela mesma apresente o modelo de demanda. Antes do jantar, conto ao Stefan quem ela é e o que construiu.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.why">
      <source>You use your invitation list and your introduction to put her work, and her name, in front of the person who makes decisions.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option she-presents).</extracomment>
      <translation>Você usa sua lista de convidados e sua apresentação para colocar o trabalho dela, e o nome dela, diante de quem toma as decisões.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.text">
      <source>Do the same, ask James to introduce her and chair the discussion, and tell Moira you'd like client seats on this account to follow who did the work from now on, reviewed every quarter. &quot;If Stefan is unsettled, that's on me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option change-the-default). Shown on a phone button: keep it short, about 224 characters like the English.</extracomment>
      <translation>Faço o mesmo, peço ao James que a apresente e conduza a conversa, e digo à Moira que gostaria que, daqui em diante, os lugares com o cliente seguissem quem fez o trabalho, com revisão a cada trimestre. “Se o Stefan estranhar, a responsabilidade é minha.”</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.why">
      <source>You make this invitation and change the habit that decides invitations, giving the existing relationship-holder a real role and spending your own standing with the partner to do it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option change-the-default).</extracomment>
      <translation>Você faz este convite e muda o hábito que decide os convites, dá um papel real a quem já tem a relação e gasta seu próprio prestígio com a sócia para isso.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.title">
      <source>I'll get the team to come back to you</source>
      <extracomment>Scene heading, shown on the projector (scene usual-dinner).</extracomment>
      <translation>Vou pedir para a equipe te retornar</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.narration">
      <source>The dinner goes smoothly. Over dessert, Stefan asks how the model handles seasonal spikes, and James says, &quot;Great question. I'll get the team to come back to you.&quot; Lakshmi writes the answer at eleven that night, and it goes out the next morning under James's name.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene usual-dinner).</extracomment>
      <translation>O jantar corre tranquilo. Na sobremesa, o Stefan pergunta como o modelo lida com picos sazonais, e o James diz: “Ótima pergunta. Vou pedir para a equipe te retornar.” A Lakshmi escreve a resposta às onze da noite, e ela sai na manhã seguinte com o nome do James.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.notes">
      <source>Ask Lakshmi's role-player what she knows about the dinner and how she found out. Keep it short; the quiet cost speaks for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene usual-dinner).</extracomment>
      <translation>Pergunte a quem faz o papel da Lakshmi o que ela sabe sobre o jantar e como ficou sabendo. Seja breve; o custo silencioso fala por si.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.title">
      <source>From the team</source>
      <extracomment>Scene heading, shown on the projector (scene seat-only).</extracomment>
      <translation>Da equipe</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.narration">
      <source>Lakshmi is seated between Moira and Stefan's finance director, who asks about her holiday plans. James presents, and she is introduced only as &quot;Lakshmi, from the team&quot;. In the taxi afterwards she asks Samuel, quite neutrally, what he had hoped she would get out of the evening.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene seat-only).</extracomment>
      <translation>A Lakshmi senta entre a Moira e o diretor financeiro do Stefan, que pergunta sobre os planos dela para as férias. O James apresenta, e ela é apresentada apenas como “Lakshmi, da equipe”. No táxi, na volta, ela pergunta ao Samuel, num tom bem neutro, o que ele esperava que ela tirasse daquela noite.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.notes">
      <source>This option is often chosen by people who want to do the right thing under pressure. Be kind about it. Ask Lakshmi's role-player to answer the taxi question herself; it is usually more generous and more pointed than anything you could say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene seat-only).</extracomment>
      <translation>Esta opção costuma ser escolhida por pessoas que querem fazer a coisa certa sob pressão. Seja gentil com isso. Peça a quem faz o papel da Lakshmi que responda ela mesma à pergunta do táxi; a resposta costuma ser mais generosa e mais certeira do que qualquer coisa que você diria.</translation>
    </message>
    <message id="client-introduction.scenes.presented.title">
      <source>Ten minutes, no notes</source>
      <extracomment>Scene heading, shown on the projector (scene presented).</extracomment>
      <translation>Dez minutos, sem anotações</translation>
    </message>
    <message id="client-introduction.scenes.presented.narration">
      <source>Lakshmi presents for ten minutes and answers Stefan's questions on seasonal spikes without notes. At the end of the evening Stefan asks for her card. James is gracious at the table and quieter in the taxi: &quot;I've been on this account four years, Sam.&quot; Samuel realises he gave James no role in the evening at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene presented).</extracomment>
      <translation>A Lakshmi apresenta por dez minutos e responde às perguntas do Stefan sobre picos sazonais sem olhar anotações. No fim da noite, o Stefan pede o cartão dela. O James é elegante à mesa e mais calado no táxi: “Estou nesta conta há quatro anos, Sam.” O Samuel percebe que não deu nenhum papel ao James naquela noite.</translation>
    </message>
    <message id="client-introduction.scenes.presented.notes">
      <source>The cost here is real and fixable. Ask the group what Samuel could have asked James to do. Using access for one person does not require cutting someone else out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene presented).</extracomment>
      <translation>O custo aqui é real e tem conserto. Pergunte ao grupo o que o Samuel poderia ter pedido ao James. Usar o acesso em favor de uma pessoa não exige deixar outra de fora.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.title">
      <source>On the account plan</source>
      <extracomment>Scene heading, shown on the projector (scene default-changed).</extracomment>
      <translation>No plano da conta</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.narration">
      <source>Moira is uneasy: &quot;Stefan is a creature of habit. If this wobbles, it's on you.&quot; Samuel agrees. At the dinner, James introduces Lakshmi, she presents, and he chairs the discussion that follows. The next morning a quarterly review of client seats goes onto the account plan, with Moira's reluctant initials beside it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene default-changed).</extracomment>
      <translation>A Moira fica desconfortável: “O Stefan é muito apegado a hábitos. Se isso balançar, a responsabilidade é sua.” O Samuel concorda. No jantar, o James apresenta a Lakshmi, ela faz a apresentação, e ele conduz a conversa que vem depois. Na manhã seguinte, uma revisão trimestral dos lugares com o cliente entra no plano da conta, com as iniciais relutantes da Moira ao lado.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.notes">
      <source>Point out that Samuel said the risk out loud and owned it; that is often what lets a cautious partner agree. Ask Moira's role-player what she needed to hear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene default-changed).</extracomment>
      <translation>Mostre que o Samuel disse o risco em voz alta e o assumiu; muitas vezes é isso que permite a uma sócia cautelosa concordar. Pergunte a quem faz o papel da Moira o que ela precisava ouvir.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.title">
      <source>A named lead</source>
      <extracomment>Scene heading, shown on the projector (scene follow-on).</extracomment>
      <translation>Uma liderança nomeada</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.narration">
      <source>Six weeks later, Stefan emails Samuel: the board wants a follow-on project on warehouse forecasting, and he would like &quot;a named lead on your side, and a proper session on the demand model with the person who built it&quot;. The partners' staffing meeting is on Monday, and on an account this size the lead role usually goes to an associate director. Lakshmi's promotion case comes up for discussion next month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene follow-on).</extracomment>
      <translation>Seis semanas depois, o Stefan manda um e-mail ao Samuel: o conselho quer um projeto de continuidade sobre previsão de estoque nos armazéns, e ele gostaria de “uma liderança nomeada do seu lado e uma sessão de verdade sobre o modelo de demanda com a pessoa que o construiu”. A reunião de alocação dos sócios é na segunda-feira, e numa conta desse tamanho a liderança costuma ficar com um diretor associado. A promoção da Lakshmi vai ser discutida no mês que vem.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.notes">
      <source>Three minutes. Participants often land on &quot;introduce her&quot;, which is good; push them to notice the difference between an introduction and a title, and between praise in an email and a voice in the staffing and promotion meetings, where Lakshmi isn't present.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene follow-on).</extracomment>
      <translation>Três minutos. As pessoas muitas vezes chegam a “apresentá-la”, o que é bom; incentive o grupo a perceber a diferença entre uma apresentação e um cargo, e entre um elogio por e-mail e uma voz nas reuniões de alocação e de promoção, onde a Lakshmi não está.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.prompt">
      <source>You are Samuel. How do you answer Stefan, and what do you say on Monday?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene follow-on).</extracomment>
      <translation>Você é o Samuel. Como responde ao Stefan, e o que diz na segunda-feira?</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.text">
      <source>Propose James as lead, as usual, and pass Stefan's questions to Lakshmi through him.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option james-leads). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Proponho o James como líder, como sempre, e passo as perguntas do Stefan à Lakshmi por meio dele.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.why">
      <source>It follows the firm's usual pattern and is low-risk. It also keeps Lakshmi's work one step removed from the person who asked for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option james-leads).</extracomment>
      <translation>Segue o padrão de sempre da consultoria e tem pouco risco. Também mantém o trabalho da Lakshmi a um passo de distância de quem pediu por ela.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.text">
      <source>Forward Stefan's email to James and Lakshmi: &quot;James, over to you. Loop Lakshmi in as useful.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option loop-in). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Encaminho o e-mail do Stefan ao James e à Lakshmi: “James, agora é com você. Inclua a Lakshmi quando for útil.”</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.why">
      <source>Lakshmi is included in principle. But &quot;as useful&quot; leaves her inclusion to someone else's judgement, and the relationship stays where it was.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option loop-in).</extracomment>
      <translation>A Lakshmi está incluída, em princípio. Mas “quando for útil” deixa a inclusão dela a critério de outra pessoa, e a relação fica onde estava.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.text">
      <source>Reply to Stefan with warm praise for &quot;our rising star Lakshmi&quot;, and name James as lead.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option shout-out). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Respondo ao Stefan elogiando “nossa estrela em ascensão, a Lakshmi” e indico o James como líder.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.why">
      <source>The praise is genuine and visible. But it costs nothing, and the one thing that would change her position, the lead role, goes elsewhere.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option shout-out).</extracomment>
      <translation>O elogio é sincero e visível. Mas não custa nada, e a única coisa que mudaria a posição dela, a liderança, vai para outra pessoa.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.text">
      <source>Write Stefan a specific introduction (what Lakshmi built, why she should shape the forecasting work) and set up the call with her leading and you in support.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option introduce). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>Escrevo ao Stefan uma apresentação específica (o que a Lakshmi construiu, por que ela deve moldar a previsão) e marco a chamada com ela liderando e eu dando apoio.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.why">
      <source>You hand over your own relationship with the client in a way that names her work, and you stay in the room to back her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option introduce).</extracomment>
      <translation>Você passa adiante sua própria relação com o cliente de um jeito que dá nome ao trabalho dela, e continua na sala para apoiá-la.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.text">
      <source>Introduce her to Stefan, propose her as project lead on Monday with James as senior adviser, and speak for her promotion next month using Stefan's feedback, in rooms she isn't in.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option sponsor). Shown on a phone button: keep it short, about 179 characters like the English.</extracomment>
      <translation>Apresento a Lakshmi ao Stefan, proponho que ela lidere o projeto na segunda, com o James como conselheiro sênior, e defendo a promoção dela no mês que vem com o retorno do Stefan, em salas onde ela não está.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.why">
      <source>You go past an introduction: you put your name behind her role and her promotion where those decisions are made, and accept the risk if it goes wrong.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option sponsor).</extracomment>
      <translation>Você vai além de uma apresentação: coloca seu nome por trás do papel e da promoção dela onde essas decisões são tomadas, e aceita o risco se algo der errado.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.title">
      <source>Client exposure</source>
      <extracomment>Scene heading, shown on the projector (scene end-usual).</extracomment>
      <translation>Exposição a clientes</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.narration">
      <source>James leads, capably. For six months Lakshmi answers Stefan's technical questions through James, and at her promotion panel someone notes that she &quot;lacks client exposure&quot;. Nobody in the room points out why.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-usual).</extracomment>
      <translation>O James lidera, com competência. Por seis meses, a Lakshmi responde às perguntas técnicas do Stefan por meio do James, e na banca de promoção dela alguém comenta que ela “tem pouca exposição a clientes”. Ninguém na sala aponta por quê.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.notes">
      <source>Let the last sentence land, then ask who in the story could have pointed it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-usual).</extracomment>
      <translation>Deixe a última frase assentar e depois pergunte quem na história poderia ter apontado o porquê.</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.title">
      <source>When he remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-looped).</extracomment>
      <translation>Quando ele lembra</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.narration">
      <source>James loops Lakshmi in on most calls, when he remembers. She does good work and is thanked for it in emails she is copied into. Her promotion is deferred by a cycle, with a note about &quot;building senior relationships&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-looped).</extracomment>
      <translation>O James inclui a Lakshmi na maioria das chamadas, quando lembra. Ela faz um bom trabalho e recebe agradecimentos em e-mails em que está em cópia. A promoção dela é adiada por um ciclo, com uma observação sobre “construir relacionamentos de alto nível”.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.title">
      <source>The rising star</source>
      <extracomment>Scene heading, shown on the projector (scene end-praised).</extracomment>
      <translation>A estrela em ascensão</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.narration">
      <source>Stefan replies that he looks forward to meeting the rising star, then carries on dealing with James. Lakshmi is glad of the praise and notices that it is the only thing in the email that changed. She saves it in the folder she keeps for promotion evidence, which is filling faster than her calendar.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-praised).</extracomment>
      <translation>O Stefan responde que está ansioso para conhecer a estrela em ascensão e continua tratando com o James. A Lakshmi fica contente com o elogio e percebe que foi a única coisa que mudou no e-mail. Ela o guarda na pasta que mantém com evidências para a promoção, que enche mais depressa que a agenda dela.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.notes">
      <source>Ask the room how praise and sponsorship differ. A useful test: which one would still help Lakshmi if Samuel left the firm tomorrow?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-praised).</extracomment>
      <translation>Pergunte à sala qual a diferença entre elogio e patrocínio. Um teste útil: qual dos dois ainda ajudaria a Lakshmi se o Samuel saísse da consultoria amanhã?</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.title">
      <source>Not yet a title</source>
      <extracomment>Scene heading, shown on the projector (scene end-introduced).</extracomment>
      <translation>Ainda não é um cargo</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.narration">
      <source>The call goes well, and Stefan starts emailing Lakshmi directly. At Monday's meeting the lead still goes to James, because nobody argued otherwise, but the client's questions now come to her. It is real progress, and it is not yet a title.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-introduced).</extracomment>
      <translation>A chamada corre bem, e o Stefan passa a mandar e-mails diretamente para a Lakshmi. Na reunião de segunda, a liderança ainda fica com o James, porque ninguém argumentou o contrário, mas as perguntas do cliente agora chegam a ela. É um avanço real, e ainda não é um cargo.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.title">
      <source>Read aloud</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Lido em voz alta</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.narration">
      <source>Monday's meeting is tense; one partner asks whether a senior consultant can carry work of this size, and Samuel says he will stand behind her. Lakshmi leads the follow-on, misjudges the scope early on, and recovers with Samuel's help. At her promotion panel Stefan's note is read aloud, and she is promoted. Afterwards two other senior consultants ask Samuel how client seats get decided.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>A reunião de segunda é tensa; um sócio pergunta se uma consultora sênior dá conta de um trabalho desse tamanho, e o Samuel diz que vai respaldá-la. A Lakshmi lidera o projeto, erra a estimativa do escopo no começo e se recupera com a ajuda do Samuel. Na banca de promoção, o comentário do Stefan é lido em voz alta, e ela é promovida. Depois, dois outros consultores seniores perguntam ao Samuel como se decidem os lugares com clientes.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.notes">
      <source>Point out the misstep: sponsorship includes standing by someone when it wobbles. The last sentence is the system-level effect; ask what Samuel should tell them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Mostre o tropeço: patrocinar inclui ficar ao lado da pessoa quando as coisas balançam. A última frase é o efeito no sistema; pergunte o que o Samuel deveria responder a eles.</translation>
    </message>
    <message id="client-introduction.debrief.what.1">
      <source>Who held the access in this story (invitations, introductions, staffing), and what did they do with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Quem tinha o acesso nesta história (convites, apresentações, alocação), e o que fez com ele?</translation>
    </message>
    <message id="client-introduction.debrief.what.2">
      <source>On our path, how did Stefan first hear Lakshmi's name, and from whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>No nosso caminho, como o Stefan ouviu o nome da Lakshmi pela primeira vez, e de quem?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.1">
      <source>Why does &quot;the team the client knows&quot; tend to stay the same team for years?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que “a equipe que o cliente conhece” tende a continuar a mesma equipe por anos?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.2">
      <source>What is the difference between praising someone, introducing them, and sponsoring them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qual é a diferença entre elogiar alguém, apresentar alguém e patrocinar alguém?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.1">
      <source>Name one invitation, introduction or recommendation you control in the next month. Who usually gets it, and who did the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Cite um convite, uma apresentação ou uma indicação que esteja nas suas mãos no próximo mês. Quem costuma recebê-lo, e quem fez o trabalho?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.2">
      <source>How could you change the default so that it doesn't depend on you remembering?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Como você poderia mudar o padrão para que ele não dependa de você se lembrar?</translation>
    </message>
    <message id="client-introduction.sources.1.title">
      <source>Workplace allyship practice: use your access deliberately — invitations, client introductions and sponsorship</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: usar o seu acesso de forma deliberada — convites, apresentações a clientes e patrocínio</translation>
    </message>
    <message id="client-introduction.sources.1.note">
      <source>Drawn from allyship guidance on sharing your platform, recommending colleagues for high-visibility work, and using seniority to widen who meets clients.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado em orientações sobre aliança que tratam de compartilhar sua plataforma, indicar colegas para trabalhos de grande visibilidade e usar a senioridade para ampliar quem tem contato com clientes.</translation>
    </message>
    <message id="credit-taken.title">
      <source>The deck with one name on it</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>A apresentação com um nome só</translation>
    </message>
    <message id="credit-taken.summary">
      <source>A cost model built by a part-time analyst reaches the operations director in a slide deck with only her manager's name on it. The group decides what a colleague in the room does, and what they do when asked to prepare the board version.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Um modelo de custos feito por uma analista de meio período chega ao diretor de operações numa apresentação que traz apenas o nome da gestora dela. O grupo decide o que alguém presente na sala faz e o que essa pessoa faz quando lhe pedem para preparar a versão para o conselho.</translation>
    </message>
    <message id="credit-taken.content_note">
      <source>This role-play includes a part-time analyst, back from parental leave, whose work is presented under her manager's name at a meeting she was not invited to.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra uma analista de meio período, de volta da licença parental, cujo trabalho é apresentado com o nome da gestora dela numa reunião para a qual ela não foi chamada.</translation>
    </message>
    <message id="credit-taken.roles.marisol.name">
      <source>Marisol Ortega, senior analyst (works Monday to Wednesday)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marisol).</extracomment>
      <translation>Marisol Ortega, analista sênior (trabalha de segunda a quarta)</translation>
    </message>
    <message id="credit-taken.roles.marisol.brief">
      <source>You came back from parental leave four months ago on a three-day week. You spent three weeks building the supplier cost model, evenings included. You were not invited to the review because it fell on a Thursday. You worry that going part-time has quietly moved you off the promotion track, and you do not want to look like you are complaining.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marisol).</extracomment>
      <translation>Você voltou da licença parental há quatro meses, numa jornada de três dias por semana. Passou três semanas montando o modelo de custos de fornecedores, inclusive à noite. Você não foi chamada para a reunião de revisão porque ela caiu numa quinta-feira. Você tem medo de que o meio período a tenha tirado, sem ninguém dizer nada, da trilha de promoção, e não quer parecer que está reclamando.</translation>
    </message>
    <message id="credit-taken.roles.fiona.name">
      <source>Fiona McAllister, finance team manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role fiona).</extracomment>
      <translation>Fernanda Machado, gerente da equipe de finanças</translation>
    </message>
    <message id="credit-taken.roles.fiona.brief">
      <source>You think of the team's output as the team's, and you are the team's voice upwards; that is how your own managers worked. You rewrote the summary slide and removed the contributor line to &quot;keep it clean&quot;. You are under pressure to look strategic. If challenged, you are briefly prickly, then you see the point, especially if it is put to you as something that will make the team look good.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role fiona).</extracomment>
      <translation>Para você, o que a equipe produz é da equipe, e você é a voz da equipe perante a liderança; era assim que seus próprios gestores trabalhavam. Você reescreveu o slide de resumo e tirou a linha com os nomes de quem contribuiu para “deixar mais limpo”. Você está sob pressão para parecer estratégica. Se for questionada, fica irritada por um instante e depois entende o ponto, principalmente se ele for apresentado como algo que vai valorizar a equipe.</translation>
    </message>
    <message id="credit-taken.roles.seun.name">
      <source>Oluwaseun &quot;Seun&quot; Adeyemi, operations director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role seun).</extracomment>
      <translation>Oluwaseun “Seun” Adeyemi, diretor de operações</translation>
    </message>
    <message id="credit-taken.roles.seun.brief">
      <source>You want answers you can trust at the board. You assume whoever presents a model built it and can defend it. You respond well to anyone who tells you who actually knows the detail; you find it useful, not awkward.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role seun).</extracomment>
      <translation>Você quer levar ao conselho respostas em que possa confiar. Você parte do princípio de que quem apresenta um modelo foi quem o construiu e sabe defendê-lo. Você recebe bem qualquer pessoa que diga quem realmente conhece os detalhes; acha isso útil, não constrangedor.</translation>
    </message>
    <message id="credit-taken.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="credit-taken.roles.observer.brief">
      <source>Track where the credit for the model travels: into which rooms, in whose name, and who corrects it. Note the exact words used. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Acompanhe o caminho do crédito pelo modelo: para quais salas ele vai, em nome de quem e quem o corrige. Anote as palavras exatas. Use a lista de observação.</translation>
    </message>
    <message id="credit-taken.observer_checklist.1">
      <source>When the director praised the model, who did the responder look at, and what did they say?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quando o diretor elogiou o modelo, para quem a pessoa que responde olhou, e o que ela disse?</translation>
    </message>
    <message id="credit-taken.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared, and at what moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos de intervenção (distrair, delegar, documentar, adiar, agir diretamente) apareceu, e em que momento?</translation>
    </message>
    <message id="credit-taken.observer_checklist.3">
      <source>Was Marisol named specifically, to someone who influences her career?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>A Marisol foi citada pelo nome para alguém que influencia a carreira dela?</translation>
    </message>
    <message id="credit-taken.observer_checklist.4">
      <source>Did anyone ask Marisol what she wanted before acting, for example whether she wished to present?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém perguntou à Marisol o que ela queria antes de agir, por exemplo se ela gostaria de apresentar?</translation>
    </message>
    <message id="credit-taken.observer_checklist.5">
      <source>Did the responder leave Marisol to sort out the credit herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem respondeu deixou a Marisol resolver sozinha a questão do crédito?</translation>
    </message>
    <message id="credit-taken.scenes.review.title">
      <source>Thursday, the director's review</source>
      <extracomment>Scene heading, shown on the projector (scene review).</extracomment>
      <translation>Quinta-feira, a revisão com o diretor</translation>
    </message>
    <message id="credit-taken.scenes.review.narration">
      <source>Fiona clicks through the supplier cost model. The title slide reads &quot;Prepared by Fiona McAllister&quot;. Seun leans back: &quot;This is the sharpest thing I've seen from finance this year. Fiona, can you take it to the board next month?&quot; Fiona smiles. &quot;Of course, happy to.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene review).</extracomment>
      <translation>Fernanda passa os slides do modelo de custos de fornecedores. O slide de abertura diz: “Elaborado por Fernanda Machado”. Seun se recosta: “É a coisa mais afiada que vi do financeiro este ano. Fernanda, você pode levar isso ao conselho no mês que vem?” Fernanda sorri. “Claro, com prazer.”</translation>
    </message>
    <message id="credit-taken.scenes.review.notes">
      <source>Hold a short silence after Fiona's line, then read the prompt aloud so the group registers that Marisol built the model and is missing only because of her working pattern. Some participants will say &quot;maybe Fiona will credit her later&quot;; acknowledge it, and ask what happens if she does not.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene review).</extracomment>
      <translation>Faça um breve silêncio depois da fala da Fernanda e então leia o enunciado em voz alta, para que o grupo registre que a Marisol construiu o modelo e só não está ali por causa da jornada dela. Algumas pessoas vão dizer “talvez a Fernanda dê o crédito a ela depois”; reconheça isso e pergunte o que acontece se ela não der.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.prompt">
      <source>You are the team's other analyst. You watched Marisol build this model over three weeks, and she does not work Thursdays. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene review).</extracomment>
      <translation>Você também é analista nessa equipe. Você viu a Marisol construir esse modelo ao longo de três semanas, e ela não trabalha às quintas. O que você faz?</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.text">
      <source>Say nothing. It is Fiona's team and her deck; credit is for her to sort out.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option stay-out). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>Não digo nada. A equipe e a apresentação são da Fernanda; o crédito é ela quem resolve.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.why">
      <source>Keeping out of a manager's presentation is a very normal reflex, and it lets the director leave believing Fiona built the model.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option stay-out).</extracomment>
      <translation>Não se meter na apresentação de uma gestora é um reflexo muito comum, e deixa o diretor sair achando que foi a Fernanda quem fez o modelo.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.text">
      <source>After the meeting, message Marisol: &quot;Seun loved your model! Just so you know, it went really well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option tell-marisol). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>Depois da reunião, mando mensagem para a Marisol: “O Seun amou seu modelo! Só para você saber, foi ótimo.”</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.why">
      <source>It is kind and it keeps her in the loop, but it leaves the director's picture unchanged and hands the problem to Marisol.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option tell-marisol).</extracomment>
      <translation>É gentil e mantém a Marisol informada, mas não muda a imagem que o diretor tem e passa o problema para ela.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.text">
      <source>Reply to Seun's follow-up email, copying the team: &quot;Brilliant collaborative effort from the whole finance team, so proud of what we do together!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option reply-all-thanks). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>Respondo ao e-mail de retorno do Seun, com a equipe em cópia: “Um trabalho coletivo incrível de toda a equipe de finanças, que orgulho do que fazemos juntos!”</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.why">
      <source>It is public and sounds generous, but &quot;the whole team&quot; erases the one person whose work it was, and it reflects well on you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option reply-all-thanks).</extracomment>
      <translation>É público e soa generoso, mas “toda a equipe” apaga a única pessoa que fez o trabalho, e ainda faz você ficar bem na foto.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.text">
      <source>&quot;Seun, for the board, the person who built the model is Marisol Ortega. She knows every assumption in it and would be great at taking questions.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option name-her). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>“Seun, para o conselho: quem construiu o modelo foi a Marisol Ortega. Ela conhece cada premissa e seria ótima para responder às perguntas.”</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.why">
      <source>It corrects the record in the moment, to the person who matters, and frames it as useful to the director rather than an accusation.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option name-her).</extracomment>
      <translation>Deixa os fatos claros na hora, para a pessoa que importa, e apresenta isso como algo útil para o diretor, não como uma acusação.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.title">
      <source>The following week</source>
      <extracomment>Scene heading, shown on the projector (scene fiona-to-board).</extracomment>
      <translation>Na semana seguinte</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.narration">
      <source>Seun's office books Fiona a twenty-minute slot at the board. On Monday, Marisol sees the calendar invite on the shared finance diary and asks you, lightly, how the review went. You say it went well.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fiona-to-board).</extracomment>
      <translation>A equipe do Seun reserva para a Fernanda vinte minutos na reunião do conselho. Na segunda-feira, a Marisol vê o convite na agenda compartilhada do financeiro e pergunta a você, em tom leve, como foi a revisão. Você diz que foi bem.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.notes">
      <source>Ask the observer what they imagine Marisol is thinking. Keep it short; the next scene is where the group gets a second chance.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fiona-to-board).</extracomment>
      <translation>Pergunte a quem observa o que imagina que a Marisol está pensando. Seja breve; é na próxima cena que o grupo ganha uma segunda chance.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.title">
      <source>Monday morning</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-hears).</extracomment>
      <translation>Segunda de manhã</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.narration">
      <source>Marisol reads your message twice. &quot;That's great. Did they know it was mine?&quot; You hesitate. She says &quot;Never mind,&quot; and goes back to her spreadsheet, and later asks Fiona whether she might join the board session. Fiona says there is only room for one.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-hears).</extracomment>
      <translation>Marisol lê sua mensagem duas vezes. “Que ótimo. Eles sabiam que era meu?” Você hesita. Ela diz “Deixa pra lá” e volta para a planilha; mais tarde, pergunta à Fernanda se poderia participar da reunião do conselho. Fernanda diz que só há espaço para uma pessoa.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.notes">
      <source>A common path. Point out how the burden slid onto Marisol, who now has to ask for her own credit and risk seeming pushy. Avoid making the responder feel foolish; the message was kind.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-hears).</extracomment>
      <translation>Um caminho comum. Mostre como o peso escorregou para a Marisol, que agora precisa pedir o próprio crédito e corre o risco de parecer insistente. Evite constranger quem respondeu; a mensagem foi gentil.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.title">
      <source>The reply-all</source>
      <extracomment>Scene heading, shown on the projector (scene team-thanks).</extracomment>
      <translation>O “responder a todos”</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.narration">
      <source>Seun replies &quot;Agreed, great work all&quot; and two managers add thumbs-up reactions. Fiona forwards the thread to her own boss with the note &quot;nice feedback on my team's work&quot;. Marisol, reading it on Monday, sees her model described as a team effort by someone who knows it was not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene team-thanks).</extracomment>
      <translation>Seun responde “Concordo, ótimo trabalho, pessoal”, e dois gestores reagem com um joinha. Fernanda encaminha a conversa para a chefe dela com o comentário “ótimo retorno sobre o trabalho da minha equipe”. Marisol, ao ler na segunda, vê o modelo dela descrito como trabalho de equipe por alguém que sabe que não foi.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.notes">
      <source>Expect pushback: &quot;I was trying to share the credit!&quot; Agree that the intent was generous, then ask what the email told Seun about who to call with a question about the model.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene team-thanks).</extracomment>
      <translation>Espere resistência: “Eu estava tentando dividir o crédito!” Concorde que a intenção era generosa e depois pergunte o que o e-mail disse ao Seun sobre para quem ligar se tiver uma dúvida sobre o modelo.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.title">
      <source>A small correction</source>
      <extracomment>Scene heading, shown on the projector (scene named-in-room).</extracomment>
      <translation>Uma pequena correção</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.narration">
      <source>Fiona's smile tightens for a second. Seun says, &quot;Good to know. Let's have Marisol there too.&quot; After the meeting Fiona says to you, evenly, &quot;You could have flagged that with me first.&quot; She is short with you for the rest of the day.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-in-room).</extracomment>
      <translation>O sorriso da Fernanda fica tenso por um segundo. Seun diz: “Bom saber. Vamos chamar a Marisol também.” Depois da reunião, a Fernanda diz a você, em tom neutro: “Você podia ter falado isso comigo antes.” No resto do dia, ela fica seca com você.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.notes">
      <source>Name the cost: a manager who feels undermined. Ask the group whether a word with Fiona beforehand would have been better, and whether there was time for one. Either view is fair.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-in-room).</extracomment>
      <translation>Fale do custo: uma gestora que se sente desautorizada. Pergunte ao grupo se teria sido melhor uma palavra com a Fernanda antes, e se havia tempo para isso. As duas visões são justas.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.title">
      <source>Preparing the board pack</source>
      <extracomment>Scene heading, shown on the projector (scene board-version).</extracomment>
      <translation>Preparando o material do conselho</translation>
    </message>
    <message id="credit-taken.scenes.board-version.narration">
      <source>Fiona drops a note in your inbox: &quot;Can you tidy the deck for the board version? Keep the title slide as it is, we want it clean. Thanks!&quot; Marisol's name appears nowhere in the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene board-version).</extracomment>
      <translation>Fernanda deixa um recado na sua caixa de entrada: “Você pode dar uma arrumada na apresentação para a versão do conselho? Mantenha o slide de abertura como está, queremos algo limpo. Obrigada!” O nome da Marisol não aparece em nenhum lugar do arquivo.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.notes">
      <source>This is the second decision and it happens privately, with nobody watching. That is often where the real pattern is set. If the group named Marisol in the room, remind them that the file still says otherwise and files travel further than meetings.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene board-version).</extracomment>
      <translation>Esta é a segunda decisão e ela acontece em particular, sem ninguém olhando. Muitas vezes é aí que o padrão de verdade se define. Se o grupo citou a Marisol na sala, lembre que o arquivo ainda diz outra coisa, e arquivos viajam mais longe do que reuniões.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.prompt">
      <source>You have the deck open. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene board-version).</extracomment>
      <translation>A apresentação está aberta na sua tela. O que você faz?</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.text">
      <source>Tidy it exactly as asked. Fiona is your manager and it is her presentation.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option as-asked). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>Arrumo exatamente como pedido. A Fernanda é minha gestora e a apresentação é dela.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.why">
      <source>Following a reasonable-sounding instruction is what most people do, and the written record now carries only one name.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option as-asked).</extracomment>
      <translation>Seguir uma instrução que parece razoável é o que a maioria das pessoas faz, e agora o registro escrito traz um nome só.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.text">
      <source>Tidy it as asked, and tell Marisol: &quot;You should really ask Fiona to put your name on it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option nudge-marisol). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>Arrumo como pedido e digo à Marisol: “Você devia pedir para a Fernanda colocar seu nome.”</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.why">
      <source>You care about the outcome, but you ask the person with the least power to take the risk of raising it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option nudge-marisol).</extracomment>
      <translation>Você se importa com o resultado, mas pede à pessoa com menos poder que corra o risco de levantar o assunto.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.text">
      <source>Tidy it as asked, then write an intranet post about &quot;celebrating the unsung analysts behind every great board deck&quot;.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option intranet-tribute). Shown on a phone button: keep it short, about 116 characters like the English.</extracomment>
      <translation>Arrumo como pedido e escrevo um post na intranet “celebrando os analistas anônimos por trás de cada grande apresentação ao conselho”.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.why">
      <source>It sounds like a tribute, but it names nobody, fixes nothing in the deck, and mostly shows you as someone who cares.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option intranet-tribute).</extracomment>
      <translation>Soa como uma homenagem, mas não cita ninguém, não corrige nada na apresentação e mostra sobretudo você como alguém que se importa.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.text">
      <source>Go and see Fiona: &quot;I'd put Marisol's name on the title slide and bring her to take the modelling questions. It makes the team look stronger, and she's earned it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option talk-to-fiona). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Vou falar com a Fernanda: “Eu colocaria o nome da Marisol no slide de abertura e a levaria para responder às perguntas do modelo. A equipe sai mais forte, e ela mereceu.”</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.why">
      <source>You raise it directly with the person who decides, in private, with a reason she can accept.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option talk-to-fiona).</extracomment>
      <translation>Você trata do assunto diretamente com quem decide, em particular, com um motivo que ela pode aceitar.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.text">
      <source>Speak to Fiona as above, and propose to her and Seun that every finance deck carries a &quot;built by&quot; line and that analysts present their own models at reviews, whatever day the meeting falls on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option change-template). Shown on a phone button: keep it short, about 192 characters like the English.</extracomment>
      <translation>Falo com a Fernanda como acima e proponho a ela e ao Seun que toda apresentação do financeiro traga uma linha “feito por” e que analistas apresentem seus modelos nas revisões, seja qual for o dia.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.why">
      <source>You use your access to change the template and the habit, so the next part-time analyst does not have to rely on a colleague noticing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option change-template).</extracomment>
      <translation>Você usa seu acesso para mudar o modelo de apresentação e o hábito, para que a próxima pessoa analista de meio período não dependa de alguém perceber.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene one-name).</extracomment>
      <translation>O dia do conselho</translation>
    </message>
    <message id="credit-taken.scenes.one-name.narration">
      <source>Fiona presents the model to the board and takes two hard questions on the inflation assumptions; she answers one and promises to come back on the other. That evening she emails Marisol asking what the answer is. At year end, Fiona's review mentions the model. Marisol's does not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-name).</extracomment>
      <translation>Fernanda apresenta o modelo ao conselho e recebe duas perguntas difíceis sobre as premissas de inflação; responde uma e promete voltar com a outra. À noite, manda um e-mail à Marisol perguntando qual é a resposta. No fim do ano, a avaliação de desempenho da Fernanda menciona o modelo. A da Marisol, não.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.notes">
      <source>Let the group sit with the last two sentences. Then ask who was harmed, and whether anyone in the story meant harm.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-name).</extracomment>
      <translation>Deixe o grupo ficar um pouco com as duas últimas frases. Depois pergunte quem foi prejudicado e se alguém na história quis prejudicar.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-asks).</extracomment>
      <translation>O dia do conselho</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.narration">
      <source>Marisol drafts a message to Fiona three times and sends a very polite version. Fiona replies that she will &quot;make sure to mention the team&quot;. At the board, she does. Marisol tells you, &quot;I shouldn't have asked. I looked needy.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-asks).</extracomment>
      <translation>Marisol escreve três rascunhos de mensagem para a Fernanda e envia uma versão muito educada. Fernanda responde que vai “fazer questão de mencionar a equipe”. No conselho, ela menciona. Marisol diz a você: “Eu não devia ter pedido. Pareci carente.”</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.notes">
      <source>Useful to compare with the bystander ending: same outcome, plus a cost to Marisol's confidence. Link to the idea that allyship should not put extra weight on the person it is meant to support.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-asks).</extracomment>
      <translation>Vale comparar com o final do estágio “Presença silenciosa”: o mesmo resultado, mais um custo para a confiança da Marisol. Relacione com a ideia de que a aliança não deve colocar peso extra sobre a pessoa que pretende apoiar.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-post).</extracomment>
      <translation>O dia do conselho</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.narration">
      <source>The intranet post gets forty likes and a comment from the head of people calling it &quot;exactly the culture we want&quot;. The board deck goes out with one name on it. Marisol likes the post, because not liking it would look odd.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-post).</extracomment>
      <translation>O post na intranet recebe quarenta curtidas e um comentário da diretora de pessoas dizendo que é “exatamente a cultura que queremos”. A apresentação vai para o conselho com um nome só. Marisol curte o post, porque não curtir pareceria estranho.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.notes">
      <source>Handle gently: participants who chose this usually meant well. Ask what Marisol gained from the post, and what the author gained.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-post).</extracomment>
      <translation>Conduza com cuidado: quem escolheu esta opção costuma ter boa intenção. Pergunte o que a Marisol ganhou com o post e o que ganhou quem o escreveu.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene two-names).</extracomment>
      <translation>O dia do conselho</translation>
    </message>
    <message id="credit-taken.scenes.two-names.narration">
      <source>Fiona is quiet for a moment, then says, &quot;Fine. Ask her if she'll do the Q&amp;A; it's a Thursday, so we'll need to swap a day.&quot; Marisol agrees, moves a childcare pick-up, and handles every question on the model. Seun asks her to join the next budget review directly.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene two-names).</extracomment>
      <translation>Fernanda fica em silêncio por um momento e diz: “Está bem. Pergunta se ela topa responder às perguntas; é numa quinta, então vamos precisar trocar um dia.” Marisol aceita, remarca a hora de buscar a criança na creche e responde a todas as perguntas sobre o modelo. Seun a convida diretamente para a próxima revisão de orçamento.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.notes">
      <source>Point out the small, real costs: an awkward conversation with a manager, a childcare rearrangement. Ask whether the meeting day itself is part of the problem; it leads into the advocate option.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene two-names).</extracomment>
      <translation>Mostre os custos pequenos e reais: uma conversa constrangedora com uma gestora, uma mudança na rotina com a criança. Pergunte se o próprio dia da reunião faz parte do problema; isso leva à opção do estágio “Defesa de causa”.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene new-template).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="credit-taken.scenes.new-template.narration">
      <source>Fiona grumbles that the &quot;built by&quot; line is bureaucracy, then uses it herself. Seun moves the monthly review to a Tuesday so the part-time analysts can attend. Two analysts, including Marisol, have now presented their own work to the board, and Marisol's mid-year review lists the cost model first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene new-template).</extracomment>
      <translation>Fernanda reclama que a linha “feito por” é burocracia e depois passa a usá-la ela mesma. Seun muda a revisão mensal para as terças, para que as pessoas analistas de meio período possam participar. Duas delas, incluindo a Marisol, já apresentaram o próprio trabalho ao conselho, e a avaliação de meio de ano da Marisol cita o modelo de custos em primeiro lugar.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.notes">
      <source>Ask what made this possible: the responder's access to Seun, timing, a practical framing. Then ask what equivalent access each participant has in their own organisation.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene new-template).</extracomment>
      <translation>Pergunte o que tornou isso possível: o acesso de quem respondeu ao Seun, o momento, um enquadramento prático. Depois pergunte que acesso equivalente cada participante tem na própria organização.</translation>
    </message>
    <message id="credit-taken.debrief.what.1">
      <source>Trace the model's journey. At which points could its author's name have travelled with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Reconstituam o caminho do modelo. Em que pontos o nome de quem o fez poderia ter ido junto?</translation>
    </message>
    <message id="credit-taken.debrief.what.2">
      <source>What did you notice about the difference between the public moment and the private one?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que vocês perceberam de diferente entre o momento público e o momento privado?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.1">
      <source>Why do part-time or remote colleagues lose credit more easily, even when nobody intends it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que colegas de meio período ou remotos perdem o crédito com mais facilidade, mesmo quando ninguém tem essa intenção?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.2">
      <source>What is the difference between sharing credit with &quot;the team&quot; and giving it to a person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qual é a diferença entre dividir o crédito com “a equipe” e dá-lo a uma pessoa?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.1">
      <source>Which document or deck you touch in the next fortnight could carry a contributor's name?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que documento ou apresentação que passa pelas suas mãos nas próximas duas semanas poderia levar o nome de quem contribuiu?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.2">
      <source>What sentence would you use to correct a credit slip without making it an accusation?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que frase você usaria para corrigir um crédito mal atribuído sem que soe como acusação?</translation>
    </message>
    <message id="credit-taken.sources.1.title">
      <source>Workplace allyship practice: make sure people are credited for their work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: garantir que as pessoas recebam o crédito pelo seu trabalho</translation>
    </message>
    <message id="credit-taken.sources.1.note">
      <source>Based on the practice of correcting misattributed work and putting the real author's name in front of those who shape their career.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado na prática de corrigir trabalhos atribuídos à pessoa errada e de levar o nome de quem realmente fez até quem influencia a carreira dela.</translation>
    </message>
    <message id="credit-taken.sources.2.title">
      <source>Workplace allyship practice: use your access to open doors</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: usar seu acesso para abrir portas</translation>
    </message>
    <message id="erg-no-budget.title">
      <source>The network with a launch party and no budget</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>O grupo de afinidade com festa de lançamento e sem orçamento</translation>
    </message>
    <message id="erg-no-budget.summary">
      <source>Six months after a staff network for disabled and neurodivergent colleagues was launched with a video and a cake, its three written requests are still unanswered. A director on the leadership team decides what to do when the network comes up in a meeting, and again when the budget is set.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Seis meses depois de um grupo de afinidade para colegas com deficiência e neurodivergentes ser lançado com vídeo e bolo, seus três pedidos por escrito continuam sem resposta. Uma diretora da equipe de liderança decide o que fazer quando o grupo é mencionado numa reunião e, de novo, quando o orçamento é definido.</translation>
    </message>
    <message id="erg-no-budget.content_note">
      <source>This role-play includes a network for disabled and neurodivergent staff being praised in public while its requests, such as live captions, go unanswered and unfunded.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra um grupo de afinidade de pessoas com deficiência e neurodivergentes sendo elogiado em público enquanto seus pedidos, como legendagem ao vivo, ficam sem resposta e sem verba.</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.name">
      <source>Sofia Marquez, Director of Product and member of the leadership team</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sofia).</extracomment>
      <translation>Sofia Marquez, diretora de Produto e membro da equipe de liderança</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.brief">
      <source>You joined the Access Network as an ally on launch day; you are not disabled yourself. You sit on the leadership team and control a discretionary budget, including money for contractors. You like Gareth and do not want to embarrass him, but Aisha forwarded you the network's unanswered requests yesterday and you have read them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sofia).</extracomment>
      <translation>Você entrou no grupo de afinidade Acesso como pessoa aliada no dia do lançamento; você não tem deficiência. Você faz parte da equipe de liderança e controla um orçamento discricionário, que inclui verba para prestadores de serviço. Você gosta do Gareth e não quer constrangê-lo, mas ontem a Aisha encaminhou para você os pedidos do grupo que ficaram sem resposta, e você os leu.</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.name">
      <source>Aisha Rahman, data analyst and co-chair of the Access Network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role aisha).</extracomment>
      <translation>Aisha Rahman, analista de dados e co-coordenadora do grupo Acesso</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.brief">
      <source>You are hard of hearing and rely on captions in large meetings. The network asked for three things in March: about £6,000 a year for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. You are tired of being thanked. Play it polite and precise; if someone offers help, you welcome it, but the network sets its own priorities and you will say so if anyone tries to take over.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role aisha).</extracomment>
      <translation>Você tem deficiência auditiva e depende de legendas em reuniões grandes. Em março, o grupo pediu três coisas: cerca de 6.000 libras por ano para legendagem ao vivo e uma auditoria de acessibilidade, um patrocinador executivo e um espaço fixo com a equipe de liderança. Você está cansada de receber agradecimentos. Seja educada e precisa; se alguém oferecer ajuda, você aceita de bom grado, mas quem define as prioridades é o grupo, e você diz isso se alguém tentar assumir o controle.</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.name">
      <source>Gareth Lloyd, Head of People</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role gareth).</extracomment>
      <translation>Gareth Lloyd, diretor de Pessoas</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.brief">
      <source>You launched the network and you are proud of it. Your programme budget was cut by fifteen per cent this year, and you worry that funding one network means every network will want money. You believe staff networks work best as volunteer-led communities. Challenged in public, you feel ambushed and go formal; approached with a costed plan, you are open to it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role gareth).</extracomment>
      <translation>Você lançou o grupo e tem orgulho dele. O orçamento dos seus programas foi cortado em quinze por cento este ano, e você teme que, se financiar um grupo de afinidade, todos os outros vão querer dinheiro. Você acredita que esses grupos funcionam melhor como comunidades lideradas por voluntários. Se for questionado em público, você se sente emboscado e fica formal; se alguém chegar com um plano com custos, você fica aberto.</translation>
    </message>
    <message id="erg-no-budget.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="erg-no-budget.roles.observer.brief">
      <source>You sit outside the conversation and watch the room, not just the speakers. Use the checklist and note exact words where you can: the debrief runs on specifics.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Você fica de fora da conversa e observa a sala, não só quem está falando. Use a lista de observação e anote palavras exatas quando puder: a reflexão vive de detalhes concretos.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.1">
      <source>Which of the network's three requests were named out loud, by whom, and at which moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quais dos três pedidos do grupo foram ditos em voz alta, por quem e em que momento?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.2">
      <source>Did anyone speak for Aisha, rather than making room for her to speak for herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém falou pela Aisha, em vez de abrir espaço para ela falar por si mesma?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.3">
      <source>Note each time praise, a video or an award appeared. Did recognition stand in for money, authority or a route to the leadership team?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Anote cada vez que apareceram elogios, um vídeo ou um prêmio. O reconhecimento tomou o lugar de dinheiro, autoridade ou acesso à equipe de liderança?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.4">
      <source>Which of the five intervention moves did you see: distract, delegate, document, delay, direct? In this scenario, delay (holding an agenda item) and document (the network's written note, the minutes) tend to carry the most weight.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quais dos cinco movimentos de intervenção você viu: distrair, delegar, documentar, adiar, agir diretamente? Neste cenário, adiar (segurar um item da pauta) e documentar (a nota escrita do grupo, a ata) costumam ter mais peso.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.5">
      <source>What did each choice cost the person who made it, and who paid when nobody chose to act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quanto cada escolha custou a quem a fez, e quem pagou quando ninguém escolheu agir?</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.title">
      <source>Six months after the launch</source>
      <extracomment>Scene heading, shown on the projector (scene launch).</extracomment>
      <translation>Seis meses depois do lançamento</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.narration">
      <source>At the spring all-hands, Gareth Lloyd launched the Access Network for disabled and neurodivergent staff and anyone with a long-term condition. There was a video, a cake iced with the new logo, and eighty sign-ups by lunchtime. Since then, co-chairs Aisha Rahman and Dev Patel have sent the People team three written requests: money for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. Each has been answered with &quot;Thanks, we'll take a look.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launch).</extracomment>
      <translation>Na reunião geral da primavera, o Gareth Lloyd lançou o grupo de afinidade Acesso, para pessoas com deficiência, neurodivergentes e qualquer pessoa com uma condição de saúde de longo prazo. Teve vídeo, bolo decorado com o novo logo e oitenta inscrições até a hora do almoço. Desde então, a Aisha Rahman e o Dev Patel, que coordenam o grupo, mandaram à equipe de Pessoas três pedidos por escrito: verba para legendagem ao vivo e uma auditoria de acessibilidade, um patrocinador executivo e um espaço fixo com a equipe de liderança. Todos receberam a mesma resposta: “Obrigado, vamos dar uma olhada.”</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.notes">
      <source>Hand out the role cards and give people three minutes with their briefs before you read this aloud. Read the three requests slowly; the group needs to hold them in mind for the rest of the scenario. If someone asks &quot;is £6,000 a lot?&quot;, turn it back to the room rather than answering.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launch).</extracomment>
      <translation>Distribua os cartões de papéis e dê três minutos para as pessoas lerem as instruções antes de ler este trecho em voz alta. Leia os três pedidos devagar; o grupo precisa guardá-los na memória pelo resto do cenário. Se alguém perguntar “6.000 libras é muito?”, devolva a pergunta para a sala em vez de responder.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.title">
      <source>Item six of nine</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-update).</extracomment>
      <translation>Item seis de nove</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.narration">
      <source>Monday's leadership meeting is running late. Gareth is upbeat: &quot;The Access Network is one of our real success stories, over ninety members now. For Disability Awareness Week they'll run a lunch-and-learn and some intranet posts, at no cost to us.&quot; Olivia Brandt, the chief executive, nods and reaches for the next paper. Sofia Marquez has Aisha's forwarded email, with its three unanswered requests, open on her laptop.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-update).</extracomment>
      <translation>A reunião de liderança de segunda-feira está atrasada. O Gareth está animado: “O grupo Acesso é um dos nossos verdadeiros casos de sucesso, já passa de noventa membros. Na Semana de Conscientização sobre Deficiência, eles vão fazer um bate-papo na hora do almoço e alguns posts na intranet, sem custo para nós.” A Olivia Brandt, CEO, concorda com a cabeça e pega o próximo documento. A Sofia Marquez tem aberto no notebook o e-mail que a Aisha encaminhou, com os três pedidos sem resposta.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.notes">
      <source>Allow about two minutes for discussion before the vote. Watch for the person who says &quot;I'd raise it with Gareth privately first&quot;: that is a reasonable instinct, so ask them what happens to the network in the weeks before that private chat happens. If the group goes quiet, ask Sofia's role-player how the room feels right now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-update).</extracomment>
      <translation>Reserve uns dois minutos de conversa antes da votação. Fique atento a quem disser “eu falaria com o Gareth em particular primeiro”: é um instinto razoável, então pergunte o que acontece com o grupo nas semanas antes dessa conversa acontecer. Se o grupo ficar em silêncio, pergunte a quem faz o papel da Sofia como está o clima na sala agora.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.prompt">
      <source>You are Sofia. Olivia is about to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-update).</extracomment>
      <translation>Você é a Sofia. A Olivia está prestes a passar para o próximo item. O que você faz?</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.text">
      <source>Say nothing. It is Gareth's area, the agenda is long, and raising it now would feel like ambushing him in front of the chief executive.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option stay-quiet). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>Não digo nada. A área é do Gareth, a pauta é longa, e levantar isso agora pareceria uma emboscada na frente da CEO.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.why">
      <source>The reluctance is understandable and the cost of speaking is real. But the one room where the requests could be answered moves on without hearing them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option stay-quiet).</extracomment>
      <translation>A hesitação é compreensível, e o custo de falar é real. Mas a única sala em que os pedidos poderiam ser respondidos segue em frente sem ouvi-los.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.text">
      <source>After the meeting, message Aisha: &quot;Saw the update. Fully behind you all, shout if there's anything I can do.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option reassure-aisha). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>Depois da reunião, mando para a Aisha: “Vi a atualização. Estou com vocês, é só chamar se eu puder ajudar.”</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.why">
      <source>The support is sincere, and Aisha may be glad of it. But it hands the next move back to the person who has no seat in the room where it would count.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option reassure-aisha).</extracomment>
      <translation>O apoio é sincero, e a Aisha pode até gostar. Mas devolve o próximo passo a quem não tem lugar na sala onde ele faria diferença.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.text">
      <source>&quot;Love this. I'd be happy to record a short video for Awareness Week about why the network matters to me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option record-video). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>“Adorei. Posso gravar um vídeo curto para a Semana de Conscientização sobre por que o grupo importa para mim.”</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.why">
      <source>It is warm, visible and might even help the week. It also puts your face on the campaign while the three requests stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option record-video).</extracomment>
      <translation>É caloroso, visível e pode até ajudar a semana. Também coloca o seu rosto na campanha enquanto os três pedidos continuam exatamente onde estavam.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.text">
      <source>&quot;Before we move on: the network sent us three requests in March and hasn't had an answer. Could we put them on next month's agenda, and invite Aisha to present them herself?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option name-the-gap). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>“Antes de seguir: o grupo nos mandou três pedidos em março e não teve resposta. Podemos colocá-los na pauta do mês que vem e convidar a Aisha para apresentá-los?”</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.why">
      <source>You name the gap in the room that can close it, and you ask for the network to speak for itself rather than speaking on its behalf.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option name-the-gap).</extracomment>
      <translation>Você dá nome à lacuna na sala que pode fechá-la e pede que o grupo fale por si mesmo, em vez de falar em nome dele.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.title">
      <source>Something fun, by Friday</source>
      <extracomment>Scene heading, shown on the projector (scene after-silence).</extracomment>
      <translation>Algo divertido, até sexta</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.narration">
      <source>The meeting finishes ten minutes early. On Wednesday, Gareth's team asks Aisha whether the network could &quot;pull together something fun&quot; for Awareness Week, held over the lunch break. She writes the slides at home on Sunday evening and asks a volunteer to type live captions by hand, because there is still no money for a captioning service. Nobody mentions the three requests.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-silence).</extracomment>
      <translation>A reunião termina dez minutos mais cedo. Na quarta, a equipe do Gareth pergunta à Aisha se o grupo poderia “montar algo divertido” para a Semana de Conscientização, no horário do almoço. Ela faz os slides em casa, no domingo à noite, e pede a uma pessoa voluntária que digite as legendas ao vivo, à mão, porque continua não havendo verba para um serviço de legendagem. Ninguém menciona os três pedidos.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.notes">
      <source>This is the quiet cost: nothing dramatic happens, and that is the point. Ask Aisha's role-player what Sunday evening felt like. Keep it brief and move on to the budget round.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-silence).</extracomment>
      <translation>Este é o custo silencioso: nada dramático acontece, e é exatamente essa a questão. Pergunte a quem faz o papel da Aisha como foi aquele domingo à noite. Seja breve e passe para a rodada do orçamento.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.title">
      <source>A thumbs-up</source>
      <extracomment>Scene heading, shown on the projector (scene after-message).</extracomment>
      <translation>Um joinha</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.narration">
      <source>Aisha replies within a minute: &quot;Thanks, Sofia. Could you raise the requests at leadership? I'm not in that room.&quot; Sofia sends a thumbs-up and means to come back to it. The week fills up, and by Friday the message is buried under forty others.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-message).</extracomment>
      <translation>A Aisha responde em um minuto: “Obrigada, Sofia. Você poderia levar os pedidos à liderança? Eu não estou naquela sala.” A Sofia manda um joinha e pretende voltar ao assunto. A semana lota, e na sexta a mensagem está soterrada debaixo de outras quarenta.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.notes">
      <source>Many people recognise themselves here, so be gentle. The point is not that Sofia is a bad colleague; it is that good intentions compete with a full inbox, and the inbox usually wins. Ask the room what would have made the follow-up happen.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-message).</extracomment>
      <translation>Muita gente se reconhece aqui, então seja gentil. A questão não é que a Sofia seja uma má colega; é que as boas intenções competem com uma caixa de entrada cheia, e a caixa de entrada costuma ganhar. Pergunte à sala o que teria feito o retorno acontecer.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.title">
      <source>Most-watched post of the week</source>
      <extracomment>Scene heading, shown on the projector (scene after-video).</extracomment>
      <translation>O post mais visto da semana</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.narration">
      <source>Sofia's video goes on the intranet on Monday and gets more reactions than anything else that week; Olivia shares it with a heart. Then the comms team asks Aisha whether the network could add captions to it, since there is no captioning budget. She does it herself that evening. In the network's group chat, someone reposts the video with a single raised-eyebrow emoji.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-video).</extracomment>
      <translation>O vídeo da Sofia vai para a intranet na segunda e recebe mais reações do que qualquer outra coisa naquela semana; a Olivia compartilha com um coração. Aí a equipe de comunicação pergunta à Aisha se o grupo poderia legendar o vídeo, já que não há verba para legendagem. Ela mesma faz isso naquela noite. No grupo de mensagens do grupo de afinidade, alguém reposta o vídeo com um único emoji de sobrancelha levantada.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.notes">
      <source>A participant who chose this may feel caught out. Acknowledge that the video was kindly meant and may have raised awareness; then ask Aisha's role-player how captioning it herself felt. Let the contrast do the work; you do not need to spell it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-video).</extracomment>
      <translation>Quem escolheu esta opção pode se sentir exposto. Reconheça que o vídeo foi feito com boa intenção e pode ter aumentado a conscientização; depois pergunte a quem faz o papel da Aisha como foi legendá-lo ela mesma. Deixe o contraste fazer o trabalho; não é preciso explicar.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.title">
      <source>A date on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene after-naming).</extracomment>
      <translation>Uma data na pauta</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.narration">
      <source>There is a short silence. Gareth says, evenly, &quot;We are looking at it. Budgets are tight this year,&quot; and Olivia agrees to give Aisha fifteen minutes next month. By the lifts afterwards, Gareth stops Sofia: &quot;I'd have appreciated a heads-up before you raised that in front of Olivia.&quot; That evening Aisha messages Sofia: &quot;Thank you. I'll be ready.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-naming).</extracomment>
      <translation>Há um breve silêncio. O Gareth diz, sem alterar o tom: “Estamos analisando. O orçamento está apertado este ano”, e a Olivia concorda em dar quinze minutos à Aisha no mês seguinte. Depois, perto dos elevadores, o Gareth para a Sofia: “Eu teria gostado de um aviso antes de você levantar isso na frente da Olivia.” Naquela noite, a Aisha manda uma mensagem para a Sofia: “Obrigada. Vou estar pronta.”</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.notes">
      <source>Make sure the cost registers: Gareth is not wrong that a heads-up would have been kinder. Ask the group whether Sofia could have done both, warning Gareth and still raising it. If Gareth's role-player wants to stay cross, let them; the next scene needs that tension.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-naming).</extracomment>
      <translation>Garanta que o custo fique claro: o Gareth não está errado em dizer que um aviso teria sido mais gentil. Pergunte ao grupo se a Sofia poderia ter feito as duas coisas: avisar o Gareth e ainda assim levantar o assunto. Se quem faz o papel do Gareth quiser continuar irritado, deixe; a próxima cena precisa dessa tensão.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.title">
      <source>The budget round</source>
      <extracomment>Scene heading, shown on the projector (scene budget-round).</extracomment>
      <translation>A rodada do orçamento</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.narration">
      <source>Three weeks later, the leadership team meets to set next year's budget, and every director has been asked to find savings. Gareth's draft lists the Access Network as &quot;volunteer-led, no cost&quot;. That morning Aisha emailed every director a one-page note: captions and an accessibility audit would cost about £6,000 a year, and the network still has no executive sponsor. Olivia looks round the table: &quot;Anything on people programmes before we sign this off?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene budget-round).</extracomment>
      <translation>Três semanas depois, a equipe de liderança se reúne para definir o orçamento do ano seguinte, e cada diretoria recebeu o pedido de encontrar economias. A proposta do Gareth lista o grupo Acesso como “liderado por voluntários, sem custo”. Naquela manhã, a Aisha mandou a cada diretor uma nota de uma página: legendas e uma auditoria de acessibilidade custariam cerca de 6.000 libras por ano, e o grupo ainda não tem patrocinador executivo. A Olivia olha em volta da mesa: “Alguma coisa sobre programas de pessoas antes de aprovarmos?”</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.notes">
      <source>This is the heart of the scenario; give it three to four minutes. Budget meetings are where gestures and commitments part company. If someone argues that asking for money in a savings round is unrealistic, take it seriously: ask what the network's work would cost if the company paid for it at contractor rates. Watch Gareth's role-player: the advocate option only lands well if Sofia brings him with her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene budget-round).</extracomment>
      <translation>Este é o coração do cenário; reserve de três a quatro minutos. Reuniões de orçamento são onde gestos e compromissos se separam. Se alguém argumentar que pedir dinheiro numa rodada de cortes não é realista, leve a sério: pergunte quanto custaria o trabalho do grupo se a empresa pagasse por ele a preço de prestador de serviço. Observe quem faz o papel do Gareth: a opção do estágio “Defesa de causa” só funciona bem se a Sofia o trouxer junto.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.prompt">
      <source>You are Sofia. The draft is about to be approved. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene budget-round).</extracomment>
      <translation>Você é a Sofia. A proposta está prestes a ser aprovada. O que você faz?</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.text">
      <source>Approve the draft. Every team is cutting, and asking for new spending in a savings round would look odd.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option approve). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>Aprovo a proposta. Toda equipe está cortando, e pedir gasto novo numa rodada de economia pegaria mal.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.why">
      <source>The pressure is real and nobody wants to be the director who didn't cut. But approving &quot;no cost&quot; makes the network's unpaid work the official plan.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option approve).</extracomment>
      <translation>A pressão é real, e ninguém quer ser a diretoria que não cortou. Mas aprovar “sem custo” transforma o trabalho não remunerado do grupo no plano oficial.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.text">
      <source>&quot;I'd support funding the network if we can find the money somewhere.&quot; Then let the item close.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option support-if). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>“Eu apoiaria financiar o grupo se a gente conseguir o dinheiro em algum lugar.” E deixo o item se encerrar.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.why">
      <source>Your support is now on record. But a conditional &quot;if&quot; in a savings round usually means no, and everyone at the table knows it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option support-if).</extracomment>
      <translation>Seu apoio agora está registrado. Mas um “se” condicional numa rodada de cortes costuma significar não, e todo mundo na mesa sabe disso.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.text">
      <source>&quot;Could we recognise the network at the annual awards? A trophy and a moment on stage would show how much we value them.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option award). Shown on a phone button: keep it short, about 120 characters like the English.</extracomment>
      <translation>“Podemos reconhecer o grupo na premiação anual? Um troféu e um momento no palco mostrariam o quanto valorizamos esse trabalho.”</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.why">
      <source>Recognition feels generous and costs almost nothing. It celebrates the volunteers' unpaid work while the budget line still reads zero.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option award).</extracomment>
      <translation>Reconhecimento parece generoso e quase não custa nada. Celebra o trabalho não remunerado de voluntários enquanto a linha do orçamento continua em zero.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.text">
      <source>&quot;I'd rather we didn't close this until Aisha has taken us through her note. Can we hold the item and hear from her next month?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option hold-and-hear). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>“Prefiro não fechar isso antes de a Aisha apresentar a nota dela. Podemos segurar o item e ouvi-la no mês que vem?”</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.why">
      <source>You use the agenda to make room for the people affected, at the price of slowing a meeting everyone wants finished.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option hold-and-hear).</extracomment>
      <translation>Você usa a pauta para abrir espaço a quem é afetado, ao preço de atrasar uma reunião que todo mundo quer terminar.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.text">
      <source>&quot;If the network wants me, I'll be its executive sponsor, and I'll move £6,000 from my contractor budget this year. I'd also like every staff network to get a budget line and a twice-yearly slot here, so this isn't decided by whoever pushes hardest. Gareth, would you work on that with me?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option sponsor-and-fund). Shown on a phone button: keep it short, about 289 characters like the English.</extracomment>
      <translation>“Se o grupo quiser, eu serei a patrocinadora executiva e vou remanejar 6.000 libras do meu orçamento de prestadores este ano. Também quero que todo grupo de afinidade tenha uma linha no orçamento e um espaço aqui duas vezes por ano, para isso não depender de quem pressiona mais. Gareth, topa trabalhar nisso comigo?”</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.why">
      <source>You spend your own budget and standing to change how every network is resourced, not just this one, you offer sponsorship rather than imposing it, and you bring Gareth in instead of going round him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option sponsor-and-fund).</extracomment>
      <translation>Você gasta seu próprio orçamento e seu prestígio para mudar como todos os grupos de afinidade recebem recursos, não só este; oferece patrocínio em vez de impô-lo e traz o Gareth junto em vez de passar por cima dele.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.title">
      <source>Signed off before lunch</source>
      <extracomment>Scene heading, shown on the projector (scene end-approved).</extracomment>
      <translation>Aprovado antes do almoço</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.narration">
      <source>The budget is signed off before lunch. In the spring staff survey, several comments from network members mention the launch cake, and not fondly. Aisha steps down as co-chair in April, and the role stays empty for four months.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-approved).</extracomment>
      <translation>O orçamento é aprovado antes do almoço. Na pesquisa de clima da primavera, vários comentários de membros do grupo mencionam o bolo do lançamento, e não com carinho. A Aisha deixa a coordenação do grupo em abril, e o cargo fica vago por quatro meses.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.notes">
      <source>Let this sit for a few seconds before the debrief. Ask: &quot;Was there a single moment where this was decided?&quot; Usually there wasn't, which is the lesson.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-approved).</extracomment>
      <translation>Deixe isso assentar por alguns segundos antes da reflexão. Pergunte: “Houve um único momento em que isso foi decidido?” Geralmente não houve, e essa é a lição.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.title">
      <source>Support in principle</source>
      <extracomment>Scene heading, shown on the projector (scene end-conditional).</extracomment>
      <translation>Apoio em princípio</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.narration">
      <source>The minutes record &quot;support in principle, subject to funding&quot;. No funding is found. Aisha sends the directors a short, courteous email thanking them for their time and stops sending requests. The network still meets, but fewer people come each month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-conditional).</extracomment>
      <translation>A ata registra “apoio em princípio, sujeito a disponibilidade de verba”. Nenhuma verba aparece. A Aisha manda à diretoria um e-mail curto e cordial agradecendo pelo tempo e para de enviar pedidos. O grupo continua se reunindo, mas a cada mês vem menos gente.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.title">
      <source>A glass trophy</source>
      <extracomment>Scene heading, shown on the projector (scene end-award).</extracomment>
      <translation>Um troféu de vidro</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.narration">
      <source>At the December awards evening the network wins a glass trophy and a standing ovation, and Aisha is photographed with Olivia. The captioning request is still open. On the train home she tells Dev it felt like being applauded for doing work the company would not pay for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-award).</extracomment>
      <translation>Na noite da premiação, em dezembro, o grupo ganha um troféu de vidro e é aplaudido de pé, e a Aisha é fotografada ao lado da Olivia. O pedido de legendagem continua em aberto. No trem, voltando para casa, ela diz ao Dev que foi como ser aplaudida por fazer um trabalho que a empresa não quis pagar.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.notes">
      <source>If a participant objects that awards do matter, agree: they can. Ask what would have had to be true for this award to feel like recognition rather than a substitute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-award).</extracomment>
      <translation>Se alguém objetar que prêmios importam, concorde: podem importar. Pergunte o que precisaria ser verdade para este prêmio parecer reconhecimento, e não um substituto.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.title">
      <source>Fifteen minutes</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Quinze minutos</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.narration">
      <source>The following month Aisha presents for fifteen minutes and answers every question. Olivia asks Gareth to cost a proper arrangement for all the staff networks by the next quarter. It is slower than the network hoped, and Gareth is cool with Sofia for a few weeks, but for the first time the requests have an owner and a date.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>No mês seguinte, a Aisha apresenta por quinze minutos e responde a todas as perguntas. A Olivia pede ao Gareth que calcule os custos de um arranjo adequado para todos os grupos de afinidade até o próximo trimestre. É mais lento do que o grupo esperava, e o Gareth fica frio com a Sofia por algumas semanas, mas pela primeira vez os pedidos têm um responsável e uma data.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.title">
      <source>A sponsor and a budget line</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Um patrocínio e uma linha no orçamento</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.narration">
      <source>Sofia's team loses a contractor for two months, and her engineering lead is not pleased. Aisha accepts the offer on one condition, that the network, not its sponsor, sets the priorities, and Sofia agrees. By spring the all-hands meetings carry live captions, the office audit is under way, and two other networks have put in their first budgets. After a frosty week, Gareth asks to co-write the new guidance.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>A equipe da Sofia perde um prestador de serviço por dois meses, e o líder de engenharia dela não fica nada satisfeito. A Aisha aceita a oferta com uma condição: quem define as prioridades é o grupo, não a patrocinadora, e a Sofia concorda. Na primavera, as reuniões gerais já têm legendas ao vivo, a auditoria do escritório está em andamento e outros dois grupos de afinidade apresentaram seus primeiros orçamentos. Depois de uma semana de clima gelado, o Gareth pede para escrever as novas diretrizes junto.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.notes">
      <source>Resist making this the &quot;right answer&quot; ending. Point out what it cost and that Aisha had to set a condition to keep the network hers. Ask: &quot;What would a sponsor do that quietly takes a network over?&quot;</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Resista a transformar este no final da “resposta certa”. Mostre quanto custou e que a Aisha precisou impor uma condição para o grupo continuar sendo dela. Pergunte: “O que faria um patrocinador que, sem alarde, toma conta de um grupo?”</translation>
    </message>
    <message id="erg-no-budget.debrief.what.1">
      <source>What did the network ask for, and what did it actually receive on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que o grupo de afinidade pediu, e o que realmente recebeu no caminho que seguimos?</translation>
    </message>
    <message id="erg-no-budget.debrief.what.2">
      <source>At which moment was staying quiet easiest, and what made it easy?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Em que momento ficar em silêncio foi mais fácil, e o que tornou isso fácil?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.1">
      <source>What does a network learn when it is celebrated in public and unfunded in private?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>O que um grupo de afinidade aprende quando é celebrado em público e fica sem verba no particular?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.2">
      <source>Why might a kindly meant video or award land worse with members than silence would?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que um vídeo ou um prêmio bem-intencionado pode cair pior entre os membros do que o silêncio?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.3">
      <source>What is the difference between sponsoring a network and running it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qual é a diferença entre patrocinar um grupo de afinidade e comandá-lo?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.1">
      <source>Which staff network in your organisation could you ask, this month, what it needs and who it answers to?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>A qual grupo de afinidade da sua organização você poderia perguntar, este mês, do que ele precisa e a quem ele se reporta?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.2">
      <source>What is one resource you control (budget, agenda time, your name) that a network could use, on its terms?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que recurso você controla (orçamento, tempo na pauta, seu nome) que um grupo de afinidade poderia usar, nos termos dele?</translation>
    </message>
    <message id="erg-no-budget.sources.1.title">
      <source>Workplace allyship practice: staff networks with their own budget, an executive sponsor and a route to decision-makers</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: grupos de afinidade com orçamento próprio, patrocínio executivo e acesso a quem decide</translation>
    </message>
    <message id="erg-no-budget.sources.1.note">
      <source>Based on writing about performative allyship that lists networks launched without money, authority or leadership access among its structural forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado em textos sobre aliança performática que incluem, entre suas formas estruturais, grupos lançados sem dinheiro, autoridade ou acesso à liderança.</translation>
    </message>
    <message id="mispronounced-name.title">
      <source>&quot;I'll just call you Zoe&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>“Vou te chamar só de Zoe”</translation>
    </message>
    <message id="mispronounced-name.summary">
      <source>On a quarterly review call, the chief operating officer mispronounces a team lead's name yet again and jokes about giving her an easier one. The group decides what a fellow manager on the call does, and what they say when the COO raises it with them later.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Numa reunião trimestral por vídeo, o diretor de operações pronuncia errado, mais uma vez, o nome de uma líder de equipe e brinca que vai dar a ela um nome mais fácil. O grupo decide o que faz outra pessoa com cargo de gestão que está na chamada e o que essa pessoa diz quando o diretor toca no assunto com ela mais tarde.</translation>
    </message>
    <message id="mispronounced-name.content_note">
      <source>This role-play includes a senior leader mispronouncing a colleague's name yet again and joking, in front of forty people, about calling her by an easier one.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra um alto executivo pronunciando errado, mais uma vez, o nome de uma colega e brincando, diante de quarenta pessoas, que vai dar a ela um nome mais fácil.</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.name">
      <source>Xinyi Zhou, logistics team lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role xinyi).</extracomment>
      <translation>Xinyi Zhou, líder da equipe de logística</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.brief">
      <source>Your name is said roughly &quot;Shin-yee Joe&quot;. You corrected Martin once, a year ago, and he got it wrong again the next week, so you stopped. Being renamed &quot;Zoe&quot; in front of forty people stings more than you will show. You do not want a fuss made on your behalf in public, but you would quietly welcome someone simply saying it right.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role xinyi).</extracomment>
      <translation>Seu nome se pronuncia mais ou menos “Chin-í Djôu”. Você corrigiu o Marcelo uma vez, há um ano, e na semana seguinte ele errou de novo, então você desistiu. Ser rebatizada de “Zoe” na frente de quarenta pessoas dói mais do que você vai demonstrar. Você não quer que ninguém faça alarde em público por você, mas receberia bem, em silêncio, que alguém simplesmente dissesse seu nome do jeito certo.</translation>
    </message>
    <message id="mispronounced-name.roles.martin.name">
      <source>Martin Hargreaves, chief operating officer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role martin).</extracomment>
      <translation>Marcelo Guimarães, diretor de operações</translation>
    </message>
    <message id="mispronounced-name.roles.martin.brief">
      <source>You are warm, busy and a little self-deprecating. You genuinely find the name hard, and joking about your own hopelessness feels friendly to you. You would be mortified to learn it reads as dismissive. If someone tells you plainly and privately, you take it well and you do something about it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role martin).</extracomment>
      <translation>Você é simpático, vive ocupado e gosta de rir de si mesmo. Você acha o nome realmente difícil, e brincar com a própria falta de jeito parece uma atitude amigável para você. Ficaria morto de vergonha se soubesse que isso soa como desdém. Se alguém disser isso com clareza e em particular, você recebe bem e faz alguma coisa a respeito.</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.name">
      <source>Tomás Ferreira, regional operations manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tomas).</extracomment>
      <translation>Tomás Ferreira, gerente regional de operações</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.brief">
      <source>You are a peer of the responder and you also noticed. You will follow whatever the responder does: if they say the name correctly, you do too; if they let it go, you stay quiet. Play this out naturally.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tomas).</extracomment>
      <translation>Você é do mesmo nível de quem responde e também percebeu. Você vai seguir o que quem responde fizer: se essa pessoa disser o nome corretamente, você também diz; se deixar passar, você fica quieto. Faça isso com naturalidade.</translation>
    </message>
    <message id="mispronounced-name.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="mispronounced-name.roles.observer.brief">
      <source>Listen for how Xinyi's name is said by each speaker, every time. Note the exact words around the &quot;Zoe&quot; joke. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Preste atenção em como cada pessoa diz o nome da Xinyi, todas as vezes. Anote as palavras exatas em torno da piada da “Zoe”. Use a lista de observação.</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.1">
      <source>How many times was Xinyi's name said wrongly, and by whom?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quantas vezes o nome da Xinyi foi dito errado, e por quem?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and was it in public or in private?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos de intervenção (distrair, delegar, documentar, adiar, agir diretamente) quem responde usou, e foi em público ou em particular?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.3">
      <source>Did anyone model the correct pronunciation without making Xinyi the centre of attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém deu o exemplo da pronúncia correta sem colocar a Xinyi no centro das atenções?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.4">
      <source>Did anyone check with Xinyi what she would like, before or after acting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém perguntou à Xinyi o que ela gostaria, antes ou depois de agir?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.5">
      <source>When Martin asked, did the responder give him something specific to do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quando o Marcelo perguntou, quem respondeu deu a ele algo específico para fazer?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.title">
      <source>The quarterly operations review</source>
      <extracomment>Scene heading, shown on the projector (scene quarterly-call).</extracomment>
      <translation>A revisão trimestral de operações</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.narration">
      <source>Forty people are on the video call when Martin hands over: &quot;Great numbers from the north depot. Zin-yee, take us through them?&quot; Xinyi presents, cleanly and quickly. Martin laughs: &quot;Thanks, Zoe. Sorry, Zin-yee. Honestly, can I just call you Zoe? Easier for all of us.&quot; A few people laugh; Xinyi says &quot;Either's fine&quot; and mutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene quarterly-call).</extracomment>
      <translation>Há quarenta pessoas na chamada de vídeo quando o Marcelo passa a palavra: “Números ótimos do centro de distribuição do norte. Zin-i, pode apresentar para a gente?” Xinyi apresenta, de forma clara e rápida. Marcelo ri: “Obrigado, Zoe. Desculpa, Zin-i. Sério, posso te chamar só de Zoe? Fica mais fácil para todo mundo.” Algumas pessoas riem; Xinyi diz “Tanto faz” e fecha o microfone.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.notes">
      <source>Before the scene, tell the group the name is said roughly &quot;Shin-yee&quot;. Keep Martin likeable in your reading; the scenario only works if he is someone participants could imagine working for. Participants may ask &quot;what if Xinyi really does not mind?&quot; Treat it as a real question and point out that nobody on the call asked her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene quarterly-call).</extracomment>
      <translation>Antes da cena, diga ao grupo que o nome se pronuncia mais ou menos “Chin-í”. Na sua leitura, mantenha o Marcelo simpático; o cenário só funciona se ele for alguém para quem o pessoal se imagina trabalhando. Alguém pode perguntar: “E se a Xinyi realmente não se importar?” Trate como uma pergunta legítima e mostre que ninguém na chamada perguntou a ela.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.prompt">
      <source>You are a regional manager, presenting next. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene quarterly-call).</extracomment>
      <translation>Você é gerente regional e apresenta em seguida. O que você faz?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.text">
      <source>Start your own update as planned. She said either was fine.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option carry-on). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>Começo minha apresentação como planejado. Ela disse que tanto faz.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.why">
      <source>Taking her words at face value is understandable on a big call, and it leaves &quot;Zoe&quot; hanging as the accepted version.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option carry-on).</extracomment>
      <translation>Numa chamada grande, é compreensível levar as palavras dela ao pé da letra, e isso deixa “Zoe” no ar como a versão aceita.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.text">
      <source>Send a clapping emoji and &quot;Great update!&quot; in the call chat, and leave the name alone.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option chat-applause). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>Mando um emoji de palmas e “Ótima apresentação!” no chat da chamada e não toco no nome.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.why">
      <source>It is friendly and it acknowledges her work, but the renaming goes unremarked in front of the whole call.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option chat-applause).</extracomment>
      <translation>É simpático e reconhece o trabalho dela, mas o novo nome passa sem comentário diante de toda a chamada.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.text">
      <source>Say nothing on the call; afterwards write on the company intranet about &quot;why leaders should learn everyone's name&quot;, with no mention of Xinyi or Martin.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option names-matter-post). Shown on a phone button: keep it short, about 151 characters like the English.</extracomment>
      <translation>Não digo nada na chamada; depois, escrevo na intranet sobre “por que líderes devem aprender o nome de cada pessoa”, sem citar a Xinyi nem o Marcelo.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.why">
      <source>The message is right and widely seen, but it keeps you safely clear of the actual call and the actual person.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option names-matter-post).</extracomment>
      <translation>A mensagem está certa e tem muito alcance, mas mantém você a uma distância segura da chamada real e da pessoa real.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.text">
      <source>Open your update: &quot;Thanks, Xinyi, and building on your north depot numbers —&quot; saying &quot;Shin-yee&quot; clearly and warmly, then carry on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option say-it-right). Shown on a phone button: keep it short, about 130 characters like the English.</extracomment>
      <translation>Abro minha apresentação: “Ótimo, Xinyi, e aproveitando seus números do centro do norte…”, dizendo “Chin-í” com clareza e simpatia, e sigo.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.why">
      <source>It models the right name in front of everyone, including Martin, without embarrassing anyone or putting Xinyi on the spot.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option say-it-right).</extracomment>
      <translation>Mostra o nome certo na frente de todo mundo, inclusive do Marcelo, sem constranger ninguém nem colocar a Xinyi em evidência.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.title">
      <source>After the call</source>
      <extracomment>Scene heading, shown on the projector (scene call-ends).</extracomment>
      <translation>Depois da chamada</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.narration">
      <source>Your update goes smoothly. By the end of the call, two other people have also called her Zoe, one of them in the chat. The next morning a calendar invite from Martin's office is addressed to &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene call-ends).</extracomment>
      <translation>Sua apresentação corre bem. Até o fim da chamada, outras duas pessoas também a chamam de Zoe, uma delas no chat. Na manhã seguinte, um convite de reunião enviado pela equipe do Marcelo vem endereçado a “Zoe Zhou”.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.notes">
      <source>Point out how fast a new name spreads once a senior person has used it. Keep it brief; the second decision follows.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene call-ends).</extracomment>
      <translation>Mostre como um nome novo se espalha rápido depois que uma pessoa de alto cargo o usa. Seja breve; a segunda decisão vem a seguir.</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.title">
      <source>The call chat</source>
      <extracomment>Scene heading, shown on the projector (scene clapping-chat).</extracomment>
      <translation>O chat da chamada</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.narration">
      <source>A dozen people add clapping emoji under yours. Xinyi reacts with a smile. Martin reads out the chat at the end: &quot;Lovely to see the appreciation for Zoe's team!&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene clapping-chat).</extracomment>
      <translation>Uma dúzia de pessoas acrescenta emojis de palmas embaixo do seu. Xinyi reage com um sorriso. No fim, o Marcelo lê o chat em voz alta: “Que bom ver esse reconhecimento à equipe da Zoe!”</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.notes">
      <source>Participants may feel the chat applause was a real kindness, and it was. Ask what it did about the name, and who noticed that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene clapping-chat).</extracomment>
      <translation>O pessoal pode achar que os aplausos no chat foram uma gentileza de verdade, e foram. Pergunte o que eles fizeram em relação ao nome, e quem percebeu isso.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.title">
      <source>The intranet piece</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-piece).</extracomment>
      <translation>O texto na intranet</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.narration">
      <source>Your post is shared in the leadership newsletter under &quot;voices from the business&quot;. Martin comments: &quot;So important. Guilty as charged!&quot; Xinyi reads it and recognises the call at once, though she is not named. Her calendar invites now say &quot;Zoe&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-piece).</extracomment>
      <translation>Seu post é compartilhado no boletim da liderança, na seção “vozes da empresa”. O Marcelo comenta: “Muito importante. Culpado!” Xinyi lê e reconhece a chamada na hora, embora não seja citada. Os convites de reunião dela agora dizem “Zoe”.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.notes">
      <source>Handle kindly: writing about a problem is often a first step for people. Ask what it would have taken to turn the article into one sentence on the call, or one message to Martin.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-piece).</extracomment>
      <translation>Conduza com gentileza: escrever sobre um problema muitas vezes é um primeiro passo. Pergunte o que teria sido preciso para transformar o artigo em uma frase na chamada, ou em uma mensagem para o Marcelo.</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.title">
      <source>Your update</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>Sua apresentação</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.narration">
      <source>You say &quot;Shin-yee&quot; and carry on. Tomás, presenting after you, says it the same way. Martin frowns slightly, as if listening, and says nothing. Later, Xinyi messages you: &quot;Thank you for that. Nobody ever does.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Você diz “Chin-í” e segue em frente. O Tomás, que apresenta depois de você, diz do mesmo jeito. Marcelo franze um pouco a testa, como quem presta atenção, e não diz nada. Mais tarde, a Xinyi manda uma mensagem para você: “Obrigada por aquilo. Ninguém nunca faz isso.”</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.notes">
      <source>A low-drama intervention with a real effect. Ask what it cost: very little, which is worth noticing. Also ask what it did not address (Martin's joke itself).</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Uma intervenção sem drama e com efeito real. Pergunte quanto custou: muito pouco, e vale notar isso. Pergunte também o que ela não resolveu (a piada do Marcelo em si).</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.title">
      <source>Your skip-level 1:1 with Martin</source>
      <extracomment>Scene heading, shown on the projector (scene martin-asks).</extracomment>
      <translation>Sua conversa individual com o Marcelo, dois níveis acima</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.narration">
      <source>At the end of your monthly catch-up, Martin says, &quot;Odd question. The north depot lead, is it Zin-yee? I never know, and I feel I've left it too late to ask her. She doesn't seem to mind Zoe.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-asks).</extracomment>
      <translation>No fim da conversa mensal, o Marcelo diz: “Pergunta estranha. A líder do centro do norte: é Zin-i? Eu nunca sei, e sinto que já passou da hora de perguntar a ela. Ela não parece se importar com Zoe.”</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.notes">
      <source>This private moment with someone far more senior is where many participants freeze. Acknowledge the power gap out loud. If the group is large, ask for a show of hands on what they would say before the options appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-asks).</extracomment>
      <translation>Este momento em particular com alguém de cargo muito mais alto é onde muita gente trava. Reconheça em voz alta a diferença de poder. Se o grupo for grande, peça que levantem a mão para dizer o que responderiam antes de as opções aparecerem.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.prompt">
      <source>Martin has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene martin-asks).</extracomment>
      <translation>O Marcelo perguntou diretamente a você. O que você diz?</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.text">
      <source>&quot;Honestly, I think she's used to it. I wouldn't worry.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option used-to-it). Shown on a phone button: keep it short, about 55 characters like the English.</extracomment>
      <translation>“Sinceramente, acho que ela já se acostumou. Não se preocupe.”</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.why">
      <source>It spares Martin some discomfort and you some risk, and confirms that the easy version is fine.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option used-to-it).</extracomment>
      <translation>Poupa o Marcelo de um desconforto e você de um risco, e confirma que a versão fácil está boa.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.text">
      <source>&quot;I think it's more like Shin-yee? I'm not completely sure, though.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option not-sure). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>“Acho que é mais tipo Chin-í? Mas não tenho certeza absoluta.”</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.why">
      <source>You answer the question you were asked, but hedge it so much that Martin can file it and carry on.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option not-sure).</extracomment>
      <translation>Você responde à pergunta que ele fez, mas com tanta ressalva que o Marcelo pode arquivar a informação e seguir como antes.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.text">
      <source>&quot;Great question. I actually ran a session on names for my team last year. Happy to send you the slides.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option my-workshop). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>“Ótima pergunta. Aliás, no ano passado fiz uma sessão sobre nomes com minha equipe. Te mando os slides.”</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.why">
      <source>It shows you care about the topic and puts your own work forward, but Martin leaves without the answer, and the &quot;Zoe&quot; joke is never mentioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option my-workshop).</extracomment>
      <translation>Mostra que você se importa com o tema e destaca seu próprio trabalho, mas o Marcelo sai sem a resposta, e ninguém menciona a piada da “Zoe”.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.text">
      <source>&quot;It's Shin-yee Joe. And the 'Zoe' joke landed badly. I think a short word with her, saying it properly and leaving it there, would mean a lot.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option plain-answer). Shown on a phone button: keep it short, about 143 characters like the English.</extracomment>
      <translation>“É Chin-í Djôu. E a piada da ‘Zoe’ caiu mal. Acho que uma palavrinha com ela, dizendo o nome certo e parando por aí, significaria muito.”</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.why">
      <source>You give him the name, the effect and one concrete step, privately, to someone with more power than you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option plain-answer).</extracomment>
      <translation>Você dá a ele o nome, o efeito e um passo concreto, em particular, a alguém com mais poder do que você.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.text">
      <source>Give the same plain answer, then suggest Martin asks the business to add phonetic spellings to staff profiles and meeting invites, and offers to add his own first.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option phonetic-names). Shown on a phone button: keep it short, about 163 characters like the English.</extracomment>
      <translation>Dou a mesma resposta direta e sugiro que o Marcelo peça à empresa para incluir a pronúncia nos perfis e nos convites, começando pelo dele.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.why">
      <source>You use your access to a senior leader to change the system, so correct names do not depend on individuals remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option phonetic-names).</extracomment>
      <translation>Você usa seu acesso a uma liderança sênior para mudar o sistema, para que o nome certo não dependa da memória de cada pessoa.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.narration">
      <source>Everyone above Xinyi now calls her Zoe. New starters assume it is her name. At her appraisal, the form reads &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Todo mundo acima da Xinyi agora a chama de Zoe. Quem acaba de chegar acha que esse é o nome dela. Na avaliação de desempenho, o formulário diz “Zoe Zhou”.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.notes">
      <source>Let the silence work. Ask the group how long it would take for this to become impossible to undo.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene zoe-sticks).</extracomment>
      <translation>Deixe o silêncio trabalhar. Pergunte ao grupo quanto tempo levaria para isso se tornar impossível de desfazer.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene half-fixed).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.narration">
      <source>Martin tries &quot;Shin-yee&quot; once, in a corridor, then slips back to Zoe in the next big meeting. Xinyi has stopped correcting anyone.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene half-fixed).</extracomment>
      <translation>O Marcelo tenta “Chin-í” uma vez, num corredor, e volta para Zoe na reunião grande seguinte. Xinyi parou de corrigir quem quer que seja.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.notes">
      <source>Ask what one extra sentence in the 1:1 might have changed.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene half-fixed).</extracomment>
      <translation>Pergunte o que uma frase a mais na conversa individual poderia ter mudado.</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene slides-sent).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.narration">
      <source>Martin thanks you warmly and says he will look at the slides. He does not. In the next review he says &quot;Zoe&quot; twice, and adds, &quot;I really must learn that name.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene slides-sent).</extracomment>
      <translation>O Marcelo agradece com entusiasmo e diz que vai olhar os slides. Não olha. Na revisão seguinte, diz “Zoe” duas vezes e acrescenta: “Preciso mesmo aprender esse nome.”</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.notes">
      <source>Ask whose needs the answer served. Be gentle; this is an extremely common way to handle a senior person.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene slides-sent).</extracomment>
      <translation>Pergunte a que necessidades a resposta atendeu. Seja gentil; esta é uma forma extremamente comum de lidar com alguém de cargo alto.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene martin-fixes).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.narration">
      <source>Martin is quiet for a second. &quot;Ouch. Right.&quot; The next week he stops Xinyi after a meeting, says her name correctly, and apologises in two sentences. He gets it right on every call afterwards, and once corrects someone else. He is slightly more formal with you for a while.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-fixes).</extracomment>
      <translation>O Marcelo fica em silêncio por um segundo. “Ai. Entendi.” Na semana seguinte, ele para a Xinyi depois de uma reunião, diz o nome dela corretamente e pede desculpas em duas frases. A partir daí, acerta em todas as chamadas e, uma vez, corrige outra pessoa. Por um tempo, ele fica um pouco mais formal com você.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.notes">
      <source>Point out the quality of Martin's apology: short, no excuses, no request for reassurance. Ask the group what it took for the responder to say this upwards, and what might have made it easier.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-fixes).</extracomment>
      <translation>Destaque a qualidade do pedido de desculpas do Marcelo: curto, sem desculpas esfarrapadas, sem pedir para ser tranquilizado. Pergunte ao grupo o que foi preciso para quem respondeu dizer isso a alguém acima, e o que poderia ter facilitado.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene profiles-change).</extracomment>
      <translation>Três meses depois</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.narration">
      <source>Martin likes the idea more than you expected and raises it with the people team. Profiles and invites now carry an optional pronunciation field, and Martin's own is the first example in the announcement. Xinyi adds hers; so do two hundred others in the first week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene profiles-change).</extracomment>
      <translation>O Marcelo gosta da ideia mais do que você esperava e leva o assunto à área de pessoas. Perfis e convites agora têm um campo opcional de pronúncia, e o do próprio Marcelo é o primeiro exemplo no comunicado. Xinyi preenche o dela; duzentas outras pessoas fazem o mesmo na primeira semana.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.notes">
      <source>Ask who else benefits. Then ask the group what a similar small system change would look like in their own organisation, and who they would need to ask.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene profiles-change).</extracomment>
      <translation>Pergunte quem mais se beneficia. Depois pergunte ao grupo como seria uma pequena mudança de sistema parecida na própria organização, e a quem precisariam pedir.</translation>
    </message>
    <message id="mispronounced-name.debrief.what.1">
      <source>How many separate moments were there in this story when someone could have said the name correctly?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Em quantos momentos diferentes desta história alguém poderia ter dito o nome corretamente?</translation>
    </message>
    <message id="mispronounced-name.debrief.what.2">
      <source>What did &quot;Either's fine&quot; mean, do you think, and how sure can anyone be?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Na opinião de vocês, o que queria dizer “Tanto faz”? E até que ponto alguém pode ter certeza?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.1">
      <source>What does it tell a person when a senior colleague decides their name is too much effort?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>O que uma pessoa entende quando alguém de cargo mais alto decide que o nome dela dá trabalho demais?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.2">
      <source>Why is it harder to correct someone two levels above you, and what makes it possible anyway?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que é mais difícil corrigir alguém dois níveis acima de você, e o que torna isso possível mesmo assim?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.1">
      <source>Whose name in your own organisation are you not sure you say correctly, and how will you find out without burdening them?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>De quem, na sua organização, você não tem certeza de pronunciar o nome corretamente, e como vai descobrir sem sobrecarregar essa pessoa?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.2">
      <source>What would you say, in one sentence, if a senior person got a colleague's name wrong in front of you?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>O que você diria, em uma frase, se alguém de cargo alto errasse o nome de alguém da equipe na sua frente?</translation>
    </message>
    <message id="mispronounced-name.sources.1.title">
      <source>Workplace allyship practice: calmly correct a mispronounced name</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: corrigir com calma um nome pronunciado errado</translation>
    </message>
    <message id="mispronounced-name.sources.1.note">
      <source>Built on the practice of saying a colleague's name properly and correcting mispronunciation without making a scene.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Construído a partir da prática de dizer corretamente o nome de colegas e de corrigir a pronúncia errada sem fazer cena.</translation>
    </message>
    <message id="mispronounced-name.sources.2.title">
      <source>Workplace allyship practice: use your access upwards</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: usar seu acesso a quem está acima de você</translation>
    </message>
    <message id="nobody-in-the-room.title">
      <source>The quiet room nobody in the meeting uses</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>A sala de silêncio que ninguém da reunião usa</translation>
    </message>
    <message id="nobody-in-the-room.summary">
      <source>At the end of an overrunning site committee meeting, facilities proposes turning the quiet room into meeting pods because it always looks empty. Nobody at the table prays at work, expresses milk or needs somewhere dark to sit out a migraine. A committee member decides whether to let it through, and later faces either the people affected or a tidy compromise that ignores what they said.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>No fim de uma reunião do comitê da unidade que já passou do horário, a área de facilities propõe transformar a sala de silêncio em cabines de reunião, porque ela sempre parece vazia. Ninguém à mesa reza no trabalho, tira leite materno ou precisa de um lugar escuro para esperar passar uma enxaqueca. Uma integrante do comitê decide se deixa a proposta passar e, mais tarde, encara as pessoas afetadas ou um meio-termo arrumadinho que ignora o que elas disseram.</translation>
    </message>
    <message id="nobody-in-the-room.content_note">
      <source>This role-play includes a quiet room, used for prayer, expressing milk and sitting out migraines, being taken over for meetings without asking the people who rely on it.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra uma sala de silêncio, usada para rezar, tirar leite materno ou esperar passar uma enxaqueca, sendo transformada em espaço de reunião sem consultar quem depende dela.</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.name">
      <source>Sinéad Gallagher, head of finance and site committee member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sinead).</extracomment>
      <translation>Sinéad Gallagher, diretora financeira e integrante do comitê da unidade</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.brief">
      <source>You have never used the quiet room and don't really know who does. You have a reputation on the committee for being practical and not making a fuss. You want the meeting to end as much as anyone; you also have a vague sense that &quot;always empty&quot; might not be the whole story.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sinead).</extracomment>
      <translation>Você nunca usou a sala de silêncio e não sabe bem quem usa. No comitê, você tem fama de prática e de não criar caso. Você quer que a reunião acabe tanto quanto qualquer pessoa; ao mesmo tempo, tem uma vaga sensação de que “sempre vazia” talvez não seja a história toda.</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.name">
      <source>Marcus Webb, facilities manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marcus).</extracomment>
      <translation>Marcus Webb, gerente de facilities</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.brief">
      <source>You have been asked for more meeting space for six months and finally have a plan and builders booked for Monday. You walk past the quiet room most mornings around ten and it is always empty. You are not against anyone; you simply haven't asked who uses it. If someone gives you specifics, you take them seriously. If you feel your judgement is being questioned in public, you get prickly.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marcus).</extracomment>
      <translation>Há seis meses pedem a você mais espaço para reuniões, e finalmente você tem um plano e uma obra marcada para segunda-feira. Você passa pela sala de silêncio quase toda manhã por volta das dez, e ela está sempre vazia. Você não é contra ninguém; só não perguntou quem a usa. Se alguém trouxer informações concretas, você leva a sério. Se sentir que seu julgamento está sendo questionado em público, fica na defensiva.</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.name">
      <source>Hiroko Sato, operations director and committee chair</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hiroko).</extracomment>
      <translation>Hiroko Sato, diretora de operações e presidente do comitê</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.brief">
      <source>You want decisions made and meetings finished on time, and you are impatient with process for its own sake. You are fair, though: a concrete, time-limited proposal will get a yes from you, while a general appeal to &quot;consult more&quot; will get a sigh.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hiroko).</extracomment>
      <translation>Você quer decisões tomadas e reuniões terminando no horário, e tem pouca paciência com processo pelo processo. Mas você é justa: uma proposta concreta e com prazo recebe um sim; um apelo genérico para “consultar mais” recebe um suspiro.</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.name">
      <source>Imran Chaudhry, warehouse shift leader</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role imran).</extracomment>
      <translation>Imran Chaudhry, líder de turno do armazém</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.brief">
      <source>You use the quiet room to pray at around one and four on every shift. Leah, back from maternity leave, uses it to express milk, and Jonah uses it when a migraine hits. You are not on the committee. You don't want to speak for every Muslim or every user, but you do want to be asked, and you want the others asked too. If you are invited to the committee, say plainly what you need: the timing, a lock, somewhere to wash.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role imran).</extracomment>
      <translation>Você usa a sala de silêncio para rezar por volta de uma e de quatro horas em todo turno. A Leah, que voltou da licença-maternidade, usa a sala para tirar leite, e o Jonah a usa quando tem uma crise de enxaqueca. Você não faz parte do comitê. Não quer falar em nome de todos os muçulmanos nem de todas as pessoas que usam a sala, mas quer ser consultado, e quer que as outras pessoas também sejam. Se for convidado ao comitê, diga com clareza do que precisa: os horários, uma fechadura, um lugar para se lavar.</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.brief">
      <source>Watch who speaks about the room's users and whether any users ever speak for themselves. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe quem fala sobre as pessoas que usam a sala e se alguma delas chega a falar por si mesma. Use a lista de observação.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.1">
      <source>Did anyone ask who uses the room before the decision? Who, and how long into the item?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém perguntou quem usa a sala antes da decisão? Quem, e depois de quanto tempo de discussão do item?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.2">
      <source>When the users' needs were mentioned, were they described by the users or on their behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quando as necessidades de quem usa a sala foram mencionadas, foram descritas por essas pessoas ou em nome delas?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.3">
      <source>Which of the five moves appeared: distract, delegate, document, delay, direct? In a decision meeting, delay (holding an item) and document (what goes in the decision log) are often the most powerful.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos apareceu: distrair, delegar, documentar, adiar, agir diretamente? Numa reunião de decisão, adiar (segurar um item) e documentar (o que entra no registro de decisões) costumam ser os mais poderosos.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.4">
      <source>Was a fix proposed only for this room, or for how such decisions are made in future?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Foi proposta uma solução só para esta sala ou para a forma como decisões assim serão tomadas no futuro?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.5">
      <source>What did each choice cost Sinéad, Marcus and Hiroko, and what did the quiet choices cost Imran, Leah and Jonah?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quanto cada escolha custou à Sinéad, ao Marcus e à Hiroko, e quanto as escolhas silenciosas custaram ao Imran, à Leah e ao Jonah?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.title">
      <source>Any other business</source>
      <extracomment>Scene heading, shown on the projector (scene committee).</extracomment>
      <translation>Assuntos gerais</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.narration">
      <source>The site committee is twenty minutes over time when Marcus Webb reaches the last item. &quot;Quick one: we're turning the first-floor quiet room into two bookable meeting pods, because every time I walk past it's empty and we're desperate for space. Builders can start Monday; any objections?&quot; Nobody at the table prays at work, is breastfeeding, or has ever needed to sit in the dark through a migraine. Hiroko Sato has her pen over the decision log.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene committee).</extracomment>
      <translation>O comitê da unidade já passou vinte minutos do horário quando o Marcus Webb chega ao último item. “Rapidinho: vamos transformar a sala de silêncio do primeiro andar em duas cabines de reunião para reservar, porque toda vez que eu passo lá está vazia e estamos desesperados por espaço. A obra pode começar na segunda; alguma objeção?” Ninguém à mesa reza no trabalho, está amamentando ou já precisou ficar no escuro esperando passar uma enxaqueca. A Hiroko Sato está com a caneta sobre o registro de decisões.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.notes">
      <source>Read Marcus's line briskly; the speed is part of the problem. Give the group ninety seconds. Participants often say &quot;I'd have asked&quot;, which is easy to say with the narration in front of you; ask them how often they have held up the last item of an overrunning meeting.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene committee).</extracomment>
      <translation>Leia a fala do Marcus num ritmo apressado; a pressa faz parte do problema. Dê noventa segundos ao grupo. As pessoas costumam dizer “eu teria perguntado”, o que é fácil com a narração na sua frente; pergunte quantas vezes já seguraram o último item de uma reunião atrasada.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.prompt">
      <source>You are Sinéad. Hiroko is about to write &quot;agreed&quot;. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene committee).</extracomment>
      <translation>Você é a Sinéad. A Hiroko está prestes a escrever “aprovado”. O que você faz?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.text">
      <source>Say nothing. It's a facilities decision, the meeting has overrun, and you don't use the room.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option say-nothing). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Não digo nada. É uma decisão de facilities, a reunião já atrasou, e eu não uso a sala.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.why">
      <source>Not using the room makes it hard to see what is at stake, which is exactly why silence lets through a decision its users never heard about.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option say-nothing).</extracomment>
      <translation>Não usar a sala dificulta ver o que está em jogo, e é exatamente por isso que o silêncio deixa passar uma decisão de que quem usa a sala nunca ouviu falar.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.text">
      <source>&quot;Fine by me, as long as people still have somewhere to go.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option fine-if). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>“Por mim tudo bem, desde que as pessoas ainda tenham para onde ir.”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.why">
      <source>The caveat shows you care. But it is vague enough to be met with anything, and still nobody asks the people who use the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option fine-if).</extracomment>
      <translation>A ressalva mostra que você se importa. Mas é vaga o bastante para ser atendida com qualquer coisa, e ainda assim ninguém pergunta a quem usa a sala.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.text">
      <source>&quot;Before we agree: who actually uses that room, and has anyone asked them? I'd rather we held this for a week and found out.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option hold-and-ask). Shown on a phone button: keep it short, about 124 characters like the English.</extracomment>
      <translation>“Antes de aprovar: quem de fato usa essa sala, e alguém perguntou a essas pessoas? Prefiro segurar isso uma semana e descobrir.”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.why">
      <source>You slow the decision and ask the question the room skipped, knowing you will probably be handed the job of finding out.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option hold-and-ask).</extracomment>
      <translation>Você desacelera a decisão e faz a pergunta que a sala pulou, sabendo que provavelmente a tarefa de descobrir vai ficar com você.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.text">
      <source>&quot;Let's hold it, and let's change how we make these calls. Any change to a space people rely on goes to its users and the staff networks before it comes here. I'll draft that, and we'll hear from the users next week.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option change-the-rule). Shown on a phone button: keep it short, about 216 characters like the English.</extracomment>
      <translation>“Vamos segurar isso e mudar o jeito como decidimos essas coisas. Qualquer mudança num espaço de que as pessoas dependem passa por quem o usa e pelos grupos de afinidade antes de vir para cá. Eu faço a minuta, e ouvimos quem usa a sala semana que vem.”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.why">
      <source>You deal with this decision and with the gap in the process that let it get this far, using your seat to make asking routine instead of a favour.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option change-the-rule).</extracomment>
      <translation>Você cuida desta decisão e da falha no processo que a deixou chegar até aqui, usando seu lugar no comitê para tornar a consulta uma rotina, e não um favor.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.title">
      <source>An alternative space</source>
      <extracomment>Scene heading, shown on the projector (scene storeroom).</extracomment>
      <translation>Um espaço alternativo</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.narration">
      <source>Hiroko writes: &quot;Agreed. Facilities to ensure alternative space.&quot; Marcus finds some: a corner of the old stationery store on the ground floor, with a curtain and no lock. Nobody who uses the quiet room is told until the works notice goes up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene storeroom).</extracomment>
      <translation>A Hiroko escreve: “Aprovado. Facilities deve garantir espaço alternativo.” O Marcus encontra um: um canto do antigo depósito de material de escritório, no térreo, com uma cortina e sem fechadura. Ninguém que usa a sala de silêncio fica sabendo até o aviso da obra ser afixado.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.notes">
      <source>Brief scene. Ask the group whether &quot;somewhere to go&quot; was met. Technically, yes. That gap between the letter and the need is worth a sentence, not a lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene storeroom).</extracomment>
      <translation>Cena curta. Pergunte ao grupo se “ter para onde ir” foi atendido. Tecnicamente, sim. Essa distância entre a letra e a necessidade merece uma frase, não uma palestra.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.title">
      <source>Friday, at the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Sexta-feira, na máquina de café</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.narration">
      <source>On Friday afternoon a notice goes up on the quiet-room door: works begin Monday. Imran Chaudhry, a warehouse shift leader, catches Sinéad at the coffee machine. &quot;Were you in that meeting? I use that room twice a shift. So does Leah since she came back from maternity leave, and Jonah when his migraines hit. Nobody asked any of us.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Na sexta à tarde, um aviso aparece na porta da sala de silêncio: a obra começa na segunda. O Imran Chaudhry, líder de turno do armazém, encontra a Sinéad na máquina de café. “Você estava naquela reunião? Eu uso aquela sala duas vezes por turno. A Leah também, desde que voltou da licença-maternidade, e o Jonah quando tem crise de enxaqueca. Ninguém perguntou nada pra gente.”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.notes">
      <source>If you have an Imran role-player, let them deliver the line and then wait. The silence after it is useful. Watch for Sinéad's role-player reaching for &quot;it wasn't my decision&quot;; ask the room whether that is true.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Se houver alguém no papel do Imran, deixe essa pessoa dizer a fala e depois espere. O silêncio depois dela é útil. Fique de olho se quem faz o papel da Sinéad recorrer a “não foi decisão minha”; pergunte à sala se isso é verdade.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.prompt">
      <source>You are Sinéad. Imran is waiting for an answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Você é a Sinéad. O Imran está esperando uma resposta. O que você faz?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.text">
      <source>&quot;I'm sorry, it's really a facilities decision. You'd need to take it up with Marcus.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option not-my-call). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>“Sinto muito, é uma decisão de facilities mesmo. Você teria que falar com o Marcus.”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.why">
      <source>It's true that Marcus owns the plan. But you were in the room, and pointing Imran elsewhere leaves him to start from scratch, alone, over a weekend.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option not-my-call).</extracomment>
      <translation>É verdade que o plano é do Marcus. Mas você estava na sala, e mandar o Imran procurar outra pessoa o deixa recomeçando do zero, sozinho, num fim de semana.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.text">
      <source>&quot;That's rubbish, I'm sorry. I honestly didn't know anyone used it.&quot; Then head back to your desk.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option sympathise). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>“Que droga, sinto muito. Sinceramente, eu não sabia que alguém usava.” E volto para a minha mesa.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.why">
      <source>The sympathy is genuine and the honesty helps. But nothing about Monday changes, and Imran leaves knowing only that you feel bad.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option sympathise).</extracomment>
      <translation>A solidariedade é verdadeira, e a sinceridade ajuda. Mas nada muda para segunda-feira, e o Imran vai embora sabendo apenas que você se sente mal.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.text">
      <source>&quot;Leave it with me.&quot; Later, post in the all-staff channel about how much the company values faith and wellbeing, and say that alternatives are being looked at.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option post-message). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>“Deixa comigo.” Mais tarde, posto no canal geral sobre o quanto a empresa valoriza a fé e o bem-estar, dizendo que alternativas estão sendo estudadas.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.why">
      <source>The post is public and kindly meant, and it sounds like action. Nothing is actually being looked at, and the people who use the room will see that first.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option post-message).</extracomment>
      <translation>O post é público e bem-intencionado, e soa como ação. Nada está sendo estudado de fato, e quem usa a sala vai ser o primeiro a perceber.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.text">
      <source>&quot;I was there, and I didn't ask who uses it. That's on me. I'll ask Hiroko today to pause Monday's works. Would you, Leah and Jonah tell the committee what you need, or tell me and I'll pass it on word for word?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option own-and-pause). Shown on a phone button: keep it short, about 211 characters like the English.</extracomment>
      <translation>“Eu estava lá e não perguntei quem usa. Isso é responsabilidade minha. Hoje vou pedir à Hiroko que suspenda a obra de segunda. Você, a Leah e o Jonah contariam ao comitê do que precisam, ou preferem me contar e eu repasso palavra por palavra?”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.why">
      <source>You own your part without excuses, act before Monday, and let the users choose how they are heard.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option own-and-pause).</extracomment>
      <translation>Você assume a sua parte sem desculpas, age antes de segunda-feira e deixa quem usa a sala escolher como quer ser ouvido.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.title">
      <source>One week</source>
      <extracomment>Scene heading, shown on the projector (scene held).</extracomment>
      <translation>Uma semana</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.narration">
      <source>Hiroko sighs: &quot;We've been talking about meeting space for six months.&quot; She agrees to hold the item for a week and, since Sinéad raised it, asks her to find out who uses the room. Marcus looks less than pleased. Over three days Sinéad talks to Imran, to Leah, back from maternity leave, and to Jonah, who gets migraines; none of them had heard about the plan.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene held).</extracomment>
      <translation>A Hiroko suspira: “Faz seis meses que a gente fala de espaço para reunião.” Ela concorda em segurar o item por uma semana e, como foi a Sinéad quem levantou a questão, pede a ela que descubra quem usa a sala. O Marcus não parece nada satisfeito. Em três dias, a Sinéad conversa com o Imran, com a Leah, que voltou da licença-maternidade, e com o Jonah, que tem enxaquecas; nenhum deles tinha ouvido falar do plano.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.notes">
      <source>Name the cost: Sinéad now has homework and a slightly cooler facilities manager. Ask the group whether they would have raised it knowing they'd be given the job.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene held).</extracomment>
      <translation>Dê nome ao custo: agora a Sinéad tem lição de casa e um gerente de facilities um pouco mais frio. Pergunte ao grupo se teriam levantado a questão sabendo que a tarefa ficaria com eles.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.title">
      <source>Not every broom cupboard</source>
      <extracomment>Scene heading, shown on the projector (scene rule-proposed).</extracomment>
      <translation>Nem todo armário de vassoura</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.narration">
      <source>Hiroko pushes back: &quot;I'm not adding a consultation stage for every broom cupboard.&quot; They settle on a one-week hold and a draft rule covering rooms used for faith, health or care. Marcus mutters that facilities will need permission to move a chair. Sinéad spends two evenings drafting the rule and meeting the room's users, who tell her they would rather speak for themselves than through her.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene rule-proposed).</extracomment>
      <translation>A Hiroko resiste: “Não vou criar uma etapa de consulta para cada armário de vassoura.” Eles chegam a um acordo: segurar o item por uma semana e uma minuta de regra para salas usadas para fé, saúde ou cuidado. O Marcus resmunga que facilities vai precisar de autorização para mudar uma cadeira de lugar. A Sinéad passa duas noites escrevendo a regra e conversando com quem usa a sala, e essas pessoas dizem que preferem falar por si mesmas a falar por meio dela.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.notes">
      <source>The users' last line matters. Advocacy that ends with Sinéad speaking for everyone has missed something. Flag it, and see whether the group picks it up at the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene rule-proposed).</extracomment>
      <translation>A última frase de quem usa a sala importa. Uma defesa de causa que termina com a Sinéad falando por todo mundo deixou escapar alguma coisa. Aponte isso e veja se o grupo retoma o ponto na próxima decisão.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.title">
      <source>A sensible middle ground</source>
      <extracomment>Scene heading, shown on the projector (scene reconvened).</extracomment>
      <translation>Um meio-termo sensato</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.narration">
      <source>A week later the committee meets again. Marcus has a compromise: keep the quiet room, but make it a bookable meeting pod from nine to five, with quiet use &quot;outside core hours&quot;. Imran's prayers fall at around one and four on every shift. Hiroko looks round the table: &quot;That sounds like a sensible middle ground. Shall we?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene reconvened).</extracomment>
      <translation>Uma semana depois, o comitê se reúne de novo. O Marcus traz um meio-termo: manter a sala de silêncio, mas transformá-la em cabine de reunião reservável das nove às cinco, com uso silencioso “fora do horário principal”. As orações do Imran são por volta de uma e de quatro horas, em todo turno. A Hiroko olha em volta da mesa: “Parece um meio-termo sensato. Vamos?”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.notes">
      <source>Three minutes. This is the more sophisticated trap: a compromise that sounds reasonable and quietly ignores what the consultation found. If nobody spots the timing clash, read the third sentence again, slowly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene reconvened).</extracomment>
      <translation>Três minutos. Esta é a armadilha mais sofisticada: um meio-termo que parece razoável e, sem alarde, ignora o que a consulta descobriu. Se ninguém perceber o choque de horários, leia de novo a terceira frase, devagar.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.prompt">
      <source>You are Sinéad. The compromise is about to be agreed. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene reconvened).</extracomment>
      <translation>Você é a Sinéad. O meio-termo está prestes a ser aprovado. O que você faz?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.text">
      <source>Accept the compromise. You have already held the item once and don't want to be the one who blocks it twice.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option accept). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>Aceito o meio-termo. Já segurei o item uma vez e não quero ser quem bloqueia duas vezes.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.why">
      <source>Not wanting to be &quot;difficult&quot; twice is understandable. But the compromise rules out exactly the hours the room is needed, and everyone at the table has now been told so.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option accept).</extracomment>
      <translation>Não querer ser “a difícil” duas vezes é compreensível. Mas o meio-termo exclui justamente os horários em que a sala é necessária, e agora todo mundo à mesa já foi avisado disso.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.text">
      <source>&quot;Great outcome. Let's put this in the newsletter as an example of us listening to staff.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option praise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>“Ótimo resultado. Vamos colocar isso no boletim interno como exemplo de que ouvimos as pessoas.”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.why">
      <source>It celebrates the consultation while the decision ignores what the consultation found, and the people who were consulted read the newsletter too.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option praise).</extracomment>
      <translation>Celebra a consulta enquanto a decisão ignora o que a consulta descobriu, e as pessoas consultadas também leem o boletim.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.text">
      <source>&quot;The people who use it told me when: around one and four, on every shift. Nine to five rules them out. Before we agree anything, can we hear from Imran directly?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option bring-the-facts). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>“Quem usa a sala me disse quando: por volta de uma e de quatro, em todo turno. Das nove às cinco exclui essas pessoas. Antes de aprovar qualquer coisa, podemos ouvir o Imran diretamente?”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.why">
      <source>You put the specific facts in front of the room and ask for the people affected to speak for themselves, instead of letting a tidy compromise stand in for listening.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option bring-the-facts).</extracomment>
      <translation>Você coloca os fatos concretos diante da sala e pede que as pessoas afetadas falem por si mesmas, em vez de deixar um meio-termo arrumadinho tomar o lugar da escuta.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.text">
      <source>&quot;Let's not split this room. Marcus, the boardroom is empty most afternoons; could the pods go there? And I'd like us to adopt the consultation rule today, so the next room change doesn't depend on someone happening to ask.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option redesign). Shown on a phone button: keep it short, about 223 characters like the English.</extracomment>
      <translation>“Não vamos dividir esta sala. Marcus, a sala de reuniões da diretoria fica vazia quase toda tarde; as cabines não poderiam ir para lá? E eu queria aprovar hoje a regra de consulta, para a próxima mudança de sala não depender de alguém por acaso perguntar.”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.why">
      <source>You offer a better alternative using space the committee itself controls, and lock in the process change so it outlasts this case.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option redesign).</extracomment>
      <translation>Você oferece uma alternativa melhor usando um espaço que o próprio comitê controla e garante a mudança de processo para que ela dure além deste caso.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.title">
      <source>Booked solid</source>
      <extracomment>Scene heading, shown on the projector (scene end-pods).</extracomment>
      <translation>Agenda lotada</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.narration">
      <source>The pods open a fortnight later and are booked solid. Imran prays in a stairwell between shifts, and Leah expresses milk in her car. In the next staff survey, agreement that &quot;decisions here take people like me into account&quot; drops twelve points at the warehouse.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pods).</extracomment>
      <translation>As cabines abrem duas semanas depois e ficam com a agenda lotada. O Imran reza numa escada entre um turno e outro, e a Leah tira leite dentro do carro. Na pesquisa de clima seguinte, a concordância com “as decisões aqui levam em conta pessoas como eu” cai doze pontos no armazém.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.notes">
      <source>Let the group sit with this for a moment. Then ask: at what point could this still have been stopped, and by whom?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pods).</extracomment>
      <translation>Deixe o grupo ficar com isso por um momento. Depois pergunte: em que momento isso ainda poderia ter sido evitado, e por quem?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.title">
      <source>Thinking about it</source>
      <extracomment>Scene heading, shown on the projector (scene end-sorry).</extracomment>
      <translation>Pensando no assunto</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.narration">
      <source>Imran thanks her for listening and goes back to the floor. The works go ahead on Monday. Sinéad thinks about it more than once over the following weeks, but it never becomes a sentence in a meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sorry).</extracomment>
      <translation>O Imran agradece por ela ter ouvido e volta para o armazém. A obra começa na segunda. A Sinéad pensa no assunto mais de uma vez nas semanas seguintes, mas isso nunca vira uma frase numa reunião.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.title">
      <source>Reactions from one floor</source>
      <extracomment>Scene heading, shown on the projector (scene end-posted).</extracomment>
      <translation>Reações de um só andar</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.narration">
      <source>The post gets plenty of reactions from the office floors and none from the warehouse. The works go ahead. A week later Imran asks Sinéad what happened with the alternatives, and she has no answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-posted).</extracomment>
      <translation>O post recebe muitas reações dos andares do escritório e nenhuma do armazém. A obra acontece. Uma semana depois, o Imran pergunta à Sinéad o que aconteceu com as alternativas, e ela não tem resposta.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.notes">
      <source>If the participant who chose this is uncomfortable, acknowledge that the post felt like doing something. Ask what a single phone call to Hiroko would have cost by comparison.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-posted).</extracomment>
      <translation>Se quem escolheu esta opção ficar desconfortável, reconheça que o post pareceu uma forma de fazer alguma coisa. Pergunte quanto teria custado, em comparação, uma única ligação para a Hiroko.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.title">
      <source>A two-week pause</source>
      <extracomment>Scene heading, shown on the projector (scene end-paused).</extracomment>
      <translation>Uma pausa de duas semanas</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.narration">
      <source>Hiroko is annoyed, since the builders charge a cancellation fee, but she agrees to a two-week pause. Imran, Leah and Jonah meet Marcus together, and it turns out the room is empty at ten because everyone uses it at lunchtime and mid-afternoon. The pods go into an underused storeroom instead, and the quiet room gets a lock and a small sink.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-paused).</extracomment>
      <translation>A Hiroko fica irritada, porque a empreiteira cobra multa de cancelamento, mas concorda com uma pausa de duas semanas. O Imran, a Leah e o Jonah se reúnem com o Marcus, e descobre-se que a sala fica vazia às dez porque todo mundo a usa na hora do almoço e no meio da tarde. As cabines vão para um depósito pouco usado, e a sala de silêncio ganha uma fechadura e uma pequena pia.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.notes">
      <source>Point out that the fix came from the users, not from Sinéad; her part was to stop the clock and get them into the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-paused).</extracomment>
      <translation>Mostre que a solução veio de quem usa a sala, não da Sinéad; o papel dela foi parar o relógio e colocar essas pessoas na sala.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.title">
      <source>A pod by day</source>
      <extracomment>Scene heading, shown on the projector (scene end-split).</extracomment>
      <translation>Cabine durante o dia</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.narration">
      <source>The room becomes a pod by day. Within a fortnight it is booked at one o'clock most days, and Imran stops asking for it to be freed. The consultation Sinéad ran appears in the minutes as &quot;completed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-split).</extracomment>
      <translation>A sala vira cabine durante o dia. Em duas semanas, ela está reservada à uma da tarde quase todos os dias, e o Imran para de pedir que a liberem. A consulta que a Sinéad conduziu aparece na ata como “concluída”.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.notes">
      <source>Ask the group: was this consultation better or worse than none at all, from Imran's point of view?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-split).</extracomment>
      <translation>Pergunte ao grupo: do ponto de vista do Imran, esta consulta foi melhor ou pior do que nenhuma?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.title">
      <source>In the newsletter</source>
      <extracomment>Scene heading, shown on the projector (scene end-newsletter).</extracomment>
      <translation>No boletim interno</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.narration">
      <source>The newsletter piece runs with a photo of the committee. Leah reads it in her car, where she now expresses milk between nine and five. Imran forwards it to Sinéad with one line: &quot;Listening to who?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-newsletter).</extracomment>
      <translation>A matéria sai no boletim com uma foto do comitê. A Leah lê dentro do carro, onde agora tira leite entre nove e cinco. O Imran encaminha a matéria para a Sinéad com uma única linha: “Ouvimos quem?”</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.title">
      <source>Four minutes from Imran</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Quatro minutos do Imran</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.narration">
      <source>Imran speaks for four minutes, plainly, and the committee sees that the room is busiest exactly when the compromise would lock it. The pods are put on hold while Marcus looks for other space, and the sales team grumbles loudly through a month of cramped meetings. The quiet room stays as it is.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>O Imran fala por quatro minutos, com clareza, e o comitê vê que a sala fica mais cheia exatamente nos horários em que o meio-termo a bloquearia. As cabines ficam em espera enquanto o Marcus procura outro espaço, e a equipe de vendas reclama alto durante um mês de reuniões apertadas. A sala de silêncio continua como está.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.title">
      <source>The boardroom, three afternoons a week</source>
      <extracomment>Scene heading, shown on the projector (scene end-rule).</extracomment>
      <translation>A sala da diretoria, três tardes por semana</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.narration">
      <source>Hiroko gives up the boardroom three afternoons a week, not graciously. The rule is adopted with one amendment from Marcus, a five-day limit so it can't stall facilities for months, which is a fair point. Six months later, a plan to move the first-aid room goes to its users first, and nobody has to remember to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-rule).</extracomment>
      <translation>A Hiroko cede a sala de reuniões da diretoria três tardes por semana, não de muito bom grado. A regra é aprovada com uma emenda do Marcus, um limite de cinco dias para que ela não trave facilities por meses, o que é justo. Seis meses depois, um plano de mudar a sala de primeiros socorros de lugar passa primeiro por quem a usa, e ninguém precisa se lembrar de perguntar.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.notes">
      <source>Highlight Marcus's amendment: the person who nearly caused the harm improved the fix. That is what it looks like when a process change brings people with it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-rule).</extracomment>
      <translation>Destaque a emenda do Marcus: a pessoa que quase causou o dano melhorou a solução. É assim que fica uma mudança de processo que traz as pessoas junto.</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.1">
      <source>Who was affected by the decision, and at what point did any of them get to speak?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Quem foi afetado pela decisão, e em que momento alguma dessas pessoas pôde falar?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.2">
      <source>What did &quot;always empty&quot; turn out to mean?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que “sempre vazia” acabou querendo dizer?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.1">
      <source>Why do decisions that affect absent people feel so uncontroversial in the room?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que decisões que afetam pessoas ausentes parecem tão pouco polêmicas dentro da sala?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.2">
      <source>What is the difference between consulting people and deciding what they said?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qual é a diferença entre consultar as pessoas e decidir o que elas disseram?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.1">
      <source>In your next decision meeting, which item could affect people who aren't at the table? How will you find out?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Na sua próxima reunião de decisão, que item pode afetar pessoas que não estão à mesa? Como você vai descobrir?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.2">
      <source>What one line could you add to a process you own so that the people affected are asked by default?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que frase você poderia acrescentar a um processo sob sua responsabilidade para que as pessoas afetadas sejam consultadas por padrão?</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.title">
      <source>Workplace allyship practice: notice who is absent when a decision is made, and bring the people affected into it</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: perceber quem está ausente quando uma decisão é tomada e trazer as pessoas afetadas para dentro dela</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.note">
      <source>Drawn from writing on systemic allyship and on the private moments, such as a meeting with nobody from the affected group present, where a biased decision is easiest to make.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado em textos sobre aliança sistêmica e sobre os momentos privados, como uma reunião sem ninguém do grupo afetado, em que é mais fácil tomar uma decisão enviesada.</translation>
    </message>
    <message id="owning-a-mistake.title">
      <source>Corrected in front of the room</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Corrigido na frente de todo mundo</translation>
    </message>
    <message id="owning-a-mistake.summary">
      <source>During a product demo, a product manager uses an outdated phrase about wheelchair users and is corrected, kindly and in public, by the team's accessibility specialist. The group decides how he responds in the moment, and then what he does when a senior colleague tries to reassure him and the phrase turns out to be all over the product's help text.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Durante uma demonstração de produto, um gerente de produto usa uma expressão ultrapassada sobre pessoas que usam cadeira de rodas e é corrigido, com gentileza e em público, pela especialista em acessibilidade da equipe. O grupo decide como ele reage na hora e depois o que faz quando um colega sênior tenta tranquilizá-lo e a expressão aparece por todo o texto de ajuda do produto.</translation>
    </message>
    <message id="owning-a-mistake.content_note">
      <source>This role-play includes an outdated phrase about wheelchair users said in a meeting, a wheelchair user correcting it, and a senior colleague dismissing the correction as oversensitive.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra uma expressão ultrapassada sobre pessoas que usam cadeira de rodas dita numa reunião, uma colega cadeirante corrigindo a frase e um colega sênior tratando a correção como exagero.</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.name">
      <source>Rafael Herrera, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role rafael).</extracomment>
      <translation>Rafael Herrera, gerente de produto</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.brief">
      <source>You are demoing a feature you are proud of: a filter that helps customers find accessible seating at venues. You have said &quot;confined to a wheelchair&quot; for years without thinking about it. When Ngozi corrects you, your face goes hot and your first instinct is to explain. Let the group decide what you actually say.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role rafael).</extracomment>
      <translation>Você está demonstrando uma funcionalidade de que se orgulha: um filtro que ajuda clientes a encontrar lugares acessíveis em casas de espetáculo. Você diz “preso a uma cadeira de rodas” há anos sem pensar nisso. Quando a Ngozi corrige você, seu rosto esquenta e seu primeiro impulso é se explicar. Deixe o grupo decidir o que você realmente diz.</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.name">
      <source>Ngozi Eze, accessibility specialist</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ngozi).</extracomment>
      <translation>Ngozi Eze, especialista em acessibilidade</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.brief">
      <source>You use a wheelchair. You correct the phrase once, briefly and kindly, because it will otherwise end up in customer-facing text. You do not want a long apology and you do not want to comfort Rafael. You have a real point to make about step-free routes from venue entrances. You are tired of being asked to check everyone's language for free.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ngozi).</extracomment>
      <translation>Você usa cadeira de rodas. Você corrige a expressão uma vez, de forma breve e gentil, porque senão ela vai acabar num texto para clientes. Você não quer um longo pedido de desculpas e não quer consolar o Rafael. Você tem um ponto de verdade a levantar sobre rotas sem degraus a partir das entradas dos locais. Você está cansada de ser chamada para revisar a linguagem de todo mundo de graça.</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.name">
      <source>Brendan O'Connor, engineering director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brendan).</extracomment>
      <translation>Bruno Oliveira, diretor de engenharia</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.brief">
      <source>You like Rafael and want to make him feel better after an awkward moment. Your way of doing that is to say the world has got oversensitive. You are not malicious; you simply haven't thought about it much. If someone disagrees with you kindly, you listen. If you are lectured, you bristle.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brendan).</extracomment>
      <translation>Você gosta do Rafael e quer que ele se sinta melhor depois de um momento constrangedor. Seu jeito de fazer isso é dizer que o mundo ficou sensível demais. Você não tem má intenção; só nunca pensou muito no assunto. Se alguém discordar de você com gentileza, você escuta. Se receber um sermão, você se irrita.</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.brief">
      <source>Time Rafael's response to the correction, in seconds, and note whose feelings the room ends up attending to. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Cronometre, em segundos, a resposta do Rafael à correção e anote com os sentimentos de quem a sala acaba se ocupando. Use a lista de observação.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.1">
      <source>How long did Rafael's response to the correction take, and how much of it was about his own intent or feelings?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quanto tempo durou a resposta do Rafael à correção, e quanto dela foi sobre a intenção ou os sentimentos dele?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.2">
      <source>Did the apology include an &quot;if&quot;, a &quot;but&quot; or an explanation? Write down the exact words.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>O pedido de desculpas teve um “se”, um “mas” ou uma explicação? Anote as palavras exatas.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.3">
      <source>After the correction, whose comfort did the room attend to: Ngozi's or Rafael's? Did Ngozi get to make the point she came with?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Depois da correção, a sala cuidou do conforto de quem: da Ngozi ou do Rafael? A Ngozi conseguiu levantar o ponto que tinha trazido?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.4">
      <source>At the lifts, which of the five moves could Rafael use with Brendan: distract, delegate, document, delay, direct? Which did he use?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Perto dos elevadores, qual dos cinco movimentos o Rafael poderia usar com o Bruno: distrair, delegar, documentar, adiar, agir diretamente? Qual ele usou?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.5">
      <source>Did the fix reach the product, or only the conversation?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>A correção chegou ao produto ou ficou só na conversa?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.title">
      <source>The product review</source>
      <extracomment>Scene heading, shown on the projector (scene demo).</extracomment>
      <translation>A revisão de produto</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.narration">
      <source>Thursday's product review: twelve people in the room and six on the call. Rafael Herrera is demoing the new accessible-seating filter: &quot;This is going to make life so much easier for people confined to wheelchairs.&quot; Ngozi Eze, the team's accessibility specialist, raises a hand: &quot;Small thing: 'wheelchair users', please. My chair doesn't confine me; it's how I get around.&quot; A few people look down at their screens.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene demo).</extracomment>
      <translation>Revisão de produto de quinta-feira: doze pessoas na sala e seis na chamada. Rafael Herrera está demonstrando o novo filtro de lugares acessíveis: “Isso vai facilitar muito a vida das pessoas presas a uma cadeira de rodas.” Ngozi Eze, a especialista em acessibilidade da equipe, levanta a mão: “Só um detalhe: ‘pessoas que usam cadeira de rodas’, por favor. Minha cadeira não me prende; é como eu me locomovo.” Algumas pessoas olham para as próprias telas.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.notes">
      <source>Ninety seconds is plenty; the real decision takes about three seconds in life. Ask the group to notice their own first instinct before they discuss. If a participant says &quot;but that phrase is normal&quot;, don't argue the vocabulary; come back to how the correction was handled, which is the point.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene demo).</extracomment>
      <translation>Noventa segundos é mais que suficiente; na vida real, a decisão leva uns três segundos. Peça ao grupo que perceba o próprio primeiro impulso antes de discutir. Se alguém disser “mas essa expressão é normal”, não discuta o vocabulário; volte para a forma como a correção foi recebida, que é o que importa aqui.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.prompt">
      <source>You are Rafael. Everyone is waiting. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene demo).</extracomment>
      <translation>Você é o Rafael. Todo mundo está esperando. O que você faz?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.text">
      <source>&quot;Sorry if that came out wrong. I didn't mean anything by it; it's just the phrase everyone used when I was growing up.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option explain). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>“Desculpa se soou mal. Não foi por mal; é só a expressão que todo mundo usava quando eu era criança.”</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.why">
      <source>Explaining is a natural reflex. But the &quot;if&quot; makes the apology conditional, the focus moves to your intent rather than the impact, and nothing is actually owned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option explain).</extracomment>
      <translation>Explicar é um reflexo natural. Mas o “se” torna o pedido de desculpas condicional, o foco passa para a sua intenção em vez do impacto, e você não assume nada de fato.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.text">
      <source>&quot;Sure, yep.&quot; Then straight on to the next slide, as fast as possible.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option brush-past). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>“Claro, tá.” E passo direto para o próximo slide, o mais rápido possível.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.why">
      <source>You accept the correction, which counts for something. But it hasn't really landed, and rushing on can look like hoping nobody noticed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option brush-past).</extracomment>
      <translation>Você aceita a correção, o que já conta. Mas ela não chegou a ser absorvida, e passar correndo pode parecer torcida para ninguém ter notado.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.text">
      <source>&quot;Oh no, I'm so sorry, Ngozi. I'm honestly mortified. I really care about this, I did the whole accessibility course last year...&quot; You keep going for a while.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option big-apology). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>“Ai, não, me desculpa, Ngozi. Estou morrendo de vergonha. Eu me importo muito com isso, fiz o curso de acessibilidade inteiro ano passado…” E continuo por um tempo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.why">
      <source>Sincere and very human. But a long apology turns the room towards your feelings and your credentials, and leaves Ngozi reassuring you in front of eighteen people.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option big-apology).</extracomment>
      <translation>Sincero e muito humano. Mas um pedido de desculpas longo volta a sala para os seus sentimentos e as suas credenciais, e deixa a Ngozi consolando você na frente de dezoito pessoas.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.text">
      <source>&quot;Thanks, Ngozi. Wheelchair users. Sorry.&quot; Then carry on with the demo, using the right term.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option own-it). Shown on a phone button: keep it short, about 92 characters like the English.</extracomment>
      <translation>“Obrigado, Ngozi. Pessoas que usam cadeira de rodas. Desculpa.” E sigo a demonstração usando o termo certo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.why">
      <source>Short, specific and without excuses: you own it, fix it and move on, which keeps the attention on the work and on Ngozi's point rather than on your embarrassment.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option own-it).</extracomment>
      <translation>Curto, específico e sem desculpas: você assume, corrige e segue em frente, o que mantém a atenção no trabalho e no ponto da Ngozi, e não no seu constrangimento.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.title">
      <source>A short pause</source>
      <extracomment>Scene heading, shown on the projector (scene explained).</extracomment>
      <translation>Uma pausa curta</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.narration">
      <source>There is a short pause. Ngozi says, &quot;Sure,&quot; and doesn't speak again for the rest of the review. In the call chat, two people add a heart to her comment; nobody reacts to Rafael's. The demo finishes on time.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene explained).</extracomment>
      <translation>Há uma pausa curta. Ngozi diz “Tá bom” e não fala mais até o fim da revisão. No chat da chamada, duas pessoas colocam um coração no comentário dela; ninguém reage ao do Rafael. A demonstração termina no horário.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.notes">
      <source>If the person who chose this gets defensive (&quot;so I can't explain myself?&quot;), agree that intent matters to you, then ask what Ngozi got out of hearing about it. Keep your tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene explained).</extracomment>
      <translation>Se quem escolheu esta opção ficar na defensiva (“então não posso nem me explicar?”), concorde que a intenção importa para você e depois pergunte o que a Ngozi ganhou ao ouvir sobre ela. Mantenha um tom de curiosidade, não de correção.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.title">
      <source>Eight minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene brushed).</extracomment>
      <translation>Oito minutos depois</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.narration">
      <source>The review rolls on. Eight minutes later, on the pricing slide, Rafael says &quot;confined to a wheelchair&quot; again, without noticing. This time Ngozi says nothing. She writes something in her notebook.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brushed).</extracomment>
      <translation>A revisão continua. Oito minutos depois, no slide de preços, o Rafael diz “preso a uma cadeira de rodas” de novo, sem perceber. Desta vez, a Ngozi não diz nada. Ela anota alguma coisa no caderno.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.notes">
      <source>This lands hard, and it is very common. Point out that a correction not absorbed tends to repeat, and that the second time costs the other person more than the first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brushed).</extracomment>
      <translation>Isso bate forte, e é muito comum. Mostre que uma correção não absorvida tende a se repetir, e que a segunda vez custa mais para a outra pessoa do que a primeira.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.title">
      <source>Four minutes about Rafael</source>
      <extracomment>Scene heading, shown on the projector (scene mortified).</extracomment>
      <translation>Quatro minutos sobre o Rafael</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.narration">
      <source>Ngozi waits for a gap, then says, &quot;Honestly, it's fine, don't worry,&quot; and keeps smiling at Rafael until he stops. The next four minutes of the review are about how bad he feels. The feedback she came with, about step-free routes from venue entrances, never gets raised.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mortified).</extracomment>
      <translation>Ngozi espera uma brecha e diz: “Sério, tudo bem, não se preocupa”, e continua sorrindo para o Rafael até ele parar. Os quatro minutos seguintes da revisão são sobre o quanto ele se sente mal. O retorno que ela tinha trazido, sobre rotas sem degraus a partir das entradas dos locais, nunca chega a ser levantado.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.notes">
      <source>Ask Ngozi's role-player what she had planned to say and didn't get to. That lost point about step-free routes is the concrete cost; let it speak for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mortified).</extracomment>
      <translation>Pergunte a quem faz o papel da Ngozi o que ela planejava dizer e não conseguiu. Esse ponto perdido sobre as rotas sem degraus é o custo concreto; deixe que ele fale por si.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.title">
      <source>The demo goes on</source>
      <extracomment>Scene heading, shown on the projector (scene owned).</extracomment>
      <translation>A demonstração continua</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.narration">
      <source>Ngozi nods, and the demo goes on. Rafael stumbles once, catches himself, says &quot;wheelchair users&quot;, and keeps going. At the end, Ngozi raises step-free routes from venue entrances, and the team adds them to the backlog. Rafael's face stays warm for the next hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene owned).</extracomment>
      <translation>Ngozi acena com a cabeça, e a demonstração continua. Rafael tropeça uma vez, se corrige, diz “pessoas que usam cadeira de rodas” e segue. No fim, a Ngozi levanta a questão das rotas sem degraus a partir das entradas dos locais, e a equipe inclui isso no backlog. O rosto do Rafael continua quente pela hora seguinte.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.notes">
      <source>Note that the discomfort didn't vanish; owning a mistake doesn't make it feel good. Ask Rafael's role-player how the stumble felt, and whether it mattered to anyone but him.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene owned).</extracomment>
      <translation>Observe que o desconforto não sumiu; assumir um erro não faz a gente se sentir bem. Pergunte a quem faz o Rafael como foi o tropeço e se ele importou para mais alguém além dele.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.title">
      <source>By the lifts</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Perto dos elevadores</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.narration">
      <source>After the review, Brendan O'Connor falls into step with Rafael on the way to the lifts. &quot;Don't let that get to you. You can't say anything these days. Ngozi's great, but she's quick off the mark.&quot; Back at his desk, Rafael searches the product spec: the phrase appears eleven times, and three of those are in customer help text that ships on Monday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Depois da revisão, Bruno Oliveira acompanha o Rafael até o elevador. “Não esquenta com aquilo. Hoje em dia não se pode falar nada. A Ngozi é ótima, mas é rápida no gatilho.” De volta à mesa, o Rafael procura na especificação do produto: a expressão aparece onze vezes, e três delas estão no texto de ajuda para clientes que vai ao ar na segunda-feira.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.notes">
      <source>This is the private test. Give it two to three minutes. Brendan is reassuring, not hostile; if the group turns him into a villain, ask Brendan's role-player what he meant. Watch for participants who want Ngozi to review the spec; ask how many times this month she has been asked that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Este é o teste em particular. Dê dois a três minutos. O Bruno está tentando tranquilizar, não é hostil; se o grupo o transformar em vilão, pergunte a quem faz o papel dele o que ele quis dizer. Fique de olho em quem quer que a Ngozi revise a especificação; pergunte quantas vezes neste mês já pediram isso a ela.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.prompt">
      <source>You are Rafael. What do you do now?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Você é o Rafael. O que você faz agora?</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.text">
      <source>&quot;Ha, tell me about it.&quot; Leave the spec for now; Monday's release is already tight.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option laugh-along). Shown on a phone button: keep it short, about 82 characters like the English.</extracomment>
      <translation>“Rá, nem me fala.” Deixo a especificação para depois; o release de segunda já está apertado.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.why">
      <source>Laughing along eases the moment with a senior colleague. It also agrees that the correction was the problem, and the phrase ships to customers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option laugh-along).</extracomment>
      <translation>Rir junto alivia o momento com um colega sênior. Mas também concorda que o problema foi a correção, e a expressão chega aos clientes.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.text">
      <source>Give Brendan a non-committal &quot;Mm,&quot; and quietly fix the three help-text lines before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option let-it-pass). Shown on a phone button: keep it short, about 91 characters like the English.</extracomment>
      <translation>Respondo ao Bruno com um “Hum” evasivo e corrijo discretamente as três linhas da ajuda antes de segunda.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.why">
      <source>The fix is real and it helps customers. But Brendan's framing goes unanswered, and the next person to be corrected will hear the same thing from him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option let-it-pass).</extracomment>
      <translation>A correção é real e ajuda os clientes. Mas o enquadramento do Bruno fica sem resposta, e a próxima pessoa corrigida vai ouvir a mesma coisa dele.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.text">
      <source>Post a long &quot;lesson learned&quot; thread in the company channel about your journey with inclusive language, thanking Ngozi by name for educating you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option public-reflection). Shown on a phone button: keep it short, about 144 characters like the English.</extracomment>
      <translation>Publico um longo fio de “lições aprendidas” no canal da empresa sobre minha jornada com a linguagem inclusiva, agradecendo à Ngozi, nominalmente, por ter me ensinado.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.why">
      <source>Sharing what you learned can help others. This version puts Ngozi on display, casts her as your teacher, and makes your growth the story.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option public-reflection).</extracomment>
      <translation>Compartilhar o que você aprendeu pode ajudar outras pessoas. Esta versão expõe a Ngozi, coloca-a no papel de sua professora e faz do seu crescimento a história.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.text">
      <source>To Brendan: &quot;She was right, and she was kind about it. I'd rather be told than keep saying it.&quot; Then fix all eleven uses before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option set-it-straight). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>Ao Bruno: “Ela tinha razão, e foi gentil. Prefiro que me digam a continuar falando isso.” Depois corrijo as onze ocorrências antes de segunda.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.why">
      <source>You back the correction to a senior colleague, in private, without a lecture, and you fix your own work completely.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option set-it-straight).</extracomment>
      <translation>Você apoia a correção diante de um colega sênior, em particular, sem sermão, e corrige seu próprio trabalho por completo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.text">
      <source>Say the same to Brendan and fix the spec. Then propose adding an inclusive-language check, based on a published disability style guide rather than on Ngozi's time, to the content review Brendan's team owns, and offer to set it up yourself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option fix-the-process). Shown on a phone button: keep it short, about 239 characters like the English.</extracomment>
      <translation>Digo o mesmo ao Bruno e corrijo a especificação. Depois proponho incluir na revisão de conteúdo da equipe do Bruno uma verificação de linguagem inclusiva, baseada num guia de estilo publicado sobre deficiência e não no tempo da Ngozi, e me ofereço para montá-la.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.why">
      <source>You own the mistake, then change the process that let it ship for years, without turning Ngozi into the team's unpaid editor.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option fix-the-process).</extracomment>
      <translation>Você assume o erro e depois muda o processo que o deixou passar durante anos, sem transformar a Ngozi na revisora não remunerada da equipe.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.title">
      <source>Shipped on Monday</source>
      <extracomment>Scene heading, shown on the projector (scene end-laughed).</extracomment>
      <translation>No ar na segunda-feira</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.narration">
      <source>Brendan grins, and the lift doors close. On Monday the help text ships with the old phrase, and a customer who uses a wheelchair writes to support about it. The ticket is passed to Ngozi.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-laughed).</extracomment>
      <translation>Bruno sorri, e a porta do elevador se fecha. Na segunda, o texto de ajuda vai ao ar com a expressão antiga, e uma cliente que usa cadeira de rodas escreve ao suporte sobre isso. O chamado é repassado para a Ngozi.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.notes">
      <source>Pause on the last sentence. Ask the room who ended up doing the work of Rafael's mistake.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-laughed).</extracomment>
      <translation>Faça uma pausa na última frase. Pergunte à sala quem acabou fazendo o trabalho do erro do Rafael.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.title">
      <source>Fixed, quietly</source>
      <extracomment>Scene heading, shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>Corrigido, em silêncio</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.narration">
      <source>The help text ships correctly on Monday, and nobody outside the team knows it was ever wrong. Brendan's line about Ngozi being &quot;quick off the mark&quot; goes round the floor, though. A month later, when a new joiner uses an outdated term in stand-up, nobody corrects them.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>O texto de ajuda vai ao ar corrigido na segunda, e ninguém fora da equipe fica sabendo que ele esteve errado. Mas a frase do Bruno sobre a Ngozi ser “rápida no gatilho” circula pelo andar. Um mês depois, quando alguém recém-chegado usa um termo ultrapassado na daily, ninguém corrige.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.title">
      <source>Forty reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-thread).</extracomment>
      <translation>Quarenta reações</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.narration">
      <source>The thread gets forty reactions and several comments praising Rafael's honesty. Ngozi receives three direct messages from colleagues asking her to check the language in their documents. She answers two, ignores the third, and tells her manager she is not the company's style guide.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-thread).</extracomment>
      <translation>O fio recebe quarenta reações e vários comentários elogiando a honestidade do Rafael. Ngozi recebe três mensagens diretas de colegas pedindo que ela revise a linguagem dos documentos deles. Ela responde a duas, ignora a terceira e diz à gestora que não é o guia de estilo da empresa.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.notes">
      <source>Someone may say that modelling vulnerability is good leadership. It can be. Ask whether there was a way to share the learning that didn't name Ngozi or send work her way.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-thread).</extracomment>
      <translation>Alguém pode dizer que mostrar vulnerabilidade é boa liderança. Pode ser. Pergunte se havia um jeito de compartilhar o aprendizado sem citar a Ngozi nem mandar trabalho para ela.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.title">
      <source>Fair enough</source>
      <extracomment>Scene heading, shown on the projector (scene end-straight).</extracomment>
      <translation>Justo</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.narration">
      <source>Brendan looks surprised, then shrugs: &quot;Fair enough.&quot; The spec is fixed by Friday. Rafael slips once more the following week, in a one-to-one, corrects himself mid-sentence and carries on. By the end of the month the old phrase has gone from his vocabulary.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-straight).</extracomment>
      <translation>Bruno parece surpreso e depois dá de ombros: “Justo.” A especificação é corrigida até sexta. Na semana seguinte, o Rafael escorrega mais uma vez, numa conversa individual, se corrige no meio da frase e continua. No fim do mês, a expressão antiga sumiu do vocabulário dele.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.title">
      <source>Another checklist</source>
      <extracomment>Scene heading, shown on the projector (scene end-process).</extracomment>
      <translation>Mais uma checklist</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.narration">
      <source>Brendan grumbles about &quot;another checklist&quot;, then agrees to a trial. In the next release, the check catches two more outdated terms, neither of them Rafael's. Ngozi is asked once whether the chosen guide looks right, and is otherwise left to do her actual job.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-process).</extracomment>
      <translation>Bruno resmunga sobre “mais uma checklist” e depois aceita um teste. No release seguinte, a verificação pega mais dois termos ultrapassados, nenhum deles do Rafael. Perguntam à Ngozi uma única vez se o guia escolhido parece adequado e, fora isso, deixam que ela faça o trabalho dela de verdade.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.notes">
      <source>Point out that the advocate move here isn't heroic; it is a small process change that will outlast everyone's memory of Thursday's review.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-process).</extracomment>
      <translation>Mostre que o movimento do estágio “Defesa de causa” aqui não é heroico; é uma pequena mudança de processo que vai durar mais do que a memória de qualquer pessoa sobre a revisão de quinta-feira.</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.1">
      <source>What did Rafael say in the first ten seconds after the correction, and what happened to Ngozi's point about step-free routes?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que o Rafael disse nos primeiros dez segundos depois da correção, e o que aconteceu com o ponto da Ngozi sobre as rotas sem degraus?</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.2">
      <source>What did Brendan's reassurance make easier, and for whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que a tentativa do Bruno de tranquilizar tornou mais fácil, e para quem?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.1">
      <source>Why is &quot;sorry if&quot; so much easier to say than &quot;sorry&quot;, and what does the difference do to the other person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que “desculpa se” é tão mais fácil de dizer do que “desculpa”, e o que essa diferença faz com a outra pessoa?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.2">
      <source>What makes a long apology feel generous to the person giving it and tiring to the person receiving it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>O que faz um pedido de desculpas longo parecer generoso para quem pede e cansativo para quem recebe?</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.1">
      <source>Write down the exact words you will use the next time you are corrected, in ten words or fewer.</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Escreva as palavras exatas que você vai usar na próxima vez que alguém corrigir você, em dez palavras ou menos.</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.2">
      <source>Which document, template or checklist you own could carry a phrase you would no longer say out loud?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que documento, modelo ou checklist sob sua responsabilidade pode conter uma expressão que você não diria mais em voz alta?</translation>
    </message>
    <message id="owning-a-mistake.sources.1.title">
      <source>Workplace allyship practice: own your mistakes — apologise briefly, skip the excuses, learn and move on</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: assumir seus erros — pedir desculpas em poucas palavras, dispensar as justificativas, aprender e seguir em frente</translation>
    </message>
    <message id="owning-a-mistake.sources.1.note">
      <source>Drawn from starter actions for allies on accountability, accepting feedback gracefully, and not relying on colleagues to educate you.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Extraído das ações sugeridas para pessoas aliadas sobre responsabilidade, sobre receber retorno com elegância e sobre não depender de colegas para se educar.</translation>
    </message>
    <message id="promotion-criteria.title">
      <source>Ready on paper, not on &quot;presence&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Pronta no papel, mas sem “presença”</translation>
    </message>
    <message id="promotion-criteria.summary">
      <source>At a promotion calibration panel, a consultant with the strongest delivery record in the cohort is deferred for lacking &quot;executive presence&quot; and not being seen on evening calls. Her manager can argue for her, or question what the criteria are measuring, and a later framework review offers a second chance to change the process itself.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Num comitê de calibração de promoções, a consultora com o melhor histórico de entregas da turma tem a promoção adiada por falta de “presença executiva” e por não ser vista nas chamadas à noite. O gestor dela pode defender o caso dela ou questionar o que os critérios estão medindo, e uma revisão posterior do modelo de carreira oferece uma segunda chance de mudar o próprio processo.</translation>
    </message>
    <message id="promotion-criteria.content_note">
      <source>This role-play includes a consultant who cares for her father being held back from promotion for missing evening calls and lacking &quot;executive presence&quot;, despite top results.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra uma consultora que cuida do pai tendo a promoção adiada, apesar dos melhores resultados, por não estar nas chamadas da noite e por falta de “presença executiva”.</translation>
    </message>
    <message id="promotion-criteria.roles.marek.name">
      <source>Marek Kowalski, principal consultant and calibration panel member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marek).</extracomment>
      <translation>Marek Kowalski, consultor principal e membro do comitê de calibração</translation>
    </message>
    <message id="promotion-criteria.roles.marek.brief">
      <source>You manage Zanele and you sit on the panel. You have her client feedback in front of you, and you know why she is never on the 7pm calls: she works early hours so she can care for her father. Your own partner review is in two months, and Helen will have a say in it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marek).</extracomment>
      <translation>Você é gestor da Zanele e faz parte do comitê. Tem na sua frente o retorno dos clientes sobre ela e sabe por que ela nunca está nas chamadas das 19h: ela trabalha cedo para poder cuidar do pai. A sua própria avaliação para sócio é daqui a dois meses, e a Helen vai ter voz nela.</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.name">
      <source>Zanele Mokoena, senior consultant, candidate for manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role zanele).</extracomment>
      <translation>Zanele Mokoena, consultora sênior, candidata a gerente</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.brief">
      <source>You led the project that saved a client £1.2m and secured its renewal. You work 7.30 to 4 and care for your father in the evenings; you have never hidden this. In client meetings you speak briefly and to the point, and clients like it. You do not want special treatment; you want your work judged as work. You are not in the calibration room, but you may be asked how the outcome lands.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role zanele).</extracomment>
      <translation>Você liderou o projeto que economizou 1,2 milhão de libras para um cliente e garantiu a renovação do contrato. Você trabalha das 7h30 às 16h e cuida do seu pai à noite; nunca escondeu isso. Nas reuniões com clientes, você fala pouco e vai direto ao ponto, e os clientes gostam. Você não quer tratamento especial; quer que o seu trabalho seja avaliado como trabalho. Você não está na sala da calibração, mas podem perguntar como você recebe o resultado.</translation>
    </message>
    <message id="promotion-criteria.roles.helen.name">
      <source>Helen Whitfield, partner and chair of the calibration panel</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role helen).</extracomment>
      <translation>Helen Whitfield, sócia e presidente do comitê de calibração</translation>
    </message>
    <message id="promotion-criteria.roles.helen.brief">
      <source>You rose through long hours and you believe &quot;presence&quot; is real: clients pay for confidence. You want calibration finished by 6pm. If you feel accused of bias you get defensive and formal. If someone asks a concrete question about how a criterion is scored, or shows you data, you engage, reluctantly at first.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role helen).</extracomment>
      <translation>Você subiu na carreira à base de longas jornadas e acredita que “presença” é algo real: clientes pagam por confiança. Você quer terminar a calibração até as 18h. Se se sentir acusada de preconceito, fica na defensiva e formal. Se alguém fizer uma pergunta concreta sobre como um critério é pontuado, ou mostrar dados, você se envolve, com relutância no começo.</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.name">
      <source>Ifeoma Nwosu, HR business partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ifeoma).</extracomment>
      <translation>Ifeoma Nwosu, business partner de RH</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.brief">
      <source>You attend calibration to keep the process fair, and you hold the ratings data. You have suspected for a while that people on flexible or part-time hours score lower on &quot;presence&quot; than on anything else, but nobody has asked you to check. If asked, you will say you can pull the data within two days.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ifeoma).</extracomment>
      <translation>Você participa da calibração para garantir que o processo seja justo e tem em mãos os dados das avaliações. Há algum tempo você desconfia que pessoas com horário flexível ou jornada parcial recebem notas mais baixas em “presença” do que em qualquer outro critério, mas ninguém pediu que você verificasse. Se perguntarem, você diz que consegue levantar os dados em dois dias.</translation>
    </message>
    <message id="promotion-criteria.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="promotion-criteria.roles.observer.brief">
      <source>Watch for the difference between arguing about a person and arguing about a rule. Use the checklist and note exact words, especially how each criterion is described.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe a diferença entre discutir uma pessoa e discutir uma regra. Use a lista de observação e anote palavras exatas, principalmente a forma como cada critério é descrito.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.1">
      <source>When the panel discussed Zanele, did anyone ask what &quot;executive presence&quot; actually means, or how it is scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quando o comitê discutiu a Zanele, alguém perguntou o que “presença executiva” significa de fato, ou como é pontuada?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.2">
      <source>Did the conversation stay on one candidate's outcome, or move to the criteria that produced it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>A conversa ficou no resultado de uma candidata ou passou para os critérios que o produziram?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.3">
      <source>Which intervention moves did you see: distract, delegate, document, delay, direct? Asking for the data (document) and parking a decision (delay) count.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quais movimentos de intervenção você viu: distrair, delegar, documentar, adiar, agir diretamente? Pedir os dados (documentar) e suspender uma decisão (adiar) contam.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.4">
      <source>Who asked for evidence, and who offered opinions? Write down one example of each.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem pediu evidências e quem deu opiniões? Anote um exemplo de cada.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.5">
      <source>What did speaking up cost Marek, and who else was affected by the criteria but never discussed?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quanto custou ao Marek se manifestar, e quem mais foi afetado pelos critérios sem nunca ser discutido?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.title">
      <source>5.40pm, day two of calibration</source>
      <extracomment>Scene heading, shown on the projector (scene calibration).</extracomment>
      <translation>17h40, segundo dia de calibração</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.narration">
      <source>It is 5.40pm on the second day of promotion calibration, and the panel reaches Zanele Mokoena. Her delivery ratings are the highest in the cohort, and the client's feedback calls her &quot;the clearest adviser we've worked with&quot;. Helen Whitfield, chairing, taps the framework on the screen: &quot;Strong work, but she's not ready. I never see her on the evening calls, and the executive presence isn't there yet. Next cycle?&quot; Two panel members nod.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene calibration).</extracomment>
      <translation>São 17h40 do segundo dia de calibração de promoções, e o comitê chega à Zanele Mokoena. As notas de entrega dela são as mais altas da turma, e o retorno do cliente a chama de “a consultora mais clara com quem já trabalhamos”. A Helen Whitfield, que preside o comitê, bate com o dedo no modelo de carreira na tela: “Trabalho forte, mas ela não está pronta. Nunca vejo ela nas chamadas da noite, e a presença executiva ainda não está lá. Próximo ciclo?” Dois membros do comitê concordam com a cabeça.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.notes">
      <source>Read Helen's line as a reasonable, tired chair would, not as a villain. Give the group two minutes. Participants often split between &quot;argue for Zanele&quot; and &quot;question the criteria&quot;; that split is the point of the scenario, so name it when you reveal the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene calibration).</extracomment>
      <translation>Leia a fala da Helen como diria uma presidente razoável e cansada, não uma vilã. Dê dois minutos ao grupo. As pessoas costumam se dividir entre “defender a Zanele” e “questionar os critérios”; essa divisão é o centro do cenário, então dê nome a ela quando revelar as opções.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.prompt">
      <source>You are Marek, Zanele's manager. Helen is ready to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene calibration).</extracomment>
      <translation>Você é o Marek, gestor da Zanele. A Helen quer passar para o próximo caso. O que você faz?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.text">
      <source>Agree to defer. The criteria are in the framework, and arguing with the chair at 5.40pm rarely goes well.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option defer). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>Concordo em adiar. Os critérios estão no modelo, e discutir com a presidente às 17h40 raramente dá certo.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.why">
      <source>Reading the room is a real skill, and the hour is late. But the decision stands on two criteria nobody examined, and Zanele is not there to answer them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option defer).</extracomment>
      <translation>Ler o ambiente é uma habilidade real, e já está tarde. Mas a decisão se apoia em dois critérios que ninguém examinou, e a Zanele não está ali para responder a eles.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.text">
      <source>&quot;As everyone knows, I'm a big champion of flexible working. But fair enough, next cycle.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option flexible-champion). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>“Todo mundo sabe que eu defendo muito o trabalho flexível. Mas tudo bem, próximo ciclo.”</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.why">
      <source>The line shows your values to the panel but asks for nothing. The decision and the criteria behind it stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option flexible-champion).</extracomment>
      <translation>A frase mostra seus valores ao comitê, mas não pede nada. A decisão e os critérios por trás dela continuam exatamente onde estavam.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.text">
      <source>&quot;Let's look at what she delivered: the £1.2m saving, the renewal and that client quote. I think she's ready now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option argue-case). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>“Vejam o que ela entregou: 1,2 milhão de libras de economia, a renovação e aquela frase do cliente. Acho que ela está pronta agora.”</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.why">
      <source>You challenge the outcome in real time, with evidence. It may win Zanele's case, but the criteria that produced the doubt remain untouched for everyone else.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option argue-case).</extracomment>
      <translation>Você questiona o resultado na hora, com evidências. Isso pode ganhar o caso da Zanele, mas os critérios que geraram a dúvida continuam intocados para todas as outras pessoas.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.text">
      <source>&quot;Can we pause on two of these? What is 'executive presence' telling us that the client feedback isn't? And why is being on 7pm calls part of readiness? Ifeoma, do we know how these two criteria score for people on flexible hours?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option question-criteria). Shown on a phone button: keep it short, about 230 characters like the English.</extracomment>
      <translation>“Podemos parar em dois destes? O que ‘presença executiva’ nos diz que o retorno do cliente não diz? E por que estar nas chamadas das 19h faz parte de estar pronta? Ifeoma, sabemos como esses dois critérios pontuam para quem tem horário flexível?”</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.why">
      <source>You question the process that produced the decision, not only this decision, and ask for data rather than opinion, at the cost of time and the chair's patience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option question-criteria).</extracomment>
      <translation>Você questiona o processo que produziu a decisão, não só esta decisão, e pede dados em vez de opiniões, ao custo de tempo e da paciência da presidente.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.title">
      <source>Not yet</source>
      <extracomment>Scene heading, shown on the projector (scene deferred).</extracomment>
      <translation>Ainda não</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.narration">
      <source>The panel moves on, and calibration closes at 6.15. Zanele's outcome reads: &quot;Not yet. Develop executive presence and visibility with senior stakeholders.&quot; Tidying up, Ifeoma notices that five of the eleven people deferred this cycle work flexible or part-time hours. She makes a note and does not share it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene deferred).</extracomment>
      <translation>O comitê segue em frente, e a calibração termina às 18h15. O resultado da Zanele diz: “Ainda não. Desenvolver presença executiva e visibilidade com a alta liderança.” Ao organizar os documentos, a Ifeoma percebe que cinco das onze pessoas adiadas neste ciclo têm horário flexível ou jornada parcial. Ela anota e não comenta com ninguém.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.notes">
      <source>Ask Zanele's role-player to read the outcome line aloud and say what she would need to do differently. The answer (&quot;be on the evening calls&quot;) usually makes the point without any help from you.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene deferred).</extracomment>
      <translation>Peça a quem faz o papel da Zanele que leia em voz alta a frase do resultado e diga o que precisaria fazer de diferente. A resposta (“estar nas chamadas da noite”) costuma mostrar o ponto sem nenhuma ajuda sua.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.title">
      <source>On the record</source>
      <extracomment>Scene heading, shown on the projector (scene signalled).</extracomment>
      <translation>Registrado</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.narration">
      <source>Helen smiles: &quot;We all are, Marek.&quot; The panel defers Zanele with the same wording. In the lift afterwards, another panel member tells Marek he was glad someone &quot;said something&quot;. Marek realises that, on the record, nothing was said at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene signalled).</extracomment>
      <translation>A Helen sorri: “Todos nós defendemos, Marek.” O comitê adia a Zanele com a mesma frase. No elevador, depois, outro membro do comitê diz ao Marek que ficou contente por alguém “ter falado alguma coisa”. O Marek percebe que, no registro, nada foi dito.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.notes">
      <source>Be careful here: people who choose this option usually mean well and may feel exposed. Ask what the flexible-working line made possible in the room, and what it didn't.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene signalled).</extracomment>
      <translation>Cuidado aqui: quem escolhe esta opção geralmente tem boa intenção e pode se sentir exposto. Pergunte o que a frase sobre trabalho flexível tornou possível na sala e o que não tornou.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.title">
      <source>One case won</source>
      <extracomment>Scene heading, shown on the projector (scene case-won).</extracomment>
      <translation>Um caso ganho</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.narration">
      <source>Helen studies the numbers for a long moment. &quot;Fine. Promote her, but the feedback says develop presence.&quot; Zanele is promoted. Ten minutes later, the panel defers Andrés Reyes, who works four days a week, on the same two criteria, and nobody, Marek included, has his file open.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene case-won).</extracomment>
      <translation>A Helen analisa os números por um bom tempo. “Tá bom. Promovam a Zanele, mas o retorno diz para desenvolver presença.” A Zanele é promovida. Dez minutos depois, o comitê adia o Andrés Reyes, que trabalha quatro dias por semana, pelos mesmos dois critérios, e ninguém, nem o Marek, está com a ficha dele aberta.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.notes">
      <source>This is the key teaching moment: the outcome was fixed, the process wasn't. Ask the room how they feel about Andrés. Don't let anyone dismiss what Marek did; winning a case matters. The question is what happens next cycle.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene case-won).</extracomment>
      <translation>Este é o momento-chave de aprendizado: o resultado foi corrigido, o processo não. Pergunte à sala o que sentem em relação ao Andrés. Não deixe ninguém desmerecer o que o Marek fez; ganhar um caso importa. A questão é o que acontece no próximo ciclo.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.title">
      <source>Parked for 48 hours</source>
      <extracomment>Scene heading, shown on the projector (scene criteria-questioned).</extracomment>
      <translation>Suspenso por 48 horas</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.narration">
      <source>Helen's jaw tightens: &quot;We are not rewriting the framework at six o'clock.&quot; Ifeoma says quietly that she can pull the data in two days, and the panel agrees to park Zanele's case and two similar ones until then. Afterwards, two colleagues message Marek: one to thank him, one to ask whether he really wanted this fight before his own partner review.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene criteria-questioned).</extracomment>
      <translation>A Helen trava o maxilar: “Não vamos reescrever o modelo de carreira às seis da tarde.” A Ifeoma diz, em voz baixa, que consegue levantar os dados em dois dias, e o comitê concorda em suspender o caso da Zanele e outros dois parecidos até lá. Depois, dois colegas mandam mensagem ao Marek: um para agradecer, outro para perguntar se ele queria mesmo comprar essa briga antes da própria avaliação para sócio.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.notes">
      <source>Let Helen's role-player be annoyed; the annoyance is realistic and it is a cost. Ask Marek's role-player how the second message feels. If someone says &quot;he was right, so it doesn't matter&quot;, ask whether being right has ever protected them at review time.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene criteria-questioned).</extracomment>
      <translation>Deixe quem faz o papel da Helen ficar irritada; a irritação é realista e é um custo. Pergunte a quem faz o papel do Marek como ele recebe a segunda mensagem. Se alguém disser “ele estava certo, então não importa”, pergunte se estar certo já protegeu essa pessoa na hora de uma avaliação.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.title">
      <source>The framework review</source>
      <extracomment>Scene heading, shown on the projector (scene framework-review).</extracomment>
      <translation>A revisão do modelo de carreira</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.narration">
      <source>In October, HR opens next year's promotion framework for comment, and Ifeoma runs a review session for panel members. Helen proposes keeping &quot;executive presence&quot; and adding &quot;commercial visibility&quot;. Ifeoma puts up one slide: over three cycles, people on flexible or part-time hours scored, on average, a full point lower on presence than on any other criterion. Helen asks whether anyone objects to her proposal.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene framework-review).</extracomment>
      <translation>Em outubro, o RH abre para comentários o modelo de promoção do ano seguinte, e a Ifeoma conduz uma sessão de revisão com os membros dos comitês. A Helen propõe manter “presença executiva” e acrescentar “visibilidade comercial”. A Ifeoma mostra um único slide: em três ciclos, pessoas com horário flexível ou jornada parcial tiveram, em média, um ponto inteiro a menos em presença do que em qualquer outro critério. A Helen pergunta se alguém se opõe à proposta dela.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.notes">
      <source>Give this three or four minutes; it is where the scenario earns its theme. If the group wants to argue about whether presence is &quot;real&quot;, steer them to a sharper question: what would you have to see someone do to give them a high score? Watch for participants who want to remove the criterion without replacing it; ask what the panel would use instead.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene framework-review).</extracomment>
      <translation>Reserve três ou quatro minutos; é aqui que o cenário justifica o seu tema. Se o grupo quiser discutir se a presença é “real”, leve para uma pergunta mais precisa: o que você precisaria ver alguém fazer para dar uma nota alta? Fique de olho em quem quer tirar o critério sem colocar nada no lugar; pergunte o que o comitê usaria em vez dele.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.prompt">
      <source>You are Marek. Helen is waiting for objections. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene framework-review).</extracomment>
      <translation>Você é o Marek. A Helen está esperando objeções. O que você faz?</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.text">
      <source>Say nothing. The framework is HR's job, and Helen chairs the panel.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option keep). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>Não digo nada. O modelo de carreira é tarefa do RH, e a Helen preside o comitê.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.why">
      <source>It is fair to feel that frameworks belong to someone else. But the data is on the screen, and silence now makes the next cycle look like the last three.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option keep).</extracomment>
      <translation>É justo sentir que modelos de carreira são assunto de outra pessoa. Mas os dados estão na tela, e o silêncio agora faz o próximo ciclo se parecer com os três últimos.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.text">
      <source>Fill in the anonymous feedback form afterwards, ticking &quot;partly agree&quot; on the proposed criteria.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option form). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>Preencho depois o formulário anônimo de comentários, marcando “concordo em parte” nos critérios propostos.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.why">
      <source>You take part, and the form is a legitimate channel. But &quot;partly agree&quot; is easy to read as agreement, and the slide never gets discussed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option form).</extracomment>
      <translation>Você participa, e o formulário é um canal legítimo. Mas “concordo em parte” é fácil de ler como concordância, e o slide nunca chega a ser discutido.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.text">
      <source>&quot;Could we add 'inclusion' as a sixth value in the framework, and put it on the posters?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option add-value). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>“Podemos acrescentar ‘inclusão’ como sexto valor no modelo de carreira e colocar nos cartazes?”</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.why">
      <source>A new value is visible and easy to agree to. If nobody changes how ratings are given, the same people will score low on the same criteria.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option add-value).</extracomment>
      <translation>Um novo valor é visível e fácil de aprovar. Se ninguém mudar a forma como as notas são dadas, as mesmas pessoas vão tirar notas baixas nos mesmos critérios.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.text">
      <source>Describe, specifically, how &quot;presence&quot; and the evening calls were used in this year's calibration, and ask the group to say what each criterion is meant to predict about someone's performance as a manager.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option bring-examples). Shown on a phone button: keep it short, about 205 characters like the English.</extracomment>
      <translation>Descrevo, de forma concreta, como “presença” e as chamadas da noite foram usadas na calibração deste ano e peço ao grupo que diga o que cada critério deveria prever sobre o desempenho de alguém como gerente.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.why">
      <source>You bring real cases and a precise question into the room, in front of the person who proposed the criteria, without attacking anyone's motives.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option bring-examples).</extracomment>
      <translation>Você traz casos reais e uma pergunta precisa para a sala, diante da pessoa que propôs os critérios, sem atacar as intenções de ninguém.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.text">
      <source>&quot;I propose we replace 'presence' with things we can observe: client feedback, how someone runs a meeting, how they develop their team. Drop out-of-hours availability entirely, ask for written evidence behind every rating, and check outcomes by working pattern and demographic group every cycle. I'll pilot it on my own panel next round.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option redesign). Shown on a phone button: keep it short, about 337 characters like the English.</extracomment>
      <translation>“Proponho trocar ‘presença’ por coisas que dá para observar: retorno de clientes, como a pessoa conduz uma reunião, como desenvolve a equipe. Tirar de vez a disponibilidade fora do horário, pedir evidências por escrito para cada nota e verificar os resultados por regime de trabalho e grupo demográfico a cada ciclo. Faço um piloto no meu comitê na próxima rodada.”</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.why">
      <source>You offer a concrete replacement, build in a check that outlasts this meeting, and put your own panel and reputation on the line to test it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option redesign).</extracomment>
      <translation>Você oferece uma substituição concreta, inclui uma verificação que dura além desta reunião e coloca seu próprio comitê e sua reputação em jogo para testá-la.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.title">
      <source>Published in bold</source>
      <extracomment>Scene heading, shown on the projector (scene end-unchanged).</extracomment>
      <translation>Publicado em negrito</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.narration">
      <source>The framework is published in January with &quot;executive presence&quot; and &quot;commercial visibility&quot; in bold. The next cycle's list of deferrals looks much like the last one, and two of the consultants on it leave within six months. In their exit interviews, both mention the evening calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-unchanged).</extracomment>
      <translation>O modelo de carreira é publicado em janeiro com “presença executiva” e “visibilidade comercial” em negrito. A lista de adiamentos do ciclo seguinte se parece muito com a anterior, e duas pessoas dessa lista saem da empresa em seis meses. Nas entrevistas de desligamento, as duas mencionam as chamadas da noite.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.notes">
      <source>Ask the room: who in this story had the most power to change the outcome, and did they know it?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-unchanged).</extracomment>
      <translation>Pergunte à sala: quem nesta história tinha mais poder para mudar o resultado, e essa pessoa sabia disso?</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.title">
      <source>Broad support</source>
      <extracomment>Scene heading, shown on the projector (scene end-form).</extracomment>
      <translation>Amplo apoio</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.narration">
      <source>The feedback form gathers forty-three responses, most of them &quot;partly agree&quot;. HR's summary describes &quot;broad support&quot;, and the framework passes unchanged. Ifeoma's slide is not shown again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-form).</extracomment>
      <translation>O formulário recebe quarenta e três respostas, a maioria “concordo em parte”. O resumo do RH fala em “amplo apoio”, e o modelo de carreira é aprovado sem mudanças. O slide da Ifeoma não volta a ser mostrado.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.title">
      <source>A sixth value</source>
      <extracomment>Scene heading, shown on the projector (scene end-value).</extracomment>
      <translation>Um sexto valor</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.narration">
      <source>The new value appears on posters by the lifts in February. At the next calibration, someone says &quot;inclusion&quot; twice, and the presence scores follow the same pattern as before. A consultant on flexible hours takes a photo of the poster and sends it to a friend without a caption.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-value).</extracomment>
      <translation>O novo valor aparece em cartazes perto dos elevadores em fevereiro. Na calibração seguinte, alguém diz “inclusão” duas vezes, e as notas de presença seguem o mesmo padrão de antes. Uma consultora com horário flexível tira uma foto do cartaz e manda para uma amiga, sem legenda.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.notes">
      <source>If someone defends values statements, agree that they can matter. Ask what would have to change in the calibration room for this one to mean something.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-value).</extracomment>
      <translation>Se alguém defender declarações de valores, concorde que podem importar. Pergunte o que precisaria mudar na sala de calibração para esta significar alguma coisa.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.title">
      <source>A second session</source>
      <extracomment>Scene heading, shown on the projector (scene end-evidence).</extracomment>
      <translation>Uma segunda sessão</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.narration">
      <source>The examples make the room uncomfortable. Helen says she doesn't recognise the picture, then, after a pause, asks Ifeoma to break the data down by team. The wording of &quot;presence&quot; is tightened and evening availability is removed from the guidance. It is a partial change, and it takes a second session nobody had planned for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-evidence).</extracomment>
      <translation>Os exemplos deixam a sala desconfortável. A Helen diz que não reconhece o retrato e, depois de uma pausa, pede à Ifeoma que separe os dados por equipe. A definição de “presença” fica mais precisa, e a disponibilidade à noite sai das orientações. É uma mudança parcial, e ela exige uma segunda sessão que ninguém tinha planejado.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.title">
      <source>The pilot</source>
      <extracomment>Scene heading, shown on the projector (scene end-pilot).</extracomment>
      <translation>O piloto</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.narration">
      <source>Helen is sceptical but agrees to the pilot, &quot;on your panel, not mine&quot;. Next cycle, Marek's panel writes evidence for every rating, takes twice as long, and promotes two people on flexible hours whose files show the work. His own partner review notes that he &quot;spends a lot of energy on process&quot;. When Ifeoma shares the pilot's results, Helen asks to try it on her panel too.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pilot).</extracomment>
      <translation>A Helen está cética, mas aceita o piloto, “no seu comitê, não no meu”. No ciclo seguinte, o comitê do Marek escreve evidências para cada nota, leva o dobro do tempo e promove duas pessoas com horário flexível cujas fichas mostram o trabalho. A avaliação para sócio do próprio Marek registra que ele “gasta muita energia com processo”. Quando a Ifeoma apresenta os resultados do piloto, a Helen pede para testá-lo no comitê dela também.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.notes">
      <source>Point out the cost in Marek's review. Advocacy is not free, even when it works. Ask the group whether they would still choose it knowing that line would appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pilot).</extracomment>
      <translation>Mostre o custo na avaliação do Marek. A defesa de causa não sai de graça, mesmo quando funciona. Pergunte ao grupo se ainda a escolheriam sabendo que essa frase apareceria.</translation>
    </message>
    <message id="promotion-criteria.debrief.what.1">
      <source>What did &quot;executive presence&quot; and evening availability end up measuring in Zanele's case?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que “presença executiva” e a disponibilidade à noite acabaram medindo no caso da Zanele?</translation>
    </message>
    <message id="promotion-criteria.debrief.what.2">
      <source>On our path, was the outcome challenged, the process, both, or neither?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>No nosso caminho, o que foi questionado: o resultado, o processo, os dois ou nenhum?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.1">
      <source>Why does winning one person's case feel like success, even when the rule that created the problem stays?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que ganhar o caso de uma pessoa parece um sucesso, mesmo quando a regra que criou o problema continua?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.2">
      <source>Who pays for criteria that reward visibility and long hours, and who never notices them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quem paga por critérios que recompensam visibilidade e longas jornadas, e quem nunca os percebe?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.1">
      <source>Pick one criterion in a process you take part in (hiring, promotion, reviews). What would you have to see someone do to score highly on it?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Escolha um critério de um processo de que você participa (contratação, promoção, avaliações). O que você precisaria ver alguém fazer para dar uma nota alta nele?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.2">
      <source>What data could you ask for, this quarter, to find out who that criterion favours?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que dados você poderia pedir, neste trimestre, para descobrir quem esse critério favorece?</translation>
    </message>
    <message id="promotion-criteria.sources.1.title">
      <source>Workplace allyship practice: challenge the process that produces an outcome, not only the outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: questionar o processo que produz um resultado, não só o resultado</translation>
    </message>
    <message id="promotion-criteria.sources.1.note">
      <source>Drawn from writing on systemic allyship that urges asking what promotion criteria really reward, and examining promotion data by group for patterns.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado em textos sobre aliança sistêmica que incentivam a perguntar o que os critérios de promoção realmente recompensam e a examinar os dados de promoção por grupo em busca de padrões.</translation>
    </message>
    <message id="pronouns-and-language.title">
      <source>Morning, guys, this is Kai</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Bom dia a todos, apresento Kai</translation>
    </message>
    <message id="pronouns-and-language.summary">
      <source>At a client kick-off, a well-meaning project manager misgenders a colleague who uses they/them, then makes a show of apologising. The group decides what a teammate on the call does, and how they answer when the project manager asks for advice the next day.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Na reunião de abertura com um cliente, uma gerente de projeto bem-intencionada erra o gênero de uma pessoa da equipe que usa pronomes neutros (elu/delu) e depois faz um espetáculo ao pedir desculpas. O grupo decide o que outra pessoa da equipe, presente na chamada, faz e como responde quando a gerente de projeto pede um conselho no dia seguinte.</translation>
    </message>
    <message id="pronouns-and-language.content_note">
      <source>This role-play includes a colleague who uses they/them being misgendered in front of a client, an apology that turns into a show, and their pronoun being called bad grammar.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra uma colega errando o gênero de uma pessoa da equipe que usa elu/delu na frente de um cliente, um pedido de desculpas que vira espetáculo e esses pronomes chamados de português errado.</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.name">
      <source>Kai Nakamura-Reyes, user researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kai).</extracomment>
      <translation>Kai Nakamura-Reyes, especialista em pesquisa de usuários</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.brief">
      <source>You updated your pronouns to they/them three months ago, in your email signature and your chat profile, and told the team in a short message. Most people have adjusted. Being misgendered in front of a client, then having the apology turn into a performance, is exhausting; you say &quot;no worries&quot; because you have a research plan to present. What you want is for people to just get it right and move on.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kai).</extracomment>
      <translation>Há três meses você atualizou seus pronomes para elu/delu, na assinatura de e-mail e no perfil do chat, e avisou a equipe numa mensagem curta. A maioria das pessoas se adaptou. Ter seu gênero errado na frente de um cliente, e depois ver o pedido de desculpas virar espetáculo, é exaustivo; você diz “tranquilo” porque tem um plano de pesquisa para apresentar. O que você quer é que as pessoas simplesmente acertem e sigam em frente.</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.name">
      <source>Brenda Coughlan, senior project manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brenda).</extracomment>
      <translation>Brenda Carvalho, gerente de projetos sênior</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.brief">
      <source>You have known Kai for five years and you are fond of them. You find the new pronoun hard; it feels grammatically odd to you and you worry about getting it wrong, which makes you get it wrong more. &quot;Guys&quot; is just how you greet people. If someone gives you practical, kind advice, you take it; if you feel lectured, you get flustered and defensive.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brenda).</extracomment>
      <translation>Você conhece Kai há cinco anos e tem muito carinho por elu. Você acha o novo pronome difícil; ele soa gramaticalmente estranho para você e você tem medo de errar, o que faz você errar ainda mais. “Bom dia a todos” é simplesmente o jeito como você cumprimenta as pessoas. Se alguém der um conselho prático e gentil, você aceita; se sentir que está levando um sermão, fica atrapalhada e na defensiva.</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.name">
      <source>Hannah Lindqvist, client programme manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hannah).</extracomment>
      <translation>Hannah Lindqvist, gerente de programa do cliente</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.brief">
      <source>You are the client. You noticed the slip and the fuss and you felt awkward on Kai's behalf. You follow the lead of whoever sounds confident: if someone on the supplier side uses &quot;they&quot; naturally, you do the same.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hannah).</extracomment>
      <translation>Você é a cliente. Você percebeu o deslize e o alvoroço e ficou sem graça por Kai. Você segue quem parece ter segurança: se alguém do lado do fornecedor usar “elu” com naturalidade, você faz o mesmo.</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.brief">
      <source>Listen for every pronoun used about Kai and every greeting used for the group. Note who corrects, how, and how long it takes. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Preste atenção em cada pronome usado para falar de Kai e em cada cumprimento dirigido ao grupo. Anote quem corrige, como e quanto tempo leva. Use a lista de observação.</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.1">
      <source>Count the pronouns used about Kai. How many were right, and who got them right?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Conte os pronomes usados para falar de Kai. Quantos estavam certos, e quem acertou?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it keep the spotlight off Kai?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos de intervenção (distrair, delegar, documentar, adiar, agir diretamente) quem responde usou, e isso manteve os holofotes longe de Kai?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.3">
      <source>Did the responder correct by example (simply using &quot;they&quot;) or by drawing attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem respondeu corrigiu pelo exemplo (simplesmente usando “elu”) ou chamando a atenção para o erro?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.4">
      <source>Did anyone ask Kai what, if anything, they wanted done?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém perguntou a Kai se queria que algo fosse feito, e o quê?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.5">
      <source>When Brenda asked for help, was the advice practical, or a judgement?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quando a Brenda pediu ajuda, o conselho foi prático ou foi um julgamento?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.title">
      <source>Monday, client kick-off call</source>
      <extracomment>Scene heading, shown on the projector (scene kick-off).</extracomment>
      <translation>Segunda-feira, reunião de abertura com o cliente</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.narration">
      <source>Brenda opens the call: &quot;Morning, guys! Lovely to see you all. This is Kai, she's leading the research. Sorry, they! They. Gosh, I'm going to get myself in trouble, aren't I?&quot; She laughs for a few seconds too long. Hannah smiles uncertainly. Kai says, &quot;No worries,&quot; and shares their screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene kick-off).</extracomment>
      <translation>Brenda abre a chamada: “Bom dia a todos! Que bom ver vocês. Esta é a Kai, ela vai liderar a pesquisa. Ai, desculpa, elu! Elu. Nossa, vou me enrolar, né?” Ela ri por alguns segundos a mais do que devia. Hannah dá um sorriso inseguro. Kai diz “Tranquilo” e compartilha a tela.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.notes">
      <source>Read Brenda's line with real warmth; she is not hostile, she is flustered. Some participants may start debating pronouns themselves. Acknowledge that people are at different points, and bring the room back to the question: what does Kai need in the next five minutes? Do not let the discussion turn into a debate about Kai's identity.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene kick-off).</extracomment>
      <translation>Leia a fala da Brenda com carinho de verdade; ela não é hostil, está atrapalhada. Algumas pessoas podem começar a debater pronomes. Reconheça que cada pessoa está num ponto diferente e traga a sala de volta à pergunta: do que Kai precisa nos próximos cinco minutos? Não deixe a discussão virar um debate sobre a identidade de Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.prompt">
      <source>You are the project's lead developer, on the call. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene kick-off).</extracomment>
      <translation>Você lidera o desenvolvimento do projeto e está na chamada. O que você faz?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.text">
      <source>Nothing. Kai said &quot;no worries&quot;, and Brenda already corrected herself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option carry-on). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>Nada. Kai disse “tranquilo”, e a Brenda já se corrigiu.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.why">
      <source>Not adding to the awkwardness is a reasonable instinct, and it leaves the client with two versions of Kai's pronouns and no cue about which one to use.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option carry-on).</extracomment>
      <translation>Não aumentar o constrangimento é um instinto razoável, e deixa a cliente com duas versões dos pronomes de Kai e nenhuma pista de qual usar.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.text">
      <source>After the call, message Kai: &quot;Sorry about Brenda, that was awkward. She means well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option sorry-afterwards). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Depois da chamada, mando para Kai: “Desculpa pela Brenda, foi constrangedor. Ela tem boa intenção.”</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.why">
      <source>Acknowledging it privately shows you noticed, though &quot;she means well&quot; asks Kai to make allowances, and the client saw nothing different.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option sorry-afterwards).</extracomment>
      <translation>Reconhecer em particular mostra que você percebeu, mas “ela tem boa intenção” pede a Kai que releve, e a cliente não viu nada de diferente.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.text">
      <source>Add your own pronouns to your display name during the call and post in the chat: &quot;Pronouns matter! Let's all add ours.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option flag-and-chat). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Durante a chamada, incluo meus pronomes no meu nome de exibição e escrevo no chat: “Pronomes importam! Vamos todo mundo incluir os nossos.”</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.why">
      <source>Sharing pronouns can be a good norm, but launched right after the slip it points every eye back at Kai, in front of a client.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option flag-and-chat).</extracomment>
      <translation>Compartilhar pronomes pode ser um bom costume, mas lançado logo depois do deslize faz todos os olhares voltarem para Kai, na frente da cliente.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.text">
      <source>When you speak, use Kai's pronouns naturally: &quot;Kai's plan is solid; they've already booked the first interviews, so I'll follow their timeline.&quot; No comment on the slip.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option use-they). Shown on a phone button: keep it short, about 168 characters like the English.</extracomment>
      <translation>Quando falo, uso os pronomes de Kai com naturalidade: “O plano de Kai está sólido; elu já marcou as primeiras entrevistas, então vou seguir o cronograma delu.” Nada sobre o deslize.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.why">
      <source>It corrects by example, gives the client a clear cue, and keeps the focus on Kai's work rather than on the mistake.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option use-they).</extracomment>
      <translation>Corrige pelo exemplo, dá à cliente uma pista clara e mantém o foco no trabalho de Kai, e não no erro.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene both-versions).</extracomment>
      <translation>O resto da chamada</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.narration">
      <source>Later in the call, Hannah asks, &quot;Could she send the plan over, or should I ask — sorry, could they?&quot; and looks at Brenda, who says &quot;Either, ha.&quot; Kai answers the question about the plan and says nothing else for the remaining half hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene both-versions).</extracomment>
      <translation>Mais adiante na chamada, Hannah pergunta: “Ela pode mandar o plano, ou eu peço… desculpa, elu pode?” e olha para a Brenda, que diz: “Tanto faz, rá.” Kai responde à pergunta sobre o plano e não diz mais nada na meia hora que resta.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.notes">
      <source>Notice the ripple: uncertainty spreads to the client. Keep moving; the second decision gives this path another opening.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene both-versions).</extracomment>
      <translation>Repare no efeito cascata: a dúvida se espalha até a cliente. Siga em frente; a segunda decisão dá a este caminho outra chance.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.title">
      <source>A reply</source>
      <extracomment>Scene heading, shown on the projector (scene private-sympathy).</extracomment>
      <translation>Uma resposta</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.narration">
      <source>Kai replies: &quot;Thanks. I know she does.&quot; A minute later: &quot;It would just be nice if people got it right without the show.&quot; You read it twice and leave it on read.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-sympathy).</extracomment>
      <translation>Kai responde: “Obrigade. Eu sei que tem.” Um minuto depois: “Só seria bom se as pessoas acertassem sem fazer espetáculo.” Você lê duas vezes e deixa no visto.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.notes">
      <source>Ask what the second message is asking for, and who it is really addressed to. The next scene gives the responder a chance to act on it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-sympathy).</extracomment>
      <translation>Pergunte o que a segunda mensagem está pedindo e a quem ela se dirige de verdade. A próxima cena dá a quem respondeu a chance de agir a partir dela.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.title">
      <source>The chat</source>
      <extracomment>Scene heading, shown on the projector (scene spotlight).</extracomment>
      <translation>O chat</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.narration">
      <source>Three people on your side add pronouns; Hannah hesitates, then adds hers. Brenda types, &quot;Such a good idea!! Sorry again Kai!!&quot; Kai's camera goes off for the next ten minutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene spotlight).</extracomment>
      <translation>Três pessoas do seu lado incluem os pronomes; Hannah hesita e depois inclui os dela. Brenda digita: “Que ideia ótima!! Desculpa de novo, Kai!!” A câmera de Kai fica desligada pelos dez minutos seguintes.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.notes">
      <source>Participants who chose this often do care about pronoun norms. Agree that the norm can be valuable, then ask about timing and about whose comfort the moment served.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene spotlight).</extracomment>
      <translation>Quem escolhe esta opção muitas vezes se importa de verdade com o costume de compartilhar pronomes. Concorde que esse costume pode ter valor e depois pergunte sobre o momento escolhido e sobre o conforto de quem ele atendeu.</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>O resto da chamada</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.narration">
      <source>Hannah picks it up within a minute: &quot;Great, I'll send them our user list today.&quot; Brenda gets it right for the rest of the call, a little carefully. Afterwards Kai sends you a single line: &quot;Thanks for that.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Em menos de um minuto, a Hannah entra no ritmo: “Ótimo, vou mandar hoje para elu nossa lista de usuários.” Brenda acerta até o fim da chamada, com um pouco de cuidado. Depois, Kai manda a você uma única linha: “Valeu por aquilo.”</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.notes">
      <source>Draw out how little this cost and how much it did. Then ask: did it help Brenda, long term? It leads into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Destaque o quanto isso custou pouco e o quanto fez. Depois pergunte: isso ajudou a Brenda a longo prazo? A pergunta leva à próxima decisão.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.title">
      <source>Tuesday, a message from Brenda</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-asks).</extracomment>
      <translation>Terça-feira, uma mensagem da Brenda</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.narration">
      <source>Brenda messages you: &quot;Can I ask you something without being judged? Was I awful yesterday with Kai? I honestly find the 'they' thing hard, it feels like bad grammar. And is 'guys' really a problem now? I've said it my whole life.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-asks).</extracomment>
      <translation>Brenda manda uma mensagem: “Posso te perguntar uma coisa sem ser julgada? Eu fui horrível ontem com Kai? Sinceramente, acho difícil essa coisa do ‘elu’, parece português errado. E ‘bom dia a todos’ agora é problema também? Falei assim a vida inteira.”</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.notes">
      <source>Have the person playing Brenda read this sincerely. Some participants share Brenda's feelings and will be watching how she is treated; model respect for her in your own language. Ask responders to write their reply before seeing the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-asks).</extracomment>
      <translation>Peça a quem faz a Brenda que leia isso com sinceridade. Algumas pessoas compartilham os sentimentos da Brenda e vão observar como ela é tratada; demonstre respeito por ela na sua própria fala. Peça a quem responde que escreva a resposta antes de ver as opções.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.prompt">
      <source>Brenda has asked you directly and privately. How do you reply?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene brenda-asks).</extracomment>
      <translation>Brenda perguntou a você diretamente e em particular. Como você responde?</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.text">
      <source>&quot;Don't worry about it, everyone slips up. And 'guys' is fine, nobody minds.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option everyone-slips). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>“Não se preocupa, todo mundo escorrega. E ‘bom dia a todos’ tudo bem, ninguém liga.”</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.why">
      <source>Comforting a colleague comes naturally, and it tells her nothing needs to change.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option everyone-slips).</extracomment>
      <translation>Consolar uma colega é natural, e diz a ela que nada precisa mudar.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.text">
      <source>&quot;I think Kai would appreciate it if you tried a bit harder.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option try-harder). Shown on a phone button: keep it short, about 60 characters like the English.</extracomment>
      <translation>“Acho que Kai ia gostar se você se esforçasse um pouco mais.”</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.why">
      <source>It is true but vague; Brenda already feels she is trying and has nothing new to try.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option try-harder).</extracomment>
      <translation>É verdade, mas vago; a Brenda já sente que está se esforçando e não tem nada de novo para tentar.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.text">
      <source>&quot;Maybe post something supportive in the Pride channel? People will see you're on board.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option pride-post). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>“Que tal postar algo de apoio no canal do Orgulho? O pessoal vai ver que você está junto.”</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.why">
      <source>It offers her a visible gesture instead of a change in habit, and Kai still gets misgendered on Monday.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option pride-post).</extracomment>
      <translation>Oferece a ela um gesto visível em vez de uma mudança de hábito, e Kai continua tendo o gênero errado na segunda-feira.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.text">
      <source>&quot;Not awful, but the apology was bigger than the slip. Practise 'they' for Kai when they're not around; if you slip, correct and carry on, no apology speech. For groups, 'everyone' or 'folks' works. Want me to give you a quiet nudge if I hear it?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option practical-help). Shown on a phone button: keep it short, about 246 characters like the English.</extracomment>
      <translation>“Horrível não, mas o pedido de desculpas foi maior que o deslize. Treina usar ‘elu’ para Kai quando Kai não estiver por perto; se errar, corrige e segue, sem discurso. Para grupos, ‘pessoal’ ou ‘todo mundo’ funciona. Quer que eu te dê um toque discreto se ouvir?”</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.why">
      <source>Kind and concrete: it treats the change as a habit she can build, and offers support rather than judgement.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option practical-help).</extracomment>
      <translation>Gentil e concreto: trata a mudança como um hábito que ela pode construir e oferece apoio em vez de julgamento.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.text">
      <source>Give the same practical answer, then suggest that the team's kick-off template starts with optional name-and-pronoun introductions from everyone, so it never falls to Kai to raise it again.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option intro-norm). Shown on a phone button: keep it short, about 189 characters like the English.</extracomment>
      <translation>Dou a mesma resposta prática e sugiro que o modelo de reunião de abertura da equipe comece com apresentações opcionais de nome e pronomes de cada pessoa, para que nunca mais caiba a Kai levantar o assunto.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.why">
      <source>You help Brenda and change the routine, making inclusive introductions the default while keeping them optional for anyone not ready to share.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option intro-norm).</extracomment>
      <translation>Você ajuda a Brenda e muda a rotina, tornando as apresentações inclusivas o padrão, mas opcionais para quem ainda não se sente à vontade para compartilhar.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene same-again).</extracomment>
      <translation>Duas semanas depois</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.narration">
      <source>At the next client call, Brenda says &quot;she&quot; twice and &quot;guys&quot; six times. She does not apologise this time, which is somehow worse. Kai asks the resourcing manager whether there is room on another project.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene same-again).</extracomment>
      <translation>Na chamada seguinte com o cliente, a Brenda diz “ela” duas vezes e “todos” seis vezes. Desta vez não pede desculpas, o que de algum jeito é pior. Kai pergunta à gerente de alocação se há espaço em outro projeto.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.notes">
      <source>Let this one sit. Ask what &quot;nobody minds&quot; assumed about who was in the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene same-again).</extracomment>
      <translation>Deixe este final assentar. Pergunte o que o “ninguém liga” supunha sobre quem estava na sala.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene more-anxious).</extracomment>
      <translation>Duas semanas depois</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.narration">
      <source>Brenda becomes visibly anxious around Kai and starts avoiding pronouns altogether, saying &quot;Kai&quot; in every sentence. It is better than before, but stiff. Kai tells a friend it is like being handled with oven gloves.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene more-anxious).</extracomment>
      <translation>A Brenda fica visivelmente ansiosa perto de Kai e passa a evitar pronomes de todo jeito, dizendo “Kai” em todas as frases. É melhor do que antes, mas engessado. Kai conta a uma amiga que parece que estão segurando elu com luva de forno.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.notes">
      <source>A good example of well-meant but vague feedback. Ask what specific advice would have given Brenda somewhere to go.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene more-anxious).</extracomment>
      <translation>Um bom exemplo de retorno bem-intencionado, mas vago. Pergunte que conselho específico teria dado à Brenda um caminho a seguir.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene post-and-slip).</extracomment>
      <translation>Duas semanas depois</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.narration">
      <source>Brenda's post in the Pride channel gets thirty reactions. On the next client call she misgenders Kai once, and apologises at length again. Kai replies to the post with a polite thumbs-up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene post-and-slip).</extracomment>
      <translation>O post da Brenda no canal do Orgulho recebe trinta reações. Na chamada seguinte com o cliente, ela erra o gênero de Kai uma vez e pede desculpas longamente de novo. Kai responde ao post com um joinha educado.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.notes">
      <source>Contrast the public post with the private call. Ask the group which one Kai will remember.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene post-and-slip).</extracomment>
      <translation>Compare o post público com a chamada privada. Pergunte ao grupo de qual dos dois Kai vai se lembrar.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-practises).</extracomment>
      <translation>Duas semanas depois</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.narration">
      <source>Brenda tells you she has been practising in the car, &quot;which is ridiculous, but it works&quot;. She slips once on the next call, says &quot;they, sorry&quot; and carries on in the same breath. She opens the next meeting with &quot;Morning, everyone.&quot; Kai has stopped bracing at the start of calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-practises).</extracomment>
      <translation>A Brenda conta que tem treinado no carro, “o que é ridículo, mas funciona”. Na chamada seguinte ela escorrega uma vez, diz “elu, desculpa” e continua no mesmo fôlego. Ela abre a reunião seguinte com “Bom dia, pessoal”. Kai parou de se preparar para o pior no começo das chamadas.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.notes">
      <source>Point out that progress here is imperfect and still real. Ask what made it possible for Brenda to accept the advice.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-practises).</extracomment>
      <translation>Mostre que o progresso aqui é imperfeito e, ainda assim, real. Pergunte o que tornou possível para a Brenda aceitar o conselho.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene template-norm).</extracomment>
      <translation>Duas semanas depois</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.narration">
      <source>The new kick-off template goes out with an optional introductions slide. One senior engineer complains it is &quot;a bit much&quot;; most people add a line and move on. At the next kick-off, the client's own lead introduces himself with his pronouns, and nobody looks at Kai.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene template-norm).</extracomment>
      <translation>O novo modelo de reunião de abertura sai com um slide opcional de apresentações. Um engenheiro sênior reclama que é “um pouco demais”; a maioria das pessoas acrescenta uma linha e segue em frente. Na reunião de abertura seguinte, o próprio líder do cliente se apresenta com os pronomes dele, e ninguém olha para Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.notes">
      <source>Stress that optional matters: forcing people to declare pronouns can harm those still working things out. Ask who else benefits from a default like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene template-norm).</extracomment>
      <translation>Reforce que ser opcional importa: obrigar as pessoas a declarar pronomes pode prejudicar quem ainda está se entendendo. Pergunte quem mais se beneficia de um padrão como esse.</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.1">
      <source>How many times was Kai misgendered, and what happened to the conversation each time?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Quantas vezes erraram o gênero de Kai, e o que aconteceu com a conversa a cada vez?</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.2">
      <source>What did Hannah, the client, take her cue from?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Em quem a Hannah, a cliente, se baseou para saber o que fazer?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.1">
      <source>Why can a long apology land worse than the original slip?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que um pedido de desculpas longo pode cair pior do que o próprio deslize?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.2">
      <source>When a colleague says something is hard for them, how do you respect that and still ask for the change?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quando alguém com quem você trabalha diz que algo é difícil, como respeitar isso e ainda assim pedir a mudança?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.1">
      <source>Which group greeting do you use most, and what would you replace it with?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que cumprimento você mais usa com grupos, e por qual o trocaria?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.2">
      <source>If a colleague asked you Brenda's question tomorrow, what two practical tips would you give?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Se amanhã alguém fizesse a você a pergunta da Brenda, que duas dicas práticas você daria?</translation>
    </message>
    <message id="pronouns-and-language.sources.1.title">
      <source>Workplace allyship practice: use inclusive language and colleagues' correct pronouns</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: usar linguagem inclusiva e os pronomes corretos de cada colega</translation>
    </message>
    <message id="pronouns-and-language.sources.2.title">
      <source>Workplace allyship practice: own a mistake with a short, sincere apology</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: assumir um erro com um pedido de desculpas curto e sincero</translation>
    </message>
    <message id="rainbow-logo.title">
      <source>A rainbow on the logo, and page 14 of the benefits booklet</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Um arco-íris no logo, e a página 14 da cartilha de benefícios</translation>
    </message>
    <message id="rainbow-logo.summary">
      <source>A retailer's Pride month campaign is ready to go: a rainbow logo, posts and free T-shirts. The staff Pride network has asked for something else first, because the company's own health cover still excludes gender-affirming care and defines a partner as someone of the opposite sex. The marketing director decides twice: at the campaign sign-off and at the benefits renewal.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>A campanha do mês do Orgulho de uma rede varejista está pronta para sair: logo com arco-íris, posts e camisetas grátis. O grupo de afinidade LGBTQ+ pediu outra coisa antes, porque o próprio plano de saúde da empresa ainda exclui procedimentos de afirmação de gênero e define parceiro como alguém do sexo oposto. A diretora de marketing decide duas vezes: na aprovação da campanha e na renovação dos benefícios.</translation>
    </message>
    <message id="rainbow-logo.content_note">
      <source>This role-play includes a company's health cover excluding gender-affirming care and same-sex partners, and a debate over whether changing that is worth the cost.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra o plano de saúde de uma empresa excluindo procedimentos de afirmação de gênero e parceiros do mesmo sexo, e uma discussão sobre se vale a pena pagar para mudar isso.</translation>
    </message>
    <message id="rainbow-logo.roles.hana.name">
      <source>Hana Kobayashi, Marketing Director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hana).</extracomment>
      <translation>Hana Kobayashi, diretora de Marketing</translation>
    </message>
    <message id="rainbow-logo.roles.hana.brief">
      <source>You are straight and cisgender, and you genuinely want the company to show up for Pride. You hold a £40,000 budget for June and sit on the executive team. A colleague forwarded you Kit's message this morning; you agree with it, and you also know the campaign assets are finished and the agency has been paid.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hana).</extracomment>
      <translation>Você é hétero e cisgênero e quer, de verdade, que a empresa marque presença no Orgulho. Você tem um orçamento de 40.000 libras para junho e faz parte da diretoria executiva. Hoje de manhã, uma colega encaminhou a você a mensagem do Kit; você concorda com ela, e também sabe que as peças da campanha estão prontas e a agência já foi paga.</translation>
    </message>
    <message id="rainbow-logo.roles.kit.name">
      <source>Kit Adebayo (he/him), payroll specialist and co-lead of the Pride network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kit).</extracomment>
      <translation>Kit Adebayo (ele/dele), especialista em folha de pagamento e co-coordenador do grupo de afinidade LGBTQ+</translation>
    </message>
    <message id="rainbow-logo.roles.kit.brief">
      <source>You raised the health-cover gaps in last year's staff survey and in a meeting with Reward, and nothing moved. You are not against a rainbow; you are against a rainbow on its own. You do not want to be the face of the campaign. If someone asks what the network wants, answer plainly: fix the partner definition (it costs nothing) and cost the care exclusion before the September renewal.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kit).</extracomment>
      <translation>Você levantou as lacunas do plano de saúde na pesquisa de clima do ano passado e numa reunião com Remuneração e Benefícios, e nada andou. Você não é contra um arco-íris; é contra um arco-íris sozinho. Você não quer ser o rosto da campanha. Se alguém perguntar o que o grupo quer, responda com clareza: corrigir a definição de parceiro (não custa nada) e orçar a cobertura excluída antes da renovação de setembro.</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.name">
      <source>Nadia Petrova, social media lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nadia).</extracomment>
      <translation>Nadia Petrova, líder de redes sociais</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.brief">
      <source>You built this campaign over six weeks and you are proud of it; your brother is gay and Pride matters to you. If the campaign is paused you feel, at first, that you are being accused of something. If you are asked for ideas rather than told off, you have good ones, including how to talk about a policy change in public.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nadia).</extracomment>
      <translation>Você construiu esta campanha ao longo de seis semanas e tem orgulho dela; seu irmão é gay, e o Orgulho importa para você. Se a campanha for suspensa, no começo você sente que está sendo acusada de alguma coisa. Se pedirem suas ideias em vez de darem bronca, você tem boas ideias, inclusive sobre como falar em público de uma mudança de política.</translation>
    </message>
    <message id="rainbow-logo.roles.colm.name">
      <source>Colm Doherty, Head of Reward</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role colm).</extracomment>
      <translation>Colm Doherty, diretor de Remuneração e Benefícios</translation>
    </message>
    <message id="rainbow-logo.roles.colm.brief">
      <source>You are not against changing the cover; you have been told to hold benefit costs flat this year. Adding gender-affirming care would cost roughly £30,000 a year, and the insurer will only change terms at the September renewal. The partner wording, you privately admit, could be fixed in a fortnight at no cost. Answer questions honestly; do not volunteer the cheap fix unless someone separates the two issues.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role colm).</extracomment>
      <translation>Você não é contra mudar a cobertura; recebeu ordem de manter os custos de benefícios estáveis este ano. Incluir procedimentos de afirmação de gênero custaria cerca de 30.000 libras por ano, e a seguradora só muda as condições na renovação de setembro. A redação sobre parceiros, você admite em particular, poderia ser corrigida em duas semanas, sem custo. Responda às perguntas com honestidade; não ofereça a solução barata a menos que alguém separe as duas questões.</translation>
    </message>
    <message id="rainbow-logo.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="rainbow-logo.roles.observer.brief">
      <source>Watch who gets to speak about the policy, and who speaks about the campaign. Use the checklist and write down exact phrases.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe quem tem a palavra sobre a política e quem fala sobre a campanha. Use a lista de observação e anote as frases exatas.</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.1">
      <source>Who mentioned the policy itself (the partner definition, the care exclusion), and who talked only about the campaign?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem mencionou a política em si (a definição de parceiro, a exclusão da cobertura), e quem falou só da campanha?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.2">
      <source>Was the Pride network asked what it wanted, or told what it would get?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Perguntaram ao grupo de afinidade o que ele queria, ou comunicaram o que ele ia receber?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.3">
      <source>Did anyone separate the change that costs nothing from the change that costs money? When, and what happened next?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Alguém separou a mudança que não custa nada da mudança que custa dinheiro? Quando, e o que aconteceu depois?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.4">
      <source>Which intervention moves appeared: distract, delegate, document, delay, direct? Notice especially delay (holding the sign-off) and document (the network's written note).</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quais movimentos de intervenção apareceram: distrair, delegar, documentar, adiar, agir diretamente? Repare principalmente em adiar (segurar a aprovação) e documentar (a nota escrita do grupo).</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.5">
      <source>What did each choice cost Hana, and what did it cost Kit?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quanto cada escolha custou à Hana, e quanto custou ao Kit?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.title">
      <source>Campaign sign-off</source>
      <extracomment>Scene heading, shown on the projector (scene sign-off).</extracomment>
      <translation>Aprovação da campanha</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.narration">
      <source>Last week of May. Nadia Petrova clicks through the June plan: the logo in rainbow colours on every channel, a &quot;#ProudAtCalder&quot; series of posts, free T-shirts for store staff, and a £5,000 donation to an LGBTQ+ youth charity. Hana Kobayashi is due to approve it today. On her phone is a message Kit Adebayo posted in the Pride network channel this morning: &quot;Please, no rainbow logo while our health cover excludes gender-affirming care and page 14 still defines a partner as someone of the opposite sex.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sign-off).</extracomment>
      <translation>Última semana de maio. A Nadia Petrova passa os slides do plano de junho: o logo com as cores do arco-íris em todos os canais, uma série de posts “#ProudAtCalder”, camisetas grátis para o pessoal das lojas e uma doação de 5.000 libras para uma ONG de jovens LGBTQ+. A Hana Kobayashi deve aprovar tudo hoje. No celular dela está uma mensagem que o Kit Adebayo postou hoje de manhã no canal do grupo de afinidade: “Por favor, nada de logo com arco-íris enquanto o nosso plano de saúde exclui procedimentos de afirmação de gênero e a página 14 ainda define parceiro como alguém do sexo oposto.”</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.notes">
      <source>Give the group two minutes. Someone will say &quot;but marketing doesn't own benefits&quot;. That is true, so ask who in the company does own the gap between the two. Keep Nadia's role-player in the conversation; she should not become the villain, and the campaign is not a bad piece of work.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sign-off).</extracomment>
      <translation>Dê dois minutos ao grupo. Alguém vai dizer “mas benefícios não são responsabilidade do marketing”. É verdade; então pergunte quem na empresa é responsável pela distância entre as duas coisas. Mantenha quem faz o papel da Nadia na conversa; ela não deve virar a vilã, e a campanha não é um trabalho ruim.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.prompt">
      <source>You are Hana. Nadia is waiting for your sign-off. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sign-off).</extracomment>
      <translation>Você é a Hana. A Nadia está esperando a sua aprovação. O que você faz?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.text">
      <source>&quot;Looks great, approved.&quot; Benefits belong to Reward, not to marketing.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option approve). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>“Ficou ótimo, aprovado.” Benefícios são com Remuneração, não com o marketing.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.why">
      <source>The boundary between teams is real. But the people who raised the problem get a rainbow instead of a reply.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option approve).</extracomment>
      <translation>A fronteira entre as áreas é real. Mas quem levantou o problema recebe um arco-íris em vez de uma resposta.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.text">
      <source>Approve it, double the charity donation, and write a personal post on your own LinkedIn about why Pride matters to you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option amplify). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Aprovo, dobro a doação para a ONG e escrevo um post pessoal no meu LinkedIn sobre por que o Orgulho importa para mim.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.why">
      <source>The donation does real good outside the company. Inside it, the visible support grows while the policy Kit named stays untouched, and your name is now on the gesture.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option amplify).</extracomment>
      <translation>A doação faz um bem real fora da empresa. Dentro dela, o apoio visível cresce enquanto a política que o Kit apontou fica intocada, e agora o seu nome está no gesto.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.text">
      <source>&quot;Let's hold this for two days. Nadia, could we take the plan to the Pride network and ask what would make June mean something to them? I'll reply to Kit now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option ask-network). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>“Vamos segurar isso dois dias. Nadia, podemos levar o plano ao grupo de afinidade e perguntar o que faria junho ter sentido para eles? Vou responder ao Kit agora.”</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.why">
      <source>You pause a public gesture long enough to hear the people it is meant for, at the cost of a tight deadline and some of Nadia's goodwill.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option ask-network).</extracomment>
      <translation>Você pausa um gesto público o tempo suficiente para ouvir as pessoas a quem ele se destina, ao custo de um prazo apertado e de parte da boa vontade da Nadia.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.text">
      <source>&quot;I won't sign off a rainbow logo while our own booklet says this. I'll take the partner definition and the care exclusion to the executive team this week. If we can't change them before June, we launch later, with the change.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option link-to-policy). Shown on a phone button: keep it short, about 226 characters like the English.</extracomment>
      <translation>“Não vou aprovar um logo com arco-íris enquanto a nossa própria cartilha diz isso. Vou levar a definição de parceiro e a exclusão da cobertura à diretoria executiva esta semana. Se não der para mudar antes de junho, lançamos depois, com a mudança.”</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.why">
      <source>You use your sign-off and your seat on the executive team to tie the gesture to a policy change, accepting a delayed campaign and a hard conversation with Finance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option link-to-policy).</extracomment>
      <translation>Você usa a sua aprovação e o seu lugar na diretoria executiva para atrelar o gesto a uma mudança de política, aceitando uma campanha atrasada e uma conversa difícil com o Financeiro.</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.title">
      <source>1 June</source>
      <extracomment>Scene heading, shown on the projector (scene launched).</extracomment>
      <translation>1º de junho</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.narration">
      <source>On 1 June the rainbow logo goes live everywhere, and the first post collects thousands of likes. By lunchtime, a former employee has replied underneath with a photo of page 14 of the benefits booklet, the partner definition circled in red. The reply gets more likes than the post. In the Pride network channel, Kit writes: &quot;Well. We did ask.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launched).</extracomment>
      <translation>Em 1º de junho, o logo com arco-íris entra no ar em todos os lugares, e o primeiro post junta milhares de curtidas. Na hora do almoço, um ex-funcionário responde logo abaixo com uma foto da página 14 da cartilha de benefícios, com a definição de parceiro circulada em vermelho. A resposta recebe mais curtidas que o post. No canal do grupo de afinidade, o Kit escreve: “Pois é. A gente pediu.”</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.notes">
      <source>Keep it factual. If a participant says &quot;that could happen to any company&quot;, agree; that is why it is worth rehearsing. Move on after a minute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launched).</extracomment>
      <translation>Mantenha-se nos fatos. Se alguém disser “isso poderia acontecer com qualquer empresa”, concorde; é por isso que vale a pena ensaiar. Siga em frente depois de um minuto.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.title">
      <source>Hearts and a screenshot</source>
      <extracomment>Scene heading, shown on the projector (scene amplified).</extracomment>
      <translation>Corações e um print</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.narration">
      <source>Hana's post does well: former colleagues leave hearts, and the charity thanks the company by name. In the Pride network channel, someone shares her post next to a photo of page 14 of the benefits booklet, with no comment. Kit reacts to neither. Two members quietly leave the channel that week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene amplified).</extracomment>
      <translation>O post da Hana vai bem: ex-colegas deixam corações, e a ONG agradece à empresa pelo nome. No canal do grupo de afinidade, alguém compartilha o post dela ao lado de uma foto da página 14 da cartilha de benefícios, sem comentário. O Kit não reage a nenhum dos dois. Naquela semana, duas pessoas saem do canal sem alarde.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.notes">
      <source>Someone who picked this may bristle: &quot;so giving to charity is bad now?&quot; No, and say so. Then ask Kit's role-player how it felt to read Hana's post that morning. The gap between the two is the learning.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene amplified).</extracomment>
      <translation>Quem escolheu esta opção pode se irritar: “então agora doar para caridade é ruim?” Não é, e diga isso. Depois pergunte a quem faz o papel do Kit como foi ler o post da Hana naquela manhã. A distância entre as duas coisas é o aprendizado.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.title">
      <source>What the network asked for</source>
      <extracomment>Scene heading, shown on the projector (scene listened).</extracomment>
      <translation>O que o grupo de afinidade pediu</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.narration">
      <source>Nadia is frustrated, since the agency has already been paid for the artwork, but she comes to the meeting. The network's members are clear: they are not against a rainbow, only against a rainbow by itself. They ask for two things: rewrite the partner definition, which costs nothing, and cost the care cover in time for the September renewal. Nadia suggests a June post that says exactly that, and the logo waits until the wording has changed.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene listened).</extracomment>
      <translation>A Nadia fica frustrada, já que a agência já recebeu pela arte, mas vai à reunião. As pessoas do grupo são claras: não são contra um arco-íris, só contra um arco-íris sozinho. Elas pedem duas coisas: reescrever a definição de parceiro, o que não custa nada, e orçar a cobertura a tempo da renovação de setembro. A Nadia sugere um post em junho que diga exatamente isso, e o logo espera até a redação mudar.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.notes">
      <source>Notice the shift: once she is asked rather than overruled, Nadia contributes. Point this out in the debrief. If Kit's role-player wants to push harder than the narration does, let them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene listened).</extracomment>
      <translation>Repare na virada: quando pedem a opinião dela em vez de passar por cima, a Nadia contribui. Mostre isso na reflexão. Se quem faz o papel do Kit quiser pressionar mais do que a narração, deixe.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.title">
      <source>The executive meeting</source>
      <extracomment>Scene heading, shown on the projector (scene tied).</extracomment>
      <translation>A reunião da diretoria executiva</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.narration">
      <source>At the executive meeting, the finance director asks what the care cover would cost. Colm Doherty from Reward estimates about £30,000 a year and says the insurer only changes terms at the September renewal. The partner wording, he admits, could be fixed in a fortnight. The June campaign is postponed; Nadia is disappointed, and two regional managers ask why their stores are the only ones on the high street without a rainbow.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene tied).</extracomment>
      <translation>Na reunião da diretoria executiva, o diretor financeiro pergunta quanto custaria a cobertura. O Colm Doherty, de Remuneração e Benefícios, estima cerca de 30.000 libras por ano e diz que a seguradora só muda as condições na renovação de setembro. A redação sobre parceiros, ele admite, poderia ser corrigida em duas semanas. A campanha de junho é adiada; a Nadia fica decepcionada, e dois gerentes regionais perguntam por que as lojas deles são as únicas da rua comercial sem arco-íris.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.notes">
      <source>Make sure the cost is felt: a delayed campaign, a disappointed colleague, managers asking awkward questions. Ask Nadia's role-player what she would want Hana to say to her now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene tied).</extracomment>
      <translation>Garanta que o custo seja sentido: uma campanha adiada, uma colega decepcionada, gerentes fazendo perguntas incômodas. Pergunte a quem faz o papel da Nadia o que ela gostaria que a Hana dissesse a ela agora.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.title">
      <source>The renewal</source>
      <extracomment>Scene heading, shown on the projector (scene benefits-review).</extracomment>
      <translation>A renovação</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.narration">
      <source>Mid-July, and the executive team reviews the insurance renewal. Colm presents two options: renew on current terms, or add gender-affirming care and rewrite the partner definition for roughly £30,000 more a year. The finance director leans towards renewing as it is: &quot;It's a tight year.&quot; The Pride network has sent a short written note asking for the second option and offering to check the new wording.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene benefits-review).</extracomment>
      <translation>Meados de julho, e a diretoria executiva analisa a renovação do seguro. O Colm apresenta duas opções: renovar nas condições atuais ou incluir os procedimentos de afirmação de gênero e reescrever a definição de parceiro, por cerca de 30.000 libras a mais por ano. O diretor financeiro tende a renovar como está: “É um ano apertado.” O grupo de afinidade mandou uma nota curta por escrito pedindo a segunda opção e se oferecendo para revisar a nova redação.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.notes">
      <source>Three to four minutes. This is the private test: no cameras, no likes, just a renewal form. If the group jumps straight to the advocate option, ask where the money comes from and who loses it. If Colm's role-player is asked to separate the two issues, he should answer honestly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene benefits-review).</extracomment>
      <translation>De três a quatro minutos. Este é o teste no particular: sem câmeras, sem curtidas, só um formulário de renovação. Se o grupo pular direto para a opção do estágio “Defesa de causa”, pergunte de onde vem o dinheiro e quem o perde. Se pedirem a quem faz o papel do Colm que separe as duas questões, ele deve responder com honestidade.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.prompt">
      <source>You are Hana. The finance director is looking for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene benefits-review).</extracomment>
      <translation>Você é a Hana. O diretor financeiro está buscando concordância. O que você diz?</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.text">
      <source>Agree to renew on current terms and revisit it next year, when the numbers look better.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option renew). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Concordo em renovar nas condições atuais e rever no ano que vem, quando os números estiverem melhores.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.why">
      <source>Cost pressure is real. But &quot;next year&quot; has already been said once, and the people affected will carry the gap for another twelve months.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option renew).</extracomment>
      <translation>A pressão de custos é real. Mas “ano que vem” já foi dito uma vez, e as pessoas afetadas vão carregar essa lacuna por mais doze meses.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.text">
      <source>&quot;I'm sympathetic to option two, for what it's worth.&quot; Then leave the decision to Finance.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option sympathise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>“Só para constar, eu simpatizo com a opção dois.” E deixo a decisão com o Financeiro.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.why">
      <source>Your view is on record, and it is the right view. But nothing in the room changes because of it, and the decision goes to whoever cares most about the cost.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option sympathise).</extracomment>
      <translation>Sua opinião fica registrada, e é a opinião certa. Mas nada muda na sala por causa dela, e a decisão fica com quem mais se preocupa com o custo.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.text">
      <source>&quot;Let's renew as it is, but announce an inclusive-benefits review, and make it part of next June's campaign.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option announce-review). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>“Vamos renovar como está, mas anunciar uma revisão de benefícios inclusivos e fazer disso parte da campanha do próximo junho.”</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.why">
      <source>An announced review sounds like progress and gives next year's campaign a story. Without a date, an owner or money, it is a promise written for an audience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option announce-review).</extracomment>
      <translation>Uma revisão anunciada soa como progresso e dá uma história à campanha do ano que vem. Sem data, responsável ou dinheiro, é uma promessa escrita para uma plateia.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.text">
      <source>&quot;Before we decide, can we read the network's note properly? And Colm, can we separate the two? If the wording costs nothing, could we agree that today and set a date for the care cover?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option split-and-hear). Shown on a phone button: keep it short, about 186 characters like the English.</extracomment>
      <translation>“Antes de decidir, podemos ler a nota do grupo com atenção? E, Colm, dá para separar as duas coisas? Se a redação não custa nada, podemos aprovar isso hoje e marcar uma data para a cobertura?”</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.why">
      <source>You bring the network's voice into the room and split off the change that has no reason to wait, even though the bigger one may slip.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option split-and-hear).</extracomment>
      <translation>Você traz a voz do grupo de afinidade para a sala e separa a mudança que não tem motivo para esperar, mesmo que a maior possa atrasar.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.text">
      <source>&quot;I'll put £20,000 of next year's campaign budget towards the cover. I'd rather the money changed the policy than printed more rainbows. Let's approve option two and check our benefits with the network every year.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option fund-it). Shown on a phone button: keep it short, about 213 characters like the English.</extracomment>
      <translation>“Vou destinar 20.000 libras do orçamento de campanha do ano que vem para a cobertura. Prefiro que o dinheiro mude a política a imprimir mais arco-íris. Vamos aprovar a opção dois e revisar os benefícios com o grupo todo ano.”</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.why">
      <source>You move your own budget from image to substance and build a yearly check, so the fix doesn't depend on one person remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option fund-it).</extracomment>
      <translation>Você tira seu próprio orçamento da imagem e o coloca na substância, e cria uma revisão anual, para que a solução não dependa de uma pessoa se lembrar.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.title">
      <source>Renewed as it was</source>
      <extracomment>Scene heading, shown on the projector (scene end-renewed).</extracomment>
      <translation>Renovado como estava</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.narration">
      <source>The policy renews unchanged in September. Next June the rainbow logo goes up, and Kit asks to step down from the Pride network's committee. In the staff survey, the question about whether the company acts on its values scores lower among LGBTQ+ staff than among any other group.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-renewed).</extracomment>
      <translation>A apólice é renovada sem mudanças em setembro. No junho seguinte, o logo com arco-íris volta, e o Kit pede para deixar a comissão do grupo de afinidade. Na pesquisa de clima, a pergunta sobre se a empresa age de acordo com os seus valores tem nota mais baixa entre as pessoas LGBTQ+ do que em qualquer outro grupo.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.notes">
      <source>Pause before the debrief. Ask the room to name the moment this outcome became likely.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-renewed).</extracomment>
      <translation>Faça uma pausa antes da reflexão. Peça à sala que aponte o momento em que este resultado ficou provável.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.title">
      <source>Sympathy, minuted</source>
      <extracomment>Scene heading, shown on the projector (scene end-sympathy).</extracomment>
      <translation>Simpatia registrada em ata</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.narration">
      <source>The minutes record &quot;sympathy expressed; renewal approved on current terms&quot;. Kit reads them through the network and notices the word sympathy twice. The network's note is filed, and the following spring it is sent again, almost word for word.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sympathy).</extracomment>
      <translation>A ata registra “manifestada simpatia; renovação aprovada nas condições atuais”. O Kit lê a ata, que chega a ele pelo grupo de afinidade, e nota a palavra simpatia duas vezes. A nota do grupo é arquivada e, na primavera seguinte, é enviada de novo, quase palavra por palavra.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.title">
      <source>A review with no owner</source>
      <extracomment>Scene heading, shown on the projector (scene end-review-announced).</extracomment>
      <translation>Uma revisão sem responsável</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.narration">
      <source>The review is announced in the staff newsletter, framed in rainbow colours. Months pass and no review meeting is scheduled. When next June's campaign mentions &quot;reviewing our benefits&quot;, two network members ask in the company channel who is doing the reviewing, and nobody answers for a week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-review-announced).</extracomment>
      <translation>A revisão é anunciada no boletim interno, numa moldura com as cores do arco-íris. Os meses passam, e nenhuma reunião de revisão é marcada. Quando a campanha do junho seguinte menciona que estamos “revisando nossos benefícios”, duas pessoas do grupo perguntam no canal da empresa quem está fazendo a revisão, e ninguém responde por uma semana.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.notes">
      <source>This one often surprises people, because the option sounded constructive. Ask what would have turned the announcement into a commitment: an owner, a date, a budget.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-review-announced).</extracomment>
      <translation>Este final costuma surpreender, porque a opção soava construtiva. Pergunte o que teria transformado o anúncio num compromisso: um responsável, uma data, um orçamento.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.title">
      <source>Half a win</source>
      <extracomment>Scene heading, shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>Meia vitória</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.narration">
      <source>The partner definition is rewritten within a month, and three staff add their partners to their cover without filling in an exception form. The care cover is held over to the next renewal, with Colm named as owner and a date in the diary. Kit calls it half a win, and says half is more than the network has had in three years.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>A definição de parceiro é reescrita em um mês, e três pessoas incluem seus parceiros na cobertura sem preencher um formulário de exceção. A cobertura dos procedimentos fica para a renovação seguinte, com o Colm nomeado responsável e uma data na agenda. O Kit chama isso de meia vitória e diz que meia é mais do que o grupo teve em três anos.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.title">
      <source>Smaller campaign, different policy</source>
      <extracomment>Scene heading, shown on the projector (scene end-funded).</extracomment>
      <translation>Campanha menor, política diferente</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.narration">
      <source>The finance director agrees, on condition that marketing spends less next year, which means a much smaller June campaign. In September the new cover takes effect, and the network checks the wording before it goes out. Next June the logo does turn rainbow, with a link to the policy, and Kit writes the post himself, because this time he wants to.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-funded).</extracomment>
      <translation>O diretor financeiro concorda, com a condição de que o marketing gaste menos no ano seguinte, o que significa uma campanha de junho bem menor. Em setembro, a nova cobertura entra em vigor, e o grupo de afinidade revisa a redação antes de ela ser divulgada. No junho seguinte, o logo ganha, sim, as cores do arco-íris, com um link para a política, e o Kit escreve o post ele mesmo, porque desta vez ele quer.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.notes">
      <source>Name the cost: Nadia's next campaign will be half the size. Ask her role-player how she feels about that trade now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-funded).</extracomment>
      <translation>Dê nome ao custo: a próxima campanha da Nadia vai ter metade do tamanho. Pergunte a quem faz o papel dela o que pensa dessa troca agora.</translation>
    </message>
    <message id="rainbow-logo.debrief.what.1">
      <source>What did the Pride network ask for, and what did it get on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que o grupo de afinidade LGBTQ+ pediu, e o que recebeu no caminho que seguimos?</translation>
    </message>
    <message id="rainbow-logo.debrief.what.2">
      <source>When did the campaign and the policy get discussed in the same breath, and when were they kept apart?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Quando a campanha e a política foram discutidas juntas, e quando foram mantidas separadas?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.1">
      <source>Why might staff trust a company less after a public gesture than before it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que as pessoas podem confiar menos numa empresa depois de um gesto público do que antes dele?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.2">
      <source>Which option felt most like support at the time, and does it still, now you have seen where it led?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qual opção pareceu mais um apoio na hora, e ainda parece, agora que vocês viram aonde ela levou?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.1">
      <source>Think of a public gesture your organisation makes each year. Which internal policy would make it true?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Pense num gesto público que a sua organização faz todo ano. Que política interna o tornaria verdadeiro?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.2">
      <source>Who in your organisation could you ask, before the next awareness month, what would actually help?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>A quem na sua organização você poderia perguntar, antes do próximo mês temático, o que de fato ajudaria?</translation>
    </message>
    <message id="rainbow-logo.sources.1.title">
      <source>Workplace allyship practice: tie public gestures to policy change, not the other way round</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: atrelar gestos públicos a mudanças de política, e não o contrário</translation>
    </message>
    <message id="rainbow-logo.sources.1.note">
      <source>Drawn from writing on performative allyship that names awareness-month gestures with no accompanying change in benefits or policy as one of its most recognisable forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado em textos sobre aliança performática que apontam os gestos de meses temáticos sem nenhuma mudança correspondente em benefícios ou políticas como uma das suas formas mais reconhecíveis.</translation>
    </message>
    <message id="stretch-project.title">
      <source>Who gets Meridian?</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Quem fica com o Meridian?</translation>
    </message>
    <message id="stretch-project.summary">
      <source>A director asks her managers for someone to lead a high-visibility project, and the usual name comes up at once. The group decides whether a manager puts forward a talented analyst who has never been considered, and what they say when she asks how people get picked.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Uma diretora pede a seus gestores um nome para liderar um projeto de grande visibilidade, e o nome de sempre aparece na hora. O grupo decide se quem gerencia uma analista talentosa, que nunca foi considerada, a indica para o projeto, e o que diz quando ela pergunta como as pessoas são escolhidas.</translation>
    </message>
    <message id="stretch-project.content_note">
      <source>This role-play includes a skilled analyst being overlooked for a high-profile project that keeps going to the same few people, and talk of adding her for &quot;diversity&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Esta dramatização mostra uma analista talentosa sendo deixada de lado num projeto de grande visibilidade que sempre fica com as mesmas pessoas, e a ideia de incluí-la por “diversidade”.</translation>
    </message>
    <message id="stretch-project.roles.harpreet.name">
      <source>Harpreet Kaur Sandhu, senior planning analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role harpreet).</extracomment>
      <translation>Harpreet Kaur Sandhu, analista sênior de planejamento</translation>
    </message>
    <message id="stretch-project.roles.harpreet.brief">
      <source>You have been in the team four years and rebuilt its forecasting model last year. You did a leadership course in your own time. You have watched the same few people lead every visible project, and you have stopped assuming it will ever be you, though you have not said so. If asked what you want, be honest: you want the project, and you need your Tuesday finish time protected for a family commitment.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role harpreet).</extracomment>
      <translation>Você está na equipe há quatro anos e, no ano passado, reconstruiu o modelo de previsão. Fez um curso de liderança por conta própria. Você vê sempre as mesmas poucas pessoas liderarem todos os projetos visíveis e deixou de achar que um dia será a sua vez, embora não tenha dito isso. Se perguntarem o que você quer, seja sincera: você quer o projeto e precisa que seu horário de saída às terças seja respeitado, por causa de um compromisso familiar.</translation>
    </message>
    <message id="stretch-project.roles.catherine.name">
      <source>Catherine Doyle, director of planning</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role catherine).</extracomment>
      <translation>Cristina Duarte, diretora de planejamento</translation>
    </message>
    <message id="stretch-project.roles.catherine.brief">
      <source>You need Meridian to succeed and you reach for people you already know can deliver. You do not know Harpreet's work. You respond well to a specific case with evidence, and badly to anything that sounds like box ticking.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role catherine).</extracomment>
      <translation>Você precisa que o Meridian dê certo e recorre a pessoas que já sabe que entregam. Você não conhece o trabalho da Harpreet. Você reage bem a um argumento específico, com evidências, e mal a qualquer coisa que soe como cumprir tabela.</translation>
    </message>
    <message id="stretch-project.roles.anders.name">
      <source>Anders Holm, operations manager (peer of the responder)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role anders).</extracomment>
      <translation>André Moura, gerente de operações (do mesmo nível de quem responde)</translation>
    </message>
    <message id="stretch-project.roles.anders.brief">
      <source>Ben Carter is in your team and you are proud of him. Putting him forward is loyalty, not exclusion. If someone proposes another name, push back once (&quot;Ben's done this before&quot;), then accept a good argument.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role anders).</extracomment>
      <translation>O Beto Cardoso é da sua equipe e você se orgulha dele. Indicá-lo é lealdade, não exclusão. Se alguém propuser outro nome, resista uma vez (“O Beto já fez isso antes”) e depois aceite um bom argumento.</translation>
    </message>
    <message id="stretch-project.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Quem observa</translation>
    </message>
    <message id="stretch-project.roles.observer.brief">
      <source>Watch how names get suggested: who speaks first, what evidence is given, and whose voice is in the room. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observe como os nomes são sugeridos: quem fala primeiro, que evidências são dadas e de quem é a voz presente na sala. Use a lista de observação.</translation>
    </message>
    <message id="stretch-project.observer_checklist.1">
      <source>What evidence was offered for Ben, and what evidence was offered for Harpreet?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Que evidências foram apresentadas a favor do Beto, e que evidências a favor da Harpreet?</translation>
    </message>
    <message id="stretch-project.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use? Did anyone ask to delay the decision until more names were considered?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qual dos cinco movimentos de intervenção (distrair, delegar, documentar, adiar, agir diretamente) quem responde usou? Alguém pediu para adiar a decisão até que mais nomes fossem considerados?</translation>
    </message>
    <message id="stretch-project.observer_checklist.3">
      <source>Did the responder ask Harpreet what she wanted, or decide on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quem respondeu perguntou à Harpreet o que ela queria ou decidiu por ela?</translation>
    </message>
    <message id="stretch-project.observer_checklist.4">
      <source>What did the responder risk or give up by putting Harpreet forward?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>O que quem respondeu arriscou ou abriu mão ao indicar a Harpreet?</translation>
    </message>
    <message id="stretch-project.observer_checklist.5">
      <source>Was the way people get chosen for projects questioned, or only this one choice?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>A forma como as pessoas são escolhidas para projetos foi questionada, ou só esta escolha?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.title">
      <source>Monday, the managers' meeting</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Segunda-feira, a reunião de gestores</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.narration">
      <source>Catherine: &quot;Meridian kicks off next month. Six months, two days a week, reporting straight to the executive team. I need a lead by Friday. Names?&quot; Anders doesn't hesitate: &quot;Ben, surely. He did the last two and the execs know him.&quot; Catherine nods, &quot;Good shout. Anyone else?&quot; and glances round the table.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Cristina: “O Meridian começa no mês que vem. Seis meses, dois dias por semana, reportando direto à diretoria executiva. Preciso de alguém para liderar até sexta. Nomes?” André nem hesita: “O Beto, né? Ele fez os dois últimos e a diretoria conhece ele.” Cristina concorda: “Boa. Mais alguém?” e corre os olhos pela mesa.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.notes">
      <source>Before the prompt, remind the group of the responder's position: they manage Harpreet, she rebuilt the forecasting model Meridian depends on, and losing her for two days a week would hurt their busiest quarter. That cost is real; let participants feel it rather than wishing it away.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-meeting).</extracomment>
      <translation>Antes do enunciado, lembre ao grupo a posição de quem responde: essa pessoa é gestora da Harpreet, ela reconstruiu o modelo de previsão de que o Meridian depende, e perdê-la dois dias por semana pesaria no trimestre mais puxado da equipe. Esse custo é real; deixe o pessoal senti-lo em vez de fingir que ele não existe.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.prompt">
      <source>You manage Harpreet. Nobody has mentioned her, and you would lose her for two days a week in your busiest quarter. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-meeting).</extracomment>
      <translation>A Harpreet é da sua equipe e responde a você. Ninguém falou dela, e você a perderia dois dias por semana no seu trimestre mais puxado. O que você faz?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.text">
      <source>Say nothing. Ben is capable, and you need Harpreet on the Q3 forecast.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option stay-quiet). Shown on a phone button: keep it short, about 70 characters like the English.</extracomment>
      <translation>Não digo nada. O Beto é capaz, e preciso da Harpreet na previsão do 3º tri.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.why">
      <source>Protecting your team's delivery is a real pressure, and it means the person best placed to propose Harpreet stays silent.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option stay-quiet).</extracomment>
      <translation>Proteger as entregas da sua equipe é uma pressão real, e faz com que a pessoa mais bem posicionada para indicar a Harpreet fique calada.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.text">
      <source>&quot;Ben's great. Harpreet could be good for something like this too, down the line.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option down-the-line). Shown on a phone button: keep it short, about 81 characters like the English.</extracomment>
      <translation>“O Beto é ótimo. A Harpreet também poderia ser boa para algo assim, mais para a frente.”</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.why">
      <source>You say her name, which counts, but you frame her as a future option so it costs nothing today.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option down-the-line).</extracomment>
      <translation>Você diz o nome dela, o que conta, mas a apresenta como uma opção futura, para que isso não custe nada hoje.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.text">
      <source>&quot;I'd love Meridian to have more diverse faces on it. Could Harpreet shadow Ben? It'd show we take inclusion seriously.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option shadow). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>“Eu adoraria ver mais diversidade no Meridian. A Harpreet poderia acompanhar o Beto? Mostraria que levamos a inclusão a sério.”</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.why">
      <source>It sounds supportive and gets her in the room, but as an extra rather than a lead, and on the basis of how it looks.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option shadow).</extracomment>
      <translation>Soa como apoio e a coloca na sala, mas como figurante, não como líder, e por causa da imagem que isso passa.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.text">
      <source>&quot;I'd like to put Harpreet Sandhu forward. She rebuilt the forecasting model Meridian runs on. I'll find cover for her Q3 work.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option put-her-forward). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>“Quero indicar a Harpreet Sandhu. Ela reconstruiu o modelo de previsão em que o Meridian se apoia. Eu cubro o trabalho dela no 3º tri.”</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.why">
      <source>You use your seat at the table to name her, give evidence, and take the cost on your own team rather than hers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option put-her-forward).</extracomment>
      <translation>Você usa seu lugar à mesa para dizer o nome dela, apresentar evidências e assumir o custo na sua equipe, e não nas costas dela.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Depois da reunião</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.narration">
      <source>Catherine writes &quot;Ben?&quot; in her notebook: &quot;I'll confirm Friday.&quot; Anders says, &quot;Sorted.&quot; Your Q3 plan stays intact. Harpreet's name is not mentioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Cristina anota “Beto?” no caderno: “Confirmo na sexta.” André diz: “Resolvido.” Seu plano do 3º trimestre continua intacto. O nome da Harpreet não é mencionado.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.notes">
      <source>A quiet outcome. Ask the group who in the room was the only person able to say her name, and how often that is true of a line manager.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-pencilled).</extracomment>
      <translation>Um desfecho silencioso. Pergunte ao grupo quem, na sala, era a única pessoa capaz de dizer o nome dela, e com que frequência isso vale para a gestão direta.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Depois da reunião</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.narration">
      <source>Catherine smiles: &quot;Noted, maybe for the next one.&quot; She writes &quot;Ben&quot; and underlines it. Anders says, &quot;Harpreet's great, by the way,&quot; on the way out, and you both go to lunch.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Cristina sorri: “Anotado, quem sabe no próximo.” Ela escreve “Beto” e sublinha. Na saída, o André diz: “A Harpreet é ótima, aliás”, e vocês dois vão almoçar.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.notes">
      <source>Ask what &quot;down the line&quot; did to Harpreet's chances this time, and whether there is ever a &quot;next one&quot; for someone who is not named now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene maybe-next-time).</extracomment>
      <translation>Pergunte o que o “mais para a frente” fez com as chances da Harpreet desta vez, e se algum dia existe um “próximo” para quem não é citado agora.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene shadow-role).</extracomment>
      <translation>Depois da reunião</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.narration">
      <source>Catherine likes it: &quot;Great, Harpreet can support Ben. Notes, the risk log, that sort of thing.&quot; Anders says it will be &quot;good exposure for her&quot;. Ben is pencilled in as lead.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene shadow-role).</extracomment>
      <translation>Cristina gosta da ideia: “Ótimo, a Harpreet pode dar apoio ao Beto. Atas, registro de riscos, esse tipo de coisa.” André diz que vai ser “uma boa vitrine para ela”. A princípio, o Beto fica como líder.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.notes">
      <source>Participants may see this as a win. Ask what a shadow role with admin tasks tells the executive team about Harpreet.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene shadow-role).</extracomment>
      <translation>O pessoal pode ver isso como uma vitória. Pergunte o que um papel de acompanhamento com tarefas administrativas diz à diretoria executiva sobre a Harpreet.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-named).</extracomment>
      <translation>Depois da reunião</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.narration">
      <source>Anders pushes back: &quot;Ben's done this twice, though.&quot; Catherine: &quot;I don't know Harpreet's work. Send me two lines by Thursday and I'll decide Friday.&quot; Later, your own manager asks how you plan to cover the Q3 forecast, and you don't have a full answer yet.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-named).</extracomment>
      <translation>André resiste: “Mas o Beto já fez isso duas vezes.” Cristina: “Não conheço o trabalho da Harpreet. Me manda duas linhas até quinta e eu decido na sexta.” Mais tarde, quem gerencia você pergunta como você pretende cobrir a previsão do 3º trimestre, e você ainda não tem uma resposta completa.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.notes">
      <source>Name the cost: extra work, a slightly tense moment with a peer, a gap in your plan. Ask participants whether they have paid a cost like this, and whether it was worth it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-named).</extracomment>
      <translation>Fale do custo: trabalho a mais, um momento um pouco tenso com um colega, um buraco no seu plano. Pergunte às pessoas se já pagaram um custo assim e se valeu a pena.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.title">
      <source>Wednesday, your 1:1 with Harpreet</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Quarta-feira, sua conversa individual com a Harpreet</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.narration">
      <source>Near the end, Harpreet says, &quot;I heard Meridian came up on Monday. I'd love to lead something like that one day. I never really know how people get picked for those.&quot; Catherine decides on Friday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Perto do fim, a Harpreet diz: “Fiquei sabendo que falaram do Meridian na segunda. Eu adoraria liderar algo assim um dia. Nunca sei direito como as pessoas são escolhidas para essas coisas.” A Cristina decide na sexta.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.notes">
      <source>The second decision is the same on every path: nothing is final until Friday. In triads, let the person playing Harpreet answer honestly if they are asked what they want. Watch for responders who promise things without asking.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-one-to-one).</extracomment>
      <translation>A segunda decisão é a mesma em todos os caminhos: nada está decidido até sexta. Nos trios, deixe quem faz a Harpreet responder com sinceridade se perguntarem o que ela quer. Fique de olho em quem responde e promete coisas sem perguntar.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.prompt">
      <source>Harpreet has raised it herself. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene harpreet-one-to-one).</extracomment>
      <translation>A própria Harpreet tocou no assunto. O que você diz?</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.text">
      <source>&quot;Honestly, it's mostly whoever's been around longest. Your time will come.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option your-time). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>“Sinceramente, vai mais por quem está aqui há mais tempo. Sua hora vai chegar.”</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.why">
      <source>It is meant as reassurance, and it describes an unwritten rule as if it were fair and fixed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option your-time).</extracomment>
      <translation>A ideia é tranquilizar, mas descreve uma regra não escrita como se fosse justa e imutável.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.text">
      <source>&quot;You'd be great. If you want to go for the next one, just let me know.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option let-me-know). Shown on a phone button: keep it short, about 71 characters like the English.</extracomment>
      <translation>“Você seria ótima. Se quiser tentar o próximo, é só me avisar.”</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.why">
      <source>Encouraging, but it puts the work of asking on her, inside a system where nobody has ever had to ask.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option let-me-know).</extracomment>
      <translation>É encorajador, mas joga nela o trabalho de pedir, num sistema em que ninguém nunca precisou pedir.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.text">
      <source>&quot;I'll give you a shout-out at the all-hands for the forecasting work. People should know what you've done.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option shout-out). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>“Vou fazer um agradecimento a você na reunião geral pelo modelo de previsão. O pessoal precisa saber o que você fez.”</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.why">
      <source>Public praise is pleasant and visible, but applause is not a role, and Meridian still goes to Ben.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option shout-out).</extracomment>
      <translation>Elogio em público é agradável e visível, mas aplauso não é um papel, e o Meridian continua indo para o Beto.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.text">
      <source>&quot;What would you want from it, and what would make it workable for you?&quot; Then send Catherine Harpreet's case before Friday, built on what she said.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option ask-and-back). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>“O que você gostaria de ganhar com isso, e o que tornaria viável para você?” Depois mando à Cristina, antes de sexta, a indicação da Harpreet com base no que ela disse.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.why">
      <source>You ask before acting, then use your access to put her forward on her own terms, with evidence.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option ask-and-back).</extracomment>
      <translation>Você pergunta antes de agir e depois usa seu acesso para indicá-la nos termos dela, com evidências.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.text">
      <source>Do the same, and ask Catherine to advertise future stretch projects in an open call with stated criteria, and to look at who has led them over the last two years.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option open-call). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Faço o mesmo e peço à Cristina que os próximos projetos desafiadores sejam abertos a candidaturas, com critérios claros, e que ela veja quem os liderou nos últimos dois anos.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.why">
      <source>You back Harpreet now and change how the next opportunity is given out, so it depends less on who has a manager willing to speak.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option open-call).</extracomment>
      <translation>Você apoia a Harpreet agora e muda a forma como a próxima oportunidade é distribuída, para que ela dependa menos de ter uma gestão disposta a falar.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene ben-leads).</extracomment>
      <translation>Seis meses depois</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.narration">
      <source>Ben leads Meridian and presents the results to the executive team. He is promoted in the spring round. Harpreet keeps the forecast running and updates her CV.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-leads).</extracomment>
      <translation>O Beto lidera o Meridian e apresenta os resultados à diretoria executiva. Ele é promovido no ciclo de promoções do primeiro semestre. A Harpreet mantém a previsão funcionando e atualiza o currículo.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.notes">
      <source>Ask the group what Harpreet has learnt about how things work here, and who taught it to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-leads).</extracomment>
      <translation>Pergunte ao grupo o que a Harpreet aprendeu sobre como as coisas funcionam ali, e quem ensinou isso a ela.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene next-time).</extracomment>
      <translation>Seis meses depois</translation>
    </message>
    <message id="stretch-project.scenes.next-time.narration">
      <source>Harpreet says, &quot;Thanks, I will.&quot; She does not know when &quot;the next one&quot; is, and nobody tells her. The next project is handed out in a corridor conversation before she hears it exists.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene next-time).</extracomment>
      <translation>A Harpreet diz: “Obrigada, vou avisar.” Ela não sabe quando será “o próximo”, e ninguém conta a ela. O projeto seguinte é distribuído numa conversa de corredor antes que ela fique sabendo que ele existe.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.notes">
      <source>Ask what it would take for &quot;let me know&quot; to work in this organisation, and whether it ever does.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene next-time).</extracomment>
      <translation>Pergunte o que seria preciso para o “é só me avisar” funcionar nesta organização, e se isso alguma vez funciona.</translation>
    </message>
    <message id="stretch-project.scenes.applause.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene applause).</extracomment>
      <translation>Seis meses depois</translation>
    </message>
    <message id="stretch-project.scenes.applause.narration">
      <source>At the all-hands you thank Harpreet for the forecasting model, and there is warm applause. Meridian goes to Ben. When an executive later asks who built the model Meridian relies on, Ben answers, correctly, &quot;Harpreet, in planning,&quot; and the executive says, &quot;Should we get her on it?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene applause).</extracomment>
      <translation>Na reunião geral, você agradece à Harpreet pelo modelo de previsão, e vem um aplauso caloroso. O Meridian fica com o Beto. Quando, mais tarde, um diretor executivo pergunta quem construiu o modelo em que o Meridian se apoia, o Beto responde, corretamente: “A Harpreet, do planejamento”, e o diretor diz: “Não devíamos trazer ela para o projeto?”</translation>
    </message>
    <message id="stretch-project.scenes.applause.notes">
      <source>The irony lands for most groups. Ask why praise in public and opportunity in private are so often separated.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene applause).</extracomment>
      <translation>A ironia bate na maioria dos grupos. Pergunte por que o elogio em público e a oportunidade em particular andam tantas vezes separados.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Seis meses depois</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.narration">
      <source>Harpreet tells you she wants it, and that her Tuesday finish is fixed. Your note to Catherine covers both. Catherine meets her on Thursday and gives her the lead; Ben takes the next one. You spend three late evenings covering the Q3 forecast. Meridian lands well, and Harpreet presents it to the executive team herself.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-leads).</extracomment>
      <translation>A Harpreet diz que quer o projeto e que o horário de saída às terças não pode mudar. Sua mensagem para a Cristina cobre as duas coisas. Cristina conversa com ela na quinta e lhe dá a liderança; o Beto fica com o próximo. Você passa três noites até tarde cobrindo a previsão do 3º trimestre. O Meridian dá bons resultados, e a própria Harpreet o apresenta à diretoria executiva.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.notes">
      <source>Highlight the question the responder asked first. Ask what might have gone wrong if they had simply nominated her without asking about Tuesdays.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-leads).</extracomment>
      <translation>Destaque a pergunta que quem respondeu fez primeiro. Pergunte o que poderia ter dado errado se essa pessoa simplesmente a tivesse indicado sem perguntar sobre as terças.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Seis meses depois</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.narration">
      <source>Harpreet leads Meridian. Catherine's review shows that the same four people led eight of the last nine projects; she is uncomfortable, and she starts an open call with criteria. Anders grumbles that it slows things down. The next call gets eleven applications, including three from people nobody had thought to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene open-call-adopted).</extracomment>
      <translation>A Harpreet lidera o Meridian. O levantamento da Cristina mostra que as mesmas quatro pessoas lideraram oito dos últimos nove projetos; ela fica incomodada e abre uma seleção interna com critérios. André reclama que isso deixa tudo mais lento. A seleção seguinte recebe onze candidaturas, três delas de pessoas que ninguém tinha pensado em chamar.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.notes">
      <source>Ask what data each participant could look at in their own area: who got the last five visible pieces of work? Finish by asking what they would do with the answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene open-call-adopted).</extracomment>
      <translation>Pergunte que dados cada participante poderia olhar na própria área: quem ficou com os últimos cinco trabalhos de visibilidade? Termine perguntando o que fariam com a resposta.</translation>
    </message>
    <message id="stretch-project.debrief.what.1">
      <source>What made Ben's name come up first, and what made Harpreet's not come up at all?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>O que fez o nome do Beto surgir primeiro, e o que fez o nome da Harpreet nem aparecer?</translation>
    </message>
    <message id="stretch-project.debrief.what.2">
      <source>What did putting Harpreet forward cost the responder, and what did staying quiet cost Harpreet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Quanto custou a quem respondeu indicar a Harpreet, e quanto custou à Harpreet o silêncio?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.1">
      <source>Why is a line manager often the only person able to name someone for an opportunity?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Por que a gestão direta muitas vezes é a única capaz de indicar alguém para uma oportunidade?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.2">
      <source>What is the difference between giving someone praise and giving them a platform?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qual é a diferença entre dar um elogio a alguém e dar a essa pessoa uma plataforma?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.1">
      <source>Who in your area is doing excellent work that nobody above you has seen, and what will you do about it this month?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quem, na sua área, faz um trabalho excelente que ninguém acima de você viu, e o que você vai fazer a respeito neste mês?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.2">
      <source>Before you recommend someone, what will you ask them first?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Antes de recomendar alguém, o que você vai perguntar primeiro a essa pessoa?</translation>
    </message>
    <message id="stretch-project.sources.1.title">
      <source>Workplace allyship practice: recommend under-represented colleagues for stretch and high-visibility work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: recomendar colegas sub-representados para projetos desafiadores e de grande visibilidade</translation>
    </message>
    <message id="stretch-project.sources.1.note">
      <source>Based on the practice of actively proposing people who are routinely overlooked for visible projects, and using seniority to open that door.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Baseado na prática de indicar ativamente pessoas que costumam ser esquecidas para projetos visíveis e de usar o próprio cargo para abrir essa porta.</translation>
    </message>
    <message id="stretch-project.sources.2.title">
      <source>Workplace allyship practice: ask what support someone wants before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Prática de aliança no trabalho: perguntar que apoio a pessoa quer antes de agir</translation>
    </message>
  </context>
</TS>
