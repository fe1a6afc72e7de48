<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name></name>
    <message id="amplify-overlooked-idea.title">
      <source>The idea that got talked over</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Die Idee, die übergangen wurde</translation>
    </message>
    <message id="amplify-overlooked-idea.summary">
      <source>In a quarterly planning meeting, Nkechi starts to share a proposal backed by her own data and is cut off mid-sentence. The group decides what a colleague at the table does in the moment, and again the next day when the manager asks who should lead the work.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>In der Quartalsplanung beginnt Nkechi, einen Vorschlag vorzustellen, den sie mit eigenen Daten belegt hat, und wird mitten im Satz unterbrochen. Die Gruppe entscheidet, was eine Kollegin oder ein Kollege am Tisch in diesem Moment tut und am nächsten Tag noch einmal, als der Chef fragt, wer die Arbeit leiten soll.</translation>
    </message>
    <message id="amplify-overlooked-idea.content_note">
      <source>This role-play includes a colleague being cut off mid-sentence in a meeting, falling silent, and her idea later being credited to someone else.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel wird eine Kollegin in einem Meeting mitten im Satz unterbrochen und verstummt; ihre Idee wird später jemand anderem zugeschrieben.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.name">
      <source>Nkechi Obi, customer insights analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nkechi).</extracomment>
      <translation>Nkechi Obi, Analystin für Kundenerkenntnisse</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.brief">
      <source>You joined eight months ago and you are the only Black woman on the product team. You spent two evenings pulling last quarter's support tickets and found that roughly one in five asks where an order is. When you are cut off, you do not fight for the floor; you have learnt that pushing back gets you labelled &quot;intense&quot;. Let the group see you go quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nkechi).</extracomment>
      <translation>Du bist vor acht Monaten dazugekommen und die einzige Schwarze Frau im Produktteam. Du hast zwei Abende lang die Support-Tickets des letzten Quartals ausgewertet und herausgefunden, dass ungefähr jedes fünfte fragt, wo eine Bestellung bleibt. Wenn du unterbrochen wirst, kämpfst du nicht um das Wort; du hast gelernt, dass man dich als „anstrengend“ abstempelt, wenn du dagegenhältst. Lass die Gruppe sehen, wie du verstummst.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.name">
      <source>Luca Romano, senior platform engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role luca).</extracomment>
      <translation>Luca Romano, Senior Platform Engineer</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.brief">
      <source>You are worried about the database migration and you jump in because the deadline is real, not because you think Nkechi's point is unimportant. Later, a status page seems like an obvious fix to you and you genuinely do not connect it to what she said. If someone points it out, be a little defensive first (&quot;I wasn't trying to steal anything&quot;), then fair.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role luca).</extracomment>
      <translation>Du machst dir Sorgen um die Datenbankmigration und platzt dazwischen, weil die Frist wirklich drängt, nicht weil du Nkechis Punkt für unwichtig hältst. Später kommt dir eine Statusseite wie eine naheliegende Lösung vor, und du verbindest sie ehrlich nicht mit dem, was sie gesagt hat. Wenn dich jemand darauf anspricht, reagierst du zuerst etwas abwehrend („Ich wollte doch nichts klauen“), dann fair.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.name">
      <source>Graham Whitlock, head of product</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role graham).</extracomment>
      <translation>Jens Wittkamp, Leiter Produkt</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.brief">
      <source>You chair the meeting and you are proud of running it to time. You follow whoever sounds most certain, which is usually Luca. You are not hostile to Nkechi; you simply have not noticed the pattern. If a peer names it calmly, you are open to changing how you run the meeting.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role graham).</extracomment>
      <translation>Du leitest das Meeting und bist stolz darauf, die Zeit einzuhalten. Du folgst der Person, die am sichersten klingt, und das ist meistens Luca. Du hast nichts gegen Nkechi; dir ist das Muster einfach nicht aufgefallen. Wenn jemand auf Augenhöhe es ruhig anspricht, bist du offen dafür, das Meeting anders zu leiten.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.brief">
      <source>Watch who speaks, who is cut off and who gets the credit. Note exact words and timings where you can. Use the checklist, and in the debrief report what you saw before what you think.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte darauf, wer spricht, wer unterbrochen wird und wer die Anerkennung bekommt. Notiere, wo es geht, genaue Worte und Zeitpunkte. Nutze die Beobachtungsliste und berichte in der Nachbesprechung zuerst, was du gesehen hast, und erst dann, was du denkst.</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.1">
      <source>How many seconds passed between Nkechi being cut off and anyone reacting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie viele Sekunden vergingen, nachdem Nkechi unterbrochen wurde, bis jemand reagierte?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it return the floor to Nkechi?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien (ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen) hat die antwortende Person genutzt, und hat Nkechi dadurch wieder das Wort bekommen?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.3">
      <source>Did the credit for the status-page idea end up with the person who raised it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Ist die Anerkennung für die Idee mit der Statusseite bei der Person gelandet, die sie eingebracht hat?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.4">
      <source>Did anyone check with Nkechi about what she wanted, or act purely on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat jemand Nkechi gefragt, was sie selbst wollte, oder wurde nur über ihren Kopf hinweg für sie gehandelt?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.5">
      <source>What did the responder's intervention cost them (time, awkwardness, Luca's goodwill)?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was hat das Eingreifen die antwortende Person gekostet (Zeit, peinliche Momente, Lucas Wohlwollen)?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.title">
      <source>Tuesday, quarterly planning</source>
      <extracomment>Scene heading, shown on the projector (scene planning).</extracomment>
      <translation>Dienstag, Quartalsplanung</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.narration">
      <source>Nkechi turns her laptop towards the room. &quot;I went through last quarter's tickets, and about twenty per cent are people asking where their order is, so a simple status page could —&quot; Luca leans in: &quot;Sorry, quick one before we run out of time: we have to decide the migration today.&quot; Graham nods, &quot;Good shout, let's do that,&quot; and Nkechi closes her laptop halfway.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene planning).</extracomment>
      <translation>Nkechi dreht ihren Laptop zur Runde. „Ich habe mir die Tickets vom letzten Quartal angesehen, und bei etwa zwanzig Prozent fragen Leute, wo ihre Bestellung bleibt. Eine einfache Statusseite könnte also –“ Luca beugt sich vor: „Sorry, ganz kurz, bevor uns die Zeit ausgeht: Wir müssen heute über die Migration entscheiden.“ Jens nickt: „Guter Punkt, machen wir das.“ Nkechi klappt ihren Laptop halb zu.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.notes">
      <source>Read Luca's interruption at a natural pace, not as a villain line; it should feel like something participants have seen a hundred times. Pause for five seconds after the last sentence before showing the prompt. If someone says &quot;the migration really was urgent&quot;, agree: both things can be true, and the question is whether Nkechi gets to finish.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene planning).</extracomment>
      <translation>Lesen Sie Lucas Unterbrechung in normalem Tempo, nicht wie den Satz eines Bösewichts; es soll sich anfühlen wie etwas, das die Teilnehmenden schon hundertmal erlebt haben. Warten Sie nach dem letzten Satz fünf Sekunden, bevor Sie die Frage einblenden. Wenn jemand sagt „Die Migration war wirklich dringend“, stimmen Sie zu: Beides kann stimmen, und die Frage ist, ob Nkechi ausreden darf.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.prompt">
      <source>You are a peer of Luca's, sitting opposite Nkechi. What do you do in the next minute?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene planning).</extracomment>
      <translation>Du bist auf einer Ebene mit Luca und sitzt Nkechi gegenüber. Was tust du in der nächsten Minute?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.text">
      <source>Say nothing. The migration is genuinely urgent and Graham is chairing, so it is his call.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option let-it-go). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>Nichts sagen. Die Migration ist wirklich dringend, und Jens leitet das Meeting, also entscheidet er.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.why">
      <source>Deferring to the chair feels respectful, but it leaves the interruption standing and nobody at the table learns it mattered.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option let-it-go).</extracomment>
      <translation>Der Sitzungsleitung den Vortritt zu lassen wirkt respektvoll, aber die Unterbrechung bleibt stehen, und niemand am Tisch merkt, dass sie etwas ausgemacht hat.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.text">
      <source>Send Nkechi a private chat message: &quot;Your status page idea sounded really promising, by the way.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option private-chat). Shown on a phone button: keep it short, about 97 characters like the English.</extracomment>
      <translation>Nkechi privat im Chat schreiben: „Deine Idee mit der Statusseite klang übrigens richtig gut.“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.why">
      <source>It is warm and it tells her someone was listening, but the room, and Graham, never hear the rest of her proposal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option private-chat).</extracomment>
      <translation>Das ist herzlich und zeigt ihr, dass jemand zugehört hat, aber die Runde und Jens hören den Rest ihres Vorschlags nie.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.text">
      <source>Say nothing now, and after the meeting post in the team channel: &quot;Great energy in planning today, love how many voices we hear on this team!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option team-shout-out). Shown on a phone button: keep it short, about 141 characters like the English.</extracomment>
      <translation>Jetzt nichts sagen und nach dem Meeting im Teamkanal posten: „Tolle Energie heute in der Planung, ich liebe es, wie viele Stimmen wir in diesem Team hören!“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.why">
      <source>It is visible and it sounds inclusive, but it describes a meeting that did not happen and changes nothing for Nkechi.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option team-shout-out).</extracomment>
      <translation>Das ist sichtbar und klingt inklusiv, beschreibt aber ein Meeting, das so nicht stattgefunden hat, und ändert für Nkechi nichts.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.text">
      <source>&quot;Graham, can we give Nkechi one more minute first? She was halfway through the ticket numbers, and then let's do the migration.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option floor-back). Shown on a phone button: keep it short, about 128 characters like the English.</extracomment>
      <translation>„Jens, können wir Nkechi vorher noch eine Minute geben? Sie war mitten in den Ticketzahlen, und dann machen wir die Migration.“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.why">
      <source>It acts in the moment, names her, and hands the floor back rather than retelling her idea for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option floor-back).</extracomment>
      <translation>Du handelst im Moment, nennst sie beim Namen und gibst ihr das Wort zurück, statt ihre Idee für sie nachzuerzählen.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.title">
      <source>Twenty minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene moved-on).</extracomment>
      <translation>Zwanzig Minuten später</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.narration">
      <source>The migration discussion runs long. Near the end, Luca stretches: &quot;Honestly, half our tickets would go away with a status page.&quot; Graham writes it on the whiteboard with an L beside it. Nkechi looks down at her notebook and does not speak again that meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene moved-on).</extracomment>
      <translation>Die Diskussion über die Migration zieht sich. Gegen Ende streckt sich Luca: „Ehrlich gesagt wäre die Hälfte unserer Tickets mit einer Statusseite weg.“ Jens schreibt es ans Whiteboard, mit einem L daneben. Nkechi schaut auf ihr Notizbuch und sagt in diesem Meeting kein Wort mehr.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.notes">
      <source>Some groups will feel a jolt here; let it sit. Ask the observer, briefly, what Nkechi's body language said. Do not open a full discussion yet; the next scene carries the story on.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene moved-on).</extracomment>
      <translation>Manche Gruppen zucken hier zusammen; lassen Sie das wirken. Fragen Sie die beobachtende Person kurz, was Nkechis Körpersprache ausgedrückt hat. Eröffnen Sie noch keine ausführliche Diskussion; die nächste Szene führt die Geschichte weiter.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.title">
      <source>A reply in the chat</source>
      <extracomment>Scene heading, shown on the projector (scene private-note).</extracomment>
      <translation>Eine Antwort im Chat</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.narration">
      <source>Nkechi replies with a thumbs-up and &quot;thanks, maybe another time&quot;. The meeting moves to the migration and over-runs by fifteen minutes. In the corridor afterwards, Luca mentions to Graham that a status page might cut the ticket queue. Graham says he likes it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-note).</extracomment>
      <translation>Nkechi antwortet mit einem Daumen hoch und „danke, vielleicht ein andermal“. Das Meeting wendet sich der Migration zu und überzieht um fünfzehn Minuten. Danach im Flur erwähnt Luca gegenüber Jens, dass eine Statusseite die Ticket-Warteschlange verkürzen könnte. Jens sagt, das gefalle ihm.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.notes">
      <source>This path often feels good to participants because Nkechi said thanks. Ask, gently, what changed for her and what did not. Passive support is real support; the point is where it stops.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-note).</extracomment>
      <translation>Dieser Weg fühlt sich für Teilnehmende oft gut an, weil Nkechi sich bedankt hat. Fragen Sie behutsam, was sich für sie geändert hat und was nicht. Passive Unterstützung ist echte Unterstützung; es geht darum, wo sie endet.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.title">
      <source>The channel post</source>
      <extracomment>Scene heading, shown on the projector (scene upbeat-post).</extracomment>
      <translation>Der Post im Kanal</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.narration">
      <source>Your post collects eight emoji reactions, including one from Graham. Nkechi does not react. In the minutes Graham circulates that evening, the only action on tickets reads &quot;Luca to scope status page&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene upbeat-post).</extracomment>
      <translation>Dein Post sammelt acht Emoji-Reaktionen, darunter eine von Jens. Nkechi reagiert nicht. Im Protokoll, das Jens am Abend verschickt, lautet die einzige Aufgabe zu den Tickets: „Luca: Statusseite konzipieren“.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.notes">
      <source>Expect a defensive moment here (&quot;I was being positive!&quot;). Do not argue with the intention. Ask instead what Nkechi might have felt reading that post after being cut off. Keep the tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene upbeat-post).</extracomment>
      <translation>Rechnen Sie hier mit einem abwehrenden Moment („Ich wollte doch positiv sein!“). Diskutieren Sie nicht über die Absicht. Fragen Sie stattdessen, was Nkechi beim Lesen dieses Posts empfunden haben könnte, nachdem man sie unterbrochen hatte. Bleiben Sie neugierig, nicht belehrend.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.title">
      <source>One more minute</source>
      <extracomment>Scene heading, shown on the projector (scene she-finishes).</extracomment>
      <translation>Noch eine Minute</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.narration">
      <source>There is a short, awkward pause. Graham says, &quot;Sure, quickly.&quot; Nkechi reopens her laptop and shows the chart: one ticket in five, and a rough estimate of the agent hours it would save. Luca exhales audibly but says &quot;Fair, that's a good number.&quot; The meeting over-runs by ten minutes and Graham is visibly tight for his next call.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene she-finishes).</extracomment>
      <translation>Es gibt eine kurze, unangenehme Pause. Jens sagt: „Klar, aber schnell.“ Nkechi klappt ihren Laptop wieder auf und zeigt die Grafik: jedes fünfte Ticket, und eine grobe Schätzung, wie viele Stunden im Support das sparen würde. Luca atmet hörbar aus, sagt aber: „Okay, das ist eine gute Zahl.“ Das Meeting überzieht um zehn Minuten, und Jens ist sichtlich angespannt wegen seines nächsten Termins.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.notes">
      <source>Point out the cost: a pause, an annoyed sigh, a manager running late. Participants who chose this often underestimate how small those costs are next to the benefit; others overestimate them. Both reactions are worth hearing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene she-finishes).</extracomment>
      <translation>Weisen Sie auf die Kosten hin: eine Pause, ein genervtes Seufzen, ein Chef, der zu spät kommt. Wer diese Option gewählt hat, unterschätzt oft, wie klein diese Kosten im Vergleich zum Nutzen sind; andere überschätzen sie. Beide Reaktionen sind es wert, gehört zu werden.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.title">
      <source>Wednesday, your 1:1 with Graham</source>
      <extracomment>Scene heading, shown on the projector (scene one-to-one).</extracomment>
      <translation>Mittwoch, dein Einzelgespräch mit Jens</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.narration">
      <source>Graham is skimming his list. &quot;The status page thing: I'm thinking Luca leads it. He knows the platform and he can turn it round in a sprint. Any thoughts? And how did you find yesterday's meeting, generally?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-to-one).</extracomment>
      <translation>Jens überfliegt seine Liste. „Die Sache mit der Statusseite: Ich denke, Luca übernimmt die Leitung. Er kennt die Plattform und schafft das in einem Sprint. Irgendwelche Gedanken dazu? Und wie fandest du das Meeting gestern so insgesamt?“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.notes">
      <source>Whatever path the group took, this 1:1 is where quiet influence lives. Remind the group that Graham asked a direct question, so silence is an answer too. If time is short, cut the timer to 60 seconds.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-to-one).</extracomment>
      <translation>Egal, welchen Weg die Gruppe genommen hat: In diesem Einzelgespräch liegt der leise Einfluss. Erinnern Sie die Gruppe daran, dass Jens eine direkte Frage gestellt hat, also ist auch Schweigen eine Antwort. Wenn die Zeit knapp ist, verkürzen Sie den Timer auf 60 Sekunden.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.prompt">
      <source>Graham is waiting for your answer. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene one-to-one).</extracomment>
      <translation>Jens wartet auf deine Antwort. Was sagst du?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.text">
      <source>&quot;Sounds fine. Luca's reliable, and the meeting was OK, just long.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option sounds-fine). Shown on a phone button: keep it short, about 66 characters like the English.</extracomment>
      <translation>„Klingt gut. Luca ist zuverlässig, und das Meeting war okay, nur lang.“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.why">
      <source>It is honest about what you feel comfortable saying, and it lets the credit settle where it has already drifted.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option sounds-fine).</extracomment>
      <translation>Das ist ehrlich in Bezug auf das, was du dich zu sagen traust, und lässt die Anerkennung dort liegen, wohin sie schon abgewandert ist.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.text">
      <source>&quot;Luca's good. Maybe Nkechi could be involved too? She had some data on it, I think.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option maybe-involve). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>„Luca ist gut. Vielleicht könnte Nkechi auch mitmachen? Sie hatte, glaube ich, Daten dazu.“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.why">
      <source>You say the right thing because you were asked, but softly enough that Graham can nod and change nothing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option maybe-involve).</extracomment>
      <translation>Du sagst das Richtige, weil du gefragt wurdest, aber so zaghaft, dass Jens nicken und nichts ändern kann.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.text">
      <source>&quot;Luca's fine. Actually, I'd love us to do a no-interruptions pledge. I could make a poster for the meeting room.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option pledge-poster). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>„Luca passt. Ich fände übrigens eine ‚Wir unterbrechen nicht‘-Regel toll. Ich mach ein Plakat für den Besprechungsraum.“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.why">
      <source>It points at a real problem and looks good on the wall, but it avoids the specific decision in front of you: who owns the idea.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option pledge-poster).</extracomment>
      <translation>Das zeigt auf ein echtes Problem und sieht an der Wand gut aus, weicht aber der konkreten Entscheidung aus, um die es gerade geht: wem die Idee gehört.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.text">
      <source>&quot;It was Nkechi's idea, and she has the ticket data. I'd ask her to lead it, with Luca on the build.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option nkechi-leads). Shown on a phone button: keep it short, about 100 characters like the English.</extracomment>
      <translation>„Es war Nkechis Idee, und sie hat die Ticketdaten. Ich würde sie bitten, das zu leiten, und Luca setzt es um.“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.why">
      <source>You correct the record with the person who decides, plainly and without making it a complaint about Luca.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option nkechi-leads).</extracomment>
      <translation>Du rückst die Sache bei der Person gerade, die entscheidet, klar und ohne daraus eine Beschwerde über Luca zu machen.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.text">
      <source>&quot;Nkechi should lead it. And I've noticed she gets cut off in planning more than anyone. Could we open with a round of updates before the discussion, and I'll note in the minutes who raised what?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option change-the-meeting). Shown on a phone button: keep it short, about 195 characters like the English.</extracomment>
      <translation>„Nkechi sollte das leiten. Mir fällt auch auf, dass sie in der Planung öfter unterbrochen wird als alle anderen. Können wir vor der Diskussion eine Update-Runde machen? Ich notiere im Protokoll, wer was eingebracht hat.“</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.why">
      <source>Beyond this one idea, you use your standing with Graham to change how the meeting runs, so fewer ideas get lost next time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option change-the-meeting).</extracomment>
      <translation>Über diese eine Idee hinaus nutzt du deinen Stand bei Jens, um zu ändern, wie das Meeting abläuft, damit beim nächsten Mal weniger Ideen verloren gehen.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene luca-leads).</extracomment>
      <translation>Sechs Wochen später</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.narration">
      <source>The status page ships and cuts &quot;where is my order&quot; tickets by a fifth. Graham thanks Luca at the all-hands. Nkechi has stopped bringing data to planning; in her 1:1s she asks about roles on other teams.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene luca-leads).</extracomment>
      <translation>Die Statusseite geht live und senkt die „Wo ist meine Bestellung?“-Tickets um ein Fünftel. Jens dankt Luca im All-Hands-Meeting. Nkechi bringt keine Daten mehr in die Planung mit; in ihren Einzelgesprächen fragt sie nach Stellen in anderen Teams.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.notes">
      <source>Resist summarising a moral. Ask the group what the cost was, who paid it, and when anyone would notice. Then move to the debrief.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene luca-leads).</extracomment>
      <translation>Widerstehen Sie der Versuchung, eine Moral zusammenzufassen. Fragen Sie die Gruppe, was der Preis war, wer ihn bezahlt hat und wann es jemandem auffallen würde. Gehen Sie dann zur Nachbesprechung über.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Sechs Wochen später</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.narration">
      <source>Graham adds Nkechi to Luca's project &quot;for the numbers&quot;. She builds the dashboard that proves the impact. The launch email thanks &quot;Luca and the team&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Jens nimmt Nkechi „für die Zahlen“ in Lucas Projekt auf. Sie baut das Dashboard, das den Erfolg belegt. In der Launch-Mail wird „Luca und dem Team“ gedankt.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.notes">
      <source>A useful contrast with the bystander ending: more involvement, same credit. Ask what would have made the suggestion land harder.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-helps).</extracomment>
      <translation>Ein nützlicher Kontrast zum Ende auf der Stufe „Zuschauend“: mehr Beteiligung, gleiche Anerkennung. Fragen Sie, was den Vorschlag durchschlagender gemacht hätte.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene poster-up).</extracomment>
      <translation>Sechs Wochen später</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.narration">
      <source>A laminated &quot;One voice at a time&quot; poster goes up beside the screen in the meeting room. People joke about it for a week. Luca leads the status page; Nkechi is cut off twice more in the next planning session, under the poster.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene poster-up).</extracomment>
      <translation>Neben dem Bildschirm im Besprechungsraum hängt jetzt ein laminiertes Plakat: „Eine Stimme nach der anderen“. Eine Woche lang machen die Leute Witze darüber. Luca leitet die Statusseite; Nkechi wird in der nächsten Planung noch zweimal unterbrochen, direkt unter dem Plakat.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.notes">
      <source>Some participants will find this ending funny; let them, then ask what Nkechi might think each time she sees the poster.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene poster-up).</extracomment>
      <translation>Manche Teilnehmende finden dieses Ende lustig; lassen Sie sie lachen und fragen Sie dann, was Nkechi jedes Mal denken könnte, wenn sie das Plakat sieht.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Sechs Wochen später</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.narration">
      <source>Graham pauses, then says, &quot;I didn't realise. Fine, I'll ask her.&quot; Luca is a little cool with you for a few days. Nkechi leads the pilot, presents the one-in-five result to the leadership team, and is asked to look at the returns queue next.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Jens hält kurz inne und sagt dann: „Das war mir nicht bewusst. Gut, ich frage sie.“ Luca ist ein paar Tage lang etwas kühl zu dir. Nkechi leitet das Pilotprojekt, präsentiert der Geschäftsleitung das Ergebnis „jedes fünfte Ticket“ und wird gebeten, sich als Nächstes die Retouren-Warteschlange anzusehen.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.notes">
      <source>Name the cost honestly: a colder colleague for a while. Ask whether the group thinks Nkechi should have been consulted before you spoke up for her; there is no single right answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-owns).</extracomment>
      <translation>Benennen Sie den Preis ehrlich: eine Zeit lang ein kühleres Verhältnis zu einem Kollegen. Fragen Sie, ob die Gruppe findet, dass man Nkechi hätte fragen sollen, bevor man sich für sie eingesetzt hat; es gibt nicht die eine richtige Antwort.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene meeting-changes).</extracomment>
      <translation>Sechs Wochen später</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.narration">
      <source>Graham tries the round of updates the following Tuesday and grumbles that it adds five minutes. Three planning sessions later, two people who rarely spoke have ideas on the board with their initials beside them. Nkechi leads the status page, and Graham now asks &quot;whose idea was this?&quot; before writing anything down.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene meeting-changes).</extracomment>
      <translation>Jens probiert die Update-Runde am folgenden Dienstag aus und murrt, dass sie fünf Minuten kostet. Drei Planungsrunden später stehen von zwei Leuten, die sonst selten etwas sagten, Ideen am Board, mit ihren Initialen daneben. Nkechi leitet die Statusseite, und Jens fragt jetzt „Von wem kam die Idee?“, bevor er irgendetwas aufschreibt.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.notes">
      <source>Participants sometimes see the advocate option as &quot;too much&quot; for a peer. Ask what access they actually have to the person who runs their meetings, and what the smallest process change they could ask for is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene meeting-changes).</extracomment>
      <translation>Teilnehmende halten die Option auf der Stufe „Fürsprechend“ unter Gleichgestellten manchmal für „zu viel“. Fragen Sie, welchen Zugang sie tatsächlich zu der Person haben, die ihre Meetings leitet, und was die kleinste Prozessänderung wäre, um die sie bitten könnten.</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.1">
      <source>What happened to Nkechi's idea between the moment she raised it and the moment it shipped?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was ist mit Nkechis Idee passiert zwischen dem Moment, in dem sie sie eingebracht hat, und dem Moment, in dem sie live ging?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.2">
      <source>At which moment did you, as a group, feel the most pressure to stay quiet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>In welchem Moment habt ihr als Gruppe den stärksten Druck gespürt, still zu bleiben?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.1">
      <source>What does a team learn when the same person is talked over and nobody reacts?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was lernt ein Team, wenn immer dieselbe Person übergangen wird und niemand reagiert?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.2">
      <source>Why might a private message feel like enough to the sender, and not to the person who was cut off?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum fühlt sich eine private Nachricht für die Person, die sie schreibt, vielleicht genug an, für die unterbrochene Person aber nicht?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.1">
      <source>Which meeting you attend next week has a pattern like this, and what sentence will you have ready?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welches Meeting, an dem ihr nächste Woche teilnehmt, hat ein solches Muster, und welchen Satz werdet ihr parat haben?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.2">
      <source>Who runs that meeting, and what small change to its format could you ask them for?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wer leitet dieses Meeting, und um welche kleine Änderung am Ablauf könntet ihr diese Person bitten?</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.title">
      <source>Workplace allyship practice: amplify overlooked ideas in meetings</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: übergangene Ideen in Meetings verstärken</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.note">
      <source>Drawn from the practice of returning the floor to a colleague whose idea was passed over, and making sure the credit reaches decision makers.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Beruht auf der Praxis, einer Kollegin oder einem Kollegen, deren oder dessen Idee übergangen wurde, das Wort zurückzugeben und dafür zu sorgen, dass die Anerkennung bei den Entscheidungsträgern ankommt.</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.2.title">
      <source>Workplace allyship practice: intervene in the moment</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: im Moment eingreifen</translation>
    </message>
    <message id="ask-what-support.title">
      <source>Ask before you act</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Erst fragen, dann handeln</translation>
    </message>
    <message id="ask-what-support.summary">
      <source>A lead researcher tells a colleague over coffee that, for the second time this month, a client directed every question about her work to her junior colleague. The colleague badly wants to do something. The group decides whether he listens and asks what she wants first, or rushes to fix it, and then lives with the consequences at the next client workshop.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Eine leitende Researcherin erzählt einem Kollegen beim Kaffee, dass ein Kunde diesen Monat schon zum zweiten Mal jede Frage zu ihrer Arbeit an ihren Junior-Kollegen gerichtet hat. Der Kollege will unbedingt etwas tun. Die Gruppe entscheidet, ob er zuhört und sie erst fragt, was sie möchte, oder ob er vorprescht und es selbst regelt – und erlebt die Folgen im nächsten Kundenworkshop.</translation>
    </message>
    <message id="ask-what-support.content_note">
      <source>This role-play includes a client repeatedly bypassing a lead researcher and putting every question about her work to a junior colleague, and a co-worker acting for her without asking.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel übergeht ein Kunde immer wieder eine leitende Researcherin und richtet jede Frage zu ihrer Arbeit an einen Junior-Kollegen; ein Kollege handelt für sie, ohne sie zu fragen.</translation>
    </message>
    <message id="ask-what-support.roles.erik.name">
      <source>Erik Johansson, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role erik).</extracomment>
      <translation>Erik Johansson, Produktmanager</translation>
    </message>
    <message id="ask-what-support.roles.erik.brief">
      <source>You work alongside Ama and count her as a friend. You were in the workshop and saw everything. You feel angry on her behalf and have a strong urge to fix it today. You also have a good relationship with Grace, the account lead, and could email the client in two minutes.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role erik).</extracomment>
      <translation>Du arbeitest eng mit Ama zusammen und siehst sie als Freundin. Du warst im Workshop dabei und hast alles mitbekommen. Du bist wütend für sie und hast den starken Drang, das heute noch zu klären. Du hast außerdem einen guten Draht zu Grace, der Kundenverantwortlichen, und könntest dem Kunden in zwei Minuten eine Mail schreiben.</translation>
    </message>
    <message id="ask-what-support.roles.ama.name">
      <source>Ama Owusu, lead UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ama).</extracomment>
      <translation>Ama Owusu, leitende UX-Researcherin</translation>
    </message>
    <message id="ask-what-support.roles.ama.brief">
      <source>You ran every patient interview on this project. In both client workshops so far this month, Henrik, the client's operations director, has put every research question to Sam, who joined four months ago. You want to handle it your way: you will talk to Grace yourself when you are ready, and you do not want HR involved yet. What you would like from Erik, if he asks, is simple: if it happens again, pass the question to you lightly, without a speech. If someone acts for you without asking, you feel exposed and say so.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ama).</extracomment>
      <translation>Du hast in diesem Projekt jedes einzelne Interview mit Patientinnen und Patienten geführt. In beiden Kundenworkshops diesen Monat hat Henrik, der Betriebsleiter des Kunden, jede Frage zur Forschung an Sam gestellt, der erst seit vier Monaten dabei ist. Du willst das auf deine Weise angehen: Du sprichst selbst mit Grace, wenn du so weit bist, und die Personalabteilung willst du noch nicht einschalten. Was du dir von Erik wünschst, falls er fragt, ist einfach: Wenn es wieder passiert, soll er die Frage locker an dich weitergeben, ohne große Rede. Wenn jemand ohne zu fragen für dich handelt, fühlst du dich bloßgestellt und sagst das auch.</translation>
    </message>
    <message id="ask-what-support.roles.sam.name">
      <source>Sam Whitaker, junior UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sam).</extracomment>
      <translation>Sam Whitaker, UX-Researcher (Junior)</translation>
    </message>
    <message id="ask-what-support.roles.sam.brief">
      <source>You answer because you are asked, and each time you feel worse about it. You don't know how to hand the question back without making it awkward for the client. If anyone redirects a question to Ama, you are visibly relieved.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sam).</extracomment>
      <translation>Du antwortest, weil man dich fragt, und jedes Mal fühlst du dich schlechter dabei. Du weißt nicht, wie du die Frage zurückgeben kannst, ohne dass es für den Kunden peinlich wird. Wenn jemand eine Frage an Ama weiterleitet, bist du sichtlich erleichtert.</translation>
    </message>
    <message id="ask-what-support.roles.grace.name">
      <source>Grace Liu, account lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role grace).</extracomment>
      <translation>Grace Liu, Kundenverantwortliche</translation>
    </message>
    <message id="ask-what-support.roles.grace.brief">
      <source>This client is the agency's biggest account and you protect the relationship closely. You like Ama and rate her work. If you hear about the problem from an email you weren't expecting, your first instinct is damage control; if Ama or Erik bring you a proposal, you listen.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role grace).</extracomment>
      <translation>Dieser Kunde ist der größte der Agentur, und du hütest die Beziehung sorgfältig. Du magst Ama und schätzt ihre Arbeit. Erfährst du von dem Problem durch eine Mail, mit der du nicht gerechnet hast, ist dein erster Reflex Schadensbegrenzung; kommen Ama oder Erik mit einem Vorschlag zu dir, hörst du zu.</translation>
    </message>
    <message id="ask-what-support.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="ask-what-support.roles.observer.brief">
      <source>Watch whether Erik asks questions or makes statements, and how long he lets Ama talk before he offers a solution. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte darauf, ob Erik Fragen stellt oder Aussagen macht, und wie lange er Ama reden lässt, bevor er eine Lösung anbietet. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.1">
      <source>Before acting, did Erik ask Ama what she wanted? Write down the exact question if he did.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat Erik Ama gefragt, was sie möchte, bevor er gehandelt hat? Falls ja: Notiere die genaue Frage.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.2">
      <source>Did Erik say that he believed her, and that he had seen it too?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat Erik gesagt, dass er ihr glaubt und dass er es auch gesehen hat?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.3">
      <source>Who decided what would happen next: Ama, Erik, or someone else? At which moment did that change hands?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wer hat entschieden, wie es weitergeht: Ama, Erik oder jemand anderes? In welchem Moment ist die Entscheidung in andere Hände gegangen?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.4">
      <source>In the workshop, which of the five moves appeared: distract, delegate, document, delay, direct? A light redirect of a question is a form of direct; a quiet word with Grace is a form of delegate.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien kamen im Workshop vor: ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen? Eine Frage locker weiterzugeben ist eine Form von „direkt ansprechen“; ein kurzes Wort unter vier Augen mit Grace ist eine Form von „delegieren“.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.5">
      <source>What did each choice cost Ama, even when it was meant to help her?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was hat jede Entscheidung Ama gekostet, auch wenn sie ihr helfen sollte?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.title">
      <source>The kitchen, Tuesday</source>
      <extracomment>Scene heading, shown on the projector (scene coffee).</extracomment>
      <translation>Die Teeküche, Dienstag</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.narration">
      <source>Tuesday, the office kitchen, straight after the second client workshop this month. Ama Owusu stirs her coffee and says, without looking up: &quot;He did it again. Every question about my research, Henrik asked Sam. Sam's been here four months.&quot; She laughs, but not much. Erik Johansson was in the workshop and saw all of it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene coffee).</extracomment>
      <translation>Dienstag, in der Teeküche, direkt nach dem zweiten Kundenworkshop in diesem Monat. Ama Owusu rührt in ihrem Kaffee und sagt, ohne aufzusehen: „Er hat es schon wieder gemacht. Jede Frage zu meiner Forschung hat Henrik an Sam gestellt. Sam ist seit vier Monaten hier.“ Sie lacht, aber nur kurz. Erik Johansson war im Workshop dabei und hat alles gesehen.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.notes">
      <source>Two minutes. Most groups lean strongly towards &quot;do something now&quot;, which is exactly the tension this scenario is built on. Don't correct that urge; let it be voted on. If someone says &quot;I'd ask her what she wants&quot;, ask them what they would do if her answer was &quot;nothing&quot;.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene coffee).</extracomment>
      <translation>Zwei Minuten. Die meisten Gruppen neigen stark zu „sofort etwas tun“ – genau auf dieser Spannung baut das Szenario auf. Korrigieren Sie diesen Impuls nicht; lassen Sie darüber abstimmen. Sagt jemand „Ich würde sie fragen, was sie möchte“, fragen Sie nach, was die Person täte, wenn die Antwort „nichts“ wäre.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.prompt">
      <source>You are Erik. What do you do next?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene coffee).</extracomment>
      <translation>Du bist Erik. Was tust du als Nächstes?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.text">
      <source>&quot;Ugh, clients.&quot; Then, because you don't know what else to say, ask whether she's seen the new sprint board.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option change-subject). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>„Ach, Kunden.“ Dann, weil du nicht weißt, was du sagen sollst, fragst du nach dem neuen Sprint-Board.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.why">
      <source>Not knowing what to say is common and very human. But changing the subject tells Ama, without meaning to, that this isn't something you will hold with her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option change-subject).</extracomment>
      <translation>Nicht zu wissen, was man sagen soll, ist verbreitet und sehr menschlich. Doch wenn du das Thema wechselst, signalisierst du Ama ungewollt, dass du das nicht mit ihr tragen wirst.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.text">
      <source>&quot;That's really not OK. You should take it to HR.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option suggest-hr). Shown on a phone button: keep it short, about 49 characters like the English.</extracomment>
      <translation>„Das geht echt nicht. Geh damit zur Personalabteilung.“</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.why">
      <source>You say it isn't acceptable, which matters. But the advice hands all the work back to her and assumes she wants a formal route.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option suggest-hr).</extracomment>
      <translation>Du sagst, dass es nicht in Ordnung ist, und das zählt. Aber der Rat schiebt die ganze Arbeit wieder ihr zu und unterstellt, dass sie einen offiziellen Weg will.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.text">
      <source>&quot;Right, I'm emailing Henrik and Grace now. This needs calling out.&quot; You open your laptop.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option fix-it-now). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>„Gut, ich schreibe Henrik und Grace jetzt. Das muss angesprochen werden.“ Du klappst den Laptop auf.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.why">
      <source>It feels like decisive support, and the anger is on her side. But it takes the decision away from Ama and makes the story about your intervention; rescuing is still about the rescuer.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option fix-it-now).</extracomment>
      <translation>Es fühlt sich nach entschlossener Unterstützung an, und die Wut steht auf ihrer Seite. Aber es nimmt Ama die Entscheidung ab und macht die Geschichte zu einer über dein Eingreifen; beim Retten geht es immer noch um die Person, die rettet.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.text">
      <source>&quot;I saw it too, and I believe you. What would help, from me, if anything? I could say something next time, back you up with Grace, or just listen.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option ask-her). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>„Ich hab’s auch gesehen, und ich glaube dir. Was würde dir helfen, falls überhaupt? Ich könnte nächstes Mal was sagen, dich bei Grace unterstützen oder einfach zuhören.“</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.why">
      <source>You confirm what you saw, believe her, and let her decide what support looks like before you do anything.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option ask-her).</extracomment>
      <translation>Du bestätigst, was du gesehen hast, glaubst ihr und lässt sie entscheiden, wie Unterstützung aussehen soll, bevor du irgendetwas tust.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.title">
      <source>The sprint board</source>
      <extracomment>Scene heading, shown on the projector (scene subject-changed).</extracomment>
      <translation>Das Sprint-Board</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.narration">
      <source>Ama pauses, then says, &quot;Yeah, the sprint board,&quot; and the moment closes. They talk about tickets for five minutes. She doesn't raise the workshop with Erik again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene subject-changed).</extracomment>
      <translation>Ama stockt kurz und sagt dann: „Ja, das Sprint-Board.“ Und der Moment ist vorbei. Fünf Minuten reden die beiden über Tickets. Auf den Workshop spricht sie Erik nie wieder an.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.notes">
      <source>Ask Ama's role-player what she was hoping for when she spoke. Usually it is very little: to be believed. Keep it short.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene subject-changed).</extracomment>
      <translation>Fragen Sie die Person, die Ama spielt, was sie sich erhofft hat, als sie davon erzählte. Meist ist es sehr wenig: dass man ihr glaubt. Halten Sie es kurz.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.title">
      <source>Advice to carry</source>
      <extracomment>Scene heading, shown on the projector (scene hr-suggested).</extracomment>
      <translation>Noch etwas zu tragen</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.narration">
      <source>Ama nods: &quot;Maybe.&quot; She knows where HR is; what she wanted to know was whether anyone else had noticed. A formal complaint about the biggest client feels like a risk to the account and to her, so she doesn't make one. Now she carries the advice as well as the problem.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene hr-suggested).</extracomment>
      <translation>Ama nickt: „Vielleicht.“ Wo die Personalabteilung ist, weiß sie; sie wollte eigentlich wissen, ob es noch jemandem aufgefallen ist. Eine offizielle Beschwerde über den größten Kunden fühlt sich wie ein Risiko an, für den Kunden und für sie selbst, also lässt sie es. Jetzt trägt sie neben dem Problem auch noch den Rat mit sich herum.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.notes">
      <source>Participants who chose this often say &quot;but HR is the right channel&quot;. It can be. Ask who gets to decide whether it is the right channel for Ama, and what it would cost her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene hr-suggested).</extracomment>
      <translation>Wer diese Option gewählt hat, sagt oft: „Aber die Personalabteilung ist doch der richtige Weg.“ Das kann sein. Fragen Sie, wer entscheiden darf, ob es für Ama der richtige Weg ist, und was es sie kosten würde.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.title">
      <source>Clearing the air</source>
      <extracomment>Scene heading, shown on the projector (scene emailed).</extracomment>
      <translation>Die Sache aus der Welt schaffen</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.narration">
      <source>Erik's email to Henrik is polite and firm, and copies in Grace Liu, the account lead. Within the hour, Grace calls Ama into a meeting room: the client has replied, mortified, and wants a call with her to &quot;clear the air&quot;. Ama is now the person who complained about the agency's biggest client, and she never complained.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene emailed).</extracomment>
      <translation>Eriks Mail an Henrik ist höflich und bestimmt, und Grace Liu, die Kundenverantwortliche, steht in Kopie. Keine Stunde später holt Grace Ama in einen Besprechungsraum: Der Kunde hat geantwortet, zutiefst beschämt, und möchte mit ihr telefonieren, um „die Sache aus der Welt zu schaffen“. Ama ist jetzt die, die sich über den größten Kunden der Agentur beschwert hat – dabei hat sie sich nie beschwert.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.notes">
      <source>This is the scene people remember. Let Grace's role-player play the damage control straight. Do not shame the person who chose the email; the impulse was generous. Ask instead: whose name is on the problem now?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene emailed).</extracomment>
      <translation>An diese Szene erinnern sich die Leute. Lassen Sie die Person, die Grace spielt, die Schadensbegrenzung ganz ernsthaft spielen. Beschämen Sie nicht, wer die Mail gewählt hat; der Impuls war großzügig. Fragen Sie stattdessen: Wessen Name klebt jetzt an dem Problem?</translation>
    </message>
    <message id="ask-what-support.scenes.asked.title">
      <source>What she asked for</source>
      <extracomment>Scene heading, shown on the projector (scene asked).</extracomment>
      <translation>Worum sie gebeten hat</translation>
    </message>
    <message id="ask-what-support.scenes.asked.narration">
      <source>Ama thinks for a moment: &quot;Honestly? If he does it again on Thursday, pass the question to me, lightly and without a speech, and please don't go to Grace; I'll talk to her when I'm ready.&quot; Erik wants to do more than that. He writes down exactly what she asked for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene asked).</extracomment>
      <translation>Ama überlegt kurz: „Ehrlich? Wenn er es am Donnerstag wieder macht, gib die Frage an mich weiter, locker und ohne große Rede. Und bitte geh nicht zu Grace; mit ihr rede ich, wenn ich so weit bin.“ Erik würde gern mehr tun. Er notiert sich genau, worum sie ihn gebeten hat.</translation>
    </message>
    <message id="ask-what-support.scenes.asked.notes">
      <source>Point out that Erik wanting to do more is normal, and that the discipline here is doing what was asked, well. Some participants will feel it is &quot;too small&quot;. Ask Ama's role-player whether it feels small to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene asked).</extracomment>
      <translation>Weisen Sie darauf hin, dass es normal ist, dass Erik mehr tun möchte, und dass die eigentliche Disziplin darin liegt, das Erbetene gut zu tun. Manche werden es „zu wenig“ finden. Fragen Sie die Person, die Ama spielt, ob es sich für sie wenig anfühlt.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.title">
      <source>Thursday's workshop</source>
      <extracomment>Scene heading, shown on the projector (scene workshop).</extracomment>
      <translation>Der Workshop am Donnerstag</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.narration">
      <source>Thursday, the third workshop of the month. Twenty minutes in, Henrik Dahl turns to Sam: &quot;So what did patients say about the booking flow?&quot; Ama led every one of those interviews. Sam glances at her, then down at his notes, and opens his mouth to answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene workshop).</extracomment>
      <translation>Donnerstag, der dritte Workshop in diesem Monat. Nach zwanzig Minuten wendet sich Henrik Dahl an Sam: „Und, was haben die Patienten zum Buchungsablauf gesagt?“ Jedes dieser Interviews hat Ama geführt. Sam wirft ihr einen Blick zu, schaut dann auf seine Notizen und setzt zur Antwort an.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.notes">
      <source>Run this as a quick live role-play if you have time: Henrik (you can play him), Sam, Ama, Erik. Give the group ninety seconds to decide. Watch for the gap between what people say they would do and what their role-player actually manages to say out loud.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene workshop).</extracomment>
      <translation>Spielen Sie das als kurzes Live-Rollenspiel, wenn Zeit ist: Henrik (den können Sie selbst spielen), Sam, Ama, Erik. Geben Sie der Gruppe neunzig Sekunden für die Entscheidung. Achten Sie auf die Lücke zwischen dem, was die Leute angeblich tun würden, und dem, was ihre Rollen dann tatsächlich laut aussprechen.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.prompt">
      <source>You are Erik. Sam is about to answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene workshop).</extracomment>
      <translation>Du bist Erik. Sam will gerade antworten. Was tust du?</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.text">
      <source>Stay quiet. Sam can handle it, and jumping in might make things awkward with the client.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option let-it-go). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>Nichts sagen. Sam schafft das, und Dazwischengehen könnte es mit dem Kunden unangenehm machen.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.why">
      <source>Wanting to protect the client relationship is reasonable. But the research goes to the client in someone else's voice, for the third time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option let-it-go).</extracomment>
      <translation>Die Kundenbeziehung schützen zu wollen, ist nachvollziehbar. Aber die Forschung erreicht den Kunden zum dritten Mal mit der Stimme eines anderen.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.text">
      <source>Say nothing in the room; afterwards, post in the team channel about how important it is to credit researchers properly, and tag Ama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option post-later). Shown on a phone button: keep it short, about 132 characters like the English.</extracomment>
      <translation>Im Raum nichts sagen; danach im Teamkanal posten, wie wichtig es ist, Forschungsarbeit richtig zuzuordnen, und Ama markieren.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.why">
      <source>The message is true and public. But it arrives after the moment that mattered, and it puts Ama's week on display for an audience she didn't choose.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option post-later).</extracomment>
      <translation>Die Botschaft stimmt und ist öffentlich. Aber sie kommt nach dem entscheidenden Moment und stellt Amas Woche vor einem Publikum aus, das sie sich nicht ausgesucht hat.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.text">
      <source>&quot;Ama ran those interviews. Ama, do you want to take that one?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option redirect). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>„Die Interviews hat Ama geführt. Ama, magst du das übernehmen?“</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.why">
      <source>A light redirect in the moment: the question goes to its owner, and nobody is put on trial.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option redirect).</extracomment>
      <translation>Eine leichte Umlenkung im richtigen Moment: Die Frage landet bei der Person, der die Arbeit gehört, und niemand wird an den Pranger gestellt.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.text">
      <source>Redirect the question now. Afterwards, ask Ama whether she would like to propose to Grace, together, that every client session opens by naming who leads each part of the work, and only go ahead if she says yes.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option change-the-setup). Shown on a phone button: keep it short, about 210 characters like the English.</extracomment>
      <translation>Die Frage jetzt weiterleiten. Danach Ama fragen, ob ihr Grace gemeinsam vorschlagen wollt, dass zu Beginn jedes Kundentermins gesagt wird, wer welchen Teil der Arbeit leitet – und nur weitermachen, wenn sie Ja sagt.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.why">
      <source>You act in the moment and then work on the setup that keeps producing the problem, with Ama deciding whether and how.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option change-the-setup).</extracomment>
      <translation>Du handelst im Moment und arbeitest danach an dem Ablauf, der das Problem immer wieder erzeugt – wobei Ama entscheidet, ob und wie.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.title">
      <source>At Erik's desk</source>
      <extracomment>Scene heading, shown on the projector (scene fallout).</extracomment>
      <translation>An Eriks Schreibtisch</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.narration">
      <source>Later, Ama finds Erik at his desk. &quot;I didn't ask you to do that. Now Grace thinks I'm making trouble with our biggest client, and I have to get on a call with Henrik and be gracious about it.&quot; Her voice is steady; her hands aren't.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fallout).</extracomment>
      <translation>Später findet Ama Erik an seinem Schreibtisch. „Darum hatte ich dich nicht gebeten. Jetzt denkt Grace, ich mache Ärger mit unserem größten Kunden, und ich muss mit Henrik telefonieren und dabei auch noch freundlich sein.“ Ihre Stimme ist ruhig; ihre Hände sind es nicht.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.notes">
      <source>The person playing Erik often gets defensive here, which is useful: it is exactly the reflex the scenario is about. Let it happen, then ask the room what Ama needed to hear. Keep the tone warm; nobody should leave feeling stupid for wanting to help.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fallout).</extracomment>
      <translation>Wer Erik spielt, geht hier oft in die Verteidigung – und das ist nützlich: Es ist genau der Reflex, um den es im Szenario geht. Lassen Sie es geschehen und fragen Sie dann die Gruppe, was Ama hätte hören müssen. Bleiben Sie freundlich im Ton; niemand soll sich dumm vorkommen, weil er oder sie helfen wollte.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.prompt">
      <source>You are Erik. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene fallout).</extracomment>
      <translation>Du bist Erik. Was sagst du?</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.text">
      <source>&quot;I was only trying to help. Someone had to say something, and you'd have been upset if nobody did.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option defend). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>„Ich wollte doch nur helfen. Irgendwer musste was sagen, und du wärst sauer gewesen, wenn keiner was sagt.“</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.why">
      <source>Explaining your intent protects your picture of yourself as the one who stood up, and it asks Ama to manage your feelings on top of the fallout.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option defend).</extracomment>
      <translation>Wenn du deine Absicht erklärst, schützt du dein Bild von dir als der Person, die eingeschritten ist – und verlangst von Ama, zusätzlich zu den Folgen auch noch deine Gefühle aufzufangen.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.text">
      <source>&quot;Sorry. I'll stay out of it from now on.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option retreat). Shown on a phone button: keep it short, about 41 characters like the English.</extracomment>
      <translation>„Tut mir leid. Ich halte mich ab jetzt raus.“</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.why">
      <source>The apology is real. But stepping back entirely leaves Ama alone with a situation you set in motion.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option retreat).</extracomment>
      <translation>Die Entschuldigung ist echt. Aber wenn du dich ganz zurückziehst, lässt du Ama mit einer Lage allein, die du selbst angestoßen hast.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.text">
      <source>&quot;You're right. I didn't ask, and I should have. I'm sorry. What would help now? I can tell Grace it was entirely my idea, join the call, or stay well away from it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option repair). Shown on a phone button: keep it short, about 164 characters like the English.</extracomment>
      <translation>„Du hast recht. Ich hätte fragen sollen. Tut mir leid. Was hilft jetzt? Ich sage Grace, dass es allein meine Idee war, komme mit in den Call oder halte mich ganz raus.“</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.why">
      <source>You own the mistake without excuses, then go back to the step you skipped: asking what she wants.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option repair).</extracomment>
      <translation>Du stehst ohne Ausreden zu deinem Fehler und holst dann den Schritt nach, den du übersprungen hast: fragen, was sie möchte.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.title">
      <source>The version the client remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-silence).</extracomment>
      <translation>Die Version, an die sich der Kunde erinnert</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.narration">
      <source>Sam answers, haltingly, and gets one detail wrong; Ama corrects it in a follow-up email that nobody reads closely. At the end, Henrik thanks Sam warmly for the insights. By the next month, Ama has asked to move to a different account.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-silence).</extracomment>
      <translation>Sam antwortet stockend und gibt ein Detail falsch wieder; Ama korrigiert es in einer Nachfass-Mail, die niemand genau liest. Am Ende dankt Henrik Sam herzlich für die Erkenntnisse. Im Monat darauf hat Ama darum gebeten, auf einen anderen Kunden zu wechseln.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.notes">
      <source>Ask Sam's role-player how it felt to answer. The junior colleague is often the forgotten cost in this story.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-silence).</extracomment>
      <translation>Fragen Sie die Person, die Sam spielt, wie es sich angefühlt hat zu antworten. Der Junior-Kollege ist in dieser Geschichte oft der vergessene Preis.</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.title">
      <source>A dozen reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-post).</extracomment>
      <translation>Ein Dutzend Reaktionen</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.narration">
      <source>The post gets a dozen reactions and a few comments praising Erik for speaking up. Ama adds a small thumbs-up and says nothing; she hadn't wanted her week to become a lesson for the channel. In the workshop itself, the question went to Sam, and Sam's answer is the one the client remembers.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-post).</extracomment>
      <translation>Der Post bekommt ein Dutzend Reaktionen und ein paar Kommentare, die Erik dafür loben, dass er es angesprochen hat. Ama setzt einen kleinen Daumen nach oben und sagt nichts; sie wollte nicht, dass ihre Woche zur Lektion für den Kanal wird. Im Workshop selbst ging die Frage an Sam, und Sams Antwort ist die, an die sich der Kunde erinnert.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.title">
      <source>The right size</source>
      <extracomment>Scene heading, shown on the projector (scene end-redirected).</extracomment>
      <translation>Genau richtig</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.narration">
      <source>Sam hands over with visible relief. Ama answers in thirty seconds, clearly, and Henrik puts his next question to her directly. Afterwards she says only, &quot;Thanks. That was the right size.&quot; It doesn't change Henrik overnight, but it changes who the client calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-redirected).</extracomment>
      <translation>Sam gibt die Frage sichtlich erleichtert ab. Ama antwortet in dreißig Sekunden, klar und deutlich, und Henrik richtet seine nächste Frage direkt an sie. Danach sagt sie nur: „Danke. Das war genau richtig.“ Henrik ändert sich dadurch nicht über Nacht, aber es ändert, wen der Kunde anruft.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.notes">
      <source>If the path came through the kitchen scene where Erik asked, point out that he knew the right size because he asked. If it came another way, ask what made the redirect land.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-redirected).</extracomment>
      <translation>Kam der Weg über die Küchenszene, in der Erik gefragt hat, weisen Sie darauf hin: Er wusste, was genau richtig war, weil er gefragt hat. Kam er auf anderem Weg zustande, fragen Sie, warum die Umlenkung funktioniert hat.</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.title">
      <source>Names on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene end-setup).</extracomment>
      <translation>Namen auf der Agenda</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.narration">
      <source>Ama says yes, and wants to make the proposal with Erik rather than have him make it for her. Grace agrees, a little reluctantly, worried it will look as if the agency is managing the client. From the next workshop every agenda names its leads; Henrik's questions start going to Ama, and two other teams borrow the format.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-setup).</extracomment>
      <translation>Ama sagt Ja und möchte den Vorschlag zusammen mit Erik machen, statt ihn das für sie erledigen zu lassen. Grace stimmt zu, etwas widerwillig, weil sie fürchtet, es könne so aussehen, als wolle die Agentur den Kunden bevormunden. Ab dem nächsten Workshop steht auf jeder Agenda, wer was leitet; Henriks Fragen gehen allmählich an Ama, und zwei andere Teams übernehmen das Format.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.title">
      <source>A conversation closes</source>
      <extracomment>Scene heading, shown on the projector (scene end-defended).</extracomment>
      <translation>Ein Gespräch ist zu Ende</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.narration">
      <source>Ama says &quot;OK&quot; in the tone that ends a conversation. On the call, Henrik apologises and Ama is gracious, and Grace notes in the account file that the relationship is &quot;sensitive&quot;. Ama stops telling Erik things.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-defended).</extracomment>
      <translation>Ama sagt „Okay“ in dem Ton, mit dem man ein Gespräch beendet. Im Call entschuldigt sich Henrik, Ama bleibt freundlich, und Grace vermerkt in der Kundenakte, die Beziehung sei „sensibel“. Ama erzählt Erik nichts mehr.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.notes">
      <source>Ask the room: what did Ama lose here that she had before Tuesday? Usually: a person she could think out loud with.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-defended).</extracomment>
      <translation>Fragen Sie die Gruppe: Was hat Ama hier verloren, das sie vor Dienstag noch hatte? Meist lautet die Antwort: jemanden, mit dem sie laut nachdenken konnte.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.title">
      <source>Alone on the call</source>
      <extracomment>Scene heading, shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Allein im Call</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.narration">
      <source>Erik keeps his word and stays out of it. Ama handles the call alone; it goes fine, and it costs her an afternoon of preparation and a weekend of replaying it. When Henrik does it again a month later, she doesn't expect anyone to notice.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Erik hält Wort und hält sich raus. Ama führt den Call allein; er verläuft gut und kostet sie einen Nachmittag Vorbereitung und ein Wochenende, an dem sie ihn im Kopf immer wieder durchspielt. Als Henrik es einen Monat später wieder tut, rechnet sie nicht mehr damit, dass es jemandem auffällt.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.notes">
      <source>Participants sometimes see this as the respectful choice. Ask whether backing off and asking what she wants now are the same thing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-withdrawn).</extracomment>
      <translation>Manche sehen das als die respektvolle Wahl. Fragen Sie, ob sich zurückziehen und jetzt fragen, was sie möchte, dasselbe ist.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.title">
      <source>Asked, this time</source>
      <extracomment>Scene heading, shown on the projector (scene end-repaired).</extracomment>
      <translation>Diesmal gefragt</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.narration">
      <source>Ama asks him to tell Grace it was his call, and to stay off the Henrik call. He does both. Grace is cross with Erik rather than Ama, and tells him so. A few weeks later, Ama says she is glad someone saw it, and that next time she would like to be asked first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-repaired).</extracomment>
      <translation>Ama bittet ihn, Grace zu sagen, dass es seine Entscheidung war, und sich aus dem Call mit Henrik herauszuhalten. Er tut beides. Grace ärgert sich über Erik statt über Ama und sagt ihm das auch. Ein paar Wochen später sagt Ama, sie sei froh, dass es jemand gesehen hat, und dass sie beim nächsten Mal gern vorher gefragt werden möchte.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.notes">
      <source>Make the link to the first decision explicit: the repair is the same move as the kitchen option, just arriving a day late and at a higher price.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-repaired).</extracomment>
      <translation>Stellen Sie die Verbindung zur ersten Entscheidung ausdrücklich her: Die Wiedergutmachung ist derselbe Schritt wie die Option in der Küche – nur einen Tag zu spät und zu einem höheren Preis.</translation>
    </message>
    <message id="ask-what-support.debrief.what.1">
      <source>What did Ama actually ask for, on the path where she was asked? What did she get on ours?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Worum hat Ama tatsächlich gebeten, auf dem Weg, auf dem sie gefragt wurde? Was hat sie auf unserem Weg bekommen?</translation>
    </message>
    <message id="ask-what-support.debrief.what.2">
      <source>At what point did the decision about what happened next pass from Ama to someone else?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>An welchem Punkt ging die Entscheidung darüber, wie es weitergeht, von Ama auf jemand anderen über?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.1">
      <source>Why is the urge to rescue so strong, and whose discomfort is it relieving?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum ist der Drang zu retten so stark, und wessen Unbehagen lindert er?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.2">
      <source>What is the difference between support that is big and support that is the right size?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was ist der Unterschied zwischen großer Unterstützung und Unterstützung in genau der richtigen Größe?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.1">
      <source>What question will you ask the next time someone tells you about being excluded, before you offer anything?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welche Frage werdet ihr stellen, wenn euch das nächste Mal jemand erzählt, dass er oder sie ausgegrenzt wurde – bevor ihr irgendetwas anbietet?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.2">
      <source>Think of a time you acted on someone's behalf without asking. What would you do differently now?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Denkt an eine Situation, in der ihr für jemanden gehandelt habt, ohne zu fragen. Was würdet ihr heute anders machen?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.3">
      <source>What could you do in your next client or team meeting to make sure questions reach the person who owns the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Was könntet ihr im nächsten Kunden- oder Teammeeting tun, damit Fragen bei der Person ankommen, der die Arbeit gehört?</translation>
    </message>
    <message id="ask-what-support.sources.1.title">
      <source>Workplace allyship practice: listen first, believe people, and ask what support they want before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: erst zuhören, Menschen glauben und fragen, welche Unterstützung sie möchten, bevor man handelt</translation>
    </message>
    <message id="ask-what-support.sources.1.note">
      <source>Drawn from allyship guidance on active listening, validating colleagues' experiences, and avoiding the rescuer role.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Grundlage sind Allyship-Leitfäden zu aktivem Zuhören, zur Anerkennung der Erfahrungen von Kolleginnen und Kollegen und dazu, die Retterrolle zu vermeiden.</translation>
    </message>
    <message id="banter-joke.title">
      <source>It's only banter</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Ist doch nur Spaß</translation>
    </message>
    <message id="banter-joke.summary">
      <source>In a sprint retrospective, a well-liked developer repeats a colleague's point in an exaggerated accent and the room laughs. The group decides what a teammate does in the moment, and what they say when the joker later asks, privately, whether he went too far.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>In einer Sprint-Retrospektive wiederholt ein beliebter Entwickler den Beitrag einer Kollegin mit übertriebenem Akzent, und alle lachen. Die Gruppe entscheidet, was jemand aus dem Team in dem Moment tut und was diese Person sagt, als der Witzbold später unter vier Augen fragt, ob er zu weit gegangen ist.</translation>
    </message>
    <message id="banter-joke.content_note">
      <source>This role-play includes a colleague's accent being exaggerated for laughs in a team meeting, the room laughing along, and her smiling it off.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel wird der Akzent einer Kollegin in einem Teammeeting übertrieben nachgemacht, um Lacher zu ernten; alle lachen mit, und sie lächelt es weg.</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.name">
      <source>Agnieszka Wójcik, QA engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role agnieszka).</extracomment>
      <translation>Agnieszka Wójcik, QA-Ingenieurin</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.brief">
      <source>You moved from Kraków six years ago and your English is fluent; your accent is not a secret and not a problem. The imitation happens often enough that you now keep your points short in meetings. You smile when it happens because the alternative is being &quot;the one who can't take a joke&quot;. You would like it to stop without a scene.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role agnieszka).</extracomment>
      <translation>Du bist vor sechs Jahren aus Krakau hergezogen und sprichst fließend Deutsch; dein Akzent ist kein Geheimnis und kein Problem. Die Nachahmung passiert so oft, dass du dich in Meetings inzwischen kurz fasst. Du lächelst, wenn es passiert, weil du sonst „die bist, die keinen Spaß versteht“. Du möchtest, dass es aufhört, ohne dass es eine Szene gibt.</translation>
    </message>
    <message id="banter-joke.roles.callum.name">
      <source>Callum Reid, software developer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role callum).</extracomment>
      <translation>Timo Reiter, Softwareentwickler</translation>
    </message>
    <message id="banter-joke.roles.callum.brief">
      <source>You are the team's joker and you honestly think the jokes hold the team together; you tease everyone. You like Agnieszka and would be upset to hear you had hurt her. If challenged in public, your first move is &quot;it's just banter, Aga knows&quot;. In private, you are more open than you expect.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role callum).</extracomment>
      <translation>Du bist der Witzbold im Team und glaubst ehrlich, dass die Witze das Team zusammenhalten; du ziehst alle auf. Du magst Agnieszka und wärst betroffen zu hören, dass du sie verletzt hast. Wenn dich jemand vor allen anspricht, sagst du zuerst: „Ist doch nur Spaß, Aga weiß das.“ Unter vier Augen bist du offener, als du selbst erwartest.</translation>
    </message>
    <message id="banter-joke.roles.deepa.name">
      <source>Deepa Nair, engineering manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role deepa).</extracomment>
      <translation>Deepa Nair, Engineering Managerin</translation>
    </message>
    <message id="banter-joke.roles.deepa.brief">
      <source>You run the retro. You laugh along at first out of habit, then feel uneasy. You are new in post and do not want to lose the team's goodwill in your first month. If someone else names the problem, you back them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role deepa).</extracomment>
      <translation>Du moderierst die Retro. Aus Gewohnheit lachst du zuerst mit, dann wird dir unwohl. Du bist neu in der Position und willst im ersten Monat das Wohlwollen des Teams nicht verspielen. Wenn jemand anderes das Problem anspricht, stärkst du dieser Person den Rücken.</translation>
    </message>
    <message id="banter-joke.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="banter-joke.roles.observer.brief">
      <source>Watch faces, especially Agnieszka's, in the two seconds after the joke. Note who laughs, who does not, and who speaks first. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte auf die Gesichter, besonders auf Agnieszkas, in den zwei Sekunden nach dem Witz. Notiere, wer lacht, wer nicht und wer zuerst spricht. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="banter-joke.observer_checklist.1">
      <source>Who laughed, who did not, and what did Agnieszka's face do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wer hat gelacht, wer nicht, und wie hat Agnieszkas Gesicht reagiert?</translation>
    </message>
    <message id="banter-joke.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder choose, and did it interrupt the laughter?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien (ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen) hat die antwortende Person gewählt, und hat das das Lachen unterbrochen?</translation>
    </message>
    <message id="banter-joke.observer_checklist.3">
      <source>Did the responder talk about the impact of the joke, or about Callum's character?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat die antwortende Person über die Wirkung des Witzes gesprochen oder über Timos Charakter?</translation>
    </message>
    <message id="banter-joke.observer_checklist.4">
      <source>Did Agnieszka get her actual point about the build heard?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wurde Agnieszkas eigentlicher Punkt zum Build gehört?</translation>
    </message>
    <message id="banter-joke.observer_checklist.5">
      <source>Was the manager brought in (delegate), and did she act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wurde die Managerin eingebunden (delegieren), und hat sie gehandelt?</translation>
    </message>
    <message id="banter-joke.scenes.retro.title">
      <source>Friday, sprint retrospective</source>
      <extracomment>Scene heading, shown on the projector (scene retro).</extracomment>
      <translation>Freitag, Sprint-Retrospektive</translation>
    </message>
    <message id="banter-joke.scenes.retro.narration">
      <source>Agnieszka says the nightly build has failed three times because tests are being skipped. Callum repeats it back in a heavy, exaggerated accent: &quot;Ze build, it is broken again, comrades.&quot; The room laughs, Deepa included. Callum grins: &quot;Only banter, Aga knows I love her.&quot; Agnieszka smiles and looks at her screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene retro).</extracomment>
      <translation>Agnieszka sagt, dass der nächtliche Build dreimal fehlgeschlagen ist, weil Tests übersprungen werden. Timo wiederholt es mit schwerem, übertriebenem Akzent: „Build is wieder kaputt, Genossen.“ Alle lachen, auch Deepa. Timo grinst: „Nur Spaß, Aga weiß, dass ich sie mag.“ Agnieszka lächelt und schaut auf ihren Bildschirm.</translation>
    </message>
    <message id="banter-joke.scenes.retro.notes">
      <source>Read the accent line flatly; do not perform the accent yourself, and do not let a participant do it either. Before the prompt, ask the group to notice what they felt in their own bodies when the laugh came. If someone says &quot;we all tease each other&quot;, acknowledge it and ask whether everyone is teased about the same kinds of things.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene retro).</extracomment>
      <translation>Lesen Sie die Zeile mit dem Akzent neutral vor; spielen Sie den Akzent nicht selbst nach und lassen Sie es auch keine teilnehmende Person tun. Bitten Sie die Teilnehmenden vor der Frage, darauf zu achten, was sie im eigenen Körper gespürt haben, als das Lachen kam. Wenn jemand sagt „Wir ziehen uns doch alle auf“, erkennen Sie das an und fragen Sie, ob alle über die gleichen Dinge aufgezogen werden.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.prompt">
      <source>You are a developer on the team, sitting two seats from Agnieszka. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene retro).</extracomment>
      <translation>Du bist Entwicklerin oder Entwickler im Team und sitzt zwei Plätze neben Agnieszka. Was tust du?</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.text">
      <source>Smile with everyone and wait for the moment to pass. Agnieszka smiled too.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option smile-along). Shown on a phone button: keep it short, about 74 characters like the English.</extracomment>
      <translation>Mitlächeln und warten, bis der Moment vorbei ist. Agnieszka hat ja auch gelächelt.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.why">
      <source>Reading her smile as permission is understandable, but the laughter, including yours, tells the team this is normal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option smile-along).</extracomment>
      <translation>Ihr Lächeln als Erlaubnis zu lesen ist verständlich, aber das Lachen, auch deins, sagt dem Team, dass das normal ist.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.text">
      <source>Don't laugh. After the retro, message her: &quot;That was out of order. Are you OK?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option check-in-later). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Nicht mitlachen. Nach der Retro ihr schreiben: „Das ging gar nicht. Alles okay bei dir?“</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.why">
      <source>Not laughing and checking in both matter to her; the team, though, never learns anyone minded.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option check-in-later).</extracomment>
      <translation>Nicht mitzulachen und nachzufragen ist ihr beides wichtig; das Team erfährt aber nie, dass es jemanden gestört hat.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.text">
      <source>Call out across the table with a grin: &quot;Careful, Callum, we've all done the inclusion e-learning!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option hr-quip). Shown on a phone button: keep it short, about 98 characters like the English.</extracomment>
      <translation>Grinsend über den Tisch rufen: „Vorsicht, Timo, wir haben alle das Inklusions-E-Learning gemacht!“</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.why">
      <source>It signals that you know better, and earns a second laugh, but it turns the moment into another joke and leaves the behaviour alone.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option hr-quip).</extracomment>
      <translation>Es zeigt, dass du es besser weißt, und bringt einen zweiten Lacher, macht den Moment aber zu einem weiteren Witz und lässt das Verhalten unangetastet.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.text">
      <source>Turn to Agnieszka straight away: &quot;Which tests are being skipped? If it's the payments suite, that's a real risk.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option redirect). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>Sich sofort Agnieszka zuwenden: „Welche Tests werden übersprungen? Wenn es die Payment-Suite ist, ist das ein echtes Risiko.“</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.why">
      <source>A deliberate distraction: it cuts the laughter off and puts her point back at the centre, though nobody names what happened.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option redirect).</extracomment>
      <translation>Eine bewusste Ablenkung: Sie beendet das Lachen und stellt ihren Punkt wieder in den Mittelpunkt, auch wenn niemand benennt, was passiert ist.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.text">
      <source>&quot;Callum, the accent thing doesn't land for me. Aga, sorry, go on; what's breaking?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option name-it). Shown on a phone button: keep it short, about 83 characters like the English.</extracomment>
      <translation>„Timo, das mit dem Akzent finde ich nicht witzig. Aga, sorry, mach weiter: Was geht kaputt?“</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.why">
      <source>Direct and brief: it names the impact without a lecture and gives the floor back to her in the same breath.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option name-it).</extracomment>
      <translation>Direkt und kurz: Es benennt die Wirkung ohne Vortrag und gibt ihr im selben Atemzug das Wort zurück.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.title">
      <source>The rest of the retro</source>
      <extracomment>Scene heading, shown on the projector (scene laugh-continues).</extracomment>
      <translation>Der Rest der Retro</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.narration">
      <source>The retro moves on. Agnieszka's point about skipped tests does not make it onto the action list. In the team chat that afternoon, someone posts a GIF of a cartoon villain with a thick accent; three people react with laughing faces.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene laugh-continues).</extracomment>
      <translation>Die Retro geht weiter. Agnieszkas Punkt zu den übersprungenen Tests landet nicht auf der Liste der Maßnahmen. Am Nachmittag postet jemand im Team-Chat ein GIF von einem Comic-Bösewicht mit starkem Akzent; drei Leute reagieren mit lachenden Gesichtern.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.notes">
      <source>Note the quiet cost: both the joke and the lost action item. Keep the pace up; the second decision is where this path can still turn.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene laugh-continues).</extracomment>
      <translation>Weisen Sie auf den leisen Preis hin: den Witz und die verlorene Maßnahme. Halten Sie das Tempo hoch; an der zweiten Entscheidung kann dieser Weg noch eine Wende nehmen.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.title">
      <source>A message back</source>
      <extracomment>Scene heading, shown on the projector (scene private-check-in).</extracomment>
      <translation>Eine Antwort</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.narration">
      <source>Agnieszka replies an hour later: &quot;Thanks. It's fine, I'm used to it.&quot; Then a second message: &quot;Honestly it's been happening since before you joined.&quot; The build fails again that night.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-check-in).</extracomment>
      <translation>Agnieszka antwortet eine Stunde später: „Danke. Passt schon, ich bin das gewohnt.“ Dann eine zweite Nachricht: „Ehrlich gesagt ging das schon los, bevor du hier angefangen hast.“ In der Nacht schlägt der Build wieder fehl.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.notes">
      <source>Ask what &quot;I'm used to it&quot; means. Point out, gently, that the check-in gave the responder information they now hold, which carries into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-check-in).</extracomment>
      <translation>Fragen Sie, was „Ich bin das gewohnt“ bedeutet. Weisen Sie behutsam darauf hin, dass die antwortende Person durch das Nachfragen nun etwas weiß, und das nimmt sie mit in die nächste Entscheidung.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.title">
      <source>A second laugh</source>
      <extracomment>Scene heading, shown on the projector (scene second-laugh).</extracomment>
      <translation>Ein zweiter Lacher</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.narration">
      <source>The table laughs again, louder. Callum raises his hands: &quot;Guilty! Don't report me!&quot; Deepa moves to the next card. Agnieszka's point is written down as &quot;tests (Aga)&quot; and nobody picks it up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene second-laugh).</extracomment>
      <translation>Am Tisch wird wieder gelacht, lauter. Timo hebt die Hände: „Schuldig! Bitte nicht melden!“ Deepa geht zur nächsten Karte über. Agnieszkas Punkt wird als „Tests (Aga)“ notiert, und niemand kümmert sich darum.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.notes">
      <source>Participants who chose this often meant to signal disapproval. Honour that, then ask what Callum took away, and what Agnieszka did.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene second-laugh).</extracomment>
      <translation>Wer diese Option gewählt hat, wollte oft Missbilligung zeigen. Würdigen Sie das und fragen Sie dann, was Timo daraus mitgenommen hat und was Agnieszka getan hat.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.title">
      <source>Back to the build</source>
      <extracomment>Scene heading, shown on the projector (scene point-lands).</extracomment>
      <translation>Zurück zum Build</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.narration">
      <source>Agnieszka blinks, then answers: &quot;Yes, payments, and the refund tests.&quot; The conversation becomes about the build, and Deepa assigns an owner. Callum does not repeat the bit, though he does not seem to think anything happened.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene point-lands).</extracomment>
      <translation>Agnieszka blinzelt, dann antwortet sie: „Ja, Payment, und die Erstattungstests.“ Das Gespräch dreht sich nun um den Build, und Deepa legt fest, wer sich darum kümmert. Timo wiederholt die Nummer nicht, scheint aber nicht zu finden, dass irgendetwas passiert ist.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.notes">
      <source>Distraction is a legitimate move, especially for people with less standing. Ask what it achieved and what it left undone.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene point-lands).</extracomment>
      <translation>Ablenken ist eine legitime Strategie, besonders für Menschen mit weniger Standing. Fragen Sie, was sie erreicht hat und was offen geblieben ist.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.title">
      <source>A pause</source>
      <extracomment>Scene heading, shown on the projector (scene named-calmly).</extracomment>
      <translation>Eine Pause</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.narration">
      <source>There is an uncomfortable second. Callum says, &quot;It's just banter, mate,&quot; and looks around for support. Deepa says, &quot;Let's hear the build point,&quot; and Agnieszka explains the skipped payment tests. For the rest of the meeting Callum is quieter than usual, and two people avoid your eye.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-calmly).</extracomment>
      <translation>Eine unangenehme Sekunde. Timo sagt: „Ist doch nur Spaß, Mann“, und sucht Blicke, die ihn unterstützen. Deepa sagt: „Lasst uns den Punkt zum Build hören“, und Agnieszka erklärt die übersprungenen Payment-Tests. Für den Rest des Meetings ist Timo stiller als sonst, und zwei Leute weichen deinem Blick aus.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.notes">
      <source>Name the cost openly: social awkwardness, a teammate who feels called out. Ask participants whether they have ever been the Callum in a room, and how they would have wanted it done.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-calmly).</extracomment>
      <translation>Benennen Sie den Preis offen: soziale Peinlichkeit, ein Teammitglied, das sich bloßgestellt fühlt. Fragen Sie die Teilnehmenden, ob sie selbst schon einmal der Timo in einem Raum waren und wie sie es sich dann gewünscht hätten.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.title">
      <source>Monday, by the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks).</extracomment>
      <translation>Montag, an der Kaffeemaschine</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.narration">
      <source>Callum catches you on your own. &quot;Can I ask you something? Aga's been a bit off with me since Friday. Was I out of order with the accent thing? I honestly didn't mean anything by it.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks).</extracomment>
      <translation>Timo erwischt dich allein. „Darf ich dich was fragen? Aga ist seit Freitag irgendwie komisch zu mir. War das mit dem Akzent daneben? Ich hab mir ehrlich nichts dabei gedacht.“</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.notes">
      <source>In triads, have the person playing Callum deliver this sincerely. The responder must answer in their own words before the options are revealed, then pick the nearest. Watch for participants who soften so much the message disappears, and for ones who use the moment to lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks).</extracomment>
      <translation>Lassen Sie in den Dreiergruppen die Person, die Timo spielt, das aufrichtig vortragen. Die antwortende Person muss in eigenen Worten antworten, bevor die Optionen gezeigt werden, und wählt dann die nächstliegende. Achten Sie auf Teilnehmende, die so sehr abschwächen, dass die Botschaft verschwindet, und auf solche, die den Moment für einen Vortrag nutzen.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.prompt">
      <source>Callum has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene callum-asks).</extracomment>
      <translation>Timo hat dich direkt gefragt. Was sagst du?</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.text">
      <source>&quot;Nah, you're fine. She's probably just busy with the release.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option reassure). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>„Ach was, alles gut. Sie hat bestimmt nur Release-Stress.“</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.why">
      <source>Reassuring a friend feels kind, but it closes the one door he had opened himself.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option reassure).</extracomment>
      <translation>Einen Freund zu beruhigen fühlt sich nett an, schließt aber genau die Tür, die er selbst geöffnet hatte.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.text">
      <source>&quot;Maybe? I don't know, you'd have to ask her.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option ask-her). Shown on a phone button: keep it short, about 45 characters like the English.</extracomment>
      <translation>„Vielleicht? Keine Ahnung, da musst du sie fragen.“</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.why">
      <source>It is not wrong, yet it sends Callum to the person who was hurt and makes her do the explaining.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option ask-her).</extracomment>
      <translation>Das ist nicht falsch, schickt Timo aber zu der Person, die verletzt wurde, und lässt sie das Erklären übernehmen.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.text">
      <source>&quot;Mate, I'd just redo the unconscious bias module. It covers all this. I'll send you the link.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option do-the-module). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>„Mach einfach noch mal das Modul zu unbewussten Vorurteilen. Da geht’s genau darum. Ich schick dir den Link.“</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.why">
      <source>It points at a programme instead of the behaviour, and keeps the conversation safely abstract for both of you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option do-the-module).</extracomment>
      <translation>Es verweist auf ein Programm statt auf das Verhalten und hält das Gespräch für euch beide angenehm abstrakt.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.text">
      <source>&quot;Honestly, yes. I know you didn't mean it, but it's the effect that counts: she gets it a lot. A short sorry to her, no big speech, and drop the accent bit.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option honest-answer). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>„Ehrlich gesagt, ja. Du hast es nicht so gemeint, aber die Wirkung zählt: Sie kriegt das oft ab. Entschuldige dich kurz bei ihr, ohne große Rede, und lass das mit dem Akzent.“</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.why">
      <source>You separate what he meant from what it did, and give him something concrete and proportionate to do.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option honest-answer).</extracomment>
      <translation>Du trennst, was er gemeint hat, von dem, was es bewirkt hat, und gibst ihm etwas Konkretes und Angemessenes zu tun.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.text">
      <source>Give the same honest answer, then propose to Deepa that the team's working agreement says jokes about accents, origins and identities are out, and that anyone can flag one without it being a drama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option team-agreement). Shown on a phone button: keep it short, about 197 characters like the English.</extracomment>
      <translation>Dieselbe ehrliche Antwort geben und Deepa dann vorschlagen, in die Teamvereinbarung aufzunehmen: keine Witze über Akzente, Herkunft und Identität, und alle dürfen so etwas ansprechen, ohne dass es ein Drama wird.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.why">
      <source>You deal with the person and the pattern, so that the next time does not depend on who happens to be in the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option team-agreement).</extracomment>
      <translation>Du kümmerst dich um die Person und um das Muster, damit es beim nächsten Mal nicht davon abhängt, wer zufällig im Raum ist.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene carries-on).</extracomment>
      <translation>Einen Monat später</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.narration">
      <source>Callum relaxes and the jokes continue, now and then. Agnieszka stops raising issues in retros and logs them in the tracker instead, where they sit unread. In her exit interview, six months later, she mentions &quot;team culture&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene carries-on).</extracomment>
      <translation>Timo entspannt sich, und die Witze gehen weiter, hin und wieder. Agnieszka spricht in Retros keine Probleme mehr an und trägt sie stattdessen im Tracker ein, wo sie ungelesen liegen bleiben. Sechs Monate später erwähnt sie im Austrittsgespräch die „Teamkultur“.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.notes">
      <source>Do not rush past this. Ask how many exit interviews in their own organisation might say &quot;team culture&quot; and mean something like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene carries-on).</extracomment>
      <translation>Gehen Sie nicht schnell darüber hinweg. Fragen Sie, wie viele Austrittsgespräche in ihrer eigenen Organisation „Teamkultur“ sagen und so etwas meinen könnten.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.title">
      <source>An awkward conversation</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Ein unangenehmes Gespräch</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.narration">
      <source>Callum asks Agnieszka, in front of two others, &quot;Did I upset you on Friday?&quot; She says no, because there is no other answer available with an audience. Callum tells you later, &quot;See, she's fine.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Timo fragt Agnieszka vor zwei anderen: „Hab ich dich am Freitag verletzt?“ Sie sagt Nein, weil es vor Publikum keine andere mögliche Antwort gibt. Später sagt Timo zu dir: „Siehst du, alles gut bei ihr.“</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.notes">
      <source>A useful illustration of burdening the affected person. Ask how the responder could have spared her that moment.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks-aga).</extracomment>
      <translation>Ein anschauliches Beispiel dafür, die betroffene Person zu belasten. Fragen Sie, wie die antwortende Person ihr diesen Moment hätte ersparen können.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene module-done).</extracomment>
      <translation>Einen Monat später</translation>
    </message>
    <message id="banter-joke.scenes.module-done.narration">
      <source>Callum completes the module in twenty minutes and posts his certificate in the team chat with a joke about being &quot;officially woke now&quot;. Deepa reacts with a laughing face. The accent jokes slow down, then return before the next release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene module-done).</extracomment>
      <translation>Timo erledigt das Modul in zwanzig Minuten und postet sein Zertifikat im Team-Chat mit einem Witz, er sei „jetzt offiziell woke“. Deepa reagiert mit einem lachenden Gesicht. Die Akzentwitze werden seltener und kommen vor dem nächsten Release zurück.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.notes">
      <source>Training is not worthless; the issue is using it as a substitute for a direct answer. Ask the group what they would have needed to feel able to answer Callum plainly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene module-done).</extracomment>
      <translation>Schulungen sind nicht wertlos; das Problem ist, sie als Ersatz für eine direkte Antwort zu nutzen. Fragen Sie die Gruppe, was die Einzelnen gebraucht hätten, um Timo geradeheraus antworten zu können.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene callum-apologises).</extracomment>
      <translation>Einen Monat später</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.narration">
      <source>Callum goes quiet, then says, &quot;Right. Fair.&quot; He tells Agnieszka, &quot;Sorry about the accent stuff, I'll knock it off,&quot; and she nods. He is slightly stiff with you for a week. In the next two retros Agnieszka's points run longer, and one of them saves a release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-apologises).</extracomment>
      <translation>Timo wird still und sagt dann: „Okay. Stimmt.“ Zu Agnieszka sagt er: „Sorry wegen der Akzentsache, ich lass das“, und sie nickt. Eine Woche lang ist er dir gegenüber etwas steif. In den nächsten beiden Retros werden Agnieszkas Beiträge länger, und einer davon rettet ein Release.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.notes">
      <source>Highlight that the apology was short and did not ask Agnieszka to reassure him. Ask the group what a bad apology would have sounded like.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-apologises).</extracomment>
      <translation>Heben Sie hervor, dass die Entschuldigung kurz war und Agnieszka nicht gebeten hat, ihn zu beruhigen. Fragen Sie die Gruppe, wie eine schlechte Entschuldigung geklungen hätte.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Einen Monat später</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.narration">
      <source>Deepa takes the suggestion to the next retro. There is some eye-rolling about &quot;the fun police&quot;, and a real discussion about what teasing is and is not fine. The agreement goes on the team wiki. When a new starter imitates a contractor's accent a fortnight later, a junior developer points to it, and the joke stops there.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Deepa bringt den Vorschlag in die nächste Retro. Es gibt etwas Augenrollen über die „Spaßpolizei“ und eine echte Diskussion darüber, welches Aufziehen in Ordnung ist und welches nicht. Die Vereinbarung kommt ins Team-Wiki. Als zwei Wochen später ein Neuer den Akzent eines externen Mitarbeiters nachmacht, verweist ein Junior-Entwickler darauf, und der Witz hört dort auf.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.notes">
      <source>Ask who benefited from the agreement beyond Agnieszka. Then ask what the eye-rolling cost and who bore it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene agreement-adopted).</extracomment>
      <translation>Fragen Sie, wer außer Agnieszka von der Vereinbarung profitiert hat. Fragen Sie dann, was das Augenrollen gekostet hat und wer diesen Preis getragen hat.</translation>
    </message>
    <message id="banter-joke.debrief.what.1">
      <source>What did you notice in the room, and in yourself, in the second after the laugh?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was habt ihr in der Sekunde nach dem Lachen im Raum und bei euch selbst bemerkt?</translation>
    </message>
    <message id="banter-joke.debrief.what.2">
      <source>Which response did the group lean towards, and what made it feel safest?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Zu welcher Reaktion hat die Gruppe tendiert, und warum hat sie sich am sichersten angefühlt?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.1">
      <source>When a person smiles through a joke at their expense, what might that smile be doing for them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wenn jemand einen Witz auf eigene Kosten weglächelt, was könnte dieses Lächeln für die Person leisten?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.2">
      <source>Why does a focus on the joker's intent so often crowd out the effect on the target?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum verdrängt der Blick auf die Absicht des Witzbolds so oft die Wirkung auf die betroffene Person?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.1">
      <source>What short phrase could you use to stop a joke like this without starting a fight?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Mit welchem kurzen Satz könntet ihr einen solchen Witz stoppen, ohne einen Streit anzufangen?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.2">
      <source>Which agreement in your own team would make the next intervention easier for whoever is in the room?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welche Vereinbarung in eurem eigenen Team würde das nächste Eingreifen erleichtern, egal wer gerade im Raum ist?</translation>
    </message>
    <message id="banter-joke.sources.1.title">
      <source>Workplace allyship practice: challenge jokes and microaggressions, putting impact before intent</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: Witzen und Mikroaggressionen widersprechen, die Wirkung vor die Absicht stellen</translation>
    </message>
    <message id="banter-joke.sources.2.title">
      <source>Bystander intervention: the five moves (distract, delegate, document, delay, direct)</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Bystander-Intervention: die fünf Eingreif-Strategien (ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen)</translation>
    </message>
    <message id="biased-shortlist.title">
      <source>The shortlist that sorted itself</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Die Shortlist, die sich selbst sortiert hat</translation>
    </message>
    <message id="biased-shortlist.summary">
      <source>A hiring manager arrives at the shortlisting meeting with a &quot;first pass&quot; that has quietly removed career gaps and candidates whose names made him unsure about visas. The group decides what a panel member does at the sift, and again when &quot;culture fit&quot; decides the final hire.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Ein Hiring Manager kommt zur Auswahlrunde mit einer „Vorauswahl“, aus der stillschweigend alle mit Lücken im Lebenslauf verschwunden sind – und Bewerbende, bei deren Namen er sich wegen eines Visums unsicher war. Die Gruppe entscheidet, was ein Mitglied der Auswahlkommission bei der Vorauswahl tut und noch einmal, als am Ende der „Culture Fit“ über die Einstellung entscheidet.</translation>
    </message>
    <message id="biased-shortlist.content_note">
      <source>This role-play includes candidates being dropped from a shortlist over a career gap spent caring or a foreign-sounding name, and the top-scoring candidate being judged a poor &quot;culture fit&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel werden Bewerbende wegen einer pflegebedingten Lücke im Lebenslauf oder eines nicht deutsch klingenden Namens aussortiert, und der bestbewerteten Kandidatin wird der „Culture Fit“ abgesprochen.</translation>
    </message>
    <message id="biased-shortlist.roles.niall.name">
      <source>Niall Brennan, data engineering manager (hiring manager)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role niall).</extracomment>
      <translation>Jens Brenner, Leiter Data Engineering (Hiring Manager)</translation>
    </message>
    <message id="biased-shortlist.roles.niall.brief">
      <source>You have 140 applications, a team that is two people down, and no time. Your first pass felt like common sense: a long gap is a risk, and a visa would slow things down. You value a close team and you hire people you can picture at the Friday football. You are not trying to exclude anyone; if someone shows you the criteria plainly, you will look again, though you will sigh about the time.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role niall).</extracomment>
      <translation>Du hast 140 Bewerbungen, ein Team, dem zwei Leute fehlen, und keine Zeit. Deine Vorauswahl kam dir wie gesunder Menschenverstand vor: Eine lange Lücke ist ein Risiko, und ein Visum würde alles verzögern. Dir ist ein eng verbundenes Team wichtig, und du stellst Leute ein, die du dir beim Fußball am Freitag vorstellen kannst. Du willst niemanden ausschließen; wenn dir jemand die Kriterien klar vor Augen führt, schaust du noch einmal hin, auch wenn du über den Zeitaufwand seufzt.</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.name">
      <source>Tanisha Greene, in-house recruiter</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tanisha).</extracomment>
      <translation>Tanisha Greene, Recruiterin im Unternehmen</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.brief">
      <source>You know the first pass breaks the hiring guidance, but Niall is senior and you have been told recruiters &quot;support the business&quot;. You will back a panel member who raises it, and you will bring in the guidance if asked. Alone, you stay quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tanisha).</extracomment>
      <translation>Du weißt, dass die Vorauswahl gegen die Einstellungsrichtlinie verstößt, aber Jens ist ranghöher, und man hat dir gesagt, Recruiting solle „das Business unterstützen“. Wenn jemand aus der Kommission es anspricht, stellst du dich dahinter und bringst auf Nachfrage die Richtlinie ein. Allein bleibst du still.</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.name">
      <source>Daniel Kowalczyk, senior data engineer (panel member)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role daniel).</extracomment>
      <translation>Daniel Kowalczyk, Senior Data Engineer (in der Auswahlkommission)</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.brief">
      <source>You are on the panel with the responder. You tend to agree with Niall because he is your manager. If someone makes a clear, criteria-based point, you say &quot;that's fair&quot; and support it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role daniel).</extracomment>
      <translation>Du sitzt mit der antwortenden Person in der Auswahlkommission. Du stimmst Jens meistens zu, weil er dein Vorgesetzter ist. Bringt jemand ein klares Argument, das sich auf die Kriterien stützt, sagst du „Das ist fair“ und unterstützt es.</translation>
    </message>
    <message id="biased-shortlist.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="biased-shortlist.roles.observer.brief">
      <source>Watch how decisions are justified: against the written criteria, or by feel. Note every use of &quot;fit&quot;, &quot;risk&quot; and &quot;gut&quot;. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte darauf, wie Entscheidungen begründet werden: anhand der schriftlichen Kriterien oder nach Gefühl. Notiere jedes Mal, wenn „passt“, „Risiko“ oder „Bauchgefühl“ fällt. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.1">
      <source>Which reasons for rejecting candidates were in the advert's criteria, and which were not?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche Gründe für eine Absage standen in den Kriterien der Stellenanzeige, welche nicht?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared? For example, did anyone delegate to the recruiter, or ask to delay the decision?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien (ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen) kamen vor? Hat zum Beispiel jemand an die Recruiterin delegiert oder darum gebeten, die Entscheidung zu vertagen?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.3">
      <source>Did anyone ask what &quot;culture fit&quot; actually meant, in words that could be scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat jemand gefragt, was „Culture Fit“ eigentlich bedeutet – in Worten, die man bewerten könnte?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.4">
      <source>Did the responder challenge the decision, the process, or both?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat die antwortende Person die Entscheidung infrage gestellt, das Verfahren oder beides?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.5">
      <source>What did speaking up cost the responder, in time or in goodwill?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was hat es die antwortende Person gekostet, den Mund aufzumachen – an Zeit oder an Wohlwollen?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.title">
      <source>Tuesday, the shortlisting meeting</source>
      <extracomment>Scene heading, shown on the projector (scene sift).</extracomment>
      <translation>Dienstag, die Auswahlrunde</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.narration">
      <source>Niall opens the meeting: &quot;I did a first pass to save us time. I took out anyone with a gap of more than a year, always a question mark, and a few where I wasn't sure they'd have the right to work here. That leaves nine; let's pick six to interview.&quot; Tanisha shares the list. In the &quot;out&quot; pile you see Mohammed Al-Sayed: eight years in data engineering and an eighteen-month gap marked &quot;caring for my father&quot;. Two others have non-English names, and all three answered &quot;yes&quot; to the right-to-work question on the form.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sift).</extracomment>
      <translation>Jens eröffnet die Besprechung: „Ich habe schon mal vorsortiert, um uns Zeit zu sparen. Rausgenommen habe ich alle mit einer Lücke von mehr als einem Jahr – das ist immer ein Fragezeichen – und ein paar, bei denen ich nicht sicher war, ob sie hier arbeiten dürfen. Bleiben neun; davon laden wir sechs ein.“ Tanisha teilt die Liste. Auf dem Stapel „raus“ siehst du Mohammed Al-Sayed: acht Jahre Data Engineering und eine Lücke von achtzehn Monaten mit dem Vermerk „Pflege meines Vaters“. Zwei weitere haben Namen, die nicht deutsch klingen, und alle drei haben im Formular die Frage nach der Arbeitserlaubnis mit „Ja“ beantwortet.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.notes">
      <source>Give the group a moment to read before revealing the prompt. If someone says &quot;gaps are a fair question&quot;, agree that they can be discussed at interview, and ask whether they belong in a sift that nobody else saw. Watch for participants who want to label Niall a bigot; steer them back to what he did, not who he is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sift).</extracomment>
      <translation>Geben Sie der Gruppe einen Moment zum Lesen, bevor Sie die Frage zeigen. Sagt jemand „Lücken sind eine berechtigte Frage“, stimmen Sie zu, dass man sie im Gespräch klären kann, und fragen Sie, ob sie in eine Vorauswahl gehören, die sonst niemand gesehen hat. Achten Sie auf Teilnehmende, die Jens als Rassisten abstempeln wollen; lenken Sie sie zurück auf das, was er getan hat, nicht darauf, wer er ist.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.prompt">
      <source>You are on the panel as a senior engineer from a neighbouring team. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sift).</extracomment>
      <translation>Du sitzt als Senior Engineer aus einem Nachbarteam in der Kommission. Was tust du?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.text">
      <source>Go with the nine. Niall is the hiring manager and he knows what his team needs.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option go-with-it). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Bei den neun bleiben. Jens stellt ein, und er weiß, was sein Team braucht.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.why">
      <source>Trusting the hiring manager is the normal thing to do, and it lets an unwritten filter decide who even gets read.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option go-with-it).</extracomment>
      <translation>Dem Hiring Manager zu vertrauen ist das Übliche – und so entscheidet ein ungeschriebener Filter, wer überhaupt gelesen wird.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.text">
      <source>&quot;Fine by me. Mohammed's CV did look strong, though.&quot; When Niall shrugs, leave it there.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option mention-once). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>„Passt für mich. Mohammeds Lebenslauf sah aber stark aus.“ Zuckt Jens die Schultern, lässt du es.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.why">
      <source>You put your view on the record once, softly, and withdraw it as soon as it meets resistance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option mention-once).</extracomment>
      <translation>Du äußerst einmal vorsichtig deine Meinung und ziehst sie zurück, sobald Widerstand kommt.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.text">
      <source>&quot;Agreed. Though can we make sure the interview list has a bit of diversity? For how it looks, if nothing else. Maybe add one back.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option add-one-back). Shown on a phone button: keep it short, about 131 characters like the English.</extracomment>
      <translation>„Einverstanden. Aber können wir auf ein bisschen Vielfalt bei den Gesprächen achten? Schon wegen der Außenwirkung. Vielleicht eine Person wieder rein?“</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.why">
      <source>It aims for a more varied list, but as optics rather than fairness, and it leaves the filter itself untouched.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option add-one-back).</extracomment>
      <translation>Es zielt auf eine vielfältigere Liste, aber wegen der Optik statt aus Fairness – und der Filter selbst bleibt unangetastet.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.text">
      <source>&quot;Before we lock it, can we check the 'out' pile against the five criteria in the advert? Mohammed meets all five, and his gap was caring for his father. The form already asks about right to work, and all three said yes.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option check-criteria). Shown on a phone button: keep it short, about 220 characters like the English.</extracomment>
      <translation>„Bevor wir das festmachen: Gleichen wir den Stapel ‚raus‘ mit den fünf Kriterien der Anzeige ab? Mohammed erfüllt alle fünf; seine Lücke war die Pflege seines Vaters. Die Arbeitserlaubnis fragt das Formular ab, und alle drei sagten Ja.“</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.why">
      <source>You challenge the filter in the room, using the agreed criteria rather than accusations, and name the people it removed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option check-criteria).</extracomment>
      <translation>Du stellst den Filter im Raum infrage, mit den vereinbarten Kriterien statt mit Vorwürfen, und nennst die Menschen, die er aussortiert hat.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.title">
      <source>That afternoon</source>
      <extracomment>Scene heading, shown on the projector (scene nine-stand).</extracomment>
      <translation>Am selben Nachmittag</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.narration">
      <source>Six interviews are booked. Four of the six studied at the same two universities; two worked with Niall at his last company. Mohammed gets an automated rejection within the hour. Tanisha writes &quot;HM pre-sift&quot; in the tracker and closes the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nine-stand).</extracomment>
      <translation>Sechs Gespräche werden angesetzt. Vier der sechs haben an denselben zwei Universitäten studiert; zwei haben mit Jens bei seinem letzten Arbeitgeber zusammengearbeitet. Mohammed bekommt innerhalb einer Stunde eine automatische Absage. Tanisha trägt „Vorauswahl HM“ in die Übersicht ein und schließt die Akte.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.notes">
      <source>Ask the group to picture Mohammed reading the rejection. Then move on; the same panel meets again in a week.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nine-stand).</extracomment>
      <translation>Bitten Sie die Gruppe, sich vorzustellen, wie Mohammed die Absage liest. Dann geht es weiter; dieselbe Kommission trifft sich in einer Woche wieder.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.title">
      <source>A shrug</source>
      <extracomment>Scene heading, shown on the projector (scene mentioned-once).</extracomment>
      <translation>Ein Schulterzucken</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.narration">
      <source>Niall says, &quot;Strong, but the gap worries me.&quot; Daniel nods. The meeting moves on. Tanisha catches your eye for a moment and then looks back at her screen. Mohammed's application is marked &quot;not progressed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mentioned-once).</extracomment>
      <translation>Jens sagt: „Stark, ja, aber die Lücke macht mir Sorgen.“ Daniel nickt. Die Besprechung geht weiter. Tanisha sieht dich kurz an und blickt dann wieder auf ihren Bildschirm. Mohammeds Bewerbung wird als „nicht weiterverfolgt“ markiert.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.notes">
      <source>Point out that Tanisha was waiting for backing that did not come. Ask who in the room had the most power to change the outcome.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mentioned-once).</extracomment>
      <translation>Weisen Sie darauf hin, dass Tanisha auf Rückendeckung gewartet hat, die nicht kam. Fragen Sie, wer im Raum am meisten Macht hatte, das Ergebnis zu ändern.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.title">
      <source>One added back</source>
      <extracomment>Scene heading, shown on the projector (scene token-add).</extracomment>
      <translation>Einer kommt wieder rein</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.narration">
      <source>Niall says, &quot;Fine, for balance,&quot; and Tanisha adds back one of the candidates whose visa status he had guessed at. He is given the last slot on Friday afternoon, when Daniel has already left. Everyone on the panel knows why he is there, and it shows in how he is questioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene token-add).</extracomment>
      <translation>Jens sagt: „Meinetwegen, für die Ausgewogenheit.“ Tanisha nimmt einen der Bewerber wieder auf, bei denen er den Visumsstatus geraten hatte. Er bekommt den letzten Termin am Freitagnachmittag, als Daniel schon weg ist. Alle in der Kommission wissen, warum er da ist, und das merkt man daran, wie er befragt wird.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.notes">
      <source>Participants may feel this option was a genuine improvement; in one sense it was. Ask what it feels like to be interviewed as the &quot;balance&quot; candidate, and what happened to the other two.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene token-add).</extracomment>
      <translation>Manche halten diese Option für eine echte Verbesserung; in gewisser Weise war sie das. Fragen Sie, wie es sich anfühlt, als „Ausgleichskandidat“ im Gespräch zu sitzen, und was aus den anderen beiden geworden ist.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.title">
      <source>Twenty-five extra minutes</source>
      <extracomment>Scene heading, shown on the projector (scene recheck).</extracomment>
      <translation>Fünfundzwanzig Minuten extra</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.narration">
      <source>Niall sighs: &quot;We'll be here all day.&quot; Tanisha pulls up the hiring guidance, which says gaps are not a sift criterion, and the panel goes through the out pile properly. Mohammed and one other candidate come back in. Daniel says, &quot;Fair enough.&quot; Niall is curt with you for the rest of the meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene recheck).</extracomment>
      <translation>Jens seufzt: „Dann sitzen wir hier den ganzen Tag.“ Tanisha ruft die Einstellungsrichtlinie auf, laut der Lücken kein Kriterium für die Vorauswahl sind, und die Kommission geht den Stapel „raus“ ordentlich durch. Mohammed und eine weitere Person kommen zurück auf die Liste. Daniel sagt: „Das ist fair.“ Jens ist für den Rest der Besprechung kurz angebunden mit dir.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.notes">
      <source>Name the costs: time, and a hiring manager who feels second-guessed in front of a recruiter. Ask whether there was a way to raise it that would have cost less. Notice that the recruiter acted once someone else went first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene recheck).</extracomment>
      <translation>Benennen Sie die Kosten: Zeit und ein Hiring Manager, der sich vor der Recruiterin hinterfragt fühlt. Fragen Sie, ob es einen Weg gegeben hätte, das anzusprechen, der weniger gekostet hätte. Machen Sie darauf aufmerksam, dass die Recruiterin gehandelt hat, sobald jemand anderes den Anfang gemacht hatte.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.title">
      <source>A week later, the interview wash-up</source>
      <extracomment>Scene heading, shown on the projector (scene panel-debrief).</extracomment>
      <translation>Eine Woche später: die Abschlussrunde</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.narration">
      <source>The interviews are done. Niall: &quot;Bukola was technically the strongest, no question. But I'm not sure she's a fit. She was quite reserved, didn't really laugh at anything, and we're a tight bunch. Oliver felt like one of us.&quot; On the scorecards, Bukola Adeyinka is top on four of the five criteria; Oliver is third.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene panel-debrief).</extracomment>
      <translation>Die Gespräche sind geführt. Jens: „Fachlich war Bukola die Stärkste, keine Frage. Aber ich weiß nicht, ob sie zu uns passt. Sie war ziemlich zurückhaltend, hat über nichts so richtig gelacht, und wir sind eine eingeschworene Truppe. Oliver kam mir vor wie einer von uns.“ Auf den Bewertungsbögen liegt Bukola Adeyinka bei vier von fünf Kriterien vorn; Oliver ist Dritter.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.notes">
      <source>Bukola was in the shortlist on every path, so this scene works whatever the group chose earlier. Some participants will defend &quot;fit&quot; as real; ask them to define it in a way that could be scored before the interview. Keep an eye on the clock: this decision usually runs long.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene panel-debrief).</extracomment>
      <translation>Bukola war auf jedem Weg auf der Shortlist, diese Szene funktioniert also unabhängig davon, was die Gruppe vorher gewählt hat. Manche werden „Passung“ als etwas Reales verteidigen; bitten Sie sie, sie so zu definieren, dass man sie vor dem Gespräch bewerten könnte. Behalten Sie die Uhr im Blick: Diese Entscheidung dauert meist länger.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.prompt">
      <source>Niall looks round the panel for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene panel-debrief).</extracomment>
      <translation>Jens sucht in der Runde nach Zustimmung. Was sagst du?</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.text">
      <source>&quot;Fit matters in a small team. Oliver's solid, he'll be fine.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fit-matters). Shown on a phone button: keep it short, about 61 characters like the English.</extracomment>
      <translation>„In einem kleinen Team zählt, ob man passt. Oliver ist solide.“</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.why">
      <source>Agreeing keeps the wash-up short and friendly, and lets a feeling outweigh the evidence everyone scored.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fit-matters).</extracomment>
      <translation>Zustimmung hält die Abschlussrunde kurz und freundlich und lässt ein Gefühl schwerer wiegen als die Belege, die alle bewertet haben.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.text">
      <source>&quot;For what it's worth, she scored highest.&quot; When Niall says he has to weigh everything, you nod.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option for-the-record). Shown on a phone button: keep it short, about 95 characters like the English.</extracomment>
      <translation>„Nur fürs Protokoll: Sie hat am besten abgeschnitten.“ Sagt Jens, er müsse alles abwägen, nickst du.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.why">
      <source>You point at the evidence, which matters, but you leave the decision to the feeling you have just questioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option for-the-record).</extracomment>
      <translation>Du verweist auf die Belege, und das zählt, überlässt die Entscheidung aber dem Gefühl, das du gerade infrage gestellt hast.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.text">
      <source>&quot;Honestly, hiring Bukola would really help our diversity numbers. It'd look great for the department.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option diversity-numbers). Shown on a phone button: keep it short, about 102 characters like the English.</extracomment>
      <translation>„Ehrlich gesagt würde Bukola unsere Diversity-Zahlen echt verbessern. Das sähe super aus für die Abteilung.“</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.why">
      <source>It may tip the decision her way, but it recasts the strongest candidate as a statistic, which follows her into the job.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option diversity-numbers).</extracomment>
      <translation>Das kippt die Entscheidung vielleicht zu ihren Gunsten, macht aber aus der stärksten Bewerberin eine Statistik – und das verfolgt sie bis in den Job.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.text">
      <source>&quot;Can we say what 'fit' means here? On the scorecard she's top on four of five. Laughing at jokes and football aren't on it, and 'reserved' in an interview isn't a skill gap.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option define-fit). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>„Was heißt hier ‚passen‘? Laut Bewertungsbogen liegt sie bei vier von fünf vorn. Über Witze lachen und Fußball stehen da nicht drauf, und ‚zurückhaltend‘ im Gespräch ist kein Defizit.“</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.why">
      <source>You hold the panel to its own criteria and make the unspoken standard visible, in the room where the decision is made.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option define-fit).</extracomment>
      <translation>Du hältst die Kommission an ihre eigenen Kriterien und machst den unausgesprochenen Maßstab sichtbar, in dem Raum, in dem entschieden wird.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.text">
      <source>Make the same point, then ask Tanisha to take three changes to the head of talent: score before discussing, replace &quot;culture fit&quot; with named values, and ban career gaps and guessed visa status as sift reasons.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fix-the-process). Shown on a phone button: keep it short, about 209 characters like the English.</extracomment>
      <translation>Dasselbe sagen und Tanisha bitten, drei Änderungen zur Leitung Talent Acquisition zu bringen: erst bewerten, dann diskutieren; „Culture Fit“ durch benannte Werte ersetzen; Lücken und geratenen Visumsstatus als Aussortiergrund verbieten.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.why">
      <source>You deal with this hire and with the process that shaped it, so the next panel does not rely on someone happening to object.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fix-the-process).</extracomment>
      <translation>Du kümmerst dich um diese Einstellung und um das Verfahren, das sie geprägt hat, damit die nächste Kommission nicht darauf angewiesen ist, dass zufällig jemand widerspricht.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene oliver-hired).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.narration">
      <source>Oliver joins and fits in easily. The team now has six engineers with near-identical backgrounds. In the next quarterly review, Niall's director asks why the team's candidate pipeline &quot;never seems to change&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene oliver-hired).</extracomment>
      <translation>Oliver fängt an und findet sich mühelos ein. Das Team besteht jetzt aus sechs Engineers mit fast identischem Werdegang. Im nächsten Quartalsgespräch fragt Jens’ Direktorin, warum sich bei den Bewerbenden für das Team „nie etwas zu ändern scheint“.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.notes">
      <source>Avoid painting Oliver as a bad hire; he is not. The point is what the team did not get. Ask what the company learns from this pattern over five years.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene oliver-hired).</extracomment>
      <translation>Stellen Sie Oliver nicht als Fehlbesetzung dar; das ist er nicht. Es geht darum, was dem Team entgangen ist. Fragen Sie, was das Unternehmen über fünf Jahre aus diesem Muster lernt.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene scores-noted).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.narration">
      <source>Niall offers Oliver the role. Tanisha records the scores and the decision side by side, and says nothing. Bukola receives feedback that she was &quot;a close second&quot;; she accepts an offer from a competitor the following week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene scores-noted).</extracomment>
      <translation>Jens bietet Oliver die Stelle an. Tanisha dokumentiert Bewertungen und Entscheidung nebeneinander und sagt nichts. Bukola bekommt die Rückmeldung, sie sei „knapp Zweite“ gewesen; in der Woche darauf nimmt sie ein Angebot der Konkurrenz an.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.notes">
      <source>Ask what a second sentence in the wash-up would have needed to say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene scores-noted).</extracomment>
      <translation>Fragen Sie, was ein zweiter Satz in der Abschlussrunde hätte sagen müssen.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene diversity-framing).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.narration">
      <source>Bukola is offered the role. In her second week, a teammate jokes that she was &quot;the diversity hire&quot;, repeating a line that travelled out of the wash-up. She starts working late to prove a point that nobody should have made.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene diversity-framing).</extracomment>
      <translation>Bukola bekommt die Stelle angeboten. In ihrer zweiten Woche witzelt ein Teamkollege, sie sei „die Diversity-Einstellung“ gewesen – ein Satz, der aus der Abschlussrunde nach außen gedrungen ist. Sie fängt an, bis spät zu arbeiten, um etwas zu beweisen, das nie jemand hätte infrage stellen dürfen.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.notes">
      <source>This ending often surprises people who chose the option. Be kind: the intention was to help. Ask how the same outcome could have been argued on merit.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene diversity-framing).</extracomment>
      <translation>Dieses Ende überrascht oft diejenigen, die die Option gewählt haben. Seien Sie freundlich: Die Absicht war zu helfen. Fragen Sie, wie man dasselbe Ergebnis mit Leistung hätte begründen können.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene bukola-offered).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.narration">
      <source>There is a pause, then Daniel says, &quot;She was the best on the pipeline question.&quot; Niall rubs his eyes: &quot;Fine. Offer Bukola.&quot; She accepts. Niall stays cool with you for a couple of weeks, then asks you to join his next panel &quot;because you keep us honest&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene bukola-offered).</extracomment>
      <translation>Kurze Stille, dann sagt Daniel: „Bei der Pipeline-Frage war sie die Beste.“ Jens reibt sich die Augen: „Na gut. Wir machen Bukola ein Angebot.“ Sie sagt zu. Jens bleibt ein paar Wochen kühl dir gegenüber und bittet dich dann, bei seiner nächsten Auswahlkommission dabei zu sein, „weil du uns ehrlich hältst“.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.notes">
      <source>Point out both the cost and the turn. Ask what made it possible for Niall to change his mind without losing face.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene bukola-offered).</extracomment>
      <translation>Weisen Sie auf beides hin: die Kosten und die Wende. Fragen Sie, was es Jens möglich gemacht hat, seine Meinung zu ändern, ohne das Gesicht zu verlieren.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene process-changed).</extracomment>
      <translation>Sechs Monate später</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.narration">
      <source>Bukola is offered the role and accepts. The head of talent adopts two of the three changes straight away; the &quot;culture fit&quot; question becomes &quot;which of our values did the candidate show, and how?&quot;. Niall grumbles about forms, then admits the next shortlist was the strongest he has seen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene process-changed).</extracomment>
      <translation>Bukola bekommt die Stelle angeboten und sagt zu. Die Leitung Talent Acquisition übernimmt zwei der drei Änderungen sofort; aus der Frage nach dem „Culture Fit“ wird: „Welche unserer Werte hat die Person gezeigt, und wie?“ Jens murrt über Formulare und gibt dann zu, dass die nächste Shortlist die stärkste war, die er je gesehen hat.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.notes">
      <source>Ask who had to agree for this to happen, and what the responder needed: access, evidence, an ally in the recruiter. Then ask what one change in their own hiring process each participant could push for.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene process-changed).</extracomment>
      <translation>Fragen Sie, wer zustimmen musste, damit das passieren konnte, und was die antwortende Person brauchte: Zugang, Belege und eine verbündete Person im Recruiting. Fragen Sie dann, für welche eine Änderung im eigenen Einstellungsverfahren sich jede und jeder Teilnehmende einsetzen könnte.</translation>
    </message>
    <message id="biased-shortlist.debrief.what.1">
      <source>Which filters shaped this shortlist before anyone on the panel had read a CV?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Welche Filter haben diese Shortlist geprägt, bevor irgendjemand in der Kommission einen Lebenslauf gelesen hatte?</translation>
    </message>
    <message id="biased-shortlist.debrief.what.2">
      <source>At which moment did the evidence and the feeling pull in different directions?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>In welchem Moment zogen die Belege und das Gefühl in verschiedene Richtungen?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.1">
      <source>Who does &quot;culture fit&quot; tend to favour, and how would a team notice if it were happening?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wen bevorzugt „Culture Fit“ in der Regel, und woran würde ein Team merken, dass das passiert?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.2">
      <source>Why might a panel member stay quiet even when the written guidance is on their side?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum bleibt jemand in einer Auswahlkommission still, selbst wenn die schriftliche Richtlinie auf der eigenen Seite ist?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.1">
      <source>What is one question you will ask at your next shortlisting or interview panel?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welche eine Frage werdet ihr bei eurer nächsten Auswahlrunde oder im nächsten Bewerbungsgespräch stellen?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.2">
      <source>Who owns your organisation's hiring guidance, and what would you want them to change?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wer ist in eurer Organisation für die Einstellungsrichtlinie zuständig, und was sollte sich daran ändern?</translation>
    </message>
    <message id="biased-shortlist.sources.1.title">
      <source>Workplace allyship practice: challenge biased recruitment processes</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: voreingenommene Auswahlverfahren infrage stellen</translation>
    </message>
    <message id="biased-shortlist.sources.1.note">
      <source>Draws on the practice of questioning filters such as career gaps, guessed visa status and loosely defined &quot;fit&quot;, and changing the process rather than only the single outcome.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Stützt sich auf die Praxis, Filter wie Lücken im Lebenslauf, geratenen Visumsstatus und vage definierte „Passung“ zu hinterfragen und das Verfahren zu ändern statt nur das einzelne Ergebnis.</translation>
    </message>
    <message id="biased-shortlist.sources.2.title">
      <source>Workplace allyship practice: question the process that produces an outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: das Verfahren hinterfragen, aus dem ein Ergebnis entsteht</translation>
    </message>
    <message id="client-introduction.title">
      <source>Four seats at the client dinner</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Vier Plätze beim Kundenessen</translation>
    </message>
    <message id="client-introduction.summary">
      <source>A client's chief executive wants a dinner to discuss results, and a director decides who fills the firm's four seats. The senior consultant whose model made the case has never met the client. Six weeks later a follow-on project needs a named lead, and the director decides again how far to use his access on her behalf.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Der CEO eines Kunden möchte bei einem Abendessen über Ergebnisse sprechen, und ein Director entscheidet, wer die vier Plätze der Beratung bekommt. Die Senior Consultant, deren Modell die Argumente geliefert hat, ist dem Kunden nie begegnet. Sechs Wochen später braucht ein Folgeprojekt eine namentlich benannte Leitung, und der Director entscheidet erneut, wie weit er seinen Zugang für sie einsetzt.</translation>
    </message>
    <message id="client-introduction.content_note">
      <source>This role-play includes a consultant being left out of a client dinner about her own work, her answers going out under a colleague's name, and her promotion being held back.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel wird eine Beraterin nicht zum Kundenessen über ihre eigene Arbeit eingeladen, ihre Antworten werden unter dem Namen eines Kollegen verschickt, und ihre Beförderung wird aufgeschoben.</translation>
    </message>
    <message id="client-introduction.roles.samuel.name">
      <source>Samuel Mensah, director and engagement lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role samuel).</extracomment>
      <translation>Samuel Mensah, Director und Projektverantwortlicher</translation>
    </message>
    <message id="client-introduction.roles.samuel.brief">
      <source>You send the invitations, and you know it. At 29 a partner took you to a client dinner that changed your career, and you have never forgotten who did it. You like James and trust him with the client; you also know exactly who built the demand model.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role samuel).</extracomment>
      <translation>Du verschickst die Einladungen, und das ist dir bewusst. Mit 29 hat dich ein Partner zu einem Kundenessen mitgenommen, das deine Karriere verändert hat, und du hast nie vergessen, wer das war. Du magst Jonas und traust ihm den Kunden zu; du weißt aber auch genau, wer das Nachfragemodell gebaut hat.</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.name">
      <source>Lakshmi Iyer, senior consultant</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role lakshmi).</extracomment>
      <translation>Lakshmi Iyer, Senior Consultant</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.brief">
      <source>You built the demand model that made the review's case, and you have never met Stefan, the client's chief executive. You would like to, but you will not ask. If you are asked to present, you are ready and good at it. If you are invited without a role, you notice and say so calmly if asked.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role lakshmi).</extracomment>
      <translation>Du hast das Nachfragemodell gebaut, das die Argumente der Analyse trägt, und du hast Stefan, den CEO des Kunden, nie getroffen. Du würdest gern, aber du wirst nicht danach fragen. Wirst du gebeten zu präsentieren, bist du vorbereitet und gut darin. Wirst du ohne Aufgabe eingeladen, merkst du das und sagst es ruhig, wenn man dich fragt.</translation>
    </message>
    <message id="client-introduction.roles.james.name">
      <source>James Thornton, associate director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role james).</extracomment>
      <translation>Jonas Thalheim, Associate Director</translation>
    </message>
    <message id="client-introduction.roles.james.brief">
      <source>You have worked on this account for four years and know Stefan from a charity golf day. You are good at relationships and you worry that changing faces could unsettle the client. If you are asked directly to help Lakshmi and given a real role, you are generous. If you are simply moved aside, you feel it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role james).</extracomment>
      <translation>Du betreust diesen Kunden seit vier Jahren und kennst Stefan von einem Benefiz-Golfturnier. Beziehungen pflegen kannst du gut, und du machst dir Sorgen, dass neue Gesichter den Kunden verunsichern könnten. Wirst du direkt gebeten, Lakshmi zu unterstützen, und bekommst eine echte Aufgabe, bist du großzügig. Wirst du einfach zur Seite geschoben, trifft dich das.</translation>
    </message>
    <message id="client-introduction.roles.moira.name">
      <source>Moira Campbell, account partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role moira).</extracomment>
      <translation>Maren Kampmann, Partnerin und Kundenverantwortliche</translation>
    </message>
    <message id="client-introduction.roles.moira.brief">
      <source>You protect the client relationship carefully; it is the firm's largest. You default to the team Stefan knows. You will accept a change if Samuel explains it and takes responsibility for it, but you want that said out loud.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role moira).</extracomment>
      <translation>Du hütest die Kundenbeziehung sorgfältig; es ist der größte Kunde der Firma. Im Zweifel setzt du auf das Team, das Stefan kennt. Eine Änderung akzeptierst du, wenn Samuel sie erklärt und die Verantwortung dafür übernimmt – aber du willst, dass er das laut sagt.</translation>
    </message>
    <message id="client-introduction.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="client-introduction.roles.observer.brief">
      <source>Watch where the access sits: invitations, introductions, who speaks to the client, whose name is on the emails. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte darauf, wo der Zugang liegt: Einladungen, Vorstellungen, wer mit dem Kunden spricht, wessen Name auf den Mails steht. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="client-introduction.observer_checklist.1">
      <source>Who decided the seating and speaking roles, and did anyone ask Lakshmi what she wanted?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wer hat über Sitzplätze und Redeanteile entschieden, und hat jemand Lakshmi gefragt, was sie möchte?</translation>
    </message>
    <message id="client-introduction.observer_checklist.2">
      <source>When Lakshmi was introduced, was her work named specifically, or was she &quot;from the team&quot;?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Als Lakshmi vorgestellt wurde: Wurde ihre Arbeit konkret benannt, oder war sie „aus dem Team“?</translation>
    </message>
    <message id="client-introduction.observer_checklist.3">
      <source>Did Samuel use access he already had (the invitation list, his introduction, his voice in the staffing meeting), or only his opinion?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat Samuel Zugang genutzt, den er ohnehin hatte (die Einladungsliste, seine Vorstellung, seine Stimme in der Besetzungsrunde), oder nur seine Meinung?</translation>
    </message>
    <message id="client-introduction.observer_checklist.4">
      <source>How was James treated when the default changed? Was he given a role or simply moved aside?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie wurde Jonas behandelt, als sich das Gewohnte änderte? Hat er eine Aufgabe bekommen, oder wurde er einfach zur Seite geschoben?</translation>
    </message>
    <message id="client-introduction.observer_checklist.5">
      <source>Which of the five moves appeared, if any: distract, delegate, document, delay, direct? Which would have helped at the staffing meeting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien kamen vor, falls überhaupt: ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen? Welche hätte in der Besetzungsrunde geholfen?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.title">
      <source>Four seats</source>
      <extracomment>Scene heading, shown on the projector (scene staffing).</extracomment>
      <translation>Vier Plätze</translation>
    </message>
    <message id="client-introduction.scenes.staffing.narration">
      <source>Stefan Kessler, the client's chief executive, has asked for a dinner next Thursday to discuss the supply-chain review, with four seats on the firm's side. Moira Campbell, the account partner, messages Samuel: &quot;You, me, James and Oliver, as usual? Stefan knows James from the golf day.&quot; The demand model that made the review's case was built by Lakshmi Iyer, a senior consultant who has never met Stefan. Samuel is the one who sends the invitations.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene staffing).</extracomment>
      <translation>Stefan Kessler, der CEO des Kunden, hat für nächsten Donnerstag um ein Abendessen gebeten, um über die Lieferkettenanalyse zu sprechen – mit vier Plätzen auf Seiten der Beratung. Maren Kampmann, die zuständige Partnerin, schreibt Samuel: „Du, ich, Jonas und Oliver, wie immer? Stefan kennt Jonas vom Golfturnier.“ Das Nachfragemodell, das die Argumente der Analyse trägt, hat Lakshmi Iyer gebaut, eine Senior Consultant, die Stefan noch nie getroffen hat. Und Samuel ist derjenige, der die Einladungen verschickt.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.notes">
      <source>Two minutes. This scenario is about using access, not about anyone behaving badly: Moira's suggestion is reasonable, and the usual team is good. If the group treats Moira or James as villains, bring them back to the question of who holds the list.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene staffing).</extracomment>
      <translation>Zwei Minuten. In diesem Szenario geht es darum, Zugang zu nutzen, nicht um jemanden, der sich schlecht verhält: Marens Vorschlag ist vernünftig, und das übliche Team ist gut. Macht die Gruppe Maren oder Jonas zu Bösewichten, lenken Sie sie zurück auf die Frage, wer die Liste in der Hand hat.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.prompt">
      <source>You are Samuel. Who goes to the dinner, and in what role?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene staffing).</extracomment>
      <translation>Du bist Samuel. Wer geht zum Abendessen, und in welcher Rolle?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.text">
      <source>Reply &quot;Sounds good&quot; and invite the usual four. The client is comfortable with them, and this is a big dinner.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option usual). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>„Klingt gut“ antworten und die üblichen vier einladen. Der Kunde fühlt sich mit ihnen wohl, und es ist ein wichtiges Essen.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.why">
      <source>Comfort with a big client is a real consideration. But the seats go where they always go, and the person whose work is on the table stays at her desk.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option usual).</extracomment>
      <translation>Dass sich ein großer Kunde wohlfühlt, ist ein echter Gesichtspunkt. Aber die Plätze gehen dahin, wo sie immer hingehen, und die Person, um deren Arbeit es geht, bleibt am Schreibtisch.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.text">
      <source>Invite Lakshmi instead of Oliver so the table looks like the team that did the work, but keep the presentation with James.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option seat-without-role). Shown on a phone button: keep it short, about 122 characters like the English.</extracomment>
      <translation>Lakshmi statt Oliver einladen, damit der Tisch aussieht wie das Team, das die Arbeit gemacht hat – präsentieren soll aber Jonas.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.why">
      <source>It looks inclusive, and it does put her in the room. But she is there to be seen rather than heard, and she will know it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option seat-without-role).</extracomment>
      <translation>Es wirkt inklusiv, und sie sitzt tatsächlich mit im Raum. Aber sie ist da, um gesehen zu werden, nicht um gehört zu werden – und sie wird es merken.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.text">
      <source>Invite Lakshmi and ask her to present the demand model herself. Before the dinner, tell Stefan who she is and what she built.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option she-presents). Shown on a phone button: keep it short, about 125 characters like the English.</extracomment>
      <translation>Lakshmi einladen und sie bitten, das Nachfragemodell selbst vorzustellen. Vorab Stefan sagen, wer sie ist und was sie gebaut hat.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.why">
      <source>You use your invitation list and your introduction to put her work, and her name, in front of the person who makes decisions.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option she-presents).</extracomment>
      <translation>Du nutzt deine Einladungsliste und deine Vorstellung, um ihre Arbeit und ihren Namen vor die Person zu bringen, die entscheidet.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.text">
      <source>Do the same, ask James to introduce her and chair the discussion, and tell Moira you'd like client seats on this account to follow who did the work from now on, reviewed every quarter. &quot;If Stefan is unsettled, that's on me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option change-the-default). Shown on a phone button: keep it short, about 224 characters like the English.</extracomment>
      <translation>Dasselbe tun, Jonas bitten, sie vorzustellen und die Diskussion zu leiten, und Maren sagen, dass die Plätze beim Kunden künftig danach vergeben werden, wer die Arbeit gemacht hat – mit Prüfung jedes Quartal. „Wenn Stefan irritiert ist, geht das auf mich.“</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.why">
      <source>You make this invitation and change the habit that decides invitations, giving the existing relationship-holder a real role and spending your own standing with the partner to do it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option change-the-default).</extracomment>
      <translation>Du sprichst diese Einladung aus und änderst die Gewohnheit, nach der Einladungen vergeben werden: Der bisherige Beziehungsträger bekommt eine echte Aufgabe, und du setzt dafür dein eigenes Ansehen bei der Partnerin ein.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.title">
      <source>I'll get the team to come back to you</source>
      <extracomment>Scene heading, shown on the projector (scene usual-dinner).</extracomment>
      <translation>Das Team meldet sich bei Ihnen</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.narration">
      <source>The dinner goes smoothly. Over dessert, Stefan asks how the model handles seasonal spikes, and James says, &quot;Great question. I'll get the team to come back to you.&quot; Lakshmi writes the answer at eleven that night, and it goes out the next morning under James's name.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene usual-dinner).</extracomment>
      <translation>Das Essen läuft reibungslos. Beim Dessert fragt Stefan, wie das Modell mit saisonalen Spitzen umgeht, und Jonas sagt: „Gute Frage. Das Team meldet sich dazu bei Ihnen.“ Lakshmi schreibt die Antwort abends um elf, und am nächsten Morgen geht sie unter Jonas’ Namen raus.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.notes">
      <source>Ask Lakshmi's role-player what she knows about the dinner and how she found out. Keep it short; the quiet cost speaks for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene usual-dinner).</extracomment>
      <translation>Fragen Sie die Person, die Lakshmi spielt, was sie über das Essen weiß und wie sie davon erfahren hat. Halten Sie es kurz; der leise Preis spricht für sich.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.title">
      <source>From the team</source>
      <extracomment>Scene heading, shown on the projector (scene seat-only).</extracomment>
      <translation>Aus dem Team</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.narration">
      <source>Lakshmi is seated between Moira and Stefan's finance director, who asks about her holiday plans. James presents, and she is introduced only as &quot;Lakshmi, from the team&quot;. In the taxi afterwards she asks Samuel, quite neutrally, what he had hoped she would get out of the evening.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene seat-only).</extracomment>
      <translation>Lakshmi sitzt zwischen Maren und dem Finanzchef des Kunden, der sie nach ihren Urlaubsplänen fragt. Jonas präsentiert, und sie wird nur als „Lakshmi, aus dem Team“ vorgestellt. Im Taxi danach fragt sie Samuel ganz sachlich, was er sich für sie von dem Abend erhofft hatte.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.notes">
      <source>This option is often chosen by people who want to do the right thing under pressure. Be kind about it. Ask Lakshmi's role-player to answer the taxi question herself; it is usually more generous and more pointed than anything you could say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene seat-only).</extracomment>
      <translation>Diese Option wählen oft Menschen, die unter Druck das Richtige tun wollen. Gehen Sie freundlich damit um. Bitten Sie die Person, die Lakshmi spielt, die Frage aus dem Taxi selbst zu beantworten; das ist meist großzügiger und treffender als alles, was Sie sagen könnten.</translation>
    </message>
    <message id="client-introduction.scenes.presented.title">
      <source>Ten minutes, no notes</source>
      <extracomment>Scene heading, shown on the projector (scene presented).</extracomment>
      <translation>Zehn Minuten, ohne Notizen</translation>
    </message>
    <message id="client-introduction.scenes.presented.narration">
      <source>Lakshmi presents for ten minutes and answers Stefan's questions on seasonal spikes without notes. At the end of the evening Stefan asks for her card. James is gracious at the table and quieter in the taxi: &quot;I've been on this account four years, Sam.&quot; Samuel realises he gave James no role in the evening at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene presented).</extracomment>
      <translation>Lakshmi präsentiert zehn Minuten lang und beantwortet Stefans Fragen zu saisonalen Spitzen ohne Notizen. Am Ende des Abends bittet Stefan sie um ihre Karte. Jonas ist am Tisch freundlich und im Taxi stiller: „Ich betreue den Kunden seit vier Jahren, Samuel.“ Samuel wird klar, dass er Jonas an diesem Abend überhaupt keine Aufgabe gegeben hat.</translation>
    </message>
    <message id="client-introduction.scenes.presented.notes">
      <source>The cost here is real and fixable. Ask the group what Samuel could have asked James to do. Using access for one person does not require cutting someone else out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene presented).</extracomment>
      <translation>Der Preis hier ist real und lässt sich beheben. Fragen Sie die Gruppe, worum Samuel Jonas hätte bitten können. Wer Zugang für eine Person nutzt, muss dafür niemand anderen ausschließen.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.title">
      <source>On the account plan</source>
      <extracomment>Scene heading, shown on the projector (scene default-changed).</extracomment>
      <translation>Im Kundenplan</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.narration">
      <source>Moira is uneasy: &quot;Stefan is a creature of habit. If this wobbles, it's on you.&quot; Samuel agrees. At the dinner, James introduces Lakshmi, she presents, and he chairs the discussion that follows. The next morning a quarterly review of client seats goes onto the account plan, with Moira's reluctant initials beside it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene default-changed).</extracomment>
      <translation>Maren ist beunruhigt: „Stefan ist ein Gewohnheitstier. Wenn das wackelt, geht es auf deine Kappe.“ Samuel stimmt zu. Beim Essen stellt Jonas Lakshmi vor, sie präsentiert, und er leitet die anschließende Diskussion. Am nächsten Morgen steht im Kundenplan eine vierteljährliche Überprüfung der Plätze beim Kunden – daneben Marens widerwilliges Kürzel.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.notes">
      <source>Point out that Samuel said the risk out loud and owned it; that is often what lets a cautious partner agree. Ask Moira's role-player what she needed to hear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene default-changed).</extracomment>
      <translation>Weisen Sie darauf hin, dass Samuel das Risiko laut ausgesprochen und übernommen hat; oft ist es genau das, was einer vorsichtigen Partnerin die Zustimmung möglich macht. Fragen Sie die Person, die Maren spielt, was sie hören musste.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.title">
      <source>A named lead</source>
      <extracomment>Scene heading, shown on the projector (scene follow-on).</extracomment>
      <translation>Eine benannte Leitung</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.narration">
      <source>Six weeks later, Stefan emails Samuel: the board wants a follow-on project on warehouse forecasting, and he would like &quot;a named lead on your side, and a proper session on the demand model with the person who built it&quot;. The partners' staffing meeting is on Monday, and on an account this size the lead role usually goes to an associate director. Lakshmi's promotion case comes up for discussion next month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene follow-on).</extracomment>
      <translation>Sechs Wochen später schreibt Stefan an Samuel: Der Vorstand möchte ein Folgeprojekt zur Lagerprognose, und er wünscht sich „eine namentlich benannte Leitung auf Ihrer Seite und eine richtige Sitzung zum Nachfragemodell mit der Person, die es gebaut hat“. Die Besetzungsrunde der Partner ist am Montag, und bei einem Kunden dieser Größe geht die Leitung normalerweise an einen Associate Director. Lakshmis Beförderung steht nächsten Monat zur Diskussion.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.notes">
      <source>Three minutes. Participants often land on &quot;introduce her&quot;, which is good; push them to notice the difference between an introduction and a title, and between praise in an email and a voice in the staffing and promotion meetings, where Lakshmi isn't present.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene follow-on).</extracomment>
      <translation>Drei Minuten. Teilnehmende landen oft bei „sie vorstellen“, und das ist gut; bringen Sie sie dazu, den Unterschied zu sehen zwischen einer Vorstellung und einem Titel – und zwischen Lob in einer Mail und einer Stimme in den Besetzungs- und Beförderungsrunden, bei denen Lakshmi nicht dabei ist.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.prompt">
      <source>You are Samuel. How do you answer Stefan, and what do you say on Monday?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene follow-on).</extracomment>
      <translation>Du bist Samuel. Was antwortest du Stefan, und was sagst du am Montag?</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.text">
      <source>Propose James as lead, as usual, and pass Stefan's questions to Lakshmi through him.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option james-leads). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Wie üblich Jonas als Leitung vorschlagen und Stefans Fragen über ihn an Lakshmi weitergeben.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.why">
      <source>It follows the firm's usual pattern and is low-risk. It also keeps Lakshmi's work one step removed from the person who asked for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option james-leads).</extracomment>
      <translation>Das folgt dem üblichen Muster der Firma und ist risikoarm. Es hält Lakshmis Arbeit aber auch einen Schritt entfernt von der Person, die nach ihr gefragt hat.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.text">
      <source>Forward Stefan's email to James and Lakshmi: &quot;James, over to you. Loop Lakshmi in as useful.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option loop-in). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Stefans Mail an Jonas und Lakshmi weiterleiten: „Jonas, übernimmst du? Hol Lakshmi dazu, wo es passt.“</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.why">
      <source>Lakshmi is included in principle. But &quot;as useful&quot; leaves her inclusion to someone else's judgement, and the relationship stays where it was.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option loop-in).</extracomment>
      <translation>Grundsätzlich ist Lakshmi dabei. Aber „wo es passt“ überlässt ihre Einbindung dem Urteil eines anderen, und die Beziehung bleibt, wo sie war.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.text">
      <source>Reply to Stefan with warm praise for &quot;our rising star Lakshmi&quot;, and name James as lead.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option shout-out). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Stefan antworten, „unseren aufstrebenden Star Lakshmi“ herzlich loben, Jonas als Leitung nennen.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.why">
      <source>The praise is genuine and visible. But it costs nothing, and the one thing that would change her position, the lead role, goes elsewhere.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option shout-out).</extracomment>
      <translation>Das Lob ist echt und sichtbar. Aber es kostet nichts, und das Einzige, was ihre Position verändern würde – die Leitung –, geht an jemand anderen.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.text">
      <source>Write Stefan a specific introduction (what Lakshmi built, why she should shape the forecasting work) and set up the call with her leading and you in support.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option introduce). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>Stefan eine konkrete Vorstellung schreiben (was Lakshmi gebaut hat, warum sie die Prognosearbeit prägen sollte) und den Call aufsetzen: sie leitet, du unterstützt.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.why">
      <source>You hand over your own relationship with the client in a way that names her work, and you stay in the room to back her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option introduce).</extracomment>
      <translation>Du übergibst deine eigene Beziehung zum Kunden so, dass ihre Arbeit benannt wird, und bleibst mit im Raum, um ihr den Rücken zu stärken.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.text">
      <source>Introduce her to Stefan, propose her as project lead on Monday with James as senior adviser, and speak for her promotion next month using Stefan's feedback, in rooms she isn't in.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option sponsor). Shown on a phone button: keep it short, about 179 characters like the English.</extracomment>
      <translation>Sie Stefan vorstellen, sie am Montag als Projektleitung vorschlagen, mit Jonas als Senior Advisor, und dich nächsten Monat mit Stefans Feedback für ihre Beförderung einsetzen – in Runden ohne sie.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.why">
      <source>You go past an introduction: you put your name behind her role and her promotion where those decisions are made, and accept the risk if it goes wrong.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option sponsor).</extracomment>
      <translation>Du gehst über eine Vorstellung hinaus: Du stellst dich mit deinem Namen hinter ihre Rolle und ihre Beförderung, dort, wo diese Entscheidungen fallen, und trägst das Risiko, falls es schiefgeht.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.title">
      <source>Client exposure</source>
      <extracomment>Scene heading, shown on the projector (scene end-usual).</extracomment>
      <translation>Kundenkontakt</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.narration">
      <source>James leads, capably. For six months Lakshmi answers Stefan's technical questions through James, and at her promotion panel someone notes that she &quot;lacks client exposure&quot;. Nobody in the room points out why.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-usual).</extracomment>
      <translation>Jonas leitet das Projekt, kompetent. Sechs Monate lang beantwortet Lakshmi Stefans Fachfragen über Jonas, und in ihrer Beförderungsrunde merkt jemand an, ihr fehle „Erfahrung im Kundenkontakt“. Niemand im Raum sagt, woran das liegt.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.notes">
      <source>Let the last sentence land, then ask who in the story could have pointed it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-usual).</extracomment>
      <translation>Lassen Sie den letzten Satz wirken und fragen Sie dann, wer in der Geschichte es hätte sagen können.</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.title">
      <source>When he remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-looped).</extracomment>
      <translation>Wenn er daran denkt</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.narration">
      <source>James loops Lakshmi in on most calls, when he remembers. She does good work and is thanked for it in emails she is copied into. Her promotion is deferred by a cycle, with a note about &quot;building senior relationships&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-looped).</extracomment>
      <translation>Jonas holt Lakshmi zu den meisten Calls dazu, wenn er daran denkt. Sie macht gute Arbeit und bekommt dafür Dank in Mails, bei denen sie in Kopie steht. Ihre Beförderung wird um eine Runde verschoben, mit einem Vermerk zum „Aufbau von Beziehungen auf Führungsebene“.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.title">
      <source>The rising star</source>
      <extracomment>Scene heading, shown on the projector (scene end-praised).</extracomment>
      <translation>Der aufstrebende Star</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.narration">
      <source>Stefan replies that he looks forward to meeting the rising star, then carries on dealing with James. Lakshmi is glad of the praise and notices that it is the only thing in the email that changed. She saves it in the folder she keeps for promotion evidence, which is filling faster than her calendar.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-praised).</extracomment>
      <translation>Stefan antwortet, er freue sich darauf, den aufstrebenden Star kennenzulernen, und arbeitet dann weiter mit Jonas. Lakshmi freut sich über das Lob und merkt, dass es das Einzige in der Mail ist, was sich geändert hat. Sie legt es in den Ordner, in dem sie Belege für ihre Beförderung sammelt – der füllt sich schneller als ihr Kalender.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.notes">
      <source>Ask the room how praise and sponsorship differ. A useful test: which one would still help Lakshmi if Samuel left the firm tomorrow?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-praised).</extracomment>
      <translation>Fragen Sie die Gruppe, worin sich Lob und Sponsorship unterscheiden. Ein hilfreicher Test: Was davon würde Lakshmi noch helfen, wenn Samuel morgen die Firma verließe?</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.title">
      <source>Not yet a title</source>
      <extracomment>Scene heading, shown on the projector (scene end-introduced).</extracomment>
      <translation>Noch kein Titel</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.narration">
      <source>The call goes well, and Stefan starts emailing Lakshmi directly. At Monday's meeting the lead still goes to James, because nobody argued otherwise, but the client's questions now come to her. It is real progress, and it is not yet a title.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-introduced).</extracomment>
      <translation>Der Call läuft gut, und Stefan schreibt Lakshmi inzwischen direkt. In der Runde am Montag geht die Leitung trotzdem an Jonas, weil niemand etwas anderes vorgeschlagen hat – aber die Fragen des Kunden kommen jetzt bei ihr an. Das ist echter Fortschritt, nur eben noch kein Titel.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.title">
      <source>Read aloud</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Laut vorgelesen</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.narration">
      <source>Monday's meeting is tense; one partner asks whether a senior consultant can carry work of this size, and Samuel says he will stand behind her. Lakshmi leads the follow-on, misjudges the scope early on, and recovers with Samuel's help. At her promotion panel Stefan's note is read aloud, and she is promoted. Afterwards two other senior consultants ask Samuel how client seats get decided.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>Die Runde am Montag ist angespannt; ein Partner fragt, ob eine Senior Consultant Arbeit in dieser Größenordnung stemmen kann, und Samuel sagt, er stehe hinter ihr. Lakshmi leitet das Folgeprojekt, schätzt den Umfang anfangs falsch ein und fängt sich mit Samuels Hilfe wieder. In ihrer Beförderungsrunde wird Stefans Rückmeldung laut vorgelesen, und sie wird befördert. Danach fragen zwei andere Senior Consultants Samuel, wie eigentlich die Plätze beim Kunden vergeben werden.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.notes">
      <source>Point out the misstep: sponsorship includes standing by someone when it wobbles. The last sentence is the system-level effect; ask what Samuel should tell them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Weisen Sie auf den Fehltritt hin: Zu Sponsorship gehört, zu jemandem zu stehen, wenn es wackelt. Der letzte Satz ist die Wirkung auf Systemebene; fragen Sie, was Samuel den beiden sagen sollte.</translation>
    </message>
    <message id="client-introduction.debrief.what.1">
      <source>Who held the access in this story (invitations, introductions, staffing), and what did they do with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wer hatte in dieser Geschichte den Zugang (Einladungen, Vorstellungen, Besetzung), und was hat er oder sie damit gemacht?</translation>
    </message>
    <message id="client-introduction.debrief.what.2">
      <source>On our path, how did Stefan first hear Lakshmi's name, and from whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wie hat Stefan auf unserem Weg Lakshmis Namen zum ersten Mal gehört, und von wem?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.1">
      <source>Why does &quot;the team the client knows&quot; tend to stay the same team for years?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum bleibt „das Team, das der Kunde kennt“ oft jahrelang dasselbe Team?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.2">
      <source>What is the difference between praising someone, introducing them, and sponsoring them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was ist der Unterschied, ob man jemanden lobt, vorstellt oder aktiv fördert?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.1">
      <source>Name one invitation, introduction or recommendation you control in the next month. Who usually gets it, and who did the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Nennt eine Einladung, Vorstellung oder Empfehlung, über die ihr im nächsten Monat bestimmt. Wer bekommt sie normalerweise, und wer hat die Arbeit gemacht?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.2">
      <source>How could you change the default so that it doesn't depend on you remembering?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wie könntet ihr das Übliche so ändern, dass es nicht davon abhängt, dass ihr daran denkt?</translation>
    </message>
    <message id="client-introduction.sources.1.title">
      <source>Workplace allyship practice: use your access deliberately — invitations, client introductions and sponsorship</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: den eigenen Zugang bewusst nutzen – Einladungen, Vorstellungen beim Kunden und Sponsorship</translation>
    </message>
    <message id="client-introduction.sources.1.note">
      <source>Drawn from allyship guidance on sharing your platform, recommending colleagues for high-visibility work, and using seniority to widen who meets clients.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Grundlage sind Allyship-Leitfäden dazu, die eigene Bühne zu teilen, Kolleginnen und Kollegen für sichtbare Aufgaben zu empfehlen und die eigene Position zu nutzen, damit mehr unterschiedliche Menschen Kunden kennenlernen.</translation>
    </message>
    <message id="credit-taken.title">
      <source>The deck with one name on it</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Die Präsentation mit nur einem Namen</translation>
    </message>
    <message id="credit-taken.summary">
      <source>A cost model built by a part-time analyst reaches the operations director in a slide deck with only her manager's name on it. The group decides what a colleague in the room does, and what they do when asked to prepare the board version.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Ein Kostenmodell, das eine Analystin in Teilzeit gebaut hat, erreicht den Operations-Direktor in einer Präsentation, auf der nur der Name ihrer Vorgesetzten steht. Die Gruppe entscheidet, was eine Kollegin oder ein Kollege im Raum tut und was diese Person tut, als sie die Fassung für den Vorstand vorbereiten soll.</translation>
    </message>
    <message id="credit-taken.content_note">
      <source>This role-play includes a part-time analyst, back from parental leave, whose work is presented under her manager's name at a meeting she was not invited to.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel wird die Arbeit einer Analystin in Teilzeit, die aus der Elternzeit zurück ist, unter dem Namen ihrer Vorgesetzten präsentiert – in einer Besprechung, zu der sie nicht eingeladen war.</translation>
    </message>
    <message id="credit-taken.roles.marisol.name">
      <source>Marisol Ortega, senior analyst (works Monday to Wednesday)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marisol).</extracomment>
      <translation>Marisol Ortega, Senior-Analystin (arbeitet montags bis mittwochs)</translation>
    </message>
    <message id="credit-taken.roles.marisol.brief">
      <source>You came back from parental leave four months ago on a three-day week. You spent three weeks building the supplier cost model, evenings included. You were not invited to the review because it fell on a Thursday. You worry that going part-time has quietly moved you off the promotion track, and you do not want to look like you are complaining.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marisol).</extracomment>
      <translation>Du bist vor vier Monaten aus der Elternzeit zurückgekommen, mit einer Drei-Tage-Woche. Drei Wochen lang hast du das Lieferanten-Kostenmodell gebaut, auch abends. Zur Präsentation wurdest du nicht eingeladen, weil sie an einem Donnerstag war. Du hast Sorge, dass dich die Teilzeit still und leise aus dem Beförderungsrennen genommen hat, und du willst nicht wirken, als würdest du dich beschweren.</translation>
    </message>
    <message id="credit-taken.roles.fiona.name">
      <source>Fiona McAllister, finance team manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role fiona).</extracomment>
      <translation>Sabine Krüger, Leiterin des Finanzteams</translation>
    </message>
    <message id="credit-taken.roles.fiona.brief">
      <source>You think of the team's output as the team's, and you are the team's voice upwards; that is how your own managers worked. You rewrote the summary slide and removed the contributor line to &quot;keep it clean&quot;. You are under pressure to look strategic. If challenged, you are briefly prickly, then you see the point, especially if it is put to you as something that will make the team look good.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role fiona).</extracomment>
      <translation>Für dich gehört die Arbeit des Teams dem Team, und du bist die Stimme des Teams nach oben; so haben es auch deine eigenen Vorgesetzten gehalten. Du hast die Zusammenfassungsfolie umgeschrieben und die Zeile mit den Mitwirkenden entfernt, damit es „aufgeräumt“ aussieht. Du stehst unter Druck, strategisch zu wirken. Wenn dich jemand darauf anspricht, reagierst du kurz gereizt, siehst dann aber den Punkt, vor allem wenn er dir als etwas präsentiert wird, das das Team gut aussehen lässt.</translation>
    </message>
    <message id="credit-taken.roles.seun.name">
      <source>Oluwaseun &quot;Seun&quot; Adeyemi, operations director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role seun).</extracomment>
      <translation>Oluwaseun „Seun“ Adeyemi, Operations-Direktor</translation>
    </message>
    <message id="credit-taken.roles.seun.brief">
      <source>You want answers you can trust at the board. You assume whoever presents a model built it and can defend it. You respond well to anyone who tells you who actually knows the detail; you find it useful, not awkward.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role seun).</extracomment>
      <translation>Du willst im Vorstand Antworten, auf die du dich verlassen kannst. Du gehst davon aus, dass wer ein Modell präsentiert, es auch gebaut hat und verteidigen kann. Du reagierst gut auf alle, die dir sagen, wer sich wirklich im Detail auskennt; das findest du hilfreich, nicht peinlich.</translation>
    </message>
    <message id="credit-taken.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="credit-taken.roles.observer.brief">
      <source>Track where the credit for the model travels: into which rooms, in whose name, and who corrects it. Note the exact words used. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Verfolge, wohin die Anerkennung für das Modell wandert: in welche Räume, unter wessen Namen und wer sie richtigstellt. Notiere die genauen Worte. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="credit-taken.observer_checklist.1">
      <source>When the director praised the model, who did the responder look at, and what did they say?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Als der Direktor das Modell lobte, wen hat die antwortende Person angesehen, und was hat sie gesagt?</translation>
    </message>
    <message id="credit-taken.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared, and at what moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien (ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen) kam vor, und in welchem Moment?</translation>
    </message>
    <message id="credit-taken.observer_checklist.3">
      <source>Was Marisol named specifically, to someone who influences her career?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wurde Marisol ausdrücklich genannt, und zwar gegenüber jemandem, der Einfluss auf ihre Laufbahn hat?</translation>
    </message>
    <message id="credit-taken.observer_checklist.4">
      <source>Did anyone ask Marisol what she wanted before acting, for example whether she wished to present?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat jemand Marisol gefragt, was sie möchte, bevor gehandelt wurde, zum Beispiel ob sie selbst präsentieren will?</translation>
    </message>
    <message id="credit-taken.observer_checklist.5">
      <source>Did the responder leave Marisol to sort out the credit herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat die antwortende Person es Marisol überlassen, die Anerkennung selbst zu klären?</translation>
    </message>
    <message id="credit-taken.scenes.review.title">
      <source>Thursday, the director's review</source>
      <extracomment>Scene heading, shown on the projector (scene review).</extracomment>
      <translation>Donnerstag, die Präsentation beim Direktor</translation>
    </message>
    <message id="credit-taken.scenes.review.narration">
      <source>Fiona clicks through the supplier cost model. The title slide reads &quot;Prepared by Fiona McAllister&quot;. Seun leans back: &quot;This is the sharpest thing I've seen from finance this year. Fiona, can you take it to the board next month?&quot; Fiona smiles. &quot;Of course, happy to.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene review).</extracomment>
      <translation>Sabine klickt sich durch das Lieferanten-Kostenmodell. Auf der Titelfolie steht: „Erstellt von Sabine Krüger“. Seun lehnt sich zurück: „Das ist das Schärfste, was ich dieses Jahr aus dem Finanzbereich gesehen habe. Sabine, können Sie das nächsten Monat im Vorstand vorstellen?“ Sabine lächelt. „Natürlich, sehr gern.“</translation>
    </message>
    <message id="credit-taken.scenes.review.notes">
      <source>Hold a short silence after Fiona's line, then read the prompt aloud so the group registers that Marisol built the model and is missing only because of her working pattern. Some participants will say &quot;maybe Fiona will credit her later&quot;; acknowledge it, and ask what happens if she does not.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene review).</extracomment>
      <translation>Halten Sie nach Sabines Satz kurz inne und lesen Sie dann die Frage laut vor, damit die Gruppe registriert, dass Marisol das Modell gebaut hat und nur wegen ihres Arbeitszeitmodells fehlt. Manche Teilnehmende werden sagen: „Vielleicht nennt Sabine sie ja später“; erkennen Sie das an und fragen Sie, was passiert, wenn sie es nicht tut.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.prompt">
      <source>You are the team's other analyst. You watched Marisol build this model over three weeks, and she does not work Thursdays. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene review).</extracomment>
      <translation>Du bist die andere Analystin oder der andere Analyst im Team. Du hast gesehen, wie Marisol dieses Modell drei Wochen lang gebaut hat, und sie arbeitet donnerstags nicht. Was tust du?</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.text">
      <source>Say nothing. It is Fiona's team and her deck; credit is for her to sort out.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option stay-out). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>Nichts sagen. Es ist Sabines Team und ihre Präsentation; die Anerkennung muss sie klären.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.why">
      <source>Keeping out of a manager's presentation is a very normal reflex, and it lets the director leave believing Fiona built the model.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option stay-out).</extracomment>
      <translation>Sich aus der Präsentation einer Vorgesetzten herauszuhalten ist ein ganz normaler Reflex, und der Direktor geht in dem Glauben, Sabine habe das Modell gebaut.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.text">
      <source>After the meeting, message Marisol: &quot;Seun loved your model! Just so you know, it went really well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option tell-marisol). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>Nach dem Meeting Marisol schreiben: „Seun war begeistert von deinem Modell! Nur damit du’s weißt: Lief super.“</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.why">
      <source>It is kind and it keeps her in the loop, but it leaves the director's picture unchanged and hands the problem to Marisol.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option tell-marisol).</extracomment>
      <translation>Das ist nett und hält sie auf dem Laufenden, aber das Bild des Direktors bleibt unverändert, und das Problem landet bei Marisol.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.text">
      <source>Reply to Seun's follow-up email, copying the team: &quot;Brilliant collaborative effort from the whole finance team, so proud of what we do together!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option reply-all-thanks). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>Auf Seuns Folgemail antworten, das Team in Kopie: „Großartige Gemeinschaftsleistung des ganzen Finanzteams, ich bin so stolz auf das, was wir zusammen schaffen!“</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.why">
      <source>It is public and sounds generous, but &quot;the whole team&quot; erases the one person whose work it was, and it reflects well on you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option reply-all-thanks).</extracomment>
      <translation>Das ist öffentlich und klingt großzügig, aber „das ganze Team“ löscht die eine Person aus, deren Arbeit es war, und es fällt positiv auf dich zurück.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.text">
      <source>&quot;Seun, for the board, the person who built the model is Marisol Ortega. She knows every assumption in it and would be great at taking questions.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option name-her). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>„Seun, für den Vorstand: Gebaut hat das Modell Marisol Ortega. Sie kennt jede Annahme darin und wäre ideal, um Fragen zu beantworten.“</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.why">
      <source>It corrects the record in the moment, to the person who matters, and frames it as useful to the director rather than an accusation.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option name-her).</extracomment>
      <translation>Es stellt die Sache im Moment richtig, gegenüber der Person, auf die es ankommt, und rahmt es als Hilfe für den Direktor statt als Vorwurf.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.title">
      <source>The following week</source>
      <extracomment>Scene heading, shown on the projector (scene fiona-to-board).</extracomment>
      <translation>In der Woche darauf</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.narration">
      <source>Seun's office books Fiona a twenty-minute slot at the board. On Monday, Marisol sees the calendar invite on the shared finance diary and asks you, lightly, how the review went. You say it went well.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fiona-to-board).</extracomment>
      <translation>Seuns Büro bucht Sabine einen Termin von zwanzig Minuten im Vorstand. Am Montag sieht Marisol die Einladung im gemeinsamen Kalender des Finanzteams und fragt dich beiläufig, wie die Präsentation gelaufen ist. Du sagst, sie sei gut gelaufen.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.notes">
      <source>Ask the observer what they imagine Marisol is thinking. Keep it short; the next scene is where the group gets a second chance.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fiona-to-board).</extracomment>
      <translation>Fragen Sie die beobachtende Person, was Marisol ihrer Vorstellung nach denkt. Halten Sie es kurz; in der nächsten Szene bekommt die Gruppe eine zweite Chance.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.title">
      <source>Monday morning</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-hears).</extracomment>
      <translation>Montagmorgen</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.narration">
      <source>Marisol reads your message twice. &quot;That's great. Did they know it was mine?&quot; You hesitate. She says &quot;Never mind,&quot; and goes back to her spreadsheet, and later asks Fiona whether she might join the board session. Fiona says there is only room for one.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-hears).</extracomment>
      <translation>Marisol liest deine Nachricht zweimal. „Das ist toll. Wussten sie, dass es von mir ist?“ Du zögerst. Sie sagt „Schon gut“ und wendet sich wieder ihrer Tabelle zu. Später fragt sie Sabine, ob sie bei der Vorstandssitzung dabei sein könnte. Sabine sagt, es sei nur Platz für eine Person.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.notes">
      <source>A common path. Point out how the burden slid onto Marisol, who now has to ask for her own credit and risk seeming pushy. Avoid making the responder feel foolish; the message was kind.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-hears).</extracomment>
      <translation>Ein häufiger Weg. Zeigen Sie, wie die Last auf Marisol abgerutscht ist, die jetzt selbst um ihre Anerkennung bitten muss und riskiert, aufdringlich zu wirken. Lassen Sie die antwortende Person nicht dumm dastehen; die Nachricht war nett gemeint.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.title">
      <source>The reply-all</source>
      <extracomment>Scene heading, shown on the projector (scene team-thanks).</extracomment>
      <translation>Antwort an alle</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.narration">
      <source>Seun replies &quot;Agreed, great work all&quot; and two managers add thumbs-up reactions. Fiona forwards the thread to her own boss with the note &quot;nice feedback on my team's work&quot;. Marisol, reading it on Monday, sees her model described as a team effort by someone who knows it was not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene team-thanks).</extracomment>
      <translation>Seun antwortet „Stimmt, tolle Arbeit, alle zusammen“, und zwei Führungskräfte reagieren mit Daumen hoch. Sabine leitet den Verlauf an ihren eigenen Chef weiter, mit dem Hinweis „schönes Feedback zur Arbeit meines Teams“. Marisol liest es am Montag und sieht ihr Modell als Teamleistung beschrieben, von jemandem, der weiß, dass es keine war.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.notes">
      <source>Expect pushback: &quot;I was trying to share the credit!&quot; Agree that the intent was generous, then ask what the email told Seun about who to call with a question about the model.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene team-thanks).</extracomment>
      <translation>Rechnen Sie mit Widerspruch: „Ich wollte die Anerkennung doch teilen!“ Bestätigen Sie, dass die Absicht großzügig war, und fragen Sie dann, was die Mail Seun darüber verraten hat, wen er bei Fragen zum Modell anrufen sollte.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.title">
      <source>A small correction</source>
      <extracomment>Scene heading, shown on the projector (scene named-in-room).</extracomment>
      <translation>Eine kleine Richtigstellung</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.narration">
      <source>Fiona's smile tightens for a second. Seun says, &quot;Good to know. Let's have Marisol there too.&quot; After the meeting Fiona says to you, evenly, &quot;You could have flagged that with me first.&quot; She is short with you for the rest of the day.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-in-room).</extracomment>
      <translation>Sabines Lächeln wird für eine Sekunde starr. Seun sagt: „Gut zu wissen. Dann soll Marisol auch dabei sein.“ Nach dem Meeting sagt Sabine ruhig zu dir: „Das hättest du vorher mit mir klären können.“ Für den Rest des Tages ist sie kurz angebunden.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.notes">
      <source>Name the cost: a manager who feels undermined. Ask the group whether a word with Fiona beforehand would have been better, and whether there was time for one. Either view is fair.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-in-room).</extracomment>
      <translation>Benennen Sie den Preis: eine Vorgesetzte, die sich untergraben fühlt. Fragen Sie die Gruppe, ob ein Wort mit Sabine vorher besser gewesen wäre und ob dafür Zeit war. Beide Sichtweisen sind berechtigt.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.title">
      <source>Preparing the board pack</source>
      <extracomment>Scene heading, shown on the projector (scene board-version).</extracomment>
      <translation>Die Vorstandsunterlagen vorbereiten</translation>
    </message>
    <message id="credit-taken.scenes.board-version.narration">
      <source>Fiona drops a note in your inbox: &quot;Can you tidy the deck for the board version? Keep the title slide as it is, we want it clean. Thanks!&quot; Marisol's name appears nowhere in the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene board-version).</extracomment>
      <translation>Sabine schickt dir eine Notiz: „Kannst du die Präsentation für die Vorstandsfassung aufräumen? Die Titelfolie bitte so lassen, es soll aufgeräumt wirken. Danke!“ Marisols Name kommt in der Datei nirgends vor.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.notes">
      <source>This is the second decision and it happens privately, with nobody watching. That is often where the real pattern is set. If the group named Marisol in the room, remind them that the file still says otherwise and files travel further than meetings.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene board-version).</extracomment>
      <translation>Das ist die zweite Entscheidung, und sie fällt im Privaten, ohne dass jemand zusieht. Oft wird genau dort das eigentliche Muster festgelegt. Wenn die Gruppe Marisol im Raum genannt hat, erinnern Sie daran, dass in der Datei immer noch etwas anderes steht und Dateien weiter reisen als Meetings.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.prompt">
      <source>You have the deck open. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene board-version).</extracomment>
      <translation>Du hast die Präsentation geöffnet. Was tust du?</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.text">
      <source>Tidy it exactly as asked. Fiona is your manager and it is her presentation.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option as-asked). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>Genau wie gewünscht aufräumen. Sabine ist deine Vorgesetzte, und es ist ihre Präsentation.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.why">
      <source>Following a reasonable-sounding instruction is what most people do, and the written record now carries only one name.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option as-asked).</extracomment>
      <translation>Einer vernünftig klingenden Anweisung zu folgen ist das, was die meisten tun, und in den schriftlichen Unterlagen steht jetzt nur ein Name.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.text">
      <source>Tidy it as asked, and tell Marisol: &quot;You should really ask Fiona to put your name on it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option nudge-marisol). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>Wie gewünscht aufräumen und Marisol sagen: „Du solltest Sabine wirklich bitten, deinen Namen draufzusetzen.“</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.why">
      <source>You care about the outcome, but you ask the person with the least power to take the risk of raising it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option nudge-marisol).</extracomment>
      <translation>Dir liegt am Ergebnis, aber du bittest die Person mit der wenigsten Macht, das Risiko einzugehen, es anzusprechen.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.text">
      <source>Tidy it as asked, then write an intranet post about &quot;celebrating the unsung analysts behind every great board deck&quot;.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option intranet-tribute). Shown on a phone button: keep it short, about 116 characters like the English.</extracomment>
      <translation>Wie gewünscht aufräumen, dann im Intranet posten: „Ein Hoch auf die stillen Analyst:innen hinter jeder Vorstandspräsentation“.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.why">
      <source>It sounds like a tribute, but it names nobody, fixes nothing in the deck, and mostly shows you as someone who cares.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option intranet-tribute).</extracomment>
      <translation>Es klingt nach Würdigung, nennt aber niemanden, ändert nichts an der Präsentation und zeigt vor allem dich als jemanden, dem es wichtig ist.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.text">
      <source>Go and see Fiona: &quot;I'd put Marisol's name on the title slide and bring her to take the modelling questions. It makes the team look stronger, and she's earned it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option talk-to-fiona). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Zu Sabine gehen: „Ich würde Marisols Namen auf die Titelfolie setzen und sie für die Fragen zum Modell mitnehmen. Das lässt das Team stärker aussehen, und sie hat es verdient.“</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.why">
      <source>You raise it directly with the person who decides, in private, with a reason she can accept.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option talk-to-fiona).</extracomment>
      <translation>Du sprichst es direkt bei der Person an, die entscheidet, unter vier Augen und mit einem Grund, den sie annehmen kann.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.text">
      <source>Speak to Fiona as above, and propose to her and Seun that every finance deck carries a &quot;built by&quot; line and that analysts present their own models at reviews, whatever day the meeting falls on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option change-template). Shown on a phone button: keep it short, about 192 characters like the English.</extracomment>
      <translation>Wie oben mit Sabine sprechen und ihr und Seun vorschlagen, dass jede Finanzpräsentation eine Zeile „Erstellt von“ trägt und wer ein Modell gebaut hat, es in Reviews selbst vorstellt – egal, an welchem Tag.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.why">
      <source>You use your access to change the template and the habit, so the next part-time analyst does not have to rely on a colleague noticing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option change-template).</extracomment>
      <translation>Du nutzt deinen Zugang, um die Vorlage und die Gewohnheit zu ändern, damit die nächste Analystin in Teilzeit nicht darauf angewiesen ist, dass es jemandem auffällt.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene one-name).</extracomment>
      <translation>Der Tag der Vorstandssitzung</translation>
    </message>
    <message id="credit-taken.scenes.one-name.narration">
      <source>Fiona presents the model to the board and takes two hard questions on the inflation assumptions; she answers one and promises to come back on the other. That evening she emails Marisol asking what the answer is. At year end, Fiona's review mentions the model. Marisol's does not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-name).</extracomment>
      <translation>Sabine stellt das Modell im Vorstand vor und bekommt zwei harte Fragen zu den Inflationsannahmen; eine beantwortet sie, bei der anderen verspricht sie, sich zu melden. Am Abend schreibt sie Marisol eine Mail und fragt, wie die Antwort lautet. Zum Jahresende wird das Modell in Sabines Beurteilung erwähnt. In Marisols nicht.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.notes">
      <source>Let the group sit with the last two sentences. Then ask who was harmed, and whether anyone in the story meant harm.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-name).</extracomment>
      <translation>Lassen Sie die Gruppe die letzten beiden Sätze auf sich wirken. Fragen Sie dann, wer geschädigt wurde und ob irgendjemand in der Geschichte Schaden anrichten wollte.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-asks).</extracomment>
      <translation>Der Tag der Vorstandssitzung</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.narration">
      <source>Marisol drafts a message to Fiona three times and sends a very polite version. Fiona replies that she will &quot;make sure to mention the team&quot;. At the board, she does. Marisol tells you, &quot;I shouldn't have asked. I looked needy.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-asks).</extracomment>
      <translation>Marisol setzt dreimal eine Nachricht an Sabine auf und schickt eine sehr höfliche Fassung. Sabine antwortet, sie werde „das Team auf jeden Fall erwähnen“. Im Vorstand tut sie das auch. Marisol sagt zu dir: „Ich hätte nicht fragen sollen. Das wirkte bedürftig.“</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.notes">
      <source>Useful to compare with the bystander ending: same outcome, plus a cost to Marisol's confidence. Link to the idea that allyship should not put extra weight on the person it is meant to support.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-asks).</extracomment>
      <translation>Hilfreich im Vergleich zum Ende auf der Stufe „Zuschauend“: dasselbe Ergebnis, dazu ein Preis für Marisols Selbstvertrauen. Stellen Sie den Bezug zu dem Gedanken her, dass Allyship der Person, die unterstützt werden soll, keine zusätzliche Last aufbürden sollte.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-post).</extracomment>
      <translation>Der Tag der Vorstandssitzung</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.narration">
      <source>The intranet post gets forty likes and a comment from the head of people calling it &quot;exactly the culture we want&quot;. The board deck goes out with one name on it. Marisol likes the post, because not liking it would look odd.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-post).</extracomment>
      <translation>Der Intranet-Beitrag bekommt vierzig Likes und einen Kommentar der Personalchefin, das sei „genau die Kultur, die wir wollen“. Die Vorstandspräsentation geht mit einem Namen darauf hinaus. Marisol gibt dem Beitrag ein Like, weil es seltsam wirken würde, es nicht zu tun.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.notes">
      <source>Handle gently: participants who chose this usually meant well. Ask what Marisol gained from the post, and what the author gained.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-post).</extracomment>
      <translation>Gehen Sie behutsam vor: Wer diese Option gewählt hat, meinte es meist gut. Fragen Sie, was Marisol von dem Beitrag hatte und was die Person hatte, die ihn geschrieben hat.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene two-names).</extracomment>
      <translation>Der Tag der Vorstandssitzung</translation>
    </message>
    <message id="credit-taken.scenes.two-names.narration">
      <source>Fiona is quiet for a moment, then says, &quot;Fine. Ask her if she'll do the Q&amp;A; it's a Thursday, so we'll need to swap a day.&quot; Marisol agrees, moves a childcare pick-up, and handles every question on the model. Seun asks her to join the next budget review directly.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene two-names).</extracomment>
      <translation>Sabine schweigt einen Moment und sagt dann: „Na gut. Frag sie, ob sie die Fragerunde übernimmt; es ist ein Donnerstag, also müssen wir einen Tag tauschen.“ Marisol sagt zu, verschiebt das Abholen ihres Kindes und beantwortet jede Frage zum Modell. Seun bittet sie, beim nächsten Budget-Review direkt dabei zu sein.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.notes">
      <source>Point out the small, real costs: an awkward conversation with a manager, a childcare rearrangement. Ask whether the meeting day itself is part of the problem; it leads into the advocate option.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene two-names).</extracomment>
      <translation>Weisen Sie auf die kleinen, echten Kosten hin: ein unangenehmes Gespräch mit einer Vorgesetzten, eine umorganisierte Kinderbetreuung. Fragen Sie, ob der Sitzungstag selbst Teil des Problems ist; das führt zur Option auf der Stufe „Fürsprechend“.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene new-template).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="credit-taken.scenes.new-template.narration">
      <source>Fiona grumbles that the &quot;built by&quot; line is bureaucracy, then uses it herself. Seun moves the monthly review to a Tuesday so the part-time analysts can attend. Two analysts, including Marisol, have now presented their own work to the board, and Marisol's mid-year review lists the cost model first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene new-template).</extracomment>
      <translation>Sabine murrt, die Zeile „Erstellt von“ sei Bürokratie, und nutzt sie dann selbst. Seun verlegt das monatliche Review auf einen Dienstag, damit die Analystinnen und Analysten in Teilzeit teilnehmen können. Zwei Analystinnen, darunter Marisol, haben inzwischen ihre eigene Arbeit im Vorstand vorgestellt, und in Marisols Halbjahresbeurteilung steht das Kostenmodell an erster Stelle.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.notes">
      <source>Ask what made this possible: the responder's access to Seun, timing, a practical framing. Then ask what equivalent access each participant has in their own organisation.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene new-template).</extracomment>
      <translation>Fragen Sie, was das möglich gemacht hat: der Zugang der antwortenden Person zu Seun, das Timing, eine praktische Rahmung. Fragen Sie dann, welchen vergleichbaren Zugang die Teilnehmenden in ihrer eigenen Organisation haben.</translation>
    </message>
    <message id="credit-taken.debrief.what.1">
      <source>Trace the model's journey. At which points could its author's name have travelled with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Verfolgt den Weg des Modells. An welchen Stellen hätte der Name seiner Urheberin mitreisen können?</translation>
    </message>
    <message id="credit-taken.debrief.what.2">
      <source>What did you notice about the difference between the public moment and the private one?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was ist euch am Unterschied zwischen dem öffentlichen und dem privaten Moment aufgefallen?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.1">
      <source>Why do part-time or remote colleagues lose credit more easily, even when nobody intends it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum verlieren Kolleginnen und Kollegen in Teilzeit oder im Homeoffice leichter die Anerkennung, selbst wenn niemand das beabsichtigt?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.2">
      <source>What is the difference between sharing credit with &quot;the team&quot; and giving it to a person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was ist der Unterschied, ob man die Anerkennung mit „dem Team“ teilt oder sie einer Person gibt?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.1">
      <source>Which document or deck you touch in the next fortnight could carry a contributor's name?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welches Dokument oder welche Präsentation, die ihr in den nächsten zwei Wochen bearbeitet, könnte den Namen einer mitwirkenden Person tragen?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.2">
      <source>What sentence would you use to correct a credit slip without making it an accusation?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Mit welchem Satz würdet ihr eine falsch zugeordnete Anerkennung richtigstellen, ohne daraus einen Vorwurf zu machen?</translation>
    </message>
    <message id="credit-taken.sources.1.title">
      <source>Workplace allyship practice: make sure people are credited for their work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: dafür sorgen, dass Menschen für ihre Arbeit genannt werden</translation>
    </message>
    <message id="credit-taken.sources.1.note">
      <source>Based on the practice of correcting misattributed work and putting the real author's name in front of those who shape their career.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Beruht auf der Praxis, falsch zugeordnete Arbeit richtigzustellen und den Namen der tatsächlichen Urheberin oder des Urhebers vor die Menschen zu bringen, die über ihre oder seine Laufbahn mitentscheiden.</translation>
    </message>
    <message id="credit-taken.sources.2.title">
      <source>Workplace allyship practice: use your access to open doors</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: den eigenen Zugang nutzen, um Türen zu öffnen</translation>
    </message>
    <message id="erg-no-budget.title">
      <source>The network with a launch party and no budget</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Das Netzwerk mit Launch-Party und ohne Budget</translation>
    </message>
    <message id="erg-no-budget.summary">
      <source>Six months after a staff network for disabled and neurodivergent colleagues was launched with a video and a cake, its three written requests are still unanswered. A director on the leadership team decides what to do when the network comes up in a meeting, and again when the budget is set.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Sechs Monate nachdem ein Mitarbeitendennetzwerk für Kolleginnen und Kollegen mit Behinderung und Neurodivergenz mit Video und Torte gestartet wurde, sind seine drei schriftlichen Anliegen immer noch unbeantwortet. Eine Direktorin aus der Geschäftsleitung entscheidet, was sie tut, als das Netzwerk in einer Sitzung zur Sprache kommt – und noch einmal, als das Budget festgelegt wird.</translation>
    </message>
    <message id="erg-no-budget.content_note">
      <source>This role-play includes a network for disabled and neurodivergent staff being praised in public while its requests, such as live captions, go unanswered and unfunded.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel wird ein Netzwerk für Mitarbeitende mit Behinderung und Neurodivergenz öffentlich gelobt, während seine Anliegen, etwa Live-Untertitel, unbeantwortet bleiben und kein Budget bekommen.</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.name">
      <source>Sofia Marquez, Director of Product and member of the leadership team</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sofia).</extracomment>
      <translation>Sofia Marquez, Director Product und Mitglied der Geschäftsleitung</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.brief">
      <source>You joined the Access Network as an ally on launch day; you are not disabled yourself. You sit on the leadership team and control a discretionary budget, including money for contractors. You like Gareth and do not want to embarrass him, but Aisha forwarded you the network's unanswered requests yesterday and you have read them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sofia).</extracomment>
      <translation>Du bist dem Access-Netzwerk am Gründungstag als Verbündete beigetreten; du selbst hast keine Behinderung. Du sitzt in der Geschäftsleitung und verfügst über ein eigenes Budget, unter anderem für externe Dienstleister. Du magst Georg und willst ihn nicht bloßstellen, aber Aisha hat dir gestern die unbeantworteten Anliegen des Netzwerks weitergeleitet, und du hast sie gelesen.</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.name">
      <source>Aisha Rahman, data analyst and co-chair of the Access Network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role aisha).</extracomment>
      <translation>Aisha Rahman, Datenanalystin und Co-Vorsitzende des Access-Netzwerks</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.brief">
      <source>You are hard of hearing and rely on captions in large meetings. The network asked for three things in March: about £6,000 a year for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. You are tired of being thanked. Play it polite and precise; if someone offers help, you welcome it, but the network sets its own priorities and you will say so if anyone tries to take over.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role aisha).</extracomment>
      <translation>Du bist schwerhörig und bist in großen Meetings auf Live-Untertitel angewiesen. Das Netzwerk hat im März um drei Dinge gebeten: rund 6.000 Euro im Jahr für Live-Untertitel und eine Barrierefreiheitsprüfung, eine Patin oder einen Paten aus der Geschäftsleitung und einen festen Termin bei der Geschäftsleitung. Du bist es leid, dass man dir nur dankt. Spiel höflich und präzise; bietet jemand Hilfe an, nimmst du sie gern an, aber das Netzwerk setzt seine Prioritäten selbst, und das sagst du auch, wenn jemand versucht, das Ruder zu übernehmen.</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.name">
      <source>Gareth Lloyd, Head of People</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role gareth).</extracomment>
      <translation>Georg Lorenz, Leiter Personal</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.brief">
      <source>You launched the network and you are proud of it. Your programme budget was cut by fifteen per cent this year, and you worry that funding one network means every network will want money. You believe staff networks work best as volunteer-led communities. Challenged in public, you feel ambushed and go formal; approached with a costed plan, you are open to it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role gareth).</extracomment>
      <translation>Du hast das Netzwerk ins Leben gerufen und bist stolz darauf. Dein Programmbudget wurde dieses Jahr um fünfzehn Prozent gekürzt, und du fürchtest: Wenn ein Netzwerk Geld bekommt, wollen alle Netzwerke Geld. Du glaubst, dass Mitarbeitendennetzwerke am besten als ehrenamtlich getragene Gemeinschaften funktionieren. Wirst du öffentlich angegangen, fühlst du dich überrumpelt und wirst förmlich; kommt jemand mit einem durchgerechneten Plan auf dich zu, bist du offen dafür.</translation>
    </message>
    <message id="erg-no-budget.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="erg-no-budget.roles.observer.brief">
      <source>You sit outside the conversation and watch the room, not just the speakers. Use the checklist and note exact words where you can: the debrief runs on specifics.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Du sitzt außerhalb des Gesprächs und beobachtest den ganzen Raum, nicht nur die Sprechenden. Nutze die Beobachtungsliste und notiere wenn möglich den genauen Wortlaut: Die Nachbesprechung lebt von Details.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.1">
      <source>Which of the network's three requests were named out loud, by whom, and at which moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der drei Anliegen des Netzwerks wurden laut ausgesprochen, von wem und in welchem Moment?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.2">
      <source>Did anyone speak for Aisha, rather than making room for her to speak for herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat jemand für Aisha gesprochen, statt ihr Raum zu geben, selbst zu sprechen?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.3">
      <source>Note each time praise, a video or an award appeared. Did recognition stand in for money, authority or a route to the leadership team?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Notiere jedes Mal, wenn Lob, ein Video oder ein Preis auftauchte. Hat Anerkennung Geld, Entscheidungsbefugnis oder einen Weg zur Geschäftsleitung ersetzt?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.4">
      <source>Which of the five intervention moves did you see: distract, delegate, document, delay, direct? In this scenario, delay (holding an agenda item) and document (the network's written note, the minutes) tend to carry the most weight.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien hast du gesehen: ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen? In diesem Szenario haben verzögern (einen Tagesordnungspunkt offenhalten) und dokumentieren (die schriftliche Notiz des Netzwerks, das Protokoll) meist das größte Gewicht.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.5">
      <source>What did each choice cost the person who made it, and who paid when nobody chose to act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was hat jede Entscheidung die Person gekostet, die sie getroffen hat – und wer hat bezahlt, als niemand gehandelt hat?</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.title">
      <source>Six months after the launch</source>
      <extracomment>Scene heading, shown on the projector (scene launch).</extracomment>
      <translation>Sechs Monate nach dem Start</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.narration">
      <source>At the spring all-hands, Gareth Lloyd launched the Access Network for disabled and neurodivergent staff and anyone with a long-term condition. There was a video, a cake iced with the new logo, and eighty sign-ups by lunchtime. Since then, co-chairs Aisha Rahman and Dev Patel have sent the People team three written requests: money for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. Each has been answered with &quot;Thanks, we'll take a look.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launch).</extracomment>
      <translation>Bei der Belegschaftsversammlung im Frühjahr hat Georg Lorenz das Access-Netzwerk gestartet – für Mitarbeitende mit Behinderung, Neurodivergenz oder einer chronischen Erkrankung. Es gab ein Video, eine Torte mit dem neuen Logo und achtzig Anmeldungen bis zum Mittag. Seitdem haben die Co-Vorsitzenden Aisha Rahman und Dev Patel dem Personalteam drei schriftliche Anliegen geschickt: Geld für Live-Untertitel und eine Barrierefreiheitsprüfung, eine Patin oder einen Paten aus der Geschäftsleitung und einen festen Termin bei der Geschäftsleitung. Die Antwort war jedes Mal: „Danke, wir schauen uns das an.“</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.notes">
      <source>Hand out the role cards and give people three minutes with their briefs before you read this aloud. Read the three requests slowly; the group needs to hold them in mind for the rest of the scenario. If someone asks &quot;is £6,000 a lot?&quot;, turn it back to the room rather than answering.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launch).</extracomment>
      <translation>Teilen Sie die Rollenkarten aus und geben Sie allen drei Minuten mit ihren Rollenbeschreibungen, bevor Sie das vorlesen. Lesen Sie die drei Anliegen langsam vor; die Gruppe muss sie für den Rest des Szenarios im Kopf behalten. Fragt jemand „Sind 6.000 Euro viel?“, geben Sie die Frage an die Gruppe zurück, statt sie zu beantworten.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.title">
      <source>Item six of nine</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-update).</extracomment>
      <translation>Punkt sechs von neun</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.narration">
      <source>Monday's leadership meeting is running late. Gareth is upbeat: &quot;The Access Network is one of our real success stories, over ninety members now. For Disability Awareness Week they'll run a lunch-and-learn and some intranet posts, at no cost to us.&quot; Olivia Brandt, the chief executive, nods and reaches for the next paper. Sofia Marquez has Aisha's forwarded email, with its three unanswered requests, open on her laptop.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-update).</extracomment>
      <translation>Die Sitzung der Geschäftsleitung am Montag zieht sich. Georg ist gut gelaunt: „Das Access-Netzwerk ist eine unserer echten Erfolgsgeschichten, inzwischen über neunzig Mitglieder. Zur Aktionswoche Inklusion machen sie einen Lunch-and-Learn und ein paar Intranet-Beiträge, ohne Kosten für uns.“ Olivia Brandt, die Geschäftsführerin, nickt und greift nach der nächsten Vorlage. Sofia Marquez hat Aishas weitergeleitete Mail mit den drei unbeantworteten Anliegen auf ihrem Laptop offen.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.notes">
      <source>Allow about two minutes for discussion before the vote. Watch for the person who says &quot;I'd raise it with Gareth privately first&quot;: that is a reasonable instinct, so ask them what happens to the network in the weeks before that private chat happens. If the group goes quiet, ask Sofia's role-player how the room feels right now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-update).</extracomment>
      <translation>Lassen Sie vor der Abstimmung etwa zwei Minuten Diskussion zu. Achten Sie auf die Person, die sagt: „Ich würde das erst mal unter vier Augen mit Georg besprechen“ – ein vernünftiger Impuls. Fragen Sie, was mit dem Netzwerk in den Wochen bis zu diesem Gespräch passiert. Wird die Gruppe still, fragen Sie die Person, die Sofia spielt, wie sich der Raum gerade anfühlt.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.prompt">
      <source>You are Sofia. Olivia is about to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-update).</extracomment>
      <translation>Du bist Sofia. Olivia will gleich weitermachen. Was tust du?</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.text">
      <source>Say nothing. It is Gareth's area, the agenda is long, and raising it now would feel like ambushing him in front of the chief executive.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option stay-quiet). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>Nichts sagen. Es ist Georgs Bereich, die Tagesordnung ist lang, und es jetzt anzusprechen, hieße, ihn vor der Geschäftsführerin zu überrumpeln.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.why">
      <source>The reluctance is understandable and the cost of speaking is real. But the one room where the requests could be answered moves on without hearing them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option stay-quiet).</extracomment>
      <translation>Das Zögern ist verständlich, und der Preis fürs Ansprechen ist real. Aber im einzigen Raum, in dem die Anliegen beantwortet werden könnten, geht es weiter, ohne dass sie zur Sprache kommen.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.text">
      <source>After the meeting, message Aisha: &quot;Saw the update. Fully behind you all, shout if there's anything I can do.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option reassure-aisha). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>Nach der Sitzung Aisha schreiben: „Hab das Update gesehen. Stehe voll hinter euch, sag Bescheid, wenn ich was tun kann.“</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.why">
      <source>The support is sincere, and Aisha may be glad of it. But it hands the next move back to the person who has no seat in the room where it would count.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option reassure-aisha).</extracomment>
      <translation>Die Unterstützung ist ehrlich gemeint, und Aisha freut sich vielleicht darüber. Aber sie schiebt den nächsten Schritt der Person zu, die keinen Platz in dem Raum hat, in dem es zählen würde.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.text">
      <source>&quot;Love this. I'd be happy to record a short video for Awareness Week about why the network matters to me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option record-video). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>„Super. Ich nehme gern ein kurzes Video für die Aktionswoche auf, warum mir das Netzwerk wichtig ist.“</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.why">
      <source>It is warm, visible and might even help the week. It also puts your face on the campaign while the three requests stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option record-video).</extracomment>
      <translation>Das ist herzlich, sichtbar und hilft der Woche vielleicht sogar. Es setzt aber auch dein Gesicht auf die Kampagne, während die drei Anliegen genau da bleiben, wo sie waren.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.text">
      <source>&quot;Before we move on: the network sent us three requests in March and hasn't had an answer. Could we put them on next month's agenda, and invite Aisha to present them herself?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option name-the-gap). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>„Bevor wir weitermachen: Das Netzwerk hat uns im März drei Anliegen geschickt, ohne Antwort. Setzen wir sie nächsten Monat auf die Tagesordnung und laden Aisha ein, sie selbst vorzustellen?“</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.why">
      <source>You name the gap in the room that can close it, and you ask for the network to speak for itself rather than speaking on its behalf.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option name-the-gap).</extracomment>
      <translation>Du benennst die Lücke in dem Raum, der sie schließen kann, und sorgst dafür, dass das Netzwerk für sich selbst spricht, statt in seinem Namen zu sprechen.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.title">
      <source>Something fun, by Friday</source>
      <extracomment>Scene heading, shown on the projector (scene after-silence).</extracomment>
      <translation>Etwas Lustiges, bis Freitag</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.narration">
      <source>The meeting finishes ten minutes early. On Wednesday, Gareth's team asks Aisha whether the network could &quot;pull together something fun&quot; for Awareness Week, held over the lunch break. She writes the slides at home on Sunday evening and asks a volunteer to type live captions by hand, because there is still no money for a captioning service. Nobody mentions the three requests.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-silence).</extracomment>
      <translation>Die Sitzung endet zehn Minuten früher. Am Mittwoch fragt Georgs Team Aisha, ob das Netzwerk für die Aktionswoche „etwas Lustiges auf die Beine stellen“ könnte, in der Mittagspause. Sie macht die Folien am Sonntagabend zu Hause und bittet eine Freiwillige, live von Hand mitzutippen, weil es immer noch kein Geld für einen Untertitelungsdienst gibt. Niemand erwähnt die drei Anliegen.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.notes">
      <source>This is the quiet cost: nothing dramatic happens, and that is the point. Ask Aisha's role-player what Sunday evening felt like. Keep it brief and move on to the budget round.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-silence).</extracomment>
      <translation>Das ist der leise Preis: Nichts Dramatisches passiert, und genau darum geht es. Fragen Sie die Person, die Aisha spielt, wie sich der Sonntagabend angefühlt hat. Halten Sie es kurz und gehen Sie weiter zur Budgetrunde.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.title">
      <source>A thumbs-up</source>
      <extracomment>Scene heading, shown on the projector (scene after-message).</extracomment>
      <translation>Ein Daumen hoch</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.narration">
      <source>Aisha replies within a minute: &quot;Thanks, Sofia. Could you raise the requests at leadership? I'm not in that room.&quot; Sofia sends a thumbs-up and means to come back to it. The week fills up, and by Friday the message is buried under forty others.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-message).</extracomment>
      <translation>Aisha antwortet innerhalb einer Minute: „Danke, Sofia. Könntest du die Anliegen in der Geschäftsleitung ansprechen? Ich sitze da nicht mit am Tisch.“ Sofia schickt einen Daumen hoch und nimmt sich vor, darauf zurückzukommen. Die Woche füllt sich, und bis Freitag ist die Nachricht unter vierzig anderen begraben.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.notes">
      <source>Many people recognise themselves here, so be gentle. The point is not that Sofia is a bad colleague; it is that good intentions compete with a full inbox, and the inbox usually wins. Ask the room what would have made the follow-up happen.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-message).</extracomment>
      <translation>Viele erkennen sich hier wieder, also gehen Sie behutsam vor. Es geht nicht darum, dass Sofia eine schlechte Kollegin ist, sondern darum, dass gute Absichten mit einem vollen Posteingang konkurrieren – und der Posteingang gewinnt meistens. Fragen Sie die Gruppe, was dafür gesorgt hätte, dass sie nachhakt.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.title">
      <source>Most-watched post of the week</source>
      <extracomment>Scene heading, shown on the projector (scene after-video).</extracomment>
      <translation>Meistgesehener Beitrag der Woche</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.narration">
      <source>Sofia's video goes on the intranet on Monday and gets more reactions than anything else that week; Olivia shares it with a heart. Then the comms team asks Aisha whether the network could add captions to it, since there is no captioning budget. She does it herself that evening. In the network's group chat, someone reposts the video with a single raised-eyebrow emoji.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-video).</extracomment>
      <translation>Sofias Video erscheint am Montag im Intranet und bekommt mehr Reaktionen als alles andere in dieser Woche; Olivia teilt es mit einem Herz. Dann fragt das Kommunikationsteam Aisha, ob das Netzwerk Untertitel hinzufügen könnte, weil es kein Budget für Untertitelung gibt. Sie macht es am selben Abend selbst. Im Gruppenchat des Netzwerks teilt jemand das Video erneut – mit einem einzigen Emoji mit hochgezogener Augenbraue.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.notes">
      <source>A participant who chose this may feel caught out. Acknowledge that the video was kindly meant and may have raised awareness; then ask Aisha's role-player how captioning it herself felt. Let the contrast do the work; you do not need to spell it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-video).</extracomment>
      <translation>Wer diese Option gewählt hat, fühlt sich vielleicht ertappt. Erkennen Sie an, dass das Video freundlich gemeint war und vielleicht Bewusstsein geschaffen hat; fragen Sie dann die Person, die Aisha spielt, wie es sich angefühlt hat, es selbst zu untertiteln. Lassen Sie den Kontrast wirken; Sie müssen ihn nicht ausbuchstabieren.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.title">
      <source>A date on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene after-naming).</extracomment>
      <translation>Ein Termin auf der Tagesordnung</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.narration">
      <source>There is a short silence. Gareth says, evenly, &quot;We are looking at it. Budgets are tight this year,&quot; and Olivia agrees to give Aisha fifteen minutes next month. By the lifts afterwards, Gareth stops Sofia: &quot;I'd have appreciated a heads-up before you raised that in front of Olivia.&quot; That evening Aisha messages Sofia: &quot;Thank you. I'll be ready.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-naming).</extracomment>
      <translation>Kurze Stille. Georg sagt gelassen: „Wir schauen uns das an. Die Budgets sind dieses Jahr knapp.“ Olivia sagt zu, Aisha nächsten Monat fünfzehn Minuten zu geben. Danach, bei den Aufzügen, hält Georg Sofia an: „Ich hätte mir eine Vorwarnung gewünscht, bevor du das vor Olivia ansprichst.“ Am Abend schreibt Aisha Sofia: „Danke. Ich werde vorbereitet sein.“</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.notes">
      <source>Make sure the cost registers: Gareth is not wrong that a heads-up would have been kinder. Ask the group whether Sofia could have done both, warning Gareth and still raising it. If Gareth's role-player wants to stay cross, let them; the next scene needs that tension.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-naming).</extracomment>
      <translation>Sorgen Sie dafür, dass der Preis ankommt: Georg hat nicht unrecht, dass eine Vorwarnung freundlicher gewesen wäre. Fragen Sie die Gruppe, ob Sofia beides hätte tun können: Georg vorwarnen und es trotzdem ansprechen. Will die Person, die Georg spielt, verärgert bleiben, lassen Sie sie; die nächste Szene braucht diese Spannung.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.title">
      <source>The budget round</source>
      <extracomment>Scene heading, shown on the projector (scene budget-round).</extracomment>
      <translation>Die Budgetrunde</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.narration">
      <source>Three weeks later, the leadership team meets to set next year's budget, and every director has been asked to find savings. Gareth's draft lists the Access Network as &quot;volunteer-led, no cost&quot;. That morning Aisha emailed every director a one-page note: captions and an accessibility audit would cost about £6,000 a year, and the network still has no executive sponsor. Olivia looks round the table: &quot;Anything on people programmes before we sign this off?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene budget-round).</extracomment>
      <translation>Drei Wochen später tritt die Geschäftsleitung zusammen, um das Budget für das nächste Jahr festzulegen, und alle Direktorinnen und Direktoren sollen Einsparungen finden. In Georgs Entwurf steht das Access-Netzwerk als „ehrenamtlich getragen, keine Kosten“. Am Morgen hat Aisha allen in der Geschäftsleitung eine einseitige Notiz geschickt: Untertitel und eine Barrierefreiheitsprüfung würden etwa 6.000 Euro im Jahr kosten, und das Netzwerk hat immer noch keine Patenschaft in der Geschäftsleitung. Olivia blickt in die Runde: „Noch etwas zu den Personalprogrammen, bevor wir das verabschieden?“</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.notes">
      <source>This is the heart of the scenario; give it three to four minutes. Budget meetings are where gestures and commitments part company. If someone argues that asking for money in a savings round is unrealistic, take it seriously: ask what the network's work would cost if the company paid for it at contractor rates. Watch Gareth's role-player: the advocate option only lands well if Sofia brings him with her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene budget-round).</extracomment>
      <translation>Das ist das Herzstück des Szenarios; geben Sie ihm drei bis vier Minuten. In Budgetsitzungen trennen sich Gesten und Verpflichtungen. Wendet jemand ein, in einer Sparrunde nach Geld zu fragen sei unrealistisch, nehmen Sie das ernst: Fragen Sie, was die Arbeit des Netzwerks kosten würde, wenn das Unternehmen sie zu Dienstleistersätzen bezahlen müsste. Beobachten Sie die Person, die Georg spielt: Die Option der Stufe „Fürsprechend“ funktioniert nur, wenn Sofia ihn mitnimmt.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.prompt">
      <source>You are Sofia. The draft is about to be approved. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene budget-round).</extracomment>
      <translation>Du bist Sofia. Der Entwurf wird gleich verabschiedet. Was tust du?</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.text">
      <source>Approve the draft. Every team is cutting, and asking for new spending in a savings round would look odd.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option approve). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>Dem Entwurf zustimmen. Alle Teams sparen, und in einer Sparrunde neue Ausgaben zu fordern, wirkt seltsam.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.why">
      <source>The pressure is real and nobody wants to be the director who didn't cut. But approving &quot;no cost&quot; makes the network's unpaid work the official plan.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option approve).</extracomment>
      <translation>Der Druck ist real, und niemand will die Person sein, die nicht gekürzt hat. Aber wer „keine Kosten“ zustimmt, macht die unbezahlte Arbeit des Netzwerks zum offiziellen Plan.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.text">
      <source>&quot;I'd support funding the network if we can find the money somewhere.&quot; Then let the item close.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option support-if). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>„Ich wäre für Geld fürs Netzwerk, wenn wir es irgendwo finden.“ Dann den Punkt schließen lassen.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.why">
      <source>Your support is now on record. But a conditional &quot;if&quot; in a savings round usually means no, and everyone at the table knows it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option support-if).</extracomment>
      <translation>Deine Unterstützung steht jetzt im Protokoll. Aber ein „wenn“ in einer Sparrunde heißt meistens Nein, und alle am Tisch wissen das.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.text">
      <source>&quot;Could we recognise the network at the annual awards? A trophy and a moment on stage would show how much we value them.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option award). Shown on a phone button: keep it short, about 120 characters like the English.</extracomment>
      <translation>„Zeichnen wir das Netzwerk bei der Jahresfeier aus? Ein Pokal und ein Moment auf der Bühne zeigen, wie sehr wir es schätzen.“</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.why">
      <source>Recognition feels generous and costs almost nothing. It celebrates the volunteers' unpaid work while the budget line still reads zero.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option award).</extracomment>
      <translation>Anerkennung fühlt sich großzügig an und kostet fast nichts. Sie feiert die unbezahlte Arbeit der Freiwilligen, während im Budget weiter eine Null steht.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.text">
      <source>&quot;I'd rather we didn't close this until Aisha has taken us through her note. Can we hold the item and hear from her next month?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option hold-and-hear). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>„Ich würde das lieber nicht abschließen, bevor Aisha uns ihre Notiz erläutert hat. Können wir den Punkt offenlassen und sie nächsten Monat anhören?“</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.why">
      <source>You use the agenda to make room for the people affected, at the price of slowing a meeting everyone wants finished.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option hold-and-hear).</extracomment>
      <translation>Du nutzt die Tagesordnung, um den Betroffenen Raum zu geben – um den Preis, eine Sitzung zu verlängern, die alle hinter sich bringen wollen.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.text">
      <source>&quot;If the network wants me, I'll be its executive sponsor, and I'll move £6,000 from my contractor budget this year. I'd also like every staff network to get a budget line and a twice-yearly slot here, so this isn't decided by whoever pushes hardest. Gareth, would you work on that with me?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option sponsor-and-fund). Shown on a phone button: keep it short, about 289 characters like the English.</extracomment>
      <translation>„Wenn das Netzwerk mich will, übernehme ich die Patenschaft und schichte dieses Jahr 6.000 Euro aus meinem Budget für Dienstleister um. Außerdem soll jedes Mitarbeitendennetzwerk eine Budgetzeile und zweimal im Jahr einen Termin hier bekommen, damit es nicht davon abhängt, wer am lautesten drängt. Georg, arbeitest du mit mir daran?“</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.why">
      <source>You spend your own budget and standing to change how every network is resourced, not just this one, you offer sponsorship rather than imposing it, and you bring Gareth in instead of going round him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option sponsor-and-fund).</extracomment>
      <translation>Du setzt dein eigenes Budget und Ansehen ein, um zu ändern, wie alle Netzwerke ausgestattet werden, nicht nur dieses; du bietest die Patenschaft an, statt sie aufzudrängen, und du holst Georg mit ins Boot, statt ihn zu umgehen.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.title">
      <source>Signed off before lunch</source>
      <extracomment>Scene heading, shown on the projector (scene end-approved).</extracomment>
      <translation>Verabschiedet vor der Mittagspause</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.narration">
      <source>The budget is signed off before lunch. In the spring staff survey, several comments from network members mention the launch cake, and not fondly. Aisha steps down as co-chair in April, and the role stays empty for four months.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-approved).</extracomment>
      <translation>Das Budget ist vor der Mittagspause verabschiedet. In der Mitarbeitendenbefragung im Frühjahr erwähnen mehrere Kommentare von Netzwerkmitgliedern die Torte vom Start, und zwar nicht liebevoll. Aisha gibt im April den Co-Vorsitz ab, und das Amt bleibt vier Monate unbesetzt.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.notes">
      <source>Let this sit for a few seconds before the debrief. Ask: &quot;Was there a single moment where this was decided?&quot; Usually there wasn't, which is the lesson.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-approved).</extracomment>
      <translation>Lassen Sie das ein paar Sekunden wirken, bevor die Nachbesprechung beginnt. Fragen Sie: „Gab es einen einzelnen Moment, in dem das entschieden wurde?“ Meist gab es keinen – und genau das ist die Lehre.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.title">
      <source>Support in principle</source>
      <extracomment>Scene heading, shown on the projector (scene end-conditional).</extracomment>
      <translation>Grundsätzliche Unterstützung</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.narration">
      <source>The minutes record &quot;support in principle, subject to funding&quot;. No funding is found. Aisha sends the directors a short, courteous email thanking them for their time and stops sending requests. The network still meets, but fewer people come each month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-conditional).</extracomment>
      <translation>Im Protokoll steht: „Grundsätzliche Unterstützung, vorbehaltlich der Finanzierung.“ Es findet sich keine Finanzierung. Aisha schickt der Geschäftsleitung eine kurze, höfliche Mail, dankt für die Zeit und stellt keine Anliegen mehr. Das Netzwerk trifft sich weiter, aber jeden Monat kommen weniger Leute.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.title">
      <source>A glass trophy</source>
      <extracomment>Scene heading, shown on the projector (scene end-award).</extracomment>
      <translation>Ein Glaspokal</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.narration">
      <source>At the December awards evening the network wins a glass trophy and a standing ovation, and Aisha is photographed with Olivia. The captioning request is still open. On the train home she tells Dev it felt like being applauded for doing work the company would not pay for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-award).</extracomment>
      <translation>Bei der Preisverleihung im Dezember gewinnt das Netzwerk einen Glaspokal und stehende Ovationen, und Aisha wird mit Olivia fotografiert. Das Anliegen zur Untertitelung ist immer noch offen. Im Zug nach Hause sagt sie zu Dev, es habe sich angefühlt, als bekäme sie Applaus für Arbeit, die das Unternehmen nicht bezahlen wollte.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.notes">
      <source>If a participant objects that awards do matter, agree: they can. Ask what would have had to be true for this award to feel like recognition rather than a substitute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-award).</extracomment>
      <translation>Wendet jemand ein, dass Preise sehr wohl etwas bedeuten, stimmen Sie zu: Das können sie. Fragen Sie, was hätte gegeben sein müssen, damit sich dieser Preis wie Anerkennung anfühlt und nicht wie ein Ersatz.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.title">
      <source>Fifteen minutes</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Fünfzehn Minuten</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.narration">
      <source>The following month Aisha presents for fifteen minutes and answers every question. Olivia asks Gareth to cost a proper arrangement for all the staff networks by the next quarter. It is slower than the network hoped, and Gareth is cool with Sofia for a few weeks, but for the first time the requests have an owner and a date.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>Im Monat darauf präsentiert Aisha fünfzehn Minuten lang und beantwortet jede Frage. Olivia beauftragt Georg, bis zum nächsten Quartal eine ordentliche Regelung für alle Mitarbeitendennetzwerke durchzurechnen. Das geht langsamer, als das Netzwerk gehofft hat, und Georg ist ein paar Wochen kühl zu Sofia, aber zum ersten Mal haben die Anliegen eine zuständige Person und einen Termin.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.title">
      <source>A sponsor and a budget line</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Eine Patenschaft und eine Budgetzeile</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.narration">
      <source>Sofia's team loses a contractor for two months, and her engineering lead is not pleased. Aisha accepts the offer on one condition, that the network, not its sponsor, sets the priorities, and Sofia agrees. By spring the all-hands meetings carry live captions, the office audit is under way, and two other networks have put in their first budgets. After a frosty week, Gareth asks to co-write the new guidance.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>Sofias Team muss zwei Monate auf einen externen Dienstleister verzichten, und ihr Engineering-Lead ist nicht begeistert. Aisha nimmt das Angebot unter einer Bedingung an: Das Netzwerk setzt die Prioritäten, nicht die Patin – und Sofia ist einverstanden. Bis zum Frühjahr laufen die Belegschaftsversammlungen mit Live-Untertiteln, die Prüfung der Büros hat begonnen, und zwei andere Netzwerke haben ihre ersten Budgets eingereicht. Nach einer frostigen Woche fragt Georg, ob er die neue Richtlinie mitschreiben kann.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.notes">
      <source>Resist making this the &quot;right answer&quot; ending. Point out what it cost and that Aisha had to set a condition to keep the network hers. Ask: &quot;What would a sponsor do that quietly takes a network over?&quot;</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Machen Sie dieses Ende nicht zur „richtigen Antwort“. Weisen Sie darauf hin, was es gekostet hat und dass Aisha eine Bedingung stellen musste, damit das Netzwerk ihres bleibt. Fragen Sie: „Womit könnte eine Patin ein Netzwerk still und leise übernehmen?“</translation>
    </message>
    <message id="erg-no-budget.debrief.what.1">
      <source>What did the network ask for, and what did it actually receive on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Worum hat das Netzwerk gebeten, und was hat es auf unserem Weg tatsächlich bekommen?</translation>
    </message>
    <message id="erg-no-budget.debrief.what.2">
      <source>At which moment was staying quiet easiest, and what made it easy?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>In welchem Moment war Schweigen am leichtesten, und was hat es so leicht gemacht?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.1">
      <source>What does a network learn when it is celebrated in public and unfunded in private?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was lernt ein Netzwerk, das öffentlich gefeiert und hinter den Kulissen nicht finanziert wird?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.2">
      <source>Why might a kindly meant video or award land worse with members than silence would?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum kommt ein gut gemeintes Video oder ein Preis bei den Mitgliedern womöglich schlechter an als Schweigen?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.3">
      <source>What is the difference between sponsoring a network and running it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was ist der Unterschied zwischen einer Patenschaft für ein Netzwerk und dem Leiten eines Netzwerks?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.1">
      <source>Which staff network in your organisation could you ask, this month, what it needs and who it answers to?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welches Mitarbeitendennetzwerk in eurer Organisation könntet ihr diesen Monat fragen, was es braucht und wem es berichtet?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.2">
      <source>What is one resource you control (budget, agenda time, your name) that a network could use, on its terms?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welche Ressource, über die ihr verfügt (Budget, Zeit auf der Tagesordnung, euer Name), könnte ein Netzwerk nutzen – zu seinen Bedingungen?</translation>
    </message>
    <message id="erg-no-budget.sources.1.title">
      <source>Workplace allyship practice: staff networks with their own budget, an executive sponsor and a route to decision-makers</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: Mitarbeitendennetzwerke mit eigenem Budget, einer Patenschaft in der Geschäftsleitung und einem Weg zu denen, die entscheiden</translation>
    </message>
    <message id="erg-no-budget.sources.1.note">
      <source>Based on writing about performative allyship that lists networks launched without money, authority or leadership access among its structural forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Grundlage sind Texte über performative Allyship, die Netzwerke ohne Geld, Entscheidungsbefugnis oder Zugang zur Führung zu deren strukturellen Formen zählen.</translation>
    </message>
    <message id="mispronounced-name.title">
      <source>&quot;I'll just call you Zoe&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>„Ich sag einfach Zoe zu dir“</translation>
    </message>
    <message id="mispronounced-name.summary">
      <source>On a quarterly review call, the chief operating officer mispronounces a team lead's name yet again and jokes about giving her an easier one. The group decides what a fellow manager on the call does, and what they say when the COO raises it with them later.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>In einer Quartalsbesprechung per Video spricht der COO den Namen einer Teamleiterin wieder einmal falsch aus und scherzt, er gebe ihr einfach einen leichteren. Die Gruppe entscheidet, was eine Führungskraft auf gleicher Ebene im Call tut und was sie sagt, als der COO sie später darauf anspricht.</translation>
    </message>
    <message id="mispronounced-name.content_note">
      <source>This role-play includes a senior leader mispronouncing a colleague's name yet again and joking, in front of forty people, about calling her by an easier one.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel spricht ein ranghoher Manager den Namen einer Kollegin wieder einmal falsch aus und witzelt vor vierzig Leuten, er könne ihr doch einfach einen leichteren geben.</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.name">
      <source>Xinyi Zhou, logistics team lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role xinyi).</extracomment>
      <translation>Xinyi Zhou, Teamleiterin Logistik</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.brief">
      <source>Your name is said roughly &quot;Shin-yee Joe&quot;. You corrected Martin once, a year ago, and he got it wrong again the next week, so you stopped. Being renamed &quot;Zoe&quot; in front of forty people stings more than you will show. You do not want a fuss made on your behalf in public, but you would quietly welcome someone simply saying it right.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role xinyi).</extracomment>
      <translation>Dein Name wird ungefähr „Schin-ji Dschou“ ausgesprochen. Du hast Martin einmal korrigiert, vor einem Jahr, und in der Woche darauf hat er ihn wieder falsch gesagt, also hast du es gelassen. Vor vierzig Leuten in „Zoe“ umbenannt zu werden, tut mehr weh, als du zeigen wirst. Du willst nicht, dass öffentlich ein Aufhebens um dich gemacht wird, aber du würdest es still begrüßen, wenn jemand ihn einfach richtig ausspricht.</translation>
    </message>
    <message id="mispronounced-name.roles.martin.name">
      <source>Martin Hargreaves, chief operating officer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role martin).</extracomment>
      <translation>Martin Hartmann, Chief Operating Officer (COO)</translation>
    </message>
    <message id="mispronounced-name.roles.martin.brief">
      <source>You are warm, busy and a little self-deprecating. You genuinely find the name hard, and joking about your own hopelessness feels friendly to you. You would be mortified to learn it reads as dismissive. If someone tells you plainly and privately, you take it well and you do something about it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role martin).</extracomment>
      <translation>Du bist herzlich, viel beschäftigt und nimmst dich gern ein wenig selbst auf den Arm. Du findest den Namen ehrlich schwierig, und Witze über deine eigene Unfähigkeit kommen dir freundlich vor. Es wäre dir furchtbar peinlich zu erfahren, dass es abwertend wirkt. Wenn es dir jemand klar und unter vier Augen sagt, nimmst du es gut auf und tust etwas.</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.name">
      <source>Tomás Ferreira, regional operations manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tomas).</extracomment>
      <translation>Tomás Ferreira, regionaler Operations-Manager</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.brief">
      <source>You are a peer of the responder and you also noticed. You will follow whatever the responder does: if they say the name correctly, you do too; if they let it go, you stay quiet. Play this out naturally.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tomas).</extracomment>
      <translation>Du bist auf derselben Ebene wie die antwortende Person, und auch dir ist es aufgefallen. Du machst es so wie die antwortende Person: Spricht sie den Namen richtig aus, tust du es auch; lässt sie es laufen, bleibst du still. Spiel das ganz natürlich.</translation>
    </message>
    <message id="mispronounced-name.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="mispronounced-name.roles.observer.brief">
      <source>Listen for how Xinyi's name is said by each speaker, every time. Note the exact words around the &quot;Zoe&quot; joke. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte darauf, wie jede sprechende Person Xinyis Namen jedes Mal ausspricht. Notiere die genauen Worte rund um den „Zoe“-Witz. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.1">
      <source>How many times was Xinyi's name said wrongly, and by whom?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie oft wurde Xinyis Name falsch ausgesprochen, und von wem?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and was it in public or in private?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien (ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen) hat die antwortende Person genutzt, und war das öffentlich oder unter vier Augen?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.3">
      <source>Did anyone model the correct pronunciation without making Xinyi the centre of attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat jemand die richtige Aussprache vorgelebt, ohne Xinyi in den Mittelpunkt zu stellen?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.4">
      <source>Did anyone check with Xinyi what she would like, before or after acting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat jemand Xinyi gefragt, was sie sich wünscht, vor oder nach dem Handeln?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.5">
      <source>When Martin asked, did the responder give him something specific to do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Als Martin fragte, hat die antwortende Person ihm etwas Konkretes zu tun gegeben?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.title">
      <source>The quarterly operations review</source>
      <extracomment>Scene heading, shown on the projector (scene quarterly-call).</extracomment>
      <translation>Die Quartalsbesprechung Operations</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.narration">
      <source>Forty people are on the video call when Martin hands over: &quot;Great numbers from the north depot. Zin-yee, take us through them?&quot; Xinyi presents, cleanly and quickly. Martin laughs: &quot;Thanks, Zoe. Sorry, Zin-yee. Honestly, can I just call you Zoe? Easier for all of us.&quot; A few people laugh; Xinyi says &quot;Either's fine&quot; and mutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene quarterly-call).</extracomment>
      <translation>Vierzig Leute sind im Videocall, als Martin übergibt: „Tolle Zahlen aus dem Lager Nord. Ksin-ji, führst du uns durch?“ Xinyi präsentiert, klar und zügig. Martin lacht: „Danke, Zoe. Sorry, Ksin-ji. Mal ehrlich, kann ich nicht einfach Zoe sagen? Ist für uns alle leichter.“ Ein paar Leute lachen; Xinyi sagt „Geht beides“ und schaltet sich stumm.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.notes">
      <source>Before the scene, tell the group the name is said roughly &quot;Shin-yee&quot;. Keep Martin likeable in your reading; the scenario only works if he is someone participants could imagine working for. Participants may ask &quot;what if Xinyi really does not mind?&quot; Treat it as a real question and point out that nobody on the call asked her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene quarterly-call).</extracomment>
      <translation>Sagen Sie der Gruppe vor der Szene, dass der Name ungefähr „Schin-ji“ ausgesprochen wird. Lesen Sie Martin sympathisch; das Szenario funktioniert nur, wenn er jemand ist, für den die Teilnehmenden sich vorstellen könnten zu arbeiten. Teilnehmende fragen vielleicht: „Und wenn es Xinyi wirklich nichts ausmacht?“ Behandeln Sie das als echte Frage und weisen Sie darauf hin, dass niemand im Call sie gefragt hat.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.prompt">
      <source>You are a regional manager, presenting next. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene quarterly-call).</extracomment>
      <translation>Du leitest eine Region und präsentierst als Nächstes. Was tust du?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.text">
      <source>Start your own update as planned. She said either was fine.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option carry-on). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>Wie geplant mit dem eigenen Update starten. Sie sagte ja, beides geht.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.why">
      <source>Taking her words at face value is understandable on a big call, and it leaves &quot;Zoe&quot; hanging as the accepted version.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option carry-on).</extracomment>
      <translation>Ihre Worte für bare Münze zu nehmen ist in einem großen Call verständlich, und „Zoe“ bleibt als akzeptierte Version im Raum stehen.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.text">
      <source>Send a clapping emoji and &quot;Great update!&quot; in the call chat, and leave the name alone.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option chat-applause). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>Im Chat ein Klatsch-Emoji und „Tolles Update!“ schicken und den Namen nicht ansprechen.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.why">
      <source>It is friendly and it acknowledges her work, but the renaming goes unremarked in front of the whole call.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option chat-applause).</extracomment>
      <translation>Das ist freundlich und würdigt ihre Arbeit, aber die Umbenennung bleibt vor dem ganzen Call unkommentiert.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.text">
      <source>Say nothing on the call; afterwards write on the company intranet about &quot;why leaders should learn everyone's name&quot;, with no mention of Xinyi or Martin.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option names-matter-post). Shown on a phone button: keep it short, about 151 characters like the English.</extracomment>
      <translation>Im Call nichts sagen; danach im Intranet über „Warum Führungskräfte alle Namen lernen sollten“ schreiben, ohne Xinyi oder Martin zu erwähnen.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.why">
      <source>The message is right and widely seen, but it keeps you safely clear of the actual call and the actual person.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option names-matter-post).</extracomment>
      <translation>Die Botschaft stimmt und wird breit gesehen, hält dich aber sicher fern vom eigentlichen Call und von der eigentlichen Person.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.text">
      <source>Open your update: &quot;Thanks, Xinyi, and building on your north depot numbers —&quot; saying &quot;Shin-yee&quot; clearly and warmly, then carry on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option say-it-right). Shown on a phone button: keep it short, about 130 characters like the English.</extracomment>
      <translation>Das eigene Update beginnen: „Danke, Xinyi, und anknüpfend an deine Zahlen aus dem Lager Nord –“, klar und freundlich „Schin-ji“ sagen, weitermachen.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.why">
      <source>It models the right name in front of everyone, including Martin, without embarrassing anyone or putting Xinyi on the spot.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option say-it-right).</extracomment>
      <translation>Es lebt den richtigen Namen vor allen vor, auch vor Martin, ohne jemanden bloßzustellen oder Xinyi in Verlegenheit zu bringen.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.title">
      <source>After the call</source>
      <extracomment>Scene heading, shown on the projector (scene call-ends).</extracomment>
      <translation>Nach dem Call</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.narration">
      <source>Your update goes smoothly. By the end of the call, two other people have also called her Zoe, one of them in the chat. The next morning a calendar invite from Martin's office is addressed to &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene call-ends).</extracomment>
      <translation>Dein Update läuft glatt. Bis zum Ende des Calls haben zwei weitere Leute sie Zoe genannt, einer davon im Chat. Am nächsten Morgen ist eine Kalendereinladung aus Martins Büro an „Zoe Zhou“ adressiert.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.notes">
      <source>Point out how fast a new name spreads once a senior person has used it. Keep it brief; the second decision follows.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene call-ends).</extracomment>
      <translation>Weisen Sie darauf hin, wie schnell sich ein neuer Name verbreitet, sobald eine ranghohe Person ihn benutzt hat. Halten Sie es kurz; die zweite Entscheidung folgt.</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.title">
      <source>The call chat</source>
      <extracomment>Scene heading, shown on the projector (scene clapping-chat).</extracomment>
      <translation>Der Chat im Call</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.narration">
      <source>A dozen people add clapping emoji under yours. Xinyi reacts with a smile. Martin reads out the chat at the end: &quot;Lovely to see the appreciation for Zoe's team!&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene clapping-chat).</extracomment>
      <translation>Ein Dutzend Leute setzen Klatsch-Emojis unter deins. Xinyi reagiert mit einem Lächeln. Am Ende liest Martin den Chat vor: „Schön zu sehen, wie sehr Zoes Team geschätzt wird!“</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.notes">
      <source>Participants may feel the chat applause was a real kindness, and it was. Ask what it did about the name, and who noticed that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene clapping-chat).</extracomment>
      <translation>Die Teilnehmenden empfinden den Applaus im Chat vielleicht als echte Freundlichkeit, und das war er auch. Fragen Sie, was er am Namen geändert hat und wem das aufgefallen ist.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.title">
      <source>The intranet piece</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-piece).</extracomment>
      <translation>Der Intranet-Beitrag</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.narration">
      <source>Your post is shared in the leadership newsletter under &quot;voices from the business&quot;. Martin comments: &quot;So important. Guilty as charged!&quot; Xinyi reads it and recognises the call at once, though she is not named. Her calendar invites now say &quot;Zoe&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-piece).</extracomment>
      <translation>Dein Beitrag wird im Newsletter für Führungskräfte unter „Stimmen aus dem Unternehmen“ geteilt. Martin kommentiert: „So wichtig. Ich bekenne mich schuldig!“ Xinyi liest ihn und erkennt sofort den Call wieder, obwohl sie nicht genannt wird. Ihre Kalendereinladungen lauten jetzt auf „Zoe“.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.notes">
      <source>Handle kindly: writing about a problem is often a first step for people. Ask what it would have taken to turn the article into one sentence on the call, or one message to Martin.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-piece).</extracomment>
      <translation>Gehen Sie freundlich damit um: Über ein Problem zu schreiben ist für viele ein erster Schritt. Fragen Sie, was nötig gewesen wäre, um aus dem Artikel einen Satz im Call oder eine Nachricht an Martin zu machen.</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.title">
      <source>Your update</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>Dein Update</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.narration">
      <source>You say &quot;Shin-yee&quot; and carry on. Tomás, presenting after you, says it the same way. Martin frowns slightly, as if listening, and says nothing. Later, Xinyi messages you: &quot;Thank you for that. Nobody ever does.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Du sagst „Schin-ji“ und machst weiter. Tomás, der nach dir präsentiert, spricht es genauso aus. Martin runzelt leicht die Stirn, als würde er hinhören, und sagt nichts. Später schreibt dir Xinyi: „Danke dafür. Das macht sonst nie jemand.“</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.notes">
      <source>A low-drama intervention with a real effect. Ask what it cost: very little, which is worth noticing. Also ask what it did not address (Martin's joke itself).</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Ein Eingreifen ohne Drama, mit echter Wirkung. Fragen Sie, was es gekostet hat: sehr wenig, und das ist bemerkenswert. Fragen Sie auch, was es nicht angesprochen hat (Martins Witz selbst).</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.title">
      <source>Your skip-level 1:1 with Martin</source>
      <extracomment>Scene heading, shown on the projector (scene martin-asks).</extracomment>
      <translation>Dein Skip-Level-Einzelgespräch mit Martin</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.narration">
      <source>At the end of your monthly catch-up, Martin says, &quot;Odd question. The north depot lead, is it Zin-yee? I never know, and I feel I've left it too late to ask her. She doesn't seem to mind Zoe.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-asks).</extracomment>
      <translation>Am Ende eures monatlichen Austauschs sagt Martin: „Komische Frage. Die Leiterin vom Lager Nord, heißt sie Ksin-ji? Ich weiß es nie, und ich habe das Gefühl, es ist zu spät, sie zu fragen. Zoe scheint ihr ja nichts auszumachen.“</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.notes">
      <source>This private moment with someone far more senior is where many participants freeze. Acknowledge the power gap out loud. If the group is large, ask for a show of hands on what they would say before the options appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-asks).</extracomment>
      <translation>In diesem privaten Moment mit jemandem, der deutlich höher steht, erstarren viele Teilnehmende. Sprechen Sie das Machtgefälle laut an. Bei einer großen Gruppe bitten Sie um Handzeichen, was sie sagen würden, bevor die Optionen erscheinen.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.prompt">
      <source>Martin has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene martin-asks).</extracomment>
      <translation>Martin hat dich direkt gefragt. Was sagst du?</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.text">
      <source>&quot;Honestly, I think she's used to it. I wouldn't worry.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option used-to-it). Shown on a phone button: keep it short, about 55 characters like the English.</extracomment>
      <translation>„Ehrlich, sie ist das wohl gewohnt. Keine Sorge.“</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.why">
      <source>It spares Martin some discomfort and you some risk, and confirms that the easy version is fine.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option used-to-it).</extracomment>
      <translation>Das erspart Martin etwas Unbehagen und dir etwas Risiko und bestätigt, dass die bequeme Version in Ordnung ist.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.text">
      <source>&quot;I think it's more like Shin-yee? I'm not completely sure, though.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option not-sure). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>„Ich glaube, eher so wie Schin-ji? Aber ich bin mir nicht ganz sicher.“</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.why">
      <source>You answer the question you were asked, but hedge it so much that Martin can file it and carry on.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option not-sure).</extracomment>
      <translation>Du beantwortest die Frage, die dir gestellt wurde, aber so vorsichtig, dass Martin sie abhaken und weitermachen kann.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.text">
      <source>&quot;Great question. I actually ran a session on names for my team last year. Happy to send you the slides.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option my-workshop). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>„Gute Frage. Ich habe letztes Jahr für mein Team eine Session zu Namen gemacht. Ich schick dir gern die Folien.“</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.why">
      <source>It shows you care about the topic and puts your own work forward, but Martin leaves without the answer, and the &quot;Zoe&quot; joke is never mentioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option my-workshop).</extracomment>
      <translation>Es zeigt, dass dir das Thema wichtig ist, und stellt deine eigene Arbeit heraus, aber Martin geht ohne die Antwort, und der „Zoe“-Witz wird nie erwähnt.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.text">
      <source>&quot;It's Shin-yee Joe. And the 'Zoe' joke landed badly. I think a short word with her, saying it properly and leaving it there, would mean a lot.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option plain-answer). Shown on a phone button: keep it short, about 143 characters like the English.</extracomment>
      <translation>„Es heißt Schin-ji Dschou. Und der ‚Zoe‘-Witz kam schlecht an. Ein kurzes Wort mit ihr, den Namen richtig sagen und es dabei belassen, würde ihr viel bedeuten.“</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.why">
      <source>You give him the name, the effect and one concrete step, privately, to someone with more power than you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option plain-answer).</extracomment>
      <translation>Du gibst ihm den Namen, die Wirkung und einen konkreten Schritt, unter vier Augen, gegenüber jemandem mit mehr Macht als du.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.text">
      <source>Give the same plain answer, then suggest Martin asks the business to add phonetic spellings to staff profiles and meeting invites, and offers to add his own first.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option phonetic-names). Shown on a phone button: keep it short, about 163 characters like the English.</extracomment>
      <translation>Dieselbe klare Antwort geben und dann vorschlagen, dass Martin Lautschrift in Profilen und Einladungen anregt und anbietet, als Erster seine eigene einzutragen.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.why">
      <source>You use your access to a senior leader to change the system, so correct names do not depend on individuals remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option phonetic-names).</extracomment>
      <translation>Du nutzt deinen Zugang zu einer ranghohen Führungskraft, um das System zu ändern, damit richtige Namen nicht davon abhängen, dass sich Einzelne erinnern.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.narration">
      <source>Everyone above Xinyi now calls her Zoe. New starters assume it is her name. At her appraisal, the form reads &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Alle über Xinyi nennen sie jetzt Zoe. Neue im Unternehmen halten das für ihren Namen. Auf dem Formular für ihr Beurteilungsgespräch steht „Zoe Zhou“.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.notes">
      <source>Let the silence work. Ask the group how long it would take for this to become impossible to undo.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene zoe-sticks).</extracomment>
      <translation>Lassen Sie die Stille wirken. Fragen Sie die Gruppe, wie lange es dauern würde, bis sich das nicht mehr rückgängig machen lässt.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene half-fixed).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.narration">
      <source>Martin tries &quot;Shin-yee&quot; once, in a corridor, then slips back to Zoe in the next big meeting. Xinyi has stopped correcting anyone.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene half-fixed).</extracomment>
      <translation>Martin versucht es einmal mit „Schin-ji“, auf dem Flur, und fällt im nächsten großen Meeting wieder in Zoe zurück. Xinyi korrigiert niemanden mehr.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.notes">
      <source>Ask what one extra sentence in the 1:1 might have changed.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene half-fixed).</extracomment>
      <translation>Fragen Sie, was ein zusätzlicher Satz im Einzelgespräch hätte ändern können.</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene slides-sent).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.narration">
      <source>Martin thanks you warmly and says he will look at the slides. He does not. In the next review he says &quot;Zoe&quot; twice, and adds, &quot;I really must learn that name.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene slides-sent).</extracomment>
      <translation>Martin dankt dir herzlich und sagt, er sehe sich die Folien an. Das tut er nicht. Im nächsten Review sagt er zweimal „Zoe“ und fügt hinzu: „Ich muss diesen Namen wirklich lernen.“</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.notes">
      <source>Ask whose needs the answer served. Be gentle; this is an extremely common way to handle a senior person.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene slides-sent).</extracomment>
      <translation>Fragen Sie, wessen Bedürfnissen die Antwort gedient hat. Bleiben Sie behutsam; das ist eine sehr verbreitete Art, mit einer ranghohen Person umzugehen.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene martin-fixes).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.narration">
      <source>Martin is quiet for a second. &quot;Ouch. Right.&quot; The next week he stops Xinyi after a meeting, says her name correctly, and apologises in two sentences. He gets it right on every call afterwards, and once corrects someone else. He is slightly more formal with you for a while.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-fixes).</extracomment>
      <translation>Martin ist einen Moment still. „Autsch. Verstehe.“ In der Woche darauf hält er Xinyi nach einem Meeting an, sagt ihren Namen richtig und entschuldigt sich in zwei Sätzen. Danach spricht er ihn in jedem Call richtig aus und korrigiert einmal sogar jemand anderen. Eine Weile ist er dir gegenüber etwas förmlicher.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.notes">
      <source>Point out the quality of Martin's apology: short, no excuses, no request for reassurance. Ask the group what it took for the responder to say this upwards, and what might have made it easier.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-fixes).</extracomment>
      <translation>Weisen Sie auf die Qualität von Martins Entschuldigung hin: kurz, ohne Ausreden, ohne die Bitte um Beruhigung. Fragen Sie die Gruppe, was die antwortende Person gebraucht hat, um das nach oben zu sagen, und was es hätte leichter machen können.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene profiles-change).</extracomment>
      <translation>Drei Monate später</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.narration">
      <source>Martin likes the idea more than you expected and raises it with the people team. Profiles and invites now carry an optional pronunciation field, and Martin's own is the first example in the announcement. Xinyi adds hers; so do two hundred others in the first week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene profiles-change).</extracomment>
      <translation>Martin gefällt die Idee besser, als du erwartet hast, und er bringt sie bei der Personalabteilung ein. Profile und Einladungen haben jetzt ein optionales Feld für die Aussprache, und Martins eigenes ist das erste Beispiel in der Ankündigung. Xinyi trägt ihres ein, und in der ersten Woche zweihundert andere ebenfalls.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.notes">
      <source>Ask who else benefits. Then ask the group what a similar small system change would look like in their own organisation, and who they would need to ask.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene profiles-change).</extracomment>
      <translation>Fragen Sie, wer sonst noch davon profitiert. Fragen Sie die Gruppe dann, wie eine ähnliche kleine Systemänderung in ihrer eigenen Organisation aussähe und wen sie darum bitten müssten.</translation>
    </message>
    <message id="mispronounced-name.debrief.what.1">
      <source>How many separate moments were there in this story when someone could have said the name correctly?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wie viele einzelne Momente gab es in dieser Geschichte, in denen jemand den Namen richtig hätte aussprechen können?</translation>
    </message>
    <message id="mispronounced-name.debrief.what.2">
      <source>What did &quot;Either's fine&quot; mean, do you think, and how sure can anyone be?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was hat „Geht beides“ eurer Meinung nach bedeutet, und wie sicher kann sich da jemand sein?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.1">
      <source>What does it tell a person when a senior colleague decides their name is too much effort?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was sagt es einem Menschen, wenn eine ranghohe Person entscheidet, dass sein Name zu viel Mühe macht?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.2">
      <source>Why is it harder to correct someone two levels above you, and what makes it possible anyway?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum ist es schwerer, jemanden zu korrigieren, der zwei Ebenen über euch steht, und was macht es trotzdem möglich?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.1">
      <source>Whose name in your own organisation are you not sure you say correctly, and how will you find out without burdening them?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Bei wessen Namen in eurer eigenen Organisation seid ihr nicht sicher, ob ihr ihn richtig aussprecht, und wie findet ihr es heraus, ohne die Person zu belasten?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.2">
      <source>What would you say, in one sentence, if a senior person got a colleague's name wrong in front of you?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Was würdet ihr in einem Satz sagen, wenn eine ranghohe Person vor euch den Namen einer Kollegin oder eines Kollegen falsch ausspricht?</translation>
    </message>
    <message id="mispronounced-name.sources.1.title">
      <source>Workplace allyship practice: calmly correct a mispronounced name</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: einen falsch ausgesprochenen Namen ruhig korrigieren</translation>
    </message>
    <message id="mispronounced-name.sources.1.note">
      <source>Built on the practice of saying a colleague's name properly and correcting mispronunciation without making a scene.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Beruht auf der Praxis, den Namen einer Kollegin oder eines Kollegen richtig auszusprechen und falsche Aussprache zu korrigieren, ohne eine Szene zu machen.</translation>
    </message>
    <message id="mispronounced-name.sources.2.title">
      <source>Workplace allyship practice: use your access upwards</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: den eigenen Zugang nach oben nutzen</translation>
    </message>
    <message id="nobody-in-the-room.title">
      <source>The quiet room nobody in the meeting uses</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Der Ruheraum, den niemand in der Sitzung nutzt</translation>
    </message>
    <message id="nobody-in-the-room.summary">
      <source>At the end of an overrunning site committee meeting, facilities proposes turning the quiet room into meeting pods because it always looks empty. Nobody at the table prays at work, expresses milk or needs somewhere dark to sit out a migraine. A committee member decides whether to let it through, and later faces either the people affected or a tidy compromise that ignores what they said.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Am Ende einer überzogenen Sitzung des Standortausschusses schlägt das Facility Management vor, den Ruheraum in Besprechungskabinen umzubauen, weil er immer leer aussieht. Niemand am Tisch betet bei der Arbeit, pumpt Muttermilch ab oder braucht einen dunklen Ort, um eine Migräne auszusitzen. Ein Ausschussmitglied entscheidet, ob sie das durchgehen lässt, und steht später entweder den Betroffenen gegenüber oder einem ordentlichen Kompromiss, der übergeht, was sie gesagt haben.</translation>
    </message>
    <message id="nobody-in-the-room.content_note">
      <source>This role-play includes a quiet room, used for prayer, expressing milk and sitting out migraines, being taken over for meetings without asking the people who rely on it.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel soll ein Ruheraum, in dem Menschen beten, Milch abpumpen oder eine Migräne aussitzen, zu Besprechungskabinen umgebaut werden, ohne dass jemand die Betroffenen fragt.</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.name">
      <source>Sinéad Gallagher, head of finance and site committee member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sinead).</extracomment>
      <translation>Sabine Gerlach, Leiterin Finanzen und Mitglied im Standortausschuss</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.brief">
      <source>You have never used the quiet room and don't really know who does. You have a reputation on the committee for being practical and not making a fuss. You want the meeting to end as much as anyone; you also have a vague sense that &quot;always empty&quot; might not be the whole story.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sinead).</extracomment>
      <translation>Du hast den Ruheraum nie genutzt und weißt nicht so recht, wer ihn nutzt. Im Ausschuss giltst du als pragmatisch und als jemand, die kein Aufhebens macht. Du willst genauso wie alle anderen, dass die Sitzung endet; du hast aber auch das vage Gefühl, dass „immer leer“ vielleicht nicht die ganze Geschichte ist.</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.name">
      <source>Marcus Webb, facilities manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marcus).</extracomment>
      <translation>Markus Weber, Leiter Facility Management</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.brief">
      <source>You have been asked for more meeting space for six months and finally have a plan and builders booked for Monday. You walk past the quiet room most mornings around ten and it is always empty. You are not against anyone; you simply haven't asked who uses it. If someone gives you specifics, you take them seriously. If you feel your judgement is being questioned in public, you get prickly.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marcus).</extracomment>
      <translation>Seit sechs Monaten wirst du nach mehr Besprechungsraum gefragt, und endlich hast du einen Plan und die Handwerker für Montag gebucht. Du kommst morgens gegen zehn meist am Ruheraum vorbei, und er ist immer leer. Du hast nichts gegen irgendwen; du hast einfach nicht gefragt, wer ihn nutzt. Nennt dir jemand Konkretes, nimmst du das ernst. Hast du das Gefühl, dein Urteil wird öffentlich infrage gestellt, wirst du empfindlich.</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.name">
      <source>Hiroko Sato, operations director and committee chair</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hiroko).</extracomment>
      <translation>Hiroko Sato, Leiterin Operations und Ausschussvorsitzende</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.brief">
      <source>You want decisions made and meetings finished on time, and you are impatient with process for its own sake. You are fair, though: a concrete, time-limited proposal will get a yes from you, while a general appeal to &quot;consult more&quot; will get a sigh.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hiroko).</extracomment>
      <translation>Du willst, dass Entscheidungen fallen und Sitzungen pünktlich enden, und Verfahren um ihrer selbst willen machen dich ungeduldig. Du bist aber fair: Ein konkreter, zeitlich begrenzter Vorschlag bekommt von dir ein Ja, ein allgemeiner Appell, „mehr zu beteiligen“, ein Seufzen.</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.name">
      <source>Imran Chaudhry, warehouse shift leader</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role imran).</extracomment>
      <translation>Imran Chaudhry, Schichtleiter im Lager</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.brief">
      <source>You use the quiet room to pray at around one and four on every shift. Leah, back from maternity leave, uses it to express milk, and Jonah uses it when a migraine hits. You are not on the committee. You don't want to speak for every Muslim or every user, but you do want to be asked, and you want the others asked too. If you are invited to the committee, say plainly what you need: the timing, a lock, somewhere to wash.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role imran).</extracomment>
      <translation>Du nutzt den Ruheraum in jeder Schicht gegen eins und gegen vier zum Beten. Leah, die aus der Elternzeit zurück ist, pumpt dort Milch ab, und Jonah geht hin, wenn ihn eine Migräne erwischt. Du bist nicht im Ausschuss. Du willst nicht für alle Muslime oder alle, die den Raum nutzen, sprechen, aber du willst gefragt werden – und du willst, dass auch die anderen gefragt werden. Wirst du in den Ausschuss eingeladen, sag klar, was du brauchst: die Uhrzeiten, ein Schloss, eine Möglichkeit zum Waschen.</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.brief">
      <source>Watch who speaks about the room's users and whether any users ever speak for themselves. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte darauf, wer über die Menschen spricht, die den Raum nutzen, und ob einer von ihnen je selbst zu Wort kommt. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.1">
      <source>Did anyone ask who uses the room before the decision? Who, and how long into the item?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat vor der Entscheidung jemand gefragt, wer den Raum nutzt? Wer, und wie lange nach Beginn des Punkts?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.2">
      <source>When the users' needs were mentioned, were they described by the users or on their behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Als die Bedürfnisse der Nutzenden zur Sprache kamen: Haben sie sie selbst beschrieben, oder wurde über sie gesprochen?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.3">
      <source>Which of the five moves appeared: distract, delegate, document, delay, direct? In a decision meeting, delay (holding an item) and document (what goes in the decision log) are often the most powerful.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien kamen vor: ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen? In einer Entscheidungssitzung sind verzögern (einen Punkt zurückstellen) und dokumentieren (was ins Beschlussprotokoll kommt) oft am wirkungsvollsten.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.4">
      <source>Was a fix proposed only for this room, or for how such decisions are made in future?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wurde nur eine Lösung für diesen Raum vorgeschlagen, oder auch dafür, wie solche Entscheidungen künftig getroffen werden?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.5">
      <source>What did each choice cost Sinéad, Marcus and Hiroko, and what did the quiet choices cost Imran, Leah and Jonah?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was hat jede Entscheidung Sabine, Markus und Hiroko gekostet – und was haben die stillen Entscheidungen Imran, Leah und Jonah gekostet?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.title">
      <source>Any other business</source>
      <extracomment>Scene heading, shown on the projector (scene committee).</extracomment>
      <translation>Verschiedenes</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.narration">
      <source>The site committee is twenty minutes over time when Marcus Webb reaches the last item. &quot;Quick one: we're turning the first-floor quiet room into two bookable meeting pods, because every time I walk past it's empty and we're desperate for space. Builders can start Monday; any objections?&quot; Nobody at the table prays at work, is breastfeeding, or has ever needed to sit in the dark through a migraine. Hiroko Sato has her pen over the decision log.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene committee).</extracomment>
      <translation>Der Standortausschuss hat schon zwanzig Minuten überzogen, als Markus Weber beim letzten Punkt ankommt. „Ganz kurz: Wir bauen den Ruheraum im ersten Stock zu zwei buchbaren Besprechungskabinen um, weil er jedes Mal leer ist, wenn ich vorbeikomme, und wir dringend Platz brauchen. Die Handwerker können Montag anfangen. Einwände?“ Niemand am Tisch betet bei der Arbeit, stillt gerade oder musste je eine Migräne im Dunkeln aussitzen. Hiroko Sato hält den Stift über dem Beschlussprotokoll.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.notes">
      <source>Read Marcus's line briskly; the speed is part of the problem. Give the group ninety seconds. Participants often say &quot;I'd have asked&quot;, which is easy to say with the narration in front of you; ask them how often they have held up the last item of an overrunning meeting.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene committee).</extracomment>
      <translation>Lesen Sie Markus’ Satz zügig vor; das Tempo ist Teil des Problems. Geben Sie der Gruppe neunzig Sekunden. Oft heißt es: „Ich hätte gefragt“ – leicht gesagt, wenn man den Text vor sich hat. Fragen Sie, wie oft sie schon den letzten Punkt einer überzogenen Sitzung aufgehalten haben.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.prompt">
      <source>You are Sinéad. Hiroko is about to write &quot;agreed&quot;. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene committee).</extracomment>
      <translation>Du bist Sabine. Hiroko will gleich „beschlossen“ schreiben. Was tust du?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.text">
      <source>Say nothing. It's a facilities decision, the meeting has overrun, and you don't use the room.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option say-nothing). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Nichts sagen. Es ist Sache des Facility Managements, die Sitzung ist überzogen, und du nutzt den Raum nicht.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.why">
      <source>Not using the room makes it hard to see what is at stake, which is exactly why silence lets through a decision its users never heard about.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option say-nothing).</extracomment>
      <translation>Wer den Raum nicht nutzt, sieht kaum, was auf dem Spiel steht – und genau deshalb lässt Schweigen eine Entscheidung durch, von der die Nutzenden nie gehört haben.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.text">
      <source>&quot;Fine by me, as long as people still have somewhere to go.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option fine-if). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>„Von mir aus, solange die Leute noch irgendwo hinkönnen.“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.why">
      <source>The caveat shows you care. But it is vague enough to be met with anything, and still nobody asks the people who use the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option fine-if).</extracomment>
      <translation>Der Vorbehalt zeigt, dass es dir nicht egal ist. Aber er ist so vage, dass ihn alles erfüllen kann, und immer noch fragt niemand die Menschen, die den Raum nutzen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.text">
      <source>&quot;Before we agree: who actually uses that room, and has anyone asked them? I'd rather we held this for a week and found out.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option hold-and-ask). Shown on a phone button: keep it short, about 124 characters like the English.</extracomment>
      <translation>„Bevor wir zustimmen: Wer nutzt den Raum eigentlich, und hat jemand sie gefragt? Lieber eine Woche warten und das klären.“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.why">
      <source>You slow the decision and ask the question the room skipped, knowing you will probably be handed the job of finding out.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option hold-and-ask).</extracomment>
      <translation>Du bremst die Entscheidung und stellst die Frage, die übersprungen wurde – wohl wissend, dass du vermutlich die Aufgabe bekommst, es herauszufinden.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.text">
      <source>&quot;Let's hold it, and let's change how we make these calls. Any change to a space people rely on goes to its users and the staff networks before it comes here. I'll draft that, and we'll hear from the users next week.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option change-the-rule). Shown on a phone button: keep it short, about 216 characters like the English.</extracomment>
      <translation>„Stellen wir das zurück und ändern wir, wie wir so etwas entscheiden. Jede Änderung an einem Raum, auf den Leute angewiesen sind, geht erst an die Nutzenden und die Netzwerke, dann hierher. Ich entwerfe das, und nächste Woche hören wir die Nutzenden.“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.why">
      <source>You deal with this decision and with the gap in the process that let it get this far, using your seat to make asking routine instead of a favour.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option change-the-rule).</extracomment>
      <translation>Du kümmerst dich um diese Entscheidung und um die Lücke im Verfahren, durch die sie so weit gekommen ist, und nutzt deinen Sitz, damit das Fragen zur Routine wird statt zum Gefallen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.title">
      <source>An alternative space</source>
      <extracomment>Scene heading, shown on the projector (scene storeroom).</extracomment>
      <translation>Ein Ausweichraum</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.narration">
      <source>Hiroko writes: &quot;Agreed. Facilities to ensure alternative space.&quot; Marcus finds some: a corner of the old stationery store on the ground floor, with a curtain and no lock. Nobody who uses the quiet room is told until the works notice goes up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene storeroom).</extracomment>
      <translation>Hiroko schreibt: „Beschlossen. Facility Management sorgt für Ausweichraum.“ Markus findet einen: eine Ecke im alten Materiallager im Erdgeschoss, mit Vorhang und ohne Schloss. Wer den Ruheraum nutzt, erfährt davon erst, als der Aushang zu den Bauarbeiten hängt.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.notes">
      <source>Brief scene. Ask the group whether &quot;somewhere to go&quot; was met. Technically, yes. That gap between the letter and the need is worth a sentence, not a lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene storeroom).</extracomment>
      <translation>Kurze Szene. Fragen Sie die Gruppe, ob „irgendwo hinkönnen“ erfüllt wurde. Formal ja. Diese Lücke zwischen Wortlaut und Bedürfnis ist einen Satz wert, keinen Vortrag.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.title">
      <source>Friday, at the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Freitag, am Kaffeeautomaten</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.narration">
      <source>On Friday afternoon a notice goes up on the quiet-room door: works begin Monday. Imran Chaudhry, a warehouse shift leader, catches Sinéad at the coffee machine. &quot;Were you in that meeting? I use that room twice a shift. So does Leah since she came back from maternity leave, and Jonah when his migraines hit. Nobody asked any of us.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Am Freitagnachmittag hängt ein Aushang an der Tür des Ruheraums: Die Bauarbeiten beginnen am Montag. Imran Chaudhry, Schichtleiter im Lager, erwischt Sabine am Kaffeeautomaten. „Warst du in der Sitzung? Ich nutze den Raum zweimal pro Schicht. Leah auch, seit sie aus der Elternzeit zurück ist, und Jonah, wenn seine Migräne kommt. Keinen von uns hat jemand gefragt.“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.notes">
      <source>If you have an Imran role-player, let them deliver the line and then wait. The silence after it is useful. Watch for Sinéad's role-player reaching for &quot;it wasn't my decision&quot;; ask the room whether that is true.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Wenn jemand Imran spielt, lassen Sie die Person den Satz sagen und warten Sie dann. Die Stille danach ist nützlich. Achten Sie darauf, ob die Person, die Sabine spielt, zu „Das war nicht meine Entscheidung“ greift; fragen Sie die Gruppe, ob das stimmt.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.prompt">
      <source>You are Sinéad. Imran is waiting for an answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Du bist Sabine. Imran wartet auf eine Antwort. Was tust du?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.text">
      <source>&quot;I'm sorry, it's really a facilities decision. You'd need to take it up with Marcus.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option not-my-call). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>„Tut mir leid, das entscheidet eigentlich das Facility Management. Sprich am besten mit Markus.“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.why">
      <source>It's true that Marcus owns the plan. But you were in the room, and pointing Imran elsewhere leaves him to start from scratch, alone, over a weekend.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option not-my-call).</extracomment>
      <translation>Es stimmt, dass der Plan bei Markus liegt. Aber du warst im Raum, und wenn du Imran weiterschickst, muss er allein und übers Wochenende bei null anfangen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.text">
      <source>&quot;That's rubbish, I'm sorry. I honestly didn't know anyone used it.&quot; Then head back to your desk.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option sympathise). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>„So ein Mist, tut mir leid. Ich wusste ehrlich nicht, dass ihn jemand nutzt.“ Dann zurück an deinen Platz.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.why">
      <source>The sympathy is genuine and the honesty helps. But nothing about Monday changes, and Imran leaves knowing only that you feel bad.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option sympathise).</extracomment>
      <translation>Das Mitgefühl ist echt, und die Ehrlichkeit hilft. Aber am Montag ändert sich nichts, und Imran geht nur mit dem Wissen, dass es dir leidtut.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.text">
      <source>&quot;Leave it with me.&quot; Later, post in the all-staff channel about how much the company values faith and wellbeing, and say that alternatives are being looked at.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option post-message). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>„Ich kümmere mich.“ Später im Kanal für alle posten, wie wichtig dem Unternehmen Glaube und Wohlbefinden sind und dass Alternativen geprüft werden.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.why">
      <source>The post is public and kindly meant, and it sounds like action. Nothing is actually being looked at, and the people who use the room will see that first.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option post-message).</extracomment>
      <translation>Der Beitrag ist öffentlich und gut gemeint und klingt nach Handeln. Tatsächlich wird nichts geprüft, und die Menschen, die den Raum nutzen, merken das als Erste.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.text">
      <source>&quot;I was there, and I didn't ask who uses it. That's on me. I'll ask Hiroko today to pause Monday's works. Would you, Leah and Jonah tell the committee what you need, or tell me and I'll pass it on word for word?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option own-and-pause). Shown on a phone button: keep it short, about 211 characters like the English.</extracomment>
      <translation>„Ich war dabei und habe nicht gefragt, wer den Raum nutzt. Das geht auf mich. Ich bitte Hiroko heute, die Arbeiten am Montag zu stoppen. Wollt ihr drei dem Ausschuss sagen, was ihr braucht, oder sagst du es mir und ich gebe es wörtlich weiter?“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.why">
      <source>You own your part without excuses, act before Monday, and let the users choose how they are heard.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option own-and-pause).</extracomment>
      <translation>Du stehst ohne Ausreden zu deinem Anteil, handelst vor Montag und lässt die Nutzenden entscheiden, wie sie gehört werden.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.title">
      <source>One week</source>
      <extracomment>Scene heading, shown on the projector (scene held).</extracomment>
      <translation>Eine Woche</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.narration">
      <source>Hiroko sighs: &quot;We've been talking about meeting space for six months.&quot; She agrees to hold the item for a week and, since Sinéad raised it, asks her to find out who uses the room. Marcus looks less than pleased. Over three days Sinéad talks to Imran, to Leah, back from maternity leave, and to Jonah, who gets migraines; none of them had heard about the plan.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene held).</extracomment>
      <translation>Hiroko seufzt: „Wir reden seit sechs Monaten über Besprechungsräume.“ Sie ist einverstanden, den Punkt eine Woche zurückzustellen, und bittet Sabine, weil sie es angesprochen hat, herauszufinden, wer den Raum nutzt. Markus wirkt nicht gerade erfreut. In drei Tagen spricht Sabine mit Imran, mit Leah, die aus der Elternzeit zurück ist, und mit Jonah, der Migräne hat; keiner von ihnen hatte von dem Plan gehört.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.notes">
      <source>Name the cost: Sinéad now has homework and a slightly cooler facilities manager. Ask the group whether they would have raised it knowing they'd be given the job.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene held).</extracomment>
      <translation>Benennen Sie den Preis: Sabine hat jetzt Hausaufgaben und einen etwas kühleren Facility Manager. Fragen Sie die Gruppe, ob sie es angesprochen hätten, wenn sie gewusst hätten, dass sie dann die Aufgabe bekommen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.title">
      <source>Not every broom cupboard</source>
      <extracomment>Scene heading, shown on the projector (scene rule-proposed).</extracomment>
      <translation>Nicht jede Besenkammer</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.narration">
      <source>Hiroko pushes back: &quot;I'm not adding a consultation stage for every broom cupboard.&quot; They settle on a one-week hold and a draft rule covering rooms used for faith, health or care. Marcus mutters that facilities will need permission to move a chair. Sinéad spends two evenings drafting the rule and meeting the room's users, who tell her they would rather speak for themselves than through her.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene rule-proposed).</extracomment>
      <translation>Hiroko hält dagegen: „Ich führe nicht für jede Besenkammer eine Beteiligungsphase ein.“ Sie einigen sich auf eine Woche Aufschub und einen Regelentwurf für Räume, die für Glauben, Gesundheit oder Fürsorge genutzt werden. Markus murmelt, bald brauche das Facility Management eine Genehmigung, um einen Stuhl zu verschieben. Sabine verbringt zwei Abende damit, die Regel zu entwerfen und sich mit den Nutzenden des Raums zu treffen – die ihr sagen, dass sie lieber für sich selbst sprechen, als sie für sich sprechen zu lassen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.notes">
      <source>The users' last line matters. Advocacy that ends with Sinéad speaking for everyone has missed something. Flag it, and see whether the group picks it up at the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene rule-proposed).</extracomment>
      <translation>Der letzte Satz der Nutzenden ist wichtig. Fürsprache, die damit endet, dass Sabine für alle spricht, hat etwas verfehlt. Weisen Sie darauf hin und schauen Sie, ob die Gruppe es bei der nächsten Entscheidung aufgreift.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.title">
      <source>A sensible middle ground</source>
      <extracomment>Scene heading, shown on the projector (scene reconvened).</extracomment>
      <translation>Ein vernünftiger Mittelweg</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.narration">
      <source>A week later the committee meets again. Marcus has a compromise: keep the quiet room, but make it a bookable meeting pod from nine to five, with quiet use &quot;outside core hours&quot;. Imran's prayers fall at around one and four on every shift. Hiroko looks round the table: &quot;That sounds like a sensible middle ground. Shall we?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene reconvened).</extracomment>
      <translation>Eine Woche später tagt der Ausschuss erneut. Markus hat einen Kompromiss: Der Ruheraum bleibt, wird aber von neun bis fünf zur buchbaren Besprechungskabine; stille Nutzung „außerhalb der Kernzeiten“. Imrans Gebete fallen in jeder Schicht auf etwa eins und vier. Hiroko blickt in die Runde: „Klingt nach einem vernünftigen Mittelweg. Machen wir das so?“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.notes">
      <source>Three minutes. This is the more sophisticated trap: a compromise that sounds reasonable and quietly ignores what the consultation found. If nobody spots the timing clash, read the third sentence again, slowly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene reconvened).</extracomment>
      <translation>Drei Minuten. Das ist die raffiniertere Falle: ein Kompromiss, der vernünftig klingt und still übergeht, was die Beteiligung ergeben hat. Bemerkt niemand die zeitliche Überschneidung, lesen Sie den dritten Satz noch einmal langsam vor.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.prompt">
      <source>You are Sinéad. The compromise is about to be agreed. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene reconvened).</extracomment>
      <translation>Du bist Sabine. Der Kompromiss wird gleich beschlossen. Was tust du?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.text">
      <source>Accept the compromise. You have already held the item once and don't want to be the one who blocks it twice.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option accept). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>Den Kompromiss annehmen. Du hast den Punkt schon einmal aufgehalten und willst ihn nicht ein zweites Mal blockieren.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.why">
      <source>Not wanting to be &quot;difficult&quot; twice is understandable. But the compromise rules out exactly the hours the room is needed, and everyone at the table has now been told so.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option accept).</extracomment>
      <translation>Nicht zweimal „schwierig“ sein zu wollen, ist verständlich. Aber der Kompromiss schließt genau die Zeiten aus, in denen der Raum gebraucht wird – und alle am Tisch wissen das inzwischen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.text">
      <source>&quot;Great outcome. Let's put this in the newsletter as an example of us listening to staff.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option praise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>„Tolles Ergebnis. Das bringen wir in den Newsletter, als Beispiel, wie wir den Leuten zuhören.“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.why">
      <source>It celebrates the consultation while the decision ignores what the consultation found, and the people who were consulted read the newsletter too.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option praise).</extracomment>
      <translation>Es feiert die Beteiligung, während die Entscheidung übergeht, was die Beteiligung ergeben hat – und die Beteiligten lesen den Newsletter auch.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.text">
      <source>&quot;The people who use it told me when: around one and four, on every shift. Nine to five rules them out. Before we agree anything, can we hear from Imran directly?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option bring-the-facts). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>„Die Nutzenden haben mir gesagt, wann: gegen eins und gegen vier, in jeder Schicht. Neun bis fünf schließt sie aus. Können wir, bevor wir etwas beschließen, Imran direkt hören?“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.why">
      <source>You put the specific facts in front of the room and ask for the people affected to speak for themselves, instead of letting a tidy compromise stand in for listening.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option bring-the-facts).</extracomment>
      <translation>Du legst die konkreten Fakten auf den Tisch und bittest darum, dass die Betroffenen selbst sprechen, statt einen ordentlichen Kompromiss das Zuhören ersetzen zu lassen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.text">
      <source>&quot;Let's not split this room. Marcus, the boardroom is empty most afternoons; could the pods go there? And I'd like us to adopt the consultation rule today, so the next room change doesn't depend on someone happening to ask.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option redesign). Shown on a phone button: keep it short, about 223 characters like the English.</extracomment>
      <translation>„Teilen wir diesen Raum nicht auf. Markus, der große Sitzungssaal steht nachmittags meist leer – könnten die Kabinen dorthin? Und ich möchte, dass wir heute die Beteiligungsregel beschließen, damit es nicht vom Zufall abhängt, ob jemand fragt.“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.why">
      <source>You offer a better alternative using space the committee itself controls, and lock in the process change so it outlasts this case.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option redesign).</extracomment>
      <translation>Du bietest eine bessere Alternative mit Räumen an, über die der Ausschuss selbst verfügt, und verankerst die Verfahrensänderung, damit sie über diesen Fall hinaus wirkt.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.title">
      <source>Booked solid</source>
      <extracomment>Scene heading, shown on the projector (scene end-pods).</extracomment>
      <translation>Komplett ausgebucht</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.narration">
      <source>The pods open a fortnight later and are booked solid. Imran prays in a stairwell between shifts, and Leah expresses milk in her car. In the next staff survey, agreement that &quot;decisions here take people like me into account&quot; drops twelve points at the warehouse.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pods).</extracomment>
      <translation>Die Kabinen öffnen zwei Wochen später und sind komplett ausgebucht. Imran betet zwischen den Schichten in einem Treppenhaus, und Leah pumpt in ihrem Auto ab. In der nächsten Mitarbeitendenbefragung sinkt im Lager die Zustimmung zu „Entscheidungen hier berücksichtigen Menschen wie mich“ um zwölf Punkte.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.notes">
      <source>Let the group sit with this for a moment. Then ask: at what point could this still have been stopped, and by whom?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pods).</extracomment>
      <translation>Lassen Sie das einen Moment wirken. Fragen Sie dann: An welchem Punkt hätte das noch gestoppt werden können, und von wem?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.title">
      <source>Thinking about it</source>
      <extracomment>Scene heading, shown on the projector (scene end-sorry).</extracomment>
      <translation>Darüber nachdenken</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.narration">
      <source>Imran thanks her for listening and goes back to the floor. The works go ahead on Monday. Sinéad thinks about it more than once over the following weeks, but it never becomes a sentence in a meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sorry).</extracomment>
      <translation>Imran dankt ihr fürs Zuhören und geht zurück in die Halle. Die Arbeiten beginnen am Montag. Sabine denkt in den folgenden Wochen mehr als einmal daran, aber es wird nie ein Satz in einer Sitzung daraus.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.title">
      <source>Reactions from one floor</source>
      <extracomment>Scene heading, shown on the projector (scene end-posted).</extracomment>
      <translation>Reaktionen von einer Etage</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.narration">
      <source>The post gets plenty of reactions from the office floors and none from the warehouse. The works go ahead. A week later Imran asks Sinéad what happened with the alternatives, and she has no answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-posted).</extracomment>
      <translation>Der Beitrag bekommt viele Reaktionen aus den Büroetagen und keine aus dem Lager. Die Arbeiten beginnen. Eine Woche später fragt Imran Sabine, was aus den Alternativen geworden ist, und sie hat keine Antwort.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.notes">
      <source>If the participant who chose this is uncomfortable, acknowledge that the post felt like doing something. Ask what a single phone call to Hiroko would have cost by comparison.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-posted).</extracomment>
      <translation>Fühlt sich die Person, die diese Option gewählt hat, unwohl, erkennen Sie an, dass sich der Beitrag wie Handeln angefühlt hat. Fragen Sie, was im Vergleich dazu ein einziger Anruf bei Hiroko gekostet hätte.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.title">
      <source>A two-week pause</source>
      <extracomment>Scene heading, shown on the projector (scene end-paused).</extracomment>
      <translation>Zwei Wochen Pause</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.narration">
      <source>Hiroko is annoyed, since the builders charge a cancellation fee, but she agrees to a two-week pause. Imran, Leah and Jonah meet Marcus together, and it turns out the room is empty at ten because everyone uses it at lunchtime and mid-afternoon. The pods go into an underused storeroom instead, and the quiet room gets a lock and a small sink.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-paused).</extracomment>
      <translation>Hiroko ist verärgert, weil die Handwerker eine Stornogebühr verlangen, stimmt aber einer zweiwöchigen Pause zu. Imran, Leah und Jonah treffen sich gemeinsam mit Markus, und es stellt sich heraus: Der Raum ist um zehn leer, weil alle ihn mittags und am Nachmittag nutzen. Die Kabinen kommen stattdessen in einen kaum genutzten Lagerraum, und der Ruheraum bekommt ein Schloss und ein kleines Waschbecken.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.notes">
      <source>Point out that the fix came from the users, not from Sinéad; her part was to stop the clock and get them into the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-paused).</extracomment>
      <translation>Weisen Sie darauf hin, dass die Lösung von den Nutzenden kam, nicht von Sabine; ihr Anteil war, die Uhr anzuhalten und sie mit an den Tisch zu holen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.title">
      <source>A pod by day</source>
      <extracomment>Scene heading, shown on the projector (scene end-split).</extracomment>
      <translation>Tagsüber eine Kabine</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.narration">
      <source>The room becomes a pod by day. Within a fortnight it is booked at one o'clock most days, and Imran stops asking for it to be freed. The consultation Sinéad ran appears in the minutes as &quot;completed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-split).</extracomment>
      <translation>Der Raum wird tagsüber zur Kabine. Innerhalb von zwei Wochen ist er an den meisten Tagen um eins gebucht, und Imran fragt irgendwann nicht mehr, ob er frei gemacht werden kann. Sabines Beteiligung steht im Protokoll als „abgeschlossen“.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.notes">
      <source>Ask the group: was this consultation better or worse than none at all, from Imran's point of view?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-split).</extracomment>
      <translation>Fragen Sie die Gruppe: War diese Beteiligung aus Imrans Sicht besser oder schlechter als gar keine?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.title">
      <source>In the newsletter</source>
      <extracomment>Scene heading, shown on the projector (scene end-newsletter).</extracomment>
      <translation>Im Newsletter</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.narration">
      <source>The newsletter piece runs with a photo of the committee. Leah reads it in her car, where she now expresses milk between nine and five. Imran forwards it to Sinéad with one line: &quot;Listening to who?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-newsletter).</extracomment>
      <translation>Der Newsletter-Artikel erscheint mit einem Foto des Ausschusses. Leah liest ihn in ihrem Auto, wo sie jetzt zwischen neun und fünf abpumpt. Imran leitet ihn mit einer Zeile an Sabine weiter: „Wem zugehört?“</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.title">
      <source>Four minutes from Imran</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Vier Minuten von Imran</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.narration">
      <source>Imran speaks for four minutes, plainly, and the committee sees that the room is busiest exactly when the compromise would lock it. The pods are put on hold while Marcus looks for other space, and the sales team grumbles loudly through a month of cramped meetings. The quiet room stays as it is.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>Imran spricht vier Minuten lang, ganz klar, und der Ausschuss sieht, dass der Raum genau dann am meisten genutzt wird, wenn der Kompromiss ihn sperren würde. Die Kabinen werden zurückgestellt, während Markus nach anderen Räumen sucht, und das Vertriebsteam murrt einen Monat lang laut über beengte Besprechungen. Der Ruheraum bleibt, wie er ist.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.title">
      <source>The boardroom, three afternoons a week</source>
      <extracomment>Scene heading, shown on the projector (scene end-rule).</extracomment>
      <translation>Der Sitzungssaal, an drei Nachmittagen pro Woche</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.narration">
      <source>Hiroko gives up the boardroom three afternoons a week, not graciously. The rule is adopted with one amendment from Marcus, a five-day limit so it can't stall facilities for months, which is a fair point. Six months later, a plan to move the first-aid room goes to its users first, and nobody has to remember to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-rule).</extracomment>
      <translation>Hiroko gibt den Sitzungssaal an drei Nachmittagen pro Woche ab, nicht gerade gern. Die Regel wird mit einer Änderung von Markus beschlossen – eine Frist von fünf Tagen, damit sie das Facility Management nicht monatelang lahmlegen kann, und das ist ein berechtigter Punkt. Sechs Monate später geht ein Plan, den Erste-Hilfe-Raum zu verlegen, zuerst an die Nutzenden, und niemand muss daran denken, zu fragen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.notes">
      <source>Highlight Marcus's amendment: the person who nearly caused the harm improved the fix. That is what it looks like when a process change brings people with it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-rule).</extracomment>
      <translation>Heben Sie Markus’ Änderung hervor: Die Person, die beinahe den Schaden verursacht hätte, hat die Lösung verbessert. So sieht es aus, wenn eine Verfahrensänderung die Leute mitnimmt.</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.1">
      <source>Who was affected by the decision, and at what point did any of them get to speak?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wer war von der Entscheidung betroffen, und an welchem Punkt kam einer von ihnen zu Wort?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.2">
      <source>What did &quot;always empty&quot; turn out to mean?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was hat „immer leer“ am Ende bedeutet?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.1">
      <source>Why do decisions that affect absent people feel so uncontroversial in the room?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum wirken Entscheidungen, die Abwesende betreffen, im Raum so unstrittig?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.2">
      <source>What is the difference between consulting people and deciding what they said?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was ist der Unterschied, ob man Menschen beteiligt oder festlegt, was sie gesagt haben?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.1">
      <source>In your next decision meeting, which item could affect people who aren't at the table? How will you find out?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welcher Punkt in eurer nächsten Entscheidungssitzung könnte Menschen betreffen, die nicht am Tisch sitzen? Wie findet ihr das heraus?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.2">
      <source>What one line could you add to a process you own so that the people affected are asked by default?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welche eine Zeile könntet ihr in ein Verfahren aufnehmen, für das ihr zuständig seid, damit die Betroffenen standardmäßig gefragt werden?</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.title">
      <source>Workplace allyship practice: notice who is absent when a decision is made, and bring the people affected into it</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: bemerken, wer bei einer Entscheidung fehlt, und die Betroffenen einbeziehen</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.note">
      <source>Drawn from writing on systemic allyship and on the private moments, such as a meeting with nobody from the affected group present, where a biased decision is easiest to make.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Grundlage sind Texte über systemische Allyship und über die Momente hinter verschlossenen Türen – etwa eine Sitzung, in der niemand aus der betroffenen Gruppe dabei ist –, in denen voreingenommene Entscheidungen am leichtesten fallen.</translation>
    </message>
    <message id="owning-a-mistake.title">
      <source>Corrected in front of the room</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Vor allen korrigiert</translation>
    </message>
    <message id="owning-a-mistake.summary">
      <source>During a product demo, a product manager uses an outdated phrase about wheelchair users and is corrected, kindly and in public, by the team's accessibility specialist. The group decides how he responds in the moment, and then what he does when a senior colleague tries to reassure him and the phrase turns out to be all over the product's help text.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Bei einer Produktdemo benutzt ein Produktmanager eine überholte Formulierung über Menschen im Rollstuhl und wird von der Barrierefreiheits-Expertin des Teams freundlich und vor allen korrigiert. Die Gruppe entscheidet, wie er im Moment reagiert und was er dann tut, als ein ranghöherer Kollege ihn beruhigen will und sich herausstellt, dass die Formulierung überall in den Hilfetexten des Produkts steht.</translation>
    </message>
    <message id="owning-a-mistake.content_note">
      <source>This role-play includes an outdated phrase about wheelchair users said in a meeting, a wheelchair user correcting it, and a senior colleague dismissing the correction as oversensitive.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel fällt in einem Meeting eine überholte Formulierung über Menschen im Rollstuhl; eine Rollstuhlnutzerin korrigiert sie, und ein ranghöherer Kollege tut die Korrektur als überempfindlich ab.</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.name">
      <source>Rafael Herrera, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role rafael).</extracomment>
      <translation>Rafael Herrera, Produktmanager</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.brief">
      <source>You are demoing a feature you are proud of: a filter that helps customers find accessible seating at venues. You have said &quot;confined to a wheelchair&quot; for years without thinking about it. When Ngozi corrects you, your face goes hot and your first instinct is to explain. Let the group decide what you actually say.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role rafael).</extracomment>
      <translation>Du stellst eine Funktion vor, auf die du stolz bist: einen Filter, mit dem Kundinnen und Kunden barrierefreie Plätze in Veranstaltungsorten finden. Du sagst seit Jahren „an den Rollstuhl gefesselt“, ohne darüber nachzudenken. Als Ngozi dich korrigiert, wird dir heiß im Gesicht, und dein erster Impuls ist, es zu erklären. Lass die Gruppe entscheiden, was du tatsächlich sagst.</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.name">
      <source>Ngozi Eze, accessibility specialist</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ngozi).</extracomment>
      <translation>Ngozi Eze, Expertin für Barrierefreiheit</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.brief">
      <source>You use a wheelchair. You correct the phrase once, briefly and kindly, because it will otherwise end up in customer-facing text. You do not want a long apology and you do not want to comfort Rafael. You have a real point to make about step-free routes from venue entrances. You are tired of being asked to check everyone's language for free.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ngozi).</extracomment>
      <translation>Du nutzt einen Rollstuhl. Du korrigierst die Formulierung einmal, kurz und freundlich, weil sie sonst in Texten für die Kundschaft landet. Du willst keine lange Entschuldigung und du willst Rafael nicht trösten. Du hast einen echten Punkt zu stufenlosen Wegen vom Eingang der Veranstaltungsorte. Du bist es leid, dass alle dich bitten, ihre Sprache kostenlos zu prüfen.</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.name">
      <source>Brendan O'Connor, engineering director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brendan).</extracomment>
      <translation>Bernd Ostermann, Director Engineering</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.brief">
      <source>You like Rafael and want to make him feel better after an awkward moment. Your way of doing that is to say the world has got oversensitive. You are not malicious; you simply haven't thought about it much. If someone disagrees with you kindly, you listen. If you are lectured, you bristle.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brendan).</extracomment>
      <translation>Du magst Rafael und willst, dass er sich nach einem peinlichen Moment besser fühlt. Deine Art, das zu tun: zu sagen, die Welt sei überempfindlich geworden. Du bist nicht böswillig; du hast einfach noch nicht viel darüber nachgedacht. Wenn dir jemand freundlich widerspricht, hörst du zu. Wenn man dich belehrt, wirst du stachelig.</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.brief">
      <source>Time Rafael's response to the correction, in seconds, and note whose feelings the room ends up attending to. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Miss in Sekunden, wie lange Rafael auf die Korrektur reagiert, und notiere, um wessen Gefühle sich der Raum am Ende kümmert. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.1">
      <source>How long did Rafael's response to the correction take, and how much of it was about his own intent or feelings?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie lange hat Rafaels Reaktion auf die Korrektur gedauert, und wie viel davon drehte sich um seine eigene Absicht oder seine Gefühle?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.2">
      <source>Did the apology include an &quot;if&quot;, a &quot;but&quot; or an explanation? Write down the exact words.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Enthielt die Entschuldigung ein „falls“, ein „aber“ oder eine Erklärung? Schreib die genauen Worte auf.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.3">
      <source>After the correction, whose comfort did the room attend to: Ngozi's or Rafael's? Did Ngozi get to make the point she came with?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Um wessen Wohlbefinden hat sich der Raum nach der Korrektur gekümmert: um Ngozis oder um Rafaels? Konnte Ngozi den Punkt vorbringen, mit dem sie gekommen war?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.4">
      <source>At the lifts, which of the five moves could Rafael use with Brendan: distract, delegate, document, delay, direct? Which did he use?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien könnte Rafael an den Aufzügen bei Bernd nutzen: ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen? Welche hat er genutzt?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.5">
      <source>Did the fix reach the product, or only the conversation?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Ist die Korrektur im Produkt angekommen oder nur im Gespräch?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.title">
      <source>The product review</source>
      <extracomment>Scene heading, shown on the projector (scene demo).</extracomment>
      <translation>Das Produkt-Review</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.narration">
      <source>Thursday's product review: twelve people in the room and six on the call. Rafael Herrera is demoing the new accessible-seating filter: &quot;This is going to make life so much easier for people confined to wheelchairs.&quot; Ngozi Eze, the team's accessibility specialist, raises a hand: &quot;Small thing: 'wheelchair users', please. My chair doesn't confine me; it's how I get around.&quot; A few people look down at their screens.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene demo).</extracomment>
      <translation>Produkt-Review am Donnerstag: zwölf Leute im Raum und sechs im Call. Rafael Herrera führt den neuen Filter für barrierefreie Plätze vor: „Das wird das Leben für Menschen, die an den Rollstuhl gefesselt sind, so viel leichter machen.“ Ngozi Eze, die Expertin des Teams für Barrierefreiheit, hebt die Hand: „Kleinigkeit: ‚Menschen, die einen Rollstuhl nutzen‘, bitte. Mein Rollstuhl fesselt mich nicht, mit ihm komme ich voran.“ Ein paar Leute schauen auf ihre Bildschirme.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.notes">
      <source>Ninety seconds is plenty; the real decision takes about three seconds in life. Ask the group to notice their own first instinct before they discuss. If a participant says &quot;but that phrase is normal&quot;, don't argue the vocabulary; come back to how the correction was handled, which is the point.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene demo).</extracomment>
      <translation>Neunzig Sekunden reichen völlig; im echten Leben dauert die eigentliche Entscheidung etwa drei Sekunden. Bitten Sie die Gruppe, vor der Diskussion auf ihren eigenen ersten Impuls zu achten. Wenn jemand sagt „Aber die Formulierung ist doch normal“, diskutieren Sie nicht über Wortwahl; kommen Sie darauf zurück, wie mit der Korrektur umgegangen wurde, denn darum geht es.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.prompt">
      <source>You are Rafael. Everyone is waiting. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene demo).</extracomment>
      <translation>Du bist Rafael. Alle warten. Was tust du?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.text">
      <source>&quot;Sorry if that came out wrong. I didn't mean anything by it; it's just the phrase everyone used when I was growing up.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option explain). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>„Sorry, falls das falsch rüberkam. Ich hab mir nichts dabei gedacht; so hat man das eben gesagt, als ich aufgewachsen bin.“</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.why">
      <source>Explaining is a natural reflex. But the &quot;if&quot; makes the apology conditional, the focus moves to your intent rather than the impact, and nothing is actually owned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option explain).</extracomment>
      <translation>Erklären ist ein natürlicher Reflex. Aber das „falls“ macht die Entschuldigung bedingt, der Fokus wandert von der Wirkung zu deiner Absicht, und eigentlich übernimmst du keine Verantwortung.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.text">
      <source>&quot;Sure, yep.&quot; Then straight on to the next slide, as fast as possible.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option brush-past). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>„Klar, ja.“ Dann sofort zur nächsten Folie, so schnell wie möglich.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.why">
      <source>You accept the correction, which counts for something. But it hasn't really landed, and rushing on can look like hoping nobody noticed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option brush-past).</extracomment>
      <translation>Du nimmst die Korrektur an, und das zählt. Aber sie ist nicht wirklich angekommen, und das schnelle Weitermachen kann so wirken, als hofftest du, niemand habe es bemerkt.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.text">
      <source>&quot;Oh no, I'm so sorry, Ngozi. I'm honestly mortified. I really care about this, I did the whole accessibility course last year...&quot; You keep going for a while.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option big-apology). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>„Oh nein, das tut mir so leid, Ngozi. Wie peinlich. Mir ist das Thema wichtig, ich habe letztes Jahr den Barrierefreiheitskurs gemacht …“ Und so weiter, eine Weile.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.why">
      <source>Sincere and very human. But a long apology turns the room towards your feelings and your credentials, and leaves Ngozi reassuring you in front of eighteen people.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option big-apology).</extracomment>
      <translation>Aufrichtig und sehr menschlich. Aber eine lange Entschuldigung lenkt den Raum auf deine Gefühle und deine Qualifikationen, und Ngozi muss dich vor achtzehn Leuten beruhigen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.text">
      <source>&quot;Thanks, Ngozi. Wheelchair users. Sorry.&quot; Then carry on with the demo, using the right term.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option own-it). Shown on a phone button: keep it short, about 92 characters like the English.</extracomment>
      <translation>„Danke, Ngozi. Menschen, die einen Rollstuhl nutzen. Sorry.“ Dann mit dem richtigen Begriff weiter.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.why">
      <source>Short, specific and without excuses: you own it, fix it and move on, which keeps the attention on the work and on Ngozi's point rather than on your embarrassment.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option own-it).</extracomment>
      <translation>Kurz, konkret und ohne Ausreden: Du übernimmst Verantwortung, korrigierst es und machst weiter, und die Aufmerksamkeit bleibt bei der Arbeit und bei Ngozis Punkt statt bei deiner Verlegenheit.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.title">
      <source>A short pause</source>
      <extracomment>Scene heading, shown on the projector (scene explained).</extracomment>
      <translation>Eine kurze Pause</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.narration">
      <source>There is a short pause. Ngozi says, &quot;Sure,&quot; and doesn't speak again for the rest of the review. In the call chat, two people add a heart to her comment; nobody reacts to Rafael's. The demo finishes on time.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene explained).</extracomment>
      <translation>Eine kurze Pause. Ngozi sagt „Klar“ und sagt für den Rest des Reviews nichts mehr. Im Chat setzen zwei Leute ein Herz unter ihren Kommentar; auf Rafaels reagiert niemand. Die Demo endet pünktlich.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.notes">
      <source>If the person who chose this gets defensive (&quot;so I can't explain myself?&quot;), agree that intent matters to you, then ask what Ngozi got out of hearing about it. Keep your tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene explained).</extracomment>
      <translation>Wenn die Person, die das gewählt hat, abwehrend reagiert („Ich darf mich also nicht erklären?“), stimmen Sie zu, dass ihr die Absicht wichtig ist, und fragen Sie dann, was Ngozi davon hatte, davon zu hören. Bleiben Sie neugierig, nicht belehrend.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.title">
      <source>Eight minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene brushed).</extracomment>
      <translation>Acht Minuten später</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.narration">
      <source>The review rolls on. Eight minutes later, on the pricing slide, Rafael says &quot;confined to a wheelchair&quot; again, without noticing. This time Ngozi says nothing. She writes something in her notebook.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brushed).</extracomment>
      <translation>Das Review läuft weiter. Acht Minuten später, bei der Folie zu den Preisen, sagt Rafael wieder „an den Rollstuhl gefesselt“, ohne es zu merken. Diesmal sagt Ngozi nichts. Sie schreibt etwas in ihr Notizbuch.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.notes">
      <source>This lands hard, and it is very common. Point out that a correction not absorbed tends to repeat, and that the second time costs the other person more than the first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brushed).</extracomment>
      <translation>Das trifft hart, und es ist sehr häufig. Weisen Sie darauf hin, dass eine Korrektur, die nicht angekommen ist, sich meist wiederholt, und dass das zweite Mal die andere Person mehr kostet als das erste.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.title">
      <source>Four minutes about Rafael</source>
      <extracomment>Scene heading, shown on the projector (scene mortified).</extracomment>
      <translation>Vier Minuten über Rafael</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.narration">
      <source>Ngozi waits for a gap, then says, &quot;Honestly, it's fine, don't worry,&quot; and keeps smiling at Rafael until he stops. The next four minutes of the review are about how bad he feels. The feedback she came with, about step-free routes from venue entrances, never gets raised.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mortified).</extracomment>
      <translation>Ngozi wartet auf eine Lücke und sagt dann: „Ehrlich, alles gut, mach dir keine Gedanken“, und lächelt Rafael an, bis er aufhört. Die nächsten vier Minuten des Reviews drehen sich darum, wie schlecht er sich fühlt. Das Feedback, mit dem sie gekommen war, zu stufenlosen Wegen vom Eingang der Veranstaltungsorte, kommt nie zur Sprache.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.notes">
      <source>Ask Ngozi's role-player what she had planned to say and didn't get to. That lost point about step-free routes is the concrete cost; let it speak for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mortified).</extracomment>
      <translation>Fragen Sie die Person, die Ngozi spielt, was sie sagen wollte und nicht sagen konnte. Dieser verlorene Punkt zu stufenlosen Wegen ist der konkrete Preis; lassen Sie ihn für sich sprechen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.title">
      <source>The demo goes on</source>
      <extracomment>Scene heading, shown on the projector (scene owned).</extracomment>
      <translation>Die Demo geht weiter</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.narration">
      <source>Ngozi nods, and the demo goes on. Rafael stumbles once, catches himself, says &quot;wheelchair users&quot;, and keeps going. At the end, Ngozi raises step-free routes from venue entrances, and the team adds them to the backlog. Rafael's face stays warm for the next hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene owned).</extracomment>
      <translation>Ngozi nickt, und die Demo geht weiter. Rafael stolpert einmal, fängt sich, sagt „Menschen, die einen Rollstuhl nutzen“ und macht weiter. Am Ende bringt Ngozi die stufenlosen Wege vom Eingang der Veranstaltungsorte ein, und das Team nimmt sie ins Backlog auf. Rafaels Gesicht glüht noch eine Stunde lang.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.notes">
      <source>Note that the discomfort didn't vanish; owning a mistake doesn't make it feel good. Ask Rafael's role-player how the stumble felt, and whether it mattered to anyone but him.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene owned).</extracomment>
      <translation>Halten Sie fest, dass das Unbehagen nicht verschwunden ist; einen Fehler einzugestehen fühlt sich nicht gut an. Fragen Sie die Person, die Rafael spielt, wie sich das Stolpern angefühlt hat und ob es für irgendjemanden außer ihm eine Rolle gespielt hat.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.title">
      <source>By the lifts</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>An den Aufzügen</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.narration">
      <source>After the review, Brendan O'Connor falls into step with Rafael on the way to the lifts. &quot;Don't let that get to you. You can't say anything these days. Ngozi's great, but she's quick off the mark.&quot; Back at his desk, Rafael searches the product spec: the phrase appears eleven times, and three of those are in customer help text that ships on Monday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Nach dem Review geht Bernd Ostermann mit Rafael zu den Aufzügen. „Lass dich davon nicht runterziehen. Heutzutage darf man ja gar nichts mehr sagen. Ngozi ist toll, aber sie ist schnell dabei.“ Zurück am Schreibtisch durchsucht Rafael die Produktspezifikation: Die Formulierung kommt elfmal vor, dreimal davon in Hilfetexten für die Kundschaft, die am Montag live gehen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.notes">
      <source>This is the private test. Give it two to three minutes. Brendan is reassuring, not hostile; if the group turns him into a villain, ask Brendan's role-player what he meant. Watch for participants who want Ngozi to review the spec; ask how many times this month she has been asked that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Das ist die Probe im Privaten. Geben Sie ihr zwei bis drei Minuten. Bernd will beruhigen, nicht angreifen; wenn die Gruppe ihn zum Bösewicht macht, fragen Sie die Person, die Bernd spielt, was er gemeint hat. Achten Sie auf Teilnehmende, die Ngozi die Spezifikation prüfen lassen wollen; fragen Sie, wie oft sie in diesem Monat schon darum gebeten wurde.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.prompt">
      <source>You are Rafael. What do you do now?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Du bist Rafael. Was tust du jetzt?</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.text">
      <source>&quot;Ha, tell me about it.&quot; Leave the spec for now; Monday's release is already tight.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option laugh-along). Shown on a phone button: keep it short, about 82 characters like the English.</extracomment>
      <translation>„Ha, wem sagst du das.“ Die Spezifikation liegen lassen; das Release am Montag ist schon knapp.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.why">
      <source>Laughing along eases the moment with a senior colleague. It also agrees that the correction was the problem, and the phrase ships to customers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option laugh-along).</extracomment>
      <translation>Mitzulachen entspannt den Moment mit einem ranghöheren Kollegen. Es bestätigt aber auch, dass die Korrektur das Problem war, und die Formulierung geht an die Kundschaft raus.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.text">
      <source>Give Brendan a non-committal &quot;Mm,&quot; and quietly fix the three help-text lines before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option let-it-pass). Shown on a phone button: keep it short, about 91 characters like the English.</extracomment>
      <translation>Bernd mit einem unverbindlichen „Hm“ antworten und die drei Zeilen im Hilfetext vor Montag still korrigieren.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.why">
      <source>The fix is real and it helps customers. But Brendan's framing goes unanswered, and the next person to be corrected will hear the same thing from him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option let-it-pass).</extracomment>
      <translation>Die Korrektur ist echt und hilft der Kundschaft. Aber Bernds Sichtweise bleibt unwidersprochen, und die nächste Person, die korrigiert wird, hört von ihm dasselbe.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.text">
      <source>Post a long &quot;lesson learned&quot; thread in the company channel about your journey with inclusive language, thanking Ngozi by name for educating you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option public-reflection). Shown on a phone button: keep it short, about 144 characters like the English.</extracomment>
      <translation>Im Firmenkanal einen langen Thread „Was ich gelernt habe“ über deinen Weg zu inklusiver Sprache posten und Ngozi namentlich dafür danken, dass sie dich aufgeklärt hat.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.why">
      <source>Sharing what you learned can help others. This version puts Ngozi on display, casts her as your teacher, and makes your growth the story.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option public-reflection).</extracomment>
      <translation>Zu teilen, was du gelernt hast, kann anderen helfen. Diese Version stellt Ngozi aus, macht sie zu deiner Lehrerin und dein Wachstum zur eigentlichen Geschichte.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.text">
      <source>To Brendan: &quot;She was right, and she was kind about it. I'd rather be told than keep saying it.&quot; Then fix all eleven uses before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option set-it-straight). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>Zu Bernd: „Sie hatte recht, und sie war freundlich dabei. Lieber werde ich korrigiert, als es weiter zu sagen.“ Dann alle elf Stellen vor Montag korrigieren.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.why">
      <source>You back the correction to a senior colleague, in private, without a lecture, and you fix your own work completely.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option set-it-straight).</extracomment>
      <translation>Du stehst gegenüber einem ranghöheren Kollegen zur Korrektur, unter vier Augen und ohne Vortrag, und bringst deine eigene Arbeit vollständig in Ordnung.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.text">
      <source>Say the same to Brendan and fix the spec. Then propose adding an inclusive-language check, based on a published disability style guide rather than on Ngozi's time, to the content review Brendan's team owns, and offer to set it up yourself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option fix-the-process). Shown on a phone button: keep it short, about 239 characters like the English.</extracomment>
      <translation>Bernd dasselbe sagen und die Spezifikation korrigieren. Dann vorschlagen, ins Content-Review von Bernds Team eine Sprachprüfung aufzunehmen, nach einem veröffentlichten Leitfaden zu Behinderung statt auf Ngozis Kosten, und anbieten, sie selbst einzurichten.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.why">
      <source>You own the mistake, then change the process that let it ship for years, without turning Ngozi into the team's unpaid editor.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option fix-the-process).</extracomment>
      <translation>Du stehst zu deinem Fehler und änderst dann den Prozess, durch den er jahrelang durchrutschen konnte, ohne Ngozi zur unbezahlten Lektorin des Teams zu machen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.title">
      <source>Shipped on Monday</source>
      <extracomment>Scene heading, shown on the projector (scene end-laughed).</extracomment>
      <translation>Am Montag live</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.narration">
      <source>Brendan grins, and the lift doors close. On Monday the help text ships with the old phrase, and a customer who uses a wheelchair writes to support about it. The ticket is passed to Ngozi.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-laughed).</extracomment>
      <translation>Bernd grinst, und die Aufzugtüren schließen sich. Am Montag geht der Hilfetext mit der alten Formulierung live, und ein Kunde, der einen Rollstuhl nutzt, schreibt deswegen an den Support. Das Ticket wird an Ngozi weitergegeben.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.notes">
      <source>Pause on the last sentence. Ask the room who ended up doing the work of Rafael's mistake.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-laughed).</extracomment>
      <translation>Halten Sie beim letzten Satz inne. Fragen Sie die Gruppe, wer am Ende die Arbeit für Rafaels Fehler gemacht hat.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.title">
      <source>Fixed, quietly</source>
      <extracomment>Scene heading, shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>Still korrigiert</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.narration">
      <source>The help text ships correctly on Monday, and nobody outside the team knows it was ever wrong. Brendan's line about Ngozi being &quot;quick off the mark&quot; goes round the floor, though. A month later, when a new joiner uses an outdated term in stand-up, nobody corrects them.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>Am Montag geht der Hilfetext korrekt live, und außerhalb des Teams weiß niemand, dass er je falsch war. Bernds Satz, Ngozi sei „schnell dabei“, macht allerdings auf der Etage die Runde. Als einen Monat später ein neuer Kollege im Stand-up einen überholten Begriff benutzt, korrigiert ihn niemand.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.title">
      <source>Forty reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-thread).</extracomment>
      <translation>Vierzig Reaktionen</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.narration">
      <source>The thread gets forty reactions and several comments praising Rafael's honesty. Ngozi receives three direct messages from colleagues asking her to check the language in their documents. She answers two, ignores the third, and tells her manager she is not the company's style guide.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-thread).</extracomment>
      <translation>Der Thread bekommt vierzig Reaktionen und mehrere Kommentare, die Rafaels Ehrlichkeit loben. Ngozi erhält drei Direktnachrichten von Kolleginnen und Kollegen, die sie bitten, die Sprache in ihren Dokumenten zu prüfen. Sie beantwortet zwei, ignoriert die dritte und sagt ihrer Vorgesetzten, dass sie nicht der Styleguide des Unternehmens ist.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.notes">
      <source>Someone may say that modelling vulnerability is good leadership. It can be. Ask whether there was a way to share the learning that didn't name Ngozi or send work her way.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-thread).</extracomment>
      <translation>Vielleicht sagt jemand, Verletzlichkeit vorzuleben sei gute Führung. Das kann sein. Fragen Sie, ob es einen Weg gegeben hätte, das Gelernte zu teilen, ohne Ngozi zu nennen oder ihr Arbeit zuzuschieben.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.title">
      <source>Fair enough</source>
      <extracomment>Scene heading, shown on the projector (scene end-straight).</extracomment>
      <translation>Na gut</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.narration">
      <source>Brendan looks surprised, then shrugs: &quot;Fair enough.&quot; The spec is fixed by Friday. Rafael slips once more the following week, in a one-to-one, corrects himself mid-sentence and carries on. By the end of the month the old phrase has gone from his vocabulary.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-straight).</extracomment>
      <translation>Bernd wirkt überrascht und zuckt dann mit den Schultern: „Na gut.“ Bis Freitag ist die Spezifikation korrigiert. In der Woche darauf rutscht es Rafael in einem Einzelgespräch noch einmal heraus; er korrigiert sich mitten im Satz und macht weiter. Bis Ende des Monats ist die alte Formulierung aus seinem Wortschatz verschwunden.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.title">
      <source>Another checklist</source>
      <extracomment>Scene heading, shown on the projector (scene end-process).</extracomment>
      <translation>Noch eine Checkliste</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.narration">
      <source>Brendan grumbles about &quot;another checklist&quot;, then agrees to a trial. In the next release, the check catches two more outdated terms, neither of them Rafael's. Ngozi is asked once whether the chosen guide looks right, and is otherwise left to do her actual job.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-process).</extracomment>
      <translation>Bernd murrt über „noch eine Checkliste“ und stimmt dann einem Versuch zu. Im nächsten Release findet die Prüfung zwei weitere überholte Begriffe, keiner davon von Rafael. Ngozi wird einmal gefragt, ob der gewählte Leitfaden passt, und kann sich ansonsten ihrer eigentlichen Arbeit widmen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.notes">
      <source>Point out that the advocate move here isn't heroic; it is a small process change that will outlast everyone's memory of Thursday's review.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-process).</extracomment>
      <translation>Weisen Sie darauf hin, dass der Schritt auf der Stufe „Fürsprechend“ hier nichts Heldenhaftes ist; es ist eine kleine Prozessänderung, die länger hält als die Erinnerung aller an das Review vom Donnerstag.</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.1">
      <source>What did Rafael say in the first ten seconds after the correction, and what happened to Ngozi's point about step-free routes?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was hat Rafael in den ersten zehn Sekunden nach der Korrektur gesagt, und was ist aus Ngozis Punkt zu stufenlosen Wegen geworden?</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.2">
      <source>What did Brendan's reassurance make easier, and for whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was hat Bernds Beruhigung leichter gemacht, und für wen?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.1">
      <source>Why is &quot;sorry if&quot; so much easier to say than &quot;sorry&quot;, and what does the difference do to the other person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum kommt einem „Sorry, falls …“ so viel leichter über die Lippen als „Sorry“, und was macht der Unterschied mit der anderen Person?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.2">
      <source>What makes a long apology feel generous to the person giving it and tiring to the person receiving it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum fühlt sich eine lange Entschuldigung für die Person, die sie ausspricht, großzügig an und für die Person, die sie anhören muss, ermüdend?</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.1">
      <source>Write down the exact words you will use the next time you are corrected, in ten words or fewer.</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Schreibt die genauen Worte auf, die ihr beim nächsten Mal verwenden werdet, wenn ihr korrigiert werdet, in höchstens zehn Wörtern.</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.2">
      <source>Which document, template or checklist you own could carry a phrase you would no longer say out loud?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welches Dokument, welche Vorlage oder Checkliste, für die ihr verantwortlich seid, könnte eine Formulierung enthalten, die ihr nicht mehr laut aussprechen würdet?</translation>
    </message>
    <message id="owning-a-mistake.sources.1.title">
      <source>Workplace allyship practice: own your mistakes — apologise briefly, skip the excuses, learn and move on</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: zu eigenen Fehlern stehen – kurz entschuldigen, keine Ausreden, lernen und weitermachen</translation>
    </message>
    <message id="owning-a-mistake.sources.1.note">
      <source>Drawn from starter actions for allies on accountability, accepting feedback gracefully, and not relying on colleagues to educate you.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Beruht auf ersten Schritten für Verbündete zu Verantwortung, dem gelassenen Annehmen von Feedback und dazu, sich nicht darauf zu verlassen, dass Kolleginnen und Kollegen einen aufklären.</translation>
    </message>
    <message id="promotion-criteria.title">
      <source>Ready on paper, not on &quot;presence&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Auf dem Papier bereit, nur nicht bei der „Präsenz“</translation>
    </message>
    <message id="promotion-criteria.summary">
      <source>At a promotion calibration panel, a consultant with the strongest delivery record in the cohort is deferred for lacking &quot;executive presence&quot; and not being seen on evening calls. Her manager can argue for her, or question what the criteria are measuring, and a later framework review offers a second chance to change the process itself.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>In einer Kalibrierungsrunde für Beförderungen wird eine Beraterin mit der stärksten Leistungsbilanz ihres Jahrgangs zurückgestellt – ihr fehle „Executive Presence“, und bei den Abendcalls sehe man sie nie. Ihr Vorgesetzter kann für sie argumentieren oder hinterfragen, was die Kriterien eigentlich messen; eine spätere Überarbeitung des Kriterienkatalogs bietet eine zweite Chance, das Verfahren selbst zu ändern.</translation>
    </message>
    <message id="promotion-criteria.content_note">
      <source>This role-play includes a consultant who cares for her father being held back from promotion for missing evening calls and lacking &quot;executive presence&quot;, despite top results.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel wird eine Beraterin, die ihren Vater pflegt, trotz bester Ergebnisse bei der Beförderung zurückgestellt, weil man sie bei den Abendcalls nie sieht und ihr angeblich die „Executive Presence“ fehlt.</translation>
    </message>
    <message id="promotion-criteria.roles.marek.name">
      <source>Marek Kowalski, principal consultant and calibration panel member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marek).</extracomment>
      <translation>Marek Kowalski, Principal Consultant und Mitglied der Kalibrierungsrunde</translation>
    </message>
    <message id="promotion-criteria.roles.marek.brief">
      <source>You manage Zanele and you sit on the panel. You have her client feedback in front of you, and you know why she is never on the 7pm calls: she works early hours so she can care for her father. Your own partner review is in two months, and Helen will have a say in it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marek).</extracomment>
      <translation>Du bist Zaneles Vorgesetzter und sitzt in der Kalibrierungsrunde. Du hast ihr Kundenfeedback vor dir und weißt, warum sie nie bei den Calls um 19 Uhr dabei ist: Sie fängt früh an, damit sie abends ihren Vater pflegen kann. Deine eigene Partner-Beurteilung steht in zwei Monaten an, und Helen redet dabei mit.</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.name">
      <source>Zanele Mokoena, senior consultant, candidate for manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role zanele).</extracomment>
      <translation>Zanele Mokoena, Senior Consultant, Kandidatin für die Managerstufe</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.brief">
      <source>You led the project that saved a client £1.2m and secured its renewal. You work 7.30 to 4 and care for your father in the evenings; you have never hidden this. In client meetings you speak briefly and to the point, and clients like it. You do not want special treatment; you want your work judged as work. You are not in the calibration room, but you may be asked how the outcome lands.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role zanele).</extracomment>
      <translation>Du hast das Projekt geleitet, das einem Kunden 1,2 Millionen Euro gespart und die Vertragsverlängerung gesichert hat. Du arbeitest von 7:30 bis 16 Uhr und pflegst abends deinen Vater; das hast du nie verheimlicht. In Kundenterminen sprichst du kurz und auf den Punkt, und die Kunden mögen das. Du willst keine Sonderbehandlung; du willst, dass deine Arbeit als Arbeit bewertet wird. Du bist nicht im Kalibrierungsraum, aber man fragt dich vielleicht, wie das Ergebnis bei dir ankommt.</translation>
    </message>
    <message id="promotion-criteria.roles.helen.name">
      <source>Helen Whitfield, partner and chair of the calibration panel</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role helen).</extracomment>
      <translation>Helen Wittfeld, Partnerin und Vorsitzende der Kalibrierungsrunde</translation>
    </message>
    <message id="promotion-criteria.roles.helen.brief">
      <source>You rose through long hours and you believe &quot;presence&quot; is real: clients pay for confidence. You want calibration finished by 6pm. If you feel accused of bias you get defensive and formal. If someone asks a concrete question about how a criterion is scored, or shows you data, you engage, reluctantly at first.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role helen).</extracomment>
      <translation>Du bist über lange Arbeitstage aufgestiegen und glaubst, dass „Präsenz“ etwas Reales ist: Kunden bezahlen für Souveränität. Du willst die Kalibrierung bis 18 Uhr abschließen. Fühlst du dich der Voreingenommenheit beschuldigt, wirst du defensiv und förmlich. Stellt jemand eine konkrete Frage dazu, wie ein Kriterium bewertet wird, oder zeigt dir Daten, lässt du dich darauf ein – anfangs widerwillig.</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.name">
      <source>Ifeoma Nwosu, HR business partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ifeoma).</extracomment>
      <translation>Ifeoma Nwosu, HR Business Partner</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.brief">
      <source>You attend calibration to keep the process fair, and you hold the ratings data. You have suspected for a while that people on flexible or part-time hours score lower on &quot;presence&quot; than on anything else, but nobody has asked you to check. If asked, you will say you can pull the data within two days.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ifeoma).</extracomment>
      <translation>Du nimmst an der Kalibrierung teil, um das Verfahren fair zu halten, und du hast die Bewertungsdaten. Du vermutest schon länger, dass Menschen mit flexiblen Arbeitszeiten oder in Teilzeit bei „Präsenz“ schlechter abschneiden als bei allem anderen, aber niemand hat dich gebeten, das zu prüfen. Wenn man dich fragt, sagst du, dass du die Daten innerhalb von zwei Tagen ziehen kannst.</translation>
    </message>
    <message id="promotion-criteria.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="promotion-criteria.roles.observer.brief">
      <source>Watch for the difference between arguing about a person and arguing about a rule. Use the checklist and note exact words, especially how each criterion is described.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte auf den Unterschied zwischen einer Diskussion über eine Person und einer Diskussion über eine Regel. Nutze die Beobachtungsliste und notiere den genauen Wortlaut, besonders wie die einzelnen Kriterien beschrieben werden.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.1">
      <source>When the panel discussed Zanele, did anyone ask what &quot;executive presence&quot; actually means, or how it is scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Als die Runde über Zanele sprach: Hat jemand gefragt, was „Executive Presence“ eigentlich bedeutet oder wie sie bewertet wird?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.2">
      <source>Did the conversation stay on one candidate's outcome, or move to the criteria that produced it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Blieb das Gespräch beim Ergebnis einer einzelnen Kandidatin, oder ging es weiter zu den Kriterien, die es hervorgebracht haben?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.3">
      <source>Which intervention moves did you see: distract, delegate, document, delay, direct? Asking for the data (document) and parking a decision (delay) count.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche Eingreif-Strategien hast du gesehen: ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen? Nach Daten fragen (dokumentieren) und eine Entscheidung zurückstellen (verzögern) zählen auch.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.4">
      <source>Who asked for evidence, and who offered opinions? Write down one example of each.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wer hat nach Belegen gefragt, und wer hat Meinungen geäußert? Notiere jeweils ein Beispiel.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.5">
      <source>What did speaking up cost Marek, and who else was affected by the criteria but never discussed?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was hat es Marek gekostet, den Mund aufzumachen, und wer war noch von den Kriterien betroffen, ohne dass je darüber gesprochen wurde?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.title">
      <source>5.40pm, day two of calibration</source>
      <extracomment>Scene heading, shown on the projector (scene calibration).</extracomment>
      <translation>17:40 Uhr, zweiter Kalibrierungstag</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.narration">
      <source>It is 5.40pm on the second day of promotion calibration, and the panel reaches Zanele Mokoena. Her delivery ratings are the highest in the cohort, and the client's feedback calls her &quot;the clearest adviser we've worked with&quot;. Helen Whitfield, chairing, taps the framework on the screen: &quot;Strong work, but she's not ready. I never see her on the evening calls, and the executive presence isn't there yet. Next cycle?&quot; Two panel members nod.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene calibration).</extracomment>
      <translation>Es ist 17:40 Uhr am zweiten Tag der Beförderungskalibrierung, und die Runde kommt zu Zanele Mokoena. Ihre Leistungsbewertungen sind die höchsten ihres Jahrgangs, und der Kunde nennt sie in seinem Feedback „die klarste Beraterin, mit der wir je gearbeitet haben“. Helen Wittfeld, die Vorsitzende, tippt auf den Kriterienkatalog auf dem Bildschirm: „Starke Arbeit, aber sie ist noch nicht so weit. Bei den Abendcalls sehe ich sie nie, und die Executive Presence ist noch nicht da. Nächste Runde?“ Zwei Mitglieder der Runde nicken.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.notes">
      <source>Read Helen's line as a reasonable, tired chair would, not as a villain. Give the group two minutes. Participants often split between &quot;argue for Zanele&quot; and &quot;question the criteria&quot;; that split is the point of the scenario, so name it when you reveal the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene calibration).</extracomment>
      <translation>Lesen Sie Helens Satz wie eine vernünftige, müde Vorsitzende, nicht wie eine Schurkin. Geben Sie der Gruppe zwei Minuten. Oft teilen sich die Teilnehmenden auf in „für Zanele argumentieren“ und „die Kriterien hinterfragen“; genau um diese Aufteilung geht es im Szenario, also benennen Sie sie, wenn Sie die Optionen aufdecken.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.prompt">
      <source>You are Marek, Zanele's manager. Helen is ready to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene calibration).</extracomment>
      <translation>Du bist Marek, Zaneles Vorgesetzter. Helen will weitermachen. Was tust du?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.text">
      <source>Agree to defer. The criteria are in the framework, and arguing with the chair at 5.40pm rarely goes well.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option defer). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>Dem Aufschub zustimmen. Die Kriterien stehen im Katalog, und um 17:40 Uhr mit der Vorsitzenden streiten geht selten gut.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.why">
      <source>Reading the room is a real skill, and the hour is late. But the decision stands on two criteria nobody examined, and Zanele is not there to answer them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option defer).</extracomment>
      <translation>Die Stimmung im Raum zu lesen ist eine echte Fähigkeit, und es ist spät. Aber die Entscheidung stützt sich auf zwei Kriterien, die niemand geprüft hat, und Zanele ist nicht da, um darauf zu antworten.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.text">
      <source>&quot;As everyone knows, I'm a big champion of flexible working. But fair enough, next cycle.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option flexible-champion). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>„Ihr wisst ja alle, ich bin großer Fan von flexiblem Arbeiten. Aber gut, nächste Runde.“</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.why">
      <source>The line shows your values to the panel but asks for nothing. The decision and the criteria behind it stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option flexible-champion).</extracomment>
      <translation>Der Satz zeigt der Runde deine Werte, verlangt aber nichts. Die Entscheidung und die Kriterien dahinter bleiben genau, wo sie waren.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.text">
      <source>&quot;Let's look at what she delivered: the £1.2m saving, the renewal and that client quote. I think she's ready now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option argue-case). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>„Schauen wir, was sie geliefert hat: 1,2 Millionen Euro Einsparung, die Verlängerung und dieses Kundenzitat. Sie ist jetzt so weit.“</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.why">
      <source>You challenge the outcome in real time, with evidence. It may win Zanele's case, but the criteria that produced the doubt remain untouched for everyone else.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option argue-case).</extracomment>
      <translation>Du stellst das Ergebnis im Moment infrage, mit Belegen. Das gewinnt vielleicht Zaneles Fall, aber die Kriterien, die den Zweifel erzeugt haben, bleiben für alle anderen unangetastet.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.text">
      <source>&quot;Can we pause on two of these? What is 'executive presence' telling us that the client feedback isn't? And why is being on 7pm calls part of readiness? Ifeoma, do we know how these two criteria score for people on flexible hours?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option question-criteria). Shown on a phone button: keep it short, about 230 characters like the English.</extracomment>
      <translation>„Können wir bei zwei Punkten kurz innehalten? Was sagt uns ‚Executive Presence‘, was das Kundenfeedback nicht sagt? Und warum gehören Calls um 19 Uhr zur Eignung? Ifeoma, wissen wir, wie Leute mit flexiblen Zeiten bei diesen zwei Kriterien abschneiden?“</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.why">
      <source>You question the process that produced the decision, not only this decision, and ask for data rather than opinion, at the cost of time and the chair's patience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option question-criteria).</extracomment>
      <translation>Du hinterfragst das Verfahren, das die Entscheidung hervorgebracht hat, nicht nur diese eine Entscheidung, und bittest um Daten statt Meinungen – auf Kosten von Zeit und der Geduld der Vorsitzenden.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.title">
      <source>Not yet</source>
      <extracomment>Scene heading, shown on the projector (scene deferred).</extracomment>
      <translation>Noch nicht</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.narration">
      <source>The panel moves on, and calibration closes at 6.15. Zanele's outcome reads: &quot;Not yet. Develop executive presence and visibility with senior stakeholders.&quot; Tidying up, Ifeoma notices that five of the eleven people deferred this cycle work flexible or part-time hours. She makes a note and does not share it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene deferred).</extracomment>
      <translation>Die Runde macht weiter, und um 18:15 Uhr ist die Kalibrierung vorbei. Zaneles Ergebnis lautet: „Noch nicht. Executive Presence und Sichtbarkeit bei der Führungsebene entwickeln.“ Beim Aufräumen fällt Ifeoma auf, dass fünf der elf Personen, die in diesem Durchgang zurückgestellt wurden, flexibel oder in Teilzeit arbeiten. Sie macht sich eine Notiz und behält sie für sich.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.notes">
      <source>Ask Zanele's role-player to read the outcome line aloud and say what she would need to do differently. The answer (&quot;be on the evening calls&quot;) usually makes the point without any help from you.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene deferred).</extracomment>
      <translation>Bitten Sie die Person, die Zanele spielt, die Ergebniszeile laut vorzulesen und zu sagen, was sie anders machen müsste. Die Antwort („bei den Abendcalls dabei sein“) macht den Punkt meist ganz ohne Ihr Zutun.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.title">
      <source>On the record</source>
      <extracomment>Scene heading, shown on the projector (scene signalled).</extracomment>
      <translation>Fürs Protokoll</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.narration">
      <source>Helen smiles: &quot;We all are, Marek.&quot; The panel defers Zanele with the same wording. In the lift afterwards, another panel member tells Marek he was glad someone &quot;said something&quot;. Marek realises that, on the record, nothing was said at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene signalled).</extracomment>
      <translation>Helen lächelt: „Sind wir doch alle, Marek.“ Die Runde stellt Zanele mit demselben Wortlaut zurück. Im Aufzug danach sagt ein anderes Mitglied der Runde zu Marek, er sei froh, dass jemand „was gesagt“ hat. Marek wird klar, dass fürs Protokoll überhaupt nichts gesagt wurde.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.notes">
      <source>Be careful here: people who choose this option usually mean well and may feel exposed. Ask what the flexible-working line made possible in the room, and what it didn't.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene signalled).</extracomment>
      <translation>Vorsicht hier: Wer diese Option wählt, meint es meist gut und fühlt sich vielleicht bloßgestellt. Fragen Sie, was der Satz zum flexiblen Arbeiten im Raum möglich gemacht hat und was nicht.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.title">
      <source>One case won</source>
      <extracomment>Scene heading, shown on the projector (scene case-won).</extracomment>
      <translation>Ein Fall gewonnen</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.narration">
      <source>Helen studies the numbers for a long moment. &quot;Fine. Promote her, but the feedback says develop presence.&quot; Zanele is promoted. Ten minutes later, the panel defers Andrés Reyes, who works four days a week, on the same two criteria, and nobody, Marek included, has his file open.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene case-won).</extracomment>
      <translation>Helen betrachtet die Zahlen eine ganze Weile. „Na gut. Befördern wir sie, aber im Feedback steht: Präsenz entwickeln.“ Zanele wird befördert. Zehn Minuten später stellt die Runde Andrés Reyes zurück, der vier Tage die Woche arbeitet, mit denselben zwei Kriterien – und niemand, auch Marek nicht, hat seine Akte offen.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.notes">
      <source>This is the key teaching moment: the outcome was fixed, the process wasn't. Ask the room how they feel about Andrés. Don't let anyone dismiss what Marek did; winning a case matters. The question is what happens next cycle.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene case-won).</extracomment>
      <translation>Das ist der entscheidende Lernmoment: Das Ergebnis wurde korrigiert, das Verfahren nicht. Fragen Sie die Gruppe, wie es ihnen mit Andrés geht. Lassen Sie niemanden kleinreden, was Marek getan hat; einen Fall zu gewinnen zählt. Die Frage ist, was in der nächsten Runde passiert.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.title">
      <source>Parked for 48 hours</source>
      <extracomment>Scene heading, shown on the projector (scene criteria-questioned).</extracomment>
      <translation>48 Stunden zurückgestellt</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.narration">
      <source>Helen's jaw tightens: &quot;We are not rewriting the framework at six o'clock.&quot; Ifeoma says quietly that she can pull the data in two days, and the panel agrees to park Zanele's case and two similar ones until then. Afterwards, two colleagues message Marek: one to thank him, one to ask whether he really wanted this fight before his own partner review.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene criteria-questioned).</extracomment>
      <translation>Helens Kiefer spannt sich an: „Wir schreiben um sechs Uhr abends nicht den Kriterienkatalog um.“ Ifeoma sagt leise, dass sie die Daten in zwei Tagen ziehen kann, und die Runde einigt sich, Zaneles Fall und zwei ähnliche bis dahin zurückzustellen. Danach schreiben zwei Kollegen Marek: einer, um ihm zu danken, der andere, um zu fragen, ob er diesen Kampf vor seiner eigenen Partner-Beurteilung wirklich wollte.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.notes">
      <source>Let Helen's role-player be annoyed; the annoyance is realistic and it is a cost. Ask Marek's role-player how the second message feels. If someone says &quot;he was right, so it doesn't matter&quot;, ask whether being right has ever protected them at review time.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene criteria-questioned).</extracomment>
      <translation>Lassen Sie die Person, die Helen spielt, verärgert sein; der Ärger ist realistisch, und er ist ein Preis. Fragen Sie die Person, die Marek spielt, wie sich die zweite Nachricht anfühlt. Sagt jemand „Er hatte recht, also ist das egal“, fragen Sie, ob Rechthaben sie bei einer Beurteilung je geschützt hat.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.title">
      <source>The framework review</source>
      <extracomment>Scene heading, shown on the projector (scene framework-review).</extracomment>
      <translation>Die Überarbeitung des Kriterienkatalogs</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.narration">
      <source>In October, HR opens next year's promotion framework for comment, and Ifeoma runs a review session for panel members. Helen proposes keeping &quot;executive presence&quot; and adding &quot;commercial visibility&quot;. Ifeoma puts up one slide: over three cycles, people on flexible or part-time hours scored, on average, a full point lower on presence than on any other criterion. Helen asks whether anyone objects to her proposal.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene framework-review).</extracomment>
      <translation>Im Oktober stellt HR den Beförderungskatalog für das nächste Jahr zur Diskussion, und Ifeoma leitet eine Überarbeitungsrunde für die Mitglieder der Kalibrierungsrunden. Helen schlägt vor, „Executive Presence“ beizubehalten und „kommerzielle Sichtbarkeit“ hinzuzufügen. Ifeoma zeigt eine einzige Folie: Über drei Runden haben Menschen mit flexiblen Arbeitszeiten oder in Teilzeit bei Präsenz im Schnitt einen ganzen Punkt schlechter abgeschnitten als bei jedem anderen Kriterium. Helen fragt, ob jemand etwas gegen ihren Vorschlag hat.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.notes">
      <source>Give this three or four minutes; it is where the scenario earns its theme. If the group wants to argue about whether presence is &quot;real&quot;, steer them to a sharper question: what would you have to see someone do to give them a high score? Watch for participants who want to remove the criterion without replacing it; ask what the panel would use instead.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene framework-review).</extracomment>
      <translation>Geben Sie dem drei oder vier Minuten; hier verdient sich das Szenario sein Thema. Will die Gruppe darüber streiten, ob Präsenz „real“ ist, lenken Sie sie auf eine schärfere Frage: Was müsstet ihr jemanden tun sehen, um eine hohe Bewertung zu geben? Achten Sie auf Teilnehmende, die das Kriterium streichen wollen, ohne es zu ersetzen; fragen Sie, was die Runde stattdessen nutzen würde.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.prompt">
      <source>You are Marek. Helen is waiting for objections. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene framework-review).</extracomment>
      <translation>Du bist Marek. Helen wartet auf Einwände. Was tust du?</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.text">
      <source>Say nothing. The framework is HR's job, and Helen chairs the panel.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option keep). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>Nichts sagen. Der Katalog ist Sache von HR, und Helen leitet die Runde.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.why">
      <source>It is fair to feel that frameworks belong to someone else. But the data is on the screen, and silence now makes the next cycle look like the last three.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option keep).</extracomment>
      <translation>Es ist nachvollziehbar, Kriterienkataloge als Sache anderer zu sehen. Aber die Daten stehen auf dem Bildschirm, und Schweigen jetzt sorgt dafür, dass die nächste Runde aussieht wie die letzten drei.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.text">
      <source>Fill in the anonymous feedback form afterwards, ticking &quot;partly agree&quot; on the proposed criteria.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option form). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>Danach den anonymen Feedbackbogen ausfüllen und bei den neuen Kriterien „stimme teilweise zu“ ankreuzen.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.why">
      <source>You take part, and the form is a legitimate channel. But &quot;partly agree&quot; is easy to read as agreement, and the slide never gets discussed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option form).</extracomment>
      <translation>Du beteiligst dich, und der Bogen ist ein legitimer Weg. Aber „stimme teilweise zu“ lässt sich leicht als Zustimmung lesen, und über die Folie wird nie gesprochen.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.text">
      <source>&quot;Could we add 'inclusion' as a sixth value in the framework, and put it on the posters?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option add-value). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>„Könnten wir ‚Inklusion‘ als sechsten Wert in den Katalog aufnehmen und auf die Plakate setzen?“</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.why">
      <source>A new value is visible and easy to agree to. If nobody changes how ratings are given, the same people will score low on the same criteria.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option add-value).</extracomment>
      <translation>Ein neuer Wert ist sichtbar und leicht zustimmungsfähig. Ändert niemand, wie Bewertungen vergeben werden, schneiden dieselben Menschen bei denselben Kriterien schlecht ab.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.text">
      <source>Describe, specifically, how &quot;presence&quot; and the evening calls were used in this year's calibration, and ask the group to say what each criterion is meant to predict about someone's performance as a manager.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option bring-examples). Shown on a phone button: keep it short, about 205 characters like the English.</extracomment>
      <translation>Konkret schildern, wie „Präsenz“ und die Abendcalls in der diesjährigen Kalibrierung verwendet wurden, und die Gruppe fragen, was jedes Kriterium über jemandes Leistung als Manager vorhersagen soll.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.why">
      <source>You bring real cases and a precise question into the room, in front of the person who proposed the criteria, without attacking anyone's motives.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option bring-examples).</extracomment>
      <translation>Du bringst echte Fälle und eine präzise Frage in den Raum, vor der Person, die die Kriterien vorgeschlagen hat, ohne irgendwessen Motive anzugreifen.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.text">
      <source>&quot;I propose we replace 'presence' with things we can observe: client feedback, how someone runs a meeting, how they develop their team. Drop out-of-hours availability entirely, ask for written evidence behind every rating, and check outcomes by working pattern and demographic group every cycle. I'll pilot it on my own panel next round.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option redesign). Shown on a phone button: keep it short, about 337 characters like the English.</extracomment>
      <translation>„Ich schlage vor, ‚Präsenz‘ durch Beobachtbares zu ersetzen: Kundenfeedback, wie jemand ein Meeting leitet, wie jemand das eigene Team entwickelt. Erreichbarkeit außerhalb der Arbeitszeit streichen wir ganz, jede Bewertung braucht schriftliche Belege, und jede Runde prüfen wir die Ergebnisse nach Arbeitszeitmodell und Personengruppe. Ich teste das nächste Runde in meiner eigenen Kommission.“</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.why">
      <source>You offer a concrete replacement, build in a check that outlasts this meeting, and put your own panel and reputation on the line to test it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option redesign).</extracomment>
      <translation>Du bietest einen konkreten Ersatz an, baust eine Prüfung ein, die über diese Sitzung hinaus wirkt, und setzt deine eigene Runde und deinen Ruf aufs Spiel, um es zu testen.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.title">
      <source>Published in bold</source>
      <extracomment>Scene heading, shown on the projector (scene end-unchanged).</extracomment>
      <translation>Fett gedruckt veröffentlicht</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.narration">
      <source>The framework is published in January with &quot;executive presence&quot; and &quot;commercial visibility&quot; in bold. The next cycle's list of deferrals looks much like the last one, and two of the consultants on it leave within six months. In their exit interviews, both mention the evening calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-unchanged).</extracomment>
      <translation>Der Katalog wird im Januar veröffentlicht, mit „Executive Presence“ und „kommerzieller Sichtbarkeit“ in Fettdruck. Die Liste der Zurückgestellten in der nächsten Runde sieht ähnlich aus wie die letzte, und zwei der Beraterinnen und Berater darauf kündigen innerhalb von sechs Monaten. In ihren Austrittsgesprächen erwähnen beide die Abendcalls.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.notes">
      <source>Ask the room: who in this story had the most power to change the outcome, and did they know it?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-unchanged).</extracomment>
      <translation>Fragen Sie die Gruppe: Wer in dieser Geschichte hatte am meisten Macht, das Ergebnis zu ändern, und war ihm oder ihr das bewusst?</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.title">
      <source>Broad support</source>
      <extracomment>Scene heading, shown on the projector (scene end-form).</extracomment>
      <translation>Breite Zustimmung</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.narration">
      <source>The feedback form gathers forty-three responses, most of them &quot;partly agree&quot;. HR's summary describes &quot;broad support&quot;, and the framework passes unchanged. Ifeoma's slide is not shown again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-form).</extracomment>
      <translation>Der Feedbackbogen bekommt dreiundvierzig Antworten, die meisten „stimme teilweise zu“. Die Zusammenfassung von HR spricht von „breiter Zustimmung“, und der Katalog wird unverändert verabschiedet. Ifeomas Folie wird nie wieder gezeigt.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.title">
      <source>A sixth value</source>
      <extracomment>Scene heading, shown on the projector (scene end-value).</extracomment>
      <translation>Ein sechster Wert</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.narration">
      <source>The new value appears on posters by the lifts in February. At the next calibration, someone says &quot;inclusion&quot; twice, and the presence scores follow the same pattern as before. A consultant on flexible hours takes a photo of the poster and sends it to a friend without a caption.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-value).</extracomment>
      <translation>Im Februar hängt der neue Wert auf Plakaten bei den Aufzügen. In der nächsten Kalibrierung sagt jemand zweimal „Inklusion“, und die Präsenz-Bewertungen folgen demselben Muster wie vorher. Eine Beraterin mit flexiblen Arbeitszeiten fotografiert das Plakat und schickt es kommentarlos an eine Freundin.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.notes">
      <source>If someone defends values statements, agree that they can matter. Ask what would have to change in the calibration room for this one to mean something.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-value).</extracomment>
      <translation>Verteidigt jemand Wertekataloge, stimmen Sie zu, dass sie etwas bedeuten können. Fragen Sie, was sich im Kalibrierungsraum ändern müsste, damit dieser Wert etwas bedeutet.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.title">
      <source>A second session</source>
      <extracomment>Scene heading, shown on the projector (scene end-evidence).</extracomment>
      <translation>Eine zweite Sitzung</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.narration">
      <source>The examples make the room uncomfortable. Helen says she doesn't recognise the picture, then, after a pause, asks Ifeoma to break the data down by team. The wording of &quot;presence&quot; is tightened and evening availability is removed from the guidance. It is a partial change, and it takes a second session nobody had planned for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-evidence).</extracomment>
      <translation>Die Beispiele sorgen im Raum für Unbehagen. Helen sagt, sie erkenne das Bild nicht wieder, und bittet Ifeoma dann nach einer Pause, die Daten nach Teams aufzuschlüsseln. Die Formulierung zu „Präsenz“ wird geschärft, und die Erreichbarkeit am Abend fliegt aus dem Leitfaden. Es ist eine teilweise Änderung, und sie braucht eine zweite Sitzung, die niemand eingeplant hatte.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.title">
      <source>The pilot</source>
      <extracomment>Scene heading, shown on the projector (scene end-pilot).</extracomment>
      <translation>Das Pilotprojekt</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.narration">
      <source>Helen is sceptical but agrees to the pilot, &quot;on your panel, not mine&quot;. Next cycle, Marek's panel writes evidence for every rating, takes twice as long, and promotes two people on flexible hours whose files show the work. His own partner review notes that he &quot;spends a lot of energy on process&quot;. When Ifeoma shares the pilot's results, Helen asks to try it on her panel too.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pilot).</extracomment>
      <translation>Helen ist skeptisch, stimmt dem Pilotversuch aber zu, „in deiner Runde, nicht in meiner“. In der nächsten Runde schreibt Mareks Kommission zu jeder Bewertung Belege auf, braucht doppelt so lange und befördert zwei Menschen mit flexiblen Arbeitszeiten, deren Akten die Arbeit zeigen. In seiner eigenen Partner-Beurteilung steht, er „stecke viel Energie in Prozesse“. Als Ifeoma die Ergebnisse des Pilotversuchs vorstellt, bittet Helen darum, es auch in ihrer Runde auszuprobieren.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.notes">
      <source>Point out the cost in Marek's review. Advocacy is not free, even when it works. Ask the group whether they would still choose it knowing that line would appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pilot).</extracomment>
      <translation>Weisen Sie auf den Preis in Mareks Beurteilung hin. Fürsprache ist nicht umsonst, auch wenn sie wirkt. Fragen Sie die Gruppe, ob sie sich trotzdem dafür entscheiden würden, wenn sie wüssten, dass dieser Satz dort stehen wird.</translation>
    </message>
    <message id="promotion-criteria.debrief.what.1">
      <source>What did &quot;executive presence&quot; and evening availability end up measuring in Zanele's case?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was haben „Executive Presence“ und Erreichbarkeit am Abend in Zaneles Fall letztlich gemessen?</translation>
    </message>
    <message id="promotion-criteria.debrief.what.2">
      <source>On our path, was the outcome challenged, the process, both, or neither?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wurde auf unserem Weg das Ergebnis infrage gestellt, das Verfahren, beides oder keins von beiden?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.1">
      <source>Why does winning one person's case feel like success, even when the rule that created the problem stays?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum fühlt es sich wie ein Erfolg an, den Fall einer einzelnen Person zu gewinnen, selbst wenn die Regel bleibt, die das Problem verursacht hat?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.2">
      <source>Who pays for criteria that reward visibility and long hours, and who never notices them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wer zahlt den Preis für Kriterien, die Sichtbarkeit und lange Arbeitstage belohnen, und wer bemerkt sie nie?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.1">
      <source>Pick one criterion in a process you take part in (hiring, promotion, reviews). What would you have to see someone do to score highly on it?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wählt ein Kriterium aus einem Verfahren, an dem ihr beteiligt seid (Einstellung, Beförderung, Beurteilung). Was müsstet ihr jemanden tun sehen, um dabei eine hohe Bewertung zu geben?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.2">
      <source>What data could you ask for, this quarter, to find out who that criterion favours?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welche Daten könntet ihr in diesem Quartal anfordern, um herauszufinden, wen dieses Kriterium bevorzugt?</translation>
    </message>
    <message id="promotion-criteria.sources.1.title">
      <source>Workplace allyship practice: challenge the process that produces an outcome, not only the outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: das Verfahren infrage stellen, aus dem ein Ergebnis entsteht, nicht nur das Ergebnis</translation>
    </message>
    <message id="promotion-criteria.sources.1.note">
      <source>Drawn from writing on systemic allyship that urges asking what promotion criteria really reward, and examining promotion data by group for patterns.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Grundlage sind Texte über systemische Allyship, die dazu auffordern zu fragen, was Beförderungskriterien wirklich belohnen, und Beförderungsdaten nach Personengruppen auf Muster zu prüfen.</translation>
    </message>
    <message id="pronouns-and-language.title">
      <source>Morning, guys, this is Kai</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Morgen, Jungs, das ist Kai</translation>
    </message>
    <message id="pronouns-and-language.summary">
      <source>At a client kick-off, a well-meaning project manager misgenders a colleague who uses they/them, then makes a show of apologising. The group decides what a teammate on the call does, and how they answer when the project manager asks for advice the next day.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Beim Kick-off mit einem Kunden misgendert eine wohlmeinende Projektmanagerin eine Person aus dem Team, die das Pronomen „dey“ nutzt, und macht dann ein großes Aufheben um ihre Entschuldigung. Die Gruppe entscheidet, was jemand aus dem Team im Call tut und was diese Person antwortet, als die Projektmanagerin am nächsten Tag um Rat fragt.</translation>
    </message>
    <message id="pronouns-and-language.content_note">
      <source>This role-play includes a colleague who uses they/them being misgendered in front of a client, an apology that turns into a show, and their pronoun being called bad grammar.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel wird eine Person aus dem Team, die das Pronomen „dey“ nutzt, vor einem Kunden misgendert; die Entschuldigung wird zur Show, und das Pronomen wird als schlechte Grammatik abgetan.</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.name">
      <source>Kai Nakamura-Reyes, user researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kai).</extracomment>
      <translation>Kai Nakamura-Reyes, User Researcher</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.brief">
      <source>You updated your pronouns to they/them three months ago, in your email signature and your chat profile, and told the team in a short message. Most people have adjusted. Being misgendered in front of a client, then having the apology turn into a performance, is exhausting; you say &quot;no worries&quot; because you have a research plan to present. What you want is for people to just get it right and move on.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kai).</extracomment>
      <translation>Vor drei Monaten hast du deine Pronomen auf „dey/denen“ geändert, in deiner E-Mail-Signatur und deinem Chat-Profil, und es dem Team in einer kurzen Nachricht mitgeteilt. Die meisten haben sich umgestellt. Vor einem Kunden misgendert zu werden und dann zu erleben, wie die Entschuldigung zur Vorstellung wird, ist erschöpfend; du sagst „kein Problem“, weil du einen Forschungsplan vorzustellen hast. Was du willst: dass die Leute es einfach richtig machen und weitermachen.</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.name">
      <source>Brenda Coughlan, senior project manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brenda).</extracomment>
      <translation>Birgit Kohlhaas, Senior-Projektmanagerin</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.brief">
      <source>You have known Kai for five years and you are fond of them. You find the new pronoun hard; it feels grammatically odd to you and you worry about getting it wrong, which makes you get it wrong more. &quot;Guys&quot; is just how you greet people. If someone gives you practical, kind advice, you take it; if you feel lectured, you get flustered and defensive.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brenda).</extracomment>
      <translation>Du kennst Kai seit fünf Jahren und magst Kai sehr. Das neue Pronomen fällt dir schwer; es kommt dir grammatikalisch seltsam vor, und du hast Angst, es falsch zu machen, wodurch du es noch öfter falsch machst. „Jungs“ ist einfach, wie du Leute begrüßt. Wenn dir jemand praktische, freundliche Tipps gibt, nimmst du sie an; wenn du dich belehrt fühlst, wirst du nervös und abwehrend.</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.name">
      <source>Hannah Lindqvist, client programme manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hannah).</extracomment>
      <translation>Hannah Lindqvist, Programm-Managerin auf Kundenseite</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.brief">
      <source>You are the client. You noticed the slip and the fuss and you felt awkward on Kai's behalf. You follow the lead of whoever sounds confident: if someone on the supplier side uses &quot;they&quot; naturally, you do the same.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hannah).</extracomment>
      <translation>Du bist die Kundin. Du hast den Ausrutscher und das Theater bemerkt und dich für Kai unwohl gefühlt. Du orientierst dich an der Person, die am sichersten klingt: Wenn jemand auf Seiten des Dienstleisters „dey“ ganz selbstverständlich benutzt, tust du es auch.</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.brief">
      <source>Listen for every pronoun used about Kai and every greeting used for the group. Note who corrects, how, and how long it takes. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte auf jedes Pronomen, das für Kai verwendet wird, und auf jede Begrüßung der Gruppe. Notiere, wer korrigiert, wie und wie lange es dauert. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.1">
      <source>Count the pronouns used about Kai. How many were right, and who got them right?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Zähle die Pronomen, die für Kai verwendet wurden. Wie viele waren richtig, und wer hat sie richtig verwendet?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it keep the spotlight off Kai?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien (ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen) hat die antwortende Person genutzt, und hat sie Kai aus dem Rampenlicht herausgehalten?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.3">
      <source>Did the responder correct by example (simply using &quot;they&quot;) or by drawing attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat die antwortende Person durch Vorbild korrigiert (einfach „dey“ benutzt) oder indem sie Aufmerksamkeit darauf gelenkt hat?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.4">
      <source>Did anyone ask Kai what, if anything, they wanted done?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat jemand Kai gefragt, ob und was dey sich wünscht?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.5">
      <source>When Brenda asked for help, was the advice practical, or a judgement?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Als Birgit um Hilfe bat, war der Rat praktisch oder ein Urteil?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.title">
      <source>Monday, client kick-off call</source>
      <extracomment>Scene heading, shown on the projector (scene kick-off).</extracomment>
      <translation>Montag, Kick-off-Call mit dem Kunden</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.narration">
      <source>Brenda opens the call: &quot;Morning, guys! Lovely to see you all. This is Kai, she's leading the research. Sorry, they! They. Gosh, I'm going to get myself in trouble, aren't I?&quot; She laughs for a few seconds too long. Hannah smiles uncertainly. Kai says, &quot;No worries,&quot; and shares their screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene kick-off).</extracomment>
      <translation>Birgit eröffnet den Call: „Morgen, Jungs! Schön, euch alle zu sehen. Das ist Kai, sie leitet die Nutzerforschung. Oh, Entschuldigung, dey! Dey. Meine Güte, ich bringe mich noch in Schwierigkeiten, oder?“ Sie lacht ein paar Sekunden zu lang. Hannah lächelt unsicher. Kai sagt „Kein Problem“ und teilt deren Bildschirm.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.notes">
      <source>Read Brenda's line with real warmth; she is not hostile, she is flustered. Some participants may start debating pronouns themselves. Acknowledge that people are at different points, and bring the room back to the question: what does Kai need in the next five minutes? Do not let the discussion turn into a debate about Kai's identity.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene kick-off).</extracomment>
      <translation>Lesen Sie Birgits Satz mit echter Wärme; sie ist nicht feindselig, sie ist durcheinander. Manche Teilnehmende fangen vielleicht selbst an, über Pronomen zu diskutieren. Erkennen Sie an, dass Menschen an unterschiedlichen Punkten stehen, und führen Sie den Raum zurück zur Frage: Was braucht Kai in den nächsten fünf Minuten? Lassen Sie die Diskussion nicht zu einer Debatte über Kais Identität werden.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.prompt">
      <source>You are the project's lead developer, on the call. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene kick-off).</extracomment>
      <translation>Du bist Lead Developer im Projekt und im Call dabei. Was tust du?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.text">
      <source>Nothing. Kai said &quot;no worries&quot;, and Brenda already corrected herself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option carry-on). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>Nichts. Kai hat „kein Problem“ gesagt, und Birgit hat sich schon korrigiert.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.why">
      <source>Not adding to the awkwardness is a reasonable instinct, and it leaves the client with two versions of Kai's pronouns and no cue about which one to use.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option carry-on).</extracomment>
      <translation>Die Peinlichkeit nicht zu vergrößern ist ein vernünftiger Impuls, aber die Kundin bleibt mit zwei Versionen von Kais Pronomen zurück und ohne Hinweis, welche sie benutzen soll.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.text">
      <source>After the call, message Kai: &quot;Sorry about Brenda, that was awkward. She means well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option sorry-afterwards). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Nach dem Call Kai schreiben: „Sorry wegen Birgit, das war unangenehm. Sie meint es gut.“</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.why">
      <source>Acknowledging it privately shows you noticed, though &quot;she means well&quot; asks Kai to make allowances, and the client saw nothing different.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option sorry-afterwards).</extracomment>
      <translation>Es privat anzusprechen zeigt, dass du es bemerkt hast, doch „sie meint es gut“ verlangt von Kai Nachsicht, und die Kundin hat nichts anderes erlebt.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.text">
      <source>Add your own pronouns to your display name during the call and post in the chat: &quot;Pronouns matter! Let's all add ours.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option flag-and-chat). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Während des Calls die eigenen Pronomen zum Anzeigenamen hinzufügen und im Chat posten: „Pronomen sind wichtig! Ergänzen wir alle unsere.“</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.why">
      <source>Sharing pronouns can be a good norm, but launched right after the slip it points every eye back at Kai, in front of a client.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option flag-and-chat).</extracomment>
      <translation>Pronomen zu teilen kann eine gute Norm sein, aber direkt nach dem Ausrutscher lenkt es alle Blicke wieder auf Kai, vor der Kundin.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.text">
      <source>When you speak, use Kai's pronouns naturally: &quot;Kai's plan is solid; they've already booked the first interviews, so I'll follow their timeline.&quot; No comment on the slip.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option use-they). Shown on a phone button: keep it short, about 168 characters like the English.</extracomment>
      <translation>Selbstverständlich Kais Pronomen nutzen: „Kais Plan steht; dey hat schon die ersten Interviews gebucht, ich richte mich nach deren Zeitplan.“ Kein Wort zum Ausrutscher.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.why">
      <source>It corrects by example, gives the client a clear cue, and keeps the focus on Kai's work rather than on the mistake.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option use-they).</extracomment>
      <translation>Es korrigiert durch Vorbild, gibt der Kundin einen klaren Hinweis und hält den Fokus auf Kais Arbeit statt auf dem Fehler.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene both-versions).</extracomment>
      <translation>Der Rest des Calls</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.narration">
      <source>Later in the call, Hannah asks, &quot;Could she send the plan over, or should I ask — sorry, could they?&quot; and looks at Brenda, who says &quot;Either, ha.&quot; Kai answers the question about the plan and says nothing else for the remaining half hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene both-versions).</extracomment>
      <translation>Später im Call fragt Hannah: „Könnte sie den Plan rüberschicken, oder sollte ich – Entschuldigung, könnte dey …?“, und schaut zu Birgit, die sagt: „Geht beides, haha.“ Kai beantwortet die Frage zum Plan und sagt in der verbleibenden halben Stunde nichts mehr.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.notes">
      <source>Notice the ripple: uncertainty spreads to the client. Keep moving; the second decision gives this path another opening.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene both-versions).</extracomment>
      <translation>Beachten Sie die Kettenwirkung: Die Unsicherheit greift auf die Kundin über. Gehen Sie weiter; die zweite Entscheidung gibt diesem Weg eine neue Chance.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.title">
      <source>A reply</source>
      <extracomment>Scene heading, shown on the projector (scene private-sympathy).</extracomment>
      <translation>Eine Antwort</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.narration">
      <source>Kai replies: &quot;Thanks. I know she does.&quot; A minute later: &quot;It would just be nice if people got it right without the show.&quot; You read it twice and leave it on read.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-sympathy).</extracomment>
      <translation>Kai antwortet: „Danke. Ich weiß, dass sie es gut meint.“ Eine Minute später: „Es wäre nur schön, wenn die Leute es richtig machen würden, ohne Theater.“ Du liest es zweimal und antwortest nicht.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.notes">
      <source>Ask what the second message is asking for, and who it is really addressed to. The next scene gives the responder a chance to act on it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-sympathy).</extracomment>
      <translation>Fragen Sie, worum die zweite Nachricht bittet und an wen sie sich eigentlich richtet. Die nächste Szene gibt der antwortenden Person die Chance, darauf zu reagieren.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.title">
      <source>The chat</source>
      <extracomment>Scene heading, shown on the projector (scene spotlight).</extracomment>
      <translation>Der Chat</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.narration">
      <source>Three people on your side add pronouns; Hannah hesitates, then adds hers. Brenda types, &quot;Such a good idea!! Sorry again Kai!!&quot; Kai's camera goes off for the next ten minutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene spotlight).</extracomment>
      <translation>Drei Leute auf deiner Seite ergänzen ihre Pronomen; Hannah zögert und ergänzt dann ihre. Birgit tippt: „Super Idee!! Nochmal sorry, Kai!!“ Kais Kamera bleibt die nächsten zehn Minuten aus.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.notes">
      <source>Participants who chose this often do care about pronoun norms. Agree that the norm can be valuable, then ask about timing and about whose comfort the moment served.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene spotlight).</extracomment>
      <translation>Wer diese Option gewählt hat, dem sind Pronomen-Normen oft wirklich wichtig. Bestätigen Sie, dass die Norm wertvoll sein kann, und fragen Sie dann nach dem Zeitpunkt und danach, wessen Wohlbefinden der Moment gedient hat.</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>Der Rest des Calls</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.narration">
      <source>Hannah picks it up within a minute: &quot;Great, I'll send them our user list today.&quot; Brenda gets it right for the rest of the call, a little carefully. Afterwards Kai sends you a single line: &quot;Thanks for that.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Hannah übernimmt es innerhalb einer Minute: „Super, dann schicke ich denen heute unsere Nutzerliste.“ Birgit macht es für den Rest des Calls richtig, ein wenig vorsichtig. Danach schickt Kai dir eine einzige Zeile: „Danke dafür.“</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.notes">
      <source>Draw out how little this cost and how much it did. Then ask: did it help Brenda, long term? It leads into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Arbeiten Sie heraus, wie wenig das gekostet und wie viel es bewirkt hat. Fragen Sie dann: Hat es Birgit langfristig geholfen? Das führt zur nächsten Entscheidung.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.title">
      <source>Tuesday, a message from Brenda</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-asks).</extracomment>
      <translation>Dienstag, eine Nachricht von Birgit</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.narration">
      <source>Brenda messages you: &quot;Can I ask you something without being judged? Was I awful yesterday with Kai? I honestly find the 'they' thing hard, it feels like bad grammar. And is 'guys' really a problem now? I've said it my whole life.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-asks).</extracomment>
      <translation>Birgit schreibt dir: „Darf ich dich was fragen, ohne dass du mich verurteilst? War ich gestern schlimm zu Kai? Ich tue mich ehrlich schwer mit diesem ‚dey‘, es fühlt sich an wie schlechte Grammatik. Und ist ‚Jungs‘ jetzt wirklich ein Problem? Das sage ich mein ganzes Leben schon.“</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.notes">
      <source>Have the person playing Brenda read this sincerely. Some participants share Brenda's feelings and will be watching how she is treated; model respect for her in your own language. Ask responders to write their reply before seeing the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-asks).</extracomment>
      <translation>Lassen Sie die Person, die Birgit spielt, das aufrichtig vorlesen. Manche Teilnehmende teilen Birgits Gefühle und werden genau beobachten, wie mit ihr umgegangen wird; leben Sie in Ihrer eigenen Sprache Respekt für sie vor. Bitten Sie die antwortenden Personen, ihre Antwort aufzuschreiben, bevor sie die Optionen sehen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.prompt">
      <source>Brenda has asked you directly and privately. How do you reply?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene brenda-asks).</extracomment>
      <translation>Birgit hat dich direkt und unter vier Augen gefragt. Was antwortest du?</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.text">
      <source>&quot;Don't worry about it, everyone slips up. And 'guys' is fine, nobody minds.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option everyone-slips). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>„Mach dir keinen Kopf, das passiert allen mal. Und ‚Jungs‘ ist okay, das stört niemanden.“</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.why">
      <source>Comforting a colleague comes naturally, and it tells her nothing needs to change.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option everyone-slips).</extracomment>
      <translation>Eine Kollegin zu trösten kommt von selbst, und es sagt ihr, dass sich nichts ändern muss.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.text">
      <source>&quot;I think Kai would appreciate it if you tried a bit harder.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option try-harder). Shown on a phone button: keep it short, about 60 characters like the English.</extracomment>
      <translation>„Ich glaube, Kai würde es schätzen, wenn du dich etwas mehr bemühst.“</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.why">
      <source>It is true but vague; Brenda already feels she is trying and has nothing new to try.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option try-harder).</extracomment>
      <translation>Das stimmt, ist aber vage; Birgit findet, dass sie sich schon bemüht, und hat nichts Neues, was sie versuchen könnte.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.text">
      <source>&quot;Maybe post something supportive in the Pride channel? People will see you're on board.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option pride-post). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>„Vielleicht was Unterstützendes im Pride-Kanal posten? Dann sehen die Leute, dass du dahinterstehst.“</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.why">
      <source>It offers her a visible gesture instead of a change in habit, and Kai still gets misgendered on Monday.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option pride-post).</extracomment>
      <translation>Es bietet ihr eine sichtbare Geste statt einer neuen Gewohnheit, und Kai wird am Montag trotzdem misgendert.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.text">
      <source>&quot;Not awful, but the apology was bigger than the slip. Practise 'they' for Kai when they're not around; if you slip, correct and carry on, no apology speech. For groups, 'everyone' or 'folks' works. Want me to give you a quiet nudge if I hear it?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option practical-help). Shown on a phone button: keep it short, about 246 characters like the English.</extracomment>
      <translation>„Nicht schlimm, aber die Entschuldigung war größer als der Ausrutscher. Üb ‚dey‘ für Kai, wenn Kai nicht dabei ist; vertust du dich, korrigier dich und mach weiter, ohne Rede. Für Gruppen passt ‚alle zusammen‘ oder ‚Leute‘. Soll ich dir leise ein Zeichen geben, wenn ich’s höre?“</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.why">
      <source>Kind and concrete: it treats the change as a habit she can build, and offers support rather than judgement.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option practical-help).</extracomment>
      <translation>Freundlich und konkret: Es behandelt die Veränderung als Gewohnheit, die sie aufbauen kann, und bietet Unterstützung statt eines Urteils.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.text">
      <source>Give the same practical answer, then suggest that the team's kick-off template starts with optional name-and-pronoun introductions from everyone, so it never falls to Kai to raise it again.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option intro-norm). Shown on a phone button: keep it short, about 189 characters like the English.</extracomment>
      <translation>Dieselbe praktische Antwort geben und vorschlagen, dass die Kick-off-Vorlage des Teams mit einer freiwilligen Runde zu Name und Pronomen für alle beginnt, damit es nie wieder an Kai hängt, das anzusprechen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.why">
      <source>You help Brenda and change the routine, making inclusive introductions the default while keeping them optional for anyone not ready to share.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option intro-norm).</extracomment>
      <translation>Du hilfst Birgit und änderst die Routine: Inklusive Vorstellungsrunden werden zum Standard, bleiben aber freiwillig für alle, die noch nicht bereit sind, etwas zu teilen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene same-again).</extracomment>
      <translation>Zwei Wochen später</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.narration">
      <source>At the next client call, Brenda says &quot;she&quot; twice and &quot;guys&quot; six times. She does not apologise this time, which is somehow worse. Kai asks the resourcing manager whether there is room on another project.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene same-again).</extracomment>
      <translation>Im nächsten Call mit dem Kunden sagt Birgit zweimal „sie“ und sechsmal „Jungs“. Diesmal entschuldigt sie sich nicht, was irgendwie schlimmer ist. Kai fragt die Ressourcenplanung, ob in einem anderen Projekt noch Platz ist.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.notes">
      <source>Let this one sit. Ask what &quot;nobody minds&quot; assumed about who was in the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene same-again).</extracomment>
      <translation>Lassen Sie das wirken. Fragen Sie, was „das stört niemanden“ darüber angenommen hat, wer im Raum war.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene more-anxious).</extracomment>
      <translation>Zwei Wochen später</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.narration">
      <source>Brenda becomes visibly anxious around Kai and starts avoiding pronouns altogether, saying &quot;Kai&quot; in every sentence. It is better than before, but stiff. Kai tells a friend it is like being handled with oven gloves.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene more-anxious).</extracomment>
      <translation>Birgit wird in Kais Nähe sichtlich nervös und vermeidet Pronomen ganz; sie sagt in jedem Satz „Kai“. Es ist besser als vorher, aber steif. Kai erzählt einer Freundin, es fühle sich an, als werde dey mit Topflappen angefasst.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.notes">
      <source>A good example of well-meant but vague feedback. Ask what specific advice would have given Brenda somewhere to go.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene more-anxious).</extracomment>
      <translation>Ein gutes Beispiel für gut gemeintes, aber vages Feedback. Fragen Sie, welcher konkrete Rat Birgit eine Richtung gegeben hätte.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene post-and-slip).</extracomment>
      <translation>Zwei Wochen später</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.narration">
      <source>Brenda's post in the Pride channel gets thirty reactions. On the next client call she misgenders Kai once, and apologises at length again. Kai replies to the post with a polite thumbs-up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene post-and-slip).</extracomment>
      <translation>Birgits Beitrag im Pride-Kanal bekommt dreißig Reaktionen. Im nächsten Call mit dem Kunden misgendert sie Kai einmal und entschuldigt sich wieder ausführlich. Kai reagiert auf den Beitrag mit einem höflichen Daumen hoch.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.notes">
      <source>Contrast the public post with the private call. Ask the group which one Kai will remember.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene post-and-slip).</extracomment>
      <translation>Stellen Sie den öffentlichen Beitrag dem privaten Call gegenüber. Fragen Sie die Gruppe, woran Kai sich erinnern wird.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-practises).</extracomment>
      <translation>Zwei Wochen später</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.narration">
      <source>Brenda tells you she has been practising in the car, &quot;which is ridiculous, but it works&quot;. She slips once on the next call, says &quot;they, sorry&quot; and carries on in the same breath. She opens the next meeting with &quot;Morning, everyone.&quot; Kai has stopped bracing at the start of calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-practises).</extracomment>
      <translation>Birgit erzählt dir, dass sie im Auto geübt hat, „was lächerlich ist, aber es funktioniert“. Im nächsten Call vertut sie sich einmal, sagt „dey, sorry“ und macht im selben Atemzug weiter. Das nächste Meeting eröffnet sie mit „Guten Morgen zusammen“. Kai macht sich zu Beginn von Calls nicht mehr auf etwas gefasst.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.notes">
      <source>Point out that progress here is imperfect and still real. Ask what made it possible for Brenda to accept the advice.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-practises).</extracomment>
      <translation>Weisen Sie darauf hin, dass der Fortschritt hier unvollkommen und trotzdem echt ist. Fragen Sie, was es Birgit möglich gemacht hat, den Rat anzunehmen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene template-norm).</extracomment>
      <translation>Zwei Wochen später</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.narration">
      <source>The new kick-off template goes out with an optional introductions slide. One senior engineer complains it is &quot;a bit much&quot;; most people add a line and move on. At the next kick-off, the client's own lead introduces himself with his pronouns, and nobody looks at Kai.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene template-norm).</extracomment>
      <translation>Die neue Kick-off-Vorlage geht mit einer freiwilligen Folie für die Vorstellungsrunde raus. Ein Senior Engineer beschwert sich, das sei „ein bisschen viel“; die meisten ergänzen eine Zeile und machen weiter. Beim nächsten Kick-off stellt sich der Projektleiter des Kunden selbst mit seinen Pronomen vor, und niemand schaut zu Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.notes">
      <source>Stress that optional matters: forcing people to declare pronouns can harm those still working things out. Ask who else benefits from a default like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene template-norm).</extracomment>
      <translation>Betonen Sie, dass „freiwillig“ wichtig ist: Wer gezwungen wird, Pronomen anzugeben, kann Schaden nehmen, wenn die Person für sich noch nicht alles geklärt hat. Fragen Sie, wer sonst noch von einem solchen Standard profitiert.</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.1">
      <source>How many times was Kai misgendered, and what happened to the conversation each time?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wie oft wurde Kai misgendert, und was ist jedes Mal mit dem Gespräch passiert?</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.2">
      <source>What did Hannah, the client, take her cue from?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Woran hat sich Hannah, die Kundin, orientiert?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.1">
      <source>Why can a long apology land worse than the original slip?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum kann eine lange Entschuldigung schlechter ankommen als der ursprüngliche Ausrutscher?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.2">
      <source>When a colleague says something is hard for them, how do you respect that and still ask for the change?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wenn jemand aus dem Kollegium sagt, dass ihm etwas schwerfällt: Wie respektiert ihr das und bittet trotzdem um die Veränderung?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.1">
      <source>Which group greeting do you use most, and what would you replace it with?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welche Begrüßung für Gruppen benutzt ihr am häufigsten, und wodurch würdet ihr sie ersetzen?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.2">
      <source>If a colleague asked you Brenda's question tomorrow, what two practical tips would you give?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wenn euch morgen jemand Birgits Frage stellen würde, welche zwei praktischen Tipps würdet ihr geben?</translation>
    </message>
    <message id="pronouns-and-language.sources.1.title">
      <source>Workplace allyship practice: use inclusive language and colleagues' correct pronouns</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: inklusive Sprache und die richtigen Pronomen von Kolleginnen und Kollegen verwenden</translation>
    </message>
    <message id="pronouns-and-language.sources.2.title">
      <source>Workplace allyship practice: own a mistake with a short, sincere apology</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: zu einem Fehler stehen, mit einer kurzen, aufrichtigen Entschuldigung</translation>
    </message>
    <message id="rainbow-logo.title">
      <source>A rainbow on the logo, and page 14 of the benefits booklet</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Ein Regenbogen im Logo und Seite 14 der Leistungsbroschüre</translation>
    </message>
    <message id="rainbow-logo.summary">
      <source>A retailer's Pride month campaign is ready to go: a rainbow logo, posts and free T-shirts. The staff Pride network has asked for something else first, because the company's own health cover still excludes gender-affirming care and defines a partner as someone of the opposite sex. The marketing director decides twice: at the campaign sign-off and at the benefits renewal.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Die Pride-Month-Kampagne eines Handelsunternehmens steht bereit: ein Regenbogenlogo, Posts und kostenlose T-Shirts. Das Pride-Netzwerk der Belegschaft hat zuerst um etwas anderes gebeten, denn die betriebliche Krankenversicherung des Unternehmens schließt geschlechtsangleichende Behandlungen weiterhin aus und definiert eine Partnerin oder einen Partner als Person des anderen Geschlechts. Die Marketingdirektorin entscheidet zweimal: bei der Freigabe der Kampagne und bei der Verlängerung der Versicherungsleistungen.</translation>
    </message>
    <message id="rainbow-logo.content_note">
      <source>This role-play includes a company's health cover excluding gender-affirming care and same-sex partners, and a debate over whether changing that is worth the cost.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel schließt die Krankenversicherung eines Unternehmens geschlechtsangleichende Behandlungen und gleichgeschlechtliche Partner aus, und es wird diskutiert, ob eine Änderung die Kosten wert ist.</translation>
    </message>
    <message id="rainbow-logo.roles.hana.name">
      <source>Hana Kobayashi, Marketing Director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hana).</extracomment>
      <translation>Hana Kobayashi, Marketingdirektorin</translation>
    </message>
    <message id="rainbow-logo.roles.hana.brief">
      <source>You are straight and cisgender, and you genuinely want the company to show up for Pride. You hold a £40,000 budget for June and sit on the executive team. A colleague forwarded you Kit's message this morning; you agree with it, and you also know the campaign assets are finished and the agency has been paid.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hana).</extracomment>
      <translation>Du bist heterosexuell und cis, und du willst wirklich, dass das Unternehmen beim Pride Month Flagge zeigt. Du verfügst über ein Budget von 40.000 Euro für den Juni und sitzt in der Geschäftsleitung. Eine Kollegin hat dir heute Morgen Kits Nachricht weitergeleitet; du stimmst ihr zu, und du weißt auch, dass die Kampagnenmaterialien fertig sind und die Agentur bezahlt ist.</translation>
    </message>
    <message id="rainbow-logo.roles.kit.name">
      <source>Kit Adebayo (he/him), payroll specialist and co-lead of the Pride network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kit).</extracomment>
      <translation>Kit Adebayo (er/ihm), Spezialist für Entgeltabrechnung und Co-Leitung des Pride-Netzwerks</translation>
    </message>
    <message id="rainbow-logo.roles.kit.brief">
      <source>You raised the health-cover gaps in last year's staff survey and in a meeting with Reward, and nothing moved. You are not against a rainbow; you are against a rainbow on its own. You do not want to be the face of the campaign. If someone asks what the network wants, answer plainly: fix the partner definition (it costs nothing) and cost the care exclusion before the September renewal.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kit).</extracomment>
      <translation>Du hast die Lücken in der Krankenversicherung in der letzten Mitarbeitendenbefragung und in einem Termin mit der Vergütungsabteilung angesprochen, und nichts hat sich bewegt. Du hast nichts gegen einen Regenbogen; du hast etwas gegen einen Regenbogen allein. Du willst nicht das Gesicht der Kampagne sein. Fragt dich jemand, was das Netzwerk will, antworte klar: die Partnerdefinition ändern (das kostet nichts) und den Ausschluss der Behandlungen vor der Verlängerung im September durchrechnen.</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.name">
      <source>Nadia Petrova, social media lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nadia).</extracomment>
      <translation>Nadia Petrova, Leiterin Social Media</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.brief">
      <source>You built this campaign over six weeks and you are proud of it; your brother is gay and Pride matters to you. If the campaign is paused you feel, at first, that you are being accused of something. If you are asked for ideas rather than told off, you have good ones, including how to talk about a policy change in public.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nadia).</extracomment>
      <translation>Du hast diese Kampagne über sechs Wochen aufgebaut und bist stolz darauf; dein Bruder ist schwul, und Pride ist dir wichtig. Wird die Kampagne gestoppt, hast du anfangs das Gefühl, dir werde etwas vorgeworfen. Fragt man dich nach Ideen, statt dich zurechtzuweisen, hast du gute – auch dazu, wie man öffentlich über eine Richtlinienänderung spricht.</translation>
    </message>
    <message id="rainbow-logo.roles.colm.name">
      <source>Colm Doherty, Head of Reward</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role colm).</extracomment>
      <translation>Clemens Dörr, Leiter Vergütung</translation>
    </message>
    <message id="rainbow-logo.roles.colm.brief">
      <source>You are not against changing the cover; you have been told to hold benefit costs flat this year. Adding gender-affirming care would cost roughly £30,000 a year, and the insurer will only change terms at the September renewal. The partner wording, you privately admit, could be fixed in a fortnight at no cost. Answer questions honestly; do not volunteer the cheap fix unless someone separates the two issues.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role colm).</extracomment>
      <translation>Du bist nicht dagegen, die Versicherung zu ändern; man hat dir gesagt, die Kosten für Zusatzleistungen dieses Jahr stabil zu halten. Geschlechtsangleichende Behandlungen aufzunehmen würde rund 30.000 Euro im Jahr kosten, und der Versicherer ändert die Bedingungen nur zur Verlängerung im September. Die Formulierung zur Partnerschaft, das gibst du insgeheim zu, ließe sich in zwei Wochen kostenlos ändern. Beantworte Fragen ehrlich; biete die günstige Lösung nicht von selbst an, es sei denn, jemand trennt die beiden Themen.</translation>
    </message>
    <message id="rainbow-logo.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="rainbow-logo.roles.observer.brief">
      <source>Watch who gets to speak about the policy, and who speaks about the campaign. Use the checklist and write down exact phrases.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte darauf, wer über die Richtlinie sprechen darf und wer über die Kampagne spricht. Nutze die Beobachtungsliste und notiere genaue Formulierungen.</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.1">
      <source>Who mentioned the policy itself (the partner definition, the care exclusion), and who talked only about the campaign?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wer hat die Richtlinie selbst erwähnt (die Partnerdefinition, den Ausschluss der Behandlungen), und wer hat nur über die Kampagne gesprochen?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.2">
      <source>Was the Pride network asked what it wanted, or told what it would get?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wurde das Pride-Netzwerk gefragt, was es will, oder wurde ihm gesagt, was es bekommt?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.3">
      <source>Did anyone separate the change that costs nothing from the change that costs money? When, and what happened next?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat jemand die Änderung, die nichts kostet, von der getrennt, die Geld kostet? Wann, und was geschah dann?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.4">
      <source>Which intervention moves appeared: distract, delegate, document, delay, direct? Notice especially delay (holding the sign-off) and document (the network's written note).</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche Eingreif-Strategien kamen vor: ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen? Achte besonders auf verzögern (die Freigabe zurückhalten) und dokumentieren (die schriftliche Notiz des Netzwerks).</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.5">
      <source>What did each choice cost Hana, and what did it cost Kit?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was hat jede Entscheidung Hana gekostet, und was hat sie Kit gekostet?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.title">
      <source>Campaign sign-off</source>
      <extracomment>Scene heading, shown on the projector (scene sign-off).</extracomment>
      <translation>Freigabe der Kampagne</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.narration">
      <source>Last week of May. Nadia Petrova clicks through the June plan: the logo in rainbow colours on every channel, a &quot;#ProudAtCalder&quot; series of posts, free T-shirts for store staff, and a £5,000 donation to an LGBTQ+ youth charity. Hana Kobayashi is due to approve it today. On her phone is a message Kit Adebayo posted in the Pride network channel this morning: &quot;Please, no rainbow logo while our health cover excludes gender-affirming care and page 14 still defines a partner as someone of the opposite sex.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sign-off).</extracomment>
      <translation>Letzte Maiwoche. Nadia Petrova klickt sich durch den Juni-Plan: das Logo in Regenbogenfarben auf allen Kanälen, eine Post-Reihe unter „#ProudAtCalder“, kostenlose T-Shirts für die Filialbeschäftigten und eine Spende von 5.000 Euro an eine Organisation für LGBTQ+-Jugendliche. Hana Kobayashi soll den Plan heute freigeben. Auf ihrem Handy ist eine Nachricht, die Kit Adebayo heute Morgen im Kanal des Pride-Netzwerks gepostet hat: „Bitte kein Regenbogenlogo, solange unsere Krankenversicherung geschlechtsangleichende Behandlungen ausschließt und auf Seite 14 eine Partnerin oder ein Partner immer noch als Person des anderen Geschlechts definiert ist.“</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.notes">
      <source>Give the group two minutes. Someone will say &quot;but marketing doesn't own benefits&quot;. That is true, so ask who in the company does own the gap between the two. Keep Nadia's role-player in the conversation; she should not become the villain, and the campaign is not a bad piece of work.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sign-off).</extracomment>
      <translation>Geben Sie der Gruppe zwei Minuten. Jemand wird sagen: „Aber für Zusatzleistungen ist das Marketing gar nicht zuständig.“ Das stimmt; fragen Sie also, wer im Unternehmen für die Lücke zwischen beidem zuständig ist. Halten Sie die Person, die Nadia spielt, im Gespräch; sie soll nicht zur Schurkin werden, und die Kampagne ist keine schlechte Arbeit.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.prompt">
      <source>You are Hana. Nadia is waiting for your sign-off. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sign-off).</extracomment>
      <translation>Du bist Hana. Nadia wartet auf deine Freigabe. Was tust du?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.text">
      <source>&quot;Looks great, approved.&quot; Benefits belong to Reward, not to marketing.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option approve). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>„Super, freigegeben.“ Leistungen sind Sache der Vergütung, nicht des Marketings.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.why">
      <source>The boundary between teams is real. But the people who raised the problem get a rainbow instead of a reply.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option approve).</extracomment>
      <translation>Die Grenze zwischen Teams ist real. Aber die Menschen, die das Problem angesprochen haben, bekommen einen Regenbogen statt einer Antwort.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.text">
      <source>Approve it, double the charity donation, and write a personal post on your own LinkedIn about why Pride matters to you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option amplify). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Freigeben, die Spende verdoppeln und auf deinem eigenen LinkedIn persönlich posten, warum dir Pride wichtig ist.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.why">
      <source>The donation does real good outside the company. Inside it, the visible support grows while the policy Kit named stays untouched, and your name is now on the gesture.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option amplify).</extracomment>
      <translation>Die Spende bewirkt außerhalb des Unternehmens echtes Gutes. Innen wächst die sichtbare Unterstützung, während die Richtlinie, die Kit benannt hat, unangetastet bleibt – und jetzt steht dein Name auf der Geste.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.text">
      <source>&quot;Let's hold this for two days. Nadia, could we take the plan to the Pride network and ask what would make June mean something to them? I'll reply to Kit now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option ask-network). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>„Halten wir das zwei Tage an. Nadia, können wir den Plan dem Pride-Netzwerk zeigen und fragen, was den Juni für sie bedeutsam machen würde? Ich antworte Kit gleich.“</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.why">
      <source>You pause a public gesture long enough to hear the people it is meant for, at the cost of a tight deadline and some of Nadia's goodwill.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option ask-network).</extracomment>
      <translation>Du hältst eine öffentliche Geste lange genug an, um die Menschen zu hören, für die sie gedacht ist – um den Preis einer knappen Frist und eines Teils von Nadias Wohlwollen.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.text">
      <source>&quot;I won't sign off a rainbow logo while our own booklet says this. I'll take the partner definition and the care exclusion to the executive team this week. If we can't change them before June, we launch later, with the change.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option link-to-policy). Shown on a phone button: keep it short, about 226 characters like the English.</extracomment>
      <translation>„Ich gebe kein Regenbogenlogo frei, solange in unserer eigenen Broschüre so etwas steht. Ich bringe Partnerdefinition und Behandlungsausschluss diese Woche in die Geschäftsleitung. Geht das nicht vor Juni, starten wir später – mit der Änderung.“</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.why">
      <source>You use your sign-off and your seat on the executive team to tie the gesture to a policy change, accepting a delayed campaign and a hard conversation with Finance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option link-to-policy).</extracomment>
      <translation>Du nutzt deine Freigabe und deinen Sitz in der Geschäftsleitung, um die Geste an eine Richtlinienänderung zu knüpfen, und nimmst eine verschobene Kampagne und ein schwieriges Gespräch mit den Finanzen in Kauf.</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.title">
      <source>1 June</source>
      <extracomment>Scene heading, shown on the projector (scene launched).</extracomment>
      <translation>1. Juni</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.narration">
      <source>On 1 June the rainbow logo goes live everywhere, and the first post collects thousands of likes. By lunchtime, a former employee has replied underneath with a photo of page 14 of the benefits booklet, the partner definition circled in red. The reply gets more likes than the post. In the Pride network channel, Kit writes: &quot;Well. We did ask.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launched).</extracomment>
      <translation>Am 1. Juni geht das Regenbogenlogo überall online, und der erste Post sammelt Tausende Likes. Bis zum Mittag hat ein ehemaliger Mitarbeiter darunter mit einem Foto von Seite 14 der Leistungsbroschüre geantwortet, die Partnerdefinition rot eingekreist. Die Antwort bekommt mehr Likes als der Post. Im Kanal des Pride-Netzwerks schreibt Kit: „Tja. Wir hatten darum gebeten.“</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.notes">
      <source>Keep it factual. If a participant says &quot;that could happen to any company&quot;, agree; that is why it is worth rehearsing. Move on after a minute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launched).</extracomment>
      <translation>Bleiben Sie sachlich. Sagt jemand „Das könnte jedem Unternehmen passieren“, stimmen Sie zu; genau deshalb lohnt es sich, es zu üben. Gehen Sie nach einer Minute weiter.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.title">
      <source>Hearts and a screenshot</source>
      <extracomment>Scene heading, shown on the projector (scene amplified).</extracomment>
      <translation>Herzen und ein Screenshot</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.narration">
      <source>Hana's post does well: former colleagues leave hearts, and the charity thanks the company by name. In the Pride network channel, someone shares her post next to a photo of page 14 of the benefits booklet, with no comment. Kit reacts to neither. Two members quietly leave the channel that week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene amplified).</extracomment>
      <translation>Hanas Post kommt gut an: Ehemalige Kolleginnen und Kollegen hinterlassen Herzen, und die Organisation dankt dem Unternehmen namentlich. Im Kanal des Pride-Netzwerks teilt jemand ihren Post neben einem Foto von Seite 14 der Leistungsbroschüre, kommentarlos. Kit reagiert auf keins von beiden. Zwei Mitglieder verlassen in dieser Woche still den Kanal.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.notes">
      <source>Someone who picked this may bristle: &quot;so giving to charity is bad now?&quot; No, and say so. Then ask Kit's role-player how it felt to read Hana's post that morning. The gap between the two is the learning.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene amplified).</extracomment>
      <translation>Wer das gewählt hat, reagiert vielleicht gereizt: „Spenden ist jetzt also schlecht?“ Nein, und sagen Sie das auch. Fragen Sie dann die Person, die Kit spielt, wie es sich angefühlt hat, Hanas Post an diesem Morgen zu lesen. Die Lücke zwischen beidem ist das Lernmoment.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.title">
      <source>What the network asked for</source>
      <extracomment>Scene heading, shown on the projector (scene listened).</extracomment>
      <translation>Worum das Netzwerk gebeten hat</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.narration">
      <source>Nadia is frustrated, since the agency has already been paid for the artwork, but she comes to the meeting. The network's members are clear: they are not against a rainbow, only against a rainbow by itself. They ask for two things: rewrite the partner definition, which costs nothing, and cost the care cover in time for the September renewal. Nadia suggests a June post that says exactly that, and the logo waits until the wording has changed.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene listened).</extracomment>
      <translation>Nadia ist frustriert, weil die Agentur für die Gestaltung schon bezahlt ist, aber sie kommt zum Treffen. Die Mitglieder des Netzwerks sind deutlich: Sie haben nichts gegen einen Regenbogen, nur gegen einen Regenbogen allein. Sie bitten um zwei Dinge: die Partnerdefinition neu zu schreiben, was nichts kostet, und die Behandlungen rechtzeitig vor der Verlängerung im September durchzurechnen. Nadia schlägt einen Juni-Post vor, der genau das sagt, und das Logo wartet, bis die Formulierung geändert ist.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.notes">
      <source>Notice the shift: once she is asked rather than overruled, Nadia contributes. Point this out in the debrief. If Kit's role-player wants to push harder than the narration does, let them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene listened).</extracomment>
      <translation>Achten Sie auf die Wende: Sobald sie gefragt statt übergangen wird, bringt sich Nadia ein. Weisen Sie in der Nachbesprechung darauf hin. Will die Person, die Kit spielt, stärker drängen als der Text, lassen Sie sie.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.title">
      <source>The executive meeting</source>
      <extracomment>Scene heading, shown on the projector (scene tied).</extracomment>
      <translation>Die Sitzung der Geschäftsleitung</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.narration">
      <source>At the executive meeting, the finance director asks what the care cover would cost. Colm Doherty from Reward estimates about £30,000 a year and says the insurer only changes terms at the September renewal. The partner wording, he admits, could be fixed in a fortnight. The June campaign is postponed; Nadia is disappointed, and two regional managers ask why their stores are the only ones on the high street without a rainbow.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene tied).</extracomment>
      <translation>In der Sitzung der Geschäftsleitung fragt der Finanzdirektor, was die Behandlungen in der Versicherung kosten würden. Clemens Dörr aus der Vergütung schätzt rund 30.000 Euro im Jahr und sagt, der Versicherer ändere die Bedingungen nur zur Verlängerung im September. Die Formulierung zur Partnerschaft, gibt er zu, ließe sich in zwei Wochen ändern. Die Juni-Kampagne wird verschoben; Nadia ist enttäuscht, und zwei Regionalleiter fragen, warum ausgerechnet ihre Filialen die einzigen in der Einkaufsstraße ohne Regenbogen sind.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.notes">
      <source>Make sure the cost is felt: a delayed campaign, a disappointed colleague, managers asking awkward questions. Ask Nadia's role-player what she would want Hana to say to her now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene tied).</extracomment>
      <translation>Sorgen Sie dafür, dass der Preis spürbar wird: eine verschobene Kampagne, eine enttäuschte Kollegin, Führungskräfte mit unbequemen Fragen. Fragen Sie die Person, die Nadia spielt, was sie jetzt von Hana hören möchte.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.title">
      <source>The renewal</source>
      <extracomment>Scene heading, shown on the projector (scene benefits-review).</extracomment>
      <translation>Die Verlängerung</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.narration">
      <source>Mid-July, and the executive team reviews the insurance renewal. Colm presents two options: renew on current terms, or add gender-affirming care and rewrite the partner definition for roughly £30,000 more a year. The finance director leans towards renewing as it is: &quot;It's a tight year.&quot; The Pride network has sent a short written note asking for the second option and offering to check the new wording.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene benefits-review).</extracomment>
      <translation>Mitte Juli prüft die Geschäftsleitung die Verlängerung der Versicherung. Clemens stellt zwei Optionen vor: zu den bisherigen Bedingungen verlängern oder geschlechtsangleichende Behandlungen aufnehmen und die Partnerdefinition neu schreiben, für rund 30.000 Euro mehr im Jahr. Der Finanzdirektor tendiert dazu, unverändert zu verlängern: „Es ist ein knappes Jahr.“ Das Pride-Netzwerk hat eine kurze schriftliche Notiz geschickt, bittet um die zweite Option und bietet an, die neue Formulierung zu prüfen.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.notes">
      <source>Three to four minutes. This is the private test: no cameras, no likes, just a renewal form. If the group jumps straight to the advocate option, ask where the money comes from and who loses it. If Colm's role-player is asked to separate the two issues, he should answer honestly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene benefits-review).</extracomment>
      <translation>Drei bis vier Minuten. Das ist der Test hinter verschlossenen Türen: keine Kameras, keine Likes, nur ein Verlängerungsformular. Springt die Gruppe direkt zur Option der Stufe „Fürsprechend“, fragen Sie, woher das Geld kommt und wem es fehlt. Wird die Person, die Clemens spielt, gebeten, die beiden Themen zu trennen, soll sie ehrlich antworten.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.prompt">
      <source>You are Hana. The finance director is looking for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene benefits-review).</extracomment>
      <translation>Du bist Hana. Der Finanzdirektor sucht Zustimmung. Was sagst du?</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.text">
      <source>Agree to renew on current terms and revisit it next year, when the numbers look better.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option renew). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Unverändert verlängern und nächstes Jahr neu prüfen, wenn die Zahlen besser aussehen.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.why">
      <source>Cost pressure is real. But &quot;next year&quot; has already been said once, and the people affected will carry the gap for another twelve months.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option renew).</extracomment>
      <translation>Der Kostendruck ist real. Aber „nächstes Jahr“ wurde schon einmal gesagt, und die Betroffenen tragen die Lücke weitere zwölf Monate.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.text">
      <source>&quot;I'm sympathetic to option two, for what it's worth.&quot; Then leave the decision to Finance.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option sympathise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>„Ich habe Sympathie für Option zwei, nur so nebenbei.“ Dann die Entscheidung den Finanzen überlassen.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.why">
      <source>Your view is on record, and it is the right view. But nothing in the room changes because of it, and the decision goes to whoever cares most about the cost.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option sympathise).</extracomment>
      <translation>Deine Meinung steht im Protokoll, und es ist die richtige. Aber im Raum ändert sich dadurch nichts, und die Entscheidung trifft, wem die Kosten am wichtigsten sind.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.text">
      <source>&quot;Let's renew as it is, but announce an inclusive-benefits review, and make it part of next June's campaign.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option announce-review). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>„Verlängern wir unverändert, kündigen aber eine Prüfung inklusiver Leistungen an – als Teil der nächsten Juni-Kampagne.“</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.why">
      <source>An announced review sounds like progress and gives next year's campaign a story. Without a date, an owner or money, it is a promise written for an audience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option announce-review).</extracomment>
      <translation>Eine angekündigte Prüfung klingt nach Fortschritt und gibt der Kampagne im nächsten Jahr eine Geschichte. Ohne Termin, zuständige Person oder Geld ist sie ein Versprechen fürs Publikum.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.text">
      <source>&quot;Before we decide, can we read the network's note properly? And Colm, can we separate the two? If the wording costs nothing, could we agree that today and set a date for the care cover?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option split-and-hear). Shown on a phone button: keep it short, about 186 characters like the English.</extracomment>
      <translation>„Bevor wir entscheiden: Lesen wir die Notiz des Netzwerks richtig? Und Clemens, trennen wir die zwei Punkte? Kostet die Formulierung nichts, beschließen wir sie heute und setzen einen Termin für die Behandlungen.“</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.why">
      <source>You bring the network's voice into the room and split off the change that has no reason to wait, even though the bigger one may slip.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option split-and-hear).</extracomment>
      <translation>Du holst die Stimme des Netzwerks in den Raum und trennst die Änderung ab, für die es keinen Grund zum Warten gibt – auch wenn die größere sich vielleicht verzögert.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.text">
      <source>&quot;I'll put £20,000 of next year's campaign budget towards the cover. I'd rather the money changed the policy than printed more rainbows. Let's approve option two and check our benefits with the network every year.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option fund-it). Shown on a phone button: keep it short, about 213 characters like the English.</extracomment>
      <translation>„Ich gebe 20.000 Euro aus dem Kampagnenbudget des nächsten Jahres für die Versicherung. Lieber ändert das Geld die Richtlinie, als dass es mehr Regenbögen druckt. Beschließen wir Option zwei und prüfen unsere Leistungen jedes Jahr mit dem Netzwerk.“</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.why">
      <source>You move your own budget from image to substance and build a yearly check, so the fix doesn't depend on one person remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option fund-it).</extracomment>
      <translation>Du verschiebst dein eigenes Budget vom Image zur Substanz und baust eine jährliche Prüfung ein, damit die Lösung nicht davon abhängt, dass eine einzelne Person daran denkt.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.title">
      <source>Renewed as it was</source>
      <extracomment>Scene heading, shown on the projector (scene end-renewed).</extracomment>
      <translation>Unverändert verlängert</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.narration">
      <source>The policy renews unchanged in September. Next June the rainbow logo goes up, and Kit asks to step down from the Pride network's committee. In the staff survey, the question about whether the company acts on its values scores lower among LGBTQ+ staff than among any other group.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-renewed).</extracomment>
      <translation>Die Versicherung wird im September unverändert verlängert. Im nächsten Juni geht das Regenbogenlogo online, und Kit bittet darum, aus dem Leitungsteam des Pride-Netzwerks auszuscheiden. In der Mitarbeitendenbefragung schneidet die Frage, ob das Unternehmen nach seinen Werten handelt, bei LGBTQ+-Beschäftigten schlechter ab als bei jeder anderen Gruppe.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.notes">
      <source>Pause before the debrief. Ask the room to name the moment this outcome became likely.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-renewed).</extracomment>
      <translation>Halten Sie vor der Nachbesprechung kurz inne. Bitten Sie die Gruppe, den Moment zu benennen, ab dem dieses Ergebnis wahrscheinlich wurde.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.title">
      <source>Sympathy, minuted</source>
      <extracomment>Scene heading, shown on the projector (scene end-sympathy).</extracomment>
      <translation>Sympathie, zu Protokoll gegeben</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.narration">
      <source>The minutes record &quot;sympathy expressed; renewal approved on current terms&quot;. Kit reads them through the network and notices the word sympathy twice. The network's note is filed, and the following spring it is sent again, almost word for word.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sympathy).</extracomment>
      <translation>Im Protokoll steht: „Sympathie geäußert; Verlängerung zu den bisherigen Bedingungen beschlossen.“ Kit liest es über das Netzwerk und bemerkt das Wort Sympathie zweimal. Die Notiz des Netzwerks wird abgelegt, und im folgenden Frühjahr wird sie noch einmal geschickt, fast wortgleich.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.title">
      <source>A review with no owner</source>
      <extracomment>Scene heading, shown on the projector (scene end-review-announced).</extracomment>
      <translation>Eine Prüfung ohne Zuständige</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.narration">
      <source>The review is announced in the staff newsletter, framed in rainbow colours. Months pass and no review meeting is scheduled. When next June's campaign mentions &quot;reviewing our benefits&quot;, two network members ask in the company channel who is doing the reviewing, and nobody answers for a week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-review-announced).</extracomment>
      <translation>Die Prüfung wird im Mitarbeitenden-Newsletter angekündigt, mit Regenbogenrahmen. Monate vergehen, und kein Prüftermin wird angesetzt. Als die Juni-Kampagne im nächsten Jahr erwähnt, man „prüfe die eigenen Leistungen“, fragen zwei Mitglieder des Netzwerks im Unternehmenskanal, wer da eigentlich prüft – und eine Woche lang antwortet niemand.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.notes">
      <source>This one often surprises people, because the option sounded constructive. Ask what would have turned the announcement into a commitment: an owner, a date, a budget.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-review-announced).</extracomment>
      <translation>Dieses Ende überrascht oft, weil die Option konstruktiv klang. Fragen Sie, was aus der Ankündigung eine Verpflichtung gemacht hätte: eine zuständige Person, ein Termin, ein Budget.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.title">
      <source>Half a win</source>
      <extracomment>Scene heading, shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>Ein halber Erfolg</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.narration">
      <source>The partner definition is rewritten within a month, and three staff add their partners to their cover without filling in an exception form. The care cover is held over to the next renewal, with Colm named as owner and a date in the diary. Kit calls it half a win, and says half is more than the network has had in three years.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>Die Partnerdefinition wird innerhalb eines Monats neu geschrieben, und drei Beschäftigte nehmen ihre Partnerin oder ihren Partner in die Versicherung auf, ohne einen Ausnahmeantrag auszufüllen. Die Behandlungen werden auf die nächste Verlängerung vertagt – mit Clemens als Zuständigem und einem festen Termin im Kalender. Kit nennt es einen halben Erfolg und sagt, eine Hälfte sei mehr, als das Netzwerk in drei Jahren bekommen habe.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.title">
      <source>Smaller campaign, different policy</source>
      <extracomment>Scene heading, shown on the projector (scene end-funded).</extracomment>
      <translation>Kleinere Kampagne, andere Richtlinie</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.narration">
      <source>The finance director agrees, on condition that marketing spends less next year, which means a much smaller June campaign. In September the new cover takes effect, and the network checks the wording before it goes out. Next June the logo does turn rainbow, with a link to the policy, and Kit writes the post himself, because this time he wants to.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-funded).</extracomment>
      <translation>Der Finanzdirektor stimmt zu, unter der Bedingung, dass das Marketing nächstes Jahr weniger ausgibt – was eine deutlich kleinere Juni-Kampagne bedeutet. Im September tritt der neue Versicherungsschutz in Kraft, und das Netzwerk prüft die Formulierung, bevor sie veröffentlicht wird. Im nächsten Juni bekommt das Logo tatsächlich Regenbogenfarben, mit einem Link zur Richtlinie, und Kit schreibt den Post selbst – weil er es diesmal will.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.notes">
      <source>Name the cost: Nadia's next campaign will be half the size. Ask her role-player how she feels about that trade now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-funded).</extracomment>
      <translation>Benennen Sie den Preis: Nadias nächste Kampagne wird nur halb so groß. Fragen Sie die Person, die sie spielt, wie sie diesen Tausch jetzt sieht.</translation>
    </message>
    <message id="rainbow-logo.debrief.what.1">
      <source>What did the Pride network ask for, and what did it get on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Worum hat das Pride-Netzwerk gebeten, und was hat es auf unserem Weg bekommen?</translation>
    </message>
    <message id="rainbow-logo.debrief.what.2">
      <source>When did the campaign and the policy get discussed in the same breath, and when were they kept apart?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wann wurden Kampagne und Richtlinie in einem Atemzug besprochen, und wann wurden sie getrennt gehalten?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.1">
      <source>Why might staff trust a company less after a public gesture than before it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum vertrauen Beschäftigte einem Unternehmen nach einer öffentlichen Geste womöglich weniger als vorher?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.2">
      <source>Which option felt most like support at the time, and does it still, now you have seen where it led?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Welche Option hat sich im Moment am meisten nach Unterstützung angefühlt – und tut sie das noch, jetzt, wo ihr gesehen habt, wohin sie geführt hat?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.1">
      <source>Think of a public gesture your organisation makes each year. Which internal policy would make it true?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Denkt an eine öffentliche Geste, die eure Organisation jedes Jahr macht. Welche interne Richtlinie würde sie glaubwürdig machen?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.2">
      <source>Who in your organisation could you ask, before the next awareness month, what would actually help?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wen in eurer Organisation könntet ihr vor dem nächsten Aktionsmonat fragen, was wirklich helfen würde?</translation>
    </message>
    <message id="rainbow-logo.sources.1.title">
      <source>Workplace allyship practice: tie public gestures to policy change, not the other way round</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: öffentliche Gesten an Änderungen der Richtlinien knüpfen, nicht umgekehrt</translation>
    </message>
    <message id="rainbow-logo.sources.1.note">
      <source>Drawn from writing on performative allyship that names awareness-month gestures with no accompanying change in benefits or policy as one of its most recognisable forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Grundlage sind Texte über performative Allyship, die Gesten in Aktionsmonaten ohne begleitende Änderung bei Leistungen oder Richtlinien als eine ihrer bekanntesten Formen nennen.</translation>
    </message>
    <message id="stretch-project.title">
      <source>Who gets Meridian?</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Wer bekommt Meridian?</translation>
    </message>
    <message id="stretch-project.summary">
      <source>A director asks her managers for someone to lead a high-visibility project, and the usual name comes up at once. The group decides whether a manager puts forward a talented analyst who has never been considered, and what they say when she asks how people get picked.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Eine Direktorin bittet ihre Führungskräfte um jemanden, der ein sehr sichtbares Projekt leitet, und sofort fällt der übliche Name. Die Gruppe entscheidet, ob eine Führungskraft eine talentierte Analystin vorschlägt, die noch nie in Betracht gezogen wurde, und was sie sagt, als diese fragt, wie Leute eigentlich ausgewählt werden.</translation>
    </message>
    <message id="stretch-project.content_note">
      <source>This role-play includes a skilled analyst being overlooked for a high-profile project that keeps going to the same few people, and talk of adding her for &quot;diversity&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In diesem Rollenspiel wird eine fähige Analystin bei einem sehr sichtbaren Projekt übergangen, das immer an dieselben wenigen Leute geht, und es ist die Rede davon, sie der „Vielfalt“ wegen dazuzuholen.</translation>
    </message>
    <message id="stretch-project.roles.harpreet.name">
      <source>Harpreet Kaur Sandhu, senior planning analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role harpreet).</extracomment>
      <translation>Harpreet Kaur Sandhu, Senior-Planungsanalystin</translation>
    </message>
    <message id="stretch-project.roles.harpreet.brief">
      <source>You have been in the team four years and rebuilt its forecasting model last year. You did a leadership course in your own time. You have watched the same few people lead every visible project, and you have stopped assuming it will ever be you, though you have not said so. If asked what you want, be honest: you want the project, and you need your Tuesday finish time protected for a family commitment.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role harpreet).</extracomment>
      <translation>Du bist seit vier Jahren im Team und hast letztes Jahr das Prognosemodell neu aufgebaut. In deiner Freizeit hast du eine Führungsweiterbildung gemacht. Du hast zugesehen, wie immer dieselben paar Leute jedes sichtbare Projekt leiten, und du rechnest nicht mehr damit, dass du je dran bist, auch wenn du das nie gesagt hast. Wenn man dich fragt, was du willst, sei ehrlich: Du willst das Projekt, und du musst dienstags pünktlich Schluss machen können, wegen einer familiären Verpflichtung.</translation>
    </message>
    <message id="stretch-project.roles.catherine.name">
      <source>Catherine Doyle, director of planning</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role catherine).</extracomment>
      <translation>Katharina Dietz, Direktorin Planung</translation>
    </message>
    <message id="stretch-project.roles.catherine.brief">
      <source>You need Meridian to succeed and you reach for people you already know can deliver. You do not know Harpreet's work. You respond well to a specific case with evidence, and badly to anything that sounds like box ticking.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role catherine).</extracomment>
      <translation>Meridian muss ein Erfolg werden, und du greifst auf Leute zurück, von denen du schon weißt, dass sie liefern. Harpreets Arbeit kennst du nicht. Auf einen konkreten, belegten Vorschlag reagierst du gut, auf alles, was nach Abhaken einer Quote klingt, schlecht.</translation>
    </message>
    <message id="stretch-project.roles.anders.name">
      <source>Anders Holm, operations manager (peer of the responder)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role anders).</extracomment>
      <translation>Andreas Holm, Operations-Manager (auf gleicher Ebene wie die antwortende Person)</translation>
    </message>
    <message id="stretch-project.roles.anders.brief">
      <source>Ben Carter is in your team and you are proud of him. Putting him forward is loyalty, not exclusion. If someone proposes another name, push back once (&quot;Ben's done this before&quot;), then accept a good argument.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role anders).</extracomment>
      <translation>Ben Kramer ist in deinem Team, und du bist stolz auf ihn. Ihn vorzuschlagen ist Loyalität, kein Ausschluss. Wenn jemand einen anderen Namen vorschlägt, widersprich einmal („Ben hat das schon mal gemacht“) und lass dich dann von einem guten Argument überzeugen.</translation>
    </message>
    <message id="stretch-project.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Beobachtung</translation>
    </message>
    <message id="stretch-project.roles.observer.brief">
      <source>Watch how names get suggested: who speaks first, what evidence is given, and whose voice is in the room. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Achte darauf, wie Namen vorgeschlagen werden: wer zuerst spricht, welche Belege genannt werden und wessen Stimme im Raum ist. Nutze die Beobachtungsliste.</translation>
    </message>
    <message id="stretch-project.observer_checklist.1">
      <source>What evidence was offered for Ben, and what evidence was offered for Harpreet?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche Belege wurden für Ben genannt, und welche für Harpreet?</translation>
    </message>
    <message id="stretch-project.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use? Did anyone ask to delay the decision until more names were considered?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welche der fünf Eingreif-Strategien (ablenken, delegieren, dokumentieren, verzögern, direkt ansprechen) hat die antwortende Person genutzt? Hat jemand darum gebeten, die Entscheidung zu vertagen, bis weitere Namen geprüft sind?</translation>
    </message>
    <message id="stretch-project.observer_checklist.3">
      <source>Did the responder ask Harpreet what she wanted, or decide on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hat die antwortende Person Harpreet gefragt, was sie möchte, oder für sie entschieden?</translation>
    </message>
    <message id="stretch-project.observer_checklist.4">
      <source>What did the responder risk or give up by putting Harpreet forward?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was hat die antwortende Person riskiert oder aufgegeben, indem sie Harpreet vorgeschlagen hat?</translation>
    </message>
    <message id="stretch-project.observer_checklist.5">
      <source>Was the way people get chosen for projects questioned, or only this one choice?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wurde infrage gestellt, wie Leute für Projekte ausgewählt werden, oder nur diese eine Wahl?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.title">
      <source>Monday, the managers' meeting</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Montag, Runde der Führungskräfte</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.narration">
      <source>Catherine: &quot;Meridian kicks off next month. Six months, two days a week, reporting straight to the executive team. I need a lead by Friday. Names?&quot; Anders doesn't hesitate: &quot;Ben, surely. He did the last two and the execs know him.&quot; Catherine nods, &quot;Good shout. Anyone else?&quot; and glances round the table.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Katharina: „Meridian startet nächsten Monat. Sechs Monate, zwei Tage pro Woche, Berichtslinie direkt an die Geschäftsleitung. Ich brauche bis Freitag eine Projektleitung. Vorschläge?“ Andreas zögert nicht: „Ben, oder? Er hat die letzten beiden gemacht, und die Geschäftsleitung kennt ihn.“ Katharina nickt: „Guter Punkt. Noch jemand?“, und blickt in die Runde.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.notes">
      <source>Before the prompt, remind the group of the responder's position: they manage Harpreet, she rebuilt the forecasting model Meridian depends on, and losing her for two days a week would hurt their busiest quarter. That cost is real; let participants feel it rather than wishing it away.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-meeting).</extracomment>
      <translation>Erinnern Sie die Gruppe vor der Frage an die Position der antwortenden Person: Sie ist Harpreets Führungskraft, Harpreet hat das Prognosemodell neu aufgebaut, auf dem Meridian beruht, und sie zwei Tage pro Woche zu verlieren, würde im arbeitsreichsten Quartal wehtun. Dieser Preis ist real; lassen Sie die Teilnehmenden ihn spüren, statt ihn wegzuwünschen.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.prompt">
      <source>You manage Harpreet. Nobody has mentioned her, and you would lose her for two days a week in your busiest quarter. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-meeting).</extracomment>
      <translation>Du bist Harpreets Führungskraft. Niemand hat sie erwähnt, und du würdest sie in deinem arbeitsreichsten Quartal zwei Tage pro Woche verlieren. Was tust du?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.text">
      <source>Say nothing. Ben is capable, and you need Harpreet on the Q3 forecast.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option stay-quiet). Shown on a phone button: keep it short, about 70 characters like the English.</extracomment>
      <translation>Nichts sagen. Ben kann das, und du brauchst Harpreet für die Q3-Prognose.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.why">
      <source>Protecting your team's delivery is a real pressure, and it means the person best placed to propose Harpreet stays silent.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option stay-quiet).</extracomment>
      <translation>Die Lieferfähigkeit des eigenen Teams zu schützen ist ein echter Druck, und so bleibt ausgerechnet die Person still, die Harpreet am besten vorschlagen könnte.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.text">
      <source>&quot;Ben's great. Harpreet could be good for something like this too, down the line.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option down-the-line). Shown on a phone button: keep it short, about 81 characters like the English.</extracomment>
      <translation>„Ben ist super. Harpreet könnte für so etwas irgendwann auch gut sein.“</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.why">
      <source>You say her name, which counts, but you frame her as a future option so it costs nothing today.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option down-the-line).</extracomment>
      <translation>Du nennst ihren Namen, und das zählt, aber du stellst sie als Option für später dar, damit es heute nichts kostet.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.text">
      <source>&quot;I'd love Meridian to have more diverse faces on it. Could Harpreet shadow Ben? It'd show we take inclusion seriously.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option shadow). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>„Ich fände mehr Vielfalt bei Meridian toll. Könnte Harpreet Ben begleiten? Das würde zeigen, dass wir Inklusion ernst nehmen.“</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.why">
      <source>It sounds supportive and gets her in the room, but as an extra rather than a lead, and on the basis of how it looks.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option shadow).</extracomment>
      <translation>Das klingt unterstützend und bringt sie in den Raum, aber als Beiwerk statt als Leitung, und wegen der Außenwirkung.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.text">
      <source>&quot;I'd like to put Harpreet Sandhu forward. She rebuilt the forecasting model Meridian runs on. I'll find cover for her Q3 work.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option put-her-forward). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>„Ich schlage Harpreet Sandhu vor. Sie hat das Prognosemodell neu gebaut, auf dem Meridian läuft. Für ihre Q3-Arbeit finde ich eine Vertretung.“</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.why">
      <source>You use your seat at the table to name her, give evidence, and take the cost on your own team rather than hers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option put-her-forward).</extracomment>
      <translation>Du nutzt deinen Platz am Tisch, um sie zu nennen, lieferst Belege und trägst den Preis in deinem eigenen Team statt in ihrem.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Nach dem Meeting</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.narration">
      <source>Catherine writes &quot;Ben?&quot; in her notebook: &quot;I'll confirm Friday.&quot; Anders says, &quot;Sorted.&quot; Your Q3 plan stays intact. Harpreet's name is not mentioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Katharina schreibt „Ben?“ in ihr Notizbuch: „Ich bestätige am Freitag.“ Andreas sagt: „Erledigt.“ Deine Q3-Planung bleibt intakt. Harpreets Name fällt nicht.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.notes">
      <source>A quiet outcome. Ask the group who in the room was the only person able to say her name, and how often that is true of a line manager.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-pencilled).</extracomment>
      <translation>Ein leiser Ausgang. Fragen Sie die Gruppe, wer im Raum die einzige Person war, die ihren Namen hätte nennen können, und wie oft das für eine direkte Führungskraft zutrifft.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Nach dem Meeting</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.narration">
      <source>Catherine smiles: &quot;Noted, maybe for the next one.&quot; She writes &quot;Ben&quot; and underlines it. Anders says, &quot;Harpreet's great, by the way,&quot; on the way out, and you both go to lunch.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Katharina lächelt: „Notiert, vielleicht beim nächsten Mal.“ Sie schreibt „Ben“ und unterstreicht es. Auf dem Weg nach draußen sagt Andreas: „Harpreet ist übrigens toll“, und ihr geht zusammen zum Mittagessen.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.notes">
      <source>Ask what &quot;down the line&quot; did to Harpreet's chances this time, and whether there is ever a &quot;next one&quot; for someone who is not named now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene maybe-next-time).</extracomment>
      <translation>Fragen Sie, was „irgendwann“ diesmal mit Harpreets Chancen gemacht hat und ob es für jemanden, der jetzt nicht genannt wird, überhaupt je ein „nächstes Mal“ gibt.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene shadow-role).</extracomment>
      <translation>Nach dem Meeting</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.narration">
      <source>Catherine likes it: &quot;Great, Harpreet can support Ben. Notes, the risk log, that sort of thing.&quot; Anders says it will be &quot;good exposure for her&quot;. Ben is pencilled in as lead.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene shadow-role).</extracomment>
      <translation>Katharina gefällt das: „Gut, Harpreet kann Ben unterstützen. Protokolle, das Risikoregister, so etwas.“ Andreas sagt, das sei „gute Sichtbarkeit für sie“. Ben wird als Leitung vorgemerkt.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.notes">
      <source>Participants may see this as a win. Ask what a shadow role with admin tasks tells the executive team about Harpreet.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene shadow-role).</extracomment>
      <translation>Teilnehmende sehen das vielleicht als Erfolg. Fragen Sie, was eine Begleitrolle mit Verwaltungsaufgaben der Geschäftsleitung über Harpreet sagt.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-named).</extracomment>
      <translation>Nach dem Meeting</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.narration">
      <source>Anders pushes back: &quot;Ben's done this twice, though.&quot; Catherine: &quot;I don't know Harpreet's work. Send me two lines by Thursday and I'll decide Friday.&quot; Later, your own manager asks how you plan to cover the Q3 forecast, and you don't have a full answer yet.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-named).</extracomment>
      <translation>Andreas widerspricht: „Ben hat das aber schon zweimal gemacht.“ Katharina: „Ich kenne Harpreets Arbeit nicht. Schick mir bis Donnerstag zwei Zeilen, und ich entscheide am Freitag.“ Später fragt deine eigene Führungskraft, wie du die Q3-Prognose abdecken willst, und du hast noch keine vollständige Antwort.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.notes">
      <source>Name the cost: extra work, a slightly tense moment with a peer, a gap in your plan. Ask participants whether they have paid a cost like this, and whether it was worth it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-named).</extracomment>
      <translation>Benennen Sie den Preis: Mehrarbeit, ein leicht angespannter Moment mit einem Kollegen auf gleicher Ebene, eine Lücke in der eigenen Planung. Fragen Sie die Teilnehmenden, ob sie schon einmal einen solchen Preis bezahlt haben und ob es sich gelohnt hat.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.title">
      <source>Wednesday, your 1:1 with Harpreet</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Mittwoch, dein Einzelgespräch mit Harpreet</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.narration">
      <source>Near the end, Harpreet says, &quot;I heard Meridian came up on Monday. I'd love to lead something like that one day. I never really know how people get picked for those.&quot; Catherine decides on Friday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Gegen Ende sagt Harpreet: „Ich habe gehört, dass Meridian am Montag Thema war. Ich würde so etwas gern mal leiten. Ich weiß nie so richtig, wie Leute dafür ausgewählt werden.“ Katharina entscheidet am Freitag.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.notes">
      <source>The second decision is the same on every path: nothing is final until Friday. In triads, let the person playing Harpreet answer honestly if they are asked what they want. Watch for responders who promise things without asking.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-one-to-one).</extracomment>
      <translation>Die zweite Entscheidung ist auf jedem Weg dieselbe: Bis Freitag ist nichts endgültig. Lassen Sie in den Dreiergruppen die Person, die Harpreet spielt, ehrlich antworten, wenn sie gefragt wird, was sie will. Achten Sie auf antwortende Personen, die Dinge versprechen, ohne zu fragen.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.prompt">
      <source>Harpreet has raised it herself. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene harpreet-one-to-one).</extracomment>
      <translation>Harpreet hat es selbst angesprochen. Was sagst du?</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.text">
      <source>&quot;Honestly, it's mostly whoever's been around longest. Your time will come.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option your-time). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>„Ehrlich gesagt ist es meistens, wer am längsten dabei ist. Deine Zeit kommt noch.“</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.why">
      <source>It is meant as reassurance, and it describes an unwritten rule as if it were fair and fixed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option your-time).</extracomment>
      <translation>Es ist als Beruhigung gemeint und beschreibt eine ungeschriebene Regel, als wäre sie fair und unveränderlich.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.text">
      <source>&quot;You'd be great. If you want to go for the next one, just let me know.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option let-me-know). Shown on a phone button: keep it short, about 71 characters like the English.</extracomment>
      <translation>„Du wärst super. Willst du dich fürs nächste bewerben, sag mir einfach Bescheid.“</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.why">
      <source>Encouraging, but it puts the work of asking on her, inside a system where nobody has ever had to ask.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option let-me-know).</extracomment>
      <translation>Ermutigend, aber die Arbeit des Fragens liegt bei ihr, in einem System, in dem nie jemand fragen musste.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.text">
      <source>&quot;I'll give you a shout-out at the all-hands for the forecasting work. People should know what you've done.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option shout-out). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>„Ich erwähne dich im All-Hands-Meeting für die Prognosearbeit. Die Leute sollten wissen, was du geleistet hast.“</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.why">
      <source>Public praise is pleasant and visible, but applause is not a role, and Meridian still goes to Ben.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option shout-out).</extracomment>
      <translation>Öffentliches Lob ist angenehm und sichtbar, aber Applaus ist keine Rolle, und Meridian geht trotzdem an Ben.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.text">
      <source>&quot;What would you want from it, and what would make it workable for you?&quot; Then send Catherine Harpreet's case before Friday, built on what she said.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option ask-and-back). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>„Was würdest du dir davon wünschen, und was bräuchtest du, damit es machbar ist?“ Dann Katharina vor Freitag Harpreets Fall schicken, gestützt auf ihre Antwort.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.why">
      <source>You ask before acting, then use your access to put her forward on her own terms, with evidence.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option ask-and-back).</extracomment>
      <translation>Du fragst, bevor du handelst, und nutzt dann deinen Zugang, um sie zu ihren eigenen Bedingungen und mit Belegen vorzuschlagen.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.text">
      <source>Do the same, and ask Catherine to advertise future stretch projects in an open call with stated criteria, and to look at who has led them over the last two years.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option open-call). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Dasselbe tun und Katharina bitten, künftige Entwicklungsprojekte offen mit klaren Kriterien auszuschreiben und zu prüfen, wer sie in den letzten zwei Jahren geleitet hat.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.why">
      <source>You back Harpreet now and change how the next opportunity is given out, so it depends less on who has a manager willing to speak.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option open-call).</extracomment>
      <translation>Du unterstützt Harpreet jetzt und änderst, wie die nächste Chance vergeben wird, damit es weniger davon abhängt, wer eine Führungskraft hat, die sich zu Wort meldet.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene ben-leads).</extracomment>
      <translation>Sechs Monate später</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.narration">
      <source>Ben leads Meridian and presents the results to the executive team. He is promoted in the spring round. Harpreet keeps the forecast running and updates her CV.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-leads).</extracomment>
      <translation>Ben leitet Meridian und präsentiert der Geschäftsleitung die Ergebnisse. In der Frühjahrsrunde wird er befördert. Harpreet hält die Prognose am Laufen und aktualisiert ihren Lebenslauf.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.notes">
      <source>Ask the group what Harpreet has learnt about how things work here, and who taught it to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-leads).</extracomment>
      <translation>Fragen Sie die Gruppe, was Harpreet darüber gelernt hat, wie die Dinge hier laufen, und wer es ihr beigebracht hat.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene next-time).</extracomment>
      <translation>Sechs Monate später</translation>
    </message>
    <message id="stretch-project.scenes.next-time.narration">
      <source>Harpreet says, &quot;Thanks, I will.&quot; She does not know when &quot;the next one&quot; is, and nobody tells her. The next project is handed out in a corridor conversation before she hears it exists.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene next-time).</extracomment>
      <translation>Harpreet sagt: „Danke, mache ich.“ Sie weiß nicht, wann „das nächste“ ist, und niemand sagt es ihr. Das nächste Projekt wird in einem Flurgespräch vergeben, bevor sie überhaupt hört, dass es existiert.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.notes">
      <source>Ask what it would take for &quot;let me know&quot; to work in this organisation, and whether it ever does.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene next-time).</extracomment>
      <translation>Fragen Sie, was nötig wäre, damit „sag mir Bescheid“ in dieser Organisation funktioniert, und ob es das je tut.</translation>
    </message>
    <message id="stretch-project.scenes.applause.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene applause).</extracomment>
      <translation>Sechs Monate später</translation>
    </message>
    <message id="stretch-project.scenes.applause.narration">
      <source>At the all-hands you thank Harpreet for the forecasting model, and there is warm applause. Meridian goes to Ben. When an executive later asks who built the model Meridian relies on, Ben answers, correctly, &quot;Harpreet, in planning,&quot; and the executive says, &quot;Should we get her on it?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene applause).</extracomment>
      <translation>Im All-Hands-Meeting dankst du Harpreet für das Prognosemodell, und es gibt herzlichen Applaus. Meridian geht an Ben. Als jemand aus der Geschäftsleitung später fragt, wer das Modell gebaut hat, auf dem Meridian beruht, antwortet Ben zutreffend: „Harpreet, aus der Planung“, und die Person aus der Geschäftsleitung sagt: „Sollten wir sie nicht ins Projekt holen?“</translation>
    </message>
    <message id="stretch-project.scenes.applause.notes">
      <source>The irony lands for most groups. Ask why praise in public and opportunity in private are so often separated.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene applause).</extracomment>
      <translation>Die Ironie kommt bei den meisten Gruppen an. Fragen Sie, warum Lob in der Öffentlichkeit und Chancen im Hintergrund so oft getrennt sind.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Sechs Monate später</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.narration">
      <source>Harpreet tells you she wants it, and that her Tuesday finish is fixed. Your note to Catherine covers both. Catherine meets her on Thursday and gives her the lead; Ben takes the next one. You spend three late evenings covering the Q3 forecast. Meridian lands well, and Harpreet presents it to the executive team herself.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Harpreet sagt dir, dass sie es will und dass ihr Feierabend am Dienstag feststeht. Deine Notiz an Katharina deckt beides ab. Katharina trifft sie am Donnerstag und überträgt ihr die Leitung; Ben übernimmt das nächste Projekt. Du verbringst drei lange Abende damit, die Q3-Prognose abzudecken. Meridian läuft gut, und Harpreet präsentiert es der Geschäftsleitung selbst.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.notes">
      <source>Highlight the question the responder asked first. Ask what might have gone wrong if they had simply nominated her without asking about Tuesdays.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-leads).</extracomment>
      <translation>Heben Sie die Frage hervor, die die antwortende Person zuerst gestellt hat. Fragen Sie, was hätte schiefgehen können, wenn sie Harpreet einfach vorgeschlagen hätte, ohne nach den Dienstagen zu fragen.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Sechs Monate später</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.narration">
      <source>Harpreet leads Meridian. Catherine's review shows that the same four people led eight of the last nine projects; she is uncomfortable, and she starts an open call with criteria. Anders grumbles that it slows things down. The next call gets eleven applications, including three from people nobody had thought to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Harpreet leitet Meridian. Katharinas Auswertung zeigt, dass dieselben vier Leute acht der letzten neun Projekte geleitet haben; das ist ihr unangenehm, und sie startet eine offene Ausschreibung mit Kriterien. Andreas murrt, das mache alles langsamer. Auf die nächste Ausschreibung kommen elf Bewerbungen, darunter drei von Leuten, die niemand zu fragen bedacht hatte.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.notes">
      <source>Ask what data each participant could look at in their own area: who got the last five visible pieces of work? Finish by asking what they would do with the answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene open-call-adopted).</extracomment>
      <translation>Fragen Sie, welche Daten sich die Teilnehmenden in ihrem eigenen Bereich ansehen könnten: Wer hat die letzten fünf sichtbaren Aufgaben bekommen? Fragen Sie zum Schluss, was sie mit der Antwort tun würden.</translation>
    </message>
    <message id="stretch-project.debrief.what.1">
      <source>What made Ben's name come up first, and what made Harpreet's not come up at all?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Warum fiel Bens Name zuerst, und warum fiel Harpreets Name gar nicht?</translation>
    </message>
    <message id="stretch-project.debrief.what.2">
      <source>What did putting Harpreet forward cost the responder, and what did staying quiet cost Harpreet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Was hat es die antwortende Person gekostet, Harpreet vorzuschlagen, und was hat das Schweigen Harpreet gekostet?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.1">
      <source>Why is a line manager often the only person able to name someone for an opportunity?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Warum ist die direkte Führungskraft oft die einzige Person, die jemanden für eine Chance vorschlagen kann?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.2">
      <source>What is the difference between giving someone praise and giving them a platform?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Was ist der Unterschied, ob man jemanden lobt oder ihm eine Bühne gibt?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.1">
      <source>Who in your area is doing excellent work that nobody above you has seen, and what will you do about it this month?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wer in eurem Bereich leistet hervorragende Arbeit, die niemand über euch gesehen hat, und was werdet ihr diesen Monat dafür tun?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.2">
      <source>Before you recommend someone, what will you ask them first?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Was werdet ihr jemanden zuerst fragen, bevor ihr die Person empfehlt?</translation>
    </message>
    <message id="stretch-project.sources.1.title">
      <source>Workplace allyship practice: recommend under-represented colleagues for stretch and high-visibility work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: unterrepräsentierte Kolleginnen und Kollegen für Entwicklungsprojekte und sichtbare Aufgaben empfehlen</translation>
    </message>
    <message id="stretch-project.sources.1.note">
      <source>Based on the practice of actively proposing people who are routinely overlooked for visible projects, and using seniority to open that door.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Beruht auf der Praxis, Menschen aktiv vorzuschlagen, die bei sichtbaren Projekten regelmäßig übersehen werden, und die eigene Position zu nutzen, um ihnen diese Tür zu öffnen.</translation>
    </message>
    <message id="stretch-project.sources.2.title">
      <source>Workplace allyship practice: ask what support someone wants before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship-Praxis am Arbeitsplatz: fragen, welche Unterstützung jemand möchte, bevor man handelt</translation>
    </message>
  </context>
</TS>
