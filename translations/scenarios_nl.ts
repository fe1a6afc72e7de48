<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name></name>
    <message id="amplify-overlooked-idea.title">
      <source>The idea that got talked over</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Het idee dat werd overstemd</translation>
    </message>
    <message id="amplify-overlooked-idea.summary">
      <source>In a quarterly planning meeting, Nkechi starts to share a proposal backed by her own data and is cut off mid-sentence. The group decides what a colleague at the table does in the moment, and again the next day when the manager asks who should lead the work.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>In een kwartaalplanning begint Nkechi een voorstel te presenteren dat ze met eigen data onderbouwt, en ze wordt halverwege een zin onderbroken. De groep beslist wat een collega aan tafel op dat moment doet, en de volgende dag opnieuw, als de manager vraagt wie het werk moet trekken.</translation>
    </message>
    <message id="amplify-overlooked-idea.content_note">
      <source>This role-play includes a colleague being cut off mid-sentence in a meeting, falling silent, and her idea later being credited to someone else.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel wordt een collega in een vergadering halverwege een zin onderbroken, valt ze stil en gaat de eer voor haar idee later naar iemand anders.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.name">
      <source>Nkechi Obi, customer insights analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nkechi).</extracomment>
      <translation>Nkechi Obi, analist klantinzichten</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.brief">
      <source>You joined eight months ago and you are the only Black woman on the product team. You spent two evenings pulling last quarter's support tickets and found that roughly one in five asks where an order is. When you are cut off, you do not fight for the floor; you have learnt that pushing back gets you labelled &quot;intense&quot;. Let the group see you go quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nkechi).</extracomment>
      <translation>Je werkt hier nu acht maanden en je bent de enige zwarte vrouw in het productteam. Je hebt twee avonden de supporttickets van het afgelopen kwartaal doorgespit en ontdekt dat ongeveer één op de vijf gaat over de vraag waar een bestelling blijft. Als je wordt onderbroken, vecht je niet om het woord; je hebt geleerd dat tegengas geven je het etiket ‘te fel’ oplevert. Laat de groep zien dat je stil wordt.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.name">
      <source>Luca Romano, senior platform engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role luca).</extracomment>
      <translation>Luca Romano, senior platform engineer</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.brief">
      <source>You are worried about the database migration and you jump in because the deadline is real, not because you think Nkechi's point is unimportant. Later, a status page seems like an obvious fix to you and you genuinely do not connect it to what she said. If someone points it out, be a little defensive first (&quot;I wasn't trying to steal anything&quot;), then fair.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role luca).</extracomment>
      <translation>Je maakt je zorgen over de databasemigratie en je komt ertussen omdat de deadline echt is, niet omdat je Nkechi's punt onbelangrijk vindt. Later lijkt een statuspagina je een voor de hand liggende oplossing en je legt echt geen verband met wat zij zei. Als iemand je erop wijst, reageer je eerst wat defensief (‘Ik wilde niks inpikken, hoor’) en daarna redelijk.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.name">
      <source>Graham Whitlock, head of product</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role graham).</extracomment>
      <translation>Gerard Wolters, hoofd product</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.brief">
      <source>You chair the meeting and you are proud of running it to time. You follow whoever sounds most certain, which is usually Luca. You are not hostile to Nkechi; you simply have not noticed the pattern. If a peer names it calmly, you are open to changing how you run the meeting.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role graham).</extracomment>
      <translation>Je zit de vergadering voor en je bent er trots op dat je altijd op tijd eindigt. Je volgt wie het zekerst klinkt, en dat is meestal Luca. Je hebt niets tegen Nkechi; je hebt het patroon gewoon niet opgemerkt. Als een collega het rustig benoemt, sta je ervoor open om de vergadering anders te leiden.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.brief">
      <source>Watch who speaks, who is cut off and who gets the credit. Note exact words and timings where you can. Use the checklist, and in the debrief report what you saw before what you think.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let op wie er spreekt, wie wordt onderbroken en wie de eer krijgt. Noteer waar het kan de letterlijke woorden en het moment. Gebruik de checklist, en vertel in de nabespreking eerst wat je zag en pas daarna wat je ervan vindt.</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.1">
      <source>How many seconds passed between Nkechi being cut off and anyone reacting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hoeveel seconden zaten er tussen het moment dat Nkechi werd onderbroken en de eerste reactie van iemand?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it return the floor to Nkechi?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen (afleiden, delegeren, documenteren, later nagaan, direct aanspreken) gebruikte wie reageerde, en kreeg Nkechi daardoor het woord terug?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.3">
      <source>Did the credit for the status-page idea end up with the person who raised it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Kwam de eer voor het idee van de statuspagina terecht bij wie het had bedacht?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.4">
      <source>Did anyone check with Nkechi about what she wanted, or act purely on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg iemand aan Nkechi wat zij wilde, of handelde men alleen namens haar?</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.5">
      <source>What did the responder's intervention cost them (time, awkwardness, Luca's goodwill)?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wat kostte het ingrijpen degene die reageerde (tijd, ongemak, de welwillendheid van Luca)?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.title">
      <source>Tuesday, quarterly planning</source>
      <extracomment>Scene heading, shown on the projector (scene planning).</extracomment>
      <translation>Dinsdag, kwartaalplanning</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.narration">
      <source>Nkechi turns her laptop towards the room. &quot;I went through last quarter's tickets, and about twenty per cent are people asking where their order is, so a simple status page could —&quot; Luca leans in: &quot;Sorry, quick one before we run out of time: we have to decide the migration today.&quot; Graham nods, &quot;Good shout, let's do that,&quot; and Nkechi closes her laptop halfway.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene planning).</extracomment>
      <translation>Nkechi draait haar laptop naar de groep. ‘Ik heb de tickets van het afgelopen kwartaal doorgenomen, en zo'n twintig procent zijn mensen die vragen waar hun bestelling blijft, dus een simpele statuspagina zou —’ Luca buigt naar voren: ‘Sorry, even snel voordat de tijd op is: we moeten vandaag over de migratie beslissen.’ Gerard knikt: ‘Goed punt, laten we dat doen.’ Nkechi klapt haar laptop half dicht.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.notes">
      <source>Read Luca's interruption at a natural pace, not as a villain line; it should feel like something participants have seen a hundred times. Pause for five seconds after the last sentence before showing the prompt. If someone says &quot;the migration really was urgent&quot;, agree: both things can be true, and the question is whether Nkechi gets to finish.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene planning).</extracomment>
      <translation>Lees Luca's onderbreking in een gewoon tempo voor, niet als de tekst van een schurk; het moet voelen als iets wat deelnemers al honderd keer hebben gezien. Wacht na de laatste zin vijf seconden voordat je de vraag laat zien. Als iemand zegt ‘die migratie was echt dringend’, geef die persoon gelijk: allebei kan waar zijn, en de vraag is of Nkechi haar verhaal mag afmaken.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.prompt">
      <source>You are a peer of Luca's, sitting opposite Nkechi. What do you do in the next minute?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene planning).</extracomment>
      <translation>Je bent een collega van Luca en zit tegenover Nkechi. Wat doe je in de komende minuut?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.text">
      <source>Say nothing. The migration is genuinely urgent and Graham is chairing, so it is his call.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option let-it-go). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>Niets zeggen. De migratie is echt dringend en Gerard zit voor, dus het is zijn beslissing.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.why">
      <source>Deferring to the chair feels respectful, but it leaves the interruption standing and nobody at the table learns it mattered.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option let-it-go).</extracomment>
      <translation>De voorzitter laten beslissen voelt respectvol, maar de onderbreking blijft staan en niemand aan tafel merkt dat het ertoe deed.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.text">
      <source>Send Nkechi a private chat message: &quot;Your status page idea sounded really promising, by the way.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option private-chat). Shown on a phone button: keep it short, about 97 characters like the English.</extracomment>
      <translation>Nkechi een privéchatbericht sturen: ‘Trouwens, je idee voor een statuspagina klonk echt veelbelovend.’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.why">
      <source>It is warm and it tells her someone was listening, but the room, and Graham, never hear the rest of her proposal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option private-chat).</extracomment>
      <translation>Het is hartelijk en ze weet dat iemand luisterde, maar de groep, en Gerard, horen de rest van haar voorstel nooit.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.text">
      <source>Say nothing now, and after the meeting post in the team channel: &quot;Great energy in planning today, love how many voices we hear on this team!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option team-shout-out). Shown on a phone button: keep it short, about 141 characters like the English.</extracomment>
      <translation>Nu niets zeggen en na afloop in het teamkanaal posten: ‘Wat een energie bij de planning vandaag, mooi hoeveel stemmen we in dit team horen!’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.why">
      <source>It is visible and it sounds inclusive, but it describes a meeting that did not happen and changes nothing for Nkechi.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option team-shout-out).</extracomment>
      <translation>Het is zichtbaar en klinkt inclusief, maar het beschrijft een vergadering die niet zo is gegaan en verandert niets voor Nkechi.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.text">
      <source>&quot;Graham, can we give Nkechi one more minute first? She was halfway through the ticket numbers, and then let's do the migration.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option floor-back). Shown on a phone button: keep it short, about 128 characters like the English.</extracomment>
      <translation>‘Gerard, kunnen we Nkechi eerst nog één minuut geven? Ze was halverwege de ticketcijfers, en dan doen we daarna de migratie.’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.why">
      <source>It acts in the moment, names her, and hands the floor back rather than retelling her idea for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option floor-back).</extracomment>
      <translation>Je grijpt direct in, noemt haar bij naam en geeft haar het woord terug, in plaats van haar idee voor haar na te vertellen.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.title">
      <source>Twenty minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene moved-on).</extracomment>
      <translation>Twintig minuten later</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.narration">
      <source>The migration discussion runs long. Near the end, Luca stretches: &quot;Honestly, half our tickets would go away with a status page.&quot; Graham writes it on the whiteboard with an L beside it. Nkechi looks down at her notebook and does not speak again that meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene moved-on).</extracomment>
      <translation>De discussie over de migratie loopt uit. Tegen het einde rekt Luca zich uit: ‘Eerlijk gezegd zou de helft van onze tickets verdwijnen met een statuspagina.’ Gerard schrijft het op het whiteboard, met een L erachter. Nkechi kijkt naar haar notitieboek en zegt de rest van de vergadering niets meer.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.notes">
      <source>Some groups will feel a jolt here; let it sit. Ask the observer, briefly, what Nkechi's body language said. Do not open a full discussion yet; the next scene carries the story on.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene moved-on).</extracomment>
      <translation>Sommige groepen schrikken hier even van; laat dat zo. Vraag de observator kort wat Nkechi's lichaamstaal zei. Begin nog geen volledige discussie; de volgende scène vertelt het verhaal verder.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.title">
      <source>A reply in the chat</source>
      <extracomment>Scene heading, shown on the projector (scene private-note).</extracomment>
      <translation>Een antwoord in de chat</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.narration">
      <source>Nkechi replies with a thumbs-up and &quot;thanks, maybe another time&quot;. The meeting moves to the migration and over-runs by fifteen minutes. In the corridor afterwards, Luca mentions to Graham that a status page might cut the ticket queue. Graham says he likes it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-note).</extracomment>
      <translation>Nkechi antwoordt met een duim omhoog en ‘dank je, misschien een andere keer’. De vergadering gaat verder met de migratie en loopt een kwartier uit. Op de gang vertelt Luca daarna aan Gerard dat een statuspagina de ticketstapel misschien kleiner maakt. Gerard zegt dat hij het een goed idee vindt.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.notes">
      <source>This path often feels good to participants because Nkechi said thanks. Ask, gently, what changed for her and what did not. Passive support is real support; the point is where it stops.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-note).</extracomment>
      <translation>Dit pad voelt voor deelnemers vaak goed, omdat Nkechi bedankte. Vraag voorzichtig wat er voor haar veranderde en wat niet. Passieve steun is echte steun; het gaat erom waar die ophoudt.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.title">
      <source>The channel post</source>
      <extracomment>Scene heading, shown on the projector (scene upbeat-post).</extracomment>
      <translation>Het bericht in het kanaal</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.narration">
      <source>Your post collects eight emoji reactions, including one from Graham. Nkechi does not react. In the minutes Graham circulates that evening, the only action on tickets reads &quot;Luca to scope status page&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene upbeat-post).</extracomment>
      <translation>Je bericht krijgt acht emojireacties, waaronder een van Gerard. Nkechi reageert niet. In het verslag dat Gerard die avond rondstuurt, staat over de tickets maar één actiepunt: ‘Luca werkt statuspagina uit’.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.notes">
      <source>Expect a defensive moment here (&quot;I was being positive!&quot;). Do not argue with the intention. Ask instead what Nkechi might have felt reading that post after being cut off. Keep the tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene upbeat-post).</extracomment>
      <translation>Reken hier op een defensief moment (‘Ik was juist positief!’). Ga niet in discussie over de bedoeling. Vraag in plaats daarvan wat Nkechi gevoeld kan hebben toen ze dat bericht las, nadat ze was onderbroken. Houd de toon nieuwsgierig, niet belerend.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.title">
      <source>One more minute</source>
      <extracomment>Scene heading, shown on the projector (scene she-finishes).</extracomment>
      <translation>Nog één minuut</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.narration">
      <source>There is a short, awkward pause. Graham says, &quot;Sure, quickly.&quot; Nkechi reopens her laptop and shows the chart: one ticket in five, and a rough estimate of the agent hours it would save. Luca exhales audibly but says &quot;Fair, that's a good number.&quot; The meeting over-runs by ten minutes and Graham is visibly tight for his next call.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene she-finishes).</extracomment>
      <translation>Er valt een korte, ongemakkelijke stilte. Gerard zegt: ‘Goed, maar snel dan.’ Nkechi klapt haar laptop weer open en laat de grafiek zien: één op de vijf tickets, en een ruwe schatting van hoeveel uren van supportmedewerkers het zou schelen. Luca zucht hoorbaar, maar zegt: ‘Oké, dat is een goed getal.’ De vergadering loopt tien minuten uit en Gerard is zichtbaar gespannen voor zijn volgende call.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.notes">
      <source>Point out the cost: a pause, an annoyed sigh, a manager running late. Participants who chose this often underestimate how small those costs are next to the benefit; others overestimate them. Both reactions are worth hearing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene she-finishes).</extracomment>
      <translation>Wijs op wat het kostte: een stilte, een geïrriteerde zucht, een manager die te laat komt. Deelnemers die hiervoor kozen, onderschatten vaak hoe klein die kosten zijn vergeleken met wat het oplevert; anderen overschatten ze. Beide reacties zijn het horen waard.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.title">
      <source>Wednesday, your 1:1 with Graham</source>
      <extracomment>Scene heading, shown on the projector (scene one-to-one).</extracomment>
      <translation>Woensdag, je één-op-één met Gerard</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.narration">
      <source>Graham is skimming his list. &quot;The status page thing: I'm thinking Luca leads it. He knows the platform and he can turn it round in a sprint. Any thoughts? And how did you find yesterday's meeting, generally?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-to-one).</extracomment>
      <translation>Gerard loopt zijn lijstje door. ‘Dat idee van de statuspagina: ik denk dat Luca het gaat trekken. Hij kent het platform en hij heeft het in één sprint staan. Wat vind jij? En hoe vond je de vergadering van gisteren, in het algemeen?’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.notes">
      <source>Whatever path the group took, this 1:1 is where quiet influence lives. Remind the group that Graham asked a direct question, so silence is an answer too. If time is short, cut the timer to 60 seconds.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-to-one).</extracomment>
      <translation>Welk pad de groep ook koos, in dit één-op-ééngesprek zit de stille invloed. Herinner de groep eraan dat Gerard een directe vraag stelde, dus zwijgen is ook een antwoord. Is de tijd krap, zet de timer dan op 60 seconden.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.prompt">
      <source>Graham is waiting for your answer. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene one-to-one).</extracomment>
      <translation>Gerard wacht op je antwoord. Wat zeg je?</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.text">
      <source>&quot;Sounds fine. Luca's reliable, and the meeting was OK, just long.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option sounds-fine). Shown on a phone button: keep it short, about 66 characters like the English.</extracomment>
      <translation>‘Klinkt goed. Luca is betrouwbaar, en de vergadering was oké, alleen lang.’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.why">
      <source>It is honest about what you feel comfortable saying, and it lets the credit settle where it has already drifted.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option sounds-fine).</extracomment>
      <translation>Het is eerlijk over wat je durft te zeggen, en de eer blijft liggen waar die al naartoe was gedreven.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.text">
      <source>&quot;Luca's good. Maybe Nkechi could be involved too? She had some data on it, I think.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option maybe-involve). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>‘Luca is goed. Misschien kan Nkechi ook meedoen? Ze had er volgens mij wat data over.’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.why">
      <source>You say the right thing because you were asked, but softly enough that Graham can nod and change nothing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option maybe-involve).</extracomment>
      <translation>Je zegt het goede omdat het je gevraagd wordt, maar zo voorzichtig dat Gerard kan knikken zonder iets te veranderen.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.text">
      <source>&quot;Luca's fine. Actually, I'd love us to do a no-interruptions pledge. I could make a poster for the meeting room.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option pledge-poster). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>‘Luca is prima. Zullen we afspreken elkaar niet te onderbreken? Ik maak wel een poster voor de vergaderruimte.’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.why">
      <source>It points at a real problem and looks good on the wall, but it avoids the specific decision in front of you: who owns the idea.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option pledge-poster).</extracomment>
      <translation>Het wijst op een echt probleem en staat mooi aan de muur, maar het ontwijkt de concrete beslissing die nu voorligt: van wie het idee is.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.text">
      <source>&quot;It was Nkechi's idea, and she has the ticket data. I'd ask her to lead it, with Luca on the build.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option nkechi-leads). Shown on a phone button: keep it short, about 100 characters like the English.</extracomment>
      <translation>‘Het was Nkechi's idee, en zij heeft de ticketdata. Ik zou haar vragen het te trekken, met Luca voor de bouw.’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.why">
      <source>You correct the record with the person who decides, plainly and without making it a complaint about Luca.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option nkechi-leads).</extracomment>
      <translation>Je zet de feiten recht bij wie de beslissing neemt, duidelijk en zonder er een klacht over Luca van te maken.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.text">
      <source>&quot;Nkechi should lead it. And I've noticed she gets cut off in planning more than anyone. Could we open with a round of updates before the discussion, and I'll note in the minutes who raised what?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option change-the-meeting). Shown on a phone button: keep it short, about 195 characters like the English.</extracomment>
      <translation>‘Nkechi moet het trekken. En het valt me op dat zij bij de planning vaker onderbroken wordt dan wie ook. Kunnen we met een rondje updates beginnen vóór de discussie? Dan noteer ik in het verslag wie wat inbracht.’</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.why">
      <source>Beyond this one idea, you use your standing with Graham to change how the meeting runs, so fewer ideas get lost next time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option change-the-meeting).</extracomment>
      <translation>Je kijkt verder dan dit ene idee en gebruikt je positie bij Gerard om de manier van vergaderen te veranderen, zodat er de volgende keer minder ideeën verloren gaan.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene luca-leads).</extracomment>
      <translation>Zes weken later</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.narration">
      <source>The status page ships and cuts &quot;where is my order&quot; tickets by a fifth. Graham thanks Luca at the all-hands. Nkechi has stopped bringing data to planning; in her 1:1s she asks about roles on other teams.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene luca-leads).</extracomment>
      <translation>De statuspagina gaat live en het aantal ‘waar blijft mijn bestelling’-tickets daalt met een vijfde. Gerard bedankt Luca tijdens de personeelsbijeenkomst. Nkechi neemt geen data meer mee naar de planning; in haar één-op-ééngesprekken vraagt ze naar functies bij andere teams.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.notes">
      <source>Resist summarising a moral. Ask the group what the cost was, who paid it, and when anyone would notice. Then move to the debrief.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene luca-leads).</extracomment>
      <translation>Vat het niet samen in een moraal. Vraag de groep wat het heeft gekost, wie ervoor betaalde en wanneer iemand het zou merken. Ga daarna door naar de nabespreking.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Zes weken later</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.narration">
      <source>Graham adds Nkechi to Luca's project &quot;for the numbers&quot;. She builds the dashboard that proves the impact. The launch email thanks &quot;Luca and the team&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-helps).</extracomment>
      <translation>Gerard voegt Nkechi toe aan Luca's project, ‘voor de cijfers’. Zij bouwt het dashboard dat het effect aantoont. In de lanceringsmail worden ‘Luca en het team’ bedankt.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.notes">
      <source>A useful contrast with the bystander ending: more involvement, same credit. Ask what would have made the suggestion land harder.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-helps).</extracomment>
      <translation>Een nuttig contrast met het einde van de omstander: meer betrokkenheid, dezelfde eer. Vraag wat de suggestie meer kracht had kunnen geven.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene poster-up).</extracomment>
      <translation>Zes weken later</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.narration">
      <source>A laminated &quot;One voice at a time&quot; poster goes up beside the screen in the meeting room. People joke about it for a week. Luca leads the status page; Nkechi is cut off twice more in the next planning session, under the poster.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene poster-up).</extracomment>
      <translation>Naast het scherm in de vergaderruimte hangt nu een geplastificeerde poster: ‘Eén stem tegelijk’. Een week lang worden er grapjes over gemaakt. Luca trekt de statuspagina; Nkechi wordt bij de volgende planning nog twee keer onderbroken, onder de poster.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.notes">
      <source>Some participants will find this ending funny; let them, then ask what Nkechi might think each time she sees the poster.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene poster-up).</extracomment>
      <translation>Sommige deelnemers vinden dit einde grappig; laat ze, en vraag dan wat Nkechi zou kunnen denken telkens als ze de poster ziet.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Zes weken later</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.narration">
      <source>Graham pauses, then says, &quot;I didn't realise. Fine, I'll ask her.&quot; Luca is a little cool with you for a few days. Nkechi leads the pilot, presents the one-in-five result to the leadership team, and is asked to look at the returns queue next.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-owns).</extracomment>
      <translation>Gerard is even stil en zegt dan: ‘Dat had ik niet door. Goed, ik vraag het haar.’ Luca doet een paar dagen wat koel tegen je. Nkechi leidt de pilot, presenteert de uitkomst van één op de vijf aan het managementteam en wordt gevraagd om daarna naar de retourstroom te kijken.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.notes">
      <source>Name the cost honestly: a colder colleague for a while. Ask whether the group thinks Nkechi should have been consulted before you spoke up for her; there is no single right answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-owns).</extracomment>
      <translation>Benoem eerlijk wat het kostte: een collega die een tijdje wat afstandelijker is. Vraag of de groep vindt dat Nkechi eerst had moeten worden gevraagd voordat je voor haar opkwam; er is niet één goed antwoord.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene meeting-changes).</extracomment>
      <translation>Zes weken later</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.narration">
      <source>Graham tries the round of updates the following Tuesday and grumbles that it adds five minutes. Three planning sessions later, two people who rarely spoke have ideas on the board with their initials beside them. Nkechi leads the status page, and Graham now asks &quot;whose idea was this?&quot; before writing anything down.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene meeting-changes).</extracomment>
      <translation>Gerard probeert de dinsdag daarop het rondje updates en moppert dat het vijf minuten extra kost. Drie planningen later staan er ideeën van twee mensen die zelden iets zeiden op het bord, met hun initialen erbij. Nkechi trekt de statuspagina, en Gerard vraagt nu ‘van wie was dit idee?’ voordat hij iets opschrijft.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.notes">
      <source>Participants sometimes see the advocate option as &quot;too much&quot; for a peer. Ask what access they actually have to the person who runs their meetings, and what the smallest process change they could ask for is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene meeting-changes).</extracomment>
      <translation>Deelnemers vinden de optie van de pleitbezorger soms ‘te veel’ voor een collega. Vraag welke toegang ze echt hebben tot degene die hun vergaderingen leidt, en wat de kleinste verandering in de werkwijze is waar ze om zouden kunnen vragen.</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.1">
      <source>What happened to Nkechi's idea between the moment she raised it and the moment it shipped?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat gebeurde er met Nkechi's idee tussen het moment dat ze het inbracht en het moment dat het live ging?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.2">
      <source>At which moment did you, as a group, feel the most pressure to stay quiet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Op welk moment voelden jullie als groep de meeste druk om te zwijgen?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.1">
      <source>What does a team learn when the same person is talked over and nobody reacts?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat leert een team als steeds dezelfde persoon wordt overstemd en niemand reageert?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.2">
      <source>Why might a private message feel like enough to the sender, and not to the person who was cut off?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom kan een privébericht voor wie het stuurt voelen als genoeg, en niet voor wie werd onderbroken?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.1">
      <source>Which meeting you attend next week has a pattern like this, and what sentence will you have ready?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welke vergadering van volgende week kent zo'n patroon, en welke zin heb je dan klaar?</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.2">
      <source>Who runs that meeting, and what small change to its format could you ask them for?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wie leidt die vergadering, en om welke kleine verandering in de opzet zou je kunnen vragen?</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.title">
      <source>Workplace allyship practice: amplify overlooked ideas in meetings</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: in vergaderingen ideeën versterken die over het hoofd worden gezien</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.note">
      <source>Drawn from the practice of returning the floor to a colleague whose idea was passed over, and making sure the credit reaches decision makers.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op de praktijk om een collega van wie het idee werd gepasseerd het woord terug te geven, en ervoor te zorgen dat de eer terechtkomt bij wie de beslissingen neemt.</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.2.title">
      <source>Workplace allyship practice: intervene in the moment</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: op het moment zelf ingrijpen</translation>
    </message>
    <message id="ask-what-support.title">
      <source>Ask before you act</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Eerst vragen, dan doen</translation>
    </message>
    <message id="ask-what-support.summary">
      <source>A lead researcher tells a colleague over coffee that, for the second time this month, a client directed every question about her work to her junior colleague. The colleague badly wants to do something. The group decides whether he listens and asks what she wants first, or rushes to fix it, and then lives with the consequences at the next client workshop.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Een senior onderzoeker vertelt een collega bij de koffie dat een klant deze maand voor de tweede keer elke vraag over haar werk aan haar junior collega stelde. De collega wil heel graag iets doen. De groep beslist of hij eerst luistert en vraagt wat zij wil, of meteen gaat oplossen, en ziet bij de volgende klantworkshop wat daarvan komt.</translation>
    </message>
    <message id="ask-what-support.content_note">
      <source>This role-play includes a client repeatedly bypassing a lead researcher and putting every question about her work to a junior colleague, and a co-worker acting for her without asking.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel stelt een klant elke vraag over het werk van een senior onderzoeker steeds weer aan een junior collega, en grijpt een collega namens haar in zonder het haar te vragen.</translation>
    </message>
    <message id="ask-what-support.roles.erik.name">
      <source>Erik Johansson, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role erik).</extracomment>
      <translation>Erik Johansson, productmanager</translation>
    </message>
    <message id="ask-what-support.roles.erik.brief">
      <source>You work alongside Ama and count her as a friend. You were in the workshop and saw everything. You feel angry on her behalf and have a strong urge to fix it today. You also have a good relationship with Grace, the account lead, and could email the client in two minutes.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role erik).</extracomment>
      <translation>Je werkt nauw samen met Ama en beschouwt haar als een vriendin. Je zat in de workshop en hebt alles gezien. Je bent boos namens haar en wilt het het liefst vandaag nog rechtzetten. Je hebt ook een goede band met Grace, de accountmanager, en kunt de klant binnen twee minuten mailen.</translation>
    </message>
    <message id="ask-what-support.roles.ama.name">
      <source>Ama Owusu, lead UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ama).</extracomment>
      <translation>Ama Owusu, lead UX-onderzoeker</translation>
    </message>
    <message id="ask-what-support.roles.ama.brief">
      <source>You ran every patient interview on this project. In both client workshops so far this month, Henrik, the client's operations director, has put every research question to Sam, who joined four months ago. You want to handle it your way: you will talk to Grace yourself when you are ready, and you do not want HR involved yet. What you would like from Erik, if he asks, is simple: if it happens again, pass the question to you lightly, without a speech. If someone acts for you without asking, you feel exposed and say so.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ama).</extracomment>
      <translation>Je hebt alle patiëntinterviews in dit project gedaan. In beide klantworkshops deze maand heeft Henrik, de operationeel directeur van de klant, elke onderzoeksvraag aan Sam gesteld, die hier pas vier maanden werkt. Je wilt het op je eigen manier aanpakken: je praat zelf met Grace als je eraan toe bent, en je wilt HR er nog niet bij. Wat je van Erik zou willen, als hij ernaar vraagt, is eenvoudig: als het weer gebeurt, speel de vraag dan luchtig naar jou door, zonder toespraak. Als iemand zonder te vragen namens jou iets doet, voel je je blootgesteld en zeg je dat ook.</translation>
    </message>
    <message id="ask-what-support.roles.sam.name">
      <source>Sam Whitaker, junior UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sam).</extracomment>
      <translation>Sam Whitaker, junior UX-onderzoeker</translation>
    </message>
    <message id="ask-what-support.roles.sam.brief">
      <source>You answer because you are asked, and each time you feel worse about it. You don't know how to hand the question back without making it awkward for the client. If anyone redirects a question to Ama, you are visibly relieved.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sam).</extracomment>
      <translation>Je antwoordt omdat het je gevraagd wordt, en elke keer voel je je er slechter bij. Je weet niet hoe je de vraag kunt teruggeven zonder dat het ongemakkelijk wordt voor de klant. Als iemand een vraag naar Ama doorspeelt, ben je zichtbaar opgelucht.</translation>
    </message>
    <message id="ask-what-support.roles.grace.name">
      <source>Grace Liu, account lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role grace).</extracomment>
      <translation>Grace Liu, accountmanager</translation>
    </message>
    <message id="ask-what-support.roles.grace.brief">
      <source>This client is the agency's biggest account and you protect the relationship closely. You like Ama and rate her work. If you hear about the problem from an email you weren't expecting, your first instinct is damage control; if Ama or Erik bring you a proposal, you listen.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role grace).</extracomment>
      <translation>Dit is de grootste klant van het bureau en je waakt zorgvuldig over de relatie. Je mag Ama graag en waardeert haar werk. Hoor je over het probleem via een mail die je niet zag aankomen, dan is je eerste reflex de schade beperken; komen Ama of Erik met een voorstel, dan luister je.</translation>
    </message>
    <message id="ask-what-support.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="ask-what-support.roles.observer.brief">
      <source>Watch whether Erik asks questions or makes statements, and how long he lets Ama talk before he offers a solution. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let erop of Erik vragen stelt of vooral dingen vaststelt, en hoe lang hij Ama laat praten voordat hij met een oplossing komt. Gebruik de checklist.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.1">
      <source>Before acting, did Erik ask Ama what she wanted? Write down the exact question if he did.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg Erik aan Ama wat zij wilde voordat hij iets deed? Schrijf de precieze vraag op als hij dat deed.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.2">
      <source>Did Erik say that he believed her, and that he had seen it too?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Zei Erik dat hij haar geloofde, en dat hij het zelf ook had gezien?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.3">
      <source>Who decided what would happen next: Ama, Erik, or someone else? At which moment did that change hands?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie besliste wat er daarna zou gebeuren: Ama, Erik of iemand anders? Op welk moment ging die beslissing over in andere handen?</translation>
    </message>
    <message id="ask-what-support.observer_checklist.4">
      <source>In the workshop, which of the five moves appeared: distract, delegate, document, delay, direct? A light redirect of a question is a form of direct; a quiet word with Grace is a form of delegate.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen zag je in de workshop: afleiden, delegeren, documenteren, later nagaan, direct aanspreken? Een vraag luchtig doorspelen is een vorm van direct aanspreken; even met Grace praten is een vorm van delegeren.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.5">
      <source>What did each choice cost Ama, even when it was meant to help her?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wat kostte elke keuze Ama, ook als die bedoeld was om haar te helpen?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.title">
      <source>The kitchen, Tuesday</source>
      <extracomment>Scene heading, shown on the projector (scene coffee).</extracomment>
      <translation>De keuken, dinsdag</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.narration">
      <source>Tuesday, the office kitchen, straight after the second client workshop this month. Ama Owusu stirs her coffee and says, without looking up: &quot;He did it again. Every question about my research, Henrik asked Sam. Sam's been here four months.&quot; She laughs, but not much. Erik Johansson was in the workshop and saw all of it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene coffee).</extracomment>
      <translation>Dinsdag, de keuken op kantoor, vlak na de tweede klantworkshop van deze maand. Ama Owusu roert in haar koffie en zegt zonder op te kijken: ‘Hij deed het weer. Elke vraag over mijn onderzoek stelde Henrik aan Sam. Sam werkt hier pas vier maanden.’ Ze lacht, maar niet echt. Erik Johansson zat in de workshop en heeft alles gezien.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.notes">
      <source>Two minutes. Most groups lean strongly towards &quot;do something now&quot;, which is exactly the tension this scenario is built on. Don't correct that urge; let it be voted on. If someone says &quot;I'd ask her what she wants&quot;, ask them what they would do if her answer was &quot;nothing&quot;.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene coffee).</extracomment>
      <translation>Twee minuten. De meeste groepen neigen sterk naar ‘nu meteen iets doen’, en precies op die spanning is dit scenario gebouwd. Corrigeer die neiging niet; laat erover stemmen. Zegt iemand ‘Ik zou haar vragen wat ze wil’, vraag dan wat die persoon zou doen als haar antwoord ‘niets’ was.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.prompt">
      <source>You are Erik. What do you do next?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene coffee).</extracomment>
      <translation>Jij bent Erik. Wat doe je nu?</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.text">
      <source>&quot;Ugh, clients.&quot; Then, because you don't know what else to say, ask whether she's seen the new sprint board.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option change-subject). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>‘Pff, klanten.’ En omdat je niet weet wat je verder moet zeggen, vraag je of ze het nieuwe sprintbord al gezien heeft.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.why">
      <source>Not knowing what to say is common and very human. But changing the subject tells Ama, without meaning to, that this isn't something you will hold with her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option change-subject).</extracomment>
      <translation>Niet weten wat je moet zeggen is heel gewoon en menselijk. Maar door over iets anders te beginnen laat je Ama, zonder het te willen, merken dat je dit niet met haar gaat dragen.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.text">
      <source>&quot;That's really not OK. You should take it to HR.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option suggest-hr). Shown on a phone button: keep it short, about 49 characters like the English.</extracomment>
      <translation>‘Dat kan echt niet. Je moet ermee naar HR.’</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.why">
      <source>You say it isn't acceptable, which matters. But the advice hands all the work back to her and assumes she wants a formal route.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option suggest-hr).</extracomment>
      <translation>Je zegt dat het niet acceptabel is, en dat is belangrijk. Maar met dit advies leg je al het werk weer bij haar en ga je ervan uit dat ze een formele weg wil.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.text">
      <source>&quot;Right, I'm emailing Henrik and Grace now. This needs calling out.&quot; You open your laptop.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option fix-it-now). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>‘Oké, ik mail Henrik en Grace nu meteen. Dit moet gezegd worden.’ Je klapt je laptop open.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.why">
      <source>It feels like decisive support, and the anger is on her side. But it takes the decision away from Ama and makes the story about your intervention; rescuing is still about the rescuer.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option fix-it-now).</extracomment>
      <translation>Het voelt als krachtige steun, en de boosheid staat aan haar kant. Maar je neemt Ama de beslissing af en maakt het verhaal tot een verhaal over jouw actie; redden draait nog steeds om de redder.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.text">
      <source>&quot;I saw it too, and I believe you. What would help, from me, if anything? I could say something next time, back you up with Grace, or just listen.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option ask-her). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>‘Ik zag het ook, en ik geloof je. Wat zou je van mij helpen, als er iets is? Ik kan de volgende keer iets zeggen, je steunen bij Grace, of gewoon luisteren.’</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.why">
      <source>You confirm what you saw, believe her, and let her decide what support looks like before you do anything.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option ask-her).</extracomment>
      <translation>Je bevestigt wat je zag, gelooft haar, en laat haar bepalen hoe steun eruitziet voordat je iets doet.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.title">
      <source>The sprint board</source>
      <extracomment>Scene heading, shown on the projector (scene subject-changed).</extracomment>
      <translation>Het sprintbord</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.narration">
      <source>Ama pauses, then says, &quot;Yeah, the sprint board,&quot; and the moment closes. They talk about tickets for five minutes. She doesn't raise the workshop with Erik again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene subject-changed).</extracomment>
      <translation>Ama aarzelt even en zegt dan: ‘Ja, het sprintbord.’ Het moment is voorbij. Ze praten vijf minuten over tickets. Over de workshop begint ze bij Erik niet meer.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.notes">
      <source>Ask Ama's role-player what she was hoping for when she spoke. Usually it is very little: to be believed. Keep it short.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene subject-changed).</extracomment>
      <translation>Vraag wie Ama speelt waar ze op hoopte toen ze het ter sprake bracht. Meestal is dat heel weinig: geloofd worden. Houd het kort.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.title">
      <source>Advice to carry</source>
      <extracomment>Scene heading, shown on the projector (scene hr-suggested).</extracomment>
      <translation>Een advies erbij</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.narration">
      <source>Ama nods: &quot;Maybe.&quot; She knows where HR is; what she wanted to know was whether anyone else had noticed. A formal complaint about the biggest client feels like a risk to the account and to her, so she doesn't make one. Now she carries the advice as well as the problem.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene hr-suggested).</extracomment>
      <translation>Ama knikt: ‘Misschien.’ Ze weet heus waar HR zit; wat ze wilde weten, was of iemand anders het ook had gezien. Een formele klacht over de grootste klant voelt als een risico voor de klantrelatie en voor haarzelf, dus ze dient er geen in. Nu draagt ze niet alleen het probleem, maar ook het advies.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.notes">
      <source>Participants who chose this often say &quot;but HR is the right channel&quot;. It can be. Ask who gets to decide whether it is the right channel for Ama, and what it would cost her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene hr-suggested).</extracomment>
      <translation>Deelnemers die dit kozen, zeggen vaak: ‘Maar HR is toch de juiste route?’ Dat kan. Vraag wie mag bepalen of het voor Ama de juiste route is, en wat het haar zou kosten.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.title">
      <source>Clearing the air</source>
      <extracomment>Scene heading, shown on the projector (scene emailed).</extracomment>
      <translation>De lucht klaren</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.narration">
      <source>Erik's email to Henrik is polite and firm, and copies in Grace Liu, the account lead. Within the hour, Grace calls Ama into a meeting room: the client has replied, mortified, and wants a call with her to &quot;clear the air&quot;. Ama is now the person who complained about the agency's biggest client, and she never complained.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene emailed).</extracomment>
      <translation>Eriks mail aan Henrik is beleefd en stellig, met Grace Liu, de accountmanager, in de cc. Binnen een uur roept Grace Ama bij zich in een vergaderruimte: de klant heeft gereageerd, diep beschaamd, en wil met haar bellen om ‘de lucht te klaren’. Ama is nu degene die heeft geklaagd over de grootste klant van het bureau, terwijl ze nooit heeft geklaagd.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.notes">
      <source>This is the scene people remember. Let Grace's role-player play the damage control straight. Do not shame the person who chose the email; the impulse was generous. Ask instead: whose name is on the problem now?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene emailed).</extracomment>
      <translation>Dit is de scène die mensen onthouden. Laat wie Grace speelt de schadebeperking gewoon serieus spelen. Zet degene die voor de mail koos niet te kijk; de impuls was goedbedoeld. Vraag liever: wiens naam hangt nu aan het probleem?</translation>
    </message>
    <message id="ask-what-support.scenes.asked.title">
      <source>What she asked for</source>
      <extracomment>Scene heading, shown on the projector (scene asked).</extracomment>
      <translation>Waar ze om vroeg</translation>
    </message>
    <message id="ask-what-support.scenes.asked.narration">
      <source>Ama thinks for a moment: &quot;Honestly? If he does it again on Thursday, pass the question to me, lightly and without a speech, and please don't go to Grace; I'll talk to her when I'm ready.&quot; Erik wants to do more than that. He writes down exactly what she asked for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene asked).</extracomment>
      <translation>Ama denkt even na: ‘Eerlijk? Als hij het donderdag weer doet, speel de vraag dan naar mij door, luchtig en zonder toespraak. En ga alsjeblieft niet naar Grace; ik praat zelf met haar als ik eraan toe ben.’ Erik wil eigenlijk meer doen. Hij schrijft precies op waar ze om vroeg.</translation>
    </message>
    <message id="ask-what-support.scenes.asked.notes">
      <source>Point out that Erik wanting to do more is normal, and that the discipline here is doing what was asked, well. Some participants will feel it is &quot;too small&quot;. Ask Ama's role-player whether it feels small to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene asked).</extracomment>
      <translation>Benoem dat het normaal is dat Erik meer wil doen, en dat de discipline hier is om goed te doen wat gevraagd werd. Sommige deelnemers vinden het ‘te klein’. Vraag wie Ama speelt of het voor haar klein voelt.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.title">
      <source>Thursday's workshop</source>
      <extracomment>Scene heading, shown on the projector (scene workshop).</extracomment>
      <translation>De workshop van donderdag</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.narration">
      <source>Thursday, the third workshop of the month. Twenty minutes in, Henrik Dahl turns to Sam: &quot;So what did patients say about the booking flow?&quot; Ama led every one of those interviews. Sam glances at her, then down at his notes, and opens his mouth to answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene workshop).</extracomment>
      <translation>Donderdag, de derde workshop van de maand. Na twintig minuten draait Henrik Dahl zich naar Sam: ‘Wat zeiden patiënten nou over het afsprakenproces?’ Ama heeft al die interviews geleid. Sam kijkt even naar haar, dan naar zijn aantekeningen, en wil antwoord geven.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.notes">
      <source>Run this as a quick live role-play if you have time: Henrik (you can play him), Sam, Ama, Erik. Give the group ninety seconds to decide. Watch for the gap between what people say they would do and what their role-player actually manages to say out loud.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene workshop).</extracomment>
      <translation>Speel dit als een kort live rollenspel als je tijd hebt: Henrik (die kun je zelf spelen), Sam, Ama en Erik. Geef de groep negentig seconden om te beslissen. Let op het verschil tussen wat mensen zeggen dat ze zouden doen en wat wie de rol speelt er echt hardop uit krijgt.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.prompt">
      <source>You are Erik. Sam is about to answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene workshop).</extracomment>
      <translation>Jij bent Erik. Sam staat op het punt te antwoorden. Wat doe je?</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.text">
      <source>Stay quiet. Sam can handle it, and jumping in might make things awkward with the client.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option let-it-go). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>Niets zeggen. Sam redt het wel, en ingrijpen maakt het misschien ongemakkelijk met de klant.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.why">
      <source>Wanting to protect the client relationship is reasonable. But the research goes to the client in someone else's voice, for the third time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option let-it-go).</extracomment>
      <translation>De klantrelatie willen beschermen is redelijk. Maar het onderzoek bereikt de klant opnieuw via de stem van iemand anders, voor de derde keer.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.text">
      <source>Say nothing in the room; afterwards, post in the team channel about how important it is to credit researchers properly, and tag Ama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option post-later). Shown on a phone button: keep it short, about 132 characters like the English.</extracomment>
      <translation>Niets zeggen in de workshop; achteraf in het teamkanaal posten hoe belangrijk het is onderzoekers erkenning te geven, en Ama taggen.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.why">
      <source>The message is true and public. But it arrives after the moment that mattered, and it puts Ama's week on display for an audience she didn't choose.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option post-later).</extracomment>
      <translation>Het bericht klopt en is openbaar. Maar het komt na het moment dat ertoe deed, en het zet Ama's week te kijk voor een publiek dat ze niet zelf koos.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.text">
      <source>&quot;Ama ran those interviews. Ama, do you want to take that one?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option redirect). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>‘Ama heeft die interviews gedaan. Ama, wil jij die beantwoorden?’</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.why">
      <source>A light redirect in the moment: the question goes to its owner, and nobody is put on trial.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option redirect).</extracomment>
      <translation>Luchtig doorspelen op het moment zelf: de vraag gaat naar wie het werk deed, en niemand wordt aan de schandpaal genageld.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.text">
      <source>Redirect the question now. Afterwards, ask Ama whether she would like to propose to Grace, together, that every client session opens by naming who leads each part of the work, and only go ahead if she says yes.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option change-the-setup). Shown on a phone button: keep it short, about 210 characters like the English.</extracomment>
      <translation>De vraag nu doorspelen. Daarna Ama vragen of ze Grace samen wil voorstellen dat elke klantsessie opent met wie welk deel van het werk leidt, en alleen doorzetten als ze ja zegt.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.why">
      <source>You act in the moment and then work on the setup that keeps producing the problem, with Ama deciding whether and how.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option change-the-setup).</extracomment>
      <translation>Je grijpt in op het moment zelf en werkt daarna aan de opzet die het probleem steeds weer oplevert, waarbij Ama bepaalt of en hoe.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.title">
      <source>At Erik's desk</source>
      <extracomment>Scene heading, shown on the projector (scene fallout).</extracomment>
      <translation>Bij Eriks bureau</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.narration">
      <source>Later, Ama finds Erik at his desk. &quot;I didn't ask you to do that. Now Grace thinks I'm making trouble with our biggest client, and I have to get on a call with Henrik and be gracious about it.&quot; Her voice is steady; her hands aren't.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fallout).</extracomment>
      <translation>Later komt Ama bij Eriks bureau staan. ‘Ik heb je niet gevraagd dat te doen. Nu denkt Grace dat ik moeilijk doe tegen onze grootste klant, en moet ik met Henrik bellen en er netjes over doen.’ Haar stem is rustig; haar handen niet.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.notes">
      <source>The person playing Erik often gets defensive here, which is useful: it is exactly the reflex the scenario is about. Let it happen, then ask the room what Ama needed to hear. Keep the tone warm; nobody should leave feeling stupid for wanting to help.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fallout).</extracomment>
      <translation>Wie Erik speelt, schiet hier vaak in de verdediging, en dat is nuttig: het is precies de reflex waar dit scenario over gaat. Laat het gebeuren en vraag de groep daarna wat Ama nodig had om te horen. Houd de toon warm; niemand hoort zich dom te voelen omdat die wilde helpen.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.prompt">
      <source>You are Erik. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene fallout).</extracomment>
      <translation>Jij bent Erik. Wat zeg je?</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.text">
      <source>&quot;I was only trying to help. Someone had to say something, and you'd have been upset if nobody did.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option defend). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>‘Ik wilde alleen maar helpen. Iemand moest iets zeggen, en je was boos geweest als niemand het deed.’</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.why">
      <source>Explaining your intent protects your picture of yourself as the one who stood up, and it asks Ama to manage your feelings on top of the fallout.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option defend).</extracomment>
      <translation>Met uitleg over je bedoeling bescherm je je beeld van jezelf als degene die opstond, en vraag je Ama om naast de gevolgen ook nog jouw gevoelens op te vangen.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.text">
      <source>&quot;Sorry. I'll stay out of it from now on.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option retreat). Shown on a phone button: keep it short, about 41 characters like the English.</extracomment>
      <translation>‘Sorry. Ik bemoei me er voortaan niet meer mee.’</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.why">
      <source>The apology is real. But stepping back entirely leaves Ama alone with a situation you set in motion.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option retreat).</extracomment>
      <translation>De excuses zijn gemeend. Maar door je helemaal terug te trekken laat je Ama alleen met een situatie die jij in gang hebt gezet.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.text">
      <source>&quot;You're right. I didn't ask, and I should have. I'm sorry. What would help now? I can tell Grace it was entirely my idea, join the call, or stay well away from it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option repair). Shown on a phone button: keep it short, about 164 characters like the English.</extracomment>
      <translation>‘Je hebt gelijk. Ik heb het niet gevraagd en dat had ik wel moeten doen. Sorry. Wat helpt nu? Ik kan Grace zeggen dat het helemaal mijn idee was, meebellen, of er ver weg van blijven.’</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.why">
      <source>You own the mistake without excuses, then go back to the step you skipped: asking what she wants.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option repair).</extracomment>
      <translation>Je neemt de fout op je zonder excuses en gaat terug naar de stap die je oversloeg: vragen wat zij wil.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.title">
      <source>The version the client remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-silence).</extracomment>
      <translation>De versie die de klant onthoudt</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.narration">
      <source>Sam answers, haltingly, and gets one detail wrong; Ama corrects it in a follow-up email that nobody reads closely. At the end, Henrik thanks Sam warmly for the insights. By the next month, Ama has asked to move to a different account.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-silence).</extracomment>
      <translation>Sam antwoordt, hakkelend, en zit er met één detail naast; Ama verbetert het in een mail achteraf die niemand goed leest. Aan het eind bedankt Henrik Sam hartelijk voor de inzichten. Een maand later heeft Ama gevraagd om op een andere klant te mogen werken.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.notes">
      <source>Ask Sam's role-player how it felt to answer. The junior colleague is often the forgotten cost in this story.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-silence).</extracomment>
      <translation>Vraag wie Sam speelt hoe het voelde om te antwoorden. De junior collega is in dit verhaal vaak de vergeten prijs.</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.title">
      <source>A dozen reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-post).</extracomment>
      <translation>Een stuk of twaalf reacties</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.narration">
      <source>The post gets a dozen reactions and a few comments praising Erik for speaking up. Ama adds a small thumbs-up and says nothing; she hadn't wanted her week to become a lesson for the channel. In the workshop itself, the question went to Sam, and Sam's answer is the one the client remembers.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-post).</extracomment>
      <translation>Het bericht krijgt een stuk of twaalf reacties en een paar opmerkingen die Erik prijzen omdat hij zich uitsprak. Ama zet er een klein duimpje onder en zegt niets; ze wilde niet dat haar week een les voor het hele kanaal werd. In de workshop zelf ging de vraag naar Sam, en het antwoord van Sam is wat de klant onthoudt.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.title">
      <source>The right size</source>
      <extracomment>Scene heading, shown on the projector (scene end-redirected).</extracomment>
      <translation>Precies genoeg</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.narration">
      <source>Sam hands over with visible relief. Ama answers in thirty seconds, clearly, and Henrik puts his next question to her directly. Afterwards she says only, &quot;Thanks. That was the right size.&quot; It doesn't change Henrik overnight, but it changes who the client calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-redirected).</extracomment>
      <translation>Sam geeft de vraag zichtbaar opgelucht door. Ama antwoordt in dertig seconden, helder, en Henrik stelt zijn volgende vraag direct aan haar. Achteraf zegt ze alleen: ‘Dank je. Dat was precies genoeg.’ Henrik verandert er niet van de ene op de andere dag door, maar het verandert wel wie de klant belt.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.notes">
      <source>If the path came through the kitchen scene where Erik asked, point out that he knew the right size because he asked. If it came another way, ask what made the redirect land.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-redirected).</extracomment>
      <translation>Liep het pad via de keukenscène waarin Erik het vroeg, benoem dan dat hij wist wat precies genoeg was omdát hij het vroeg. Liep het anders, vraag dan waardoor het doorspelen aankwam.</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.title">
      <source>Names on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene end-setup).</extracomment>
      <translation>Namen op het programma</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.narration">
      <source>Ama says yes, and wants to make the proposal with Erik rather than have him make it for her. Grace agrees, a little reluctantly, worried it will look as if the agency is managing the client. From the next workshop every agenda names its leads; Henrik's questions start going to Ama, and two other teams borrow the format.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-setup).</extracomment>
      <translation>Ama zegt ja, en wil het voorstel samen met Erik doen in plaats van dat hij het voor haar doet. Grace stemt in, een beetje met tegenzin, omdat ze bang is dat het lijkt alsof het bureau de klant probeert te sturen. Vanaf de volgende workshop staat op elk programma wie wat leidt; Henriks vragen gaan voortaan naar Ama, en twee andere teams nemen de opzet over.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.title">
      <source>A conversation closes</source>
      <extracomment>Scene heading, shown on the projector (scene end-defended).</extracomment>
      <translation>Een gesprek dat dichtgaat</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.narration">
      <source>Ama says &quot;OK&quot; in the tone that ends a conversation. On the call, Henrik apologises and Ama is gracious, and Grace notes in the account file that the relationship is &quot;sensitive&quot;. Ama stops telling Erik things.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-defended).</extracomment>
      <translation>Ama zegt ‘Oké’ op de toon waarmee je een gesprek afsluit. Tijdens het gesprek met de klant biedt Henrik zijn excuses aan en reageert Ama netjes, en Grace noteert in het klantdossier dat de relatie ‘gevoelig’ ligt. Ama vertelt Erik voortaan niets meer.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.notes">
      <source>Ask the room: what did Ama lose here that she had before Tuesday? Usually: a person she could think out loud with.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-defended).</extracomment>
      <translation>Vraag de groep: wat is Ama hier kwijtgeraakt dat ze vóór dinsdag nog had? Meestal: iemand met wie ze hardop kon nadenken.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.title">
      <source>Alone on the call</source>
      <extracomment>Scene heading, shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Alleen aan de lijn</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.narration">
      <source>Erik keeps his word and stays out of it. Ama handles the call alone; it goes fine, and it costs her an afternoon of preparation and a weekend of replaying it. When Henrik does it again a month later, she doesn't expect anyone to notice.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-withdrawn).</extracomment>
      <translation>Erik houdt woord en blijft erbuiten. Ama voert het gesprek alleen; het loopt prima, en het kost haar een middag voorbereiding en een weekend waarin ze het steeds opnieuw afspeelt. Als Henrik het een maand later weer doet, verwacht ze niet dat iemand het opmerkt.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.notes">
      <source>Participants sometimes see this as the respectful choice. Ask whether backing off and asking what she wants now are the same thing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-withdrawn).</extracomment>
      <translation>Deelnemers zien dit soms als de respectvolle keuze. Vraag of je terugtrekken en nu vragen wat zij wil hetzelfde zijn.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.title">
      <source>Asked, this time</source>
      <extracomment>Scene heading, shown on the projector (scene end-repaired).</extracomment>
      <translation>Deze keer gevraagd</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.narration">
      <source>Ama asks him to tell Grace it was his call, and to stay off the Henrik call. He does both. Grace is cross with Erik rather than Ama, and tells him so. A few weeks later, Ama says she is glad someone saw it, and that next time she would like to be asked first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-repaired).</extracomment>
      <translation>Ama vraagt hem Grace te vertellen dat het zijn beslissing was, en niet mee te bellen met Henrik. Hij doet allebei. Grace is boos op Erik in plaats van op Ama, en zegt hem dat ook. Een paar weken later zegt Ama dat ze blij is dat iemand het zag, en dat ze de volgende keer graag eerst gevraagd wil worden.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.notes">
      <source>Make the link to the first decision explicit: the repair is the same move as the kitchen option, just arriving a day late and at a higher price.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-repaired).</extracomment>
      <translation>Maak de link met het eerste beslismoment expliciet: het herstel is dezelfde stap als de optie in de keuken, alleen een dag te laat en tegen een hogere prijs.</translation>
    </message>
    <message id="ask-what-support.debrief.what.1">
      <source>What did Ama actually ask for, on the path where she was asked? What did she get on ours?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Waar vroeg Ama eigenlijk om, op het pad waarop het haar gevraagd werd? En wat kreeg ze op ons pad?</translation>
    </message>
    <message id="ask-what-support.debrief.what.2">
      <source>At what point did the decision about what happened next pass from Ama to someone else?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Op welk moment ging de beslissing over wat er daarna gebeurde van Ama over naar iemand anders?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.1">
      <source>Why is the urge to rescue so strong, and whose discomfort is it relieving?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom is de neiging om te redden zo sterk, en wiens ongemak neemt die eigenlijk weg?</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.2">
      <source>What is the difference between support that is big and support that is the right size?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat is het verschil tussen steun die groot is en steun die precies goed is?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.1">
      <source>What question will you ask the next time someone tells you about being excluded, before you offer anything?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welke vraag stel je de volgende keer dat iemand je vertelt buitengesloten te zijn, voordat je iets aanbiedt?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.2">
      <source>Think of a time you acted on someone's behalf without asking. What would you do differently now?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Denk aan een keer dat je namens iemand iets deed zonder het te vragen. Wat zou je nu anders doen?</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.3">
      <source>What could you do in your next client or team meeting to make sure questions reach the person who owns the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wat kun je in je volgende overleg met een klant of je team doen om ervoor te zorgen dat vragen terechtkomen bij wie het werk heeft gedaan?</translation>
    </message>
    <message id="ask-what-support.sources.1.title">
      <source>Workplace allyship practice: listen first, believe people, and ask what support they want before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: eerst luisteren, mensen geloven en vragen welke steun ze willen voordat je iets doet</translation>
    </message>
    <message id="ask-what-support.sources.1.note">
      <source>Drawn from allyship guidance on active listening, validating colleagues' experiences, and avoiding the rescuer role.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op richtlijnen voor allyship over actief luisteren, de ervaringen van collega's erkennen en de reddersrol vermijden.</translation>
    </message>
    <message id="banter-joke.title">
      <source>It's only banter</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Het is maar een grapje</translation>
    </message>
    <message id="banter-joke.summary">
      <source>In a sprint retrospective, a well-liked developer repeats a colleague's point in an exaggerated accent and the room laughs. The group decides what a teammate does in the moment, and what they say when the joker later asks, privately, whether he went too far.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>In een sprintretrospective herhaalt een populaire developer het punt van een collega met een overdreven accent, en de groep lacht. De groep beslist wat een teamgenoot op dat moment doet, en wat die zegt als de grappenmaker later onder vier ogen vraagt of hij te ver ging.</translation>
    </message>
    <message id="banter-joke.content_note">
      <source>This role-play includes a colleague's accent being exaggerated for laughs in a team meeting, the room laughing along, and her smiling it off.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel wordt het accent van een collega in een teamoverleg overdreven nagedaan om te lachen, lacht de groep mee en glimlacht zij het weg.</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.name">
      <source>Agnieszka Wójcik, QA engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role agnieszka).</extracomment>
      <translation>Agnieszka Wójcik, QA-engineer</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.brief">
      <source>You moved from Kraków six years ago and your English is fluent; your accent is not a secret and not a problem. The imitation happens often enough that you now keep your points short in meetings. You smile when it happens because the alternative is being &quot;the one who can't take a joke&quot;. You would like it to stop without a scene.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role agnieszka).</extracomment>
      <translation>Je bent zes jaar geleden uit Krakau hierheen verhuisd en je spreekt de taal vloeiend; je accent is geen geheim en geen probleem. Het nadoen gebeurt zo vaak dat je je punten in vergaderingen inmiddels kort houdt. Je glimlacht als het gebeurt, want het alternatief is dat je ‘die ene die niet tegen een grapje kan’ bent. Je zou willen dat het ophoudt, zonder scène.</translation>
    </message>
    <message id="banter-joke.roles.callum.name">
      <source>Callum Reid, software developer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role callum).</extracomment>
      <translation>Koen Reijnders, softwaredeveloper</translation>
    </message>
    <message id="banter-joke.roles.callum.brief">
      <source>You are the team's joker and you honestly think the jokes hold the team together; you tease everyone. You like Agnieszka and would be upset to hear you had hurt her. If challenged in public, your first move is &quot;it's just banter, Aga knows&quot;. In private, you are more open than you expect.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role callum).</extracomment>
      <translation>Je bent de grappenmaker van het team en je denkt oprecht dat de grappen het team bij elkaar houden; je plaagt iedereen. Je mag Agnieszka graag en je zou het erg vinden om te horen dat je haar hebt gekwetst. Word je er in het openbaar op aangesproken, dan is je eerste reactie ‘het is maar een geintje, Aga weet dat wel’. Onder vier ogen sta je er meer voor open dan je zelf verwacht.</translation>
    </message>
    <message id="banter-joke.roles.deepa.name">
      <source>Deepa Nair, engineering manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role deepa).</extracomment>
      <translation>Deepa Nair, engineering manager</translation>
    </message>
    <message id="banter-joke.roles.deepa.brief">
      <source>You run the retro. You laugh along at first out of habit, then feel uneasy. You are new in post and do not want to lose the team's goodwill in your first month. If someone else names the problem, you back them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role deepa).</extracomment>
      <translation>Jij leidt de retro. Uit gewoonte lach je eerst mee, daarna voel je je ongemakkelijk. Je bent net begonnen in deze functie en wilt in je eerste maand de goodwill van het team niet verliezen. Als iemand anders het probleem benoemt, steun je die persoon.</translation>
    </message>
    <message id="banter-joke.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="banter-joke.roles.observer.brief">
      <source>Watch faces, especially Agnieszka's, in the two seconds after the joke. Note who laughs, who does not, and who speaks first. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let op de gezichten, vooral dat van Agnieszka, in de twee seconden na de grap. Noteer wie lacht, wie niet, en wie als eerste iets zegt. Gebruik de checklist.</translation>
    </message>
    <message id="banter-joke.observer_checklist.1">
      <source>Who laughed, who did not, and what did Agnieszka's face do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie lachte er, wie niet, en wat deed het gezicht van Agnieszka?</translation>
    </message>
    <message id="banter-joke.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder choose, and did it interrupt the laughter?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen (afleiden, delegeren, documenteren, later nagaan, direct aanspreken) koos degene die reageerde, en brak dat het gelach af?</translation>
    </message>
    <message id="banter-joke.observer_checklist.3">
      <source>Did the responder talk about the impact of the joke, or about Callum's character?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Had degene die reageerde het over het effect van de grap, of over Koen als persoon?</translation>
    </message>
    <message id="banter-joke.observer_checklist.4">
      <source>Did Agnieszka get her actual point about the build heard?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Werd Agnieszka's eigenlijke punt over de build gehoord?</translation>
    </message>
    <message id="banter-joke.observer_checklist.5">
      <source>Was the manager brought in (delegate), and did she act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Werd de manager erbij gehaald (delegeren), en deed zij iets?</translation>
    </message>
    <message id="banter-joke.scenes.retro.title">
      <source>Friday, sprint retrospective</source>
      <extracomment>Scene heading, shown on the projector (scene retro).</extracomment>
      <translation>Vrijdag, sprintretrospective</translation>
    </message>
    <message id="banter-joke.scenes.retro.narration">
      <source>Agnieszka says the nightly build has failed three times because tests are being skipped. Callum repeats it back in a heavy, exaggerated accent: &quot;Ze build, it is broken again, comrades.&quot; The room laughs, Deepa included. Callum grins: &quot;Only banter, Aga knows I love her.&quot; Agnieszka smiles and looks at her screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene retro).</extracomment>
      <translation>Agnieszka zegt dat de nachtelijke build drie keer is mislukt omdat er tests worden overgeslagen. Koen herhaalt het met een zwaar, overdreven accent: ‘De bild, is wederrr kapoet, kameraden.’ De groep lacht, Deepa ook. Koen grijnst: ‘Maar een geintje, Aga weet dat ik gek op haar ben.’ Agnieszka glimlacht en kijkt naar haar scherm.</translation>
    </message>
    <message id="banter-joke.scenes.retro.notes">
      <source>Read the accent line flatly; do not perform the accent yourself, and do not let a participant do it either. Before the prompt, ask the group to notice what they felt in their own bodies when the laugh came. If someone says &quot;we all tease each other&quot;, acknowledge it and ask whether everyone is teased about the same kinds of things.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene retro).</extracomment>
      <translation>Lees de zin met het accent vlak voor; doe het accent zelf niet na, en laat ook geen deelnemer het doen. Vraag de groep vóór de vraag om op te merken wat ze in hun eigen lijf voelden toen er gelachen werd. Als iemand zegt ‘we plagen elkaar allemaal’, erken dat en vraag of iedereen met hetzelfde soort dingen wordt geplaagd.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.prompt">
      <source>You are a developer on the team, sitting two seats from Agnieszka. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene retro).</extracomment>
      <translation>Je bent developer in het team en zit twee stoelen van Agnieszka af. Wat doe je?</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.text">
      <source>Smile with everyone and wait for the moment to pass. Agnieszka smiled too.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option smile-along). Shown on a phone button: keep it short, about 74 characters like the English.</extracomment>
      <translation>Met iedereen meeglimlachen en wachten tot het voorbij is. Agnieszka glimlachte ook.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.why">
      <source>Reading her smile as permission is understandable, but the laughter, including yours, tells the team this is normal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option smile-along).</extracomment>
      <translation>Haar glimlach opvatten als toestemming is begrijpelijk, maar het gelach, ook het jouwe, vertelt het team dat dit normaal is.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.text">
      <source>Don't laugh. After the retro, message her: &quot;That was out of order. Are you OK?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option check-in-later). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Niet meelachen. Na de retro een bericht sturen: ‘Dat kon echt niet. Gaat het?’</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.why">
      <source>Not laughing and checking in both matter to her; the team, though, never learns anyone minded.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option check-in-later).</extracomment>
      <translation>Niet meelachen en even vragen hoe het gaat, doet haar allebei goed; het team hoort alleen nooit dat iemand er moeite mee had.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.text">
      <source>Call out across the table with a grin: &quot;Careful, Callum, we've all done the inclusion e-learning!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option hr-quip). Shown on a phone button: keep it short, about 98 characters like the English.</extracomment>
      <translation>Met een grijns over tafel roepen: ‘Pas op, Koen, we hebben allemaal de e-learning over inclusie gedaan!’</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.why">
      <source>It signals that you know better, and earns a second laugh, but it turns the moment into another joke and leaves the behaviour alone.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option hr-quip).</extracomment>
      <translation>Het laat zien dat je beter weet en levert een tweede lach op, maar het maakt van het moment weer een grap en laat het gedrag ongemoeid.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.text">
      <source>Turn to Agnieszka straight away: &quot;Which tests are being skipped? If it's the payments suite, that's a real risk.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option redirect). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>Je meteen tot Agnieszka richten: ‘Welke tests worden overgeslagen? Als het de betaaltests zijn, is dat een echt risico.’</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.why">
      <source>A deliberate distraction: it cuts the laughter off and puts her point back at the centre, though nobody names what happened.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option redirect).</extracomment>
      <translation>Een bewuste afleiding: het gelach stopt en haar punt staat weer centraal, al benoemt niemand wat er gebeurde.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.text">
      <source>&quot;Callum, the accent thing doesn't land for me. Aga, sorry, go on; what's breaking?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option name-it). Shown on a phone button: keep it short, about 83 characters like the English.</extracomment>
      <translation>‘Koen, dat accent vind ik niet grappig. Aga, sorry, ga door; wat gaat er mis?’</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.why">
      <source>Direct and brief: it names the impact without a lecture and gives the floor back to her in the same breath.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option name-it).</extracomment>
      <translation>Direct en kort: het benoemt het effect zonder preek en geeft haar in één adem het woord terug.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.title">
      <source>The rest of the retro</source>
      <extracomment>Scene heading, shown on the projector (scene laugh-continues).</extracomment>
      <translation>De rest van de retro</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.narration">
      <source>The retro moves on. Agnieszka's point about skipped tests does not make it onto the action list. In the team chat that afternoon, someone posts a GIF of a cartoon villain with a thick accent; three people react with laughing faces.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene laugh-continues).</extracomment>
      <translation>De retro gaat verder. Agnieszka's punt over de overgeslagen tests komt niet op de actielijst. Die middag plaatst iemand in de teamchat een gif van een tekenfilmschurk met een zwaar accent; drie mensen reageren met een lachend gezichtje.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.notes">
      <source>Note the quiet cost: both the joke and the lost action item. Keep the pace up; the second decision is where this path can still turn.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene laugh-continues).</extracomment>
      <translation>Wijs op de stille kosten: de grap én het verloren actiepunt. Houd het tempo erin; bij het tweede beslismoment kan dit pad nog een andere kant op.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.title">
      <source>A message back</source>
      <extracomment>Scene heading, shown on the projector (scene private-check-in).</extracomment>
      <translation>Een bericht terug</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.narration">
      <source>Agnieszka replies an hour later: &quot;Thanks. It's fine, I'm used to it.&quot; Then a second message: &quot;Honestly it's been happening since before you joined.&quot; The build fails again that night.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-check-in).</extracomment>
      <translation>Een uur later antwoordt Agnieszka: ‘Dank je. Het is oké, ik ben het gewend.’ Dan een tweede bericht: ‘Eerlijk gezegd gebeurt het al sinds voordat jij hier kwam.’ Die nacht mislukt de build weer.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.notes">
      <source>Ask what &quot;I'm used to it&quot; means. Point out, gently, that the check-in gave the responder information they now hold, which carries into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-check-in).</extracomment>
      <translation>Vraag wat ‘ik ben het gewend’ betekent. Wijs er voorzichtig op dat degene die reageerde door dit berichtje informatie heeft gekregen, en die neemt die persoon mee naar het volgende beslismoment.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.title">
      <source>A second laugh</source>
      <extracomment>Scene heading, shown on the projector (scene second-laugh).</extracomment>
      <translation>Nog een lach</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.narration">
      <source>The table laughs again, louder. Callum raises his hands: &quot;Guilty! Don't report me!&quot; Deepa moves to the next card. Agnieszka's point is written down as &quot;tests (Aga)&quot; and nobody picks it up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene second-laugh).</extracomment>
      <translation>De tafel lacht opnieuw, harder. Koen steekt zijn handen op: ‘Schuldig! Niet aangeven, hè!’ Deepa gaat door naar het volgende kaartje. Agnieszka's punt wordt genoteerd als ‘tests (Aga)’ en niemand pakt het op.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.notes">
      <source>Participants who chose this often meant to signal disapproval. Honour that, then ask what Callum took away, and what Agnieszka did.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene second-laugh).</extracomment>
      <translation>Deelnemers die hiervoor kozen, wilden vaak laten merken dat ze het afkeurden. Erken dat, en vraag dan wat Koen ervan meenam, en wat Agnieszka deed.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.title">
      <source>Back to the build</source>
      <extracomment>Scene heading, shown on the projector (scene point-lands).</extracomment>
      <translation>Terug naar de build</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.narration">
      <source>Agnieszka blinks, then answers: &quot;Yes, payments, and the refund tests.&quot; The conversation becomes about the build, and Deepa assigns an owner. Callum does not repeat the bit, though he does not seem to think anything happened.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene point-lands).</extracomment>
      <translation>Agnieszka knippert even en antwoordt dan: ‘Ja, de betaaltests, en de tests voor terugbetalingen.’ Het gesprek gaat over de build en Deepa wijst iemand aan die het oppakt. Koen herhaalt zijn grap niet, al lijkt hij niet te denken dat er iets is gebeurd.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.notes">
      <source>Distraction is a legitimate move, especially for people with less standing. Ask what it achieved and what it left undone.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene point-lands).</extracomment>
      <translation>Afleiden is een volwaardige manier om in te grijpen, zeker voor mensen met minder positie. Vraag wat het opleverde en wat het liet liggen.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.title">
      <source>A pause</source>
      <extracomment>Scene heading, shown on the projector (scene named-calmly).</extracomment>
      <translation>Een stilte</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.narration">
      <source>There is an uncomfortable second. Callum says, &quot;It's just banter, mate,&quot; and looks around for support. Deepa says, &quot;Let's hear the build point,&quot; and Agnieszka explains the skipped payment tests. For the rest of the meeting Callum is quieter than usual, and two people avoid your eye.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-calmly).</extracomment>
      <translation>Er valt een ongemakkelijke seconde. Koen zegt: ‘Het is maar een geintje, man’ en kijkt rond of iemand hem bijvalt. Deepa zegt: ‘Laten we het punt over de build horen’, en Agnieszka legt uit welke betaaltests worden overgeslagen. De rest van de vergadering is Koen stiller dan anders, en twee mensen ontwijken je blik.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.notes">
      <source>Name the cost openly: social awkwardness, a teammate who feels called out. Ask participants whether they have ever been the Callum in a room, and how they would have wanted it done.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-calmly).</extracomment>
      <translation>Benoem de kosten openlijk: sociaal ongemak, een teamgenoot die zich op de vingers getikt voelt. Vraag deelnemers of zij ooit de Koen in een groep zijn geweest, en hoe ze dan zouden willen dat het werd aangepakt.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.title">
      <source>Monday, by the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks).</extracomment>
      <translation>Maandag, bij het koffieapparaat</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.narration">
      <source>Callum catches you on your own. &quot;Can I ask you something? Aga's been a bit off with me since Friday. Was I out of order with the accent thing? I honestly didn't mean anything by it.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks).</extracomment>
      <translation>Koen treft je alleen. ‘Mag ik je wat vragen? Aga doet sinds vrijdag een beetje afstandelijk tegen me. Ging ik te ver met dat accent? Ik bedoelde er echt niks mee.’</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.notes">
      <source>In triads, have the person playing Callum deliver this sincerely. The responder must answer in their own words before the options are revealed, then pick the nearest. Watch for participants who soften so much the message disappears, and for ones who use the moment to lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks).</extracomment>
      <translation>Laat in de drietallen degene die Koen speelt dit oprecht brengen. Wie reageert, antwoordt eerst in eigen woorden voordat de opties te zien zijn, en kiest dan de optie die het dichtst in de buurt komt. Let op deelnemers die het zo verzachten dat de boodschap verdwijnt, en op deelnemers die het moment gebruiken om te preken.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.prompt">
      <source>Callum has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene callum-asks).</extracomment>
      <translation>Koen heeft het je rechtstreeks gevraagd. Wat zeg je?</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.text">
      <source>&quot;Nah, you're fine. She's probably just busy with the release.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option reassure). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>‘Nee joh, niks aan de hand. Ze heeft het vast druk met de release.’</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.why">
      <source>Reassuring a friend feels kind, but it closes the one door he had opened himself.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option reassure).</extracomment>
      <translation>Een vriend geruststellen voelt aardig, maar het sluit de enige deur die hij zelf had opengezet.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.text">
      <source>&quot;Maybe? I don't know, you'd have to ask her.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option ask-her). Shown on a phone button: keep it short, about 45 characters like the English.</extracomment>
      <translation>‘Misschien? Geen idee, dat moet je haar vragen.’</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.why">
      <source>It is not wrong, yet it sends Callum to the person who was hurt and makes her do the explaining.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option ask-her).</extracomment>
      <translation>Het is niet verkeerd, maar het stuurt Koen naar degene die gekwetst is en laat haar de uitleg doen.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.text">
      <source>&quot;Mate, I'd just redo the unconscious bias module. It covers all this. I'll send you the link.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option do-the-module). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>‘Joh, doe die module over onbewuste vooroordelen nog eens. Daar staat dit allemaal in. Ik stuur je de link.’</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.why">
      <source>It points at a programme instead of the behaviour, and keeps the conversation safely abstract for both of you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option do-the-module).</extracomment>
      <translation>Het verwijst naar een programma in plaats van naar het gedrag, en houdt het gesprek voor jullie allebei veilig abstract.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.text">
      <source>&quot;Honestly, yes. I know you didn't mean it, but it's the effect that counts: she gets it a lot. A short sorry to her, no big speech, and drop the accent bit.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option honest-answer). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>‘Eerlijk gezegd: ja. Ik weet dat je het niet zo bedoelde, maar het gaat om het effect: zij krijgt dit vaak. Zeg haar kort sorry, geen grote speech, en stop met dat accent.’</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.why">
      <source>You separate what he meant from what it did, and give him something concrete and proportionate to do.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option honest-answer).</extracomment>
      <translation>Je maakt onderscheid tussen wat hij bedoelde en wat het deed, en geeft hem iets concreets en passends om te doen.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.text">
      <source>Give the same honest answer, then propose to Deepa that the team's working agreement says jokes about accents, origins and identities are out, and that anyone can flag one without it being a drama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option team-agreement). Shown on a phone button: keep it short, about 197 characters like the English.</extracomment>
      <translation>Hetzelfde eerlijke antwoord geven, en Deepa voorstellen in de teamafspraken op te nemen dat grappen over accent, afkomst en identiteit niet kunnen, en dat iedereen er een mag aankaarten zonder drama.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.why">
      <source>You deal with the person and the pattern, so that the next time does not depend on who happens to be in the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option team-agreement).</extracomment>
      <translation>Je pakt zowel de persoon als het patroon aan, zodat het de volgende keer niet afhangt van wie er toevallig in de ruimte is.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene carries-on).</extracomment>
      <translation>Een maand later</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.narration">
      <source>Callum relaxes and the jokes continue, now and then. Agnieszka stops raising issues in retros and logs them in the tracker instead, where they sit unread. In her exit interview, six months later, she mentions &quot;team culture&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene carries-on).</extracomment>
      <translation>Koen ontspant en de grappen gaan door, af en toe. Agnieszka brengt in retro's geen problemen meer in en zet ze in plaats daarvan in de tracker, waar niemand ze leest. In haar exitgesprek, zes maanden later, noemt ze ‘de teamcultuur’.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.notes">
      <source>Do not rush past this. Ask how many exit interviews in their own organisation might say &quot;team culture&quot; and mean something like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene carries-on).</extracomment>
      <translation>Ga hier niet snel overheen. Vraag hoeveel exitgesprekken in hun eigen organisatie ‘de teamcultuur’ zouden kunnen noemen en zoiets als dit bedoelen.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.title">
      <source>An awkward conversation</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Een ongemakkelijk gesprek</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.narration">
      <source>Callum asks Agnieszka, in front of two others, &quot;Did I upset you on Friday?&quot; She says no, because there is no other answer available with an audience. Callum tells you later, &quot;See, she's fine.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>Koen vraagt Agnieszka waar twee anderen bij zijn: ‘Heb ik je vrijdag van streek gemaakt?’ Ze zegt nee, want met publiek erbij is er geen ander antwoord mogelijk. Later zegt Koen tegen je: ‘Zie je wel, er is niks aan de hand.’</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.notes">
      <source>A useful illustration of burdening the affected person. Ask how the responder could have spared her that moment.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks-aga).</extracomment>
      <translation>Een goed voorbeeld van de last leggen bij de persoon die het treft. Vraag hoe degene die reageerde haar dat moment had kunnen besparen.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene module-done).</extracomment>
      <translation>Een maand later</translation>
    </message>
    <message id="banter-joke.scenes.module-done.narration">
      <source>Callum completes the module in twenty minutes and posts his certificate in the team chat with a joke about being &quot;officially woke now&quot;. Deepa reacts with a laughing face. The accent jokes slow down, then return before the next release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene module-done).</extracomment>
      <translation>Koen rondt de module in twintig minuten af en zet zijn certificaat in de teamchat, met een grap dat hij ‘nu officieel woke’ is. Deepa reageert met een lachend gezichtje. De grappen over accenten nemen af, en komen vóór de volgende release weer terug.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.notes">
      <source>Training is not worthless; the issue is using it as a substitute for a direct answer. Ask the group what they would have needed to feel able to answer Callum plainly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene module-done).</extracomment>
      <translation>Training is niet waardeloos; het probleem is dat ze wordt gebruikt in plaats van een direct antwoord. Vraag de groep wat ze nodig hadden gehad om Koen gewoon eerlijk te kunnen antwoorden.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene callum-apologises).</extracomment>
      <translation>Een maand later</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.narration">
      <source>Callum goes quiet, then says, &quot;Right. Fair.&quot; He tells Agnieszka, &quot;Sorry about the accent stuff, I'll knock it off,&quot; and she nods. He is slightly stiff with you for a week. In the next two retros Agnieszka's points run longer, and one of them saves a release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-apologises).</extracomment>
      <translation>Koen wordt stil en zegt dan: ‘Oké. Terecht.’ Tegen Agnieszka zegt hij: ‘Sorry van dat accentgedoe, ik kap ermee’, en ze knikt. Een week lang doet hij wat stijfjes tegen je. In de volgende twee retro's neemt Agnieszka meer tijd voor haar punten, en een ervan redt een release.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.notes">
      <source>Highlight that the apology was short and did not ask Agnieszka to reassure him. Ask the group what a bad apology would have sounded like.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-apologises).</extracomment>
      <translation>Benadruk dat de excuses kort waren en dat Agnieszka hem niet hoefde gerust te stellen. Vraag de groep hoe slechte excuses geklonken zouden hebben.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Een maand later</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.narration">
      <source>Deepa takes the suggestion to the next retro. There is some eye-rolling about &quot;the fun police&quot;, and a real discussion about what teasing is and is not fine. The agreement goes on the team wiki. When a new starter imitates a contractor's accent a fortnight later, a junior developer points to it, and the joke stops there.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene agreement-adopted).</extracomment>
      <translation>Deepa neemt het voorstel mee naar de volgende retro. Er wordt wat met de ogen gerold over ‘de grappenpolitie’, en er komt een echt gesprek over welk plagen wel en niet oké is. De afspraak komt op de teamwiki. Als een nieuwe collega twee weken later het accent van een externe kracht nadoet, wijst een junior developer ernaar, en daar stopt de grap.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.notes">
      <source>Ask who benefited from the agreement beyond Agnieszka. Then ask what the eye-rolling cost and who bore it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene agreement-adopted).</extracomment>
      <translation>Vraag wie er naast Agnieszka baat had bij de afspraak. Vraag dan wat het oogrollen kostte en wie dat droeg.</translation>
    </message>
    <message id="banter-joke.debrief.what.1">
      <source>What did you notice in the room, and in yourself, in the second after the laugh?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat merkte je op in de groep, en bij jezelf, in de seconde na het gelach?</translation>
    </message>
    <message id="banter-joke.debrief.what.2">
      <source>Which response did the group lean towards, and what made it feel safest?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Naar welke reactie neigde de groep, en waardoor voelde die het veiligst?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.1">
      <source>When a person smiles through a joke at their expense, what might that smile be doing for them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Als iemand glimlacht bij een grap ten koste van zichzelf, wat zou die glimlach dan voor die persoon kunnen doen?</translation>
    </message>
    <message id="banter-joke.debrief.so_what.2">
      <source>Why does a focus on the joker's intent so often crowd out the effect on the target?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom verdringt de aandacht voor wat de grappenmaker bedoelde zo vaak het effect op degene over wie de grap gaat?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.1">
      <source>What short phrase could you use to stop a joke like this without starting a fight?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Met welke korte zin zou je zo'n grap kunnen stoppen zonder ruzie te beginnen?</translation>
    </message>
    <message id="banter-joke.debrief.now_what.2">
      <source>Which agreement in your own team would make the next intervention easier for whoever is in the room?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welke afspraak in je eigen team zou het ingrijpen de volgende keer makkelijker maken voor wie er dan ook bij is?</translation>
    </message>
    <message id="banter-joke.sources.1.title">
      <source>Workplace allyship practice: challenge jokes and microaggressions, putting impact before intent</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: grappen en microagressies aankaarten, met het effect vóór de bedoeling</translation>
    </message>
    <message id="banter-joke.sources.2.title">
      <source>Bystander intervention: the five moves (distract, delegate, document, delay, direct)</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Ingrijpen als omstander: de vijf manieren (afleiden, delegeren, documenteren, later nagaan, direct aanspreken)</translation>
    </message>
    <message id="biased-shortlist.title">
      <source>The shortlist that sorted itself</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>De shortlist die zichzelf maakte</translation>
    </message>
    <message id="biased-shortlist.summary">
      <source>A hiring manager arrives at the shortlisting meeting with a &quot;first pass&quot; that has quietly removed career gaps and candidates whose names made him unsure about visas. The group decides what a panel member does at the sift, and again when &quot;culture fit&quot; decides the final hire.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Een hiring manager komt naar het selectieoverleg met een ‘eerste schifting’ waarin stilletjes kandidaten met een gat in hun cv zijn weggevallen, en kandidaten bij wie hij door hun naam twijfelde over een visum. De groep beslist wat een lid van de selectiecommissie doet bij de schifting, en opnieuw wanneer ‘culturele fit’ de uiteindelijke aanname bepaalt.</translation>
    </message>
    <message id="biased-shortlist.content_note">
      <source>This role-play includes candidates being dropped from a shortlist over a career gap spent caring or a foreign-sounding name, and the top-scoring candidate being judged a poor &quot;culture fit&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel vallen kandidaten af vanwege een gat in hun cv door mantelzorg of een buitenlands klinkende naam, en wordt de kandidaat met de hoogste score gezien als geen goede ‘culturele fit’.</translation>
    </message>
    <message id="biased-shortlist.roles.niall.name">
      <source>Niall Brennan, data engineering manager (hiring manager)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role niall).</extracomment>
      <translation>Niall Brennan, manager data engineering (hiring manager)</translation>
    </message>
    <message id="biased-shortlist.roles.niall.brief">
      <source>You have 140 applications, a team that is two people down, and no time. Your first pass felt like common sense: a long gap is a risk, and a visa would slow things down. You value a close team and you hire people you can picture at the Friday football. You are not trying to exclude anyone; if someone shows you the criteria plainly, you will look again, though you will sigh about the time.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role niall).</extracomment>
      <translation>Je hebt 140 sollicitaties, een team dat twee mensen tekortkomt en geen tijd. Je eerste schifting voelde als gezond verstand: een lang gat is een risico, en een visum zou alles vertragen. Je hecht aan een hecht team en neemt mensen aan die je je kunt voorstellen bij het voetbal op vrijdag. Je probeert niemand buiten te sluiten; als iemand je de criteria duidelijk laat zien, kijk je opnieuw, al zucht je over de tijd die het kost.</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.name">
      <source>Tanisha Greene, in-house recruiter</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tanisha).</extracomment>
      <translation>Tanisha Greene, interne recruiter</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.brief">
      <source>You know the first pass breaks the hiring guidance, but Niall is senior and you have been told recruiters &quot;support the business&quot;. You will back a panel member who raises it, and you will bring in the guidance if asked. Alone, you stay quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tanisha).</extracomment>
      <translation>Je weet dat de eerste schifting tegen de wervingsrichtlijnen ingaat, maar Niall is senior en jou is verteld dat recruiters ‘de business ondersteunen’. Je steunt een commissielid dat het aankaart, en je haalt de richtlijnen erbij als iemand erom vraagt. In je eentje blijf je stil.</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.name">
      <source>Daniel Kowalczyk, senior data engineer (panel member)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role daniel).</extracomment>
      <translation>Daniel Kowalczyk, senior data engineer (lid selectiecommissie)</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.brief">
      <source>You are on the panel with the responder. You tend to agree with Niall because he is your manager. If someone makes a clear, criteria-based point, you say &quot;that's fair&quot; and support it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role daniel).</extracomment>
      <translation>Je zit samen met wie reageert in de selectiecommissie. Je bent het meestal met Niall eens, omdat hij je manager is. Maakt iemand een helder punt op basis van de criteria, dan zeg je ‘Dat is terecht’ en steun je het.</translation>
    </message>
    <message id="biased-shortlist.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="biased-shortlist.roles.observer.brief">
      <source>Watch how decisions are justified: against the written criteria, or by feel. Note every use of &quot;fit&quot;, &quot;risk&quot; and &quot;gut&quot;. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let op hoe beslissingen worden onderbouwd: met de geschreven criteria of op gevoel. Noteer elke keer dat ‘fit’, ‘risico’ of ‘onderbuik’ valt. Gebruik de checklist.</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.1">
      <source>Which reasons for rejecting candidates were in the advert's criteria, and which were not?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke redenen om kandidaten af te wijzen stonden in de criteria van de vacature, en welke niet?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared? For example, did anyone delegate to the recruiter, or ask to delay the decision?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen (afleiden, delegeren, documenteren, later nagaan, direct aanspreken) zag je? Delegeerde iemand bijvoorbeeld aan de recruiter, of vroeg iemand om de beslissing uit te stellen?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.3">
      <source>Did anyone ask what &quot;culture fit&quot; actually meant, in words that could be scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg iemand wat ‘culturele fit’ eigenlijk betekende, in woorden waar je een score aan kunt geven?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.4">
      <source>Did the responder challenge the decision, the process, or both?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Zette wie reageerde vraagtekens bij de beslissing, bij het proces, of bij allebei?</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.5">
      <source>What did speaking up cost the responder, in time or in goodwill?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wat kostte het wie reageerde om zich uit te spreken, aan tijd of aan goodwill?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.title">
      <source>Tuesday, the shortlisting meeting</source>
      <extracomment>Scene heading, shown on the projector (scene sift).</extracomment>
      <translation>Dinsdag, het selectieoverleg</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.narration">
      <source>Niall opens the meeting: &quot;I did a first pass to save us time. I took out anyone with a gap of more than a year, always a question mark, and a few where I wasn't sure they'd have the right to work here. That leaves nine; let's pick six to interview.&quot; Tanisha shares the list. In the &quot;out&quot; pile you see Mohammed Al-Sayed: eight years in data engineering and an eighteen-month gap marked &quot;caring for my father&quot;. Two others have non-English names, and all three answered &quot;yes&quot; to the right-to-work question on the form.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sift).</extracomment>
      <translation>Niall opent het overleg: ‘Ik heb alvast een eerste schifting gedaan, scheelt ons tijd. Iedereen met een gat van meer dan een jaar heb ik eruit gehaald, dat is altijd een vraagteken, en een paar van wie ik niet zeker wist of ze hier mogen werken. Er blijven er negen over; laten we er zes kiezen voor een gesprek.’ Tanisha deelt de lijst. Op de stapel ‘afgewezen’ zie je Mohammed Al-Sayed: acht jaar data engineering en een gat van achttien maanden met de toelichting ‘zorg voor mijn vader’. Twee anderen hebben een buitenlands klinkende naam, en alle drie hebben op het formulier ‘ja’ geantwoord op de vraag of ze hier mogen werken.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.notes">
      <source>Give the group a moment to read before revealing the prompt. If someone says &quot;gaps are a fair question&quot;, agree that they can be discussed at interview, and ask whether they belong in a sift that nobody else saw. Watch for participants who want to label Niall a bigot; steer them back to what he did, not who he is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sift).</extracomment>
      <translation>Geef de groep even de tijd om te lezen voordat je de vraag laat zien. Zegt iemand ‘Een gat in je cv is een terechte vraag’, geef dan toe dat je dat in het gesprek kunt bespreken, en vraag of het thuishoort in een schifting die verder niemand heeft gezien. Let op deelnemers die Niall willen wegzetten als iemand vol vooroordelen; breng ze terug naar wat hij deed, niet wie hij is.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.prompt">
      <source>You are on the panel as a senior engineer from a neighbouring team. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sift).</extracomment>
      <translation>Je zit in de selectiecommissie als senior engineer van een naburig team. Wat doe je?</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.text">
      <source>Go with the nine. Niall is the hiring manager and he knows what his team needs.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option go-with-it). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>Akkoord met de negen. Niall is de hiring manager en weet wat zijn team nodig heeft.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.why">
      <source>Trusting the hiring manager is the normal thing to do, and it lets an unwritten filter decide who even gets read.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option go-with-it).</extracomment>
      <translation>De hiring manager vertrouwen is wat je normaal doet, en zo laat je een ongeschreven filter bepalen wie er überhaupt gelezen wordt.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.text">
      <source>&quot;Fine by me. Mohammed's CV did look strong, though.&quot; When Niall shrugs, leave it there.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option mention-once). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>‘Prima. Al zag het cv van Mohammed er wel sterk uit.’ Als Niall zijn schouders ophaalt, laat je het.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.why">
      <source>You put your view on the record once, softly, and withdraw it as soon as it meets resistance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option mention-once).</extracomment>
      <translation>Je laat één keer, zachtjes, je mening horen en trekt die weer in zodra je op weerstand stuit.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.text">
      <source>&quot;Agreed. Though can we make sure the interview list has a bit of diversity? For how it looks, if nothing else. Maybe add one back.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option add-one-back). Shown on a phone button: keep it short, about 131 characters like the English.</extracomment>
      <translation>‘Eens. Maar kunnen we zorgen voor een beetje diversiteit op de lijst? Al is het maar voor de beeldvorming. Eén terugzetten?’</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.why">
      <source>It aims for a more varied list, but as optics rather than fairness, and it leaves the filter itself untouched.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option add-one-back).</extracomment>
      <translation>Je streeft naar een gevarieerdere lijst, maar voor de buitenkant in plaats van voor eerlijkheid, en het filter zelf blijft ongemoeid.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.text">
      <source>&quot;Before we lock it, can we check the 'out' pile against the five criteria in the advert? Mohammed meets all five, and his gap was caring for his father. The form already asks about right to work, and all three said yes.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option check-criteria). Shown on a phone button: keep it short, about 220 characters like the English.</extracomment>
      <translation>‘Voor we het vastleggen: kunnen we de afgewezen stapel naast de vijf criteria uit de vacature leggen? Mohammed voldoet aan alle vijf, en zijn gat was zorg voor zijn vader. Het formulier vraagt al of je hier mag werken, en alle drie zeiden ja.’</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.why">
      <source>You challenge the filter in the room, using the agreed criteria rather than accusations, and name the people it removed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option check-criteria).</extracomment>
      <translation>Je zet vraagtekens bij het filter in het overleg zelf, met de afgesproken criteria in plaats van beschuldigingen, en je noemt de mensen die erdoor wegvielen.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.title">
      <source>That afternoon</source>
      <extracomment>Scene heading, shown on the projector (scene nine-stand).</extracomment>
      <translation>Die middag</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.narration">
      <source>Six interviews are booked. Four of the six studied at the same two universities; two worked with Niall at his last company. Mohammed gets an automated rejection within the hour. Tanisha writes &quot;HM pre-sift&quot; in the tracker and closes the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nine-stand).</extracomment>
      <translation>Er worden zes gesprekken ingepland. Vier van de zes studeerden aan dezelfde twee universiteiten; twee werkten met Niall samen bij zijn vorige werkgever. Mohammed krijgt binnen een uur een automatische afwijzing. Tanisha zet ‘voorselectie HM’ in het volgsysteem en sluit het dossier.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.notes">
      <source>Ask the group to picture Mohammed reading the rejection. Then move on; the same panel meets again in a week.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nine-stand).</extracomment>
      <translation>Vraag de groep zich voor te stellen hoe Mohammed de afwijzing leest. Ga dan verder; dezelfde commissie komt over een week weer bij elkaar.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.title">
      <source>A shrug</source>
      <extracomment>Scene heading, shown on the projector (scene mentioned-once).</extracomment>
      <translation>Schouders ophalen</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.narration">
      <source>Niall says, &quot;Strong, but the gap worries me.&quot; Daniel nods. The meeting moves on. Tanisha catches your eye for a moment and then looks back at her screen. Mohammed's application is marked &quot;not progressed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mentioned-once).</extracomment>
      <translation>Niall zegt: ‘Sterk, maar dat gat baart me zorgen.’ Daniel knikt. Het overleg gaat verder. Tanisha kijkt je heel even aan en dan weer naar haar scherm. De sollicitatie van Mohammed krijgt de status ‘niet door’.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.notes">
      <source>Point out that Tanisha was waiting for backing that did not come. Ask who in the room had the most power to change the outcome.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mentioned-once).</extracomment>
      <translation>Benoem dat Tanisha wachtte op steun die niet kwam. Vraag wie in de groep de meeste macht had om de uitkomst te veranderen.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.title">
      <source>One added back</source>
      <extracomment>Scene heading, shown on the projector (scene token-add).</extracomment>
      <translation>Eén teruggezet</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.narration">
      <source>Niall says, &quot;Fine, for balance,&quot; and Tanisha adds back one of the candidates whose visa status he had guessed at. He is given the last slot on Friday afternoon, when Daniel has already left. Everyone on the panel knows why he is there, and it shows in how he is questioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene token-add).</extracomment>
      <translation>Niall zegt: ‘Goed, voor het evenwicht’, en Tanisha zet een van de kandidaten terug over wiens visumstatus hij had gegokt. Hij krijgt het laatste tijdslot op vrijdagmiddag, als Daniel al weg is. Iedereen in de commissie weet waarom hij er zit, en dat is te merken aan hoe hij wordt ondervraagd.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.notes">
      <source>Participants may feel this option was a genuine improvement; in one sense it was. Ask what it feels like to be interviewed as the &quot;balance&quot; candidate, and what happened to the other two.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene token-add).</extracomment>
      <translation>Deelnemers vinden deze optie misschien een echte verbetering; in zekere zin was ze dat ook. Vraag hoe het voelt om op gesprek te komen als de kandidaat ‘voor het evenwicht’, en wat er met de andere twee gebeurde.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.title">
      <source>Twenty-five extra minutes</source>
      <extracomment>Scene heading, shown on the projector (scene recheck).</extracomment>
      <translation>Vijfentwintig minuten extra</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.narration">
      <source>Niall sighs: &quot;We'll be here all day.&quot; Tanisha pulls up the hiring guidance, which says gaps are not a sift criterion, and the panel goes through the out pile properly. Mohammed and one other candidate come back in. Daniel says, &quot;Fair enough.&quot; Niall is curt with you for the rest of the meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene recheck).</extracomment>
      <translation>Niall zucht: ‘Dan zitten we hier de hele dag.’ Tanisha haalt de wervingsrichtlijnen erbij, waarin staat dat een gat in het cv geen selectiecriterium is, en de commissie loopt de afgewezen stapel zorgvuldig door. Mohammed en nog een kandidaat komen terug op de lijst. Daniel zegt: ‘Dat is terecht.’ Niall is de rest van het overleg kortaf tegen je.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.notes">
      <source>Name the costs: time, and a hiring manager who feels second-guessed in front of a recruiter. Ask whether there was a way to raise it that would have cost less. Notice that the recruiter acted once someone else went first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene recheck).</extracomment>
      <translation>Benoem wat het kost: tijd, en een hiring manager die zich in het bijzijn van een recruiter gecorrigeerd voelt. Vraag of er een manier was om het aan te kaarten die minder had gekost. Merk op dat de recruiter in actie kwam zodra iemand anders de eerste stap zette.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.title">
      <source>A week later, the interview wash-up</source>
      <extracomment>Scene heading, shown on the projector (scene panel-debrief).</extracomment>
      <translation>Een week later, de evaluatie van de gesprekken</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.narration">
      <source>The interviews are done. Niall: &quot;Bukola was technically the strongest, no question. But I'm not sure she's a fit. She was quite reserved, didn't really laugh at anything, and we're a tight bunch. Oliver felt like one of us.&quot; On the scorecards, Bukola Adeyinka is top on four of the five criteria; Oliver is third.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene panel-debrief).</extracomment>
      <translation>De gesprekken zijn gevoerd. Niall: ‘Technisch was Bukola de sterkste, geen twijfel. Maar ik weet niet of ze past. Ze was nogal gereserveerd, lachte nergens echt om, en wij zijn een hechte club. Oliver voelde als een van ons.’ Op de scoreformulieren staat Bukola Adeyinka bij vier van de vijf criteria bovenaan; Oliver staat derde.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.notes">
      <source>Bukola was in the shortlist on every path, so this scene works whatever the group chose earlier. Some participants will defend &quot;fit&quot; as real; ask them to define it in a way that could be scored before the interview. Keep an eye on the clock: this decision usually runs long.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene panel-debrief).</extracomment>
      <translation>Bukola stond op elk pad op de shortlist, dus deze scène werkt wat de groep eerder ook koos. Sommige deelnemers zullen ‘fit’ verdedigen als iets echts; vraag ze het zo te omschrijven dat je er vóór het gesprek een score aan kunt geven. Houd de tijd in de gaten: dit beslismoment loopt meestal uit.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.prompt">
      <source>Niall looks round the panel for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene panel-debrief).</extracomment>
      <translation>Niall kijkt de commissie rond, op zoek naar instemming. Wat zeg je?</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.text">
      <source>&quot;Fit matters in a small team. Oliver's solid, he'll be fine.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fit-matters). Shown on a phone button: keep it short, about 61 characters like the English.</extracomment>
      <translation>‘In een klein team telt fit. Oliver is solide, dat komt goed.’</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.why">
      <source>Agreeing keeps the wash-up short and friendly, and lets a feeling outweigh the evidence everyone scored.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fit-matters).</extracomment>
      <translation>Instemmen houdt de evaluatie kort en vriendelijk, en laat een gevoel zwaarder wegen dan het bewijs waar iedereen een score aan gaf.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.text">
      <source>&quot;For what it's worth, she scored highest.&quot; When Niall says he has to weigh everything, you nod.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option for-the-record). Shown on a phone button: keep it short, about 95 characters like the English.</extracomment>
      <translation>‘Voor de duidelijkheid: zij scoorde het hoogst.’ Als Niall zegt dat hij alles moet afwegen, knik je.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.why">
      <source>You point at the evidence, which matters, but you leave the decision to the feeling you have just questioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option for-the-record).</extracomment>
      <translation>Je wijst op het bewijs, en dat is belangrijk, maar je laat de beslissing over aan het gevoel waar je net vraagtekens bij zette.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.text">
      <source>&quot;Honestly, hiring Bukola would really help our diversity numbers. It'd look great for the department.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option diversity-numbers). Shown on a phone button: keep it short, about 102 characters like the English.</extracomment>
      <translation>‘Eerlijk gezegd zou Bukola aannemen echt helpen voor onze diversiteitscijfers. Goed voor de afdeling.’</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.why">
      <source>It may tip the decision her way, but it recasts the strongest candidate as a statistic, which follows her into the job.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option diversity-numbers).</extracomment>
      <translation>Het geeft misschien de doorslag in haar voordeel, maar het maakt van de sterkste kandidaat een statistiek, en dat blijft haar in de baan achtervolgen.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.text">
      <source>&quot;Can we say what 'fit' means here? On the scorecard she's top on four of five. Laughing at jokes and football aren't on it, and 'reserved' in an interview isn't a skill gap.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option define-fit). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>‘Wat betekent “fit” hier eigenlijk? Op het scoreformulier is ze op vier van de vijf de beste. Lachen om grapjes en voetbal staan er niet op, en “gereserveerd” in een gesprek is geen tekortkoming.’</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.why">
      <source>You hold the panel to its own criteria and make the unspoken standard visible, in the room where the decision is made.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option define-fit).</extracomment>
      <translation>Je houdt de commissie aan haar eigen criteria en maakt de onuitgesproken norm zichtbaar, op de plek waar de beslissing valt.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.text">
      <source>Make the same point, then ask Tanisha to take three changes to the head of talent: score before discussing, replace &quot;culture fit&quot; with named values, and ban career gaps and guessed visa status as sift reasons.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fix-the-process). Shown on a phone button: keep it short, about 209 characters like the English.</extracomment>
      <translation>Hetzelfde zeggen, en Tanisha vragen drie wijzigingen voor te leggen aan het hoofd talent: eerst scoren, dan bespreken; ‘culturele fit’ vervangen door benoemde waarden; cv-gaten en gegokte visumstatus verbieden als schiftingsreden.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.why">
      <source>You deal with this hire and with the process that shaped it, so the next panel does not rely on someone happening to object.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fix-the-process).</extracomment>
      <translation>Je pakt zowel deze aanname aan als het proces dat erachter zat, zodat de volgende commissie er niet op hoeft te rekenen dat er toevallig iemand bezwaar maakt.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene oliver-hired).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.narration">
      <source>Oliver joins and fits in easily. The team now has six engineers with near-identical backgrounds. In the next quarterly review, Niall's director asks why the team's candidate pipeline &quot;never seems to change&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene oliver-hired).</extracomment>
      <translation>Oliver begint en past er makkelijk tussen. Het team telt nu zes engineers met een vrijwel identieke achtergrond. Bij de volgende kwartaalbespreking vraagt Nialls directeur waarom de kandidatenstroom van het team ‘nooit lijkt te veranderen’.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.notes">
      <source>Avoid painting Oliver as a bad hire; he is not. The point is what the team did not get. Ask what the company learns from this pattern over five years.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene oliver-hired).</extracomment>
      <translation>Zet Oliver niet neer als een slechte aanname; dat is hij niet. Het gaat om wat het team níét kreeg. Vraag wat het bedrijf over vijf jaar van dit patroon leert.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene scores-noted).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.narration">
      <source>Niall offers Oliver the role. Tanisha records the scores and the decision side by side, and says nothing. Bukola receives feedback that she was &quot;a close second&quot;; she accepts an offer from a competitor the following week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene scores-noted).</extracomment>
      <translation>Niall biedt Oliver de baan aan. Tanisha legt de scores en de beslissing naast elkaar vast en zegt niets. Bukola krijgt als feedback dat ze ‘een goede tweede’ was; de week daarop neemt ze een aanbod van een concurrent aan.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.notes">
      <source>Ask what a second sentence in the wash-up would have needed to say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene scores-noted).</extracomment>
      <translation>Vraag wat een tweede zin in de evaluatie had moeten zeggen.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene diversity-framing).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.narration">
      <source>Bukola is offered the role. In her second week, a teammate jokes that she was &quot;the diversity hire&quot;, repeating a line that travelled out of the wash-up. She starts working late to prove a point that nobody should have made.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene diversity-framing).</extracomment>
      <translation>Bukola krijgt de baan aangeboden. In haar tweede week grapt een teamgenoot dat zij ‘de diversiteitsaanname’ was, een zin die uit de evaluatie naar buiten is gelekt. Ze gaat tot laat doorwerken om iets te bewijzen wat niemand had mogen beweren.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.notes">
      <source>This ending often surprises people who chose the option. Be kind: the intention was to help. Ask how the same outcome could have been argued on merit.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene diversity-framing).</extracomment>
      <translation>Dit einde verrast vaak wie voor deze optie koos. Wees mild: het was bedoeld om te helpen. Vraag hoe dezelfde uitkomst op basis van kwaliteit beargumenteerd had kunnen worden.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene bukola-offered).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.narration">
      <source>There is a pause, then Daniel says, &quot;She was the best on the pipeline question.&quot; Niall rubs his eyes: &quot;Fine. Offer Bukola.&quot; She accepts. Niall stays cool with you for a couple of weeks, then asks you to join his next panel &quot;because you keep us honest&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene bukola-offered).</extracomment>
      <translation>Het is even stil, dan zegt Daniel: ‘Zij was de beste op de vraag over de datapipeline.’ Niall wrijft in zijn ogen: ‘Goed dan. Bied Bukola de baan aan.’ Ze neemt hem aan. Niall blijft een paar weken koel tegen je, en vraagt je daarna voor zijn volgende selectiecommissie ‘omdat jij ons scherp houdt’.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.notes">
      <source>Point out both the cost and the turn. Ask what made it possible for Niall to change his mind without losing face.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene bukola-offered).</extracomment>
      <translation>Benoem zowel wat het kostte als de ommekeer. Vraag wat het voor Niall mogelijk maakte om van mening te veranderen zonder gezichtsverlies.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene process-changed).</extracomment>
      <translation>Zes maanden later</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.narration">
      <source>Bukola is offered the role and accepts. The head of talent adopts two of the three changes straight away; the &quot;culture fit&quot; question becomes &quot;which of our values did the candidate show, and how?&quot;. Niall grumbles about forms, then admits the next shortlist was the strongest he has seen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene process-changed).</extracomment>
      <translation>Bukola krijgt de baan aangeboden en neemt hem aan. Het hoofd talent voert twee van de drie wijzigingen meteen in; de vraag naar ‘culturele fit’ wordt: ‘Welke van onze waarden liet de kandidaat zien, en hoe?’ Niall moppert over formulieren, en geeft daarna toe dat de volgende shortlist de sterkste was die hij ooit zag.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.notes">
      <source>Ask who had to agree for this to happen, and what the responder needed: access, evidence, an ally in the recruiter. Then ask what one change in their own hiring process each participant could push for.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene process-changed).</extracomment>
      <translation>Vraag wie ermee moest instemmen om dit mogelijk te maken, en wat wie reageerde nodig had: toegang, bewijs, een bondgenoot in de recruiter. Vraag daarna welke ene verandering in hun eigen wervingsproces elke deelnemer zou kunnen bepleiten.</translation>
    </message>
    <message id="biased-shortlist.debrief.what.1">
      <source>Which filters shaped this shortlist before anyone on the panel had read a CV?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Welke filters gaven deze shortlist vorm voordat iemand in de commissie een cv had gelezen?</translation>
    </message>
    <message id="biased-shortlist.debrief.what.2">
      <source>At which moment did the evidence and the feeling pull in different directions?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Op welk moment trokken het bewijs en het gevoel elk een andere kant op?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.1">
      <source>Who does &quot;culture fit&quot; tend to favour, and how would a team notice if it were happening?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wie wordt er meestal bevoordeeld door ‘culturele fit’, en hoe zou een team merken dat dat gebeurt?</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.2">
      <source>Why might a panel member stay quiet even when the written guidance is on their side?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom zou een commissielid zwijgen, zelfs als de geschreven richtlijnen aan diens kant staan?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.1">
      <source>What is one question you will ask at your next shortlisting or interview panel?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welke vraag ga je stellen in je volgende selectieoverleg of sollicitatiecommissie?</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.2">
      <source>Who owns your organisation's hiring guidance, and what would you want them to change?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wie is in jouw organisatie eigenaar van de wervingsrichtlijnen, en wat zou je willen dat die persoon verandert?</translation>
    </message>
    <message id="biased-shortlist.sources.1.title">
      <source>Workplace allyship practice: challenge biased recruitment processes</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: bevooroordeelde wervingsprocessen ter discussie stellen</translation>
    </message>
    <message id="biased-shortlist.sources.1.note">
      <source>Draws on the practice of questioning filters such as career gaps, guessed visa status and loosely defined &quot;fit&quot;, and changing the process rather than only the single outcome.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op de praktijk van vraagtekens zetten bij filters zoals gaten in het cv, gegokte visumstatus en een vaag omschreven ‘fit’, en van het proces veranderen in plaats van alleen die ene uitkomst.</translation>
    </message>
    <message id="biased-shortlist.sources.2.title">
      <source>Workplace allyship practice: question the process that produces an outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: het proces ter discussie stellen dat tot een uitkomst leidt</translation>
    </message>
    <message id="client-introduction.title">
      <source>Four seats at the client dinner</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Vier plaatsen aan het klantdiner</translation>
    </message>
    <message id="client-introduction.summary">
      <source>A client's chief executive wants a dinner to discuss results, and a director decides who fills the firm's four seats. The senior consultant whose model made the case has never met the client. Six weeks later a follow-on project needs a named lead, and the director decides again how far to use his access on her behalf.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>De CEO van een klant wil een diner om de resultaten te bespreken, en een directeur bepaalt wie de vier plaatsen van het adviesbureau krijgen. De senior consultant wier model de doorslag gaf, heeft de klant nog nooit ontmoet. Zes weken later heeft een vervolgproject een projectleider nodig, en beslist de directeur opnieuw hoe ver hij zijn toegang voor haar inzet.</translation>
    </message>
    <message id="client-introduction.content_note">
      <source>This role-play includes a consultant being left out of a client dinner about her own work, her answers going out under a colleague's name, and her promotion being held back.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel wordt een consultant niet uitgenodigd voor een klantdiner over haar eigen werk, gaan haar antwoorden uit onder de naam van een collega en wordt haar promotie uitgesteld.</translation>
    </message>
    <message id="client-introduction.roles.samuel.name">
      <source>Samuel Mensah, director and engagement lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role samuel).</extracomment>
      <translation>Samuel Mensah, directeur en opdrachtverantwoordelijke</translation>
    </message>
    <message id="client-introduction.roles.samuel.brief">
      <source>You send the invitations, and you know it. At 29 a partner took you to a client dinner that changed your career, and you have never forgotten who did it. You like James and trust him with the client; you also know exactly who built the demand model.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role samuel).</extracomment>
      <translation>Jij verstuurt de uitnodigingen, en dat weet je. Toen je 29 was, nam een partner je mee naar een klantdiner dat je loopbaan veranderde, en je bent nooit vergeten wie dat deed. Je mag James graag en vertrouwt hem de klant toe; je weet ook precies wie het vraagmodel heeft gebouwd.</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.name">
      <source>Lakshmi Iyer, senior consultant</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role lakshmi).</extracomment>
      <translation>Lakshmi Iyer, senior consultant</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.brief">
      <source>You built the demand model that made the review's case, and you have never met Stefan, the client's chief executive. You would like to, but you will not ask. If you are asked to present, you are ready and good at it. If you are invited without a role, you notice and say so calmly if asked.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role lakshmi).</extracomment>
      <translation>Jij hebt het vraagmodel gebouwd dat de onderbouwing van de analyse vormde, en je hebt Stefan, de CEO van de klant, nog nooit ontmoet. Dat zou je graag willen, maar je gaat er niet om vragen. Word je gevraagd om te presenteren, dan ben je er klaar voor en doe je het goed. Word je uitgenodigd zonder rol, dan merk je dat op en zeg je het rustig als iemand ernaar vraagt.</translation>
    </message>
    <message id="client-introduction.roles.james.name">
      <source>James Thornton, associate director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role james).</extracomment>
      <translation>James Thornton, associate director</translation>
    </message>
    <message id="client-introduction.roles.james.brief">
      <source>You have worked on this account for four years and know Stefan from a charity golf day. You are good at relationships and you worry that changing faces could unsettle the client. If you are asked directly to help Lakshmi and given a real role, you are generous. If you are simply moved aside, you feel it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role james).</extracomment>
      <translation>Je werkt al vier jaar voor deze klant en kent Stefan van een golfdag voor een goed doel. Je bent goed in relaties en je bent bang dat nieuwe gezichten de klant onrustig maken. Word je direct gevraagd om Lakshmi te helpen en krijg je een echte rol, dan ben je gul. Word je gewoon opzijgeschoven, dan voel je dat.</translation>
    </message>
    <message id="client-introduction.roles.moira.name">
      <source>Moira Campbell, account partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role moira).</extracomment>
      <translation>Moira Campbell, klantpartner</translation>
    </message>
    <message id="client-introduction.roles.moira.brief">
      <source>You protect the client relationship carefully; it is the firm's largest. You default to the team Stefan knows. You will accept a change if Samuel explains it and takes responsibility for it, but you want that said out loud.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role moira).</extracomment>
      <translation>Je waakt zorgvuldig over de klantrelatie; het is de grootste klant van het bureau. Je kiest standaard voor het team dat Stefan kent. Je accepteert een verandering als Samuel die uitlegt en er de verantwoordelijkheid voor neemt, maar je wilt dat hij dat hardop zegt.</translation>
    </message>
    <message id="client-introduction.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="client-introduction.roles.observer.brief">
      <source>Watch where the access sits: invitations, introductions, who speaks to the client, whose name is on the emails. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let op waar de toegang ligt: uitnodigingen, introducties, wie met de klant praat, wiens naam er op de mails staat. Gebruik de checklist.</translation>
    </message>
    <message id="client-introduction.observer_checklist.1">
      <source>Who decided the seating and speaking roles, and did anyone ask Lakshmi what she wanted?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie bepaalde wie er aan tafel zat en wie het woord voerde, en vroeg iemand Lakshmi wat zij wilde?</translation>
    </message>
    <message id="client-introduction.observer_checklist.2">
      <source>When Lakshmi was introduced, was her work named specifically, or was she &quot;from the team&quot;?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Werd bij de introductie van Lakshmi haar werk concreet genoemd, of was ze ‘iemand van het team’?</translation>
    </message>
    <message id="client-introduction.observer_checklist.3">
      <source>Did Samuel use access he already had (the invitation list, his introduction, his voice in the staffing meeting), or only his opinion?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Zette Samuel toegang in die hij al had (de gastenlijst, zijn introductie, zijn stem in het bezettingsoverleg), of alleen zijn mening?</translation>
    </message>
    <message id="client-introduction.observer_checklist.4">
      <source>How was James treated when the default changed? Was he given a role or simply moved aside?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hoe werd James behandeld toen de gewoonte veranderde? Kreeg hij een rol of werd hij gewoon opzijgeschoven?</translation>
    </message>
    <message id="client-introduction.observer_checklist.5">
      <source>Which of the five moves appeared, if any: distract, delegate, document, delay, direct? Which would have helped at the staffing meeting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen zag je, als je er al een zag: afleiden, delegeren, documenteren, later nagaan, direct aanspreken? Welke had geholpen in het bezettingsoverleg?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.title">
      <source>Four seats</source>
      <extracomment>Scene heading, shown on the projector (scene staffing).</extracomment>
      <translation>Vier plaatsen</translation>
    </message>
    <message id="client-introduction.scenes.staffing.narration">
      <source>Stefan Kessler, the client's chief executive, has asked for a dinner next Thursday to discuss the supply-chain review, with four seats on the firm's side. Moira Campbell, the account partner, messages Samuel: &quot;You, me, James and Oliver, as usual? Stefan knows James from the golf day.&quot; The demand model that made the review's case was built by Lakshmi Iyer, a senior consultant who has never met Stefan. Samuel is the one who sends the invitations.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene staffing).</extracomment>
      <translation>Stefan Kessler, de CEO van de klant, wil volgende week donderdag een diner om de analyse van de toeleveringsketen te bespreken, met vier plaatsen voor het bureau. Moira Campbell, de klantpartner, stuurt Samuel een bericht: ‘Jij, ik, James en Oliver, zoals altijd? Stefan kent James van de golfdag.’ Het vraagmodel dat de doorslag gaf in de analyse is gebouwd door Lakshmi Iyer, een senior consultant die Stefan nog nooit heeft ontmoet. Samuel is degene die de uitnodigingen verstuurt.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.notes">
      <source>Two minutes. This scenario is about using access, not about anyone behaving badly: Moira's suggestion is reasonable, and the usual team is good. If the group treats Moira or James as villains, bring them back to the question of who holds the list.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene staffing).</extracomment>
      <translation>Twee minuten. Dit scenario gaat over het inzetten van toegang, niet over iemand die zich misdraagt: Moira's voorstel is redelijk en het vaste team is goed. Als de groep Moira of James als boosdoeners ziet, breng ze dan terug naar de vraag wie de lijst in handen heeft.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.prompt">
      <source>You are Samuel. Who goes to the dinner, and in what role?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene staffing).</extracomment>
      <translation>Jij bent Samuel. Wie gaat er mee naar het diner, en in welke rol?</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.text">
      <source>Reply &quot;Sounds good&quot; and invite the usual four. The client is comfortable with them, and this is a big dinner.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option usual). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>‘Klinkt goed’ antwoorden en de vaste vier uitnodigen. De klant is aan hen gewend, en dit is een belangrijk diner.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.why">
      <source>Comfort with a big client is a real consideration. But the seats go where they always go, and the person whose work is on the table stays at her desk.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option usual).</extracomment>
      <translation>Dat een grote klant zich op zijn gemak voelt, telt echt mee. Maar de plaatsen gaan naar wie ze altijd krijgt, en degene wier werk op tafel ligt, blijft achter haar bureau.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.text">
      <source>Invite Lakshmi instead of Oliver so the table looks like the team that did the work, but keep the presentation with James.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option seat-without-role). Shown on a phone button: keep it short, about 122 characters like the English.</extracomment>
      <translation>Lakshmi uitnodigen in plaats van Oliver, zodat de tafel lijkt op het team dat het werk deed, maar James laten presenteren.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.why">
      <source>It looks inclusive, and it does put her in the room. But she is there to be seen rather than heard, and she will know it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option seat-without-role).</extracomment>
      <translation>Het ziet er inclusief uit, en ze zit wel aan tafel. Maar ze is er om gezien te worden, niet om gehoord te worden, en dat weet ze.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.text">
      <source>Invite Lakshmi and ask her to present the demand model herself. Before the dinner, tell Stefan who she is and what she built.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option she-presents). Shown on a phone button: keep it short, about 125 characters like the English.</extracomment>
      <translation>Lakshmi uitnodigen en haar vragen het vraagmodel zelf te presenteren. Stefan vooraf vertellen wie ze is en wat ze bouwde.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.why">
      <source>You use your invitation list and your introduction to put her work, and her name, in front of the person who makes decisions.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option she-presents).</extracomment>
      <translation>Je zet je gastenlijst en je introductie in om haar werk, en haar naam, onder de aandacht te brengen van degene die beslist.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.text">
      <source>Do the same, ask James to introduce her and chair the discussion, and tell Moira you'd like client seats on this account to follow who did the work from now on, reviewed every quarter. &quot;If Stefan is unsettled, that's on me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option change-the-default). Shown on a phone button: keep it short, about 224 characters like the English.</extracomment>
      <translation>Hetzelfde doen, James vragen haar te introduceren en het gesprek te leiden, en Moira zeggen dat je klantplaatsen voortaan wilt laten afhangen van wie het werk deed, elk kwartaal herzien. ‘Als Stefan onrustig wordt, komt dat voor mijn rekening.’</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.why">
      <source>You make this invitation and change the habit that decides invitations, giving the existing relationship-holder a real role and spending your own standing with the partner to do it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option change-the-default).</extracomment>
      <translation>Je regelt deze uitnodiging én verandert de gewoonte die over uitnodigingen beslist, geeft degene die de relatie al heeft een echte rol, en zet daarvoor je eigen positie bij de partner in.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.title">
      <source>I'll get the team to come back to you</source>
      <extracomment>Scene heading, shown on the projector (scene usual-dinner).</extracomment>
      <translation>Het team komt erop terug</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.narration">
      <source>The dinner goes smoothly. Over dessert, Stefan asks how the model handles seasonal spikes, and James says, &quot;Great question. I'll get the team to come back to you.&quot; Lakshmi writes the answer at eleven that night, and it goes out the next morning under James's name.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene usual-dinner).</extracomment>
      <translation>Het diner verloopt soepel. Bij het dessert vraagt Stefan hoe het model omgaat met seizoenspieken, en James zegt: ‘Goede vraag. Het team komt erop terug.’ Lakshmi schrijft het antwoord om elf uur 's avonds, en de volgende ochtend gaat het de deur uit onder de naam van James.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.notes">
      <source>Ask Lakshmi's role-player what she knows about the dinner and how she found out. Keep it short; the quiet cost speaks for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene usual-dinner).</extracomment>
      <translation>Vraag wie Lakshmi speelt wat ze van het diner weet en hoe ze het te weten kwam. Houd het kort; de stille prijs spreekt voor zich.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.title">
      <source>From the team</source>
      <extracomment>Scene heading, shown on the projector (scene seat-only).</extracomment>
      <translation>Van het team</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.narration">
      <source>Lakshmi is seated between Moira and Stefan's finance director, who asks about her holiday plans. James presents, and she is introduced only as &quot;Lakshmi, from the team&quot;. In the taxi afterwards she asks Samuel, quite neutrally, what he had hoped she would get out of the evening.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene seat-only).</extracomment>
      <translation>Lakshmi zit tussen Moira en de financieel directeur van Stefan, die haar naar haar vakantieplannen vraagt. James presenteert, en zij wordt alleen voorgesteld als ‘Lakshmi, van het team’. In de taxi terug vraagt ze Samuel, heel neutraal, wat hij hoopte dat ze aan de avond zou hebben.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.notes">
      <source>This option is often chosen by people who want to do the right thing under pressure. Be kind about it. Ask Lakshmi's role-player to answer the taxi question herself; it is usually more generous and more pointed than anything you could say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene seat-only).</extracomment>
      <translation>Deze optie wordt vaak gekozen door mensen die onder druk het goede willen doen. Wees er mild over. Vraag wie Lakshmi speelt om de vraag uit de taxi zelf te beantwoorden; dat antwoord is meestal gulder en scherper dan alles wat jij zou kunnen zeggen.</translation>
    </message>
    <message id="client-introduction.scenes.presented.title">
      <source>Ten minutes, no notes</source>
      <extracomment>Scene heading, shown on the projector (scene presented).</extracomment>
      <translation>Tien minuten, zonder aantekeningen</translation>
    </message>
    <message id="client-introduction.scenes.presented.narration">
      <source>Lakshmi presents for ten minutes and answers Stefan's questions on seasonal spikes without notes. At the end of the evening Stefan asks for her card. James is gracious at the table and quieter in the taxi: &quot;I've been on this account four years, Sam.&quot; Samuel realises he gave James no role in the evening at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene presented).</extracomment>
      <translation>Lakshmi presenteert tien minuten en beantwoordt Stefans vragen over seizoenspieken zonder aantekeningen. Aan het eind van de avond vraagt Stefan om haar kaartje. James is aan tafel hoffelijk en in de taxi stiller: ‘Ik werk al vier jaar voor deze klant, Sam.’ Samuel beseft dat hij James die avond helemaal geen rol heeft gegeven.</translation>
    </message>
    <message id="client-introduction.scenes.presented.notes">
      <source>The cost here is real and fixable. Ask the group what Samuel could have asked James to do. Using access for one person does not require cutting someone else out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene presented).</extracomment>
      <translation>De prijs is hier echt, en te herstellen. Vraag de groep wat Samuel James had kunnen vragen te doen. Je toegang inzetten voor de een betekent niet dat je een ander moet uitsluiten.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.title">
      <source>On the account plan</source>
      <extracomment>Scene heading, shown on the projector (scene default-changed).</extracomment>
      <translation>In het klantplan</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.narration">
      <source>Moira is uneasy: &quot;Stefan is a creature of habit. If this wobbles, it's on you.&quot; Samuel agrees. At the dinner, James introduces Lakshmi, she presents, and he chairs the discussion that follows. The next morning a quarterly review of client seats goes onto the account plan, with Moira's reluctant initials beside it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene default-changed).</extracomment>
      <translation>Moira is er niet gerust op: ‘Stefan is een gewoontedier. Als dit misgaat, is het jouw verantwoordelijkheid.’ Samuel is het met haar eens. Op het diner introduceert James Lakshmi, zij presenteert, en hij leidt het gesprek dat volgt. De volgende ochtend komt er een kwartaalherziening van de klantplaatsen in het klantplan, met Moira's aarzelende paraaf ernaast.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.notes">
      <source>Point out that Samuel said the risk out loud and owned it; that is often what lets a cautious partner agree. Ask Moira's role-player what she needed to hear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene default-changed).</extracomment>
      <translation>Benoem dat Samuel het risico hardop uitsprak en op zich nam; vaak is dat precies wat een voorzichtige partner over de streep trekt. Vraag wie Moira speelt wat ze nodig had om te horen.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.title">
      <source>A named lead</source>
      <extracomment>Scene heading, shown on the projector (scene follow-on).</extracomment>
      <translation>Een projectleider met naam</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.narration">
      <source>Six weeks later, Stefan emails Samuel: the board wants a follow-on project on warehouse forecasting, and he would like &quot;a named lead on your side, and a proper session on the demand model with the person who built it&quot;. The partners' staffing meeting is on Monday, and on an account this size the lead role usually goes to an associate director. Lakshmi's promotion case comes up for discussion next month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene follow-on).</extracomment>
      <translation>Zes weken later mailt Stefan aan Samuel: de raad van bestuur wil een vervolgproject over voorspellingen voor de magazijnen, en hij wil graag ‘een vaste projectleider aan jullie kant, en een echte sessie over het vraagmodel met degene die het heeft gebouwd’. Het bezettingsoverleg van de partners is maandag, en bij een klant van deze omvang gaat de leiding meestal naar een associate director. Volgende maand wordt Lakshmi's promotie besproken.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.notes">
      <source>Three minutes. Participants often land on &quot;introduce her&quot;, which is good; push them to notice the difference between an introduction and a title, and between praise in an email and a voice in the staffing and promotion meetings, where Lakshmi isn't present.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene follow-on).</extracomment>
      <translation>Drie minuten. Deelnemers komen vaak uit bij ‘haar introduceren’, en dat is goed; help ze het verschil te zien tussen een introductie en een functie, en tussen lof in een mail en een stem in het bezettings- en promotieoverleg, waar Lakshmi niet bij is.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.prompt">
      <source>You are Samuel. How do you answer Stefan, and what do you say on Monday?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene follow-on).</extracomment>
      <translation>Jij bent Samuel. Wat antwoord je Stefan, en wat zeg je maandag?</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.text">
      <source>Propose James as lead, as usual, and pass Stefan's questions to Lakshmi through him.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option james-leads). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>James voorstellen als projectleider, zoals altijd, en Stefans vragen via hem naar Lakshmi sturen.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.why">
      <source>It follows the firm's usual pattern and is low-risk. It also keeps Lakshmi's work one step removed from the person who asked for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option james-leads).</extracomment>
      <translation>Het volgt het vaste patroon van het bureau en het risico is klein. Het houdt het werk van Lakshmi ook op afstand van degene die juist naar haar vroeg.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.text">
      <source>Forward Stefan's email to James and Lakshmi: &quot;James, over to you. Loop Lakshmi in as useful.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option loop-in). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Stefans mail doorsturen naar James en Lakshmi: ‘James, aan jou. Betrek Lakshmi waar nuttig.’</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.why">
      <source>Lakshmi is included in principle. But &quot;as useful&quot; leaves her inclusion to someone else's judgement, and the relationship stays where it was.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option loop-in).</extracomment>
      <translation>In principe doet Lakshmi mee. Maar ‘waar nuttig’ laat haar betrokkenheid over aan het oordeel van een ander, en de relatie blijft waar ze was.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.text">
      <source>Reply to Stefan with warm praise for &quot;our rising star Lakshmi&quot;, and name James as lead.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option shout-out). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Stefan antwoorden met warme lof voor ‘onze rijzende ster Lakshmi’, en James als projectleider noemen.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.why">
      <source>The praise is genuine and visible. But it costs nothing, and the one thing that would change her position, the lead role, goes elsewhere.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option shout-out).</extracomment>
      <translation>De lof is gemeend en zichtbaar. Maar hij kost niets, en het enige wat haar positie zou veranderen, de leiding van het project, gaat naar een ander.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.text">
      <source>Write Stefan a specific introduction (what Lakshmi built, why she should shape the forecasting work) and set up the call with her leading and you in support.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option introduce). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>Stefan een concrete introductie sturen (wat Lakshmi bouwde, waarom zij het voorspelwerk moet vormgeven) en het gesprek plannen met haar in de leiding en jou als steun.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.why">
      <source>You hand over your own relationship with the client in a way that names her work, and you stay in the room to back her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option introduce).</extracomment>
      <translation>Je draagt je eigen relatie met de klant over op een manier die haar werk benoemt, en je blijft erbij om haar te steunen.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.text">
      <source>Introduce her to Stefan, propose her as project lead on Monday with James as senior adviser, and speak for her promotion next month using Stefan's feedback, in rooms she isn't in.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option sponsor). Shown on a phone button: keep it short, about 179 characters like the English.</extracomment>
      <translation>Haar aan Stefan introduceren, haar maandag voorstellen als projectleider met James als senior adviseur, en volgende maand voor haar promotie pleiten met Stefans feedback, waar zij niet bij is.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.why">
      <source>You go past an introduction: you put your name behind her role and her promotion where those decisions are made, and accept the risk if it goes wrong.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option sponsor).</extracomment>
      <translation>Je gaat verder dan een introductie: je zet je naam achter haar rol en haar promotie op de plek waar die beslissingen vallen, en je aanvaardt het risico als het misgaat.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.title">
      <source>Client exposure</source>
      <extracomment>Scene heading, shown on the projector (scene end-usual).</extracomment>
      <translation>Klantervaring</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.narration">
      <source>James leads, capably. For six months Lakshmi answers Stefan's technical questions through James, and at her promotion panel someone notes that she &quot;lacks client exposure&quot;. Nobody in the room points out why.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-usual).</extracomment>
      <translation>James leidt het project, en goed. Zes maanden lang beantwoordt Lakshmi Stefans technische vragen via James, en bij haar promotiegesprek merkt iemand op dat ze ‘te weinig klantervaring’ heeft. Niemand in de zaal zegt hoe dat komt.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.notes">
      <source>Let the last sentence land, then ask who in the story could have pointed it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-usual).</extracomment>
      <translation>Laat de laatste zin even landen en vraag dan wie in het verhaal erop had kunnen wijzen.</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.title">
      <source>When he remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-looped).</extracomment>
      <translation>Als hij eraan denkt</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.narration">
      <source>James loops Lakshmi in on most calls, when he remembers. She does good work and is thanked for it in emails she is copied into. Her promotion is deferred by a cycle, with a note about &quot;building senior relationships&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-looped).</extracomment>
      <translation>James betrekt Lakshmi bij de meeste gesprekken, als hij eraan denkt. Ze levert goed werk en wordt daarvoor bedankt in mails waarin ze in de cc staat. Haar promotie wordt een ronde uitgesteld, met een opmerking over ‘relaties op senior niveau opbouwen’.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.title">
      <source>The rising star</source>
      <extracomment>Scene heading, shown on the projector (scene end-praised).</extracomment>
      <translation>De rijzende ster</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.narration">
      <source>Stefan replies that he looks forward to meeting the rising star, then carries on dealing with James. Lakshmi is glad of the praise and notices that it is the only thing in the email that changed. She saves it in the folder she keeps for promotion evidence, which is filling faster than her calendar.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-praised).</extracomment>
      <translation>Stefan antwoordt dat hij ernaar uitkijkt de rijzende ster te ontmoeten, en blijft daarna gewoon met James schakelen. Lakshmi is blij met de lof en merkt dat het het enige in de mail is wat veranderd is. Ze bewaart hem in de map die ze bijhoudt als bewijs voor haar promotie, en die raakt sneller vol dan haar agenda.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.notes">
      <source>Ask the room how praise and sponsorship differ. A useful test: which one would still help Lakshmi if Samuel left the firm tomorrow?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-praised).</extracomment>
      <translation>Vraag de groep wat het verschil is tussen lof en sponsorschap. Een handige toets: welke van de twee zou Lakshmi nog helpen als Samuel morgen bij het bureau vertrok?</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.title">
      <source>Not yet a title</source>
      <extracomment>Scene heading, shown on the projector (scene end-introduced).</extracomment>
      <translation>Nog geen functie</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.narration">
      <source>The call goes well, and Stefan starts emailing Lakshmi directly. At Monday's meeting the lead still goes to James, because nobody argued otherwise, but the client's questions now come to her. It is real progress, and it is not yet a title.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-introduced).</extracomment>
      <translation>Het gesprek gaat goed, en Stefan begint Lakshmi rechtstreeks te mailen. In het overleg van maandag gaat de leiding toch naar James, omdat niemand iets anders bepleitte, maar de vragen van de klant komen nu bij haar terecht. Het is echte vooruitgang, en het is nog geen functie.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.title">
      <source>Read aloud</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Hardop voorgelezen</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.narration">
      <source>Monday's meeting is tense; one partner asks whether a senior consultant can carry work of this size, and Samuel says he will stand behind her. Lakshmi leads the follow-on, misjudges the scope early on, and recovers with Samuel's help. At her promotion panel Stefan's note is read aloud, and she is promoted. Afterwards two other senior consultants ask Samuel how client seats get decided.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>Het overleg van maandag is gespannen; een partner vraagt of een senior consultant werk van deze omvang wel aankan, en Samuel zegt dat hij achter haar staat. Lakshmi leidt het vervolgproject, schat in het begin de omvang verkeerd in en herstelt zich met hulp van Samuel. Bij haar promotiegesprek wordt Stefans bericht hardop voorgelezen, en ze wordt bevorderd. Daarna vragen twee andere senior consultants aan Samuel hoe er over klantplaatsen wordt beslist.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.notes">
      <source>Point out the misstep: sponsorship includes standing by someone when it wobbles. The last sentence is the system-level effect; ask what Samuel should tell them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Benoem de misstap: sponsorschap betekent ook naast iemand blijven staan als het even wankelt. De laatste zin is het effect op systeemniveau; vraag wat Samuel hun zou moeten vertellen.</translation>
    </message>
    <message id="client-introduction.debrief.what.1">
      <source>Who held the access in this story (invitations, introductions, staffing), and what did they do with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wie had in dit verhaal de toegang in handen (uitnodigingen, introducties, bezetting), en wat deden ze ermee?</translation>
    </message>
    <message id="client-introduction.debrief.what.2">
      <source>On our path, how did Stefan first hear Lakshmi's name, and from whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Hoe hoorde Stefan op ons pad voor het eerst de naam van Lakshmi, en van wie?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.1">
      <source>Why does &quot;the team the client knows&quot; tend to stay the same team for years?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom blijft ‘het team dat de klant kent’ vaak jarenlang hetzelfde team?</translation>
    </message>
    <message id="client-introduction.debrief.so_what.2">
      <source>What is the difference between praising someone, introducing them, and sponsoring them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat is het verschil tussen iemand prijzen, iemand introduceren en iemand sponsoren?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.1">
      <source>Name one invitation, introduction or recommendation you control in the next month. Who usually gets it, and who did the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Noem één uitnodiging, introductie of aanbeveling waar jij de komende maand over gaat. Wie krijgt die meestal, en wie deed het werk?</translation>
    </message>
    <message id="client-introduction.debrief.now_what.2">
      <source>How could you change the default so that it doesn't depend on you remembering?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Hoe zou je de gewoonte kunnen veranderen, zodat het niet afhangt van of jij eraan denkt?</translation>
    </message>
    <message id="client-introduction.sources.1.title">
      <source>Workplace allyship practice: use your access deliberately — invitations, client introductions and sponsorship</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: je toegang bewust inzetten — uitnodigingen, introducties bij klanten en sponsorschap</translation>
    </message>
    <message id="client-introduction.sources.1.note">
      <source>Drawn from allyship guidance on sharing your platform, recommending colleagues for high-visibility work, and using seniority to widen who meets clients.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op richtlijnen voor allyship over je podium delen, collega's aanbevelen voor zichtbaar werk en je senioriteit inzetten om meer mensen met klanten in contact te brengen.</translation>
    </message>
    <message id="credit-taken.title">
      <source>The deck with one name on it</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>De presentatie met één naam erop</translation>
    </message>
    <message id="credit-taken.summary">
      <source>A cost model built by a part-time analyst reaches the operations director in a slide deck with only her manager's name on it. The group decides what a colleague in the room does, and what they do when asked to prepare the board version.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Een kostenmodel, gebouwd door een analist die in deeltijd werkt, komt bij de operationeel directeur terecht in een presentatie met alleen de naam van haar manager erop. De groep beslist wat een collega in de ruimte doet, en wat die doet als die de versie voor het bestuur klaar moet maken.</translation>
    </message>
    <message id="credit-taken.content_note">
      <source>This role-play includes a part-time analyst, back from parental leave, whose work is presented under her manager's name at a meeting she was not invited to.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel wordt het werk van een analist in deeltijd, pas terug van ouderschapsverlof, gepresenteerd onder de naam van haar manager, in een overleg waarvoor zij niet was uitgenodigd.</translation>
    </message>
    <message id="credit-taken.roles.marisol.name">
      <source>Marisol Ortega, senior analyst (works Monday to Wednesday)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marisol).</extracomment>
      <translation>Marisol Ortega, senior analist (werkt maandag tot en met woensdag)</translation>
    </message>
    <message id="credit-taken.roles.marisol.brief">
      <source>You came back from parental leave four months ago on a three-day week. You spent three weeks building the supplier cost model, evenings included. You were not invited to the review because it fell on a Thursday. You worry that going part-time has quietly moved you off the promotion track, and you do not want to look like you are complaining.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marisol).</extracomment>
      <translation>Je bent vier maanden geleden teruggekomen van ouderschapsverlof en werkt nu drie dagen per week. Je hebt drie weken aan het kostenmodel voor leveranciers gebouwd, ook 's avonds. Je was niet uitgenodigd voor de review, omdat die op een donderdag viel. Je bent bang dat je door in deeltijd te gaan stilletjes van het promotiespoor bent geraakt, en je wilt niet overkomen als iemand die klaagt.</translation>
    </message>
    <message id="credit-taken.roles.fiona.name">
      <source>Fiona McAllister, finance team manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role fiona).</extracomment>
      <translation>Femke Mulder, teammanager financiën</translation>
    </message>
    <message id="credit-taken.roles.fiona.brief">
      <source>You think of the team's output as the team's, and you are the team's voice upwards; that is how your own managers worked. You rewrote the summary slide and removed the contributor line to &quot;keep it clean&quot;. You are under pressure to look strategic. If challenged, you are briefly prickly, then you see the point, especially if it is put to you as something that will make the team look good.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role fiona).</extracomment>
      <translation>Voor jou is wat het team maakt van het team, en jij bent de stem van het team naar boven; zo werkten je eigen managers ook. Je hebt de samenvattingsdia herschreven en de regel met bijdragers weggehaald om het ‘overzichtelijk te houden’. Je staat onder druk om strategisch over te komen. Word je aangesproken, dan reageer je even geprikkeld, maar daarna zie je het punt, vooral als het wordt gebracht als iets waarmee het team goed voor de dag komt.</translation>
    </message>
    <message id="credit-taken.roles.seun.name">
      <source>Oluwaseun &quot;Seun&quot; Adeyemi, operations director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role seun).</extracomment>
      <translation>Oluwaseun ‘Seun’ Adeyemi, operationeel directeur</translation>
    </message>
    <message id="credit-taken.roles.seun.brief">
      <source>You want answers you can trust at the board. You assume whoever presents a model built it and can defend it. You respond well to anyone who tells you who actually knows the detail; you find it useful, not awkward.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role seun).</extracomment>
      <translation>Je wilt antwoorden waar je in het bestuur op kunt bouwen. Je gaat ervan uit dat wie een model presenteert het ook heeft gebouwd en kan verdedigen. Je reageert goed op iedereen die je vertelt wie de details echt kent; dat vind je nuttig, niet ongemakkelijk.</translation>
    </message>
    <message id="credit-taken.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="credit-taken.roles.observer.brief">
      <source>Track where the credit for the model travels: into which rooms, in whose name, and who corrects it. Note the exact words used. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Volg waar de eer voor het model naartoe reist: naar welke ruimtes, op wiens naam, en wie het rechtzet. Noteer de letterlijke woorden. Gebruik de checklist.</translation>
    </message>
    <message id="credit-taken.observer_checklist.1">
      <source>When the director praised the model, who did the responder look at, and what did they say?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Naar wie keek degene die reageerde toen de directeur het model prees, en wat zei die persoon?</translation>
    </message>
    <message id="credit-taken.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared, and at what moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen (afleiden, delegeren, documenteren, later nagaan, direct aanspreken) kwam voor, en op welk moment?</translation>
    </message>
    <message id="credit-taken.observer_checklist.3">
      <source>Was Marisol named specifically, to someone who influences her career?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Werd Marisol bij naam genoemd, tegenover iemand die invloed heeft op haar loopbaan?</translation>
    </message>
    <message id="credit-taken.observer_checklist.4">
      <source>Did anyone ask Marisol what she wanted before acting, for example whether she wished to present?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg iemand Marisol wat zij wilde voordat er iets gebeurde, bijvoorbeeld of ze zelf wilde presenteren?</translation>
    </message>
    <message id="credit-taken.observer_checklist.5">
      <source>Did the responder leave Marisol to sort out the credit herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Liet degene die reageerde het aan Marisol over om de eer zelf recht te zetten?</translation>
    </message>
    <message id="credit-taken.scenes.review.title">
      <source>Thursday, the director's review</source>
      <extracomment>Scene heading, shown on the projector (scene review).</extracomment>
      <translation>Donderdag, de review bij de directeur</translation>
    </message>
    <message id="credit-taken.scenes.review.narration">
      <source>Fiona clicks through the supplier cost model. The title slide reads &quot;Prepared by Fiona McAllister&quot;. Seun leans back: &quot;This is the sharpest thing I've seen from finance this year. Fiona, can you take it to the board next month?&quot; Fiona smiles. &quot;Of course, happy to.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene review).</extracomment>
      <translation>Femke klikt door het kostenmodel voor leveranciers. Op de titeldia staat ‘Opgesteld door Femke Mulder’. Seun leunt achterover: ‘Dit is het scherpste wat ik dit jaar van financiën heb gezien. Femke, kun jij het volgende maand aan het bestuur presenteren?’ Femke glimlacht. ‘Natuurlijk, graag.’</translation>
    </message>
    <message id="credit-taken.scenes.review.notes">
      <source>Hold a short silence after Fiona's line, then read the prompt aloud so the group registers that Marisol built the model and is missing only because of her working pattern. Some participants will say &quot;maybe Fiona will credit her later&quot;; acknowledge it, and ask what happens if she does not.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene review).</extracomment>
      <translation>Laat na Femkes zin even een korte stilte vallen en lees dan de vraag hardop voor, zodat de groep doorheeft dat Marisol het model heeft gebouwd en er alleen niet bij is vanwege haar werkdagen. Sommige deelnemers zeggen ‘misschien noemt Femke haar later nog’; erken dat, en vraag wat er gebeurt als ze dat niet doet.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.prompt">
      <source>You are the team's other analyst. You watched Marisol build this model over three weeks, and she does not work Thursdays. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene review).</extracomment>
      <translation>Je bent de andere analist in het team. Je zag Marisol drie weken aan dit model werken, en zij werkt niet op donderdag. Wat doe je?</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.text">
      <source>Say nothing. It is Fiona's team and her deck; credit is for her to sort out.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option stay-out). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>Niets zeggen. Het is Femkes team en haar presentatie; de eer verdelen is aan haar.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.why">
      <source>Keeping out of a manager's presentation is a very normal reflex, and it lets the director leave believing Fiona built the model.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option stay-out).</extracomment>
      <translation>Je niet mengen in de presentatie van een manager is een heel gewone reflex, en zo vertrekt de directeur in de overtuiging dat Femke het model heeft gebouwd.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.text">
      <source>After the meeting, message Marisol: &quot;Seun loved your model! Just so you know, it went really well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option tell-marisol). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>Na afloop Marisol een bericht sturen: ‘Seun was weg van je model! Even ter info: het ging heel goed.’</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.why">
      <source>It is kind and it keeps her in the loop, but it leaves the director's picture unchanged and hands the problem to Marisol.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option tell-marisol).</extracomment>
      <translation>Het is aardig en ze blijft op de hoogte, maar het beeld van de directeur verandert niet en het probleem komt bij Marisol te liggen.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.text">
      <source>Reply to Seun's follow-up email, copying the team: &quot;Brilliant collaborative effort from the whole finance team, so proud of what we do together!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option reply-all-thanks). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>Op Seuns vervolgmail antwoorden, met het team in de cc: ‘Geweldig samenwerkingsresultaat van het hele financeteam, zo trots op wat we samen doen!’</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.why">
      <source>It is public and sounds generous, but &quot;the whole team&quot; erases the one person whose work it was, and it reflects well on you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option reply-all-thanks).</extracomment>
      <translation>Het is openbaar en klinkt royaal, maar ‘het hele team’ wist de ene persoon uit wier werk het was, en het zet jou in een goed daglicht.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.text">
      <source>&quot;Seun, for the board, the person who built the model is Marisol Ortega. She knows every assumption in it and would be great at taking questions.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option name-her). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>‘Seun, voor het bestuur: het model is gebouwd door Marisol Ortega. Ze kent elke aanname erin en zou heel goed de vragen kunnen beantwoorden.’</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.why">
      <source>It corrects the record in the moment, to the person who matters, and frames it as useful to the director rather than an accusation.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option name-her).</extracomment>
      <translation>Het zet de feiten direct recht, bij de persoon die ertoe doet, en brengt het als iets nuttigs voor de directeur in plaats van als beschuldiging.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.title">
      <source>The following week</source>
      <extracomment>Scene heading, shown on the projector (scene fiona-to-board).</extracomment>
      <translation>De week erna</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.narration">
      <source>Seun's office books Fiona a twenty-minute slot at the board. On Monday, Marisol sees the calendar invite on the shared finance diary and asks you, lightly, how the review went. You say it went well.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fiona-to-board).</extracomment>
      <translation>Het secretariaat van Seun plant voor Femke een blok van twintig minuten in bij het bestuur. Op maandag ziet Marisol de uitnodiging in de gedeelde agenda van financiën en vraagt je luchtig hoe de review ging. Je zegt dat het goed ging.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.notes">
      <source>Ask the observer what they imagine Marisol is thinking. Keep it short; the next scene is where the group gets a second chance.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fiona-to-board).</extracomment>
      <translation>Vraag de observator wat Marisol volgens hen denkt. Houd het kort; in de volgende scène krijgt de groep een tweede kans.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.title">
      <source>Monday morning</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-hears).</extracomment>
      <translation>Maandagochtend</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.narration">
      <source>Marisol reads your message twice. &quot;That's great. Did they know it was mine?&quot; You hesitate. She says &quot;Never mind,&quot; and goes back to her spreadsheet, and later asks Fiona whether she might join the board session. Fiona says there is only room for one.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-hears).</extracomment>
      <translation>Marisol leest je bericht twee keer. ‘Wat fijn. Wisten ze dat het van mij was?’ Je aarzelt. Ze zegt ‘Laat maar’ en gaat terug naar haar spreadsheet. Later vraagt ze Femke of ze bij de bestuursvergadering mag aanschuiven. Femke zegt dat er maar plek is voor één persoon.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.notes">
      <source>A common path. Point out how the burden slid onto Marisol, who now has to ask for her own credit and risk seeming pushy. Avoid making the responder feel foolish; the message was kind.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-hears).</extracomment>
      <translation>Een veelgekozen pad. Laat zien hoe de last bij Marisol terechtkwam: zij moet nu zelf om haar eer vragen en loopt het risico opdringerig over te komen. Zorg dat degene die reageerde zich niet dom voelt; het bericht was aardig bedoeld.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.title">
      <source>The reply-all</source>
      <extracomment>Scene heading, shown on the projector (scene team-thanks).</extracomment>
      <translation>Allen beantwoorden</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.narration">
      <source>Seun replies &quot;Agreed, great work all&quot; and two managers add thumbs-up reactions. Fiona forwards the thread to her own boss with the note &quot;nice feedback on my team's work&quot;. Marisol, reading it on Monday, sees her model described as a team effort by someone who knows it was not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene team-thanks).</extracomment>
      <translation>Seun antwoordt ‘Helemaal mee eens, goed werk allemaal’ en twee managers reageren met een duim omhoog. Femke stuurt de mailwisseling door naar haar eigen leidinggevende met de opmerking ‘mooie feedback op het werk van mijn team’. Marisol leest het maandag en ziet haar model beschreven als teamwerk, door iemand die weet dat het dat niet was.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.notes">
      <source>Expect pushback: &quot;I was trying to share the credit!&quot; Agree that the intent was generous, then ask what the email told Seun about who to call with a question about the model.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene team-thanks).</extracomment>
      <translation>Reken op tegenspraak: ‘Ik wilde de eer juist delen!’ Geef toe dat de bedoeling royaal was en vraag dan wat de mail Seun vertelde over wie te bellen met een vraag over het model.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.title">
      <source>A small correction</source>
      <extracomment>Scene heading, shown on the projector (scene named-in-room).</extracomment>
      <translation>Een kleine correctie</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.narration">
      <source>Fiona's smile tightens for a second. Seun says, &quot;Good to know. Let's have Marisol there too.&quot; After the meeting Fiona says to you, evenly, &quot;You could have flagged that with me first.&quot; She is short with you for the rest of the day.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-in-room).</extracomment>
      <translation>Femkes glimlach verstrakt even. Seun zegt: ‘Goed om te weten. Laten we Marisol er dan ook bij vragen.’ Na de vergadering zegt Femke rustig tegen je: ‘Dat had je ook eerst even bij mij kunnen melden.’ De rest van de dag is ze kortaf tegen je.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.notes">
      <source>Name the cost: a manager who feels undermined. Ask the group whether a word with Fiona beforehand would have been better, and whether there was time for one. Either view is fair.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-in-room).</extracomment>
      <translation>Benoem wat het kostte: een manager die zich gepasseerd voelt. Vraag de groep of een woordje vooraf met Femke beter was geweest, en of daar tijd voor was. Beide standpunten zijn redelijk.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.title">
      <source>Preparing the board pack</source>
      <extracomment>Scene heading, shown on the projector (scene board-version).</extracomment>
      <translation>Het bestuursstuk voorbereiden</translation>
    </message>
    <message id="credit-taken.scenes.board-version.narration">
      <source>Fiona drops a note in your inbox: &quot;Can you tidy the deck for the board version? Keep the title slide as it is, we want it clean. Thanks!&quot; Marisol's name appears nowhere in the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene board-version).</extracomment>
      <translation>Femke stuurt je een berichtje: ‘Kun jij de presentatie netjes maken voor de bestuursversie? Laat de titeldia zoals hij is, we willen het overzichtelijk houden. Dank je!’ De naam van Marisol staat nergens in het bestand.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.notes">
      <source>This is the second decision and it happens privately, with nobody watching. That is often where the real pattern is set. If the group named Marisol in the room, remind them that the file still says otherwise and files travel further than meetings.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene board-version).</extracomment>
      <translation>Dit is het tweede beslismoment en het speelt zich af in stilte, zonder dat iemand meekijkt. Juist daar wordt vaak het echte patroon gezet. Als de groep Marisol in de vergadering noemde, herinner ze er dan aan dat het bestand nog steeds iets anders zegt, en dat bestanden verder reizen dan vergaderingen.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.prompt">
      <source>You have the deck open. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene board-version).</extracomment>
      <translation>Je hebt de presentatie open. Wat doe je?</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.text">
      <source>Tidy it exactly as asked. Fiona is your manager and it is her presentation.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option as-asked). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>Het netjes maken zoals gevraagd. Femke is je manager en het is haar presentatie.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.why">
      <source>Following a reasonable-sounding instruction is what most people do, and the written record now carries only one name.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option as-asked).</extracomment>
      <translation>Een redelijk klinkende opdracht opvolgen is wat de meeste mensen doen, en nu staat er op papier maar één naam.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.text">
      <source>Tidy it as asked, and tell Marisol: &quot;You should really ask Fiona to put your name on it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option nudge-marisol). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>Het netjes maken zoals gevraagd en tegen Marisol zeggen: ‘Vraag Femke echt of je naam erop mag.’</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.why">
      <source>You care about the outcome, but you ask the person with the least power to take the risk of raising it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option nudge-marisol).</extracomment>
      <translation>De uitkomst gaat je aan het hart, maar je vraagt de persoon met de minste macht om het risico te nemen het aan te kaarten.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.text">
      <source>Tidy it as asked, then write an intranet post about &quot;celebrating the unsung analysts behind every great board deck&quot;.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option intranet-tribute). Shown on a phone button: keep it short, about 116 characters like the English.</extracomment>
      <translation>Het netjes maken zoals gevraagd en dan op intranet posten over ‘een ode aan de onzichtbare analisten achter elk sterk bestuursstuk’.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.why">
      <source>It sounds like a tribute, but it names nobody, fixes nothing in the deck, and mostly shows you as someone who cares.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option intranet-tribute).</extracomment>
      <translation>Het klinkt als een eerbetoon, maar het noemt niemand, herstelt niets in de presentatie en laat vooral zien dat jij iemand bent die erom geeft.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.text">
      <source>Go and see Fiona: &quot;I'd put Marisol's name on the title slide and bring her to take the modelling questions. It makes the team look stronger, and she's earned it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option talk-to-fiona). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Naar Femke stappen: ‘Ik zou Marisols naam op de titeldia zetten en haar meenemen voor de vragen over het model. Het team komt er sterker door over, en ze heeft het verdiend.’</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.why">
      <source>You raise it directly with the person who decides, in private, with a reason she can accept.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option talk-to-fiona).</extracomment>
      <translation>Je kaart het rechtstreeks aan bij wie beslist, onder vier ogen, met een reden die zij kan accepteren.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.text">
      <source>Speak to Fiona as above, and propose to her and Seun that every finance deck carries a &quot;built by&quot; line and that analysts present their own models at reviews, whatever day the meeting falls on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option change-template). Shown on a phone button: keep it short, about 192 characters like the English.</extracomment>
      <translation>Met Femke praten zoals hierboven, en haar en Seun voorstellen dat elke financepresentatie een regel ‘gemaakt door’ krijgt en dat analisten hun eigen modellen presenteren, op welke dag de review ook valt.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.why">
      <source>You use your access to change the template and the habit, so the next part-time analyst does not have to rely on a colleague noticing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option change-template).</extracomment>
      <translation>Je gebruikt je toegang om het sjabloon en de gewoonte te veranderen, zodat de volgende deeltijdanalist er niet op hoeft te rekenen dat een collega het opmerkt.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene one-name).</extracomment>
      <translation>De dag van het bestuur</translation>
    </message>
    <message id="credit-taken.scenes.one-name.narration">
      <source>Fiona presents the model to the board and takes two hard questions on the inflation assumptions; she answers one and promises to come back on the other. That evening she emails Marisol asking what the answer is. At year end, Fiona's review mentions the model. Marisol's does not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-name).</extracomment>
      <translation>Femke presenteert het model aan het bestuur en krijgt twee lastige vragen over de inflatieaannames; de ene beantwoordt ze, op de andere belooft ze terug te komen. Die avond mailt ze Marisol om te vragen wat het antwoord is. Aan het eind van het jaar wordt het model genoemd in Femkes beoordeling. In die van Marisol niet.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.notes">
      <source>Let the group sit with the last two sentences. Then ask who was harmed, and whether anyone in the story meant harm.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-name).</extracomment>
      <translation>Laat de laatste twee zinnen even op de groep inwerken. Vraag dan wie er schade opliep, en of iemand in het verhaal die schade bedoelde.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-asks).</extracomment>
      <translation>De dag van het bestuur</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.narration">
      <source>Marisol drafts a message to Fiona three times and sends a very polite version. Fiona replies that she will &quot;make sure to mention the team&quot;. At the board, she does. Marisol tells you, &quot;I shouldn't have asked. I looked needy.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-asks).</extracomment>
      <translation>Marisol schrijft drie keer een bericht aan Femke en stuurt een heel beleefde versie. Femke antwoordt dat ze ‘het team zeker zal noemen’. Bij het bestuur doet ze dat ook. Marisol zegt tegen je: ‘Ik had het niet moeten vragen. Het leek wel alsof ik om een schouderklopje bedelde.’</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.notes">
      <source>Useful to compare with the bystander ending: same outcome, plus a cost to Marisol's confidence. Link to the idea that allyship should not put extra weight on the person it is meant to support.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-asks).</extracomment>
      <translation>Nuttig om te vergelijken met het einde van de omstander: dezelfde uitkomst, plus een deuk in Marisols zelfvertrouwen. Verbind het met het idee dat allyship geen extra last mag leggen bij de persoon die je wilt steunen.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-post).</extracomment>
      <translation>De dag van het bestuur</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.narration">
      <source>The intranet post gets forty likes and a comment from the head of people calling it &quot;exactly the culture we want&quot;. The board deck goes out with one name on it. Marisol likes the post, because not liking it would look odd.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-post).</extracomment>
      <translation>Het bericht op intranet krijgt veertig likes en een reactie van de directeur HR: ‘precies de cultuur die we willen’. Het bestuursstuk gaat de deur uit met één naam erop. Marisol liket het bericht, want het niet liken zou vreemd staan.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.notes">
      <source>Handle gently: participants who chose this usually meant well. Ask what Marisol gained from the post, and what the author gained.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-post).</extracomment>
      <translation>Ga er voorzichtig mee om: deelnemers die hiervoor kozen, bedoelden het meestal goed. Vraag wat Marisol aan het bericht had, en wat de schrijver eraan had.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene two-names).</extracomment>
      <translation>De dag van het bestuur</translation>
    </message>
    <message id="credit-taken.scenes.two-names.narration">
      <source>Fiona is quiet for a moment, then says, &quot;Fine. Ask her if she'll do the Q&amp;A; it's a Thursday, so we'll need to swap a day.&quot; Marisol agrees, moves a childcare pick-up, and handles every question on the model. Seun asks her to join the next budget review directly.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene two-names).</extracomment>
      <translation>Femke is even stil en zegt dan: ‘Goed. Vraag haar of ze de vragen wil doen; het is op een donderdag, dus dan moet ze een dag ruilen.’ Marisol stemt in, regelt het ophalen van de kinderen anders en beantwoordt elke vraag over het model. Seun vraagt haar om zelf bij de volgende begrotingsreview aan te schuiven.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.notes">
      <source>Point out the small, real costs: an awkward conversation with a manager, a childcare rearrangement. Ask whether the meeting day itself is part of the problem; it leads into the advocate option.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene two-names).</extracomment>
      <translation>Wijs op de kleine, echte kosten: een ongemakkelijk gesprek met een manager, de kinderopvang die anders geregeld moet worden. Vraag of de vergaderdag zelf deel van het probleem is; dat leidt naar de optie van de pleitbezorger.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene new-template).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="credit-taken.scenes.new-template.narration">
      <source>Fiona grumbles that the &quot;built by&quot; line is bureaucracy, then uses it herself. Seun moves the monthly review to a Tuesday so the part-time analysts can attend. Two analysts, including Marisol, have now presented their own work to the board, and Marisol's mid-year review lists the cost model first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene new-template).</extracomment>
      <translation>Femke moppert dat de regel ‘gemaakt door’ bureaucratie is, en gebruikt hem daarna zelf. Seun verplaatst de maandelijkse review naar dinsdag, zodat de deeltijdanalisten erbij kunnen zijn. Twee analisten, onder wie Marisol, hebben inmiddels hun eigen werk aan het bestuur gepresenteerd, en in Marisols halfjaarsgesprek staat het kostenmodel bovenaan.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.notes">
      <source>Ask what made this possible: the responder's access to Seun, timing, a practical framing. Then ask what equivalent access each participant has in their own organisation.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene new-template).</extracomment>
      <translation>Vraag wat dit mogelijk maakte: de toegang van degene die reageerde tot Seun, de timing, een praktische insteek. Vraag dan welke vergelijkbare toegang elke deelnemer in de eigen organisatie heeft.</translation>
    </message>
    <message id="credit-taken.debrief.what.1">
      <source>Trace the model's journey. At which points could its author's name have travelled with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Volg de reis van het model. Op welke momenten had de naam van de maker mee kunnen reizen?</translation>
    </message>
    <message id="credit-taken.debrief.what.2">
      <source>What did you notice about the difference between the public moment and the private one?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat viel je op aan het verschil tussen het openbare moment en het moment zonder publiek?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.1">
      <source>Why do part-time or remote colleagues lose credit more easily, even when nobody intends it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom verliezen collega's die in deeltijd of op afstand werken makkelijker de eer, ook als niemand dat wil?</translation>
    </message>
    <message id="credit-taken.debrief.so_what.2">
      <source>What is the difference between sharing credit with &quot;the team&quot; and giving it to a person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat is het verschil tussen de eer delen met ‘het team’ en de eer geven aan een persoon?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.1">
      <source>Which document or deck you touch in the next fortnight could carry a contributor's name?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Aan welk document of welke presentatie werk je de komende twee weken waar de naam van een bijdrager op zou kunnen staan?</translation>
    </message>
    <message id="credit-taken.debrief.now_what.2">
      <source>What sentence would you use to correct a credit slip without making it an accusation?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Met welke zin zou je een verkeerd toegekende eer rechtzetten zonder dat het een beschuldiging wordt?</translation>
    </message>
    <message id="credit-taken.sources.1.title">
      <source>Workplace allyship practice: make sure people are credited for their work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: zorgen dat mensen de eer krijgen voor hun werk</translation>
    </message>
    <message id="credit-taken.sources.1.note">
      <source>Based on the practice of correcting misattributed work and putting the real author's name in front of those who shape their career.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op de praktijk om werk dat aan de verkeerde persoon is toegeschreven recht te zetten, en de naam van de echte maker te laten zien aan wie invloed heeft op diens loopbaan.</translation>
    </message>
    <message id="credit-taken.sources.2.title">
      <source>Workplace allyship practice: use your access to open doors</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: je toegang gebruiken om deuren te openen</translation>
    </message>
    <message id="erg-no-budget.title">
      <source>The network with a launch party and no budget</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Het netwerk met een lanceerfeest en geen budget</translation>
    </message>
    <message id="erg-no-budget.summary">
      <source>Six months after a staff network for disabled and neurodivergent colleagues was launched with a video and a cake, its three written requests are still unanswered. A director on the leadership team decides what to do when the network comes up in a meeting, and again when the budget is set.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Zes maanden nadat een medewerkersnetwerk voor collega's met een beperking en neurodivergente collega's werd gelanceerd met een filmpje en taart, zijn de drie schriftelijke verzoeken van het netwerk nog steeds niet beantwoord. Een directeur in het managementteam beslist wat ze doet als het netwerk ter sprake komt in een overleg, en opnieuw als het budget wordt vastgesteld.</translation>
    </message>
    <message id="erg-no-budget.content_note">
      <source>This role-play includes a network for disabled and neurodivergent staff being praised in public while its requests, such as live captions, go unanswered and unfunded.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel krijgt een netwerk voor medewerkers met een beperking en neurodivergente medewerkers publiekelijk lof, terwijl zijn verzoeken, zoals live ondertiteling, onbeantwoord blijven en geen budget krijgen.</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.name">
      <source>Sofia Marquez, Director of Product and member of the leadership team</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sofia).</extracomment>
      <translation>Sofia Marquez, directeur Product en lid van het managementteam</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.brief">
      <source>You joined the Access Network as an ally on launch day; you are not disabled yourself. You sit on the leadership team and control a discretionary budget, including money for contractors. You like Gareth and do not want to embarrass him, but Aisha forwarded you the network's unanswered requests yesterday and you have read them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sofia).</extracomment>
      <translation>Je werd op de lanceerdag lid van het Access Network als bondgenoot; zelf heb je geen beperking. Je zit in het managementteam en beheert een vrij besteedbaar budget, ook geld voor externe krachten. Je mag Gareth graag en wilt hem niet in verlegenheid brengen, maar Aisha heeft je gisteren de onbeantwoorde verzoeken van het netwerk doorgestuurd en je hebt ze gelezen.</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.name">
      <source>Aisha Rahman, data analyst and co-chair of the Access Network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role aisha).</extracomment>
      <translation>Aisha Rahman, data-analist en co-voorzitter van het Access Network</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.brief">
      <source>You are hard of hearing and rely on captions in large meetings. The network asked for three things in March: about £6,000 a year for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. You are tired of being thanked. Play it polite and precise; if someone offers help, you welcome it, but the network sets its own priorities and you will say so if anyone tries to take over.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role aisha).</extracomment>
      <translation>Je bent slechthorend en hebt in grote bijeenkomsten ondertiteling nodig. Het netwerk vroeg in maart om drie dingen: zo'n £6.000 per jaar voor live ondertiteling en een toegankelijkheidsaudit, een sponsor uit de directie, en een vast moment bij het managementteam. Je bent het bedankt worden zat. Speel het beleefd en precies; als iemand hulp aanbiedt, ben je daar blij mee, maar het netwerk bepaalt zelf zijn prioriteiten en dat zeg je ook als iemand het probeert over te nemen.</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.name">
      <source>Gareth Lloyd, Head of People</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role gareth).</extracomment>
      <translation>Gareth Lloyd, hoofd HR</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.brief">
      <source>You launched the network and you are proud of it. Your programme budget was cut by fifteen per cent this year, and you worry that funding one network means every network will want money. You believe staff networks work best as volunteer-led communities. Challenged in public, you feel ambushed and go formal; approached with a costed plan, you are open to it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role gareth).</extracomment>
      <translation>Jij hebt het netwerk gelanceerd en je bent er trots op. Je programmabudget is dit jaar met vijftien procent gekort, en je bent bang dat als je één netwerk financiert, elk netwerk geld wil. Je gelooft dat medewerkersnetwerken het best werken als gemeenschappen die door vrijwilligers worden gedragen. Word je in het openbaar aangesproken, dan voel je je overvallen en word je formeel; komt iemand naar je toe met een doorgerekend plan, dan sta je ervoor open.</translation>
    </message>
    <message id="erg-no-budget.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="erg-no-budget.roles.observer.brief">
      <source>You sit outside the conversation and watch the room, not just the speakers. Use the checklist and note exact words where you can: the debrief runs on specifics.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Je zit buiten het gesprek en kijkt naar de hele groep, niet alleen naar wie er praat. Gebruik de checklist en noteer waar het kan de precieze woorden: de nabespreking draait op details.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.1">
      <source>Which of the network's three requests were named out loud, by whom, and at which moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de drie verzoeken van het netwerk werden hardop genoemd, door wie, en op welk moment?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.2">
      <source>Did anyone speak for Aisha, rather than making room for her to speak for herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Sprak iemand namens Aisha, in plaats van ruimte te maken zodat ze voor zichzelf kon spreken?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.3">
      <source>Note each time praise, a video or an award appeared. Did recognition stand in for money, authority or a route to the leadership team?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Noteer elke keer dat er lof, een filmpje of een prijs opdook. Kwam erkenning in de plaats van geld, zeggenschap of een weg naar het managementteam?</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.4">
      <source>Which of the five intervention moves did you see: distract, delegate, document, delay, direct? In this scenario, delay (holding an agenda item) and document (the network's written note, the minutes) tend to carry the most weight.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen zag je: afleiden, delegeren, documenteren, later nagaan, direct aanspreken? In dit scenario wegen later nagaan (een agendapunt aanhouden) en documenteren (de schriftelijke notitie van het netwerk, de notulen) meestal het zwaarst.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.5">
      <source>What did each choice cost the person who made it, and who paid when nobody chose to act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wat kostte elke keuze degene die haar maakte, en wie betaalde de prijs als niemand iets deed?</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.title">
      <source>Six months after the launch</source>
      <extracomment>Scene heading, shown on the projector (scene launch).</extracomment>
      <translation>Zes maanden na de lancering</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.narration">
      <source>At the spring all-hands, Gareth Lloyd launched the Access Network for disabled and neurodivergent staff and anyone with a long-term condition. There was a video, a cake iced with the new logo, and eighty sign-ups by lunchtime. Since then, co-chairs Aisha Rahman and Dev Patel have sent the People team three written requests: money for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. Each has been answered with &quot;Thanks, we'll take a look.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launch).</extracomment>
      <translation>Op de voorjaarsbijeenkomst voor alle medewerkers lanceerde Gareth Lloyd het Access Network voor collega's met een beperking, neurodivergente collega's en iedereen met een langdurige aandoening. Er was een filmpje, een taart met het nieuwe logo erop, en voor de lunch hadden zich al tachtig mensen aangemeld. Sindsdien hebben de co-voorzitters Aisha Rahman en Dev Patel het HR-team drie schriftelijke verzoeken gestuurd: geld voor live ondertiteling en een toegankelijkheidsaudit, een sponsor uit de directie, en een vast moment bij het managementteam. Op elk verzoek kwam hetzelfde antwoord: ‘Dank je, we kijken ernaar.’</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.notes">
      <source>Hand out the role cards and give people three minutes with their briefs before you read this aloud. Read the three requests slowly; the group needs to hold them in mind for the rest of the scenario. If someone asks &quot;is £6,000 a lot?&quot;, turn it back to the room rather than answering.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launch).</extracomment>
      <translation>Deel de rolkaarten uit en geef iedereen drie minuten voor de rolinstructie voordat je dit voorleest. Lees de drie verzoeken langzaam voor; de groep moet ze de rest van het scenario onthouden. Vraagt iemand ‘Is £6.000 veel?’, leg de vraag dan terug bij de groep in plaats van zelf te antwoorden.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.title">
      <source>Item six of nine</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-update).</extracomment>
      <translation>Punt zes van negen</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.narration">
      <source>Monday's leadership meeting is running late. Gareth is upbeat: &quot;The Access Network is one of our real success stories, over ninety members now. For Disability Awareness Week they'll run a lunch-and-learn and some intranet posts, at no cost to us.&quot; Olivia Brandt, the chief executive, nods and reaches for the next paper. Sofia Marquez has Aisha's forwarded email, with its three unanswered requests, open on her laptop.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-update).</extracomment>
      <translation>Het managementoverleg van maandag loopt uit. Gareth is opgewekt: ‘Het Access Network is een van onze echte successen, inmiddels meer dan negentig leden. Voor de themaweek over beperkingen organiseren ze een lunchlezing en een paar berichten op intranet, zonder kosten voor ons.’ Olivia Brandt, de CEO, knikt en pakt het volgende stuk. Sofia Marquez heeft de doorgestuurde mail van Aisha, met de drie onbeantwoorde verzoeken, open op haar laptop.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.notes">
      <source>Allow about two minutes for discussion before the vote. Watch for the person who says &quot;I'd raise it with Gareth privately first&quot;: that is a reasonable instinct, so ask them what happens to the network in the weeks before that private chat happens. If the group goes quiet, ask Sofia's role-player how the room feels right now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-update).</extracomment>
      <translation>Neem ongeveer twee minuten voor de discussie voordat er gestemd wordt. Let op wie zegt ‘Ik zou het eerst onder vier ogen met Gareth bespreken’: dat is een redelijke reactie, dus vraag wat er met het netwerk gebeurt in de weken voordat dat gesprek plaatsvindt. Wordt de groep stil, vraag dan wie Sofia speelt hoe het nu voelt in de zaal.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.prompt">
      <source>You are Sofia. Olivia is about to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-update).</extracomment>
      <translation>Jij bent Sofia. Olivia gaat zo door naar het volgende punt. Wat doe je?</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.text">
      <source>Say nothing. It is Gareth's area, the agenda is long, and raising it now would feel like ambushing him in front of the chief executive.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option stay-quiet). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>Niets zeggen. Het is Gareths terrein, de agenda is lang, en het nu aankaarten voelt als hem overvallen waar de CEO bij is.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.why">
      <source>The reluctance is understandable and the cost of speaking is real. But the one room where the requests could be answered moves on without hearing them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option stay-quiet).</extracomment>
      <translation>De aarzeling is begrijpelijk en spreken kost echt iets. Maar de enige plek waar de verzoeken beantwoord konden worden, gaat verder zonder ze te horen.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.text">
      <source>After the meeting, message Aisha: &quot;Saw the update. Fully behind you all, shout if there's anything I can do.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option reassure-aisha). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>Na het overleg Aisha een bericht sturen: ‘Zag de update. Ik sta helemaal achter jullie, laat maar weten als ik iets kan doen.’</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.why">
      <source>The support is sincere, and Aisha may be glad of it. But it hands the next move back to the person who has no seat in the room where it would count.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option reassure-aisha).</extracomment>
      <translation>De steun is oprecht, en Aisha is er misschien blij mee. Maar je legt de volgende stap weer bij degene die geen plek heeft aan de tafel waar het ertoe zou doen.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.text">
      <source>&quot;Love this. I'd be happy to record a short video for Awareness Week about why the network matters to me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option record-video). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>‘Mooi! Ik wil best een kort filmpje opnemen voor de themaweek over waarom het netwerk belangrijk voor me is.’</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.why">
      <source>It is warm, visible and might even help the week. It also puts your face on the campaign while the three requests stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option record-video).</extracomment>
      <translation>Het is hartelijk, zichtbaar, en misschien helpt het de week zelfs. Maar het zet jouw gezicht op de campagne, terwijl de drie verzoeken precies blijven liggen waar ze lagen.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.text">
      <source>&quot;Before we move on: the network sent us three requests in March and hasn't had an answer. Could we put them on next month's agenda, and invite Aisha to present them herself?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option name-the-gap). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>‘Voor we verdergaan: het netwerk stuurde ons in maart drie verzoeken en heeft nog geen antwoord. Kunnen we ze volgende maand agenderen, en Aisha vragen ze zelf toe te lichten?’</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.why">
      <source>You name the gap in the room that can close it, and you ask for the network to speak for itself rather than speaking on its behalf.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option name-the-gap).</extracomment>
      <translation>Je benoemt het gat op de plek waar het gedicht kan worden, en je vraagt het netwerk voor zichzelf te laten spreken in plaats van namens het netwerk te praten.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.title">
      <source>Something fun, by Friday</source>
      <extracomment>Scene heading, shown on the projector (scene after-silence).</extracomment>
      <translation>Iets leuks, voor vrijdag</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.narration">
      <source>The meeting finishes ten minutes early. On Wednesday, Gareth's team asks Aisha whether the network could &quot;pull together something fun&quot; for Awareness Week, held over the lunch break. She writes the slides at home on Sunday evening and asks a volunteer to type live captions by hand, because there is still no money for a captioning service. Nobody mentions the three requests.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-silence).</extracomment>
      <translation>Het overleg is tien minuten eerder klaar. Op woensdag vraagt het team van Gareth aan Aisha of het netwerk ‘iets leuks in elkaar kan zetten’ voor de themaweek, tijdens de lunchpauze. Ze maakt de slides op zondagavond thuis en vraagt een vrijwilliger om de ondertiteling live met de hand te typen, omdat er nog steeds geen geld is voor een ondertitelingsdienst. Niemand heeft het over de drie verzoeken.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.notes">
      <source>This is the quiet cost: nothing dramatic happens, and that is the point. Ask Aisha's role-player what Sunday evening felt like. Keep it brief and move on to the budget round.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-silence).</extracomment>
      <translation>Dit is de stille prijs: er gebeurt niets dramatisch, en daar gaat het juist om. Vraag wie Aisha speelt hoe die zondagavond voelde. Houd het kort en ga door naar de budgetronde.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.title">
      <source>A thumbs-up</source>
      <extracomment>Scene heading, shown on the projector (scene after-message).</extracomment>
      <translation>Een duimpje</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.narration">
      <source>Aisha replies within a minute: &quot;Thanks, Sofia. Could you raise the requests at leadership? I'm not in that room.&quot; Sofia sends a thumbs-up and means to come back to it. The week fills up, and by Friday the message is buried under forty others.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-message).</extracomment>
      <translation>Aisha antwoordt binnen een minuut: ‘Dank je, Sofia. Zou jij de verzoeken in het managementteam kunnen aankaarten? Ik zit daar niet aan tafel.’ Sofia stuurt een duimpje en is van plan erop terug te komen. De week loopt vol, en op vrijdag is het bericht ondergesneeuwd onder veertig andere.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.notes">
      <source>Many people recognise themselves here, so be gentle. The point is not that Sofia is a bad colleague; it is that good intentions compete with a full inbox, and the inbox usually wins. Ask the room what would have made the follow-up happen.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-message).</extracomment>
      <translation>Veel mensen herkennen zich hierin, dus wees mild. Het punt is niet dat Sofia een slechte collega is, maar dat goede bedoelingen concurreren met een volle inbox, en de inbox wint meestal. Vraag de groep wat ervoor had gezorgd dat ze er wél op terugkwam.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.title">
      <source>Most-watched post of the week</source>
      <extracomment>Scene heading, shown on the projector (scene after-video).</extracomment>
      <translation>Het meest bekeken bericht van de week</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.narration">
      <source>Sofia's video goes on the intranet on Monday and gets more reactions than anything else that week; Olivia shares it with a heart. Then the comms team asks Aisha whether the network could add captions to it, since there is no captioning budget. She does it herself that evening. In the network's group chat, someone reposts the video with a single raised-eyebrow emoji.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-video).</extracomment>
      <translation>Sofia's filmpje komt maandag op intranet en krijgt meer reacties dan wat dan ook die week; Olivia deelt het met een hartje. Dan vraagt het communicatieteam aan Aisha of het netwerk er ondertiteling bij kan zetten, want er is geen budget voor ondertiteling. Ze doet het die avond zelf. In de groepsapp van het netwerk deelt iemand het filmpje opnieuw, met alleen een emoji met opgetrokken wenkbrauw.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.notes">
      <source>A participant who chose this may feel caught out. Acknowledge that the video was kindly meant and may have raised awareness; then ask Aisha's role-player how captioning it herself felt. Let the contrast do the work; you do not need to spell it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-video).</extracomment>
      <translation>Een deelnemer die dit koos, kan zich betrapt voelen. Erken dat het filmpje vriendelijk bedoeld was en misschien bewustwording heeft opgeleverd; vraag dan wie Aisha speelt hoe het voelde om het zelf te ondertitelen. Laat het contrast het werk doen; je hoeft het niet uit te leggen.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.title">
      <source>A date on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene after-naming).</extracomment>
      <translation>Een datum op de agenda</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.narration">
      <source>There is a short silence. Gareth says, evenly, &quot;We are looking at it. Budgets are tight this year,&quot; and Olivia agrees to give Aisha fifteen minutes next month. By the lifts afterwards, Gareth stops Sofia: &quot;I'd have appreciated a heads-up before you raised that in front of Olivia.&quot; That evening Aisha messages Sofia: &quot;Thank you. I'll be ready.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-naming).</extracomment>
      <translation>Het is even stil. Gareth zegt kalm: ‘We kijken ernaar. De budgetten zijn krap dit jaar’, en Olivia stemt ermee in Aisha volgende maand een kwartier te geven. Bij de liften houdt Gareth Sofia na afloop staande: ‘Ik had het op prijs gesteld als je me even had gewaarschuwd voordat je dat aankaartte waar Olivia bij was.’ Die avond stuurt Aisha Sofia een bericht: ‘Dank je. Ik zorg dat ik er klaar voor ben.’</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.notes">
      <source>Make sure the cost registers: Gareth is not wrong that a heads-up would have been kinder. Ask the group whether Sofia could have done both, warning Gareth and still raising it. If Gareth's role-player wants to stay cross, let them; the next scene needs that tension.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-naming).</extracomment>
      <translation>Zorg dat de prijs duidelijk wordt: Gareth heeft gelijk dat een waarschuwing vooraf vriendelijker was geweest. Vraag de groep of Sofia allebei had kunnen doen: Gareth waarschuwen én het toch aankaarten. Wil wie Gareth speelt boos blijven, laat dat dan zo; de volgende scène heeft die spanning nodig.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.title">
      <source>The budget round</source>
      <extracomment>Scene heading, shown on the projector (scene budget-round).</extracomment>
      <translation>De budgetronde</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.narration">
      <source>Three weeks later, the leadership team meets to set next year's budget, and every director has been asked to find savings. Gareth's draft lists the Access Network as &quot;volunteer-led, no cost&quot;. That morning Aisha emailed every director a one-page note: captions and an accessibility audit would cost about £6,000 a year, and the network still has no executive sponsor. Olivia looks round the table: &quot;Anything on people programmes before we sign this off?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene budget-round).</extracomment>
      <translation>Drie weken later komt het managementteam bij elkaar om het budget voor volgend jaar vast te stellen, en elke directeur is gevraagd te bezuinigen. In het concept van Gareth staat het Access Network als ‘gedragen door vrijwilligers, geen kosten’. Die ochtend heeft Aisha elke directeur een notitie van één pagina gemaild: ondertiteling en een toegankelijkheidsaudit kosten zo'n £6.000 per jaar, en het netwerk heeft nog steeds geen sponsor uit de directie. Olivia kijkt de tafel rond: ‘Nog iets over de personeelsprogramma's voordat we dit vaststellen?’</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.notes">
      <source>This is the heart of the scenario; give it three to four minutes. Budget meetings are where gestures and commitments part company. If someone argues that asking for money in a savings round is unrealistic, take it seriously: ask what the network's work would cost if the company paid for it at contractor rates. Watch Gareth's role-player: the advocate option only lands well if Sofia brings him with her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene budget-round).</extracomment>
      <translation>Dit is de kern van het scenario; neem er drie tot vier minuten voor. In budgetoverleggen gaan gebaren en toezeggingen uit elkaar. Zegt iemand dat om geld vragen in een bezuinigingsronde onrealistisch is, neem dat dan serieus: vraag wat het werk van het netwerk zou kosten als het bedrijf ervoor zou betalen tegen het tarief van een externe kracht. Let op wie Gareth speelt: de optie van de pleitbezorger werkt alleen goed als Sofia hem meeneemt.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.prompt">
      <source>You are Sofia. The draft is about to be approved. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene budget-round).</extracomment>
      <translation>Jij bent Sofia. Het concept wordt zo goedgekeurd. Wat doe je?</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.text">
      <source>Approve the draft. Every team is cutting, and asking for new spending in a savings round would look odd.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option approve). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>Het concept goedkeuren. Elk team bezuinigt, en om nieuwe uitgaven vragen in een bezuinigingsronde zou vreemd zijn.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.why">
      <source>The pressure is real and nobody wants to be the director who didn't cut. But approving &quot;no cost&quot; makes the network's unpaid work the official plan.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option approve).</extracomment>
      <translation>De druk is echt en niemand wil de directeur zijn die niet bezuinigde. Maar door ‘geen kosten’ goed te keuren wordt het onbetaalde werk van het netwerk het officiële plan.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.text">
      <source>&quot;I'd support funding the network if we can find the money somewhere.&quot; Then let the item close.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option support-if). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>‘Ik steun financiering van het netwerk, als we het geld ergens vinden.’ Dan het punt laten sluiten.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.why">
      <source>Your support is now on record. But a conditional &quot;if&quot; in a savings round usually means no, and everyone at the table knows it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option support-if).</extracomment>
      <translation>Je steun staat nu in de notulen. Maar een voorwaardelijk ‘als’ in een bezuinigingsronde betekent meestal nee, en dat weet iedereen aan tafel.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.text">
      <source>&quot;Could we recognise the network at the annual awards? A trophy and a moment on stage would show how much we value them.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option award). Shown on a phone button: keep it short, about 120 characters like the English.</extracomment>
      <translation>‘Kunnen we het netwerk bij de jaarlijkse prijsuitreiking eren? Een trofee en een moment op het podium laten zien hoe we ze waarderen.’</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.why">
      <source>Recognition feels generous and costs almost nothing. It celebrates the volunteers' unpaid work while the budget line still reads zero.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option award).</extracomment>
      <translation>Erkenning voelt gul en kost bijna niets. Het viert het onbetaalde werk van de vrijwilligers, terwijl er op de begrotingsregel nog altijd nul staat.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.text">
      <source>&quot;I'd rather we didn't close this until Aisha has taken us through her note. Can we hold the item and hear from her next month?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option hold-and-hear). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>‘Ik zou dit liever niet afsluiten voordat Aisha ons door haar notitie heeft geleid. Kunnen we het punt aanhouden en haar volgende maand horen?’</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.why">
      <source>You use the agenda to make room for the people affected, at the price of slowing a meeting everyone wants finished.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option hold-and-hear).</extracomment>
      <translation>Je gebruikt de agenda om ruimte te maken voor de mensen om wie het gaat, en de prijs is dat je een vergadering ophoudt die iedereen graag wil afronden.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.text">
      <source>&quot;If the network wants me, I'll be its executive sponsor, and I'll move £6,000 from my contractor budget this year. I'd also like every staff network to get a budget line and a twice-yearly slot here, so this isn't decided by whoever pushes hardest. Gareth, would you work on that with me?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option sponsor-and-fund). Shown on a phone button: keep it short, about 289 characters like the English.</extracomment>
      <translation>‘Als het netwerk dat wil, word ik de sponsor uit de directie, en verschuif ik dit jaar £6.000 uit mijn budget voor externe krachten. Ik wil ook dat elk medewerkersnetwerk een eigen begrotingsregel en twee keer per jaar een moment hier krijgt, zodat het niet afhangt van wie het hardst duwt. Gareth, werk je dat met mij uit?’</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.why">
      <source>You spend your own budget and standing to change how every network is resourced, not just this one, you offer sponsorship rather than imposing it, and you bring Gareth in instead of going round him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option sponsor-and-fund).</extracomment>
      <translation>Je zet je eigen budget en positie in om te veranderen hoe elk netwerk middelen krijgt, niet alleen dit ene; je biedt sponsorschap aan in plaats van het op te leggen, en je betrekt Gareth in plaats van om hem heen te werken.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.title">
      <source>Signed off before lunch</source>
      <extracomment>Scene heading, shown on the projector (scene end-approved).</extracomment>
      <translation>Goedgekeurd voor de lunch</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.narration">
      <source>The budget is signed off before lunch. In the spring staff survey, several comments from network members mention the launch cake, and not fondly. Aisha steps down as co-chair in April, and the role stays empty for four months.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-approved).</extracomment>
      <translation>Het budget is voor de lunch goedgekeurd. In het medewerkersonderzoek van het voorjaar noemen meerdere leden van het netwerk de taart van de lancering, en niet met warmte. Aisha stopt in april als co-voorzitter, en die plek blijft vier maanden leeg.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.notes">
      <source>Let this sit for a few seconds before the debrief. Ask: &quot;Was there a single moment where this was decided?&quot; Usually there wasn't, which is the lesson.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-approved).</extracomment>
      <translation>Laat dit een paar seconden bezinken voor de nabespreking. Vraag: ‘Was er één moment waarop dit werd beslist?’ Meestal niet, en dat is precies de les.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.title">
      <source>Support in principle</source>
      <extracomment>Scene heading, shown on the projector (scene end-conditional).</extracomment>
      <translation>Steun in principe</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.narration">
      <source>The minutes record &quot;support in principle, subject to funding&quot;. No funding is found. Aisha sends the directors a short, courteous email thanking them for their time and stops sending requests. The network still meets, but fewer people come each month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-conditional).</extracomment>
      <translation>In de notulen staat ‘in principe steun, onder voorbehoud van financiering’. Er wordt geen financiering gevonden. Aisha stuurt de directeuren een korte, beleefde mail om hen te bedanken voor hun tijd en stuurt geen verzoeken meer. Het netwerk komt nog steeds bij elkaar, maar elke maand komen er minder mensen.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.title">
      <source>A glass trophy</source>
      <extracomment>Scene heading, shown on the projector (scene end-award).</extracomment>
      <translation>Een glazen trofee</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.narration">
      <source>At the December awards evening the network wins a glass trophy and a standing ovation, and Aisha is photographed with Olivia. The captioning request is still open. On the train home she tells Dev it felt like being applauded for doing work the company would not pay for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-award).</extracomment>
      <translation>Op de prijsuitreiking in december wint het netwerk een glazen trofee en een staande ovatie, en Aisha gaat met Olivia op de foto. Het verzoek om ondertiteling staat nog steeds open. In de trein naar huis vertelt ze Dev dat het voelde alsof ze werd toegejuicht voor werk waar het bedrijf niet voor wilde betalen.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.notes">
      <source>If a participant objects that awards do matter, agree: they can. Ask what would have had to be true for this award to feel like recognition rather than a substitute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-award).</extracomment>
      <translation>Werpt een deelnemer tegen dat prijzen er wel degelijk toe doen, geef dan toe: dat kan. Vraag wat er waar had moeten zijn om deze prijs als erkenning te laten voelen in plaats van als vervanging.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.title">
      <source>Fifteen minutes</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Een kwartier</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.narration">
      <source>The following month Aisha presents for fifteen minutes and answers every question. Olivia asks Gareth to cost a proper arrangement for all the staff networks by the next quarter. It is slower than the network hoped, and Gareth is cool with Sofia for a few weeks, but for the first time the requests have an owner and a date.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>De maand daarop presenteert Aisha een kwartier lang en beantwoordt ze elke vraag. Olivia vraagt Gareth om voor het volgende kwartaal een goede regeling voor alle medewerkersnetwerken door te rekenen. Het gaat langzamer dan het netwerk had gehoopt, en Gareth is een paar weken koel tegen Sofia, maar voor het eerst hebben de verzoeken een eigenaar en een datum.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.title">
      <source>A sponsor and a budget line</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>Een sponsor en een begrotingsregel</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.narration">
      <source>Sofia's team loses a contractor for two months, and her engineering lead is not pleased. Aisha accepts the offer on one condition, that the network, not its sponsor, sets the priorities, and Sofia agrees. By spring the all-hands meetings carry live captions, the office audit is under way, and two other networks have put in their first budgets. After a frosty week, Gareth asks to co-write the new guidance.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>Sofia's team moet twee maanden een externe kracht missen, en haar engineering lead is daar niet blij mee. Aisha neemt het aanbod aan op één voorwaarde: het netwerk bepaalt de prioriteiten, niet de sponsor, en Sofia stemt in. In het voorjaar hebben de bijeenkomsten voor alle medewerkers live ondertiteling, loopt de audit van het kantoor, en hebben twee andere netwerken hun eerste begroting ingediend. Na een ijzige week vraagt Gareth of hij de nieuwe richtlijnen mag meeschrijven.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.notes">
      <source>Resist making this the &quot;right answer&quot; ending. Point out what it cost and that Aisha had to set a condition to keep the network hers. Ask: &quot;What would a sponsor do that quietly takes a network over?&quot;</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>Maak hier niet het einde met ‘het goede antwoord’ van. Benoem wat het kostte, en dat Aisha een voorwaarde moest stellen om het netwerk in eigen hand te houden. Vraag: ‘Wat zou een sponsor doen die een netwerk stilletjes overneemt?’</translation>
    </message>
    <message id="erg-no-budget.debrief.what.1">
      <source>What did the network ask for, and what did it actually receive on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Waar vroeg het netwerk om, en wat kreeg het echt op het pad dat wij namen?</translation>
    </message>
    <message id="erg-no-budget.debrief.what.2">
      <source>At which moment was staying quiet easiest, and what made it easy?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Op welk moment was zwijgen het makkelijkst, en waardoor was het zo makkelijk?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.1">
      <source>What does a network learn when it is celebrated in public and unfunded in private?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat leert een netwerk als het in het openbaar wordt gevierd en achter de schermen geen geld krijgt?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.2">
      <source>Why might a kindly meant video or award land worse with members than silence would?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom kan een goedbedoeld filmpje of een prijs bij de leden slechter vallen dan stilte?</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.3">
      <source>What is the difference between sponsoring a network and running it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat is het verschil tussen een netwerk sponsoren en een netwerk runnen?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.1">
      <source>Which staff network in your organisation could you ask, this month, what it needs and who it answers to?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Aan welk medewerkersnetwerk in jouw organisatie zou je deze maand kunnen vragen wat het nodig heeft en aan wie het verantwoording aflegt?</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.2">
      <source>What is one resource you control (budget, agenda time, your name) that a network could use, on its terms?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welk middel waar jij over gaat (budget, tijd op de agenda, je naam) zou een netwerk kunnen gebruiken, op de eigen voorwaarden van dat netwerk?</translation>
    </message>
    <message id="erg-no-budget.sources.1.title">
      <source>Workplace allyship practice: staff networks with their own budget, an executive sponsor and a route to decision-makers</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: medewerkersnetwerken met een eigen budget, een sponsor uit de directie en een weg naar wie beslist</translation>
    </message>
    <message id="erg-no-budget.sources.1.note">
      <source>Based on writing about performative allyship that lists networks launched without money, authority or leadership access among its structural forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op teksten over performatieve allyship die netwerken zonder geld, zeggenschap of toegang tot de leiding noemen als een van de structurele vormen ervan.</translation>
    </message>
    <message id="mispronounced-name.title">
      <source>&quot;I'll just call you Zoe&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>‘Ik noem je gewoon Zoe’</translation>
    </message>
    <message id="mispronounced-name.summary">
      <source>On a quarterly review call, the chief operating officer mispronounces a team lead's name yet again and jokes about giving her an easier one. The group decides what a fellow manager on the call does, and what they say when the COO raises it with them later.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Tijdens een kwartaalreview spreekt de COO de naam van een teamleider weer eens verkeerd uit en grapt dat hij haar een makkelijkere naam geeft. De groep beslist wat een collega-manager in het gesprek doet, en wat die zegt als de COO er later zelf over begint.</translation>
    </message>
    <message id="mispronounced-name.content_note">
      <source>This role-play includes a senior leader mispronouncing a colleague's name yet again and joking, in front of forty people, about calling her by an easier one.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel spreekt een topmanager de naam van een collega weer eens verkeerd uit en grapt hij, waar veertig mensen bij zijn, dat hij haar een makkelijkere naam geeft.</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.name">
      <source>Xinyi Zhou, logistics team lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role xinyi).</extracomment>
      <translation>Xinyi Zhou, teamleider logistiek</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.brief">
      <source>Your name is said roughly &quot;Shin-yee Joe&quot;. You corrected Martin once, a year ago, and he got it wrong again the next week, so you stopped. Being renamed &quot;Zoe&quot; in front of forty people stings more than you will show. You do not want a fuss made on your behalf in public, but you would quietly welcome someone simply saying it right.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role xinyi).</extracomment>
      <translation>Je naam spreek je ongeveer uit als ‘Sjin-jie Dzjo’. Je hebt Martin een jaar geleden één keer verbeterd, en de week erna zei hij het weer verkeerd, dus je bent ermee gestopt. Waar veertig mensen bij zijn ‘Zoe’ genoemd worden, doet meer pijn dan je laat merken. Je wilt niet dat er in het openbaar namens jou ophef wordt gemaakt, maar je zou het stilletjes fijn vinden als iemand je naam gewoon goed uitspreekt.</translation>
    </message>
    <message id="mispronounced-name.roles.martin.name">
      <source>Martin Hargreaves, chief operating officer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role martin).</extracomment>
      <translation>Martin Hagemans, COO</translation>
    </message>
    <message id="mispronounced-name.roles.martin.brief">
      <source>You are warm, busy and a little self-deprecating. You genuinely find the name hard, and joking about your own hopelessness feels friendly to you. You would be mortified to learn it reads as dismissive. If someone tells you plainly and privately, you take it well and you do something about it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role martin).</extracomment>
      <translation>Je bent hartelijk, druk en een tikje zelfspottend. Je vindt de naam echt moeilijk, en grappen maken over je eigen onhandigheid voelt voor jou vriendelijk. Je zou je doodschamen als je hoorde dat het afwijzend overkomt. Als iemand het je duidelijk en onder vier ogen vertelt, neem je dat goed op en doe je er iets mee.</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.name">
      <source>Tomás Ferreira, regional operations manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tomas).</extracomment>
      <translation>Tomás Ferreira, regiomanager operations</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.brief">
      <source>You are a peer of the responder and you also noticed. You will follow whatever the responder does: if they say the name correctly, you do too; if they let it go, you stay quiet. Play this out naturally.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tomas).</extracomment>
      <translation>Je bent een collega van degene die reageert en je hebt het ook gemerkt. Je volgt wat die persoon doet: spreekt die de naam goed uit, dan doe jij dat ook; laat die het gaan, dan zwijg jij ook. Speel dit op een natuurlijke manier.</translation>
    </message>
    <message id="mispronounced-name.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="mispronounced-name.roles.observer.brief">
      <source>Listen for how Xinyi's name is said by each speaker, every time. Note the exact words around the &quot;Zoe&quot; joke. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Luister hoe elke spreker Xinyi's naam uitspreekt, elke keer. Noteer de letterlijke woorden rond de grap over ‘Zoe’. Gebruik de checklist.</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.1">
      <source>How many times was Xinyi's name said wrongly, and by whom?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hoe vaak werd Xinyi's naam verkeerd uitgesproken, en door wie?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and was it in public or in private?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen (afleiden, delegeren, documenteren, later nagaan, direct aanspreken) gebruikte degene die reageerde, en was dat in het openbaar of onder vier ogen?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.3">
      <source>Did anyone model the correct pronunciation without making Xinyi the centre of attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Liet iemand de goede uitspraak horen zonder Xinyi in het middelpunt te zetten?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.4">
      <source>Did anyone check with Xinyi what she would like, before or after acting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg iemand Xinyi wat zij wilde, vooraf of achteraf?</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.5">
      <source>When Martin asked, did the responder give him something specific to do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Gaf degene die reageerde Martin iets concreets om te doen, toen hij ernaar vroeg?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.title">
      <source>The quarterly operations review</source>
      <extracomment>Scene heading, shown on the projector (scene quarterly-call).</extracomment>
      <translation>De kwartaalreview van operations</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.narration">
      <source>Forty people are on the video call when Martin hands over: &quot;Great numbers from the north depot. Zin-yee, take us through them?&quot; Xinyi presents, cleanly and quickly. Martin laughs: &quot;Thanks, Zoe. Sorry, Zin-yee. Honestly, can I just call you Zoe? Easier for all of us.&quot; A few people laugh; Xinyi says &quot;Either's fine&quot; and mutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene quarterly-call).</extracomment>
      <translation>Er zitten veertig mensen in de videocall als Martin het woord doorgeeft: ‘Mooie cijfers van het depot in het noorden. Zin-jie, neem jij ons erdoorheen?’ Xinyi presenteert, helder en vlot. Martin lacht: ‘Dank je, Zoe. Sorry, Zin-jie. Eerlijk, mag ik je gewoon Zoe noemen? Makkelijker voor ons allemaal.’ Een paar mensen lachen; Xinyi zegt ‘Allebei prima’ en zet haar microfoon uit.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.notes">
      <source>Before the scene, tell the group the name is said roughly &quot;Shin-yee&quot;. Keep Martin likeable in your reading; the scenario only works if he is someone participants could imagine working for. Participants may ask &quot;what if Xinyi really does not mind?&quot; Treat it as a real question and point out that nobody on the call asked her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene quarterly-call).</extracomment>
      <translation>Vertel de groep vóór de scène dat de naam ongeveer wordt uitgesproken als ‘Sjin-jie’. Houd Martin in je voordracht sympathiek; het scenario werkt alleen als hij iemand is voor wie deelnemers zich kunnen voorstellen te werken. Deelnemers vragen misschien: ‘En als Xinyi het echt niet erg vindt?’ Behandel dat als een serieuze vraag en wijs erop dat niemand in de call het haar heeft gevraagd.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.prompt">
      <source>You are a regional manager, presenting next. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene quarterly-call).</extracomment>
      <translation>Je bent regiomanager en jij presenteert hierna. Wat doe je?</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.text">
      <source>Start your own update as planned. She said either was fine.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option carry-on). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>Je eigen update beginnen zoals gepland. Ze zei dat allebei prima was.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.why">
      <source>Taking her words at face value is understandable on a big call, and it leaves &quot;Zoe&quot; hanging as the accepted version.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option carry-on).</extracomment>
      <translation>Haar woorden letterlijk nemen is begrijpelijk in een grote call, en zo blijft ‘Zoe’ hangen als de geaccepteerde versie.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.text">
      <source>Send a clapping emoji and &quot;Great update!&quot; in the call chat, and leave the name alone.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option chat-applause). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>Een applausemoji en ‘Mooie update!’ in de chat zetten, en de naam laten rusten.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.why">
      <source>It is friendly and it acknowledges her work, but the renaming goes unremarked in front of the whole call.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option chat-applause).</extracomment>
      <translation>Het is vriendelijk en erkent haar werk, maar de nieuwe naam blijft voor de hele call onbesproken.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.text">
      <source>Say nothing on the call; afterwards write on the company intranet about &quot;why leaders should learn everyone's name&quot;, with no mention of Xinyi or Martin.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option names-matter-post). Shown on a phone button: keep it short, about 151 characters like the English.</extracomment>
      <translation>Niets zeggen in de call; daarna op intranet schrijven over ‘waarom leiders ieders naam zouden moeten leren’, zonder Xinyi of Martin te noemen.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.why">
      <source>The message is right and widely seen, but it keeps you safely clear of the actual call and the actual person.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option names-matter-post).</extracomment>
      <translation>De boodschap klopt en veel mensen zien hem, maar je blijft veilig weg van de echte call en de echte persoon.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.text">
      <source>Open your update: &quot;Thanks, Xinyi, and building on your north depot numbers —&quot; saying &quot;Shin-yee&quot; clearly and warmly, then carry on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option say-it-right). Shown on a phone button: keep it short, about 130 characters like the English.</extracomment>
      <translation>Je update openen met ‘Dank je, Xinyi, en voortbouwend op jouw cijfers van het noorden —’, met een duidelijke, warme ‘Sjin-jie’, en doorgaan.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.why">
      <source>It models the right name in front of everyone, including Martin, without embarrassing anyone or putting Xinyi on the spot.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option say-it-right).</extracomment>
      <translation>Je laat iedereen, ook Martin, de goede naam horen zonder iemand in verlegenheid te brengen of Xinyi in de schijnwerpers te zetten.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.title">
      <source>After the call</source>
      <extracomment>Scene heading, shown on the projector (scene call-ends).</extracomment>
      <translation>Na de call</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.narration">
      <source>Your update goes smoothly. By the end of the call, two other people have also called her Zoe, one of them in the chat. The next morning a calendar invite from Martin's office is addressed to &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene call-ends).</extracomment>
      <translation>Je update verloopt soepel. Tegen het einde van de call hebben nog twee mensen haar Zoe genoemd, een van hen in de chat. De volgende ochtend is een uitnodiging van het secretariaat van Martin gericht aan ‘Zoe Zhou’.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.notes">
      <source>Point out how fast a new name spreads once a senior person has used it. Keep it brief; the second decision follows.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene call-ends).</extracomment>
      <translation>Wijs erop hoe snel een nieuwe naam zich verspreidt als iemand hoog in de organisatie hem eenmaal heeft gebruikt. Houd het kort; het tweede beslismoment volgt.</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.title">
      <source>The call chat</source>
      <extracomment>Scene heading, shown on the projector (scene clapping-chat).</extracomment>
      <translation>De chat van de call</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.narration">
      <source>A dozen people add clapping emoji under yours. Xinyi reacts with a smile. Martin reads out the chat at the end: &quot;Lovely to see the appreciation for Zoe's team!&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene clapping-chat).</extracomment>
      <translation>Een stuk of twaalf mensen zetten een applausemoji onder de jouwe. Xinyi reageert met een glimlach. Aan het einde leest Martin de chat voor: ‘Mooi om zoveel waardering te zien voor het team van Zoe!’</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.notes">
      <source>Participants may feel the chat applause was a real kindness, and it was. Ask what it did about the name, and who noticed that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene clapping-chat).</extracomment>
      <translation>Deelnemers vinden het applaus in de chat misschien echt aardig, en dat was het ook. Vraag wat het deed aan de naam, en wie dat opmerkte.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.title">
      <source>The intranet piece</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-piece).</extracomment>
      <translation>Het stuk op intranet</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.narration">
      <source>Your post is shared in the leadership newsletter under &quot;voices from the business&quot;. Martin comments: &quot;So important. Guilty as charged!&quot; Xinyi reads it and recognises the call at once, though she is not named. Her calendar invites now say &quot;Zoe&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-piece).</extracomment>
      <translation>Je bericht wordt gedeeld in de nieuwsbrief voor leidinggevenden, onder ‘stemmen uit de organisatie’. Martin reageert: ‘Zo belangrijk. Schuldig, edelachtbare!’ Xinyi leest het en herkent de call meteen, al wordt ze niet genoemd. In haar agenda-uitnodigingen staat nu ‘Zoe’.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.notes">
      <source>Handle kindly: writing about a problem is often a first step for people. Ask what it would have taken to turn the article into one sentence on the call, or one message to Martin.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-piece).</extracomment>
      <translation>Ga er vriendelijk mee om: over een probleem schrijven is voor mensen vaak een eerste stap. Vraag wat ervoor nodig was geweest om van het artikel één zin in de call te maken, of één bericht aan Martin.</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.title">
      <source>Your update</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>Jouw update</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.narration">
      <source>You say &quot;Shin-yee&quot; and carry on. Tomás, presenting after you, says it the same way. Martin frowns slightly, as if listening, and says nothing. Later, Xinyi messages you: &quot;Thank you for that. Nobody ever does.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Je zegt ‘Sjin-jie’ en gaat door. Tomás, die na jou presenteert, zegt het op dezelfde manier. Martin fronst licht, alsof hij luistert, en zegt niets. Later stuurt Xinyi je een bericht: ‘Dank je daarvoor. Niemand doet dat ooit.’</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.notes">
      <source>A low-drama intervention with a real effect. Ask what it cost: very little, which is worth noticing. Also ask what it did not address (Martin's joke itself).</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Een rustige ingreep met echt effect. Vraag wat het kostte: heel weinig, en dat is het opmerken waard. Vraag ook wat er niet mee werd aangepakt (de grap van Martin zelf).</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.title">
      <source>Your skip-level 1:1 with Martin</source>
      <extracomment>Scene heading, shown on the projector (scene martin-asks).</extracomment>
      <translation>Je één-op-één met Martin, de baas van je baas</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.narration">
      <source>At the end of your monthly catch-up, Martin says, &quot;Odd question. The north depot lead, is it Zin-yee? I never know, and I feel I've left it too late to ask her. She doesn't seem to mind Zoe.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-asks).</extracomment>
      <translation>Aan het einde van jullie maandelijkse gesprek zegt Martin: ‘Rare vraag. Die teamleider van het noordelijke depot, is het Zin-jie? Ik weet het nooit, en ik heb het gevoel dat het te laat is om het haar te vragen. Ze lijkt Zoe niet erg te vinden.’</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.notes">
      <source>This private moment with someone far more senior is where many participants freeze. Acknowledge the power gap out loud. If the group is large, ask for a show of hands on what they would say before the options appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-asks).</extracomment>
      <translation>Bij dit moment onder vier ogen met iemand die veel hoger in de organisatie zit, blokkeren veel deelnemers. Benoem het machtsverschil hardop. Is de groep groot, vraag dan met handopsteken wat ze zouden zeggen voordat de opties verschijnen.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.prompt">
      <source>Martin has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene martin-asks).</extracomment>
      <translation>Martin heeft het je rechtstreeks gevraagd. Wat zeg je?</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.text">
      <source>&quot;Honestly, I think she's used to it. I wouldn't worry.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option used-to-it). Shown on a phone button: keep it short, about 55 characters like the English.</extracomment>
      <translation>‘Ze is het wel gewend, denk ik. Maak je geen zorgen.’</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.why">
      <source>It spares Martin some discomfort and you some risk, and confirms that the easy version is fine.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option used-to-it).</extracomment>
      <translation>Het bespaart Martin wat ongemak en jou wat risico, en bevestigt dat de makkelijke versie prima is.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.text">
      <source>&quot;I think it's more like Shin-yee? I'm not completely sure, though.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option not-sure). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>‘Ik denk dat het meer Sjin-jie is? Maar ik weet het niet helemaal zeker.’</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.why">
      <source>You answer the question you were asked, but hedge it so much that Martin can file it and carry on.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option not-sure).</extracomment>
      <translation>Je beantwoordt de vraag die je kreeg, maar met zoveel voorbehoud dat Martin het kan wegleggen en verdergaan.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.text">
      <source>&quot;Great question. I actually ran a session on names for my team last year. Happy to send you the slides.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option my-workshop). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>‘Goede vraag. Ik heb vorig jaar voor mijn team een sessie over namen gegeven. Ik stuur je de slides graag.’</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.why">
      <source>It shows you care about the topic and puts your own work forward, but Martin leaves without the answer, and the &quot;Zoe&quot; joke is never mentioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option my-workshop).</extracomment>
      <translation>Het laat zien dat het onderwerp je aan het hart gaat en zet je eigen werk in de etalage, maar Martin gaat weg zonder het antwoord, en de grap over ‘Zoe’ komt nooit ter sprake.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.text">
      <source>&quot;It's Shin-yee Joe. And the 'Zoe' joke landed badly. I think a short word with her, saying it properly and leaving it there, would mean a lot.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option plain-answer). Shown on a phone button: keep it short, about 143 characters like the English.</extracomment>
      <translation>‘Het is Sjin-jie Dzjo. En die grap over “Zoe” kwam slecht aan. Even kort met haar praten, haar naam goed zeggen en het daarbij laten, zou veel betekenen.’</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.why">
      <source>You give him the name, the effect and one concrete step, privately, to someone with more power than you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option plain-answer).</extracomment>
      <translation>Je geeft hem de naam, het effect en één concrete stap, onder vier ogen, aan iemand met meer macht dan jij.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.text">
      <source>Give the same plain answer, then suggest Martin asks the business to add phonetic spellings to staff profiles and meeting invites, and offers to add his own first.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option phonetic-names). Shown on a phone button: keep it short, about 163 characters like the English.</extracomment>
      <translation>Hetzelfde heldere antwoord geven, en Martin voorstellen de organisatie te vragen om fonetische spellingen in personeelsprofielen en uitnodigingen, te beginnen met die van hemzelf.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.why">
      <source>You use your access to a senior leader to change the system, so correct names do not depend on individuals remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option phonetic-names).</extracomment>
      <translation>Je gebruikt je toegang tot een topleidinggevende om het systeem te veranderen, zodat goede namen niet afhangen van of mensen het onthouden.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.narration">
      <source>Everyone above Xinyi now calls her Zoe. New starters assume it is her name. At her appraisal, the form reads &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene zoe-sticks).</extracomment>
      <translation>Iedereen boven Xinyi noemt haar nu Zoe. Nieuwe collega's denken dat het haar naam is. Op haar beoordelingsformulier staat ‘Zoe Zhou’.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.notes">
      <source>Let the silence work. Ask the group how long it would take for this to become impossible to undo.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene zoe-sticks).</extracomment>
      <translation>Laat de stilte haar werk doen. Vraag de groep hoe lang het zou duren voordat dit niet meer terug te draaien is.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene half-fixed).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.narration">
      <source>Martin tries &quot;Shin-yee&quot; once, in a corridor, then slips back to Zoe in the next big meeting. Xinyi has stopped correcting anyone.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene half-fixed).</extracomment>
      <translation>Martin probeert één keer ‘Sjin-jie’, op de gang, en valt in de volgende grote vergadering terug op Zoe. Xinyi verbetert niemand meer.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.notes">
      <source>Ask what one extra sentence in the 1:1 might have changed.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene half-fixed).</extracomment>
      <translation>Vraag wat één extra zin in het één-op-ééngesprek had kunnen veranderen.</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene slides-sent).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.narration">
      <source>Martin thanks you warmly and says he will look at the slides. He does not. In the next review he says &quot;Zoe&quot; twice, and adds, &quot;I really must learn that name.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene slides-sent).</extracomment>
      <translation>Martin bedankt je hartelijk en zegt dat hij naar de slides zal kijken. Dat doet hij niet. In de volgende review zegt hij twee keer ‘Zoe’ en voegt eraan toe: ‘Ik moet die naam echt eens leren.’</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.notes">
      <source>Ask whose needs the answer served. Be gentle; this is an extremely common way to handle a senior person.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene slides-sent).</extracomment>
      <translation>Vraag wiens behoeften het antwoord diende. Wees mild; dit is een heel gewone manier om met iemand hoog in de organisatie om te gaan.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene martin-fixes).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.narration">
      <source>Martin is quiet for a second. &quot;Ouch. Right.&quot; The next week he stops Xinyi after a meeting, says her name correctly, and apologises in two sentences. He gets it right on every call afterwards, and once corrects someone else. He is slightly more formal with you for a while.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-fixes).</extracomment>
      <translation>Martin is even stil. ‘Au. Oké.’ De week erna houdt hij Xinyi na een vergadering staande, zegt haar naam goed en biedt in twee zinnen zijn excuses aan. Daarna zegt hij het in elke call goed, en één keer verbetert hij iemand anders. Een tijdje is hij wat formeler tegen je.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.notes">
      <source>Point out the quality of Martin's apology: short, no excuses, no request for reassurance. Ask the group what it took for the responder to say this upwards, and what might have made it easier.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-fixes).</extracomment>
      <translation>Wijs op de kwaliteit van Martins excuses: kort, geen smoesjes, geen verzoek om geruststelling. Vraag de groep wat ervoor nodig was om dit naar boven toe te zeggen, en wat het makkelijker had kunnen maken.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene profiles-change).</extracomment>
      <translation>Drie maanden later</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.narration">
      <source>Martin likes the idea more than you expected and raises it with the people team. Profiles and invites now carry an optional pronunciation field, and Martin's own is the first example in the announcement. Xinyi adds hers; so do two hundred others in the first week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene profiles-change).</extracomment>
      <translation>Martin vindt het idee beter dan je had verwacht en legt het voor aan HR. Profielen en uitnodigingen hebben nu een optioneel veld voor de uitspraak, en in de aankondiging is dat van Martin zelf het eerste voorbeeld. Xinyi vult het hare in; in de eerste week doen tweehonderd anderen hetzelfde.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.notes">
      <source>Ask who else benefits. Then ask the group what a similar small system change would look like in their own organisation, and who they would need to ask.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene profiles-change).</extracomment>
      <translation>Vraag wie er nog meer baat bij heeft. Vraag de groep dan hoe een vergelijkbare kleine systeemverandering er in hun eigen organisatie uit zou zien, en aan wie ze het zouden moeten vragen.</translation>
    </message>
    <message id="mispronounced-name.debrief.what.1">
      <source>How many separate moments were there in this story when someone could have said the name correctly?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Hoeveel afzonderlijke momenten waren er in dit verhaal waarop iemand de naam goed had kunnen uitspreken?</translation>
    </message>
    <message id="mispronounced-name.debrief.what.2">
      <source>What did &quot;Either's fine&quot; mean, do you think, and how sure can anyone be?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat betekende ‘Allebei prima’ volgens jullie, en hoe zeker kan iemand daarvan zijn?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.1">
      <source>What does it tell a person when a senior colleague decides their name is too much effort?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat zegt het iemand als een collega hoger in de organisatie besluit dat diens naam te veel moeite kost?</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.2">
      <source>Why is it harder to correct someone two levels above you, and what makes it possible anyway?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom is het moeilijker om iemand te verbeteren die twee niveaus boven je staat, en wat maakt het toch mogelijk?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.1">
      <source>Whose name in your own organisation are you not sure you say correctly, and how will you find out without burdening them?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Van wie in je eigen organisatie weet je niet zeker of je de naam goed uitspreekt, en hoe ga je daarachter komen zonder die persoon te belasten?</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.2">
      <source>What would you say, in one sentence, if a senior person got a colleague's name wrong in front of you?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wat zou je in één zin zeggen als iemand hoog in de organisatie in jouw bijzijn de naam van een collega verkeerd uitspreekt?</translation>
    </message>
    <message id="mispronounced-name.sources.1.title">
      <source>Workplace allyship practice: calmly correct a mispronounced name</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: een verkeerd uitgesproken naam rustig verbeteren</translation>
    </message>
    <message id="mispronounced-name.sources.1.note">
      <source>Built on the practice of saying a colleague's name properly and correcting mispronunciation without making a scene.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op de praktijk om de naam van een collega goed uit te spreken en een verkeerde uitspraak te verbeteren zonder er een scène van te maken.</translation>
    </message>
    <message id="mispronounced-name.sources.2.title">
      <source>Workplace allyship practice: use your access upwards</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: je toegang naar boven gebruiken</translation>
    </message>
    <message id="nobody-in-the-room.title">
      <source>The quiet room nobody in the meeting uses</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>De stilteruimte die niemand aan tafel gebruikt</translation>
    </message>
    <message id="nobody-in-the-room.summary">
      <source>At the end of an overrunning site committee meeting, facilities proposes turning the quiet room into meeting pods because it always looks empty. Nobody at the table prays at work, expresses milk or needs somewhere dark to sit out a migraine. A committee member decides whether to let it through, and later faces either the people affected or a tidy compromise that ignores what they said.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Aan het eind van een uitlopend overleg van de locatiecommissie stelt facilitair voor de stilteruimte om te bouwen tot vergaderhokjes, omdat die altijd leeg lijkt. Niemand aan tafel bidt op het werk, kolft of heeft een donkere plek nodig om een migraineaanval uit te zitten. Een commissielid beslist of ze het laat passeren, en krijgt later te maken met de mensen om wie het gaat, of met een keurig compromis dat negeert wat zij zeiden.</translation>
    </message>
    <message id="nobody-in-the-room.content_note">
      <source>This role-play includes a quiet room, used for prayer, expressing milk and sitting out migraines, being taken over for meetings without asking the people who rely on it.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel moet een stilteruimte, waar mensen bidden, kolven of een migraineaanval uitzitten, plaatsmaken voor vergaderhokjes, zonder dat iemand het de gebruikers vraagt.</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.name">
      <source>Sinéad Gallagher, head of finance and site committee member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sinead).</extracomment>
      <translation>Sinéad Gallagher, hoofd financiën en lid van de locatiecommissie</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.brief">
      <source>You have never used the quiet room and don't really know who does. You have a reputation on the committee for being practical and not making a fuss. You want the meeting to end as much as anyone; you also have a vague sense that &quot;always empty&quot; might not be the whole story.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sinead).</extracomment>
      <translation>Je hebt de stilteruimte nooit gebruikt en weet eigenlijk niet wie dat wel doet. Je staat in de commissie bekend als praktisch en als iemand die geen drukte maakt. Je wilt net zo graag als iedereen dat het overleg afgelopen is; je hebt ook een vaag gevoel dat ‘altijd leeg’ misschien niet het hele verhaal is.</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.name">
      <source>Marcus Webb, facilities manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marcus).</extracomment>
      <translation>Marcus Webb, facilitair manager</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.brief">
      <source>You have been asked for more meeting space for six months and finally have a plan and builders booked for Monday. You walk past the quiet room most mornings around ten and it is always empty. You are not against anyone; you simply haven't asked who uses it. If someone gives you specifics, you take them seriously. If you feel your judgement is being questioned in public, you get prickly.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marcus).</extracomment>
      <translation>Al zes maanden word je gevraagd om meer vergaderruimte, en eindelijk heb je een plan en zijn de aannemers voor maandag geboekt. Je loopt de meeste ochtenden rond tien uur langs de stilteruimte en die is altijd leeg. Je bent tegen niemand; je hebt alleen nooit gevraagd wie de ruimte gebruikt. Geeft iemand je concrete informatie, dan neem je die serieus. Heb je het gevoel dat je oordeel in het openbaar in twijfel wordt getrokken, dan word je stekelig.</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.name">
      <source>Hiroko Sato, operations director and committee chair</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hiroko).</extracomment>
      <translation>Hiroko Sato, operationeel directeur en voorzitter van de commissie</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.brief">
      <source>You want decisions made and meetings finished on time, and you are impatient with process for its own sake. You are fair, though: a concrete, time-limited proposal will get a yes from you, while a general appeal to &quot;consult more&quot; will get a sigh.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hiroko).</extracomment>
      <translation>Je wilt dat er besluiten vallen en dat vergaderingen op tijd klaar zijn, en procedures om de procedures maken je ongeduldig. Je bent wel eerlijk: een concreet voorstel met een duidelijke termijn krijgt van jou een ja, een algemene oproep om ‘meer te overleggen’ krijgt een zucht.</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.name">
      <source>Imran Chaudhry, warehouse shift leader</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role imran).</extracomment>
      <translation>Imran Chaudhry, ploegleider magazijn</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.brief">
      <source>You use the quiet room to pray at around one and four on every shift. Leah, back from maternity leave, uses it to express milk, and Jonah uses it when a migraine hits. You are not on the committee. You don't want to speak for every Muslim or every user, but you do want to be asked, and you want the others asked too. If you are invited to the committee, say plainly what you need: the timing, a lock, somewhere to wash.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role imran).</extracomment>
      <translation>Je gebruikt de stilteruimte om te bidden, elke dienst rond één uur en rond vier uur. Leah, terug van zwangerschapsverlof, gebruikt die om te kolven, en Jonah gaat erheen als er een migraineaanval opkomt. Je zit niet in de commissie. Je wilt niet spreken namens alle moslims of alle gebruikers, maar je wilt wel gevraagd worden, en je wilt dat de anderen ook gevraagd worden. Word je uitgenodigd bij de commissie, zeg dan gewoon wat je nodig hebt: de tijden, een slot op de deur, een plek om je te wassen.</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.brief">
      <source>Watch who speaks about the room's users and whether any users ever speak for themselves. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let op wie er over de gebruikers van de ruimte praat en of gebruikers ooit zelf aan het woord komen. Gebruik de checklist.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.1">
      <source>Did anyone ask who uses the room before the decision? Who, and how long into the item?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg iemand vóór het besluit wie de ruimte gebruikt? Wie, en hoe lang na de start van het agendapunt?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.2">
      <source>When the users' needs were mentioned, were they described by the users or on their behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Toen de behoeften van de gebruikers ter sprake kwamen, werden die dan door de gebruikers zelf beschreven, of namens hen?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.3">
      <source>Which of the five moves appeared: distract, delegate, document, delay, direct? In a decision meeting, delay (holding an item) and document (what goes in the decision log) are often the most powerful.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen zag je: afleiden, delegeren, documenteren, later nagaan, direct aanspreken? In een besluitvormend overleg zijn later nagaan (een punt aanhouden) en documenteren (wat er in de besluitenlijst komt) vaak het krachtigst.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.4">
      <source>Was a fix proposed only for this room, or for how such decisions are made in future?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Werd er alleen een oplossing voorgesteld voor deze ruimte, of ook voor hoe zulke besluiten in de toekomst worden genomen?</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.5">
      <source>What did each choice cost Sinéad, Marcus and Hiroko, and what did the quiet choices cost Imran, Leah and Jonah?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wat kostte elke keuze Sinéad, Marcus en Hiroko, en wat kostten de stille keuzes Imran, Leah en Jonah?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.title">
      <source>Any other business</source>
      <extracomment>Scene heading, shown on the projector (scene committee).</extracomment>
      <translation>Rondvraag</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.narration">
      <source>The site committee is twenty minutes over time when Marcus Webb reaches the last item. &quot;Quick one: we're turning the first-floor quiet room into two bookable meeting pods, because every time I walk past it's empty and we're desperate for space. Builders can start Monday; any objections?&quot; Nobody at the table prays at work, is breastfeeding, or has ever needed to sit in the dark through a migraine. Hiroko Sato has her pen over the decision log.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene committee).</extracomment>
      <translation>De locatiecommissie zit twintig minuten over de tijd als Marcus Webb bij het laatste punt komt. ‘Even snel: we bouwen de stilteruimte op de eerste verdieping om tot twee boekbare vergaderhokjes, want elke keer dat ik erlangs loop is hij leeg, en we zitten echt om ruimte te springen. De aannemers kunnen maandag beginnen; bezwaren?’ Niemand aan tafel bidt op het werk, geeft borstvoeding of heeft ooit een migraineaanval in het donker moeten uitzitten. Hiroko Sato houdt haar pen al boven de besluitenlijst.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.notes">
      <source>Read Marcus's line briskly; the speed is part of the problem. Give the group ninety seconds. Participants often say &quot;I'd have asked&quot;, which is easy to say with the narration in front of you; ask them how often they have held up the last item of an overrunning meeting.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene committee).</extracomment>
      <translation>Lees de tekst van Marcus vlot voor; de snelheid is een deel van het probleem. Geef de groep negentig seconden. Deelnemers zeggen vaak ‘Ik had het gevraagd’, en dat zeg je makkelijk met de verteltekst voor je neus; vraag hoe vaak ze het laatste punt van een uitlopend overleg hebben opgehouden.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.prompt">
      <source>You are Sinéad. Hiroko is about to write &quot;agreed&quot;. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene committee).</extracomment>
      <translation>Jij bent Sinéad. Hiroko staat op het punt ‘akkoord’ te noteren. Wat doe je?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.text">
      <source>Say nothing. It's a facilities decision, the meeting has overrun, and you don't use the room.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option say-nothing). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>Niets zeggen. Het is een facilitair besluit, het overleg loopt uit, en jij gebruikt de ruimte niet.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.why">
      <source>Not using the room makes it hard to see what is at stake, which is exactly why silence lets through a decision its users never heard about.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option say-nothing).</extracomment>
      <translation>Omdat je de ruimte niet gebruikt, zie je moeilijk wat er op het spel staat, en juist daarom laat zwijgen een besluit door waar de gebruikers nooit van hoorden.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.text">
      <source>&quot;Fine by me, as long as people still have somewhere to go.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option fine-if). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>‘Prima wat mij betreft, als mensen maar ergens anders heen kunnen.’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.why">
      <source>The caveat shows you care. But it is vague enough to be met with anything, and still nobody asks the people who use the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option fine-if).</extracomment>
      <translation>Het voorbehoud laat zien dat het je iets kan schelen. Maar het is zo vaag dat alles eraan voldoet, en nog steeds vraagt niemand het aan de mensen die de ruimte gebruiken.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.text">
      <source>&quot;Before we agree: who actually uses that room, and has anyone asked them? I'd rather we held this for a week and found out.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option hold-and-ask). Shown on a phone button: keep it short, about 124 characters like the English.</extracomment>
      <translation>‘Voor we akkoord gaan: wie gebruikt die ruimte eigenlijk, en heeft iemand het hun gevraagd? Ik houd dit liever een week aan en zoek het uit.’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.why">
      <source>You slow the decision and ask the question the room skipped, knowing you will probably be handed the job of finding out.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option hold-and-ask).</extracomment>
      <translation>Je remt het besluit af en stelt de vraag die de vergadering oversloeg, in de wetenschap dat jij waarschijnlijk de klus krijgt om het uit te zoeken.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.text">
      <source>&quot;Let's hold it, and let's change how we make these calls. Any change to a space people rely on goes to its users and the staff networks before it comes here. I'll draft that, and we'll hear from the users next week.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option change-the-rule). Shown on a phone button: keep it short, about 216 characters like the English.</extracomment>
      <translation>‘Laten we het aanhouden en veranderen hoe we zulke besluiten nemen. Elke wijziging aan een ruimte waar mensen op rekenen gaat eerst langs de gebruikers en de medewerkersnetwerken. Ik schrijf dat uit, en volgende week horen we de gebruikers.’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.why">
      <source>You deal with this decision and with the gap in the process that let it get this far, using your seat to make asking routine instead of a favour.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option change-the-rule).</extracomment>
      <translation>Je pakt dit besluit aan én het gat in het proces waardoor het zo ver kon komen, en je gebruikt je plek aan tafel om vragen de norm te maken in plaats van een gunst.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.title">
      <source>An alternative space</source>
      <extracomment>Scene heading, shown on the projector (scene storeroom).</extracomment>
      <translation>Een alternatieve ruimte</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.narration">
      <source>Hiroko writes: &quot;Agreed. Facilities to ensure alternative space.&quot; Marcus finds some: a corner of the old stationery store on the ground floor, with a curtain and no lock. Nobody who uses the quiet room is told until the works notice goes up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene storeroom).</extracomment>
      <translation>Hiroko noteert: ‘Akkoord. Facilitair zorgt voor alternatieve ruimte.’ Marcus vindt die ook: een hoek van het oude kantoorartikelenmagazijn op de begane grond, met een gordijn en zonder slot. Niemand die de stilteruimte gebruikt, hoort er iets van tot het bericht over de verbouwing op de deur hangt.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.notes">
      <source>Brief scene. Ask the group whether &quot;somewhere to go&quot; was met. Technically, yes. That gap between the letter and the need is worth a sentence, not a lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene storeroom).</extracomment>
      <translation>Korte scène. Vraag de groep of er voldaan is aan ‘ergens anders heen kunnen’. Technisch gezien wel. Dat gat tussen de letter en de behoefte is een zin waard, geen preek.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.title">
      <source>Friday, at the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Vrijdag, bij het koffieapparaat</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.narration">
      <source>On Friday afternoon a notice goes up on the quiet-room door: works begin Monday. Imran Chaudhry, a warehouse shift leader, catches Sinéad at the coffee machine. &quot;Were you in that meeting? I use that room twice a shift. So does Leah since she came back from maternity leave, and Jonah when his migraines hit. Nobody asked any of us.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Op vrijdagmiddag hangt er een briefje op de deur van de stilteruimte: maandag begint de verbouwing. Imran Chaudhry, ploegleider in het magazijn, spreekt Sinéad aan bij het koffieapparaat. ‘Zat jij bij dat overleg? Ik gebruik die ruimte twee keer per dienst. Leah ook, sinds ze terug is van zwangerschapsverlof, en Jonah als hij migraine heeft. Niemand heeft het ons gevraagd.’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.notes">
      <source>If you have an Imran role-player, let them deliver the line and then wait. The silence after it is useful. Watch for Sinéad's role-player reaching for &quot;it wasn't my decision&quot;; ask the room whether that is true.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Heb je iemand die Imran speelt, laat die de tekst dan uitspreken en wacht. De stilte daarna is nuttig. Let op of wie Sinéad speelt grijpt naar ‘Het was niet mijn besluit’; vraag de groep of dat klopt.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.prompt">
      <source>You are Sinéad. Imran is waiting for an answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Jij bent Sinéad. Imran wacht op een antwoord. Wat doe je?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.text">
      <source>&quot;I'm sorry, it's really a facilities decision. You'd need to take it up with Marcus.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option not-my-call). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>‘Sorry, het is echt een besluit van facilitair. Daarvoor moet je bij Marcus zijn.’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.why">
      <source>It's true that Marcus owns the plan. But you were in the room, and pointing Imran elsewhere leaves him to start from scratch, alone, over a weekend.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option not-my-call).</extracomment>
      <translation>Het klopt dat het plan van Marcus is. Maar jij zat erbij, en door Imran door te verwijzen laat je hem alleen, in een weekend, van voren af aan beginnen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.text">
      <source>&quot;That's rubbish, I'm sorry. I honestly didn't know anyone used it.&quot; Then head back to your desk.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option sympathise). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>‘Wat rot, sorry. Ik wist echt niet dat iemand die ruimte gebruikte.’ Dan terug naar je bureau.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.why">
      <source>The sympathy is genuine and the honesty helps. But nothing about Monday changes, and Imran leaves knowing only that you feel bad.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option sympathise).</extracomment>
      <translation>Het medeleven is gemeend en de eerlijkheid helpt. Maar aan maandag verandert niets, en Imran loopt weg met alleen de wetenschap dat jij je er rot over voelt.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.text">
      <source>&quot;Leave it with me.&quot; Later, post in the all-staff channel about how much the company values faith and wellbeing, and say that alternatives are being looked at.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option post-message). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>‘Laat maar aan mij over.’ Later in het kanaal voor alle medewerkers posten hoezeer het bedrijf geloof en welzijn waardeert, en dat er naar alternatieven wordt gekeken.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.why">
      <source>The post is public and kindly meant, and it sounds like action. Nothing is actually being looked at, and the people who use the room will see that first.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option post-message).</extracomment>
      <translation>Het bericht is openbaar en goedbedoeld, en het klinkt als actie. Er wordt in werkelijkheid nergens naar gekeken, en de mensen die de ruimte gebruiken, zien dat als eersten.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.text">
      <source>&quot;I was there, and I didn't ask who uses it. That's on me. I'll ask Hiroko today to pause Monday's works. Would you, Leah and Jonah tell the committee what you need, or tell me and I'll pass it on word for word?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option own-and-pause). Shown on a phone button: keep it short, about 211 characters like the English.</extracomment>
      <translation>‘Ik zat erbij en heb niet gevraagd wie de ruimte gebruikt. Mijn fout. Ik vraag Hiroko vandaag de verbouwing stil te zetten. Vertellen jij, Leah en Jonah de commissie wat jullie nodig hebben, of zeg je het mij en geef ik het letterlijk door?’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.why">
      <source>You own your part without excuses, act before Monday, and let the users choose how they are heard.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option own-and-pause).</extracomment>
      <translation>Je neemt je deel op je zonder excuses, handelt vóór maandag, en laat de gebruikers kiezen hoe ze gehoord willen worden.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.title">
      <source>One week</source>
      <extracomment>Scene heading, shown on the projector (scene held).</extracomment>
      <translation>Eén week</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.narration">
      <source>Hiroko sighs: &quot;We've been talking about meeting space for six months.&quot; She agrees to hold the item for a week and, since Sinéad raised it, asks her to find out who uses the room. Marcus looks less than pleased. Over three days Sinéad talks to Imran, to Leah, back from maternity leave, and to Jonah, who gets migraines; none of them had heard about the plan.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene held).</extracomment>
      <translation>Hiroko zucht: ‘We hebben het al zes maanden over vergaderruimte.’ Ze gaat akkoord met een week uitstel en vraagt Sinéad, omdat die het aankaartte, uit te zoeken wie de ruimte gebruikt. Marcus kijkt niet bepaald blij. In drie dagen praat Sinéad met Imran, met Leah, die terug is van zwangerschapsverlof, en met Jonah, die migraine heeft; geen van hen had van het plan gehoord.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.notes">
      <source>Name the cost: Sinéad now has homework and a slightly cooler facilities manager. Ask the group whether they would have raised it knowing they'd be given the job.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene held).</extracomment>
      <translation>Benoem wat het kost: Sinéad heeft nu huiswerk en een iets koelere facilitair manager. Vraag de groep of ze het hadden aangekaart als ze wisten dat ze de klus zelf zouden krijgen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.title">
      <source>Not every broom cupboard</source>
      <extracomment>Scene heading, shown on the projector (scene rule-proposed).</extracomment>
      <translation>Niet elke bezemkast</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.narration">
      <source>Hiroko pushes back: &quot;I'm not adding a consultation stage for every broom cupboard.&quot; They settle on a one-week hold and a draft rule covering rooms used for faith, health or care. Marcus mutters that facilities will need permission to move a chair. Sinéad spends two evenings drafting the rule and meeting the room's users, who tell her they would rather speak for themselves than through her.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene rule-proposed).</extracomment>
      <translation>Hiroko sputtert tegen: ‘Ik ga niet voor elke bezemkast een inspraakronde invoeren.’ Ze komen uit op een week uitstel en een conceptregel voor ruimtes die gebruikt worden voor geloof, gezondheid of zorg. Marcus moppert dat facilitair straks toestemming nodig heeft om een stoel te verschuiven. Sinéad besteedt twee avonden aan het uitschrijven van de regel en aan gesprekken met de gebruikers van de ruimte, die haar vertellen dat ze liever zelf het woord doen dan via haar.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.notes">
      <source>The users' last line matters. Advocacy that ends with Sinéad speaking for everyone has missed something. Flag it, and see whether the group picks it up at the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene rule-proposed).</extracomment>
      <translation>De laatste zin van de gebruikers doet ertoe. Pleitbezorging die erop uitdraait dat Sinéad voor iedereen spreekt, heeft iets gemist. Benoem het, en kijk of de groep het oppakt bij het volgende beslismoment.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.title">
      <source>A sensible middle ground</source>
      <extracomment>Scene heading, shown on the projector (scene reconvened).</extracomment>
      <translation>Een verstandige middenweg</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.narration">
      <source>A week later the committee meets again. Marcus has a compromise: keep the quiet room, but make it a bookable meeting pod from nine to five, with quiet use &quot;outside core hours&quot;. Imran's prayers fall at around one and four on every shift. Hiroko looks round the table: &quot;That sounds like a sensible middle ground. Shall we?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene reconvened).</extracomment>
      <translation>Een week later komt de commissie opnieuw bij elkaar. Marcus heeft een compromis: de stilteruimte blijft, maar wordt van negen tot vijf een boekbaar vergaderhokje, en stil gebruik kan ‘buiten de kerntijden’. Imrans gebeden vallen elke dienst rond één uur en rond vier uur. Hiroko kijkt de tafel rond: ‘Dat klinkt als een verstandige middenweg. Zullen we?’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.notes">
      <source>Three minutes. This is the more sophisticated trap: a compromise that sounds reasonable and quietly ignores what the consultation found. If nobody spots the timing clash, read the third sentence again, slowly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene reconvened).</extracomment>
      <translation>Drie minuten. Dit is de slimmere valkuil: een compromis dat redelijk klinkt en stilletjes negeert wat de inspraak opleverde. Ziet niemand dat de tijden botsen, lees de derde zin dan nog eens voor, langzaam.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.prompt">
      <source>You are Sinéad. The compromise is about to be agreed. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene reconvened).</extracomment>
      <translation>Jij bent Sinéad. Het compromis wordt zo aangenomen. Wat doe je?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.text">
      <source>Accept the compromise. You have already held the item once and don't want to be the one who blocks it twice.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option accept). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>Het compromis aanvaarden. Je hebt het punt al een keer opgehouden en wilt niet degene zijn die het twee keer blokkeert.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.why">
      <source>Not wanting to be &quot;difficult&quot; twice is understandable. But the compromise rules out exactly the hours the room is needed, and everyone at the table has now been told so.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option accept).</extracomment>
      <translation>Dat je niet twee keer ‘moeilijk’ wilt doen, is begrijpelijk. Maar het compromis sluit precies de uren uit waarop de ruimte nodig is, en dat heeft iedereen aan tafel nu gehoord.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.text">
      <source>&quot;Great outcome. Let's put this in the newsletter as an example of us listening to staff.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option praise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>‘Mooi resultaat. Dit moet in de nieuwsbrief, als voorbeeld van hoe we naar medewerkers luisteren.’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.why">
      <source>It celebrates the consultation while the decision ignores what the consultation found, and the people who were consulted read the newsletter too.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option praise).</extracomment>
      <translation>Het viert de inspraak terwijl het besluit negeert wat de inspraak opleverde, en de mensen die gehoord zijn, lezen de nieuwsbrief ook.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.text">
      <source>&quot;The people who use it told me when: around one and four, on every shift. Nine to five rules them out. Before we agree anything, can we hear from Imran directly?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option bring-the-facts). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>‘De gebruikers hebben me verteld wanneer: rond één en rond vier, elke dienst. Negen tot vijf sluit hen uit. Kunnen we, voor we iets besluiten, Imran zelf horen?’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.why">
      <source>You put the specific facts in front of the room and ask for the people affected to speak for themselves, instead of letting a tidy compromise stand in for listening.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option bring-the-facts).</extracomment>
      <translation>Je legt de concrete feiten op tafel en vraagt de mensen om wie het gaat zelf aan het woord te laten, in plaats van een keurig compromis de plaats van luisteren te laten innemen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.text">
      <source>&quot;Let's not split this room. Marcus, the boardroom is empty most afternoons; could the pods go there? And I'd like us to adopt the consultation rule today, so the next room change doesn't depend on someone happening to ask.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option redesign). Shown on a phone button: keep it short, about 223 characters like the English.</extracomment>
      <translation>‘Laten we deze ruimte niet opdelen. Marcus, de directiekamer staat de meeste middagen leeg; kunnen de hokjes daar? En ik wil dat we vandaag de inspraakregel aannemen, zodat de volgende wijziging niet afhangt van iemand die toevallig iets vraagt.’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.why">
      <source>You offer a better alternative using space the committee itself controls, and lock in the process change so it outlasts this case.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option redesign).</extracomment>
      <translation>Je biedt een beter alternatief met ruimte waar de commissie zelf over gaat, en je legt de verandering in het proces vast, zodat die langer meegaat dan deze ene kwestie.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.title">
      <source>Booked solid</source>
      <extracomment>Scene heading, shown on the projector (scene end-pods).</extracomment>
      <translation>Volgeboekt</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.narration">
      <source>The pods open a fortnight later and are booked solid. Imran prays in a stairwell between shifts, and Leah expresses milk in her car. In the next staff survey, agreement that &quot;decisions here take people like me into account&quot; drops twelve points at the warehouse.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pods).</extracomment>
      <translation>De hokjes gaan twee weken later open en zijn volgeboekt. Imran bidt tussen de diensten in een trappenhuis, en Leah kolft in haar auto. In het volgende medewerkersonderzoek daalt in het magazijn de instemming met ‘Bij besluiten hier wordt rekening gehouden met mensen zoals ik’ met twaalf punten.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.notes">
      <source>Let the group sit with this for a moment. Then ask: at what point could this still have been stopped, and by whom?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pods).</extracomment>
      <translation>Laat de groep dit even voelen. Vraag dan: op welk moment had dit nog tegengehouden kunnen worden, en door wie?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.title">
      <source>Thinking about it</source>
      <extracomment>Scene heading, shown on the projector (scene end-sorry).</extracomment>
      <translation>Erover nadenken</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.narration">
      <source>Imran thanks her for listening and goes back to the floor. The works go ahead on Monday. Sinéad thinks about it more than once over the following weeks, but it never becomes a sentence in a meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sorry).</extracomment>
      <translation>Imran bedankt haar voor het luisteren en gaat terug naar de werkvloer. De verbouwing gaat maandag door. Sinéad denkt er de weken daarna meer dan eens aan, maar het wordt nooit een zin in een overleg.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.title">
      <source>Reactions from one floor</source>
      <extracomment>Scene heading, shown on the projector (scene end-posted).</extracomment>
      <translation>Reacties van één verdieping</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.narration">
      <source>The post gets plenty of reactions from the office floors and none from the warehouse. The works go ahead. A week later Imran asks Sinéad what happened with the alternatives, and she has no answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-posted).</extracomment>
      <translation>Het bericht krijgt volop reacties van de kantoorverdiepingen en geen enkele uit het magazijn. De verbouwing gaat door. Een week later vraagt Imran Sinéad hoe het zit met de alternatieven, en ze heeft geen antwoord.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.notes">
      <source>If the participant who chose this is uncomfortable, acknowledge that the post felt like doing something. Ask what a single phone call to Hiroko would have cost by comparison.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-posted).</extracomment>
      <translation>Voelt de deelnemer die dit koos zich ongemakkelijk, erken dan dat het bericht voelde als iets doen. Vraag wat één telefoontje naar Hiroko in vergelijking had gekost.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.title">
      <source>A two-week pause</source>
      <extracomment>Scene heading, shown on the projector (scene end-paused).</extracomment>
      <translation>Twee weken pauze</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.narration">
      <source>Hiroko is annoyed, since the builders charge a cancellation fee, but she agrees to a two-week pause. Imran, Leah and Jonah meet Marcus together, and it turns out the room is empty at ten because everyone uses it at lunchtime and mid-afternoon. The pods go into an underused storeroom instead, and the quiet room gets a lock and a small sink.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-paused).</extracomment>
      <translation>Hiroko is geïrriteerd, want de aannemers rekenen annuleringskosten, maar ze stemt in met twee weken pauze. Imran, Leah en Jonah gaan samen met Marcus in gesprek, en wat blijkt: de ruimte is om tien uur leeg omdat iedereen haar tussen de middag en halverwege de middag gebruikt. De hokjes komen in plaats daarvan in een weinig gebruikte opslagruimte, en de stilteruimte krijgt een slot en een kleine wastafel.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.notes">
      <source>Point out that the fix came from the users, not from Sinéad; her part was to stop the clock and get them into the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-paused).</extracomment>
      <translation>Benoem dat de oplossing van de gebruikers kwam, niet van Sinéad; haar rol was de klok stil te zetten en hen aan tafel te krijgen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.title">
      <source>A pod by day</source>
      <extracomment>Scene heading, shown on the projector (scene end-split).</extracomment>
      <translation>Overdag een vergaderhokje</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.narration">
      <source>The room becomes a pod by day. Within a fortnight it is booked at one o'clock most days, and Imran stops asking for it to be freed. The consultation Sinéad ran appears in the minutes as &quot;completed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-split).</extracomment>
      <translation>De ruimte wordt overdag een vergaderhokje. Binnen twee weken is ze de meeste dagen om één uur geboekt, en Imran vraagt niet meer of ze vrijgemaakt kan worden. De inspraak die Sinéad organiseerde, staat in de notulen als ‘afgerond’.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.notes">
      <source>Ask the group: was this consultation better or worse than none at all, from Imran's point of view?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-split).</extracomment>
      <translation>Vraag de groep: was deze inspraak, vanuit Imran gezien, beter of slechter dan helemaal geen inspraak?</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.title">
      <source>In the newsletter</source>
      <extracomment>Scene heading, shown on the projector (scene end-newsletter).</extracomment>
      <translation>In de nieuwsbrief</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.narration">
      <source>The newsletter piece runs with a photo of the committee. Leah reads it in her car, where she now expresses milk between nine and five. Imran forwards it to Sinéad with one line: &quot;Listening to who?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-newsletter).</extracomment>
      <translation>Het stuk in de nieuwsbrief verschijnt met een foto van de commissie. Leah leest het in haar auto, waar ze nu tussen negen en vijf kolft. Imran stuurt het door aan Sinéad met één regel: ‘Luisteren naar wie?’</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.title">
      <source>Four minutes from Imran</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>Vier minuten van Imran</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.narration">
      <source>Imran speaks for four minutes, plainly, and the committee sees that the room is busiest exactly when the compromise would lock it. The pods are put on hold while Marcus looks for other space, and the sales team grumbles loudly through a month of cramped meetings. The quiet room stays as it is.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>Imran spreekt vier minuten, zonder omwegen, en de commissie ziet dat de ruimte het drukst is op precies de momenten dat het compromis haar zou afsluiten. De hokjes worden in de wacht gezet terwijl Marcus naar andere ruimte zoekt, en het salesteam moppert luidkeels een maand lang over krappe vergaderingen. De stilteruimte blijft zoals ze is.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.title">
      <source>The boardroom, three afternoons a week</source>
      <extracomment>Scene heading, shown on the projector (scene end-rule).</extracomment>
      <translation>De directiekamer, drie middagen per week</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.narration">
      <source>Hiroko gives up the boardroom three afternoons a week, not graciously. The rule is adopted with one amendment from Marcus, a five-day limit so it can't stall facilities for months, which is a fair point. Six months later, a plan to move the first-aid room goes to its users first, and nobody has to remember to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-rule).</extracomment>
      <translation>Hiroko staat de directiekamer drie middagen per week af, en niet van harte. De regel wordt aangenomen met één amendement van Marcus, een termijn van vijf dagen zodat facilitair niet maandenlang stil kan komen te liggen, en dat is een terecht punt. Zes maanden later gaat een plan om de EHBO-ruimte te verplaatsen eerst langs de gebruikers, en hoeft niemand eraan te denken om het te vragen.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.notes">
      <source>Highlight Marcus's amendment: the person who nearly caused the harm improved the fix. That is what it looks like when a process change brings people with it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-rule).</extracomment>
      <translation>Licht het amendement van Marcus uit: degene die de schade bijna veroorzaakte, maakte de oplossing beter. Zo ziet het eruit als een verandering in het proces mensen meeneemt.</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.1">
      <source>Who was affected by the decision, and at what point did any of them get to speak?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wie werd door het besluit geraakt, en op welk moment kwam een van hen aan het woord?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.2">
      <source>What did &quot;always empty&quot; turn out to mean?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat bleek ‘altijd leeg’ te betekenen?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.1">
      <source>Why do decisions that affect absent people feel so uncontroversial in the room?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom voelen besluiten over mensen die er niet bij zijn aan tafel zo onomstreden?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.2">
      <source>What is the difference between consulting people and deciding what they said?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat is het verschil tussen mensen raadplegen en zelf invullen wat ze zeiden?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.1">
      <source>In your next decision meeting, which item could affect people who aren't at the table? How will you find out?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welk punt in je volgende besluitvormende overleg kan mensen raken die niet aan tafel zitten? Hoe ga je dat uitzoeken?</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.2">
      <source>What one line could you add to a process you own so that the people affected are asked by default?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welke ene regel zou je kunnen toevoegen aan een proces waar jij eigenaar van bent, zodat de mensen om wie het gaat standaard gevraagd worden?</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.title">
      <source>Workplace allyship practice: notice who is absent when a decision is made, and bring the people affected into it</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: opmerken wie er ontbreekt als een besluit valt, en de mensen om wie het gaat erbij betrekken</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.note">
      <source>Drawn from writing on systemic allyship and on the private moments, such as a meeting with nobody from the affected group present, where a biased decision is easiest to make.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op teksten over systemische allyship en over de momenten buiten het zicht, zoals een overleg waar niemand uit de betrokken groep bij is, waarop een bevooroordeeld besluit het makkelijkst valt.</translation>
    </message>
    <message id="owning-a-mistake.title">
      <source>Corrected in front of the room</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Verbeterd waar iedereen bij is</translation>
    </message>
    <message id="owning-a-mistake.summary">
      <source>During a product demo, a product manager uses an outdated phrase about wheelchair users and is corrected, kindly and in public, by the team's accessibility specialist. The group decides how he responds in the moment, and then what he does when a senior colleague tries to reassure him and the phrase turns out to be all over the product's help text.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Tijdens een productdemo gebruikt een productmanager een verouderde uitdrukking over rolstoelgebruikers en wordt hij vriendelijk en in het openbaar verbeterd door de toegankelijkheidsspecialist van het team. De groep beslist hoe hij op dat moment reageert, en daarna wat hij doet als een senior collega hem probeert gerust te stellen en de uitdrukking overal in de helpteksten van het product blijkt te staan.</translation>
    </message>
    <message id="owning-a-mistake.content_note">
      <source>This role-play includes an outdated phrase about wheelchair users said in a meeting, a wheelchair user correcting it, and a senior colleague dismissing the correction as oversensitive.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel valt in een vergadering een verouderde uitdrukking over rolstoelgebruikers; een collega die zelf een rolstoel gebruikt corrigeert die, en een senior collega doet de correctie af als overgevoelig.</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.name">
      <source>Rafael Herrera, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role rafael).</extracomment>
      <translation>Rafael Herrera, productmanager</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.brief">
      <source>You are demoing a feature you are proud of: a filter that helps customers find accessible seating at venues. You have said &quot;confined to a wheelchair&quot; for years without thinking about it. When Ngozi corrects you, your face goes hot and your first instinct is to explain. Let the group decide what you actually say.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role rafael).</extracomment>
      <translation>Je demonstreert een functie waar je trots op bent: een filter waarmee klanten toegankelijke zitplaatsen op locaties kunnen vinden. Je zegt al jaren ‘aan een rolstoel gekluisterd’ zonder erbij na te denken. Als Ngozi je verbetert, krijg je het warm en je eerste neiging is om het uit te leggen. Laat de groep beslissen wat je werkelijk zegt.</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.name">
      <source>Ngozi Eze, accessibility specialist</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ngozi).</extracomment>
      <translation>Ngozi Eze, toegankelijkheidsspecialist</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.brief">
      <source>You use a wheelchair. You correct the phrase once, briefly and kindly, because it will otherwise end up in customer-facing text. You do not want a long apology and you do not want to comfort Rafael. You have a real point to make about step-free routes from venue entrances. You are tired of being asked to check everyone's language for free.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ngozi).</extracomment>
      <translation>Je gebruikt een rolstoel. Je verbetert de uitdrukking één keer, kort en vriendelijk, omdat die anders in teksten voor klanten belandt. Je wilt geen lange excuses en je wilt Rafael niet hoeven troosten. Je hebt een echt punt over drempelvrije routes vanaf de ingang van locaties. Je bent het zat dat iedereen je vraagt om gratis hun taalgebruik na te kijken.</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.name">
      <source>Brendan O'Connor, engineering director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brendan).</extracomment>
      <translation>Bram Oosterhof, directeur engineering</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.brief">
      <source>You like Rafael and want to make him feel better after an awkward moment. Your way of doing that is to say the world has got oversensitive. You are not malicious; you simply haven't thought about it much. If someone disagrees with you kindly, you listen. If you are lectured, you bristle.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brendan).</extracomment>
      <translation>Je mag Rafael graag en wilt dat hij zich na een ongemakkelijk moment beter voelt. Jouw manier om dat te doen is zeggen dat de wereld overgevoelig is geworden. Je bent niet kwaadwillend; je hebt er gewoon nooit veel over nagedacht. Als iemand het vriendelijk met je oneens is, luister je. Word je de les gelezen, dan steiger je.</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.brief">
      <source>Time Rafael's response to the correction, in seconds, and note whose feelings the room ends up attending to. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Meet in seconden hoe lang Rafaels reactie op de correctie duurt, en noteer met wiens gevoelens de groep uiteindelijk bezig is. Gebruik de checklist.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.1">
      <source>How long did Rafael's response to the correction take, and how much of it was about his own intent or feelings?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Hoe lang duurde Rafaels reactie op de correctie, en hoeveel ervan ging over zijn eigen bedoeling of gevoelens?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.2">
      <source>Did the apology include an &quot;if&quot;, a &quot;but&quot; or an explanation? Write down the exact words.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Zat er in de excuses een ‘als’, een ‘maar’ of een uitleg? Schrijf de letterlijke woorden op.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.3">
      <source>After the correction, whose comfort did the room attend to: Ngozi's or Rafael's? Did Ngozi get to make the point she came with?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Met wiens comfort was de groep na de correctie bezig: dat van Ngozi of dat van Rafael? Kon Ngozi het punt maken waarvoor ze kwam?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.4">
      <source>At the lifts, which of the five moves could Rafael use with Brendan: distract, delegate, document, delay, direct? Which did he use?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren kon Rafael bij de liften tegenover Bram gebruiken: afleiden, delegeren, documenteren, later nagaan, direct aanspreken? Welke gebruikte hij?</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.5">
      <source>Did the fix reach the product, or only the conversation?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Kwam de verbetering in het product terecht, of alleen in het gesprek?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.title">
      <source>The product review</source>
      <extracomment>Scene heading, shown on the projector (scene demo).</extracomment>
      <translation>De productreview</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.narration">
      <source>Thursday's product review: twelve people in the room and six on the call. Rafael Herrera is demoing the new accessible-seating filter: &quot;This is going to make life so much easier for people confined to wheelchairs.&quot; Ngozi Eze, the team's accessibility specialist, raises a hand: &quot;Small thing: 'wheelchair users', please. My chair doesn't confine me; it's how I get around.&quot; A few people look down at their screens.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene demo).</extracomment>
      <translation>De productreview op donderdag: twaalf mensen in de zaal en zes in de call. Rafael Herrera demonstreert het nieuwe filter voor toegankelijke zitplaatsen: ‘Dit gaat het leven zoveel makkelijker maken voor mensen die aan een rolstoel gekluisterd zijn.’ Ngozi Eze, de toegankelijkheidsspecialist van het team, steekt haar hand op: ‘Kleinigheidje: “rolstoelgebruikers”, graag. Mijn stoel kluistert me nergens aan; zo kom ik overal.’ Een paar mensen kijken naar hun scherm.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.notes">
      <source>Ninety seconds is plenty; the real decision takes about three seconds in life. Ask the group to notice their own first instinct before they discuss. If a participant says &quot;but that phrase is normal&quot;, don't argue the vocabulary; come back to how the correction was handled, which is the point.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene demo).</extracomment>
      <translation>Negentig seconden is ruim voldoende; in het echt duurt de beslissing zo'n drie seconden. Vraag de groep om hun eigen eerste neiging op te merken voordat ze het bespreken. Als een deelnemer zegt ‘maar dat is toch een normale uitdrukking’, ga dan niet in discussie over de woorden; kom terug op hoe er met de correctie werd omgegaan, want daar gaat het om.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.prompt">
      <source>You are Rafael. Everyone is waiting. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene demo).</extracomment>
      <translation>Jij bent Rafael. Iedereen wacht. Wat doe je?</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.text">
      <source>&quot;Sorry if that came out wrong. I didn't mean anything by it; it's just the phrase everyone used when I was growing up.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option explain). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>‘Sorry als dat verkeerd overkwam. Ik bedoelde er niks mee; zo zei iedereen het toen ik opgroeide.’</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.why">
      <source>Explaining is a natural reflex. But the &quot;if&quot; makes the apology conditional, the focus moves to your intent rather than the impact, and nothing is actually owned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option explain).</extracomment>
      <translation>Uitleggen is een natuurlijke reflex. Maar door het ‘als’ worden de excuses voorwaardelijk, verschuift de aandacht naar je bedoeling in plaats van naar het effect, en neem je eigenlijk nergens verantwoordelijkheid voor.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.text">
      <source>&quot;Sure, yep.&quot; Then straight on to the next slide, as fast as possible.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option brush-past). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>‘Ja, prima.’ En dan meteen door naar de volgende slide, zo snel mogelijk.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.why">
      <source>You accept the correction, which counts for something. But it hasn't really landed, and rushing on can look like hoping nobody noticed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option brush-past).</extracomment>
      <translation>Je accepteert de correctie, en dat telt. Maar ze is niet echt binnengekomen, en snel doorgaan kan lijken alsof je hoopt dat niemand het merkte.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.text">
      <source>&quot;Oh no, I'm so sorry, Ngozi. I'm honestly mortified. I really care about this, I did the whole accessibility course last year...&quot; You keep going for a while.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option big-apology). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>‘O nee, het spijt me zo, Ngozi. Ik schaam me echt dood. Dit vind ik echt belangrijk, ik heb vorig jaar nog de hele cursus toegankelijkheid gedaan...’ Je gaat nog een tijdje door.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.why">
      <source>Sincere and very human. But a long apology turns the room towards your feelings and your credentials, and leaves Ngozi reassuring you in front of eighteen people.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option big-apology).</extracomment>
      <translation>Oprecht en heel menselijk. Maar lange excuses richten de aandacht op jouw gevoelens en jouw verdiensten, en laten Ngozi jou geruststellen waar achttien mensen bij zijn.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.text">
      <source>&quot;Thanks, Ngozi. Wheelchair users. Sorry.&quot; Then carry on with the demo, using the right term.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option own-it). Shown on a phone button: keep it short, about 92 characters like the English.</extracomment>
      <translation>‘Dank je, Ngozi. Rolstoelgebruikers. Sorry.’ Dan verder met de demo, met het goede woord.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.why">
      <source>Short, specific and without excuses: you own it, fix it and move on, which keeps the attention on the work and on Ngozi's point rather than on your embarrassment.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option own-it).</extracomment>
      <translation>Kort, specifiek en zonder smoesjes: je neemt het op je, herstelt het en gaat door, zodat de aandacht bij het werk en bij Ngozi's punt blijft en niet bij jouw gêne.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.title">
      <source>A short pause</source>
      <extracomment>Scene heading, shown on the projector (scene explained).</extracomment>
      <translation>Een korte stilte</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.narration">
      <source>There is a short pause. Ngozi says, &quot;Sure,&quot; and doesn't speak again for the rest of the review. In the call chat, two people add a heart to her comment; nobody reacts to Rafael's. The demo finishes on time.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene explained).</extracomment>
      <translation>Er valt een korte stilte. Ngozi zegt ‘Prima’ en zegt de rest van de review niets meer. In de chat van de call zetten twee mensen een hartje bij haar opmerking; op die van Rafael reageert niemand. De demo eindigt op tijd.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.notes">
      <source>If the person who chose this gets defensive (&quot;so I can't explain myself?&quot;), agree that intent matters to you, then ask what Ngozi got out of hearing about it. Keep your tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene explained).</extracomment>
      <translation>Als wie hiervoor koos defensief wordt (‘dus ik mag mezelf niet eens uitleggen?’), geef dan toe dat de bedoeling voor jou telt, en vraag wat Ngozi eraan had om die te horen. Houd je toon nieuwsgierig, niet belerend.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.title">
      <source>Eight minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene brushed).</extracomment>
      <translation>Acht minuten later</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.narration">
      <source>The review rolls on. Eight minutes later, on the pricing slide, Rafael says &quot;confined to a wheelchair&quot; again, without noticing. This time Ngozi says nothing. She writes something in her notebook.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brushed).</extracomment>
      <translation>De review gaat verder. Acht minuten later, bij de slide over prijzen, zegt Rafael weer ‘aan een rolstoel gekluisterd’, zonder het te merken. Deze keer zegt Ngozi niets. Ze schrijft iets op in haar notitieboek.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.notes">
      <source>This lands hard, and it is very common. Point out that a correction not absorbed tends to repeat, and that the second time costs the other person more than the first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brushed).</extracomment>
      <translation>Dit komt hard aan, en het gebeurt heel vaak. Wijs erop dat een correctie die niet is binnengekomen zich meestal herhaalt, en dat het de ander de tweede keer meer kost dan de eerste.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.title">
      <source>Four minutes about Rafael</source>
      <extracomment>Scene heading, shown on the projector (scene mortified).</extracomment>
      <translation>Vier minuten over Rafael</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.narration">
      <source>Ngozi waits for a gap, then says, &quot;Honestly, it's fine, don't worry,&quot; and keeps smiling at Rafael until he stops. The next four minutes of the review are about how bad he feels. The feedback she came with, about step-free routes from venue entrances, never gets raised.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mortified).</extracomment>
      <translation>Ngozi wacht op een pauze en zegt dan: ‘Echt, het is goed, maak je geen zorgen’, en blijft naar Rafael glimlachen tot hij ophoudt. De volgende vier minuten van de review gaan over hoe rot hij zich voelt. De feedback waarmee zij kwam, over drempelvrije routes vanaf de ingang van locaties, komt nooit aan bod.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.notes">
      <source>Ask Ngozi's role-player what she had planned to say and didn't get to. That lost point about step-free routes is the concrete cost; let it speak for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mortified).</extracomment>
      <translation>Vraag degene die Ngozi speelt wat ze van plan was te zeggen en niet kon zeggen. Dat verloren punt over drempelvrije routes is de concrete prijs; laat het voor zich spreken.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.title">
      <source>The demo goes on</source>
      <extracomment>Scene heading, shown on the projector (scene owned).</extracomment>
      <translation>De demo gaat door</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.narration">
      <source>Ngozi nods, and the demo goes on. Rafael stumbles once, catches himself, says &quot;wheelchair users&quot;, and keeps going. At the end, Ngozi raises step-free routes from venue entrances, and the team adds them to the backlog. Rafael's face stays warm for the next hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene owned).</extracomment>
      <translation>Ngozi knikt, en de demo gaat door. Rafael hapert één keer, herstelt zich, zegt ‘rolstoelgebruikers’ en gaat verder. Aan het einde brengt Ngozi de drempelvrije routes vanaf de ingang van locaties in, en het team zet ze op de backlog. Rafael heeft het nog een uur lang warm.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.notes">
      <source>Note that the discomfort didn't vanish; owning a mistake doesn't make it feel good. Ask Rafael's role-player how the stumble felt, and whether it mattered to anyone but him.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene owned).</extracomment>
      <translation>Merk op dat het ongemak niet verdween; een fout op je nemen voelt niet fijn. Vraag degene die Rafael speelt hoe het haperen voelde, en of het voor iemand anders dan hemzelf uitmaakte.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.title">
      <source>By the lifts</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>Bij de liften</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.narration">
      <source>After the review, Brendan O'Connor falls into step with Rafael on the way to the lifts. &quot;Don't let that get to you. You can't say anything these days. Ngozi's great, but she's quick off the mark.&quot; Back at his desk, Rafael searches the product spec: the phrase appears eleven times, and three of those are in customer help text that ships on Monday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>Na de review loopt Bram Oosterhof met Rafael mee naar de liften. ‘Trek je er niks van aan. Je mag tegenwoordig ook niks meer zeggen. Ngozi is top, maar ze zit er wel snel bovenop.’ Terug aan zijn bureau doorzoekt Rafael de productspecificatie: de uitdrukking staat er elf keer in, en drie daarvan in helpteksten voor klanten die maandag live gaan.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.notes">
      <source>This is the private test. Give it two to three minutes. Brendan is reassuring, not hostile; if the group turns him into a villain, ask Brendan's role-player what he meant. Watch for participants who want Ngozi to review the spec; ask how many times this month she has been asked that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>Dit is de test zonder publiek. Neem er twee tot drie minuten voor. Bram stelt gerust, hij is niet vijandig; als de groep een schurk van hem maakt, vraag dan degene die Bram speelt wat hij bedoelde. Let op deelnemers die willen dat Ngozi de specificatie nakijkt; vraag hoe vaak haar dat deze maand al is gevraagd.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.prompt">
      <source>You are Rafael. What do you do now?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>Jij bent Rafael. Wat doe je nu?</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.text">
      <source>&quot;Ha, tell me about it.&quot; Leave the spec for now; Monday's release is already tight.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option laugh-along). Shown on a phone button: keep it short, about 82 characters like the English.</extracomment>
      <translation>‘Ha, zeg dat wel.’ De specificatie even laten liggen; de release van maandag is al krap.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.why">
      <source>Laughing along eases the moment with a senior colleague. It also agrees that the correction was the problem, and the phrase ships to customers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option laugh-along).</extracomment>
      <translation>Meelachen maakt het moment met een senior collega makkelijker. Je bevestigt er ook mee dat de correctie het probleem was, en de uitdrukking gaat naar klanten.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.text">
      <source>Give Brendan a non-committal &quot;Mm,&quot; and quietly fix the three help-text lines before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option let-it-pass). Shown on a phone button: keep it short, about 91 characters like the English.</extracomment>
      <translation>Bram een vrijblijvend ‘Hm’ geven en vóór maandag in stilte de drie regels helptekst aanpassen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.why">
      <source>The fix is real and it helps customers. But Brendan's framing goes unanswered, and the next person to be corrected will hear the same thing from him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option let-it-pass).</extracomment>
      <translation>De aanpassing is echt en helpt klanten. Maar Brams kijk blijft onbeantwoord, en de volgende die wordt verbeterd, krijgt van hem hetzelfde te horen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.text">
      <source>Post a long &quot;lesson learned&quot; thread in the company channel about your journey with inclusive language, thanking Ngozi by name for educating you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option public-reflection). Shown on a phone button: keep it short, about 144 characters like the English.</extracomment>
      <translation>In het bedrijfskanaal een lange draad ‘wat ik heb geleerd’ posten over jouw reis met inclusieve taal, en Ngozi bij naam bedanken voor wat ze je heeft geleerd.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.why">
      <source>Sharing what you learned can help others. This version puts Ngozi on display, casts her as your teacher, and makes your growth the story.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option public-reflection).</extracomment>
      <translation>Delen wat je hebt geleerd kan anderen helpen. Deze versie zet Ngozi in de etalage, maakt haar tot jouw lerares en maakt van jouw groei het verhaal.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.text">
      <source>To Brendan: &quot;She was right, and she was kind about it. I'd rather be told than keep saying it.&quot; Then fix all eleven uses before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option set-it-straight). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>Tegen Bram: ‘Ze had gelijk, en ze bracht het vriendelijk. Ik hoor het liever dan dat ik het blijf zeggen.’ Dan vóór maandag alle elf aanpassen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.why">
      <source>You back the correction to a senior colleague, in private, without a lecture, and you fix your own work completely.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option set-it-straight).</extracomment>
      <translation>Je steunt de correctie tegenover een senior collega, onder vier ogen en zonder preek, en je herstelt je eigen werk volledig.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.text">
      <source>Say the same to Brendan and fix the spec. Then propose adding an inclusive-language check, based on a published disability style guide rather than on Ngozi's time, to the content review Brendan's team owns, and offer to set it up yourself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option fix-the-process). Shown on a phone button: keep it short, about 239 characters like the English.</extracomment>
      <translation>Hetzelfde tegen Bram zeggen en de specificatie aanpassen. Dan voorstellen om aan de contentreview van Brams team een controle op inclusieve taal toe te voegen, op basis van een gepubliceerde stijlgids over handicap en niet van Ngozi's tijd, en aanbieden die zelf op te zetten.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.why">
      <source>You own the mistake, then change the process that let it ship for years, without turning Ngozi into the team's unpaid editor.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option fix-the-process).</extracomment>
      <translation>Je neemt de fout op je en verandert daarna het proces waardoor ze jarenlang live kon gaan, zonder van Ngozi de onbetaalde redacteur van het team te maken.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.title">
      <source>Shipped on Monday</source>
      <extracomment>Scene heading, shown on the projector (scene end-laughed).</extracomment>
      <translation>Maandag live</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.narration">
      <source>Brendan grins, and the lift doors close. On Monday the help text ships with the old phrase, and a customer who uses a wheelchair writes to support about it. The ticket is passed to Ngozi.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-laughed).</extracomment>
      <translation>Bram grijnst, en de liftdeuren gaan dicht. Op maandag gaat de helptekst live met de oude uitdrukking, en een klant die een rolstoel gebruikt, schrijft er de klantenservice over. Het ticket wordt doorgezet naar Ngozi.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.notes">
      <source>Pause on the last sentence. Ask the room who ended up doing the work of Rafael's mistake.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-laughed).</extracomment>
      <translation>Sta even stil bij de laatste zin. Vraag de groep wie uiteindelijk het werk van Rafaels fout deed.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.title">
      <source>Fixed, quietly</source>
      <extracomment>Scene heading, shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>In stilte hersteld</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.narration">
      <source>The help text ships correctly on Monday, and nobody outside the team knows it was ever wrong. Brendan's line about Ngozi being &quot;quick off the mark&quot; goes round the floor, though. A month later, when a new joiner uses an outdated term in stand-up, nobody corrects them.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>De helptekst gaat maandag goed live, en niemand buiten het team weet dat er ooit iets mis was. Brams opmerking dat Ngozi ‘er snel bovenop zit’ gaat wel de hele verdieping rond. Een maand later gebruikt een nieuwe collega in de stand-up een verouderde term, en niemand verbetert die persoon.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.title">
      <source>Forty reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-thread).</extracomment>
      <translation>Veertig reacties</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.narration">
      <source>The thread gets forty reactions and several comments praising Rafael's honesty. Ngozi receives three direct messages from colleagues asking her to check the language in their documents. She answers two, ignores the third, and tells her manager she is not the company's style guide.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-thread).</extracomment>
      <translation>De draad krijgt veertig reacties en een aantal opmerkingen die Rafaels eerlijkheid prijzen. Ngozi krijgt drie privéberichten van collega's die haar vragen het taalgebruik in hun documenten na te kijken. Twee beantwoordt ze, de derde negeert ze, en ze zegt tegen haar manager dat zij niet de stijlgids van het bedrijf is.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.notes">
      <source>Someone may say that modelling vulnerability is good leadership. It can be. Ask whether there was a way to share the learning that didn't name Ngozi or send work her way.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-thread).</extracomment>
      <translation>Iemand zegt misschien dat kwetsbaarheid laten zien goed leiderschap is. Dat kan. Vraag of er een manier was om het geleerde te delen zonder Ngozi te noemen of werk haar kant op te sturen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.title">
      <source>Fair enough</source>
      <extracomment>Scene heading, shown on the projector (scene end-straight).</extracomment>
      <translation>Daar zit wat in</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.narration">
      <source>Brendan looks surprised, then shrugs: &quot;Fair enough.&quot; The spec is fixed by Friday. Rafael slips once more the following week, in a one-to-one, corrects himself mid-sentence and carries on. By the end of the month the old phrase has gone from his vocabulary.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-straight).</extracomment>
      <translation>Bram kijkt verrast en haalt dan zijn schouders op: ‘Daar zit wat in.’ Vrijdag is de specificatie aangepast. De week erna vergist Rafael zich nog één keer, in een één-op-ééngesprek, verbetert zichzelf halverwege de zin en gaat door. Tegen het einde van de maand is de oude uitdrukking uit zijn woordenschat verdwenen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.title">
      <source>Another checklist</source>
      <extracomment>Scene heading, shown on the projector (scene end-process).</extracomment>
      <translation>Alweer een checklist</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.narration">
      <source>Brendan grumbles about &quot;another checklist&quot;, then agrees to a trial. In the next release, the check catches two more outdated terms, neither of them Rafael's. Ngozi is asked once whether the chosen guide looks right, and is otherwise left to do her actual job.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-process).</extracomment>
      <translation>Bram moppert over ‘alweer een checklist’ en stemt dan in met een proef. In de volgende release haalt de controle er nog twee verouderde termen uit, geen van beide van Rafael. Ngozi wordt één keer gevraagd of de gekozen stijlgids goed lijkt, en verder laat men haar haar eigenlijke werk doen.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.notes">
      <source>Point out that the advocate move here isn't heroic; it is a small process change that will outlast everyone's memory of Thursday's review.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-process).</extracomment>
      <translation>Wijs erop dat de stap van de pleitbezorger hier niet heldhaftig is; het is een kleine verandering in het proces die langer meegaat dan ieders herinnering aan de review van donderdag.</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.1">
      <source>What did Rafael say in the first ten seconds after the correction, and what happened to Ngozi's point about step-free routes?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat zei Rafael in de eerste tien seconden na de correctie, en wat gebeurde er met Ngozi's punt over drempelvrije routes?</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.2">
      <source>What did Brendan's reassurance make easier, and for whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat maakte Brams geruststelling makkelijker, en voor wie?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.1">
      <source>Why is &quot;sorry if&quot; so much easier to say than &quot;sorry&quot;, and what does the difference do to the other person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom is ‘sorry als’ zoveel makkelijker te zeggen dan ‘sorry’, en wat doet dat verschil met de ander?</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.2">
      <source>What makes a long apology feel generous to the person giving it and tiring to the person receiving it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waardoor voelen lange excuses royaal voor wie ze maakt en vermoeiend voor wie ze krijgt?</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.1">
      <source>Write down the exact words you will use the next time you are corrected, in ten words or fewer.</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Schrijf de letterlijke woorden op die je gebruikt als je de volgende keer wordt verbeterd, in tien woorden of minder.</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.2">
      <source>Which document, template or checklist you own could carry a phrase you would no longer say out loud?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welk document, sjabloon of welke checklist van jou zou een uitdrukking kunnen bevatten die je hardop niet meer zou gebruiken?</translation>
    </message>
    <message id="owning-a-mistake.sources.1.title">
      <source>Workplace allyship practice: own your mistakes — apologise briefly, skip the excuses, learn and move on</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: je fouten erkennen — kort sorry zeggen, geen excuses zoeken, leren en doorgaan</translation>
    </message>
    <message id="owning-a-mistake.sources.1.note">
      <source>Drawn from starter actions for allies on accountability, accepting feedback gracefully, and not relying on colleagues to educate you.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op ideeën om mee te beginnen voor bondgenoten over verantwoordelijkheid nemen, feedback sportief aannemen en niet van collega's verwachten dat zij je bijscholen.</translation>
    </message>
    <message id="promotion-criteria.title">
      <source>Ready on paper, not on &quot;presence&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Op papier klaar, maar niet qua ‘uitstraling’</translation>
    </message>
    <message id="promotion-criteria.summary">
      <source>At a promotion calibration panel, a consultant with the strongest delivery record in the cohort is deferred for lacking &quot;executive presence&quot; and not being seen on evening calls. Her manager can argue for her, or question what the criteria are measuring, and a later framework review offers a second chance to change the process itself.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>In een kalibratieoverleg over promoties wordt de promotie van een consultant met de sterkste resultaten van haar lichting uitgesteld, omdat ze ‘leiderschapsuitstraling’ zou missen en niet te zien is bij avondcalls. Haar manager kan voor haar pleiten of de vraag stellen wat de criteria eigenlijk meten, en een latere herziening van het promotiekader biedt een tweede kans om het proces zelf te veranderen.</translation>
    </message>
    <message id="promotion-criteria.content_note">
      <source>This role-play includes a consultant who cares for her father being held back from promotion for missing evening calls and lacking &quot;executive presence&quot;, despite top results.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel wordt de promotie van een consultant die voor haar vader zorgt uitgesteld, ondanks de beste resultaten, omdat ze niet bij avondcalls is en ‘leiderschapsuitstraling’ zou missen.</translation>
    </message>
    <message id="promotion-criteria.roles.marek.name">
      <source>Marek Kowalski, principal consultant and calibration panel member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marek).</extracomment>
      <translation>Marek Kowalski, principal consultant en lid van het kalibratieoverleg</translation>
    </message>
    <message id="promotion-criteria.roles.marek.brief">
      <source>You manage Zanele and you sit on the panel. You have her client feedback in front of you, and you know why she is never on the 7pm calls: she works early hours so she can care for her father. Your own partner review is in two months, and Helen will have a say in it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marek).</extracomment>
      <translation>Jij bent de manager van Zanele en je zit in het kalibratieoverleg. Je hebt de feedback van haar klanten voor je liggen, en je weet waarom ze nooit bij de calls van 19.00 uur is: ze werkt vroege uren zodat ze voor haar vader kan zorgen. Over twee maanden is je eigen beoordeling voor partner, en Helen heeft daar inspraak in.</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.name">
      <source>Zanele Mokoena, senior consultant, candidate for manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role zanele).</extracomment>
      <translation>Zanele Mokoena, senior consultant, kandidaat voor manager</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.brief">
      <source>You led the project that saved a client £1.2m and secured its renewal. You work 7.30 to 4 and care for your father in the evenings; you have never hidden this. In client meetings you speak briefly and to the point, and clients like it. You do not want special treatment; you want your work judged as work. You are not in the calibration room, but you may be asked how the outcome lands.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role zanele).</extracomment>
      <translation>Jij leidde het project dat een klant £1,2 miljoen bespaarde en de verlenging van het contract binnenhaalde. Je werkt van 7.30 tot 16.00 uur en zorgt 's avonds voor je vader; dat heb je nooit verborgen. In klantgesprekken spreek je kort en zakelijk, en klanten waarderen dat. Je wilt geen voorkeursbehandeling; je wilt dat je werk als werk wordt beoordeeld. Je zit niet bij het kalibratieoverleg, maar misschien word je gevraagd hoe de uitkomst bij je aankomt.</translation>
    </message>
    <message id="promotion-criteria.roles.helen.name">
      <source>Helen Whitfield, partner and chair of the calibration panel</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role helen).</extracomment>
      <translation>Helen Whitfield, partner en voorzitter van het kalibratieoverleg</translation>
    </message>
    <message id="promotion-criteria.roles.helen.brief">
      <source>You rose through long hours and you believe &quot;presence&quot; is real: clients pay for confidence. You want calibration finished by 6pm. If you feel accused of bias you get defensive and formal. If someone asks a concrete question about how a criterion is scored, or shows you data, you engage, reluctantly at first.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role helen).</extracomment>
      <translation>Jij bent opgeklommen door lange dagen te maken, en je gelooft dat ‘uitstraling’ echt bestaat: klanten betalen voor zelfvertrouwen. Je wilt dat de kalibratie om 18.00 uur klaar is. Voel je je beschuldigd van vooroordelen, dan schiet je in de verdediging en word je formeel. Stelt iemand een concrete vraag over hoe een criterium wordt gescoord, of laat iemand je cijfers zien, dan ga je erop in, eerst met tegenzin.</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.name">
      <source>Ifeoma Nwosu, HR business partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ifeoma).</extracomment>
      <translation>Ifeoma Nwosu, HR-businesspartner</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.brief">
      <source>You attend calibration to keep the process fair, and you hold the ratings data. You have suspected for a while that people on flexible or part-time hours score lower on &quot;presence&quot; than on anything else, but nobody has asked you to check. If asked, you will say you can pull the data within two days.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ifeoma).</extracomment>
      <translation>Je bent bij de kalibratie om het proces eerlijk te houden, en jij beheert de beoordelingsgegevens. Je vermoedt al een tijdje dat mensen met flexibele of deeltijduren lager scoren op ‘uitstraling’ dan op wat dan ook, maar niemand heeft je gevraagd het na te gaan. Als iemand het vraagt, zeg je dat je de cijfers binnen twee dagen kunt opvragen.</translation>
    </message>
    <message id="promotion-criteria.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="promotion-criteria.roles.observer.brief">
      <source>Watch for the difference between arguing about a person and arguing about a rule. Use the checklist and note exact words, especially how each criterion is described.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let op het verschil tussen discussiëren over een persoon en discussiëren over een regel. Gebruik de checklist en noteer de precieze woorden, vooral hoe elk criterium wordt omschreven.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.1">
      <source>When the panel discussed Zanele, did anyone ask what &quot;executive presence&quot; actually means, or how it is scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg iemand, toen het over Zanele ging, wat ‘leiderschapsuitstraling’ eigenlijk betekent, of hoe het wordt gescoord?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.2">
      <source>Did the conversation stay on one candidate's outcome, or move to the criteria that produced it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Bleef het gesprek hangen bij de uitkomst voor één kandidaat, of ging het over naar de criteria die die uitkomst opleverden?</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.3">
      <source>Which intervention moves did you see: distract, delegate, document, delay, direct? Asking for the data (document) and parking a decision (delay) count.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke manieren om in te grijpen zag je: afleiden, delegeren, documenteren, later nagaan, direct aanspreken? Om de cijfers vragen (documenteren) en een besluit parkeren (later nagaan) tellen mee.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.4">
      <source>Who asked for evidence, and who offered opinions? Write down one example of each.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie vroeg om bewijs, en wie gaf meningen? Schrijf van allebei één voorbeeld op.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.5">
      <source>What did speaking up cost Marek, and who else was affected by the criteria but never discussed?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wat kostte het Marek om zich uit te spreken, en wie werd er nog meer door de criteria geraakt zonder dat het over hen ging?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.title">
      <source>5.40pm, day two of calibration</source>
      <extracomment>Scene heading, shown on the projector (scene calibration).</extracomment>
      <translation>17.40 uur, dag twee van de kalibratie</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.narration">
      <source>It is 5.40pm on the second day of promotion calibration, and the panel reaches Zanele Mokoena. Her delivery ratings are the highest in the cohort, and the client's feedback calls her &quot;the clearest adviser we've worked with&quot;. Helen Whitfield, chairing, taps the framework on the screen: &quot;Strong work, but she's not ready. I never see her on the evening calls, and the executive presence isn't there yet. Next cycle?&quot; Two panel members nod.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene calibration).</extracomment>
      <translation>Het is 17.40 uur op de tweede dag van de promotiekalibratie, en het overleg komt bij Zanele Mokoena. Haar resultaten scoren het hoogst van haar lichting, en in de feedback van de klant heet ze ‘de helderste adviseur met wie we ooit hebben gewerkt’. Helen Whitfield, de voorzitter, tikt op het kader op het scherm: ‘Sterk werk, maar ze is er nog niet klaar voor. Ik zie haar nooit bij de avondcalls, en de leiderschapsuitstraling is er nog niet. Volgende ronde?’ Twee leden knikken.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.notes">
      <source>Read Helen's line as a reasonable, tired chair would, not as a villain. Give the group two minutes. Participants often split between &quot;argue for Zanele&quot; and &quot;question the criteria&quot;; that split is the point of the scenario, so name it when you reveal the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene calibration).</extracomment>
      <translation>Lees de tekst van Helen voor zoals een redelijke, vermoeide voorzitter dat zou doen, niet als een boosdoener. Geef de groep twee minuten. Deelnemers verdelen zich vaak tussen ‘voor Zanele pleiten’ en ‘de criteria ter discussie stellen’; die verdeling is precies waar het scenario om draait, dus benoem haar als je de opties onthult.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.prompt">
      <source>You are Marek, Zanele's manager. Helen is ready to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene calibration).</extracomment>
      <translation>Jij bent Marek, de manager van Zanele. Helen wil door. Wat doe je?</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.text">
      <source>Agree to defer. The criteria are in the framework, and arguing with the chair at 5.40pm rarely goes well.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option defer). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>Instemmen met uitstel. De criteria staan in het kader, en om 17.40 uur ingaan tegen de voorzitter gaat zelden goed.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.why">
      <source>Reading the room is a real skill, and the hour is late. But the decision stands on two criteria nobody examined, and Zanele is not there to answer them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option defer).</extracomment>
      <translation>Aanvoelen wat er speelt is een echte vaardigheid, en het is laat. Maar het besluit rust op twee criteria die niemand heeft bekeken, en Zanele is er niet om erop te reageren.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.text">
      <source>&quot;As everyone knows, I'm a big champion of flexible working. But fair enough, next cycle.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option flexible-champion). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>‘Zoals jullie weten ben ik een groot voorstander van flexibel werken. Maar goed, volgende ronde.’</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.why">
      <source>The line shows your values to the panel but asks for nothing. The decision and the criteria behind it stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option flexible-champion).</extracomment>
      <translation>Met deze zin laat je het overleg je waarden zien, maar je vraagt nergens om. Het besluit en de criteria erachter blijven precies waar ze waren.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.text">
      <source>&quot;Let's look at what she delivered: the £1.2m saving, the renewal and that client quote. I think she's ready now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option argue-case). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>‘Laten we kijken wat ze heeft geleverd: £1,2 miljoen besparing, de verlenging en dat citaat van de klant. Ze is nu klaar, vind ik.’</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.why">
      <source>You challenge the outcome in real time, with evidence. It may win Zanele's case, but the criteria that produced the doubt remain untouched for everyone else.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option argue-case).</extracomment>
      <translation>Je zet ter plekke vraagtekens bij de uitkomst, met bewijs. Misschien win je het voor Zanele, maar de criteria waaruit de twijfel voortkwam, blijven voor alle anderen onaangeroerd.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.text">
      <source>&quot;Can we pause on two of these? What is 'executive presence' telling us that the client feedback isn't? And why is being on 7pm calls part of readiness? Ifeoma, do we know how these two criteria score for people on flexible hours?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option question-criteria). Shown on a phone button: keep it short, about 230 characters like the English.</extracomment>
      <translation>‘Kunnen we even stilstaan bij twee hiervan? Wat zegt “leiderschapsuitstraling” ons wat de klantfeedback niet zegt? En waarom moet je bij de calls van 19.00 uur zijn om klaar te zijn? Ifeoma, weten we hoe mensen met flexibele uren op deze twee criteria scoren?’</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.why">
      <source>You question the process that produced the decision, not only this decision, and ask for data rather than opinion, at the cost of time and the chair's patience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option question-criteria).</extracomment>
      <translation>Je stelt het proces ter discussie dat tot het besluit leidde, niet alleen dit besluit, en je vraagt om cijfers in plaats van meningen, ten koste van tijd en het geduld van de voorzitter.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.title">
      <source>Not yet</source>
      <extracomment>Scene heading, shown on the projector (scene deferred).</extracomment>
      <translation>Nog niet</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.narration">
      <source>The panel moves on, and calibration closes at 6.15. Zanele's outcome reads: &quot;Not yet. Develop executive presence and visibility with senior stakeholders.&quot; Tidying up, Ifeoma notices that five of the eleven people deferred this cycle work flexible or part-time hours. She makes a note and does not share it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene deferred).</extracomment>
      <translation>Het overleg gaat verder en de kalibratie sluit om 18.15 uur. Bij Zanele staat als uitkomst: ‘Nog niet. Werk aan leiderschapsuitstraling en zichtbaarheid bij senior stakeholders.’ Bij het opruimen ziet Ifeoma dat vijf van de elf mensen van wie de promotie deze ronde is uitgesteld flexibel of in deeltijd werken. Ze maakt een notitie en deelt die niet.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.notes">
      <source>Ask Zanele's role-player to read the outcome line aloud and say what she would need to do differently. The answer (&quot;be on the evening calls&quot;) usually makes the point without any help from you.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene deferred).</extracomment>
      <translation>Vraag wie Zanele speelt de uitkomst hardop voor te lezen en te zeggen wat ze anders zou moeten doen. Het antwoord (‘bij de avondcalls zijn’) maakt het punt meestal zonder enige hulp van jou.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.title">
      <source>On the record</source>
      <extracomment>Scene heading, shown on the projector (scene signalled).</extracomment>
      <translation>Voor de notulen</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.narration">
      <source>Helen smiles: &quot;We all are, Marek.&quot; The panel defers Zanele with the same wording. In the lift afterwards, another panel member tells Marek he was glad someone &quot;said something&quot;. Marek realises that, on the record, nothing was said at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene signalled).</extracomment>
      <translation>Helen glimlacht: ‘Dat zijn we allemaal, Marek.’ Het overleg stelt de promotie van Zanele uit, met dezelfde formulering. In de lift zegt een ander lid van het overleg tegen Marek dat hij blij was dat iemand ‘er iets van zei’. Marek beseft dat er, voor de notulen, helemaal niets gezegd is.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.notes">
      <source>Be careful here: people who choose this option usually mean well and may feel exposed. Ask what the flexible-working line made possible in the room, and what it didn't.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene signalled).</extracomment>
      <translation>Wees hier voorzichtig: mensen die deze optie kiezen, bedoelen het meestal goed en kunnen zich blootgesteld voelen. Vraag wat de zin over flexibel werken in het overleg mogelijk maakte, en wat niet.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.title">
      <source>One case won</source>
      <extracomment>Scene heading, shown on the projector (scene case-won).</extracomment>
      <translation>Eén zaak gewonnen</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.narration">
      <source>Helen studies the numbers for a long moment. &quot;Fine. Promote her, but the feedback says develop presence.&quot; Zanele is promoted. Ten minutes later, the panel defers Andrés Reyes, who works four days a week, on the same two criteria, and nobody, Marek included, has his file open.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene case-won).</extracomment>
      <translation>Helen bekijkt de cijfers lang. ‘Goed. Bevorder haar, maar in de feedback komt te staan: werken aan uitstraling.’ Zanele wordt bevorderd. Tien minuten later stelt het overleg de promotie van Andrés Reyes uit, die vier dagen per week werkt, op dezelfde twee criteria, en niemand, ook Marek niet, heeft zijn dossier open.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.notes">
      <source>This is the key teaching moment: the outcome was fixed, the process wasn't. Ask the room how they feel about Andrés. Don't let anyone dismiss what Marek did; winning a case matters. The question is what happens next cycle.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene case-won).</extracomment>
      <translation>Dit is het belangrijkste leermoment: de uitkomst is rechtgezet, het proces niet. Vraag de groep hoe ze over Andrés denken. Laat niemand wegwuiven wat Marek deed; een zaak winnen doet ertoe. De vraag is wat er de volgende ronde gebeurt.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.title">
      <source>Parked for 48 hours</source>
      <extracomment>Scene heading, shown on the projector (scene criteria-questioned).</extracomment>
      <translation>48 uur geparkeerd</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.narration">
      <source>Helen's jaw tightens: &quot;We are not rewriting the framework at six o'clock.&quot; Ifeoma says quietly that she can pull the data in two days, and the panel agrees to park Zanele's case and two similar ones until then. Afterwards, two colleagues message Marek: one to thank him, one to ask whether he really wanted this fight before his own partner review.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene criteria-questioned).</extracomment>
      <translation>Helen klemt haar kaken op elkaar: ‘We gaan om zes uur 's avonds niet het kader herschrijven.’ Ifeoma zegt zacht dat ze de cijfers over twee dagen kan hebben, en het overleg besluit de zaak van Zanele en twee vergelijkbare zaken tot dan te parkeren. Daarna krijgt Marek berichten van twee collega's: de een bedankt hem, de ander vraagt of hij deze strijd echt wilde aangaan vlak voor zijn eigen partnerbeoordeling.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.notes">
      <source>Let Helen's role-player be annoyed; the annoyance is realistic and it is a cost. Ask Marek's role-player how the second message feels. If someone says &quot;he was right, so it doesn't matter&quot;, ask whether being right has ever protected them at review time.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene criteria-questioned).</extracomment>
      <translation>Laat wie Helen speelt geïrriteerd zijn; die irritatie is realistisch en het is een prijs. Vraag wie Marek speelt hoe het tweede bericht voelt. Zegt iemand ‘Hij had gelijk, dus het maakt niet uit’, vraag dan of gelijk hebben hen ooit heeft beschermd bij een beoordeling.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.title">
      <source>The framework review</source>
      <extracomment>Scene heading, shown on the projector (scene framework-review).</extracomment>
      <translation>De herziening van het kader</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.narration">
      <source>In October, HR opens next year's promotion framework for comment, and Ifeoma runs a review session for panel members. Helen proposes keeping &quot;executive presence&quot; and adding &quot;commercial visibility&quot;. Ifeoma puts up one slide: over three cycles, people on flexible or part-time hours scored, on average, a full point lower on presence than on any other criterion. Helen asks whether anyone objects to her proposal.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene framework-review).</extracomment>
      <translation>In oktober zet HR het promotiekader voor volgend jaar open voor commentaar, en Ifeoma leidt een sessie voor de leden van het kalibratieoverleg. Helen stelt voor ‘leiderschapsuitstraling’ te houden en ‘commerciële zichtbaarheid’ toe te voegen. Ifeoma laat één dia zien: over drie rondes scoorden mensen met flexibele of deeltijduren op uitstraling gemiddeld een heel punt lager dan op enig ander criterium. Helen vraagt of iemand bezwaar heeft tegen haar voorstel.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.notes">
      <source>Give this three or four minutes; it is where the scenario earns its theme. If the group wants to argue about whether presence is &quot;real&quot;, steer them to a sharper question: what would you have to see someone do to give them a high score? Watch for participants who want to remove the criterion without replacing it; ask what the panel would use instead.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene framework-review).</extracomment>
      <translation>Neem hier drie à vier minuten voor; hier maakt het scenario zijn thema waar. Wil de groep discussiëren over de vraag of uitstraling ‘echt’ bestaat, stuur dan naar een scherpere vraag: wat zou je iemand moeten zien doen om een hoge score te geven? Let op deelnemers die het criterium willen schrappen zonder iets in de plaats; vraag wat het overleg dan zou gebruiken.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.prompt">
      <source>You are Marek. Helen is waiting for objections. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene framework-review).</extracomment>
      <translation>Jij bent Marek. Helen wacht op bezwaren. Wat doe je?</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.text">
      <source>Say nothing. The framework is HR's job, and Helen chairs the panel.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option keep). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>Niets zeggen. Het kader is een zaak van HR, en Helen is de voorzitter.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.why">
      <source>It is fair to feel that frameworks belong to someone else. But the data is on the screen, and silence now makes the next cycle look like the last three.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option keep).</extracomment>
      <translation>Het is begrijpelijk dat je vindt dat een kader van iemand anders is. Maar de cijfers staan op het scherm, en door nu te zwijgen lijkt de volgende ronde op de vorige drie.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.text">
      <source>Fill in the anonymous feedback form afterwards, ticking &quot;partly agree&quot; on the proposed criteria.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option form). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>Achteraf het anonieme feedbackformulier invullen en bij de voorgestelde criteria ‘deels eens’ aanvinken.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.why">
      <source>You take part, and the form is a legitimate channel. But &quot;partly agree&quot; is easy to read as agreement, and the slide never gets discussed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option form).</extracomment>
      <translation>Je doet mee, en het formulier is een legitiem kanaal. Maar ‘deels eens’ wordt makkelijk gelezen als instemming, en over de dia wordt nooit gepraat.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.text">
      <source>&quot;Could we add 'inclusion' as a sixth value in the framework, and put it on the posters?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option add-value). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>‘Kunnen we “inclusie” als zesde waarde aan het kader toevoegen, en die op de posters zetten?’</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.why">
      <source>A new value is visible and easy to agree to. If nobody changes how ratings are given, the same people will score low on the same criteria.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option add-value).</extracomment>
      <translation>Een nieuwe waarde is zichtbaar en makkelijk om mee in te stemmen. Als niemand verandert hoe er beoordeeld wordt, scoren dezelfde mensen laag op dezelfde criteria.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.text">
      <source>Describe, specifically, how &quot;presence&quot; and the evening calls were used in this year's calibration, and ask the group to say what each criterion is meant to predict about someone's performance as a manager.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option bring-examples). Shown on a phone button: keep it short, about 205 characters like the English.</extracomment>
      <translation>Concreet beschrijven hoe ‘uitstraling’ en de avondcalls in de kalibratie van dit jaar zijn gebruikt, en de groep vragen wat elk criterium moet voorspellen over hoe iemand het als manager doet.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.why">
      <source>You bring real cases and a precise question into the room, in front of the person who proposed the criteria, without attacking anyone's motives.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option bring-examples).</extracomment>
      <translation>Je brengt echte gevallen en een precieze vraag naar de tafel, in het bijzijn van wie de criteria voorstelde, zonder iemands motieven aan te vallen.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.text">
      <source>&quot;I propose we replace 'presence' with things we can observe: client feedback, how someone runs a meeting, how they develop their team. Drop out-of-hours availability entirely, ask for written evidence behind every rating, and check outcomes by working pattern and demographic group every cycle. I'll pilot it on my own panel next round.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option redesign). Shown on a phone button: keep it short, about 337 characters like the English.</extracomment>
      <translation>‘Ik stel voor “uitstraling” te vervangen door dingen die we kunnen waarnemen: klantfeedback, hoe iemand een overleg leidt, hoe iemand het team ontwikkelt. Beschikbaarheid buiten werktijd schrappen we helemaal, bij elke beoordeling hoort schriftelijk bewijs, en elke ronde kijken we naar de uitkomsten per werkpatroon en per demografische groep. Volgende ronde test ik het in mijn eigen overleg.’</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.why">
      <source>You offer a concrete replacement, build in a check that outlasts this meeting, and put your own panel and reputation on the line to test it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option redesign).</extracomment>
      <translation>Je biedt een concreet alternatief, bouwt een controle in die langer meegaat dan dit overleg, en zet je eigen overleg en je reputatie in om het te testen.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.title">
      <source>Published in bold</source>
      <extracomment>Scene heading, shown on the projector (scene end-unchanged).</extracomment>
      <translation>Vetgedrukt gepubliceerd</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.narration">
      <source>The framework is published in January with &quot;executive presence&quot; and &quot;commercial visibility&quot; in bold. The next cycle's list of deferrals looks much like the last one, and two of the consultants on it leave within six months. In their exit interviews, both mention the evening calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-unchanged).</extracomment>
      <translation>In januari wordt het kader gepubliceerd, met ‘leiderschapsuitstraling’ en ‘commerciële zichtbaarheid’ vetgedrukt. De lijst met uitgestelde promoties van de volgende ronde lijkt sterk op de vorige, en twee consultants die erop staan, vertrekken binnen zes maanden. In hun exitgesprek noemen ze allebei de avondcalls.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.notes">
      <source>Ask the room: who in this story had the most power to change the outcome, and did they know it?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-unchanged).</extracomment>
      <translation>Vraag de groep: wie had in dit verhaal de meeste macht om de uitkomst te veranderen, en wist die persoon dat?</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.title">
      <source>Broad support</source>
      <extracomment>Scene heading, shown on the projector (scene end-form).</extracomment>
      <translation>Breed gedragen</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.narration">
      <source>The feedback form gathers forty-three responses, most of them &quot;partly agree&quot;. HR's summary describes &quot;broad support&quot;, and the framework passes unchanged. Ifeoma's slide is not shown again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-form).</extracomment>
      <translation>Het feedbackformulier levert drieënveertig reacties op, de meeste ‘deels eens’. De samenvatting van HR spreekt van ‘breed draagvlak’, en het kader wordt ongewijzigd aangenomen. De dia van Ifeoma wordt niet meer getoond.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.title">
      <source>A sixth value</source>
      <extracomment>Scene heading, shown on the projector (scene end-value).</extracomment>
      <translation>Een zesde waarde</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.narration">
      <source>The new value appears on posters by the lifts in February. At the next calibration, someone says &quot;inclusion&quot; twice, and the presence scores follow the same pattern as before. A consultant on flexible hours takes a photo of the poster and sends it to a friend without a caption.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-value).</extracomment>
      <translation>In februari hangt de nieuwe waarde op posters bij de liften. Bij de volgende kalibratie zegt iemand twee keer ‘inclusie’, en de scores voor uitstraling volgen hetzelfde patroon als voorheen. Een consultant met flexibele uren maakt een foto van de poster en stuurt die zonder tekst naar een vriendin.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.notes">
      <source>If someone defends values statements, agree that they can matter. Ask what would have to change in the calibration room for this one to mean something.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-value).</extracomment>
      <translation>Verdedigt iemand waardeverklaringen, geef dan toe dat ze ertoe kunnen doen. Vraag wat er in het kalibratieoverleg zou moeten veranderen om deze waarde iets te laten betekenen.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.title">
      <source>A second session</source>
      <extracomment>Scene heading, shown on the projector (scene end-evidence).</extracomment>
      <translation>Een tweede sessie</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.narration">
      <source>The examples make the room uncomfortable. Helen says she doesn't recognise the picture, then, after a pause, asks Ifeoma to break the data down by team. The wording of &quot;presence&quot; is tightened and evening availability is removed from the guidance. It is a partial change, and it takes a second session nobody had planned for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-evidence).</extracomment>
      <translation>De voorbeelden maken de groep ongemakkelijk. Helen zegt dat ze het beeld niet herkent, en vraagt Ifeoma na een pauze de cijfers per team uit te splitsen. De omschrijving van ‘uitstraling’ wordt aangescherpt en beschikbaarheid 's avonds verdwijnt uit de richtlijnen. Het is een gedeeltelijke verandering, en er is een tweede sessie voor nodig die niemand had gepland.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.title">
      <source>The pilot</source>
      <extracomment>Scene heading, shown on the projector (scene end-pilot).</extracomment>
      <translation>De pilot</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.narration">
      <source>Helen is sceptical but agrees to the pilot, &quot;on your panel, not mine&quot;. Next cycle, Marek's panel writes evidence for every rating, takes twice as long, and promotes two people on flexible hours whose files show the work. His own partner review notes that he &quot;spends a lot of energy on process&quot;. When Ifeoma shares the pilot's results, Helen asks to try it on her panel too.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pilot).</extracomment>
      <translation>Helen is sceptisch, maar stemt in met de pilot, ‘in jouw overleg, niet in het mijne’. De volgende ronde schrijft het overleg van Marek bij elke beoordeling het bewijs op, doet er twee keer zo lang over, en bevordert twee mensen met flexibele uren bij wie het werk in het dossier te zien is. In zijn eigen partnerbeoordeling staat dat hij ‘veel energie in processen steekt’. Als Ifeoma de resultaten van de pilot deelt, vraagt Helen of ze het ook in haar overleg mag proberen.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.notes">
      <source>Point out the cost in Marek's review. Advocacy is not free, even when it works. Ask the group whether they would still choose it knowing that line would appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pilot).</extracomment>
      <translation>Benoem de prijs in de beoordeling van Marek. Pleitbezorging is niet gratis, ook niet als ze werkt. Vraag de groep of ze er nog steeds voor zouden kiezen als ze wisten dat die zin erin zou komen.</translation>
    </message>
    <message id="promotion-criteria.debrief.what.1">
      <source>What did &quot;executive presence&quot; and evening availability end up measuring in Zanele's case?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat maten ‘leiderschapsuitstraling’ en beschikbaarheid 's avonds uiteindelijk in het geval van Zanele?</translation>
    </message>
    <message id="promotion-criteria.debrief.what.2">
      <source>On our path, was the outcome challenged, the process, both, or neither?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Werd op ons pad de uitkomst ter discussie gesteld, het proces, allebei of geen van beide?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.1">
      <source>Why does winning one person's case feel like success, even when the rule that created the problem stays?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom voelt het winnen van de zaak van één persoon als succes, ook als de regel die het probleem veroorzaakte blijft bestaan?</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.2">
      <source>Who pays for criteria that reward visibility and long hours, and who never notices them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wie betaalt de prijs voor criteria die zichtbaarheid en lange dagen belonen, en wie merkt ze nooit op?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.1">
      <source>Pick one criterion in a process you take part in (hiring, promotion, reviews). What would you have to see someone do to score highly on it?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Kies één criterium in een proces waar je aan meedoet (werving, promotie, beoordelingen). Wat zou je iemand moeten zien doen om daar hoog op te scoren?</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.2">
      <source>What data could you ask for, this quarter, to find out who that criterion favours?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welke cijfers zou je dit kwartaal kunnen opvragen om te ontdekken wie door dat criterium wordt bevoordeeld?</translation>
    </message>
    <message id="promotion-criteria.sources.1.title">
      <source>Workplace allyship practice: challenge the process that produces an outcome, not only the outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: het proces ter discussie stellen dat tot een uitkomst leidt, niet alleen de uitkomst</translation>
    </message>
    <message id="promotion-criteria.sources.1.note">
      <source>Drawn from writing on systemic allyship that urges asking what promotion criteria really reward, and examining promotion data by group for patterns.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op teksten over systemische allyship die aansporen te vragen wat promotiecriteria werkelijk belonen, en promotiecijfers per groep op patronen te onderzoeken.</translation>
    </message>
    <message id="pronouns-and-language.title">
      <source>Morning, guys, this is Kai</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Morgen jongens, dit is Kai</translation>
    </message>
    <message id="pronouns-and-language.summary">
      <source>At a client kick-off, a well-meaning project manager misgenders a colleague who uses they/them, then makes a show of apologising. The group decides what a teammate on the call does, and how they answer when the project manager asks for advice the next day.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Bij een kick-off met een klant misgendert een goedbedoelende projectmanager een collega die de voornaamwoorden die/hen gebruikt, en maakt daarna een hele vertoning van de excuses. De groep beslist wat een teamgenoot in de call doet, en wat die antwoordt als de projectmanager de volgende dag om advies vraagt.</translation>
    </message>
    <message id="pronouns-and-language.content_note">
      <source>This role-play includes a colleague who uses they/them being misgendered in front of a client, an apology that turns into a show, and their pronoun being called bad grammar.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel wordt een collega die de voornaamwoorden die/hen gebruikt gemisgenderd waar een klant bij is, worden de excuses een vertoning en wordt het voornaamwoord ‘die’ afgedaan als slechte grammatica.</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.name">
      <source>Kai Nakamura-Reyes, user researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kai).</extracomment>
      <translation>Kai Nakamura-Reyes, gebruikersonderzoeker</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.brief">
      <source>You updated your pronouns to they/them three months ago, in your email signature and your chat profile, and told the team in a short message. Most people have adjusted. Being misgendered in front of a client, then having the apology turn into a performance, is exhausting; you say &quot;no worries&quot; because you have a research plan to present. What you want is for people to just get it right and move on.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kai).</extracomment>
      <translation>Drie maanden geleden heb je je voornaamwoorden veranderd in die/hen, in je e-mailhandtekening en je chatprofiel, en je hebt het team een kort bericht gestuurd. De meeste mensen zijn eraan gewend. Waar een klant bij is gemisgenderd worden, en dan zien hoe de excuses een optreden worden, is uitputtend; je zegt ‘geen probleem’ omdat je een onderzoeksplan moet presenteren. Wat je wilt, is dat mensen het gewoon goed doen en doorgaan.</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.name">
      <source>Brenda Coughlan, senior project manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brenda).</extracomment>
      <translation>Brenda Koelewijn, senior projectmanager</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.brief">
      <source>You have known Kai for five years and you are fond of them. You find the new pronoun hard; it feels grammatically odd to you and you worry about getting it wrong, which makes you get it wrong more. &quot;Guys&quot; is just how you greet people. If someone gives you practical, kind advice, you take it; if you feel lectured, you get flustered and defensive.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brenda).</extracomment>
      <translation>Je kent Kai al vijf jaar en je bent op hen gesteld. Je vindt het nieuwe voornaamwoord lastig; het voelt voor jou grammaticaal vreemd en je bent bang om het fout te doen, waardoor je het juist vaker fout doet. ‘Jongens’ is gewoon hoe jij mensen begroet. Als iemand je praktisch en vriendelijk advies geeft, neem je het aan; als je je de les gelezen voelt, raak je van slag en word je defensief.</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.name">
      <source>Hannah Lindqvist, client programme manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hannah).</extracomment>
      <translation>Hannah Lindqvist, programmamanager bij de klant</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.brief">
      <source>You are the client. You noticed the slip and the fuss and you felt awkward on Kai's behalf. You follow the lead of whoever sounds confident: if someone on the supplier side uses &quot;they&quot; naturally, you do the same.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hannah).</extracomment>
      <translation>Jij bent de klant. Je merkte de vergissing en het gedoe op en voelde je ongemakkelijk voor Kai. Je volgt wie zelfverzekerd klinkt: als iemand aan de kant van de leverancier vanzelfsprekend ‘die’ gebruikt, doe jij dat ook.</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.brief">
      <source>Listen for every pronoun used about Kai and every greeting used for the group. Note who corrects, how, and how long it takes. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Luister naar elk voornaamwoord dat voor Kai wordt gebruikt en naar elke begroeting van de groep. Noteer wie verbetert, hoe, en hoe lang dat duurt. Gebruik de checklist.</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.1">
      <source>Count the pronouns used about Kai. How many were right, and who got them right?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Tel de voornaamwoorden die voor Kai werden gebruikt. Hoeveel waren er goed, en wie gebruikte ze goed?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it keep the spotlight off Kai?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen (afleiden, delegeren, documenteren, later nagaan, direct aanspreken) gebruikte degene die reageerde, en bleef Kai daardoor uit de schijnwerpers?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.3">
      <source>Did the responder correct by example (simply using &quot;they&quot;) or by drawing attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Verbeterde degene die reageerde door het goede voorbeeld te geven (gewoon ‘die’ gebruiken) of door er aandacht op te vestigen?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.4">
      <source>Did anyone ask Kai what, if anything, they wanted done?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg iemand aan Kai wat die wilde dat er gebeurde, als er al iets moest gebeuren?</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.5">
      <source>When Brenda asked for help, was the advice practical, or a judgement?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Was het advies praktisch toen Brenda om hulp vroeg, of was het een oordeel?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.title">
      <source>Monday, client kick-off call</source>
      <extracomment>Scene heading, shown on the projector (scene kick-off).</extracomment>
      <translation>Maandag, kick-off met de klant</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.narration">
      <source>Brenda opens the call: &quot;Morning, guys! Lovely to see you all. This is Kai, she's leading the research. Sorry, they! They. Gosh, I'm going to get myself in trouble, aren't I?&quot; She laughs for a few seconds too long. Hannah smiles uncertainly. Kai says, &quot;No worries,&quot; and shares their screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene kick-off).</extracomment>
      <translation>Brenda opent de call: ‘Morgen jongens! Fijn jullie allemaal te zien. Dit is Kai, zij leidt het onderzoek. Sorry, die! Díé. Jeetje, ik werk mezelf nog in de nesten, hè?’ Ze lacht een paar seconden te lang. Hannah glimlacht onzeker. Kai zegt ‘Geen probleem’ en deelt hun scherm.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.notes">
      <source>Read Brenda's line with real warmth; she is not hostile, she is flustered. Some participants may start debating pronouns themselves. Acknowledge that people are at different points, and bring the room back to the question: what does Kai need in the next five minutes? Do not let the discussion turn into a debate about Kai's identity.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene kick-off).</extracomment>
      <translation>Lees Brenda's tekst met echte warmte; ze is niet vijandig, ze is van slag. Sommige deelnemers gaan misschien zelf over voornaamwoorden discussiëren. Erken dat mensen op verschillende punten staan, en breng de groep terug bij de vraag: wat heeft Kai de komende vijf minuten nodig? Laat het gesprek geen debat over Kai's identiteit worden.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.prompt">
      <source>You are the project's lead developer, on the call. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene kick-off).</extracomment>
      <translation>Je bent de leadontwikkelaar van het project en zit in de call. Wat doe je?</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.text">
      <source>Nothing. Kai said &quot;no worries&quot;, and Brenda already corrected herself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option carry-on). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>Niets. Kai zei ‘geen probleem’, en Brenda heeft zichzelf al verbeterd.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.why">
      <source>Not adding to the awkwardness is a reasonable instinct, and it leaves the client with two versions of Kai's pronouns and no cue about which one to use.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option carry-on).</extracomment>
      <translation>Het ongemak niet groter willen maken is een redelijke reflex, en zo houdt de klant twee versies van Kai's voornaamwoorden over, zonder aanwijzing welke te gebruiken.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.text">
      <source>After the call, message Kai: &quot;Sorry about Brenda, that was awkward. She means well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option sorry-afterwards). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>Na de call Kai een bericht sturen: ‘Sorry van Brenda, dat was ongemakkelijk. Ze bedoelt het goed.’</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.why">
      <source>Acknowledging it privately shows you noticed, though &quot;she means well&quot; asks Kai to make allowances, and the client saw nothing different.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option sorry-afterwards).</extracomment>
      <translation>Het onder vier ogen erkennen laat zien dat je het merkte, maar ‘ze bedoelt het goed’ vraagt Kai om begrip op te brengen, en de klant zag niets anders.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.text">
      <source>Add your own pronouns to your display name during the call and post in the chat: &quot;Pronouns matter! Let's all add ours.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option flag-and-chat). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Tijdens de call je voornaamwoorden bij je naam zetten en in de chat posten: ‘Voornaamwoorden doen ertoe! Zet de jouwe er ook bij.’</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.why">
      <source>Sharing pronouns can be a good norm, but launched right after the slip it points every eye back at Kai, in front of a client.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option flag-and-chat).</extracomment>
      <translation>Voornaamwoorden delen kan een goede gewoonte zijn, maar vlak na de vergissing richt het alle ogen weer op Kai, waar de klant bij is.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.text">
      <source>When you speak, use Kai's pronouns naturally: &quot;Kai's plan is solid; they've already booked the first interviews, so I'll follow their timeline.&quot; No comment on the slip.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option use-they). Shown on a phone button: keep it short, about 168 characters like the English.</extracomment>
      <translation>Kai's voornaamwoorden vanzelfsprekend gebruiken: ‘Kai's plan staat als een huis; die heeft de eerste interviews al gepland, dus ik volg hun planning.’ Geen woord over de vergissing.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.why">
      <source>It corrects by example, gives the client a clear cue, and keeps the focus on Kai's work rather than on the mistake.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option use-they).</extracomment>
      <translation>Je verbetert door het goede voorbeeld te geven, geeft de klant een duidelijke aanwijzing en houdt de aandacht bij Kai's werk in plaats van bij de fout.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene both-versions).</extracomment>
      <translation>De rest van de call</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.narration">
      <source>Later in the call, Hannah asks, &quot;Could she send the plan over, or should I ask — sorry, could they?&quot; and looks at Brenda, who says &quot;Either, ha.&quot; Kai answers the question about the plan and says nothing else for the remaining half hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene both-versions).</extracomment>
      <translation>Later in de call vraagt Hannah: ‘Kan zij het plan opsturen, of moet ik… sorry, kan die het opsturen?’ en kijkt naar Brenda, die zegt: ‘Maakt niet uit, haha.’ Kai beantwoordt de vraag over het plan en zegt het resterende halfuur niets meer.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.notes">
      <source>Notice the ripple: uncertainty spreads to the client. Keep moving; the second decision gives this path another opening.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene both-versions).</extracomment>
      <translation>Let op het rimpeleffect: de onzekerheid slaat over op de klant. Ga door; het tweede beslismoment geeft dit pad nog een kans.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.title">
      <source>A reply</source>
      <extracomment>Scene heading, shown on the projector (scene private-sympathy).</extracomment>
      <translation>Een antwoord</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.narration">
      <source>Kai replies: &quot;Thanks. I know she does.&quot; A minute later: &quot;It would just be nice if people got it right without the show.&quot; You read it twice and leave it on read.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-sympathy).</extracomment>
      <translation>Kai antwoordt: ‘Dank je. Dat weet ik.’ Een minuut later: ‘Het zou alleen fijn zijn als mensen het gewoon goed deden, zonder show.’ Je leest het twee keer en reageert niet.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.notes">
      <source>Ask what the second message is asking for, and who it is really addressed to. The next scene gives the responder a chance to act on it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-sympathy).</extracomment>
      <translation>Vraag waar het tweede bericht om vraagt, en aan wie het eigenlijk is gericht. De volgende scène geeft degene die reageerde de kans om er iets mee te doen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.title">
      <source>The chat</source>
      <extracomment>Scene heading, shown on the projector (scene spotlight).</extracomment>
      <translation>De chat</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.narration">
      <source>Three people on your side add pronouns; Hannah hesitates, then adds hers. Brenda types, &quot;Such a good idea!! Sorry again Kai!!&quot; Kai's camera goes off for the next ten minutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene spotlight).</extracomment>
      <translation>Drie mensen aan jullie kant voegen voornaamwoorden toe; Hannah aarzelt en voegt dan de hare toe. Brenda typt: ‘Wat een goed idee!! Nogmaals sorry Kai!!’ Kai's camera gaat de volgende tien minuten uit.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.notes">
      <source>Participants who chose this often do care about pronoun norms. Agree that the norm can be valuable, then ask about timing and about whose comfort the moment served.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene spotlight).</extracomment>
      <translation>Deelnemers die hiervoor kozen, vinden gewoonten rond voornaamwoorden vaak echt belangrijk. Geef toe dat zo'n gewoonte waardevol kan zijn, en vraag dan naar de timing en naar wiens comfort het moment diende.</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>De rest van de call</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.narration">
      <source>Hannah picks it up within a minute: &quot;Great, I'll send them our user list today.&quot; Brenda gets it right for the rest of the call, a little carefully. Afterwards Kai sends you a single line: &quot;Thanks for that.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>Binnen een minuut neemt Hannah het over: ‘Mooi, dan stuur ik hen vandaag onze gebruikerslijst.’ Brenda doet het de rest van de call goed, een beetje voorzichtig. Na afloop stuurt Kai je één regel: ‘Dank je daarvoor.’</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.notes">
      <source>Draw out how little this cost and how much it did. Then ask: did it help Brenda, long term? It leads into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>Laat zien hoe weinig dit kostte en hoeveel het deed. Vraag dan: hielp het Brenda op de lange termijn? Dat leidt naar het volgende beslismoment.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.title">
      <source>Tuesday, a message from Brenda</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-asks).</extracomment>
      <translation>Dinsdag, een bericht van Brenda</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.narration">
      <source>Brenda messages you: &quot;Can I ask you something without being judged? Was I awful yesterday with Kai? I honestly find the 'they' thing hard, it feels like bad grammar. And is 'guys' really a problem now? I've said it my whole life.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-asks).</extracomment>
      <translation>Brenda stuurt je een bericht: ‘Mag ik je iets vragen zonder dat je me veroordeelt? Was ik gisteren vreselijk tegen Kai? Ik vind dat “die” echt lastig, het voelt als slechte grammatica. En is “jongens” nu echt een probleem? Dat zeg ik al mijn hele leven.’</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.notes">
      <source>Have the person playing Brenda read this sincerely. Some participants share Brenda's feelings and will be watching how she is treated; model respect for her in your own language. Ask responders to write their reply before seeing the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-asks).</extracomment>
      <translation>Laat degene die Brenda speelt dit oprecht voorlezen. Sommige deelnemers voelen hetzelfde als Brenda en kijken hoe er met haar wordt omgegaan; laat in je eigen woorden respect voor haar zien. Vraag wie reageert om het antwoord op te schrijven voordat de opties te zien zijn.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.prompt">
      <source>Brenda has asked you directly and privately. How do you reply?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene brenda-asks).</extracomment>
      <translation>Brenda heeft het je rechtstreeks en onder vier ogen gevraagd. Wat antwoord je?</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.text">
      <source>&quot;Don't worry about it, everyone slips up. And 'guys' is fine, nobody minds.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option everyone-slips). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>‘Maak je niet druk, iedereen vergist zich. En “jongens”? Niemand vindt dat erg.’</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.why">
      <source>Comforting a colleague comes naturally, and it tells her nothing needs to change.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option everyone-slips).</extracomment>
      <translation>Een collega troosten gaat vanzelf, en het vertelt haar dat er niets hoeft te veranderen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.text">
      <source>&quot;I think Kai would appreciate it if you tried a bit harder.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option try-harder). Shown on a phone button: keep it short, about 60 characters like the English.</extracomment>
      <translation>‘Ik denk dat Kai het zou waarderen als je wat meer je best deed.’</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.why">
      <source>It is true but vague; Brenda already feels she is trying and has nothing new to try.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option try-harder).</extracomment>
      <translation>Het klopt, maar het is vaag; Brenda vindt dat ze al haar best doet en heeft niets nieuws om te proberen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.text">
      <source>&quot;Maybe post something supportive in the Pride channel? People will see you're on board.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option pride-post). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>‘Misschien iets steunends posten in het Pride-kanaal? Dan zien mensen dat je erachter staat.’</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.why">
      <source>It offers her a visible gesture instead of a change in habit, and Kai still gets misgendered on Monday.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option pride-post).</extracomment>
      <translation>Het biedt haar een zichtbaar gebaar in plaats van een andere gewoonte, en Kai wordt maandag nog steeds gemisgenderd.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.text">
      <source>&quot;Not awful, but the apology was bigger than the slip. Practise 'they' for Kai when they're not around; if you slip, correct and carry on, no apology speech. For groups, 'everyone' or 'folks' works. Want me to give you a quiet nudge if I hear it?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option practical-help). Shown on a phone button: keep it short, about 246 characters like the English.</extracomment>
      <translation>‘Niet vreselijk, maar de excuses waren groter dan de vergissing. Oefen “die” voor Kai als die er niet bij is; vergis je je, verbeter dan en ga door, zonder excuusspeech. Voor groepen werkt “allemaal” of “mensen”. Zal ik je stilletjes een seintje geven als ik het hoor?’</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.why">
      <source>Kind and concrete: it treats the change as a habit she can build, and offers support rather than judgement.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option practical-help).</extracomment>
      <translation>Vriendelijk en concreet: je behandelt de verandering als een gewoonte die ze kan opbouwen, en biedt steun in plaats van een oordeel.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.text">
      <source>Give the same practical answer, then suggest that the team's kick-off template starts with optional name-and-pronoun introductions from everyone, so it never falls to Kai to raise it again.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option intro-norm). Shown on a phone button: keep it short, about 189 characters like the English.</extracomment>
      <translation>Hetzelfde praktische antwoord geven, en voorstellen dat het kick-offsjabloon van het team begint met een rondje waarin iedereen naam en voornaamwoorden kan noemen, zodat het nooit meer aan Kai is om het aan te kaarten.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.why">
      <source>You help Brenda and change the routine, making inclusive introductions the default while keeping them optional for anyone not ready to share.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option intro-norm).</extracomment>
      <translation>Je helpt Brenda en verandert de routine, zodat inclusieve introducties de standaard worden, terwijl ze vrijwillig blijven voor wie nog niet klaar is om iets te delen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene same-again).</extracomment>
      <translation>Twee weken later</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.narration">
      <source>At the next client call, Brenda says &quot;she&quot; twice and &quot;guys&quot; six times. She does not apologise this time, which is somehow worse. Kai asks the resourcing manager whether there is room on another project.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene same-again).</extracomment>
      <translation>Bij de volgende call met de klant zegt Brenda twee keer ‘zij’ en zes keer ‘jongens’. Deze keer biedt ze geen excuses aan, en dat is op de een of andere manier erger. Kai vraagt de resourcemanager of er plek is op een ander project.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.notes">
      <source>Let this one sit. Ask what &quot;nobody minds&quot; assumed about who was in the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene same-again).</extracomment>
      <translation>Laat dit even hangen. Vraag wat ‘niemand vindt dat erg’ veronderstelde over wie er in de ruimte zaten.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene more-anxious).</extracomment>
      <translation>Twee weken later</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.narration">
      <source>Brenda becomes visibly anxious around Kai and starts avoiding pronouns altogether, saying &quot;Kai&quot; in every sentence. It is better than before, but stiff. Kai tells a friend it is like being handled with oven gloves.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene more-anxious).</extracomment>
      <translation>Brenda wordt zichtbaar zenuwachtig in de buurt van Kai en gaat voornaamwoorden helemaal vermijden; ze zegt in elke zin ‘Kai’. Het is beter dan eerst, maar stijf. Kai vertelt een vriend dat het voelt alsof je met ovenwanten wordt aangepakt.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.notes">
      <source>A good example of well-meant but vague feedback. Ask what specific advice would have given Brenda somewhere to go.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene more-anxious).</extracomment>
      <translation>Een goed voorbeeld van goedbedoelde maar vage feedback. Vraag welk concreet advies Brenda een richting had gegeven.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene post-and-slip).</extracomment>
      <translation>Twee weken later</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.narration">
      <source>Brenda's post in the Pride channel gets thirty reactions. On the next client call she misgenders Kai once, and apologises at length again. Kai replies to the post with a polite thumbs-up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene post-and-slip).</extracomment>
      <translation>Brenda's bericht in het Pride-kanaal krijgt dertig reacties. Bij de volgende call met de klant misgendert ze Kai één keer en biedt ze weer uitgebreid haar excuses aan. Kai reageert op het bericht met een beleefde duim omhoog.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.notes">
      <source>Contrast the public post with the private call. Ask the group which one Kai will remember.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene post-and-slip).</extracomment>
      <translation>Zet het openbare bericht tegenover de call zonder publiek. Vraag de groep welke van de twee Kai zal onthouden.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-practises).</extracomment>
      <translation>Twee weken later</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.narration">
      <source>Brenda tells you she has been practising in the car, &quot;which is ridiculous, but it works&quot;. She slips once on the next call, says &quot;they, sorry&quot; and carries on in the same breath. She opens the next meeting with &quot;Morning, everyone.&quot; Kai has stopped bracing at the start of calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-practises).</extracomment>
      <translation>Brenda vertelt je dat ze in de auto heeft geoefend, ‘belachelijk, maar het werkt’. In de volgende call vergist ze zich één keer, zegt ‘die, sorry’ en gaat in dezelfde adem door. De volgende vergadering opent ze met ‘Goedemorgen, allemaal.’ Kai zet zich aan het begin van calls niet meer schrap.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.notes">
      <source>Point out that progress here is imperfect and still real. Ask what made it possible for Brenda to accept the advice.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-practises).</extracomment>
      <translation>Wijs erop dat de vooruitgang hier niet perfect is en toch echt. Vraag wat het voor Brenda mogelijk maakte om het advies aan te nemen.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene template-norm).</extracomment>
      <translation>Twee weken later</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.narration">
      <source>The new kick-off template goes out with an optional introductions slide. One senior engineer complains it is &quot;a bit much&quot;; most people add a line and move on. At the next kick-off, the client's own lead introduces himself with his pronouns, and nobody looks at Kai.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene template-norm).</extracomment>
      <translation>Het nieuwe kick-offsjabloon gaat rond, met een vrijwillige slide voor introducties. Een senior engineer klaagt dat het ‘een beetje veel’ is; de meeste mensen voegen een regel toe en gaan verder. Bij de volgende kick-off stelt de projectleider van de klant zichzelf voor met zijn voornaamwoorden, en niemand kijkt naar Kai.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.notes">
      <source>Stress that optional matters: forcing people to declare pronouns can harm those still working things out. Ask who else benefits from a default like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene template-norm).</extracomment>
      <translation>Benadruk dat vrijwillig ertoe doet: mensen dwingen hun voornaamwoorden te noemen kan schadelijk zijn voor wie er nog mee bezig is. Vraag wie er nog meer baat heeft bij zo'n standaard.</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.1">
      <source>How many times was Kai misgendered, and what happened to the conversation each time?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Hoe vaak werd Kai gemisgenderd, en wat gebeurde er elke keer met het gesprek?</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.2">
      <source>What did Hannah, the client, take her cue from?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Van wie nam Hannah, de klant, haar aanwijzing over?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.1">
      <source>Why can a long apology land worse than the original slip?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom kunnen lange excuses slechter aankomen dan de oorspronkelijke vergissing?</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.2">
      <source>When a colleague says something is hard for them, how do you respect that and still ask for the change?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Als een collega zegt dat iets moeilijk voor die persoon is, hoe respecteer je dat en vraag je toch om de verandering?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.1">
      <source>Which group greeting do you use most, and what would you replace it with?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Welke groepsbegroeting gebruik je het meest, en waardoor zou je die vervangen?</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.2">
      <source>If a colleague asked you Brenda's question tomorrow, what two practical tips would you give?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Als een collega je morgen de vraag van Brenda stelde, welke twee praktische tips zou je geven?</translation>
    </message>
    <message id="pronouns-and-language.sources.1.title">
      <source>Workplace allyship practice: use inclusive language and colleagues' correct pronouns</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: inclusieve taal en de juiste voornaamwoorden van collega's gebruiken</translation>
    </message>
    <message id="pronouns-and-language.sources.2.title">
      <source>Workplace allyship practice: own a mistake with a short, sincere apology</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: een fout erkennen met een kort, oprecht excuus</translation>
    </message>
    <message id="rainbow-logo.title">
      <source>A rainbow on the logo, and page 14 of the benefits booklet</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Een regenboog op het logo, en pagina 14 van de arbeidsvoorwaardengids</translation>
    </message>
    <message id="rainbow-logo.summary">
      <source>A retailer's Pride month campaign is ready to go: a rainbow logo, posts and free T-shirts. The staff Pride network has asked for something else first, because the company's own health cover still excludes gender-affirming care and defines a partner as someone of the opposite sex. The marketing director decides twice: at the campaign sign-off and at the benefits renewal.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>De Pride-campagne van een winkelketen staat klaar: een regenbooglogo, berichten op sociale media en gratis T-shirts. Het Pride-netwerk van de medewerkers vraagt eerst om iets anders, want de eigen zorgverzekering van het bedrijf sluit genderbevestigende zorg nog steeds uit en omschrijft een partner als iemand van het andere geslacht. De marketingdirecteur beslist twee keer: bij het goedkeuren van de campagne en bij de verlenging van de verzekering.</translation>
    </message>
    <message id="rainbow-logo.content_note">
      <source>This role-play includes a company's health cover excluding gender-affirming care and same-sex partners, and a debate over whether changing that is worth the cost.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel sluit de zorgverzekering van een bedrijf genderbevestigende zorg en partners van hetzelfde geslacht uit, en wordt besproken of een aanpassing de kosten waard is.</translation>
    </message>
    <message id="rainbow-logo.roles.hana.name">
      <source>Hana Kobayashi, Marketing Director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hana).</extracomment>
      <translation>Hana Kobayashi, marketingdirecteur</translation>
    </message>
    <message id="rainbow-logo.roles.hana.brief">
      <source>You are straight and cisgender, and you genuinely want the company to show up for Pride. You hold a £40,000 budget for June and sit on the executive team. A colleague forwarded you Kit's message this morning; you agree with it, and you also know the campaign assets are finished and the agency has been paid.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hana).</extracomment>
      <translation>Je bent hetero en cisgender, en je wilt oprecht dat het bedrijf zich laat zien tijdens Pride. Je beheert een budget van £40.000 voor juni en zit in de directie. Een collega heeft je vanochtend het bericht van Kit doorgestuurd; je bent het ermee eens, en je weet ook dat het campagnemateriaal af is en het bureau al is betaald.</translation>
    </message>
    <message id="rainbow-logo.roles.kit.name">
      <source>Kit Adebayo (he/him), payroll specialist and co-lead of the Pride network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kit).</extracomment>
      <translation>Kit Adebayo (hij/hem), salarisadministrateur en co-leider van het Pride-netwerk</translation>
    </message>
    <message id="rainbow-logo.roles.kit.brief">
      <source>You raised the health-cover gaps in last year's staff survey and in a meeting with Reward, and nothing moved. You are not against a rainbow; you are against a rainbow on its own. You do not want to be the face of the campaign. If someone asks what the network wants, answer plainly: fix the partner definition (it costs nothing) and cost the care exclusion before the September renewal.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kit).</extracomment>
      <translation>Je hebt de gaten in de zorgverzekering aangekaart in het medewerkersonderzoek van vorig jaar en in een overleg met de afdeling Beloning, en er gebeurde niets. Je bent niet tegen een regenboog; je bent tegen een regenboog en verder niets. Je wilt niet het gezicht van de campagne zijn. Vraagt iemand wat het netwerk wil, antwoord dan gewoon: pas de omschrijving van ‘partner’ aan (dat kost niets) en reken de uitsluiting van zorg door vóór de verlenging in september.</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.name">
      <source>Nadia Petrova, social media lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nadia).</extracomment>
      <translation>Nadia Petrova, hoofd sociale media</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.brief">
      <source>You built this campaign over six weeks and you are proud of it; your brother is gay and Pride matters to you. If the campaign is paused you feel, at first, that you are being accused of something. If you are asked for ideas rather than told off, you have good ones, including how to talk about a policy change in public.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nadia).</extracomment>
      <translation>Je hebt zes weken aan deze campagne gewerkt en je bent er trots op; je broer is homo en Pride is belangrijk voor je. Wordt de campagne stilgezet, dan heb je eerst het gevoel dat je ergens van beschuldigd wordt. Word je om ideeën gevraagd in plaats van terechtgewezen, dan heb je goede, ook over hoe je in het openbaar over een beleidswijziging praat.</translation>
    </message>
    <message id="rainbow-logo.roles.colm.name">
      <source>Colm Doherty, Head of Reward</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role colm).</extracomment>
      <translation>Colm Doherty, hoofd Beloning</translation>
    </message>
    <message id="rainbow-logo.roles.colm.brief">
      <source>You are not against changing the cover; you have been told to hold benefit costs flat this year. Adding gender-affirming care would cost roughly £30,000 a year, and the insurer will only change terms at the September renewal. The partner wording, you privately admit, could be fixed in a fortnight at no cost. Answer questions honestly; do not volunteer the cheap fix unless someone separates the two issues.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role colm).</extracomment>
      <translation>Je bent niet tegen het aanpassen van de verzekering; je hebt de opdracht gekregen de kosten van arbeidsvoorwaarden dit jaar gelijk te houden. Genderbevestigende zorg toevoegen kost ongeveer £30.000 per jaar, en de verzekeraar past de voorwaarden alleen aan bij de verlenging in september. De formulering over partners, geef je onder vier ogen toe, kan binnen twee weken kosteloos worden aangepast. Beantwoord vragen eerlijk; bied de goedkope oplossing niet uit jezelf aan, tenzij iemand de twee kwesties uit elkaar haalt.</translation>
    </message>
    <message id="rainbow-logo.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="rainbow-logo.roles.observer.brief">
      <source>Watch who gets to speak about the policy, and who speaks about the campaign. Use the checklist and write down exact phrases.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let op wie er over het beleid mag praten, en wie over de campagne praat. Gebruik de checklist en schrijf precieze formuleringen op.</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.1">
      <source>Who mentioned the policy itself (the partner definition, the care exclusion), and who talked only about the campaign?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wie noemde het beleid zelf (de omschrijving van ‘partner’, de uitsluiting van zorg), en wie had het alleen over de campagne?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.2">
      <source>Was the Pride network asked what it wanted, or told what it would get?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Werd het Pride-netwerk gevraagd wat het wilde, of kreeg het te horen wat het zou krijgen?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.3">
      <source>Did anyone separate the change that costs nothing from the change that costs money? When, and what happened next?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Haalde iemand de verandering die niets kost los van de verandering die geld kost? Wanneer, en wat gebeurde er daarna?</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.4">
      <source>Which intervention moves appeared: distract, delegate, document, delay, direct? Notice especially delay (holding the sign-off) and document (the network's written note).</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke manieren om in te grijpen zag je: afleiden, delegeren, documenteren, later nagaan, direct aanspreken? Let vooral op later nagaan (de goedkeuring aanhouden) en documenteren (de schriftelijke notitie van het netwerk).</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.5">
      <source>What did each choice cost Hana, and what did it cost Kit?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wat kostte elke keuze Hana, en wat kostte die Kit?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.title">
      <source>Campaign sign-off</source>
      <extracomment>Scene heading, shown on the projector (scene sign-off).</extracomment>
      <translation>De campagne goedkeuren</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.narration">
      <source>Last week of May. Nadia Petrova clicks through the June plan: the logo in rainbow colours on every channel, a &quot;#ProudAtCalder&quot; series of posts, free T-shirts for store staff, and a £5,000 donation to an LGBTQ+ youth charity. Hana Kobayashi is due to approve it today. On her phone is a message Kit Adebayo posted in the Pride network channel this morning: &quot;Please, no rainbow logo while our health cover excludes gender-affirming care and page 14 still defines a partner as someone of the opposite sex.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sign-off).</extracomment>
      <translation>Laatste week van mei. Nadia Petrova klikt door het plan voor juni: het logo in regenboogkleuren op elk kanaal, een reeks berichten onder ‘#TrotsBijCalder’, gratis T-shirts voor het winkelpersoneel en een donatie van £5.000 aan een goed doel voor lhbtiq+-jongeren. Hana Kobayashi moet het vandaag goedkeuren. Op haar telefoon staat een bericht dat Kit Adebayo vanochtend in het kanaal van het Pride-netwerk plaatste: ‘Alsjeblieft geen regenbooglogo zolang onze zorgverzekering genderbevestigende zorg uitsluit en op pagina 14 een partner nog steeds iemand van het andere geslacht is.’</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.notes">
      <source>Give the group two minutes. Someone will say &quot;but marketing doesn't own benefits&quot;. That is true, so ask who in the company does own the gap between the two. Keep Nadia's role-player in the conversation; she should not become the villain, and the campaign is not a bad piece of work.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sign-off).</extracomment>
      <translation>Geef de groep twee minuten. Iemand zal zeggen: ‘Maar marketing gaat niet over arbeidsvoorwaarden.’ Dat klopt, dus vraag wie in het bedrijf dan wel over het gat tussen die twee gaat. Houd wie Nadia speelt bij het gesprek; zij mag niet de boosdoener worden, en de campagne is geen slecht stuk werk.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.prompt">
      <source>You are Hana. Nadia is waiting for your sign-off. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sign-off).</extracomment>
      <translation>Jij bent Hana. Nadia wacht op je goedkeuring. Wat doe je?</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.text">
      <source>&quot;Looks great, approved.&quot; Benefits belong to Reward, not to marketing.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option approve). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>‘Top, akkoord.’ Arbeidsvoorwaarden zijn aan Beloning, niet aan marketing.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.why">
      <source>The boundary between teams is real. But the people who raised the problem get a rainbow instead of a reply.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option approve).</extracomment>
      <translation>De grens tussen teams is echt. Maar de mensen die het probleem aankaartten, krijgen een regenboog in plaats van een antwoord.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.text">
      <source>Approve it, double the charity donation, and write a personal post on your own LinkedIn about why Pride matters to you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option amplify). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>Goedkeuren, de donatie verdubbelen en op je eigen LinkedIn een persoonlijk bericht zetten over waarom Pride belangrijk voor je is.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.why">
      <source>The donation does real good outside the company. Inside it, the visible support grows while the policy Kit named stays untouched, and your name is now on the gesture.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option amplify).</extracomment>
      <translation>De donatie doet buiten het bedrijf echt goed. Binnen het bedrijf groeit de zichtbare steun, terwijl het beleid dat Kit noemde onaangeroerd blijft, en jouw naam staat nu onder het gebaar.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.text">
      <source>&quot;Let's hold this for two days. Nadia, could we take the plan to the Pride network and ask what would make June mean something to them? I'll reply to Kit now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option ask-network). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>‘Laten we dit twee dagen aanhouden. Nadia, kunnen we het plan aan het Pride-netwerk voorleggen en vragen wat juni voor hen betekenisvol zou maken? Ik antwoord Kit nu.’</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.why">
      <source>You pause a public gesture long enough to hear the people it is meant for, at the cost of a tight deadline and some of Nadia's goodwill.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option ask-network).</extracomment>
      <translation>Je zet een publiek gebaar lang genoeg stil om te horen voor wie het bedoeld is, ten koste van een krappe deadline en een deel van Nadia's goodwill.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.text">
      <source>&quot;I won't sign off a rainbow logo while our own booklet says this. I'll take the partner definition and the care exclusion to the executive team this week. If we can't change them before June, we launch later, with the change.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option link-to-policy). Shown on a phone button: keep it short, about 226 characters like the English.</extracomment>
      <translation>‘Ik keur geen regenbooglogo goed zolang onze eigen gids dit zegt. Ik leg de omschrijving van partner en de uitsluiting van zorg deze week aan de directie voor. Lukt het niet die vóór juni te veranderen, dan starten we later, mét de verandering.’</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.why">
      <source>You use your sign-off and your seat on the executive team to tie the gesture to a policy change, accepting a delayed campaign and a hard conversation with Finance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option link-to-policy).</extracomment>
      <translation>Je gebruikt je handtekening en je plek in de directie om het gebaar te koppelen aan een beleidswijziging, en je accepteert een uitgestelde campagne en een lastig gesprek met Financiën.</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.title">
      <source>1 June</source>
      <extracomment>Scene heading, shown on the projector (scene launched).</extracomment>
      <translation>1 juni</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.narration">
      <source>On 1 June the rainbow logo goes live everywhere, and the first post collects thousands of likes. By lunchtime, a former employee has replied underneath with a photo of page 14 of the benefits booklet, the partner definition circled in red. The reply gets more likes than the post. In the Pride network channel, Kit writes: &quot;Well. We did ask.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launched).</extracomment>
      <translation>Op 1 juni staat het regenbooglogo overal online, en het eerste bericht krijgt duizenden likes. Rond lunchtijd heeft een oud-medewerker eronder gereageerd met een foto van pagina 14 van de arbeidsvoorwaardengids, de omschrijving van partner rood omcirkeld. De reactie krijgt meer likes dan het bericht. In het kanaal van het Pride-netwerk schrijft Kit: ‘Tja. We hadden het gevraagd.’</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.notes">
      <source>Keep it factual. If a participant says &quot;that could happen to any company&quot;, agree; that is why it is worth rehearsing. Move on after a minute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launched).</extracomment>
      <translation>Houd het feitelijk. Zegt een deelnemer ‘Dat kan elk bedrijf overkomen’, geef dat dan toe; daarom is het de moeite waard om te oefenen. Ga na een minuut verder.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.title">
      <source>Hearts and a screenshot</source>
      <extracomment>Scene heading, shown on the projector (scene amplified).</extracomment>
      <translation>Hartjes en een screenshot</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.narration">
      <source>Hana's post does well: former colleagues leave hearts, and the charity thanks the company by name. In the Pride network channel, someone shares her post next to a photo of page 14 of the benefits booklet, with no comment. Kit reacts to neither. Two members quietly leave the channel that week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene amplified).</extracomment>
      <translation>Het bericht van Hana doet het goed: oud-collega's laten hartjes achter, en het goede doel bedankt het bedrijf bij naam. In het kanaal van het Pride-netwerk deelt iemand haar bericht naast een foto van pagina 14 van de arbeidsvoorwaardengids, zonder commentaar. Kit reageert op geen van beide. Die week verlaten twee leden stilletjes het kanaal.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.notes">
      <source>Someone who picked this may bristle: &quot;so giving to charity is bad now?&quot; No, and say so. Then ask Kit's role-player how it felt to read Hana's post that morning. The gap between the two is the learning.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene amplified).</extracomment>
      <translation>Wie dit koos, kan geprikkeld reageren: ‘Dus geven aan een goed doel is nu ook al fout?’ Nee, en zeg dat ook. Vraag dan wie Kit speelt hoe het voelde om die ochtend het bericht van Hana te lezen. Het gat tussen die twee is de les.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.title">
      <source>What the network asked for</source>
      <extracomment>Scene heading, shown on the projector (scene listened).</extracomment>
      <translation>Waar het netwerk om vroeg</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.narration">
      <source>Nadia is frustrated, since the agency has already been paid for the artwork, but she comes to the meeting. The network's members are clear: they are not against a rainbow, only against a rainbow by itself. They ask for two things: rewrite the partner definition, which costs nothing, and cost the care cover in time for the September renewal. Nadia suggests a June post that says exactly that, and the logo waits until the wording has changed.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene listened).</extracomment>
      <translation>Nadia is gefrustreerd, want het bureau is al betaald voor het ontwerp, maar ze komt wel naar het overleg. De leden van het netwerk zijn duidelijk: ze zijn niet tegen een regenboog, alleen tegen een regenboog en verder niets. Ze vragen om twee dingen: de omschrijving van partner herschrijven, wat niets kost, en de zorgdekking doorrekenen op tijd voor de verlenging in september. Nadia stelt een bericht in juni voor dat precies dat zegt, en het logo wacht tot de formulering is aangepast.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.notes">
      <source>Notice the shift: once she is asked rather than overruled, Nadia contributes. Point this out in the debrief. If Kit's role-player wants to push harder than the narration does, let them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene listened).</extracomment>
      <translation>Let op de omslag: zodra haar iets gevraagd wordt in plaats van dat er over haar heen gewalst wordt, draagt Nadia bij. Benoem dit in de nabespreking. Wil wie Kit speelt harder duwen dan de verteltekst doet, laat dat dan toe.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.title">
      <source>The executive meeting</source>
      <extracomment>Scene heading, shown on the projector (scene tied).</extracomment>
      <translation>Het directieoverleg</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.narration">
      <source>At the executive meeting, the finance director asks what the care cover would cost. Colm Doherty from Reward estimates about £30,000 a year and says the insurer only changes terms at the September renewal. The partner wording, he admits, could be fixed in a fortnight. The June campaign is postponed; Nadia is disappointed, and two regional managers ask why their stores are the only ones on the high street without a rainbow.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene tied).</extracomment>
      <translation>In het directieoverleg vraagt de financieel directeur wat de zorgdekking zou kosten. Colm Doherty van Beloning schat ongeveer £30.000 per jaar en zegt dat de verzekeraar de voorwaarden alleen bij de verlenging in september aanpast. De formulering over partners, geeft hij toe, kan binnen twee weken worden aangepast. De campagne van juni wordt uitgesteld; Nadia is teleurgesteld, en twee regiomanagers vragen waarom hun winkels de enige in de winkelstraat zijn zonder regenboog.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.notes">
      <source>Make sure the cost is felt: a delayed campaign, a disappointed colleague, managers asking awkward questions. Ask Nadia's role-player what she would want Hana to say to her now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene tied).</extracomment>
      <translation>Zorg dat de prijs voelbaar is: een uitgestelde campagne, een teleurgestelde collega, managers die lastige vragen stellen. Vraag wie Nadia speelt wat ze zou willen dat Hana nu tegen haar zegt.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.title">
      <source>The renewal</source>
      <extracomment>Scene heading, shown on the projector (scene benefits-review).</extracomment>
      <translation>De verlenging</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.narration">
      <source>Mid-July, and the executive team reviews the insurance renewal. Colm presents two options: renew on current terms, or add gender-affirming care and rewrite the partner definition for roughly £30,000 more a year. The finance director leans towards renewing as it is: &quot;It's a tight year.&quot; The Pride network has sent a short written note asking for the second option and offering to check the new wording.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene benefits-review).</extracomment>
      <translation>Half juli bespreekt de directie de verlenging van de verzekering. Colm legt twee opties voor: verlengen tegen de huidige voorwaarden, of genderbevestigende zorg toevoegen en de omschrijving van partner herschrijven, voor ongeveer £30.000 per jaar extra. De financieel directeur neigt naar verlengen zoals het is: ‘Het is een krap jaar.’ Het Pride-netwerk heeft een korte schriftelijke notitie gestuurd waarin het om de tweede optie vraagt en aanbiedt de nieuwe formulering na te lezen.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.notes">
      <source>Three to four minutes. This is the private test: no cameras, no likes, just a renewal form. If the group jumps straight to the advocate option, ask where the money comes from and who loses it. If Colm's role-player is asked to separate the two issues, he should answer honestly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene benefits-review).</extracomment>
      <translation>Drie à vier minuten. Dit is de toets achter de schermen: geen camera's, geen likes, alleen een verlengingsformulier. Springt de groep meteen naar de optie van de pleitbezorger, vraag dan waar het geld vandaan komt en wie het kwijtraakt. Wordt wie Colm speelt gevraagd de twee kwesties uit elkaar te halen, dan antwoordt hij eerlijk.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.prompt">
      <source>You are Hana. The finance director is looking for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene benefits-review).</extracomment>
      <translation>Jij bent Hana. De financieel directeur zoekt instemming. Wat zeg je?</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.text">
      <source>Agree to renew on current terms and revisit it next year, when the numbers look better.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option renew). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>Instemmen met verlengen zoals het is en er volgend jaar op terugkomen, als de cijfers beter zijn.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.why">
      <source>Cost pressure is real. But &quot;next year&quot; has already been said once, and the people affected will carry the gap for another twelve months.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option renew).</extracomment>
      <translation>De kostendruk is echt. Maar ‘volgend jaar’ is al eens gezegd, en de mensen om wie het gaat dragen het gat nog eens twaalf maanden mee.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.text">
      <source>&quot;I'm sympathetic to option two, for what it's worth.&quot; Then leave the decision to Finance.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option sympathise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>‘Voor wat het waard is: ik sta welwillend tegenover optie twee.’ Dan het besluit aan Financiën laten.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.why">
      <source>Your view is on record, and it is the right view. But nothing in the room changes because of it, and the decision goes to whoever cares most about the cost.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option sympathise).</extracomment>
      <translation>Je standpunt staat in de notulen, en het is het juiste standpunt. Maar er verandert niets door aan tafel, en het besluit gaat naar wie het meest om de kosten geeft.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.text">
      <source>&quot;Let's renew as it is, but announce an inclusive-benefits review, and make it part of next June's campaign.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option announce-review). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>‘Laten we zo verlengen, maar een herziening van de arbeidsvoorwaarden op inclusie aankondigen en die in de junicampagne meenemen.’</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.why">
      <source>An announced review sounds like progress and gives next year's campaign a story. Without a date, an owner or money, it is a promise written for an audience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option announce-review).</extracomment>
      <translation>Een aangekondigde herziening klinkt als vooruitgang en geeft de campagne van volgend jaar een verhaal. Zonder datum, eigenaar of geld is het een belofte die voor een publiek is geschreven.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.text">
      <source>&quot;Before we decide, can we read the network's note properly? And Colm, can we separate the two? If the wording costs nothing, could we agree that today and set a date for the care cover?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option split-and-hear). Shown on a phone button: keep it short, about 186 characters like the English.</extracomment>
      <translation>‘Kunnen we eerst de notitie van het netwerk goed lezen? En Colm, kunnen we de twee loskoppelen? Als de formulering niets kost, spreken we die dan vandaag af en zetten we een datum voor de zorgdekking?’</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.why">
      <source>You bring the network's voice into the room and split off the change that has no reason to wait, even though the bigger one may slip.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option split-and-hear).</extracomment>
      <translation>Je brengt de stem van het netwerk aan tafel en haalt de verandering die geen reden heeft om te wachten eruit, ook al schuift de grotere misschien op.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.text">
      <source>&quot;I'll put £20,000 of next year's campaign budget towards the cover. I'd rather the money changed the policy than printed more rainbows. Let's approve option two and check our benefits with the network every year.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option fund-it). Shown on a phone button: keep it short, about 213 characters like the English.</extracomment>
      <translation>‘Ik stop £20.000 van het campagnebudget van volgend jaar in de dekking. Met dat geld verander ik liever het beleid dan dat we nog meer regenbogen drukken. Laten we optie twee goedkeuren en onze arbeidsvoorwaarden elk jaar met het netwerk doorlopen.’</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.why">
      <source>You move your own budget from image to substance and build a yearly check, so the fix doesn't depend on one person remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option fund-it).</extracomment>
      <translation>Je verschuift je eigen budget van imago naar inhoud en bouwt een jaarlijkse controle in, zodat de oplossing niet afhangt van één persoon die eraan denkt.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.title">
      <source>Renewed as it was</source>
      <extracomment>Scene heading, shown on the projector (scene end-renewed).</extracomment>
      <translation>Verlengd zoals het was</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.narration">
      <source>The policy renews unchanged in September. Next June the rainbow logo goes up, and Kit asks to step down from the Pride network's committee. In the staff survey, the question about whether the company acts on its values scores lower among LGBTQ+ staff than among any other group.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-renewed).</extracomment>
      <translation>In september wordt de verzekering ongewijzigd verlengd. Volgend jaar juni komt het regenbooglogo weer online, en Kit vraagt of hij uit het bestuur van het Pride-netwerk mag stappen. In het medewerkersonderzoek scoort de vraag of het bedrijf naar zijn waarden handelt onder lhbtiq+-medewerkers lager dan in welke andere groep ook.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.notes">
      <source>Pause before the debrief. Ask the room to name the moment this outcome became likely.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-renewed).</extracomment>
      <translation>Neem een pauze voor de nabespreking. Vraag de groep het moment te benoemen waarop deze uitkomst waarschijnlijk werd.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.title">
      <source>Sympathy, minuted</source>
      <extracomment>Scene heading, shown on the projector (scene end-sympathy).</extracomment>
      <translation>Welwillendheid, genotuleerd</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.narration">
      <source>The minutes record &quot;sympathy expressed; renewal approved on current terms&quot;. Kit reads them through the network and notices the word sympathy twice. The network's note is filed, and the following spring it is sent again, almost word for word.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sympathy).</extracomment>
      <translation>In de notulen staat: ‘welwillendheid uitgesproken; verlenging goedgekeurd tegen de huidige voorwaarden’. Kit leest ze via het netwerk en ziet het woord welwillendheid twee keer staan. De notitie van het netwerk wordt opgeborgen, en het voorjaar daarop wordt ze opnieuw gestuurd, bijna woord voor woord.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.title">
      <source>A review with no owner</source>
      <extracomment>Scene heading, shown on the projector (scene end-review-announced).</extracomment>
      <translation>Een herziening zonder eigenaar</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.narration">
      <source>The review is announced in the staff newsletter, framed in rainbow colours. Months pass and no review meeting is scheduled. When next June's campaign mentions &quot;reviewing our benefits&quot;, two network members ask in the company channel who is doing the reviewing, and nobody answers for a week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-review-announced).</extracomment>
      <translation>De herziening wordt aangekondigd in de personeelsnieuwsbrief, omlijst in regenboogkleuren. Maanden gaan voorbij en er wordt geen enkel overleg over de herziening gepland. Als de campagne van het jaar daarop het heeft over ‘het herzien van onze arbeidsvoorwaarden’, vragen twee leden van het netwerk in het bedrijfskanaal wie die herziening eigenlijk doet, en een week lang antwoordt niemand.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.notes">
      <source>This one often surprises people, because the option sounded constructive. Ask what would have turned the announcement into a commitment: an owner, a date, a budget.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-review-announced).</extracomment>
      <translation>Dit einde verrast mensen vaak, omdat de optie constructief klonk. Vraag wat van de aankondiging een toezegging had gemaakt: een eigenaar, een datum, een budget.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.title">
      <source>Half a win</source>
      <extracomment>Scene heading, shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>Een halve overwinning</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.narration">
      <source>The partner definition is rewritten within a month, and three staff add their partners to their cover without filling in an exception form. The care cover is held over to the next renewal, with Colm named as owner and a date in the diary. Kit calls it half a win, and says half is more than the network has had in three years.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>De omschrijving van partner wordt binnen een maand herschreven, en drie medewerkers laten hun partner meeverzekeren zonder een uitzonderingsformulier in te vullen. De zorgdekking schuift door naar de volgende verlenging, met Colm als eigenaar en een datum in de agenda. Kit noemt het een halve overwinning, en zegt dat een half meer is dan het netwerk in drie jaar heeft gehad.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.title">
      <source>Smaller campaign, different policy</source>
      <extracomment>Scene heading, shown on the projector (scene end-funded).</extracomment>
      <translation>Kleinere campagne, ander beleid</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.narration">
      <source>The finance director agrees, on condition that marketing spends less next year, which means a much smaller June campaign. In September the new cover takes effect, and the network checks the wording before it goes out. Next June the logo does turn rainbow, with a link to the policy, and Kit writes the post himself, because this time he wants to.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-funded).</extracomment>
      <translation>De financieel directeur stemt in, op voorwaarde dat marketing volgend jaar minder uitgeeft, en dat betekent een veel kleinere campagne in juni. In september gaat de nieuwe dekking in, en het netwerk leest de formulering na voordat die wordt verstuurd. Volgend jaar juni kleurt het logo wél regenboog, met een link naar het beleid, en Kit schrijft het bericht zelf, omdat hij dat deze keer wil.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.notes">
      <source>Name the cost: Nadia's next campaign will be half the size. Ask her role-player how she feels about that trade now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-funded).</extracomment>
      <translation>Benoem de prijs: de volgende campagne van Nadia wordt half zo groot. Vraag wie haar speelt hoe ze nu tegen die ruil aankijkt.</translation>
    </message>
    <message id="rainbow-logo.debrief.what.1">
      <source>What did the Pride network ask for, and what did it get on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Waar vroeg het Pride-netwerk om, en wat kreeg het op het pad dat wij namen?</translation>
    </message>
    <message id="rainbow-logo.debrief.what.2">
      <source>When did the campaign and the policy get discussed in the same breath, and when were they kept apart?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wanneer werden de campagne en het beleid in één adem besproken, en wanneer werden ze gescheiden gehouden?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.1">
      <source>Why might staff trust a company less after a public gesture than before it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom zouden medewerkers een bedrijf na een publiek gebaar minder vertrouwen dan ervoor?</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.2">
      <source>Which option felt most like support at the time, and does it still, now you have seen where it led?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Welke optie voelde op het moment zelf het meest als steun, en voelt dat nog steeds zo nu je hebt gezien waar ze toe leidde?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.1">
      <source>Think of a public gesture your organisation makes each year. Which internal policy would make it true?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Denk aan een publiek gebaar dat jouw organisatie elk jaar maakt. Welk intern beleid zou het waar maken?</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.2">
      <source>Who in your organisation could you ask, before the next awareness month, what would actually help?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wie in jouw organisatie zou je vóór de volgende themamaand kunnen vragen wat echt zou helpen?</translation>
    </message>
    <message id="rainbow-logo.sources.1.title">
      <source>Workplace allyship practice: tie public gestures to policy change, not the other way round</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: publieke gebaren koppelen aan beleidswijzigingen, en niet andersom</translation>
    </message>
    <message id="rainbow-logo.sources.1.note">
      <source>Drawn from writing on performative allyship that names awareness-month gestures with no accompanying change in benefits or policy as one of its most recognisable forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op teksten over performatieve allyship die gebaren in themamaanden zonder bijbehorende verandering in arbeidsvoorwaarden of beleid noemen als een van de herkenbaarste vormen ervan.</translation>
    </message>
    <message id="stretch-project.title">
      <source>Who gets Meridian?</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>Wie krijgt Meridian?</translation>
    </message>
    <message id="stretch-project.summary">
      <source>A director asks her managers for someone to lead a high-visibility project, and the usual name comes up at once. The group decides whether a manager puts forward a talented analyst who has never been considered, and what they say when she asks how people get picked.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>Een directeur vraagt haar managers om iemand die een zichtbaar project kan leiden, en meteen valt de vertrouwde naam. De groep beslist of een manager een getalenteerde analist voordraagt aan wie nog nooit iemand heeft gedacht, en wat die zegt als zij vraagt hoe mensen worden gekozen.</translation>
    </message>
    <message id="stretch-project.content_note">
      <source>This role-play includes a skilled analyst being overlooked for a high-profile project that keeps going to the same few people, and talk of adding her for &quot;diversity&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>In dit rollenspel wordt een bekwame analist gepasseerd voor een zichtbaar project dat steeds naar dezelfde paar mensen gaat, en wordt geopperd haar erbij te halen voor de ‘diversiteit’.</translation>
    </message>
    <message id="stretch-project.roles.harpreet.name">
      <source>Harpreet Kaur Sandhu, senior planning analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role harpreet).</extracomment>
      <translation>Harpreet Kaur Sandhu, senior planningsanalist</translation>
    </message>
    <message id="stretch-project.roles.harpreet.brief">
      <source>You have been in the team four years and rebuilt its forecasting model last year. You did a leadership course in your own time. You have watched the same few people lead every visible project, and you have stopped assuming it will ever be you, though you have not said so. If asked what you want, be honest: you want the project, and you need your Tuesday finish time protected for a family commitment.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role harpreet).</extracomment>
      <translation>Je zit vier jaar in het team en hebt vorig jaar het prognosemodel van het team opnieuw opgebouwd. In je eigen tijd heb je een leiderschapscursus gedaan. Je ziet al jaren dezelfde paar mensen elk zichtbaar project leiden, en je gaat er niet meer van uit dat jij ooit aan de beurt bent, al heb je dat nooit gezegd. Als iemand vraagt wat je wilt, wees dan eerlijk: je wilt het project, en je eindtijd op dinsdag moet gegarandeerd blijven vanwege een gezinsverplichting.</translation>
    </message>
    <message id="stretch-project.roles.catherine.name">
      <source>Catherine Doyle, director of planning</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role catherine).</extracomment>
      <translation>Carolien Dekker, directeur planning</translation>
    </message>
    <message id="stretch-project.roles.catherine.brief">
      <source>You need Meridian to succeed and you reach for people you already know can deliver. You do not know Harpreet's work. You respond well to a specific case with evidence, and badly to anything that sounds like box ticking.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role catherine).</extracomment>
      <translation>Meridian moet slagen, en je grijpt naar mensen van wie je al weet dat ze het kunnen. Je kent het werk van Harpreet niet. Je reageert goed op een concrete onderbouwing met bewijs, en slecht op alles wat klinkt als een vinkje zetten.</translation>
    </message>
    <message id="stretch-project.roles.anders.name">
      <source>Anders Holm, operations manager (peer of the responder)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role anders).</extracomment>
      <translation>Arjen Holman, manager operations (collega van degene die reageert)</translation>
    </message>
    <message id="stretch-project.roles.anders.brief">
      <source>Ben Carter is in your team and you are proud of him. Putting him forward is loyalty, not exclusion. If someone proposes another name, push back once (&quot;Ben's done this before&quot;), then accept a good argument.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role anders).</extracomment>
      <translation>Ben Kuipers zit in jouw team en je bent trots op hem. Hem voordragen is loyaliteit, geen uitsluiting. Als iemand een andere naam noemt, sputter je één keer tegen (‘Ben heeft dit al eens gedaan’) en daarna ga je mee met een goed argument.</translation>
    </message>
    <message id="stretch-project.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>Observator</translation>
    </message>
    <message id="stretch-project.roles.observer.brief">
      <source>Watch how names get suggested: who speaks first, what evidence is given, and whose voice is in the room. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>Let op hoe namen worden voorgesteld: wie als eerste spreekt, welk bewijs er wordt gegeven, en wiens stem er in de ruimte is. Gebruik de checklist.</translation>
    </message>
    <message id="stretch-project.observer_checklist.1">
      <source>What evidence was offered for Ben, and what evidence was offered for Harpreet?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welk bewijs werd er voor Ben gegeven, en welk bewijs voor Harpreet?</translation>
    </message>
    <message id="stretch-project.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use? Did anyone ask to delay the decision until more names were considered?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Welke van de vijf manieren om in te grijpen (afleiden, delegeren, documenteren, later nagaan, direct aanspreken) gebruikte degene die reageerde? Vroeg iemand om de beslissing uit te stellen tot er meer namen waren bekeken?</translation>
    </message>
    <message id="stretch-project.observer_checklist.3">
      <source>Did the responder ask Harpreet what she wanted, or decide on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Vroeg degene die reageerde aan Harpreet wat zij wilde, of besliste die voor haar?</translation>
    </message>
    <message id="stretch-project.observer_checklist.4">
      <source>What did the responder risk or give up by putting Harpreet forward?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Wat riskeerde of wat gaf degene die reageerde op door Harpreet voor te dragen?</translation>
    </message>
    <message id="stretch-project.observer_checklist.5">
      <source>Was the way people get chosen for projects questioned, or only this one choice?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>Werd de manier waarop mensen voor projecten worden gekozen ter discussie gesteld, of alleen deze ene keuze?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.title">
      <source>Monday, the managers' meeting</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Maandag, het managementoverleg</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.narration">
      <source>Catherine: &quot;Meridian kicks off next month. Six months, two days a week, reporting straight to the executive team. I need a lead by Friday. Names?&quot; Anders doesn't hesitate: &quot;Ben, surely. He did the last two and the execs know him.&quot; Catherine nods, &quot;Good shout. Anyone else?&quot; and glances round the table.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-meeting).</extracomment>
      <translation>Carolien: ‘Meridian start volgende maand. Zes maanden, twee dagen per week, met rechtstreekse rapportage aan de directie. Ik heb vóór vrijdag een projectleider nodig. Namen?’ Arjen aarzelt geen moment: ‘Ben toch zeker. Hij heeft de vorige twee gedaan en de directie kent hem.’ Carolien knikt: ‘Goed idee. Verder nog iemand?’ en kijkt de tafel rond.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.notes">
      <source>Before the prompt, remind the group of the responder's position: they manage Harpreet, she rebuilt the forecasting model Meridian depends on, and losing her for two days a week would hurt their busiest quarter. That cost is real; let participants feel it rather than wishing it away.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-meeting).</extracomment>
      <translation>Herinner de groep vóór de vraag aan de positie van degene die reageert: die is de manager van Harpreet, zij heeft het prognosemodel gebouwd waar Meridian op draait, en haar twee dagen per week missen zou pijn doen in het drukste kwartaal. Die kosten zijn echt; laat deelnemers ze voelen in plaats van ze weg te wensen.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.prompt">
      <source>You manage Harpreet. Nobody has mentioned her, and you would lose her for two days a week in your busiest quarter. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-meeting).</extracomment>
      <translation>Je bent de manager van Harpreet. Niemand heeft haar genoemd, en je zou haar in je drukste kwartaal twee dagen per week kwijt zijn. Wat doe je?</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.text">
      <source>Say nothing. Ben is capable, and you need Harpreet on the Q3 forecast.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option stay-quiet). Shown on a phone button: keep it short, about 70 characters like the English.</extracomment>
      <translation>Niets zeggen. Ben kan het, en jij hebt Harpreet nodig voor de Q3-prognose.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.why">
      <source>Protecting your team's delivery is a real pressure, and it means the person best placed to propose Harpreet stays silent.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option stay-quiet).</extracomment>
      <translation>De resultaten van je team veiligstellen is een echte druk, en zo zwijgt juist de persoon die Harpreet het best kan voordragen.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.text">
      <source>&quot;Ben's great. Harpreet could be good for something like this too, down the line.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option down-the-line). Shown on a phone button: keep it short, about 81 characters like the English.</extracomment>
      <translation>‘Ben is top. Harpreet zou later ook goed zijn voor zoiets.’</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.why">
      <source>You say her name, which counts, but you frame her as a future option so it costs nothing today.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option down-the-line).</extracomment>
      <translation>Je noemt haar naam, en dat telt, maar je brengt haar als optie voor later, zodat het vandaag niets kost.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.text">
      <source>&quot;I'd love Meridian to have more diverse faces on it. Could Harpreet shadow Ben? It'd show we take inclusion seriously.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option shadow). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>‘Ik zou graag meer diversiteit zien bij Meridian. Kan Harpreet met Ben meelopen? Dan laten we zien dat we inclusie serieus nemen.’</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.why">
      <source>It sounds supportive and gets her in the room, but as an extra rather than a lead, and on the basis of how it looks.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option shadow).</extracomment>
      <translation>Het klinkt steunend en ze komt aan tafel, maar als aanhangsel en niet als projectleider, en op grond van hoe het eruitziet.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.text">
      <source>&quot;I'd like to put Harpreet Sandhu forward. She rebuilt the forecasting model Meridian runs on. I'll find cover for her Q3 work.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option put-her-forward). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>‘Ik wil Harpreet Sandhu voordragen. Zij heeft het prognosemodel gebouwd waar Meridian op draait. Ik regel vervanging voor haar Q3-werk.’</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.why">
      <source>You use your seat at the table to name her, give evidence, and take the cost on your own team rather than hers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option put-her-forward).</extracomment>
      <translation>Je gebruikt je plek aan tafel om haar te noemen, onderbouwt het, en legt de kosten bij je eigen team in plaats van bij haar.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Na het overleg</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.narration">
      <source>Catherine writes &quot;Ben?&quot; in her notebook: &quot;I'll confirm Friday.&quot; Anders says, &quot;Sorted.&quot; Your Q3 plan stays intact. Harpreet's name is not mentioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-pencilled).</extracomment>
      <translation>Carolien schrijft ‘Ben?’ in haar notitieboek: ‘Ik bevestig het vrijdag.’ Arjen zegt: ‘Geregeld.’ Jouw Q3-planning blijft overeind. De naam van Harpreet valt niet.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.notes">
      <source>A quiet outcome. Ask the group who in the room was the only person able to say her name, and how often that is true of a line manager.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-pencilled).</extracomment>
      <translation>Een stille uitkomst. Vraag de groep wie in de ruimte de enige was die haar naam had kunnen noemen, en hoe vaak dat geldt voor een direct leidinggevende.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Na het overleg</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.narration">
      <source>Catherine smiles: &quot;Noted, maybe for the next one.&quot; She writes &quot;Ben&quot; and underlines it. Anders says, &quot;Harpreet's great, by the way,&quot; on the way out, and you both go to lunch.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene maybe-next-time).</extracomment>
      <translation>Carolien glimlacht: ‘Genoteerd, misschien voor de volgende keer.’ Ze schrijft ‘Ben’ op en onderstreept het. Op weg naar buiten zegt Arjen: ‘Harpreet is trouwens top’, en jullie gaan samen lunchen.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.notes">
      <source>Ask what &quot;down the line&quot; did to Harpreet's chances this time, and whether there is ever a &quot;next one&quot; for someone who is not named now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene maybe-next-time).</extracomment>
      <translation>Vraag wat ‘later’ deze keer deed met de kansen van Harpreet, en of er ooit een ‘volgende keer’ komt voor iemand die nu niet wordt genoemd.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene shadow-role).</extracomment>
      <translation>Na het overleg</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.narration">
      <source>Catherine likes it: &quot;Great, Harpreet can support Ben. Notes, the risk log, that sort of thing.&quot; Anders says it will be &quot;good exposure for her&quot;. Ben is pencilled in as lead.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene shadow-role).</extracomment>
      <translation>Carolien vindt het een goed idee: ‘Mooi, dan kan Harpreet Ben ondersteunen. Notulen, het risicolog, dat soort dingen.’ Arjen zegt dat het ‘goede zichtbaarheid voor haar’ is. Ben wordt voorlopig als projectleider genoteerd.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.notes">
      <source>Participants may see this as a win. Ask what a shadow role with admin tasks tells the executive team about Harpreet.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene shadow-role).</extracomment>
      <translation>Deelnemers zien dit misschien als winst. Vraag wat een meeloopfunctie met administratieve taken de directie vertelt over Harpreet.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-named).</extracomment>
      <translation>Na het overleg</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.narration">
      <source>Anders pushes back: &quot;Ben's done this twice, though.&quot; Catherine: &quot;I don't know Harpreet's work. Send me two lines by Thursday and I'll decide Friday.&quot; Later, your own manager asks how you plan to cover the Q3 forecast, and you don't have a full answer yet.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-named).</extracomment>
      <translation>Arjen sputtert tegen: ‘Ben heeft dit wel al twee keer gedaan.’ Carolien: ‘Ik ken het werk van Harpreet niet. Stuur me vóór donderdag twee regels, dan beslis ik vrijdag.’ Later vraagt je eigen manager hoe je de Q3-prognose wilt opvangen, en daar heb je nog geen volledig antwoord op.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.notes">
      <source>Name the cost: extra work, a slightly tense moment with a peer, a gap in your plan. Ask participants whether they have paid a cost like this, and whether it was worth it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-named).</extracomment>
      <translation>Benoem de kosten: extra werk, een wat gespannen moment met een collega, een gat in je planning. Vraag deelnemers of zij zulke kosten weleens hebben betaald, en of het de moeite waard was.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.title">
      <source>Wednesday, your 1:1 with Harpreet</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Woensdag, je één-op-één met Harpreet</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.narration">
      <source>Near the end, Harpreet says, &quot;I heard Meridian came up on Monday. I'd love to lead something like that one day. I never really know how people get picked for those.&quot; Catherine decides on Friday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>Tegen het einde zegt Harpreet: ‘Ik hoorde dat Meridian maandag ter sprake kwam. Ik zou ooit graag zoiets leiden. Ik weet eigenlijk nooit hoe mensen daarvoor worden gekozen.’ Carolien beslist op vrijdag.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.notes">
      <source>The second decision is the same on every path: nothing is final until Friday. In triads, let the person playing Harpreet answer honestly if they are asked what they want. Watch for responders who promise things without asking.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-one-to-one).</extracomment>
      <translation>Het tweede beslismoment is op elk pad hetzelfde: tot vrijdag ligt er niets vast. Laat in de drietallen degene die Harpreet speelt eerlijk antwoorden als die gevraagd wordt wat ze wil. Let op wie reageert en dingen belooft zonder iets te vragen.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.prompt">
      <source>Harpreet has raised it herself. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene harpreet-one-to-one).</extracomment>
      <translation>Harpreet begint er zelf over. Wat zeg je?</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.text">
      <source>&quot;Honestly, it's mostly whoever's been around longest. Your time will come.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option your-time). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>‘Eerlijk gezegd is het vooral wie er het langst zit. Jouw tijd komt nog wel.’</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.why">
      <source>It is meant as reassurance, and it describes an unwritten rule as if it were fair and fixed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option your-time).</extracomment>
      <translation>Het is bedoeld als geruststelling, en het beschrijft een ongeschreven regel alsof die eerlijk en onveranderlijk is.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.text">
      <source>&quot;You'd be great. If you want to go for the next one, just let me know.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option let-me-know). Shown on a phone button: keep it short, about 71 characters like the English.</extracomment>
      <translation>‘Jij zou het geweldig doen. Wil je de volgende keer? Laat het me gewoon weten.’</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.why">
      <source>Encouraging, but it puts the work of asking on her, inside a system where nobody has ever had to ask.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option let-me-know).</extracomment>
      <translation>Bemoedigend, maar het legt het vragen bij haar, in een systeem waarin nog nooit iemand erom heeft hoeven vragen.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.text">
      <source>&quot;I'll give you a shout-out at the all-hands for the forecasting work. People should know what you've done.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option shout-out). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>‘Ik zet je bij de personeelsbijeenkomst in het zonnetje voor het prognosewerk. Mensen moeten weten wat je hebt gedaan.’</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.why">
      <source>Public praise is pleasant and visible, but applause is not a role, and Meridian still goes to Ben.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option shout-out).</extracomment>
      <translation>Lof in het openbaar is prettig en zichtbaar, maar applaus is geen functie, en Meridian gaat nog steeds naar Ben.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.text">
      <source>&quot;What would you want from it, and what would make it workable for you?&quot; Then send Catherine Harpreet's case before Friday, built on what she said.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option ask-and-back). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>‘Wat zou je eruit willen halen, en wat heb je nodig om het werkbaar te maken?’ Dan vóór vrijdag Carolien een onderbouwing voor Harpreet sturen, op basis van wat ze zei.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.why">
      <source>You ask before acting, then use your access to put her forward on her own terms, with evidence.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option ask-and-back).</extracomment>
      <translation>Je vraagt het eerst en handelt dan, en gebruikt je toegang om haar voor te dragen op haar eigen voorwaarden, met bewijs.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.text">
      <source>Do the same, and ask Catherine to advertise future stretch projects in an open call with stated criteria, and to look at who has led them over the last two years.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option open-call). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>Hetzelfde doen, en Carolien vragen om toekomstige uitdagende projecten open uit te zetten, met vooraf benoemde criteria, en te kijken wie ze de afgelopen twee jaar hebben geleid.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.why">
      <source>You back Harpreet now and change how the next opportunity is given out, so it depends less on who has a manager willing to speak.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option open-call).</extracomment>
      <translation>Je steunt Harpreet nu en verandert hoe de volgende kans wordt verdeeld, zodat het minder afhangt van wie een manager heeft die het woord durft te nemen.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene ben-leads).</extracomment>
      <translation>Zes maanden later</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.narration">
      <source>Ben leads Meridian and presents the results to the executive team. He is promoted in the spring round. Harpreet keeps the forecast running and updates her CV.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-leads).</extracomment>
      <translation>Ben leidt Meridian en presenteert de resultaten aan de directie. In de voorjaarsronde krijgt hij promotie. Harpreet houdt de prognose draaiende en werkt haar cv bij.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.notes">
      <source>Ask the group what Harpreet has learnt about how things work here, and who taught it to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-leads).</extracomment>
      <translation>Vraag de groep wat Harpreet heeft geleerd over hoe het hier werkt, en wie het haar heeft geleerd.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene next-time).</extracomment>
      <translation>Zes maanden later</translation>
    </message>
    <message id="stretch-project.scenes.next-time.narration">
      <source>Harpreet says, &quot;Thanks, I will.&quot; She does not know when &quot;the next one&quot; is, and nobody tells her. The next project is handed out in a corridor conversation before she hears it exists.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene next-time).</extracomment>
      <translation>Harpreet zegt: ‘Dank je, doe ik.’ Ze weet niet wanneer ‘de volgende’ is, en niemand vertelt het haar. Het volgende project wordt in een gesprekje op de gang vergeven voordat zij zelfs maar hoort dat het bestaat.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.notes">
      <source>Ask what it would take for &quot;let me know&quot; to work in this organisation, and whether it ever does.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene next-time).</extracomment>
      <translation>Vraag wat ervoor nodig zou zijn om ‘laat het me weten’ in deze organisatie te laten werken, en of dat ooit lukt.</translation>
    </message>
    <message id="stretch-project.scenes.applause.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene applause).</extracomment>
      <translation>Zes maanden later</translation>
    </message>
    <message id="stretch-project.scenes.applause.narration">
      <source>At the all-hands you thank Harpreet for the forecasting model, and there is warm applause. Meridian goes to Ben. When an executive later asks who built the model Meridian relies on, Ben answers, correctly, &quot;Harpreet, in planning,&quot; and the executive says, &quot;Should we get her on it?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene applause).</extracomment>
      <translation>Bij de personeelsbijeenkomst bedank je Harpreet voor het prognosemodel, en er volgt een hartelijk applaus. Meridian gaat naar Ben. Als een directielid later vraagt wie het model heeft gebouwd waar Meridian op draait, antwoordt Ben terecht: ‘Harpreet, van planning’, en het directielid zegt: ‘Moeten we haar er niet bij halen?’</translation>
    </message>
    <message id="stretch-project.scenes.applause.notes">
      <source>The irony lands for most groups. Ask why praise in public and opportunity in private are so often separated.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene applause).</extracomment>
      <translation>De ironie komt bij de meeste groepen aan. Vraag waarom lof in het openbaar en kansen achter de schermen zo vaak los van elkaar staan.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Zes maanden later</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.narration">
      <source>Harpreet tells you she wants it, and that her Tuesday finish is fixed. Your note to Catherine covers both. Catherine meets her on Thursday and gives her the lead; Ben takes the next one. You spend three late evenings covering the Q3 forecast. Meridian lands well, and Harpreet presents it to the executive team herself.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-leads).</extracomment>
      <translation>Harpreet vertelt je dat ze het wil, en dat haar eindtijd op dinsdag vastligt. Je bericht aan Carolien gaat over allebei. Carolien spreekt haar op donderdag en geeft haar de leiding; Ben krijgt het volgende project. Jij maakt drie late avonden om de Q3-prognose op te vangen. Meridian valt goed, en Harpreet presenteert het zelf aan de directie.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.notes">
      <source>Highlight the question the responder asked first. Ask what might have gone wrong if they had simply nominated her without asking about Tuesdays.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-leads).</extracomment>
      <translation>Benadruk de vraag die degene die reageerde eerst stelde. Vraag wat er mis had kunnen gaan als die haar gewoon had voorgedragen zonder naar de dinsdagen te vragen.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Zes maanden later</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.narration">
      <source>Harpreet leads Meridian. Catherine's review shows that the same four people led eight of the last nine projects; she is uncomfortable, and she starts an open call with criteria. Anders grumbles that it slows things down. The next call gets eleven applications, including three from people nobody had thought to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene open-call-adopted).</extracomment>
      <translation>Harpreet leidt Meridian. Uit Caroliens analyse blijkt dat dezelfde vier mensen acht van de laatste negen projecten hebben geleid; ze voelt zich er ongemakkelijk bij en start een open uitvraag met criteria. Arjen moppert dat het alles vertraagt. Op de volgende uitvraag komen elf aanmeldingen, waaronder drie van mensen aan wie niemand had gedacht.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.notes">
      <source>Ask what data each participant could look at in their own area: who got the last five visible pieces of work? Finish by asking what they would do with the answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene open-call-adopted).</extracomment>
      <translation>Vraag welke gegevens elke deelnemer in het eigen werkveld zou kunnen bekijken: wie kreeg de laatste vijf zichtbare klussen? Sluit af met de vraag wat ze met het antwoord zouden doen.</translation>
    </message>
    <message id="stretch-project.debrief.what.1">
      <source>What made Ben's name come up first, and what made Harpreet's not come up at all?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Waardoor kwam de naam van Ben als eerste op, en waardoor kwam die van Harpreet helemaal niet op?</translation>
    </message>
    <message id="stretch-project.debrief.what.2">
      <source>What did putting Harpreet forward cost the responder, and what did staying quiet cost Harpreet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>Wat kostte het degene die reageerde om Harpreet voor te dragen, en wat kostte zwijgen Harpreet?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.1">
      <source>Why is a line manager often the only person able to name someone for an opportunity?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Waarom is een direct leidinggevende vaak de enige die iemand kan noemen voor een kans?</translation>
    </message>
    <message id="stretch-project.debrief.so_what.2">
      <source>What is the difference between giving someone praise and giving them a platform?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>Wat is het verschil tussen iemand lof geven en iemand een podium geven?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.1">
      <source>Who in your area is doing excellent work that nobody above you has seen, and what will you do about it this month?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wie in jouw werkveld levert uitstekend werk dat niemand boven jou heeft gezien, en wat ga je daar deze maand aan doen?</translation>
    </message>
    <message id="stretch-project.debrief.now_what.2">
      <source>Before you recommend someone, what will you ask them first?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>Wat vraag je iemand eerst, voordat je die persoon aanbeveelt?</translation>
    </message>
    <message id="stretch-project.sources.1.title">
      <source>Workplace allyship practice: recommend under-represented colleagues for stretch and high-visibility work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: ondervertegenwoordigde collega's aanbevelen voor uitdagend en zichtbaar werk</translation>
    </message>
    <message id="stretch-project.sources.1.note">
      <source>Based on the practice of actively proposing people who are routinely overlooked for visible projects, and using seniority to open that door.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>Gebaseerd op de praktijk om mensen die stelselmatig over het hoofd worden gezien actief voor te dragen voor zichtbare projecten, en je senioriteit te gebruiken om die deur te openen.</translation>
    </message>
    <message id="stretch-project.sources.2.title">
      <source>Workplace allyship practice: ask what support someone wants before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>Allyship in de praktijk op het werk: vragen welke steun iemand wil voordat je iets doet</translation>
    </message>
  </context>
</TS>
