<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name></name>
    <message id="amplify-overlooked-idea.title">
      <source>The idea that got talked over</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>La idea que nadie dejó terminar</translation>
    </message>
    <message id="amplify-overlooked-idea.summary">
      <source>In a quarterly planning meeting, Nkechi starts to share a proposal backed by her own data and is cut off mid-sentence. The group decides what a colleague at the table does in the moment, and again the next day when the manager asks who should lead the work.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>En una reunión de planificación trimestral, Nkechi empieza a presentar una propuesta respaldada por sus propios datos y la interrumpen a media frase. El grupo decide qué hace una persona de la mesa en ese momento, y de nuevo al día siguiente, cuando el responsable pregunta quién debería liderar el trabajo.</translation>
    </message>
    <message id="amplify-overlooked-idea.content_note">
      <source>This role-play includes a colleague being cut off mid-sentence in a meeting, falling silent, and her idea later being credited to someone else.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye a una compañera a la que interrumpen a media frase en una reunión, que se queda callada y cuya idea se atribuye después a otra persona.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.name">
      <source>Nkechi Obi, customer insights analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nkechi).</extracomment>
      <translation>Nkechi Obi, analista de información de clientes</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.brief">
      <source>You joined eight months ago and you are the only Black woman on the product team. You spent two evenings pulling last quarter's support tickets and found that roughly one in five asks where an order is. When you are cut off, you do not fight for the floor; you have learnt that pushing back gets you labelled &quot;intense&quot;. Let the group see you go quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nkechi).</extracomment>
      <translation>Entraste hace ocho meses y eres la única mujer negra del equipo de producto. Dedicaste dos tardes a revisar las incidencias de soporte del último trimestre y descubriste que aproximadamente una de cada cinco pregunta dónde está un pedido. Cuando te interrumpen, no peleas por la palabra: has aprendido que, si insistes, te ponen la etiqueta de «intensa». Deja que el grupo vea cómo te quedas en silencio.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.name">
      <source>Luca Romano, senior platform engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role luca).</extracomment>
      <translation>Luca Romano, ingeniero sénior de plataforma</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.brief">
      <source>You are worried about the database migration and you jump in because the deadline is real, not because you think Nkechi's point is unimportant. Later, a status page seems like an obvious fix to you and you genuinely do not connect it to what she said. If someone points it out, be a little defensive first (&quot;I wasn't trying to steal anything&quot;), then fair.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role luca).</extracomment>
      <translation>Te preocupa la migración de la base de datos y hablas porque el plazo es real, no porque pienses que lo de Nkechi no importa. Más tarde, una página de estado te parece una solución evidente y, de verdad, no la relacionas con lo que dijo ella. Si alguien te lo señala, ponte primero un poco a la defensiva («No intentaba robarle nada a nadie») y después sé justo.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.name">
      <source>Graham Whitlock, head of product</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role graham).</extracomment>
      <translation>Graham Whitlock, director de producto</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.brief">
      <source>You chair the meeting and you are proud of running it to time. You follow whoever sounds most certain, which is usually Luca. You are not hostile to Nkechi; you simply have not noticed the pattern. If a peer names it calmly, you are open to changing how you run the meeting.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role graham).</extracomment>
      <translation>Presides la reunión y te enorgullece terminar a la hora. Sigues a quien suena más seguro, que suele ser Luca. No tienes nada contra Nkechi; sencillamente no te has dado cuenta del patrón. Si alguien de tu nivel te lo señala con calma, estás dispuesto a cambiar tu forma de llevar la reunión.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.brief">
      <source>Watch who speaks, who is cut off and who gets the credit. Note exact words and timings where you can. Use the checklist, and in the debrief report what you saw before what you think.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en quién habla, a quién interrumpen y quién se lleva el mérito. Anota palabras exactas y momentos siempre que puedas. Usa la lista de observación y, en la puesta en común, cuenta primero lo que viste y después lo que piensas.</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.1">
      <source>How many seconds passed between Nkechi being cut off and anyone reacting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuántos segundos pasaron desde que interrumpieron a Nkechi hasta que alguien reaccionó?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it return the floor to Nkechi?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención (distraer, delegar, documentar, retrasar, intervenir directamente) usó la persona que respondió, y le devolvió la palabra a Nkechi?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.3">
      <source>Did the credit for the status-page idea end up with the person who raised it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿El mérito de la idea de la página de estado acabó en manos de quien la propuso?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.4">
      <source>Did anyone check with Nkechi about what she wanted, or act purely on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Alguien le preguntó a Nkechi qué quería, o se actuó solo en su nombre?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.5">
      <source>What did the responder's intervention cost them (time, awkwardness, Luca's goodwill)?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué le costó la intervención a quien respondió (tiempo, incomodidad, la buena disposición de Luca)?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.title">
      <source>Tuesday, quarterly planning</source>
      <extracomment>Scene heading, shown on the projector (scene planning).</extracomment>
      <translation>Martes, planificación trimestral</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.narration">
      <source>Nkechi turns her laptop towards the room. &quot;I went through last quarter's tickets, and about twenty per cent are people asking where their order is, so a simple status page could —&quot; Luca leans in: &quot;Sorry, quick one before we run out of time: we have to decide the migration today.&quot; Graham nods, &quot;Good shout, let's do that,&quot; and Nkechi closes her laptop halfway.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene planning).</extracomment>
      <translation>Nkechi gira el portátil hacia la sala. «He revisado las incidencias del último trimestre y alrededor de un veinte por ciento son personas que preguntan dónde está su pedido, así que una simple página de estado podría…». Luca se inclina hacia delante: «Perdona, una cosa rápida antes de que se nos acabe el tiempo: hoy tenemos que decidir lo de la migración». Graham asiente: «Bien visto, vamos con eso», y Nkechi baja la tapa del portátil hasta la mitad.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.notes">
      <source>Read Luca's interruption at a natural pace, not as a villain line; it should feel like something participants have seen a hundred times. Pause for five seconds after the last sentence before showing the prompt. If someone says &quot;the migration really was urgent&quot;, agree: both things can be true, and the question is whether Nkechi gets to finish.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene planning).</extracomment>
      <translation>Lee la interrupción de Luca a un ritmo natural, no como la frase de un villano; debe sonar a algo que las personas participantes han visto cien veces. Haz una pausa de cinco segundos después de la última frase antes de mostrar la pregunta. Si alguien dice que «la migración sí era urgente», dale la razón: las dos cosas pueden ser ciertas, y la cuestión es si Nkechi llega a terminar.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.prompt">
      <source>You are a peer of Luca's, sitting opposite Nkechi. What do you do in the next minute?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene planning).</extracomment>
      <translation>Tienes el mismo nivel que Luca y te sientas frente a Nkechi. ¿Qué haces en el próximo minuto?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.text">
      <source>Say nothing. The migration is genuinely urgent and Graham is chairing, so it is his call.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option let-it-go). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>No decir nada. La migración es urgente de verdad y Graham preside: le toca a él decidir.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.why">
      <source>Deferring to the chair feels respectful, but it leaves the interruption standing and nobody at the table learns it mattered.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option let-it-go).</extracomment>
      <translation>Dejar la decisión a quien preside parece respetuoso, pero la interrupción queda sin respuesta y nadie en la mesa aprende que importaba.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.text">
      <source>Send Nkechi a private chat message: &quot;Your status page idea sounded really promising, by the way.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option private-chat). Shown on a phone button: keep it short, about 97 characters like the English.</extracomment>
      <translation>Escribir a Nkechi por chat privado: «Por cierto, tu idea de la página de estado pintaba muy bien».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.why">
      <source>It is warm and it tells her someone was listening, but the room, and Graham, never hear the rest of her proposal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option private-chat).</extracomment>
      <translation>Es un gesto cálido y le dice que alguien la estaba escuchando, pero la sala, y Graham, nunca oyen el resto de su propuesta.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.text">
      <source>Say nothing now, and after the meeting post in the team channel: &quot;Great energy in planning today, love how many voices we hear on this team!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option team-shout-out). Shown on a phone button: keep it short, about 141 characters like the English.</extracomment>
      <translation>Callar ahora y, tras la reunión, publicar en el canal del equipo: «¡Qué energía hoy en la planificación! ¡Me encanta oír tantas voces en este equipo!».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.why">
      <source>It is visible and it sounds inclusive, but it describes a meeting that did not happen and changes nothing for Nkechi.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option team-shout-out).</extracomment>
      <translation>Es visible y suena inclusivo, pero describe una reunión que no ocurrió y no cambia nada para Nkechi.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.text">
      <source>&quot;Graham, can we give Nkechi one more minute first? She was halfway through the ticket numbers, and then let's do the migration.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option floor-back). Shown on a phone button: keep it short, about 128 characters like the English.</extracomment>
      <translation>«Graham, ¿le damos antes un minuto más a Nkechi? Iba por la mitad de los datos de incidencias, y luego vamos con la migración».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.why">
      <source>It acts in the moment, names her, and hands the floor back rather than retelling her idea for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option floor-back).</extracomment>
      <translation>Actúa en el momento, la nombra y le devuelve la palabra en lugar de contar su idea por ella.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.title">
      <source>Twenty minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene moved-on).</extracomment>
      <translation>Veinte minutos después</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.narration">
      <source>The migration discussion runs long. Near the end, Luca stretches: &quot;Honestly, half our tickets would go away with a status page.&quot; Graham writes it on the whiteboard with an L beside it. Nkechi looks down at her notebook and does not speak again that meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene moved-on).</extracomment>
      <translation>La conversación sobre la migración se alarga. Casi al final, Luca se estira: «Sinceramente, con una página de estado nos quitaríamos la mitad de las incidencias». Graham lo apunta en la pizarra con una L al lado. Nkechi baja la vista a su cuaderno y no vuelve a hablar en toda la reunión.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.notes">
      <source>Some groups will feel a jolt here; let it sit. Ask the observer, briefly, what Nkechi's body language said. Do not open a full discussion yet; the next scene carries the story on.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene moved-on).</extracomment>
      <translation>Algunos grupos sentirán una sacudida aquí; deja que se asiente. Pide brevemente a quien observa que cuente qué decía el lenguaje corporal de Nkechi. No abras todavía un debate completo; la siguiente escena continúa la historia.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.title">
      <source>A reply in the chat</source>
      <extracomment>Scene heading, shown on the projector (scene private-note).</extracomment>
      <translation>Una respuesta en el chat</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.narration">
      <source>Nkechi replies with a thumbs-up and &quot;thanks, maybe another time&quot;. The meeting moves to the migration and over-runs by fifteen minutes. In the corridor afterwards, Luca mentions to Graham that a status page might cut the ticket queue. Graham says he likes it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-note).</extracomment>
      <translation>Nkechi responde con un pulgar hacia arriba y «gracias, quizá en otra ocasión». La reunión pasa a la migración y se alarga quince minutos. Después, en el pasillo, Luca le comenta a Graham que una página de estado podría reducir la cola de incidencias. Graham dice que le gusta la idea.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.notes">
      <source>This path often feels good to participants because Nkechi said thanks. Ask, gently, what changed for her and what did not. Passive support is real support; the point is where it stops.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-note).</extracomment>
      <translation>Este camino suele sentar bien a las personas participantes porque Nkechi dio las gracias. Pregunta, con tacto, qué cambió para ella y qué no. El apoyo pasivo es un apoyo real; la cuestión es dónde se queda.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.title">
      <source>The channel post</source>
      <extracomment>Scene heading, shown on the projector (scene upbeat-post).</extracomment>
      <translation>La publicación en el canal</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.narration">
      <source>Your post collects eight emoji reactions, including one from Graham. Nkechi does not react. In the minutes Graham circulates that evening, the only action on tickets reads &quot;Luca to scope status page&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene upbeat-post).</extracomment>
      <translation>Tu publicación recibe ocho reacciones con emojis, una de ellas de Graham. Nkechi no reacciona. En el acta que Graham envía esa tarde, la única acción sobre las incidencias dice: «Luca: definir el alcance de la página de estado».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.notes">
      <source>Expect a defensive moment here (&quot;I was being positive!&quot;). Do not argue with the intention. Ask instead what Nkechi might have felt reading that post after being cut off. Keep the tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene upbeat-post).</extracomment>
      <translation>Es probable que aquí surja una reacción defensiva («¡Solo quería ser positivo!»). No discutas la intención. Pregunta, en cambio, qué pudo sentir Nkechi al leer esa publicación después de que la interrumpieran. Mantén un tono de curiosidad, no de corrección.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.title">
      <source>One more minute</source>
      <extracomment>Scene heading, shown on the projector (scene she-finishes).</extracomment>
      <translation>Un minuto más</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.narration">
      <source>There is a short, awkward pause. Graham says, &quot;Sure, quickly.&quot; Nkechi reopens her laptop and shows the chart: one ticket in five, and a rough estimate of the agent hours it would save. Luca exhales audibly but says &quot;Fair, that's a good number.&quot; The meeting over-runs by ten minutes and Graham is visibly tight for his next call.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene she-finishes).</extracomment>
      <translation>Hay una pausa breve e incómoda. Graham dice: «Claro, rápido». Nkechi vuelve a abrir el portátil y enseña el gráfico: una de cada cinco incidencias, y una estimación aproximada de las horas de agente que se ahorrarían. Luca resopla de forma audible, pero dice: «Bueno, es un buen dato». La reunión se alarga diez minutos y a Graham se le nota con prisa para su siguiente llamada.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.notes">
      <source>Point out the cost: a pause, an annoyed sigh, a manager running late. Participants who chose this often underestimate how small those costs are next to the benefit; others overestimate them. Both reactions are worth hearing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene she-finishes).</extracomment>
      <translation>Señala el coste: una pausa, un suspiro de fastidio, un responsable que llega tarde. Quienes eligieron esta opción suelen subestimar lo pequeños que son esos costes frente al beneficio; otras personas los sobrestiman. Vale la pena escuchar ambas reacciones.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.title">
      <source>Wednesday, your 1:1 with Graham</source>
      <extracomment>Scene heading, shown on the projector (scene one-to-one).</extracomment>
      <translation>Miércoles, tu reunión individual con Graham</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.narration">
      <source>Graham is skimming his list. &quot;The status page thing: I'm thinking Luca leads it. He knows the platform and he can turn it round in a sprint. Any thoughts? And how did you find yesterday's meeting, generally?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-to-one).</extracomment>
      <translation>Graham repasa su lista por encima. «Lo de la página de estado: estoy pensando en que lo lidere Luca. Conoce la plataforma y lo puede sacar en un sprint. ¿Qué te parece? Y, en general, ¿qué tal viste la reunión de ayer?».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.notes">
      <source>Whatever path the group took, this 1:1 is where quiet influence lives. Remind the group that Graham asked a direct question, so silence is an answer too. If time is short, cut the timer to 60 seconds.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-to-one).</extracomment>
      <translation>Sea cual sea el camino que tomó el grupo, esta reunión individual es donde vive la influencia discreta. Recuerda al grupo que Graham hizo una pregunta directa, así que el silencio también es una respuesta. Si vas justo de tiempo, reduce el temporizador a 60 segundos.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.prompt">
      <source>Graham is waiting for your answer. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene one-to-one).</extracomment>
      <translation>Graham espera tu respuesta. ¿Qué le dices?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.text">
      <source>&quot;Sounds fine. Luca's reliable, and the meeting was OK, just long.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option sounds-fine). Shown on a phone button: keep it short, about 66 characters like the English.</extracomment>
      <translation>«Me parece bien. Luca es fiable, y la reunión fue bien, solo larga».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.why">
      <source>It is honest about what you feel comfortable saying, and it lets the credit settle where it has already drifted.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option sounds-fine).</extracomment>
      <translation>Es sincero respecto a lo que te resulta cómodo decir, y deja que el mérito se quede donde ya había ido a parar.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.text">
      <source>&quot;Luca's good. Maybe Nkechi could be involved too? She had some data on it, I think.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option maybe-involve). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>«Luca está bien. ¿Quizá podría participar también Nkechi? Creo que tenía datos sobre eso».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.why">
      <source>You say the right thing because you were asked, but softly enough that Graham can nod and change nothing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option maybe-involve).</extracomment>
      <translation>Dices lo correcto porque te lo han preguntado, pero con tanta suavidad que Graham puede asentir y no cambiar nada.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.text">
      <source>&quot;Luca's fine. Actually, I'd love us to do a no-interruptions pledge. I could make a poster for the meeting room.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option pledge-poster). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>«Luca está bien. Por cierto, me encantaría que nos comprometiéramos a no interrumpir. Puedo hacer un cartel para la sala».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.why">
      <source>It points at a real problem and looks good on the wall, but it avoids the specific decision in front of you: who owns the idea.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option pledge-poster).</extracomment>
      <translation>Apunta a un problema real y queda bien en la pared, pero esquiva la decisión concreta que tienes delante: de quién es la idea.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.text">
      <source>&quot;It was Nkechi's idea, and she has the ticket data. I'd ask her to lead it, with Luca on the build.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option nkechi-leads). Shown on a phone button: keep it short, about 100 characters like the English.</extracomment>
      <translation>«La idea fue de Nkechi y tiene los datos. Le pediría que lo liderara ella, con Luca en el desarrollo».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.why">
      <source>You correct the record with the person who decides, plainly and without making it a complaint about Luca.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option nkechi-leads).</extracomment>
      <translation>Pones las cosas en su sitio ante quien decide, con claridad y sin convertirlo en una queja sobre Luca.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.text">
      <source>&quot;Nkechi should lead it. And I've noticed she gets cut off in planning more than anyone. Could we open with a round of updates before the discussion, and I'll note in the minutes who raised what?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option change-the-meeting). Shown on a phone button: keep it short, about 195 characters like the English.</extracomment>
      <translation>«Debería liderarlo Nkechi. Y he notado que en la planificación la interrumpen más que a nadie. ¿Empezamos con una ronda de novedades antes del debate? Yo apunto en el acta quién propuso qué».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.why">
      <source>Beyond this one idea, you use your standing with Graham to change how the meeting runs, so fewer ideas get lost next time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option change-the-meeting).</extracomment>
      <translation>Más allá de esta idea, usas tu peso ante Graham para cambiar cómo funciona la reunión, de modo que la próxima vez se pierdan menos ideas.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene luca-leads).</extracomment>
      <translation>Seis semanas después</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.narration">
      <source>The status page ships and cuts &quot;where is my order&quot; tickets by a fifth. Graham thanks Luca at the all-hands. Nkechi has stopped bringing data to planning; in her 1:1s she asks about roles on other teams.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene luca-leads).</extracomment>
      <translation>La página de estado sale y reduce en una quinta parte las incidencias de «¿dónde está mi pedido?». Graham le da las gracias a Luca en la reunión general. Nkechi ha dejado de llevar datos a la planificación; en sus reuniones individuales pregunta por puestos en otros equipos.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.notes">
      <source>Resist summarising a moral. Ask the group what the cost was, who paid it, and when anyone would notice. Then move to the debrief.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene luca-leads).</extracomment>
      <translation>Evita resumir una moraleja. Pregunta al grupo cuál fue el coste, quién lo pagó y cuándo se daría cuenta alguien. Después pasa a la puesta en común.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Seis semanas después</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.narration">
      <source>Graham adds Nkechi to Luca's project &quot;for the numbers&quot;. She builds the dashboard that proves the impact. The launch email thanks &quot;Luca and the team&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Graham incorpora a Nkechi al proyecto de Luca «para los números». Ella construye el panel que demuestra el impacto. El correo del lanzamiento da las gracias a «Luca y el equipo».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.notes">
      <source>A useful contrast with the bystander ending: more involvement, same credit. Ask what would have made the suggestion land harder.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-helps).</extracomment>
      <translation>Un contraste útil con el final de Al margen: más participación, el mismo reconocimiento. Pregunta qué habría hecho que la sugerencia tuviera más fuerza.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene poster-up).</extracomment>
      <translation>Seis semanas después</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.narration">
      <source>A laminated &quot;One voice at a time&quot; poster goes up beside the screen in the meeting room. People joke about it for a week. Luca leads the status page; Nkechi is cut off twice more in the next planning session, under the poster.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene poster-up).</extracomment>
      <translation>En la sala de reuniones, junto a la pantalla, cuelgan un cartel plastificado que dice «Una voz cada vez». La gente bromea con él durante una semana. Luca lidera la página de estado; en la siguiente sesión de planificación interrumpen a Nkechi dos veces más, bajo el cartel.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.notes">
      <source>Some participants will find this ending funny; let them, then ask what Nkechi might think each time she sees the poster.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene poster-up).</extracomment>
      <translation>A algunas personas este final les hará gracia; déjalas reír y luego pregunta qué podría pensar Nkechi cada vez que ve el cartel.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Seis semanas después</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.narration">
      <source>Graham pauses, then says, &quot;I didn't realise. Fine, I'll ask her.&quot; Luca is a little cool with you for a few days. Nkechi leads the pilot, presents the one-in-five result to the leadership team, and is asked to look at the returns queue next.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Graham se queda un momento en silencio y luego dice: «No me había dado cuenta. De acuerdo, se lo pediré». Durante unos días, Luca está algo frío contigo. Nkechi lidera el piloto, presenta el resultado de una de cada cinco al equipo directivo y le piden que analice a continuación la cola de devoluciones.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.notes">
      <source>Name the cost honestly: a colder colleague for a while. Ask whether the group thinks Nkechi should have been consulted before you spoke up for her; there is no single right answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-owns).</extracomment>
      <translation>Nombra el coste con honestidad: un compañero más distante durante un tiempo. Pregunta si el grupo cree que habría que haber consultado a Nkechi antes de hablar en su favor; no hay una única respuesta correcta.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene meeting-changes).</extracomment>
      <translation>Seis semanas después</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.narration">
      <source>Graham tries the round of updates the following Tuesday and grumbles that it adds five minutes. Three planning sessions later, two people who rarely spoke have ideas on the board with their initials beside them. Nkechi leads the status page, and Graham now asks &quot;whose idea was this?&quot; before writing anything down.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene meeting-changes).</extracomment>
      <translation>Graham prueba la ronda de novedades el martes siguiente y se queja de que añade cinco minutos. Tres sesiones de planificación más tarde, dos personas que casi nunca hablaban tienen ideas en la pizarra con sus iniciales al lado. Nkechi lidera la página de estado, y Graham ahora pregunta «¿de quién fue esta idea?» antes de anotar nada.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.notes">
      <source>Participants sometimes see the advocate option as &quot;too much&quot; for a peer. Ask what access they actually have to the person who runs their meetings, and what the smallest process change they could ask for is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene meeting-changes).</extracomment>
      <translation>A veces las personas participantes ven la opción de Impulso al cambio como «demasiado» para alguien del mismo nivel. Pregunta qué acceso real tienen a quien dirige sus reuniones y cuál es el cambio de proceso más pequeño que podrían pedir.</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.1">
      <source>What happened to Nkechi's idea between the moment she raised it and the moment it shipped?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué le pasó a la idea de Nkechi entre el momento en que la planteó y el momento en que salió adelante?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.2">
      <source>At which moment did you, as a group, feel the most pressure to stay quiet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿En qué momento sentimos, como grupo, más presión para quedarnos en silencio?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.1">
      <source>What does a team learn when the same person is talked over and nobody reacts?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué aprende un equipo cuando siempre interrumpen a la misma persona y nadie reacciona?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.2">
      <source>Why might a private message feel like enough to the sender, and not to the person who was cut off?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué un mensaje privado puede parecer suficiente a quien lo envía y no a la persona a la que interrumpieron?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.1">
      <source>Which meeting you attend next week has a pattern like this, and what sentence will you have ready?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿En cuál de las reuniones a las que vas la semana que viene se da un patrón así, y qué frase tendrás preparada?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.2">
      <source>Who runs that meeting, and what small change to its format could you ask them for?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Quién dirige esa reunión y qué pequeño cambio en su formato podrías pedirle?</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.title">
      <source>Workplace allyship practice: amplify overlooked ideas in meetings</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: amplificar en las reuniones las ideas que se pasan por alto</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.note">
      <source>Drawn from the practice of returning the floor to a colleague whose idea was passed over, and making sure the credit reaches decision makers.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en la práctica de devolver la palabra a una persona cuya idea se pasó por alto y de asegurarse de que el mérito llegue a quienes toman las decisiones.</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.2.title">
      <source>Workplace allyship practice: intervene in the moment</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: intervenir en el momento</translation>
    </message>
    <message id="ask-what-support.title">
      <source>Ask before you act</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Pregunta antes de actuar</translation>
    </message>
    <message id="ask-what-support.summary">
      <source>A lead researcher tells a colleague over coffee that, for the second time this month, a client directed every question about her work to her junior colleague. The colleague badly wants to do something. The group decides whether he listens and asks what she wants first, or rushes to fix it, and then lives with the consequences at the next client workshop.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Una investigadora sénior le cuenta a un compañero durante el café que, por segunda vez este mes, un cliente ha dirigido todas las preguntas sobre su trabajo a su compañero júnior. Él tiene muchas ganas de hacer algo. El grupo decide si primero escucha y le pregunta qué quiere, o si se lanza a arreglarlo, y luego vive las consecuencias en el siguiente taller con el cliente.</translation>
    </message>
    <message id="ask-what-support.content_note">
      <source>This role-play includes a client repeatedly bypassing a lead researcher and putting every question about her work to a junior colleague, and a co-worker acting for her without asking.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye a un cliente que dirige una y otra vez a un compañero júnior las preguntas sobre el trabajo de una investigadora sénior, y a un compañero que actúa por ella sin preguntarle.</translation>
    </message>
    <message id="ask-what-support.roles.erik.name">
      <source>Erik Johansson, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role erik).</extracomment>
      <translation>Erik Johansson, responsable de producto</translation>
    </message>
    <message id="ask-what-support.roles.erik.brief">
      <source>You work alongside Ama and count her as a friend. You were in the workshop and saw everything. You feel angry on her behalf and have a strong urge to fix it today. You also have a good relationship with Grace, the account lead, and could email the client in two minutes.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role erik).</extracomment>
      <translation>Trabajas con Ama y la consideras una amiga. Estuviste en el taller y lo viste todo. Sientes rabia por ella y tienes muchas ganas de arreglarlo hoy mismo. Además, te llevas bien con Grace, la responsable de la cuenta, y podrías escribir al cliente en dos minutos.</translation>
    </message>
    <message id="ask-what-support.roles.ama.name">
      <source>Ama Owusu, lead UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ama).</extracomment>
      <translation>Ama Owusu, investigadora UX sénior</translation>
    </message>
    <message id="ask-what-support.roles.ama.brief">
      <source>You ran every patient interview on this project. In both client workshops so far this month, Henrik, the client's operations director, has put every research question to Sam, who joined four months ago. You want to handle it your way: you will talk to Grace yourself when you are ready, and you do not want HR involved yet. What you would like from Erik, if he asks, is simple: if it happens again, pass the question to you lightly, without a speech. If someone acts for you without asking, you feel exposed and say so.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ama).</extracomment>
      <translation>Hiciste todas las entrevistas con pacientes de este proyecto. En los dos talleres con el cliente que ha habido este mes, Henrik, el director de operaciones del cliente, le ha hecho todas las preguntas de investigación a Sam, que entró hace cuatro meses. Quieres gestionarlo a tu manera: hablarás tú con Grace cuando te sientas preparada, y de momento no quieres que intervenga Recursos Humanos. Lo que te gustaría de Erik, si te lo pregunta, es sencillo: si vuelve a pasar, que te pase la pregunta con naturalidad, sin discursos. Si alguien actúa en tu nombre sin preguntarte, te sientes expuesta y lo dices.</translation>
    </message>
    <message id="ask-what-support.roles.sam.name">
      <source>Sam Whitaker, junior UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sam).</extracomment>
      <translation>Sam Whitaker, investigador UX júnior</translation>
    </message>
    <message id="ask-what-support.roles.sam.brief">
      <source>You answer because you are asked, and each time you feel worse about it. You don't know how to hand the question back without making it awkward for the client. If anyone redirects a question to Ama, you are visibly relieved.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sam).</extracomment>
      <translation>Respondes porque te preguntan a ti, y cada vez te sientes peor. No sabes cómo devolver la pregunta sin crear una situación incómoda con el cliente. Si alguien le pasa una pregunta a Ama, se te nota el alivio.</translation>
    </message>
    <message id="ask-what-support.roles.grace.name">
      <source>Grace Liu, account lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role grace).</extracomment>
      <translation>Grace Liu, responsable de la cuenta</translation>
    </message>
    <message id="ask-what-support.roles.grace.brief">
      <source>This client is the agency's biggest account and you protect the relationship closely. You like Ama and rate her work. If you hear about the problem from an email you weren't expecting, your first instinct is damage control; if Ama or Erik bring you a proposal, you listen.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role grace).</extracomment>
      <translation>Este cliente es la cuenta más grande de la agencia y cuidas mucho la relación. Ama te cae bien y valoras su trabajo. Si te enteras del problema por un correo que no esperabas, tu primer instinto es controlar los daños; si Ama o Erik te traen una propuesta, escuchas.</translation>
    </message>
    <message id="ask-what-support.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="ask-what-support.roles.observer.brief">
      <source>Watch whether Erik asks questions or makes statements, and how long he lets Ama talk before he offers a solution. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en si Erik hace preguntas o afirmaciones, y en cuánto tiempo deja hablar a Ama antes de ofrecer una solución. Usa la lista de observación.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.1">
      <source>Before acting, did Erik ask Ama what she wanted? Write down the exact question if he did.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Antes de actuar, ¿le preguntó Erik a Ama qué quería? Si lo hizo, anota la pregunta exacta.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.2">
      <source>Did Erik say that he believed her, and that he had seen it too?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Le dijo Erik que la creía y que él también lo había visto?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.3">
      <source>Who decided what would happen next: Ama, Erik, or someone else? At which moment did that change hands?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Quién decidió lo que pasaría después: Ama, Erik u otra persona? ¿En qué momento cambió de manos esa decisión?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.4">
      <source>In the workshop, which of the five moves appeared: distract, delegate, document, delay, direct? A light redirect of a question is a form of direct; a quiet word with Grace is a form of delegate.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>En el taller, ¿cuál de los cinco movimientos de intervención apareció: distraer, delegar, documentar, retrasar, intervenir directamente? Reconducir una pregunta con naturalidad es una forma de intervenir directamente; comentarlo discretamente con Grace es una forma de delegar.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.5">
      <source>What did each choice cost Ama, even when it was meant to help her?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué le costó a Ama cada elección, incluso cuando pretendía ayudarla?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.title">
      <source>The kitchen, Tuesday</source>
      <extracomment>Scene heading, shown on the projector (scene coffee).</extracomment>
      <translation>La cocina, martes</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.narration">
      <source>Tuesday, the office kitchen, straight after the second client workshop this month. Ama Owusu stirs her coffee and says, without looking up: &quot;He did it again. Every question about my research, Henrik asked Sam. Sam's been here four months.&quot; She laughs, but not much. Erik Johansson was in the workshop and saw all of it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene coffee).</extracomment>
      <translation>Martes, en la cocina de la oficina, justo después del segundo taller de este mes con el cliente. Ama Owusu remueve su café y dice, sin levantar la vista: «Lo ha vuelto a hacer. Todas las preguntas sobre mi investigación, Henrik se las ha hecho a Sam. Sam lleva aquí cuatro meses». Se ríe, pero poco. Erik Johansson estuvo en el taller y lo vio todo.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.notes">
      <source>Two minutes. Most groups lean strongly towards &quot;do something now&quot;, which is exactly the tension this scenario is built on. Don't correct that urge; let it be voted on. If someone says &quot;I'd ask her what she wants&quot;, ask them what they would do if her answer was &quot;nothing&quot;.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene coffee).</extracomment>
      <translation>Dos minutos. La mayoría de los grupos se inclina claramente por «hacer algo ya», que es justo la tensión sobre la que se construye este escenario. No corrijas ese impulso; deja que se vote. Si alguien dice «Yo le preguntaría qué quiere», pregúntale qué haría si la respuesta fuera «nada».</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.prompt">
      <source>You are Erik. What do you do next?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene coffee).</extracomment>
      <translation>Eres Erik. ¿Qué haces ahora?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.text">
      <source>&quot;Ugh, clients.&quot; Then, because you don't know what else to say, ask whether she's seen the new sprint board.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option change-subject). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>«Uf, los clientes». Y, como no sabes qué más decir, preguntarle si ha visto el nuevo tablero del sprint.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.why">
      <source>Not knowing what to say is common and very human. But changing the subject tells Ama, without meaning to, that this isn't something you will hold with her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option change-subject).</extracomment>
      <translation>No saber qué decir es frecuente y muy humano. Pero cambiar de tema le dice a Ama, sin querer, que esto no es algo que vayas a sostener con ella.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.text">
      <source>&quot;That's really not OK. You should take it to HR.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option suggest-hr). Shown on a phone button: keep it short, about 49 characters like the English.</extracomment>
      <translation>«Eso no está nada bien. Llévalo a Recursos Humanos».</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.why">
      <source>You say it isn't acceptable, which matters. But the advice hands all the work back to her and assumes she wants a formal route.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option suggest-hr).</extracomment>
      <translation>Dices que no es aceptable, y eso importa. Pero el consejo le devuelve a ella todo el trabajo y da por hecho que quiere una vía formal.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.text">
      <source>&quot;Right, I'm emailing Henrik and Grace now. This needs calling out.&quot; You open your laptop.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option fix-it-now). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>«Vale, ahora mismo escribo a Henrik y a Grace. Esto no puede quedar así». Abrir el portátil.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.why">
      <source>It feels like decisive support, and the anger is on her side. But it takes the decision away from Ama and makes the story about your intervention; rescuing is still about the rescuer.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option fix-it-now).</extracomment>
      <translation>Parece un apoyo decidido, y la rabia está de su parte. Pero le quita la decisión a Ama y convierte la historia en tu intervención; rescatar sigue girando en torno a quien rescata.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.text">
      <source>&quot;I saw it too, and I believe you. What would help, from me, if anything? I could say something next time, back you up with Grace, or just listen.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option ask-her). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>«Yo también lo vi, y te creo. ¿Te ayudaría algo de mi parte? Podría decir algo la próxima vez, apoyarte con Grace o solo escucharte».</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.why">
      <source>You confirm what you saw, believe her, and let her decide what support looks like before you do anything.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option ask-her).</extracomment>
      <translation>Confirmas lo que viste, la crees y dejas que ella decida cómo es el apoyo antes de hacer nada.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.title">
      <source>The sprint board</source>
      <extracomment>Scene heading, shown on the projector (scene subject-changed).</extracomment>
      <translation>El tablero del sprint</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.narration">
      <source>Ama pauses, then says, &quot;Yeah, the sprint board,&quot; and the moment closes. They talk about tickets for five minutes. She doesn't raise the workshop with Erik again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene subject-changed).</extracomment>
      <translation>Ama se queda un momento callada y luego dice: «Sí, el tablero del sprint», y el momento se cierra. Hablan de tareas durante cinco minutos. Ella no vuelve a sacarle a Erik el tema del taller.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.notes">
      <source>Ask Ama's role-player what she was hoping for when she spoke. Usually it is very little: to be believed. Keep it short.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene subject-changed).</extracomment>
      <translation>Pregunta a quien interpreta a Ama qué esperaba cuando habló. Normalmente es muy poco: que la creyeran. Que sea breve.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.title">
      <source>Advice to carry</source>
      <extracomment>Scene heading, shown on the projector (scene hr-suggested).</extracomment>
      <translation>Un consejo más que cargar</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.narration">
      <source>Ama nods: &quot;Maybe.&quot; She knows where HR is; what she wanted to know was whether anyone else had noticed. A formal complaint about the biggest client feels like a risk to the account and to her, so she doesn't make one. Now she carries the advice as well as the problem.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene hr-suggested).</extracomment>
      <translation>Ama asiente: «Puede ser». Ya sabe dónde está Recursos Humanos; lo que quería saber era si alguien más se había dado cuenta. Una queja formal sobre el cliente más grande le parece un riesgo para la cuenta y para ella, así que no la presenta. Ahora carga con el consejo además de con el problema.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.notes">
      <source>Participants who chose this often say &quot;but HR is the right channel&quot;. It can be. Ask who gets to decide whether it is the right channel for Ama, and what it would cost her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene hr-suggested).</extracomment>
      <translation>Quienes eligen esta opción suelen decir «pero Recursos Humanos es el canal adecuado». Puede serlo. Pregunta quién decide si es el canal adecuado para Ama, y qué le costaría a ella.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.title">
      <source>Clearing the air</source>
      <extracomment>Scene heading, shown on the projector (scene emailed).</extracomment>
      <translation>Aclarar las cosas</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.narration">
      <source>Erik's email to Henrik is polite and firm, and copies in Grace Liu, the account lead. Within the hour, Grace calls Ama into a meeting room: the client has replied, mortified, and wants a call with her to &quot;clear the air&quot;. Ama is now the person who complained about the agency's biggest client, and she never complained.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene emailed).</extracomment>
      <translation>El correo de Erik a Henrik es educado y firme, con copia a Grace Liu, la responsable de la cuenta. En menos de una hora, Grace llama a Ama a una sala de reuniones: el cliente ha respondido, avergonzado, y quiere una llamada con ella para «aclarar las cosas». Ahora Ama es la persona que se quejó del cliente más grande de la agencia, y nunca se quejó.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.notes">
      <source>This is the scene people remember. Let Grace's role-player play the damage control straight. Do not shame the person who chose the email; the impulse was generous. Ask instead: whose name is on the problem now?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene emailed).</extracomment>
      <translation>Esta es la escena que la gente recuerda. Deja que quien interpreta a Grace haga el control de daños en serio. No avergüences a quien eligió el correo; el impulso era generoso. Pregunta en cambio: ¿de quién es ahora el nombre que va unido al problema?</translation>
    </message>
    <message id="ask-what-support.scenes.asked.title">
      <source>What she asked for</source>
      <extracomment>Scene heading, shown on the projector (scene asked).</extracomment>
      <translation>Lo que ella pidió</translation>
    </message>
    <message id="ask-what-support.scenes.asked.narration">
      <source>Ama thinks for a moment: &quot;Honestly? If he does it again on Thursday, pass the question to me, lightly and without a speech, and please don't go to Grace; I'll talk to her when I'm ready.&quot; Erik wants to do more than that. He writes down exactly what she asked for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene asked).</extracomment>
      <translation>Ama se lo piensa un momento: «¿Sinceramente? Si lo vuelve a hacer el jueves, pásame la pregunta, con naturalidad y sin discursos, y por favor no vayas a Grace; hablaré con ella cuando esté preparada». Erik quiere hacer más que eso. Apunta exactamente lo que ella le ha pedido.</translation>
    </message>
    <message id="ask-what-support.scenes.asked.notes">
      <source>Point out that Erik wanting to do more is normal, and that the discipline here is doing what was asked, well. Some participants will feel it is &quot;too small&quot;. Ask Ama's role-player whether it feels small to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene asked).</extracomment>
      <translation>Señala que es normal que Erik quiera hacer más, y que la disciplina aquí consiste en hacer bien lo que se pidió. Habrá participantes que lo vean «demasiado poco». Pregunta a quien interpreta a Ama si a ella le parece poco.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.title">
      <source>Thursday's workshop</source>
      <extracomment>Scene heading, shown on the projector (scene workshop).</extracomment>
      <translation>El taller del jueves</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.narration">
      <source>Thursday, the third workshop of the month. Twenty minutes in, Henrik Dahl turns to Sam: &quot;So what did patients say about the booking flow?&quot; Ama led every one of those interviews. Sam glances at her, then down at his notes, and opens his mouth to answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene workshop).</extracomment>
      <translation>Jueves, tercer taller del mes. A los veinte minutos, Henrik Dahl se gira hacia Sam: «Bueno, ¿y qué dijeron los pacientes sobre el proceso de reserva?». Ama dirigió todas y cada una de esas entrevistas. Sam la mira, luego baja la vista a sus notas y abre la boca para responder.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.notes">
      <source>Run this as a quick live role-play if you have time: Henrik (you can play him), Sam, Ama, Erik. Give the group ninety seconds to decide. Watch for the gap between what people say they would do and what their role-player actually manages to say out loud.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene workshop).</extracomment>
      <translation>Si hay tiempo, hazlo como un breve juego de roles en directo: Henrik (puedes interpretarlo tú), Sam, Ama y Erik. Da al grupo noventa segundos para decidir. Fíjate en la distancia entre lo que la gente dice que haría y lo que quien interpreta el papel consigue decir en voz alta.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.prompt">
      <source>You are Erik. Sam is about to answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene workshop).</extracomment>
      <translation>Eres Erik. Sam está a punto de responder. ¿Qué haces?</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.text">
      <source>Stay quiet. Sam can handle it, and jumping in might make things awkward with the client.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option let-it-go). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>Quedarte callado. Sam puede con ello, y meterte podría incomodar al cliente.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.why">
      <source>Wanting to protect the client relationship is reasonable. But the research goes to the client in someone else's voice, for the third time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option let-it-go).</extracomment>
      <translation>Querer proteger la relación con el cliente es razonable. Pero la investigación llega al cliente en boca de otra persona, por tercera vez.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.text">
      <source>Say nothing in the room; afterwards, post in the team channel about how important it is to credit researchers properly, and tag Ama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option post-later). Shown on a phone button: keep it short, about 132 characters like the English.</extracomment>
      <translation>No decir nada en la sala; después, recordar en el canal del equipo lo importante que es reconocer a quien investiga, y etiquetar a Ama.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.why">
      <source>The message is true and public. But it arrives after the moment that mattered, and it puts Ama's week on display for an audience she didn't choose.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option post-later).</extracomment>
      <translation>El mensaje es cierto y público. Pero llega después del momento que importaba, y expone la semana de Ama ante un público que ella no eligió.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.text">
      <source>&quot;Ama ran those interviews. Ama, do you want to take that one?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option redirect). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>«Esas entrevistas las hizo Ama. Ama, ¿quieres responder tú?».</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.why">
      <source>A light redirect in the moment: the question goes to its owner, and nobody is put on trial.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option redirect).</extracomment>
      <translation>Una reconducción ligera en el momento: la pregunta va a quien le corresponde y nadie queda en el banquillo.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.text">
      <source>Redirect the question now. Afterwards, ask Ama whether she would like to propose to Grace, together, that every client session opens by naming who leads each part of the work, and only go ahead if she says yes.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option change-the-setup). Shown on a phone button: keep it short, about 210 characters like the English.</extracomment>
      <translation>Reconducir la pregunta ahora. Después, preguntar a Ama si quiere proponer a Grace, juntos, que cada sesión con el cliente empiece diciendo quién lidera cada parte del trabajo, y seguir adelante solo si dice que sí.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.why">
      <source>You act in the moment and then work on the setup that keeps producing the problem, with Ama deciding whether and how.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option change-the-setup).</extracomment>
      <translation>Actúas en el momento y luego trabajas sobre la dinámica que no deja de generar el problema, con Ama decidiendo si se hace y cómo.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.title">
      <source>At Erik's desk</source>
      <extracomment>Scene heading, shown on the projector (scene fallout).</extracomment>
      <translation>En la mesa de Erik</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.narration">
      <source>Later, Ama finds Erik at his desk. &quot;I didn't ask you to do that. Now Grace thinks I'm making trouble with our biggest client, and I have to get on a call with Henrik and be gracious about it.&quot; Her voice is steady; her hands aren't.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fallout).</extracomment>
      <translation>Más tarde, Ama encuentra a Erik en su mesa. «Yo no te pedí que hicieras eso. Ahora Grace piensa que estoy creando problemas con nuestro cliente más grande, y tengo que hacer una llamada con Henrik y encima ser amable». Su voz es firme; sus manos, no.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.notes">
      <source>The person playing Erik often gets defensive here, which is useful: it is exactly the reflex the scenario is about. Let it happen, then ask the room what Ama needed to hear. Keep the tone warm; nobody should leave feeling stupid for wanting to help.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fallout).</extracomment>
      <translation>Quien interpreta a Erik suele ponerse a la defensiva aquí, y eso es útil: es justo el reflejo del que trata el escenario. Deja que ocurra y luego pregunta a la sala qué necesitaba oír Ama. Mantén un tono cálido; nadie debería irse sintiéndose tonto por querer ayudar.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.prompt">
      <source>You are Erik. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene fallout).</extracomment>
      <translation>Eres Erik. ¿Qué dices?</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.text">
      <source>&quot;I was only trying to help. Someone had to say something, and you'd have been upset if nobody did.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option defend). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>«Solo intentaba ayudar. Alguien tenía que decir algo, y te habría molestado que nadie lo hiciera».</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.why">
      <source>Explaining your intent protects your picture of yourself as the one who stood up, and it asks Ama to manage your feelings on top of the fallout.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option defend).</extracomment>
      <translation>Explicar tu intención protege la imagen que tienes de ti como quien dio la cara, y le pide a Ama que gestione tus sentimientos además de las consecuencias.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.text">
      <source>&quot;Sorry. I'll stay out of it from now on.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option retreat). Shown on a phone button: keep it short, about 41 characters like the English.</extracomment>
      <translation>«Perdona. Ya no me meto más».</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.why">
      <source>The apology is real. But stepping back entirely leaves Ama alone with a situation you set in motion.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option retreat).</extracomment>
      <translation>La disculpa es sincera. Pero retirarte del todo deja a Ama sola con una situación que tú pusiste en marcha.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.text">
      <source>&quot;You're right. I didn't ask, and I should have. I'm sorry. What would help now? I can tell Grace it was entirely my idea, join the call, or stay well away from it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option repair). Shown on a phone button: keep it short, about 164 characters like the English.</extracomment>
      <translation>«Tienes razón. No te pregunté, y debería haberlo hecho. Lo siento. ¿Qué te ayudaría ahora? Puedo decirle a Grace que fue idea mía, estar en la llamada o no acercarme».</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.why">
      <source>You own the mistake without excuses, then go back to the step you skipped: asking what she wants.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option repair).</extracomment>
      <translation>Asumes el error sin excusas y luego vuelves al paso que te saltaste: preguntarle qué quiere.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.title">
      <source>The version the client remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-silence).</extracomment>
      <translation>La versión que recuerda el cliente</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.narration">
      <source>Sam answers, haltingly, and gets one detail wrong; Ama corrects it in a follow-up email that nobody reads closely. At the end, Henrik thanks Sam warmly for the insights. By the next month, Ama has asked to move to a different account.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-silence).</extracomment>
      <translation>Sam responde, titubeando, y se equivoca en un detalle; Ama lo corrige en un correo de seguimiento que nadie lee con atención. Al final, Henrik le agradece a Sam con calidez sus aportaciones. Al mes siguiente, Ama ha pedido cambiar de cuenta.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.notes">
      <source>Ask Sam's role-player how it felt to answer. The junior colleague is often the forgotten cost in this story.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-silence).</extracomment>
      <translation>Pregunta a quien interpreta a Sam cómo se sintió al responder. El compañero júnior suele ser el coste olvidado de esta historia.</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.title">
      <source>A dozen reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-post).</extracomment>
      <translation>Una docena de reacciones</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.narration">
      <source>The post gets a dozen reactions and a few comments praising Erik for speaking up. Ama adds a small thumbs-up and says nothing; she hadn't wanted her week to become a lesson for the channel. In the workshop itself, the question went to Sam, and Sam's answer is the one the client remembers.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-post).</extracomment>
      <translation>La publicación recibe una docena de reacciones y algunos comentarios que elogian a Erik por alzar la voz. Ama añade un pequeño pulgar arriba y no dice nada; no quería que su semana se convirtiera en una lección para el canal. En el propio taller, la pregunta fue a Sam, y la respuesta de Sam es la que recuerda el cliente.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.title">
      <source>The right size</source>
      <extracomment>Scene heading, shown on the projector (scene end-redirected).</extracomment>
      <translation>En su justa medida</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.narration">
      <source>Sam hands over with visible relief. Ama answers in thirty seconds, clearly, and Henrik puts his next question to her directly. Afterwards she says only, &quot;Thanks. That was the right size.&quot; It doesn't change Henrik overnight, but it changes who the client calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-redirected).</extracomment>
      <translation>Sam le cede la palabra con alivio evidente. Ama responde en treinta segundos, con claridad, y Henrik le dirige directamente a ella su siguiente pregunta. Después, ella solo dice: «Gracias. Eso fue en su justa medida». Henrik no cambia de la noche a la mañana, pero cambia a quién llama el cliente.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.notes">
      <source>If the path came through the kitchen scene where Erik asked, point out that he knew the right size because he asked. If it came another way, ask what made the redirect land.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-redirected).</extracomment>
      <translation>Si el camino pasó por la escena de la cocina en la que Erik preguntó, señala que supo cuál era la justa medida porque preguntó. Si llegó por otro camino, pregunta qué hizo que la reconducción funcionara.</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.title">
      <source>Names on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene end-setup).</extracomment>
      <translation>Nombres en la agenda</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.narration">
      <source>Ama says yes, and wants to make the proposal with Erik rather than have him make it for her. Grace agrees, a little reluctantly, worried it will look as if the agency is managing the client. From the next workshop every agenda names its leads; Henrik's questions start going to Ama, and two other teams borrow the format.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-setup).</extracomment>
      <translation>Ama dice que sí, y quiere hacer la propuesta junto con Erik en lugar de que él la haga por ella. Grace acepta, algo a regañadientes, preocupada por que parezca que la agencia está dirigiendo al cliente. Desde el siguiente taller, cada agenda indica quién lidera cada parte; las preguntas de Henrik empiezan a ir a Ama, y otros dos equipos adoptan el formato.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.title">
      <source>A conversation closes</source>
      <extracomment>Scene heading, shown on the projector (scene end-defended).</extracomment>
      <translation>Una conversación se cierra</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.narration">
      <source>Ama says &quot;OK&quot; in the tone that ends a conversation. On the call, Henrik apologises and Ama is gracious, and Grace notes in the account file that the relationship is &quot;sensitive&quot;. Ama stops telling Erik things.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-defended).</extracomment>
      <translation>Ama dice «Vale» en el tono que zanja una conversación. En la llamada, Henrik se disculpa y Ama se muestra amable, y Grace anota en el expediente de la cuenta que la relación es «delicada». Ama deja de contarle cosas a Erik.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.notes">
      <source>Ask the room: what did Ama lose here that she had before Tuesday? Usually: a person she could think out loud with.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-defended).</extracomment>
      <translation>Pregunta a la sala: ¿qué ha perdido Ama aquí que tenía antes del martes? Normalmente: una persona con la que pensar en voz alta.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.title">
      <source>Alone on the call</source>
      <extracomment>Scene heading, shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Sola en la llamada</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.narration">
      <source>Erik keeps his word and stays out of it. Ama handles the call alone; it goes fine, and it costs her an afternoon of preparation and a weekend of replaying it. When Henrik does it again a month later, she doesn't expect anyone to notice.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Erik cumple su palabra y se mantiene al margen. Ama se encarga sola de la llamada; sale bien, y le cuesta una tarde de preparación y un fin de semana dándole vueltas. Cuando Henrik vuelve a hacerlo un mes después, ella ya no espera que nadie se dé cuenta.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.notes">
      <source>Participants sometimes see this as the respectful choice. Ask whether backing off and asking what she wants now are the same thing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-withdrawn).</extracomment>
      <translation>A veces hay participantes que ven esta opción como la respetuosa. Pregunta si retirarse y preguntarle ahora qué quiere son lo mismo.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.title">
      <source>Asked, this time</source>
      <extracomment>Scene heading, shown on the projector (scene end-repaired).</extracomment>
      <translation>Esta vez, preguntando</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.narration">
      <source>Ama asks him to tell Grace it was his call, and to stay off the Henrik call. He does both. Grace is cross with Erik rather than Ama, and tells him so. A few weeks later, Ama says she is glad someone saw it, and that next time she would like to be asked first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-repaired).</extracomment>
      <translation>Ama le pide que le diga a Grace que fue decisión suya y que no participe en la llamada con Henrik. Él hace ambas cosas. Grace se enfada con Erik en lugar de con Ama, y se lo dice. Unas semanas después, Ama le dice que se alegra de que alguien lo viera, y que la próxima vez le gustaría que le preguntaran primero.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.notes">
      <source>Make the link to the first decision explicit: the repair is the same move as the kitchen option, just arriving a day late and at a higher price.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-repaired).</extracomment>
      <translation>Haz explícita la relación con la primera decisión: reparar es el mismo gesto que la opción de la cocina, solo que llega un día tarde y a un precio más alto.</translation>
    </message>
    <message id="ask-what-support.debrief.what.1">
      <source>What did Ama actually ask for, on the path where she was asked? What did she get on ours?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué pidió realmente Ama en el camino en el que se le preguntó? ¿Qué recibió en el nuestro?</translation>
    </message>
    <message id="ask-what-support.debrief.what.2">
      <source>At what point did the decision about what happened next pass from Ama to someone else?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿En qué momento la decisión sobre lo que pasaría después pasó de Ama a otra persona?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.1">
      <source>Why is the urge to rescue so strong, and whose discomfort is it relieving?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué es tan fuerte el impulso de rescatar, y de quién es la incomodidad que alivia?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.2">
      <source>What is the difference between support that is big and support that is the right size?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué diferencia hay entre un apoyo grande y un apoyo en su justa medida?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.1">
      <source>What question will you ask the next time someone tells you about being excluded, before you offer anything?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>La próxima vez que alguien te hable de una situación de exclusión que está viviendo, ¿qué pregunta harás antes de ofrecer nada?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.2">
      <source>Think of a time you acted on someone's behalf without asking. What would you do differently now?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Piensa en una ocasión en la que actuaste en nombre de alguien sin preguntarle. ¿Qué harías distinto ahora?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.3">
      <source>What could you do in your next client or team meeting to make sure questions reach the person who owns the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué podrías hacer en tu próxima reunión con clientes o con el equipo para que las preguntas lleguen a la persona responsable del trabajo?</translation>
    </message>
    <message id="ask-what-support.sources.1.title">
      <source>Workplace allyship practice: listen first, believe people, and ask what support they want before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: escuchar primero, creer a las personas y preguntar qué apoyo quieren antes de actuar</translation>
    </message>
    <message id="ask-what-support.sources.1.note">
      <source>Drawn from allyship guidance on active listening, validating colleagues' experiences, and avoiding the rescuer role.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en orientaciones sobre alianza acerca de la escucha activa, la validación de las experiencias de tus colegas, y cómo evitar el papel de salvador.</translation>
    </message>
    <message id="banter-joke.title">
      <source>It's only banter</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Solo es una broma</translation>
    </message>
    <message id="banter-joke.summary">
      <source>In a sprint retrospective, a well-liked developer repeats a colleague's point in an exaggerated accent and the room laughs. The group decides what a teammate does in the moment, and what they say when the joker later asks, privately, whether he went too far.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>En una retrospectiva de sprint, un desarrollador muy querido repite lo que ha dicho una compañera imitando su acento de forma exagerada, y la sala se ríe. El grupo decide qué hace alguien del equipo en ese momento, y qué responde cuando, más tarde, el autor de la broma le pregunta en privado si se pasó.</translation>
    </message>
    <message id="banter-joke.content_note">
      <source>This role-play includes a colleague's accent being exaggerated for laughs in a team meeting, the room laughing along, and her smiling it off.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye la imitación exagerada del acento de una compañera para hacer reír en una reunión de equipo, la sala riéndose y ella quitándole importancia con una sonrisa.</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.name">
      <source>Agnieszka Wójcik, QA engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role agnieszka).</extracomment>
      <translation>Agnieszka Wójcik, ingeniera de calidad (QA)</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.brief">
      <source>You moved from Kraków six years ago and your English is fluent; your accent is not a secret and not a problem. The imitation happens often enough that you now keep your points short in meetings. You smile when it happens because the alternative is being &quot;the one who can't take a joke&quot;. You would like it to stop without a scene.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role agnieszka).</extracomment>
      <translation>Llegaste de Cracovia hace seis años y hablas el idioma con total fluidez; tu acento no es ningún secreto ni ningún problema. La imitación se repite tanto que ahora, en las reuniones, dices lo justo. Sonríes cuando pasa porque la alternativa es ser «la que no aguanta una broma». Te gustaría que parara sin montar una escena.</translation>
    </message>
    <message id="banter-joke.roles.callum.name">
      <source>Callum Reid, software developer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role callum).</extracomment>
      <translation>Callum Reid, desarrollador de software</translation>
    </message>
    <message id="banter-joke.roles.callum.brief">
      <source>You are the team's joker and you honestly think the jokes hold the team together; you tease everyone. You like Agnieszka and would be upset to hear you had hurt her. If challenged in public, your first move is &quot;it's just banter, Aga knows&quot;. In private, you are more open than you expect.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role callum).</extracomment>
      <translation>Eres el gracioso del equipo y crees sinceramente que las bromas mantienen unido al grupo; te metes con todo el mundo. Agnieszka te cae bien y te dolería saber que le has hecho daño. Si te lo echan en cara en público, tu primera reacción es «es solo una broma, Aga lo sabe». En privado, eres más receptivo de lo que esperas.</translation>
    </message>
    <message id="banter-joke.roles.deepa.name">
      <source>Deepa Nair, engineering manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role deepa).</extracomment>
      <translation>Deepa Nair, responsable de ingeniería</translation>
    </message>
    <message id="banter-joke.roles.deepa.brief">
      <source>You run the retro. You laugh along at first out of habit, then feel uneasy. You are new in post and do not want to lose the team's goodwill in your first month. If someone else names the problem, you back them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role deepa).</extracomment>
      <translation>Diriges la retrospectiva. Al principio te ríes por costumbre y luego te sientes incómoda. Llevas poco en el puesto y no quieres perder la buena disposición del equipo en tu primer mes. Si otra persona nombra el problema, la respaldas.</translation>
    </message>
    <message id="banter-joke.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="banter-joke.roles.observer.brief">
      <source>Watch faces, especially Agnieszka's, in the two seconds after the joke. Note who laughs, who does not, and who speaks first. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Observa las caras, sobre todo la de Agnieszka, en los dos segundos posteriores a la broma. Anota quién se ríe, quién no y quién habla primero. Usa la lista de observación.</translation>
    </message>
    <message id="banter-joke.observer_checklist.1">
      <source>Who laughed, who did not, and what did Agnieszka's face do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Quién se rio, quién no, y cómo reaccionó la cara de Agnieszka?</translation>
    </message>
    <message id="banter-joke.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder choose, and did it interrupt the laughter?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención (distraer, delegar, documentar, retrasar, intervenir directamente) eligió la persona que respondió, y cortó las risas?</translation>
    </message>
    <message id="banter-joke.observer_checklist.3">
      <source>Did the responder talk about the impact of the joke, or about Callum's character?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿La persona que respondió habló del efecto de la broma o de cómo es Callum?</translation>
    </message>
    <message id="banter-joke.observer_checklist.4">
      <source>Did Agnieszka get her actual point about the build heard?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Se llegó a escuchar lo que Agnieszka quería decir sobre la compilación?</translation>
    </message>
    <message id="banter-joke.observer_checklist.5">
      <source>Was the manager brought in (delegate), and did she act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Se recurrió a la responsable (delegar), y actuó?</translation>
    </message>
    <message id="banter-joke.scenes.retro.title">
      <source>Friday, sprint retrospective</source>
      <extracomment>Scene heading, shown on the projector (scene retro).</extracomment>
      <translation>Viernes, retrospectiva del sprint</translation>
    </message>
    <message id="banter-joke.scenes.retro.narration">
      <source>Agnieszka says the nightly build has failed three times because tests are being skipped. Callum repeats it back in a heavy, exaggerated accent: &quot;Ze build, it is broken again, comrades.&quot; The room laughs, Deepa included. Callum grins: &quot;Only banter, Aga knows I love her.&quot; Agnieszka smiles and looks at her screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene retro).</extracomment>
      <translation>Agnieszka cuenta que la compilación nocturna ha fallado tres veces porque se están saltando pruebas. Callum lo repite con un acento fuerte y exagerado: «¡La compilación está rrrota otrra vez, camarrradas!». La sala se ríe, Deepa incluida. Callum sonríe: «Es broma, Aga sabe que la quiero». Agnieszka sonríe y mira su pantalla.</translation>
    </message>
    <message id="banter-joke.scenes.retro.notes">
      <source>Read the accent line flatly; do not perform the accent yourself, and do not let a participant do it either. Before the prompt, ask the group to notice what they felt in their own bodies when the laugh came. If someone says &quot;we all tease each other&quot;, acknowledge it and ask whether everyone is teased about the same kinds of things.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene retro).</extracomment>
      <translation>Lee la frase del acento sin entonación; no imites el acento y no dejes que ninguna persona participante lo haga. Antes de la pregunta, pide al grupo que se fije en lo que sintió en su propio cuerpo cuando llegó la risa. Si alguien dice «aquí todos nos metemos con todos», reconócelo y pregunta si a todo el mundo se le hacen bromas sobre el mismo tipo de cosas.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.prompt">
      <source>You are a developer on the team, sitting two seats from Agnieszka. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene retro).</extracomment>
      <translation>Eres parte del equipo de desarrollo y te sientas a dos sitios de Agnieszka. ¿Qué haces?</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.text">
      <source>Smile with everyone and wait for the moment to pass. Agnieszka smiled too.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option smile-along). Shown on a phone button: keep it short, about 74 characters like the English.</extracomment>
      <translation>Sonreír con los demás y esperar a que pase el momento. Agnieszka también sonrió.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.why">
      <source>Reading her smile as permission is understandable, but the laughter, including yours, tells the team this is normal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option smile-along).</extracomment>
      <translation>Es comprensible tomar su sonrisa como un permiso, pero las risas, también la tuya, le dicen al equipo que esto es normal.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.text">
      <source>Don't laugh. After the retro, message her: &quot;That was out of order. Are you OK?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option check-in-later). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>No reírte. Tras la retro, escribirle: «Eso ha estado fuera de lugar. ¿Estás bien?».</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.why">
      <source>Not laughing and checking in both matter to her; the team, though, never learns anyone minded.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option check-in-later).</extracomment>
      <translation>No reírte y preguntarle cómo está son cosas que a ella le importan; el equipo, sin embargo, nunca sabe que a alguien le molestó.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.text">
      <source>Call out across the table with a grin: &quot;Careful, Callum, we've all done the inclusion e-learning!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option hr-quip). Shown on a phone button: keep it short, about 98 characters like the English.</extracomment>
      <translation>Soltar con una sonrisa: «¡Cuidado, Callum, que todos hemos hecho el curso online de inclusión!».</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.why">
      <source>It signals that you know better, and earns a second laugh, but it turns the moment into another joke and leaves the behaviour alone.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option hr-quip).</extracomment>
      <translation>Deja claro que sabes cómo hay que actuar y provoca una segunda carcajada, pero convierte el momento en otra broma y no toca el comportamiento.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.text">
      <source>Turn to Agnieszka straight away: &quot;Which tests are being skipped? If it's the payments suite, that's a real risk.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option redirect). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>Girarte enseguida hacia Agnieszka: «¿Qué pruebas se saltan? Si son las de pagos, es un riesgo real».</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.why">
      <source>A deliberate distraction: it cuts the laughter off and puts her point back at the centre, though nobody names what happened.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option redirect).</extracomment>
      <translation>Una distracción deliberada: corta las risas y vuelve a poner su idea en el centro, aunque nadie nombra lo que ha pasado.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.text">
      <source>&quot;Callum, the accent thing doesn't land for me. Aga, sorry, go on; what's breaking?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option name-it). Shown on a phone button: keep it short, about 83 characters like the English.</extracomment>
      <translation>«Callum, lo del acento no me hace gracia. Aga, perdona, sigue: ¿qué se está rompiendo?».</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.why">
      <source>Direct and brief: it names the impact without a lecture and gives the floor back to her in the same breath.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option name-it).</extracomment>
      <translation>Directo y breve: nombra el efecto sin sermones y, en la misma frase, le devuelve la palabra.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.title">
      <source>The rest of the retro</source>
      <extracomment>Scene heading, shown on the projector (scene laugh-continues).</extracomment>
      <translation>El resto de la retrospectiva</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.narration">
      <source>The retro moves on. Agnieszka's point about skipped tests does not make it onto the action list. In the team chat that afternoon, someone posts a GIF of a cartoon villain with a thick accent; three people react with laughing faces.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene laugh-continues).</extracomment>
      <translation>La retrospectiva sigue. Lo que dijo Agnieszka sobre las pruebas que se saltan no llega a la lista de acciones. Esa tarde, en el chat del equipo, alguien publica un GIF de un villano de dibujos animados con un acento muy marcado; tres personas reaccionan con caritas de risa.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.notes">
      <source>Note the quiet cost: both the joke and the lost action item. Keep the pace up; the second decision is where this path can still turn.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene laugh-continues).</extracomment>
      <translation>Señala el coste silencioso: tanto la broma como la acción que se perdió. Mantén el ritmo; la segunda decisión es donde este camino todavía puede dar un giro.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.title">
      <source>A message back</source>
      <extracomment>Scene heading, shown on the projector (scene private-check-in).</extracomment>
      <translation>Una respuesta</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.narration">
      <source>Agnieszka replies an hour later: &quot;Thanks. It's fine, I'm used to it.&quot; Then a second message: &quot;Honestly it's been happening since before you joined.&quot; The build fails again that night.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-check-in).</extracomment>
      <translation>Agnieszka contesta una hora después: «Gracias. No pasa nada, ya estoy acostumbrada». Y luego un segundo mensaje: «La verdad es que pasa desde antes de que tú llegaras». Esa noche la compilación vuelve a fallar.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.notes">
      <source>Ask what &quot;I'm used to it&quot; means. Point out, gently, that the check-in gave the responder information they now hold, which carries into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-check-in).</extracomment>
      <translation>Pregunta qué significa «ya estoy acostumbrada». Señala, con tacto, que al preguntarle, la persona que respondió obtuvo una información que ahora tiene, y que pesa en la siguiente decisión.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.title">
      <source>A second laugh</source>
      <extracomment>Scene heading, shown on the projector (scene second-laugh).</extracomment>
      <translation>Otra carcajada</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.narration">
      <source>The table laughs again, louder. Callum raises his hands: &quot;Guilty! Don't report me!&quot; Deepa moves to the next card. Agnieszka's point is written down as &quot;tests (Aga)&quot; and nobody picks it up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene second-laugh).</extracomment>
      <translation>La mesa vuelve a reírse, más fuerte. Callum levanta las manos: «¡Culpable! ¡Que nadie me denuncie!». Deepa pasa a la siguiente tarjeta. Lo que dijo Agnieszka queda apuntado como «pruebas (Aga)» y nadie se hace cargo.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.notes">
      <source>Participants who chose this often meant to signal disapproval. Honour that, then ask what Callum took away, and what Agnieszka did.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene second-laugh).</extracomment>
      <translation>Quienes eligen esta opción a menudo querían mostrar desaprobación. Reconócelo y luego pregunta con qué se quedó Callum y qué hizo Agnieszka.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.title">
      <source>Back to the build</source>
      <extracomment>Scene heading, shown on the projector (scene point-lands).</extracomment>
      <translation>De vuelta a la compilación</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.narration">
      <source>Agnieszka blinks, then answers: &quot;Yes, payments, and the refund tests.&quot; The conversation becomes about the build, and Deepa assigns an owner. Callum does not repeat the bit, though he does not seem to think anything happened.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene point-lands).</extracomment>
      <translation>Agnieszka parpadea y luego responde: «Sí, las de pagos, y las de reembolsos». La conversación pasa a centrarse en la compilación y Deepa asigna una persona responsable. Callum no repite la gracia, aunque no parece pensar que haya pasado nada.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.notes">
      <source>Distraction is a legitimate move, especially for people with less standing. Ask what it achieved and what it left undone.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene point-lands).</extracomment>
      <translation>La distracción es un movimiento legítimo, sobre todo para quien tiene menos peso en el grupo. Pregunta qué consiguió y qué dejó sin hacer.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.title">
      <source>A pause</source>
      <extracomment>Scene heading, shown on the projector (scene named-calmly).</extracomment>
      <translation>Una pausa</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.narration">
      <source>There is an uncomfortable second. Callum says, &quot;It's just banter, mate,&quot; and looks around for support. Deepa says, &quot;Let's hear the build point,&quot; and Agnieszka explains the skipped payment tests. For the rest of the meeting Callum is quieter than usual, and two people avoid your eye.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-calmly).</extracomment>
      <translation>Hay un segundo incómodo. Callum dice: «Es solo una broma, hombre», y busca apoyo con la mirada. Deepa dice: «Escuchemos lo de la compilación», y Agnieszka explica lo de las pruebas de pagos que se saltan. Durante el resto de la reunión, Callum está más callado de lo habitual, y dos personas evitan tu mirada.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.notes">
      <source>Name the cost openly: social awkwardness, a teammate who feels called out. Ask participants whether they have ever been the Callum in a room, and how they would have wanted it done.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-calmly).</extracomment>
      <translation>Nombra el coste abiertamente: incomodidad social, un compañero que se siente señalado. Pregunta a las personas participantes si alguna vez han sido el Callum de una sala y cómo les habría gustado que se lo dijeran.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.title">
      <source>Monday, by the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks).</extracomment>
      <translation>Lunes, junto a la máquina de café</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.narration">
      <source>Callum catches you on your own. &quot;Can I ask you something? Aga's been a bit off with me since Friday. Was I out of order with the accent thing? I honestly didn't mean anything by it.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks).</extracomment>
      <translation>Callum te encuentra a solas. «¿Te puedo preguntar una cosa? Aga está un poco rara conmigo desde el viernes. ¿Me pasé con lo del acento? De verdad que no lo dije con mala intención».</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.notes">
      <source>In triads, have the person playing Callum deliver this sincerely. The responder must answer in their own words before the options are revealed, then pick the nearest. Watch for participants who soften so much the message disappears, and for ones who use the moment to lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks).</extracomment>
      <translation>En los grupos de tres, pide a quien interpreta a Callum que lo diga con sinceridad. Quien responde debe contestar con sus propias palabras antes de que se muestren las opciones, y luego elegir la más parecida. Fíjate en quienes suavizan tanto que el mensaje desaparece y en quienes aprovechan el momento para dar un sermón.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.prompt">
      <source>Callum has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene callum-asks).</extracomment>
      <translation>Callum te lo ha preguntado directamente. ¿Qué le dices?</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.text">
      <source>&quot;Nah, you're fine. She's probably just busy with the release.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option reassure). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>«Qué va, tranquilo. Seguramente está ocupada con la entrega».</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.why">
      <source>Reassuring a friend feels kind, but it closes the one door he had opened himself.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option reassure).</extracomment>
      <translation>Tranquilizar a un amigo parece amable, pero cierra la única puerta que él mismo había abierto.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.text">
      <source>&quot;Maybe? I don't know, you'd have to ask her.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option ask-her). Shown on a phone button: keep it short, about 45 characters like the English.</extracomment>
      <translation>«¿Puede ser? No sé, pregúntale a ella».</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.why">
      <source>It is not wrong, yet it sends Callum to the person who was hurt and makes her do the explaining.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option ask-her).</extracomment>
      <translation>No es incorrecto, pero manda a Callum a la persona a la que hizo daño y hace que sea ella quien tenga que dar explicaciones.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.text">
      <source>&quot;Mate, I'd just redo the unconscious bias module. It covers all this. I'll send you the link.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option do-the-module). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>«Yo que tú volvería a hacer el módulo de sesgos inconscientes. Trata todo esto. Te paso el enlace».</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.why">
      <source>It points at a programme instead of the behaviour, and keeps the conversation safely abstract for both of you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option do-the-module).</extracomment>
      <translation>Señala un programa en lugar del comportamiento y mantiene la conversación en un terreno abstracto y seguro para los dos.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.text">
      <source>&quot;Honestly, yes. I know you didn't mean it, but it's the effect that counts: she gets it a lot. A short sorry to her, no big speech, and drop the accent bit.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option honest-answer). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>«Sinceramente, sí. Sé que no era tu intención, pero lo que cuenta es el efecto: le pasa mucho. Pídele perdón, breve y sin grandes discursos, y deja lo del acento».</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.why">
      <source>You separate what he meant from what it did, and give him something concrete and proportionate to do.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option honest-answer).</extracomment>
      <translation>Separas lo que él quería decir de lo que provocó, y le das algo concreto y proporcionado que hacer.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.text">
      <source>Give the same honest answer, then propose to Deepa that the team's working agreement says jokes about accents, origins and identities are out, and that anyone can flag one without it being a drama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option team-agreement). Shown on a phone button: keep it short, about 197 characters like the English.</extracomment>
      <translation>Darle la misma respuesta sincera y proponer a Deepa que los acuerdos del equipo excluyan las bromas sobre acentos, orígenes e identidades, y que cualquiera pueda señalar una sin que sea un drama.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.why">
      <source>You deal with the person and the pattern, so that the next time does not depend on who happens to be in the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option team-agreement).</extracomment>
      <translation>Te ocupas de la persona y del patrón, para que la próxima vez no dependa de quién esté en la sala.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene carries-on).</extracomment>
      <translation>Un mes después</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.narration">
      <source>Callum relaxes and the jokes continue, now and then. Agnieszka stops raising issues in retros and logs them in the tracker instead, where they sit unread. In her exit interview, six months later, she mentions &quot;team culture&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene carries-on).</extracomment>
      <translation>Callum se relaja y las bromas siguen, de vez en cuando. Agnieszka deja de plantear problemas en las retrospectivas y los registra en la herramienta de seguimiento, donde nadie los lee. En su entrevista de salida, seis meses después, menciona la «cultura del equipo».</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.notes">
      <source>Do not rush past this. Ask how many exit interviews in their own organisation might say &quot;team culture&quot; and mean something like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene carries-on).</extracomment>
      <translation>No pases por aquí deprisa. Pregunta cuántas entrevistas de salida en su propia organización podrían decir «cultura del equipo» y referirse a algo así.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.title">
      <source>An awkward conversation</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Una conversación incómoda</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.narration">
      <source>Callum asks Agnieszka, in front of two others, &quot;Did I upset you on Friday?&quot; She says no, because there is no other answer available with an audience. Callum tells you later, &quot;See, she's fine.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Callum le pregunta a Agnieszka, delante de otras dos personas: «¿Te molestó lo del viernes?». Ella dice que no, porque delante de público no hay otra respuesta posible. Más tarde, Callum te dice: «¿Ves? Está bien».</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.notes">
      <source>A useful illustration of burdening the affected person. Ask how the responder could have spared her that moment.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks-aga).</extracomment>
      <translation>Un ejemplo útil de cómo se carga a la persona afectada. Pregunta cómo podría haberle ahorrado ese momento la persona que respondió.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene module-done).</extracomment>
      <translation>Un mes después</translation>
    </message>
    <message id="banter-joke.scenes.module-done.narration">
      <source>Callum completes the module in twenty minutes and posts his certificate in the team chat with a joke about being &quot;officially woke now&quot;. Deepa reacts with a laughing face. The accent jokes slow down, then return before the next release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene module-done).</extracomment>
      <translation>Callum completa el módulo en veinte minutos y publica su certificado en el chat del equipo con una broma sobre ser «oficialmente woke». Deepa reacciona con una carita de risa. Las bromas sobre el acento disminuyen y vuelven antes de la siguiente entrega.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.notes">
      <source>Training is not worthless; the issue is using it as a substitute for a direct answer. Ask the group what they would have needed to feel able to answer Callum plainly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene module-done).</extracomment>
      <translation>La formación no es inútil; el problema es usarla como sustituto de una respuesta directa. Pregunta al grupo qué habría necesitado para sentirse capaz de contestar a Callum con claridad.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene callum-apologises).</extracomment>
      <translation>Un mes después</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.narration">
      <source>Callum goes quiet, then says, &quot;Right. Fair.&quot; He tells Agnieszka, &quot;Sorry about the accent stuff, I'll knock it off,&quot; and she nods. He is slightly stiff with you for a week. In the next two retros Agnieszka's points run longer, and one of them saves a release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-apologises).</extracomment>
      <translation>Callum se queda callado y luego dice: «Bien. Tienes razón». Le dice a Agnieszka: «Perdona lo del acento, no lo volveré a hacer», y ella asiente. Durante una semana está algo distante contigo. En las dos retrospectivas siguientes, las intervenciones de Agnieszka son más largas, y una de ellas salva una entrega.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.notes">
      <source>Highlight that the apology was short and did not ask Agnieszka to reassure him. Ask the group what a bad apology would have sounded like.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-apologises).</extracomment>
      <translation>Subraya que la disculpa fue breve y no le pidió a Agnieszka que lo tranquilizara. Pregunta al grupo cómo habría sonado una mala disculpa.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Un mes después</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.narration">
      <source>Deepa takes the suggestion to the next retro. There is some eye-rolling about &quot;the fun police&quot;, and a real discussion about what teasing is and is not fine. The agreement goes on the team wiki. When a new starter imitates a contractor's accent a fortnight later, a junior developer points to it, and the joke stops there.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Deepa lleva la propuesta a la siguiente retrospectiva. Hay algunos ojos en blanco sobre «la policía de la diversión» y un debate de verdad sobre qué bromas están bien y cuáles no. El acuerdo se añade a la wiki del equipo. Cuando, dos semanas después, una persona recién incorporada imita el acento de un contratista, un desarrollador júnior señala el acuerdo y la broma se acaba ahí.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.notes">
      <source>Ask who benefited from the agreement beyond Agnieszka. Then ask what the eye-rolling cost and who bore it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene agreement-adopted).</extracomment>
      <translation>Pregunta quién se benefició del acuerdo además de Agnieszka. Después pregunta qué costaron esos ojos en blanco y quién cargó con ello.</translation>
    </message>
    <message id="banter-joke.debrief.what.1">
      <source>What did you notice in the room, and in yourself, in the second after the laugh?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué notaste en la sala, y en ti, en el segundo que siguió a la risa?</translation>
    </message>
    <message id="banter-joke.debrief.what.2">
      <source>Which response did the group lean towards, and what made it feel safest?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Hacia qué respuesta se inclinó el grupo, y qué hizo que pareciera la más segura?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.1">
      <source>When a person smiles through a joke at their expense, what might that smile be doing for them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Cuando una persona sonríe ante una broma a su costa, ¿qué puede estar haciendo esa sonrisa por ella?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.2">
      <source>Why does a focus on the joker's intent so often crowd out the effect on the target?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué centrarse en la intención de quien bromea suele tapar el efecto sobre la persona afectada?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.1">
      <source>What short phrase could you use to stop a joke like this without starting a fight?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué frase corta podrías usar para frenar una broma así sin empezar una pelea?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.2">
      <source>Which agreement in your own team would make the next intervention easier for whoever is in the room?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué acuerdo en tu propio equipo facilitaría la próxima intervención a quien esté en la sala?</translation>
    </message>
    <message id="banter-joke.sources.1.title">
      <source>Workplace allyship practice: challenge jokes and microaggressions, putting impact before intent</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: cuestionar las bromas y las microagresiones, anteponiendo el efecto a la intención</translation>
    </message>
    <message id="banter-joke.sources.2.title">
      <source>Bystander intervention: the five moves (distract, delegate, document, delay, direct)</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Intervención de testigos: los cinco movimientos (distraer, delegar, documentar, retrasar, intervenir directamente)</translation>
    </message>
    <message id="biased-shortlist.title">
      <source>The shortlist that sorted itself</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>La lista que se filtró sola</translation>
    </message>
    <message id="biased-shortlist.summary">
      <source>A hiring manager arrives at the shortlisting meeting with a &quot;first pass&quot; that has quietly removed career gaps and candidates whose names made him unsure about visas. The group decides what a panel member does at the sift, and again when &quot;culture fit&quot; decides the final hire.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Un responsable de contratación llega a la reunión de preselección con una «primera criba» que ha eliminado sin decirlo a quienes tenían pausas en su trayectoria y a candidatos cuyos nombres le hacían dudar sobre el visado. El grupo decide qué hace una persona del panel en la criba, y de nuevo cuando el «encaje cultural» decide la contratación final.</translation>
    </message>
    <message id="biased-shortlist.content_note">
      <source>This role-play includes candidates being dropped from a shortlist over a career gap spent caring or a foreign-sounding name, and the top-scoring candidate being judged a poor &quot;culture fit&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye candidaturas descartadas por una pausa profesional para cuidar de un familiar o por un nombre de origen extranjero, y a la candidata con mejor puntuación cuestionada por su «encaje cultural».</translation>
    </message>
    <message id="biased-shortlist.roles.niall.name">
      <source>Niall Brennan, data engineering manager (hiring manager)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role niall).</extracomment>
      <translation>Niall Brennan, responsable de ingeniería de datos (responsable de la contratación)</translation>
    </message>
    <message id="biased-shortlist.roles.niall.brief">
      <source>You have 140 applications, a team that is two people down, and no time. Your first pass felt like common sense: a long gap is a risk, and a visa would slow things down. You value a close team and you hire people you can picture at the Friday football. You are not trying to exclude anyone; if someone shows you the criteria plainly, you will look again, though you will sigh about the time.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role niall).</extracomment>
      <translation>Tienes 140 candidaturas, un equipo al que le faltan dos personas y nada de tiempo. Tu primera criba te pareció de sentido común: una pausa larga es un riesgo, y un visado retrasaría las cosas. Valoras un equipo unido y contratas a gente que te imaginas en el fútbol de los viernes. No intentas excluir a nadie; si alguien te muestra los criterios con claridad, volverás a mirarlo, aunque resoplarás por el tiempo.</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.name">
      <source>Tanisha Greene, in-house recruiter</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tanisha).</extracomment>
      <translation>Tanisha Greene, técnica de selección interna</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.brief">
      <source>You know the first pass breaks the hiring guidance, but Niall is senior and you have been told recruiters &quot;support the business&quot;. You will back a panel member who raises it, and you will bring in the guidance if asked. Alone, you stay quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tanisha).</extracomment>
      <translation>Sabes que la primera criba incumple las directrices de contratación, pero Niall tiene más rango y te han dicho que selección está para «apoyar al negocio». Respaldarás a quien del panel lo plantee, y sacarás las directrices si te lo piden. Sola, te quedas callada.</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.name">
      <source>Daniel Kowalczyk, senior data engineer (panel member)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role daniel).</extracomment>
      <translation>Daniel Kowalczyk, ingeniero de datos sénior (miembro del panel)</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.brief">
      <source>You are on the panel with the responder. You tend to agree with Niall because he is your manager. If someone makes a clear, criteria-based point, you say &quot;that's fair&quot; and support it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role daniel).</extracomment>
      <translation>Estás en el panel con la persona que responde. Sueles darle la razón a Niall porque es tu jefe. Si alguien hace un argumento claro y basado en los criterios, dices «es justo» y lo apoyas.</translation>
    </message>
    <message id="biased-shortlist.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="biased-shortlist.roles.observer.brief">
      <source>Watch how decisions are justified: against the written criteria, or by feel. Note every use of &quot;fit&quot;, &quot;risk&quot; and &quot;gut&quot;. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en cómo se justifican las decisiones: con los criterios escritos o por intuición. Anota cada vez que se diga «encaje», «riesgo» o «instinto». Usa la lista de observación.</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.1">
      <source>Which reasons for rejecting candidates were in the advert's criteria, and which were not?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué motivos para descartar candidaturas estaban entre los criterios de la oferta y cuáles no?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared? For example, did anyone delegate to the recruiter, or ask to delay the decision?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención (distraer, delegar, documentar, retrasar, intervenir directamente) apareció? Por ejemplo, ¿delegó alguien en la técnica de selección o pidió retrasar la decisión?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.3">
      <source>Did anyone ask what &quot;culture fit&quot; actually meant, in words that could be scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Preguntó alguien qué significaba en realidad «encaje cultural», con palabras que se pudieran puntuar?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.4">
      <source>Did the responder challenge the decision, the process, or both?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuestionó la persona que responde la decisión, el proceso o ambas cosas?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.5">
      <source>What did speaking up cost the responder, in time or in goodwill?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué le costó hablar a la persona que responde, en tiempo o en buena sintonía?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.title">
      <source>Tuesday, the shortlisting meeting</source>
      <extracomment>Scene heading, shown on the projector (scene sift).</extracomment>
      <translation>Martes, la reunión de preselección</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.narration">
      <source>Niall opens the meeting: &quot;I did a first pass to save us time. I took out anyone with a gap of more than a year, always a question mark, and a few where I wasn't sure they'd have the right to work here. That leaves nine; let's pick six to interview.&quot; Tanisha shares the list. In the &quot;out&quot; pile you see Mohammed Al-Sayed: eight years in data engineering and an eighteen-month gap marked &quot;caring for my father&quot;. Two others have non-English names, and all three answered &quot;yes&quot; to the right-to-work question on the form.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sift).</extracomment>
      <translation>Niall abre la reunión: «He hecho una primera criba para ahorrarnos tiempo. He quitado a quien tenía una pausa de más de un año, que siempre es un interrogante, y a unos cuantos de los que no tenía claro que tuvieran permiso para trabajar aquí. Quedan nueve; elijamos seis para entrevistar». Tanisha comparte la lista. En el montón de descartes ves a Mohammed Al-Sayed: ocho años en ingeniería de datos y una pausa de dieciocho meses con la nota «cuidado de mi padre». Otras dos personas tienen nombres no ingleses, y las tres respondieron «sí» a la pregunta sobre el permiso de trabajo del formulario.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.notes">
      <source>Give the group a moment to read before revealing the prompt. If someone says &quot;gaps are a fair question&quot;, agree that they can be discussed at interview, and ask whether they belong in a sift that nobody else saw. Watch for participants who want to label Niall a bigot; steer them back to what he did, not who he is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sift).</extracomment>
      <translation>Deja al grupo un momento para leer antes de mostrar la pregunta. Si alguien dice «las pausas son una pregunta legítima», dale la razón en que se pueden hablar en la entrevista, y pregunta si deben estar en una criba que nadie más vio. Fíjate en quien quiera tachar a Niall de intolerante; reconduce hacia lo que hizo, no hacia quién es.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.prompt">
      <source>You are on the panel as a senior engineer from a neighbouring team. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sift).</extracomment>
      <translation>Estás en el panel como especialista sénior de ingeniería de un equipo vecino. ¿Qué haces?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.text">
      <source>Go with the nine. Niall is the hiring manager and he knows what his team needs.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option go-with-it). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Aceptar los nueve. Niall es quien contrata y sabe lo que necesita su equipo.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.why">
      <source>Trusting the hiring manager is the normal thing to do, and it lets an unwritten filter decide who even gets read.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option go-with-it).</extracomment>
      <translation>Confiar en quien contrata es lo normal, y eso deja que un filtro no escrito decida a quién se llega a leer siquiera.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.text">
      <source>&quot;Fine by me. Mohammed's CV did look strong, though.&quot; When Niall shrugs, leave it there.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option mention-once). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>«Por mí bien. Aunque el CV de Mohammed era sólido». Si Niall se encoge de hombros, dejarlo ahí.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.why">
      <source>You put your view on the record once, softly, and withdraw it as soon as it meets resistance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option mention-once).</extracomment>
      <translation>Dejas constancia de tu opinión una vez, con suavidad, y la retiras en cuanto encuentra resistencia.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.text">
      <source>&quot;Agreed. Though can we make sure the interview list has a bit of diversity? For how it looks, if nothing else. Maybe add one back.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option add-one-back). Shown on a phone button: keep it short, about 131 characters like the English.</extracomment>
      <translation>«De acuerdo. ¿Pero podemos procurar algo de diversidad en la lista? Aunque solo sea por la imagen. Podríamos recuperar a alguien».</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.why">
      <source>It aims for a more varied list, but as optics rather than fairness, and it leaves the filter itself untouched.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option add-one-back).</extracomment>
      <translation>Busca una lista más variada, pero por imagen y no por justicia, y deja intacto el propio filtro.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.text">
      <source>&quot;Before we lock it, can we check the 'out' pile against the five criteria in the advert? Mohammed meets all five, and his gap was caring for his father. The form already asks about right to work, and all three said yes.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option check-criteria). Shown on a phone button: keep it short, about 220 characters like the English.</extracomment>
      <translation>«Antes de cerrarla, ¿revisamos los descartes con los cinco criterios de la oferta? Mohammed cumple los cinco, y su pausa fue para cuidar de su padre. El formulario ya pregunta por el permiso de trabajo, y los tres dijeron que sí».</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.why">
      <source>You challenge the filter in the room, using the agreed criteria rather than accusations, and name the people it removed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option check-criteria).</extracomment>
      <translation>Cuestionas el filtro en la sala, con los criterios acordados en lugar de acusaciones, y nombras a las personas que eliminó.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.title">
      <source>That afternoon</source>
      <extracomment>Scene heading, shown on the projector (scene nine-stand).</extracomment>
      <translation>Esa tarde</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.narration">
      <source>Six interviews are booked. Four of the six studied at the same two universities; two worked with Niall at his last company. Mohammed gets an automated rejection within the hour. Tanisha writes &quot;HM pre-sift&quot; in the tracker and closes the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nine-stand).</extracomment>
      <translation>Se programan seis entrevistas. Cuatro de las seis personas estudiaron en las mismas dos universidades; dos trabajaron con Niall en su anterior empresa. Mohammed recibe un rechazo automático en menos de una hora. Tanisha escribe «criba previa del responsable» en la herramienta de seguimiento y cierra el expediente.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.notes">
      <source>Ask the group to picture Mohammed reading the rejection. Then move on; the same panel meets again in a week.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nine-stand).</extracomment>
      <translation>Pide al grupo que se imagine a Mohammed leyendo el rechazo. Luego sigue adelante; el mismo panel vuelve a reunirse en una semana.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.title">
      <source>A shrug</source>
      <extracomment>Scene heading, shown on the projector (scene mentioned-once).</extracomment>
      <translation>Un encogimiento de hombros</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.narration">
      <source>Niall says, &quot;Strong, but the gap worries me.&quot; Daniel nods. The meeting moves on. Tanisha catches your eye for a moment and then looks back at her screen. Mohammed's application is marked &quot;not progressed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mentioned-once).</extracomment>
      <translation>Niall dice: «Sólido, pero la pausa me preocupa». Daniel asiente. La reunión sigue. Tanisha cruza la mirada contigo un momento y vuelve a su pantalla. La candidatura de Mohammed queda marcada como «no avanza».</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.notes">
      <source>Point out that Tanisha was waiting for backing that did not come. Ask who in the room had the most power to change the outcome.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mentioned-once).</extracomment>
      <translation>Señala que Tanisha esperaba un respaldo que no llegó. Pregunta quién en la sala tenía más poder para cambiar el resultado.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.title">
      <source>One added back</source>
      <extracomment>Scene heading, shown on the projector (scene token-add).</extracomment>
      <translation>Uno recuperado</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.narration">
      <source>Niall says, &quot;Fine, for balance,&quot; and Tanisha adds back one of the candidates whose visa status he had guessed at. He is given the last slot on Friday afternoon, when Daniel has already left. Everyone on the panel knows why he is there, and it shows in how he is questioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene token-add).</extracomment>
      <translation>Niall dice: «Vale, por equilibrar», y Tanisha recupera a uno de los candidatos cuya situación de visado él había supuesto. Le dan el último hueco, el viernes por la tarde, cuando Daniel ya se ha ido. Todo el panel sabe por qué está allí, y se nota en cómo le preguntan.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.notes">
      <source>Participants may feel this option was a genuine improvement; in one sense it was. Ask what it feels like to be interviewed as the &quot;balance&quot; candidate, and what happened to the other two.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene token-add).</extracomment>
      <translation>Puede que haya participantes que sientan que esta opción fue una mejora real; en cierto sentido lo fue. Pregunta qué se siente al ser entrevistado como el candidato «para equilibrar», y qué pasó con los otros dos.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.title">
      <source>Twenty-five extra minutes</source>
      <extracomment>Scene heading, shown on the projector (scene recheck).</extracomment>
      <translation>Veinticinco minutos más</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.narration">
      <source>Niall sighs: &quot;We'll be here all day.&quot; Tanisha pulls up the hiring guidance, which says gaps are not a sift criterion, and the panel goes through the out pile properly. Mohammed and one other candidate come back in. Daniel says, &quot;Fair enough.&quot; Niall is curt with you for the rest of the meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene recheck).</extracomment>
      <translation>Niall resopla: «Vamos a estar aquí todo el día». Tanisha abre las directrices de contratación, que dicen que las pausas no son un criterio de criba, y el panel revisa los descartes como es debido. Mohammed y otra persona vuelven a entrar. Daniel dice: «Es justo». Niall está seco contigo el resto de la reunión.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.notes">
      <source>Name the costs: time, and a hiring manager who feels second-guessed in front of a recruiter. Ask whether there was a way to raise it that would have cost less. Notice that the recruiter acted once someone else went first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene recheck).</extracomment>
      <translation>Nombra los costes: tiempo, y un responsable que se siente cuestionado delante de la técnica de selección. Pregunta si había una forma de plantearlo que costara menos. Fíjate en que la técnica de selección actuó en cuanto otra persona dio el primer paso.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.title">
      <source>A week later, the interview wash-up</source>
      <extracomment>Scene heading, shown on the projector (scene panel-debrief).</extracomment>
      <translation>Una semana después, la reunión de valoración</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.narration">
      <source>The interviews are done. Niall: &quot;Bukola was technically the strongest, no question. But I'm not sure she's a fit. She was quite reserved, didn't really laugh at anything, and we're a tight bunch. Oliver felt like one of us.&quot; On the scorecards, Bukola Adeyinka is top on four of the five criteria; Oliver is third.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene panel-debrief).</extracomment>
      <translation>Las entrevistas han terminado. Niall: «Técnicamente, Bukola fue la mejor, sin duda. Pero no sé si encaja. Era bastante reservada, no se rio de nada, y nosotros somos un grupo muy unido. Oliver me pareció uno de los nuestros». En las hojas de puntuación, Bukola Adeyinka es la primera en cuatro de los cinco criterios; Oliver es tercero.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.notes">
      <source>Bukola was in the shortlist on every path, so this scene works whatever the group chose earlier. Some participants will defend &quot;fit&quot; as real; ask them to define it in a way that could be scored before the interview. Keep an eye on the clock: this decision usually runs long.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene panel-debrief).</extracomment>
      <translation>Bukola estaba en la lista en todos los caminos, así que esta escena funciona elija lo que elija el grupo antes. Habrá participantes que defiendan que el «encaje» es real; pídeles que lo definan de forma que se pueda puntuar antes de la entrevista. Vigila el reloj: esta decisión suele alargarse.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.prompt">
      <source>Niall looks round the panel for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene panel-debrief).</extracomment>
      <translation>Niall busca la aprobación del panel con la mirada. ¿Qué dices?</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.text">
      <source>&quot;Fit matters in a small team. Oliver's solid, he'll be fine.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fit-matters). Shown on a phone button: keep it short, about 61 characters like the English.</extracomment>
      <translation>«En un equipo pequeño, encajar importa. Oliver es sólido, irá bien».</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.why">
      <source>Agreeing keeps the wash-up short and friendly, and lets a feeling outweigh the evidence everyone scored.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fit-matters).</extracomment>
      <translation>Estar de acuerdo hace la valoración corta y cordial, y deja que una sensación pese más que las pruebas que todo el mundo puntuó.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.text">
      <source>&quot;For what it's worth, she scored highest.&quot; When Niall says he has to weigh everything, you nod.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option for-the-record). Shown on a phone button: keep it short, about 95 characters like the English.</extracomment>
      <translation>«Por si sirve de algo, ella sacó la mejor nota». Si Niall dice que tiene que valorarlo todo, asentir.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.why">
      <source>You point at the evidence, which matters, but you leave the decision to the feeling you have just questioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option for-the-record).</extracomment>
      <translation>Señalas las pruebas, y eso importa, pero dejas la decisión en manos de la sensación que acabas de cuestionar.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.text">
      <source>&quot;Honestly, hiring Bukola would really help our diversity numbers. It'd look great for the department.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option diversity-numbers). Shown on a phone button: keep it short, about 102 characters like the English.</extracomment>
      <translation>«Sinceramente, contratar a Bukola subiría nuestras cifras de diversidad. Quedaría genial para el departamento».</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.why">
      <source>It may tip the decision her way, but it recasts the strongest candidate as a statistic, which follows her into the job.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option diversity-numbers).</extracomment>
      <translation>Puede inclinar la decisión a su favor, pero convierte a la mejor candidata en una estadística, y eso la acompaña en el puesto.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.text">
      <source>&quot;Can we say what 'fit' means here? On the scorecard she's top on four of five. Laughing at jokes and football aren't on it, and 'reserved' in an interview isn't a skill gap.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option define-fit). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>«¿Podemos decir qué significa aquí “encajar”? En la hoja es la primera en cuatro de cinco. Reírse de los chistes y el fútbol no figuran, y ser “reservada” en una entrevista no es una carencia».</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.why">
      <source>You hold the panel to its own criteria and make the unspoken standard visible, in the room where the decision is made.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option define-fit).</extracomment>
      <translation>Haces que el panel se atenga a sus propios criterios y pones a la vista el estándar no dicho, en la sala donde se toma la decisión.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.text">
      <source>Make the same point, then ask Tanisha to take three changes to the head of talent: score before discussing, replace &quot;culture fit&quot; with named values, and ban career gaps and guessed visa status as sift reasons.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fix-the-process). Shown on a phone button: keep it short, about 209 characters like the English.</extracomment>
      <translation>Decir lo mismo y pedir a Tanisha que lleve tres cambios a la dirección de talento: puntuar antes de debatir, cambiar «encaje cultural» por valores concretos y prohibir las pausas y el visado supuesto como motivos de criba.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.why">
      <source>You deal with this hire and with the process that shaped it, so the next panel does not rely on someone happening to object.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fix-the-process).</extracomment>
      <translation>Te ocupas de esta contratación y del proceso que le dio forma, para que el próximo panel no dependa de que alguien se anime a objetar.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene oliver-hired).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.narration">
      <source>Oliver joins and fits in easily. The team now has six engineers with near-identical backgrounds. In the next quarterly review, Niall's director asks why the team's candidate pipeline &quot;never seems to change&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene oliver-hired).</extracomment>
      <translation>Oliver se incorpora y encaja sin problemas. El equipo tiene ahora seis ingenieros con trayectorias casi idénticas. En la siguiente revisión trimestral, el director de Niall pregunta por qué las candidaturas del equipo «nunca parecen cambiar».</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.notes">
      <source>Avoid painting Oliver as a bad hire; he is not. The point is what the team did not get. Ask what the company learns from this pattern over five years.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene oliver-hired).</extracomment>
      <translation>No pintes a Oliver como una mala contratación; no lo es. La cuestión es lo que el equipo no consiguió. Pregunta qué aprende la empresa de este patrón a lo largo de cinco años.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene scores-noted).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.narration">
      <source>Niall offers Oliver the role. Tanisha records the scores and the decision side by side, and says nothing. Bukola receives feedback that she was &quot;a close second&quot;; she accepts an offer from a competitor the following week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene scores-noted).</extracomment>
      <translation>Niall le ofrece el puesto a Oliver. Tanisha registra las puntuaciones y la decisión una al lado de la otra, y no dice nada. A Bukola le comunican que quedó «en un segundo puesto muy ajustado»; a la semana siguiente acepta una oferta de la competencia.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.notes">
      <source>Ask what a second sentence in the wash-up would have needed to say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene scores-noted).</extracomment>
      <translation>Pregunta qué habría tenido que decir una segunda frase en la reunión de valoración.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene diversity-framing).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.narration">
      <source>Bukola is offered the role. In her second week, a teammate jokes that she was &quot;the diversity hire&quot;, repeating a line that travelled out of the wash-up. She starts working late to prove a point that nobody should have made.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene diversity-framing).</extracomment>
      <translation>Le ofrecen el puesto a Bukola. En su segunda semana, un compañero bromea con que fue «la contratación por diversidad», repitiendo una frase que salió de la reunión de valoración. Ella empieza a quedarse hasta tarde para demostrar algo que nadie debería haber insinuado.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.notes">
      <source>This ending often surprises people who chose the option. Be kind: the intention was to help. Ask how the same outcome could have been argued on merit.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene diversity-framing).</extracomment>
      <translation>Este final suele sorprender a quien eligió la opción. Sé amable: la intención era ayudar. Pregunta cómo se podría haber defendido el mismo resultado por méritos.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene bukola-offered).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.narration">
      <source>There is a pause, then Daniel says, &quot;She was the best on the pipeline question.&quot; Niall rubs his eyes: &quot;Fine. Offer Bukola.&quot; She accepts. Niall stays cool with you for a couple of weeks, then asks you to join his next panel &quot;because you keep us honest&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene bukola-offered).</extracomment>
      <translation>Hay una pausa, y luego Daniel dice: «Ella fue la mejor en la pregunta del pipeline». Niall se frota los ojos: «Vale. Ofrezcámosle el puesto a Bukola». Ella acepta. Niall está frío contigo un par de semanas y luego te pide que estés en su próximo panel «porque nos mantienes honestos».</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.notes">
      <source>Point out both the cost and the turn. Ask what made it possible for Niall to change his mind without losing face.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene bukola-offered).</extracomment>
      <translation>Señala tanto el coste como el giro. Pregunta qué hizo posible que Niall cambiara de opinión sin quedar mal.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene process-changed).</extracomment>
      <translation>Seis meses después</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.narration">
      <source>Bukola is offered the role and accepts. The head of talent adopts two of the three changes straight away; the &quot;culture fit&quot; question becomes &quot;which of our values did the candidate show, and how?&quot;. Niall grumbles about forms, then admits the next shortlist was the strongest he has seen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene process-changed).</extracomment>
      <translation>Le ofrecen el puesto a Bukola y acepta. La dirección de talento adopta enseguida dos de los tres cambios; la pregunta del «encaje cultural» pasa a ser «¿qué valores nuestros mostró la persona candidata, y cómo?». Niall se queja de los formularios y luego reconoce que la siguiente lista fue la mejor que ha visto.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.notes">
      <source>Ask who had to agree for this to happen, and what the responder needed: access, evidence, an ally in the recruiter. Then ask what one change in their own hiring process each participant could push for.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene process-changed).</extracomment>
      <translation>Pregunta quién tuvo que estar de acuerdo para que esto ocurriera y qué necesitó la persona que respondió: acceso, pruebas, una aliada en la técnica de selección. Luego pregunta qué cambio en su propio proceso de contratación podría impulsar cada participante.</translation>
    </message>
    <message id="biased-shortlist.debrief.what.1">
      <source>Which filters shaped this shortlist before anyone on the panel had read a CV?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué filtros dieron forma a esta lista antes de que nadie del panel hubiera leído un currículum?</translation>
    </message>
    <message id="biased-shortlist.debrief.what.2">
      <source>At which moment did the evidence and the feeling pull in different directions?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿En qué momento las pruebas y la sensación tiraron en direcciones distintas?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.1">
      <source>Who does &quot;culture fit&quot; tend to favour, and how would a team notice if it were happening?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿A quién suele favorecer el «encaje cultural», y cómo se daría cuenta un equipo de que está pasando?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.2">
      <source>Why might a panel member stay quiet even when the written guidance is on their side?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué alguien del panel podría callarse aunque las directrices escritas le den la razón?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.1">
      <source>What is one question you will ask at your next shortlisting or interview panel?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué pregunta harás en tu próxima preselección o panel de entrevistas?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.2">
      <source>Who owns your organisation's hiring guidance, and what would you want them to change?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Quién se encarga de las directrices de contratación en tu organización, y qué te gustaría que cambiara?</translation>
    </message>
    <message id="biased-shortlist.sources.1.title">
      <source>Workplace allyship practice: challenge biased recruitment processes</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: cuestionar los procesos de selección sesgados</translation>
    </message>
    <message id="biased-shortlist.sources.1.note">
      <source>Draws on the practice of questioning filters such as career gaps, guessed visa status and loosely defined &quot;fit&quot;, and changing the process rather than only the single outcome.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Se basa en la práctica de cuestionar filtros como las pausas en la trayectoria, el visado supuesto o un «encaje» definido a la ligera, y de cambiar el proceso y no solo el resultado concreto.</translation>
    </message>
    <message id="biased-shortlist.sources.2.title">
      <source>Workplace allyship practice: question the process that produces an outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: cuestionar el proceso que produce un resultado</translation>
    </message>
    <message id="client-introduction.title">
      <source>Four seats at the client dinner</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Cuatro sillas en la cena con el cliente</translation>
    </message>
    <message id="client-introduction.summary">
      <source>A client's chief executive wants a dinner to discuss results, and a director decides who fills the firm's four seats. The senior consultant whose model made the case has never met the client. Six weeks later a follow-on project needs a named lead, and the director decides again how far to use his access on her behalf.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>El consejero delegado de un cliente quiere una cena para comentar los resultados, y un director decide quién ocupa las cuatro sillas de la consultora. La consultora sénior cuyo modelo sostuvo la propuesta nunca ha conocido al cliente. Seis semanas después, un proyecto de continuación necesita una persona responsable con nombre, y el director vuelve a decidir hasta dónde usa su acceso a favor de ella.</translation>
    </message>
    <message id="client-introduction.content_note">
      <source>This role-play includes a consultant being left out of a client dinner about her own work, her answers going out under a colleague's name, and her promotion being held back.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye a una consultora a la que dejan fuera de una cena con el cliente sobre su propio trabajo, sus respuestas enviadas con el nombre de un compañero y su ascenso aplazado.</translation>
    </message>
    <message id="client-introduction.roles.samuel.name">
      <source>Samuel Mensah, director and engagement lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role samuel).</extracomment>
      <translation>Samuel Mensah, director y responsable del proyecto</translation>
    </message>
    <message id="client-introduction.roles.samuel.brief">
      <source>You send the invitations, and you know it. At 29 a partner took you to a client dinner that changed your career, and you have never forgotten who did it. You like James and trust him with the client; you also know exactly who built the demand model.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role samuel).</extracomment>
      <translation>Tú envías las invitaciones, y lo sabes. A los 29 años, un socio te llevó a una cena con un cliente que cambió tu carrera, y nunca has olvidado quién lo hizo. James te cae bien y confías en él con el cliente; también sabes perfectamente quién construyó el modelo de demanda.</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.name">
      <source>Lakshmi Iyer, senior consultant</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role lakshmi).</extracomment>
      <translation>Lakshmi Iyer, consultora sénior</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.brief">
      <source>You built the demand model that made the review's case, and you have never met Stefan, the client's chief executive. You would like to, but you will not ask. If you are asked to present, you are ready and good at it. If you are invited without a role, you notice and say so calmly if asked.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role lakshmi).</extracomment>
      <translation>Construiste el modelo de demanda que sostuvo las conclusiones del estudio, y nunca has conocido a Stefan, el consejero delegado del cliente. Te gustaría, pero no lo vas a pedir. Si te piden que presentes, estás preparada y lo haces bien. Si te invitan sin ningún papel, te das cuenta y, si te preguntan, lo dices con calma.</translation>
    </message>
    <message id="client-introduction.roles.james.name">
      <source>James Thornton, associate director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role james).</extracomment>
      <translation>James Thornton, director adjunto</translation>
    </message>
    <message id="client-introduction.roles.james.brief">
      <source>You have worked on this account for four years and know Stefan from a charity golf day. You are good at relationships and you worry that changing faces could unsettle the client. If you are asked directly to help Lakshmi and given a real role, you are generous. If you are simply moved aside, you feel it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role james).</extracomment>
      <translation>Llevas cuatro años en esta cuenta y conoces a Stefan de un torneo benéfico de golf. Se te dan bien las relaciones y te preocupa que cambiar las caras pueda inquietar al cliente. Si te piden directamente que ayudes a Lakshmi y te dan un papel real, eres generoso. Si simplemente te apartan, lo notas.</translation>
    </message>
    <message id="client-introduction.roles.moira.name">
      <source>Moira Campbell, account partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role moira).</extracomment>
      <translation>Moira Campbell, socia responsable de la cuenta</translation>
    </message>
    <message id="client-introduction.roles.moira.brief">
      <source>You protect the client relationship carefully; it is the firm's largest. You default to the team Stefan knows. You will accept a change if Samuel explains it and takes responsibility for it, but you want that said out loud.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role moira).</extracomment>
      <translation>Proteges con mucho cuidado la relación con el cliente; es el cliente más grande de la firma. Por defecto, apuestas por el equipo que Stefan conoce. Aceptarás un cambio si Samuel lo explica y asume la responsabilidad, pero quieres que lo diga en voz alta.</translation>
    </message>
    <message id="client-introduction.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="client-introduction.roles.observer.brief">
      <source>Watch where the access sits: invitations, introductions, who speaks to the client, whose name is on the emails. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en dónde está el acceso: invitaciones, presentaciones, quién habla con el cliente, qué nombre figura en los correos. Usa la lista de observación.</translation>
    </message>
    <message id="client-introduction.observer_checklist.1">
      <source>Who decided the seating and speaking roles, and did anyone ask Lakshmi what she wanted?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Quién decidió los asientos y quién hablaría, y le preguntó alguien a Lakshmi qué quería?</translation>
    </message>
    <message id="client-introduction.observer_checklist.2">
      <source>When Lakshmi was introduced, was her work named specifically, or was she &quot;from the team&quot;?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Cuando se presentó a Lakshmi, ¿se mencionó su trabajo de forma concreta, o era alguien «del equipo»?</translation>
    </message>
    <message id="client-introduction.observer_checklist.3">
      <source>Did Samuel use access he already had (the invitation list, his introduction, his voice in the staffing meeting), or only his opinion?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Usó Samuel el acceso que ya tenía (la lista de invitados, su presentación, su voz en la reunión de asignación de equipos) o solo su opinión?</translation>
    </message>
    <message id="client-introduction.observer_checklist.4">
      <source>How was James treated when the default changed? Was he given a role or simply moved aside?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cómo se trató a James cuando cambió lo habitual? ¿Se le dio un papel o simplemente se le apartó?</translation>
    </message>
    <message id="client-introduction.observer_checklist.5">
      <source>Which of the five moves appeared, if any: distract, delegate, document, delay, direct? Which would have helped at the staffing meeting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención apareció, si alguno: distraer, delegar, documentar, retrasar, intervenir directamente? ¿Cuál habría ayudado en la reunión de asignación?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.title">
      <source>Four seats</source>
      <extracomment>Scene heading, shown on the projector (scene staffing).</extracomment>
      <translation>Cuatro sillas</translation>
    </message>
    <message id="client-introduction.scenes.staffing.narration">
      <source>Stefan Kessler, the client's chief executive, has asked for a dinner next Thursday to discuss the supply-chain review, with four seats on the firm's side. Moira Campbell, the account partner, messages Samuel: &quot;You, me, James and Oliver, as usual? Stefan knows James from the golf day.&quot; The demand model that made the review's case was built by Lakshmi Iyer, a senior consultant who has never met Stefan. Samuel is the one who sends the invitations.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene staffing).</extracomment>
      <translation>Stefan Kessler, el consejero delegado del cliente, ha pedido una cena el jueves que viene para hablar del estudio de la cadena de suministro, con cuatro sillas para la firma. Moira Campbell, la socia responsable de la cuenta, le escribe a Samuel: «¿Tú, yo, James y Oliver, como siempre? Stefan conoce a James del torneo de golf». El modelo de demanda que sostuvo las conclusiones del estudio lo construyó Lakshmi Iyer, una consultora sénior que nunca ha conocido a Stefan. Samuel es quien envía las invitaciones.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.notes">
      <source>Two minutes. This scenario is about using access, not about anyone behaving badly: Moira's suggestion is reasonable, and the usual team is good. If the group treats Moira or James as villains, bring them back to the question of who holds the list.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene staffing).</extracomment>
      <translation>Dos minutos. Este escenario trata de usar el acceso, no de que alguien se porte mal: la propuesta de Moira es razonable, y el equipo de siempre es bueno. Si el grupo trata a Moira o a James como villanos, reconduce hacia la pregunta de quién tiene la lista.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.prompt">
      <source>You are Samuel. Who goes to the dinner, and in what role?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene staffing).</extracomment>
      <translation>Eres Samuel. ¿Quién va a la cena, y con qué papel?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.text">
      <source>Reply &quot;Sounds good&quot; and invite the usual four. The client is comfortable with them, and this is a big dinner.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option usual). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>Responder «Perfecto» e invitar a los cuatro de siempre. El cliente está cómodo con ellos, y es una cena importante.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.why">
      <source>Comfort with a big client is a real consideration. But the seats go where they always go, and the person whose work is on the table stays at her desk.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option usual).</extracomment>
      <translation>Que un cliente grande esté cómodo es algo real a tener en cuenta. Pero las sillas van a donde siempre, y la persona cuyo trabajo está sobre la mesa se queda en su puesto.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.text">
      <source>Invite Lakshmi instead of Oliver so the table looks like the team that did the work, but keep the presentation with James.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option seat-without-role). Shown on a phone button: keep it short, about 122 characters like the English.</extracomment>
      <translation>Invitar a Lakshmi en lugar de a Oliver para que la mesa se parezca al equipo que hizo el trabajo, pero dejar la presentación a James.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.why">
      <source>It looks inclusive, and it does put her in the room. But she is there to be seen rather than heard, and she will know it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option seat-without-role).</extracomment>
      <translation>Parece inclusivo, y sí la lleva a la sala. Pero está allí para que la vean, no para que la escuchen, y ella lo sabrá.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.text">
      <source>Invite Lakshmi and ask her to present the demand model herself. Before the dinner, tell Stefan who she is and what she built.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option she-presents). Shown on a phone button: keep it short, about 125 characters like the English.</extracomment>
      <translation>Invitar a Lakshmi y pedirle que presente ella el modelo de demanda. Antes de la cena, contarle a Stefan quién es y qué construyó.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.why">
      <source>You use your invitation list and your introduction to put her work, and her name, in front of the person who makes decisions.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option she-presents).</extracomment>
      <translation>Usas tu lista de invitados y tu presentación para poner su trabajo, y su nombre, delante de quien toma las decisiones.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.text">
      <source>Do the same, ask James to introduce her and chair the discussion, and tell Moira you'd like client seats on this account to follow who did the work from now on, reviewed every quarter. &quot;If Stefan is unsettled, that's on me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option change-the-default). Shown on a phone button: keep it short, about 224 characters like the English.</extracomment>
      <translation>Hacer lo mismo, pedir a James que la presente y modere el debate, y decirle a Moira que a partir de ahora las sillas con el cliente en esta cuenta sigan a quien hizo el trabajo, con revisión trimestral. «Si Stefan se inquieta, es cosa mía».</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.why">
      <source>You make this invitation and change the habit that decides invitations, giving the existing relationship-holder a real role and spending your own standing with the partner to do it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option change-the-default).</extracomment>
      <translation>Haces esta invitación y cambias la costumbre que decide las invitaciones, das un papel real a quien ya tiene la relación y gastas tu propio crédito ante la socia para conseguirlo.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.title">
      <source>I'll get the team to come back to you</source>
      <extracomment>Scene heading, shown on the projector (scene usual-dinner).</extracomment>
      <translation>Haré que el equipo te responda</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.narration">
      <source>The dinner goes smoothly. Over dessert, Stefan asks how the model handles seasonal spikes, and James says, &quot;Great question. I'll get the team to come back to you.&quot; Lakshmi writes the answer at eleven that night, and it goes out the next morning under James's name.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene usual-dinner).</extracomment>
      <translation>La cena va como la seda. En el postre, Stefan pregunta cómo gestiona el modelo los picos estacionales, y James dice: «Muy buena pregunta. Haré que el equipo te responda». Lakshmi escribe la respuesta a las once de la noche, y sale a la mañana siguiente con el nombre de James.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.notes">
      <source>Ask Lakshmi's role-player what she knows about the dinner and how she found out. Keep it short; the quiet cost speaks for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene usual-dinner).</extracomment>
      <translation>Pregunta a quien interpreta a Lakshmi qué sabe de la cena y cómo se enteró. Que sea breve; el coste silencioso habla por sí solo.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.title">
      <source>From the team</source>
      <extracomment>Scene heading, shown on the projector (scene seat-only).</extracomment>
      <translation>Del equipo</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.narration">
      <source>Lakshmi is seated between Moira and Stefan's finance director, who asks about her holiday plans. James presents, and she is introduced only as &quot;Lakshmi, from the team&quot;. In the taxi afterwards she asks Samuel, quite neutrally, what he had hoped she would get out of the evening.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene seat-only).</extracomment>
      <translation>A Lakshmi la sientan entre Moira y el director financiero de Stefan, que le pregunta por sus planes de vacaciones. James presenta, y a ella solo la presentan como «Lakshmi, del equipo». Después, en el taxi, le pregunta a Samuel, con bastante neutralidad, qué esperaba él que ella sacara de la noche.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.notes">
      <source>This option is often chosen by people who want to do the right thing under pressure. Be kind about it. Ask Lakshmi's role-player to answer the taxi question herself; it is usually more generous and more pointed than anything you could say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene seat-only).</extracomment>
      <translation>Esta opción la suelen elegir personas que quieren hacer lo correcto bajo presión. Trátalo con amabilidad. Pide a quien interpreta a Lakshmi que responda ella misma a la pregunta del taxi; suele ser más generosa y más certera que cualquier cosa que puedas decir.</translation>
    </message>
    <message id="client-introduction.scenes.presented.title">
      <source>Ten minutes, no notes</source>
      <extracomment>Scene heading, shown on the projector (scene presented).</extracomment>
      <translation>Diez minutos, sin notas</translation>
    </message>
    <message id="client-introduction.scenes.presented.narration">
      <source>Lakshmi presents for ten minutes and answers Stefan's questions on seasonal spikes without notes. At the end of the evening Stefan asks for her card. James is gracious at the table and quieter in the taxi: &quot;I've been on this account four years, Sam.&quot; Samuel realises he gave James no role in the evening at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene presented).</extracomment>
      <translation>Lakshmi presenta durante diez minutos y responde sin notas a las preguntas de Stefan sobre los picos estacionales. Al final de la noche, Stefan le pide su tarjeta. James se muestra amable en la mesa y más callado en el taxi: «Llevo cuatro años en esta cuenta, Sam». Samuel se da cuenta de que no le dio a James ningún papel en toda la noche.</translation>
    </message>
    <message id="client-introduction.scenes.presented.notes">
      <source>The cost here is real and fixable. Ask the group what Samuel could have asked James to do. Using access for one person does not require cutting someone else out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene presented).</extracomment>
      <translation>El coste aquí es real y tiene arreglo. Pregunta al grupo qué podría haberle pedido Samuel a James. Usar el acceso a favor de una persona no exige dejar fuera a otra.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.title">
      <source>On the account plan</source>
      <extracomment>Scene heading, shown on the projector (scene default-changed).</extracomment>
      <translation>En el plan de la cuenta</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.narration">
      <source>Moira is uneasy: &quot;Stefan is a creature of habit. If this wobbles, it's on you.&quot; Samuel agrees. At the dinner, James introduces Lakshmi, she presents, and he chairs the discussion that follows. The next morning a quarterly review of client seats goes onto the account plan, with Moira's reluctant initials beside it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene default-changed).</extracomment>
      <translation>Moira no está tranquila: «Stefan es un animal de costumbres. Si esto se tuerce, es cosa tuya». Samuel está de acuerdo. En la cena, James presenta a Lakshmi, ella expone y él modera el debate posterior. A la mañana siguiente, una revisión trimestral de las sillas con el cliente entra en el plan de la cuenta, con las iniciales de Moira al lado, a regañadientes.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.notes">
      <source>Point out that Samuel said the risk out loud and owned it; that is often what lets a cautious partner agree. Ask Moira's role-player what she needed to hear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene default-changed).</extracomment>
      <translation>Señala que Samuel dijo el riesgo en voz alta y lo asumió; eso es a menudo lo que permite que una socia prudente acepte. Pregunta a quien interpreta a Moira qué necesitaba oír.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.title">
      <source>A named lead</source>
      <extracomment>Scene heading, shown on the projector (scene follow-on).</extracomment>
      <translation>Una persona responsable con nombre</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.narration">
      <source>Six weeks later, Stefan emails Samuel: the board wants a follow-on project on warehouse forecasting, and he would like &quot;a named lead on your side, and a proper session on the demand model with the person who built it&quot;. The partners' staffing meeting is on Monday, and on an account this size the lead role usually goes to an associate director. Lakshmi's promotion case comes up for discussion next month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene follow-on).</extracomment>
      <translation>Seis semanas después, Stefan escribe a Samuel: el consejo quiere un proyecto de continuación sobre previsión en los almacenes, y a él le gustaría tener «una persona responsable con nombre por parte de tu equipo, y una sesión en condiciones sobre el modelo de demanda con quien lo construyó». La reunión de asignación de los socios es el lunes, y en una cuenta de este tamaño la dirección del proyecto suele ir a un director adjunto. El caso de ascenso de Lakshmi se debate el mes que viene.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.notes">
      <source>Three minutes. Participants often land on &quot;introduce her&quot;, which is good; push them to notice the difference between an introduction and a title, and between praise in an email and a voice in the staffing and promotion meetings, where Lakshmi isn't present.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene follow-on).</extracomment>
      <translation>Tres minutos. Es habitual acabar en «presentarla», y está bien; anima al grupo a notar la diferencia entre una presentación y un cargo, y entre un elogio en un correo y una voz en las reuniones de asignación y de ascenso, donde Lakshmi no está.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.prompt">
      <source>You are Samuel. How do you answer Stefan, and what do you say on Monday?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene follow-on).</extracomment>
      <translation>Eres Samuel. ¿Qué le respondes a Stefan, y qué dices el lunes?</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.text">
      <source>Propose James as lead, as usual, and pass Stefan's questions to Lakshmi through him.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option james-leads). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Proponer a James como responsable, como siempre, y que él pase a Lakshmi las preguntas de Stefan.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.why">
      <source>It follows the firm's usual pattern and is low-risk. It also keeps Lakshmi's work one step removed from the person who asked for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option james-leads).</extracomment>
      <translation>Sigue el patrón habitual de la firma y tiene poco riesgo. También mantiene el trabajo de Lakshmi a un paso de distancia de quien pidió conocerla.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.text">
      <source>Forward Stefan's email to James and Lakshmi: &quot;James, over to you. Loop Lakshmi in as useful.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option loop-in). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Reenviar el correo de Stefan a James y a Lakshmi: «James, todo tuyo. Mete a Lakshmi cuando sea útil».</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.why">
      <source>Lakshmi is included in principle. But &quot;as useful&quot; leaves her inclusion to someone else's judgement, and the relationship stays where it was.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option loop-in).</extracomment>
      <translation>Lakshmi queda incluida en principio. Pero «cuando sea útil» deja su inclusión al criterio de otra persona, y la relación sigue donde estaba.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.text">
      <source>Reply to Stefan with warm praise for &quot;our rising star Lakshmi&quot;, and name James as lead.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option shout-out). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Elogiar ante Stefan a «nuestra estrella en ascenso, Lakshmi» y nombrar responsable a James.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.why">
      <source>The praise is genuine and visible. But it costs nothing, and the one thing that would change her position, the lead role, goes elsewhere.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option shout-out).</extracomment>
      <translation>El elogio es sincero y visible. Pero no cuesta nada, y lo único que cambiaría su posición, la dirección del proyecto, va a otra persona.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.text">
      <source>Write Stefan a specific introduction (what Lakshmi built, why she should shape the forecasting work) and set up the call with her leading and you in support.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option introduce). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>Escribir a Stefan una presentación concreta (qué construyó Lakshmi y por qué debe dar forma a la previsión) y preparar la llamada con ella al frente y tú de apoyo.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.why">
      <source>You hand over your own relationship with the client in a way that names her work, and you stay in the room to back her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option introduce).</extracomment>
      <translation>Cedes tu propia relación con el cliente de un modo que nombra su trabajo, y te quedas en la sala para respaldarla.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.text">
      <source>Introduce her to Stefan, propose her as project lead on Monday with James as senior adviser, and speak for her promotion next month using Stefan's feedback, in rooms she isn't in.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option sponsor). Shown on a phone button: keep it short, about 179 characters like the English.</extracomment>
      <translation>Presentársela a Stefan, proponerla el lunes como responsable con James de asesor sénior y defender su ascenso el mes que viene con los comentarios de Stefan, en salas donde ella no está.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.why">
      <source>You go past an introduction: you put your name behind her role and her promotion where those decisions are made, and accept the risk if it goes wrong.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option sponsor).</extracomment>
      <translation>Vas más allá de una presentación: pones tu nombre detrás de su cargo y de su ascenso allí donde se deciden, y aceptas el riesgo si sale mal.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.title">
      <source>Client exposure</source>
      <extracomment>Scene heading, shown on the projector (scene end-usual).</extracomment>
      <translation>Contacto con clientes</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.narration">
      <source>James leads, capably. For six months Lakshmi answers Stefan's technical questions through James, and at her promotion panel someone notes that she &quot;lacks client exposure&quot;. Nobody in the room points out why.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-usual).</extracomment>
      <translation>James dirige el proyecto, con solvencia. Durante seis meses, Lakshmi responde a las preguntas técnicas de Stefan a través de James, y en su comité de ascenso alguien comenta que «le falta contacto con clientes». Nadie en la sala señala por qué.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.notes">
      <source>Let the last sentence land, then ask who in the story could have pointed it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-usual).</extracomment>
      <translation>Deja que la última frase cale y luego pregunta quién en la historia podría haberlo señalado.</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.title">
      <source>When he remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-looped).</extracomment>
      <translation>Cuando se acuerda</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.narration">
      <source>James loops Lakshmi in on most calls, when he remembers. She does good work and is thanked for it in emails she is copied into. Her promotion is deferred by a cycle, with a note about &quot;building senior relationships&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-looped).</extracomment>
      <translation>James incluye a Lakshmi en la mayoría de las llamadas, cuando se acuerda. Ella hace un buen trabajo y se lo agradecen en correos en los que va en copia. Su ascenso se aplaza un ciclo, con una nota sobre «construir relaciones al más alto nivel».</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.title">
      <source>The rising star</source>
      <extracomment>Scene heading, shown on the projector (scene end-praised).</extracomment>
      <translation>La estrella en ascenso</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.narration">
      <source>Stefan replies that he looks forward to meeting the rising star, then carries on dealing with James. Lakshmi is glad of the praise and notices that it is the only thing in the email that changed. She saves it in the folder she keeps for promotion evidence, which is filling faster than her calendar.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-praised).</extracomment>
      <translation>Stefan responde que tiene ganas de conocer a la estrella en ascenso, y sigue tratando con James. Lakshmi agradece el elogio y se da cuenta de que es lo único que ha cambiado en el correo. Lo guarda en la carpeta que reserva para las pruebas de su ascenso, que se llena más deprisa que su agenda.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.notes">
      <source>Ask the room how praise and sponsorship differ. A useful test: which one would still help Lakshmi if Samuel left the firm tomorrow?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-praised).</extracomment>
      <translation>Pregunta a la sala en qué se diferencian el elogio y el patrocinio. Una prueba útil: ¿cuál de los dos seguiría ayudando a Lakshmi si Samuel dejara la firma mañana?</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.title">
      <source>Not yet a title</source>
      <extracomment>Scene heading, shown on the projector (scene end-introduced).</extracomment>
      <translation>Todavía no es un cargo</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.narration">
      <source>The call goes well, and Stefan starts emailing Lakshmi directly. At Monday's meeting the lead still goes to James, because nobody argued otherwise, but the client's questions now come to her. It is real progress, and it is not yet a title.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-introduced).</extracomment>
      <translation>La llamada va bien, y Stefan empieza a escribir directamente a Lakshmi. En la reunión del lunes, la dirección del proyecto sigue yendo a James, porque nadie defendió otra cosa, pero las preguntas del cliente ahora le llegan a ella. Es un avance real, y todavía no es un cargo.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.title">
      <source>Read aloud</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>En voz alta</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.narration">
      <source>Monday's meeting is tense; one partner asks whether a senior consultant can carry work of this size, and Samuel says he will stand behind her. Lakshmi leads the follow-on, misjudges the scope early on, and recovers with Samuel's help. At her promotion panel Stefan's note is read aloud, and she is promoted. Afterwards two other senior consultants ask Samuel how client seats get decided.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>La reunión del lunes es tensa; un socio pregunta si una consultora sénior puede sacar adelante un trabajo de este tamaño, y Samuel dice que la respalda. Lakshmi dirige el proyecto, calcula mal el alcance al principio y se recupera con la ayuda de Samuel. En su comité de ascenso se lee en voz alta la nota de Stefan, y la ascienden. Después, otros dos consultores sénior le preguntan a Samuel cómo se deciden las sillas con los clientes.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.notes">
      <source>Point out the misstep: sponsorship includes standing by someone when it wobbles. The last sentence is the system-level effect; ask what Samuel should tell them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Señala el tropiezo: patrocinar incluye respaldar a alguien cuando las cosas se tuercen. La última frase es el efecto en el sistema; pregunta qué debería decirles Samuel.</translation>
    </message>
    <message id="client-introduction.debrief.what.1">
      <source>Who held the access in this story (invitations, introductions, staffing), and what did they do with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Quién tenía el acceso en esta historia (invitaciones, presentaciones, asignación de equipos), y qué hizo con él?</translation>
    </message>
    <message id="client-introduction.debrief.what.2">
      <source>On our path, how did Stefan first hear Lakshmi's name, and from whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>En nuestro camino, ¿cómo oyó Stefan el nombre de Lakshmi por primera vez, y de boca de quién?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.1">
      <source>Why does &quot;the team the client knows&quot; tend to stay the same team for years?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué «el equipo que conoce el cliente» suele seguir siendo el mismo durante años?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.2">
      <source>What is the difference between praising someone, introducing them, and sponsoring them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué diferencia hay entre elogiar a alguien, presentarlo y patrocinarlo?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.1">
      <source>Name one invitation, introduction or recommendation you control in the next month. Who usually gets it, and who did the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Nombra una invitación, una presentación o una recomendación que controles el mes que viene. ¿Quién suele recibirla, y quién hizo el trabajo?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.2">
      <source>How could you change the default so that it doesn't depend on you remembering?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Cómo podrías cambiar lo habitual para que no dependa de que tú te acuerdes?</translation>
    </message>
    <message id="client-introduction.sources.1.title">
      <source>Workplace allyship practice: use your access deliberately — invitations, client introductions and sponsorship</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: usar tu acceso de forma deliberada (invitaciones, presentaciones a clientes y patrocinio)</translation>
    </message>
    <message id="client-introduction.sources.1.note">
      <source>Drawn from allyship guidance on sharing your platform, recommending colleagues for high-visibility work, and using seniority to widen who meets clients.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en orientaciones sobre alianza acerca de compartir tu plataforma, recomendar a colegas para trabajos de gran visibilidad y usar la antigüedad para ampliar quién conoce a los clientes.</translation>
    </message>
    <message id="credit-taken.title">
      <source>The deck with one name on it</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>La presentación con un solo nombre</translation>
    </message>
    <message id="credit-taken.summary">
      <source>A cost model built by a part-time analyst reaches the operations director in a slide deck with only her manager's name on it. The group decides what a colleague in the room does, and what they do when asked to prepare the board version.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Un modelo de costes elaborado por una analista a tiempo parcial llega al director de operaciones en una presentación que solo lleva el nombre de su responsable. El grupo decide qué hace una persona de la sala, y qué hace cuando le piden preparar la versión para el consejo.</translation>
    </message>
    <message id="credit-taken.content_note">
      <source>This role-play includes a part-time analyst, back from parental leave, whose work is presented under her manager's name at a meeting she was not invited to.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye a una analista a tiempo parcial, recién vuelta del permiso parental, cuyo trabajo se presenta con el nombre de su responsable en una reunión a la que no la invitaron.</translation>
    </message>
    <message id="credit-taken.roles.marisol.name">
      <source>Marisol Ortega, senior analyst (works Monday to Wednesday)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marisol).</extracomment>
      <translation>Marisol Ortega, analista sénior (trabaja de lunes a miércoles)</translation>
    </message>
    <message id="credit-taken.roles.marisol.brief">
      <source>You came back from parental leave four months ago on a three-day week. You spent three weeks building the supplier cost model, evenings included. You were not invited to the review because it fell on a Thursday. You worry that going part-time has quietly moved you off the promotion track, and you do not want to look like you are complaining.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marisol).</extracomment>
      <translation>Volviste del permiso parental hace cuatro meses con una jornada de tres días. Pasaste tres semanas construyendo el modelo de costes de proveedores, tardes incluidas. No te invitaron a la revisión porque cayó en jueves. Te preocupa que pasar a tiempo parcial te haya apartado, sin que nadie lo diga, del camino hacia un ascenso, y no quieres dar la impresión de que te quejas.</translation>
    </message>
    <message id="credit-taken.roles.fiona.name">
      <source>Fiona McAllister, finance team manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role fiona).</extracomment>
      <translation>Fiona McAllister, responsable del equipo de finanzas</translation>
    </message>
    <message id="credit-taken.roles.fiona.brief">
      <source>You think of the team's output as the team's, and you are the team's voice upwards; that is how your own managers worked. You rewrote the summary slide and removed the contributor line to &quot;keep it clean&quot;. You are under pressure to look strategic. If challenged, you are briefly prickly, then you see the point, especially if it is put to you as something that will make the team look good.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role fiona).</extracomment>
      <translation>Consideras que el trabajo del equipo es del equipo, y que tú eres su voz ante la dirección; así trabajaban tus propios jefes. Reescribiste la diapositiva de resumen y quitaste la línea de autoría para que quedara «limpia». Sientes presión por parecer estratégica. Si te lo cuestionan, te pones a la defensiva un momento y luego lo entiendes, sobre todo si te lo plantean como algo que hará quedar bien al equipo.</translation>
    </message>
    <message id="credit-taken.roles.seun.name">
      <source>Oluwaseun &quot;Seun&quot; Adeyemi, operations director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role seun).</extracomment>
      <translation>Oluwaseun «Seun» Adeyemi, director de operaciones</translation>
    </message>
    <message id="credit-taken.roles.seun.brief">
      <source>You want answers you can trust at the board. You assume whoever presents a model built it and can defend it. You respond well to anyone who tells you who actually knows the detail; you find it useful, not awkward.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role seun).</extracomment>
      <translation>Quieres llevar al consejo respuestas fiables. Das por hecho que quien presenta un modelo lo ha construido y puede defenderlo. Reaccionas bien cuando alguien te dice quién conoce realmente los detalles; te parece útil, no incómodo.</translation>
    </message>
    <message id="credit-taken.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="credit-taken.roles.observer.brief">
      <source>Track where the credit for the model travels: into which rooms, in whose name, and who corrects it. Note the exact words used. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Sigue el recorrido del mérito del modelo: a qué salas llega, en nombre de quién y quién lo corrige. Anota las palabras exactas. Usa la lista de observación.</translation>
    </message>
    <message id="credit-taken.observer_checklist.1">
      <source>When the director praised the model, who did the responder look at, and what did they say?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Cuando el director elogió el modelo, ¿a quién miró la persona que respondió y qué dijo?</translation>
    </message>
    <message id="credit-taken.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared, and at what moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención (distraer, delegar, documentar, retrasar, intervenir directamente) apareció, y en qué momento?</translation>
    </message>
    <message id="credit-taken.observer_checklist.3">
      <source>Was Marisol named specifically, to someone who influences her career?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Se nombró expresamente a Marisol ante alguien que influye en su carrera?</translation>
    </message>
    <message id="credit-taken.observer_checklist.4">
      <source>Did anyone ask Marisol what she wanted before acting, for example whether she wished to present?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Alguien le preguntó a Marisol qué quería antes de actuar, por ejemplo, si quería presentar ella?</translation>
    </message>
    <message id="credit-taken.observer_checklist.5">
      <source>Did the responder leave Marisol to sort out the credit herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿La persona que respondió dejó que Marisol se ocupara sola de reclamar el mérito?</translation>
    </message>
    <message id="credit-taken.scenes.review.title">
      <source>Thursday, the director's review</source>
      <extracomment>Scene heading, shown on the projector (scene review).</extracomment>
      <translation>Jueves, la revisión con el director</translation>
    </message>
    <message id="credit-taken.scenes.review.narration">
      <source>Fiona clicks through the supplier cost model. The title slide reads &quot;Prepared by Fiona McAllister&quot;. Seun leans back: &quot;This is the sharpest thing I've seen from finance this year. Fiona, can you take it to the board next month?&quot; Fiona smiles. &quot;Of course, happy to.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene review).</extracomment>
      <translation>Fiona va pasando las diapositivas del modelo de costes de proveedores. En la portada se lee «Elaborado por Fiona McAllister». Seun se echa hacia atrás: «Es lo mejor que he visto de finanzas en todo el año. Fiona, ¿puedes presentarlo tú en el consejo el mes que viene?». Fiona sonríe: «Claro, encantada».</translation>
    </message>
    <message id="credit-taken.scenes.review.notes">
      <source>Hold a short silence after Fiona's line, then read the prompt aloud so the group registers that Marisol built the model and is missing only because of her working pattern. Some participants will say &quot;maybe Fiona will credit her later&quot;; acknowledge it, and ask what happens if she does not.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene review).</extracomment>
      <translation>Deja un breve silencio después de la frase de Fiona y luego lee la pregunta en voz alta para que el grupo registre que el modelo lo construyó Marisol y que no está solo por su horario de trabajo. Algunas personas dirán que «quizá Fiona la mencione después»; reconócelo y pregunta qué pasa si no lo hace.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.prompt">
      <source>You are the team's other analyst. You watched Marisol build this model over three weeks, and she does not work Thursdays. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene review).</extracomment>
      <translation>Eres la otra persona analista del equipo. Viste a Marisol construir este modelo durante tres semanas, y ella no trabaja los jueves. ¿Qué haces?</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.text">
      <source>Say nothing. It is Fiona's team and her deck; credit is for her to sort out.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option stay-out). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>No decir nada. Es el equipo de Fiona y su presentación; el mérito es cosa suya.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.why">
      <source>Keeping out of a manager's presentation is a very normal reflex, and it lets the director leave believing Fiona built the model.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option stay-out).</extracomment>
      <translation>Mantenerse al margen de la presentación de una responsable es un reflejo muy habitual, y deja que el director se vaya creyendo que el modelo es de Fiona.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.text">
      <source>After the meeting, message Marisol: &quot;Seun loved your model! Just so you know, it went really well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option tell-marisol). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>Tras la reunión, escribir a Marisol: «¡A Seun le encantó tu modelo! Que lo sepas, salió genial».</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.why">
      <source>It is kind and it keeps her in the loop, but it leaves the director's picture unchanged and hands the problem to Marisol.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option tell-marisol).</extracomment>
      <translation>Es amable y la mantiene informada, pero no cambia la idea que tiene el director y le pasa el problema a Marisol.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.text">
      <source>Reply to Seun's follow-up email, copying the team: &quot;Brilliant collaborative effort from the whole finance team, so proud of what we do together!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option reply-all-thanks). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>Responder al correo de seguimiento de Seun, con copia al equipo: «¡Un gran trabajo en equipo de todo finanzas, qué orgullo de lo que hacemos juntos!».</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.why">
      <source>It is public and sounds generous, but &quot;the whole team&quot; erases the one person whose work it was, and it reflects well on you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option reply-all-thanks).</extracomment>
      <translation>Es público y suena generoso, pero «todo el equipo» borra a la única persona que hizo el trabajo, y te deja a ti en buen lugar.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.text">
      <source>&quot;Seun, for the board, the person who built the model is Marisol Ortega. She knows every assumption in it and would be great at taking questions.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option name-her). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>«Seun, para el consejo: quien construyó el modelo es Marisol Ortega. Conoce cada supuesto y sería ideal para responder preguntas».</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.why">
      <source>It corrects the record in the moment, to the person who matters, and frames it as useful to the director rather than an accusation.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option name-her).</extracomment>
      <translation>Pone las cosas en su sitio en el momento, ante la persona que importa, y lo plantea como algo útil para el director y no como una acusación.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.title">
      <source>The following week</source>
      <extracomment>Scene heading, shown on the projector (scene fiona-to-board).</extracomment>
      <translation>La semana siguiente</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.narration">
      <source>Seun's office books Fiona a twenty-minute slot at the board. On Monday, Marisol sees the calendar invite on the shared finance diary and asks you, lightly, how the review went. You say it went well.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fiona-to-board).</extracomment>
      <translation>El despacho de Seun le reserva a Fiona veinte minutos en el consejo. El lunes, Marisol ve la convocatoria en el calendario compartido de finanzas y te pregunta, como quien no quiere la cosa, qué tal fue la revisión. Le dices que fue bien.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.notes">
      <source>Ask the observer what they imagine Marisol is thinking. Keep it short; the next scene is where the group gets a second chance.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fiona-to-board).</extracomment>
      <translation>Pregunta a quien observa qué se imagina que está pensando Marisol. Sé breve; en la siguiente escena el grupo tiene una segunda oportunidad.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.title">
      <source>Monday morning</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-hears).</extracomment>
      <translation>Lunes por la mañana</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.narration">
      <source>Marisol reads your message twice. &quot;That's great. Did they know it was mine?&quot; You hesitate. She says &quot;Never mind,&quot; and goes back to her spreadsheet, and later asks Fiona whether she might join the board session. Fiona says there is only room for one.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-hears).</extracomment>
      <translation>Marisol lee tu mensaje dos veces. «Qué bien. ¿Sabían que era mío?». Dudas. Ella dice «Da igual» y vuelve a su hoja de cálculo; más tarde le pregunta a Fiona si podría ir a la sesión del consejo. Fiona le dice que solo hay sitio para una persona.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.notes">
      <source>A common path. Point out how the burden slid onto Marisol, who now has to ask for her own credit and risk seeming pushy. Avoid making the responder feel foolish; the message was kind.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-hears).</extracomment>
      <translation>Un camino frecuente. Señala cómo la carga se ha desplazado hacia Marisol, que ahora tiene que pedir su propio reconocimiento y arriesgarse a parecer insistente. Evita que la persona que respondió se sienta ridícula; el mensaje era amable.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.title">
      <source>The reply-all</source>
      <extracomment>Scene heading, shown on the projector (scene team-thanks).</extracomment>
      <translation>Responder a todos</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.narration">
      <source>Seun replies &quot;Agreed, great work all&quot; and two managers add thumbs-up reactions. Fiona forwards the thread to her own boss with the note &quot;nice feedback on my team's work&quot;. Marisol, reading it on Monday, sees her model described as a team effort by someone who knows it was not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene team-thanks).</extracomment>
      <translation>Seun responde «De acuerdo, buen trabajo a todos» y dos responsables añaden un pulgar hacia arriba. Fiona reenvía el hilo a su propia jefa con la nota «buenos comentarios sobre el trabajo de mi equipo». El lunes, Marisol lo lee y ve su modelo descrito como un trabajo de equipo por alguien que sabe que no lo fue.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.notes">
      <source>Expect pushback: &quot;I was trying to share the credit!&quot; Agree that the intent was generous, then ask what the email told Seun about who to call with a question about the model.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene team-thanks).</extracomment>
      <translation>Espera resistencia: «¡Intentaba repartir el mérito!». Reconoce que la intención era generosa y luego pregunta qué le dijo ese correo a Seun sobre a quién llamar si tiene una pregunta sobre el modelo.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.title">
      <source>A small correction</source>
      <extracomment>Scene heading, shown on the projector (scene named-in-room).</extracomment>
      <translation>Una pequeña corrección</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.narration">
      <source>Fiona's smile tightens for a second. Seun says, &quot;Good to know. Let's have Marisol there too.&quot; After the meeting Fiona says to you, evenly, &quot;You could have flagged that with me first.&quot; She is short with you for the rest of the day.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-in-room).</extracomment>
      <translation>La sonrisa de Fiona se tensa un segundo. Seun dice: «Bueno saberlo. Que venga también Marisol». Después de la reunión, Fiona te dice, sin alterarse: «Podrías habérmelo comentado antes». Durante el resto del día está seca contigo.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.notes">
      <source>Name the cost: a manager who feels undermined. Ask the group whether a word with Fiona beforehand would have been better, and whether there was time for one. Either view is fair.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-in-room).</extracomment>
      <translation>Nombra el coste: una responsable que se siente desautorizada. Pregunta al grupo si habría sido mejor hablar antes con Fiona, y si había tiempo para hacerlo. Las dos posturas son razonables.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.title">
      <source>Preparing the board pack</source>
      <extracomment>Scene heading, shown on the projector (scene board-version).</extracomment>
      <translation>Preparando la documentación del consejo</translation>
    </message>
    <message id="credit-taken.scenes.board-version.narration">
      <source>Fiona drops a note in your inbox: &quot;Can you tidy the deck for the board version? Keep the title slide as it is, we want it clean. Thanks!&quot; Marisol's name appears nowhere in the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene board-version).</extracomment>
      <translation>Fiona te deja una nota en el correo: «¿Puedes pulir la presentación para la versión del consejo? Deja la portada como está, la queremos limpia. ¡Gracias!». El nombre de Marisol no aparece en ningún sitio del archivo.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.notes">
      <source>This is the second decision and it happens privately, with nobody watching. That is often where the real pattern is set. If the group named Marisol in the room, remind them that the file still says otherwise and files travel further than meetings.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene board-version).</extracomment>
      <translation>Esta es la segunda decisión y ocurre en privado, sin que nadie mire. Ahí es donde a menudo se fija el patrón real. Si el grupo nombró a Marisol en la sala, recuérdale que el archivo sigue diciendo otra cosa y que los archivos llegan más lejos que las reuniones.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.prompt">
      <source>You have the deck open. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene board-version).</extracomment>
      <translation>Tienes la presentación abierta. ¿Qué haces?</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.text">
      <source>Tidy it exactly as asked. Fiona is your manager and it is her presentation.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option as-asked). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>Pulirla tal como te lo piden. Fiona es tu responsable y es su presentación.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.why">
      <source>Following a reasonable-sounding instruction is what most people do, and the written record now carries only one name.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option as-asked).</extracomment>
      <translation>Seguir una instrucción que parece razonable es lo que hace la mayoría, y ahora el registro escrito lleva un solo nombre.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.text">
      <source>Tidy it as asked, and tell Marisol: &quot;You should really ask Fiona to put your name on it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option nudge-marisol). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>Pulirla como te piden y decirle a Marisol: «Deberías pedirle a Fiona que ponga tu nombre».</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.why">
      <source>You care about the outcome, but you ask the person with the least power to take the risk of raising it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option nudge-marisol).</extracomment>
      <translation>Te importa el resultado, pero le pides a la persona con menos poder que asuma el riesgo de plantearlo.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.text">
      <source>Tidy it as asked, then write an intranet post about &quot;celebrating the unsung analysts behind every great board deck&quot;.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option intranet-tribute). Shown on a phone button: keep it short, about 116 characters like the English.</extracomment>
      <translation>Pulirla como te piden y luego escribir en la intranet sobre «los analistas anónimos detrás de cada gran presentación».</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.why">
      <source>It sounds like a tribute, but it names nobody, fixes nothing in the deck, and mostly shows you as someone who cares.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option intranet-tribute).</extracomment>
      <translation>Suena a homenaje, pero no nombra a nadie, no arregla nada en la presentación y sobre todo te muestra como alguien a quien le importa.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.text">
      <source>Go and see Fiona: &quot;I'd put Marisol's name on the title slide and bring her to take the modelling questions. It makes the team look stronger, and she's earned it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option talk-to-fiona). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Ir a ver a Fiona: «Yo pondría el nombre de Marisol en la portada y la llevaría para las preguntas del modelo. El equipo queda más fuerte, y se lo ha ganado».</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.why">
      <source>You raise it directly with the person who decides, in private, with a reason she can accept.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option talk-to-fiona).</extracomment>
      <translation>Lo planteas directamente, en privado, a quien decide, con un motivo que ella puede aceptar.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.text">
      <source>Speak to Fiona as above, and propose to her and Seun that every finance deck carries a &quot;built by&quot; line and that analysts present their own models at reviews, whatever day the meeting falls on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option change-template). Shown on a phone button: keep it short, about 192 characters like the English.</extracomment>
      <translation>Hablar con Fiona igual que antes y proponerle, a ella y a Seun, que toda presentación de finanzas lleve una línea de autoría y que cada analista presente su modelo, caiga en el día que caiga la reunión.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.why">
      <source>You use your access to change the template and the habit, so the next part-time analyst does not have to rely on a colleague noticing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option change-template).</extracomment>
      <translation>Usas tu acceso para cambiar la plantilla y la costumbre, de modo que la próxima analista a tiempo parcial no dependa de que un compañero se dé cuenta.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene one-name).</extracomment>
      <translation>El día del consejo</translation>
    </message>
    <message id="credit-taken.scenes.one-name.narration">
      <source>Fiona presents the model to the board and takes two hard questions on the inflation assumptions; she answers one and promises to come back on the other. That evening she emails Marisol asking what the answer is. At year end, Fiona's review mentions the model. Marisol's does not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-name).</extracomment>
      <translation>Fiona presenta el modelo al consejo y recibe dos preguntas difíciles sobre los supuestos de inflación; responde a una y promete volver con la otra. Esa tarde le escribe a Marisol para preguntarle cuál es la respuesta. A final de año, la evaluación de Fiona menciona el modelo. La de Marisol, no.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.notes">
      <source>Let the group sit with the last two sentences. Then ask who was harmed, and whether anyone in the story meant harm.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-name).</extracomment>
      <translation>Deja que el grupo se quede con las dos últimas frases. Luego pregunta quién salió perjudicado y si alguien en la historia quería hacer daño.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-asks).</extracomment>
      <translation>El día del consejo</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.narration">
      <source>Marisol drafts a message to Fiona three times and sends a very polite version. Fiona replies that she will &quot;make sure to mention the team&quot;. At the board, she does. Marisol tells you, &quot;I shouldn't have asked. I looked needy.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-asks).</extracomment>
      <translation>Marisol redacta tres veces un mensaje para Fiona y envía una versión muy educada. Fiona responde que «se asegurará de mencionar al equipo». En el consejo, lo hace. Marisol te dice: «No debería haberlo pedido. Parecía que mendigaba».</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.notes">
      <source>Useful to compare with the bystander ending: same outcome, plus a cost to Marisol's confidence. Link to the idea that allyship should not put extra weight on the person it is meant to support.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-asks).</extracomment>
      <translation>Es útil compararlo con el final de Al margen: el mismo resultado, más un coste para la confianza de Marisol. Relaciónalo con la idea de que la alianza no debería cargar más peso sobre la persona a la que pretende apoyar.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-post).</extracomment>
      <translation>El día del consejo</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.narration">
      <source>The intranet post gets forty likes and a comment from the head of people calling it &quot;exactly the culture we want&quot;. The board deck goes out with one name on it. Marisol likes the post, because not liking it would look odd.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-post).</extracomment>
      <translation>La publicación en la intranet recibe cuarenta «me gusta» y un comentario de la directora de personas que dice que es «exactamente la cultura que queremos». La presentación del consejo sale con un solo nombre. Marisol le da a «me gusta», porque no hacerlo quedaría raro.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.notes">
      <source>Handle gently: participants who chose this usually meant well. Ask what Marisol gained from the post, and what the author gained.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-post).</extracomment>
      <translation>Trátalo con delicadeza: quienes eligen esta opción suelen tener buena intención. Pregunta qué ganó Marisol con la publicación y qué ganó quien la escribió.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene two-names).</extracomment>
      <translation>El día del consejo</translation>
    </message>
    <message id="credit-taken.scenes.two-names.narration">
      <source>Fiona is quiet for a moment, then says, &quot;Fine. Ask her if she'll do the Q&amp;A; it's a Thursday, so we'll need to swap a day.&quot; Marisol agrees, moves a childcare pick-up, and handles every question on the model. Seun asks her to join the next budget review directly.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene two-names).</extracomment>
      <translation>Fiona se queda callada un momento y luego dice: «Está bien. Pregúntale si se encarga de las preguntas; es jueves, así que habrá que cambiarle un día». Marisol acepta, reorganiza quién recoge a los niños y responde a todas las preguntas sobre el modelo. Seun le pide que asista directamente a la siguiente revisión de presupuestos.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.notes">
      <source>Point out the small, real costs: an awkward conversation with a manager, a childcare rearrangement. Ask whether the meeting day itself is part of the problem; it leads into the advocate option.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene two-names).</extracomment>
      <translation>Señala los costes pequeños pero reales: una conversación incómoda con una responsable, un cambio en la organización del cuidado de los niños. Pregunta si el propio día de la reunión forma parte del problema; eso lleva a la opción de Impulso al cambio.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene new-template).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="credit-taken.scenes.new-template.narration">
      <source>Fiona grumbles that the &quot;built by&quot; line is bureaucracy, then uses it herself. Seun moves the monthly review to a Tuesday so the part-time analysts can attend. Two analysts, including Marisol, have now presented their own work to the board, and Marisol's mid-year review lists the cost model first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene new-template).</extracomment>
      <translation>Fiona se queja de que la línea de autoría es burocracia, y luego la usa ella misma. Seun pasa la revisión mensual al martes para que puedan asistir las personas analistas a tiempo parcial. Dos analistas, entre ellas Marisol, ya han presentado su propio trabajo al consejo, y en la evaluación de mitad de año de Marisol el modelo de costes aparece en primer lugar.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.notes">
      <source>Ask what made this possible: the responder's access to Seun, timing, a practical framing. Then ask what equivalent access each participant has in their own organisation.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene new-template).</extracomment>
      <translation>Pregunta qué lo hizo posible: el acceso de la persona que respondió a Seun, el momento, un planteamiento práctico. Después pregunta qué acceso equivalente tiene cada participante en su propia organización.</translation>
    </message>
    <message id="credit-taken.debrief.what.1">
      <source>Trace the model's journey. At which points could its author's name have travelled with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Repasa el recorrido del modelo. ¿En qué momentos podría haber viajado con él el nombre de su autora?</translation>
    </message>
    <message id="credit-taken.debrief.what.2">
      <source>What did you notice about the difference between the public moment and the private one?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué notaste sobre la diferencia entre el momento público y el privado?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.1">
      <source>Why do part-time or remote colleagues lose credit more easily, even when nobody intends it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué las personas que trabajan a tiempo parcial o en remoto pierden el reconocimiento con más facilidad, aunque nadie lo pretenda?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.2">
      <source>What is the difference between sharing credit with &quot;the team&quot; and giving it to a person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué diferencia hay entre repartir el mérito con «el equipo» y dárselo a una persona?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.1">
      <source>Which document or deck you touch in the next fortnight could carry a contributor's name?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué documento o presentación que pase por tus manos en las próximas dos semanas podría llevar el nombre de quien contribuyó?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.2">
      <source>What sentence would you use to correct a credit slip without making it an accusation?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué frase usarías para corregir un error de autoría sin que suene a acusación?</translation>
    </message>
    <message id="credit-taken.sources.1.title">
      <source>Workplace allyship practice: make sure people are credited for their work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: asegurarse de que se reconoce a cada persona su trabajo</translation>
    </message>
    <message id="credit-taken.sources.1.note">
      <source>Based on the practice of correcting misattributed work and putting the real author's name in front of those who shape their career.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en la práctica de corregir la autoría de un trabajo mal atribuido y de poner el nombre de quien lo hizo delante de quienes influyen en su carrera.</translation>
    </message>
    <message id="credit-taken.sources.2.title">
      <source>Workplace allyship practice: use your access to open doors</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: usar tu acceso para abrir puertas</translation>
    </message>
    <message id="erg-no-budget.title">
      <source>The network with a launch party and no budget</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>La red con fiesta de lanzamiento y sin presupuesto</translation>
    </message>
    <message id="erg-no-budget.summary">
      <source>Six months after a staff network for disabled and neurodivergent colleagues was launched with a video and a cake, its three written requests are still unanswered. A director on the leadership team decides what to do when the network comes up in a meeting, and again when the budget is set.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Seis meses después de lanzarse con un vídeo y una tarta un grupo de afinidad para personas con discapacidad y neurodivergentes, sus tres peticiones por escrito siguen sin respuesta. Una directora del comité de dirección decide qué hacer cuando la red sale en una reunión, y otra vez cuando se fija el presupuesto.</translation>
    </message>
    <message id="erg-no-budget.content_note">
      <source>This role-play includes a network for disabled and neurodivergent staff being praised in public while its requests, such as live captions, go unanswered and unfunded.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye un grupo de afinidad para personas con discapacidad y neurodivergentes al que se elogia en público mientras sus peticiones, como el subtitulado en directo, se quedan sin respuesta ni presupuesto.</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.name">
      <source>Sofia Marquez, Director of Product and member of the leadership team</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sofia).</extracomment>
      <translation>Sofia Marquez, directora de Producto y miembro del comité de dirección</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.brief">
      <source>You joined the Access Network as an ally on launch day; you are not disabled yourself. You sit on the leadership team and control a discretionary budget, including money for contractors. You like Gareth and do not want to embarrass him, but Aisha forwarded you the network's unanswered requests yesterday and you have read them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sofia).</extracomment>
      <translation>Te uniste a la Red Acceso como persona aliada el día del lanzamiento; tú no tienes ninguna discapacidad. Formas parte del comité de dirección y controlas un presupuesto discrecional, que incluye dinero para personal externo. Gareth te cae bien y no quieres ponerlo en evidencia, pero ayer Aisha te reenvió las peticiones sin respuesta de la red y las has leído.</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.name">
      <source>Aisha Rahman, data analyst and co-chair of the Access Network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role aisha).</extracomment>
      <translation>Aisha Rahman, analista de datos y copresidenta de la Red Acceso</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.brief">
      <source>You are hard of hearing and rely on captions in large meetings. The network asked for three things in March: about £6,000 a year for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. You are tired of being thanked. Play it polite and precise; if someone offers help, you welcome it, but the network sets its own priorities and you will say so if anyone tries to take over.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role aisha).</extracomment>
      <translation>Tienes una pérdida auditiva y dependes de los subtítulos en las reuniones grandes. En marzo, la red pidió tres cosas: unas 6000 libras al año para subtitulado en directo y una auditoría de accesibilidad, un patrocinio ejecutivo y un espacio fijo con el comité de dirección. Estás cansada de que te den las gracias. Interprétalo con educación y precisión; si alguien te ofrece ayuda, la recibes bien, pero las prioridades las fija la red, y lo dirás si alguien intenta hacerse con el control.</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.name">
      <source>Gareth Lloyd, Head of People</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role gareth).</extracomment>
      <translation>Gareth Lloyd, director de Personas</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.brief">
      <source>You launched the network and you are proud of it. Your programme budget was cut by fifteen per cent this year, and you worry that funding one network means every network will want money. You believe staff networks work best as volunteer-led communities. Challenged in public, you feel ambushed and go formal; approached with a costed plan, you are open to it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role gareth).</extracomment>
      <translation>Tú lanzaste la red y estás orgulloso de ella. Este año recortaron un quince por ciento el presupuesto de tus programas, y te preocupa que, si financias una red, todas las demás quieran dinero. Crees que los grupos de afinidad funcionan mejor como comunidades dirigidas por voluntariado. Si te cuestionan en público, te sientes emboscado y te pones formal; si te llegan con un plan con cifras, estás abierto a escucharlo.</translation>
    </message>
    <message id="erg-no-budget.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="erg-no-budget.roles.observer.brief">
      <source>You sit outside the conversation and watch the room, not just the speakers. Use the checklist and note exact words where you can: the debrief runs on specifics.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Te sitúas fuera de la conversación y observas toda la sala, no solo a quien habla. Usa la lista de observación y anota palabras exactas siempre que puedas: la puesta en común se alimenta de detalles concretos.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.1">
      <source>Which of the network's three requests were named out loud, by whom, and at which moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuáles de las tres peticiones de la red se mencionaron en voz alta, quién lo hizo y en qué momento?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.2">
      <source>Did anyone speak for Aisha, rather than making room for her to speak for herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Habló alguien en nombre de Aisha, en lugar de dejarle espacio para hablar por sí misma?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.3">
      <source>Note each time praise, a video or an award appeared. Did recognition stand in for money, authority or a route to the leadership team?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Anota cada vez que aparecieron elogios, un vídeo o un premio. ¿Sustituyó el reconocimiento al dinero, a la autoridad o a una vía hacia el comité de dirección?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.4">
      <source>Which of the five intervention moves did you see: distract, delegate, document, delay, direct? In this scenario, delay (holding an agenda item) and document (the network's written note, the minutes) tend to carry the most weight.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención viste: distraer, delegar, documentar, retrasar, intervenir directamente? En este escenario, retrasar (aplazar un punto del orden del día) y documentar (la nota escrita de la red, el acta) suelen tener más peso.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.5">
      <source>What did each choice cost the person who made it, and who paid when nobody chose to act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué le costó cada elección a quien la tomó, y quién pagó cuando nadie decidió actuar?</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.title">
      <source>Six months after the launch</source>
      <extracomment>Scene heading, shown on the projector (scene launch).</extracomment>
      <translation>Seis meses después del lanzamiento</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.narration">
      <source>At the spring all-hands, Gareth Lloyd launched the Access Network for disabled and neurodivergent staff and anyone with a long-term condition. There was a video, a cake iced with the new logo, and eighty sign-ups by lunchtime. Since then, co-chairs Aisha Rahman and Dev Patel have sent the People team three written requests: money for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. Each has been answered with &quot;Thanks, we'll take a look.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launch).</extracomment>
      <translation>En la reunión general de primavera, Gareth Lloyd lanzó la Red Acceso para el personal con discapacidad, neurodivergente o con una enfermedad de larga duración. Hubo un vídeo, una tarta decorada con el nuevo logotipo y ochenta inscripciones antes de la hora de comer. Desde entonces, quienes copresiden la red, Aisha Rahman y Dev Patel, han enviado al equipo de Personas tres peticiones por escrito: dinero para subtitulado en directo y una auditoría de accesibilidad, un patrocinio ejecutivo y un espacio fijo con el comité de dirección. A todas se les ha respondido: «Gracias, lo miramos».</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.notes">
      <source>Hand out the role cards and give people three minutes with their briefs before you read this aloud. Read the three requests slowly; the group needs to hold them in mind for the rest of the scenario. If someone asks &quot;is £6,000 a lot?&quot;, turn it back to the room rather than answering.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launch).</extracomment>
      <translation>Reparte las tarjetas de rol y deja tres minutos para leer las instrucciones antes de leer esto en voz alta. Lee las tres peticiones despacio; el grupo tiene que tenerlas presentes durante el resto del escenario. Si alguien pregunta «¿6000 libras es mucho?», devuelve la pregunta a la sala en lugar de responderla.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.title">
      <source>Item six of nine</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-update).</extracomment>
      <translation>Punto seis de nueve</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.narration">
      <source>Monday's leadership meeting is running late. Gareth is upbeat: &quot;The Access Network is one of our real success stories, over ninety members now. For Disability Awareness Week they'll run a lunch-and-learn and some intranet posts, at no cost to us.&quot; Olivia Brandt, the chief executive, nods and reaches for the next paper. Sofia Marquez has Aisha's forwarded email, with its three unanswered requests, open on her laptop.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-update).</extracomment>
      <translation>La reunión de dirección del lunes va con retraso. Gareth está animado: «La Red Acceso es uno de nuestros verdaderos éxitos, ya tiene más de noventa miembros. Para la Semana de Sensibilización sobre la Discapacidad organizarán una charla a la hora de comer y algunas publicaciones en la intranet, sin coste para nosotros». Olivia Brandt, la consejera delegada, asiente y coge el siguiente documento. Sofia Marquez tiene abierto en su portátil el correo que le reenvió Aisha, con sus tres peticiones sin respuesta.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.notes">
      <source>Allow about two minutes for discussion before the vote. Watch for the person who says &quot;I'd raise it with Gareth privately first&quot;: that is a reasonable instinct, so ask them what happens to the network in the weeks before that private chat happens. If the group goes quiet, ask Sofia's role-player how the room feels right now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-update).</extracomment>
      <translation>Deja unos dos minutos de debate antes de votar. Fíjate en quien diga «Primero lo hablaría con Gareth en privado»: es un instinto razonable, así que pregúntale qué le pasa a la red en las semanas previas a esa conversación privada. Si el grupo se queda en silencio, pregunta a quien interpreta a Sofia cómo se siente ahora mismo en la sala.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.prompt">
      <source>You are Sofia. Olivia is about to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-update).</extracomment>
      <translation>Eres Sofia. Olivia está a punto de pasar al siguiente punto. ¿Qué haces?</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.text">
      <source>Say nothing. It is Gareth's area, the agenda is long, and raising it now would feel like ambushing him in front of the chief executive.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option stay-quiet). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>No decir nada. Es el área de Gareth, el orden del día es largo y sacarlo ahora sería como emboscarlo delante de la consejera delegada.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.why">
      <source>The reluctance is understandable and the cost of speaking is real. But the one room where the requests could be answered moves on without hearing them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option stay-quiet).</extracomment>
      <translation>La reticencia es comprensible y hablar tiene un coste real. Pero la única sala donde se podía responder a las peticiones pasa a otra cosa sin oírlas.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.text">
      <source>After the meeting, message Aisha: &quot;Saw the update. Fully behind you all, shout if there's anything I can do.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option reassure-aisha). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>Después de la reunión, escribir a Aisha: «He visto la novedad. Todo mi apoyo a la red; avísame si puedo hacer algo».</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.why">
      <source>The support is sincere, and Aisha may be glad of it. But it hands the next move back to the person who has no seat in the room where it would count.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option reassure-aisha).</extracomment>
      <translation>El apoyo es sincero, y puede que Aisha lo agradezca. Pero le devuelve el siguiente paso a la persona que no tiene sitio en la sala donde contaría.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.text">
      <source>&quot;Love this. I'd be happy to record a short video for Awareness Week about why the network matters to me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option record-video). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>«Me encanta. Puedo grabar un vídeo corto para la Semana de Sensibilización sobre por qué la red me importa».</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.why">
      <source>It is warm, visible and might even help the week. It also puts your face on the campaign while the three requests stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option record-video).</extracomment>
      <translation>Es cálido, visible y hasta podría ayudar a la semana. También pone tu cara en la campaña mientras las tres peticiones siguen exactamente donde estaban.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.text">
      <source>&quot;Before we move on: the network sent us three requests in March and hasn't had an answer. Could we put them on next month's agenda, and invite Aisha to present them herself?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option name-the-gap). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>«Antes de seguir: la red nos envió tres peticiones en marzo y no ha tenido respuesta. ¿Las ponemos en el orden del día del mes que viene e invitamos a Aisha a presentarlas ella?».</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.why">
      <source>You name the gap in the room that can close it, and you ask for the network to speak for itself rather than speaking on its behalf.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option name-the-gap).</extracomment>
      <translation>Nombras el vacío en la sala que puede cerrarlo, y pides que la red hable por sí misma en lugar de hablar tú en su nombre.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.title">
      <source>Something fun, by Friday</source>
      <extracomment>Scene heading, shown on the projector (scene after-silence).</extracomment>
      <translation>Algo divertido para el viernes</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.narration">
      <source>The meeting finishes ten minutes early. On Wednesday, Gareth's team asks Aisha whether the network could &quot;pull together something fun&quot; for Awareness Week, held over the lunch break. She writes the slides at home on Sunday evening and asks a volunteer to type live captions by hand, because there is still no money for a captioning service. Nobody mentions the three requests.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-silence).</extracomment>
      <translation>La reunión termina diez minutos antes de lo previsto. El miércoles, el equipo de Gareth le pregunta a Aisha si la red podría «preparar algo divertido» para la Semana de Sensibilización, a la hora de comer. Ella hace las diapositivas en casa el domingo por la noche y pide a una persona voluntaria que escriba los subtítulos en directo a mano, porque sigue sin haber dinero para un servicio de subtitulado. Nadie menciona las tres peticiones.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.notes">
      <source>This is the quiet cost: nothing dramatic happens, and that is the point. Ask Aisha's role-player what Sunday evening felt like. Keep it brief and move on to the budget round.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-silence).</extracomment>
      <translation>Este es el coste silencioso: no pasa nada dramático, y de eso se trata. Pregunta a quien interpreta a Aisha cómo fue ese domingo por la noche. Sé breve y pasa a la ronda de presupuestos.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.title">
      <source>A thumbs-up</source>
      <extracomment>Scene heading, shown on the projector (scene after-message).</extracomment>
      <translation>Un pulgar arriba</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.narration">
      <source>Aisha replies within a minute: &quot;Thanks, Sofia. Could you raise the requests at leadership? I'm not in that room.&quot; Sofia sends a thumbs-up and means to come back to it. The week fills up, and by Friday the message is buried under forty others.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-message).</extracomment>
      <translation>Aisha responde en menos de un minuto: «Gracias, Sofia. ¿Podrías plantear las peticiones en dirección? Yo no estoy en esa sala». Sofia envía un pulgar arriba con la intención de retomarlo. La semana se llena, y el viernes el mensaje está enterrado bajo otros cuarenta.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.notes">
      <source>Many people recognise themselves here, so be gentle. The point is not that Sofia is a bad colleague; it is that good intentions compete with a full inbox, and the inbox usually wins. Ask the room what would have made the follow-up happen.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-message).</extracomment>
      <translation>Mucha gente se reconoce aquí, así que trátalo con delicadeza. No se trata de que Sofia sea mala compañera, sino de que las buenas intenciones compiten con una bandeja de entrada llena, y normalmente gana la bandeja. Pregunta a la sala qué habría hecho que el seguimiento ocurriera.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.title">
      <source>Most-watched post of the week</source>
      <extracomment>Scene heading, shown on the projector (scene after-video).</extracomment>
      <translation>La publicación más vista de la semana</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.narration">
      <source>Sofia's video goes on the intranet on Monday and gets more reactions than anything else that week; Olivia shares it with a heart. Then the comms team asks Aisha whether the network could add captions to it, since there is no captioning budget. She does it herself that evening. In the network's group chat, someone reposts the video with a single raised-eyebrow emoji.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-video).</extracomment>
      <translation>El vídeo de Sofia se publica en la intranet el lunes y recibe más reacciones que cualquier otra cosa esa semana; Olivia lo comparte con un corazón. Luego, el equipo de comunicación le pregunta a Aisha si la red podría subtitularlo, ya que no hay presupuesto para subtitulado. Lo hace ella misma esa noche. En el chat de grupo de la red, alguien vuelve a publicar el vídeo con un solo emoji de ceja levantada.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.notes">
      <source>A participant who chose this may feel caught out. Acknowledge that the video was kindly meant and may have raised awareness; then ask Aisha's role-player how captioning it herself felt. Let the contrast do the work; you do not need to spell it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-video).</extracomment>
      <translation>Quien haya elegido esta opción puede sentirse en evidencia. Reconoce que el vídeo tenía buena intención y que quizá aumentó la sensibilización; luego pregunta a quien interpreta a Aisha cómo se sintió subtitulándolo ella misma. Deja que el contraste haga su trabajo; no hace falta explicarlo.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.title">
      <source>A date on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene after-naming).</extracomment>
      <translation>Una fecha en el orden del día</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.narration">
      <source>There is a short silence. Gareth says, evenly, &quot;We are looking at it. Budgets are tight this year,&quot; and Olivia agrees to give Aisha fifteen minutes next month. By the lifts afterwards, Gareth stops Sofia: &quot;I'd have appreciated a heads-up before you raised that in front of Olivia.&quot; That evening Aisha messages Sofia: &quot;Thank you. I'll be ready.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-naming).</extracomment>
      <translation>Hay un breve silencio. Gareth dice, sin alterarse: «Lo estamos mirando. Este año los presupuestos van justos», y Olivia acepta darle a Aisha quince minutos el mes que viene. Después, junto a los ascensores, Gareth para a Sofia: «Me habría gustado que me avisaras antes de sacar eso delante de Olivia». Esa noche, Aisha le escribe a Sofia: «Gracias. Estaré preparada».</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.notes">
      <source>Make sure the cost registers: Gareth is not wrong that a heads-up would have been kinder. Ask the group whether Sofia could have done both, warning Gareth and still raising it. If Gareth's role-player wants to stay cross, let them; the next scene needs that tension.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-naming).</extracomment>
      <translation>Asegúrate de que el coste quede claro: Gareth no se equivoca al decir que avisarle habría sido más amable. Pregunta al grupo si Sofia podría haber hecho las dos cosas: avisar a Gareth y plantearlo igualmente. Si quien interpreta a Gareth quiere seguir molesto, déjalo; la siguiente escena necesita esa tensión.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.title">
      <source>The budget round</source>
      <extracomment>Scene heading, shown on the projector (scene budget-round).</extracomment>
      <translation>La ronda de presupuestos</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.narration">
      <source>Three weeks later, the leadership team meets to set next year's budget, and every director has been asked to find savings. Gareth's draft lists the Access Network as &quot;volunteer-led, no cost&quot;. That morning Aisha emailed every director a one-page note: captions and an accessibility audit would cost about £6,000 a year, and the network still has no executive sponsor. Olivia looks round the table: &quot;Anything on people programmes before we sign this off?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene budget-round).</extracomment>
      <translation>Tres semanas después, el comité de dirección se reúne para fijar el presupuesto del año siguiente, y se ha pedido a cada director y directora que encuentre ahorros. El borrador de Gareth recoge la Red Acceso como «dirigida por voluntariado, sin coste». Esa mañana, Aisha ha enviado a toda la dirección una nota de una página: el subtitulado y una auditoría de accesibilidad costarían unas 6000 libras al año, y la red sigue sin patrocinio ejecutivo. Olivia mira a la mesa: «¿Algo sobre programas de personas antes de aprobarlo?».</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.notes">
      <source>This is the heart of the scenario; give it three to four minutes. Budget meetings are where gestures and commitments part company. If someone argues that asking for money in a savings round is unrealistic, take it seriously: ask what the network's work would cost if the company paid for it at contractor rates. Watch Gareth's role-player: the advocate option only lands well if Sofia brings him with her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene budget-round).</extracomment>
      <translation>Este es el corazón del escenario; dedícale entre tres y cuatro minutos. Las reuniones de presupuesto son donde los gestos y los compromisos se separan. Si alguien argumenta que pedir dinero en una ronda de ahorros es poco realista, tómatelo en serio: pregunta cuánto costaría el trabajo de la red si la empresa lo pagara a tarifa de personal externo. Fíjate en quien interpreta a Gareth: la opción de Impulso al cambio solo funciona si Sofia lo suma a él.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.prompt">
      <source>You are Sofia. The draft is about to be approved. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene budget-round).</extracomment>
      <translation>Eres Sofia. Están a punto de aprobar el borrador. ¿Qué haces?</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.text">
      <source>Approve the draft. Every team is cutting, and asking for new spending in a savings round would look odd.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option approve). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>Aprobar el borrador. Todos los equipos están recortando, y pedir gasto nuevo en una ronda de ahorros quedaría raro.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.why">
      <source>The pressure is real and nobody wants to be the director who didn't cut. But approving &quot;no cost&quot; makes the network's unpaid work the official plan.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option approve).</extracomment>
      <translation>La presión es real y nadie quiere ser quien no recortó. Pero aprobar «sin coste» convierte el trabajo no remunerado de la red en el plan oficial.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.text">
      <source>&quot;I'd support funding the network if we can find the money somewhere.&quot; Then let the item close.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option support-if). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>«Apoyaría financiar la red si encontramos el dinero en algún sitio». Y dejar que se cierre el punto.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.why">
      <source>Your support is now on record. But a conditional &quot;if&quot; in a savings round usually means no, and everyone at the table knows it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option support-if).</extracomment>
      <translation>Tu apoyo queda en acta. Pero un «si» condicional en una ronda de ahorros suele significar que no, y todo el mundo en la mesa lo sabe.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.text">
      <source>&quot;Could we recognise the network at the annual awards? A trophy and a moment on stage would show how much we value them.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option award). Shown on a phone button: keep it short, about 120 characters like the English.</extracomment>
      <translation>«¿Y si reconocemos a la red en los premios anuales? Un trofeo y un momento en el escenario demostrarían cuánto la valoramos».</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.why">
      <source>Recognition feels generous and costs almost nothing. It celebrates the volunteers' unpaid work while the budget line still reads zero.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option award).</extracomment>
      <translation>El reconocimiento parece generoso y no cuesta casi nada. Celebra el trabajo no remunerado del voluntariado mientras la partida presupuestaria sigue a cero.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.text">
      <source>&quot;I'd rather we didn't close this until Aisha has taken us through her note. Can we hold the item and hear from her next month?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option hold-and-hear). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>«Preferiría no cerrar esto hasta que Aisha nos explique su nota. ¿Podemos aplazar el punto y escucharla el mes que viene?».</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.why">
      <source>You use the agenda to make room for the people affected, at the price of slowing a meeting everyone wants finished.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option hold-and-hear).</extracomment>
      <translation>Usas el orden del día para hacer sitio a las personas afectadas, a costa de alargar una reunión que todo el mundo quiere terminar.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.text">
      <source>&quot;If the network wants me, I'll be its executive sponsor, and I'll move £6,000 from my contractor budget this year. I'd also like every staff network to get a budget line and a twice-yearly slot here, so this isn't decided by whoever pushes hardest. Gareth, would you work on that with me?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option sponsor-and-fund). Shown on a phone button: keep it short, about 289 characters like the English.</extracomment>
      <translation>«Si la red quiere, seré su patrocinadora ejecutiva, y este año pasaré 6000 libras de mi presupuesto de personal externo. También quiero que cada grupo de afinidad tenga su partida y un espacio aquí dos veces al año, para que esto no dependa de quién presiona más. Gareth, ¿lo trabajamos juntos?».</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.why">
      <source>You spend your own budget and standing to change how every network is resourced, not just this one, you offer sponsorship rather than imposing it, and you bring Gareth in instead of going round him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option sponsor-and-fund).</extracomment>
      <translation>Gastas tu propio presupuesto y tu peso para cambiar cómo se dota de recursos a todas las redes, no solo a esta; ofreces el patrocinio en lugar de imponerlo, y sumas a Gareth en lugar de saltártelo.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.title">
      <source>Signed off before lunch</source>
      <extracomment>Scene heading, shown on the projector (scene end-approved).</extracomment>
      <translation>Aprobado antes de comer</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.narration">
      <source>The budget is signed off before lunch. In the spring staff survey, several comments from network members mention the launch cake, and not fondly. Aisha steps down as co-chair in April, and the role stays empty for four months.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-approved).</extracomment>
      <translation>El presupuesto se aprueba antes de la hora de comer. En la encuesta de personal de primavera, varios comentarios de miembros de la red mencionan la tarta del lanzamiento, y no con cariño. Aisha deja la copresidencia en abril, y el puesto se queda vacío cuatro meses.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.notes">
      <source>Let this sit for a few seconds before the debrief. Ask: &quot;Was there a single moment where this was decided?&quot; Usually there wasn't, which is the lesson.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-approved).</extracomment>
      <translation>Deja unos segundos de silencio antes de la puesta en común. Pregunta: «¿Hubo un momento concreto en que se decidió esto?». Normalmente no lo hubo, y esa es la lección.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.title">
      <source>Support in principle</source>
      <extracomment>Scene heading, shown on the projector (scene end-conditional).</extracomment>
      <translation>Apoyo en principio</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.narration">
      <source>The minutes record &quot;support in principle, subject to funding&quot;. No funding is found. Aisha sends the directors a short, courteous email thanking them for their time and stops sending requests. The network still meets, but fewer people come each month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-conditional).</extracomment>
      <translation>El acta recoge «apoyo en principio, sujeto a financiación». No se encuentra financiación. Aisha envía a la dirección un correo breve y cortés agradeciéndoles su tiempo y deja de enviar peticiones. La red sigue reuniéndose, pero cada mes acude menos gente.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.title">
      <source>A glass trophy</source>
      <extracomment>Scene heading, shown on the projector (scene end-award).</extracomment>
      <translation>Un trofeo de cristal</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.narration">
      <source>At the December awards evening the network wins a glass trophy and a standing ovation, and Aisha is photographed with Olivia. The captioning request is still open. On the train home she tells Dev it felt like being applauded for doing work the company would not pay for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-award).</extracomment>
      <translation>En la gala de premios de diciembre, la red gana un trofeo de cristal y una ovación en pie, y a Aisha la fotografían con Olivia. La petición de subtitulado sigue abierta. En el tren de vuelta a casa, le dice a Dev que sintió que les aplaudían por hacer un trabajo que la empresa no quería pagar.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.notes">
      <source>If a participant objects that awards do matter, agree: they can. Ask what would have had to be true for this award to feel like recognition rather than a substitute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-award).</extracomment>
      <translation>Si alguien objeta que los premios sí importan, dale la razón: pueden importar. Pregunta qué habría tenido que ser cierto para que este premio se viviera como un reconocimiento y no como un sustituto.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.title">
      <source>Fifteen minutes</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Quince minutos</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.narration">
      <source>The following month Aisha presents for fifteen minutes and answers every question. Olivia asks Gareth to cost a proper arrangement for all the staff networks by the next quarter. It is slower than the network hoped, and Gareth is cool with Sofia for a few weeks, but for the first time the requests have an owner and a date.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>Al mes siguiente, Aisha presenta durante quince minutos y responde a todas las preguntas. Olivia le pide a Gareth que calcule el coste de un sistema adecuado para todos los grupos de afinidad para el próximo trimestre. Va más despacio de lo que la red esperaba, y Gareth está frío con Sofia unas semanas, pero por primera vez las peticiones tienen responsable y fecha.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.title">
      <source>A sponsor and a budget line</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Un patrocinio y una partida presupuestaria</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.narration">
      <source>Sofia's team loses a contractor for two months, and her engineering lead is not pleased. Aisha accepts the offer on one condition, that the network, not its sponsor, sets the priorities, and Sofia agrees. By spring the all-hands meetings carry live captions, the office audit is under way, and two other networks have put in their first budgets. After a frosty week, Gareth asks to co-write the new guidance.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>El equipo de Sofia se queda dos meses sin una persona externa, y su responsable de ingeniería no está contento. Aisha acepta la oferta con una condición: que las prioridades las fije la red, no quien la patrocina, y Sofia está de acuerdo. En primavera, las reuniones generales tienen subtitulado en directo, la auditoría de la oficina está en marcha y otras dos redes han presentado sus primeros presupuestos. Tras una semana tensa, Gareth pide coescribir las nuevas directrices.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.notes">
      <source>Resist making this the &quot;right answer&quot; ending. Point out what it cost and that Aisha had to set a condition to keep the network hers. Ask: &quot;What would a sponsor do that quietly takes a network over?&quot;</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>No conviertas este final en la «respuesta correcta». Señala lo que costó y que Aisha tuvo que poner una condición para que la red siguiera siendo suya. Pregunta: «¿Qué haría un patrocinio que, sin hacer ruido, se adueñara de una red?».</translation>
    </message>
    <message id="erg-no-budget.debrief.what.1">
      <source>What did the network ask for, and what did it actually receive on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué pidió la red, y qué recibió realmente en el camino que tomamos?</translation>
    </message>
    <message id="erg-no-budget.debrief.what.2">
      <source>At which moment was staying quiet easiest, and what made it easy?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿En qué momento fue más fácil quedarse en silencio, y qué lo hizo fácil?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.1">
      <source>What does a network learn when it is celebrated in public and unfunded in private?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué aprende una red cuando se la celebra en público y no se la financia en privado?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.2">
      <source>Why might a kindly meant video or award land worse with members than silence would?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué un vídeo o un premio bienintencionados pueden sentar peor a sus miembros que el silencio?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.3">
      <source>What is the difference between sponsoring a network and running it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué diferencia hay entre patrocinar una red y dirigirla?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.1">
      <source>Which staff network in your organisation could you ask, this month, what it needs and who it answers to?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿A qué grupo de afinidad de tu organización podrías preguntar, este mes, qué necesita y ante quién responde?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.2">
      <source>What is one resource you control (budget, agenda time, your name) that a network could use, on its terms?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué recurso que controlas (presupuesto, tiempo en el orden del día, tu nombre) podría usar una red, en sus propios términos?</translation>
    </message>
    <message id="erg-no-budget.sources.1.title">
      <source>Workplace allyship practice: staff networks with their own budget, an executive sponsor and a route to decision-makers</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: grupos de afinidad con presupuesto propio, patrocinio ejecutivo y una vía hacia quienes toman las decisiones</translation>
    </message>
    <message id="erg-no-budget.sources.1.note">
      <source>Based on writing about performative allyship that lists networks launched without money, authority or leadership access among its structural forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en textos sobre la alianza performativa que incluyen, entre sus formas estructurales, las redes lanzadas sin dinero, autoridad ni acceso a la dirección.</translation>
    </message>
    <message id="mispronounced-name.title">
      <source>&quot;I'll just call you Zoe&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>«Te llamo Zoe y ya está»</translation>
    </message>
    <message id="mispronounced-name.summary">
      <source>On a quarterly review call, the chief operating officer mispronounces a team lead's name yet again and jokes about giving her an easier one. The group decides what a fellow manager on the call does, and what they say when the COO raises it with them later.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>En una videollamada de revisión trimestral, el director de operaciones vuelve a pronunciar mal el nombre de una jefa de equipo y bromea con ponerle uno más fácil. El grupo decide qué hace otra persona responsable que está en la llamada, y qué dice cuando, más tarde, el director le saca el tema.</translation>
    </message>
    <message id="mispronounced-name.content_note">
      <source>This role-play includes a senior leader mispronouncing a colleague's name yet again and joking, in front of forty people, about calling her by an easier one.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye a un alto directivo que vuelve a pronunciar mal el nombre de una compañera y bromea, delante de cuarenta personas, con ponerle uno más fácil.</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.name">
      <source>Xinyi Zhou, logistics team lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role xinyi).</extracomment>
      <translation>Xinyi Zhou, jefa del equipo de logística</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.brief">
      <source>Your name is said roughly &quot;Shin-yee Joe&quot;. You corrected Martin once, a year ago, and he got it wrong again the next week, so you stopped. Being renamed &quot;Zoe&quot; in front of forty people stings more than you will show. You do not want a fuss made on your behalf in public, but you would quietly welcome someone simply saying it right.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role xinyi).</extracomment>
      <translation>Tu nombre se pronuncia, más o menos, «Shin-yi Chou». Corregiste a Martin una vez, hace un año, y a la semana siguiente volvió a equivocarse, así que lo dejaste. Que te rebauticen como «Zoe» delante de cuarenta personas te duele más de lo que vas a mostrar. No quieres que nadie monte un lío en público por ti, pero agradecerías en silencio que alguien simplemente lo dijera bien.</translation>
    </message>
    <message id="mispronounced-name.roles.martin.name">
      <source>Martin Hargreaves, chief operating officer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role martin).</extracomment>
      <translation>Martin Hargreaves, director de operaciones</translation>
    </message>
    <message id="mispronounced-name.roles.martin.brief">
      <source>You are warm, busy and a little self-deprecating. You genuinely find the name hard, and joking about your own hopelessness feels friendly to you. You would be mortified to learn it reads as dismissive. If someone tells you plainly and privately, you take it well and you do something about it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role martin).</extracomment>
      <translation>Eres cercano, vas siempre con prisa y te ríes un poco de ti mismo. De verdad te cuesta el nombre, y bromear sobre lo negado que eres te parece un gesto amistoso. Te morirías de vergüenza saber que se percibe como un desprecio. Si alguien te lo dice con claridad y en privado, lo encajas bien y haces algo al respecto.</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.name">
      <source>Tomás Ferreira, regional operations manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tomas).</extracomment>
      <translation>Tomás Ferreira, responsable regional de operaciones</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.brief">
      <source>You are a peer of the responder and you also noticed. You will follow whatever the responder does: if they say the name correctly, you do too; if they let it go, you stay quiet. Play this out naturally.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tomas).</extracomment>
      <translation>Tienes el mismo nivel que la persona que responde y también te has dado cuenta. Harás lo mismo que ella: si dice bien el nombre, tú también; si lo deja pasar, te quedas callado. Interprétalo con naturalidad.</translation>
    </message>
    <message id="mispronounced-name.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="mispronounced-name.roles.observer.brief">
      <source>Listen for how Xinyi's name is said by each speaker, every time. Note the exact words around the &quot;Zoe&quot; joke. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Escucha cómo dice cada persona el nombre de Xinyi, cada vez. Anota las palabras exactas en torno a la broma de «Zoe». Usa la lista de observación.</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.1">
      <source>How many times was Xinyi's name said wrongly, and by whom?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuántas veces se dijo mal el nombre de Xinyi, y quién lo dijo?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and was it in public or in private?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención (distraer, delegar, documentar, retrasar, intervenir directamente) usó la persona que respondió, y fue en público o en privado?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.3">
      <source>Did anyone model the correct pronunciation without making Xinyi the centre of attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Alguien dio ejemplo con la pronunciación correcta sin convertir a Xinyi en el centro de atención?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.4">
      <source>Did anyone check with Xinyi what she would like, before or after acting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Alguien le preguntó a Xinyi qué prefería, antes o después de actuar?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.5">
      <source>When Martin asked, did the responder give him something specific to do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Cuando Martin preguntó, ¿la persona que respondió le dio algo concreto que hacer?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.title">
      <source>The quarterly operations review</source>
      <extracomment>Scene heading, shown on the projector (scene quarterly-call).</extracomment>
      <translation>La revisión trimestral de operaciones</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.narration">
      <source>Forty people are on the video call when Martin hands over: &quot;Great numbers from the north depot. Zin-yee, take us through them?&quot; Xinyi presents, cleanly and quickly. Martin laughs: &quot;Thanks, Zoe. Sorry, Zin-yee. Honestly, can I just call you Zoe? Easier for all of us.&quot; A few people laugh; Xinyi says &quot;Either's fine&quot; and mutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene quarterly-call).</extracomment>
      <translation>Hay cuarenta personas en la videollamada cuando Martin da paso: «Muy buenos números del almacén del norte. Zin-yi, ¿nos los cuentas?». Xinyi presenta, con claridad y rapidez. Martin se ríe: «Gracias, Zoe. Perdón, Zin-yi. Oye, de verdad, ¿te puedo llamar Zoe? Es más fácil para todos». Algunas personas se ríen; Xinyi dice «Cualquiera está bien» y se silencia.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.notes">
      <source>Before the scene, tell the group the name is said roughly &quot;Shin-yee&quot;. Keep Martin likeable in your reading; the scenario only works if he is someone participants could imagine working for. Participants may ask &quot;what if Xinyi really does not mind?&quot; Treat it as a real question and point out that nobody on the call asked her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene quarterly-call).</extracomment>
      <translation>Antes de la escena, explica al grupo que el nombre se pronuncia, más o menos, «Shin-yi». Al leer, haz que Martin resulte simpático; el escenario solo funciona si es alguien para quien las personas participantes podrían imaginarse trabajando. Puede que alguien pregunte: «¿Y si a Xinyi de verdad no le importa?». Trátalo como una pregunta seria y señala que nadie en la llamada se lo preguntó.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.prompt">
      <source>You are a regional manager, presenting next. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene quarterly-call).</extracomment>
      <translation>Eres responsable regional y presentas a continuación. ¿Qué haces?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.text">
      <source>Start your own update as planned. She said either was fine.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option carry-on). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>Empezar tu presentación tal cual. Dijo que cualquiera estaba bien.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.why">
      <source>Taking her words at face value is understandable on a big call, and it leaves &quot;Zoe&quot; hanging as the accepted version.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option carry-on).</extracomment>
      <translation>En una llamada tan grande, es comprensible tomar sus palabras al pie de la letra, y eso deja «Zoe» flotando como la versión aceptada.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.text">
      <source>Send a clapping emoji and &quot;Great update!&quot; in the call chat, and leave the name alone.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option chat-applause). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>Mandar un emoji de aplausos y «¡Muy buena presentación!» al chat, sin tocar el nombre.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.why">
      <source>It is friendly and it acknowledges her work, but the renaming goes unremarked in front of the whole call.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option chat-applause).</extracomment>
      <translation>Es amable y reconoce su trabajo, pero el cambio de nombre pasa sin comentario delante de toda la llamada.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.text">
      <source>Say nothing on the call; afterwards write on the company intranet about &quot;why leaders should learn everyone's name&quot;, with no mention of Xinyi or Martin.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option names-matter-post). Shown on a phone button: keep it short, about 151 characters like the English.</extracomment>
      <translation>No decir nada en la llamada; después, escribir en la intranet sobre «por qué quien dirige debe saberse el nombre de cada persona», sin mencionar a Xinyi ni a Martin.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.why">
      <source>The message is right and widely seen, but it keeps you safely clear of the actual call and the actual person.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option names-matter-post).</extracomment>
      <translation>El mensaje es acertado y llega a mucha gente, pero te mantiene a salvo, lejos de la llamada real y de la persona real.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.text">
      <source>Open your update: &quot;Thanks, Xinyi, and building on your north depot numbers —&quot; saying &quot;Shin-yee&quot; clearly and warmly, then carry on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option say-it-right). Shown on a phone button: keep it short, about 130 characters like the English.</extracomment>
      <translation>Abrir tu turno: «Gracias, Xinyi, y partiendo de tus números del almacén del norte…», diciendo «Shin-yi» con claridad y calidez, y seguir.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.why">
      <source>It models the right name in front of everyone, including Martin, without embarrassing anyone or putting Xinyi on the spot.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option say-it-right).</extracomment>
      <translation>Da ejemplo con el nombre correcto delante de todo el mundo, Martin incluido, sin avergonzar a nadie ni poner a Xinyi en un aprieto.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.title">
      <source>After the call</source>
      <extracomment>Scene heading, shown on the projector (scene call-ends).</extracomment>
      <translation>Después de la llamada</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.narration">
      <source>Your update goes smoothly. By the end of the call, two other people have also called her Zoe, one of them in the chat. The next morning a calendar invite from Martin's office is addressed to &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene call-ends).</extracomment>
      <translation>Tu presentación va bien. Al final de la llamada, otras dos personas la han llamado también Zoe, una de ellas en el chat. A la mañana siguiente, una convocatoria del despacho de Martin va dirigida a «Zoe Zhou».</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.notes">
      <source>Point out how fast a new name spreads once a senior person has used it. Keep it brief; the second decision follows.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene call-ends).</extracomment>
      <translation>Señala lo rápido que se extiende un nombre nuevo cuando lo ha usado alguien con un cargo alto. Sé breve; a continuación viene la segunda decisión.</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.title">
      <source>The call chat</source>
      <extracomment>Scene heading, shown on the projector (scene clapping-chat).</extracomment>
      <translation>El chat de la llamada</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.narration">
      <source>A dozen people add clapping emoji under yours. Xinyi reacts with a smile. Martin reads out the chat at the end: &quot;Lovely to see the appreciation for Zoe's team!&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene clapping-chat).</extracomment>
      <translation>Una docena de personas añaden aplausos debajo del tuyo. Xinyi reacciona con una sonrisa. Al final, Martin lee el chat en voz alta: «¡Qué bien ver tanto reconocimiento para el equipo de Zoe!».</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.notes">
      <source>Participants may feel the chat applause was a real kindness, and it was. Ask what it did about the name, and who noticed that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene clapping-chat).</extracomment>
      <translation>Puede que las personas participantes sientan que los aplausos en el chat fueron un gesto amable de verdad, y lo fueron. Pregunta qué hicieron respecto al nombre y quién se dio cuenta.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.title">
      <source>The intranet piece</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-piece).</extracomment>
      <translation>El artículo en la intranet</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.narration">
      <source>Your post is shared in the leadership newsletter under &quot;voices from the business&quot;. Martin comments: &quot;So important. Guilty as charged!&quot; Xinyi reads it and recognises the call at once, though she is not named. Her calendar invites now say &quot;Zoe&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-piece).</extracomment>
      <translation>Tu publicación se comparte en el boletín de dirección, en la sección «Voces de la empresa». Martin comenta: «Muy importante. ¡Me declaro culpable!». Xinyi la lee y reconoce la llamada al instante, aunque no se la nombra. Sus convocatorias ahora dicen «Zoe».</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.notes">
      <source>Handle kindly: writing about a problem is often a first step for people. Ask what it would have taken to turn the article into one sentence on the call, or one message to Martin.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-piece).</extracomment>
      <translation>Trátalo con amabilidad: escribir sobre un problema suele ser un primer paso. Pregunta qué habría hecho falta para convertir el artículo en una frase durante la llamada o en un mensaje a Martin.</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.title">
      <source>Your update</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>Tu presentación</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.narration">
      <source>You say &quot;Shin-yee&quot; and carry on. Tomás, presenting after you, says it the same way. Martin frowns slightly, as if listening, and says nothing. Later, Xinyi messages you: &quot;Thank you for that. Nobody ever does.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Dices «Shin-yi» y sigues. Tomás, que presenta después de ti, lo dice igual. Martin frunce un poco el ceño, como si escuchara, y no dice nada. Más tarde, Xinyi te escribe: «Gracias por eso. Nadie lo hace nunca».</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.notes">
      <source>A low-drama intervention with a real effect. Ask what it cost: very little, which is worth noticing. Also ask what it did not address (Martin's joke itself).</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Una intervención sin dramas y con un efecto real. Pregunta qué costó: muy poco, y vale la pena fijarse en eso. Pregunta también qué quedó sin abordar (la propia broma de Martin).</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.title">
      <source>Your skip-level 1:1 with Martin</source>
      <extracomment>Scene heading, shown on the projector (scene martin-asks).</extracomment>
      <translation>Tu reunión individual con Martin, el jefe de tu jefe</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.narration">
      <source>At the end of your monthly catch-up, Martin says, &quot;Odd question. The north depot lead, is it Zin-yee? I never know, and I feel I've left it too late to ask her. She doesn't seem to mind Zoe.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-asks).</extracomment>
      <translation>Al final de tu reunión mensual con él, Martin dice: «Una pregunta rara. La jefa del almacén del norte, ¿es Zin-yi? Nunca lo sé, y creo que ya es tarde para preguntárselo. No parece que le moleste lo de Zoe».</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.notes">
      <source>This private moment with someone far more senior is where many participants freeze. Acknowledge the power gap out loud. If the group is large, ask for a show of hands on what they would say before the options appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-asks).</extracomment>
      <translation>Este momento privado con alguien de mucho más rango es donde muchas personas participantes se bloquean. Reconoce en voz alta la diferencia de poder. Si el grupo es grande, pide que respondan a mano alzada qué dirían antes de que aparezcan las opciones.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.prompt">
      <source>Martin has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene martin-asks).</extracomment>
      <translation>Martin te lo ha preguntado directamente. ¿Qué le dices?</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.text">
      <source>&quot;Honestly, I think she's used to it. I wouldn't worry.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option used-to-it). Shown on a phone button: keep it short, about 55 characters like the English.</extracomment>
      <translation>«Sinceramente, creo que está acostumbrada. No me preocuparía».</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.why">
      <source>It spares Martin some discomfort and you some risk, and confirms that the easy version is fine.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option used-to-it).</extracomment>
      <translation>Le ahorra a Martin algo de incomodidad y a ti algo de riesgo, y confirma que la versión fácil vale.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.text">
      <source>&quot;I think it's more like Shin-yee? I'm not completely sure, though.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option not-sure). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>«Creo que es más bien Shin-yi, ¿no? Aunque no lo sé del todo».</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.why">
      <source>You answer the question you were asked, but hedge it so much that Martin can file it and carry on.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option not-sure).</extracomment>
      <translation>Respondes a lo que te preguntan, pero con tantas reservas que Martin puede archivarlo y seguir como si nada.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.text">
      <source>&quot;Great question. I actually ran a session on names for my team last year. Happy to send you the slides.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option my-workshop). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>«Buena pregunta. El año pasado di una sesión sobre nombres a mi equipo. Si quieres, te paso las diapositivas».</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.why">
      <source>It shows you care about the topic and puts your own work forward, but Martin leaves without the answer, and the &quot;Zoe&quot; joke is never mentioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option my-workshop).</extracomment>
      <translation>Demuestra que el tema te importa y pone en valor tu propio trabajo, pero Martin se va sin la respuesta y nadie menciona la broma de «Zoe».</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.text">
      <source>&quot;It's Shin-yee Joe. And the 'Zoe' joke landed badly. I think a short word with her, saying it properly and leaving it there, would mean a lot.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option plain-answer). Shown on a phone button: keep it short, about 143 characters like the English.</extracomment>
      <translation>«Es Shin-yi Chou. Y la broma de “Zoe” sentó mal. Creo que hablar un momento con ella, decir bien su nombre y dejarlo ahí significaría mucho».</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.why">
      <source>You give him the name, the effect and one concrete step, privately, to someone with more power than you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option plain-answer).</extracomment>
      <translation>Le das el nombre, el efecto y un paso concreto, en privado, a alguien con más poder que tú.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.text">
      <source>Give the same plain answer, then suggest Martin asks the business to add phonetic spellings to staff profiles and meeting invites, and offers to add his own first.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option phonetic-names). Shown on a phone button: keep it short, about 163 characters like the English.</extracomment>
      <translation>Dar la misma respuesta clara y sugerir a Martin que pida añadir la pronunciación a los perfiles de la plantilla y a las convocatorias, y que se ofrezca a añadir la suya primero.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.why">
      <source>You use your access to a senior leader to change the system, so correct names do not depend on individuals remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option phonetic-names).</extracomment>
      <translation>Usas tu acceso a alguien de la alta dirección para cambiar el sistema, de modo que decir bien los nombres no dependa de la memoria de cada cual.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.narration">
      <source>Everyone above Xinyi now calls her Zoe. New starters assume it is her name. At her appraisal, the form reads &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Todas las personas por encima de Xinyi la llaman ya Zoe. Quienes se incorporan dan por hecho que se llama así. En su evaluación de desempeño, el formulario dice «Zoe Zhou».</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.notes">
      <source>Let the silence work. Ask the group how long it would take for this to become impossible to undo.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene zoe-sticks).</extracomment>
      <translation>Deja que el silencio haga su trabajo. Pregunta al grupo cuánto tiempo tardaría esto en ser imposible de deshacer.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene half-fixed).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.narration">
      <source>Martin tries &quot;Shin-yee&quot; once, in a corridor, then slips back to Zoe in the next big meeting. Xinyi has stopped correcting anyone.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene half-fixed).</extracomment>
      <translation>Martin prueba «Shin-yi» una vez, en un pasillo, y en la siguiente reunión grande vuelve a Zoe. Xinyi ha dejado de corregir a nadie.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.notes">
      <source>Ask what one extra sentence in the 1:1 might have changed.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene half-fixed).</extracomment>
      <translation>Pregunta qué podría haber cambiado una frase más en la reunión individual.</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene slides-sent).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.narration">
      <source>Martin thanks you warmly and says he will look at the slides. He does not. In the next review he says &quot;Zoe&quot; twice, and adds, &quot;I really must learn that name.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene slides-sent).</extracomment>
      <translation>Martin te da las gracias con mucha calidez y dice que mirará las diapositivas. No lo hace. En la siguiente revisión dice «Zoe» dos veces y añade: «De verdad que tengo que aprenderme ese nombre».</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.notes">
      <source>Ask whose needs the answer served. Be gentle; this is an extremely common way to handle a senior person.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene slides-sent).</extracomment>
      <translation>Pregunta a qué necesidades respondía esa respuesta. Hazlo con tacto; es una forma muy habitual de tratar con alguien de rango superior.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene martin-fixes).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.narration">
      <source>Martin is quiet for a second. &quot;Ouch. Right.&quot; The next week he stops Xinyi after a meeting, says her name correctly, and apologises in two sentences. He gets it right on every call afterwards, and once corrects someone else. He is slightly more formal with you for a while.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-fixes).</extracomment>
      <translation>Martin se queda callado un segundo. «Vaya. Entendido». A la semana siguiente, para a Xinyi después de una reunión, dice bien su nombre y se disculpa en dos frases. A partir de entonces lo dice bien en todas las llamadas, y una vez corrige a otra persona. Durante un tiempo, contigo está algo más formal.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.notes">
      <source>Point out the quality of Martin's apology: short, no excuses, no request for reassurance. Ask the group what it took for the responder to say this upwards, and what might have made it easier.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-fixes).</extracomment>
      <translation>Señala la calidad de la disculpa de Martin: breve, sin excusas, sin pedir que lo tranquilicen. Pregunta al grupo qué le hizo falta a la persona que respondió para decirle esto a alguien de arriba, y qué podría habérselo facilitado.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene profiles-change).</extracomment>
      <translation>Tres meses después</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.narration">
      <source>Martin likes the idea more than you expected and raises it with the people team. Profiles and invites now carry an optional pronunciation field, and Martin's own is the first example in the announcement. Xinyi adds hers; so do two hundred others in the first week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene profiles-change).</extracomment>
      <translation>A Martin le gusta la idea más de lo que esperabas y la plantea al equipo de personas. Los perfiles y las convocatorias tienen ahora un campo opcional de pronunciación, y el de Martin es el primer ejemplo del anuncio. Xinyi añade el suyo, y otras doscientas personas hacen lo mismo la primera semana.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.notes">
      <source>Ask who else benefits. Then ask the group what a similar small system change would look like in their own organisation, and who they would need to ask.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene profiles-change).</extracomment>
      <translation>Pregunta quién más se beneficia. Después pregunta al grupo cómo sería un pequeño cambio de sistema parecido en su propia organización y a quién tendrían que pedírselo.</translation>
    </message>
    <message id="mispronounced-name.debrief.what.1">
      <source>How many separate moments were there in this story when someone could have said the name correctly?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Cuántos momentos distintos hubo en esta historia en los que alguien podría haber dicho bien el nombre?</translation>
    </message>
    <message id="mispronounced-name.debrief.what.2">
      <source>What did &quot;Either's fine&quot; mean, do you think, and how sure can anyone be?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué crees que significaba «Cualquiera está bien», y hasta qué punto puede alguien estar seguro?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.1">
      <source>What does it tell a person when a senior colleague decides their name is too much effort?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué le transmite a una persona que alguien de rango superior decida que su nombre exige demasiado esfuerzo?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.2">
      <source>Why is it harder to correct someone two levels above you, and what makes it possible anyway?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué cuesta más corregir a alguien que está dos niveles por encima, y qué lo hace posible de todos modos?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.1">
      <source>Whose name in your own organisation are you not sure you say correctly, and how will you find out without burdening them?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿De qué persona de tu organización no sabes seguro si dices bien el nombre, y cómo lo averiguarás sin cargarla a ella con ello?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.2">
      <source>What would you say, in one sentence, if a senior person got a colleague's name wrong in front of you?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué dirías, en una frase, si alguien de rango superior dijera mal el nombre de una compañera delante de ti?</translation>
    </message>
    <message id="mispronounced-name.sources.1.title">
      <source>Workplace allyship practice: calmly correct a mispronounced name</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: corregir con calma un nombre mal pronunciado</translation>
    </message>
    <message id="mispronounced-name.sources.1.note">
      <source>Built on the practice of saying a colleague's name properly and correcting mispronunciation without making a scene.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en la práctica de decir bien el nombre de una persona y corregir la mala pronunciación sin montar una escena.</translation>
    </message>
    <message id="mispronounced-name.sources.2.title">
      <source>Workplace allyship practice: use your access upwards</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: usar tu acceso ante quienes están por encima</translation>
    </message>
    <message id="nobody-in-the-room.title">
      <source>The quiet room nobody in the meeting uses</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>La sala de silencio que nadie de la reunión usa</translation>
    </message>
    <message id="nobody-in-the-room.summary">
      <source>At the end of an overrunning site committee meeting, facilities proposes turning the quiet room into meeting pods because it always looks empty. Nobody at the table prays at work, expresses milk or needs somewhere dark to sit out a migraine. A committee member decides whether to let it through, and later faces either the people affected or a tidy compromise that ignores what they said.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Al final de una reunión del comité del centro que se alarga, el equipo de instalaciones propone convertir la sala de silencio en cabinas de reunión porque siempre parece vacía. Nadie en la mesa reza en el trabajo, se extrae leche ni necesita un lugar a oscuras para pasar una migraña. Una persona del comité decide si lo deja pasar y, más tarde, se enfrenta a las personas afectadas o a un compromiso muy pulcro que ignora lo que dijeron.</translation>
    </message>
    <message id="nobody-in-the-room.content_note">
      <source>This role-play includes a quiet room, used for prayer, expressing milk and sitting out migraines, being taken over for meetings without asking the people who rely on it.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye una sala de silencio que se usa para rezar, extraerse leche o pasar una migraña y que se quiere convertir en espacio de reuniones sin preguntar a quienes dependen de ella.</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.name">
      <source>Sinéad Gallagher, head of finance and site committee member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sinead).</extracomment>
      <translation>Sinéad Gallagher, directora financiera y miembro del comité del centro</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.brief">
      <source>You have never used the quiet room and don't really know who does. You have a reputation on the committee for being practical and not making a fuss. You want the meeting to end as much as anyone; you also have a vague sense that &quot;always empty&quot; might not be the whole story.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sinead).</extracomment>
      <translation>Nunca has usado la sala de silencio y no sabes muy bien quién la usa. En el comité tienes fama de práctica y de no complicar las cosas. Quieres que la reunión termine tanto como cualquiera; también tienes la vaga sensación de que «siempre vacía» quizá no sea toda la historia.</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.name">
      <source>Marcus Webb, facilities manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marcus).</extracomment>
      <translation>Marcus Webb, responsable de instalaciones</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.brief">
      <source>You have been asked for more meeting space for six months and finally have a plan and builders booked for Monday. You walk past the quiet room most mornings around ten and it is always empty. You are not against anyone; you simply haven't asked who uses it. If someone gives you specifics, you take them seriously. If you feel your judgement is being questioned in public, you get prickly.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marcus).</extracomment>
      <translation>Llevas seis meses recibiendo peticiones de más espacio para reuniones y por fin tienes un plan y la obra contratada para el lunes. Pasas por delante de la sala de silencio casi todas las mañanas hacia las diez y siempre está vacía. No estás en contra de nadie; sencillamente no has preguntado quién la usa. Si alguien te da datos concretos, te los tomas en serio. Si sientes que cuestionan tu criterio en público, te pones a la defensiva.</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.name">
      <source>Hiroko Sato, operations director and committee chair</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hiroko).</extracomment>
      <translation>Hiroko Sato, directora de operaciones y presidenta del comité</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.brief">
      <source>You want decisions made and meetings finished on time, and you are impatient with process for its own sake. You are fair, though: a concrete, time-limited proposal will get a yes from you, while a general appeal to &quot;consult more&quot; will get a sigh.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hiroko).</extracomment>
      <translation>Quieres que se tomen decisiones y que las reuniones terminen a su hora, y te impacientan los procedimientos porque sí. Eso sí, eres justa: una propuesta concreta y con plazo tendrá tu sí, mientras que una petición general de «consultar más» te arrancará un suspiro.</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.name">
      <source>Imran Chaudhry, warehouse shift leader</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role imran).</extracomment>
      <translation>Imran Chaudhry, jefe de turno del almacén</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.brief">
      <source>You use the quiet room to pray at around one and four on every shift. Leah, back from maternity leave, uses it to express milk, and Jonah uses it when a migraine hits. You are not on the committee. You don't want to speak for every Muslim or every user, but you do want to be asked, and you want the others asked too. If you are invited to the committee, say plainly what you need: the timing, a lock, somewhere to wash.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role imran).</extracomment>
      <translation>Usas la sala de silencio para rezar hacia la una y hacia las cuatro en cada turno. Leah, que ha vuelto de su baja de maternidad, la usa para extraerse leche, y Jonah, cuando le da una migraña. No formas parte del comité. No quieres hablar en nombre de todas las personas musulmanas ni de todas las que usan la sala, pero sí quieres que te pregunten, y que pregunten también a las demás. Si te invitan al comité, di con claridad lo que necesitas: los horarios, un pestillo y un lugar donde lavarte.</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.brief">
      <source>Watch who speaks about the room's users and whether any users ever speak for themselves. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en quién habla de las personas que usan la sala y en si alguna de ellas llega a hablar por sí misma. Usa la lista de observación.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.1">
      <source>Did anyone ask who uses the room before the decision? Who, and how long into the item?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Preguntó alguien quién usa la sala antes de decidir? ¿Quién, y cuánto tiempo después de empezar el punto?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.2">
      <source>When the users' needs were mentioned, were they described by the users or on their behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Cuando se mencionaron las necesidades de quienes usan la sala, ¿las describieron ellas mismas u otras personas en su nombre?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.3">
      <source>Which of the five moves appeared: distract, delegate, document, delay, direct? In a decision meeting, delay (holding an item) and document (what goes in the decision log) are often the most powerful.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención apareció: distraer, delegar, documentar, retrasar, intervenir directamente? En una reunión de decisión, retrasar (aplazar un punto) y documentar (lo que consta en el registro de decisiones) suelen ser los más eficaces.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.4">
      <source>Was a fix proposed only for this room, or for how such decisions are made in future?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Se propuso una solución solo para esta sala, o para la forma de tomar este tipo de decisiones en el futuro?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.5">
      <source>What did each choice cost Sinéad, Marcus and Hiroko, and what did the quiet choices cost Imran, Leah and Jonah?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué les costó cada elección a Sinéad, Marcus y Hiroko, y qué les costaron las elecciones silenciosas a Imran, Leah y Jonah?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.title">
      <source>Any other business</source>
      <extracomment>Scene heading, shown on the projector (scene committee).</extracomment>
      <translation>Ruegos y preguntas</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.narration">
      <source>The site committee is twenty minutes over time when Marcus Webb reaches the last item. &quot;Quick one: we're turning the first-floor quiet room into two bookable meeting pods, because every time I walk past it's empty and we're desperate for space. Builders can start Monday; any objections?&quot; Nobody at the table prays at work, is breastfeeding, or has ever needed to sit in the dark through a migraine. Hiroko Sato has her pen over the decision log.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene committee).</extracomment>
      <translation>El comité del centro lleva veinte minutos de retraso cuando Marcus Webb llega al último punto. «Una cosa rápida: vamos a convertir la sala de silencio de la primera planta en dos cabinas de reunión reservables, porque cada vez que paso está vacía y nos falta espacio desesperadamente. La obra puede empezar el lunes; ¿alguna objeción?». Nadie en la mesa reza en el trabajo, da el pecho ni ha necesitado nunca quedarse a oscuras durante una migraña. Hiroko Sato tiene el bolígrafo sobre el registro de decisiones.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.notes">
      <source>Read Marcus's line briskly; the speed is part of the problem. Give the group ninety seconds. Participants often say &quot;I'd have asked&quot;, which is easy to say with the narration in front of you; ask them how often they have held up the last item of an overrunning meeting.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene committee).</extracomment>
      <translation>Lee la frase de Marcus con prisa; la velocidad es parte del problema. Da al grupo noventa segundos. Es habitual que alguien diga «Yo habría preguntado», algo fácil de decir con la narración delante; pregunta cuántas veces han frenado el último punto de una reunión que ya se ha alargado.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.prompt">
      <source>You are Sinéad. Hiroko is about to write &quot;agreed&quot;. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene committee).</extracomment>
      <translation>Eres Sinéad. Hiroko está a punto de escribir «aprobado». ¿Qué haces?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.text">
      <source>Say nothing. It's a facilities decision, the meeting has overrun, and you don't use the room.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option say-nothing). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>No decir nada. Es una decisión de instalaciones, la reunión se ha alargado y tú no usas la sala.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.why">
      <source>Not using the room makes it hard to see what is at stake, which is exactly why silence lets through a decision its users never heard about.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option say-nothing).</extracomment>
      <translation>No usar la sala hace difícil ver lo que está en juego, y por eso mismo el silencio deja pasar una decisión de la que quienes usan la sala nunca supieron nada.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.text">
      <source>&quot;Fine by me, as long as people still have somewhere to go.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option fine-if). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>«Por mí bien, siempre que la gente siga teniendo algún sitio».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.why">
      <source>The caveat shows you care. But it is vague enough to be met with anything, and still nobody asks the people who use the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option fine-if).</extracomment>
      <translation>La condición muestra que te importa. Pero es tan vaga que cualquier cosa la cumple, y sigue sin preguntarse a quienes usan la sala.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.text">
      <source>&quot;Before we agree: who actually uses that room, and has anyone asked them? I'd rather we held this for a week and found out.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option hold-and-ask). Shown on a phone button: keep it short, about 124 characters like the English.</extracomment>
      <translation>«Antes de aprobarlo: ¿quién usa de verdad esa sala, y alguien se lo ha preguntado? Prefiero aplazarlo una semana y averiguarlo».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.why">
      <source>You slow the decision and ask the question the room skipped, knowing you will probably be handed the job of finding out.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option hold-and-ask).</extracomment>
      <translation>Frenas la decisión y haces la pregunta que la sala se saltó, sabiendo que probablemente te tocará a ti averiguarlo.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.text">
      <source>&quot;Let's hold it, and let's change how we make these calls. Any change to a space people rely on goes to its users and the staff networks before it comes here. I'll draft that, and we'll hear from the users next week.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option change-the-rule). Shown on a phone button: keep it short, about 216 characters like the English.</extracomment>
      <translation>«Aplacémoslo y cambiemos cómo decidimos esto. Todo cambio en un espacio del que depende gente pasa antes por quienes lo usan y por los grupos de afinidad. Yo redacto la norma, y la semana que viene escuchamos a quienes usan la sala».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.why">
      <source>You deal with this decision and with the gap in the process that let it get this far, using your seat to make asking routine instead of a favour.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option change-the-rule).</extracomment>
      <translation>Te ocupas de esta decisión y del hueco en el proceso que la dejó llegar hasta aquí, usando tu puesto para que preguntar sea lo habitual y no un favor.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.title">
      <source>An alternative space</source>
      <extracomment>Scene heading, shown on the projector (scene storeroom).</extracomment>
      <translation>Un espacio alternativo</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.narration">
      <source>Hiroko writes: &quot;Agreed. Facilities to ensure alternative space.&quot; Marcus finds some: a corner of the old stationery store on the ground floor, with a curtain and no lock. Nobody who uses the quiet room is told until the works notice goes up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene storeroom).</extracomment>
      <translation>Hiroko escribe: «Aprobado. Instalaciones garantizará un espacio alternativo». Marcus encuentra uno: un rincón del antiguo almacén de material de oficina en la planta baja, con una cortina y sin pestillo. Nadie de quienes usan la sala de silencio se entera hasta que aparece el aviso de obras.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.notes">
      <source>Brief scene. Ask the group whether &quot;somewhere to go&quot; was met. Technically, yes. That gap between the letter and the need is worth a sentence, not a lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene storeroom).</extracomment>
      <translation>Escena breve. Pregunta al grupo si se cumplió lo de «algún sitio». Técnicamente, sí. Esa distancia entre la letra y la necesidad merece una frase, no un sermón.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.title">
      <source>Friday, at the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Viernes, en la máquina de café</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.narration">
      <source>On Friday afternoon a notice goes up on the quiet-room door: works begin Monday. Imran Chaudhry, a warehouse shift leader, catches Sinéad at the coffee machine. &quot;Were you in that meeting? I use that room twice a shift. So does Leah since she came back from maternity leave, and Jonah when his migraines hit. Nobody asked any of us.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>El viernes por la tarde aparece un aviso en la puerta de la sala de silencio: las obras empiezan el lunes. Imran Chaudhry, jefe de turno del almacén, se encuentra con Sinéad en la máquina de café. «¿Estuviste en esa reunión? Yo uso esa sala dos veces por turno. Y Leah, desde que volvió de la baja de maternidad, y Jonah cuando le dan las migrañas. No nos preguntó nadie».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.notes">
      <source>If you have an Imran role-player, let them deliver the line and then wait. The silence after it is useful. Watch for Sinéad's role-player reaching for &quot;it wasn't my decision&quot;; ask the room whether that is true.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Si hay alguien que interprete a Imran, deja que diga la frase y luego espera. El silencio que viene después es útil. Fíjate en si quien interpreta a Sinéad recurre a «no fue decisión mía»; pregunta a la sala si eso es cierto.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.prompt">
      <source>You are Sinéad. Imran is waiting for an answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Eres Sinéad. Imran espera una respuesta. ¿Qué haces?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.text">
      <source>&quot;I'm sorry, it's really a facilities decision. You'd need to take it up with Marcus.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option not-my-call). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>«Lo siento, en realidad es una decisión de instalaciones. Tendrías que hablarlo con Marcus».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.why">
      <source>It's true that Marcus owns the plan. But you were in the room, and pointing Imran elsewhere leaves him to start from scratch, alone, over a weekend.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option not-my-call).</extracomment>
      <translation>Es cierto que el plan es de Marcus. Pero tú estabas en la sala, y mandar a Imran a otra parte le obliga a empezar de cero, solo, en pleno fin de semana.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.text">
      <source>&quot;That's rubbish, I'm sorry. I honestly didn't know anyone used it.&quot; Then head back to your desk.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option sympathise). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>«Qué faena, lo siento. De verdad que no sabía que alguien la usaba». Y volver a tu mesa.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.why">
      <source>The sympathy is genuine and the honesty helps. But nothing about Monday changes, and Imran leaves knowing only that you feel bad.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option sympathise).</extracomment>
      <translation>La empatía es sincera y la honestidad ayuda. Pero nada cambia para el lunes, e Imran se va sabiendo solo que te sientes mal.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.text">
      <source>&quot;Leave it with me.&quot; Later, post in the all-staff channel about how much the company values faith and wellbeing, and say that alternatives are being looked at.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option post-message). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>«Déjalo en mis manos». Más tarde, publicar en el canal general cuánto valora la empresa la fe y el bienestar, y decir que se están estudiando alternativas.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.why">
      <source>The post is public and kindly meant, and it sounds like action. Nothing is actually being looked at, and the people who use the room will see that first.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option post-message).</extracomment>
      <translation>La publicación es pública y bienintencionada, y suena a acción. En realidad no se está estudiando nada, y quienes usan la sala serán los primeros en notarlo.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.text">
      <source>&quot;I was there, and I didn't ask who uses it. That's on me. I'll ask Hiroko today to pause Monday's works. Would you, Leah and Jonah tell the committee what you need, or tell me and I'll pass it on word for word?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option own-and-pause). Shown on a phone button: keep it short, about 211 characters like the English.</extracomment>
      <translation>«Yo estaba allí y no pregunté quién la usa. Fallo mío. Hoy le pido a Hiroko que pare las obras del lunes. ¿Vas con Leah y Jonah a contarle al comité lo que necesitan, o me lo cuentas y lo transmito tal cual?».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.why">
      <source>You own your part without excuses, act before Monday, and let the users choose how they are heard.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option own-and-pause).</extracomment>
      <translation>Asumes tu parte sin excusas, actúas antes del lunes y dejas que quienes usan la sala elijan cómo hacerse oír.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.title">
      <source>One week</source>
      <extracomment>Scene heading, shown on the projector (scene held).</extracomment>
      <translation>Una semana</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.narration">
      <source>Hiroko sighs: &quot;We've been talking about meeting space for six months.&quot; She agrees to hold the item for a week and, since Sinéad raised it, asks her to find out who uses the room. Marcus looks less than pleased. Over three days Sinéad talks to Imran, to Leah, back from maternity leave, and to Jonah, who gets migraines; none of them had heard about the plan.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene held).</extracomment>
      <translation>Hiroko suspira: «Llevamos seis meses hablando de espacio para reuniones». Acepta aplazar el punto una semana y, como fue Sinéad quien lo planteó, le pide que averigüe quién usa la sala. Marcus no parece muy contento. En tres días, Sinéad habla con Imran, con Leah, que ha vuelto de la baja de maternidad, y con Jonah, que sufre migrañas; ninguno de ellos sabía nada del plan.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.notes">
      <source>Name the cost: Sinéad now has homework and a slightly cooler facilities manager. Ask the group whether they would have raised it knowing they'd be given the job.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene held).</extracomment>
      <translation>Nombra el coste: Sinéad ahora tiene deberes y un responsable de instalaciones algo más frío con ella. Pregunta al grupo si lo habrían planteado sabiendo que les tocaría encargarse.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.title">
      <source>Not every broom cupboard</source>
      <extracomment>Scene heading, shown on the projector (scene rule-proposed).</extracomment>
      <translation>No por cada cuarto de la limpieza</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.narration">
      <source>Hiroko pushes back: &quot;I'm not adding a consultation stage for every broom cupboard.&quot; They settle on a one-week hold and a draft rule covering rooms used for faith, health or care. Marcus mutters that facilities will need permission to move a chair. Sinéad spends two evenings drafting the rule and meeting the room's users, who tell her they would rather speak for themselves than through her.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene rule-proposed).</extracomment>
      <translation>Hiroko se resiste: «No voy a añadir una fase de consulta por cada cuarto de la limpieza». Acuerdan aplazarlo una semana y redactar una norma para las salas que se usan para la fe, la salud o los cuidados. Marcus refunfuña que instalaciones va a necesitar permiso para mover una silla. Sinéad dedica dos tardes a redactar la norma y a reunirse con quienes usan la sala, que le dicen que prefieren hablar por sí mismos antes que a través de ella.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.notes">
      <source>The users' last line matters. Advocacy that ends with Sinéad speaking for everyone has missed something. Flag it, and see whether the group picks it up at the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene rule-proposed).</extracomment>
      <translation>La última frase de quienes usan la sala importa. Un impulso al cambio que acaba con Sinéad hablando en nombre de todo el mundo se ha dejado algo por el camino. Señálalo y observa si el grupo lo recoge en la siguiente decisión.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.title">
      <source>A sensible middle ground</source>
      <extracomment>Scene heading, shown on the projector (scene reconvened).</extracomment>
      <translation>Un término medio sensato</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.narration">
      <source>A week later the committee meets again. Marcus has a compromise: keep the quiet room, but make it a bookable meeting pod from nine to five, with quiet use &quot;outside core hours&quot;. Imran's prayers fall at around one and four on every shift. Hiroko looks round the table: &quot;That sounds like a sensible middle ground. Shall we?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene reconvened).</extracomment>
      <translation>Una semana después, el comité vuelve a reunirse. Marcus trae un compromiso: mantener la sala de silencio, pero convertirla en cabina de reunión reservable de 9:00 a 17:00, con uso en silencio «fuera del horario principal». Imran reza hacia la una y hacia las cuatro en cada turno. Hiroko mira a la mesa: «Parece un término medio sensato. ¿Lo aprobamos?».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.notes">
      <source>Three minutes. This is the more sophisticated trap: a compromise that sounds reasonable and quietly ignores what the consultation found. If nobody spots the timing clash, read the third sentence again, slowly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene reconvened).</extracomment>
      <translation>Tres minutos. Esta es la trampa más sofisticada: un compromiso que suena razonable e ignora sin decirlo lo que descubrió la consulta. Si nadie detecta el choque de horarios, vuelve a leer la tercera frase, despacio.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.prompt">
      <source>You are Sinéad. The compromise is about to be agreed. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene reconvened).</extracomment>
      <translation>Eres Sinéad. Están a punto de aprobar el compromiso. ¿Qué haces?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.text">
      <source>Accept the compromise. You have already held the item once and don't want to be the one who blocks it twice.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option accept). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>Aceptar el compromiso. Ya aplazaste el punto una vez y no quieres ser quien lo bloquee dos veces.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.why">
      <source>Not wanting to be &quot;difficult&quot; twice is understandable. But the compromise rules out exactly the hours the room is needed, and everyone at the table has now been told so.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option accept).</extracomment>
      <translation>Es comprensible no querer ser «la difícil» dos veces. Pero el compromiso excluye justo las horas en que se necesita la sala, y ahora todo el mundo en la mesa lo sabe.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.text">
      <source>&quot;Great outcome. Let's put this in the newsletter as an example of us listening to staff.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option praise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>«Gran resultado. Pongámoslo en el boletín como ejemplo de que escuchamos a la plantilla».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.why">
      <source>It celebrates the consultation while the decision ignores what the consultation found, and the people who were consulted read the newsletter too.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option praise).</extracomment>
      <translation>Celebra la consulta mientras la decisión ignora lo que la consulta descubrió, y las personas consultadas también leen el boletín.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.text">
      <source>&quot;The people who use it told me when: around one and four, on every shift. Nine to five rules them out. Before we agree anything, can we hear from Imran directly?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option bring-the-facts). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>«Quienes la usan me dijeron cuándo: hacia la una y las cuatro, en cada turno. De nueve a cinco los deja fuera. Antes de aprobar nada, ¿podemos escuchar directamente a Imran?».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.why">
      <source>You put the specific facts in front of the room and ask for the people affected to speak for themselves, instead of letting a tidy compromise stand in for listening.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option bring-the-facts).</extracomment>
      <translation>Pones los datos concretos delante de la sala y pides que las personas afectadas hablen por sí mismas, en lugar de dejar que un compromiso pulcro sustituya a la escucha.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.text">
      <source>&quot;Let's not split this room. Marcus, the boardroom is empty most afternoons; could the pods go there? And I'd like us to adopt the consultation rule today, so the next room change doesn't depend on someone happening to ask.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option redesign). Shown on a phone button: keep it short, about 223 characters like the English.</extracomment>
      <translation>«No dividamos esta sala. Marcus, la sala de juntas está vacía casi todas las tardes: ¿y si las cabinas van allí? Y aprobemos hoy la norma de consulta, para que el próximo cambio no dependa de que a alguien se le ocurra preguntar».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.why">
      <source>You offer a better alternative using space the committee itself controls, and lock in the process change so it outlasts this case.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option redesign).</extracomment>
      <translation>Ofreces una alternativa mejor con un espacio que controla el propio comité, y dejas fijado el cambio de proceso para que dure más allá de este caso.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.title">
      <source>Booked solid</source>
      <extracomment>Scene heading, shown on the projector (scene end-pods).</extracomment>
      <translation>Reservadas a tope</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.narration">
      <source>The pods open a fortnight later and are booked solid. Imran prays in a stairwell between shifts, and Leah expresses milk in her car. In the next staff survey, agreement that &quot;decisions here take people like me into account&quot; drops twelve points at the warehouse.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pods).</extracomment>
      <translation>Las cabinas abren dos semanas después y están reservadas a tope. Imran reza en una escalera entre turnos, y Leah se extrae leche en su coche. En la siguiente encuesta de personal, el acuerdo con «aquí las decisiones tienen en cuenta a personas como yo» cae doce puntos en el almacén.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.notes">
      <source>Let the group sit with this for a moment. Then ask: at what point could this still have been stopped, and by whom?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pods).</extracomment>
      <translation>Deja que el grupo se quede un momento con esto. Luego pregunta: ¿en qué punto se podría haber parado todavía, y quién podría haberlo hecho?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.title">
      <source>Thinking about it</source>
      <extracomment>Scene heading, shown on the projector (scene end-sorry).</extracomment>
      <translation>Darle vueltas</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.narration">
      <source>Imran thanks her for listening and goes back to the floor. The works go ahead on Monday. Sinéad thinks about it more than once over the following weeks, but it never becomes a sentence in a meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sorry).</extracomment>
      <translation>Imran le agradece que lo haya escuchado y vuelve al almacén. Las obras empiezan el lunes. Sinéad le da vueltas más de una vez durante las semanas siguientes, pero nunca llega a convertirse en una frase en una reunión.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.title">
      <source>Reactions from one floor</source>
      <extracomment>Scene heading, shown on the projector (scene end-posted).</extracomment>
      <translation>Reacciones de una sola planta</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.narration">
      <source>The post gets plenty of reactions from the office floors and none from the warehouse. The works go ahead. A week later Imran asks Sinéad what happened with the alternatives, and she has no answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-posted).</extracomment>
      <translation>La publicación recibe muchas reacciones de las plantas de oficinas y ninguna del almacén. Las obras siguen adelante. Una semana después, Imran le pregunta a Sinéad qué pasó con las alternativas, y ella no tiene respuesta.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.notes">
      <source>If the participant who chose this is uncomfortable, acknowledge that the post felt like doing something. Ask what a single phone call to Hiroko would have cost by comparison.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-posted).</extracomment>
      <translation>Si a quien eligió esta opción le resulta incómodo, reconoce que la publicación daba la sensación de estar haciendo algo. Pregunta cuánto habría costado, en comparación, una sola llamada a Hiroko.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.title">
      <source>A two-week pause</source>
      <extracomment>Scene heading, shown on the projector (scene end-paused).</extracomment>
      <translation>Una pausa de dos semanas</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.narration">
      <source>Hiroko is annoyed, since the builders charge a cancellation fee, but she agrees to a two-week pause. Imran, Leah and Jonah meet Marcus together, and it turns out the room is empty at ten because everyone uses it at lunchtime and mid-afternoon. The pods go into an underused storeroom instead, and the quiet room gets a lock and a small sink.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-paused).</extracomment>
      <translation>Hiroko está molesta, porque la empresa de obras cobra por cancelar, pero acepta una pausa de dos semanas. Imran, Leah y Jonah se reúnen juntos con Marcus, y resulta que la sala está vacía a las diez porque todo el mundo la usa a mediodía y a media tarde. Las cabinas van a parar a un almacén infrautilizado, y la sala de silencio recibe un pestillo y un pequeño lavabo.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.notes">
      <source>Point out that the fix came from the users, not from Sinéad; her part was to stop the clock and get them into the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-paused).</extracomment>
      <translation>Señala que la solución vino de quienes usan la sala, no de Sinéad; su papel fue parar el reloj y conseguir que entraran en la sala.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.title">
      <source>A pod by day</source>
      <extracomment>Scene heading, shown on the projector (scene end-split).</extracomment>
      <translation>Cabina de día</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.narration">
      <source>The room becomes a pod by day. Within a fortnight it is booked at one o'clock most days, and Imran stops asking for it to be freed. The consultation Sinéad ran appears in the minutes as &quot;completed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-split).</extracomment>
      <translation>De día, la sala se convierte en cabina. En dos semanas está reservada a la una casi todos los días, e Imran deja de pedir que la liberen. La consulta que hizo Sinéad aparece en el acta como «completada».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.notes">
      <source>Ask the group: was this consultation better or worse than none at all, from Imran's point of view?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-split).</extracomment>
      <translation>Pregunta al grupo: desde el punto de vista de Imran, ¿esta consulta fue mejor o peor que ninguna?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.title">
      <source>In the newsletter</source>
      <extracomment>Scene heading, shown on the projector (scene end-newsletter).</extracomment>
      <translation>En el boletín</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.narration">
      <source>The newsletter piece runs with a photo of the committee. Leah reads it in her car, where she now expresses milk between nine and five. Imran forwards it to Sinéad with one line: &quot;Listening to who?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-newsletter).</extracomment>
      <translation>El artículo del boletín sale con una foto del comité. Leah lo lee en su coche, donde ahora se extrae leche entre las 9:00 y las 17:00. Imran se lo reenvía a Sinéad con una sola línea: «¿Escuchando a quién?».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.title">
      <source>Four minutes from Imran</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Cuatro minutos de Imran</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.narration">
      <source>Imran speaks for four minutes, plainly, and the committee sees that the room is busiest exactly when the compromise would lock it. The pods are put on hold while Marcus looks for other space, and the sales team grumbles loudly through a month of cramped meetings. The quiet room stays as it is.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>Imran habla durante cuatro minutos, con claridad, y el comité ve que la sala tiene más uso justo cuando el compromiso la dejaría cerrada. Las cabinas quedan en suspenso mientras Marcus busca otro espacio, y el equipo de ventas se queja a voces durante un mes de reuniones apretadas. La sala de silencio se queda como está.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.title">
      <source>The boardroom, three afternoons a week</source>
      <extracomment>Scene heading, shown on the projector (scene end-rule).</extracomment>
      <translation>La sala de juntas, tres tardes por semana</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.narration">
      <source>Hiroko gives up the boardroom three afternoons a week, not graciously. The rule is adopted with one amendment from Marcus, a five-day limit so it can't stall facilities for months, which is a fair point. Six months later, a plan to move the first-aid room goes to its users first, and nobody has to remember to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-rule).</extracomment>
      <translation>Hiroko cede la sala de juntas tres tardes por semana, no de muy buena gana. La norma se aprueba con una enmienda de Marcus, un límite de cinco días para que no pueda paralizar a instalaciones durante meses, que es razonable. Seis meses después, un plan para trasladar la sala de primeros auxilios pasa primero por quienes la usan, y nadie tiene que acordarse de preguntar.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.notes">
      <source>Highlight Marcus's amendment: the person who nearly caused the harm improved the fix. That is what it looks like when a process change brings people with it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-rule).</extracomment>
      <translation>Destaca la enmienda de Marcus: la persona que casi causó el daño mejoró la solución. Así es como se ve un cambio de proceso que suma a la gente.</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.1">
      <source>Who was affected by the decision, and at what point did any of them get to speak?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿A quién afectaba la decisión, y en qué momento pudo hablar alguna de esas personas?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.2">
      <source>What did &quot;always empty&quot; turn out to mean?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué resultó significar «siempre vacía»?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.1">
      <source>Why do decisions that affect absent people feel so uncontroversial in the room?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué las decisiones que afectan a personas ausentes parecen tan poco polémicas en la sala?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.2">
      <source>What is the difference between consulting people and deciding what they said?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué diferencia hay entre consultar a las personas y decidir lo que dijeron?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.1">
      <source>In your next decision meeting, which item could affect people who aren't at the table? How will you find out?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>En tu próxima reunión de decisión, ¿qué punto podría afectar a personas que no están en la mesa? ¿Cómo lo averiguarás?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.2">
      <source>What one line could you add to a process you own so that the people affected are asked by default?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué línea podrías añadir a un proceso del que te encargas para que se pregunte por defecto a las personas afectadas?</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.title">
      <source>Workplace allyship practice: notice who is absent when a decision is made, and bring the people affected into it</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: fijarse en quién falta cuando se toma una decisión e incluir a las personas afectadas</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.note">
      <source>Drawn from writing on systemic allyship and on the private moments, such as a meeting with nobody from the affected group present, where a biased decision is easiest to make.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en textos sobre la alianza sistémica y sobre los momentos privados, como una reunión sin nadie del grupo afectado, en los que es más fácil tomar una decisión sesgada.</translation>
    </message>
    <message id="owning-a-mistake.title">
      <source>Corrected in front of the room</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Corregido delante de todo el mundo</translation>
    </message>
    <message id="owning-a-mistake.summary">
      <source>During a product demo, a product manager uses an outdated phrase about wheelchair users and is corrected, kindly and in public, by the team's accessibility specialist. The group decides how he responds in the moment, and then what he does when a senior colleague tries to reassure him and the phrase turns out to be all over the product's help text.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Durante una demostración de producto, un responsable de producto usa una expresión anticuada sobre las personas usuarias de silla de ruedas y la especialista en accesibilidad del equipo lo corrige, con amabilidad y en público. El grupo decide cómo responde él en ese momento, y luego qué hace cuando un compañero de rango superior intenta tranquilizarlo y resulta que la expresión aparece por todas partes en los textos de ayuda del producto.</translation>
    </message>
    <message id="owning-a-mistake.content_note">
      <source>This role-play includes an outdated phrase about wheelchair users said in a meeting, a wheelchair user correcting it, and a senior colleague dismissing the correction as oversensitive.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye una expresión anticuada sobre las personas usuarias de silla de ruedas dicha en una reunión, la corrección de una compañera que usa silla de ruedas y un directivo que la despacha como una exageración.</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.name">
      <source>Rafael Herrera, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role rafael).</extracomment>
      <translation>Rafael Herrera, responsable de producto</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.brief">
      <source>You are demoing a feature you are proud of: a filter that helps customers find accessible seating at venues. You have said &quot;confined to a wheelchair&quot; for years without thinking about it. When Ngozi corrects you, your face goes hot and your first instinct is to explain. Let the group decide what you actually say.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role rafael).</extracomment>
      <translation>Estás haciendo la demostración de una función de la que te sientes orgulloso: un filtro que ayuda a la clientela a encontrar asientos accesibles en los recintos. Llevas años diciendo «confinado en una silla de ruedas» sin pensarlo. Cuando Ngozi te corrige, te arde la cara y tu primer impulso es dar explicaciones. Deja que el grupo decida qué dices en realidad.</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.name">
      <source>Ngozi Eze, accessibility specialist</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ngozi).</extracomment>
      <translation>Ngozi Eze, especialista en accesibilidad</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.brief">
      <source>You use a wheelchair. You correct the phrase once, briefly and kindly, because it will otherwise end up in customer-facing text. You do not want a long apology and you do not want to comfort Rafael. You have a real point to make about step-free routes from venue entrances. You are tired of being asked to check everyone's language for free.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ngozi).</extracomment>
      <translation>Usas silla de ruedas. Corriges la expresión una sola vez, de forma breve y amable, porque si no acabará en textos que verá la clientela. No quieres una disculpa larga ni quieres consolar a Rafael. Tienes algo importante que decir sobre los recorridos sin escalones desde las entradas de los recintos. Estás cansada de que te pidan revisar el lenguaje de todo el mundo gratis.</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.name">
      <source>Brendan O'Connor, engineering director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brendan).</extracomment>
      <translation>Brendan O'Connor, director de ingeniería</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.brief">
      <source>You like Rafael and want to make him feel better after an awkward moment. Your way of doing that is to say the world has got oversensitive. You are not malicious; you simply haven't thought about it much. If someone disagrees with you kindly, you listen. If you are lectured, you bristle.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brendan).</extracomment>
      <translation>Rafael te cae bien y quieres que se sienta mejor después de un momento incómodo. Tu manera de hacerlo es decir que el mundo se ha vuelto demasiado susceptible. No lo haces con mala intención; sencillamente no lo has pensado mucho. Si alguien te lleva la contraria con amabilidad, escuchas. Si te sermonean, te pones a la defensiva.</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.brief">
      <source>Time Rafael's response to the correction, in seconds, and note whose feelings the room ends up attending to. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Cronometra en segundos la respuesta de Rafael a la corrección y anota de qué sentimientos acaba ocupándose la sala. Usa la lista de observación.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.1">
      <source>How long did Rafael's response to the correction take, and how much of it was about his own intent or feelings?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuánto duró la respuesta de Rafael a la corrección, y cuánto de ella trató de su propia intención o de sus sentimientos?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.2">
      <source>Did the apology include an &quot;if&quot;, a &quot;but&quot; or an explanation? Write down the exact words.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿La disculpa incluía un «si», un «pero» o una explicación? Anota las palabras exactas.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.3">
      <source>After the correction, whose comfort did the room attend to: Ngozi's or Rafael's? Did Ngozi get to make the point she came with?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Después de la corrección, ¿de la comodidad de quién se ocupó la sala: de la de Ngozi o de la de Rafael? ¿Pudo Ngozi plantear lo que venía a decir?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.4">
      <source>At the lifts, which of the five moves could Rafael use with Brendan: distract, delegate, document, delay, direct? Which did he use?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Junto a los ascensores, ¿cuál de los cinco movimientos podía usar Rafael con Brendan: distraer, delegar, documentar, retrasar, intervenir directamente? ¿Cuál usó?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.5">
      <source>Did the fix reach the product, or only the conversation?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿La corrección llegó al producto o solo a la conversación?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.title">
      <source>The product review</source>
      <extracomment>Scene heading, shown on the projector (scene demo).</extracomment>
      <translation>La revisión de producto</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.narration">
      <source>Thursday's product review: twelve people in the room and six on the call. Rafael Herrera is demoing the new accessible-seating filter: &quot;This is going to make life so much easier for people confined to wheelchairs.&quot; Ngozi Eze, the team's accessibility specialist, raises a hand: &quot;Small thing: 'wheelchair users', please. My chair doesn't confine me; it's how I get around.&quot; A few people look down at their screens.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene demo).</extracomment>
      <translation>Revisión de producto del jueves: doce personas en la sala y seis en la llamada. Rafael Herrera hace la demostración del nuevo filtro de asientos accesibles: «Esto les va a facilitar muchísimo la vida a las personas confinadas en una silla de ruedas». Ngozi Eze, la especialista en accesibilidad del equipo, levanta la mano: «Un detalle: “personas usuarias de silla de ruedas”, por favor. Mi silla no me confina; es como me desplazo». Algunas personas bajan la vista a sus pantallas.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.notes">
      <source>Ninety seconds is plenty; the real decision takes about three seconds in life. Ask the group to notice their own first instinct before they discuss. If a participant says &quot;but that phrase is normal&quot;, don't argue the vocabulary; come back to how the correction was handled, which is the point.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene demo).</extracomment>
      <translation>Noventa segundos bastan; en la vida real, la decisión se toma en unos tres. Pide al grupo que se fije en su propio primer impulso antes de comentarlo. Si alguien dice «pero esa expresión es normal», no discutas el vocabulario; vuelve a cómo se gestionó la corrección, que es lo importante.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.prompt">
      <source>You are Rafael. Everyone is waiting. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene demo).</extracomment>
      <translation>Eres Rafael. Todo el mundo está esperando. ¿Qué haces?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.text">
      <source>&quot;Sorry if that came out wrong. I didn't mean anything by it; it's just the phrase everyone used when I was growing up.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option explain). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>«Perdón si ha sonado mal. No lo decía con mala intención; es la expresión que usaba todo el mundo cuando yo era pequeño».</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.why">
      <source>Explaining is a natural reflex. But the &quot;if&quot; makes the apology conditional, the focus moves to your intent rather than the impact, and nothing is actually owned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option explain).</extracomment>
      <translation>Explicarse es un reflejo natural. Pero el «si» convierte la disculpa en condicional, el foco pasa a tu intención en lugar del efecto, y en realidad no asumes nada.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.text">
      <source>&quot;Sure, yep.&quot; Then straight on to the next slide, as fast as possible.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option brush-past). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>«Sí, claro». Y pasar a la siguiente diapositiva lo antes posible.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.why">
      <source>You accept the correction, which counts for something. But it hasn't really landed, and rushing on can look like hoping nobody noticed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option brush-past).</extracomment>
      <translation>Aceptas la corrección, y eso cuenta. Pero no ha calado del todo, y pasar deprisa puede parecer que esperas que nadie se haya dado cuenta.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.text">
      <source>&quot;Oh no, I'm so sorry, Ngozi. I'm honestly mortified. I really care about this, I did the whole accessibility course last year...&quot; You keep going for a while.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option big-apology). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>«Ay, no, Ngozi, lo siento muchísimo. Qué vergüenza. De verdad que esto me importa, el año pasado hice todo el curso de accesibilidad…». Y sigues un buen rato.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.why">
      <source>Sincere and very human. But a long apology turns the room towards your feelings and your credentials, and leaves Ngozi reassuring you in front of eighteen people.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option big-apology).</extracomment>
      <translation>Sincero y muy humano. Pero una disculpa larga dirige la atención de la sala hacia tus sentimientos y tus méritos, y deja a Ngozi consolándote delante de dieciocho personas.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.text">
      <source>&quot;Thanks, Ngozi. Wheelchair users. Sorry.&quot; Then carry on with the demo, using the right term.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option own-it). Shown on a phone button: keep it short, about 92 characters like the English.</extracomment>
      <translation>«Gracias, Ngozi. Personas usuarias de silla de ruedas. Perdón». Y seguir con el término correcto.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.why">
      <source>Short, specific and without excuses: you own it, fix it and move on, which keeps the attention on the work and on Ngozi's point rather than on your embarrassment.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option own-it).</extracomment>
      <translation>Breve, concreto y sin excusas: lo asumes, lo corriges y sigues, y así la atención se queda en el trabajo y en lo que plantea Ngozi, no en tu vergüenza.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.title">
      <source>A short pause</source>
      <extracomment>Scene heading, shown on the projector (scene explained).</extracomment>
      <translation>Una breve pausa</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.narration">
      <source>There is a short pause. Ngozi says, &quot;Sure,&quot; and doesn't speak again for the rest of the review. In the call chat, two people add a heart to her comment; nobody reacts to Rafael's. The demo finishes on time.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene explained).</extracomment>
      <translation>Hay una breve pausa. Ngozi dice «De acuerdo», y no vuelve a hablar en el resto de la revisión. En el chat de la llamada, dos personas ponen un corazón a su comentario; nadie reacciona al de Rafael. La demostración termina a la hora prevista.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.notes">
      <source>If the person who chose this gets defensive (&quot;so I can't explain myself?&quot;), agree that intent matters to you, then ask what Ngozi got out of hearing about it. Keep your tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene explained).</extracomment>
      <translation>Si la persona que eligió esta opción se pone a la defensiva («¿entonces no puedo explicarme?»), reconoce que la intención le importa a ella, y luego pregunta qué ganó Ngozi oyendo esa explicación. Mantén un tono de curiosidad, no de corrección.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.title">
      <source>Eight minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene brushed).</extracomment>
      <translation>Ocho minutos después</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.narration">
      <source>The review rolls on. Eight minutes later, on the pricing slide, Rafael says &quot;confined to a wheelchair&quot; again, without noticing. This time Ngozi says nothing. She writes something in her notebook.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brushed).</extracomment>
      <translation>La revisión sigue. Ocho minutos después, en la diapositiva de precios, Rafael vuelve a decir «confinadas en una silla de ruedas», sin darse cuenta. Esta vez Ngozi no dice nada. Escribe algo en su cuaderno.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.notes">
      <source>This lands hard, and it is very common. Point out that a correction not absorbed tends to repeat, and that the second time costs the other person more than the first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brushed).</extracomment>
      <translation>Esto impacta, y es muy frecuente. Señala que una corrección que no se asimila tiende a repetirse, y que la segunda vez le cuesta más a la otra persona que la primera.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.title">
      <source>Four minutes about Rafael</source>
      <extracomment>Scene heading, shown on the projector (scene mortified).</extracomment>
      <translation>Cuatro minutos sobre Rafael</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.narration">
      <source>Ngozi waits for a gap, then says, &quot;Honestly, it's fine, don't worry,&quot; and keeps smiling at Rafael until he stops. The next four minutes of the review are about how bad he feels. The feedback she came with, about step-free routes from venue entrances, never gets raised.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mortified).</extracomment>
      <translation>Ngozi espera un hueco y luego dice: «De verdad, no pasa nada, no te preocupes», y sigue sonriéndole a Rafael hasta que él para. Los cuatro minutos siguientes de la revisión giran en torno a lo mal que se siente él. Lo que ella venía a plantear, sobre los recorridos sin escalones desde las entradas de los recintos, nunca llega a decirse.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.notes">
      <source>Ask Ngozi's role-player what she had planned to say and didn't get to. That lost point about step-free routes is the concrete cost; let it speak for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mortified).</extracomment>
      <translation>Pregunta a quien interpreta a Ngozi qué pensaba decir y no pudo. Ese punto perdido sobre los recorridos sin escalones es el coste concreto; deja que hable por sí solo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.title">
      <source>The demo goes on</source>
      <extracomment>Scene heading, shown on the projector (scene owned).</extracomment>
      <translation>La demostración continúa</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.narration">
      <source>Ngozi nods, and the demo goes on. Rafael stumbles once, catches himself, says &quot;wheelchair users&quot;, and keeps going. At the end, Ngozi raises step-free routes from venue entrances, and the team adds them to the backlog. Rafael's face stays warm for the next hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene owned).</extracomment>
      <translation>Ngozi asiente y la demostración continúa. Rafael se traba una vez, se corrige, dice «personas usuarias de silla de ruedas» y sigue. Al final, Ngozi plantea lo de los recorridos sin escalones desde las entradas de los recintos, y el equipo lo añade a la lista de tareas pendientes. A Rafael le sigue ardiendo la cara durante la hora siguiente.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.notes">
      <source>Note that the discomfort didn't vanish; owning a mistake doesn't make it feel good. Ask Rafael's role-player how the stumble felt, and whether it mattered to anyone but him.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene owned).</extracomment>
      <translation>Señala que la incomodidad no desapareció; asumir un error no hace que uno se sienta bien. Pregunta a quien interpreta a Rafael cómo se sintió al trabarse y si le importó a alguien más que a él.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.title">
      <source>By the lifts</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Junto a los ascensores</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.narration">
      <source>After the review, Brendan O'Connor falls into step with Rafael on the way to the lifts. &quot;Don't let that get to you. You can't say anything these days. Ngozi's great, but she's quick off the mark.&quot; Back at his desk, Rafael searches the product spec: the phrase appears eleven times, and three of those are in customer help text that ships on Monday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Después de la revisión, Brendan O'Connor se pone a caminar junto a Rafael hacia los ascensores. «No te lo tomes a pecho. Hoy en día no se puede decir nada. Ngozi es estupenda, pero salta enseguida». De vuelta en su mesa, Rafael busca en la especificación del producto: la expresión aparece once veces, y tres de ellas están en textos de ayuda para la clientela que salen el lunes.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.notes">
      <source>This is the private test. Give it two to three minutes. Brendan is reassuring, not hostile; if the group turns him into a villain, ask Brendan's role-player what he meant. Watch for participants who want Ngozi to review the spec; ask how many times this month she has been asked that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Esta es la prueba en privado. Dedícale de dos a tres minutos. Brendan quiere tranquilizar, no es hostil; si el grupo lo convierte en un villano, pregunta a quien lo interpreta qué quería decir. Fíjate en quienes quieren que Ngozi revise la especificación; pregunta cuántas veces se lo han pedido este mes.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.prompt">
      <source>You are Rafael. What do you do now?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Eres Rafael. ¿Qué haces ahora?</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.text">
      <source>&quot;Ha, tell me about it.&quot; Leave the spec for now; Monday's release is already tight.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option laugh-along). Shown on a phone button: keep it short, about 82 characters like the English.</extracomment>
      <translation>«Ja, dímelo a mí». Dejar la especificación por ahora; la entrega del lunes ya va justa.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.why">
      <source>Laughing along eases the moment with a senior colleague. It also agrees that the correction was the problem, and the phrase ships to customers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option laugh-along).</extracomment>
      <translation>Reírle la gracia relaja el momento con un compañero de rango superior. También da a entender que el problema fue la corrección, y la expresión llega a la clientela.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.text">
      <source>Give Brendan a non-committal &quot;Mm,&quot; and quietly fix the three help-text lines before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option let-it-pass). Shown on a phone button: keep it short, about 91 characters like the English.</extracomment>
      <translation>Darle a Brendan un «Mm» evasivo y corregir en silencio las tres líneas de ayuda antes del lunes.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.why">
      <source>The fix is real and it helps customers. But Brendan's framing goes unanswered, and the next person to be corrected will hear the same thing from him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option let-it-pass).</extracomment>
      <translation>La corrección es real y ayuda a la clientela. Pero el planteamiento de Brendan queda sin respuesta, y la próxima persona a la que corrijan oirá lo mismo de su boca.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.text">
      <source>Post a long &quot;lesson learned&quot; thread in the company channel about your journey with inclusive language, thanking Ngozi by name for educating you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option public-reflection). Shown on a phone button: keep it short, about 144 characters like the English.</extracomment>
      <translation>Publicar en el canal de la empresa un largo hilo de «lecciones aprendidas» sobre tu camino con el lenguaje inclusivo, dando las gracias a Ngozi por educarte.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.why">
      <source>Sharing what you learned can help others. This version puts Ngozi on display, casts her as your teacher, and makes your growth the story.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option public-reflection).</extracomment>
      <translation>Compartir lo aprendido puede ayudar a otras personas. Esta versión expone a Ngozi, la presenta como tu profesora y convierte tu crecimiento en la historia.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.text">
      <source>To Brendan: &quot;She was right, and she was kind about it. I'd rather be told than keep saying it.&quot; Then fix all eleven uses before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option set-it-straight). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>A Brendan: «Tenía razón, y lo dijo con amabilidad. Prefiero que me lo digan a seguir diciéndolo». Y corregir los once usos antes del lunes.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.why">
      <source>You back the correction to a senior colleague, in private, without a lecture, and you fix your own work completely.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option set-it-straight).</extracomment>
      <translation>Respaldas la corrección ante un compañero de rango superior, en privado y sin sermones, y corriges tu propio trabajo por completo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.text">
      <source>Say the same to Brendan and fix the spec. Then propose adding an inclusive-language check, based on a published disability style guide rather than on Ngozi's time, to the content review Brendan's team owns, and offer to set it up yourself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option fix-the-process). Shown on a phone button: keep it short, about 239 characters like the English.</extracomment>
      <translation>Decirle lo mismo a Brendan y corregir la especificación. Luego proponer, en la revisión de contenidos de su equipo, un control de lenguaje inclusivo basado en una guía publicada sobre discapacidad, no en el tiempo de Ngozi, y ofrecerte a montarlo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.why">
      <source>You own the mistake, then change the process that let it ship for years, without turning Ngozi into the team's unpaid editor.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option fix-the-process).</extracomment>
      <translation>Asumes el error y luego cambias el proceso que permitió que se publicara durante años, sin convertir a Ngozi en la correctora gratuita del equipo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.title">
      <source>Shipped on Monday</source>
      <extracomment>Scene heading, shown on the projector (scene end-laughed).</extracomment>
      <translation>Publicado el lunes</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.narration">
      <source>Brendan grins, and the lift doors close. On Monday the help text ships with the old phrase, and a customer who uses a wheelchair writes to support about it. The ticket is passed to Ngozi.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-laughed).</extracomment>
      <translation>Brendan sonríe y las puertas del ascensor se cierran. El lunes, el texto de ayuda sale con la expresión antigua, y una clienta que usa silla de ruedas escribe a soporte para quejarse. La incidencia se le pasa a Ngozi.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.notes">
      <source>Pause on the last sentence. Ask the room who ended up doing the work of Rafael's mistake.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-laughed).</extracomment>
      <translation>Detente en la última frase. Pregunta a la sala quién acabó haciendo el trabajo derivado del error de Rafael.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.title">
      <source>Fixed, quietly</source>
      <extracomment>Scene heading, shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>Corregido, sin ruido</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.narration">
      <source>The help text ships correctly on Monday, and nobody outside the team knows it was ever wrong. Brendan's line about Ngozi being &quot;quick off the mark&quot; goes round the floor, though. A month later, when a new joiner uses an outdated term in stand-up, nobody corrects them.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>El lunes, el texto de ayuda sale correcto, y nadie fuera del equipo sabe que alguna vez estuvo mal. Eso sí, el comentario de Brendan sobre que Ngozi «salta enseguida» corre por toda la planta. Un mes después, cuando una persona recién incorporada usa un término anticuado en la reunión diaria, nadie la corrige.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.title">
      <source>Forty reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-thread).</extracomment>
      <translation>Cuarenta reacciones</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.narration">
      <source>The thread gets forty reactions and several comments praising Rafael's honesty. Ngozi receives three direct messages from colleagues asking her to check the language in their documents. She answers two, ignores the third, and tells her manager she is not the company's style guide.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-thread).</extracomment>
      <translation>El hilo recibe cuarenta reacciones y varios comentarios que elogian la sinceridad de Rafael. Ngozi recibe tres mensajes directos de colegas que le piden que revise el lenguaje de sus documentos. Responde a dos, ignora el tercero y le dice a su responsable que ella no es la guía de estilo de la empresa.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.notes">
      <source>Someone may say that modelling vulnerability is good leadership. It can be. Ask whether there was a way to share the learning that didn't name Ngozi or send work her way.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-thread).</extracomment>
      <translation>Puede que alguien diga que mostrarse vulnerable es buen liderazgo. Puede serlo. Pregunta si había una forma de compartir lo aprendido sin nombrar a Ngozi ni enviarle trabajo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.title">
      <source>Fair enough</source>
      <extracomment>Scene heading, shown on the projector (scene end-straight).</extracomment>
      <translation>Bueno, tienes razón</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.narration">
      <source>Brendan looks surprised, then shrugs: &quot;Fair enough.&quot; The spec is fixed by Friday. Rafael slips once more the following week, in a one-to-one, corrects himself mid-sentence and carries on. By the end of the month the old phrase has gone from his vocabulary.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-straight).</extracomment>
      <translation>Brendan parece sorprendido y luego se encoge de hombros: «Bueno, tienes razón». El viernes, la especificación ya está corregida. Rafael se equivoca una vez más la semana siguiente, en una reunión individual, se corrige a media frase y sigue. A final de mes, la expresión antigua ha desaparecido de su vocabulario.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.title">
      <source>Another checklist</source>
      <extracomment>Scene heading, shown on the projector (scene end-process).</extracomment>
      <translation>Otra lista de control</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.narration">
      <source>Brendan grumbles about &quot;another checklist&quot;, then agrees to a trial. In the next release, the check catches two more outdated terms, neither of them Rafael's. Ngozi is asked once whether the chosen guide looks right, and is otherwise left to do her actual job.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-process).</extracomment>
      <translation>Brendan refunfuña por tener «otra lista de control» y luego acepta una prueba. En la siguiente entrega, el control detecta otros dos términos anticuados, ninguno de Rafael. A Ngozi le preguntan una vez si la guía elegida le parece adecuada, y por lo demás la dejan hacer su verdadero trabajo.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.notes">
      <source>Point out that the advocate move here isn't heroic; it is a small process change that will outlast everyone's memory of Thursday's review.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-process).</extracomment>
      <translation>Señala que el movimiento de Impulso al cambio aquí no es heroico; es un pequeño cambio de proceso que durará más que el recuerdo de la revisión del jueves.</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.1">
      <source>What did Rafael say in the first ten seconds after the correction, and what happened to Ngozi's point about step-free routes?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué dijo Rafael en los diez primeros segundos después de la corrección, y qué pasó con lo que Ngozi quería decir sobre los recorridos sin escalones?</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.2">
      <source>What did Brendan's reassurance make easier, and for whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué facilitó el intento de Brendan de tranquilizarlo, y a quién?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.1">
      <source>Why is &quot;sorry if&quot; so much easier to say than &quot;sorry&quot;, and what does the difference do to the other person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué es mucho más fácil decir «perdón si…» que «perdón», y qué efecto tiene esa diferencia en la otra persona?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.2">
      <source>What makes a long apology feel generous to the person giving it and tiring to the person receiving it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué hace que una disculpa larga le parezca generosa a quien la da y agotadora a quien la recibe?</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.1">
      <source>Write down the exact words you will use the next time you are corrected, in ten words or fewer.</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Escribe las palabras exactas que usarás la próxima vez que te corrijan, en diez palabras o menos.</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.2">
      <source>Which document, template or checklist you own could carry a phrase you would no longer say out loud?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué documento, plantilla o lista de control a tu cargo podría contener una expresión que ya no dirías en voz alta?</translation>
    </message>
    <message id="owning-a-mistake.sources.1.title">
      <source>Workplace allyship practice: own your mistakes — apologise briefly, skip the excuses, learn and move on</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: asumir tus errores (disculparte brevemente, sin excusas, aprender y seguir adelante)</translation>
    </message>
    <message id="owning-a-mistake.sources.1.note">
      <source>Drawn from starter actions for allies on accountability, accepting feedback gracefully, and not relying on colleagues to educate you.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en las acciones para empezar de las personas aliadas sobre responsabilidad, aceptar los comentarios con elegancia y no depender de tus colegas para que te eduquen.</translation>
    </message>
    <message id="promotion-criteria.title">
      <source>Ready on paper, not on &quot;presence&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Preparada sobre el papel, pero sin «presencia»</translation>
    </message>
    <message id="promotion-criteria.summary">
      <source>At a promotion calibration panel, a consultant with the strongest delivery record in the cohort is deferred for lacking &quot;executive presence&quot; and not being seen on evening calls. Her manager can argue for her, or question what the criteria are measuring, and a later framework review offers a second chance to change the process itself.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>En un comité de calibración de ascensos, a la consultora con el mejor historial de resultados de su promoción le aplazan el ascenso por falta de «presencia ejecutiva» y por no dejarse ver en las llamadas de última hora de la tarde. Su responsable puede defenderla o cuestionar qué miden los criterios, y una revisión posterior del marco ofrece una segunda oportunidad para cambiar el propio proceso.</translation>
    </message>
    <message id="promotion-criteria.content_note">
      <source>This role-play includes a consultant who cares for her father being held back from promotion for missing evening calls and lacking &quot;executive presence&quot;, despite top results.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye a una consultora que cuida de su padre y a la que, pese a tener los mejores resultados, le aplazan el ascenso por no estar en las llamadas de la tarde y por falta de «presencia ejecutiva».</translation>
    </message>
    <message id="promotion-criteria.roles.marek.name">
      <source>Marek Kowalski, principal consultant and calibration panel member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marek).</extracomment>
      <translation>Marek Kowalski, consultor principal y miembro del comité de calibración</translation>
    </message>
    <message id="promotion-criteria.roles.marek.brief">
      <source>You manage Zanele and you sit on the panel. You have her client feedback in front of you, and you know why she is never on the 7pm calls: she works early hours so she can care for her father. Your own partner review is in two months, and Helen will have a say in it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marek).</extracomment>
      <translation>Eres el responsable de Zanele y formas parte del comité. Tienes delante los comentarios de sus clientes, y sabes por qué nunca está en las llamadas de las 19:00: empieza muy temprano para poder cuidar de su padre. Tu propia evaluación para socio es dentro de dos meses, y Helen tendrá voz en ella.</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.name">
      <source>Zanele Mokoena, senior consultant, candidate for manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role zanele).</extracomment>
      <translation>Zanele Mokoena, consultora sénior, candidata a gerente</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.brief">
      <source>You led the project that saved a client £1.2m and secured its renewal. You work 7.30 to 4 and care for your father in the evenings; you have never hidden this. In client meetings you speak briefly and to the point, and clients like it. You do not want special treatment; you want your work judged as work. You are not in the calibration room, but you may be asked how the outcome lands.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role zanele).</extracomment>
      <translation>Dirigiste el proyecto que ahorró a un cliente 1,2 millones de libras y aseguró su renovación. Trabajas de 7:30 a 16:00 y por las tardes cuidas de tu padre; nunca lo has ocultado. En las reuniones con clientes hablas poco y al grano, y a los clientes les gusta. No quieres un trato especial; quieres que tu trabajo se valore como trabajo. No estás en la sala de calibración, pero puede que te pregunten cómo te sienta el resultado.</translation>
    </message>
    <message id="promotion-criteria.roles.helen.name">
      <source>Helen Whitfield, partner and chair of the calibration panel</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role helen).</extracomment>
      <translation>Helen Whitfield, socia y presidenta del comité de calibración</translation>
    </message>
    <message id="promotion-criteria.roles.helen.brief">
      <source>You rose through long hours and you believe &quot;presence&quot; is real: clients pay for confidence. You want calibration finished by 6pm. If you feel accused of bias you get defensive and formal. If someone asks a concrete question about how a criterion is scored, or shows you data, you engage, reluctantly at first.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role helen).</extracomment>
      <translation>Llegaste arriba a base de jornadas largas y crees que la «presencia» es real: los clientes pagan por la seguridad. Quieres terminar la calibración antes de las 18:00. Si sientes que te acusan de sesgo, te pones a la defensiva y formal. Si alguien hace una pregunta concreta sobre cómo se puntúa un criterio, o te enseña datos, entras en la conversación, al principio a regañadientes.</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.name">
      <source>Ifeoma Nwosu, HR business partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ifeoma).</extracomment>
      <translation>Ifeoma Nwosu, responsable de Recursos Humanos del área</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.brief">
      <source>You attend calibration to keep the process fair, and you hold the ratings data. You have suspected for a while that people on flexible or part-time hours score lower on &quot;presence&quot; than on anything else, but nobody has asked you to check. If asked, you will say you can pull the data within two days.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ifeoma).</extracomment>
      <translation>Asistes a la calibración para que el proceso sea justo, y tienes los datos de las valoraciones. Hace tiempo que sospechas que quienes tienen horario flexible o a tiempo parcial puntúan más bajo en «presencia» que en cualquier otra cosa, pero nadie te ha pedido que lo compruebes. Si te lo piden, dirás que puedes sacar los datos en dos días.</translation>
    </message>
    <message id="promotion-criteria.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="promotion-criteria.roles.observer.brief">
      <source>Watch for the difference between arguing about a person and arguing about a rule. Use the checklist and note exact words, especially how each criterion is described.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en la diferencia entre discutir sobre una persona y discutir sobre una norma. Usa la lista de observación y anota palabras exactas, sobre todo cómo se describe cada criterio.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.1">
      <source>When the panel discussed Zanele, did anyone ask what &quot;executive presence&quot; actually means, or how it is scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Cuando el comité habló de Zanele, ¿preguntó alguien qué significa en realidad «presencia ejecutiva» o cómo se puntúa?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.2">
      <source>Did the conversation stay on one candidate's outcome, or move to the criteria that produced it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿La conversación se quedó en el resultado de una candidata, o pasó a los criterios que lo produjeron?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.3">
      <source>Which intervention moves did you see: distract, delegate, document, delay, direct? Asking for the data (document) and parking a decision (delay) count.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué movimientos de intervención viste: distraer, delegar, documentar, retrasar, intervenir directamente? Pedir los datos (documentar) y dejar una decisión en suspenso (retrasar) cuentan.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.4">
      <source>Who asked for evidence, and who offered opinions? Write down one example of each.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Quién pidió pruebas y quién dio opiniones? Anota un ejemplo de cada cosa.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.5">
      <source>What did speaking up cost Marek, and who else was affected by the criteria but never discussed?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué le costó a Marek hablar, y a quién más afectaban los criterios sin que nadie lo mencionara?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.title">
      <source>5.40pm, day two of calibration</source>
      <extracomment>Scene heading, shown on the projector (scene calibration).</extracomment>
      <translation>17:40, segundo día de calibración</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.narration">
      <source>It is 5.40pm on the second day of promotion calibration, and the panel reaches Zanele Mokoena. Her delivery ratings are the highest in the cohort, and the client's feedback calls her &quot;the clearest adviser we've worked with&quot;. Helen Whitfield, chairing, taps the framework on the screen: &quot;Strong work, but she's not ready. I never see her on the evening calls, and the executive presence isn't there yet. Next cycle?&quot; Two panel members nod.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene calibration).</extracomment>
      <translation>Son las 17:40 del segundo día de calibración de ascensos, y el comité llega a Zanele Mokoena. Sus valoraciones de resultados son las más altas de su promoción, y los comentarios del cliente la describen como «la asesora más clara con la que hemos trabajado». Helen Whitfield, que preside, señala el marco en la pantalla: «Buen trabajo, pero no está preparada. Nunca la veo en las llamadas de la tarde, y todavía le falta presencia ejecutiva. ¿En el próximo ciclo?». Dos miembros del comité asienten.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.notes">
      <source>Read Helen's line as a reasonable, tired chair would, not as a villain. Give the group two minutes. Participants often split between &quot;argue for Zanele&quot; and &quot;question the criteria&quot;; that split is the point of the scenario, so name it when you reveal the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene calibration).</extracomment>
      <translation>Lee la frase de Helen como la diría una presidenta razonable y cansada, no una villana. Da al grupo dos minutos. Es habitual que el grupo se divida entre «defender a Zanele» y «cuestionar los criterios»; esa división es el sentido del escenario, así que nómbrala al revelar las opciones.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.prompt">
      <source>You are Marek, Zanele's manager. Helen is ready to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene calibration).</extracomment>
      <translation>Eres Marek, el responsable de Zanele. Helen quiere pasar a otra cosa. ¿Qué haces?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.text">
      <source>Agree to defer. The criteria are in the framework, and arguing with the chair at 5.40pm rarely goes well.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option defer). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>Aceptar el aplazamiento. Los criterios están en el marco, y discutir con quien preside a las 17:40 rara vez sale bien.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.why">
      <source>Reading the room is a real skill, and the hour is late. But the decision stands on two criteria nobody examined, and Zanele is not there to answer them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option defer).</extracomment>
      <translation>Saber leer la sala es una habilidad real, y ya es tarde. Pero la decisión se apoya en dos criterios que nadie examinó, y Zanele no está para responder.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.text">
      <source>&quot;As everyone knows, I'm a big champion of flexible working. But fair enough, next cycle.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option flexible-champion). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>«Como todo el mundo sabe, defiendo a muerte el trabajo flexible. Pero vale, en el próximo ciclo».</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.why">
      <source>The line shows your values to the panel but asks for nothing. The decision and the criteria behind it stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option flexible-champion).</extracomment>
      <translation>La frase muestra tus valores al comité, pero no pide nada. La decisión y los criterios que hay detrás siguen exactamente donde estaban.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.text">
      <source>&quot;Let's look at what she delivered: the £1.2m saving, the renewal and that client quote. I think she's ready now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option argue-case). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>«Veamos lo que ha conseguido: el ahorro de 1,2 millones, la renovación y esa frase del cliente. Creo que está preparada ya».</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.why">
      <source>You challenge the outcome in real time, with evidence. It may win Zanele's case, but the criteria that produced the doubt remain untouched for everyone else.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option argue-case).</extracomment>
      <translation>Cuestionas el resultado en el momento, con pruebas. Puede que ganes el caso de Zanele, pero los criterios que generaron la duda siguen intactos para todas las demás personas.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.text">
      <source>&quot;Can we pause on two of these? What is 'executive presence' telling us that the client feedback isn't? And why is being on 7pm calls part of readiness? Ifeoma, do we know how these two criteria score for people on flexible hours?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option question-criteria). Shown on a phone button: keep it short, about 230 characters like the English.</extracomment>
      <translation>«¿Podemos detenernos en dos de estos? ¿Qué nos dice la “presencia ejecutiva” que no digan los comentarios del cliente? ¿Y por qué estar en las llamadas de las siete indica preparación? Ifeoma, ¿cómo puntúa en ambos criterios quien tiene horario flexible?».</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.why">
      <source>You question the process that produced the decision, not only this decision, and ask for data rather than opinion, at the cost of time and the chair's patience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option question-criteria).</extracomment>
      <translation>Cuestionas el proceso que produjo la decisión, no solo esta decisión, y pides datos en lugar de opiniones, a costa de tiempo y de la paciencia de quien preside.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.title">
      <source>Not yet</source>
      <extracomment>Scene heading, shown on the projector (scene deferred).</extracomment>
      <translation>Todavía no</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.narration">
      <source>The panel moves on, and calibration closes at 6.15. Zanele's outcome reads: &quot;Not yet. Develop executive presence and visibility with senior stakeholders.&quot; Tidying up, Ifeoma notices that five of the eleven people deferred this cycle work flexible or part-time hours. She makes a note and does not share it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene deferred).</extracomment>
      <translation>El comité sigue adelante, y la calibración termina a las 18:15. El resultado de Zanele dice: «Todavía no. Desarrollar presencia ejecutiva y visibilidad ante la alta dirección». Mientras recoge, Ifeoma se da cuenta de que cinco de las once personas aplazadas en este ciclo tienen horario flexible o a tiempo parcial. Toma nota y no lo comparte.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.notes">
      <source>Ask Zanele's role-player to read the outcome line aloud and say what she would need to do differently. The answer (&quot;be on the evening calls&quot;) usually makes the point without any help from you.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene deferred).</extracomment>
      <translation>Pide a quien interpreta a Zanele que lea en voz alta la frase del resultado y diga qué tendría que hacer de otra manera. La respuesta («estar en las llamadas de la tarde») suele dejar clara la idea sin que tengas que añadir nada.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.title">
      <source>On the record</source>
      <extracomment>Scene heading, shown on the projector (scene signalled).</extracomment>
      <translation>Que conste en acta</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.narration">
      <source>Helen smiles: &quot;We all are, Marek.&quot; The panel defers Zanele with the same wording. In the lift afterwards, another panel member tells Marek he was glad someone &quot;said something&quot;. Marek realises that, on the record, nothing was said at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene signalled).</extracomment>
      <translation>Helen sonríe: «Como todo el mundo, Marek». El comité aplaza a Zanele con la misma redacción. Después, en el ascensor, otro miembro del comité le dice a Marek que se alegra de que alguien «dijera algo». Marek se da cuenta de que, en el acta, no se dijo nada en absoluto.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.notes">
      <source>Be careful here: people who choose this option usually mean well and may feel exposed. Ask what the flexible-working line made possible in the room, and what it didn't.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene signalled).</extracomment>
      <translation>Cuidado aquí: quienes eligen esta opción suelen tener buena intención y pueden sentirse en evidencia. Pregunta qué hizo posible en la sala la frase sobre el trabajo flexible, y qué no.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.title">
      <source>One case won</source>
      <extracomment>Scene heading, shown on the projector (scene case-won).</extracomment>
      <translation>Un caso ganado</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.narration">
      <source>Helen studies the numbers for a long moment. &quot;Fine. Promote her, but the feedback says develop presence.&quot; Zanele is promoted. Ten minutes later, the panel defers Andrés Reyes, who works four days a week, on the same two criteria, and nobody, Marek included, has his file open.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene case-won).</extracomment>
      <translation>Helen estudia las cifras durante un buen rato. «Vale. Que la asciendan, pero en los comentarios pone que desarrolle presencia». Ascienden a Zanele. Diez minutos después, el comité aplaza a Andrés Reyes, que trabaja cuatro días a la semana, por los mismos dos criterios, y nadie, tampoco Marek, tiene abierto su expediente.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.notes">
      <source>This is the key teaching moment: the outcome was fixed, the process wasn't. Ask the room how they feel about Andrés. Don't let anyone dismiss what Marek did; winning a case matters. The question is what happens next cycle.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene case-won).</extracomment>
      <translation>Este es el momento clave de aprendizaje: se corrigió el resultado, no el proceso. Pregunta a la sala cómo se sienten respecto a Andrés. No dejes que nadie quite valor a lo que hizo Marek; ganar un caso importa. La pregunta es qué pasa en el próximo ciclo.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.title">
      <source>Parked for 48 hours</source>
      <extracomment>Scene heading, shown on the projector (scene criteria-questioned).</extracomment>
      <translation>En suspenso 48 horas</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.narration">
      <source>Helen's jaw tightens: &quot;We are not rewriting the framework at six o'clock.&quot; Ifeoma says quietly that she can pull the data in two days, and the panel agrees to park Zanele's case and two similar ones until then. Afterwards, two colleagues message Marek: one to thank him, one to ask whether he really wanted this fight before his own partner review.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene criteria-questioned).</extracomment>
      <translation>Helen aprieta la mandíbula: «No vamos a reescribir el marco a las seis de la tarde». Ifeoma dice en voz baja que puede sacar los datos en dos días, y el comité acepta dejar en suspenso hasta entonces el caso de Zanele y otros dos parecidos. Después, dos colegas le escriben a Marek: uno para darle las gracias, otro para preguntarle si de verdad quería esta pelea antes de su propia evaluación para socio.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.notes">
      <source>Let Helen's role-player be annoyed; the annoyance is realistic and it is a cost. Ask Marek's role-player how the second message feels. If someone says &quot;he was right, so it doesn't matter&quot;, ask whether being right has ever protected them at review time.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene criteria-questioned).</extracomment>
      <translation>Deja que quien interpreta a Helen se moleste; la molestia es realista y es un coste. Pregunta a quien interpreta a Marek cómo le sienta el segundo mensaje. Si alguien dice «tenía razón, así que da igual», pregunta si tener razón le ha protegido alguna vez en una evaluación.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.title">
      <source>The framework review</source>
      <extracomment>Scene heading, shown on the projector (scene framework-review).</extracomment>
      <translation>La revisión del marco</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.narration">
      <source>In October, HR opens next year's promotion framework for comment, and Ifeoma runs a review session for panel members. Helen proposes keeping &quot;executive presence&quot; and adding &quot;commercial visibility&quot;. Ifeoma puts up one slide: over three cycles, people on flexible or part-time hours scored, on average, a full point lower on presence than on any other criterion. Helen asks whether anyone objects to her proposal.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene framework-review).</extracomment>
      <translation>En octubre, Recursos Humanos abre a comentarios el marco de ascensos del año siguiente, e Ifeoma dirige una sesión de revisión para los miembros del comité. Helen propone mantener la «presencia ejecutiva» y añadir la «visibilidad comercial». Ifeoma proyecta una diapositiva: en tres ciclos, quienes tenían horario flexible o a tiempo parcial puntuaron, de media, un punto entero menos en presencia que en cualquier otro criterio. Helen pregunta si alguien se opone a su propuesta.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.notes">
      <source>Give this three or four minutes; it is where the scenario earns its theme. If the group wants to argue about whether presence is &quot;real&quot;, steer them to a sharper question: what would you have to see someone do to give them a high score? Watch for participants who want to remove the criterion without replacing it; ask what the panel would use instead.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene framework-review).</extracomment>
      <translation>Dedica a esto tres o cuatro minutos; es donde el escenario justifica su tema. Si el grupo quiere discutir si la presencia es «real», llévalo a una pregunta más afinada: ¿qué tendrías que ver hacer a alguien para darle una puntuación alta? Fíjate en quien quiera eliminar el criterio sin sustituirlo; pregunta qué usaría entonces el comité.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.prompt">
      <source>You are Marek. Helen is waiting for objections. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene framework-review).</extracomment>
      <translation>Eres Marek. Helen espera objeciones. ¿Qué haces?</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.text">
      <source>Say nothing. The framework is HR's job, and Helen chairs the panel.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option keep). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>No decir nada. El marco es cosa de Recursos Humanos y Helen preside.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.why">
      <source>It is fair to feel that frameworks belong to someone else. But the data is on the screen, and silence now makes the next cycle look like the last three.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option keep).</extracomment>
      <translation>Es lógico sentir que los marcos son cosa de otras personas. Pero los datos están en la pantalla, y el silencio ahora hace que el próximo ciclo se parezca a los tres anteriores.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.text">
      <source>Fill in the anonymous feedback form afterwards, ticking &quot;partly agree&quot; on the proposed criteria.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option form). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>Rellenar luego el formulario anónimo y marcar «parcialmente de acuerdo» con los criterios propuestos.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.why">
      <source>You take part, and the form is a legitimate channel. But &quot;partly agree&quot; is easy to read as agreement, and the slide never gets discussed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option form).</extracomment>
      <translation>Participas, y el formulario es un canal legítimo. Pero «parcialmente de acuerdo» se lee fácilmente como acuerdo, y la diapositiva nunca se llega a debatir.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.text">
      <source>&quot;Could we add 'inclusion' as a sixth value in the framework, and put it on the posters?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option add-value). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>«¿Podríamos añadir la “inclusión” como sexto valor del marco y ponerla en los carteles?».</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.why">
      <source>A new value is visible and easy to agree to. If nobody changes how ratings are given, the same people will score low on the same criteria.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option add-value).</extracomment>
      <translation>Un valor nuevo es visible y fácil de aprobar. Si nadie cambia cómo se dan las valoraciones, las mismas personas puntuarán bajo en los mismos criterios.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.text">
      <source>Describe, specifically, how &quot;presence&quot; and the evening calls were used in this year's calibration, and ask the group to say what each criterion is meant to predict about someone's performance as a manager.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option bring-examples). Shown on a phone button: keep it short, about 205 characters like the English.</extracomment>
      <translation>Describir con detalle cómo se usaron la «presencia» y las llamadas de la tarde en la calibración de este año, y pedir al grupo que diga qué pretende predecir cada criterio sobre cómo lo hará alguien como gerente.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.why">
      <source>You bring real cases and a precise question into the room, in front of the person who proposed the criteria, without attacking anyone's motives.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option bring-examples).</extracomment>
      <translation>Llevas a la sala casos reales y una pregunta precisa, delante de quien propuso los criterios, sin atacar las intenciones de nadie.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.text">
      <source>&quot;I propose we replace 'presence' with things we can observe: client feedback, how someone runs a meeting, how they develop their team. Drop out-of-hours availability entirely, ask for written evidence behind every rating, and check outcomes by working pattern and demographic group every cycle. I'll pilot it on my own panel next round.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option redesign). Shown on a phone button: keep it short, about 337 characters like the English.</extracomment>
      <translation>«Propongo cambiar la “presencia” por cosas observables: comentarios de clientes, cómo dirige alguien una reunión, cómo desarrolla a su equipo. Quitar del todo la disponibilidad fuera de horario, pedir pruebas escritas para cada valoración y revisar en cada ciclo los resultados por tipo de jornada y grupo demográfico. Lo pruebo en mi propio comité la próxima ronda».</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.why">
      <source>You offer a concrete replacement, build in a check that outlasts this meeting, and put your own panel and reputation on the line to test it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option redesign).</extracomment>
      <translation>Ofreces un sustituto concreto, incorporas una comprobación que dura más allá de esta reunión y te juegas tu propio comité y tu reputación para probarlo.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.title">
      <source>Published in bold</source>
      <extracomment>Scene heading, shown on the projector (scene end-unchanged).</extracomment>
      <translation>Publicado en negrita</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.narration">
      <source>The framework is published in January with &quot;executive presence&quot; and &quot;commercial visibility&quot; in bold. The next cycle's list of deferrals looks much like the last one, and two of the consultants on it leave within six months. In their exit interviews, both mention the evening calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-unchanged).</extracomment>
      <translation>El marco se publica en enero con «presencia ejecutiva» y «visibilidad comercial» en negrita. La lista de aplazamientos del siguiente ciclo se parece mucho a la anterior, y dos de las personas consultoras que figuran en ella se van en menos de seis meses. En sus entrevistas de salida, ambas mencionan las llamadas de la tarde.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.notes">
      <source>Ask the room: who in this story had the most power to change the outcome, and did they know it?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-unchanged).</extracomment>
      <translation>Pregunta a la sala: ¿quién tenía en esta historia más poder para cambiar el resultado, y lo sabía?</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.title">
      <source>Broad support</source>
      <extracomment>Scene heading, shown on the projector (scene end-form).</extracomment>
      <translation>Amplio respaldo</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.narration">
      <source>The feedback form gathers forty-three responses, most of them &quot;partly agree&quot;. HR's summary describes &quot;broad support&quot;, and the framework passes unchanged. Ifeoma's slide is not shown again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-form).</extracomment>
      <translation>El formulario recoge cuarenta y tres respuestas, la mayoría «parcialmente de acuerdo». El resumen de Recursos Humanos habla de un «amplio respaldo», y el marco se aprueba sin cambios. La diapositiva de Ifeoma no se vuelve a mostrar.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.title">
      <source>A sixth value</source>
      <extracomment>Scene heading, shown on the projector (scene end-value).</extracomment>
      <translation>Un sexto valor</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.narration">
      <source>The new value appears on posters by the lifts in February. At the next calibration, someone says &quot;inclusion&quot; twice, and the presence scores follow the same pattern as before. A consultant on flexible hours takes a photo of the poster and sends it to a friend without a caption.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-value).</extracomment>
      <translation>El nuevo valor aparece en febrero en carteles junto a los ascensores. En la siguiente calibración, alguien dice «inclusión» dos veces, y las puntuaciones de presencia siguen el mismo patrón que antes. Una consultora con horario flexible hace una foto del cartel y se la envía a una amiga sin ningún comentario.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.notes">
      <source>If someone defends values statements, agree that they can matter. Ask what would have to change in the calibration room for this one to mean something.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-value).</extracomment>
      <translation>Si alguien defiende las declaraciones de valores, dale la razón en que pueden importar. Pregunta qué tendría que cambiar en la sala de calibración para que esta significara algo.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.title">
      <source>A second session</source>
      <extracomment>Scene heading, shown on the projector (scene end-evidence).</extracomment>
      <translation>Una segunda sesión</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.narration">
      <source>The examples make the room uncomfortable. Helen says she doesn't recognise the picture, then, after a pause, asks Ifeoma to break the data down by team. The wording of &quot;presence&quot; is tightened and evening availability is removed from the guidance. It is a partial change, and it takes a second session nobody had planned for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-evidence).</extracomment>
      <translation>Los ejemplos incomodan a la sala. Helen dice que no reconoce ese retrato y luego, tras una pausa, le pide a Ifeoma que desglose los datos por equipo. Se afina la redacción de «presencia» y se elimina la disponibilidad por la tarde de las directrices. Es un cambio parcial, y hace falta una segunda sesión que nadie había previsto.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.title">
      <source>The pilot</source>
      <extracomment>Scene heading, shown on the projector (scene end-pilot).</extracomment>
      <translation>La prueba piloto</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.narration">
      <source>Helen is sceptical but agrees to the pilot, &quot;on your panel, not mine&quot;. Next cycle, Marek's panel writes evidence for every rating, takes twice as long, and promotes two people on flexible hours whose files show the work. His own partner review notes that he &quot;spends a lot of energy on process&quot;. When Ifeoma shares the pilot's results, Helen asks to try it on her panel too.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pilot).</extracomment>
      <translation>Helen se muestra escéptica, pero acepta la prueba piloto, «en tu comité, no en el mío». En el siguiente ciclo, el comité de Marek escribe pruebas para cada valoración, tarda el doble y asciende a dos personas con horario flexible cuyos expedientes muestran el trabajo. Su propia evaluación para socio señala que «dedica mucha energía a los procesos». Cuando Ifeoma comparte los resultados de la prueba, Helen pide probarlo también en su comité.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.notes">
      <source>Point out the cost in Marek's review. Advocacy is not free, even when it works. Ask the group whether they would still choose it knowing that line would appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pilot).</extracomment>
      <translation>Señala el coste en la evaluación de Marek. Impulsar el cambio no sale gratis, ni siquiera cuando funciona. Pregunta al grupo si lo seguirían eligiendo sabiendo que aparecería esa frase.</translation>
    </message>
    <message id="promotion-criteria.debrief.what.1">
      <source>What did &quot;executive presence&quot; and evening availability end up measuring in Zanele's case?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué acabaron midiendo la «presencia ejecutiva» y la disponibilidad por la tarde en el caso de Zanele?</translation>
    </message>
    <message id="promotion-criteria.debrief.what.2">
      <source>On our path, was the outcome challenged, the process, both, or neither?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>En nuestro camino, ¿se cuestionó el resultado, el proceso, ambos o ninguno?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.1">
      <source>Why does winning one person's case feel like success, even when the rule that created the problem stays?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué ganar el caso de una persona parece un éxito, aunque la norma que creó el problema siga ahí?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.2">
      <source>Who pays for criteria that reward visibility and long hours, and who never notices them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Quién paga el precio de los criterios que premian la visibilidad y las jornadas largas, y quién no se da cuenta nunca de ellos?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.1">
      <source>Pick one criterion in a process you take part in (hiring, promotion, reviews). What would you have to see someone do to score highly on it?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Elige un criterio de un proceso en el que participes (contratación, ascensos, evaluaciones). ¿Qué tendrías que ver hacer a alguien para darle una puntuación alta?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.2">
      <source>What data could you ask for, this quarter, to find out who that criterion favours?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué datos podrías pedir este trimestre para averiguar a quién favorece ese criterio?</translation>
    </message>
    <message id="promotion-criteria.sources.1.title">
      <source>Workplace allyship practice: challenge the process that produces an outcome, not only the outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: cuestionar el proceso que produce un resultado, no solo el resultado</translation>
    </message>
    <message id="promotion-criteria.sources.1.note">
      <source>Drawn from writing on systemic allyship that urges asking what promotion criteria really reward, and examining promotion data by group for patterns.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en textos sobre la alianza sistémica que animan a preguntarse qué premian realmente los criterios de ascenso y a examinar los datos de ascensos por grupo en busca de patrones.</translation>
    </message>
    <message id="pronouns-and-language.title">
      <source>Morning, guys, this is Kai</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Buenos días, chicos. Aquí, Kai</translation>
    </message>
    <message id="pronouns-and-language.summary">
      <source>At a client kick-off, a well-meaning project manager misgenders a colleague who uses they/them, then makes a show of apologising. The group decides what a teammate on the call does, and how they answer when the project manager asks for advice the next day.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>En la llamada de arranque con un cliente, una jefa de proyecto con buenas intenciones se equivoca con el género de una persona del equipo que usa el pronombre «elle» y después hace un espectáculo de su disculpa. El grupo decide qué hace alguien del equipo que está en la llamada, y cómo responde cuando la jefa de proyecto le pide consejo al día siguiente.</translation>
    </message>
    <message id="pronouns-and-language.content_note">
      <source>This role-play includes a colleague who uses they/them being misgendered in front of a client, an apology that turns into a show, and their pronoun being called bad grammar.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye a una persona del equipo que usa «elle» y a la que tratan con el género equivocado delante de un cliente, una disculpa convertida en espectáculo y su pronombre tachado de mala gramática.</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.name">
      <source>Kai Nakamura-Reyes, user researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kai).</extracomment>
      <translation>Kai Nakamura-Reyes, especialista en investigación de usuarios</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.brief">
      <source>You updated your pronouns to they/them three months ago, in your email signature and your chat profile, and told the team in a short message. Most people have adjusted. Being misgendered in front of a client, then having the apology turn into a performance, is exhausting; you say &quot;no worries&quot; because you have a research plan to present. What you want is for people to just get it right and move on.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kai).</extracomment>
      <translation>Hace tres meses cambiaste tus pronombres a «elle», con terminaciones neutras, en tu firma de correo y en tu perfil del chat, y se lo contaste al equipo en un mensaje breve. La mayoría de la gente se ha adaptado. Que se equivoquen con tu género delante de un cliente y que después la disculpa se convierta en un espectáculo es agotador; dices «no pasa nada» porque tienes un plan de investigación que presentar. Lo que quieres es que la gente simplemente lo diga bien y siga adelante.</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.name">
      <source>Brenda Coughlan, senior project manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brenda).</extracomment>
      <translation>Brenda Coughlan, jefa de proyecto sénior</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.brief">
      <source>You have known Kai for five years and you are fond of them. You find the new pronoun hard; it feels grammatically odd to you and you worry about getting it wrong, which makes you get it wrong more. &quot;Guys&quot; is just how you greet people. If someone gives you practical, kind advice, you take it; if you feel lectured, you get flustered and defensive.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brenda).</extracomment>
      <translation>Conoces a Kai desde hace cinco años y le tienes cariño. El nuevo pronombre te cuesta; te suena raro gramaticalmente y te preocupa equivocarte, lo que hace que te equivoques más. «Chicos» es tu forma habitual de saludar. Si alguien te da un consejo práctico y amable, lo aceptas; si sientes que te sermonean, te pones nerviosa y a la defensiva.</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.name">
      <source>Hannah Lindqvist, client programme manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hannah).</extracomment>
      <translation>Hannah Lindqvist, directora de programa del cliente</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.brief">
      <source>You are the client. You noticed the slip and the fuss and you felt awkward on Kai's behalf. You follow the lead of whoever sounds confident: if someone on the supplier side uses &quot;they&quot; naturally, you do the same.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hannah).</extracomment>
      <translation>Representas al cliente. Te diste cuenta del desliz y del revuelo, y sentiste apuro por Kai. Sigues el ejemplo de quien suena con seguridad: si alguien del lado del proveedor usa «elle» con naturalidad, haces lo mismo.</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.brief">
      <source>Listen for every pronoun used about Kai and every greeting used for the group. Note who corrects, how, and how long it takes. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en cada pronombre y cada forma con género que se usa para hablar de Kai, y en cada saludo que se usa para el grupo. Anota quién corrige, cómo y cuánto tarda. Usa la lista de observación.</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.1">
      <source>Count the pronouns used about Kai. How many were right, and who got them right?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Cuenta los pronombres y las formas con género usados para hablar de Kai. ¿Cuántos fueron correctos, y quién acertó?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it keep the spotlight off Kai?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención (distraer, delegar, documentar, retrasar, intervenir directamente) usó la persona que respondió, y evitó que Kai quedara en el centro de atención?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.3">
      <source>Did the responder correct by example (simply using &quot;they&quot;) or by drawing attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿La persona que respondió corrigió con el ejemplo (simplemente usando «elle») o llamando la atención?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.4">
      <source>Did anyone ask Kai what, if anything, they wanted done?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Alguien le preguntó a Kai si quería que se hiciera algo, y qué?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.5">
      <source>When Brenda asked for help, was the advice practical, or a judgement?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Cuando Brenda pidió ayuda, ¿el consejo fue práctico o fue un juicio?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.title">
      <source>Monday, client kick-off call</source>
      <extracomment>Scene heading, shown on the projector (scene kick-off).</extracomment>
      <translation>Lunes, llamada de arranque con el cliente</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.narration">
      <source>Brenda opens the call: &quot;Morning, guys! Lovely to see you all. This is Kai, she's leading the research. Sorry, they! They. Gosh, I'm going to get myself in trouble, aren't I?&quot; She laughs for a few seconds too long. Hannah smiles uncertainly. Kai says, &quot;No worries,&quot; and shares their screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene kick-off).</extracomment>
      <translation>Brenda abre la llamada: «¡Buenos días, chicos! ¡Qué bien que estemos todos! Esta es Kai, ella dirige la investigación. ¡Perdón, elle! Elle. Ay, madre, me voy a meter en un lío, ¿verdad?». Se ríe unos segundos de más. Hannah sonríe sin saber muy bien qué hacer. Kai dice: «No pasa nada», y comparte su pantalla.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.notes">
      <source>Read Brenda's line with real warmth; she is not hostile, she is flustered. Some participants may start debating pronouns themselves. Acknowledge that people are at different points, and bring the room back to the question: what does Kai need in the next five minutes? Do not let the discussion turn into a debate about Kai's identity.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene kick-off).</extracomment>
      <translation>Lee la frase de Brenda con auténtica calidez; no es hostil, está nerviosa. Puede que algunas personas participantes empiecen a debatir sobre los pronombres. Reconoce que cada persona está en un punto distinto y devuelve a la sala a la pregunta: ¿qué necesita Kai en los próximos cinco minutos? No dejes que la conversación se convierta en un debate sobre la identidad de Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.prompt">
      <source>You are the project's lead developer, on the call. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene kick-off).</extracomment>
      <translation>Diriges el desarrollo del proyecto y estás en la llamada. ¿Qué haces?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.text">
      <source>Nothing. Kai said &quot;no worries&quot;, and Brenda already corrected herself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option carry-on). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>Nada. Kai ha dicho «no pasa nada», y Brenda ya se ha corregido.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.why">
      <source>Not adding to the awkwardness is a reasonable instinct, and it leaves the client with two versions of Kai's pronouns and no cue about which one to use.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option carry-on).</extracomment>
      <translation>No añadir más incomodidad es un instinto razonable, y deja al cliente con dos versiones de los pronombres de Kai y sin ninguna pista de cuál usar.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.text">
      <source>After the call, message Kai: &quot;Sorry about Brenda, that was awkward. She means well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option sorry-afterwards). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Tras la llamada, escribir a Kai: «Perdona lo de Brenda, qué incómodo. No lo hace con mala idea».</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.why">
      <source>Acknowledging it privately shows you noticed, though &quot;she means well&quot; asks Kai to make allowances, and the client saw nothing different.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option sorry-afterwards).</extracomment>
      <translation>Reconocerlo en privado demuestra que te diste cuenta, aunque «no lo hace con mala idea» le pide a Kai que sea indulgente, y el cliente no vio nada distinto.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.text">
      <source>Add your own pronouns to your display name during the call and post in the chat: &quot;Pronouns matter! Let's all add ours.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option flag-and-chat). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Añadir tus pronombres a tu nombre en la llamada y escribir en el chat: «¡Los pronombres importan! Añadamos los nuestros».</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.why">
      <source>Sharing pronouns can be a good norm, but launched right after the slip it points every eye back at Kai, in front of a client.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option flag-and-chat).</extracomment>
      <translation>Compartir los pronombres puede ser una buena norma, pero lanzarlo justo después del desliz hace que todas las miradas vuelvan a Kai, delante de un cliente.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.text">
      <source>When you speak, use Kai's pronouns naturally: &quot;Kai's plan is solid; they've already booked the first interviews, so I'll follow their timeline.&quot; No comment on the slip.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option use-they). Shown on a phone button: keep it short, about 168 characters like the English.</extracomment>
      <translation>Cuando hables, usar con naturalidad el pronombre de Kai: «El plan de Kai es sólido; elle ya ha reservado las primeras entrevistas, así que seguiré su calendario». Sin comentar el desliz.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.why">
      <source>It corrects by example, gives the client a clear cue, and keeps the focus on Kai's work rather than on the mistake.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option use-they).</extracomment>
      <translation>Corrige con el ejemplo, le da al cliente una pista clara y mantiene el foco en el trabajo de Kai, no en el error.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene both-versions).</extracomment>
      <translation>El resto de la llamada</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.narration">
      <source>Later in the call, Hannah asks, &quot;Could she send the plan over, or should I ask — sorry, could they?&quot; and looks at Brenda, who says &quot;Either, ha.&quot; Kai answers the question about the plan and says nothing else for the remaining half hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene both-versions).</extracomment>
      <translation>Más adelante, Hannah pregunta: «¿Me podría enviar ella el plan, o mejor le pregunto… perdón, elle?», y mira a Brenda, que dice: «Lo que sea, ja». Kai responde a la pregunta sobre el plan y no dice nada más durante la media hora restante.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.notes">
      <source>Notice the ripple: uncertainty spreads to the client. Keep moving; the second decision gives this path another opening.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene both-versions).</extracomment>
      <translation>Fíjate en el efecto dominó: la duda se contagia al cliente. Sigue avanzando; la segunda decisión le da a este camino otra oportunidad.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.title">
      <source>A reply</source>
      <extracomment>Scene heading, shown on the projector (scene private-sympathy).</extracomment>
      <translation>Una respuesta</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.narration">
      <source>Kai replies: &quot;Thanks. I know she does.&quot; A minute later: &quot;It would just be nice if people got it right without the show.&quot; You read it twice and leave it on read.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-sympathy).</extracomment>
      <translation>Kai responde: «Gracias. Ya lo sé». Un minuto después: «Solo estaría bien que la gente lo dijera bien sin montar un espectáculo». Lo lees dos veces y lo dejas en visto.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.notes">
      <source>Ask what the second message is asking for, and who it is really addressed to. The next scene gives the responder a chance to act on it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-sympathy).</extracomment>
      <translation>Pregunta qué pide el segundo mensaje y a quién va dirigido en realidad. La siguiente escena le da a la persona que respondió la oportunidad de actuar en consecuencia.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.title">
      <source>The chat</source>
      <extracomment>Scene heading, shown on the projector (scene spotlight).</extracomment>
      <translation>El chat</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.narration">
      <source>Three people on your side add pronouns; Hannah hesitates, then adds hers. Brenda types, &quot;Such a good idea!! Sorry again Kai!!&quot; Kai's camera goes off for the next ten minutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene spotlight).</extracomment>
      <translation>Tres personas de tu lado añaden sus pronombres; Hannah duda y luego añade los suyos. Brenda escribe: «¡¡Qué buena idea!! ¡¡Perdón otra vez, Kai!!». Kai apaga la cámara durante los diez minutos siguientes.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.notes">
      <source>Participants who chose this often do care about pronoun norms. Agree that the norm can be valuable, then ask about timing and about whose comfort the moment served.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene spotlight).</extracomment>
      <translation>Quienes eligen esta opción suelen preocuparse de verdad por las normas sobre pronombres. Reconoce que la norma puede ser valiosa y luego pregunta por el momento elegido y por la comodidad de quién sirvió ese momento.</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>El resto de la llamada</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.narration">
      <source>Hannah picks it up within a minute: &quot;Great, I'll send them our user list today.&quot; Brenda gets it right for the rest of the call, a little carefully. Afterwards Kai sends you a single line: &quot;Thanks for that.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Hannah lo capta en menos de un minuto: «Genial, hoy mismo le mando a elle nuestra lista de usuarios». Brenda lo dice bien durante el resto de la llamada, con un poco de cuidado. Después, Kai te manda una sola línea: «Gracias por eso».</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.notes">
      <source>Draw out how little this cost and how much it did. Then ask: did it help Brenda, long term? It leads into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Haz ver lo poco que costó y lo mucho que consiguió. Luego pregunta: ¿ayudó a Brenda a largo plazo? Eso lleva a la siguiente decisión.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.title">
      <source>Tuesday, a message from Brenda</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-asks).</extracomment>
      <translation>Martes, un mensaje de Brenda</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.narration">
      <source>Brenda messages you: &quot;Can I ask you something without being judged? Was I awful yesterday with Kai? I honestly find the 'they' thing hard, it feels like bad grammar. And is 'guys' really a problem now? I've said it my whole life.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-asks).</extracomment>
      <translation>Brenda te escribe: «¿Te puedo preguntar una cosa sin que me juzgues? ¿Estuve fatal ayer con Kai? Sinceramente, lo de “elle” me cuesta, me suena a mala gramática. ¿Y de verdad “chicos” es un problema ahora? Lo he dicho toda la vida».</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.notes">
      <source>Have the person playing Brenda read this sincerely. Some participants share Brenda's feelings and will be watching how she is treated; model respect for her in your own language. Ask responders to write their reply before seeing the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-asks).</extracomment>
      <translation>Pide a quien interpreta a Brenda que lo lea con sinceridad. Algunas personas participantes comparten lo que siente Brenda y estarán atentas a cómo se la trata; da ejemplo de respeto hacia ella con tu propio lenguaje. Pide a quienes responden que escriban su respuesta antes de ver las opciones.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.prompt">
      <source>Brenda has asked you directly and privately. How do you reply?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene brenda-asks).</extracomment>
      <translation>Brenda te lo ha preguntado directamente y en privado. ¿Qué le respondes?</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.text">
      <source>&quot;Don't worry about it, everyone slips up. And 'guys' is fine, nobody minds.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option everyone-slips). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>«No te preocupes, todo el mundo se equivoca. Y “chicos” está bien, a nadie le molesta».</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.why">
      <source>Comforting a colleague comes naturally, and it tells her nothing needs to change.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option everyone-slips).</extracomment>
      <translation>Consolar a una compañera sale de forma natural, y le dice que no hace falta cambiar nada.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.text">
      <source>&quot;I think Kai would appreciate it if you tried a bit harder.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option try-harder). Shown on a phone button: keep it short, about 60 characters like the English.</extracomment>
      <translation>«Creo que Kai agradecería que te esforzaras un poco más».</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.why">
      <source>It is true but vague; Brenda already feels she is trying and has nothing new to try.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option try-harder).</extracomment>
      <translation>Es cierto, pero vago; Brenda ya siente que se esfuerza y no tiene nada nuevo que probar.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.text">
      <source>&quot;Maybe post something supportive in the Pride channel? People will see you're on board.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option pride-post). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>«¿Y si publicas algo de apoyo en el canal del Orgullo? Así se verá que estás a favor».</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.why">
      <source>It offers her a visible gesture instead of a change in habit, and Kai still gets misgendered on Monday.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option pride-post).</extracomment>
      <translation>Le ofrece un gesto visible en lugar de un cambio de hábito, y el lunes se vuelven a equivocar con el género de Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.text">
      <source>&quot;Not awful, but the apology was bigger than the slip. Practise 'they' for Kai when they're not around; if you slip, correct and carry on, no apology speech. For groups, 'everyone' or 'folks' works. Want me to give you a quiet nudge if I hear it?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option practical-help). Shown on a phone button: keep it short, about 246 characters like the English.</extracomment>
      <translation>«Fatal no, pero la disculpa fue más grande que el desliz. Practica “elle” con Kai cuando no esté delante; si te equivocas, corrige y sigue, sin discursos. Para grupos, “equipo” o “todo el mundo” funcionan. ¿Te aviso discretamente si lo oigo?».</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.why">
      <source>Kind and concrete: it treats the change as a habit she can build, and offers support rather than judgement.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option practical-help).</extracomment>
      <translation>Amable y concreto: trata el cambio como un hábito que puede construir y le ofrece apoyo en lugar de un juicio.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.text">
      <source>Give the same practical answer, then suggest that the team's kick-off template starts with optional name-and-pronoun introductions from everyone, so it never falls to Kai to raise it again.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option intro-norm). Shown on a phone button: keep it short, about 189 characters like the English.</extracomment>
      <translation>Darle la misma respuesta práctica y sugerir que la plantilla de arranque del equipo empiece con presentaciones opcionales de nombre y pronombres, para que Kai no tenga que volver a sacar el tema.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.why">
      <source>You help Brenda and change the routine, making inclusive introductions the default while keeping them optional for anyone not ready to share.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option intro-norm).</extracomment>
      <translation>Ayudas a Brenda y cambias la rutina: las presentaciones inclusivas pasan a ser lo habitual, pero siguen siendo opcionales para quien aún no quiera compartir sus pronombres.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene same-again).</extracomment>
      <translation>Dos semanas después</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.narration">
      <source>At the next client call, Brenda says &quot;she&quot; twice and &quot;guys&quot; six times. She does not apologise this time, which is somehow worse. Kai asks the resourcing manager whether there is room on another project.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene same-again).</extracomment>
      <translation>En la siguiente llamada con el cliente, Brenda dice «ella» dos veces y «chicos» seis. Esta vez no se disculpa, lo que de algún modo es peor. Kai pregunta a la responsable de asignación de personal si hay sitio en otro proyecto.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.notes">
      <source>Let this one sit. Ask what &quot;nobody minds&quot; assumed about who was in the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene same-again).</extracomment>
      <translation>Deja que esto se asiente. Pregunta qué suponía «a nadie le molesta» sobre quién estaba en la sala.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene more-anxious).</extracomment>
      <translation>Dos semanas después</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.narration">
      <source>Brenda becomes visibly anxious around Kai and starts avoiding pronouns altogether, saying &quot;Kai&quot; in every sentence. It is better than before, but stiff. Kai tells a friend it is like being handled with oven gloves.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene more-anxious).</extracomment>
      <translation>Brenda se pone visiblemente nerviosa cuando está con Kai y empieza a evitar los pronombres por completo, diciendo «Kai» en cada frase. Es mejor que antes, pero resulta forzado. Kai le cuenta a una amistad que es como si Brenda le tratara con pinzas.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.notes">
      <source>A good example of well-meant but vague feedback. Ask what specific advice would have given Brenda somewhere to go.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene more-anxious).</extracomment>
      <translation>Un buen ejemplo de comentario bienintencionado pero vago. Pregunta qué consejo concreto le habría dado a Brenda un camino que seguir.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene post-and-slip).</extracomment>
      <translation>Dos semanas después</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.narration">
      <source>Brenda's post in the Pride channel gets thirty reactions. On the next client call she misgenders Kai once, and apologises at length again. Kai replies to the post with a polite thumbs-up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene post-and-slip).</extracomment>
      <translation>La publicación de Brenda en el canal del Orgullo recibe treinta reacciones. En la siguiente llamada con el cliente se equivoca una vez con el género de Kai y vuelve a disculparse largamente. Kai responde a la publicación con un educado pulgar hacia arriba.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.notes">
      <source>Contrast the public post with the private call. Ask the group which one Kai will remember.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene post-and-slip).</extracomment>
      <translation>Contrasta la publicación pública con la llamada privada. Pregunta al grupo cuál recordará Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-practises).</extracomment>
      <translation>Dos semanas después</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.narration">
      <source>Brenda tells you she has been practising in the car, &quot;which is ridiculous, but it works&quot;. She slips once on the next call, says &quot;they, sorry&quot; and carries on in the same breath. She opens the next meeting with &quot;Morning, everyone.&quot; Kai has stopped bracing at the start of calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-practises).</extracomment>
      <translation>Brenda te cuenta que ha estado practicando en el coche, «que es ridículo, pero funciona». En la siguiente llamada se equivoca una vez, dice «elle, perdón» y sigue sin pararse. Abre la siguiente reunión con un «Buenos días, equipo». Kai ya no se pone en tensión al empezar las llamadas.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.notes">
      <source>Point out that progress here is imperfect and still real. Ask what made it possible for Brenda to accept the advice.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-practises).</extracomment>
      <translation>Señala que aquí el progreso es imperfecto, pero real. Pregunta qué hizo posible que Brenda aceptara el consejo.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene template-norm).</extracomment>
      <translation>Dos semanas después</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.narration">
      <source>The new kick-off template goes out with an optional introductions slide. One senior engineer complains it is &quot;a bit much&quot;; most people add a line and move on. At the next kick-off, the client's own lead introduces himself with his pronouns, and nobody looks at Kai.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene template-norm).</extracomment>
      <translation>La nueva plantilla de arranque sale con una diapositiva opcional de presentaciones. Un ingeniero sénior se queja de que es «un poco excesivo»; la mayoría añade una línea y sigue. En la siguiente reunión de arranque, el propio responsable del cliente se presenta diciendo sus pronombres, y nadie mira a Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.notes">
      <source>Stress that optional matters: forcing people to declare pronouns can harm those still working things out. Ask who else benefits from a default like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene template-norm).</extracomment>
      <translation>Insiste en que lo de opcional importa: obligar a la gente a declarar sus pronombres puede perjudicar a quienes todavía se lo están planteando. Pregunta a quién más beneficia una norma por defecto como esta.</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.1">
      <source>How many times was Kai misgendered, and what happened to the conversation each time?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Cuántas veces se equivocaron con el género de Kai, y qué pasó con la conversación cada vez?</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.2">
      <source>What did Hannah, the client, take her cue from?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿En qué se fijó Hannah, la clienta, para saber cómo actuar?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.1">
      <source>Why can a long apology land worse than the original slip?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué una disculpa larga puede sentar peor que el propio desliz?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.2">
      <source>When a colleague says something is hard for them, how do you respect that and still ask for the change?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Cuando alguien dice que algo le cuesta, ¿cómo respetas eso y, aun así, pides el cambio?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.1">
      <source>Which group greeting do you use most, and what would you replace it with?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Qué saludo a grupos usas más, y por cuál lo cambiarías?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.2">
      <source>If a colleague asked you Brenda's question tomorrow, what two practical tips would you give?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Si mañana alguien te hiciera la pregunta de Brenda, ¿qué dos consejos prácticos le darías?</translation>
    </message>
    <message id="pronouns-and-language.sources.1.title">
      <source>Workplace allyship practice: use inclusive language and colleagues' correct pronouns</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: usar un lenguaje inclusivo y los pronombres correctos de tus colegas</translation>
    </message>
    <message id="pronouns-and-language.sources.2.title">
      <source>Workplace allyship practice: own a mistake with a short, sincere apology</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: asumir un error con una disculpa breve y sincera</translation>
    </message>
    <message id="rainbow-logo.title">
      <source>A rainbow on the logo, and page 14 of the benefits booklet</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Un arcoíris en el logotipo, y la página 14 del folleto de beneficios</translation>
    </message>
    <message id="rainbow-logo.summary">
      <source>A retailer's Pride month campaign is ready to go: a rainbow logo, posts and free T-shirts. The staff Pride network has asked for something else first, because the company's own health cover still excludes gender-affirming care and defines a partner as someone of the opposite sex. The marketing director decides twice: at the campaign sign-off and at the benefits renewal.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>La campaña del mes del Orgullo de una cadena de tiendas está lista: logotipo arcoíris, publicaciones y camisetas gratis. La red del Orgullo de la plantilla ha pedido antes otra cosa, porque el propio seguro médico de la empresa sigue excluyendo los tratamientos de afirmación de género y define a la pareja como alguien del sexo opuesto. La directora de marketing decide dos veces: al aprobar la campaña y en la renovación de los beneficios.</translation>
    </message>
    <message id="rainbow-logo.content_note">
      <source>This role-play includes a company's health cover excluding gender-affirming care and same-sex partners, and a debate over whether changing that is worth the cost.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye un seguro médico de empresa que excluye los tratamientos de afirmación de género y a las parejas del mismo sexo, y un debate sobre si cambiarlo compensa lo que cuesta.</translation>
    </message>
    <message id="rainbow-logo.roles.hana.name">
      <source>Hana Kobayashi, Marketing Director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hana).</extracomment>
      <translation>Hana Kobayashi, directora de Marketing</translation>
    </message>
    <message id="rainbow-logo.roles.hana.brief">
      <source>You are straight and cisgender, and you genuinely want the company to show up for Pride. You hold a £40,000 budget for June and sit on the executive team. A colleague forwarded you Kit's message this morning; you agree with it, and you also know the campaign assets are finished and the agency has been paid.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hana).</extracomment>
      <translation>Eres heterosexual y cisgénero, y quieres sinceramente que la empresa esté presente en el Orgullo. Gestionas un presupuesto de 40 000 libras para junio y formas parte del comité de dirección. Esta mañana una compañera te reenvió el mensaje de Kit; estás de acuerdo con él, y también sabes que las piezas de la campaña están terminadas y que la agencia ya ha cobrado.</translation>
    </message>
    <message id="rainbow-logo.roles.kit.name">
      <source>Kit Adebayo (he/him), payroll specialist and co-lead of the Pride network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kit).</extracomment>
      <translation>Kit Adebayo (él), especialista en nóminas y codirector de la red del Orgullo</translation>
    </message>
    <message id="rainbow-logo.roles.kit.brief">
      <source>You raised the health-cover gaps in last year's staff survey and in a meeting with Reward, and nothing moved. You are not against a rainbow; you are against a rainbow on its own. You do not want to be the face of the campaign. If someone asks what the network wants, answer plainly: fix the partner definition (it costs nothing) and cost the care exclusion before the September renewal.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kit).</extracomment>
      <translation>Planteaste las carencias del seguro médico en la encuesta de personal del año pasado y en una reunión con Compensación y Beneficios, y nada se movió. No estás en contra de un arcoíris; estás en contra de un arcoíris sin nada más. No quieres ser la cara de la campaña. Si alguien pregunta qué quiere la red, responde con claridad: corregir la definición de pareja (no cuesta nada) y calcular el coste de cubrir los tratamientos excluidos antes de la renovación de septiembre.</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.name">
      <source>Nadia Petrova, social media lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nadia).</extracomment>
      <translation>Nadia Petrova, responsable de redes sociales</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.brief">
      <source>You built this campaign over six weeks and you are proud of it; your brother is gay and Pride matters to you. If the campaign is paused you feel, at first, that you are being accused of something. If you are asked for ideas rather than told off, you have good ones, including how to talk about a policy change in public.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nadia).</extracomment>
      <translation>Has construido esta campaña durante seis semanas y estás orgullosa de ella; tu hermano es gay y el Orgullo te importa. Si se detiene la campaña, al principio sientes que te están acusando de algo. Si te piden ideas en lugar de reñirte, tienes muy buenas, incluida la forma de hablar en público de un cambio de política.</translation>
    </message>
    <message id="rainbow-logo.roles.colm.name">
      <source>Colm Doherty, Head of Reward</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role colm).</extracomment>
      <translation>Colm Doherty, director de Compensación y Beneficios</translation>
    </message>
    <message id="rainbow-logo.roles.colm.brief">
      <source>You are not against changing the cover; you have been told to hold benefit costs flat this year. Adding gender-affirming care would cost roughly £30,000 a year, and the insurer will only change terms at the September renewal. The partner wording, you privately admit, could be fixed in a fortnight at no cost. Answer questions honestly; do not volunteer the cheap fix unless someone separates the two issues.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role colm).</extracomment>
      <translation>No estás en contra de cambiar la cobertura; te han dicho que este año mantengas congelado el coste de los beneficios. Añadir los tratamientos de afirmación de género costaría unas 30 000 libras al año, y la aseguradora solo cambia las condiciones en la renovación de septiembre. En privado reconoces que la redacción sobre la pareja se podría corregir en dos semanas sin coste. Responde a las preguntas con sinceridad; no ofrezcas la solución barata salvo que alguien separe las dos cuestiones.</translation>
    </message>
    <message id="rainbow-logo.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="rainbow-logo.roles.observer.brief">
      <source>Watch who gets to speak about the policy, and who speaks about the campaign. Use the checklist and write down exact phrases.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en quién llega a hablar de la política y quién habla de la campaña. Usa la lista de observación y anota frases exactas.</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.1">
      <source>Who mentioned the policy itself (the partner definition, the care exclusion), and who talked only about the campaign?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Quién mencionó la política en sí (la definición de pareja, la exclusión de los tratamientos) y quién habló solo de la campaña?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.2">
      <source>Was the Pride network asked what it wanted, or told what it would get?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Se le preguntó a la red del Orgullo qué quería, o se le dijo lo que iba a recibir?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.3">
      <source>Did anyone separate the change that costs nothing from the change that costs money? When, and what happened next?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Separó alguien el cambio que no cuesta nada del cambio que cuesta dinero? ¿Cuándo, y qué pasó después?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.4">
      <source>Which intervention moves appeared: distract, delegate, document, delay, direct? Notice especially delay (holding the sign-off) and document (the network's written note).</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué movimientos de intervención aparecieron: distraer, delegar, documentar, retrasar, intervenir directamente? Fíjate sobre todo en retrasar (retener la aprobación) y documentar (la nota escrita de la red).</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.5">
      <source>What did each choice cost Hana, and what did it cost Kit?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué le costó a Hana cada elección, y qué le costó a Kit?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.title">
      <source>Campaign sign-off</source>
      <extracomment>Scene heading, shown on the projector (scene sign-off).</extracomment>
      <translation>Aprobación de la campaña</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.narration">
      <source>Last week of May. Nadia Petrova clicks through the June plan: the logo in rainbow colours on every channel, a &quot;#ProudAtCalder&quot; series of posts, free T-shirts for store staff, and a £5,000 donation to an LGBTQ+ youth charity. Hana Kobayashi is due to approve it today. On her phone is a message Kit Adebayo posted in the Pride network channel this morning: &quot;Please, no rainbow logo while our health cover excludes gender-affirming care and page 14 still defines a partner as someone of the opposite sex.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sign-off).</extracomment>
      <translation>Última semana de mayo. Nadia Petrova pasa las diapositivas del plan de junio: el logotipo con los colores del arcoíris en todos los canales, una serie de publicaciones «#CalderConOrgullo», camisetas gratis para el personal de tienda y una donación de 5000 libras a una asociación de jóvenes LGBTQ+. Hana Kobayashi tiene que aprobarlo hoy. En su teléfono hay un mensaje que Kit Adebayo publicó esta mañana en el canal de la red del Orgullo: «Por favor, nada de logotipo arcoíris mientras nuestro seguro médico excluya los tratamientos de afirmación de género y la página 14 siga definiendo a la pareja como alguien del sexo opuesto».</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.notes">
      <source>Give the group two minutes. Someone will say &quot;but marketing doesn't own benefits&quot;. That is true, so ask who in the company does own the gap between the two. Keep Nadia's role-player in the conversation; she should not become the villain, and the campaign is not a bad piece of work.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sign-off).</extracomment>
      <translation>Da al grupo dos minutos. Alguien dirá «pero los beneficios no son cosa de marketing». Es cierto, así que pregunta quién en la empresa se encarga del vacío entre las dos cosas. Mantén en la conversación a quien interpreta a Nadia; no debe convertirse en la villana, y la campaña no es un mal trabajo.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.prompt">
      <source>You are Hana. Nadia is waiting for your sign-off. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sign-off).</extracomment>
      <translation>Eres Hana. Nadia espera tu aprobación. ¿Qué haces?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.text">
      <source>&quot;Looks great, approved.&quot; Benefits belong to Reward, not to marketing.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option approve). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>«Queda genial, aprobado». Los beneficios son de Compensación, no de marketing.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.why">
      <source>The boundary between teams is real. But the people who raised the problem get a rainbow instead of a reply.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option approve).</extracomment>
      <translation>La frontera entre equipos es real. Pero quienes plantearon el problema reciben un arcoíris en lugar de una respuesta.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.text">
      <source>Approve it, double the charity donation, and write a personal post on your own LinkedIn about why Pride matters to you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option amplify). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Aprobarla, duplicar la donación y escribir en tu LinkedIn una publicación personal sobre por qué te importa el Orgullo.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.why">
      <source>The donation does real good outside the company. Inside it, the visible support grows while the policy Kit named stays untouched, and your name is now on the gesture.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option amplify).</extracomment>
      <translation>La donación hace un bien real fuera de la empresa. Dentro, el apoyo visible crece mientras la política que señaló Kit sigue intacta, y ahora tu nombre va unido al gesto.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.text">
      <source>&quot;Let's hold this for two days. Nadia, could we take the plan to the Pride network and ask what would make June mean something to them? I'll reply to Kit now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option ask-network). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>«Dejémoslo dos días en espera. Nadia, ¿llevamos el plan a la red del Orgullo y les preguntamos qué haría que junio significara algo para ellos? Respondo ahora a Kit».</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.why">
      <source>You pause a public gesture long enough to hear the people it is meant for, at the cost of a tight deadline and some of Nadia's goodwill.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option ask-network).</extracomment>
      <translation>Detienes un gesto público el tiempo justo para escuchar a las personas a las que va dirigido, a costa de un plazo ajustado y de parte de la buena disposición de Nadia.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.text">
      <source>&quot;I won't sign off a rainbow logo while our own booklet says this. I'll take the partner definition and the care exclusion to the executive team this week. If we can't change them before June, we launch later, with the change.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option link-to-policy). Shown on a phone button: keep it short, about 226 characters like the English.</extracomment>
      <translation>«No apruebo un logotipo arcoíris mientras nuestro folleto diga esto. Esta semana llevo al comité de dirección la definición de pareja y la exclusión de tratamientos. Si no se cambian antes de junio, lanzamos más tarde, con el cambio».</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.why">
      <source>You use your sign-off and your seat on the executive team to tie the gesture to a policy change, accepting a delayed campaign and a hard conversation with Finance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option link-to-policy).</extracomment>
      <translation>Usas tu aprobación y tu sitio en el comité de dirección para vincular el gesto a un cambio de política, y aceptas retrasar la campaña y una conversación difícil con Finanzas.</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.title">
      <source>1 June</source>
      <extracomment>Scene heading, shown on the projector (scene launched).</extracomment>
      <translation>1 de junio</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.narration">
      <source>On 1 June the rainbow logo goes live everywhere, and the first post collects thousands of likes. By lunchtime, a former employee has replied underneath with a photo of page 14 of the benefits booklet, the partner definition circled in red. The reply gets more likes than the post. In the Pride network channel, Kit writes: &quot;Well. We did ask.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launched).</extracomment>
      <translation>El 1 de junio, el logotipo arcoíris aparece en todas partes, y la primera publicación acumula miles de «me gusta». A la hora de comer, una antigua empleada ha respondido debajo con una foto de la página 14 del folleto de beneficios, con la definición de pareja rodeada en rojo. La respuesta tiene más «me gusta» que la publicación. En el canal de la red del Orgullo, Kit escribe: «En fin. Ya lo pedimos».</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.notes">
      <source>Keep it factual. If a participant says &quot;that could happen to any company&quot;, agree; that is why it is worth rehearsing. Move on after a minute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launched).</extracomment>
      <translation>Cíñete a los hechos. Si alguien dice «eso le podría pasar a cualquier empresa», dale la razón: por eso merece la pena ensayarlo. Pasa a otra cosa al cabo de un minuto.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.title">
      <source>Hearts and a screenshot</source>
      <extracomment>Scene heading, shown on the projector (scene amplified).</extracomment>
      <translation>Corazones y una captura de pantalla</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.narration">
      <source>Hana's post does well: former colleagues leave hearts, and the charity thanks the company by name. In the Pride network channel, someone shares her post next to a photo of page 14 of the benefits booklet, with no comment. Kit reacts to neither. Two members quietly leave the channel that week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene amplified).</extracomment>
      <translation>La publicación de Hana funciona bien: antiguos compañeros dejan corazones, y la asociación da las gracias a la empresa por su nombre. En el canal de la red del Orgullo, alguien comparte su publicación junto a una foto de la página 14 del folleto de beneficios, sin comentarios. Kit no reacciona a ninguna de las dos. Esa semana, dos miembros abandonan el canal sin decir nada.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.notes">
      <source>Someone who picked this may bristle: &quot;so giving to charity is bad now?&quot; No, and say so. Then ask Kit's role-player how it felt to read Hana's post that morning. The gap between the two is the learning.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene amplified).</extracomment>
      <translation>Quien haya elegido esta opción puede molestarse: «¿Entonces ahora donar a una asociación está mal?». No, y dilo. Luego pregunta a quien interpreta a Kit cómo se sintió al leer la publicación de Hana esa mañana. La distancia entre ambas cosas es el aprendizaje.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.title">
      <source>What the network asked for</source>
      <extracomment>Scene heading, shown on the projector (scene listened).</extracomment>
      <translation>Lo que pidió la red</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.narration">
      <source>Nadia is frustrated, since the agency has already been paid for the artwork, but she comes to the meeting. The network's members are clear: they are not against a rainbow, only against a rainbow by itself. They ask for two things: rewrite the partner definition, which costs nothing, and cost the care cover in time for the September renewal. Nadia suggests a June post that says exactly that, and the logo waits until the wording has changed.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene listened).</extracomment>
      <translation>Nadia está frustrada, porque la agencia ya ha cobrado el diseño, pero va a la reunión. Los miembros de la red lo tienen claro: no están en contra de un arcoíris, solo de un arcoíris sin nada más. Piden dos cosas: reescribir la definición de pareja, que no cuesta nada, y calcular el coste de cubrir los tratamientos a tiempo para la renovación de septiembre. Nadia propone una publicación en junio que diga exactamente eso, y el logotipo espera hasta que cambie la redacción.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.notes">
      <source>Notice the shift: once she is asked rather than overruled, Nadia contributes. Point this out in the debrief. If Kit's role-player wants to push harder than the narration does, let them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene listened).</extracomment>
      <translation>Fíjate en el cambio: en cuanto se le pregunta en lugar de imponérsele algo, Nadia aporta. Señálalo en la puesta en común. Si quien interpreta a Kit quiere presionar más de lo que dice la narración, déjalo.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.title">
      <source>The executive meeting</source>
      <extracomment>Scene heading, shown on the projector (scene tied).</extracomment>
      <translation>La reunión de dirección</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.narration">
      <source>At the executive meeting, the finance director asks what the care cover would cost. Colm Doherty from Reward estimates about £30,000 a year and says the insurer only changes terms at the September renewal. The partner wording, he admits, could be fixed in a fortnight. The June campaign is postponed; Nadia is disappointed, and two regional managers ask why their stores are the only ones on the high street without a rainbow.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene tied).</extracomment>
      <translation>En la reunión de dirección, el director financiero pregunta cuánto costaría cubrir los tratamientos. Colm Doherty, de Compensación y Beneficios, calcula unas 30 000 libras al año y dice que la aseguradora solo cambia las condiciones en la renovación de septiembre. Reconoce que la redacción sobre la pareja se podría corregir en dos semanas. La campaña de junio se aplaza; Nadia se lleva una decepción, y dos responsables regionales preguntan por qué sus tiendas son las únicas de la calle comercial sin arcoíris.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.notes">
      <source>Make sure the cost is felt: a delayed campaign, a disappointed colleague, managers asking awkward questions. Ask Nadia's role-player what she would want Hana to say to her now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene tied).</extracomment>
      <translation>Asegúrate de que el coste se note: una campaña retrasada, una compañera decepcionada, responsables haciendo preguntas incómodas. Pregunta a quien interpreta a Nadia qué querría que Hana le dijera ahora.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.title">
      <source>The renewal</source>
      <extracomment>Scene heading, shown on the projector (scene benefits-review).</extracomment>
      <translation>La renovación</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.narration">
      <source>Mid-July, and the executive team reviews the insurance renewal. Colm presents two options: renew on current terms, or add gender-affirming care and rewrite the partner definition for roughly £30,000 more a year. The finance director leans towards renewing as it is: &quot;It's a tight year.&quot; The Pride network has sent a short written note asking for the second option and offering to check the new wording.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene benefits-review).</extracomment>
      <translation>Mediados de julio: el comité de dirección revisa la renovación del seguro. Colm presenta dos opciones: renovar en las condiciones actuales, o añadir los tratamientos de afirmación de género y reescribir la definición de pareja por unas 30 000 libras más al año. El director financiero se inclina por renovar tal cual: «Es un año complicado». La red del Orgullo ha enviado una breve nota escrita en la que pide la segunda opción y se ofrece a revisar la nueva redacción.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.notes">
      <source>Three to four minutes. This is the private test: no cameras, no likes, just a renewal form. If the group jumps straight to the advocate option, ask where the money comes from and who loses it. If Colm's role-player is asked to separate the two issues, he should answer honestly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene benefits-review).</extracomment>
      <translation>De tres a cuatro minutos. Esta es la prueba en privado: sin cámaras, sin «me gusta», solo un formulario de renovación. Si el grupo salta directamente a la opción de Impulso al cambio, pregunta de dónde sale el dinero y quién lo pierde. Si a quien interpreta a Colm le piden separar las dos cuestiones, debe responder con sinceridad.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.prompt">
      <source>You are Hana. The finance director is looking for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene benefits-review).</extracomment>
      <translation>Eres Hana. El director financiero busca apoyo. ¿Qué dices?</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.text">
      <source>Agree to renew on current terms and revisit it next year, when the numbers look better.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option renew). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Aceptar renovar tal cual y revisarlo el año que viene, cuando las cifras mejoren.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.why">
      <source>Cost pressure is real. But &quot;next year&quot; has already been said once, and the people affected will carry the gap for another twelve months.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option renew).</extracomment>
      <translation>La presión de los costes es real. Pero «el año que viene» ya se dijo una vez, y las personas afectadas cargarán con la carencia otros doce meses.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.text">
      <source>&quot;I'm sympathetic to option two, for what it's worth.&quot; Then leave the decision to Finance.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option sympathise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>«Por si sirve de algo, la opción dos me parece bien». Y dejar la decisión a Finanzas.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.why">
      <source>Your view is on record, and it is the right view. But nothing in the room changes because of it, and the decision goes to whoever cares most about the cost.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option sympathise).</extracomment>
      <translation>Tu opinión queda registrada, y es la opinión correcta. Pero nada cambia en la sala por ello, y la decisión queda en manos de quien más se preocupa por el coste.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.text">
      <source>&quot;Let's renew as it is, but announce an inclusive-benefits review, and make it part of next June's campaign.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option announce-review). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>«Renovemos tal cual, pero anunciemos una revisión de beneficios inclusivos dentro de la campaña del próximo junio».</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.why">
      <source>An announced review sounds like progress and gives next year's campaign a story. Without a date, an owner or money, it is a promise written for an audience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option announce-review).</extracomment>
      <translation>Anunciar una revisión suena a avance y le da una historia a la campaña del año que viene. Sin fecha, responsable ni dinero, es una promesa escrita para un público.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.text">
      <source>&quot;Before we decide, can we read the network's note properly? And Colm, can we separate the two? If the wording costs nothing, could we agree that today and set a date for the care cover?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option split-and-hear). Shown on a phone button: keep it short, about 186 characters like the English.</extracomment>
      <translation>«Antes de decidir, ¿podemos leer bien la nota de la red? Y Colm, ¿podemos separar las dos cosas? Si la redacción no cuesta nada, ¿la aprobamos hoy y ponemos fecha a la cobertura de los tratamientos?».</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.why">
      <source>You bring the network's voice into the room and split off the change that has no reason to wait, even though the bigger one may slip.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option split-and-hear).</extracomment>
      <translation>Llevas la voz de la red a la sala y separas el cambio que no tiene por qué esperar, aunque el más grande pueda retrasarse.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.text">
      <source>&quot;I'll put £20,000 of next year's campaign budget towards the cover. I'd rather the money changed the policy than printed more rainbows. Let's approve option two and check our benefits with the network every year.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option fund-it). Shown on a phone button: keep it short, about 213 characters like the English.</extracomment>
      <translation>«Pongo 20 000 libras del presupuesto de campaña del año que viene para la cobertura. Prefiero que el dinero cambie la política a imprimir más arcoíris. Aprobemos la opción dos y revisemos cada año nuestros beneficios con la red».</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.why">
      <source>You move your own budget from image to substance and build a yearly check, so the fix doesn't depend on one person remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option fund-it).</extracomment>
      <translation>Pasas tu propio presupuesto de la imagen al fondo y estableces una revisión anual, para que la solución no dependa de que una persona se acuerde.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.title">
      <source>Renewed as it was</source>
      <extracomment>Scene heading, shown on the projector (scene end-renewed).</extracomment>
      <translation>Renovado tal cual</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.narration">
      <source>The policy renews unchanged in September. Next June the rainbow logo goes up, and Kit asks to step down from the Pride network's committee. In the staff survey, the question about whether the company acts on its values scores lower among LGBTQ+ staff than among any other group.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-renewed).</extracomment>
      <translation>En septiembre, la póliza se renueva sin cambios. En junio del año siguiente aparece el logotipo arcoíris, y Kit pide dejar el comité de la red del Orgullo. En la encuesta de personal, la pregunta sobre si la empresa actúa conforme a sus valores puntúa más bajo entre el personal LGBTQ+ que entre cualquier otro grupo.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.notes">
      <source>Pause before the debrief. Ask the room to name the moment this outcome became likely.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-renewed).</extracomment>
      <translation>Haz una pausa antes de la puesta en común. Pide a la sala que nombre el momento en que este resultado se volvió probable.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.title">
      <source>Sympathy, minuted</source>
      <extracomment>Scene heading, shown on the projector (scene end-sympathy).</extracomment>
      <translation>Simpatía, en acta</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.narration">
      <source>The minutes record &quot;sympathy expressed; renewal approved on current terms&quot;. Kit reads them through the network and notices the word sympathy twice. The network's note is filed, and the following spring it is sent again, almost word for word.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sympathy).</extracomment>
      <translation>El acta recoge «se expresa simpatía; se aprueba la renovación en las condiciones actuales». Kit la lee a través de la red y ve la palabra «simpatía» dos veces. La nota de la red se archiva y, la primavera siguiente, se vuelve a enviar, casi palabra por palabra.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.title">
      <source>A review with no owner</source>
      <extracomment>Scene heading, shown on the projector (scene end-review-announced).</extracomment>
      <translation>Una revisión sin responsable</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.narration">
      <source>The review is announced in the staff newsletter, framed in rainbow colours. Months pass and no review meeting is scheduled. When next June's campaign mentions &quot;reviewing our benefits&quot;, two network members ask in the company channel who is doing the reviewing, and nobody answers for a week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-review-announced).</extracomment>
      <translation>La revisión se anuncia en el boletín interno, enmarcada en los colores del arcoíris. Pasan los meses y no se convoca ninguna reunión de revisión. Cuando la campaña del junio siguiente menciona que se están «revisando nuestros beneficios», dos miembros de la red preguntan en el canal de la empresa quién está haciendo la revisión, y nadie responde en una semana.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.notes">
      <source>This one often surprises people, because the option sounded constructive. Ask what would have turned the announcement into a commitment: an owner, a date, a budget.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-review-announced).</extracomment>
      <translation>Este final suele sorprender, porque la opción sonaba constructiva. Pregunta qué habría convertido el anuncio en un compromiso: una persona responsable, una fecha, un presupuesto.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.title">
      <source>Half a win</source>
      <extracomment>Scene heading, shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>Media victoria</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.narration">
      <source>The partner definition is rewritten within a month, and three staff add their partners to their cover without filling in an exception form. The care cover is held over to the next renewal, with Colm named as owner and a date in the diary. Kit calls it half a win, and says half is more than the network has had in three years.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>La definición de pareja se reescribe en menos de un mes, y tres personas de la plantilla añaden a sus parejas al seguro sin rellenar un formulario de excepción. La cobertura de los tratamientos pasa a la siguiente renovación, con Colm como responsable y una fecha en la agenda. Kit lo llama media victoria, y dice que media es más de lo que la red ha tenido en tres años.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.title">
      <source>Smaller campaign, different policy</source>
      <extracomment>Scene heading, shown on the projector (scene end-funded).</extracomment>
      <translation>Campaña más pequeña, política distinta</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.narration">
      <source>The finance director agrees, on condition that marketing spends less next year, which means a much smaller June campaign. In September the new cover takes effect, and the network checks the wording before it goes out. Next June the logo does turn rainbow, with a link to the policy, and Kit writes the post himself, because this time he wants to.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-funded).</extracomment>
      <translation>El director financiero acepta, con la condición de que marketing gaste menos el año que viene, lo que supone una campaña de junio mucho más pequeña. En septiembre entra en vigor la nueva cobertura, y la red revisa la redacción antes de que se publique. En junio del año siguiente, el logotipo sí se pone arcoíris, con un enlace a la política, y Kit escribe él mismo la publicación, porque esta vez quiere hacerlo.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.notes">
      <source>Name the cost: Nadia's next campaign will be half the size. Ask her role-player how she feels about that trade now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-funded).</extracomment>
      <translation>Nombra el coste: la próxima campaña de Nadia será la mitad de grande. Pregunta a quien la interpreta qué le parece ahora ese intercambio.</translation>
    </message>
    <message id="rainbow-logo.debrief.what.1">
      <source>What did the Pride network ask for, and what did it get on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué pidió la red del Orgullo, y qué obtuvo en el camino que tomamos?</translation>
    </message>
    <message id="rainbow-logo.debrief.what.2">
      <source>When did the campaign and the policy get discussed in the same breath, and when were they kept apart?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Cuándo se habló de la campaña y de la política a la vez, y cuándo se mantuvieron separadas?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.1">
      <source>Why might staff trust a company less after a public gesture than before it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué el personal podría confiar menos en una empresa después de un gesto público que antes?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.2">
      <source>Which option felt most like support at the time, and does it still, now you have seen where it led?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué opción parecía más un apoyo en su momento, y lo sigue pareciendo ahora que hemos visto adónde llevó?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.1">
      <source>Think of a public gesture your organisation makes each year. Which internal policy would make it true?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Piensa en un gesto público que tu organización hace cada año. ¿Qué política interna lo haría verdad?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.2">
      <source>Who in your organisation could you ask, before the next awareness month, what would actually help?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿A quién de tu organización podrías preguntar, antes del próximo mes de sensibilización, qué ayudaría de verdad?</translation>
    </message>
    <message id="rainbow-logo.sources.1.title">
      <source>Workplace allyship practice: tie public gestures to policy change, not the other way round</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: vincular los gestos públicos a cambios de política, y no al revés</translation>
    </message>
    <message id="rainbow-logo.sources.1.note">
      <source>Drawn from writing on performative allyship that names awareness-month gestures with no accompanying change in benefits or policy as one of its most recognisable forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en textos sobre la alianza performativa que señalan como una de sus formas más reconocibles los gestos de los meses de sensibilización sin ningún cambio en los beneficios o las políticas.</translation>
    </message>
    <message id="stretch-project.title">
      <source>Who gets Meridian?</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>¿Quién se queda con Meridian?</translation>
    </message>
    <message id="stretch-project.summary">
      <source>A director asks her managers for someone to lead a high-visibility project, and the usual name comes up at once. The group decides whether a manager puts forward a talented analyst who has never been considered, and what they say when she asks how people get picked.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Una directora pide a sus responsables que propongan a alguien para liderar un proyecto de gran visibilidad, y enseguida sale el nombre de siempre. El grupo decide si una persona responsable propone a una analista con talento a la que nunca se ha tenido en cuenta, y qué le dice cuando ella pregunta cómo se elige a la gente.</translation>
    </message>
    <message id="stretch-project.content_note">
      <source>This role-play includes a skilled analyst being overlooked for a high-profile project that keeps going to the same few people, and talk of adding her for &quot;diversity&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>Este juego de roles incluye a una analista con talento a la que pasan por alto para un proyecto de gran visibilidad que siempre va a las mismas personas, y la idea de sumarla por «diversidad».</translation>
    </message>
    <message id="stretch-project.roles.harpreet.name">
      <source>Harpreet Kaur Sandhu, senior planning analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role harpreet).</extracomment>
      <translation>Harpreet Kaur Sandhu, analista sénior de planificación</translation>
    </message>
    <message id="stretch-project.roles.harpreet.brief">
      <source>You have been in the team four years and rebuilt its forecasting model last year. You did a leadership course in your own time. You have watched the same few people lead every visible project, and you have stopped assuming it will ever be you, though you have not said so. If asked what you want, be honest: you want the project, and you need your Tuesday finish time protected for a family commitment.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role harpreet).</extracomment>
      <translation>Llevas cuatro años en el equipo y el año pasado rehiciste su modelo de previsión. Hiciste un curso de liderazgo en tu tiempo libre. Has visto cómo las mismas pocas personas lideran todos los proyectos visibles y has dejado de pensar que algún día te tocará a ti, aunque no lo has dicho. Si te preguntan qué quieres, sé sincera: quieres el proyecto, y necesitas que se respete tu hora de salida de los martes por un compromiso familiar.</translation>
    </message>
    <message id="stretch-project.roles.catherine.name">
      <source>Catherine Doyle, director of planning</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role catherine).</extracomment>
      <translation>Catherine Doyle, directora de planificación</translation>
    </message>
    <message id="stretch-project.roles.catherine.brief">
      <source>You need Meridian to succeed and you reach for people you already know can deliver. You do not know Harpreet's work. You respond well to a specific case with evidence, and badly to anything that sounds like box ticking.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role catherine).</extracomment>
      <translation>Necesitas que Meridian salga bien y recurres a personas que ya sabes que cumplen. No conoces el trabajo de Harpreet. Reaccionas bien ante una propuesta concreta con pruebas, y mal ante cualquier cosa que suene a cubrir el expediente.</translation>
    </message>
    <message id="stretch-project.roles.anders.name">
      <source>Anders Holm, operations manager (peer of the responder)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role anders).</extracomment>
      <translation>Anders Holm, responsable de operaciones (del mismo nivel que la persona que responde)</translation>
    </message>
    <message id="stretch-project.roles.anders.brief">
      <source>Ben Carter is in your team and you are proud of him. Putting him forward is loyalty, not exclusion. If someone proposes another name, push back once (&quot;Ben's done this before&quot;), then accept a good argument.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role anders).</extracomment>
      <translation>Ben Carter está en tu equipo y estás orgulloso de él. Proponerlo es lealtad, no exclusión. Si alguien propone otro nombre, objeta una vez («Ben ya lo ha hecho antes») y luego acepta un buen argumento.</translation>
    </message>
    <message id="stretch-project.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observación</translation>
    </message>
    <message id="stretch-project.roles.observer.brief">
      <source>Watch how names get suggested: who speaks first, what evidence is given, and whose voice is in the room. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Fíjate en cómo se proponen los nombres: quién habla primero, qué pruebas se dan y qué voces están en la sala. Usa la lista de observación.</translation>
    </message>
    <message id="stretch-project.observer_checklist.1">
      <source>What evidence was offered for Ben, and what evidence was offered for Harpreet?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué pruebas se dieron a favor de Ben, y cuáles a favor de Harpreet?</translation>
    </message>
    <message id="stretch-project.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use? Did anyone ask to delay the decision until more names were considered?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Cuál de los cinco movimientos de intervención (distraer, delegar, documentar, retrasar, intervenir directamente) usó la persona que respondió? ¿Alguien pidió retrasar la decisión hasta considerar más nombres?</translation>
    </message>
    <message id="stretch-project.observer_checklist.3">
      <source>Did the responder ask Harpreet what she wanted, or decide on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿La persona que respondió le preguntó a Harpreet qué quería, o decidió por ella?</translation>
    </message>
    <message id="stretch-project.observer_checklist.4">
      <source>What did the responder risk or give up by putting Harpreet forward?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Qué arriesgó o a qué renunció la persona que respondió al proponer a Harpreet?</translation>
    </message>
    <message id="stretch-project.observer_checklist.5">
      <source>Was the way people get chosen for projects questioned, or only this one choice?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>¿Se cuestionó la forma de elegir a las personas para los proyectos, o solo esta elección?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.title">
      <source>Monday, the managers' meeting</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Lunes, la reunión de responsables</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.narration">
      <source>Catherine: &quot;Meridian kicks off next month. Six months, two days a week, reporting straight to the executive team. I need a lead by Friday. Names?&quot; Anders doesn't hesitate: &quot;Ben, surely. He did the last two and the execs know him.&quot; Catherine nods, &quot;Good shout. Anyone else?&quot; and glances round the table.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Catherine: «Meridian arranca el mes que viene. Seis meses, dos días a la semana, reportando directamente al comité de dirección. Necesito a alguien que lo lidere antes del viernes. ¿Nombres?». Anders no lo duda: «Ben, claro. Llevó los dos últimos y la dirección lo conoce». Catherine asiente: «Bien visto. ¿Alguien más?», y echa un vistazo alrededor de la mesa.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.notes">
      <source>Before the prompt, remind the group of the responder's position: they manage Harpreet, she rebuilt the forecasting model Meridian depends on, and losing her for two days a week would hurt their busiest quarter. That cost is real; let participants feel it rather than wishing it away.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-meeting).</extracomment>
      <translation>Antes de la pregunta, recuerda al grupo la posición de la persona que responde: es responsable de Harpreet, ella rehízo el modelo de previsión del que depende Meridian, y perderla dos días a la semana le haría daño en su trimestre más cargado. Ese coste es real; deja que las personas participantes lo sientan en lugar de hacerlo desaparecer.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.prompt">
      <source>You manage Harpreet. Nobody has mentioned her, and you would lose her for two days a week in your busiest quarter. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-meeting).</extracomment>
      <translation>Eres responsable de Harpreet. Nadie la ha mencionado, y la perderías dos días a la semana en tu trimestre más cargado. ¿Qué haces?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.text">
      <source>Say nothing. Ben is capable, and you need Harpreet on the Q3 forecast.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option stay-quiet). Shown on a phone button: keep it short, about 70 characters like the English.</extracomment>
      <translation>No decir nada. Ben es capaz, y necesitas a Harpreet para la previsión del T3.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.why">
      <source>Protecting your team's delivery is a real pressure, and it means the person best placed to propose Harpreet stays silent.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option stay-quiet).</extracomment>
      <translation>Proteger los resultados de tu equipo es una presión real, y supone que la persona mejor situada para proponer a Harpreet se queda callada.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.text">
      <source>&quot;Ben's great. Harpreet could be good for something like this too, down the line.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option down-the-line). Shown on a phone button: keep it short, about 81 characters like the English.</extracomment>
      <translation>«Ben es estupendo. Harpreet también podría valer para algo así, más adelante».</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.why">
      <source>You say her name, which counts, but you frame her as a future option so it costs nothing today.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option down-the-line).</extracomment>
      <translation>Dices su nombre, y eso cuenta, pero la presentas como una opción de futuro para que hoy no cueste nada.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.text">
      <source>&quot;I'd love Meridian to have more diverse faces on it. Could Harpreet shadow Ben? It'd show we take inclusion seriously.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option shadow). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>«Me encantaría ver caras más diversas en Meridian. ¿Y si Harpreet acompaña a Ben? Demostraría que la inclusión va en serio».</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.why">
      <source>It sounds supportive and gets her in the room, but as an extra rather than a lead, and on the basis of how it looks.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option shadow).</extracomment>
      <translation>Suena a apoyo y la mete en la sala, pero como acompañante y no al frente, y en función de la imagen que da.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.text">
      <source>&quot;I'd like to put Harpreet Sandhu forward. She rebuilt the forecasting model Meridian runs on. I'll find cover for her Q3 work.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option put-her-forward). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>«Quiero proponer a Harpreet Sandhu. Rehízo el modelo de previsión en el que se basa Meridian. Yo busco cómo cubrir su trabajo del T3».</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.why">
      <source>You use your seat at the table to name her, give evidence, and take the cost on your own team rather than hers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option put-her-forward).</extracomment>
      <translation>Usas tu sitio en la mesa para nombrarla, aportas pruebas y asumes el coste en tu propio equipo en lugar de cargárselo a ella.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Después de la reunión</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.narration">
      <source>Catherine writes &quot;Ben?&quot; in her notebook: &quot;I'll confirm Friday.&quot; Anders says, &quot;Sorted.&quot; Your Q3 plan stays intact. Harpreet's name is not mentioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Catherine escribe «¿Ben?» en su cuaderno: «Lo confirmo el viernes». Anders dice: «Solucionado». Tu plan del T3 queda intacto. Nadie menciona el nombre de Harpreet.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.notes">
      <source>A quiet outcome. Ask the group who in the room was the only person able to say her name, and how often that is true of a line manager.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-pencilled).</extracomment>
      <translation>Un desenlace silencioso. Pregunta al grupo quién era en la sala la única persona capaz de decir su nombre, y con qué frecuencia eso es cierto en el caso de la persona responsable directa.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Después de la reunión</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.narration">
      <source>Catherine smiles: &quot;Noted, maybe for the next one.&quot; She writes &quot;Ben&quot; and underlines it. Anders says, &quot;Harpreet's great, by the way,&quot; on the way out, and you both go to lunch.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Catherine sonríe: «Apuntado, quizá para el próximo». Escribe «Ben» y lo subraya. Al salir, Anders dice: «Por cierto, Harpreet es estupenda», y te vas a comer con él.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.notes">
      <source>Ask what &quot;down the line&quot; did to Harpreet's chances this time, and whether there is ever a &quot;next one&quot; for someone who is not named now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene maybe-next-time).</extracomment>
      <translation>Pregunta qué hizo ese «más adelante» con las posibilidades de Harpreet esta vez, y si alguna vez hay un «próximo» para alguien a quien no se nombra ahora.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene shadow-role).</extracomment>
      <translation>Después de la reunión</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.narration">
      <source>Catherine likes it: &quot;Great, Harpreet can support Ben. Notes, the risk log, that sort of thing.&quot; Anders says it will be &quot;good exposure for her&quot;. Ben is pencilled in as lead.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene shadow-role).</extracomment>
      <translation>A Catherine le gusta: «Genial, Harpreet puede dar apoyo a Ben. Las actas, el registro de riesgos, ese tipo de cosas». Anders dice que será «buena visibilidad para ella». Ben queda apuntado como líder del proyecto.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.notes">
      <source>Participants may see this as a win. Ask what a shadow role with admin tasks tells the executive team about Harpreet.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene shadow-role).</extracomment>
      <translation>Puede que las personas participantes lo vean como un logro. Pregunta qué le dice al comité de dirección sobre Harpreet un papel de acompañante con tareas administrativas.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-named).</extracomment>
      <translation>Después de la reunión</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.narration">
      <source>Anders pushes back: &quot;Ben's done this twice, though.&quot; Catherine: &quot;I don't know Harpreet's work. Send me two lines by Thursday and I'll decide Friday.&quot; Later, your own manager asks how you plan to cover the Q3 forecast, and you don't have a full answer yet.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-named).</extracomment>
      <translation>Anders objeta: «Ya, pero Ben lo ha hecho dos veces». Catherine: «No conozco el trabajo de Harpreet. Mándame un par de líneas antes del jueves y decido el viernes». Más tarde, tu propia responsable te pregunta cómo piensas cubrir la previsión del T3, y todavía no tienes una respuesta completa.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.notes">
      <source>Name the cost: extra work, a slightly tense moment with a peer, a gap in your plan. Ask participants whether they have paid a cost like this, and whether it was worth it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-named).</extracomment>
      <translation>Nombra el coste: trabajo extra, un momento algo tenso con alguien de tu nivel, un hueco en tu plan. Pregunta a las personas participantes si han pagado alguna vez un coste así y si valió la pena.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.title">
      <source>Wednesday, your 1:1 with Harpreet</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Miércoles, tu reunión individual con Harpreet</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.narration">
      <source>Near the end, Harpreet says, &quot;I heard Meridian came up on Monday. I'd love to lead something like that one day. I never really know how people get picked for those.&quot; Catherine decides on Friday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Casi al final, Harpreet dice: «Me han dicho que el lunes salió lo de Meridian. Me encantaría liderar algo así algún día. Nunca sé muy bien cómo se elige a la gente para esas cosas». Catherine decide el viernes.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.notes">
      <source>The second decision is the same on every path: nothing is final until Friday. In triads, let the person playing Harpreet answer honestly if they are asked what they want. Watch for responders who promise things without asking.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-one-to-one).</extracomment>
      <translation>La segunda decisión es la misma en todos los caminos: nada es definitivo hasta el viernes. En los grupos de tres, deja que quien interpreta a Harpreet responda con sinceridad si le preguntan qué quiere. Fíjate en quienes prometen cosas sin preguntar.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.prompt">
      <source>Harpreet has raised it herself. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene harpreet-one-to-one).</extracomment>
      <translation>Harpreet ha sacado el tema ella misma. ¿Qué le dices?</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.text">
      <source>&quot;Honestly, it's mostly whoever's been around longest. Your time will come.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option your-time). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>«Sinceramente, suele ser quien lleva más tiempo. Ya te llegará tu momento».</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.why">
      <source>It is meant as reassurance, and it describes an unwritten rule as if it were fair and fixed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option your-time).</extracomment>
      <translation>Pretende tranquilizarla, y describe una regla no escrita como si fuera justa e inamovible.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.text">
      <source>&quot;You'd be great. If you want to go for the next one, just let me know.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option let-me-know). Shown on a phone button: keep it short, about 71 characters like the English.</extracomment>
      <translation>«Lo harías genial. Si quieres optar al próximo, solo dímelo».</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.why">
      <source>Encouraging, but it puts the work of asking on her, inside a system where nobody has ever had to ask.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option let-me-know).</extracomment>
      <translation>Es alentador, pero le deja a ella el trabajo de pedirlo, en un sistema en el que nadie ha tenido nunca que pedirlo.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.text">
      <source>&quot;I'll give you a shout-out at the all-hands for the forecasting work. People should know what you've done.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option shout-out). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>«En la reunión general destacaré tu trabajo de previsión. La gente debe saber lo que has hecho».</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.why">
      <source>Public praise is pleasant and visible, but applause is not a role, and Meridian still goes to Ben.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option shout-out).</extracomment>
      <translation>El elogio público es agradable y visible, pero un aplauso no es un puesto, y Meridian sigue yendo a Ben.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.text">
      <source>&quot;What would you want from it, and what would make it workable for you?&quot; Then send Catherine Harpreet's case before Friday, built on what she said.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option ask-and-back). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>«¿Qué te gustaría sacar de ello, y qué lo haría viable para ti?». Y enviar a Catherine antes del viernes la propuesta de Harpreet, basada en lo que ella dijo.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.why">
      <source>You ask before acting, then use your access to put her forward on her own terms, with evidence.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option ask-and-back).</extracomment>
      <translation>Preguntas antes de actuar y luego usas tu acceso para proponerla en sus propios términos, con pruebas.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.text">
      <source>Do the same, and ask Catherine to advertise future stretch projects in an open call with stated criteria, and to look at who has led them over the last two years.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option open-call). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Hacer lo mismo y pedir a Catherine que los próximos proyectos de desarrollo salgan a convocatoria abierta con criterios claros, y que revise quién los lideró en los dos últimos años.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.why">
      <source>You back Harpreet now and change how the next opportunity is given out, so it depends less on who has a manager willing to speak.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option open-call).</extracomment>
      <translation>Apoyas a Harpreet ahora y cambias cómo se reparte la próxima oportunidad, para que dependa menos de tener una persona responsable dispuesta a hablar.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene ben-leads).</extracomment>
      <translation>Seis meses después</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.narration">
      <source>Ben leads Meridian and presents the results to the executive team. He is promoted in the spring round. Harpreet keeps the forecast running and updates her CV.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-leads).</extracomment>
      <translation>Ben lidera Meridian y presenta los resultados al comité de dirección. Lo ascienden en la ronda de primavera. Harpreet mantiene la previsión en marcha y actualiza su currículum.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.notes">
      <source>Ask the group what Harpreet has learnt about how things work here, and who taught it to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-leads).</extracomment>
      <translation>Pregunta al grupo qué ha aprendido Harpreet sobre cómo funcionan aquí las cosas, y quién se lo ha enseñado.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene next-time).</extracomment>
      <translation>Seis meses después</translation>
    </message>
    <message id="stretch-project.scenes.next-time.narration">
      <source>Harpreet says, &quot;Thanks, I will.&quot; She does not know when &quot;the next one&quot; is, and nobody tells her. The next project is handed out in a corridor conversation before she hears it exists.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene next-time).</extracomment>
      <translation>Harpreet dice: «Gracias, te lo diré». No sabe cuándo será «el próximo», y nadie se lo dice. El siguiente proyecto se reparte en una conversación de pasillo antes de que ella sepa siquiera que existe.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.notes">
      <source>Ask what it would take for &quot;let me know&quot; to work in this organisation, and whether it ever does.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene next-time).</extracomment>
      <translation>Pregunta qué haría falta para que «dímelo» funcionara en esta organización, y si alguna vez funciona.</translation>
    </message>
    <message id="stretch-project.scenes.applause.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene applause).</extracomment>
      <translation>Seis meses después</translation>
    </message>
    <message id="stretch-project.scenes.applause.narration">
      <source>At the all-hands you thank Harpreet for the forecasting model, and there is warm applause. Meridian goes to Ben. When an executive later asks who built the model Meridian relies on, Ben answers, correctly, &quot;Harpreet, in planning,&quot; and the executive says, &quot;Should we get her on it?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene applause).</extracomment>
      <translation>En la reunión general le das las gracias a Harpreet por el modelo de previsión, y hay un cálido aplauso. Meridian va para Ben. Cuando, más tarde, alguien del comité de dirección pregunta quién construyó el modelo en el que se basa Meridian, Ben responde, correctamente: «Harpreet, de planificación», y esa persona dice: «¿Y no deberíamos tenerla en el proyecto?».</translation>
    </message>
    <message id="stretch-project.scenes.applause.notes">
      <source>The irony lands for most groups. Ask why praise in public and opportunity in private are so often separated.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene applause).</extracomment>
      <translation>La ironía llega a la mayoría de los grupos. Pregunta por qué el elogio en público y la oportunidad en privado van tan a menudo por separado.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Seis meses después</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.narration">
      <source>Harpreet tells you she wants it, and that her Tuesday finish is fixed. Your note to Catherine covers both. Catherine meets her on Thursday and gives her the lead; Ben takes the next one. You spend three late evenings covering the Q3 forecast. Meridian lands well, and Harpreet presents it to the executive team herself.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Harpreet te dice que lo quiere, y que su hora de salida de los martes es inamovible. Tu nota a Catherine incluye las dos cosas. Catherine se reúne con ella el jueves y le da el liderazgo; Ben se encargará del siguiente. Pasas tres tardes hasta tarde cubriendo la previsión del T3. Meridian sale bien, y Harpreet lo presenta ella misma al comité de dirección.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.notes">
      <source>Highlight the question the responder asked first. Ask what might have gone wrong if they had simply nominated her without asking about Tuesdays.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-leads).</extracomment>
      <translation>Destaca la pregunta que la persona que respondió hizo primero. Pregunta qué podría haber salido mal si simplemente la hubiera propuesto sin preguntar por los martes.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Seis meses después</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.narration">
      <source>Harpreet leads Meridian. Catherine's review shows that the same four people led eight of the last nine projects; she is uncomfortable, and she starts an open call with criteria. Anders grumbles that it slows things down. The next call gets eleven applications, including three from people nobody had thought to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Harpreet lidera Meridian. La revisión de Catherine muestra que las mismas cuatro personas lideraron ocho de los últimos nueve proyectos; le resulta incómodo y pone en marcha una convocatoria abierta con criterios. Anders refunfuña porque dice que retrasa las cosas. La siguiente convocatoria recibe once candidaturas, tres de ellas de personas a las que a nadie se le había ocurrido preguntar.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.notes">
      <source>Ask what data each participant could look at in their own area: who got the last five visible pieces of work? Finish by asking what they would do with the answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene open-call-adopted).</extracomment>
      <translation>Pregunta qué datos podría mirar cada participante en su propia área: ¿quién se llevó los últimos cinco trabajos con visibilidad? Termina preguntando qué harían con la respuesta.</translation>
    </message>
    <message id="stretch-project.debrief.what.1">
      <source>What made Ben's name come up first, and what made Harpreet's not come up at all?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué hizo que el nombre de Ben saliera el primero, y qué hizo que el de Harpreet no saliera en absoluto?</translation>
    </message>
    <message id="stretch-project.debrief.what.2">
      <source>What did putting Harpreet forward cost the responder, and what did staying quiet cost Harpreet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>¿Qué le costó a la persona que respondió proponer a Harpreet, y qué le costó a Harpreet que esa persona callara?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.1">
      <source>Why is a line manager often the only person able to name someone for an opportunity?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Por qué la persona responsable directa suele ser la única capaz de proponer a alguien para una oportunidad?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.2">
      <source>What is the difference between giving someone praise and giving them a platform?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>¿Qué diferencia hay entre elogiar a alguien y darle una plataforma?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.1">
      <source>Who in your area is doing excellent work that nobody above you has seen, and what will you do about it this month?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>¿Quién de tu área está haciendo un trabajo excelente que nadie por encima de ti ha visto, y qué vas a hacer al respecto este mes?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.2">
      <source>Before you recommend someone, what will you ask them first?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Antes de recomendar a alguien, ¿qué le preguntarás primero?</translation>
    </message>
    <message id="stretch-project.sources.1.title">
      <source>Workplace allyship practice: recommend under-represented colleagues for stretch and high-visibility work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: recomendar a colegas de grupos infrarrepresentados para proyectos de desarrollo y de gran visibilidad</translation>
    </message>
    <message id="stretch-project.sources.1.note">
      <source>Based on the practice of actively proposing people who are routinely overlooked for visible projects, and using seniority to open that door.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Basado en la práctica de proponer activamente a personas a las que de forma sistemática se pasa por alto para proyectos visibles, y de usar la posición jerárquica para abrirles esa puerta.</translation>
    </message>
    <message id="stretch-project.sources.2.title">
      <source>Workplace allyship practice: ask what support someone wants before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Práctica de la alianza en el trabajo: preguntar qué apoyo quiere alguien antes de actuar</translation>
    </message>
  </context>
</TS>
