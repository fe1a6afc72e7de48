<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name></name>
    <message id="amplify-overlooked-idea.title">
      <source>The idea that got talked over</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>L’idée passée sous silence</translation>
    </message>
    <message id="amplify-overlooked-idea.summary">
      <source>In a quarterly planning meeting, Nkechi starts to share a proposal backed by her own data and is cut off mid-sentence. The group decides what a colleague at the table does in the moment, and again the next day when the manager asks who should lead the work.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>En pleine réunion de planification trimestrielle, Nkechi commence à présenter une proposition appuyée sur ses propres données et se fait couper au milieu d’une phrase. Le groupe décide de ce que fait un collègue présent à la table, sur le moment, puis le lendemain, quand le responsable demande qui devrait piloter le projet.</translation>
    </message>
    <message id="amplify-overlooked-idea.content_note">
      <source>This role-play includes a colleague being cut off mid-sentence in a meeting, falling silent, and her idea later being credited to someone else.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une collègue coupée au milieu d’une phrase en réunion, qui se tait, et dont l’idée est ensuite attribuée à quelqu’un d’autre.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.name">
      <source>Nkechi Obi, customer insights analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nkechi).</extracomment>
      <translation>Nkechi Obi, analyste connaissance client</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.brief">
      <source>You joined eight months ago and you are the only Black woman on the product team. You spent two evenings pulling last quarter's support tickets and found that roughly one in five asks where an order is. When you are cut off, you do not fight for the floor; you have learnt that pushing back gets you labelled &quot;intense&quot;. Let the group see you go quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nkechi).</extracomment>
      <translation>Vous êtes arrivée il y a huit mois et vous êtes la seule femme noire de l’équipe produit. Vous avez passé deux soirées à éplucher les tickets du support du dernier trimestre : environ un sur cinq demande où en est une commande. Quand on vous coupe la parole, vous ne vous battez pas pour la reprendre ; vous avez appris que protester vous vaut l’étiquette de « trop intense ». Laissez le groupe vous voir vous taire.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.name">
      <source>Luca Romano, senior platform engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role luca).</extracomment>
      <translation>Luca Romano, ingénieur plateforme senior</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.brief">
      <source>You are worried about the database migration and you jump in because the deadline is real, not because you think Nkechi's point is unimportant. Later, a status page seems like an obvious fix to you and you genuinely do not connect it to what she said. If someone points it out, be a little defensive first (&quot;I wasn't trying to steal anything&quot;), then fair.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role luca).</extracomment>
      <translation>La migration de la base de données vous inquiète et vous intervenez parce que l’échéance est bien réelle, pas parce que vous trouvez sans importance ce que dit Nkechi. Plus tard, une page de suivi des commandes vous paraît une solution évidente et vous ne faites sincèrement pas le lien avec ce qu’elle a dit. Si quelqu’un vous le fait remarquer, soyez d’abord un peu sur la défensive (« Je ne cherchais pas à voler quoi que ce soit »), puis honnête.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.name">
      <source>Graham Whitlock, head of product</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role graham).</extracomment>
      <translation>Laurent Mercier, directeur produit</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.brief">
      <source>You chair the meeting and you are proud of running it to time. You follow whoever sounds most certain, which is usually Luca. You are not hostile to Nkechi; you simply have not noticed the pattern. If a peer names it calmly, you are open to changing how you run the meeting.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role graham).</extracomment>
      <translation>Vous présidez la réunion et vous êtes fier de toujours finir à l’heure. Vous suivez la personne qui paraît la plus sûre d’elle, en général Luca. Vous n’avez rien contre Nkechi ; vous n’avez simplement pas remarqué ce qui se répète. Si un ou une collègue le signale calmement, vous êtes prêt à changer votre façon de mener la réunion.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.brief">
      <source>Watch who speaks, who is cut off and who gets the credit. Note exact words and timings where you can. Use the checklist, and in the debrief report what you saw before what you think.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Repérez qui parle, qui se fait couper et à qui revient le mérite. Notez les mots exacts et les moments quand vous le pouvez. Servez-vous de la grille d’observation et, au débriefing, dites ce que vous avez vu avant de dire ce que vous en pensez.</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.1">
      <source>How many seconds passed between Nkechi being cut off and anyone reacting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Combien de secondes se sont écoulées entre le moment où Nkechi a été coupée et la première réaction ?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it return the floor to Nkechi?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lequel des cinq gestes d’intervention (faire diversion, déléguer, documenter, revenir après coup, intervenir directement) la personne qui répond a-t-elle utilisé, et a-t-il rendu la parole à Nkechi ?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.3">
      <source>Did the credit for the status-page idea end up with the person who raised it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Le mérite de l’idée de la page de suivi est-il revenu à la personne qui l’a proposée ?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.4">
      <source>Did anyone check with Nkechi about what she wanted, or act purely on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il demandé à Nkechi ce qu’elle souhaitait, ou a-t-on agi uniquement à sa place ?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.5">
      <source>What did the responder's intervention cost them (time, awkwardness, Luca's goodwill)?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qu’est-ce que son intervention a coûté à la personne qui répond (du temps, de la gêne, la bonne volonté de Luca) ?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.title">
      <source>Tuesday, quarterly planning</source>
      <extracomment>Scene heading, shown on the projector (scene planning).</extracomment>
      <translation>Mardi, planification trimestrielle</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.narration">
      <source>Nkechi turns her laptop towards the room. &quot;I went through last quarter's tickets, and about twenty per cent are people asking where their order is, so a simple status page could —&quot; Luca leans in: &quot;Sorry, quick one before we run out of time: we have to decide the migration today.&quot; Graham nods, &quot;Good shout, let's do that,&quot; and Nkechi closes her laptop halfway.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene planning).</extracomment>
      <translation>Nkechi tourne son ordinateur vers la salle. « J’ai repris les tickets du dernier trimestre : environ vingt pour cent, ce sont des gens qui demandent où en est leur commande. Une simple page de suivi pourrait — » Luca se penche en avant : « Pardon, juste un point avant qu’on manque de temps : il faut trancher la migration aujourd’hui. » Laurent acquiesce : « Bien vu, faisons ça. » Et Nkechi rabat à moitié l’écran de son ordinateur.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.notes">
      <source>Read Luca's interruption at a natural pace, not as a villain line; it should feel like something participants have seen a hundred times. Pause for five seconds after the last sentence before showing the prompt. If someone says &quot;the migration really was urgent&quot;, agree: both things can be true, and the question is whether Nkechi gets to finish.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene planning).</extracomment>
      <translation>Lisez l’interruption de Luca sur un ton naturel, pas comme une réplique de méchant : elle doit évoquer une scène que les participants ont vue cent fois. Marquez une pause de cinq secondes après la dernière phrase avant d’afficher l’énoncé. Si quelqu’un dit « la migration était vraiment urgente », approuvez : les deux peuvent être vrais, et la question est de savoir si Nkechi pourra finir.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.prompt">
      <source>You are a peer of Luca's, sitting opposite Nkechi. What do you do in the next minute?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene planning).</extracomment>
      <translation>Vous êtes un ou une collègue de Luca, assis en face de Nkechi. Que faites-vous dans la minute qui suit ?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.text">
      <source>Say nothing. The migration is genuinely urgent and Graham is chairing, so it is his call.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option let-it-go). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>Ne rien dire. La migration est vraiment urgente et c’est Laurent qui préside : à lui de décider.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.why">
      <source>Deferring to the chair feels respectful, but it leaves the interruption standing and nobody at the table learns it mattered.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option let-it-go).</extracomment>
      <translation>S’en remettre à la personne qui préside paraît respectueux, mais l’interruption reste sans réponse et personne à la table n’apprend qu’elle comptait.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.text">
      <source>Send Nkechi a private chat message: &quot;Your status page idea sounded really promising, by the way.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option private-chat). Shown on a phone button: keep it short, about 97 characters like the English.</extracomment>
      <translation>Écrire à Nkechi en privé : « Ton idée de page de suivi avait l’air très prometteuse, au fait. »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.why">
      <source>It is warm and it tells her someone was listening, but the room, and Graham, never hear the rest of her proposal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option private-chat).</extracomment>
      <translation>C’est chaleureux et cela lui montre que quelqu’un écoutait, mais la salle, et Laurent, n’entendent jamais la suite de sa proposition.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.text">
      <source>Say nothing now, and after the meeting post in the team channel: &quot;Great energy in planning today, love how many voices we hear on this team!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option team-shout-out). Shown on a phone button: keep it short, about 141 characters like the English.</extracomment>
      <translation>Se taire, puis poster après la réunion sur le canal de l’équipe : « Super énergie en réunion aujourd’hui, j’adore entendre autant de voix dans l’équipe ! »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.why">
      <source>It is visible and it sounds inclusive, but it describes a meeting that did not happen and changes nothing for Nkechi.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option team-shout-out).</extracomment>
      <translation>C’est visible et cela sonne inclusif, mais cela décrit une réunion qui n’a pas eu lieu et ne change rien pour Nkechi.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.text">
      <source>&quot;Graham, can we give Nkechi one more minute first? She was halfway through the ticket numbers, and then let's do the migration.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option floor-back). Shown on a phone button: keep it short, about 128 characters like the English.</extracomment>
      <translation>« Laurent, on peut d’abord laisser une minute de plus à Nkechi ? Elle en était aux chiffres des tickets. Ensuite, la migration. »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.why">
      <source>It acts in the moment, names her, and hands the floor back rather than retelling her idea for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option floor-back).</extracomment>
      <translation>Vous agissez sur le moment, vous la nommez et vous lui rendez la parole au lieu de raconter son idée à sa place.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.title">
      <source>Twenty minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene moved-on).</extracomment>
      <translation>Vingt minutes plus tard</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.narration">
      <source>The migration discussion runs long. Near the end, Luca stretches: &quot;Honestly, half our tickets would go away with a status page.&quot; Graham writes it on the whiteboard with an L beside it. Nkechi looks down at her notebook and does not speak again that meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene moved-on).</extracomment>
      <translation>La discussion sur la migration s’éternise. Vers la fin, Luca s’étire : « Franchement, une page de suivi ferait disparaître la moitié de nos tickets. » Laurent l’écrit au tableau blanc avec l’initiale de Luca à côté. Nkechi baisse les yeux sur son carnet et ne reprend plus la parole de la réunion.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.notes">
      <source>Some groups will feel a jolt here; let it sit. Ask the observer, briefly, what Nkechi's body language said. Do not open a full discussion yet; the next scene carries the story on.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene moved-on).</extracomment>
      <translation>Certains groupes vont ressentir un choc ici ; laissez-le s’installer. Demandez brièvement à la personne qui observe ce que disait l’attitude de Nkechi. N’ouvrez pas encore de vraie discussion : la scène suivante fait avancer l’histoire.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.title">
      <source>A reply in the chat</source>
      <extracomment>Scene heading, shown on the projector (scene private-note).</extracomment>
      <translation>Une réponse dans la messagerie</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.narration">
      <source>Nkechi replies with a thumbs-up and &quot;thanks, maybe another time&quot;. The meeting moves to the migration and over-runs by fifteen minutes. In the corridor afterwards, Luca mentions to Graham that a status page might cut the ticket queue. Graham says he likes it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-note).</extracomment>
      <translation>Nkechi répond par un pouce levé et « merci, une autre fois peut-être ». La réunion passe à la migration et déborde d’un quart d’heure. Dans le couloir, après, Luca glisse à Laurent qu’une page de suivi pourrait réduire la file de tickets. Laurent dit que l’idée lui plaît.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.notes">
      <source>This path often feels good to participants because Nkechi said thanks. Ask, gently, what changed for her and what did not. Passive support is real support; the point is where it stops.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-note).</extracomment>
      <translation>Ce parcours plaît souvent aux participants parce que Nkechi a dit merci. Demandez, avec tact, ce qui a changé pour elle et ce qui n’a pas changé. Le soutien passif est un vrai soutien ; la question est de voir où il s’arrête.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.title">
      <source>The channel post</source>
      <extracomment>Scene heading, shown on the projector (scene upbeat-post).</extracomment>
      <translation>Le message sur le canal</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.narration">
      <source>Your post collects eight emoji reactions, including one from Graham. Nkechi does not react. In the minutes Graham circulates that evening, the only action on tickets reads &quot;Luca to scope status page&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene upbeat-post).</extracomment>
      <translation>Votre message récolte huit réactions en émoji, dont une de Laurent. Nkechi ne réagit pas. Dans le compte rendu que Laurent diffuse le soir même, la seule action sur les tickets est : « Luca : cadrer la page de suivi ».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.notes">
      <source>Expect a defensive moment here (&quot;I was being positive!&quot;). Do not argue with the intention. Ask instead what Nkechi might have felt reading that post after being cut off. Keep the tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene upbeat-post).</extracomment>
      <translation>Attendez-vous à une réaction défensive ici (« Je voulais être positif ! »). Ne contestez pas l’intention. Demandez plutôt ce que Nkechi a pu ressentir en lisant ce message après avoir été coupée. Gardez un ton curieux, pas correcteur.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.title">
      <source>One more minute</source>
      <extracomment>Scene heading, shown on the projector (scene she-finishes).</extracomment>
      <translation>Une minute de plus</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.narration">
      <source>There is a short, awkward pause. Graham says, &quot;Sure, quickly.&quot; Nkechi reopens her laptop and shows the chart: one ticket in five, and a rough estimate of the agent hours it would save. Luca exhales audibly but says &quot;Fair, that's a good number.&quot; The meeting over-runs by ten minutes and Graham is visibly tight for his next call.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene she-finishes).</extracomment>
      <translation>Un court silence un peu gêné. Laurent dit : « D’accord, rapidement. » Nkechi rouvre son ordinateur et montre le graphique : un ticket sur cinq, et une estimation grossière des heures de conseillers que cela ferait gagner. Luca souffle bruyamment mais dit : « C’est vrai, c’est un bon chiffre. » La réunion déborde de dix minutes et Laurent est visiblement pressé pour son appel suivant.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.notes">
      <source>Point out the cost: a pause, an annoyed sigh, a manager running late. Participants who chose this often underestimate how small those costs are next to the benefit; others overestimate them. Both reactions are worth hearing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene she-finishes).</extracomment>
      <translation>Faites remarquer le coût : un silence, un soupir agacé, un responsable en retard. Les personnes qui ont choisi cette option sous-estiment souvent à quel point ces coûts sont faibles à côté du bénéfice ; d’autres les surestiment. Les deux réactions méritent d’être entendues.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.title">
      <source>Wednesday, your 1:1 with Graham</source>
      <extracomment>Scene heading, shown on the projector (scene one-to-one).</extracomment>
      <translation>Mercredi, votre entretien individuel avec Laurent</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.narration">
      <source>Graham is skimming his list. &quot;The status page thing: I'm thinking Luca leads it. He knows the platform and he can turn it round in a sprint. Any thoughts? And how did you find yesterday's meeting, generally?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-to-one).</extracomment>
      <translation>Laurent parcourt sa liste. « Cette histoire de page de suivi : je pense confier le pilotage à Luca. Il connaît la plateforme et il peut boucler ça en un sprint. Un avis ? Et sinon, comment avez-vous trouvé la réunion d’hier ? »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.notes">
      <source>Whatever path the group took, this 1:1 is where quiet influence lives. Remind the group that Graham asked a direct question, so silence is an answer too. If time is short, cut the timer to 60 seconds.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-to-one).</extracomment>
      <translation>Quel que soit le parcours suivi par le groupe, c’est dans cet entretien individuel que se joue l’influence discrète. Rappelez au groupe que Laurent a posé une question directe : se taire, c’est aussi répondre. Si le temps manque, réduisez le minuteur à 60 secondes.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.prompt">
      <source>Graham is waiting for your answer. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene one-to-one).</extracomment>
      <translation>Laurent attend votre réponse. Que dites-vous ?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.text">
      <source>&quot;Sounds fine. Luca's reliable, and the meeting was OK, just long.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option sounds-fine). Shown on a phone button: keep it short, about 66 characters like the English.</extracomment>
      <translation>« Ça me va. Luca est fiable, et la réunion était correcte, juste longue. »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.why">
      <source>It is honest about what you feel comfortable saying, and it lets the credit settle where it has already drifted.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option sounds-fine).</extracomment>
      <translation>Vous restez dans ce que vous êtes à l’aise de dire, et vous laissez le mérite là où il a déjà glissé.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.text">
      <source>&quot;Luca's good. Maybe Nkechi could be involved too? She had some data on it, I think.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option maybe-involve). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>« Luca, c’est bien. Et associer Nkechi, peut-être ? Elle avait des données là-dessus, je crois. »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.why">
      <source>You say the right thing because you were asked, but softly enough that Graham can nod and change nothing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option maybe-involve).</extracomment>
      <translation>Vous dites ce qu’il faut parce qu’on vous le demande, mais assez mollement pour que Laurent hoche la tête sans rien changer.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.text">
      <source>&quot;Luca's fine. Actually, I'd love us to do a no-interruptions pledge. I could make a poster for the meeting room.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option pledge-poster). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>« Luca, très bien. Au fait, j’aimerais qu’on s’engage à ne plus se couper la parole. Je peux faire une affiche pour la salle. »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.why">
      <source>It points at a real problem and looks good on the wall, but it avoids the specific decision in front of you: who owns the idea.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option pledge-poster).</extracomment>
      <translation>Vous pointez un vrai problème et cela fait bien au mur, mais vous évitez la décision concrète qui se présente à vous : à qui revient l’idée.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.text">
      <source>&quot;It was Nkechi's idea, and she has the ticket data. I'd ask her to lead it, with Luca on the build.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option nkechi-leads). Shown on a phone button: keep it short, about 100 characters like the English.</extracomment>
      <translation>« L’idée vient de Nkechi, et elle a les données. Je lui confierais le pilotage, avec Luca pour la réalisation. »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.why">
      <source>You correct the record with the person who decides, plainly and without making it a complaint about Luca.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option nkechi-leads).</extracomment>
      <translation>Vous rétablissez les faits auprès de la personne qui décide, simplement, et sans en faire une plainte contre Luca.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.text">
      <source>&quot;Nkechi should lead it. And I've noticed she gets cut off in planning more than anyone. Could we open with a round of updates before the discussion, and I'll note in the minutes who raised what?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option change-the-meeting). Shown on a phone button: keep it short, about 195 characters like the English.</extracomment>
      <translation>« C’est Nkechi qui devrait piloter. Et j’ai remarqué qu’on la coupe plus que quiconque en réunion. On pourrait commencer par un tour de table avant la discussion ? Je noterai au compte rendu qui a proposé quoi. »</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.why">
      <source>Beyond this one idea, you use your standing with Graham to change how the meeting runs, so fewer ideas get lost next time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option change-the-meeting).</extracomment>
      <translation>Au-delà de cette idée, vous vous servez de votre crédit auprès de Laurent pour changer le fonctionnement de la réunion, afin que moins d’idées se perdent la prochaine fois.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene luca-leads).</extracomment>
      <translation>Six semaines plus tard</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.narration">
      <source>The status page ships and cuts &quot;where is my order&quot; tickets by a fifth. Graham thanks Luca at the all-hands. Nkechi has stopped bringing data to planning; in her 1:1s she asks about roles on other teams.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene luca-leads).</extracomment>
      <translation>La page de suivi est mise en ligne et réduit d’un cinquième les tickets « où est ma commande ». Laurent remercie Luca en réunion plénière. Nkechi n’apporte plus de données en réunion de planification ; lors de ses entretiens individuels, elle se renseigne sur des postes dans d’autres équipes.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.notes">
      <source>Resist summarising a moral. Ask the group what the cost was, who paid it, and when anyone would notice. Then move to the debrief.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene luca-leads).</extracomment>
      <translation>Résistez à l’envie de tirer une morale. Demandez au groupe quel a été le coût, qui l’a payé, et quand quelqu’un s’en apercevrait. Passez ensuite au débriefing.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Six semaines plus tard</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.narration">
      <source>Graham adds Nkechi to Luca's project &quot;for the numbers&quot;. She builds the dashboard that proves the impact. The launch email thanks &quot;Luca and the team&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Laurent ajoute Nkechi au projet de Luca « pour les chiffres ». Elle construit le tableau de bord qui prouve l’impact. L’e-mail de lancement remercie « Luca et l’équipe ».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.notes">
      <source>A useful contrast with the bystander ending: more involvement, same credit. Ask what would have made the suggestion land harder.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-helps).</extracomment>
      <translation>Un contraste utile avec la fin Témoin : plus d’implication, même absence de reconnaissance. Demandez ce qui aurait donné plus de poids à la suggestion.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene poster-up).</extracomment>
      <translation>Six semaines plus tard</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.narration">
      <source>A laminated &quot;One voice at a time&quot; poster goes up beside the screen in the meeting room. People joke about it for a week. Luca leads the status page; Nkechi is cut off twice more in the next planning session, under the poster.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene poster-up).</extracomment>
      <translation>Une affiche plastifiée « Une seule voix à la fois » apparaît à côté de l’écran de la salle de réunion. On en plaisante pendant une semaine. Luca pilote la page de suivi ; à la réunion de planification suivante, Nkechi se fait encore couper deux fois, sous l’affiche.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.notes">
      <source>Some participants will find this ending funny; let them, then ask what Nkechi might think each time she sees the poster.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene poster-up).</extracomment>
      <translation>Certaines personnes trouveront cette fin drôle ; laissez-les rire, puis demandez ce que Nkechi peut penser chaque fois qu’elle voit l’affiche.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Six semaines plus tard</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.narration">
      <source>Graham pauses, then says, &quot;I didn't realise. Fine, I'll ask her.&quot; Luca is a little cool with you for a few days. Nkechi leads the pilot, presents the one-in-five result to the leadership team, and is asked to look at the returns queue next.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Laurent marque un temps, puis dit : « Je ne m’en étais pas rendu compte. Bon, je vais lui demander. » Luca est un peu froid avec vous pendant quelques jours. Nkechi pilote l’expérimentation, présente le résultat — un ticket sur cinq — au comité de direction, et on lui demande ensuite de se pencher sur la file des retours.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.notes">
      <source>Name the cost honestly: a colder colleague for a while. Ask whether the group thinks Nkechi should have been consulted before you spoke up for her; there is no single right answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-owns).</extracomment>
      <translation>Nommez le coût honnêtement : un collègue plus distant pendant un temps. Demandez au groupe s’il aurait fallu consulter Nkechi avant de prendre la parole pour elle ; il n’y a pas de réponse unique.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene meeting-changes).</extracomment>
      <translation>Six semaines plus tard</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.narration">
      <source>Graham tries the round of updates the following Tuesday and grumbles that it adds five minutes. Three planning sessions later, two people who rarely spoke have ideas on the board with their initials beside them. Nkechi leads the status page, and Graham now asks &quot;whose idea was this?&quot; before writing anything down.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene meeting-changes).</extracomment>
      <translation>Le mardi suivant, Laurent essaie le tour de table et râle parce que cela ajoute cinq minutes. Trois réunions de planification plus tard, deux personnes qui parlaient rarement ont des idées au tableau avec leurs initiales à côté. Nkechi pilote la page de suivi, et Laurent demande désormais « c’est l’idée de qui ? » avant de noter quoi que ce soit.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.notes">
      <source>Participants sometimes see the advocate option as &quot;too much&quot; for a peer. Ask what access they actually have to the person who runs their meetings, and what the smallest process change they could ask for is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene meeting-changes).</extracomment>
      <translation>Les participants voient parfois l’option Moteur du changement comme « trop » pour un simple collègue. Demandez-leur quel accès ils ont réellement à la personne qui mène leurs réunions, et quel est le plus petit changement de fonctionnement qu’ils pourraient lui demander.</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.1">
      <source>What happened to Nkechi's idea between the moment she raised it and the moment it shipped?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’est-il arrivé à l’idée de Nkechi entre le moment où elle l’a proposée et celui où elle a été mise en ligne ?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.2">
      <source>At which moment did you, as a group, feel the most pressure to stay quiet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>À quel moment, en tant que groupe, avez-vous ressenti la plus forte pression pour vous taire ?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.1">
      <source>What does a team learn when the same person is talked over and nobody reacts?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qu’apprend une équipe quand c’est toujours la même personne qu’on coupe et que personne ne réagit ?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.2">
      <source>Why might a private message feel like enough to the sender, and not to the person who was cut off?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi un message privé peut-il sembler suffisant à la personne qui l’envoie, et pas à celle qui a été coupée ?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.1">
      <source>Which meeting you attend next week has a pattern like this, and what sentence will you have ready?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>À laquelle de vos réunions de la semaine prochaine retrouve-t-on ce schéma, et quelle phrase aurez-vous prête ?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.2">
      <source>Who runs that meeting, and what small change to its format could you ask them for?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Qui mène cette réunion, et quel petit changement de format pourriez-vous lui demander ?</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.title">
      <source>Workplace allyship practice: amplify overlooked ideas in meetings</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : amplifier les idées ignorées en réunion</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.note">
      <source>Drawn from the practice of returning the floor to a colleague whose idea was passed over, and making sure the credit reaches decision makers.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Tiré de la pratique qui consiste à rendre la parole à un ou une collègue dont l’idée a été ignorée, et à veiller à ce que le mérite parvienne jusqu’aux personnes qui décident.</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.2.title">
      <source>Workplace allyship practice: intervene in the moment</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : intervenir sur le moment</translation>
    </message>
    <message id="ask-what-support.title">
      <source>Ask before you act</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Demander avant d’agir</translation>
    </message>
    <message id="ask-what-support.summary">
      <source>A lead researcher tells a colleague over coffee that, for the second time this month, a client directed every question about her work to her junior colleague. The colleague badly wants to do something. The group decides whether he listens and asks what she wants first, or rushes to fix it, and then lives with the consequences at the next client workshop.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Autour d’un café, une responsable de recherche confie à un collègue que, pour la deuxième fois ce mois-ci, un client a adressé toutes les questions sur son travail à son jeune collègue. Le collègue a très envie d’agir. Le groupe décide s’il écoute et lui demande d’abord ce qu’elle souhaite, ou s’il fonce pour régler le problème, puis en vit les conséquences à l’atelier client suivant.</translation>
    </message>
    <message id="ask-what-support.content_note">
      <source>This role-play includes a client repeatedly bypassing a lead researcher and putting every question about her work to a junior colleague, and a co-worker acting for her without asking.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre un client qui adresse sans cesse à un jeune collègue les questions sur le travail d’une responsable de recherche, et un collègue qui agit pour elle sans la consulter.</translation>
    </message>
    <message id="ask-what-support.roles.erik.name">
      <source>Erik Johansson, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role erik).</extracomment>
      <translation>Erik Johansson, chef de produit</translation>
    </message>
    <message id="ask-what-support.roles.erik.brief">
      <source>You work alongside Ama and count her as a friend. You were in the workshop and saw everything. You feel angry on her behalf and have a strong urge to fix it today. You also have a good relationship with Grace, the account lead, and could email the client in two minutes.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role erik).</extracomment>
      <translation>Vous travaillez avec Ama et vous la considérez comme une amie. Vous étiez à l’atelier et vous avez tout vu. Vous êtes en colère pour elle et vous avez très envie de régler ça aujourd’hui même. Vous avez aussi de bonnes relations avec Grace, la responsable du compte, et vous pourriez écrire au client en deux minutes.</translation>
    </message>
    <message id="ask-what-support.roles.ama.name">
      <source>Ama Owusu, lead UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ama).</extracomment>
      <translation>Ama Owusu, responsable de la recherche UX</translation>
    </message>
    <message id="ask-what-support.roles.ama.brief">
      <source>You ran every patient interview on this project. In both client workshops so far this month, Henrik, the client's operations director, has put every research question to Sam, who joined four months ago. You want to handle it your way: you will talk to Grace yourself when you are ready, and you do not want HR involved yet. What you would like from Erik, if he asks, is simple: if it happens again, pass the question to you lightly, without a speech. If someone acts for you without asking, you feel exposed and say so.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ama).</extracomment>
      <translation>Vous avez mené tous les entretiens avec les patients sur ce projet. Lors des deux ateliers client de ce mois-ci, Henrik, le directeur des opérations du client, a posé toutes les questions de recherche à Sam, arrivé il y a quatre mois. Vous voulez gérer la situation à votre façon : vous parlerez vous-même à Grace quand vous serez prête, et vous ne voulez pas impliquer les RH pour l’instant. Ce que vous attendez d’Erik, s’il vous le demande, est simple : si ça se reproduit, qu’il vous renvoie la question, l’air de rien, sans faire de discours. Si quelqu’un agit à votre place sans vous demander, vous vous sentez exposée et vous le dites.</translation>
    </message>
    <message id="ask-what-support.roles.sam.name">
      <source>Sam Whitaker, junior UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sam).</extracomment>
      <translation>Sam Whitaker, chargé de recherche UX junior</translation>
    </message>
    <message id="ask-what-support.roles.sam.brief">
      <source>You answer because you are asked, and each time you feel worse about it. You don't know how to hand the question back without making it awkward for the client. If anyone redirects a question to Ama, you are visibly relieved.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sam).</extracomment>
      <translation>Vous répondez parce qu’on vous interroge, et à chaque fois vous vous sentez un peu plus mal. Vous ne savez pas comment renvoyer la question sans mettre le client dans l’embarras. Si quelqu’un redirige une question vers Ama, votre soulagement se voit.</translation>
    </message>
    <message id="ask-what-support.roles.grace.name">
      <source>Grace Liu, account lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role grace).</extracomment>
      <translation>Grace Liu, responsable du compte</translation>
    </message>
    <message id="ask-what-support.roles.grace.brief">
      <source>This client is the agency's biggest account and you protect the relationship closely. You like Ama and rate her work. If you hear about the problem from an email you weren't expecting, your first instinct is damage control; if Ama or Erik bring you a proposal, you listen.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role grace).</extracomment>
      <translation>Ce client est le plus gros compte de l’agence et vous veillez de près sur la relation. Vous appréciez Ama et vous estimez son travail. Si vous découvrez le problème par un e-mail inattendu, votre premier réflexe est de limiter les dégâts ; si Ama ou Erik viennent vous voir avec une proposition, vous écoutez.</translation>
    </message>
    <message id="ask-what-support.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="ask-what-support.roles.observer.brief">
      <source>Watch whether Erik asks questions or makes statements, and how long he lets Ama talk before he offers a solution. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observez si Erik pose des questions ou fait des affirmations, et combien de temps il laisse parler Ama avant de proposer une solution. Utilisez la grille d’observation.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.1">
      <source>Before acting, did Erik ask Ama what she wanted? Write down the exact question if he did.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Avant d’agir, Erik a-t-il demandé à Ama ce qu’elle voulait ? Si oui, notez sa question mot pour mot.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.2">
      <source>Did Erik say that he believed her, and that he had seen it too?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Erik a-t-il dit qu’il la croyait, et qu’il l’avait vu lui aussi ?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.3">
      <source>Who decided what would happen next: Ama, Erik, or someone else? At which moment did that change hands?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qui a décidé de la suite : Ama, Erik ou quelqu’un d’autre ? À quel moment la décision a-t-elle changé de mains ?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.4">
      <source>In the workshop, which of the five moves appeared: distract, delegate, document, delay, direct? A light redirect of a question is a form of direct; a quiet word with Grace is a form of delegate.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Pendant l’atelier, lesquels des cinq gestes d’intervention sont apparus : faire diversion, déléguer, documenter, revenir après coup, intervenir directement ? Renvoyer une question en douceur, c’est intervenir directement ; glisser un mot à Grace, c’est déléguer.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.5">
      <source>What did each choice cost Ama, even when it was meant to help her?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qu’a coûté chaque choix à Ama, même quand il se voulait une aide ?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.title">
      <source>The kitchen, Tuesday</source>
      <extracomment>Scene heading, shown on the projector (scene coffee).</extracomment>
      <translation>La cuisine, mardi</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.narration">
      <source>Tuesday, the office kitchen, straight after the second client workshop this month. Ama Owusu stirs her coffee and says, without looking up: &quot;He did it again. Every question about my research, Henrik asked Sam. Sam's been here four months.&quot; She laughs, but not much. Erik Johansson was in the workshop and saw all of it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene coffee).</extracomment>
      <translation>Mardi, dans la cuisine du bureau, juste après le deuxième atelier client du mois. Ama Owusu tourne son café et dit, sans lever les yeux : « Il a recommencé. Toutes les questions sur ma recherche, Henrik les a posées à Sam. Sam est là depuis quatre mois. » Elle rit, mais à peine. Erik Johansson était à l’atelier et il a tout vu.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.notes">
      <source>Two minutes. Most groups lean strongly towards &quot;do something now&quot;, which is exactly the tension this scenario is built on. Don't correct that urge; let it be voted on. If someone says &quot;I'd ask her what she wants&quot;, ask them what they would do if her answer was &quot;nothing&quot;.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene coffee).</extracomment>
      <translation>Deux minutes. La plupart des groupes penchent nettement vers « faire quelque chose tout de suite », et c’est précisément la tension sur laquelle repose ce scénario. Ne corrigez pas cet élan ; laissez le groupe voter. Si quelqu’un dit « Je lui demanderais ce qu’elle veut », demandez-lui ce qu’il ferait si elle répondait « rien ».</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.prompt">
      <source>You are Erik. What do you do next?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene coffee).</extracomment>
      <translation>Vous êtes Erik. Que faites-vous ?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.text">
      <source>&quot;Ugh, clients.&quot; Then, because you don't know what else to say, ask whether she's seen the new sprint board.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option change-subject). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>« Ah, les clients… » Puis, faute de savoir quoi dire, lui demander si elle a vu le nouveau tableau de sprint.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.why">
      <source>Not knowing what to say is common and very human. But changing the subject tells Ama, without meaning to, that this isn't something you will hold with her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option change-subject).</extracomment>
      <translation>Ne pas savoir quoi dire, c’est courant et très humain. Mais changer de sujet signifie à Ama, sans le vouloir, que vous ne porterez pas cela avec elle.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.text">
      <source>&quot;That's really not OK. You should take it to HR.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option suggest-hr). Shown on a phone button: keep it short, about 49 characters like the English.</extracomment>
      <translation>« Ce n’est vraiment pas normal. Tu devrais voir les RH. »</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.why">
      <source>You say it isn't acceptable, which matters. But the advice hands all the work back to her and assumes she wants a formal route.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option suggest-hr).</extracomment>
      <translation>Vous dites que ce n’est pas acceptable, et c’est important. Mais le conseil lui renvoie tout le travail et suppose qu’elle veut passer par une voie officielle.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.text">
      <source>&quot;Right, I'm emailing Henrik and Grace now. This needs calling out.&quot; You open your laptop.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option fix-it-now). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>« Bon, j’écris à Henrik et à Grace tout de suite. Il faut dénoncer ça. » Vous ouvrez votre ordinateur.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.why">
      <source>It feels like decisive support, and the anger is on her side. But it takes the decision away from Ama and makes the story about your intervention; rescuing is still about the rescuer.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option fix-it-now).</extracomment>
      <translation>On dirait un soutien décidé, et la colère est de son côté. Mais cela retire la décision à Ama et fait de l’histoire celle de votre intervention ; jouer les sauveurs, c’est encore parler du sauveur.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.text">
      <source>&quot;I saw it too, and I believe you. What would help, from me, if anything? I could say something next time, back you up with Grace, or just listen.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option ask-her). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>« Je l’ai vu aussi, et je te crois. Je peux faire quelque chose pour toi ? Intervenir la prochaine fois, t’appuyer auprès de Grace, ou juste écouter ? »</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.why">
      <source>You confirm what you saw, believe her, and let her decide what support looks like before you do anything.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option ask-her).</extracomment>
      <translation>Vous confirmez ce que vous avez vu, vous la croyez, et vous la laissez décider de la forme du soutien avant de faire quoi que ce soit.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.title">
      <source>The sprint board</source>
      <extracomment>Scene heading, shown on the projector (scene subject-changed).</extracomment>
      <translation>Le tableau de sprint</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.narration">
      <source>Ama pauses, then says, &quot;Yeah, the sprint board,&quot; and the moment closes. They talk about tickets for five minutes. She doesn't raise the workshop with Erik again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene subject-changed).</extracomment>
      <translation>Ama marque une pause, puis dit : « Ah oui, le tableau de sprint », et le moment se referme. Ils parlent de tickets pendant cinq minutes. Elle ne reparle plus jamais de l’atelier avec Erik.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.notes">
      <source>Ask Ama's role-player what she was hoping for when she spoke. Usually it is very little: to be believed. Keep it short.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene subject-changed).</extracomment>
      <translation>Demandez à la personne qui joue Ama ce qu’elle espérait en parlant. En général, c’est très peu : être crue. Faites court.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.title">
      <source>Advice to carry</source>
      <extracomment>Scene heading, shown on the projector (scene hr-suggested).</extracomment>
      <translation>Un conseil de plus à porter</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.narration">
      <source>Ama nods: &quot;Maybe.&quot; She knows where HR is; what she wanted to know was whether anyone else had noticed. A formal complaint about the biggest client feels like a risk to the account and to her, so she doesn't make one. Now she carries the advice as well as the problem.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene hr-suggested).</extracomment>
      <translation>Ama hoche la tête : « Peut-être. » Elle sait où se trouvent les RH ; ce qu’elle voulait savoir, c’est si quelqu’un d’autre avait remarqué. Une plainte officielle contre le plus gros client lui paraît risquée, pour le compte comme pour elle, alors elle n’en fait pas. Désormais, elle porte le conseil en plus du problème.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.notes">
      <source>Participants who chose this often say &quot;but HR is the right channel&quot;. It can be. Ask who gets to decide whether it is the right channel for Ama, and what it would cost her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene hr-suggested).</extracomment>
      <translation>Les personnes qui ont fait ce choix disent souvent : « Mais les RH, c’est le bon canal. » Ça peut l’être. Demandez qui décide si c’est le bon canal pour Ama, et ce que cela lui coûterait.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.title">
      <source>Clearing the air</source>
      <extracomment>Scene heading, shown on the projector (scene emailed).</extracomment>
      <translation>Dissiper le malaise</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.narration">
      <source>Erik's email to Henrik is polite and firm, and copies in Grace Liu, the account lead. Within the hour, Grace calls Ama into a meeting room: the client has replied, mortified, and wants a call with her to &quot;clear the air&quot;. Ama is now the person who complained about the agency's biggest client, and she never complained.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene emailed).</extracomment>
      <translation>L’e-mail d’Erik à Henrik est poli et ferme, avec Grace Liu, la responsable du compte, en copie. Dans l’heure, Grace fait venir Ama dans une salle de réunion : le client a répondu, mortifié, et veut l’appeler pour « dissiper le malaise ». Ama est désormais celle qui s’est plainte du plus gros client de l’agence, alors qu’elle ne s’est jamais plainte.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.notes">
      <source>This is the scene people remember. Let Grace's role-player play the damage control straight. Do not shame the person who chose the email; the impulse was generous. Ask instead: whose name is on the problem now?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene emailed).</extracomment>
      <translation>C’est la scène que les gens retiennent. Laissez la personne qui joue Grace jouer la limitation des dégâts avec sérieux, sans caricature. N’accablez pas la personne qui a choisi l’e-mail ; l’élan était généreux. Demandez plutôt : à quel nom le problème est-il associé maintenant ?</translation>
    </message>
    <message id="ask-what-support.scenes.asked.title">
      <source>What she asked for</source>
      <extracomment>Scene heading, shown on the projector (scene asked).</extracomment>
      <translation>Ce qu’elle a demandé</translation>
    </message>
    <message id="ask-what-support.scenes.asked.narration">
      <source>Ama thinks for a moment: &quot;Honestly? If he does it again on Thursday, pass the question to me, lightly and without a speech, and please don't go to Grace; I'll talk to her when I'm ready.&quot; Erik wants to do more than that. He writes down exactly what she asked for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene asked).</extracomment>
      <translation>Ama réfléchit un instant : « Honnêtement ? S’il recommence jeudi, renvoie-moi la question, en douceur, sans discours. Et s’il te plaît, ne va pas voir Grace ; je lui parlerai quand je serai prête. » Erik voudrait en faire davantage. Il note exactement ce qu’elle a demandé.</translation>
    </message>
    <message id="ask-what-support.scenes.asked.notes">
      <source>Point out that Erik wanting to do more is normal, and that the discipline here is doing what was asked, well. Some participants will feel it is &quot;too small&quot;. Ask Ama's role-player whether it feels small to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene asked).</extracomment>
      <translation>Faites remarquer qu’il est normal qu’Erik veuille en faire plus, et que toute la discipline consiste ici à faire ce qui a été demandé, et à bien le faire. Certaines personnes trouveront cela « trop peu ». Demandez à la personne qui joue Ama si cela lui paraît peu.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.title">
      <source>Thursday's workshop</source>
      <extracomment>Scene heading, shown on the projector (scene workshop).</extracomment>
      <translation>L’atelier du jeudi</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.narration">
      <source>Thursday, the third workshop of the month. Twenty minutes in, Henrik Dahl turns to Sam: &quot;So what did patients say about the booking flow?&quot; Ama led every one of those interviews. Sam glances at her, then down at his notes, and opens his mouth to answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene workshop).</extracomment>
      <translation>Jeudi, troisième atelier du mois. Au bout de vingt minutes, Henrik Dahl se tourne vers Sam : « Alors, qu’ont dit les patients sur le parcours de prise de rendez-vous ? » C’est Ama qui a mené chacun de ces entretiens. Sam lui jette un coup d’œil, baisse les yeux sur ses notes, et ouvre la bouche pour répondre.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.notes">
      <source>Run this as a quick live role-play if you have time: Henrik (you can play him), Sam, Ama, Erik. Give the group ninety seconds to decide. Watch for the gap between what people say they would do and what their role-player actually manages to say out loud.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene workshop).</extracomment>
      <translation>Si vous avez le temps, jouez-le en direct, rapidement : Henrik (vous pouvez le jouer vous-même), Sam, Ama, Erik. Laissez quatre-vingt-dix secondes au groupe pour décider. Observez l’écart entre ce que les gens disent qu’ils feraient et ce que la personne qui joue parvient réellement à dire à voix haute.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.prompt">
      <source>You are Erik. Sam is about to answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene workshop).</extracomment>
      <translation>Vous êtes Erik. Sam va répondre. Que faites-vous ?</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.text">
      <source>Stay quiet. Sam can handle it, and jumping in might make things awkward with the client.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option let-it-go). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>Ne rien dire. Sam peut gérer, et intervenir risquerait de créer un malaise avec le client.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.why">
      <source>Wanting to protect the client relationship is reasonable. But the research goes to the client in someone else's voice, for the third time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option let-it-go).</extracomment>
      <translation>Vouloir protéger la relation client est raisonnable. Mais la recherche parvient au client par la voix de quelqu’un d’autre, pour la troisième fois.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.text">
      <source>Say nothing in the room; afterwards, post in the team channel about how important it is to credit researchers properly, and tag Ama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option post-later). Shown on a phone button: keep it short, about 132 characters like the English.</extracomment>
      <translation>Ne rien dire en réunion ; ensuite, publier un message sur le canal de l’équipe sur l’importance de citer les chercheurs, en mentionnant Ama.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.why">
      <source>The message is true and public. But it arrives after the moment that mattered, and it puts Ama's week on display for an audience she didn't choose.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option post-later).</extracomment>
      <translation>Le message est juste et public. Mais il arrive après le moment qui comptait, et il expose la semaine d’Ama devant un public qu’elle n’a pas choisi.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.text">
      <source>&quot;Ama ran those interviews. Ama, do you want to take that one?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option redirect). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>« C’est Ama qui a mené ces entretiens. Ama, tu veux répondre ? »</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.why">
      <source>A light redirect in the moment: the question goes to its owner, and nobody is put on trial.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option redirect).</extracomment>
      <translation>Une redirection légère, sur le moment : la question revient à la bonne personne, et personne n’est mis en accusation.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.text">
      <source>Redirect the question now. Afterwards, ask Ama whether she would like to propose to Grace, together, that every client session opens by naming who leads each part of the work, and only go ahead if she says yes.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option change-the-setup). Shown on a phone button: keep it short, about 210 characters like the English.</extracomment>
      <translation>Rediriger la question tout de suite. Ensuite, demander à Ama si elle veut proposer avec vous à Grace que chaque séance client commence par dire qui pilote chaque partie du travail, et n’agir que si elle accepte.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.why">
      <source>You act in the moment and then work on the setup that keeps producing the problem, with Ama deciding whether and how.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option change-the-setup).</extracomment>
      <translation>Vous agissez sur le moment, puis vous vous attaquez au fonctionnement qui crée sans cesse le problème, en laissant Ama décider si et comment.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.title">
      <source>At Erik's desk</source>
      <extracomment>Scene heading, shown on the projector (scene fallout).</extracomment>
      <translation>Au bureau d’Erik</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.narration">
      <source>Later, Ama finds Erik at his desk. &quot;I didn't ask you to do that. Now Grace thinks I'm making trouble with our biggest client, and I have to get on a call with Henrik and be gracious about it.&quot; Her voice is steady; her hands aren't.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fallout).</extracomment>
      <translation>Plus tard, Ama vient trouver Erik à son bureau. « Je ne t’ai pas demandé de faire ça. Maintenant, Grace pense que je crée des histoires avec notre plus gros client, et je dois appeler Henrik et me montrer aimable. » Sa voix est calme ; ses mains, non.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.notes">
      <source>The person playing Erik often gets defensive here, which is useful: it is exactly the reflex the scenario is about. Let it happen, then ask the room what Ama needed to hear. Keep the tone warm; nobody should leave feeling stupid for wanting to help.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fallout).</extracomment>
      <translation>La personne qui joue Erik se met souvent sur la défensive ici, et c’est utile : c’est précisément le réflexe dont parle le scénario. Laissez faire, puis demandez à la salle ce qu’Ama avait besoin d’entendre. Gardez un ton bienveillant ; personne ne doit repartir en se sentant bête d’avoir voulu aider.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.prompt">
      <source>You are Erik. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene fallout).</extracomment>
      <translation>Vous êtes Erik. Que dites-vous ?</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.text">
      <source>&quot;I was only trying to help. Someone had to say something, and you'd have been upset if nobody did.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option defend). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>« Je voulais juste aider. Il fallait que quelqu’un dise quelque chose, et tu m’en aurais voulu sinon. »</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.why">
      <source>Explaining your intent protects your picture of yourself as the one who stood up, and it asks Ama to manage your feelings on top of the fallout.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option defend).</extracomment>
      <translation>Expliquer votre intention protège l’image de vous-même en personne qui a réagi, et demande à Ama de gérer vos émotions en plus des retombées.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.text">
      <source>&quot;Sorry. I'll stay out of it from now on.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option retreat). Shown on a phone button: keep it short, about 41 characters like the English.</extracomment>
      <translation>« Désolé. Je ne m’en mêlerai plus. »</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.why">
      <source>The apology is real. But stepping back entirely leaves Ama alone with a situation you set in motion.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option retreat).</extracomment>
      <translation>Les excuses sont sincères. Mais vous retirer complètement laisse Ama seule face à une situation que vous avez déclenchée.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.text">
      <source>&quot;You're right. I didn't ask, and I should have. I'm sorry. What would help now? I can tell Grace it was entirely my idea, join the call, or stay well away from it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option repair). Shown on a phone button: keep it short, about 164 characters like the English.</extracomment>
      <translation>« Tu as raison. J’aurais dû te demander. Je suis désolé. Qu’est-ce qui t’aiderait maintenant ? Dire à Grace que tout vient de moi, être de l’appel, ou m’en tenir loin ? »</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.why">
      <source>You own the mistake without excuses, then go back to the step you skipped: asking what she wants.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option repair).</extracomment>
      <translation>Vous reconnaissez votre erreur sans vous justifier, puis vous revenez à l’étape que vous aviez sautée : lui demander ce qu’elle veut.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.title">
      <source>The version the client remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-silence).</extracomment>
      <translation>La version dont le client se souvient</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.narration">
      <source>Sam answers, haltingly, and gets one detail wrong; Ama corrects it in a follow-up email that nobody reads closely. At the end, Henrik thanks Sam warmly for the insights. By the next month, Ama has asked to move to a different account.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-silence).</extracomment>
      <translation>Sam répond, en hésitant, et se trompe sur un détail ; Ama le corrige dans un e-mail de suivi que personne ne lit vraiment. À la fin, Henrik remercie chaleureusement Sam pour ses analyses. Le mois suivant, Ama demande à changer de compte.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.notes">
      <source>Ask Sam's role-player how it felt to answer. The junior colleague is often the forgotten cost in this story.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-silence).</extracomment>
      <translation>Demandez à la personne qui joue Sam ce qu’elle a ressenti en répondant. Le jeune collègue est souvent le coût oublié de cette histoire.</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.title">
      <source>A dozen reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-post).</extracomment>
      <translation>Une douzaine de réactions</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.narration">
      <source>The post gets a dozen reactions and a few comments praising Erik for speaking up. Ama adds a small thumbs-up and says nothing; she hadn't wanted her week to become a lesson for the channel. In the workshop itself, the question went to Sam, and Sam's answer is the one the client remembers.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-post).</extracomment>
      <translation>Le message récolte une douzaine de réactions et quelques commentaires qui saluent Erik d’avoir pris la parole. Ama ajoute un petit pouce levé et ne dit rien ; elle ne voulait pas que sa semaine devienne une leçon pour tout le canal. Pendant l’atelier, la question est allée à Sam, et c’est la réponse de Sam dont le client se souvient.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.title">
      <source>The right size</source>
      <extracomment>Scene heading, shown on the projector (scene end-redirected).</extracomment>
      <translation>La juste mesure</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.narration">
      <source>Sam hands over with visible relief. Ama answers in thirty seconds, clearly, and Henrik puts his next question to her directly. Afterwards she says only, &quot;Thanks. That was the right size.&quot; It doesn't change Henrik overnight, but it changes who the client calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-redirected).</extracomment>
      <translation>Sam passe la main, visiblement soulagé. Ama répond en trente secondes, clairement, et Henrik lui pose directement sa question suivante. Ensuite, elle dit seulement : « Merci. C’était juste ce qu’il fallait. » Henrik ne change pas du jour au lendemain, mais le client sait désormais qui appeler.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.notes">
      <source>If the path came through the kitchen scene where Erik asked, point out that he knew the right size because he asked. If it came another way, ask what made the redirect land.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-redirected).</extracomment>
      <translation>Si le parcours est passé par la scène de la cuisine où Erik a posé la question, faites remarquer qu’il savait quelle était la juste mesure parce qu’il avait demandé. S’il est passé par un autre chemin, demandez ce qui a fait que la redirection a porté.</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.title">
      <source>Names on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene end-setup).</extracomment>
      <translation>Des noms au programme</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.narration">
      <source>Ama says yes, and wants to make the proposal with Erik rather than have him make it for her. Grace agrees, a little reluctantly, worried it will look as if the agency is managing the client. From the next workshop every agenda names its leads; Henrik's questions start going to Ama, and two other teams borrow the format.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-setup).</extracomment>
      <translation>Ama accepte, et veut faire la proposition avec Erik plutôt que de le laisser la faire à sa place. Grace donne son accord, un peu à contrecœur, craignant que l’agence ait l’air de recadrer le client. Dès l’atelier suivant, chaque programme indique qui pilote quoi ; les questions d’Henrik commencent à aller à Ama, et deux autres équipes reprennent le format.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.title">
      <source>A conversation closes</source>
      <extracomment>Scene heading, shown on the projector (scene end-defended).</extracomment>
      <translation>Une conversation se ferme</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.narration">
      <source>Ama says &quot;OK&quot; in the tone that ends a conversation. On the call, Henrik apologises and Ama is gracious, and Grace notes in the account file that the relationship is &quot;sensitive&quot;. Ama stops telling Erik things.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-defended).</extracomment>
      <translation>Ama dit « D’accord » sur le ton qui met fin à une conversation. Pendant l’appel, Henrik s’excuse, Ama se montre aimable, et Grace note dans le dossier du compte que la relation est « sensible ». Ama cesse de se confier à Erik.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.notes">
      <source>Ask the room: what did Ama lose here that she had before Tuesday? Usually: a person she could think out loud with.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-defended).</extracomment>
      <translation>Demandez à la salle : qu’est-ce qu’Ama a perdu ici, qu’elle avait avant mardi ? En général : une personne avec qui réfléchir à voix haute.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.title">
      <source>Alone on the call</source>
      <extracomment>Scene heading, shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Seule au téléphone</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.narration">
      <source>Erik keeps his word and stays out of it. Ama handles the call alone; it goes fine, and it costs her an afternoon of preparation and a weekend of replaying it. When Henrik does it again a month later, she doesn't expect anyone to notice.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Erik tient parole et reste à l’écart. Ama gère l’appel seule ; tout se passe bien, mais cela lui coûte un après-midi de préparation et un week-end à le ressasser. Quand Henrik recommence un mois plus tard, elle ne s’attend plus à ce que quelqu’un le remarque.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.notes">
      <source>Participants sometimes see this as the respectful choice. Ask whether backing off and asking what she wants now are the same thing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-withdrawn).</extracomment>
      <translation>Certaines personnes y voient le choix respectueux. Demandez si se retirer et lui demander ce qu’elle veut maintenant, c’est la même chose.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.title">
      <source>Asked, this time</source>
      <extracomment>Scene heading, shown on the projector (scene end-repaired).</extracomment>
      <translation>Cette fois, il a demandé</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.narration">
      <source>Ama asks him to tell Grace it was his call, and to stay off the Henrik call. He does both. Grace is cross with Erik rather than Ama, and tells him so. A few weeks later, Ama says she is glad someone saw it, and that next time she would like to be asked first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-repaired).</extracomment>
      <translation>Ama lui demande de dire à Grace que c’était sa décision à lui, et de ne pas participer à l’appel avec Henrik. Il fait les deux. Grace en veut à Erik plutôt qu’à Ama, et le lui dit. Quelques semaines plus tard, Ama lui dit qu’elle est contente que quelqu’un l’ait vu, et que la prochaine fois elle aimerait qu’on lui demande d’abord.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.notes">
      <source>Make the link to the first decision explicit: the repair is the same move as the kitchen option, just arriving a day late and at a higher price.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-repaired).</extracomment>
      <translation>Rendez explicite le lien avec la première décision : réparer, c’est le même geste que l’option de la cuisine, simplement un jour plus tard et à un prix plus élevé.</translation>
    </message>
    <message id="ask-what-support.debrief.what.1">
      <source>What did Ama actually ask for, on the path where she was asked? What did she get on ours?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’a réellement demandé Ama, sur le parcours où on lui a posé la question ? Qu’a-t-elle obtenu sur le nôtre ?</translation>
    </message>
    <message id="ask-what-support.debrief.what.2">
      <source>At what point did the decision about what happened next pass from Ama to someone else?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>À quel moment la décision sur la suite est-elle passée d’Ama à quelqu’un d’autre ?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.1">
      <source>Why is the urge to rescue so strong, and whose discomfort is it relieving?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi l’envie de secourir est-elle si forte, et de qui soulage-t-elle le malaise ?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.2">
      <source>What is the difference between support that is big and support that is the right size?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quelle différence y a-t-il entre un soutien spectaculaire et un soutien à la juste mesure ?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.1">
      <source>What question will you ask the next time someone tells you about being excluded, before you offer anything?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>La prochaine fois que quelqu’un vous racontera avoir été mis à l’écart, quelle question poserez-vous avant de proposer quoi que ce soit ?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.2">
      <source>Think of a time you acted on someone's behalf without asking. What would you do differently now?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Pensez à une fois où vous avez agi pour quelqu’un sans lui demander. Que feriez-vous différemment aujourd’hui ?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.3">
      <source>What could you do in your next client or team meeting to make sure questions reach the person who owns the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que pourriez-vous faire lors de votre prochaine réunion client ou d’équipe pour que les questions aillent à la personne qui porte le travail ?</translation>
    </message>
    <message id="ask-what-support.sources.1.title">
      <source>Workplace allyship practice: listen first, believe people, and ask what support they want before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : écouter d’abord, croire les personnes et leur demander quel soutien elles souhaitent avant d’agir</translation>
    </message>
    <message id="ask-what-support.sources.1.note">
      <source>Drawn from allyship guidance on active listening, validating colleagues' experiences, and avoiding the rescuer role.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Tiré de recommandations sur l’allyship : l’écoute active, la reconnaissance du vécu des collègues, et le refus du rôle de sauveur.</translation>
    </message>
    <message id="banter-joke.title">
      <source>It's only banter</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>C’est juste pour rire</translation>
    </message>
    <message id="banter-joke.summary">
      <source>In a sprint retrospective, a well-liked developer repeats a colleague's point in an exaggerated accent and the room laughs. The group decides what a teammate does in the moment, and what they say when the joker later asks, privately, whether he went too far.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Pendant une rétrospective de sprint, un développeur apprécié de tous répète l’intervention d’une collègue en imitant son accent de façon caricaturale, et la salle rit. Le groupe décide de ce que fait un coéquipier sur le moment, puis de ce qu’il répond quand l’auteur de la blague lui demande, en privé, s’il est allé trop loin.</translation>
    </message>
    <message id="banter-joke.content_note">
      <source>This role-play includes a colleague's accent being exaggerated for laughs in a team meeting, the room laughing along, and her smiling it off.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une collègue dont l’accent est imité de façon caricaturale pour faire rire en réunion d’équipe, la salle qui rit, et elle qui sourit comme si de rien n’était.</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.name">
      <source>Agnieszka Wójcik, QA engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role agnieszka).</extracomment>
      <translation>Agnieszka Wójcik, ingénieure qualité</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.brief">
      <source>You moved from Kraków six years ago and your English is fluent; your accent is not a secret and not a problem. The imitation happens often enough that you now keep your points short in meetings. You smile when it happens because the alternative is being &quot;the one who can't take a joke&quot;. You would like it to stop without a scene.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role agnieszka).</extracomment>
      <translation>Vous êtes arrivée de Cracovie il y a six ans et vous parlez couramment ; votre accent n’est ni un secret ni un problème. Les imitations reviennent assez souvent pour que vous fassiez désormais des interventions courtes en réunion. Vous souriez quand cela arrive, parce que sinon vous deviendriez « celle qui ne sait pas rire ». Vous aimeriez que cela cesse, sans esclandre.</translation>
    </message>
    <message id="banter-joke.roles.callum.name">
      <source>Callum Reid, software developer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role callum).</extracomment>
      <translation>Julien Roux, développeur</translation>
    </message>
    <message id="banter-joke.roles.callum.brief">
      <source>You are the team's joker and you honestly think the jokes hold the team together; you tease everyone. You like Agnieszka and would be upset to hear you had hurt her. If challenged in public, your first move is &quot;it's just banter, Aga knows&quot;. In private, you are more open than you expect.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role callum).</extracomment>
      <translation>Vous êtes le blagueur de l’équipe et vous pensez sincèrement que l’humour soude le groupe ; vous taquinez tout le monde. Vous appréciez Agnieszka et vous seriez peiné d’apprendre que vous l’avez blessée. Si on vous reprend en public, votre premier réflexe est : « C’est pour rire, Aga le sait bien. » En privé, vous êtes plus ouvert que vous ne le pensez.</translation>
    </message>
    <message id="banter-joke.roles.deepa.name">
      <source>Deepa Nair, engineering manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role deepa).</extracomment>
      <translation>Deepa Nair, responsable d’équipe de développement</translation>
    </message>
    <message id="banter-joke.roles.deepa.brief">
      <source>You run the retro. You laugh along at first out of habit, then feel uneasy. You are new in post and do not want to lose the team's goodwill in your first month. If someone else names the problem, you back them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role deepa).</extracomment>
      <translation>Vous animez la rétro. Vous riez d’abord avec les autres, par habitude, puis vous vous sentez mal à l’aise. Vous êtes nouvelle dans le poste et vous ne voulez pas perdre la confiance de l’équipe dès votre premier mois. Si quelqu’un d’autre nomme le problème, vous le soutenez.</translation>
    </message>
    <message id="banter-joke.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="banter-joke.roles.observer.brief">
      <source>Watch faces, especially Agnieszka's, in the two seconds after the joke. Note who laughs, who does not, and who speaks first. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observez les visages, surtout celui d’Agnieszka, dans les deux secondes qui suivent la blague. Notez qui rit, qui ne rit pas et qui parle en premier. Servez-vous de la grille d’observation.</translation>
    </message>
    <message id="banter-joke.observer_checklist.1">
      <source>Who laughed, who did not, and what did Agnieszka's face do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qui a ri, qui n’a pas ri, et comment a réagi le visage d’Agnieszka ?</translation>
    </message>
    <message id="banter-joke.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder choose, and did it interrupt the laughter?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lequel des cinq gestes d’intervention (faire diversion, déléguer, documenter, revenir après coup, intervenir directement) la personne qui répond a-t-elle choisi, et a-t-il coupé court aux rires ?</translation>
    </message>
    <message id="banter-joke.observer_checklist.3">
      <source>Did the responder talk about the impact of the joke, or about Callum's character?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La personne qui répond a-t-elle parlé de l’effet de la blague, ou du caractère de Julien ?</translation>
    </message>
    <message id="banter-joke.observer_checklist.4">
      <source>Did Agnieszka get her actual point about the build heard?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Le vrai sujet d’Agnieszka, le build, a-t-il été entendu ?</translation>
    </message>
    <message id="banter-joke.observer_checklist.5">
      <source>Was the manager brought in (delegate), and did she act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La responsable a-t-elle été sollicitée (déléguer), et a-t-elle agi ?</translation>
    </message>
    <message id="banter-joke.scenes.retro.title">
      <source>Friday, sprint retrospective</source>
      <extracomment>Scene heading, shown on the projector (scene retro).</extracomment>
      <translation>Vendredi, rétrospective de sprint</translation>
    </message>
    <message id="banter-joke.scenes.retro.narration">
      <source>Agnieszka says the nightly build has failed three times because tests are being skipped. Callum repeats it back in a heavy, exaggerated accent: &quot;Ze build, it is broken again, comrades.&quot; The room laughs, Deepa included. Callum grins: &quot;Only banter, Aga knows I love her.&quot; Agnieszka smiles and looks at her screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene retro).</extracomment>
      <translation>Agnieszka signale que le build de nuit a échoué trois fois parce que des tests sont sautés. Julien répète sa phrase avec un accent lourd et caricatural : « Le build, il est encorrre cassé, camarrrades. » La salle rit, Deepa comprise. Julien sourit : « C’est pour rire, Aga sait que je l’adore. » Agnieszka sourit et regarde son écran.</translation>
    </message>
    <message id="banter-joke.scenes.retro.notes">
      <source>Read the accent line flatly; do not perform the accent yourself, and do not let a participant do it either. Before the prompt, ask the group to notice what they felt in their own bodies when the laugh came. If someone says &quot;we all tease each other&quot;, acknowledge it and ask whether everyone is teased about the same kinds of things.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene retro).</extracomment>
      <translation>Lisez d’une voix neutre la réplique qui imite l’accent : n’imitez pas l’accent vous-même et ne laissez aucun participant le faire. Avant l’énoncé, demandez au groupe de remarquer ce qu’il a ressenti physiquement au moment du rire. Si quelqu’un dit « on se taquine tous », reconnaissez-le et demandez si tout le monde est taquiné sur les mêmes sujets.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.prompt">
      <source>You are a developer on the team, sitting two seats from Agnieszka. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene retro).</extracomment>
      <translation>Vous êtes développeur ou développeuse dans l’équipe, assis à deux places d’Agnieszka. Que faites-vous ?</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.text">
      <source>Smile with everyone and wait for the moment to pass. Agnieszka smiled too.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option smile-along). Shown on a phone button: keep it short, about 74 characters like the English.</extracomment>
      <translation>Sourire avec les autres et attendre que ça passe. Agnieszka a souri, elle aussi.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.why">
      <source>Reading her smile as permission is understandable, but the laughter, including yours, tells the team this is normal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option smile-along).</extracomment>
      <translation>Prendre son sourire pour une permission se comprend, mais les rires, y compris le vôtre, disent à l’équipe que c’est normal.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.text">
      <source>Don't laugh. After the retro, message her: &quot;That was out of order. Are you OK?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option check-in-later). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Ne pas rire. Après la rétro, lui écrire : « C’était déplacé. Ça va ? »</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.why">
      <source>Not laughing and checking in both matter to her; the team, though, never learns anyone minded.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option check-in-later).</extracomment>
      <translation>Ne pas rire et prendre de ses nouvelles comptent pour elle ; l’équipe, en revanche, n’apprend jamais que cela a dérangé quelqu’un.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.text">
      <source>Call out across the table with a grin: &quot;Careful, Callum, we've all done the inclusion e-learning!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option hr-quip). Shown on a phone button: keep it short, about 98 characters like the English.</extracomment>
      <translation>Lancer en souriant : « Attention, Julien, on a tous fait le e-learning sur l’inclusion ! »</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.why">
      <source>It signals that you know better, and earns a second laugh, but it turns the moment into another joke and leaves the behaviour alone.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option hr-quip).</extracomment>
      <translation>Vous montrez que vous savez ce qui se fait, et vous déclenchez un second rire, mais le moment devient une blague de plus et le comportement reste intact.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.text">
      <source>Turn to Agnieszka straight away: &quot;Which tests are being skipped? If it's the payments suite, that's a real risk.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option redirect). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>Se tourner aussitôt vers Agnieszka : « Quels tests sont sautés ? Si ce sont ceux des paiements, c’est un vrai risque. »</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.why">
      <source>A deliberate distraction: it cuts the laughter off and puts her point back at the centre, though nobody names what happened.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option redirect).</extracomment>
      <translation>Une diversion délibérée : elle coupe court aux rires et remet son sujet au centre, même si personne ne nomme ce qui s’est passé.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.text">
      <source>&quot;Callum, the accent thing doesn't land for me. Aga, sorry, go on; what's breaking?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option name-it). Shown on a phone button: keep it short, about 83 characters like the English.</extracomment>
      <translation>« Julien, l’accent, ça ne me fait pas rire. Aga, pardon, continue : qu’est-ce qui casse ? »</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.why">
      <source>Direct and brief: it names the impact without a lecture and gives the floor back to her in the same breath.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option name-it).</extracomment>
      <translation>Direct et bref : vous nommez l’effet sans faire la leçon et vous lui rendez la parole dans le même souffle.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.title">
      <source>The rest of the retro</source>
      <extracomment>Scene heading, shown on the projector (scene laugh-continues).</extracomment>
      <translation>La suite de la rétro</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.narration">
      <source>The retro moves on. Agnieszka's point about skipped tests does not make it onto the action list. In the team chat that afternoon, someone posts a GIF of a cartoon villain with a thick accent; three people react with laughing faces.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene laugh-continues).</extracomment>
      <translation>La rétro continue. Le point d’Agnieszka sur les tests sautés ne figure pas dans la liste des actions. L’après-midi, sur la messagerie de l’équipe, quelqu’un poste un GIF de méchant de dessin animé avec un fort accent ; trois personnes réagissent avec des émojis morts de rire.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.notes">
      <source>Note the quiet cost: both the joke and the lost action item. Keep the pace up; the second decision is where this path can still turn.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene laugh-continues).</extracomment>
      <translation>Soulignez le coût discret : la blague, et l’action perdue. Gardez le rythme ; c’est au deuxième point de décision que ce parcours peut encore tourner.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.title">
      <source>A message back</source>
      <extracomment>Scene heading, shown on the projector (scene private-check-in).</extracomment>
      <translation>Une réponse</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.narration">
      <source>Agnieszka replies an hour later: &quot;Thanks. It's fine, I'm used to it.&quot; Then a second message: &quot;Honestly it's been happening since before you joined.&quot; The build fails again that night.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-check-in).</extracomment>
      <translation>Agnieszka répond une heure plus tard : « Merci. Ça va, j’ai l’habitude. » Puis un second message : « Franchement, ça dure depuis avant ton arrivée. » Le build échoue de nouveau la nuit suivante.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.notes">
      <source>Ask what &quot;I'm used to it&quot; means. Point out, gently, that the check-in gave the responder information they now hold, which carries into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-check-in).</extracomment>
      <translation>Demandez ce que veut dire « j’ai l’habitude ». Faites remarquer, avec tact, que ce message a donné à la personne qui répond des informations qu’elle détient désormais et qui pèsent sur la décision suivante.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.title">
      <source>A second laugh</source>
      <extracomment>Scene heading, shown on the projector (scene second-laugh).</extracomment>
      <translation>Un second rire</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.narration">
      <source>The table laughs again, louder. Callum raises his hands: &quot;Guilty! Don't report me!&quot; Deepa moves to the next card. Agnieszka's point is written down as &quot;tests (Aga)&quot; and nobody picks it up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene second-laugh).</extracomment>
      <translation>La table rit de nouveau, plus fort. Julien lève les mains : « Coupable ! Ne me dénoncez pas ! » Deepa passe au post-it suivant. Le point d’Agnieszka est noté « tests (Aga) » et personne ne s’en saisit.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.notes">
      <source>Participants who chose this often meant to signal disapproval. Honour that, then ask what Callum took away, and what Agnieszka did.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene second-laugh).</extracomment>
      <translation>Les personnes qui ont choisi cette option voulaient souvent marquer leur désapprobation. Reconnaissez-le, puis demandez ce que Julien en a retenu, et ce qu’a fait Agnieszka.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.title">
      <source>Back to the build</source>
      <extracomment>Scene heading, shown on the projector (scene point-lands).</extracomment>
      <translation>Retour au build</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.narration">
      <source>Agnieszka blinks, then answers: &quot;Yes, payments, and the refund tests.&quot; The conversation becomes about the build, and Deepa assigns an owner. Callum does not repeat the bit, though he does not seem to think anything happened.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene point-lands).</extracomment>
      <translation>Agnieszka cligne des yeux, puis répond : « Oui, les paiements, et les tests de remboursement. » La conversation porte désormais sur le build, et Deepa désigne une personne responsable. Julien ne refait pas son numéro, même s’il ne semble pas penser qu’il s’est passé quoi que ce soit.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.notes">
      <source>Distraction is a legitimate move, especially for people with less standing. Ask what it achieved and what it left undone.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene point-lands).</extracomment>
      <translation>Faire diversion est un geste légitime, surtout pour les personnes qui ont moins de poids. Demandez ce que cela a permis et ce qui est resté en suspens.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.title">
      <source>A pause</source>
      <extracomment>Scene heading, shown on the projector (scene named-calmly).</extracomment>
      <translation>Un silence</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.narration">
      <source>There is an uncomfortable second. Callum says, &quot;It's just banter, mate,&quot; and looks around for support. Deepa says, &quot;Let's hear the build point,&quot; and Agnieszka explains the skipped payment tests. For the rest of the meeting Callum is quieter than usual, and two people avoid your eye.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-calmly).</extracomment>
      <translation>Une seconde de malaise. Julien lance : « C’est pour rire, hein », et cherche du soutien du regard. Deepa dit : « Écoutons le point sur le build », et Agnieszka explique les tests de paiement sautés. Jusqu’à la fin de la réunion, Julien est plus silencieux que d’habitude, et deux personnes évitent votre regard.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.notes">
      <source>Name the cost openly: social awkwardness, a teammate who feels called out. Ask participants whether they have ever been the Callum in a room, and how they would have wanted it done.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-calmly).</extracomment>
      <translation>Nommez le coût ouvertement : une gêne sociale, un coéquipier qui se sent pris à partie. Demandez aux participants s’ils ont déjà été le Julien d’une salle, et comment ils auraient voulu qu’on s’y prenne.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.title">
      <source>Monday, by the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks).</extracomment>
      <translation>Lundi, près de la machine à café</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.narration">
      <source>Callum catches you on your own. &quot;Can I ask you something? Aga's been a bit off with me since Friday. Was I out of order with the accent thing? I honestly didn't mean anything by it.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks).</extracomment>
      <translation>Julien vous prend à part. « Je peux te demander un truc ? Aga est un peu distante avec moi depuis vendredi. J’ai été lourd avec cette histoire d’accent ? Franchement, je ne pensais pas à mal. »</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.notes">
      <source>In triads, have the person playing Callum deliver this sincerely. The responder must answer in their own words before the options are revealed, then pick the nearest. Watch for participants who soften so much the message disappears, and for ones who use the moment to lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks).</extracomment>
      <translation>En trio, demandez à la personne qui joue Julien de dire cette réplique sincèrement. La personne qui répond doit répondre avec ses propres mots avant que les options soient dévoilées, puis choisir la plus proche. Repérez ceux qui adoucissent tant que le message disparaît, et ceux qui profitent du moment pour faire la leçon.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.prompt">
      <source>Callum has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene callum-asks).</extracomment>
      <translation>Julien vous a posé la question directement. Que répondez-vous ?</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.text">
      <source>&quot;Nah, you're fine. She's probably just busy with the release.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option reassure). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>« Mais non, t’inquiète. Elle est sûrement débordée avec la livraison. »</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.why">
      <source>Reassuring a friend feels kind, but it closes the one door he had opened himself.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option reassure).</extracomment>
      <translation>Rassurer un ami semble gentil, mais cela referme la seule porte qu’il avait lui-même ouverte.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.text">
      <source>&quot;Maybe? I don't know, you'd have to ask her.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option ask-her). Shown on a phone button: keep it short, about 45 characters like the English.</extracomment>
      <translation>« Peut-être ? Je ne sais pas, demande-lui. »</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.why">
      <source>It is not wrong, yet it sends Callum to the person who was hurt and makes her do the explaining.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option ask-her).</extracomment>
      <translation>Ce n’est pas faux, mais cela renvoie Julien vers la personne blessée et lui laisse la charge de tout expliquer.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.text">
      <source>&quot;Mate, I'd just redo the unconscious bias module. It covers all this. I'll send you the link.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option do-the-module). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>« Refais juste le module sur les biais inconscients, ça couvre tout ça. Je t’envoie le lien. »</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.why">
      <source>It points at a programme instead of the behaviour, and keeps the conversation safely abstract for both of you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option do-the-module).</extracomment>
      <translation>Vous renvoyez à un programme plutôt qu’au comportement, et la conversation reste confortablement abstraite pour vous deux.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.text">
      <source>&quot;Honestly, yes. I know you didn't mean it, but it's the effect that counts: she gets it a lot. A short sorry to her, no big speech, and drop the accent bit.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option honest-answer). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>« Franchement, oui. Je sais que tu ne pensais pas à mal, mais c’est l’effet qui compte : elle y a droit souvent. Un petit pardon, sans grand discours, et laisse tomber l’accent. »</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.why">
      <source>You separate what he meant from what it did, and give him something concrete and proportionate to do.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option honest-answer).</extracomment>
      <translation>Vous distinguez ce qu’il voulait dire de ce que cela a produit, et vous lui proposez quelque chose de concret et de proportionné à faire.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.text">
      <source>Give the same honest answer, then propose to Deepa that the team's working agreement says jokes about accents, origins and identities are out, and that anyone can flag one without it being a drama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option team-agreement). Shown on a phone button: keep it short, about 197 characters like the English.</extracomment>
      <translation>Donner la même réponse honnête, puis proposer à Deepa d’inscrire dans les règles de l’équipe : pas de blagues sur les accents, les origines ou les identités, et chacun peut le signaler sans en faire un drame.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.why">
      <source>You deal with the person and the pattern, so that the next time does not depend on who happens to be in the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option team-agreement).</extracomment>
      <translation>Vous traitez à la fois la personne et le schéma, pour que la prochaine fois ne dépende pas de qui se trouve dans la salle.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene carries-on).</extracomment>
      <translation>Un mois plus tard</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.narration">
      <source>Callum relaxes and the jokes continue, now and then. Agnieszka stops raising issues in retros and logs them in the tracker instead, where they sit unread. In her exit interview, six months later, she mentions &quot;team culture&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene carries-on).</extracomment>
      <translation>Julien se détend et les blagues continuent, de temps en temps. Agnieszka arrête de soulever des problèmes en rétro et les consigne plutôt dans l’outil de suivi, où personne ne les lit. Six mois plus tard, lors de son entretien de départ, elle évoque « la culture de l’équipe ».</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.notes">
      <source>Do not rush past this. Ask how many exit interviews in their own organisation might say &quot;team culture&quot; and mean something like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene carries-on).</extracomment>
      <translation>Ne passez pas vite sur ce moment. Demandez combien d’entretiens de départ, dans leur propre organisation, pourraient dire « la culture de l’équipe » pour parler de ce genre de chose.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.title">
      <source>An awkward conversation</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Une conversation gênante</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.narration">
      <source>Callum asks Agnieszka, in front of two others, &quot;Did I upset you on Friday?&quot; She says no, because there is no other answer available with an audience. Callum tells you later, &quot;See, she's fine.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Julien demande à Agnieszka, devant deux collègues : « Je t’ai vexée vendredi ? » Elle répond que non, parce qu’aucune autre réponse n’est possible devant témoins. Plus tard, Julien vous dit : « Tu vois, elle va bien. »</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.notes">
      <source>A useful illustration of burdening the affected person. Ask how the responder could have spared her that moment.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks-aga).</extracomment>
      <translation>Une bonne illustration de la charge qu’on fait peser sur la personne concernée. Demandez comment la personne qui répond aurait pu lui épargner ce moment.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene module-done).</extracomment>
      <translation>Un mois plus tard</translation>
    </message>
    <message id="banter-joke.scenes.module-done.narration">
      <source>Callum completes the module in twenty minutes and posts his certificate in the team chat with a joke about being &quot;officially woke now&quot;. Deepa reacts with a laughing face. The accent jokes slow down, then return before the next release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene module-done).</extracomment>
      <translation>Julien boucle le module en vingt minutes et poste son certificat sur la messagerie de l’équipe en plaisantant : il est « officiellement woke maintenant ». Deepa réagit avec un émoji mort de rire. Les blagues sur l’accent se font plus rares, puis reviennent avant la livraison suivante.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.notes">
      <source>Training is not worthless; the issue is using it as a substitute for a direct answer. Ask the group what they would have needed to feel able to answer Callum plainly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene module-done).</extracomment>
      <translation>La formation n’est pas inutile ; le problème, c’est de s’en servir pour éviter une réponse directe. Demandez au groupe ce qu’il lui aurait fallu pour se sentir capable de répondre franchement à Julien.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene callum-apologises).</extracomment>
      <translation>Un mois plus tard</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.narration">
      <source>Callum goes quiet, then says, &quot;Right. Fair.&quot; He tells Agnieszka, &quot;Sorry about the accent stuff, I'll knock it off,&quot; and she nods. He is slightly stiff with you for a week. In the next two retros Agnieszka's points run longer, and one of them saves a release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-apologises).</extracomment>
      <translation>Julien se tait, puis dit : « D’accord. C’est juste. » Il dit à Agnieszka : « Désolé pour ce truc d’accent, j’arrête », et elle hoche la tête. Il est un peu raide avec vous pendant une semaine. Lors des deux rétros suivantes, les interventions d’Agnieszka sont plus longues, et l’une d’elles sauve une livraison.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.notes">
      <source>Highlight that the apology was short and did not ask Agnieszka to reassure him. Ask the group what a bad apology would have sounded like.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-apologises).</extracomment>
      <translation>Soulignez que les excuses étaient brèves et ne demandaient pas à Agnieszka de le rassurer. Demandez au groupe à quoi auraient ressemblé de mauvaises excuses.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Un mois plus tard</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.narration">
      <source>Deepa takes the suggestion to the next retro. There is some eye-rolling about &quot;the fun police&quot;, and a real discussion about what teasing is and is not fine. The agreement goes on the team wiki. When a new starter imitates a contractor's accent a fortnight later, a junior developer points to it, and the joke stops there.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Deepa soumet la proposition à la rétro suivante. Quelques-uns lèvent les yeux au ciel en parlant de « police de l’humour », puis une vraie discussion s’engage sur ce qui est une taquinerie acceptable et ce qui ne l’est pas. La règle est ajoutée au wiki de l’équipe. Quinze jours plus tard, quand un nouvel arrivant imite l’accent d’un prestataire, un développeur junior la lui montre, et la blague s’arrête là.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.notes">
      <source>Ask who benefited from the agreement beyond Agnieszka. Then ask what the eye-rolling cost and who bore it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene agreement-adopted).</extracomment>
      <translation>Demandez qui, au-delà d’Agnieszka, a bénéficié de cette règle. Puis demandez ce qu’ont coûté les yeux levés au ciel, et qui en a payé le prix.</translation>
    </message>
    <message id="banter-joke.debrief.what.1">
      <source>What did you notice in the room, and in yourself, in the second after the laugh?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’avez-vous remarqué dans la salle, et en vous-même, dans la seconde qui a suivi le rire ?</translation>
    </message>
    <message id="banter-joke.debrief.what.2">
      <source>Which response did the group lean towards, and what made it feel safest?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Vers quelle réponse le groupe a-t-il penché, et qu’est-ce qui la rendait la plus sûre ?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.1">
      <source>When a person smiles through a joke at their expense, what might that smile be doing for them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quand une personne sourit à une blague faite à ses dépens, à quoi ce sourire peut-il lui servir ?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.2">
      <source>Why does a focus on the joker's intent so often crowd out the effect on the target?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi l’attention portée à l’intention de l’auteur de la blague éclipse-t-elle si souvent l’effet sur la personne visée ?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.1">
      <source>What short phrase could you use to stop a joke like this without starting a fight?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quelle courte phrase pourriez-vous utiliser pour arrêter une blague de ce genre sans déclencher de conflit ?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.2">
      <source>Which agreement in your own team would make the next intervention easier for whoever is in the room?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quelle règle, dans votre propre équipe, faciliterait la prochaine intervention, quelle que soit la personne présente ?</translation>
    </message>
    <message id="banter-joke.sources.1.title">
      <source>Workplace allyship practice: challenge jokes and microaggressions, putting impact before intent</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : réagir aux blagues et aux microagressions, en faisant passer l’effet avant l’intention</translation>
    </message>
    <message id="banter-joke.sources.2.title">
      <source>Bystander intervention: the five moves (distract, delegate, document, delay, direct)</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Intervention des témoins : les cinq gestes (faire diversion, déléguer, documenter, revenir après coup, intervenir directement)</translation>
    </message>
    <message id="biased-shortlist.title">
      <source>The shortlist that sorted itself</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>La présélection qui s’est faite toute seule</translation>
    </message>
    <message id="biased-shortlist.summary">
      <source>A hiring manager arrives at the shortlisting meeting with a &quot;first pass&quot; that has quietly removed career gaps and candidates whose names made him unsure about visas. The group decides what a panel member does at the sift, and again when &quot;culture fit&quot; decides the final hire.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Un manager qui recrute arrive à la réunion de présélection avec un « premier tri » qui a discrètement écarté les parcours avec des interruptions de carrière et les candidats dont le nom lui faisait douter de leur autorisation de travail. Le groupe décide de ce que fait un membre du jury au moment du tri, puis de nouveau quand l’« adéquation culturelle » emporte la décision finale.</translation>
    </message>
    <message id="biased-shortlist.content_note">
      <source>This role-play includes candidates being dropped from a shortlist over a career gap spent caring or a foreign-sounding name, and the top-scoring candidate being judged a poor &quot;culture fit&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre des candidats écartés pour une interruption de carrière passée à s’occuper d’un proche ou pour un nom à consonance étrangère, et la candidate la mieux notée mise en doute sur son « adéquation culturelle ».</translation>
    </message>
    <message id="biased-shortlist.roles.niall.name">
      <source>Niall Brennan, data engineering manager (hiring manager)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role niall).</extracomment>
      <translation>Niall Brennan, responsable data engineering (manager qui recrute)</translation>
    </message>
    <message id="biased-shortlist.roles.niall.brief">
      <source>You have 140 applications, a team that is two people down, and no time. Your first pass felt like common sense: a long gap is a risk, and a visa would slow things down. You value a close team and you hire people you can picture at the Friday football. You are not trying to exclude anyone; if someone shows you the criteria plainly, you will look again, though you will sigh about the time.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role niall).</extracomment>
      <translation>Vous avez 140 candidatures, une équipe à qui il manque deux personnes, et pas de temps. Votre premier tri vous a paru relever du bon sens : une longue interruption, c’est un risque, et un visa ralentirait tout. Vous tenez à une équipe soudée et vous recrutez des gens que vous imaginez bien au foot du vendredi. Vous ne cherchez à exclure personne ; si on vous montre clairement les critères, vous réexaminerez, même si vous soupirerez sur le temps perdu.</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.name">
      <source>Tanisha Greene, in-house recruiter</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tanisha).</extracomment>
      <translation>Tanisha Greene, chargée de recrutement interne</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.brief">
      <source>You know the first pass breaks the hiring guidance, but Niall is senior and you have been told recruiters &quot;support the business&quot;. You will back a panel member who raises it, and you will bring in the guidance if asked. Alone, you stay quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tanisha).</extracomment>
      <translation>Vous savez que ce premier tri enfreint les règles de recrutement, mais Niall est senior et on vous a dit que le recrutement doit « accompagner les métiers ». Vous soutiendrez un membre du jury qui soulève la question, et vous sortirez les règles si on vous le demande. Seule, vous vous taisez.</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.name">
      <source>Daniel Kowalczyk, senior data engineer (panel member)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role daniel).</extracomment>
      <translation>Daniel Kowalczyk, data engineer senior (membre du jury)</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.brief">
      <source>You are on the panel with the responder. You tend to agree with Niall because he is your manager. If someone makes a clear, criteria-based point, you say &quot;that's fair&quot; and support it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role daniel).</extracomment>
      <translation>Vous faites partie du jury avec la personne qui répond. Vous avez tendance à être d’accord avec Niall, parce que c’est votre manager. Si quelqu’un avance un argument clair, fondé sur les critères, vous dites « C’est juste » et vous le soutenez.</translation>
    </message>
    <message id="biased-shortlist.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="biased-shortlist.roles.observer.brief">
      <source>Watch how decisions are justified: against the written criteria, or by feel. Note every use of &quot;fit&quot;, &quot;risk&quot; and &quot;gut&quot;. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observez comment les décisions sont justifiées : par rapport aux critères écrits, ou au feeling. Notez chaque fois que l’on parle d’« adéquation », de « risque » ou d’« instinct ». Utilisez la grille d’observation.</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.1">
      <source>Which reasons for rejecting candidates were in the advert's criteria, and which were not?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Parmi les raisons d’écarter des candidats, lesquelles figuraient dans les critères de l’annonce, et lesquelles non ?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared? For example, did anyone delegate to the recruiter, or ask to delay the decision?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lesquels des cinq gestes d’intervention (faire diversion, déléguer, documenter, revenir après coup, intervenir directement) sont apparus ? Par exemple, quelqu’un a-t-il délégué à la chargée de recrutement, ou demandé de reporter la décision ?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.3">
      <source>Did anyone ask what &quot;culture fit&quot; actually meant, in words that could be scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il demandé ce que voulait vraiment dire « adéquation culturelle », en des termes que l’on pourrait noter ?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.4">
      <source>Did the responder challenge the decision, the process, or both?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La personne qui répond a-t-elle contesté la décision, le processus, ou les deux ?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.5">
      <source>What did speaking up cost the responder, in time or in goodwill?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qu’est-ce que prendre la parole a coûté à la personne qui répond, en temps ou en capital de sympathie ?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.title">
      <source>Tuesday, the shortlisting meeting</source>
      <extracomment>Scene heading, shown on the projector (scene sift).</extracomment>
      <translation>Mardi, la réunion de présélection</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.narration">
      <source>Niall opens the meeting: &quot;I did a first pass to save us time. I took out anyone with a gap of more than a year, always a question mark, and a few where I wasn't sure they'd have the right to work here. That leaves nine; let's pick six to interview.&quot; Tanisha shares the list. In the &quot;out&quot; pile you see Mohammed Al-Sayed: eight years in data engineering and an eighteen-month gap marked &quot;caring for my father&quot;. Two others have non-English names, and all three answered &quot;yes&quot; to the right-to-work question on the form.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sift).</extracomment>
      <translation>Niall ouvre la réunion : « J’ai fait un premier tri pour gagner du temps. J’ai retiré tous ceux qui avaient une interruption de plus d’un an, c’est toujours un point d’interrogation, et quelques-uns dont je n’étais pas sûr qu’ils aient le droit de travailler ici. Il en reste neuf ; on en choisit six pour les entretiens. » Tanisha partage la liste. Dans la pile des écartés, vous voyez Mohammed Al-Sayed : huit ans en data engineering et une interruption de dix-huit mois, avec la mention « aidant auprès de mon père ». Deux autres ont des noms à consonance étrangère, et tous les trois ont répondu « oui » à la question sur l’autorisation de travail dans le formulaire.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.notes">
      <source>Give the group a moment to read before revealing the prompt. If someone says &quot;gaps are a fair question&quot;, agree that they can be discussed at interview, and ask whether they belong in a sift that nobody else saw. Watch for participants who want to label Niall a bigot; steer them back to what he did, not who he is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sift).</extracomment>
      <translation>Laissez au groupe un moment pour lire avant de dévoiler l’énoncé. Si quelqu’un dit « Les interruptions, c’est une question légitime », convenez qu’on peut en parler en entretien, et demandez si elles ont leur place dans un tri que personne d’autre n’a vu. Attention aux personnes qui veulent faire de Niall un sectaire ; ramenez-les à ce qu’il a fait, pas à ce qu’il est.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.prompt">
      <source>You are on the panel as a senior engineer from a neighbouring team. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sift).</extracomment>
      <translation>Vous faites partie du jury, en tant qu’ingénieur senior d’une équipe voisine. Que faites-vous ?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.text">
      <source>Go with the nine. Niall is the hiring manager and he knows what his team needs.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option go-with-it). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Garder les neuf. Niall est le manager qui recrute, il sait ce dont son équipe a besoin.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.why">
      <source>Trusting the hiring manager is the normal thing to do, and it lets an unwritten filter decide who even gets read.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option go-with-it).</extracomment>
      <translation>Faire confiance au manager qui recrute est l’attitude normale, et cela laisse un filtre non écrit décider de qui sera même lu.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.text">
      <source>&quot;Fine by me. Mohammed's CV did look strong, though.&quot; When Niall shrugs, leave it there.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option mention-once). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>« Ça me va. Le CV de Mohammed était solide, quand même. » Si Niall hausse les épaules, ne pas insister.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.why">
      <source>You put your view on the record once, softly, and withdraw it as soon as it meets resistance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option mention-once).</extracomment>
      <translation>Vous donnez votre avis une fois, doucement, et vous le retirez dès qu’il rencontre une résistance.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.text">
      <source>&quot;Agreed. Though can we make sure the interview list has a bit of diversity? For how it looks, if nothing else. Maybe add one back.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option add-one-back). Shown on a phone button: keep it short, about 131 characters like the English.</extracomment>
      <translation>« D’accord. Mais on peut s’assurer que la liste des entretiens soit un peu diverse ? Ne serait-ce que pour l’image. On en rajoute un ? »</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.why">
      <source>It aims for a more varied list, but as optics rather than fairness, and it leaves the filter itself untouched.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option add-one-back).</extracomment>
      <translation>Cela vise une liste plus variée, mais pour l’image plutôt que par équité, et le filtre lui-même reste intact.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.text">
      <source>&quot;Before we lock it, can we check the 'out' pile against the five criteria in the advert? Mohammed meets all five, and his gap was caring for his father. The form already asks about right to work, and all three said yes.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option check-criteria). Shown on a phone button: keep it short, about 220 characters like the English.</extracomment>
      <translation>« Avant de valider, on revoit les écartés selon les cinq critères de l’annonce ? Mohammed les remplit tous, et son interruption, c’était pour s’occuper de son père. Le formulaire couvre déjà l’autorisation de travail : les trois ont dit oui. »</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.why">
      <source>You challenge the filter in the room, using the agreed criteria rather than accusations, and name the people it removed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option check-criteria).</extracomment>
      <translation>Vous contestez le filtre en réunion, en vous appuyant sur les critères convenus plutôt que sur des accusations, et vous nommez les personnes qu’il a écartées.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.title">
      <source>That afternoon</source>
      <extracomment>Scene heading, shown on the projector (scene nine-stand).</extracomment>
      <translation>Le même après-midi</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.narration">
      <source>Six interviews are booked. Four of the six studied at the same two universities; two worked with Niall at his last company. Mohammed gets an automated rejection within the hour. Tanisha writes &quot;HM pre-sift&quot; in the tracker and closes the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nine-stand).</extracomment>
      <translation>Six entretiens sont programmés. Quatre des six candidats ont fait leurs études dans les deux mêmes universités ; deux ont travaillé avec Niall dans son entreprise précédente. Mohammed reçoit un refus automatique dans l’heure. Tanisha écrit « Pré-tri manager » dans le tableau de suivi et ferme le dossier.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.notes">
      <source>Ask the group to picture Mohammed reading the rejection. Then move on; the same panel meets again in a week.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nine-stand).</extracomment>
      <translation>Demandez au groupe d’imaginer Mohammed en train de lire le refus. Puis passez à la suite ; le même jury se réunit de nouveau dans une semaine.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.title">
      <source>A shrug</source>
      <extracomment>Scene heading, shown on the projector (scene mentioned-once).</extracomment>
      <translation>Un haussement d’épaules</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.narration">
      <source>Niall says, &quot;Strong, but the gap worries me.&quot; Daniel nods. The meeting moves on. Tanisha catches your eye for a moment and then looks back at her screen. Mohammed's application is marked &quot;not progressed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mentioned-once).</extracomment>
      <translation>Niall dit : « Solide, oui, mais l’interruption m’inquiète. » Daniel acquiesce. La réunion continue. Tanisha croise votre regard un instant, puis revient à son écran. La candidature de Mohammed est marquée « non retenue ».</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.notes">
      <source>Point out that Tanisha was waiting for backing that did not come. Ask who in the room had the most power to change the outcome.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mentioned-once).</extracomment>
      <translation>Faites remarquer que Tanisha attendait un soutien qui n’est pas venu. Demandez qui, dans la pièce, avait le plus de pouvoir pour changer l’issue.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.title">
      <source>One added back</source>
      <extracomment>Scene heading, shown on the projector (scene token-add).</extracomment>
      <translation>Un candidat repêché</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.narration">
      <source>Niall says, &quot;Fine, for balance,&quot; and Tanisha adds back one of the candidates whose visa status he had guessed at. He is given the last slot on Friday afternoon, when Daniel has already left. Everyone on the panel knows why he is there, and it shows in how he is questioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene token-add).</extracomment>
      <translation>Niall dit : « Bon, pour l’équilibre », et Tanisha rajoute l’un des candidats dont il avait supposé le statut de visa. On lui donne le dernier créneau, le vendredi après-midi, quand Daniel est déjà parti. Tout le jury sait pourquoi il est là, et cela se sent dans les questions qu’on lui pose.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.notes">
      <source>Participants may feel this option was a genuine improvement; in one sense it was. Ask what it feels like to be interviewed as the &quot;balance&quot; candidate, and what happened to the other two.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene token-add).</extracomment>
      <translation>Certaines personnes trouveront que cette option était un vrai progrès ; en un sens, c’en était un. Demandez ce que l’on ressent quand on passe un entretien en tant que candidat « pour l’équilibre », et ce qu’il est advenu des deux autres.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.title">
      <source>Twenty-five extra minutes</source>
      <extracomment>Scene heading, shown on the projector (scene recheck).</extracomment>
      <translation>Vingt-cinq minutes de plus</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.narration">
      <source>Niall sighs: &quot;We'll be here all day.&quot; Tanisha pulls up the hiring guidance, which says gaps are not a sift criterion, and the panel goes through the out pile properly. Mohammed and one other candidate come back in. Daniel says, &quot;Fair enough.&quot; Niall is curt with you for the rest of the meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene recheck).</extracomment>
      <translation>Niall soupire : « On va y passer la journée. » Tanisha affiche les règles de recrutement, qui précisent que les interruptions de carrière ne sont pas un critère de tri, et le jury reprend sérieusement la pile des écartés. Mohammed et un autre candidat sont réintégrés. Daniel dit : « C’est juste. » Niall reste sec avec vous jusqu’à la fin de la réunion.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.notes">
      <source>Name the costs: time, and a hiring manager who feels second-guessed in front of a recruiter. Ask whether there was a way to raise it that would have cost less. Notice that the recruiter acted once someone else went first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene recheck).</extracomment>
      <translation>Nommez les coûts : le temps, et un manager qui se sent remis en cause devant une chargée de recrutement. Demandez s’il y avait une façon moins coûteuse de soulever la question. Remarquez que la chargée de recrutement a agi dès que quelqu’un d’autre s’est lancé.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.title">
      <source>A week later, the interview wash-up</source>
      <extracomment>Scene heading, shown on the projector (scene panel-debrief).</extracomment>
      <translation>Une semaine plus tard, le bilan des entretiens</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.narration">
      <source>The interviews are done. Niall: &quot;Bukola was technically the strongest, no question. But I'm not sure she's a fit. She was quite reserved, didn't really laugh at anything, and we're a tight bunch. Oliver felt like one of us.&quot; On the scorecards, Bukola Adeyinka is top on four of the five criteria; Oliver is third.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene panel-debrief).</extracomment>
      <translation>Les entretiens sont terminés. Niall : « Techniquement, Bukola était la meilleure, aucun doute. Mais je ne suis pas sûr qu’elle colle à l’équipe. Elle était assez réservée, elle n’a pas vraiment ri, et nous, on est une bande très soudée. Oliver, lui, c’est l’un des nôtres. » Sur les grilles d’évaluation, Bukola Adeyinka arrive en tête sur quatre des cinq critères ; Oliver est troisième.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.notes">
      <source>Bukola was in the shortlist on every path, so this scene works whatever the group chose earlier. Some participants will defend &quot;fit&quot; as real; ask them to define it in a way that could be scored before the interview. Keep an eye on the clock: this decision usually runs long.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene panel-debrief).</extracomment>
      <translation>Bukola figurait dans la présélection sur tous les parcours, donc cette scène fonctionne quel que soit le choix précédent du groupe. Certaines personnes défendront l’« adéquation » comme une réalité ; demandez-leur de la définir de façon à pouvoir la noter avant l’entretien. Surveillez l’heure : cette décision prend souvent du temps.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.prompt">
      <source>Niall looks round the panel for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene panel-debrief).</extracomment>
      <translation>Niall cherche l’approbation du jury du regard. Que dites-vous ?</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.text">
      <source>&quot;Fit matters in a small team. Oliver's solid, he'll be fine.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fit-matters). Shown on a phone button: keep it short, about 61 characters like the English.</extracomment>
      <translation>« Dans une petite équipe, l’adéquation compte. Oliver est solide. »</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.why">
      <source>Agreeing keeps the wash-up short and friendly, and lets a feeling outweigh the evidence everyone scored.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fit-matters).</extracomment>
      <translation>Être d’accord permet un bilan court et cordial, et laisse une impression l’emporter sur les éléments que tout le monde a notés.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.text">
      <source>&quot;For what it's worth, she scored highest.&quot; When Niall says he has to weigh everything, you nod.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option for-the-record). Shown on a phone button: keep it short, about 95 characters like the English.</extracomment>
      <translation>« Pour info, c’est elle qui a eu les meilleures notes. » Si Niall dit qu’il doit tout peser, acquiescer.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.why">
      <source>You point at the evidence, which matters, but you leave the decision to the feeling you have just questioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option for-the-record).</extracomment>
      <translation>Vous rappelez les faits, ce qui compte, mais vous laissez la décision à l’impression que vous venez de mettre en doute.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.text">
      <source>&quot;Honestly, hiring Bukola would really help our diversity numbers. It'd look great for the department.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option diversity-numbers). Shown on a phone button: keep it short, about 102 characters like the English.</extracomment>
      <translation>« Franchement, recruter Bukola aiderait vraiment nos chiffres de diversité. Ce serait top pour le service. »</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.why">
      <source>It may tip the decision her way, but it recasts the strongest candidate as a statistic, which follows her into the job.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option diversity-numbers).</extracomment>
      <translation>Cela peut faire pencher la décision en sa faveur, mais cela réduit la meilleure candidate à une statistique, qui la suivra dans son poste.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.text">
      <source>&quot;Can we say what 'fit' means here? On the scorecard she's top on four of five. Laughing at jokes and football aren't on it, and 'reserved' in an interview isn't a skill gap.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option define-fit). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>« Que veut dire “adéquation” ici ? Sur la grille, elle est en tête sur quatre critères sur cinq. Rire aux blagues et le foot n’y figurent pas, et être réservée en entretien n’est pas une lacune. »</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.why">
      <source>You hold the panel to its own criteria and make the unspoken standard visible, in the room where the decision is made.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option define-fit).</extracomment>
      <translation>Vous tenez le jury à ses propres critères et vous rendez visible la norme implicite, dans la pièce où la décision se prend.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.text">
      <source>Make the same point, then ask Tanisha to take three changes to the head of talent: score before discussing, replace &quot;culture fit&quot; with named values, and ban career gaps and guessed visa status as sift reasons.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fix-the-process). Shown on a phone button: keep it short, about 209 characters like the English.</extracomment>
      <translation>Faire la même remarque, puis demander à Tanisha de porter trois changements à la direction des talents : noter avant de discuter, remplacer « adéquation culturelle » par des valeurs précises, bannir interruptions et visas supposés du tri.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.why">
      <source>You deal with this hire and with the process that shaped it, so the next panel does not rely on someone happening to object.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fix-the-process).</extracomment>
      <translation>Vous traitez ce recrutement et le processus qui l’a façonné, pour que le prochain jury ne dépende pas de quelqu’un qui se trouverait là pour protester.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene oliver-hired).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.narration">
      <source>Oliver joins and fits in easily. The team now has six engineers with near-identical backgrounds. In the next quarterly review, Niall's director asks why the team's candidate pipeline &quot;never seems to change&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene oliver-hired).</extracomment>
      <translation>Oliver arrive et s’intègre sans peine. L’équipe compte désormais six ingénieurs aux profils quasi identiques. À la revue trimestrielle suivante, le directeur de Niall demande pourquoi le vivier de candidats de l’équipe « ne semble jamais changer ».</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.notes">
      <source>Avoid painting Oliver as a bad hire; he is not. The point is what the team did not get. Ask what the company learns from this pattern over five years.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene oliver-hired).</extracomment>
      <translation>Évitez de présenter Oliver comme une mauvaise recrue ; il ne l’est pas. Le sujet, c’est ce que l’équipe n’a pas eu. Demandez ce que l’entreprise apprend de ce schéma sur cinq ans.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene scores-noted).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.narration">
      <source>Niall offers Oliver the role. Tanisha records the scores and the decision side by side, and says nothing. Bukola receives feedback that she was &quot;a close second&quot;; she accepts an offer from a competitor the following week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene scores-noted).</extracomment>
      <translation>Niall propose le poste à Oliver. Tanisha consigne les notes et la décision côte à côte, et ne dit rien. Bukola reçoit un retour lui indiquant qu’elle était « juste derrière » ; la semaine suivante, elle accepte l’offre d’un concurrent.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.notes">
      <source>Ask what a second sentence in the wash-up would have needed to say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene scores-noted).</extracomment>
      <translation>Demandez ce qu’aurait dû dire une deuxième phrase lors du bilan.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene diversity-framing).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.narration">
      <source>Bukola is offered the role. In her second week, a teammate jokes that she was &quot;the diversity hire&quot;, repeating a line that travelled out of the wash-up. She starts working late to prove a point that nobody should have made.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene diversity-framing).</extracomment>
      <translation>Le poste est proposé à Bukola. Dès sa deuxième semaine, un collègue plaisante en disant qu’elle est « la recrue diversité », reprenant une phrase sortie du bilan des entretiens. Elle se met à travailler tard pour prouver quelque chose qu’on n’aurait jamais dû lui demander de prouver.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.notes">
      <source>This ending often surprises people who chose the option. Be kind: the intention was to help. Ask how the same outcome could have been argued on merit.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene diversity-framing).</extracomment>
      <translation>Cette fin surprend souvent les personnes qui ont choisi cette option. Faites preuve de bienveillance : l’intention était d’aider. Demandez comment le même résultat aurait pu être défendu sur le mérite.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene bukola-offered).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.narration">
      <source>There is a pause, then Daniel says, &quot;She was the best on the pipeline question.&quot; Niall rubs his eyes: &quot;Fine. Offer Bukola.&quot; She accepts. Niall stays cool with you for a couple of weeks, then asks you to join his next panel &quot;because you keep us honest&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene bukola-offered).</extracomment>
      <translation>Un silence, puis Daniel dit : « C’est elle qui a été la meilleure sur la question du pipeline. » Niall se frotte les yeux : « Bon. On fait une offre à Bukola. » Elle accepte. Niall reste froid avec vous pendant deux semaines, puis vous demande de faire partie de son prochain jury « parce que tu nous obliges à rester honnêtes ».</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.notes">
      <source>Point out both the cost and the turn. Ask what made it possible for Niall to change his mind without losing face.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene bukola-offered).</extracomment>
      <translation>Soulignez à la fois le coût et le retournement. Demandez ce qui a permis à Niall de changer d’avis sans perdre la face.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene process-changed).</extracomment>
      <translation>Six mois plus tard</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.narration">
      <source>Bukola is offered the role and accepts. The head of talent adopts two of the three changes straight away; the &quot;culture fit&quot; question becomes &quot;which of our values did the candidate show, and how?&quot;. Niall grumbles about forms, then admits the next shortlist was the strongest he has seen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene process-changed).</extracomment>
      <translation>Le poste est proposé à Bukola, qui accepte. La direction des talents adopte tout de suite deux des trois changements ; la question de l’« adéquation culturelle » devient : « Quelles valeurs de l’entreprise la personne a-t-elle montrées, et comment ? » Niall râle contre les formulaires, puis reconnaît que la présélection suivante était la meilleure qu’il ait jamais vue.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.notes">
      <source>Ask who had to agree for this to happen, and what the responder needed: access, evidence, an ally in the recruiter. Then ask what one change in their own hiring process each participant could push for.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene process-changed).</extracomment>
      <translation>Demandez qui devait donner son accord pour que cela arrive, et ce dont la personne qui répond avait besoin : un accès, des éléments concrets, une alliée en la personne de la chargée de recrutement. Puis demandez à chaque personne quel changement elle pourrait défendre dans son propre processus de recrutement.</translation>
    </message>
    <message id="biased-shortlist.debrief.what.1">
      <source>Which filters shaped this shortlist before anyone on the panel had read a CV?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Quels filtres ont façonné cette présélection avant même qu’un membre du jury ait lu un CV ?</translation>
    </message>
    <message id="biased-shortlist.debrief.what.2">
      <source>At which moment did the evidence and the feeling pull in different directions?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>À quel moment les faits et l’impression ont-ils tiré dans des directions opposées ?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.1">
      <source>Who does &quot;culture fit&quot; tend to favour, and how would a team notice if it were happening?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qui l’« adéquation culturelle » a-t-elle tendance à favoriser, et comment une équipe pourrait-elle s’en rendre compte ?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.2">
      <source>Why might a panel member stay quiet even when the written guidance is on their side?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi un membre du jury pourrait-il se taire, même quand les règles écrites sont de son côté ?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.1">
      <source>What is one question you will ask at your next shortlisting or interview panel?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quelle question poserez-vous lors de votre prochaine présélection ou de votre prochain jury d’entretien ?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.2">
      <source>Who owns your organisation's hiring guidance, and what would you want them to change?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Qui est responsable des règles de recrutement dans votre organisation, et que voudriez-vous y voir changer ?</translation>
    </message>
    <message id="biased-shortlist.sources.1.title">
      <source>Workplace allyship practice: challenge biased recruitment processes</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : contester les processus de recrutement biaisés</translation>
    </message>
    <message id="biased-shortlist.sources.1.note">
      <source>Draws on the practice of questioning filters such as career gaps, guessed visa status and loosely defined &quot;fit&quot;, and changing the process rather than only the single outcome.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>S’appuie sur la pratique qui consiste à interroger des filtres comme les interruptions de carrière, le statut de visa supposé ou une « adéquation » mal définie, et à changer le processus plutôt que la seule décision.</translation>
    </message>
    <message id="biased-shortlist.sources.2.title">
      <source>Workplace allyship practice: question the process that produces an outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : interroger le processus qui produit un résultat</translation>
    </message>
    <message id="client-introduction.title">
      <source>Four seats at the client dinner</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Quatre places au dîner client</translation>
    </message>
    <message id="client-introduction.summary">
      <source>A client's chief executive wants a dinner to discuss results, and a director decides who fills the firm's four seats. The senior consultant whose model made the case has never met the client. Six weeks later a follow-on project needs a named lead, and the director decides again how far to use his access on her behalf.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Le PDG d’un client souhaite un dîner pour discuter des résultats, et un directeur décide qui occupera les quatre places du cabinet. La consultante senior dont le modèle a fait la démonstration n’a jamais rencontré le client. Six semaines plus tard, un projet de suite exige un responsable désigné, et le directeur décide à nouveau jusqu’où il met son accès au service de sa collègue.</translation>
    </message>
    <message id="client-introduction.content_note">
      <source>This role-play includes a consultant being left out of a client dinner about her own work, her answers going out under a colleague's name, and her promotion being held back.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une consultante tenue à l’écart d’un dîner client consacré à son propre travail, ses réponses envoyées sous le nom d’un collègue, et sa promotion retardée.</translation>
    </message>
    <message id="client-introduction.roles.samuel.name">
      <source>Samuel Mensah, director and engagement lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role samuel).</extracomment>
      <translation>Samuel Mensah, directeur et responsable de la mission</translation>
    </message>
    <message id="client-introduction.roles.samuel.brief">
      <source>You send the invitations, and you know it. At 29 a partner took you to a client dinner that changed your career, and you have never forgotten who did it. You like James and trust him with the client; you also know exactly who built the demand model.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role samuel).</extracomment>
      <translation>C’est vous qui envoyez les invitations, et vous le savez. À 29 ans, un associé vous a emmené à un dîner client qui a changé votre carrière, et vous n’avez jamais oublié qui l’avait fait. Vous appréciez James et vous lui faites confiance avec le client ; vous savez aussi exactement qui a construit le modèle de demande.</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.name">
      <source>Lakshmi Iyer, senior consultant</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role lakshmi).</extracomment>
      <translation>Lakshmi Iyer, consultante senior</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.brief">
      <source>You built the demand model that made the review's case, and you have never met Stefan, the client's chief executive. You would like to, but you will not ask. If you are asked to present, you are ready and good at it. If you are invited without a role, you notice and say so calmly if asked.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role lakshmi).</extracomment>
      <translation>Vous avez construit le modèle de demande qui a fondé les conclusions de l’étude, et vous n’avez jamais rencontré Stefan, le PDG du client. Vous aimeriez le rencontrer, mais vous ne le demanderez pas. Si on vous demande de présenter, vous êtes prête, et vous le faites bien. Si on vous invite sans vous donner de rôle, vous le remarquez, et vous le dites calmement si on vous pose la question.</translation>
    </message>
    <message id="client-introduction.roles.james.name">
      <source>James Thornton, associate director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role james).</extracomment>
      <translation>James Thornton, directeur associé</translation>
    </message>
    <message id="client-introduction.roles.james.brief">
      <source>You have worked on this account for four years and know Stefan from a charity golf day. You are good at relationships and you worry that changing faces could unsettle the client. If you are asked directly to help Lakshmi and given a real role, you are generous. If you are simply moved aside, you feel it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role james).</extracomment>
      <translation>Vous travaillez sur ce compte depuis quatre ans et vous connaissez Stefan depuis un tournoi de golf caritatif. Vous êtes doué pour les relations et vous craignez que de nouveaux visages déstabilisent le client. Si on vous demande directement d’aider Lakshmi et qu’on vous donne un vrai rôle, vous êtes généreux. Si on vous met simplement de côté, vous le ressentez.</translation>
    </message>
    <message id="client-introduction.roles.moira.name">
      <source>Moira Campbell, account partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role moira).</extracomment>
      <translation>Moira Campbell, associée responsable du compte</translation>
    </message>
    <message id="client-introduction.roles.moira.brief">
      <source>You protect the client relationship carefully; it is the firm's largest. You default to the team Stefan knows. You will accept a change if Samuel explains it and takes responsibility for it, but you want that said out loud.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role moira).</extracomment>
      <translation>Vous protégez soigneusement la relation client ; c’est le plus gros compte du cabinet. Par défaut, vous privilégiez l’équipe que Stefan connaît. Vous accepterez un changement si Samuel l’explique et en prend la responsabilité, mais vous voulez que ce soit dit clairement.</translation>
    </message>
    <message id="client-introduction.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="client-introduction.roles.observer.brief">
      <source>Watch where the access sits: invitations, introductions, who speaks to the client, whose name is on the emails. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observez où se situe l’accès : les invitations, les présentations, qui parle au client, quel nom figure sur les e-mails. Utilisez la grille d’observation.</translation>
    </message>
    <message id="client-introduction.observer_checklist.1">
      <source>Who decided the seating and speaking roles, and did anyone ask Lakshmi what she wanted?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qui a décidé de la place et du rôle de chacun, et quelqu’un a-t-il demandé à Lakshmi ce qu’elle voulait ?</translation>
    </message>
    <message id="client-introduction.observer_checklist.2">
      <source>When Lakshmi was introduced, was her work named specifically, or was she &quot;from the team&quot;?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quand Lakshmi a été présentée, son travail a-t-il été nommé précisément, ou était-elle simplement « de l’équipe » ?</translation>
    </message>
    <message id="client-introduction.observer_checklist.3">
      <source>Did Samuel use access he already had (the invitation list, his introduction, his voice in the staffing meeting), or only his opinion?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Samuel a-t-il utilisé l’accès dont il disposait déjà (la liste des invités, sa façon de la présenter, sa voix en réunion de staffing), ou seulement son avis ?</translation>
    </message>
    <message id="client-introduction.observer_checklist.4">
      <source>How was James treated when the default changed? Was he given a role or simply moved aside?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Comment James a-t-il été traité quand l’habitude a changé ? Lui a-t-on donné un rôle, ou l’a-t-on simplement mis de côté ?</translation>
    </message>
    <message id="client-introduction.observer_checklist.5">
      <source>Which of the five moves appeared, if any: distract, delegate, document, delay, direct? Which would have helped at the staffing meeting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lesquels des cinq gestes d’intervention sont apparus, s’il y en a : faire diversion, déléguer, documenter, revenir après coup, intervenir directement ? Lequel aurait aidé en réunion de staffing ?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.title">
      <source>Four seats</source>
      <extracomment>Scene heading, shown on the projector (scene staffing).</extracomment>
      <translation>Quatre places</translation>
    </message>
    <message id="client-introduction.scenes.staffing.narration">
      <source>Stefan Kessler, the client's chief executive, has asked for a dinner next Thursday to discuss the supply-chain review, with four seats on the firm's side. Moira Campbell, the account partner, messages Samuel: &quot;You, me, James and Oliver, as usual? Stefan knows James from the golf day.&quot; The demand model that made the review's case was built by Lakshmi Iyer, a senior consultant who has never met Stefan. Samuel is the one who sends the invitations.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene staffing).</extracomment>
      <translation>Stefan Kessler, le PDG du client, a demandé un dîner jeudi prochain pour discuter de l’étude sur la chaîne d’approvisionnement, avec quatre places côté cabinet. Moira Campbell, l’associée responsable du compte, écrit à Samuel : « Toi, moi, James et Oliver, comme d’habitude ? Stefan connaît James depuis le tournoi de golf. » Le modèle de demande qui a fondé les conclusions de l’étude a été construit par Lakshmi Iyer, une consultante senior qui n’a jamais rencontré Stefan. C’est Samuel qui envoie les invitations.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.notes">
      <source>Two minutes. This scenario is about using access, not about anyone behaving badly: Moira's suggestion is reasonable, and the usual team is good. If the group treats Moira or James as villains, bring them back to the question of who holds the list.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene staffing).</extracomment>
      <translation>Deux minutes. Ce scénario porte sur l’usage de son accès, pas sur un mauvais comportement : la suggestion de Moira est raisonnable, et l’équipe habituelle est bonne. Si le groupe fait de Moira ou de James des méchants, ramenez-le à la question : qui tient la liste ?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.prompt">
      <source>You are Samuel. Who goes to the dinner, and in what role?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene staffing).</extracomment>
      <translation>Vous êtes Samuel. Qui va au dîner, et avec quel rôle ?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.text">
      <source>Reply &quot;Sounds good&quot; and invite the usual four. The client is comfortable with them, and this is a big dinner.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option usual). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>Répondre « Parfait » et inviter les quatre habituels. Le client est à l’aise avec eux, et c’est un dîner important.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.why">
      <source>Comfort with a big client is a real consideration. But the seats go where they always go, and the person whose work is on the table stays at her desk.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option usual).</extracomment>
      <translation>Le confort d’un gros client est une vraie question. Mais les places vont là où elles vont toujours, et la personne dont le travail est sur la table reste à son bureau.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.text">
      <source>Invite Lakshmi instead of Oliver so the table looks like the team that did the work, but keep the presentation with James.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option seat-without-role). Shown on a phone button: keep it short, about 122 characters like the English.</extracomment>
      <translation>Inviter Lakshmi à la place d’Oliver pour que la table ressemble à l’équipe qui a fait le travail, mais laisser James présenter.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.why">
      <source>It looks inclusive, and it does put her in the room. But she is there to be seen rather than heard, and she will know it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option seat-without-role).</extracomment>
      <translation>Cela a l’air inclusif, et cela la fait bien entrer dans la pièce. Mais elle est là pour être vue plutôt qu’entendue, et elle le saura.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.text">
      <source>Invite Lakshmi and ask her to present the demand model herself. Before the dinner, tell Stefan who she is and what she built.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option she-presents). Shown on a phone button: keep it short, about 125 characters like the English.</extracomment>
      <translation>Inviter Lakshmi et lui demander de présenter elle-même le modèle. Avant le dîner, dire à Stefan qui elle est et ce qu’elle a construit.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.why">
      <source>You use your invitation list and your introduction to put her work, and her name, in front of the person who makes decisions.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option she-presents).</extracomment>
      <translation>Vous utilisez votre liste d’invités et votre façon de la présenter pour placer son travail, et son nom, devant la personne qui décide.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.text">
      <source>Do the same, ask James to introduce her and chair the discussion, and tell Moira you'd like client seats on this account to follow who did the work from now on, reviewed every quarter. &quot;If Stefan is unsettled, that's on me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option change-the-default). Shown on a phone button: keep it short, about 224 characters like the English.</extracomment>
      <translation>Faire de même, demander à James de la présenter et d’animer la discussion, et dire à Moira que désormais les places client sur ce compte suivront qui a fait le travail, avec un point chaque trimestre. « Si Stefan est déstabilisé, j’assume. »</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.why">
      <source>You make this invitation and change the habit that decides invitations, giving the existing relationship-holder a real role and spending your own standing with the partner to do it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option change-the-default).</extracomment>
      <translation>Vous faites cette invitation et vous changez l’habitude qui décide des invitations, en donnant un vrai rôle à celui qui tient la relation et en engageant votre propre crédit auprès de l’associée.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.title">
      <source>I'll get the team to come back to you</source>
      <extracomment>Scene heading, shown on the projector (scene usual-dinner).</extracomment>
      <translation>L’équipe reviendra vers vous</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.narration">
      <source>The dinner goes smoothly. Over dessert, Stefan asks how the model handles seasonal spikes, and James says, &quot;Great question. I'll get the team to come back to you.&quot; Lakshmi writes the answer at eleven that night, and it goes out the next morning under James's name.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene usual-dinner).</extracomment>
      <translation>Le dîner se passe sans accroc. Au dessert, Stefan demande comment le modèle gère les pics saisonniers, et James répond : « Excellente question. L’équipe reviendra vers vous. » Lakshmi rédige la réponse à 23 h, et elle part le lendemain matin sous le nom de James.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.notes">
      <source>Ask Lakshmi's role-player what she knows about the dinner and how she found out. Keep it short; the quiet cost speaks for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene usual-dinner).</extracomment>
      <translation>Demandez à la personne qui joue Lakshmi ce qu’elle sait du dîner et comment elle l’a appris. Faites court ; ce coût silencieux parle de lui-même.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.title">
      <source>From the team</source>
      <extracomment>Scene heading, shown on the projector (scene seat-only).</extracomment>
      <translation>De l’équipe</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.narration">
      <source>Lakshmi is seated between Moira and Stefan's finance director, who asks about her holiday plans. James presents, and she is introduced only as &quot;Lakshmi, from the team&quot;. In the taxi afterwards she asks Samuel, quite neutrally, what he had hoped she would get out of the evening.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene seat-only).</extracomment>
      <translation>Lakshmi est placée entre Moira et le directeur financier de Stefan, qui l’interroge sur ses projets de vacances. James présente, et elle n’est présentée que comme « Lakshmi, de l’équipe ». Dans le taxi, au retour, elle demande à Samuel, sur un ton très neutre, ce qu’il espérait qu’elle retire de la soirée.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.notes">
      <source>This option is often chosen by people who want to do the right thing under pressure. Be kind about it. Ask Lakshmi's role-player to answer the taxi question herself; it is usually more generous and more pointed than anything you could say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene seat-only).</extracomment>
      <translation>Cette option est souvent choisie par des personnes qui veulent bien faire sous pression. Accueillez ce choix avec indulgence. Demandez à la personne qui joue Lakshmi de répondre elle-même à la question du taxi ; sa réponse est généralement plus généreuse, et plus piquante, que tout ce que vous pourriez dire.</translation>
    </message>
    <message id="client-introduction.scenes.presented.title">
      <source>Ten minutes, no notes</source>
      <extracomment>Scene heading, shown on the projector (scene presented).</extracomment>
      <translation>Dix minutes, sans notes</translation>
    </message>
    <message id="client-introduction.scenes.presented.narration">
      <source>Lakshmi presents for ten minutes and answers Stefan's questions on seasonal spikes without notes. At the end of the evening Stefan asks for her card. James is gracious at the table and quieter in the taxi: &quot;I've been on this account four years, Sam.&quot; Samuel realises he gave James no role in the evening at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene presented).</extracomment>
      <translation>Lakshmi présente pendant dix minutes et répond sans notes aux questions de Stefan sur les pics saisonniers. En fin de soirée, Stefan lui demande sa carte. James se montre élégant à table, et plus silencieux dans le taxi : « Ça fait quatre ans que je suis sur ce compte, Sam. » Samuel se rend compte qu’il n’a donné aucun rôle à James pendant la soirée.</translation>
    </message>
    <message id="client-introduction.scenes.presented.notes">
      <source>The cost here is real and fixable. Ask the group what Samuel could have asked James to do. Using access for one person does not require cutting someone else out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene presented).</extracomment>
      <translation>Le coût est réel, et réparable. Demandez au groupe ce que Samuel aurait pu demander à James. Utiliser son accès pour une personne n’oblige pas à en exclure une autre.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.title">
      <source>On the account plan</source>
      <extracomment>Scene heading, shown on the projector (scene default-changed).</extracomment>
      <translation>Dans le plan de compte</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.narration">
      <source>Moira is uneasy: &quot;Stefan is a creature of habit. If this wobbles, it's on you.&quot; Samuel agrees. At the dinner, James introduces Lakshmi, she presents, and he chairs the discussion that follows. The next morning a quarterly review of client seats goes onto the account plan, with Moira's reluctant initials beside it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene default-changed).</extracomment>
      <translation>Moira est mal à l’aise : « Stefan est un homme d’habitudes. Si ça vacille, c’est sur toi que ça retombe. » Samuel en convient. Au dîner, James présente Lakshmi, elle présente son travail, et il anime la discussion qui suit. Le lendemain matin, une revue trimestrielle des places client est ajoutée au plan de compte, avec les initiales réticentes de Moira à côté.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.notes">
      <source>Point out that Samuel said the risk out loud and owned it; that is often what lets a cautious partner agree. Ask Moira's role-player what she needed to hear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene default-changed).</extracomment>
      <translation>Faites remarquer que Samuel a nommé le risque à voix haute et l’a assumé ; c’est souvent ce qui permet à une associée prudente de dire oui. Demandez à la personne qui joue Moira ce qu’elle avait besoin d’entendre.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.title">
      <source>A named lead</source>
      <extracomment>Scene heading, shown on the projector (scene follow-on).</extracomment>
      <translation>Un responsable désigné</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.narration">
      <source>Six weeks later, Stefan emails Samuel: the board wants a follow-on project on warehouse forecasting, and he would like &quot;a named lead on your side, and a proper session on the demand model with the person who built it&quot;. The partners' staffing meeting is on Monday, and on an account this size the lead role usually goes to an associate director. Lakshmi's promotion case comes up for discussion next month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene follow-on).</extracomment>
      <translation>Six semaines plus tard, Stefan écrit à Samuel : le conseil d’administration veut un projet de suite sur les prévisions des entrepôts, et il aimerait « un responsable désigné de votre côté, et une vraie séance sur le modèle de demande avec la personne qui l’a construit ». La réunion de staffing des associés a lieu lundi, et sur un compte de cette taille, le rôle de responsable revient généralement à un directeur associé. Le dossier de promotion de Lakshmi sera examiné le mois prochain.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.notes">
      <source>Three minutes. Participants often land on &quot;introduce her&quot;, which is good; push them to notice the difference between an introduction and a title, and between praise in an email and a voice in the staffing and promotion meetings, where Lakshmi isn't present.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene follow-on).</extracomment>
      <translation>Trois minutes. Le groupe arrive souvent à « la présenter », ce qui est bien ; poussez-le à voir la différence entre une présentation et un titre, et entre des éloges dans un e-mail et une voix dans les réunions de staffing et de promotion, où Lakshmi n’est pas présente.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.prompt">
      <source>You are Samuel. How do you answer Stefan, and what do you say on Monday?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene follow-on).</extracomment>
      <translation>Vous êtes Samuel. Que répondez-vous à Stefan, et que dites-vous lundi ?</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.text">
      <source>Propose James as lead, as usual, and pass Stefan's questions to Lakshmi through him.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option james-leads). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Proposer James comme responsable, comme d’habitude, et transmettre les questions à Lakshmi via lui.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.why">
      <source>It follows the firm's usual pattern and is low-risk. It also keeps Lakshmi's work one step removed from the person who asked for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option james-leads).</extracomment>
      <translation>C’est le fonctionnement habituel du cabinet, et le risque est faible. Mais cela tient aussi le travail de Lakshmi à distance de la personne qui l’a demandée.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.text">
      <source>Forward Stefan's email to James and Lakshmi: &quot;James, over to you. Loop Lakshmi in as useful.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option loop-in). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Transférer l’e-mail à James et Lakshmi : « James, je te laisse la main. Associe Lakshmi si utile. »</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.why">
      <source>Lakshmi is included in principle. But &quot;as useful&quot; leaves her inclusion to someone else's judgement, and the relationship stays where it was.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option loop-in).</extracomment>
      <translation>Lakshmi est associée en principe. Mais « si utile » laisse sa participation au jugement de quelqu’un d’autre, et la relation reste là où elle était.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.text">
      <source>Reply to Stefan with warm praise for &quot;our rising star Lakshmi&quot;, and name James as lead.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option shout-out). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Répondre à Stefan en saluant chaleureusement « notre étoile montante Lakshmi », et désigner James.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.why">
      <source>The praise is genuine and visible. But it costs nothing, and the one thing that would change her position, the lead role, goes elsewhere.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option shout-out).</extracomment>
      <translation>L’éloge est sincère et visible. Mais il ne coûte rien, et la seule chose qui changerait sa position, le rôle de responsable, va à quelqu’un d’autre.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.text">
      <source>Write Stefan a specific introduction (what Lakshmi built, why she should shape the forecasting work) and set up the call with her leading and you in support.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option introduce). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>Présenter précisément Lakshmi à Stefan (ce qu’elle a construit, pourquoi elle doit orienter les prévisions) et organiser l’appel : elle mène, vous l’épaulez.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.why">
      <source>You hand over your own relationship with the client in a way that names her work, and you stay in the room to back her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option introduce).</extracomment>
      <translation>Vous lui transmettez votre propre relation avec le client en nommant son travail, et vous restez présent pour la soutenir.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.text">
      <source>Introduce her to Stefan, propose her as project lead on Monday with James as senior adviser, and speak for her promotion next month using Stefan's feedback, in rooms she isn't in.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option sponsor). Shown on a phone button: keep it short, about 179 characters like the English.</extracomment>
      <translation>La présenter à Stefan, la proposer lundi comme responsable du projet avec James en conseiller senior, et défendre sa promotion le mois prochain, retour de Stefan à l’appui, là où elle n’est pas.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.why">
      <source>You go past an introduction: you put your name behind her role and her promotion where those decisions are made, and accept the risk if it goes wrong.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option sponsor).</extracomment>
      <translation>Vous allez au-delà d’une présentation : vous engagez votre nom derrière son rôle et sa promotion, là où ces décisions se prennent, et vous acceptez le risque si ça tourne mal.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.title">
      <source>Client exposure</source>
      <extracomment>Scene heading, shown on the projector (scene end-usual).</extracomment>
      <translation>Exposition client</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.narration">
      <source>James leads, capably. For six months Lakshmi answers Stefan's technical questions through James, and at her promotion panel someone notes that she &quot;lacks client exposure&quot;. Nobody in the room points out why.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-usual).</extracomment>
      <translation>James pilote le projet, avec compétence. Pendant six mois, Lakshmi répond aux questions techniques de Stefan par l’intermédiaire de James, et lors de son comité de promotion, quelqu’un note qu’elle « manque d’exposition client ». Personne dans la pièce ne fait remarquer pourquoi.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.notes">
      <source>Let the last sentence land, then ask who in the story could have pointed it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-usual).</extracomment>
      <translation>Laissez la dernière phrase faire son effet, puis demandez qui, dans l’histoire, aurait pu le faire remarquer.</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.title">
      <source>When he remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-looped).</extracomment>
      <translation>Quand il y pense</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.narration">
      <source>James loops Lakshmi in on most calls, when he remembers. She does good work and is thanked for it in emails she is copied into. Her promotion is deferred by a cycle, with a note about &quot;building senior relationships&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-looped).</extracomment>
      <translation>James associe Lakshmi à la plupart des appels, quand il y pense. Elle fait du bon travail et on l’en remercie dans des e-mails où elle est en copie. Sa promotion est repoussée d’un cycle, avec une remarque sur la nécessité de « développer des relations au plus haut niveau ».</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.title">
      <source>The rising star</source>
      <extracomment>Scene heading, shown on the projector (scene end-praised).</extracomment>
      <translation>L’étoile montante</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.narration">
      <source>Stefan replies that he looks forward to meeting the rising star, then carries on dealing with James. Lakshmi is glad of the praise and notices that it is the only thing in the email that changed. She saves it in the folder she keeps for promotion evidence, which is filling faster than her calendar.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-praised).</extracomment>
      <translation>Stefan répond qu’il a hâte de rencontrer l’étoile montante, puis continue de traiter avec James. Lakshmi est contente de l’éloge, et remarque que c’est la seule chose qui a changé dans l’e-mail. Elle l’enregistre dans le dossier où elle garde les preuves pour sa promotion, qui se remplit plus vite que son agenda.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.notes">
      <source>Ask the room how praise and sponsorship differ. A useful test: which one would still help Lakshmi if Samuel left the firm tomorrow?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-praised).</extracomment>
      <translation>Demandez à la salle en quoi l’éloge et le parrainage diffèrent. Un test utile : lequel aiderait encore Lakshmi si Samuel quittait le cabinet demain ?</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.title">
      <source>Not yet a title</source>
      <extracomment>Scene heading, shown on the projector (scene end-introduced).</extracomment>
      <translation>Pas encore un titre</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.narration">
      <source>The call goes well, and Stefan starts emailing Lakshmi directly. At Monday's meeting the lead still goes to James, because nobody argued otherwise, but the client's questions now come to her. It is real progress, and it is not yet a title.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-introduced).</extracomment>
      <translation>L’appel se passe bien, et Stefan commence à écrire directement à Lakshmi. À la réunion de lundi, le rôle de responsable revient quand même à James, parce que personne n’a plaidé pour un autre choix, mais les questions du client arrivent désormais chez elle. C’est un vrai progrès, et ce n’est pas encore un titre.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.title">
      <source>Read aloud</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Lu à voix haute</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.narration">
      <source>Monday's meeting is tense; one partner asks whether a senior consultant can carry work of this size, and Samuel says he will stand behind her. Lakshmi leads the follow-on, misjudges the scope early on, and recovers with Samuel's help. At her promotion panel Stefan's note is read aloud, and she is promoted. Afterwards two other senior consultants ask Samuel how client seats get decided.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>La réunion de lundi est tendue ; un associé demande si une consultante senior peut porter un travail de cette ampleur, et Samuel répond qu’il la soutiendra. Lakshmi pilote le projet, se trompe sur le périmètre au début, et redresse la barre avec l’aide de Samuel. À son comité de promotion, le mot de Stefan est lu à voix haute, et elle est promue. Ensuite, deux autres consultants seniors demandent à Samuel comment les places client sont décidées.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.notes">
      <source>Point out the misstep: sponsorship includes standing by someone when it wobbles. The last sentence is the system-level effect; ask what Samuel should tell them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Soulignez le faux pas : parrainer quelqu’un, c’est aussi rester à ses côtés quand ça vacille. La dernière phrase montre l’effet sur le système ; demandez ce que Samuel devrait leur répondre.</translation>
    </message>
    <message id="client-introduction.debrief.what.1">
      <source>Who held the access in this story (invitations, introductions, staffing), and what did they do with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qui détenait l’accès dans cette histoire (invitations, présentations, staffing), et qu’en a-t-il fait ?</translation>
    </message>
    <message id="client-introduction.debrief.what.2">
      <source>On our path, how did Stefan first hear Lakshmi's name, and from whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Sur notre parcours, comment Stefan a-t-il entendu parler de Lakshmi pour la première fois, et par qui ?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.1">
      <source>Why does &quot;the team the client knows&quot; tend to stay the same team for years?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi « l’équipe que le client connaît » a-t-elle tendance à rester la même pendant des années ?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.2">
      <source>What is the difference between praising someone, introducing them, and sponsoring them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quelle différence y a-t-il entre faire l’éloge de quelqu’un, le présenter et le parrainer ?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.1">
      <source>Name one invitation, introduction or recommendation you control in the next month. Who usually gets it, and who did the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Citez une invitation, une présentation ou une recommandation qui dépend de vous dans le mois qui vient. Qui en bénéficie d’habitude, et qui a fait le travail ?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.2">
      <source>How could you change the default so that it doesn't depend on you remembering?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Comment pourriez-vous changer l’habitude pour qu’elle ne dépende pas de votre mémoire ?</translation>
    </message>
    <message id="client-introduction.sources.1.title">
      <source>Workplace allyship practice: use your access deliberately — invitations, client introductions and sponsorship</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : utiliser son accès à dessein — invitations, présentations aux clients et parrainage</translation>
    </message>
    <message id="client-introduction.sources.1.note">
      <source>Drawn from allyship guidance on sharing your platform, recommending colleagues for high-visibility work, and using seniority to widen who meets clients.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Tiré de recommandations sur l’allyship : partager sa tribune, recommander des collègues pour des missions très visibles, et utiliser son ancienneté pour élargir le cercle de celles et ceux qui rencontrent les clients.</translation>
    </message>
    <message id="credit-taken.title">
      <source>The deck with one name on it</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>La présentation à un seul nom</translation>
    </message>
    <message id="credit-taken.summary">
      <source>A cost model built by a part-time analyst reaches the operations director in a slide deck with only her manager's name on it. The group decides what a colleague in the room does, and what they do when asked to prepare the board version.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Un modèle de coûts construit par une analyste à temps partiel arrive chez le directeur des opérations dans une présentation qui ne porte que le nom de sa responsable. Le groupe décide de ce que fait un collègue présent dans la salle, puis de ce qu’il fait quand on lui demande de préparer la version pour le conseil d’administration.</translation>
    </message>
    <message id="credit-taken.content_note">
      <source>This role-play includes a part-time analyst, back from parental leave, whose work is presented under her manager's name at a meeting she was not invited to.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une analyste à temps partiel, de retour de congé parental, dont le travail est présenté sous le nom de sa responsable, lors d’une réunion à laquelle elle n’avait pas été invitée.</translation>
    </message>
    <message id="credit-taken.roles.marisol.name">
      <source>Marisol Ortega, senior analyst (works Monday to Wednesday)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marisol).</extracomment>
      <translation>Marisol Ortega, analyste senior (travaille du lundi au mercredi)</translation>
    </message>
    <message id="credit-taken.roles.marisol.brief">
      <source>You came back from parental leave four months ago on a three-day week. You spent three weeks building the supplier cost model, evenings included. You were not invited to the review because it fell on a Thursday. You worry that going part-time has quietly moved you off the promotion track, and you do not want to look like you are complaining.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marisol).</extracomment>
      <translation>Vous avez repris le travail il y a quatre mois après un congé parental, à raison de trois jours par semaine. Vous avez passé trois semaines à construire le modèle de coûts fournisseurs, soirées comprises. Vous n’avez pas été invitée à la revue parce qu’elle tombait un jeudi. Vous craignez que votre temps partiel vous ait discrètement écartée de la voie de la promotion, et vous ne voulez pas avoir l’air de vous plaindre.</translation>
    </message>
    <message id="credit-taken.roles.fiona.name">
      <source>Fiona McAllister, finance team manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role fiona).</extracomment>
      <translation>Florence Lemaire, responsable de l’équipe finance</translation>
    </message>
    <message id="credit-taken.roles.fiona.brief">
      <source>You think of the team's output as the team's, and you are the team's voice upwards; that is how your own managers worked. You rewrote the summary slide and removed the contributor line to &quot;keep it clean&quot;. You are under pressure to look strategic. If challenged, you are briefly prickly, then you see the point, especially if it is put to you as something that will make the team look good.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role fiona).</extracomment>
      <translation>Pour vous, le travail de l’équipe appartient à l’équipe, et vous êtes sa voix auprès de la hiérarchie : c’est ainsi que travaillaient vos propres responsables. Vous avez réécrit la diapositive de synthèse et supprimé la ligne des contributeurs « pour que ce soit plus net ». On attend de vous que vous ayez l’air stratégique. Si on vous reprend, vous êtes un instant piquée au vif, puis vous comprenez, surtout si on vous le présente comme un moyen de mettre l’équipe en valeur.</translation>
    </message>
    <message id="credit-taken.roles.seun.name">
      <source>Oluwaseun &quot;Seun&quot; Adeyemi, operations director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role seun).</extracomment>
      <translation>Oluwaseun « Seun » Adeyemi, directeur des opérations</translation>
    </message>
    <message id="credit-taken.roles.seun.brief">
      <source>You want answers you can trust at the board. You assume whoever presents a model built it and can defend it. You respond well to anyone who tells you who actually knows the detail; you find it useful, not awkward.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role seun).</extracomment>
      <translation>Vous voulez des réponses fiables devant le conseil d’administration. Vous partez du principe que la personne qui présente un modèle l’a construit et peut le défendre. Vous accueillez bien toute personne qui vous dit qui connaît vraiment le détail : vous trouvez cela utile, pas gênant.</translation>
    </message>
    <message id="credit-taken.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="credit-taken.roles.observer.brief">
      <source>Track where the credit for the model travels: into which rooms, in whose name, and who corrects it. Note the exact words used. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Suivez le chemin du mérite du modèle : dans quelles salles il passe, sous quel nom, et qui rectifie. Notez les mots exacts. Servez-vous de la grille d’observation.</translation>
    </message>
    <message id="credit-taken.observer_checklist.1">
      <source>When the director praised the model, who did the responder look at, and what did they say?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quand le directeur a fait l’éloge du modèle, vers qui la personne qui répond a-t-elle regardé, et qu’a-t-elle dit ?</translation>
    </message>
    <message id="credit-taken.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared, and at what moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lequel des cinq gestes d’intervention (faire diversion, déléguer, documenter, revenir après coup, intervenir directement) est apparu, et à quel moment ?</translation>
    </message>
    <message id="credit-taken.observer_checklist.3">
      <source>Was Marisol named specifically, to someone who influences her career?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Marisol a-t-elle été nommée explicitement, devant quelqu’un qui pèse sur sa carrière ?</translation>
    </message>
    <message id="credit-taken.observer_checklist.4">
      <source>Did anyone ask Marisol what she wanted before acting, for example whether she wished to present?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il demandé à Marisol ce qu’elle souhaitait avant d’agir, par exemple si elle voulait présenter ?</translation>
    </message>
    <message id="credit-taken.observer_checklist.5">
      <source>Did the responder leave Marisol to sort out the credit herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La personne qui répond a-t-elle laissé Marisol régler elle-même la question du mérite ?</translation>
    </message>
    <message id="credit-taken.scenes.review.title">
      <source>Thursday, the director's review</source>
      <extracomment>Scene heading, shown on the projector (scene review).</extracomment>
      <translation>Jeudi, la revue du directeur</translation>
    </message>
    <message id="credit-taken.scenes.review.narration">
      <source>Fiona clicks through the supplier cost model. The title slide reads &quot;Prepared by Fiona McAllister&quot;. Seun leans back: &quot;This is the sharpest thing I've seen from finance this year. Fiona, can you take it to the board next month?&quot; Fiona smiles. &quot;Of course, happy to.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene review).</extracomment>
      <translation>Florence fait défiler le modèle de coûts fournisseurs. Sur la diapositive de titre, on lit : « Préparé par Florence Lemaire ». Seun se cale dans son fauteuil : « C’est ce que la finance m’a présenté de plus solide cette année. Florence, vous pouvez le présenter au conseil d’administration le mois prochain ? » Florence sourit : « Bien sûr, avec plaisir. »</translation>
    </message>
    <message id="credit-taken.scenes.review.notes">
      <source>Hold a short silence after Fiona's line, then read the prompt aloud so the group registers that Marisol built the model and is missing only because of her working pattern. Some participants will say &quot;maybe Fiona will credit her later&quot;; acknowledge it, and ask what happens if she does not.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene review).</extracomment>
      <translation>Marquez un court silence après la réplique de Florence, puis lisez l’énoncé à voix haute pour que le groupe saisisse que c’est Marisol qui a construit le modèle et qu’elle est absente uniquement à cause de son rythme de travail. Certains diront « Florence la citera peut-être plus tard » ; reconnaissez-le, et demandez ce qui se passe si elle ne le fait pas.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.prompt">
      <source>You are the team's other analyst. You watched Marisol build this model over three weeks, and she does not work Thursdays. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene review).</extracomment>
      <translation>Vous êtes l’autre analyste de l’équipe. Vous avez vu Marisol construire ce modèle pendant trois semaines, et elle ne travaille pas le jeudi. Que faites-vous ?</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.text">
      <source>Say nothing. It is Fiona's team and her deck; credit is for her to sort out.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option stay-out). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>Ne rien dire. C’est l’équipe de Florence et sa présentation : le mérite, c’est son affaire.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.why">
      <source>Keeping out of a manager's presentation is a very normal reflex, and it lets the director leave believing Fiona built the model.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option stay-out).</extracomment>
      <translation>Ne pas se mêler de la présentation d’une responsable est un réflexe très courant, et le directeur repart convaincu que c’est Florence qui a construit le modèle.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.text">
      <source>After the meeting, message Marisol: &quot;Seun loved your model! Just so you know, it went really well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option tell-marisol). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>Après la réunion, écrire à Marisol : « Seun a adoré ton modèle ! Pour info, ça s’est super bien passé. »</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.why">
      <source>It is kind and it keeps her in the loop, but it leaves the director's picture unchanged and hands the problem to Marisol.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option tell-marisol).</extracomment>
      <translation>C’est gentil et cela la tient informée, mais l’image qu’a le directeur ne change pas et le problème retombe sur Marisol.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.text">
      <source>Reply to Seun's follow-up email, copying the team: &quot;Brilliant collaborative effort from the whole finance team, so proud of what we do together!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option reply-all-thanks). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>Répondre à l’e-mail de suivi de Seun, équipe en copie : « Superbe travail collectif de toute l’équipe finance, tellement fier de ce qu’on fait ensemble ! »</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.why">
      <source>It is public and sounds generous, but &quot;the whole team&quot; erases the one person whose work it was, and it reflects well on you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option reply-all-thanks).</extracomment>
      <translation>C’est public et cela paraît généreux, mais « toute l’équipe » efface la seule personne qui a fait le travail, et cela vous met en valeur.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.text">
      <source>&quot;Seun, for the board, the person who built the model is Marisol Ortega. She knows every assumption in it and would be great at taking questions.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option name-her). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>« Seun, pour le conseil : c’est Marisol Ortega qui a construit le modèle. Elle en connaît chaque hypothèse et serait parfaite pour répondre aux questions. »</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.why">
      <source>It corrects the record in the moment, to the person who matters, and frames it as useful to the director rather than an accusation.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option name-her).</extracomment>
      <translation>Vous rétablissez les faits sur le moment, devant la personne qui compte, en le présentant comme utile au directeur et non comme une accusation.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.title">
      <source>The following week</source>
      <extracomment>Scene heading, shown on the projector (scene fiona-to-board).</extracomment>
      <translation>La semaine suivante</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.narration">
      <source>Seun's office books Fiona a twenty-minute slot at the board. On Monday, Marisol sees the calendar invite on the shared finance diary and asks you, lightly, how the review went. You say it went well.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fiona-to-board).</extracomment>
      <translation>Le secrétariat de Seun réserve à Florence un créneau de vingt minutes au conseil d’administration. Lundi, Marisol voit l’invitation dans l’agenda partagé de la finance et vous demande, l’air de rien, comment s’est passée la revue. Vous répondez que ça s’est bien passé.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.notes">
      <source>Ask the observer what they imagine Marisol is thinking. Keep it short; the next scene is where the group gets a second chance.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fiona-to-board).</extracomment>
      <translation>Demandez à la personne qui observe ce que Marisol, selon elle, est en train de penser. Restez bref : c’est à la scène suivante que le groupe a une seconde chance.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.title">
      <source>Monday morning</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-hears).</extracomment>
      <translation>Lundi matin</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.narration">
      <source>Marisol reads your message twice. &quot;That's great. Did they know it was mine?&quot; You hesitate. She says &quot;Never mind,&quot; and goes back to her spreadsheet, and later asks Fiona whether she might join the board session. Fiona says there is only room for one.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-hears).</extracomment>
      <translation>Marisol relit votre message deux fois. « Super. Ils savaient que c’était le mien ? » Vous hésitez. Elle dit : « Laisse tomber », retourne à son tableur, puis demande plus tard à Florence si elle pourrait participer à la séance du conseil. Florence répond qu’il n’y a de la place que pour une personne.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.notes">
      <source>A common path. Point out how the burden slid onto Marisol, who now has to ask for her own credit and risk seeming pushy. Avoid making the responder feel foolish; the message was kind.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-hears).</extracomment>
      <translation>Un parcours fréquent. Montrez comment la charge a glissé sur Marisol, qui doit maintenant réclamer elle-même la reconnaissance de son travail, au risque de paraître insistante. Évitez de ridiculiser la personne qui répond : le message était gentil.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.title">
      <source>The reply-all</source>
      <extracomment>Scene heading, shown on the projector (scene team-thanks).</extracomment>
      <translation>La réponse à tous</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.narration">
      <source>Seun replies &quot;Agreed, great work all&quot; and two managers add thumbs-up reactions. Fiona forwards the thread to her own boss with the note &quot;nice feedback on my team's work&quot;. Marisol, reading it on Monday, sees her model described as a team effort by someone who knows it was not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene team-thanks).</extracomment>
      <translation>Seun répond « Tout à fait, bravo à tous » et deux responsables ajoutent un pouce levé. Florence transfère l’échange à sa propre hiérarchie avec ce mot : « Beau retour sur le travail de mon équipe ». Marisol, qui le lit lundi, voit son modèle décrit comme un travail d’équipe par quelqu’un qui sait que ce n’est pas le cas.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.notes">
      <source>Expect pushback: &quot;I was trying to share the credit!&quot; Agree that the intent was generous, then ask what the email told Seun about who to call with a question about the model.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene team-thanks).</extracomment>
      <translation>Attendez-vous à des objections : « Je voulais partager le mérite ! » Reconnaissez que l’intention était généreuse, puis demandez ce que cet e-mail a appris à Seun sur la personne à appeler s’il a une question sur le modèle.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.title">
      <source>A small correction</source>
      <extracomment>Scene heading, shown on the projector (scene named-in-room).</extracomment>
      <translation>Une petite rectification</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.narration">
      <source>Fiona's smile tightens for a second. Seun says, &quot;Good to know. Let's have Marisol there too.&quot; After the meeting Fiona says to you, evenly, &quot;You could have flagged that with me first.&quot; She is short with you for the rest of the day.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-in-room).</extracomment>
      <translation>Le sourire de Florence se crispe une seconde. Seun dit : « Bon à savoir. Faisons venir Marisol aussi. » Après la réunion, Florence vous dit, d’un ton égal : « Tu aurais pu m’en parler d’abord. » Elle reste sèche avec vous le reste de la journée.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.notes">
      <source>Name the cost: a manager who feels undermined. Ask the group whether a word with Fiona beforehand would have been better, and whether there was time for one. Either view is fair.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-in-room).</extracomment>
      <translation>Nommez le coût : une responsable qui se sent désavouée. Demandez au groupe s’il aurait mieux valu en toucher un mot à Florence avant, et s’il y en avait le temps. Les deux points de vue se défendent.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.title">
      <source>Preparing the board pack</source>
      <extracomment>Scene heading, shown on the projector (scene board-version).</extracomment>
      <translation>Préparer le dossier du conseil</translation>
    </message>
    <message id="credit-taken.scenes.board-version.narration">
      <source>Fiona drops a note in your inbox: &quot;Can you tidy the deck for the board version? Keep the title slide as it is, we want it clean. Thanks!&quot; Marisol's name appears nowhere in the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene board-version).</extracomment>
      <translation>Florence vous laisse un message : « Tu peux mettre au propre la présentation pour la version conseil ? Garde la diapo de titre telle quelle, on veut quelque chose de net. Merci ! » Le nom de Marisol n’apparaît nulle part dans le fichier.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.notes">
      <source>This is the second decision and it happens privately, with nobody watching. That is often where the real pattern is set. If the group named Marisol in the room, remind them that the file still says otherwise and files travel further than meetings.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene board-version).</extracomment>
      <translation>C’est le second point de décision, et il se joue en privé, sans témoin. C’est souvent là que la vraie habitude se prend. Si le groupe a nommé Marisol dans la salle, rappelez que le fichier dit toujours le contraire, et que les fichiers circulent bien plus loin que les réunions.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.prompt">
      <source>You have the deck open. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene board-version).</extracomment>
      <translation>Vous avez la présentation ouverte devant vous. Que faites-vous ?</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.text">
      <source>Tidy it exactly as asked. Fiona is your manager and it is her presentation.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option as-asked). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>Tout faire comme demandé. Florence est votre responsable et c’est sa présentation.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.why">
      <source>Following a reasonable-sounding instruction is what most people do, and the written record now carries only one name.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option as-asked).</extracomment>
      <translation>Suivre une consigne d’apparence raisonnable, c’est ce que font la plupart des gens, et la trace écrite ne porte plus qu’un seul nom.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.text">
      <source>Tidy it as asked, and tell Marisol: &quot;You should really ask Fiona to put your name on it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option nudge-marisol). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>La mettre au propre, et dire à Marisol : « Tu devrais vraiment demander à Florence d’y mettre ton nom. »</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.why">
      <source>You care about the outcome, but you ask the person with the least power to take the risk of raising it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option nudge-marisol).</extracomment>
      <translation>Le résultat vous importe, mais vous demandez à la personne qui a le moins de pouvoir de prendre le risque d’en parler.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.text">
      <source>Tidy it as asked, then write an intranet post about &quot;celebrating the unsung analysts behind every great board deck&quot;.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option intranet-tribute). Shown on a phone button: keep it short, about 116 characters like the English.</extracomment>
      <translation>La mettre au propre, puis publier sur l’intranet un billet pour « saluer les analystes de l’ombre derrière chaque belle présentation ».</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.why">
      <source>It sounds like a tribute, but it names nobody, fixes nothing in the deck, and mostly shows you as someone who cares.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option intranet-tribute).</extracomment>
      <translation>Cela ressemble à un hommage, mais cela ne nomme personne, ne corrige rien dans la présentation et montre surtout que vous êtes quelqu’un de bienveillant.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.text">
      <source>Go and see Fiona: &quot;I'd put Marisol's name on the title slide and bring her to take the modelling questions. It makes the team look stronger, and she's earned it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option talk-to-fiona). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Aller voir Florence : « Je mettrais le nom de Marisol sur la diapo de titre et je la ferais venir pour les questions sur le modèle. L’équipe paraîtra plus solide, et elle l’a mérité. »</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.why">
      <source>You raise it directly with the person who decides, in private, with a reason she can accept.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option talk-to-fiona).</extracomment>
      <translation>Vous abordez le sujet directement avec la personne qui décide, en privé, avec un argument qu’elle peut accepter.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.text">
      <source>Speak to Fiona as above, and propose to her and Seun that every finance deck carries a &quot;built by&quot; line and that analysts present their own models at reviews, whatever day the meeting falls on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option change-template). Shown on a phone button: keep it short, about 192 characters like the English.</extracomment>
      <translation>Parler à Florence, puis leur proposer, à elle et à Seun, une mention « réalisé par » sur chaque présentation de la finance, et que les analystes présentent eux-mêmes leurs modèles, quel que soit le jour.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.why">
      <source>You use your access to change the template and the habit, so the next part-time analyst does not have to rely on a colleague noticing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option change-template).</extracomment>
      <translation>Vous utilisez votre accès pour changer le modèle de présentation et l’habitude, afin que la prochaine analyste à temps partiel n’ait pas à compter sur la vigilance d’un collègue.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene one-name).</extracomment>
      <translation>Le jour du conseil</translation>
    </message>
    <message id="credit-taken.scenes.one-name.narration">
      <source>Fiona presents the model to the board and takes two hard questions on the inflation assumptions; she answers one and promises to come back on the other. That evening she emails Marisol asking what the answer is. At year end, Fiona's review mentions the model. Marisol's does not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-name).</extracomment>
      <translation>Florence présente le modèle au conseil d’administration et reçoit deux questions difficiles sur les hypothèses d’inflation ; elle répond à l’une et promet de revenir sur l’autre. Le soir même, elle écrit à Marisol pour lui demander la réponse. En fin d’année, l’entretien annuel de Florence mentionne le modèle. Celui de Marisol, non.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.notes">
      <source>Let the group sit with the last two sentences. Then ask who was harmed, and whether anyone in the story meant harm.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-name).</extracomment>
      <translation>Laissez le groupe méditer les deux dernières phrases. Demandez ensuite qui a été lésé, et si quelqu’un dans l’histoire voulait nuire.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-asks).</extracomment>
      <translation>Le jour du conseil</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.narration">
      <source>Marisol drafts a message to Fiona three times and sends a very polite version. Fiona replies that she will &quot;make sure to mention the team&quot;. At the board, she does. Marisol tells you, &quot;I shouldn't have asked. I looked needy.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-asks).</extracomment>
      <translation>Marisol rédige trois fois un message à Florence et envoie une version très polie. Florence répond qu’elle « ne manquera pas de citer l’équipe ». Au conseil, elle le fait. Marisol vous dit : « Je n’aurais pas dû demander. J’ai eu l’air de quémander. »</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.notes">
      <source>Useful to compare with the bystander ending: same outcome, plus a cost to Marisol's confidence. Link to the idea that allyship should not put extra weight on the person it is meant to support.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-asks).</extracomment>
      <translation>Utile à comparer avec la fin Témoin : même résultat, plus une atteinte à la confiance de Marisol. Faites le lien avec l’idée que l’allyship ne doit pas alourdir la charge de la personne qu’elle est censée soutenir.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-post).</extracomment>
      <translation>Le jour du conseil</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.narration">
      <source>The intranet post gets forty likes and a comment from the head of people calling it &quot;exactly the culture we want&quot;. The board deck goes out with one name on it. Marisol likes the post, because not liking it would look odd.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-post).</extracomment>
      <translation>Le billet sur l’intranet récolte quarante « j’aime » et un commentaire de la DRH qui y voit « exactement la culture que nous voulons ». La présentation part au conseil avec un seul nom. Marisol aime le billet, parce que ne pas l’aimer paraîtrait bizarre.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.notes">
      <source>Handle gently: participants who chose this usually meant well. Ask what Marisol gained from the post, and what the author gained.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-post).</extracomment>
      <translation>Abordez ce point avec douceur : les personnes qui ont fait ce choix étaient généralement bien intentionnées. Demandez ce que Marisol a gagné avec ce billet, et ce qu’y a gagné son auteur.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene two-names).</extracomment>
      <translation>Le jour du conseil</translation>
    </message>
    <message id="credit-taken.scenes.two-names.narration">
      <source>Fiona is quiet for a moment, then says, &quot;Fine. Ask her if she'll do the Q&amp;A; it's a Thursday, so we'll need to swap a day.&quot; Marisol agrees, moves a childcare pick-up, and handles every question on the model. Seun asks her to join the next budget review directly.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene two-names).</extracomment>
      <translation>Florence garde le silence un instant, puis dit : « D’accord. Demande-lui si elle veut bien prendre les questions ; c’est un jeudi, il faudra qu’elle échange un jour. » Marisol accepte, réorganise la sortie d’école de son enfant et répond à toutes les questions sur le modèle. Seun lui demande de participer directement à la prochaine revue budgétaire.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.notes">
      <source>Point out the small, real costs: an awkward conversation with a manager, a childcare rearrangement. Ask whether the meeting day itself is part of the problem; it leads into the advocate option.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene two-names).</extracomment>
      <translation>Soulignez les petits coûts bien réels : une conversation délicate avec une responsable, une garde d’enfant à réorganiser. Demandez si le jour de la réunion lui-même fait partie du problème ; cela amène l’option Moteur du changement.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene new-template).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="credit-taken.scenes.new-template.narration">
      <source>Fiona grumbles that the &quot;built by&quot; line is bureaucracy, then uses it herself. Seun moves the monthly review to a Tuesday so the part-time analysts can attend. Two analysts, including Marisol, have now presented their own work to the board, and Marisol's mid-year review lists the cost model first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene new-template).</extracomment>
      <translation>Florence râle que la mention « réalisé par » relève de la bureaucratie, puis l’utilise elle-même. Seun déplace la revue mensuelle au mardi pour que les analystes à temps partiel puissent y assister. Deux analystes, dont Marisol, ont maintenant présenté leur propre travail au conseil, et l’entretien de mi-année de Marisol cite en premier le modèle de coûts.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.notes">
      <source>Ask what made this possible: the responder's access to Seun, timing, a practical framing. Then ask what equivalent access each participant has in their own organisation.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene new-template).</extracomment>
      <translation>Demandez ce qui a rendu cela possible : l’accès de la personne qui répond à Seun, le bon moment, une présentation pragmatique. Demandez ensuite de quel accès équivalent chaque participant dispose dans sa propre organisation.</translation>
    </message>
    <message id="credit-taken.debrief.what.1">
      <source>Trace the model's journey. At which points could its author's name have travelled with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Retracez le parcours du modèle. À quels moments le nom de son autrice aurait-il pu voyager avec lui ?</translation>
    </message>
    <message id="credit-taken.debrief.what.2">
      <source>What did you notice about the difference between the public moment and the private one?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’avez-vous remarqué sur la différence entre le moment public et le moment privé ?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.1">
      <source>Why do part-time or remote colleagues lose credit more easily, even when nobody intends it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi les collègues à temps partiel ou à distance perdent-ils plus facilement la reconnaissance de leur travail, même quand personne ne le veut ?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.2">
      <source>What is the difference between sharing credit with &quot;the team&quot; and giving it to a person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quelle différence y a-t-il entre partager le mérite avec « l’équipe » et l’attribuer à une personne ?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.1">
      <source>Which document or deck you touch in the next fortnight could carry a contributor's name?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quel document ou quelle présentation entre vos mains dans les quinze prochains jours pourrait porter le nom d’une personne qui y a contribué ?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.2">
      <source>What sentence would you use to correct a credit slip without making it an accusation?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quelle phrase utiliseriez-vous pour rectifier une erreur d’attribution sans en faire une accusation ?</translation>
    </message>
    <message id="credit-taken.sources.1.title">
      <source>Workplace allyship practice: make sure people are credited for their work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : veiller à ce que chacun soit reconnu pour son travail</translation>
    </message>
    <message id="credit-taken.sources.1.note">
      <source>Based on the practice of correcting misattributed work and putting the real author's name in front of those who shape their career.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>S’appuie sur la pratique qui consiste à corriger un travail mal attribué et à faire connaître le nom de la vraie autrice ou du vrai auteur aux personnes qui influencent sa carrière.</translation>
    </message>
    <message id="credit-taken.sources.2.title">
      <source>Workplace allyship practice: use your access to open doors</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : utiliser son accès pour ouvrir des portes</translation>
    </message>
    <message id="erg-no-budget.title">
      <source>The network with a launch party and no budget</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Un réseau lancé en fanfare, sans budget</translation>
    </message>
    <message id="erg-no-budget.summary">
      <source>Six months after a staff network for disabled and neurodivergent colleagues was launched with a video and a cake, its three written requests are still unanswered. A director on the leadership team decides what to do when the network comes up in a meeting, and again when the budget is set.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Six mois après le lancement, en vidéo et avec un gâteau, d’un réseau de collègues en situation de handicap ou neuroatypiques, ses trois demandes écrites restent sans réponse. Une directrice du comité de direction décide de ce qu’elle fait quand le réseau est évoqué en réunion, puis de nouveau au moment de fixer le budget.</translation>
    </message>
    <message id="erg-no-budget.content_note">
      <source>This role-play includes a network for disabled and neurodivergent staff being praised in public while its requests, such as live captions, go unanswered and unfunded.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre un réseau de salariés en situation de handicap ou neuroatypiques salué en public, tandis que ses demandes, comme le sous-titrage en direct, restent sans réponse ni budget.</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.name">
      <source>Sofia Marquez, Director of Product and member of the leadership team</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sofia).</extracomment>
      <translation>Sofia Marquez, directrice produit, membre du comité de direction</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.brief">
      <source>You joined the Access Network as an ally on launch day; you are not disabled yourself. You sit on the leadership team and control a discretionary budget, including money for contractors. You like Gareth and do not want to embarrass him, but Aisha forwarded you the network's unanswered requests yesterday and you have read them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sofia).</extracomment>
      <translation>Vous avez rejoint l’Access Network en tant qu’alliée le jour de son lancement ; vous n’êtes pas vous-même en situation de handicap. Vous siégez au comité de direction et vous gérez un budget discrétionnaire, qui comprend des fonds pour des prestataires. Vous appréciez Gareth et vous ne voulez pas le mettre dans l’embarras, mais Aisha vous a transféré hier les demandes restées sans réponse du réseau, et vous les avez lues.</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.name">
      <source>Aisha Rahman, data analyst and co-chair of the Access Network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role aisha).</extracomment>
      <translation>Aisha Rahman, analyste de données et coprésidente de l’Access Network</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.brief">
      <source>You are hard of hearing and rely on captions in large meetings. The network asked for three things in March: about £6,000 a year for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. You are tired of being thanked. Play it polite and precise; if someone offers help, you welcome it, but the network sets its own priorities and you will say so if anyone tries to take over.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role aisha).</extracomment>
      <translation>Vous êtes malentendante et vous avez besoin de sous-titres lors des grandes réunions. En mars, le réseau a demandé trois choses : environ 6 000 £ par an pour du sous-titrage en direct et un audit d’accessibilité, un sponsor au comité de direction, et un créneau régulier avec le comité de direction. Vous en avez assez d’être remerciée. Restez polie et précise ; si quelqu’un propose son aide, vous l’accueillez volontiers, mais c’est le réseau qui fixe ses priorités, et vous le direz si quelqu’un tente de prendre la main.</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.name">
      <source>Gareth Lloyd, Head of People</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role gareth).</extracomment>
      <translation>Gareth Lloyd, directeur des ressources humaines</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.brief">
      <source>You launched the network and you are proud of it. Your programme budget was cut by fifteen per cent this year, and you worry that funding one network means every network will want money. You believe staff networks work best as volunteer-led communities. Challenged in public, you feel ambushed and go formal; approached with a costed plan, you are open to it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role gareth).</extracomment>
      <translation>C’est vous qui avez lancé le réseau, et vous en êtes fier. Le budget de vos programmes a été réduit de quinze pour cent cette année, et vous craignez que financer un réseau pousse tous les autres à réclamer de l’argent. Vous pensez que les réseaux de salariés fonctionnent mieux comme des communautés bénévoles. Interpellé en public, vous vous sentez pris en embuscade et vous devenez très formel ; si on vient vous voir avec un plan chiffré, vous êtes ouvert.</translation>
    </message>
    <message id="erg-no-budget.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="erg-no-budget.roles.observer.brief">
      <source>You sit outside the conversation and watch the room, not just the speakers. Use the checklist and note exact words where you can: the debrief runs on specifics.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Vous restez en dehors de la conversation et vous observez la pièce, pas seulement les personnes qui parlent. Utilisez la grille d’observation et notez les mots exacts quand vous le pouvez : le débriefing s’appuie sur du concret.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.1">
      <source>Which of the network's three requests were named out loud, by whom, and at which moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lesquelles des trois demandes du réseau ont été formulées à voix haute, par qui, et à quel moment ?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.2">
      <source>Did anyone speak for Aisha, rather than making room for her to speak for herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il parlé à la place d’Aisha, au lieu de lui laisser la place de parler pour elle-même ?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.3">
      <source>Note each time praise, a video or an award appeared. Did recognition stand in for money, authority or a route to the leadership team?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Notez chaque fois qu’apparaissent des éloges, une vidéo ou un prix. La reconnaissance a-t-elle remplacé de l’argent, du pouvoir de décision ou un accès au comité de direction ?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.4">
      <source>Which of the five intervention moves did you see: distract, delegate, document, delay, direct? In this scenario, delay (holding an agenda item) and document (the network's written note, the minutes) tend to carry the most weight.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lesquels des cinq gestes d’intervention avez-vous vus : faire diversion, déléguer, documenter, revenir après coup, intervenir directement ? Dans ce scénario, revenir après coup (garder un point à l’ordre du jour) et documenter (la note écrite du réseau, le compte rendu) pèsent souvent le plus.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.5">
      <source>What did each choice cost the person who made it, and who paid when nobody chose to act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qu’a coûté chaque choix à la personne qui l’a fait, et qui a payé quand personne n’a choisi d’agir ?</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.title">
      <source>Six months after the launch</source>
      <extracomment>Scene heading, shown on the projector (scene launch).</extracomment>
      <translation>Six mois après le lancement</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.narration">
      <source>At the spring all-hands, Gareth Lloyd launched the Access Network for disabled and neurodivergent staff and anyone with a long-term condition. There was a video, a cake iced with the new logo, and eighty sign-ups by lunchtime. Since then, co-chairs Aisha Rahman and Dev Patel have sent the People team three written requests: money for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. Each has been answered with &quot;Thanks, we'll take a look.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launch).</extracomment>
      <translation>Lors de la réunion plénière du printemps, Gareth Lloyd a lancé l’Access Network, pour les salariés en situation de handicap, neuroatypiques ou atteints d’une maladie de longue durée. Il y avait une vidéo, un gâteau au glaçage orné du nouveau logo, et quatre-vingts inscriptions avant midi. Depuis, les coprésidents, Aisha Rahman et Dev Patel, ont envoyé à l’équipe RH trois demandes écrites : de l’argent pour le sous-titrage en direct et un audit d’accessibilité, un sponsor au comité de direction, et un créneau régulier avec le comité de direction. À chaque fois, la réponse a été : « Merci, on va regarder. »</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.notes">
      <source>Hand out the role cards and give people three minutes with their briefs before you read this aloud. Read the three requests slowly; the group needs to hold them in mind for the rest of the scenario. If someone asks &quot;is £6,000 a lot?&quot;, turn it back to the room rather than answering.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launch).</extracomment>
      <translation>Distribuez les cartes de rôle et laissez trois minutes aux personnes pour lire leur consigne avant de lire ce texte à voix haute. Lisez lentement les trois demandes ; le groupe doit les garder en tête pendant tout le scénario. Si quelqu’un demande « Est-ce que 6 000 £, c’est beaucoup ? », renvoyez la question à la salle plutôt que d’y répondre.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.title">
      <source>Item six of nine</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-update).</extracomment>
      <translation>Point six sur neuf</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.narration">
      <source>Monday's leadership meeting is running late. Gareth is upbeat: &quot;The Access Network is one of our real success stories, over ninety members now. For Disability Awareness Week they'll run a lunch-and-learn and some intranet posts, at no cost to us.&quot; Olivia Brandt, the chief executive, nods and reaches for the next paper. Sofia Marquez has Aisha's forwarded email, with its three unanswered requests, open on her laptop.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-update).</extracomment>
      <translation>La réunion de direction du lundi déborde. Gareth est enthousiaste : « L’Access Network est l’une de nos vraies réussites, plus de quatre-vingt-dix membres aujourd’hui. Pour la Semaine de sensibilisation au handicap, ils organiseront un déjeuner-conférence et quelques articles sur l’intranet, sans aucun coût pour nous. » Olivia Brandt, la directrice générale, hoche la tête et prend le document suivant. Sofia Marquez a l’e-mail transféré par Aisha, avec ses trois demandes sans réponse, ouvert sur son ordinateur.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.notes">
      <source>Allow about two minutes for discussion before the vote. Watch for the person who says &quot;I'd raise it with Gareth privately first&quot;: that is a reasonable instinct, so ask them what happens to the network in the weeks before that private chat happens. If the group goes quiet, ask Sofia's role-player how the room feels right now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-update).</extracomment>
      <translation>Prévoyez environ deux minutes de discussion avant le vote. Repérez la personne qui dit « J’en parlerais d’abord à Gareth en privé » : c’est un réflexe raisonnable, alors demandez-lui ce qui arrive au réseau pendant les semaines qui précèdent cette conversation. Si le groupe se tait, demandez à la personne qui joue Sofia comment elle perçoit l’ambiance de la pièce à cet instant.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.prompt">
      <source>You are Sofia. Olivia is about to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-update).</extracomment>
      <translation>Vous êtes Sofia. Olivia va passer au point suivant. Que faites-vous ?</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.text">
      <source>Say nothing. It is Gareth's area, the agenda is long, and raising it now would feel like ambushing him in front of the chief executive.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option stay-quiet). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>Ne rien dire. C’est le domaine de Gareth, l’ordre du jour est chargé, et en parler maintenant reviendrait à le prendre en traître devant la directrice générale.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.why">
      <source>The reluctance is understandable and the cost of speaking is real. But the one room where the requests could be answered moves on without hearing them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option stay-quiet).</extracomment>
      <translation>Cette réticence se comprend, et parler a un vrai coût. Mais la seule pièce où les demandes pouvaient recevoir une réponse passe à autre chose sans les avoir entendues.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.text">
      <source>After the meeting, message Aisha: &quot;Saw the update. Fully behind you all, shout if there's anything I can do.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option reassure-aisha). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>Après la réunion, écrire à Aisha : « Vu le point. Je vous soutiens à fond, dites-moi si je peux aider. »</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.why">
      <source>The support is sincere, and Aisha may be glad of it. But it hands the next move back to the person who has no seat in the room where it would count.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option reassure-aisha).</extracomment>
      <translation>Le soutien est sincère, et Aisha l’appréciera peut-être. Mais il renvoie la suite à la personne qui n’a pas de siège dans la pièce où cela compterait.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.text">
      <source>&quot;Love this. I'd be happy to record a short video for Awareness Week about why the network matters to me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option record-video). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>« Super. Je veux bien tourner une courte vidéo pour la Semaine de sensibilisation : pourquoi ce réseau compte pour moi. »</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.why">
      <source>It is warm, visible and might even help the week. It also puts your face on the campaign while the three requests stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option record-video).</extracomment>
      <translation>C’est chaleureux, visible, et cela pourrait même aider la semaine. Mais cela met votre visage sur la campagne, pendant que les trois demandes restent exactement où elles étaient.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.text">
      <source>&quot;Before we move on: the network sent us three requests in March and hasn't had an answer. Could we put them on next month's agenda, and invite Aisha to present them herself?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option name-the-gap). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>« Avant de passer à la suite : le réseau nous a envoyé trois demandes en mars et n’a pas eu de réponse. On peut les inscrire à l’ordre du jour du mois prochain, et inviter Aisha à les présenter elle-même ? »</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.why">
      <source>You name the gap in the room that can close it, and you ask for the network to speak for itself rather than speaking on its behalf.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option name-the-gap).</extracomment>
      <translation>Vous nommez le manque dans la pièce qui peut le combler, et vous demandez que le réseau parle pour lui-même plutôt que de parler à sa place.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.title">
      <source>Something fun, by Friday</source>
      <extracomment>Scene heading, shown on the projector (scene after-silence).</extracomment>
      <translation>Un truc sympa, pour vendredi</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.narration">
      <source>The meeting finishes ten minutes early. On Wednesday, Gareth's team asks Aisha whether the network could &quot;pull together something fun&quot; for Awareness Week, held over the lunch break. She writes the slides at home on Sunday evening and asks a volunteer to type live captions by hand, because there is still no money for a captioning service. Nobody mentions the three requests.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-silence).</extracomment>
      <translation>La réunion se termine avec dix minutes d’avance. Mercredi, l’équipe de Gareth demande à Aisha si le réseau pourrait « organiser un truc sympa » pour la Semaine de sensibilisation, sur la pause déjeuner. Elle prépare les diapositives chez elle le dimanche soir et demande à un bénévole de taper les sous-titres en direct à la main, parce qu’il n’y a toujours pas d’argent pour un service de sous-titrage. Personne ne parle des trois demandes.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.notes">
      <source>This is the quiet cost: nothing dramatic happens, and that is the point. Ask Aisha's role-player what Sunday evening felt like. Keep it brief and move on to the budget round.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-silence).</extracomment>
      <translation>C’est le coût silencieux : rien de spectaculaire ne se produit, et c’est justement le sujet. Demandez à la personne qui joue Aisha ce qu’elle a ressenti ce dimanche soir. Faites court et passez au tour budgétaire.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.title">
      <source>A thumbs-up</source>
      <extracomment>Scene heading, shown on the projector (scene after-message).</extracomment>
      <translation>Un pouce levé</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.narration">
      <source>Aisha replies within a minute: &quot;Thanks, Sofia. Could you raise the requests at leadership? I'm not in that room.&quot; Sofia sends a thumbs-up and means to come back to it. The week fills up, and by Friday the message is buried under forty others.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-message).</extracomment>
      <translation>Aisha répond dans la minute : « Merci, Sofia. Pourriez-vous soulever nos demandes en comité de direction ? Je ne suis pas dans cette pièce. » Sofia envoie un pouce levé et compte y revenir. La semaine se remplit, et vendredi, le message est enfoui sous quarante autres.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.notes">
      <source>Many people recognise themselves here, so be gentle. The point is not that Sofia is a bad colleague; it is that good intentions compete with a full inbox, and the inbox usually wins. Ask the room what would have made the follow-up happen.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-message).</extracomment>
      <translation>Beaucoup de gens se reconnaissent ici, alors allez-y doucement. Le propos n’est pas que Sofia soit une mauvaise collègue ; c’est que les bonnes intentions sont en concurrence avec une boîte de réception pleine, et que la boîte gagne en général. Demandez à la salle ce qui aurait permis que la relance ait lieu.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.title">
      <source>Most-watched post of the week</source>
      <extracomment>Scene heading, shown on the projector (scene after-video).</extracomment>
      <translation>La publication la plus vue de la semaine</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.narration">
      <source>Sofia's video goes on the intranet on Monday and gets more reactions than anything else that week; Olivia shares it with a heart. Then the comms team asks Aisha whether the network could add captions to it, since there is no captioning budget. She does it herself that evening. In the network's group chat, someone reposts the video with a single raised-eyebrow emoji.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-video).</extracomment>
      <translation>La vidéo de Sofia est mise en ligne sur l’intranet lundi et récolte plus de réactions que n’importe quoi d’autre cette semaine-là ; Olivia la partage avec un cœur. Puis l’équipe communication demande à Aisha si le réseau pourrait la sous-titrer, puisqu’il n’y a pas de budget pour le sous-titrage. Elle le fait elle-même le soir. Dans la messagerie du réseau, quelqu’un repartage la vidéo avec un seul émoji au sourcil levé.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.notes">
      <source>A participant who chose this may feel caught out. Acknowledge that the video was kindly meant and may have raised awareness; then ask Aisha's role-player how captioning it herself felt. Let the contrast do the work; you do not need to spell it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-video).</extracomment>
      <translation>Une personne qui a fait ce choix peut se sentir prise en défaut. Reconnaissez que la vidéo partait d’une bonne intention et a peut-être sensibilisé ; puis demandez à la personne qui joue Aisha ce qu’elle a ressenti en la sous-titrant elle-même. Laissez le contraste agir ; inutile de l’expliquer.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.title">
      <source>A date on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene after-naming).</extracomment>
      <translation>Une date à l’ordre du jour</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.narration">
      <source>There is a short silence. Gareth says, evenly, &quot;We are looking at it. Budgets are tight this year,&quot; and Olivia agrees to give Aisha fifteen minutes next month. By the lifts afterwards, Gareth stops Sofia: &quot;I'd have appreciated a heads-up before you raised that in front of Olivia.&quot; That evening Aisha messages Sofia: &quot;Thank you. I'll be ready.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-naming).</extracomment>
      <translation>Un court silence. Gareth dit, d’un ton égal : « On y travaille. Les budgets sont serrés cette année », et Olivia accepte d’accorder quinze minutes à Aisha le mois prochain. Devant les ascenseurs, ensuite, Gareth arrête Sofia : « J’aurais apprécié d’être prévenu avant que tu en parles devant Olivia. » Le soir, Aisha écrit à Sofia : « Merci. Je serai prête. »</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.notes">
      <source>Make sure the cost registers: Gareth is not wrong that a heads-up would have been kinder. Ask the group whether Sofia could have done both, warning Gareth and still raising it. If Gareth's role-player wants to stay cross, let them; the next scene needs that tension.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-naming).</extracomment>
      <translation>Assurez-vous que le coût soit bien perçu : Gareth n’a pas tort, le prévenir aurait été plus délicat. Demandez au groupe si Sofia aurait pu faire les deux : prévenir Gareth et quand même soulever la question. Si la personne qui joue Gareth veut rester fâchée, laissez faire ; la scène suivante a besoin de cette tension.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.title">
      <source>The budget round</source>
      <extracomment>Scene heading, shown on the projector (scene budget-round).</extracomment>
      <translation>Le tour budgétaire</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.narration">
      <source>Three weeks later, the leadership team meets to set next year's budget, and every director has been asked to find savings. Gareth's draft lists the Access Network as &quot;volunteer-led, no cost&quot;. That morning Aisha emailed every director a one-page note: captions and an accessibility audit would cost about £6,000 a year, and the network still has no executive sponsor. Olivia looks round the table: &quot;Anything on people programmes before we sign this off?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene budget-round).</extracomment>
      <translation>Trois semaines plus tard, le comité de direction se réunit pour fixer le budget de l’année suivante, et chaque directeur a dû trouver des économies. Le projet de Gareth présente l’Access Network comme « bénévole, sans coût ». Le matin même, Aisha a envoyé à chaque directeur une note d’une page : le sous-titrage et un audit d’accessibilité coûteraient environ 6 000 £ par an, et le réseau n’a toujours pas de sponsor au comité de direction. Olivia fait le tour de la table du regard : « Quelque chose sur les programmes RH avant de valider ? »</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.notes">
      <source>This is the heart of the scenario; give it three to four minutes. Budget meetings are where gestures and commitments part company. If someone argues that asking for money in a savings round is unrealistic, take it seriously: ask what the network's work would cost if the company paid for it at contractor rates. Watch Gareth's role-player: the advocate option only lands well if Sofia brings him with her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene budget-round).</extracomment>
      <translation>C’est le cœur du scénario ; prévoyez trois à quatre minutes. C’est en réunion budgétaire que les gestes et les engagements se séparent. Si quelqu’un soutient qu’il est irréaliste de demander de l’argent lors d’un tour d’économies, prenez-le au sérieux : demandez ce que coûterait le travail du réseau si l’entreprise le payait au tarif d’un prestataire. Observez la personne qui joue Gareth : l’option Moteur du changement ne fonctionne bien que si Sofia l’embarque avec elle.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.prompt">
      <source>You are Sofia. The draft is about to be approved. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene budget-round).</extracomment>
      <translation>Vous êtes Sofia. Le projet va être approuvé. Que faites-vous ?</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.text">
      <source>Approve the draft. Every team is cutting, and asking for new spending in a savings round would look odd.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option approve). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>Approuver le projet. Tout le monde réduit, et demander une dépense nouvelle en période d’économies ferait tache.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.why">
      <source>The pressure is real and nobody wants to be the director who didn't cut. But approving &quot;no cost&quot; makes the network's unpaid work the official plan.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option approve).</extracomment>
      <translation>La pression est réelle, et personne ne veut être le directeur qui n’a pas fait d’économies. Mais approuver « sans coût » fait du travail non rémunéré du réseau le plan officiel.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.text">
      <source>&quot;I'd support funding the network if we can find the money somewhere.&quot; Then let the item close.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option support-if). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>« Je serais pour financer le réseau, si on trouve l’argent quelque part. » Puis laisser le point se clore.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.why">
      <source>Your support is now on record. But a conditional &quot;if&quot; in a savings round usually means no, and everyone at the table knows it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option support-if).</extracomment>
      <translation>Votre soutien est désormais consigné. Mais un « si » en pleine période d’économies veut généralement dire non, et tout le monde autour de la table le sait.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.text">
      <source>&quot;Could we recognise the network at the annual awards? A trophy and a moment on stage would show how much we value them.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option award). Shown on a phone button: keep it short, about 120 characters like the English.</extracomment>
      <translation>« Et si on récompensait le réseau à la cérémonie annuelle ? Un trophée et un moment sur scène montreraient combien on l’apprécie. »</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.why">
      <source>Recognition feels generous and costs almost nothing. It celebrates the volunteers' unpaid work while the budget line still reads zero.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option award).</extracomment>
      <translation>La reconnaissance paraît généreuse et ne coûte presque rien. Elle célèbre le travail non rémunéré des bénévoles pendant que la ligne budgétaire reste à zéro.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.text">
      <source>&quot;I'd rather we didn't close this until Aisha has taken us through her note. Can we hold the item and hear from her next month?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option hold-and-hear). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>« Je préférerais qu’on ne clôture pas ce point avant qu’Aisha nous ait présenté sa note. On le garde ouvert et on l’invite le mois prochain ? »</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.why">
      <source>You use the agenda to make room for the people affected, at the price of slowing a meeting everyone wants finished.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option hold-and-hear).</extracomment>
      <translation>Vous utilisez l’ordre du jour pour faire de la place aux personnes concernées, au prix de ralentir une réunion que tout le monde veut terminer.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.text">
      <source>&quot;If the network wants me, I'll be its executive sponsor, and I'll move £6,000 from my contractor budget this year. I'd also like every staff network to get a budget line and a twice-yearly slot here, so this isn't decided by whoever pushes hardest. Gareth, would you work on that with me?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option sponsor-and-fund). Shown on a phone button: keep it short, about 289 characters like the English.</extracomment>
      <translation>« Si le réseau le souhaite, je serai son sponsor, et je transférerai 6 000 £ de mon budget prestataires cette année. J’aimerais aussi que chaque réseau ait une ligne budgétaire et un créneau ici deux fois par an, pour que ça ne dépende pas de qui pousse le plus fort. Gareth, tu veux bien y travailler avec moi ? »</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.why">
      <source>You spend your own budget and standing to change how every network is resourced, not just this one, you offer sponsorship rather than imposing it, and you bring Gareth in instead of going round him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option sponsor-and-fund).</extracomment>
      <translation>Vous engagez votre propre budget et votre crédit pour changer la façon dont tous les réseaux sont dotés, pas seulement celui-ci ; vous proposez votre parrainage au lieu de l’imposer, et vous associez Gareth au lieu de le contourner.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.title">
      <source>Signed off before lunch</source>
      <extracomment>Scene heading, shown on the projector (scene end-approved).</extracomment>
      <translation>Validé avant midi</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.narration">
      <source>The budget is signed off before lunch. In the spring staff survey, several comments from network members mention the launch cake, and not fondly. Aisha steps down as co-chair in April, and the role stays empty for four months.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-approved).</extracomment>
      <translation>Le budget est validé avant le déjeuner. Dans l’enquête interne du printemps, plusieurs commentaires de membres du réseau évoquent le gâteau du lancement, et pas avec tendresse. Aisha quitte la coprésidence en avril, et le poste reste vacant pendant quatre mois.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.notes">
      <source>Let this sit for a few seconds before the debrief. Ask: &quot;Was there a single moment where this was decided?&quot; Usually there wasn't, which is the lesson.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-approved).</extracomment>
      <translation>Laissez un silence de quelques secondes avant le débriefing. Demandez : « Y a-t-il eu un moment précis où cela s’est décidé ? » En général, non, et c’est toute la leçon.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.title">
      <source>Support in principle</source>
      <extracomment>Scene heading, shown on the projector (scene end-conditional).</extracomment>
      <translation>Un soutien de principe</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.narration">
      <source>The minutes record &quot;support in principle, subject to funding&quot;. No funding is found. Aisha sends the directors a short, courteous email thanking them for their time and stops sending requests. The network still meets, but fewer people come each month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-conditional).</extracomment>
      <translation>Le compte rendu indique « soutien de principe, sous réserve de financement ». Aucun financement n’est trouvé. Aisha envoie aux directeurs un e-mail court et courtois pour les remercier de leur temps, et cesse d’envoyer des demandes. Le réseau se réunit toujours, mais chaque mois, il y a moins de monde.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.title">
      <source>A glass trophy</source>
      <extracomment>Scene heading, shown on the projector (scene end-award).</extracomment>
      <translation>Un trophée en verre</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.narration">
      <source>At the December awards evening the network wins a glass trophy and a standing ovation, and Aisha is photographed with Olivia. The captioning request is still open. On the train home she tells Dev it felt like being applauded for doing work the company would not pay for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-award).</extracomment>
      <translation>À la soirée de remise des prix de décembre, le réseau reçoit un trophée en verre et une ovation debout, et Aisha est prise en photo avec Olivia. La demande de sous-titrage est toujours en attente. Dans le train du retour, elle confie à Dev qu’elle a eu l’impression d’être applaudie pour un travail que l’entreprise refuse de payer.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.notes">
      <source>If a participant objects that awards do matter, agree: they can. Ask what would have had to be true for this award to feel like recognition rather than a substitute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-award).</extracomment>
      <translation>Si une personne objecte que les prix comptent, donnez-lui raison : ils peuvent compter. Demandez ce qu’il aurait fallu pour que ce prix soit vécu comme une reconnaissance et non comme un substitut.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.title">
      <source>Fifteen minutes</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Quinze minutes</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.narration">
      <source>The following month Aisha presents for fifteen minutes and answers every question. Olivia asks Gareth to cost a proper arrangement for all the staff networks by the next quarter. It is slower than the network hoped, and Gareth is cool with Sofia for a few weeks, but for the first time the requests have an owner and a date.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>Le mois suivant, Aisha présente pendant quinze minutes et répond à toutes les questions. Olivia demande à Gareth de chiffrer, d’ici le trimestre suivant, un vrai dispositif pour tous les réseaux de salariés. C’est plus lent que ce qu’espérait le réseau, et Gareth reste froid avec Sofia pendant quelques semaines, mais pour la première fois, les demandes ont un responsable et une date.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.title">
      <source>A sponsor and a budget line</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Un sponsor et une ligne budgétaire</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.narration">
      <source>Sofia's team loses a contractor for two months, and her engineering lead is not pleased. Aisha accepts the offer on one condition, that the network, not its sponsor, sets the priorities, and Sofia agrees. By spring the all-hands meetings carry live captions, the office audit is under way, and two other networks have put in their first budgets. After a frosty week, Gareth asks to co-write the new guidance.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>L’équipe de Sofia perd un prestataire pendant deux mois, et son responsable technique n’est pas ravi. Aisha accepte l’offre à une condition : c’est le réseau, et non son sponsor, qui fixe les priorités ; Sofia s’y engage. Au printemps, les réunions plénières sont sous-titrées en direct, l’audit des locaux est lancé, et deux autres réseaux ont déposé leur premier budget. Après une semaine glaciale, Gareth demande à corédiger les nouvelles règles.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.notes">
      <source>Resist making this the &quot;right answer&quot; ending. Point out what it cost and that Aisha had to set a condition to keep the network hers. Ask: &quot;What would a sponsor do that quietly takes a network over?&quot;</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Ne faites pas de cette fin « la bonne réponse ». Soulignez ce qu’elle a coûté, et le fait qu’Aisha a dû poser une condition pour que le réseau reste le sien. Demandez : « Que ferait un sponsor qui, sans bruit, prendrait le contrôle d’un réseau ? »</translation>
    </message>
    <message id="erg-no-budget.debrief.what.1">
      <source>What did the network ask for, and what did it actually receive on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’a demandé le réseau, et qu’a-t-il réellement obtenu sur le parcours que nous avons suivi ?</translation>
    </message>
    <message id="erg-no-budget.debrief.what.2">
      <source>At which moment was staying quiet easiest, and what made it easy?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>À quel moment était-il le plus facile de se taire, et qu’est-ce qui le rendait facile ?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.1">
      <source>What does a network learn when it is celebrated in public and unfunded in private?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qu’apprend un réseau quand on le célèbre en public et qu’on ne le finance pas en privé ?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.2">
      <source>Why might a kindly meant video or award land worse with members than silence would?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi une vidéo ou un prix partant d’une bonne intention peut-il être plus mal reçu par les membres que le silence ?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.3">
      <source>What is the difference between sponsoring a network and running it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quelle différence y a-t-il entre parrainer un réseau et le diriger ?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.1">
      <source>Which staff network in your organisation could you ask, this month, what it needs and who it answers to?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>À quel réseau de salariés de votre organisation pourriez-vous demander, ce mois-ci, ce dont il a besoin et à qui il rend compte ?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.2">
      <source>What is one resource you control (budget, agenda time, your name) that a network could use, on its terms?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quelle ressource dépendant de vous (budget, temps à l’ordre du jour, votre nom) un réseau pourrait-il utiliser, selon ses propres conditions ?</translation>
    </message>
    <message id="erg-no-budget.sources.1.title">
      <source>Workplace allyship practice: staff networks with their own budget, an executive sponsor and a route to decision-makers</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : des réseaux de salariés dotés d’un budget propre, d’un sponsor à la direction et d’un accès aux décideurs</translation>
    </message>
    <message id="erg-no-budget.sources.1.note">
      <source>Based on writing about performative allyship that lists networks launched without money, authority or leadership access among its structural forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>S’appuie sur des écrits consacrés à l’allyship d’affichage, qui rangent parmi ses formes structurelles les réseaux lancés sans argent, sans pouvoir de décision et sans accès à la direction.</translation>
    </message>
    <message id="mispronounced-name.title">
      <source>&quot;I'll just call you Zoe&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>« Je vais juste vous appeler Zoé »</translation>
    </message>
    <message id="mispronounced-name.summary">
      <source>On a quarterly review call, the chief operating officer mispronounces a team lead's name yet again and jokes about giving her an easier one. The group decides what a fellow manager on the call does, and what they say when the COO raises it with them later.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Lors d’une visioconférence de revue trimestrielle, le directeur général délégué écorche une fois de plus le prénom d’une cheffe d’équipe et plaisante sur l’idée de lui en donner un plus simple. Le groupe décide de ce que fait un autre manager présent sur l’appel, puis de ce qu’il répond quand le directeur lui en parle plus tard.</translation>
    </message>
    <message id="mispronounced-name.content_note">
      <source>This role-play includes a senior leader mispronouncing a colleague's name yet again and joking, in front of forty people, about calling her by an easier one.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre un dirigeant qui écorche une fois de plus le prénom d’une collègue et plaisante, devant quarante personnes, sur l’idée de lui en donner un plus simple.</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.name">
      <source>Xinyi Zhou, logistics team lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role xinyi).</extracomment>
      <translation>Xinyi Zhou, cheffe d’équipe logistique</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.brief">
      <source>Your name is said roughly &quot;Shin-yee Joe&quot;. You corrected Martin once, a year ago, and he got it wrong again the next week, so you stopped. Being renamed &quot;Zoe&quot; in front of forty people stings more than you will show. You do not want a fuss made on your behalf in public, but you would quietly welcome someone simply saying it right.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role xinyi).</extracomment>
      <translation>Votre nom se prononce à peu près « Chine-yi Djo ». Vous avez corrigé Martin une fois, il y a un an, et il s’est de nouveau trompé la semaine suivante ; alors vous avez arrêté. Être rebaptisée « Zoé » devant quarante personnes vous blesse plus que vous ne le montrerez. Vous ne voulez pas qu’on fasse un scandale en public à votre place, mais vous apprécieriez en silence que quelqu’un dise simplement votre prénom correctement.</translation>
    </message>
    <message id="mispronounced-name.roles.martin.name">
      <source>Martin Hargreaves, chief operating officer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role martin).</extracomment>
      <translation>Martin Delorme, directeur général délégué aux opérations</translation>
    </message>
    <message id="mispronounced-name.roles.martin.brief">
      <source>You are warm, busy and a little self-deprecating. You genuinely find the name hard, and joking about your own hopelessness feels friendly to you. You would be mortified to learn it reads as dismissive. If someone tells you plainly and privately, you take it well and you do something about it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role martin).</extracomment>
      <translation>Vous êtes chaleureux, très occupé et vous aimez un peu vous moquer de vous-même. Vous trouvez sincèrement ce prénom difficile, et plaisanter sur votre propre maladresse vous semble sympathique. Vous seriez mortifié d’apprendre que cela passe pour du mépris. Si quelqu’un vous le dit franchement et en privé, vous le prenez bien et vous agissez en conséquence.</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.name">
      <source>Tomás Ferreira, regional operations manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tomas).</extracomment>
      <translation>Tomás Ferreira, responsable régional des opérations</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.brief">
      <source>You are a peer of the responder and you also noticed. You will follow whatever the responder does: if they say the name correctly, you do too; if they let it go, you stay quiet. Play this out naturally.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tomas).</extracomment>
      <translation>Vous êtes un pair de la personne qui répond et vous aussi, vous avez remarqué. Vous suivrez ce qu’elle fera : si elle prononce le prénom correctement, vous aussi ; si elle laisse passer, vous vous taisez. Jouez-le naturellement.</translation>
    </message>
    <message id="mispronounced-name.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="mispronounced-name.roles.observer.brief">
      <source>Listen for how Xinyi's name is said by each speaker, every time. Note the exact words around the &quot;Zoe&quot; joke. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Écoutez comment chaque personne prononce le prénom de Xinyi, à chaque fois. Notez les mots exacts autour de la blague sur « Zoé ». Servez-vous de la grille d’observation.</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.1">
      <source>How many times was Xinyi's name said wrongly, and by whom?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Combien de fois le prénom de Xinyi a-t-il été mal prononcé, et par qui ?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and was it in public or in private?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lequel des cinq gestes d’intervention (faire diversion, déléguer, documenter, revenir après coup, intervenir directement) la personne qui répond a-t-elle utilisé, et était-ce en public ou en privé ?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.3">
      <source>Did anyone model the correct pronunciation without making Xinyi the centre of attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il montré l’exemple de la bonne prononciation sans mettre Xinyi au centre de l’attention ?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.4">
      <source>Did anyone check with Xinyi what she would like, before or after acting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il demandé à Xinyi ce qu’elle souhaitait, avant ou après avoir agi ?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.5">
      <source>When Martin asked, did the responder give him something specific to do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quand Martin a posé la question, la personne qui répond lui a-t-elle proposé quelque chose de précis à faire ?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.title">
      <source>The quarterly operations review</source>
      <extracomment>Scene heading, shown on the projector (scene quarterly-call).</extracomment>
      <translation>La revue trimestrielle des opérations</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.narration">
      <source>Forty people are on the video call when Martin hands over: &quot;Great numbers from the north depot. Zin-yee, take us through them?&quot; Xinyi presents, cleanly and quickly. Martin laughs: &quot;Thanks, Zoe. Sorry, Zin-yee. Honestly, can I just call you Zoe? Easier for all of us.&quot; A few people laugh; Xinyi says &quot;Either's fine&quot; and mutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene quarterly-call).</extracomment>
      <translation>Quarante personnes sont connectées à la visioconférence quand Martin passe la parole : « Excellents chiffres pour le dépôt nord. Ksi-nyi, vous nous les présentez ? » Xinyi présente, avec clarté et rapidité. Martin rit : « Merci, Zoé. Pardon, Ksi-nyi. Franchement, je peux vous appeler Zoé ? Ce serait plus simple pour tout le monde. » Quelques rires ; Xinyi répond « Les deux me vont » et coupe son micro.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.notes">
      <source>Before the scene, tell the group the name is said roughly &quot;Shin-yee&quot;. Keep Martin likeable in your reading; the scenario only works if he is someone participants could imagine working for. Participants may ask &quot;what if Xinyi really does not mind?&quot; Treat it as a real question and point out that nobody on the call asked her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene quarterly-call).</extracomment>
      <translation>Avant la scène, indiquez au groupe que le prénom se prononce à peu près « Chine-yi ». Dans votre lecture, gardez Martin sympathique : le scénario ne fonctionne que si les participants peuvent imaginer travailler pour lui. On vous demandera peut-être : « Et si ça ne dérange vraiment pas Xinyi ? » Prenez la question au sérieux et faites remarquer que personne sur l’appel ne le lui a demandé.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.prompt">
      <source>You are a regional manager, presenting next. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene quarterly-call).</extracomment>
      <translation>Vous êtes responsable régional et vous présentez juste après. Que faites-vous ?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.text">
      <source>Start your own update as planned. She said either was fine.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option carry-on). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>Enchaîner sur votre point. Elle a dit que les deux lui allaient.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.why">
      <source>Taking her words at face value is understandable on a big call, and it leaves &quot;Zoe&quot; hanging as the accepted version.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option carry-on).</extracomment>
      <translation>Prendre ses mots au pied de la lettre se comprend sur un grand appel, et « Zoé » reste en suspens comme la version admise.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.text">
      <source>Send a clapping emoji and &quot;Great update!&quot; in the call chat, and leave the name alone.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option chat-applause). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>Envoyer un émoji qui applaudit et « Super point ! » dans le chat, sans toucher au prénom.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.why">
      <source>It is friendly and it acknowledges her work, but the renaming goes unremarked in front of the whole call.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option chat-applause).</extracomment>
      <translation>C’est amical et cela salue son travail, mais le changement de prénom passe sans commentaire devant tout l’appel.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.text">
      <source>Say nothing on the call; afterwards write on the company intranet about &quot;why leaders should learn everyone's name&quot;, with no mention of Xinyi or Martin.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option names-matter-post). Shown on a phone button: keep it short, about 151 characters like the English.</extracomment>
      <translation>Ne rien dire pendant l’appel ; ensuite, publier sur l’intranet un billet « Pourquoi les dirigeants devraient apprendre le prénom de chacun », sans citer Xinyi ni Martin.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.why">
      <source>The message is right and widely seen, but it keeps you safely clear of the actual call and the actual person.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option names-matter-post).</extracomment>
      <translation>Le message est juste et largement lu, mais il vous tient à bonne distance de l’appel réel et de la personne réelle.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.text">
      <source>Open your update: &quot;Thanks, Xinyi, and building on your north depot numbers —&quot; saying &quot;Shin-yee&quot; clearly and warmly, then carry on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option say-it-right). Shown on a phone button: keep it short, about 130 characters like the English.</extracomment>
      <translation>Ouvrir votre point : « Merci, Xinyi, et pour prolonger vos chiffres du dépôt nord — » en disant « Chine-yi » clairement et chaleureusement, puis continuer.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.why">
      <source>It models the right name in front of everyone, including Martin, without embarrassing anyone or putting Xinyi on the spot.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option say-it-right).</extracomment>
      <translation>Vous montrez le bon prénom devant tout le monde, Martin compris, sans gêner personne ni mettre Xinyi sur la sellette.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.title">
      <source>After the call</source>
      <extracomment>Scene heading, shown on the projector (scene call-ends).</extracomment>
      <translation>Après l’appel</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.narration">
      <source>Your update goes smoothly. By the end of the call, two other people have also called her Zoe, one of them in the chat. The next morning a calendar invite from Martin's office is addressed to &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene call-ends).</extracomment>
      <translation>Votre point se déroule sans accroc. À la fin de l’appel, deux autres personnes l’ont elle aussi appelée Zoé, dont une dans le chat. Le lendemain matin, une invitation du secrétariat de Martin est adressée à « Zoé Zhou ».</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.notes">
      <source>Point out how fast a new name spreads once a senior person has used it. Keep it brief; the second decision follows.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene call-ends).</extracomment>
      <translation>Faites remarquer à quelle vitesse un nouveau prénom se répand dès qu’une personne haut placée l’a utilisé. Restez bref : le second point de décision suit.</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.title">
      <source>The call chat</source>
      <extracomment>Scene heading, shown on the projector (scene clapping-chat).</extracomment>
      <translation>Le chat de l’appel</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.narration">
      <source>A dozen people add clapping emoji under yours. Xinyi reacts with a smile. Martin reads out the chat at the end: &quot;Lovely to see the appreciation for Zoe's team!&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene clapping-chat).</extracomment>
      <translation>Une douzaine de personnes ajoutent des émojis qui applaudissent sous le vôtre. Xinyi réagit avec un sourire. À la fin, Martin lit le chat à voix haute : « Ça fait plaisir de voir tous ces bravos pour l’équipe de Zoé ! »</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.notes">
      <source>Participants may feel the chat applause was a real kindness, and it was. Ask what it did about the name, and who noticed that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene clapping-chat).</extracomment>
      <translation>Certaines personnes trouveront que les applaudissements dans le chat étaient une vraie gentillesse, et c’est vrai. Demandez ce qu’ils ont changé pour le prénom, et qui l’a remarqué.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.title">
      <source>The intranet piece</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-piece).</extracomment>
      <translation>Le billet sur l’intranet</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.narration">
      <source>Your post is shared in the leadership newsletter under &quot;voices from the business&quot;. Martin comments: &quot;So important. Guilty as charged!&quot; Xinyi reads it and recognises the call at once, though she is not named. Her calendar invites now say &quot;Zoe&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-piece).</extracomment>
      <translation>Votre billet est repris dans la lettre d’information de la direction, rubrique « La parole aux équipes ». Martin commente : « Tellement important. Je plaide coupable ! » Xinyi le lit et reconnaît aussitôt l’appel, même si elle n’est pas nommée. Ses invitations portent désormais le nom « Zoé ».</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.notes">
      <source>Handle kindly: writing about a problem is often a first step for people. Ask what it would have taken to turn the article into one sentence on the call, or one message to Martin.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-piece).</extracomment>
      <translation>Restez bienveillant : écrire sur un problème est souvent un premier pas. Demandez ce qu’il aurait fallu pour transformer l’article en une phrase pendant l’appel, ou en un message à Martin.</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.title">
      <source>Your update</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>Votre point</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.narration">
      <source>You say &quot;Shin-yee&quot; and carry on. Tomás, presenting after you, says it the same way. Martin frowns slightly, as if listening, and says nothing. Later, Xinyi messages you: &quot;Thank you for that. Nobody ever does.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Vous dites « Chine-yi » et vous poursuivez. Tomás, qui présente après vous, le prononce de la même façon. Martin fronce légèrement les sourcils, comme s’il écoutait, et ne dit rien. Plus tard, Xinyi vous écrit : « Merci pour ça. Personne ne le fait jamais. »</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.notes">
      <source>A low-drama intervention with a real effect. Ask what it cost: very little, which is worth noticing. Also ask what it did not address (Martin's joke itself).</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Une intervention sans éclat mais avec un vrai effet. Demandez ce qu’elle a coûté : très peu, et cela mérite d’être relevé. Demandez aussi ce qu’elle n’a pas traité (la blague de Martin elle-même).</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.title">
      <source>Your skip-level 1:1 with Martin</source>
      <extracomment>Scene heading, shown on the projector (scene martin-asks).</extracomment>
      <translation>Votre entretien individuel avec Martin, le N+2</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.narration">
      <source>At the end of your monthly catch-up, Martin says, &quot;Odd question. The north depot lead, is it Zin-yee? I never know, and I feel I've left it too late to ask her. She doesn't seem to mind Zoe.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-asks).</extracomment>
      <translation>À la fin de votre point mensuel, Martin dit : « Question bizarre. La responsable du dépôt nord, c’est bien Ksi-nyi ? Je ne sais jamais, et j’ai l’impression qu’il est trop tard pour lui demander. Zoé n’a pas l’air de la déranger. »</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.notes">
      <source>This private moment with someone far more senior is where many participants freeze. Acknowledge the power gap out loud. If the group is large, ask for a show of hands on what they would say before the options appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-asks).</extracomment>
      <translation>Ce moment en privé avec quelqu’un de bien plus haut placé est celui où beaucoup de participants se figent. Nommez à voix haute l’écart de pouvoir. Si le groupe est grand, demandez un vote à main levée sur ce qu’ils répondraient avant d’afficher les options.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.prompt">
      <source>Martin has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene martin-asks).</extracomment>
      <translation>Martin vous a posé la question directement. Que répondez-vous ?</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.text">
      <source>&quot;Honestly, I think she's used to it. I wouldn't worry.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option used-to-it). Shown on a phone button: keep it short, about 55 characters like the English.</extracomment>
      <translation>« Franchement, je crois qu’elle a l’habitude. Ne vous en faites pas. »</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.why">
      <source>It spares Martin some discomfort and you some risk, and confirms that the easy version is fine.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option used-to-it).</extracomment>
      <translation>Vous épargnez un peu de gêne à Martin et un peu de risque à vous-même, et vous confirmez que la version facile convient.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.text">
      <source>&quot;I think it's more like Shin-yee? I'm not completely sure, though.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option not-sure). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>« Je crois que c’est plutôt Chine-yi ? Mais je n’en suis pas complètement sûr. »</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.why">
      <source>You answer the question you were asked, but hedge it so much that Martin can file it and carry on.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option not-sure).</extracomment>
      <translation>Vous répondez à la question posée, mais avec tant de précautions que Martin peut la ranger dans un coin et passer à autre chose.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.text">
      <source>&quot;Great question. I actually ran a session on names for my team last year. Happy to send you the slides.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option my-workshop). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>« Bonne question. J’ai justement animé une séance sur les prénoms pour mon équipe l’an dernier. Je vous envoie les diapos ? »</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.why">
      <source>It shows you care about the topic and puts your own work forward, but Martin leaves without the answer, and the &quot;Zoe&quot; joke is never mentioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option my-workshop).</extracomment>
      <translation>Vous montrez que le sujet vous tient à cœur et vous mettez votre propre travail en avant, mais Martin repart sans la réponse, et la blague sur « Zoé » n’est jamais évoquée.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.text">
      <source>&quot;It's Shin-yee Joe. And the 'Zoe' joke landed badly. I think a short word with her, saying it properly and leaving it there, would mean a lot.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option plain-answer). Shown on a phone button: keep it short, about 143 characters like the English.</extracomment>
      <translation>« C’est Chine-yi Djo. Et la blague sur “Zoé” est mal passée. Lui glisser un mot, en prononçant bien son prénom, sans plus, compterait beaucoup. »</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.why">
      <source>You give him the name, the effect and one concrete step, privately, to someone with more power than you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option plain-answer).</extracomment>
      <translation>Vous lui donnez le prénom, l’effet produit et une démarche concrète, en privé, à quelqu’un qui a plus de pouvoir que vous.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.text">
      <source>Give the same plain answer, then suggest Martin asks the business to add phonetic spellings to staff profiles and meeting invites, and offers to add his own first.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option phonetic-names). Shown on a phone button: keep it short, about 163 characters like the English.</extracomment>
      <translation>Donner la même réponse franche, puis suggérer à Martin de faire ajouter la prononciation des noms aux profils et aux invitations, en commençant par le sien.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.why">
      <source>You use your access to a senior leader to change the system, so correct names do not depend on individuals remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option phonetic-names).</extracomment>
      <translation>Vous utilisez votre accès à un dirigeant pour changer le système, afin que les bons prénoms ne dépendent pas de la mémoire de chacun.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.narration">
      <source>Everyone above Xinyi now calls her Zoe. New starters assume it is her name. At her appraisal, the form reads &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Toute la hiérarchie au-dessus de Xinyi l’appelle désormais Zoé. Les nouveaux arrivants pensent que c’est son prénom. Lors de son entretien annuel, le formulaire indique « Zoé Zhou ».</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.notes">
      <source>Let the silence work. Ask the group how long it would take for this to become impossible to undo.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene zoe-sticks).</extracomment>
      <translation>Laissez le silence agir. Demandez au groupe combien de temps il faudrait pour que ce soit impossible à défaire.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene half-fixed).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.narration">
      <source>Martin tries &quot;Shin-yee&quot; once, in a corridor, then slips back to Zoe in the next big meeting. Xinyi has stopped correcting anyone.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene half-fixed).</extracomment>
      <translation>Martin essaie « Chine-yi » une fois, dans un couloir, puis revient à Zoé lors de la grande réunion suivante. Xinyi ne corrige plus personne.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.notes">
      <source>Ask what one extra sentence in the 1:1 might have changed.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene half-fixed).</extracomment>
      <translation>Demandez ce qu’une phrase de plus pendant l’entretien aurait pu changer.</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene slides-sent).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.narration">
      <source>Martin thanks you warmly and says he will look at the slides. He does not. In the next review he says &quot;Zoe&quot; twice, and adds, &quot;I really must learn that name.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene slides-sent).</extracomment>
      <translation>Martin vous remercie chaleureusement et dit qu’il regardera les diapos. Il ne le fait pas. À la revue suivante, il dit « Zoé » deux fois et ajoute : « Il faut vraiment que j’apprenne ce prénom. »</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.notes">
      <source>Ask whose needs the answer served. Be gentle; this is an extremely common way to handle a senior person.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene slides-sent).</extracomment>
      <translation>Demandez à quels besoins cette réponse a répondu. Restez doux : c’est une façon extrêmement courante de gérer une personne haut placée.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene martin-fixes).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.narration">
      <source>Martin is quiet for a second. &quot;Ouch. Right.&quot; The next week he stops Xinyi after a meeting, says her name correctly, and apologises in two sentences. He gets it right on every call afterwards, and once corrects someone else. He is slightly more formal with you for a while.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-fixes).</extracomment>
      <translation>Martin se tait une seconde. « Aïe. D’accord. » La semaine suivante, il arrête Xinyi après une réunion, prononce correctement son prénom et s’excuse en deux phrases. Par la suite, il le dit correctement à chaque appel, et une fois il corrige même quelqu’un d’autre. Il est un peu plus distant avec vous pendant quelque temps.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.notes">
      <source>Point out the quality of Martin's apology: short, no excuses, no request for reassurance. Ask the group what it took for the responder to say this upwards, and what might have made it easier.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-fixes).</extracomment>
      <translation>Soulignez la qualité des excuses de Martin : courtes, sans justification, sans chercher à être rassuré. Demandez au groupe ce qu’il a fallu à la personne qui répond pour dire cela à sa hiérarchie, et ce qui aurait pu lui faciliter la tâche.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene profiles-change).</extracomment>
      <translation>Trois mois plus tard</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.narration">
      <source>Martin likes the idea more than you expected and raises it with the people team. Profiles and invites now carry an optional pronunciation field, and Martin's own is the first example in the announcement. Xinyi adds hers; so do two hundred others in the first week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene profiles-change).</extracomment>
      <translation>L’idée plaît à Martin plus que vous ne l’espériez et il en parle aux RH. Les profils et les invitations comportent désormais un champ facultatif pour la prononciation, et celui de Martin sert de premier exemple dans l’annonce. Xinyi ajoute le sien, tout comme deux cents autres personnes la première semaine.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.notes">
      <source>Ask who else benefits. Then ask the group what a similar small system change would look like in their own organisation, and who they would need to ask.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene profiles-change).</extracomment>
      <translation>Demandez qui d’autre en profite. Puis demandez au groupe à quoi ressemblerait un petit changement du même ordre dans sa propre organisation, et à qui il faudrait le demander.</translation>
    </message>
    <message id="mispronounced-name.debrief.what.1">
      <source>How many separate moments were there in this story when someone could have said the name correctly?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Combien de moments distincts y a-t-il eu dans cette histoire où quelqu’un aurait pu prononcer correctement le prénom ?</translation>
    </message>
    <message id="mispronounced-name.debrief.what.2">
      <source>What did &quot;Either's fine&quot; mean, do you think, and how sure can anyone be?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Que voulait dire « Les deux me vont », selon vous, et peut-on en être sûr ?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.1">
      <source>What does it tell a person when a senior colleague decides their name is too much effort?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Que comprend une personne quand un collègue haut placé décide que son prénom demande trop d’effort ?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.2">
      <source>Why is it harder to correct someone two levels above you, and what makes it possible anyway?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi est-il plus difficile de corriger quelqu’un situé deux niveaux au-dessus de vous, et qu’est-ce qui le rend malgré tout possible ?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.1">
      <source>Whose name in your own organisation are you not sure you say correctly, and how will you find out without burdening them?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Dans votre organisation, de qui n’êtes-vous pas sûr de bien prononcer le nom, et comment allez-vous le savoir sans lui en faire porter la charge ?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.2">
      <source>What would you say, in one sentence, if a senior person got a colleague's name wrong in front of you?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Que diriez-vous, en une phrase, si une personne haut placée écorchait devant vous le prénom d’un ou d’une collègue ?</translation>
    </message>
    <message id="mispronounced-name.sources.1.title">
      <source>Workplace allyship practice: calmly correct a mispronounced name</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : corriger calmement un nom mal prononcé</translation>
    </message>
    <message id="mispronounced-name.sources.1.note">
      <source>Built on the practice of saying a colleague's name properly and correcting mispronunciation without making a scene.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>S’appuie sur la pratique qui consiste à prononcer correctement le nom d’un ou d’une collègue et à rectifier une mauvaise prononciation sans faire d’esclandre.</translation>
    </message>
    <message id="mispronounced-name.sources.2.title">
      <source>Workplace allyship practice: use your access upwards</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : utiliser son accès auprès de la hiérarchie</translation>
    </message>
    <message id="nobody-in-the-room.title">
      <source>The quiet room nobody in the meeting uses</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>La salle calme que personne en réunion n’utilise</translation>
    </message>
    <message id="nobody-in-the-room.summary">
      <source>At the end of an overrunning site committee meeting, facilities proposes turning the quiet room into meeting pods because it always looks empty. Nobody at the table prays at work, expresses milk or needs somewhere dark to sit out a migraine. A committee member decides whether to let it through, and later faces either the people affected or a tidy compromise that ignores what they said.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>À la fin d’une réunion du comité de site qui déborde, les services généraux proposent de transformer la salle calme en boxes de réunion, parce qu’elle a toujours l’air vide. Personne autour de la table ne prie au travail, ne tire son lait ou n’a besoin d’un endroit sombre pour attendre la fin d’une migraine. Une membre du comité décide de laisser passer ou non, puis se retrouve face aux personnes concernées, ou face à un compromis bien ficelé qui ignore ce qu’elles ont dit.</translation>
    </message>
    <message id="nobody-in-the-room.content_note">
      <source>This role-play includes a quiet room, used for prayer, expressing milk and sitting out migraines, being taken over for meetings without asking the people who rely on it.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une salle calme, où l’on vient prier, tirer son lait ou attendre la fin d’une migraine, réaffectée aux réunions sans consulter les personnes qui en ont besoin.</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.name">
      <source>Sinéad Gallagher, head of finance and site committee member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sinead).</extracomment>
      <translation>Sinéad Gallagher, directrice financière et membre du comité de site</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.brief">
      <source>You have never used the quiet room and don't really know who does. You have a reputation on the committee for being practical and not making a fuss. You want the meeting to end as much as anyone; you also have a vague sense that &quot;always empty&quot; might not be the whole story.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sinead).</extracomment>
      <translation>Vous n’avez jamais utilisé la salle calme et vous ne savez pas vraiment qui l’utilise. Au comité, vous avez la réputation d’être pragmatique et de ne pas faire d’histoires. Vous voulez que la réunion se termine autant que tout le monde ; vous avez aussi le vague sentiment que « toujours vide » n’est peut-être pas toute l’histoire.</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.name">
      <source>Marcus Webb, facilities manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marcus).</extracomment>
      <translation>Marcus Webb, responsable des services généraux</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.brief">
      <source>You have been asked for more meeting space for six months and finally have a plan and builders booked for Monday. You walk past the quiet room most mornings around ten and it is always empty. You are not against anyone; you simply haven't asked who uses it. If someone gives you specifics, you take them seriously. If you feel your judgement is being questioned in public, you get prickly.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marcus).</extracomment>
      <translation>On vous réclame plus de salles de réunion depuis six mois, et vous avez enfin un plan et des ouvriers réservés pour lundi. Vous passez devant la salle calme presque tous les matins vers 10 h, et elle est toujours vide. Vous n’êtes contre personne ; vous n’avez simplement pas demandé qui l’utilise. Si quelqu’un vous donne des éléments précis, vous les prenez au sérieux. Si vous sentez que l’on remet en cause votre jugement en public, vous devenez susceptible.</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.name">
      <source>Hiroko Sato, operations director and committee chair</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hiroko).</extracomment>
      <translation>Hiroko Sato, directrice des opérations et présidente du comité</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.brief">
      <source>You want decisions made and meetings finished on time, and you are impatient with process for its own sake. You are fair, though: a concrete, time-limited proposal will get a yes from you, while a general appeal to &quot;consult more&quot; will get a sigh.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hiroko).</extracomment>
      <translation>Vous voulez que les décisions soient prises et que les réunions finissent à l’heure, et les procédures pour la forme vous agacent. Vous êtes juste, cependant : une proposition concrète et limitée dans le temps obtiendra votre accord, tandis qu’un appel général à « consulter davantage » vous fera soupirer.</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.name">
      <source>Imran Chaudhry, warehouse shift leader</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role imran).</extracomment>
      <translation>Imran Chaudhry, chef d’équipe à l’entrepôt</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.brief">
      <source>You use the quiet room to pray at around one and four on every shift. Leah, back from maternity leave, uses it to express milk, and Jonah uses it when a migraine hits. You are not on the committee. You don't want to speak for every Muslim or every user, but you do want to be asked, and you want the others asked too. If you are invited to the committee, say plainly what you need: the timing, a lock, somewhere to wash.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role imran).</extracomment>
      <translation>Vous utilisez la salle calme pour prier vers 13 h et 16 h, à chaque poste. Leah, de retour de congé maternité, l’utilise pour tirer son lait, et Jonah y va quand une migraine le prend. Vous ne faites pas partie du comité. Vous ne voulez pas parler au nom de tous les musulmans ni de tous les utilisateurs, mais vous voulez qu’on vous demande votre avis, et qu’on le demande aussi aux autres. Si on vous invite au comité, dites clairement ce dont vous avez besoin : les horaires, un verrou, un endroit pour se laver.</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.brief">
      <source>Watch who speaks about the room's users and whether any users ever speak for themselves. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observez qui parle des utilisateurs de la salle, et si ces utilisateurs parlent un jour pour eux-mêmes. Utilisez la grille d’observation.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.1">
      <source>Did anyone ask who uses the room before the decision? Who, and how long into the item?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il demandé qui utilise la salle avant la décision ? Qui, et au bout de combien de temps ?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.2">
      <source>When the users' needs were mentioned, were they described by the users or on their behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quand les besoins des utilisateurs ont été évoqués, ont-ils été décrits par les utilisateurs eux-mêmes ou à leur place ?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.3">
      <source>Which of the five moves appeared: distract, delegate, document, delay, direct? In a decision meeting, delay (holding an item) and document (what goes in the decision log) are often the most powerful.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lesquels des cinq gestes d’intervention sont apparus : faire diversion, déléguer, documenter, revenir après coup, intervenir directement ? Dans une réunion de décision, revenir après coup (suspendre un point) et documenter (ce qui est inscrit au registre des décisions) sont souvent les plus puissants.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.4">
      <source>Was a fix proposed only for this room, or for how such decisions are made in future?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La solution proposée concernait-elle seulement cette salle, ou aussi la manière dont ces décisions seront prises à l’avenir ?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.5">
      <source>What did each choice cost Sinéad, Marcus and Hiroko, and what did the quiet choices cost Imran, Leah and Jonah?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qu’est-ce que chaque choix a coûté à Sinéad, Marcus et Hiroko, et qu’ont coûté les choix silencieux à Imran, Leah et Jonah ?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.title">
      <source>Any other business</source>
      <extracomment>Scene heading, shown on the projector (scene committee).</extracomment>
      <translation>Questions diverses</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.narration">
      <source>The site committee is twenty minutes over time when Marcus Webb reaches the last item. &quot;Quick one: we're turning the first-floor quiet room into two bookable meeting pods, because every time I walk past it's empty and we're desperate for space. Builders can start Monday; any objections?&quot; Nobody at the table prays at work, is breastfeeding, or has ever needed to sit in the dark through a migraine. Hiroko Sato has her pen over the decision log.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene committee).</extracomment>
      <translation>Le comité de site a vingt minutes de retard quand Marcus Webb arrive au dernier point. « Un point rapide : on transforme la salle calme du premier étage en deux boxes de réunion réservables, parce qu’à chaque fois que je passe, elle est vide, et on manque cruellement de place. Les ouvriers peuvent commencer lundi ; des objections ? » Personne autour de la table ne prie au travail, n’allaite ou n’a jamais eu besoin de rester dans le noir pendant une migraine. Hiroko Sato a le stylo posé sur le registre des décisions.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.notes">
      <source>Read Marcus's line briskly; the speed is part of the problem. Give the group ninety seconds. Participants often say &quot;I'd have asked&quot;, which is easy to say with the narration in front of you; ask them how often they have held up the last item of an overrunning meeting.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene committee).</extracomment>
      <translation>Lisez la réplique de Marcus d’un ton pressé ; la vitesse fait partie du problème. Laissez quatre-vingt-dix secondes au groupe. Les gens disent souvent « J’aurais demandé », ce qui est facile à dire avec la narration sous les yeux ; demandez-leur combien de fois ils ont bloqué le dernier point d’une réunion qui déborde.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.prompt">
      <source>You are Sinéad. Hiroko is about to write &quot;agreed&quot;. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene committee).</extracomment>
      <translation>Vous êtes Sinéad. Hiroko va écrire « adopté ». Que faites-vous ?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.text">
      <source>Say nothing. It's a facilities decision, the meeting has overrun, and you don't use the room.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option say-nothing). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Ne rien dire. C’est une décision des services généraux, la réunion déborde, et vous n’utilisez pas la salle.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.why">
      <source>Not using the room makes it hard to see what is at stake, which is exactly why silence lets through a decision its users never heard about.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option say-nothing).</extracomment>
      <translation>Quand on n’utilise pas la salle, il est difficile de voir l’enjeu, et c’est justement pour cela que le silence laisse passer une décision dont ses utilisateurs n’ont jamais entendu parler.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.text">
      <source>&quot;Fine by me, as long as people still have somewhere to go.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option fine-if). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>« Ça me va, tant que les gens ont encore un endroit où aller. »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.why">
      <source>The caveat shows you care. But it is vague enough to be met with anything, and still nobody asks the people who use the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option fine-if).</extracomment>
      <translation>La réserve montre que vous vous en souciez. Mais elle est assez vague pour être satisfaite par n’importe quoi, et personne ne demande toujours rien aux personnes qui utilisent la salle.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.text">
      <source>&quot;Before we agree: who actually uses that room, and has anyone asked them? I'd rather we held this for a week and found out.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option hold-and-ask). Shown on a phone button: keep it short, about 124 characters like the English.</extracomment>
      <translation>« Avant de valider : qui utilise vraiment cette salle, et leur a-t-on demandé ? Je préférerais attendre une semaine pour le savoir. »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.why">
      <source>You slow the decision and ask the question the room skipped, knowing you will probably be handed the job of finding out.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option hold-and-ask).</extracomment>
      <translation>Vous ralentissez la décision et vous posez la question que la réunion a sautée, en sachant qu’on vous confiera sans doute la tâche de trouver la réponse.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.text">
      <source>&quot;Let's hold it, and let's change how we make these calls. Any change to a space people rely on goes to its users and the staff networks before it comes here. I'll draft that, and we'll hear from the users next week.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option change-the-rule). Shown on a phone button: keep it short, about 216 characters like the English.</extracomment>
      <translation>« Suspendons ce point, et changeons notre façon de décider. Tout changement d’un espace dont des gens ont besoin passe par ses utilisateurs et les réseaux de salariés avant d’arriver ici. Je rédige ça, et on les entend la semaine prochaine. »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.why">
      <source>You deal with this decision and with the gap in the process that let it get this far, using your seat to make asking routine instead of a favour.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option change-the-rule).</extracomment>
      <translation>Vous traitez cette décision et la faille du processus qui l’a laissée aller si loin, en utilisant votre siège pour que demander devienne la règle et non une faveur.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.title">
      <source>An alternative space</source>
      <extracomment>Scene heading, shown on the projector (scene storeroom).</extracomment>
      <translation>Un espace de remplacement</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.narration">
      <source>Hiroko writes: &quot;Agreed. Facilities to ensure alternative space.&quot; Marcus finds some: a corner of the old stationery store on the ground floor, with a curtain and no lock. Nobody who uses the quiet room is told until the works notice goes up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene storeroom).</extracomment>
      <translation>Hiroko écrit : « Adopté. Les services généraux prévoient un espace de remplacement. » Marcus en trouve un : un coin de l’ancienne réserve de fournitures au rez-de-chaussée, avec un rideau et sans verrou. Aucun utilisateur de la salle calme n’est prévenu avant l’affichage de l’avis de travaux.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.notes">
      <source>Brief scene. Ask the group whether &quot;somewhere to go&quot; was met. Technically, yes. That gap between the letter and the need is worth a sentence, not a lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene storeroom).</extracomment>
      <translation>Scène courte. Demandez au groupe si la condition « un endroit où aller » a été remplie. Techniquement, oui. Cet écart entre la lettre et le besoin mérite une phrase, pas un sermon.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.title">
      <source>Friday, at the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Vendredi, à la machine à café</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.narration">
      <source>On Friday afternoon a notice goes up on the quiet-room door: works begin Monday. Imran Chaudhry, a warehouse shift leader, catches Sinéad at the coffee machine. &quot;Were you in that meeting? I use that room twice a shift. So does Leah since she came back from maternity leave, and Jonah when his migraines hit. Nobody asked any of us.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Vendredi après-midi, un avis est affiché sur la porte de la salle calme : les travaux commencent lundi. Imran Chaudhry, chef d’équipe à l’entrepôt, croise Sinéad à la machine à café. « Vous étiez à cette réunion ? J’utilise cette salle deux fois par poste. Leah aussi, depuis son retour de congé maternité, et Jonah quand il a ses migraines. Personne ne nous a rien demandé. »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.notes">
      <source>If you have an Imran role-player, let them deliver the line and then wait. The silence after it is useful. Watch for Sinéad's role-player reaching for &quot;it wasn't my decision&quot;; ask the room whether that is true.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Si une personne joue Imran, laissez-la dire la réplique, puis attendez. Le silence qui suit est utile. Surveillez si la personne qui joue Sinéad se réfugie derrière « Ce n’était pas ma décision » ; demandez à la salle si c’est vrai.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.prompt">
      <source>You are Sinéad. Imran is waiting for an answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Vous êtes Sinéad. Imran attend une réponse. Que faites-vous ?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.text">
      <source>&quot;I'm sorry, it's really a facilities decision. You'd need to take it up with Marcus.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option not-my-call). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>« Je suis désolée, c’est une décision des services généraux. Il faut voir ça avec Marcus. »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.why">
      <source>It's true that Marcus owns the plan. But you were in the room, and pointing Imran elsewhere leaves him to start from scratch, alone, over a weekend.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option not-my-call).</extracomment>
      <translation>C’est vrai que le projet appartient à Marcus. Mais vous étiez dans la pièce, et renvoyer Imran ailleurs le laisse tout reprendre de zéro, seul, un week-end.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.text">
      <source>&quot;That's rubbish, I'm sorry. I honestly didn't know anyone used it.&quot; Then head back to your desk.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option sympathise). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>« C’est nul, désolée. Franchement, je ne savais pas que quelqu’un l’utilisait. » Puis retourner à votre bureau.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.why">
      <source>The sympathy is genuine and the honesty helps. But nothing about Monday changes, and Imran leaves knowing only that you feel bad.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option sympathise).</extracomment>
      <translation>La compassion est sincère et l’honnêteté aide. Mais rien ne change pour lundi, et Imran repart en sachant seulement que vous êtes désolée.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.text">
      <source>&quot;Leave it with me.&quot; Later, post in the all-staff channel about how much the company values faith and wellbeing, and say that alternatives are being looked at.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option post-message). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>« Je m’en occupe. » Plus tard, publier sur le canal de tout le personnel combien l’entreprise tient à la liberté de culte et au bien-être, en disant que des solutions sont à l’étude.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.why">
      <source>The post is public and kindly meant, and it sounds like action. Nothing is actually being looked at, and the people who use the room will see that first.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option post-message).</extracomment>
      <translation>Le message est public, bien intentionné, et il a l’air d’une action. En réalité, rien n’est à l’étude, et les personnes qui utilisent la salle seront les premières à le voir.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.text">
      <source>&quot;I was there, and I didn't ask who uses it. That's on me. I'll ask Hiroko today to pause Monday's works. Would you, Leah and Jonah tell the committee what you need, or tell me and I'll pass it on word for word?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option own-and-pause). Shown on a phone button: keep it short, about 211 characters like the English.</extracomment>
      <translation>« J’étais là, et je n’ai pas demandé qui l’utilisait. C’est ma faute. Je demande aujourd’hui à Hiroko de suspendre les travaux. Vous, Leah et Jonah, voulez-vous parler au comité, ou me dire ce qu’il vous faut pour que je le transmette mot pour mot ? »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.why">
      <source>You own your part without excuses, act before Monday, and let the users choose how they are heard.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option own-and-pause).</extracomment>
      <translation>Vous assumez votre part sans chercher d’excuses, vous agissez avant lundi, et vous laissez les utilisateurs choisir comment se faire entendre.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.title">
      <source>One week</source>
      <extracomment>Scene heading, shown on the projector (scene held).</extracomment>
      <translation>Une semaine</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.narration">
      <source>Hiroko sighs: &quot;We've been talking about meeting space for six months.&quot; She agrees to hold the item for a week and, since Sinéad raised it, asks her to find out who uses the room. Marcus looks less than pleased. Over three days Sinéad talks to Imran, to Leah, back from maternity leave, and to Jonah, who gets migraines; none of them had heard about the plan.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene held).</extracomment>
      <translation>Hiroko soupire : « Ça fait six mois qu’on parle de salles de réunion. » Elle accepte de suspendre le point une semaine et, puisque c’est Sinéad qui l’a soulevé, lui demande de savoir qui utilise la salle. Marcus n’a pas l’air ravi. En trois jours, Sinéad parle à Imran, à Leah, de retour de congé maternité, et à Jonah, qui a des migraines ; aucun n’avait entendu parler du projet.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.notes">
      <source>Name the cost: Sinéad now has homework and a slightly cooler facilities manager. Ask the group whether they would have raised it knowing they'd be given the job.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene held).</extracomment>
      <translation>Nommez le coût : Sinéad a désormais des devoirs, et un responsable des services généraux un peu plus froid. Demandez au groupe s’il aurait soulevé la question en sachant qu’on lui en confierait la charge.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.title">
      <source>Not every broom cupboard</source>
      <extracomment>Scene heading, shown on the projector (scene rule-proposed).</extracomment>
      <translation>Pas pour chaque placard à balais</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.narration">
      <source>Hiroko pushes back: &quot;I'm not adding a consultation stage for every broom cupboard.&quot; They settle on a one-week hold and a draft rule covering rooms used for faith, health or care. Marcus mutters that facilities will need permission to move a chair. Sinéad spends two evenings drafting the rule and meeting the room's users, who tell her they would rather speak for themselves than through her.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene rule-proposed).</extracomment>
      <translation>Hiroko résiste : « Je ne vais pas ajouter une consultation pour chaque placard à balais. » Ils s’accordent sur une suspension d’une semaine et un projet de règle pour les salles servant au culte, à la santé ou aux soins. Marcus marmonne qu’il faudra bientôt une autorisation pour déplacer une chaise. Sinéad passe deux soirées à rédiger la règle et à rencontrer les utilisateurs de la salle, qui lui disent qu’ils préféreraient parler pour eux-mêmes plutôt que par sa bouche.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.notes">
      <source>The users' last line matters. Advocacy that ends with Sinéad speaking for everyone has missed something. Flag it, and see whether the group picks it up at the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene rule-proposed).</extracomment>
      <translation>La dernière phrase des utilisateurs compte. Une démarche de Moteur du changement qui finit avec Sinéad parlant au nom de tout le monde a manqué quelque chose. Signalez-le, et voyez si le groupe s’en saisit à la décision suivante.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.title">
      <source>A sensible middle ground</source>
      <extracomment>Scene heading, shown on the projector (scene reconvened).</extracomment>
      <translation>Un juste milieu raisonnable</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.narration">
      <source>A week later the committee meets again. Marcus has a compromise: keep the quiet room, but make it a bookable meeting pod from nine to five, with quiet use &quot;outside core hours&quot;. Imran's prayers fall at around one and four on every shift. Hiroko looks round the table: &quot;That sounds like a sensible middle ground. Shall we?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene reconvened).</extracomment>
      <translation>Une semaine plus tard, le comité se réunit à nouveau. Marcus propose un compromis : garder la salle calme, mais en faire un box de réunion réservable de 9 h à 17 h, avec un usage calme « en dehors des heures de bureau ». Les prières d’Imran tombent vers 13 h et 16 h, à chaque poste. Hiroko fait le tour de la table du regard : « Ça me paraît un juste milieu raisonnable. On valide ? »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.notes">
      <source>Three minutes. This is the more sophisticated trap: a compromise that sounds reasonable and quietly ignores what the consultation found. If nobody spots the timing clash, read the third sentence again, slowly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene reconvened).</extracomment>
      <translation>Trois minutes. C’est le piège le plus subtil : un compromis qui semble raisonnable et ignore discrètement ce que la consultation a montré. Si personne ne repère le conflit d’horaires, relisez la troisième phrase, lentement.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.prompt">
      <source>You are Sinéad. The compromise is about to be agreed. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene reconvened).</extracomment>
      <translation>Vous êtes Sinéad. Le compromis va être adopté. Que faites-vous ?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.text">
      <source>Accept the compromise. You have already held the item once and don't want to be the one who blocks it twice.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option accept). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>Accepter le compromis. Vous avez déjà suspendu ce point une fois et ne voulez pas être celle qui le bloque deux fois.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.why">
      <source>Not wanting to be &quot;difficult&quot; twice is understandable. But the compromise rules out exactly the hours the room is needed, and everyone at the table has now been told so.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option accept).</extracomment>
      <translation>Ne pas vouloir être « difficile » deux fois se comprend. Mais le compromis exclut précisément les heures où la salle est nécessaire, et tout le monde autour de la table le sait désormais.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.text">
      <source>&quot;Great outcome. Let's put this in the newsletter as an example of us listening to staff.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option praise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>« Excellent résultat. Mettons-le dans la newsletter comme exemple d’écoute du personnel. »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.why">
      <source>It celebrates the consultation while the decision ignores what the consultation found, and the people who were consulted read the newsletter too.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option praise).</extracomment>
      <translation>Cela célèbre la consultation alors que la décision ignore ce qu’elle a révélé, et les personnes consultées lisent aussi la newsletter.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.text">
      <source>&quot;The people who use it told me when: around one and four, on every shift. Nine to five rules them out. Before we agree anything, can we hear from Imran directly?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option bring-the-facts). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>« Les utilisateurs m’ont dit quand : vers 13 h et 16 h, à chaque poste. Le créneau de 9 h à 17 h les exclut. Avant de valider, on peut entendre Imran directement ? »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.why">
      <source>You put the specific facts in front of the room and ask for the people affected to speak for themselves, instead of letting a tidy compromise stand in for listening.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option bring-the-facts).</extracomment>
      <translation>Vous mettez les faits précis sous les yeux de tous et vous demandez que les personnes concernées parlent pour elles-mêmes, au lieu de laisser un compromis bien ficelé tenir lieu d’écoute.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.text">
      <source>&quot;Let's not split this room. Marcus, the boardroom is empty most afternoons; could the pods go there? And I'd like us to adopt the consultation rule today, so the next room change doesn't depend on someone happening to ask.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option redesign). Shown on a phone button: keep it short, about 223 characters like the English.</extracomment>
      <translation>« Ne coupons pas cette salle en deux. Marcus, la salle du conseil est vide presque tous les après-midi ; les boxes pourraient y aller ? Et j’aimerais qu’on adopte la règle de consultation aujourd’hui, pour que le prochain changement ne dépende pas du hasard. »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.why">
      <source>You offer a better alternative using space the committee itself controls, and lock in the process change so it outlasts this case.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option redesign).</extracomment>
      <translation>Vous proposez une meilleure solution, avec un espace que le comité contrôle lui-même, et vous verrouillez le changement de processus pour qu’il dure au-delà de ce cas.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.title">
      <source>Booked solid</source>
      <extracomment>Scene heading, shown on the projector (scene end-pods).</extracomment>
      <translation>Complet</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.narration">
      <source>The pods open a fortnight later and are booked solid. Imran prays in a stairwell between shifts, and Leah expresses milk in her car. In the next staff survey, agreement that &quot;decisions here take people like me into account&quot; drops twelve points at the warehouse.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pods).</extracomment>
      <translation>Les boxes ouvrent quinze jours plus tard et sont pris d’assaut. Imran prie dans une cage d’escalier entre deux postes, et Leah tire son lait dans sa voiture. Dans l’enquête interne suivante, la part de salariés de l’entrepôt d’accord avec l’affirmation « ici, les décisions tiennent compte des gens comme moi » chute de douze points.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.notes">
      <source>Let the group sit with this for a moment. Then ask: at what point could this still have been stopped, and by whom?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pods).</extracomment>
      <translation>Laissez le groupe rester un moment avec cette fin. Puis demandez : à quel moment cela pouvait-il encore être arrêté, et par qui ?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.title">
      <source>Thinking about it</source>
      <extracomment>Scene heading, shown on the projector (scene end-sorry).</extracomment>
      <translation>Y repenser</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.narration">
      <source>Imran thanks her for listening and goes back to the floor. The works go ahead on Monday. Sinéad thinks about it more than once over the following weeks, but it never becomes a sentence in a meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sorry).</extracomment>
      <translation>Imran la remercie de l’avoir écouté et retourne à l’entrepôt. Les travaux commencent lundi. Sinéad y repense plus d’une fois dans les semaines qui suivent, mais cela ne devient jamais une phrase prononcée en réunion.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.title">
      <source>Reactions from one floor</source>
      <extracomment>Scene heading, shown on the projector (scene end-posted).</extracomment>
      <translation>Des réactions d’un seul étage</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.narration">
      <source>The post gets plenty of reactions from the office floors and none from the warehouse. The works go ahead. A week later Imran asks Sinéad what happened with the alternatives, and she has no answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-posted).</extracomment>
      <translation>Le message récolte de nombreuses réactions dans les étages de bureaux, et aucune à l’entrepôt. Les travaux ont lieu. Une semaine plus tard, Imran demande à Sinéad où en sont les solutions de remplacement, et elle n’a pas de réponse.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.notes">
      <source>If the participant who chose this is uncomfortable, acknowledge that the post felt like doing something. Ask what a single phone call to Hiroko would have cost by comparison.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-posted).</extracomment>
      <translation>Si la personne qui a fait ce choix est mal à l’aise, reconnaissez que le message donnait le sentiment d’agir. Demandez ce qu’aurait coûté, en comparaison, un simple coup de fil à Hiroko.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.title">
      <source>A two-week pause</source>
      <extracomment>Scene heading, shown on the projector (scene end-paused).</extracomment>
      <translation>Deux semaines de pause</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.narration">
      <source>Hiroko is annoyed, since the builders charge a cancellation fee, but she agrees to a two-week pause. Imran, Leah and Jonah meet Marcus together, and it turns out the room is empty at ten because everyone uses it at lunchtime and mid-afternoon. The pods go into an underused storeroom instead, and the quiet room gets a lock and a small sink.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-paused).</extracomment>
      <translation>Hiroko est agacée, car les ouvriers facturent des frais d’annulation, mais elle accepte une pause de deux semaines. Imran, Leah et Jonah rencontrent Marcus ensemble, et il s’avère que la salle est vide à 10 h parce que tout le monde l’utilise à l’heure du déjeuner et en milieu d’après-midi. Les boxes sont installés dans une réserve peu utilisée, et la salle calme reçoit un verrou et un petit lavabo.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.notes">
      <source>Point out that the fix came from the users, not from Sinéad; her part was to stop the clock and get them into the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-paused).</extracomment>
      <translation>Faites remarquer que la solution est venue des utilisateurs, pas de Sinéad ; son rôle a été d’arrêter la pendule et de les faire entrer dans la pièce.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.title">
      <source>A pod by day</source>
      <extracomment>Scene heading, shown on the projector (scene end-split).</extracomment>
      <translation>Un box en journée</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.narration">
      <source>The room becomes a pod by day. Within a fortnight it is booked at one o'clock most days, and Imran stops asking for it to be freed. The consultation Sinéad ran appears in the minutes as &quot;completed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-split).</extracomment>
      <translation>La salle devient un box en journée. En quinze jours, elle est réservée à 13 h presque tous les jours, et Imran cesse de demander qu’on la libère. La consultation menée par Sinéad apparaît au compte rendu comme « réalisée ».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.notes">
      <source>Ask the group: was this consultation better or worse than none at all, from Imran's point of view?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-split).</extracomment>
      <translation>Demandez au groupe : du point de vue d’Imran, cette consultation valait-elle mieux, ou était-elle pire, que pas de consultation du tout ?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.title">
      <source>In the newsletter</source>
      <extracomment>Scene heading, shown on the projector (scene end-newsletter).</extracomment>
      <translation>Dans la newsletter</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.narration">
      <source>The newsletter piece runs with a photo of the committee. Leah reads it in her car, where she now expresses milk between nine and five. Imran forwards it to Sinéad with one line: &quot;Listening to who?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-newsletter).</extracomment>
      <translation>L’article paraît dans la newsletter avec une photo du comité. Leah le lit dans sa voiture, où elle tire désormais son lait entre 9 h et 17 h. Imran le transfère à Sinéad avec une seule ligne : « À l’écoute de qui ? »</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.title">
      <source>Four minutes from Imran</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Quatre minutes pour Imran</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.narration">
      <source>Imran speaks for four minutes, plainly, and the committee sees that the room is busiest exactly when the compromise would lock it. The pods are put on hold while Marcus looks for other space, and the sales team grumbles loudly through a month of cramped meetings. The quiet room stays as it is.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>Imran parle pendant quatre minutes, simplement, et le comité comprend que la salle est la plus fréquentée précisément aux heures où le compromis la fermerait. Les boxes sont mis en attente pendant que Marcus cherche un autre espace, et l’équipe commerciale râle bruyamment pendant un mois de réunions à l’étroit. La salle calme reste telle quelle.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.title">
      <source>The boardroom, three afternoons a week</source>
      <extracomment>Scene heading, shown on the projector (scene end-rule).</extracomment>
      <translation>La salle du conseil, trois après-midi par semaine</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.narration">
      <source>Hiroko gives up the boardroom three afternoons a week, not graciously. The rule is adopted with one amendment from Marcus, a five-day limit so it can't stall facilities for months, which is a fair point. Six months later, a plan to move the first-aid room goes to its users first, and nobody has to remember to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-rule).</extracomment>
      <translation>Hiroko cède la salle du conseil trois après-midi par semaine, de mauvaise grâce. La règle est adoptée avec un amendement de Marcus, un délai maximal de cinq jours pour qu’elle ne puisse pas bloquer les services généraux pendant des mois, et c’est une remarque juste. Six mois plus tard, un projet de déménagement de l’infirmerie est d’abord soumis à ses utilisateurs, et personne n’a besoin de penser à demander.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.notes">
      <source>Highlight Marcus's amendment: the person who nearly caused the harm improved the fix. That is what it looks like when a process change brings people with it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-rule).</extracomment>
      <translation>Soulignez l’amendement de Marcus : la personne qui a failli causer le tort a amélioré la solution. Voilà à quoi ressemble un changement de processus qui embarque les gens avec lui.</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.1">
      <source>Who was affected by the decision, and at what point did any of them get to speak?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qui était concerné par la décision, et à quel moment l’une de ces personnes a-t-elle pu parler ?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.2">
      <source>What did &quot;always empty&quot; turn out to mean?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Que voulait dire, en fin de compte, « toujours vide » ?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.1">
      <source>Why do decisions that affect absent people feel so uncontroversial in the room?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi les décisions qui touchent des personnes absentes paraissent-elles si peu sujettes à débat dans la pièce ?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.2">
      <source>What is the difference between consulting people and deciding what they said?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quelle différence y a-t-il entre consulter des gens et décider à leur place de ce qu’ils ont dit ?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.1">
      <source>In your next decision meeting, which item could affect people who aren't at the table? How will you find out?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Lors de votre prochaine réunion de décision, quel point pourrait toucher des personnes absentes de la table ? Comment le saurez-vous ?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.2">
      <source>What one line could you add to a process you own so that the people affected are asked by default?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quelle phrase pourriez-vous ajouter à un processus dont vous êtes responsable pour que les personnes concernées soient consultées par défaut ?</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.title">
      <source>Workplace allyship practice: notice who is absent when a decision is made, and bring the people affected into it</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : remarquer qui est absent quand une décision se prend, et y associer les personnes concernées</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.note">
      <source>Drawn from writing on systemic allyship and on the private moments, such as a meeting with nobody from the affected group present, where a biased decision is easiest to make.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Tiré d’écrits sur l’allyship systémique et sur les moments à huis clos, comme une réunion sans aucune personne du groupe concerné, où une décision biaisée est la plus facile à prendre.</translation>
    </message>
    <message id="owning-a-mistake.title">
      <source>Corrected in front of the room</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Repris devant toute la salle</translation>
    </message>
    <message id="owning-a-mistake.summary">
      <source>During a product demo, a product manager uses an outdated phrase about wheelchair users and is corrected, kindly and in public, by the team's accessibility specialist. The group decides how he responds in the moment, and then what he does when a senior colleague tries to reassure him and the phrase turns out to be all over the product's help text.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Pendant une démonstration, un chef de produit emploie une expression dépassée au sujet des personnes en fauteuil roulant ; la spécialiste accessibilité de l’équipe le reprend, avec bienveillance, en public. Le groupe décide de sa réaction sur le moment, puis de ce qu’il fait quand un collègue haut placé tente de le rassurer et que l’expression s’avère présente partout dans l’aide en ligne du produit.</translation>
    </message>
    <message id="owning-a-mistake.content_note">
      <source>This role-play includes an outdated phrase about wheelchair users said in a meeting, a wheelchair user correcting it, and a senior colleague dismissing the correction as oversensitive.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une expression dépassée sur les personnes en fauteuil roulant prononcée en réunion, une collègue en fauteuil qui la corrige, et un collègue haut placé qui juge la remarque excessive.</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.name">
      <source>Rafael Herrera, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role rafael).</extracomment>
      <translation>Rafael Herrera, chef de produit</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.brief">
      <source>You are demoing a feature you are proud of: a filter that helps customers find accessible seating at venues. You have said &quot;confined to a wheelchair&quot; for years without thinking about it. When Ngozi corrects you, your face goes hot and your first instinct is to explain. Let the group decide what you actually say.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role rafael).</extracomment>
      <translation>Vous présentez une fonctionnalité dont vous êtes fier : un filtre qui aide les clients à trouver des places accessibles dans les salles de spectacle. Depuis des années, vous dites « cloué dans un fauteuil roulant » sans y penser. Quand Ngozi vous reprend, vous devenez rouge et votre premier réflexe est de vous justifier. Laissez le groupe décider de ce que vous dites vraiment.</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.name">
      <source>Ngozi Eze, accessibility specialist</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ngozi).</extracomment>
      <translation>Ngozi Eze, spécialiste accessibilité</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.brief">
      <source>You use a wheelchair. You correct the phrase once, briefly and kindly, because it will otherwise end up in customer-facing text. You do not want a long apology and you do not want to comfort Rafael. You have a real point to make about step-free routes from venue entrances. You are tired of being asked to check everyone's language for free.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ngozi).</extracomment>
      <translation>Vous vous déplacez en fauteuil roulant. Vous reprenez l’expression une fois, brièvement et avec bienveillance, parce que sinon elle finira dans des textes destinés aux clients. Vous ne voulez pas de longues excuses et vous ne voulez pas consoler Rafael. Vous avez une vraie remarque à faire sur les accès de plain-pied depuis l’entrée des salles. Vous en avez assez qu’on vous demande de relire gratuitement le vocabulaire de tout le monde.</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.name">
      <source>Brendan O'Connor, engineering director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brendan).</extracomment>
      <translation>Bertrand Collin, directeur de l’ingénierie</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.brief">
      <source>You like Rafael and want to make him feel better after an awkward moment. Your way of doing that is to say the world has got oversensitive. You are not malicious; you simply haven't thought about it much. If someone disagrees with you kindly, you listen. If you are lectured, you bristle.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brendan).</extracomment>
      <translation>Vous appréciez Rafael et vous voulez lui remonter le moral après un moment gênant. Votre façon de faire, c’est de dire que le monde est devenu trop susceptible. Vous n’êtes pas malveillant ; vous n’y avez simplement pas beaucoup réfléchi. Si quelqu’un vous contredit avec bienveillance, vous écoutez. Si on vous fait la leçon, vous vous braquez.</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.brief">
      <source>Time Rafael's response to the correction, in seconds, and note whose feelings the room ends up attending to. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Chronométrez la réponse de Rafael à la remarque, en secondes, et notez de qui la salle finit par ménager les sentiments. Servez-vous de la grille d’observation.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.1">
      <source>How long did Rafael's response to the correction take, and how much of it was about his own intent or feelings?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Combien de temps a duré la réponse de Rafael, et quelle part portait sur son intention ou ses sentiments ?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.2">
      <source>Did the apology include an &quot;if&quot;, a &quot;but&quot; or an explanation? Write down the exact words.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Les excuses contenaient-elles un « si », un « mais » ou une justification ? Notez les mots exacts.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.3">
      <source>After the correction, whose comfort did the room attend to: Ngozi's or Rafael's? Did Ngozi get to make the point she came with?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Après la remarque, de qui la salle s’est-elle souciée : de Ngozi ou de Rafael ? Ngozi a-t-elle pu faire la remarque qu’elle avait préparée ?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.4">
      <source>At the lifts, which of the five moves could Rafael use with Brendan: distract, delegate, document, delay, direct? Which did he use?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Devant les ascenseurs, lequel des cinq gestes Rafael pouvait-il utiliser avec Bertrand : faire diversion, déléguer, documenter, revenir après coup, intervenir directement ? Lequel a-t-il utilisé ?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.5">
      <source>Did the fix reach the product, or only the conversation?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La correction a-t-elle atteint le produit, ou seulement la conversation ?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.title">
      <source>The product review</source>
      <extracomment>Scene heading, shown on the projector (scene demo).</extracomment>
      <translation>La revue produit</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.narration">
      <source>Thursday's product review: twelve people in the room and six on the call. Rafael Herrera is demoing the new accessible-seating filter: &quot;This is going to make life so much easier for people confined to wheelchairs.&quot; Ngozi Eze, the team's accessibility specialist, raises a hand: &quot;Small thing: 'wheelchair users', please. My chair doesn't confine me; it's how I get around.&quot; A few people look down at their screens.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene demo).</extracomment>
      <translation>Revue produit du jeudi : douze personnes dans la salle et six en ligne. Rafael Herrera présente le nouveau filtre de places accessibles : « Ça va tellement simplifier la vie des personnes clouées dans un fauteuil roulant. » Ngozi Eze, la spécialiste accessibilité de l’équipe, lève la main : « Petite remarque : “personnes en fauteuil roulant”, s’il vous plaît. Mon fauteuil ne me cloue nulle part ; c’est ce qui me permet de me déplacer. » Quelques personnes baissent les yeux vers leur écran.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.notes">
      <source>Ninety seconds is plenty; the real decision takes about three seconds in life. Ask the group to notice their own first instinct before they discuss. If a participant says &quot;but that phrase is normal&quot;, don't argue the vocabulary; come back to how the correction was handled, which is the point.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene demo).</extracomment>
      <translation>Quatre-vingt-dix secondes suffisent largement ; dans la vraie vie, la décision se prend en trois secondes environ. Demandez au groupe de remarquer son propre premier réflexe avant d’en discuter. Si quelqu’un dit « mais cette expression est courante », ne débattez pas du vocabulaire ; revenez à la façon dont la remarque a été accueillie, qui est le cœur du sujet.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.prompt">
      <source>You are Rafael. Everyone is waiting. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene demo).</extracomment>
      <translation>Vous êtes Rafael. Tout le monde attend. Que faites-vous ?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.text">
      <source>&quot;Sorry if that came out wrong. I didn't mean anything by it; it's just the phrase everyone used when I was growing up.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option explain). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>« Désolé si je me suis mal exprimé. Je ne pensais pas à mal ; c’est l’expression que tout le monde employait quand j’étais petit. »</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.why">
      <source>Explaining is a natural reflex. But the &quot;if&quot; makes the apology conditional, the focus moves to your intent rather than the impact, and nothing is actually owned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option explain).</extracomment>
      <translation>Se justifier est un réflexe naturel. Mais le « si » rend les excuses conditionnelles, l’attention passe de l’effet produit à votre intention, et rien n’est vraiment assumé.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.text">
      <source>&quot;Sure, yep.&quot; Then straight on to the next slide, as fast as possible.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option brush-past). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>« Oui, d’accord. » Puis filer à la diapo suivante, au plus vite.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.why">
      <source>You accept the correction, which counts for something. But it hasn't really landed, and rushing on can look like hoping nobody noticed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option brush-past).</extracomment>
      <translation>Vous acceptez la remarque, et cela compte. Mais elle n’a pas vraiment porté, et foncer peut donner l’impression que vous espérez que personne n’a rien vu.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.text">
      <source>&quot;Oh no, I'm so sorry, Ngozi. I'm honestly mortified. I really care about this, I did the whole accessibility course last year...&quot; You keep going for a while.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option big-apology). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>« Oh non, je suis vraiment désolé, Ngozi. Franchement, j’ai honte. Ce sujet me tient à cœur, j’ai suivi toute la formation accessibilité l’an dernier… » Et vous continuez un moment.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.why">
      <source>Sincere and very human. But a long apology turns the room towards your feelings and your credentials, and leaves Ngozi reassuring you in front of eighteen people.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option big-apology).</extracomment>
      <translation>Sincère et très humain. Mais de longues excuses tournent la salle vers vos sentiments et vos références, et obligent Ngozi à vous rassurer devant dix-huit personnes.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.text">
      <source>&quot;Thanks, Ngozi. Wheelchair users. Sorry.&quot; Then carry on with the demo, using the right term.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option own-it). Shown on a phone button: keep it short, about 92 characters like the English.</extracomment>
      <translation>« Merci, Ngozi. Personnes en fauteuil roulant. Pardon. » Puis poursuivre la démo avec le bon terme.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.why">
      <source>Short, specific and without excuses: you own it, fix it and move on, which keeps the attention on the work and on Ngozi's point rather than on your embarrassment.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option own-it).</extracomment>
      <translation>Court, précis et sans vous justifier : vous assumez, vous corrigez et vous passez à la suite, ce qui garde l’attention sur le travail et sur la remarque de Ngozi plutôt que sur votre embarras.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.title">
      <source>A short pause</source>
      <extracomment>Scene heading, shown on the projector (scene explained).</extracomment>
      <translation>Un court silence</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.narration">
      <source>There is a short pause. Ngozi says, &quot;Sure,&quot; and doesn't speak again for the rest of the review. In the call chat, two people add a heart to her comment; nobody reacts to Rafael's. The demo finishes on time.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene explained).</extracomment>
      <translation>Un court silence. Ngozi dit : « D’accord », et ne reprend plus la parole de toute la revue. Dans le chat de l’appel, deux personnes ajoutent un cœur sous son commentaire ; personne ne réagit à celui de Rafael. La démo se termine à l’heure.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.notes">
      <source>If the person who chose this gets defensive (&quot;so I can't explain myself?&quot;), agree that intent matters to you, then ask what Ngozi got out of hearing about it. Keep your tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene explained).</extracomment>
      <translation>Si la personne qui a choisi cette option se braque (« Alors je n’ai pas le droit de m’expliquer ? »), reconnaissez que l’intention compte pour elle, puis demandez ce que Ngozi a gagné à l’entendre. Gardez un ton curieux, pas correcteur.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.title">
      <source>Eight minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene brushed).</extracomment>
      <translation>Huit minutes plus tard</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.narration">
      <source>The review rolls on. Eight minutes later, on the pricing slide, Rafael says &quot;confined to a wheelchair&quot; again, without noticing. This time Ngozi says nothing. She writes something in her notebook.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brushed).</extracomment>
      <translation>La revue suit son cours. Huit minutes plus tard, sur la diapo des tarifs, Rafael redit « cloué dans un fauteuil roulant », sans s’en rendre compte. Cette fois, Ngozi ne dit rien. Elle note quelque chose dans son carnet.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.notes">
      <source>This lands hard, and it is very common. Point out that a correction not absorbed tends to repeat, and that the second time costs the other person more than the first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brushed).</extracomment>
      <translation>Cela fait mal, et c’est très courant. Faites remarquer qu’une remarque qui n’a pas été intégrée a tendance à se répéter, et que la deuxième fois coûte plus cher à l’autre personne que la première.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.title">
      <source>Four minutes about Rafael</source>
      <extracomment>Scene heading, shown on the projector (scene mortified).</extracomment>
      <translation>Quatre minutes sur Rafael</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.narration">
      <source>Ngozi waits for a gap, then says, &quot;Honestly, it's fine, don't worry,&quot; and keeps smiling at Rafael until he stops. The next four minutes of the review are about how bad he feels. The feedback she came with, about step-free routes from venue entrances, never gets raised.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mortified).</extracomment>
      <translation>Ngozi attend une pause, puis dit : « Franchement, ce n’est rien, ne vous en faites pas », et continue de sourire à Rafael jusqu’à ce qu’il s’arrête. Les quatre minutes suivantes de la revue portent sur son malaise à lui. Le retour qu’elle était venue faire, sur les accès de plain-pied depuis l’entrée des salles, n’est jamais abordé.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.notes">
      <source>Ask Ngozi's role-player what she had planned to say and didn't get to. That lost point about step-free routes is the concrete cost; let it speak for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mortified).</extracomment>
      <translation>Demandez à la personne qui joue Ngozi ce qu’elle avait prévu de dire et n’a pas pu dire. Cette remarque perdue sur les accès de plain-pied est le coût concret ; laissez-la parler d’elle-même.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.title">
      <source>The demo goes on</source>
      <extracomment>Scene heading, shown on the projector (scene owned).</extracomment>
      <translation>La démo continue</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.narration">
      <source>Ngozi nods, and the demo goes on. Rafael stumbles once, catches himself, says &quot;wheelchair users&quot;, and keeps going. At the end, Ngozi raises step-free routes from venue entrances, and the team adds them to the backlog. Rafael's face stays warm for the next hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene owned).</extracomment>
      <translation>Ngozi hoche la tête, et la démo continue. Rafael bute une fois, se reprend, dit « personnes en fauteuil roulant » et poursuit. À la fin, Ngozi soulève la question des accès de plain-pied depuis l’entrée des salles, et l’équipe l’ajoute au backlog. Rafael garde les joues rouges pendant l’heure qui suit.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.notes">
      <source>Note that the discomfort didn't vanish; owning a mistake doesn't make it feel good. Ask Rafael's role-player how the stumble felt, and whether it mattered to anyone but him.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene owned).</extracomment>
      <translation>Notez que le malaise n’a pas disparu : assumer une erreur n’est pas agréable. Demandez à la personne qui joue Rafael ce qu’elle a ressenti en butant, et si cela a compté pour quelqu’un d’autre que lui.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.title">
      <source>By the lifts</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Devant les ascenseurs</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.narration">
      <source>After the review, Brendan O'Connor falls into step with Rafael on the way to the lifts. &quot;Don't let that get to you. You can't say anything these days. Ngozi's great, but she's quick off the mark.&quot; Back at his desk, Rafael searches the product spec: the phrase appears eleven times, and three of those are in customer help text that ships on Monday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Après la revue, Bertrand Collin emboîte le pas de Rafael vers les ascenseurs. « Ne te laisse pas atteindre. On ne peut plus rien dire de nos jours. Ngozi est super, mais elle démarre au quart de tour. » De retour à son bureau, Rafael fait une recherche dans les spécifications du produit : l’expression y apparaît onze fois, dont trois dans l’aide destinée aux clients, qui sort lundi.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.notes">
      <source>This is the private test. Give it two to three minutes. Brendan is reassuring, not hostile; if the group turns him into a villain, ask Brendan's role-player what he meant. Watch for participants who want Ngozi to review the spec; ask how many times this month she has been asked that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>C’est le test en privé. Comptez deux à trois minutes. Bertrand se veut rassurant, pas hostile ; si le groupe en fait un méchant, demandez à la personne qui le joue ce qu’il voulait dire. Repérez les participants qui voudraient que Ngozi relise les spécifications ; demandez combien de fois ce mois-ci on le lui a déjà demandé.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.prompt">
      <source>You are Rafael. What do you do now?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Vous êtes Rafael. Que faites-vous maintenant ?</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.text">
      <source>&quot;Ha, tell me about it.&quot; Leave the spec for now; Monday's release is already tight.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option laugh-along). Shown on a phone button: keep it short, about 82 characters like the English.</extracomment>
      <translation>« Ha, à qui le dis-tu. » Laisser les spécifications de côté ; la sortie de lundi est déjà serrée.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.why">
      <source>Laughing along eases the moment with a senior colleague. It also agrees that the correction was the problem, and the phrase ships to customers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option laugh-along).</extracomment>
      <translation>Rire avec lui détend le moment avec un collègue haut placé. Cela revient aussi à dire que le problème, c’était la remarque, et l’expression part chez les clients.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.text">
      <source>Give Brendan a non-committal &quot;Mm,&quot; and quietly fix the three help-text lines before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option let-it-pass). Shown on a phone button: keep it short, about 91 characters like the English.</extracomment>
      <translation>Répondre à Bertrand un « Mmh » évasif, et corriger discrètement les trois lignes de l’aide avant lundi.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.why">
      <source>The fix is real and it helps customers. But Brendan's framing goes unanswered, and the next person to be corrected will hear the same thing from him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option let-it-pass).</extracomment>
      <translation>La correction est réelle et elle sert les clients. Mais la façon de voir de Bertrand reste sans réponse, et la prochaine personne reprise entendra la même chose de sa part.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.text">
      <source>Post a long &quot;lesson learned&quot; thread in the company channel about your journey with inclusive language, thanking Ngozi by name for educating you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option public-reflection). Shown on a phone button: keep it short, about 144 characters like the English.</extracomment>
      <translation>Publier sur le canal de l’entreprise un long fil « leçon retenue » sur votre cheminement vers un langage inclusif, en remerciant Ngozi nommément de vous avoir éduqué.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.why">
      <source>Sharing what you learned can help others. This version puts Ngozi on display, casts her as your teacher, and makes your growth the story.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option public-reflection).</extracomment>
      <translation>Partager ce que vous avez appris peut aider d’autres personnes. Cette version expose Ngozi, lui donne le rôle de votre professeure et fait de votre évolution le sujet principal.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.text">
      <source>To Brendan: &quot;She was right, and she was kind about it. I'd rather be told than keep saying it.&quot; Then fix all eleven uses before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option set-it-straight). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>À Bertrand : « Elle avait raison, et elle l’a dit gentiment. Je préfère qu’on me le dise plutôt que de continuer. » Puis corriger les onze occurrences avant lundi.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.why">
      <source>You back the correction to a senior colleague, in private, without a lecture, and you fix your own work completely.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option set-it-straight).</extracomment>
      <translation>Vous soutenez la remarque face à un collègue haut placé, en privé, sans faire la leçon, et vous corrigez entièrement votre propre travail.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.text">
      <source>Say the same to Brendan and fix the spec. Then propose adding an inclusive-language check, based on a published disability style guide rather than on Ngozi's time, to the content review Brendan's team owns, and offer to set it up yourself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option fix-the-process). Shown on a phone button: keep it short, about 239 characters like the English.</extracomment>
      <translation>Dire la même chose à Bertrand, corriger les spécifications, puis proposer d’ajouter à la relecture des contenus de son équipe un contrôle du langage inclusif fondé sur un guide publié sur le handicap, pas sur le temps de Ngozi, et de le mettre en place vous-même.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.why">
      <source>You own the mistake, then change the process that let it ship for years, without turning Ngozi into the team's unpaid editor.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option fix-the-process).</extracomment>
      <translation>Vous assumez l’erreur, puis vous changez le processus qui l’a laissée passer pendant des années, sans faire de Ngozi la relectrice bénévole de l’équipe.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.title">
      <source>Shipped on Monday</source>
      <extracomment>Scene heading, shown on the projector (scene end-laughed).</extracomment>
      <translation>Sorti lundi</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.narration">
      <source>Brendan grins, and the lift doors close. On Monday the help text ships with the old phrase, and a customer who uses a wheelchair writes to support about it. The ticket is passed to Ngozi.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-laughed).</extracomment>
      <translation>Bertrand sourit, et les portes de l’ascenseur se referment. Lundi, l’aide sort avec l’ancienne expression, et un client en fauteuil roulant écrit au support pour le signaler. Le ticket est transmis à Ngozi.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.notes">
      <source>Pause on the last sentence. Ask the room who ended up doing the work of Rafael's mistake.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-laughed).</extracomment>
      <translation>Marquez une pause sur la dernière phrase. Demandez à la salle qui a fini par assumer le travail causé par l’erreur de Rafael.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.title">
      <source>Fixed, quietly</source>
      <extracomment>Scene heading, shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>Corrigé, discrètement</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.narration">
      <source>The help text ships correctly on Monday, and nobody outside the team knows it was ever wrong. Brendan's line about Ngozi being &quot;quick off the mark&quot; goes round the floor, though. A month later, when a new joiner uses an outdated term in stand-up, nobody corrects them.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>L’aide sort lundi, corrigée, et personne en dehors de l’équipe ne sait qu’elle a été fautive. En revanche, la phrase de Bertrand sur Ngozi qui « démarre au quart de tour » fait le tour de l’étage. Un mois plus tard, quand une nouvelle recrue emploie un terme dépassé au point quotidien, personne ne la reprend.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.title">
      <source>Forty reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-thread).</extracomment>
      <translation>Quarante réactions</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.narration">
      <source>The thread gets forty reactions and several comments praising Rafael's honesty. Ngozi receives three direct messages from colleagues asking her to check the language in their documents. She answers two, ignores the third, and tells her manager she is not the company's style guide.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-thread).</extracomment>
      <translation>Le fil récolte quarante réactions et plusieurs commentaires saluant l’honnêteté de Rafael. Ngozi reçoit trois messages privés de collègues qui lui demandent de vérifier le vocabulaire de leurs documents. Elle répond à deux, ignore le troisième et dit à sa responsable qu’elle n’est pas le guide de style de l’entreprise.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.notes">
      <source>Someone may say that modelling vulnerability is good leadership. It can be. Ask whether there was a way to share the learning that didn't name Ngozi or send work her way.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-thread).</extracomment>
      <translation>Quelqu’un dira peut-être que montrer sa vulnérabilité, c’est du bon leadership. Cela peut l’être. Demandez s’il existait une façon de partager ce qu’il a appris sans nommer Ngozi ni lui envoyer du travail.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.title">
      <source>Fair enough</source>
      <extracomment>Scene heading, shown on the projector (scene end-straight).</extracomment>
      <translation>Pas faux</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.narration">
      <source>Brendan looks surprised, then shrugs: &quot;Fair enough.&quot; The spec is fixed by Friday. Rafael slips once more the following week, in a one-to-one, corrects himself mid-sentence and carries on. By the end of the month the old phrase has gone from his vocabulary.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-straight).</extracomment>
      <translation>Bertrand a l’air surpris, puis hausse les épaules : « Pas faux. » Les spécifications sont corrigées dès vendredi. La semaine suivante, Rafael se trompe encore une fois, en entretien individuel, se corrige au milieu de sa phrase et continue. À la fin du mois, l’ancienne expression a disparu de son vocabulaire.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.title">
      <source>Another checklist</source>
      <extracomment>Scene heading, shown on the projector (scene end-process).</extracomment>
      <translation>Encore une liste de contrôle</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.narration">
      <source>Brendan grumbles about &quot;another checklist&quot;, then agrees to a trial. In the next release, the check catches two more outdated terms, neither of them Rafael's. Ngozi is asked once whether the chosen guide looks right, and is otherwise left to do her actual job.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-process).</extracomment>
      <translation>Bertrand râle contre « encore une liste de contrôle », puis accepte un essai. À la version suivante, la vérification repère deux autres termes dépassés, dont aucun n’est de Rafael. On demande une seule fois à Ngozi si le guide choisi lui paraît correct ; pour le reste, on la laisse faire son vrai travail.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.notes">
      <source>Point out that the advocate move here isn't heroic; it is a small process change that will outlast everyone's memory of Thursday's review.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-process).</extracomment>
      <translation>Faites remarquer qu’ici le geste de Moteur du changement n’a rien d’héroïque : c’est un petit changement de processus qui survivra au souvenir de la revue du jeudi.</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.1">
      <source>What did Rafael say in the first ten seconds after the correction, and what happened to Ngozi's point about step-free routes?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’a dit Rafael dans les dix secondes qui ont suivi la remarque, et qu’est devenue la remarque de Ngozi sur les accès de plain-pied ?</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.2">
      <source>What did Brendan's reassurance make easier, and for whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’est-ce que les paroles rassurantes de Bertrand ont rendu plus facile, et pour qui ?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.1">
      <source>Why is &quot;sorry if&quot; so much easier to say than &quot;sorry&quot;, and what does the difference do to the other person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi « désolé si » est-il tellement plus facile à dire que « désolé », et qu’est-ce que cette différence produit chez l’autre personne ?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.2">
      <source>What makes a long apology feel generous to the person giving it and tiring to the person receiving it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi de longues excuses paraissent-elles généreuses à la personne qui les fait et épuisantes à celle qui les reçoit ?</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.1">
      <source>Write down the exact words you will use the next time you are corrected, in ten words or fewer.</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Notez les mots exacts que vous direz la prochaine fois qu’on vous reprendra, en dix mots maximum.</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.2">
      <source>Which document, template or checklist you own could carry a phrase you would no longer say out loud?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quel document, modèle ou liste de contrôle dont vous êtes responsable pourrait contenir une expression que vous ne diriez plus à voix haute ?</translation>
    </message>
    <message id="owning-a-mistake.sources.1.title">
      <source>Workplace allyship practice: own your mistakes — apologise briefly, skip the excuses, learn and move on</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : assumer ses erreurs — s’excuser brièvement, sans se justifier, apprendre et passer à la suite</translation>
    </message>
    <message id="owning-a-mistake.sources.1.note">
      <source>Drawn from starter actions for allies on accountability, accepting feedback gracefully, and not relying on colleagues to educate you.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Tiré des pistes d’action pour les alliés sur la responsabilité, l’art d’accueillir les retours avec élégance et le fait de ne pas compter sur ses collègues pour se former.</translation>
    </message>
    <message id="promotion-criteria.title">
      <source>Ready on paper, not on &quot;presence&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Prête sur le papier, pas en « présence »</translation>
    </message>
    <message id="promotion-criteria.summary">
      <source>At a promotion calibration panel, a consultant with the strongest delivery record in the cohort is deferred for lacking &quot;executive presence&quot; and not being seen on evening calls. Her manager can argue for her, or question what the criteria are measuring, and a later framework review offers a second chance to change the process itself.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Lors d’un comité de calibrage des promotions, la consultante aux meilleurs résultats de toute la cohorte voit sa promotion reportée, faute de « présence de dirigeant » et parce qu’on ne la voit pas aux appels du soir. Son manager peut plaider pour elle, ou interroger ce que mesurent réellement les critères, et une révision ultérieure du référentiel offre une seconde chance de changer le processus lui-même.</translation>
    </message>
    <message id="promotion-criteria.content_note">
      <source>This role-play includes a consultant who cares for her father being held back from promotion for missing evening calls and lacking &quot;executive presence&quot;, despite top results.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une consultante qui s’occupe de son père et dont la promotion est reportée, malgré d’excellents résultats, parce qu’on ne la voit pas aux appels du soir et qu’elle manquerait de « présence de dirigeante ».</translation>
    </message>
    <message id="promotion-criteria.roles.marek.name">
      <source>Marek Kowalski, principal consultant and calibration panel member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marek).</extracomment>
      <translation>Marek Kowalski, consultant principal et membre du comité de calibrage</translation>
    </message>
    <message id="promotion-criteria.roles.marek.brief">
      <source>You manage Zanele and you sit on the panel. You have her client feedback in front of you, and you know why she is never on the 7pm calls: she works early hours so she can care for her father. Your own partner review is in two months, and Helen will have a say in it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marek).</extracomment>
      <translation>Vous êtes le manager de Zanele et vous siégez au comité. Vous avez sous les yeux les retours de ses clients, et vous savez pourquoi elle n’est jamais aux appels de 19 h : elle commence tôt pour pouvoir s’occuper de son père. Votre propre évaluation pour devenir associé a lieu dans deux mois, et Helen aura son mot à dire.</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.name">
      <source>Zanele Mokoena, senior consultant, candidate for manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role zanele).</extracomment>
      <translation>Zanele Mokoena, consultante senior, candidate au poste de manager</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.brief">
      <source>You led the project that saved a client £1.2m and secured its renewal. You work 7.30 to 4 and care for your father in the evenings; you have never hidden this. In client meetings you speak briefly and to the point, and clients like it. You do not want special treatment; you want your work judged as work. You are not in the calibration room, but you may be asked how the outcome lands.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role zanele).</extracomment>
      <translation>Vous avez dirigé le projet qui a fait économiser 1,2 M£ à un client et assuré le renouvellement de son contrat. Vous travaillez de 7 h 30 à 16 h et vous vous occupez de votre père le soir ; vous ne l’avez jamais caché. En réunion client, vous parlez peu et vous allez droit au but, et les clients apprécient. Vous ne voulez pas de traitement de faveur ; vous voulez que votre travail soit jugé comme du travail. Vous n’êtes pas dans la salle de calibrage, mais on pourra vous demander comment vous recevez la décision.</translation>
    </message>
    <message id="promotion-criteria.roles.helen.name">
      <source>Helen Whitfield, partner and chair of the calibration panel</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role helen).</extracomment>
      <translation>Helen Whitfield, associée et présidente du comité de calibrage</translation>
    </message>
    <message id="promotion-criteria.roles.helen.brief">
      <source>You rose through long hours and you believe &quot;presence&quot; is real: clients pay for confidence. You want calibration finished by 6pm. If you feel accused of bias you get defensive and formal. If someone asks a concrete question about how a criterion is scored, or shows you data, you engage, reluctantly at first.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role helen).</extracomment>
      <translation>Vous avez gravi les échelons à force de longues journées, et vous croyez que la « présence » existe : les clients paient pour de l’assurance. Vous voulez que le calibrage soit terminé à 18 h. Si vous vous sentez accusée de partialité, vous vous braquez et devenez très formelle. Si quelqu’un pose une question concrète sur la façon dont un critère est noté, ou vous montre des données, vous entrez dans la discussion, à contrecœur au début.</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.name">
      <source>Ifeoma Nwosu, HR business partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ifeoma).</extracomment>
      <translation>Ifeoma Nwosu, responsable RH</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.brief">
      <source>You attend calibration to keep the process fair, and you hold the ratings data. You have suspected for a while that people on flexible or part-time hours score lower on &quot;presence&quot; than on anything else, but nobody has asked you to check. If asked, you will say you can pull the data within two days.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ifeoma).</extracomment>
      <translation>Vous assistez au calibrage pour garantir l’équité du processus, et vous détenez les données d’évaluation. Vous soupçonnez depuis un moment que les personnes en horaires flexibles ou à temps partiel obtiennent de moins bonnes notes en « présence » que sur tout autre critère, mais personne ne vous a demandé de vérifier. Si on vous le demande, vous direz que vous pouvez sortir les données en deux jours.</translation>
    </message>
    <message id="promotion-criteria.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="promotion-criteria.roles.observer.brief">
      <source>Watch for the difference between arguing about a person and arguing about a rule. Use the checklist and note exact words, especially how each criterion is described.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observez la différence entre débattre d’une personne et débattre d’une règle. Utilisez la grille d’observation et notez les mots exacts, en particulier la façon dont chaque critère est décrit.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.1">
      <source>When the panel discussed Zanele, did anyone ask what &quot;executive presence&quot; actually means, or how it is scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quand le comité a parlé de Zanele, quelqu’un a-t-il demandé ce que « présence de dirigeant » veut dire concrètement, ou comment elle est notée ?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.2">
      <source>Did the conversation stay on one candidate's outcome, or move to the criteria that produced it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La conversation est-elle restée sur le cas d’une candidate, ou s’est-elle déplacée vers les critères qui l’ont produit ?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.3">
      <source>Which intervention moves did you see: distract, delegate, document, delay, direct? Asking for the data (document) and parking a decision (delay) count.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quels gestes d’intervention avez-vous vus : faire diversion, déléguer, documenter, revenir après coup, intervenir directement ? Demander les données (documenter) et mettre une décision en attente (revenir après coup) comptent.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.4">
      <source>Who asked for evidence, and who offered opinions? Write down one example of each.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qui a demandé des preuves, et qui a donné des avis ? Notez un exemple de chaque.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.5">
      <source>What did speaking up cost Marek, and who else was affected by the criteria but never discussed?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qu’est-ce que prendre la parole a coûté à Marek, et qui d’autre était touché par les critères sans que personne n’en parle ?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.title">
      <source>5.40pm, day two of calibration</source>
      <extracomment>Scene heading, shown on the projector (scene calibration).</extracomment>
      <translation>17 h 40, deuxième jour de calibrage</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.narration">
      <source>It is 5.40pm on the second day of promotion calibration, and the panel reaches Zanele Mokoena. Her delivery ratings are the highest in the cohort, and the client's feedback calls her &quot;the clearest adviser we've worked with&quot;. Helen Whitfield, chairing, taps the framework on the screen: &quot;Strong work, but she's not ready. I never see her on the evening calls, and the executive presence isn't there yet. Next cycle?&quot; Two panel members nod.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene calibration).</extracomment>
      <translation>Il est 17 h 40, deuxième jour du calibrage des promotions, et le comité arrive au cas de Zanele Mokoena. Ses évaluations de production sont les meilleures de la cohorte, et le retour du client la décrit comme « la conseillère la plus claire avec qui nous ayons travaillé ». Helen Whitfield, qui préside, tapote le référentiel affiché à l’écran : « Du bon travail, mais elle n’est pas prête. Je ne la vois jamais aux appels du soir, et la présence de dirigeante n’y est pas encore. Au prochain cycle ? » Deux membres du comité acquiescent.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.notes">
      <source>Read Helen's line as a reasonable, tired chair would, not as a villain. Give the group two minutes. Participants often split between &quot;argue for Zanele&quot; and &quot;question the criteria&quot;; that split is the point of the scenario, so name it when you reveal the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene calibration).</extracomment>
      <translation>Lisez la réplique d’Helen comme le ferait une présidente raisonnable et fatiguée, pas comme une méchante. Laissez deux minutes au groupe. Les personnes se partagent souvent entre « plaider pour Zanele » et « interroger les critères » ; ce partage est tout l’enjeu du scénario, alors nommez-le quand vous dévoilez les options.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.prompt">
      <source>You are Marek, Zanele's manager. Helen is ready to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene calibration).</extracomment>
      <translation>Vous êtes Marek, le manager de Zanele. Helen veut passer à la suite. Que faites-vous ?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.text">
      <source>Agree to defer. The criteria are in the framework, and arguing with the chair at 5.40pm rarely goes well.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option defer). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>Accepter le report. Les critères sont dans le référentiel, et contredire la présidente à 17 h 40 se passe rarement bien.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.why">
      <source>Reading the room is a real skill, and the hour is late. But the decision stands on two criteria nobody examined, and Zanele is not there to answer them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option defer).</extracomment>
      <translation>Sentir l’ambiance d’une pièce est une vraie compétence, et il est tard. Mais la décision repose sur deux critères que personne n’a examinés, et Zanele n’est pas là pour y répondre.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.text">
      <source>&quot;As everyone knows, I'm a big champion of flexible working. But fair enough, next cycle.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option flexible-champion). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>« Vous le savez, je défends beaucoup le travail flexible. Mais d’accord, au prochain cycle. »</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.why">
      <source>The line shows your values to the panel but asks for nothing. The decision and the criteria behind it stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option flexible-champion).</extracomment>
      <translation>La phrase affiche vos valeurs devant le comité, mais ne demande rien. La décision et les critères qui la fondent restent exactement où ils étaient.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.text">
      <source>&quot;Let's look at what she delivered: the £1.2m saving, the renewal and that client quote. I think she's ready now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option argue-case). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>« Regardons ce qu’elle a produit : 1,2 M£ d’économies, le renouvellement et ce retour client. Elle est prête. »</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.why">
      <source>You challenge the outcome in real time, with evidence. It may win Zanele's case, but the criteria that produced the doubt remain untouched for everyone else.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option argue-case).</extracomment>
      <translation>Vous contestez la décision sur le moment, preuves à l’appui. Cela peut faire gagner Zanele, mais les critères qui ont fait naître le doute restent intacts pour tous les autres.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.text">
      <source>&quot;Can we pause on two of these? What is 'executive presence' telling us that the client feedback isn't? And why is being on 7pm calls part of readiness? Ifeoma, do we know how these two criteria score for people on flexible hours?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option question-criteria). Shown on a phone button: keep it short, about 230 characters like the English.</extracomment>
      <translation>« On peut s’arrêter sur deux de ces critères ? Que nous dit la “présence de dirigeant” que le retour client ne dit pas ? Et pourquoi les appels de 19 h comptent-ils pour être prêt ? Ifeoma, a-t-on les notes des personnes en horaires flexibles sur ces deux critères ? »</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.why">
      <source>You question the process that produced the decision, not only this decision, and ask for data rather than opinion, at the cost of time and the chair's patience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option question-criteria).</extracomment>
      <translation>Vous interrogez le processus qui a produit la décision, pas seulement cette décision, et vous demandez des données plutôt que des avis, au prix du temps et de la patience de la présidente.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.title">
      <source>Not yet</source>
      <extracomment>Scene heading, shown on the projector (scene deferred).</extracomment>
      <translation>Pas encore</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.narration">
      <source>The panel moves on, and calibration closes at 6.15. Zanele's outcome reads: &quot;Not yet. Develop executive presence and visibility with senior stakeholders.&quot; Tidying up, Ifeoma notices that five of the eleven people deferred this cycle work flexible or part-time hours. She makes a note and does not share it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene deferred).</extracomment>
      <translation>Le comité passe à la suite, et le calibrage se termine à 18 h 15. La décision concernant Zanele indique : « Pas encore. Développer sa présence de dirigeante et sa visibilité auprès des décideurs. » En rangeant ses affaires, Ifeoma remarque que cinq des onze personnes reportées ce cycle-ci travaillent en horaires flexibles ou à temps partiel. Elle le note, et ne le partage pas.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.notes">
      <source>Ask Zanele's role-player to read the outcome line aloud and say what she would need to do differently. The answer (&quot;be on the evening calls&quot;) usually makes the point without any help from you.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene deferred).</extracomment>
      <translation>Demandez à la personne qui joue Zanele de lire la décision à voix haute et de dire ce qu’elle devrait faire différemment. La réponse (« être aux appels du soir ») suffit généralement à faire passer le message, sans votre aide.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.title">
      <source>On the record</source>
      <extracomment>Scene heading, shown on the projector (scene signalled).</extracomment>
      <translation>Pour le compte rendu</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.narration">
      <source>Helen smiles: &quot;We all are, Marek.&quot; The panel defers Zanele with the same wording. In the lift afterwards, another panel member tells Marek he was glad someone &quot;said something&quot;. Marek realises that, on the record, nothing was said at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene signalled).</extracomment>
      <translation>Helen sourit : « Nous le sommes tous, Marek. » Le comité reporte Zanele avec la même formulation. Dans l’ascenseur, un autre membre du comité dit à Marek qu’il est content que quelqu’un « ait dit quelque chose ». Marek se rend compte que, dans le compte rendu, rien n’a été dit du tout.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.notes">
      <source>Be careful here: people who choose this option usually mean well and may feel exposed. Ask what the flexible-working line made possible in the room, and what it didn't.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene signalled).</extracomment>
      <translation>Attention ici : les personnes qui choisissent cette option sont généralement bien intentionnées et peuvent se sentir exposées. Demandez ce que la phrase sur le travail flexible a rendu possible dans la pièce, et ce qu’elle n’a pas rendu possible.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.title">
      <source>One case won</source>
      <extracomment>Scene heading, shown on the projector (scene case-won).</extracomment>
      <translation>Un dossier gagné</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.narration">
      <source>Helen studies the numbers for a long moment. &quot;Fine. Promote her, but the feedback says develop presence.&quot; Zanele is promoted. Ten minutes later, the panel defers Andrés Reyes, who works four days a week, on the same two criteria, and nobody, Marek included, has his file open.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene case-won).</extracomment>
      <translation>Helen étudie les chiffres un long moment. « Bon. On la promeut, mais le retour dira : développer sa présence. » Zanele est promue. Dix minutes plus tard, le comité reporte Andrés Reyes, qui travaille quatre jours par semaine, sur les deux mêmes critères, et personne, Marek compris, n’a son dossier ouvert.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.notes">
      <source>This is the key teaching moment: the outcome was fixed, the process wasn't. Ask the room how they feel about Andrés. Don't let anyone dismiss what Marek did; winning a case matters. The question is what happens next cycle.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene case-won).</extracomment>
      <translation>C’est le moment clé : la décision a été corrigée, pas le processus. Demandez à la salle ce qu’elle ressent pour Andrés. Ne laissez personne minimiser ce qu’a fait Marek ; gagner un dossier compte. La question, c’est ce qui se passera au prochain cycle.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.title">
      <source>Parked for 48 hours</source>
      <extracomment>Scene heading, shown on the projector (scene criteria-questioned).</extracomment>
      <translation>En attente pendant 48 heures</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.narration">
      <source>Helen's jaw tightens: &quot;We are not rewriting the framework at six o'clock.&quot; Ifeoma says quietly that she can pull the data in two days, and the panel agrees to park Zanele's case and two similar ones until then. Afterwards, two colleagues message Marek: one to thank him, one to ask whether he really wanted this fight before his own partner review.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene criteria-questioned).</extracomment>
      <translation>La mâchoire d’Helen se crispe : « Nous n’allons pas réécrire le référentiel à six heures du soir. » Ifeoma dit doucement qu’elle peut sortir les données en deux jours, et le comité accepte de mettre en attente le dossier de Zanele et deux dossiers similaires d’ici là. Ensuite, deux collègues écrivent à Marek : l’un pour le remercier, l’autre pour lui demander s’il tenait vraiment à ce combat avant sa propre évaluation d’associé.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.notes">
      <source>Let Helen's role-player be annoyed; the annoyance is realistic and it is a cost. Ask Marek's role-player how the second message feels. If someone says &quot;he was right, so it doesn't matter&quot;, ask whether being right has ever protected them at review time.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene criteria-questioned).</extracomment>
      <translation>Laissez la personne qui joue Helen être agacée ; c’est réaliste, et c’est un coût. Demandez à la personne qui joue Marek ce que lui fait le second message. Si quelqu’un dit « Il avait raison, donc peu importe », demandez si avoir raison l’a déjà protégé au moment de son évaluation.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.title">
      <source>The framework review</source>
      <extracomment>Scene heading, shown on the projector (scene framework-review).</extracomment>
      <translation>La révision du référentiel</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.narration">
      <source>In October, HR opens next year's promotion framework for comment, and Ifeoma runs a review session for panel members. Helen proposes keeping &quot;executive presence&quot; and adding &quot;commercial visibility&quot;. Ifeoma puts up one slide: over three cycles, people on flexible or part-time hours scored, on average, a full point lower on presence than on any other criterion. Helen asks whether anyone objects to her proposal.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene framework-review).</extracomment>
      <translation>En octobre, les RH ouvrent aux commentaires le référentiel de promotion de l’année suivante, et Ifeoma anime une séance de révision pour les membres des comités. Helen propose de garder « présence de dirigeant » et d’ajouter « visibilité commerciale ». Ifeoma affiche une seule diapositive : sur trois cycles, les personnes en horaires flexibles ou à temps partiel ont obtenu en moyenne un point entier de moins en « présence » que sur tout autre critère. Helen demande si quelqu’un s’oppose à sa proposition.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.notes">
      <source>Give this three or four minutes; it is where the scenario earns its theme. If the group wants to argue about whether presence is &quot;real&quot;, steer them to a sharper question: what would you have to see someone do to give them a high score? Watch for participants who want to remove the criterion without replacing it; ask what the panel would use instead.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene framework-review).</extracomment>
      <translation>Prévoyez trois ou quatre minutes ; c’est là que le scénario prend tout son sens. Si le groupe veut débattre de la « réalité » de la présence, orientez-le vers une question plus précise : que faudrait-il voir quelqu’un faire pour lui donner une bonne note ? Repérez les personnes qui veulent supprimer le critère sans le remplacer ; demandez ce que le comité utiliserait à la place.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.prompt">
      <source>You are Marek. Helen is waiting for objections. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene framework-review).</extracomment>
      <translation>Vous êtes Marek. Helen attend les objections. Que faites-vous ?</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.text">
      <source>Say nothing. The framework is HR's job, and Helen chairs the panel.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option keep). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>Ne rien dire. Le référentiel, c’est le travail des RH, et Helen préside.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.why">
      <source>It is fair to feel that frameworks belong to someone else. But the data is on the screen, and silence now makes the next cycle look like the last three.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option keep).</extracomment>
      <translation>Il est légitime de penser que les référentiels relèvent de quelqu’un d’autre. Mais les données sont à l’écran, et se taire maintenant fera ressembler le prochain cycle aux trois derniers.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.text">
      <source>Fill in the anonymous feedback form afterwards, ticking &quot;partly agree&quot; on the proposed criteria.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option form). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>Remplir ensuite le formulaire anonyme, en cochant « plutôt d’accord » pour les critères proposés.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.why">
      <source>You take part, and the form is a legitimate channel. But &quot;partly agree&quot; is easy to read as agreement, and the slide never gets discussed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option form).</extracomment>
      <translation>Vous participez, et le formulaire est un canal légitime. Mais « plutôt d’accord » se lit facilement comme un accord, et la diapositive n’est jamais discutée.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.text">
      <source>&quot;Could we add 'inclusion' as a sixth value in the framework, and put it on the posters?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option add-value). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>« Et si on ajoutait “l’inclusion” comme sixième valeur du référentiel, sur les affiches ? »</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.why">
      <source>A new value is visible and easy to agree to. If nobody changes how ratings are given, the same people will score low on the same criteria.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option add-value).</extracomment>
      <translation>Une nouvelle valeur est visible et facile à approuver. Si personne ne change la façon d’attribuer les notes, les mêmes personnes auront de mauvaises notes sur les mêmes critères.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.text">
      <source>Describe, specifically, how &quot;presence&quot; and the evening calls were used in this year's calibration, and ask the group to say what each criterion is meant to predict about someone's performance as a manager.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option bring-examples). Shown on a phone button: keep it short, about 205 characters like the English.</extracomment>
      <translation>Décrire précisément comment la « présence » et les appels du soir ont servi au calibrage cette année, et demander au groupe ce que chaque critère est censé prédire des performances de quelqu’un comme manager.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.why">
      <source>You bring real cases and a precise question into the room, in front of the person who proposed the criteria, without attacking anyone's motives.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option bring-examples).</extracomment>
      <translation>Vous apportez des cas réels et une question précise dans la pièce, devant la personne qui a proposé les critères, sans mettre en cause les intentions de quiconque.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.text">
      <source>&quot;I propose we replace 'presence' with things we can observe: client feedback, how someone runs a meeting, how they develop their team. Drop out-of-hours availability entirely, ask for written evidence behind every rating, and check outcomes by working pattern and demographic group every cycle. I'll pilot it on my own panel next round.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option redesign). Shown on a phone button: keep it short, about 337 characters like the English.</extracomment>
      <translation>« Je propose de remplacer la “présence” par des choses observables : retours clients, conduite d’une réunion, développement de son équipe. Supprimons la disponibilité hors horaires, exigeons des preuves écrites pour chaque note, et vérifions les résultats par rythme de travail et par groupe démographique à chaque cycle. Je le teste sur mon propre comité au prochain tour. »</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.why">
      <source>You offer a concrete replacement, build in a check that outlasts this meeting, and put your own panel and reputation on the line to test it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option redesign).</extracomment>
      <translation>Vous proposez un remplacement concret, vous intégrez une vérification qui durera au-delà de cette réunion, et vous engagez votre propre comité et votre réputation pour le tester.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.title">
      <source>Published in bold</source>
      <extracomment>Scene heading, shown on the projector (scene end-unchanged).</extracomment>
      <translation>Publié en gras</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.narration">
      <source>The framework is published in January with &quot;executive presence&quot; and &quot;commercial visibility&quot; in bold. The next cycle's list of deferrals looks much like the last one, and two of the consultants on it leave within six months. In their exit interviews, both mention the evening calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-unchanged).</extracomment>
      <translation>Le référentiel est publié en janvier, avec « présence de dirigeant » et « visibilité commerciale » en gras. La liste des reports du cycle suivant ressemble beaucoup à la précédente, et deux des consultants qui y figurent partent dans les six mois. Lors de leur entretien de départ, tous deux évoquent les appels du soir.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.notes">
      <source>Ask the room: who in this story had the most power to change the outcome, and did they know it?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-unchanged).</extracomment>
      <translation>Demandez à la salle : qui, dans cette histoire, avait le plus de pouvoir pour changer l’issue, et le savait-il ?</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.title">
      <source>Broad support</source>
      <extracomment>Scene heading, shown on the projector (scene end-form).</extracomment>
      <translation>Un large soutien</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.narration">
      <source>The feedback form gathers forty-three responses, most of them &quot;partly agree&quot;. HR's summary describes &quot;broad support&quot;, and the framework passes unchanged. Ifeoma's slide is not shown again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-form).</extracomment>
      <translation>Le formulaire recueille quarante-trois réponses, pour la plupart « plutôt d’accord ». La synthèse des RH fait état d’un « large soutien », et le référentiel est adopté sans changement. La diapositive d’Ifeoma n’est plus jamais montrée.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.title">
      <source>A sixth value</source>
      <extracomment>Scene heading, shown on the projector (scene end-value).</extracomment>
      <translation>Une sixième valeur</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.narration">
      <source>The new value appears on posters by the lifts in February. At the next calibration, someone says &quot;inclusion&quot; twice, and the presence scores follow the same pattern as before. A consultant on flexible hours takes a photo of the poster and sends it to a friend without a caption.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-value).</extracomment>
      <translation>La nouvelle valeur apparaît en février sur des affiches près des ascenseurs. Au calibrage suivant, quelqu’un prononce deux fois le mot « inclusion », et les notes de présence suivent le même schéma qu’avant. Un consultant en horaires flexibles prend l’affiche en photo et l’envoie à un ami, sans commentaire.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.notes">
      <source>If someone defends values statements, agree that they can matter. Ask what would have to change in the calibration room for this one to mean something.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-value).</extracomment>
      <translation>Si quelqu’un défend les déclarations de valeurs, convenez qu’elles peuvent compter. Demandez ce qui devrait changer dans la salle de calibrage pour que celle-ci veuille dire quelque chose.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.title">
      <source>A second session</source>
      <extracomment>Scene heading, shown on the projector (scene end-evidence).</extracomment>
      <translation>Une deuxième séance</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.narration">
      <source>The examples make the room uncomfortable. Helen says she doesn't recognise the picture, then, after a pause, asks Ifeoma to break the data down by team. The wording of &quot;presence&quot; is tightened and evening availability is removed from the guidance. It is a partial change, and it takes a second session nobody had planned for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-evidence).</extracomment>
      <translation>Les exemples mettent la salle mal à l’aise. Helen dit qu’elle ne reconnaît pas le tableau, puis, après un silence, demande à Ifeoma de ventiler les données par équipe. La définition de la « présence » est resserrée, et la disponibilité le soir est retirée des consignes. C’est un changement partiel, et il faut une deuxième séance que personne n’avait prévue.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.title">
      <source>The pilot</source>
      <extracomment>Scene heading, shown on the projector (scene end-pilot).</extracomment>
      <translation>Le test</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.narration">
      <source>Helen is sceptical but agrees to the pilot, &quot;on your panel, not mine&quot;. Next cycle, Marek's panel writes evidence for every rating, takes twice as long, and promotes two people on flexible hours whose files show the work. His own partner review notes that he &quot;spends a lot of energy on process&quot;. When Ifeoma shares the pilot's results, Helen asks to try it on her panel too.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pilot).</extracomment>
      <translation>Helen est sceptique, mais accepte le test, « dans ton comité, pas dans le mien ». Au cycle suivant, le comité de Marek rédige des preuves pour chaque note, met deux fois plus de temps, et promeut deux personnes en horaires flexibles dont les dossiers montrent le travail accompli. Sa propre évaluation d’associé note qu’il « consacre beaucoup d’énergie aux processus ». Quand Ifeoma partage les résultats du test, Helen demande à l’essayer aussi dans son comité.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.notes">
      <source>Point out the cost in Marek's review. Advocacy is not free, even when it works. Ask the group whether they would still choose it knowing that line would appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pilot).</extracomment>
      <translation>Soulignez le coût dans l’évaluation de Marek. Être moteur du changement n’est pas gratuit, même quand ça marche. Demandez au groupe s’il ferait encore ce choix en sachant que cette phrase apparaîtrait.</translation>
    </message>
    <message id="promotion-criteria.debrief.what.1">
      <source>What did &quot;executive presence&quot; and evening availability end up measuring in Zanele's case?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’ont fini par mesurer la « présence de dirigeant » et la disponibilité le soir dans le cas de Zanele ?</translation>
    </message>
    <message id="promotion-criteria.debrief.what.2">
      <source>On our path, was the outcome challenged, the process, both, or neither?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Sur notre parcours, a-t-on contesté la décision, le processus, les deux, ou rien ?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.1">
      <source>Why does winning one person's case feel like success, even when the rule that created the problem stays?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi gagner le dossier d’une personne ressemble-t-il à une réussite, même quand la règle qui a créé le problème demeure ?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.2">
      <source>Who pays for criteria that reward visibility and long hours, and who never notices them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Qui paie le prix des critères qui récompensent la visibilité et les longues journées, et qui ne les remarque jamais ?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.1">
      <source>Pick one criterion in a process you take part in (hiring, promotion, reviews). What would you have to see someone do to score highly on it?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Choisissez un critère dans un processus auquel vous participez (recrutement, promotion, évaluations). Que faudrait-il voir quelqu’un faire pour obtenir une bonne note sur ce critère ?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.2">
      <source>What data could you ask for, this quarter, to find out who that criterion favours?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quelles données pourriez-vous demander, ce trimestre, pour savoir qui ce critère favorise ?</translation>
    </message>
    <message id="promotion-criteria.sources.1.title">
      <source>Workplace allyship practice: challenge the process that produces an outcome, not only the outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : contester le processus qui produit un résultat, pas seulement le résultat</translation>
    </message>
    <message id="promotion-criteria.sources.1.note">
      <source>Drawn from writing on systemic allyship that urges asking what promotion criteria really reward, and examining promotion data by group for patterns.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Tiré d’écrits sur l’allyship systémique qui invitent à se demander ce que récompensent vraiment les critères de promotion, et à examiner les données de promotion par groupe pour y repérer des tendances.</translation>
    </message>
    <message id="pronouns-and-language.title">
      <source>Morning, guys, this is Kai</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Salut les gars, je vous présente Kai</translation>
    </message>
    <message id="pronouns-and-language.summary">
      <source>At a client kick-off, a well-meaning project manager misgenders a colleague who uses they/them, then makes a show of apologising. The group decides what a teammate on the call does, and how they answer when the project manager asks for advice the next day.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Lors d’un lancement de projet avec un client, une cheffe de projet bien intentionnée se trompe de pronom en parlant d’une personne de l’équipe qui utilise « iel », puis en fait des tonnes en s’excusant. Le groupe décide de ce que fait un coéquipier présent sur l’appel, puis de ce qu’il répond quand la cheffe de projet lui demande conseil le lendemain.</translation>
    </message>
    <message id="pronouns-and-language.content_note">
      <source>This role-play includes a colleague who uses they/them being misgendered in front of a client, an apology that turns into a show, and their pronoun being called bad grammar.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une personne de l’équipe qui utilise « iel », désignée par le mauvais pronom devant un client, des excuses qui tournent au spectacle, et son pronom qualifié de faute de grammaire.</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.name">
      <source>Kai Nakamura-Reyes, user researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kai).</extracomment>
      <translation>Kai Nakamura-Reyes, spécialiste de la recherche utilisateur</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.brief">
      <source>You updated your pronouns to they/them three months ago, in your email signature and your chat profile, and told the team in a short message. Most people have adjusted. Being misgendered in front of a client, then having the apology turn into a performance, is exhausting; you say &quot;no worries&quot; because you have a research plan to present. What you want is for people to just get it right and move on.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kai).</extracomment>
      <translation>Il y a trois mois, vous avez indiqué « iel » comme pronom dans votre signature d’e-mail et votre profil de messagerie, et vous l’avez annoncé à l’équipe dans un court message. La plupart des gens s’y sont faits. Qu’on se trompe de pronom à votre sujet devant un client, puis que les excuses tournent au spectacle, c’est épuisant ; vous répondez « pas de souci » parce que vous avez un plan de recherche à présenter. Ce que vous voulez, c’est que les gens le disent correctement et passent à la suite.</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.name">
      <source>Brenda Coughlan, senior project manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brenda).</extracomment>
      <translation>Brigitte Caron, cheffe de projet senior</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.brief">
      <source>You have known Kai for five years and you are fond of them. You find the new pronoun hard; it feels grammatically odd to you and you worry about getting it wrong, which makes you get it wrong more. &quot;Guys&quot; is just how you greet people. If someone gives you practical, kind advice, you take it; if you feel lectured, you get flustered and defensive.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brenda).</extracomment>
      <translation>Vous connaissez Kai depuis cinq ans et vous l’appréciez beaucoup. Vous avez du mal avec ce nouveau pronom ; il vous paraît grammaticalement bizarre et vous avez peur de vous tromper, ce qui vous fait vous tromper davantage. « Salut les gars », c’est votre façon de dire bonjour. Si quelqu’un vous donne un conseil pratique et bienveillant, vous le suivez ; si vous avez l’impression qu’on vous fait la leçon, vous perdez vos moyens et vous vous braquez.</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.name">
      <source>Hannah Lindqvist, client programme manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hannah).</extracomment>
      <translation>Hannah Lindqvist, directrice de programme côté client</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.brief">
      <source>You are the client. You noticed the slip and the fuss and you felt awkward on Kai's behalf. You follow the lead of whoever sounds confident: if someone on the supplier side uses &quot;they&quot; naturally, you do the same.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hannah).</extracomment>
      <translation>Vous êtes la cliente. Vous avez remarqué l’erreur et tout le cinéma qui a suivi, et vous vous êtes sentie gênée pour Kai. Vous suivez l’exemple de la personne qui paraît la plus assurée : si quelqu’un côté prestataire dit « iel » naturellement, vous faites de même.</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.brief">
      <source>Listen for every pronoun used about Kai and every greeting used for the group. Note who corrects, how, and how long it takes. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Relevez chaque pronom employé pour parler de Kai et chaque formule utilisée pour saluer le groupe. Notez qui corrige, comment, et en combien de temps. Servez-vous de la grille d’observation.</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.1">
      <source>Count the pronouns used about Kai. How many were right, and who got them right?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Comptez les pronoms employés pour parler de Kai. Combien étaient corrects, et qui les a employés correctement ?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it keep the spotlight off Kai?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lequel des cinq gestes d’intervention (faire diversion, déléguer, documenter, revenir après coup, intervenir directement) la personne qui répond a-t-elle utilisé, et a-t-il évité de braquer les projecteurs sur Kai ?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.3">
      <source>Did the responder correct by example (simply using &quot;they&quot;) or by drawing attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La personne qui répond a-t-elle corrigé par l’exemple (en disant simplement « iel ») ou en attirant l’attention ?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.4">
      <source>Did anyone ask Kai what, if anything, they wanted done?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il demandé à Kai ce qu’iel souhaitait qu’on fasse, le cas échéant ?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.5">
      <source>When Brenda asked for help, was the advice practical, or a judgement?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quand Brigitte a demandé de l’aide, le conseil était-il pratique, ou était-ce un jugement ?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.title">
      <source>Monday, client kick-off call</source>
      <extracomment>Scene heading, shown on the projector (scene kick-off).</extracomment>
      <translation>Lundi, lancement du projet avec le client</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.narration">
      <source>Brenda opens the call: &quot;Morning, guys! Lovely to see you all. This is Kai, she's leading the research. Sorry, they! They. Gosh, I'm going to get myself in trouble, aren't I?&quot; She laughs for a few seconds too long. Hannah smiles uncertainly. Kai says, &quot;No worries,&quot; and shares their screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene kick-off).</extracomment>
      <translation>Brigitte ouvre l’appel : « Salut les gars ! Ravie de vous voir. Je vous présente Kai, elle pilote la recherche. Pardon, iel ! Iel. Mon Dieu, je vais me faire taper sur les doigts, hein ? » Elle rit quelques secondes de trop. Hannah sourit d’un air incertain. Kai dit « Pas de souci » et partage son écran.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.notes">
      <source>Read Brenda's line with real warmth; she is not hostile, she is flustered. Some participants may start debating pronouns themselves. Acknowledge that people are at different points, and bring the room back to the question: what does Kai need in the next five minutes? Do not let the discussion turn into a debate about Kai's identity.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene kick-off).</extracomment>
      <translation>Lisez la réplique de Brigitte avec une vraie chaleur : elle n’est pas hostile, elle perd ses moyens. Certains participants voudront peut-être débattre eux-mêmes des pronoms. Reconnaissez que chacun en est à un point différent, et ramenez la salle à la question : de quoi Kai a-t-iel besoin dans les cinq minutes qui viennent ? Ne laissez pas la discussion tourner au débat sur l’identité de Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.prompt">
      <source>You are the project's lead developer, on the call. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene kick-off).</extracomment>
      <translation>Vous êtes le développeur principal ou la développeuse principale du projet, présent sur l’appel. Que faites-vous ?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.text">
      <source>Nothing. Kai said &quot;no worries&quot;, and Brenda already corrected herself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option carry-on). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>Rien. Kai a dit « pas de souci », et Brigitte s’est déjà corrigée.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.why">
      <source>Not adding to the awkwardness is a reasonable instinct, and it leaves the client with two versions of Kai's pronouns and no cue about which one to use.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option carry-on).</extracomment>
      <translation>Ne pas ajouter à la gêne est un réflexe raisonnable, mais la cliente se retrouve avec deux versions du pronom de Kai et aucun indice sur celle à employer.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.text">
      <source>After the call, message Kai: &quot;Sorry about Brenda, that was awkward. She means well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option sorry-afterwards). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Après l’appel, écrire à Kai : « Désolé pour Brigitte, c’était gênant. Elle ne pense pas à mal. »</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.why">
      <source>Acknowledging it privately shows you noticed, though &quot;she means well&quot; asks Kai to make allowances, and the client saw nothing different.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option sorry-afterwards).</extracomment>
      <translation>Le reconnaître en privé montre que vous l’avez remarqué, mais « elle ne pense pas à mal » demande à Kai de faire preuve d’indulgence, et la cliente n’a rien vu de différent.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.text">
      <source>Add your own pronouns to your display name during the call and post in the chat: &quot;Pronouns matter! Let's all add ours.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option flag-and-chat). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Ajouter vos pronoms à votre nom affiché pendant l’appel et écrire dans le chat : « Les pronoms, ça compte ! Ajoutons tous les nôtres. »</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.why">
      <source>Sharing pronouns can be a good norm, but launched right after the slip it points every eye back at Kai, in front of a client.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option flag-and-chat).</extracomment>
      <translation>Partager ses pronoms peut être une bonne habitude, mais lancé juste après l’erreur, cela ramène tous les regards sur Kai, devant une cliente.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.text">
      <source>When you speak, use Kai's pronouns naturally: &quot;Kai's plan is solid; they've already booked the first interviews, so I'll follow their timeline.&quot; No comment on the slip.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option use-they). Shown on a phone button: keep it short, about 168 characters like the English.</extracomment>
      <translation>Quand vous prenez la parole, employer naturellement le pronom de Kai : « Le plan de Kai est solide ; iel a déjà calé les premiers entretiens, je vais suivre son calendrier. » Sans commenter l’erreur.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.why">
      <source>It corrects by example, gives the client a clear cue, and keeps the focus on Kai's work rather than on the mistake.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option use-they).</extracomment>
      <translation>Vous corrigez par l’exemple, vous donnez à la cliente un repère clair et l’attention reste sur le travail de Kai plutôt que sur l’erreur.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene both-versions).</extracomment>
      <translation>La suite de l’appel</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.narration">
      <source>Later in the call, Hannah asks, &quot;Could she send the plan over, or should I ask — sorry, could they?&quot; and looks at Brenda, who says &quot;Either, ha.&quot; Kai answers the question about the plan and says nothing else for the remaining half hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene both-versions).</extracomment>
      <translation>Plus tard dans l’appel, Hannah demande : « Est-ce qu’elle pourrait m’envoyer le plan, ou je devrais demander — pardon, est-ce qu’iel pourrait ? » et se tourne vers Brigitte, qui répond : « Les deux, ha ! » Kai répond à la question sur le plan et ne dit plus rien pendant la demi-heure qui reste.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.notes">
      <source>Notice the ripple: uncertainty spreads to the client. Keep moving; the second decision gives this path another opening.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene both-versions).</extracomment>
      <translation>Remarquez l’effet de contagion : l’incertitude gagne la cliente. Avancez ; le second point de décision offre une nouvelle ouverture à ce parcours.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.title">
      <source>A reply</source>
      <extracomment>Scene heading, shown on the projector (scene private-sympathy).</extracomment>
      <translation>Une réponse</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.narration">
      <source>Kai replies: &quot;Thanks. I know she does.&quot; A minute later: &quot;It would just be nice if people got it right without the show.&quot; You read it twice and leave it on read.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-sympathy).</extracomment>
      <translation>Kai répond : « Merci. Je sais bien. » Une minute plus tard : « Ce serait juste bien que les gens le disent correctement, sans en faire tout un spectacle. » Vous le lisez deux fois et vous laissez le message en « vu ».</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.notes">
      <source>Ask what the second message is asking for, and who it is really addressed to. The next scene gives the responder a chance to act on it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-sympathy).</extracomment>
      <translation>Demandez ce que demande le second message, et à qui il s’adresse vraiment. La scène suivante donne à la personne qui répond l’occasion d’y donner suite.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.title">
      <source>The chat</source>
      <extracomment>Scene heading, shown on the projector (scene spotlight).</extracomment>
      <translation>Le chat</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.narration">
      <source>Three people on your side add pronouns; Hannah hesitates, then adds hers. Brenda types, &quot;Such a good idea!! Sorry again Kai!!&quot; Kai's camera goes off for the next ten minutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene spotlight).</extracomment>
      <translation>Trois personnes de votre côté ajoutent leurs pronoms ; Hannah hésite, puis ajoute les siens. Brigitte tape : « Super idée !! Encore pardon, Kai !! » La caméra de Kai reste coupée pendant les dix minutes suivantes.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.notes">
      <source>Participants who chose this often do care about pronoun norms. Agree that the norm can be valuable, then ask about timing and about whose comfort the moment served.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene spotlight).</extracomment>
      <translation>Les personnes qui ont choisi cette option tiennent souvent vraiment à l’usage des pronoms. Reconnaissez que cette habitude peut être précieuse, puis interrogez le choix du moment et le confort de qui ce geste a servi.</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>La suite de l’appel</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.narration">
      <source>Hannah picks it up within a minute: &quot;Great, I'll send them our user list today.&quot; Brenda gets it right for the rest of the call, a little carefully. Afterwards Kai sends you a single line: &quot;Thanks for that.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Hannah suit dans la minute : « Parfait, iel aura notre liste d’utilisateurs aujourd’hui. » Brigitte emploie le bon pronom jusqu’à la fin de l’appel, avec un peu d’application. Ensuite, Kai vous envoie une seule ligne : « Merci pour ça. »</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.notes">
      <source>Draw out how little this cost and how much it did. Then ask: did it help Brenda, long term? It leads into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Faites ressortir le peu que cela a coûté et tout ce que cela a produit. Puis demandez : est-ce que cela aide Brigitte, à long terme ? Cela amène le point de décision suivant.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.title">
      <source>Tuesday, a message from Brenda</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-asks).</extracomment>
      <translation>Mardi, un message de Brigitte</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.narration">
      <source>Brenda messages you: &quot;Can I ask you something without being judged? Was I awful yesterday with Kai? I honestly find the 'they' thing hard, it feels like bad grammar. And is 'guys' really a problem now? I've said it my whole life.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-asks).</extracomment>
      <translation>Brigitte vous écrit : « Je peux te demander un truc sans que tu me juges ? J’ai été horrible hier avec Kai ? Franchement, ce “iel”, j’ai du mal, ça me fait l’effet d’une faute de grammaire. Et “les gars”, c’est vraiment un problème maintenant ? Je l’ai dit toute ma vie. »</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.notes">
      <source>Have the person playing Brenda read this sincerely. Some participants share Brenda's feelings and will be watching how she is treated; model respect for her in your own language. Ask responders to write their reply before seeing the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-asks).</extracomment>
      <translation>Demandez à la personne qui joue Brigitte de lire ce message sincèrement. Certains participants partagent ce que ressent Brigitte et observeront la façon dont on la traite ; montrez du respect pour elle dans votre propre langage. Demandez aux personnes qui répondent d’écrire leur réponse avant de voir les options.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.prompt">
      <source>Brenda has asked you directly and privately. How do you reply?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene brenda-asks).</extracomment>
      <translation>Brigitte vous a posé la question directement, en privé. Que lui répondez-vous ?</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.text">
      <source>&quot;Don't worry about it, everyone slips up. And 'guys' is fine, nobody minds.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option everyone-slips). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>« Ne t’en fais pas, tout le monde se trompe. Et “les gars”, ça va, ça ne gêne personne. »</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.why">
      <source>Comforting a colleague comes naturally, and it tells her nothing needs to change.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option everyone-slips).</extracomment>
      <translation>Réconforter une collègue vient naturellement, et cela lui dit que rien n’a besoin de changer.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.text">
      <source>&quot;I think Kai would appreciate it if you tried a bit harder.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option try-harder). Shown on a phone button: keep it short, about 60 characters like the English.</extracomment>
      <translation>« Je pense que Kai apprécierait que tu fasses un peu plus d’efforts. »</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.why">
      <source>It is true but vague; Brenda already feels she is trying and has nothing new to try.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option try-harder).</extracomment>
      <translation>C’est vrai mais flou : Brigitte a déjà l’impression de faire des efforts et n’a rien de nouveau à essayer.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.text">
      <source>&quot;Maybe post something supportive in the Pride channel? People will see you're on board.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option pride-post). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>« Poste peut-être un message de soutien sur le canal du réseau LGBT+ ? On verra que tu es partante. »</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.why">
      <source>It offers her a visible gesture instead of a change in habit, and Kai still gets misgendered on Monday.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option pride-post).</extracomment>
      <translation>Vous lui proposez un geste visible à la place d’un changement d’habitude, et lundi on se trompe encore de pronom pour Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.text">
      <source>&quot;Not awful, but the apology was bigger than the slip. Practise 'they' for Kai when they're not around; if you slip, correct and carry on, no apology speech. For groups, 'everyone' or 'folks' works. Want me to give you a quiet nudge if I hear it?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option practical-help). Shown on a phone button: keep it short, about 246 characters like the English.</extracomment>
      <translation>« Pas horrible, mais les excuses étaient plus grosses que l’erreur. Entraîne-toi à dire “iel” pour Kai en son absence ; si tu te trompes, corrige et continue, sans discours. Pour un groupe, “tout le monde” marche bien. Je te fais signe discrètement si je l’entends ? »</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.why">
      <source>Kind and concrete: it treats the change as a habit she can build, and offers support rather than judgement.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option practical-help).</extracomment>
      <translation>Bienveillant et concret : vous présentez le changement comme une habitude qu’elle peut prendre, et vous proposez un soutien plutôt qu’un jugement.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.text">
      <source>Give the same practical answer, then suggest that the team's kick-off template starts with optional name-and-pronoun introductions from everyone, so it never falls to Kai to raise it again.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option intro-norm). Shown on a phone button: keep it short, about 189 characters like the English.</extracomment>
      <translation>Donner la même réponse pratique, puis suggérer que le modèle de lancement de projet de l’équipe commence par un tour de présentation, prénom et pronoms facultatifs, pour que ce ne soit plus jamais à Kai d’en parler.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.why">
      <source>You help Brenda and change the routine, making inclusive introductions the default while keeping them optional for anyone not ready to share.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option intro-norm).</extracomment>
      <translation>Vous aidez Brigitte et vous changez la routine : les présentations inclusives deviennent la norme, tout en restant facultatives pour qui n’est pas prêt à partager.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene same-again).</extracomment>
      <translation>Deux semaines plus tard</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.narration">
      <source>At the next client call, Brenda says &quot;she&quot; twice and &quot;guys&quot; six times. She does not apologise this time, which is somehow worse. Kai asks the resourcing manager whether there is room on another project.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene same-again).</extracomment>
      <translation>À l’appel client suivant, Brigitte dit « elle » deux fois et « les gars » six fois. Cette fois, elle ne s’excuse pas, ce qui est presque pire. Kai demande au responsable des affectations s’il y a de la place sur un autre projet.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.notes">
      <source>Let this one sit. Ask what &quot;nobody minds&quot; assumed about who was in the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene same-again).</extracomment>
      <translation>Laissez ce moment s’installer. Demandez ce que « ça ne gêne personne » supposait sur les personnes présentes.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene more-anxious).</extracomment>
      <translation>Deux semaines plus tard</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.narration">
      <source>Brenda becomes visibly anxious around Kai and starts avoiding pronouns altogether, saying &quot;Kai&quot; in every sentence. It is better than before, but stiff. Kai tells a friend it is like being handled with oven gloves.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene more-anxious).</extracomment>
      <translation>Brigitte devient visiblement anxieuse avec Kai et se met à éviter complètement les pronoms, en répétant « Kai » à chaque phrase. C’est mieux qu’avant, mais raide. Kai confie à une amie que c’est comme se faire manipuler avec des gants de cuisine.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.notes">
      <source>A good example of well-meant but vague feedback. Ask what specific advice would have given Brenda somewhere to go.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene more-anxious).</extracomment>
      <translation>Un bon exemple de retour bien intentionné mais flou. Demandez quel conseil précis aurait donné à Brigitte une direction à suivre.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene post-and-slip).</extracomment>
      <translation>Deux semaines plus tard</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.narration">
      <source>Brenda's post in the Pride channel gets thirty reactions. On the next client call she misgenders Kai once, and apologises at length again. Kai replies to the post with a polite thumbs-up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene post-and-slip).</extracomment>
      <translation>Le message de Brigitte sur le canal du réseau LGBT+ récolte trente réactions. À l’appel client suivant, elle se trompe une fois de pronom pour Kai, et s’excuse de nouveau longuement. Kai répond au message par un pouce levé poli.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.notes">
      <source>Contrast the public post with the private call. Ask the group which one Kai will remember.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene post-and-slip).</extracomment>
      <translation>Mettez en regard le message public et l’appel privé. Demandez au groupe lequel des deux Kai retiendra.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-practises).</extracomment>
      <translation>Deux semaines plus tard</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.narration">
      <source>Brenda tells you she has been practising in the car, &quot;which is ridiculous, but it works&quot;. She slips once on the next call, says &quot;they, sorry&quot; and carries on in the same breath. She opens the next meeting with &quot;Morning, everyone.&quot; Kai has stopped bracing at the start of calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-practises).</extracomment>
      <translation>Brigitte vous raconte qu’elle s’entraîne en voiture, « c’est ridicule, mais ça marche ». Elle se trompe une fois à l’appel suivant, dit « iel, pardon » et continue dans le même souffle. Elle ouvre la réunion suivante par « Bonjour tout le monde ». Kai ne se crispe plus en début d’appel.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.notes">
      <source>Point out that progress here is imperfect and still real. Ask what made it possible for Brenda to accept the advice.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-practises).</extracomment>
      <translation>Faites remarquer que le progrès est ici imparfait, mais bien réel. Demandez ce qui a permis à Brigitte d’accepter le conseil.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene template-norm).</extracomment>
      <translation>Deux semaines plus tard</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.narration">
      <source>The new kick-off template goes out with an optional introductions slide. One senior engineer complains it is &quot;a bit much&quot;; most people add a line and move on. At the next kick-off, the client's own lead introduces himself with his pronouns, and nobody looks at Kai.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene template-norm).</extracomment>
      <translation>Le nouveau modèle de lancement de projet est diffusé avec une diapo de présentation facultative. Un ingénieur senior trouve que c’est « un peu too much » ; la plupart des gens ajoutent une ligne et passent à autre chose. Au lancement suivant, le responsable côté client se présente lui-même avec ses pronoms, et personne ne regarde Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.notes">
      <source>Stress that optional matters: forcing people to declare pronouns can harm those still working things out. Ask who else benefits from a default like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene template-norm).</extracomment>
      <translation>Insistez sur le caractère facultatif : obliger les gens à déclarer leurs pronoms peut nuire à celles et ceux qui sont encore en questionnement. Demandez qui d’autre profite d’une norme comme celle-ci.</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.1">
      <source>How many times was Kai misgendered, and what happened to the conversation each time?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Combien de fois s’est-on trompé de pronom pour Kai, et qu’est-il arrivé à la conversation à chaque fois ?</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.2">
      <source>What did Hannah, the client, take her cue from?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Sur qui Hannah, la cliente, a-t-elle pris exemple ?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.1">
      <source>Why can a long apology land worse than the original slip?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi de longues excuses peuvent-elles faire plus mal que l’erreur de départ ?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.2">
      <source>When a colleague says something is hard for them, how do you respect that and still ask for the change?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quand un ou une collègue dit que quelque chose lui est difficile, comment le respecter tout en demandant le changement ?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.1">
      <source>Which group greeting do you use most, and what would you replace it with?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Quelle formule utilisez-vous le plus pour saluer un groupe, et par quoi la remplaceriez-vous ?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.2">
      <source>If a colleague asked you Brenda's question tomorrow, what two practical tips would you give?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Si un ou une collègue vous posait demain la question de Brigitte, quels deux conseils pratiques lui donneriez-vous ?</translation>
    </message>
    <message id="pronouns-and-language.sources.1.title">
      <source>Workplace allyship practice: use inclusive language and colleagues' correct pronouns</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : employer un langage inclusif et les bons pronoms pour ses collègues</translation>
    </message>
    <message id="pronouns-and-language.sources.2.title">
      <source>Workplace allyship practice: own a mistake with a short, sincere apology</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : assumer une erreur par des excuses courtes et sincères</translation>
    </message>
    <message id="rainbow-logo.title">
      <source>A rainbow on the logo, and page 14 of the benefits booklet</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Un arc-en-ciel sur le logo, et la page 14 du livret des avantages</translation>
    </message>
    <message id="rainbow-logo.summary">
      <source>A retailer's Pride month campaign is ready to go: a rainbow logo, posts and free T-shirts. The staff Pride network has asked for something else first, because the company's own health cover still excludes gender-affirming care and defines a partner as someone of the opposite sex. The marketing director decides twice: at the campaign sign-off and at the benefits renewal.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>La campagne d’une enseigne pour le mois des Fiertés est prête à partir : un logo arc-en-ciel, des publications et des tee-shirts offerts. Le réseau Pride des salariés a d’abord demandé autre chose, parce que la couverture santé de l’entreprise exclut toujours les soins d’affirmation de genre et définit un partenaire comme une personne du sexe opposé. La directrice marketing décide deux fois : à la validation de la campagne et au renouvellement du contrat d’assurance.</translation>
    </message>
    <message id="rainbow-logo.content_note">
      <source>This role-play includes a company's health cover excluding gender-affirming care and same-sex partners, and a debate over whether changing that is worth the cost.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une couverture santé d’entreprise qui exclut les soins d’affirmation de genre et les partenaires de même sexe, et un débat pour savoir si la changer vaut ce que cela coûte.</translation>
    </message>
    <message id="rainbow-logo.roles.hana.name">
      <source>Hana Kobayashi, Marketing Director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hana).</extracomment>
      <translation>Hana Kobayashi, directrice marketing</translation>
    </message>
    <message id="rainbow-logo.roles.hana.brief">
      <source>You are straight and cisgender, and you genuinely want the company to show up for Pride. You hold a £40,000 budget for June and sit on the executive team. A colleague forwarded you Kit's message this morning; you agree with it, and you also know the campaign assets are finished and the agency has been paid.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hana).</extracomment>
      <translation>Vous êtes hétérosexuelle et cisgenre, et vous voulez sincèrement que l’entreprise soit présente pour les Fiertés. Vous gérez un budget de 40 000 £ pour juin et vous siégez au comité exécutif. Ce matin, un collègue vous a transféré le message de Kit ; vous êtes d’accord avec lui, et vous savez aussi que les visuels de la campagne sont terminés et que l’agence a été payée.</translation>
    </message>
    <message id="rainbow-logo.roles.kit.name">
      <source>Kit Adebayo (he/him), payroll specialist and co-lead of the Pride network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kit).</extracomment>
      <translation>Kit Adebayo (il/lui), gestionnaire de paie et co-animateur du réseau Pride</translation>
    </message>
    <message id="rainbow-logo.roles.kit.brief">
      <source>You raised the health-cover gaps in last year's staff survey and in a meeting with Reward, and nothing moved. You are not against a rainbow; you are against a rainbow on its own. You do not want to be the face of the campaign. If someone asks what the network wants, answer plainly: fix the partner definition (it costs nothing) and cost the care exclusion before the September renewal.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kit).</extracomment>
      <translation>Vous avez signalé les lacunes de la couverture santé dans l’enquête interne de l’an dernier et lors d’une réunion avec le service Rémunération et avantages, et rien n’a bougé. Vous n’êtes pas contre un arc-en-ciel ; vous êtes contre un arc-en-ciel tout seul. Vous ne voulez pas être le visage de la campagne. Si quelqu’un demande ce que veut le réseau, répondez simplement : corriger la définition du partenaire (cela ne coûte rien) et chiffrer la levée de l’exclusion des soins avant le renouvellement de septembre.</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.name">
      <source>Nadia Petrova, social media lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nadia).</extracomment>
      <translation>Nadia Petrova, responsable des réseaux sociaux</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.brief">
      <source>You built this campaign over six weeks and you are proud of it; your brother is gay and Pride matters to you. If the campaign is paused you feel, at first, that you are being accused of something. If you are asked for ideas rather than told off, you have good ones, including how to talk about a policy change in public.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nadia).</extracomment>
      <translation>Vous avez construit cette campagne pendant six semaines et vous en êtes fière ; votre frère est gay et les Fiertés comptent pour vous. Si la campagne est suspendue, vous avez d’abord l’impression qu’on vous reproche quelque chose. Si on vous demande des idées au lieu de vous faire la leçon, vous en avez de bonnes, y compris sur la façon de parler publiquement d’un changement de politique.</translation>
    </message>
    <message id="rainbow-logo.roles.colm.name">
      <source>Colm Doherty, Head of Reward</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role colm).</extracomment>
      <translation>Colm Doherty, responsable Rémunération et avantages</translation>
    </message>
    <message id="rainbow-logo.roles.colm.brief">
      <source>You are not against changing the cover; you have been told to hold benefit costs flat this year. Adding gender-affirming care would cost roughly £30,000 a year, and the insurer will only change terms at the September renewal. The partner wording, you privately admit, could be fixed in a fortnight at no cost. Answer questions honestly; do not volunteer the cheap fix unless someone separates the two issues.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role colm).</extracomment>
      <translation>Vous n’êtes pas contre une modification de la couverture ; on vous a demandé de maintenir le coût des avantages au même niveau cette année. Ajouter les soins d’affirmation de genre coûterait environ 30 000 £ par an, et l’assureur ne modifie les conditions qu’au renouvellement de septembre. La définition du partenaire, vous l’admettez en privé, pourrait être corrigée en quinze jours, sans frais. Répondez honnêtement aux questions ; ne proposez pas de vous-même la solution peu coûteuse, sauf si quelqu’un distingue les deux sujets.</translation>
    </message>
    <message id="rainbow-logo.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="rainbow-logo.roles.observer.brief">
      <source>Watch who gets to speak about the policy, and who speaks about the campaign. Use the checklist and write down exact phrases.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observez qui peut parler de la politique, et qui parle de la campagne. Utilisez la grille d’observation et notez les phrases exactes.</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.1">
      <source>Who mentioned the policy itself (the partner definition, the care exclusion), and who talked only about the campaign?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qui a évoqué la politique elle-même (la définition du partenaire, l’exclusion des soins), et qui n’a parlé que de la campagne ?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.2">
      <source>Was the Pride network asked what it wanted, or told what it would get?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>A-t-on demandé au réseau Pride ce qu’il voulait, ou lui a-t-on annoncé ce qu’il aurait ?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.3">
      <source>Did anyone separate the change that costs nothing from the change that costs money? When, and what happened next?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quelqu’un a-t-il distingué le changement qui ne coûte rien de celui qui coûte de l’argent ? Quand, et que s’est-il passé ensuite ?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.4">
      <source>Which intervention moves appeared: distract, delegate, document, delay, direct? Notice especially delay (holding the sign-off) and document (the network's written note).</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quels gestes d’intervention sont apparus : faire diversion, déléguer, documenter, revenir après coup, intervenir directement ? Repérez en particulier revenir après coup (suspendre la validation) et documenter (la note écrite du réseau).</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.5">
      <source>What did each choice cost Hana, and what did it cost Kit?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qu’est-ce que chaque choix a coûté à Hana, et qu’a-t-il coûté à Kit ?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.title">
      <source>Campaign sign-off</source>
      <extracomment>Scene heading, shown on the projector (scene sign-off).</extracomment>
      <translation>La validation de la campagne</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.narration">
      <source>Last week of May. Nadia Petrova clicks through the June plan: the logo in rainbow colours on every channel, a &quot;#ProudAtCalder&quot; series of posts, free T-shirts for store staff, and a £5,000 donation to an LGBTQ+ youth charity. Hana Kobayashi is due to approve it today. On her phone is a message Kit Adebayo posted in the Pride network channel this morning: &quot;Please, no rainbow logo while our health cover excludes gender-affirming care and page 14 still defines a partner as someone of the opposite sex.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sign-off).</extracomment>
      <translation>Dernière semaine de mai. Nadia Petrova fait défiler le plan de juin : le logo aux couleurs de l’arc-en-ciel sur tous les canaux, une série de publications « #FiertéCalder », des tee-shirts offerts au personnel des magasins, et un don de 5 000 £ à une association de jeunes LGBTQ+. Hana Kobayashi doit valider aujourd’hui. Sur son téléphone, un message que Kit Adebayo a publié ce matin sur le canal du réseau Pride : « S’il vous plaît, pas de logo arc-en-ciel tant que notre couverture santé exclut les soins d’affirmation de genre et que la page 14 définit toujours un partenaire comme une personne du sexe opposé. »</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.notes">
      <source>Give the group two minutes. Someone will say &quot;but marketing doesn't own benefits&quot;. That is true, so ask who in the company does own the gap between the two. Keep Nadia's role-player in the conversation; she should not become the villain, and the campaign is not a bad piece of work.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sign-off).</extracomment>
      <translation>Laissez deux minutes au groupe. Quelqu’un dira : « Mais les avantages sociaux, ce n’est pas le marketing. » C’est vrai ; demandez alors qui, dans l’entreprise, est responsable de l’écart entre les deux. Gardez la personne qui joue Nadia dans la conversation ; elle ne doit pas devenir la méchante, et la campagne n’est pas un mauvais travail.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.prompt">
      <source>You are Hana. Nadia is waiting for your sign-off. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sign-off).</extracomment>
      <translation>Vous êtes Hana. Nadia attend votre validation. Que faites-vous ?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.text">
      <source>&quot;Looks great, approved.&quot; Benefits belong to Reward, not to marketing.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option approve). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>« Super, validé. » Les avantages, c’est la Rémunération, pas le marketing.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.why">
      <source>The boundary between teams is real. But the people who raised the problem get a rainbow instead of a reply.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option approve).</extracomment>
      <translation>La frontière entre les équipes est réelle. Mais les personnes qui ont signalé le problème reçoivent un arc-en-ciel au lieu d’une réponse.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.text">
      <source>Approve it, double the charity donation, and write a personal post on your own LinkedIn about why Pride matters to you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option amplify). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Valider, doubler le don à l’association, et publier sur votre LinkedIn un message personnel sur ce que les Fiertés représentent pour vous.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.why">
      <source>The donation does real good outside the company. Inside it, the visible support grows while the policy Kit named stays untouched, and your name is now on the gesture.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option amplify).</extracomment>
      <translation>Le don fait vraiment du bien hors de l’entreprise. À l’intérieur, le soutien visible grandit pendant que la politique que Kit a nommée reste intacte, et votre nom est désormais associé au geste.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.text">
      <source>&quot;Let's hold this for two days. Nadia, could we take the plan to the Pride network and ask what would make June mean something to them? I'll reply to Kit now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option ask-network). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>« On suspend deux jours. Nadia, on pourrait présenter le plan au réseau Pride et leur demander ce qui donnerait du sens à juin pour eux ? Je réponds à Kit tout de suite. »</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.why">
      <source>You pause a public gesture long enough to hear the people it is meant for, at the cost of a tight deadline and some of Nadia's goodwill.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option ask-network).</extracomment>
      <translation>Vous suspendez un geste public le temps d’entendre les personnes à qui il s’adresse, au prix d’un délai serré et d’une partie de la bonne volonté de Nadia.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.text">
      <source>&quot;I won't sign off a rainbow logo while our own booklet says this. I'll take the partner definition and the care exclusion to the executive team this week. If we can't change them before June, we launch later, with the change.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option link-to-policy). Shown on a phone button: keep it short, about 226 characters like the English.</extracomment>
      <translation>« Je ne valide pas un logo arc-en-ciel tant que notre propre livret dit ça. Je porte la définition du partenaire et l’exclusion des soins au comité exécutif cette semaine. Si on ne peut pas les changer avant juin, on lance plus tard, avec le changement. »</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.why">
      <source>You use your sign-off and your seat on the executive team to tie the gesture to a policy change, accepting a delayed campaign and a hard conversation with Finance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option link-to-policy).</extracomment>
      <translation>Vous utilisez votre validation et votre siège au comité exécutif pour lier le geste à un changement de politique, en acceptant une campagne retardée et une conversation difficile avec la direction financière.</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.title">
      <source>1 June</source>
      <extracomment>Scene heading, shown on the projector (scene launched).</extracomment>
      <translation>Le 1er juin</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.narration">
      <source>On 1 June the rainbow logo goes live everywhere, and the first post collects thousands of likes. By lunchtime, a former employee has replied underneath with a photo of page 14 of the benefits booklet, the partner definition circled in red. The reply gets more likes than the post. In the Pride network channel, Kit writes: &quot;Well. We did ask.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launched).</extracomment>
      <translation>Le 1er juin, le logo arc-en-ciel est en ligne partout, et la première publication récolte des milliers de mentions « J’aime ». Vers midi, un ancien salarié répond en dessous avec une photo de la page 14 du livret des avantages, la définition du partenaire entourée en rouge. La réponse récolte plus de « J’aime » que la publication. Sur le canal du réseau Pride, Kit écrit : « Eh bien. On avait prévenu. »</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.notes">
      <source>Keep it factual. If a participant says &quot;that could happen to any company&quot;, agree; that is why it is worth rehearsing. Move on after a minute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launched).</extracomment>
      <translation>Tenez-vous-en aux faits. Si quelqu’un dit « Ça pourrait arriver à n’importe quelle entreprise », donnez-lui raison ; c’est justement pour cela que ça vaut la peine de s’y entraîner. Passez à la suite au bout d’une minute.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.title">
      <source>Hearts and a screenshot</source>
      <extracomment>Scene heading, shown on the projector (scene amplified).</extracomment>
      <translation>Des cœurs et une capture d’écran</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.narration">
      <source>Hana's post does well: former colleagues leave hearts, and the charity thanks the company by name. In the Pride network channel, someone shares her post next to a photo of page 14 of the benefits booklet, with no comment. Kit reacts to neither. Two members quietly leave the channel that week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene amplified).</extracomment>
      <translation>La publication d’Hana marche bien : d’anciens collègues laissent des cœurs, et l’association remercie l’entreprise en la citant. Sur le canal du réseau Pride, quelqu’un partage sa publication à côté d’une photo de la page 14 du livret des avantages, sans commentaire. Kit ne réagit ni à l’une ni à l’autre. Deux membres quittent discrètement le canal cette semaine-là.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.notes">
      <source>Someone who picked this may bristle: &quot;so giving to charity is bad now?&quot; No, and say so. Then ask Kit's role-player how it felt to read Hana's post that morning. The gap between the two is the learning.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene amplified).</extracomment>
      <translation>Une personne qui a choisi cette option peut se hérisser : « Alors maintenant, donner à une association, c’est mal ? » Non, et dites-le. Puis demandez à la personne qui joue Kit ce qu’elle a ressenti en lisant la publication d’Hana ce matin-là. L’écart entre les deux est la leçon.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.title">
      <source>What the network asked for</source>
      <extracomment>Scene heading, shown on the projector (scene listened).</extracomment>
      <translation>Ce que le réseau a demandé</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.narration">
      <source>Nadia is frustrated, since the agency has already been paid for the artwork, but she comes to the meeting. The network's members are clear: they are not against a rainbow, only against a rainbow by itself. They ask for two things: rewrite the partner definition, which costs nothing, and cost the care cover in time for the September renewal. Nadia suggests a June post that says exactly that, and the logo waits until the wording has changed.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene listened).</extracomment>
      <translation>Nadia est frustrée, puisque l’agence a déjà été payée pour les visuels, mais elle vient à la réunion. Les membres du réseau sont clairs : ils ne sont pas contre un arc-en-ciel, seulement contre un arc-en-ciel tout seul. Ils demandent deux choses : réécrire la définition du partenaire, ce qui ne coûte rien, et chiffrer la couverture des soins à temps pour le renouvellement de septembre. Nadia propose une publication en juin qui dit exactement cela, et le logo attend que la formulation ait changé.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.notes">
      <source>Notice the shift: once she is asked rather than overruled, Nadia contributes. Point this out in the debrief. If Kit's role-player wants to push harder than the narration does, let them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene listened).</extracomment>
      <translation>Remarquez le basculement : dès qu’on la consulte au lieu de passer outre, Nadia apporte sa contribution. Soulignez-le au débriefing. Si la personne qui joue Kit veut pousser plus loin que la narration, laissez-la faire.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.title">
      <source>The executive meeting</source>
      <extracomment>Scene heading, shown on the projector (scene tied).</extracomment>
      <translation>La réunion du comité exécutif</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.narration">
      <source>At the executive meeting, the finance director asks what the care cover would cost. Colm Doherty from Reward estimates about £30,000 a year and says the insurer only changes terms at the September renewal. The partner wording, he admits, could be fixed in a fortnight. The June campaign is postponed; Nadia is disappointed, and two regional managers ask why their stores are the only ones on the high street without a rainbow.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene tied).</extracomment>
      <translation>En comité exécutif, le directeur financier demande ce que coûterait la couverture des soins. Colm Doherty, du service Rémunération et avantages, l’estime à environ 30 000 £ par an et précise que l’assureur ne modifie les conditions qu’au renouvellement de septembre. La définition du partenaire, admet-il, pourrait être corrigée en quinze jours. La campagne de juin est reportée ; Nadia est déçue, et deux directeurs régionaux demandent pourquoi leurs magasins sont les seuls de la rue commerçante sans arc-en-ciel.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.notes">
      <source>Make sure the cost is felt: a delayed campaign, a disappointed colleague, managers asking awkward questions. Ask Nadia's role-player what she would want Hana to say to her now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene tied).</extracomment>
      <translation>Faites sentir le coût : une campagne retardée, une collègue déçue, des directeurs qui posent des questions gênantes. Demandez à la personne qui joue Nadia ce qu’elle voudrait qu’Hana lui dise maintenant.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.title">
      <source>The renewal</source>
      <extracomment>Scene heading, shown on the projector (scene benefits-review).</extracomment>
      <translation>Le renouvellement</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.narration">
      <source>Mid-July, and the executive team reviews the insurance renewal. Colm presents two options: renew on current terms, or add gender-affirming care and rewrite the partner definition for roughly £30,000 more a year. The finance director leans towards renewing as it is: &quot;It's a tight year.&quot; The Pride network has sent a short written note asking for the second option and offering to check the new wording.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene benefits-review).</extracomment>
      <translation>Mi-juillet, le comité exécutif examine le renouvellement du contrat d’assurance. Colm présente deux options : renouveler aux conditions actuelles, ou ajouter les soins d’affirmation de genre et réécrire la définition du partenaire pour environ 30 000 £ de plus par an. Le directeur financier penche pour un renouvellement à l’identique : « C’est une année serrée. » Le réseau Pride a envoyé une courte note écrite qui demande la seconde option et propose de relire la nouvelle formulation.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.notes">
      <source>Three to four minutes. This is the private test: no cameras, no likes, just a renewal form. If the group jumps straight to the advocate option, ask where the money comes from and who loses it. If Colm's role-player is asked to separate the two issues, he should answer honestly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene benefits-review).</extracomment>
      <translation>Trois à quatre minutes. C’est le test à huis clos : pas de caméras, pas de « J’aime », juste un formulaire de renouvellement. Si le groupe saute directement à l’option Moteur du changement, demandez d’où vient l’argent et qui le perd. Si on demande à la personne qui joue Colm de distinguer les deux sujets, elle doit répondre honnêtement.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.prompt">
      <source>You are Hana. The finance director is looking for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene benefits-review).</extracomment>
      <translation>Vous êtes Hana. Le directeur financier cherche un accord. Que dites-vous ?</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.text">
      <source>Agree to renew on current terms and revisit it next year, when the numbers look better.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option renew). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Accepter de renouveler en l’état et y revenir l’an prochain, quand les chiffres iront mieux.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.why">
      <source>Cost pressure is real. But &quot;next year&quot; has already been said once, and the people affected will carry the gap for another twelve months.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option renew).</extracomment>
      <translation>La pression sur les coûts est réelle. Mais « l’an prochain » a déjà été dit une fois, et les personnes concernées vivront avec la lacune douze mois de plus.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.text">
      <source>&quot;I'm sympathetic to option two, for what it's worth.&quot; Then leave the decision to Finance.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option sympathise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>« Pour ce que ça vaut, je suis plutôt favorable à la deuxième option. » Puis laisser la finance décider.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.why">
      <source>Your view is on record, and it is the right view. But nothing in the room changes because of it, and the decision goes to whoever cares most about the cost.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option sympathise).</extracomment>
      <translation>Votre avis est consigné, et c’est le bon avis. Mais rien ne change dans la pièce grâce à lui, et la décision revient à la personne qui se soucie le plus du coût.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.text">
      <source>&quot;Let's renew as it is, but announce an inclusive-benefits review, and make it part of next June's campaign.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option announce-review). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>« Renouvelons en l’état, mais annonçons une revue des avantages inclusifs, et intégrons-la à la campagne de juin prochain. »</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.why">
      <source>An announced review sounds like progress and gives next year's campaign a story. Without a date, an owner or money, it is a promise written for an audience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option announce-review).</extracomment>
      <translation>Une revue annoncée a l’air d’un progrès et donne une histoire à la campagne de l’an prochain. Sans date, sans responsable et sans argent, c’est une promesse écrite pour un public.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.text">
      <source>&quot;Before we decide, can we read the network's note properly? And Colm, can we separate the two? If the wording costs nothing, could we agree that today and set a date for the care cover?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option split-and-hear). Shown on a phone button: keep it short, about 186 characters like the English.</extracomment>
      <translation>« Avant de décider, on peut lire vraiment la note du réseau ? Et Colm, on peut séparer les deux ? Si la formulation ne coûte rien, on la valide aujourd’hui et on fixe une date pour les soins ? »</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.why">
      <source>You bring the network's voice into the room and split off the change that has no reason to wait, even though the bigger one may slip.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option split-and-hear).</extracomment>
      <translation>Vous faites entrer la voix du réseau dans la pièce et vous détachez le changement qui n’a aucune raison d’attendre, même si le plus important risque de glisser.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.text">
      <source>&quot;I'll put £20,000 of next year's campaign budget towards the cover. I'd rather the money changed the policy than printed more rainbows. Let's approve option two and check our benefits with the network every year.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option fund-it). Shown on a phone button: keep it short, about 213 characters like the English.</extracomment>
      <translation>« Je mets 20 000 £ du budget de campagne de l’an prochain dans la couverture. Je préfère que l’argent change la politique plutôt qu’imprimer plus d’arcs-en-ciel. Validons la deuxième option et revoyons nos avantages avec le réseau chaque année. »</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.why">
      <source>You move your own budget from image to substance and build a yearly check, so the fix doesn't depend on one person remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option fund-it).</extracomment>
      <translation>Vous déplacez votre propre budget de l’image vers le fond, et vous instaurez une vérification annuelle, pour que la solution ne dépende pas de la mémoire d’une seule personne.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.title">
      <source>Renewed as it was</source>
      <extracomment>Scene heading, shown on the projector (scene end-renewed).</extracomment>
      <translation>Renouvelé à l’identique</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.narration">
      <source>The policy renews unchanged in September. Next June the rainbow logo goes up, and Kit asks to step down from the Pride network's committee. In the staff survey, the question about whether the company acts on its values scores lower among LGBTQ+ staff than among any other group.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-renewed).</extracomment>
      <translation>La politique est renouvelée sans changement en septembre. Au mois de juin suivant, le logo arc-en-ciel réapparaît, et Kit demande à quitter le bureau du réseau Pride. Dans l’enquête interne, la question sur la cohérence entre les valeurs et les actes de l’entreprise obtient un score plus bas chez les salariés LGBTQ+ que dans n’importe quel autre groupe.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.notes">
      <source>Pause before the debrief. Ask the room to name the moment this outcome became likely.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-renewed).</extracomment>
      <translation>Marquez une pause avant le débriefing. Demandez à la salle de désigner le moment où cette issue est devenue probable.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.title">
      <source>Sympathy, minuted</source>
      <extracomment>Scene heading, shown on the projector (scene end-sympathy).</extracomment>
      <translation>Une sympathie consignée</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.narration">
      <source>The minutes record &quot;sympathy expressed; renewal approved on current terms&quot;. Kit reads them through the network and notices the word sympathy twice. The network's note is filed, and the following spring it is sent again, almost word for word.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sympathy).</extracomment>
      <translation>Le compte rendu indique : « Sympathie exprimée ; renouvellement approuvé aux conditions actuelles. » Kit le lit via le réseau et remarque deux fois le mot « sympathie ». La note du réseau est classée, et le printemps suivant, elle est renvoyée, presque mot pour mot.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.title">
      <source>A review with no owner</source>
      <extracomment>Scene heading, shown on the projector (scene end-review-announced).</extracomment>
      <translation>Une revue sans responsable</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.narration">
      <source>The review is announced in the staff newsletter, framed in rainbow colours. Months pass and no review meeting is scheduled. When next June's campaign mentions &quot;reviewing our benefits&quot;, two network members ask in the company channel who is doing the reviewing, and nobody answers for a week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-review-announced).</extracomment>
      <translation>La revue est annoncée dans la newsletter interne, encadrée aux couleurs de l’arc-en-ciel. Les mois passent et aucune réunion n’est programmée. Quand la campagne du mois de juin suivant évoque la « revue de nos avantages », deux membres du réseau demandent sur le canal de l’entreprise qui s’en occupe, et personne ne répond pendant une semaine.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.notes">
      <source>This one often surprises people, because the option sounded constructive. Ask what would have turned the announcement into a commitment: an owner, a date, a budget.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-review-announced).</extracomment>
      <translation>Cette fin surprend souvent, parce que l’option semblait constructive. Demandez ce qui aurait transformé l’annonce en engagement : un responsable, une date, un budget.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.title">
      <source>Half a win</source>
      <extracomment>Scene heading, shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>Une demi-victoire</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.narration">
      <source>The partner definition is rewritten within a month, and three staff add their partners to their cover without filling in an exception form. The care cover is held over to the next renewal, with Colm named as owner and a date in the diary. Kit calls it half a win, and says half is more than the network has had in three years.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>La définition du partenaire est réécrite en un mois, et trois salariés ajoutent leur partenaire à leur couverture sans remplir de formulaire de dérogation. La couverture des soins est reportée au prochain renouvellement, avec Colm désigné comme responsable et une date dans l’agenda. Kit parle d’une demi-victoire, et dit qu’une moitié, c’est plus que ce que le réseau a obtenu en trois ans.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.title">
      <source>Smaller campaign, different policy</source>
      <extracomment>Scene heading, shown on the projector (scene end-funded).</extracomment>
      <translation>Une campagne plus petite, une autre politique</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.narration">
      <source>The finance director agrees, on condition that marketing spends less next year, which means a much smaller June campaign. In September the new cover takes effect, and the network checks the wording before it goes out. Next June the logo does turn rainbow, with a link to the policy, and Kit writes the post himself, because this time he wants to.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-funded).</extracomment>
      <translation>Le directeur financier accepte, à condition que le marketing dépense moins l’an prochain, ce qui veut dire une campagne de juin beaucoup plus modeste. En septembre, la nouvelle couverture entre en vigueur, et le réseau relit la formulation avant sa diffusion. Au mois de juin suivant, le logo passe bien aux couleurs de l’arc-en-ciel, avec un lien vers la politique, et Kit rédige lui-même la publication, parce que cette fois, il en a envie.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.notes">
      <source>Name the cost: Nadia's next campaign will be half the size. Ask her role-player how she feels about that trade now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-funded).</extracomment>
      <translation>Nommez le coût : la prochaine campagne de Nadia sera deux fois plus petite. Demandez à la personne qui la joue ce qu’elle pense maintenant de cet arbitrage.</translation>
    </message>
    <message id="rainbow-logo.debrief.what.1">
      <source>What did the Pride network ask for, and what did it get on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’a demandé le réseau Pride, et qu’a-t-il obtenu sur le parcours que nous avons suivi ?</translation>
    </message>
    <message id="rainbow-logo.debrief.what.2">
      <source>When did the campaign and the policy get discussed in the same breath, and when were they kept apart?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Quand la campagne et la politique ont-elles été discutées ensemble, et quand ont-elles été tenues séparées ?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.1">
      <source>Why might staff trust a company less after a public gesture than before it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi des salariés pourraient-ils faire moins confiance à une entreprise après un geste public qu’avant ?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.2">
      <source>Which option felt most like support at the time, and does it still, now you have seen where it led?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quelle option ressemblait le plus à du soutien sur le moment, et est-ce toujours le cas maintenant que vous avez vu où elle menait ?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.1">
      <source>Think of a public gesture your organisation makes each year. Which internal policy would make it true?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Pensez à un geste public que votre organisation fait chaque année. Quelle politique interne le rendrait sincère ?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.2">
      <source>Who in your organisation could you ask, before the next awareness month, what would actually help?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>À qui, dans votre organisation, pourriez-vous demander, avant le prochain mois de sensibilisation, ce qui aiderait vraiment ?</translation>
    </message>
    <message id="rainbow-logo.sources.1.title">
      <source>Workplace allyship practice: tie public gestures to policy change, not the other way round</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : lier les gestes publics à un changement de politique, et non l’inverse</translation>
    </message>
    <message id="rainbow-logo.sources.1.note">
      <source>Drawn from writing on performative allyship that names awareness-month gestures with no accompanying change in benefits or policy as one of its most recognisable forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Tiré d’écrits sur l’allyship d’affichage qui citent, parmi ses formes les plus reconnaissables, les gestes des mois de sensibilisation sans aucun changement des avantages sociaux ni des politiques.</translation>
    </message>
    <message id="stretch-project.title">
      <source>Who gets Meridian?</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Qui aura Meridian ?</translation>
    </message>
    <message id="stretch-project.summary">
      <source>A director asks her managers for someone to lead a high-visibility project, and the usual name comes up at once. The group decides whether a manager puts forward a talented analyst who has never been considered, and what they say when she asks how people get picked.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Une directrice demande à ses managers de lui proposer quelqu’un pour piloter un projet très exposé, et c’est aussitôt le nom habituel qui sort. Le groupe décide si un manager propose une analyste talentueuse à laquelle personne n’a jamais pensé, puis de ce qu’il répond quand elle demande comment on est choisi.</translation>
    </message>
    <message id="stretch-project.content_note">
      <source>This role-play includes a skilled analyst being overlooked for a high-profile project that keeps going to the same few people, and talk of adding her for &quot;diversity&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Ce jeu de rôle montre une analyste compétente écartée d’un projet très exposé qui revient toujours aux mêmes personnes, et l’idée de l’y ajouter pour la « diversité ».</translation>
    </message>
    <message id="stretch-project.roles.harpreet.name">
      <source>Harpreet Kaur Sandhu, senior planning analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role harpreet).</extracomment>
      <translation>Harpreet Kaur Sandhu, analyste planification senior</translation>
    </message>
    <message id="stretch-project.roles.harpreet.brief">
      <source>You have been in the team four years and rebuilt its forecasting model last year. You did a leadership course in your own time. You have watched the same few people lead every visible project, and you have stopped assuming it will ever be you, though you have not said so. If asked what you want, be honest: you want the project, and you need your Tuesday finish time protected for a family commitment.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role harpreet).</extracomment>
      <translation>Vous êtes dans l’équipe depuis quatre ans et vous avez refait son modèle de prévision l’an dernier. Vous avez suivi une formation au leadership sur votre temps personnel. Vous voyez toujours les mêmes quelques personnes piloter chaque projet visible, et vous avez cessé de croire que ce sera un jour votre tour, même si vous ne l’avez jamais dit. Si on vous demande ce que vous voulez, soyez honnête : vous voulez ce projet, et vous avez besoin de garder votre départ à heure fixe le mardi pour un engagement familial.</translation>
    </message>
    <message id="stretch-project.roles.catherine.name">
      <source>Catherine Doyle, director of planning</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role catherine).</extracomment>
      <translation>Catherine Dupuis, directrice de la planification</translation>
    </message>
    <message id="stretch-project.roles.catherine.brief">
      <source>You need Meridian to succeed and you reach for people you already know can deliver. You do not know Harpreet's work. You respond well to a specific case with evidence, and badly to anything that sounds like box ticking.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role catherine).</extracomment>
      <translation>Vous avez besoin que Meridian réussisse et vous vous tournez vers des personnes dont vous savez déjà qu’elles livrent. Vous ne connaissez pas le travail de Harpreet. Vous êtes réceptive à un argumentaire précis, étayé par des faits, et hostile à tout ce qui ressemble à une case à cocher.</translation>
    </message>
    <message id="stretch-project.roles.anders.name">
      <source>Anders Holm, operations manager (peer of the responder)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role anders).</extracomment>
      <translation>Anders Holm, responsable des opérations (pair de la personne qui répond)</translation>
    </message>
    <message id="stretch-project.roles.anders.brief">
      <source>Ben Carter is in your team and you are proud of him. Putting him forward is loyalty, not exclusion. If someone proposes another name, push back once (&quot;Ben's done this before&quot;), then accept a good argument.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role anders).</extracomment>
      <translation>Ben Lefort fait partie de votre équipe et vous êtes fier de lui. Le proposer, c’est de la loyauté, pas de l’exclusion. Si quelqu’un avance un autre nom, objectez une fois (« Ben l’a déjà fait »), puis rendez-vous à un bon argument.</translation>
    </message>
    <message id="stretch-project.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observation</translation>
    </message>
    <message id="stretch-project.roles.observer.brief">
      <source>Watch how names get suggested: who speaks first, what evidence is given, and whose voice is in the room. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observez comment les noms sont proposés : qui parle en premier, quels éléments sont avancés, et quelles voix sont présentes dans la salle. Servez-vous de la grille d’observation.</translation>
    </message>
    <message id="stretch-project.observer_checklist.1">
      <source>What evidence was offered for Ben, and what evidence was offered for Harpreet?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Quels éléments ont été avancés en faveur de Ben, et lesquels en faveur de Harpreet ?</translation>
    </message>
    <message id="stretch-project.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use? Did anyone ask to delay the decision until more names were considered?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Lequel des cinq gestes d’intervention (faire diversion, déléguer, documenter, revenir après coup, intervenir directement) la personne qui répond a-t-elle utilisé ? Quelqu’un a-t-il demandé de repousser la décision le temps d’envisager d’autres noms ?</translation>
    </message>
    <message id="stretch-project.observer_checklist.3">
      <source>Did the responder ask Harpreet what she wanted, or decide on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La personne qui répond a-t-elle demandé à Harpreet ce qu’elle voulait, ou a-t-elle décidé à sa place ?</translation>
    </message>
    <message id="stretch-project.observer_checklist.4">
      <source>What did the responder risk or give up by putting Harpreet forward?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Qu’a risqué ou sacrifié la personne qui répond en proposant Harpreet ?</translation>
    </message>
    <message id="stretch-project.observer_checklist.5">
      <source>Was the way people get chosen for projects questioned, or only this one choice?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>La façon dont on choisit les gens pour les projets a-t-elle été remise en question, ou seulement ce choix-là ?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.title">
      <source>Monday, the managers' meeting</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Lundi, la réunion des managers</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.narration">
      <source>Catherine: &quot;Meridian kicks off next month. Six months, two days a week, reporting straight to the executive team. I need a lead by Friday. Names?&quot; Anders doesn't hesitate: &quot;Ben, surely. He did the last two and the execs know him.&quot; Catherine nods, &quot;Good shout. Anyone else?&quot; and glances round the table.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Catherine : « Meridian démarre le mois prochain. Six mois, deux jours par semaine, avec un reporting direct au comité de direction. Il me faut quelqu’un pour le piloter d’ici vendredi. Des noms ? » Anders n’hésite pas : « Ben, évidemment. Il a fait les deux derniers et la direction le connaît. » Catherine acquiesce : « Bonne idée. Quelqu’un d’autre ? » et fait le tour de la table du regard.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.notes">
      <source>Before the prompt, remind the group of the responder's position: they manage Harpreet, she rebuilt the forecasting model Meridian depends on, and losing her for two days a week would hurt their busiest quarter. That cost is real; let participants feel it rather than wishing it away.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-meeting).</extracomment>
      <translation>Avant l’énoncé, rappelez au groupe la position de la personne qui répond : elle est la responsable de Harpreet, Harpreet a refait le modèle de prévision dont dépend Meridian, et la perdre deux jours par semaine pèserait lourd pendant le trimestre le plus chargé. Ce coût est réel ; laissez les participants le ressentir au lieu de l’escamoter.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.prompt">
      <source>You manage Harpreet. Nobody has mentioned her, and you would lose her for two days a week in your busiest quarter. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-meeting).</extracomment>
      <translation>Vous êtes le ou la responsable de Harpreet. Personne n’a cité son nom, et vous la perdriez deux jours par semaine pendant votre trimestre le plus chargé. Que faites-vous ?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.text">
      <source>Say nothing. Ben is capable, and you need Harpreet on the Q3 forecast.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option stay-quiet). Shown on a phone button: keep it short, about 70 characters like the English.</extracomment>
      <translation>Ne rien dire. Ben est compétent, et il vous faut Harpreet pour la prévision du T3.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.why">
      <source>Protecting your team's delivery is a real pressure, and it means the person best placed to propose Harpreet stays silent.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option stay-quiet).</extracomment>
      <translation>Préserver les livrables de votre équipe est une vraie contrainte, et la personne la mieux placée pour proposer Harpreet reste muette.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.text">
      <source>&quot;Ben's great. Harpreet could be good for something like this too, down the line.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option down-the-line). Shown on a phone button: keep it short, about 81 characters like the English.</extracomment>
      <translation>« Ben est très bien. Harpreet pourrait aussi être bien pour ce genre de projet, plus tard. »</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.why">
      <source>You say her name, which counts, but you frame her as a future option so it costs nothing today.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option down-the-line).</extracomment>
      <translation>Vous citez son nom, et cela compte, mais vous la présentez comme une option pour plus tard, ce qui ne coûte rien aujourd’hui.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.text">
      <source>&quot;I'd love Meridian to have more diverse faces on it. Could Harpreet shadow Ben? It'd show we take inclusion seriously.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option shadow). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>« J’aimerais plus de diversité sur Meridian. Harpreet pourrait accompagner Ben ? Ça montrerait qu’on prend l’inclusion au sérieux. »</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.why">
      <source>It sounds supportive and gets her in the room, but as an extra rather than a lead, and on the basis of how it looks.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option shadow).</extracomment>
      <translation>Cela paraît bienveillant et la fait entrer dans le projet, mais en appoint plutôt qu’en pilote, et pour l’image que cela donne.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.text">
      <source>&quot;I'd like to put Harpreet Sandhu forward. She rebuilt the forecasting model Meridian runs on. I'll find cover for her Q3 work.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option put-her-forward). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>« Je propose Harpreet Sandhu. Elle a refait le modèle de prévision sur lequel tourne Meridian. Je trouverai qui la remplace au T3. »</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.why">
      <source>You use your seat at the table to name her, give evidence, and take the cost on your own team rather than hers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option put-her-forward).</extracomment>
      <translation>Vous utilisez votre place à la table pour la nommer, vous apportez des faits et vous faites porter le coût sur votre équipe plutôt que sur elle.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Après la réunion</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.narration">
      <source>Catherine writes &quot;Ben?&quot; in her notebook: &quot;I'll confirm Friday.&quot; Anders says, &quot;Sorted.&quot; Your Q3 plan stays intact. Harpreet's name is not mentioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Catherine note « Ben ? » dans son carnet : « Je confirme vendredi. » Anders dit : « Réglé. » Votre plan du T3 reste intact. Le nom de Harpreet n’a pas été prononcé.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.notes">
      <source>A quiet outcome. Ask the group who in the room was the only person able to say her name, and how often that is true of a line manager.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-pencilled).</extracomment>
      <translation>Une issue sans bruit. Demandez au groupe qui, dans la salle, était la seule personne capable de citer son nom, et combien de fois c’est le cas pour un manager direct.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Après la réunion</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.narration">
      <source>Catherine smiles: &quot;Noted, maybe for the next one.&quot; She writes &quot;Ben&quot; and underlines it. Anders says, &quot;Harpreet's great, by the way,&quot; on the way out, and you both go to lunch.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Catherine sourit : « C’est noté, pour le prochain peut-être. » Elle écrit « Ben » et le souligne. En sortant, Anders dit : « Harpreet est super, au fait », et vous partez déjeuner ensemble.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.notes">
      <source>Ask what &quot;down the line&quot; did to Harpreet's chances this time, and whether there is ever a &quot;next one&quot; for someone who is not named now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene maybe-next-time).</extracomment>
      <translation>Demandez ce que « plus tard » a fait aux chances de Harpreet cette fois-ci, et s’il y a jamais un « prochain » pour quelqu’un qu’on ne nomme pas maintenant.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene shadow-role).</extracomment>
      <translation>Après la réunion</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.narration">
      <source>Catherine likes it: &quot;Great, Harpreet can support Ben. Notes, the risk log, that sort of thing.&quot; Anders says it will be &quot;good exposure for her&quot;. Ben is pencilled in as lead.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene shadow-role).</extracomment>
      <translation>L’idée plaît à Catherine : « Parfait, Harpreet peut épauler Ben. Les comptes rendus, le registre des risques, ce genre de choses. » Anders dit que ce sera « une bonne visibilité pour elle ». Ben est pressenti pour piloter le projet.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.notes">
      <source>Participants may see this as a win. Ask what a shadow role with admin tasks tells the executive team about Harpreet.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene shadow-role).</extracomment>
      <translation>Les participants y verront peut-être une victoire. Demandez ce qu’un rôle d’accompagnement fait de tâches administratives dit de Harpreet au comité de direction.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-named).</extracomment>
      <translation>Après la réunion</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.narration">
      <source>Anders pushes back: &quot;Ben's done this twice, though.&quot; Catherine: &quot;I don't know Harpreet's work. Send me two lines by Thursday and I'll decide Friday.&quot; Later, your own manager asks how you plan to cover the Q3 forecast, and you don't have a full answer yet.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-named).</extracomment>
      <translation>Anders objecte : « Ben l’a quand même déjà fait deux fois. » Catherine : « Je ne connais pas le travail de Harpreet. Envoyez-moi deux lignes d’ici jeudi et je déciderai vendredi. » Plus tard, votre propre responsable vous demande comment vous comptez assurer la prévision du T3, et vous n’avez pas encore de réponse complète.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.notes">
      <source>Name the cost: extra work, a slightly tense moment with a peer, a gap in your plan. Ask participants whether they have paid a cost like this, and whether it was worth it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-named).</extracomment>
      <translation>Nommez le coût : du travail en plus, un moment un peu tendu avec un pair, un trou dans votre plan. Demandez aux participants s’ils ont déjà payé un coût de ce genre, et si cela en valait la peine.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.title">
      <source>Wednesday, your 1:1 with Harpreet</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Mercredi, votre entretien individuel avec Harpreet</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.narration">
      <source>Near the end, Harpreet says, &quot;I heard Meridian came up on Monday. I'd love to lead something like that one day. I never really know how people get picked for those.&quot; Catherine decides on Friday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Vers la fin, Harpreet dit : « J’ai entendu dire qu’il avait été question de Meridian lundi. J’aimerais bien piloter un projet comme celui-là un jour. Je ne sais jamais trop comment les gens sont choisis pour ça. » Catherine décide vendredi.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.notes">
      <source>The second decision is the same on every path: nothing is final until Friday. In triads, let the person playing Harpreet answer honestly if they are asked what they want. Watch for responders who promise things without asking.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-one-to-one).</extracomment>
      <translation>Le second point de décision est le même sur tous les parcours : rien n’est définitif avant vendredi. En trio, laissez la personne qui joue Harpreet répondre honnêtement si on lui demande ce qu’elle veut. Repérez les personnes qui répondent en promettant des choses sans rien demander.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.prompt">
      <source>Harpreet has raised it herself. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene harpreet-one-to-one).</extracomment>
      <translation>Harpreet a abordé le sujet elle-même. Que lui dites-vous ?</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.text">
      <source>&quot;Honestly, it's mostly whoever's been around longest. Your time will come.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option your-time). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>« Franchement, c’est surtout l’ancienneté qui joue. Ton tour viendra. »</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.why">
      <source>It is meant as reassurance, and it describes an unwritten rule as if it were fair and fixed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option your-time).</extracomment>
      <translation>Vous voulez la rassurer, et vous décrivez une règle non écrite comme si elle était juste et immuable.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.text">
      <source>&quot;You'd be great. If you want to go for the next one, just let me know.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option let-me-know). Shown on a phone button: keep it short, about 71 characters like the English.</extracomment>
      <translation>« Tu serais très bien. Si tu veux te lancer pour le prochain, dis-le-moi. »</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.why">
      <source>Encouraging, but it puts the work of asking on her, inside a system where nobody has ever had to ask.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option let-me-know).</extracomment>
      <translation>C’est encourageant, mais cela lui laisse la charge de demander, dans un système où personne n’a jamais eu à le faire.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.text">
      <source>&quot;I'll give you a shout-out at the all-hands for the forecasting work. People should know what you've done.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option shout-out). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>« Je te citerai à la réunion plénière pour le travail sur les prévisions. Les gens doivent savoir ce que tu as fait. »</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.why">
      <source>Public praise is pleasant and visible, but applause is not a role, and Meridian still goes to Ben.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option shout-out).</extracomment>
      <translation>Un éloge public est agréable et visible, mais des applaudissements ne sont pas un rôle, et Meridian revient quand même à Ben.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.text">
      <source>&quot;What would you want from it, and what would make it workable for you?&quot; Then send Catherine Harpreet's case before Friday, built on what she said.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option ask-and-back). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>« Qu’est-ce que tu en attendrais, et qu’est-ce qui le rendrait possible pour toi ? » Puis envoyer à Catherine, avant vendredi, un argumentaire fondé sur ses réponses.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.why">
      <source>You ask before acting, then use your access to put her forward on her own terms, with evidence.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option ask-and-back).</extracomment>
      <translation>Vous demandez avant d’agir, puis vous utilisez votre accès pour la proposer à ses propres conditions, faits à l’appui.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.text">
      <source>Do the same, and ask Catherine to advertise future stretch projects in an open call with stated criteria, and to look at who has led them over the last two years.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option open-call). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Faire de même, et demander à Catherine d’ouvrir les futurs projets formateurs par un appel à candidatures aux critères explicites, et de regarder qui les a pilotés ces deux dernières années.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.why">
      <source>You back Harpreet now and change how the next opportunity is given out, so it depends less on who has a manager willing to speak.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option open-call).</extracomment>
      <translation>Vous soutenez Harpreet maintenant et vous changez la façon dont la prochaine occasion sera attribuée, pour qu’elle dépende moins du fait d’avoir un manager prêt à prendre la parole.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene ben-leads).</extracomment>
      <translation>Six mois plus tard</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.narration">
      <source>Ben leads Meridian and presents the results to the executive team. He is promoted in the spring round. Harpreet keeps the forecast running and updates her CV.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-leads).</extracomment>
      <translation>Ben pilote Meridian et présente les résultats au comité de direction. Il est promu lors de la campagne de printemps. Harpreet continue de faire tourner les prévisions et met à jour son CV.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.notes">
      <source>Ask the group what Harpreet has learnt about how things work here, and who taught it to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-leads).</extracomment>
      <translation>Demandez au groupe ce que Harpreet a appris sur la façon dont les choses fonctionnent ici, et qui le lui a appris.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene next-time).</extracomment>
      <translation>Six mois plus tard</translation>
    </message>
    <message id="stretch-project.scenes.next-time.narration">
      <source>Harpreet says, &quot;Thanks, I will.&quot; She does not know when &quot;the next one&quot; is, and nobody tells her. The next project is handed out in a corridor conversation before she hears it exists.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene next-time).</extracomment>
      <translation>Harpreet dit : « Merci, je n’y manquerai pas. » Elle ne sait pas quand aura lieu « le prochain », et personne ne le lui dit. Le projet suivant est attribué au détour d’une conversation de couloir avant même qu’elle apprenne son existence.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.notes">
      <source>Ask what it would take for &quot;let me know&quot; to work in this organisation, and whether it ever does.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene next-time).</extracomment>
      <translation>Demandez ce qu’il faudrait pour que « dis-le-moi » fonctionne dans cette organisation, et si cela fonctionne jamais.</translation>
    </message>
    <message id="stretch-project.scenes.applause.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene applause).</extracomment>
      <translation>Six mois plus tard</translation>
    </message>
    <message id="stretch-project.scenes.applause.narration">
      <source>At the all-hands you thank Harpreet for the forecasting model, and there is warm applause. Meridian goes to Ben. When an executive later asks who built the model Meridian relies on, Ben answers, correctly, &quot;Harpreet, in planning,&quot; and the executive says, &quot;Should we get her on it?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene applause).</extracomment>
      <translation>À la réunion plénière, vous remerciez Harpreet pour le modèle de prévision, sous des applaudissements chaleureux. Meridian revient à Ben. Quand, plus tard, un membre de la direction demande qui a construit le modèle sur lequel repose Meridian, Ben répond, à juste titre : « Harpreet, à la planification », et le dirigeant dit : « On ne devrait pas la mettre sur le projet ? »</translation>
    </message>
    <message id="stretch-project.scenes.applause.notes">
      <source>The irony lands for most groups. Ask why praise in public and opportunity in private are so often separated.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene applause).</extracomment>
      <translation>L’ironie fait mouche dans la plupart des groupes. Demandez pourquoi l’éloge en public et l’occasion donnée en privé sont si souvent séparés.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Six mois plus tard</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.narration">
      <source>Harpreet tells you she wants it, and that her Tuesday finish is fixed. Your note to Catherine covers both. Catherine meets her on Thursday and gives her the lead; Ben takes the next one. You spend three late evenings covering the Q3 forecast. Meridian lands well, and Harpreet presents it to the executive team herself.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Harpreet vous dit qu’elle le veut, et que son départ du mardi n’est pas négociable. Votre note à Catherine couvre les deux points. Catherine la rencontre jeudi et lui confie le pilotage ; Ben prendra le suivant. Vous passez trois longues soirées à assurer la prévision du T3. Meridian est une réussite, et Harpreet la présente elle-même au comité de direction.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.notes">
      <source>Highlight the question the responder asked first. Ask what might have gone wrong if they had simply nominated her without asking about Tuesdays.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-leads).</extracomment>
      <translation>Soulignez la question que la personne qui répond a posée en premier. Demandez ce qui aurait pu mal tourner si elle l’avait simplement proposée sans poser la question du mardi.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Six mois plus tard</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.narration">
      <source>Harpreet leads Meridian. Catherine's review shows that the same four people led eight of the last nine projects; she is uncomfortable, and she starts an open call with criteria. Anders grumbles that it slows things down. The next call gets eleven applications, including three from people nobody had thought to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Harpreet pilote Meridian. L’examen de Catherine montre que les mêmes quatre personnes ont piloté huit des neuf derniers projets ; mal à l’aise, elle lance un appel à candidatures avec des critères. Anders râle que cela ralentit tout. L’appel suivant reçoit onze candidatures, dont trois de personnes auxquelles personne n’avait pensé.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.notes">
      <source>Ask what data each participant could look at in their own area: who got the last five visible pieces of work? Finish by asking what they would do with the answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene open-call-adopted).</extracomment>
      <translation>Demandez quelles données chaque participant pourrait regarder dans son propre périmètre : qui a obtenu les cinq derniers travaux visibles ? Terminez en demandant ce qu’ils feraient de la réponse.</translation>
    </message>
    <message id="stretch-project.debrief.what.1">
      <source>What made Ben's name come up first, and what made Harpreet's not come up at all?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Qu’est-ce qui a fait que le nom de Ben est sorti en premier, et que celui de Harpreet n’est pas sorti du tout ?</translation>
    </message>
    <message id="stretch-project.debrief.what.2">
      <source>What did putting Harpreet forward cost the responder, and what did staying quiet cost Harpreet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Que coûtait à la personne qui répond le fait de proposer Harpreet, et que coûtait à Harpreet le silence de cette personne ?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.1">
      <source>Why is a line manager often the only person able to name someone for an opportunity?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Pourquoi le manager direct est-il souvent la seule personne en mesure de proposer quelqu’un pour une occasion ?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.2">
      <source>What is the difference between giving someone praise and giving them a platform?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Quelle différence y a-t-il entre faire l’éloge de quelqu’un et lui offrir une tribune ?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.1">
      <source>Who in your area is doing excellent work that nobody above you has seen, and what will you do about it this month?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Dans votre périmètre, qui fait un excellent travail que personne au-dessus de vous n’a vu, et qu’allez-vous faire ce mois-ci ?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.2">
      <source>Before you recommend someone, what will you ask them first?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Avant de recommander quelqu’un, que lui demanderez-vous d’abord ?</translation>
    </message>
    <message id="stretch-project.sources.1.title">
      <source>Workplace allyship practice: recommend under-represented colleagues for stretch and high-visibility work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : recommander des collègues sous-représentés pour des projets formateurs et très visibles</translation>
    </message>
    <message id="stretch-project.sources.1.note">
      <source>Based on the practice of actively proposing people who are routinely overlooked for visible projects, and using seniority to open that door.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>S’appuie sur la pratique qui consiste à proposer activement des personnes régulièrement oubliées pour les projets visibles, et à utiliser son ancienneté pour leur ouvrir cette porte.</translation>
    </message>
    <message id="stretch-project.sources.2.title">
      <source>Workplace allyship practice: ask what support someone wants before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Pratique de l’allyship au travail : demander quel soutien une personne souhaite avant d’agir</translation>
    </message>
  </context>
</TS>
