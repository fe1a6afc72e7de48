<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name></name>
    <message id="amplify-overlooked-idea.title">
      <source>The idea that got talked over</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>الفكرة التي ضاعت وسط المقاطعة</translation>
    </message>
    <message id="amplify-overlooked-idea.summary">
      <source>In a quarterly planning meeting, Nkechi starts to share a proposal backed by her own data and is cut off mid-sentence. The group decides what a colleague at the table does in the moment, and again the next day when the manager asks who should lead the work.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>في اجتماع التخطيط الفصلي، تبدأ نكيتشي بعرض مقترح تدعمه بيانات جمعتها بنفسها، فتُقاطَع في منتصف جملتها. تقرّر المجموعة ما يفعله زميل حاضر على الطاولة في تلك اللحظة، ثم مرة أخرى في اليوم التالي حين يسأل المدير عمّن يقود العمل.</translation>
    </message>
    <message id="amplify-overlooked-idea.content_note">
      <source>This role-play includes a colleague being cut off mid-sentence in a meeting, falling silent, and her idea later being credited to someone else.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا زميلةً تُقاطَع في منتصف جملتها خلال اجتماع فتصمت، ثم تُنسَب فكرتها لاحقًا إلى شخص آخر.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.name">
      <source>Nkechi Obi, customer insights analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nkechi).</extracomment>
      <translation>نكيتشي أوبي، محلّلة رؤى العملاء</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.nkechi.brief">
      <source>You joined eight months ago and you are the only Black woman on the product team. You spent two evenings pulling last quarter's support tickets and found that roughly one in five asks where an order is. When you are cut off, you do not fight for the floor; you have learnt that pushing back gets you labelled &quot;intense&quot;. Let the group see you go quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nkechi).</extracomment>
      <translation>انضممتم إلى الفريق قبل ثمانية أشهر، وأنتم المرأة السوداء الوحيدة في فريق المنتج. قضيتم أمسيتين في مراجعة تذاكر الدعم للفصل الماضي، فوجدتم أن نحو واحدة من كل خمس تذاكر تسأل عن مكان الطلب. حين تُقاطَعون لا تنتزعون الكلمة من جديد؛ فقد تعلّمتم أن الاعتراض يُلصق بكم وصف «الحدّة». دعوا المجموعة تراكم وأنتم تصمتون.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.name">
      <source>Luca Romano, senior platform engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role luca).</extracomment>
      <translation>لوكا رومانو، مهندس منصّات أول</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.luca.brief">
      <source>You are worried about the database migration and you jump in because the deadline is real, not because you think Nkechi's point is unimportant. Later, a status page seems like an obvious fix to you and you genuinely do not connect it to what she said. If someone points it out, be a little defensive first (&quot;I wasn't trying to steal anything&quot;), then fair.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role luca).</extracomment>
      <translation>أنتم قلقون بشأن ترحيل قاعدة البيانات، وتتدخّلون لأن الموعد النهائي حقيقي، لا لأنكم ترون أن ما تقوله نكيتشي غير مهم. لاحقًا تبدو لكم صفحة حالة الطلب حلًّا بديهيًا، ولا تربطونها فعلًا بما قالته. إن نبّهكم أحد إلى ذلك، فدافعوا عن أنفسكم قليلًا في البداية («لم أكن أحاول سرقة شيء»)، ثم كونوا منصفين.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.name">
      <source>Graham Whitlock, head of product</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role graham).</extracomment>
      <translation>غراهام ويتلوك، رئيس قسم المنتج</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.graham.brief">
      <source>You chair the meeting and you are proud of running it to time. You follow whoever sounds most certain, which is usually Luca. You are not hostile to Nkechi; you simply have not noticed the pattern. If a peer names it calmly, you are open to changing how you run the meeting.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role graham).</extracomment>
      <translation>أنتم تترأسون الاجتماع وتفخرون بإنهائه في وقته. تتبعون صاحب الصوت الأكثر ثقة، وهو لوكا في العادة. لستم معادين لنكيتشي؛ كل ما في الأمر أنكم لم تلاحظوا هذا النمط. إن سمّاه أحد الزملاء بهدوء، فأنتم منفتحون على تغيير طريقة إدارتكم للاجتماع.</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="amplify-overlooked-idea.roles.observer.brief">
      <source>Watch who speaks, who is cut off and who gets the credit. Note exact words and timings where you can. Use the checklist, and in the debrief report what you saw before what you think.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>راقبوا من يتحدّث، ومن يُقاطَع، ومن يُنسب إليه الفضل. دوّنوا الكلمات والتوقيتات بدقّة قدر الإمكان. استعينوا بقائمة المراقب، وفي النقاش الختامي اعرضوا ما رأيتموه قبل رأيكم فيه.</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.1">
      <source>How many seconds passed between Nkechi being cut off and anyone reacting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>كم ثانية مرّت بين مقاطعة نكيتشي وأول ردّ فعل من أي أحد؟</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it return the floor to Nkechi?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل الخمس (التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة) استخدمها من أدّى دور المستجيب، وهل أعاد الكلمة إلى نكيتشي؟</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.3">
      <source>Did the credit for the status-page idea end up with the person who raised it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل انتهى الفضل في فكرة صفحة الحالة إلى صاحبة الفكرة؟</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.4">
      <source>Did anyone check with Nkechi about what she wanted, or act purely on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سأل أحدٌ نكيتشي عمّا تريده، أم تصرّف نيابةً عنها فقط؟</translation>
    </message>
    <message id="amplify-overlooked-idea.observer_checklist.5">
      <source>What did the responder's intervention cost them (time, awkwardness, Luca's goodwill)?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ماذا كلّف التدخّلُ المستجيبَ (وقتًا، أو حرجًا، أو شيئًا من ودّ لوكا)؟</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.title">
      <source>Tuesday, quarterly planning</source>
      <extracomment>Scene heading, shown on the projector (scene planning).</extracomment>
      <translation>الثلاثاء، اجتماع التخطيط الفصلي</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.narration">
      <source>Nkechi turns her laptop towards the room. &quot;I went through last quarter's tickets, and about twenty per cent are people asking where their order is, so a simple status page could —&quot; Luca leans in: &quot;Sorry, quick one before we run out of time: we have to decide the migration today.&quot; Graham nods, &quot;Good shout, let's do that,&quot; and Nkechi closes her laptop halfway.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene planning).</extracomment>
      <translation>تدير نكيتشي شاشة حاسوبها نحو الحاضرين. «راجعت تذاكر الفصل الماضي، ونحو عشرين بالمئة منها أناس يسألون أين طلباتهم، لذا يمكن لصفحة حالة بسيطة أن —» يميل لوكا إلى الأمام: «عذرًا، سؤال سريع قبل أن ينفد الوقت: علينا أن نحسم الترحيل اليوم.» يومئ غراهام: «فكرة جيدة، لنبدأ بها»، فتُغلق نكيتشي حاسوبها إلى منتصفه.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.notes">
      <source>Read Luca's interruption at a natural pace, not as a villain line; it should feel like something participants have seen a hundred times. Pause for five seconds after the last sentence before showing the prompt. If someone says &quot;the migration really was urgent&quot;, agree: both things can be true, and the question is whether Nkechi gets to finish.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene planning).</extracomment>
      <translation>اقرؤوا مقاطعة لوكا بإيقاع طبيعي، لا كأنها جملة شرير؛ ينبغي أن تبدو شيئًا رآه المشاركون مئة مرة. توقّفوا خمس ثوانٍ بعد الجملة الأخيرة قبل عرض السؤال. إن قال أحدهم «لكن الترحيل كان عاجلًا فعلًا»، فوافقوه: الأمران قد يكونان صحيحين معًا، والسؤال هو هل تُكمل نكيتشي كلامها.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.prompt">
      <source>You are a peer of Luca's, sitting opposite Nkechi. What do you do in the next minute?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene planning).</extracomment>
      <translation>أنتم زملاء للوكا في المستوى نفسه، وتجلسون قبالة نكيتشي. ماذا تفعلون في الدقيقة التالية؟</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.text">
      <source>Say nothing. The migration is genuinely urgent and Graham is chairing, so it is his call.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option let-it-go). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>تلتزمون الصمت. الترحيل عاجل فعلًا، وغراهام يترأس الاجتماع، فالقرار قراره.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.let-it-go.why">
      <source>Deferring to the chair feels respectful, but it leaves the interruption standing and nobody at the table learns it mattered.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option let-it-go).</extracomment>
      <translation>يبدو الاحتكام إلى رئيس الاجتماع تصرّفًا محترمًا، لكنه يترك المقاطعة قائمة، ولا يدرك أحد على الطاولة أنها كانت مهمّة.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.text">
      <source>Send Nkechi a private chat message: &quot;Your status page idea sounded really promising, by the way.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option private-chat). Shown on a phone button: keep it short, about 97 characters like the English.</extracomment>
      <translation>ترسلون إلى نكيتشي رسالة خاصة في المحادثة: «بالمناسبة، فكرة صفحة الحالة بدت واعدة جدًا.»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.private-chat.why">
      <source>It is warm and it tells her someone was listening, but the room, and Graham, never hear the rest of her proposal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option private-chat).</extracomment>
      <translation>رسالة دافئة تخبرها بأن أحدًا كان يصغي، لكن الحاضرين، وغراهام معهم، لا يسمعون بقية مقترحها أبدًا.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.text">
      <source>Say nothing now, and after the meeting post in the team channel: &quot;Great energy in planning today, love how many voices we hear on this team!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option team-shout-out). Shown on a phone button: keep it short, about 141 characters like the English.</extracomment>
      <translation>تصمتون الآن، ثم تنشرون في قناة الفريق بعد الاجتماع: «طاقة رائعة في التخطيط اليوم، أحبّ كثرة الأصوات التي نسمعها في فريقنا!»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.team-shout-out.why">
      <source>It is visible and it sounds inclusive, but it describes a meeting that did not happen and changes nothing for Nkechi.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option team-shout-out).</extracomment>
      <translation>منشور ظاهر للجميع ويبدو شاملًا، لكنه يصف اجتماعًا لم يحدث، ولا يغيّر شيئًا بالنسبة إلى نكيتشي.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.text">
      <source>&quot;Graham, can we give Nkechi one more minute first? She was halfway through the ticket numbers, and then let's do the migration.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene planning, option floor-back). Shown on a phone button: keep it short, about 128 characters like the English.</extracomment>
      <translation>«غراهام، هل نعطي نكيتشي دقيقة أخرى أولًا؟ كانت في منتصف أرقام التذاكر، ثم ننتقل إلى الترحيل.»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.planning.decision.options.floor-back.why">
      <source>It acts in the moment, names her, and hands the floor back rather than retelling her idea for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene planning, option floor-back).</extracomment>
      <translation>تصرّف في اللحظة نفسها، يذكرها بالاسم، ويعيد إليها الكلمة بدل أن يعيد رواية فكرتها عنها.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.title">
      <source>Twenty minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene moved-on).</extracomment>
      <translation>بعد عشرين دقيقة</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.narration">
      <source>The migration discussion runs long. Near the end, Luca stretches: &quot;Honestly, half our tickets would go away with a status page.&quot; Graham writes it on the whiteboard with an L beside it. Nkechi looks down at her notebook and does not speak again that meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene moved-on).</extracomment>
      <translation>يطول النقاش حول الترحيل. قرب النهاية يتمطّى لوكا ويقول: «بصراحة، نصف تذاكرنا ستختفي لو أنشأنا صفحة حالة.» يكتبها غراهام على السبّورة وبجانبها حرف L. تنظر نكيتشي إلى دفترها ولا تتكلّم مرة أخرى طوال الاجتماع.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.moved-on.notes">
      <source>Some groups will feel a jolt here; let it sit. Ask the observer, briefly, what Nkechi's body language said. Do not open a full discussion yet; the next scene carries the story on.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene moved-on).</extracomment>
      <translation>ستشعر بعض المجموعات بصدمة هنا؛ دعوها تستقرّ. اسألوا المراقب باختصار عمّا قالته لغة جسد نكيتشي. لا تفتحوا نقاشًا كاملًا بعد؛ فالمشهد التالي يكمل القصة.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.title">
      <source>A reply in the chat</source>
      <extracomment>Scene heading, shown on the projector (scene private-note).</extracomment>
      <translation>ردّ في المحادثة</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.narration">
      <source>Nkechi replies with a thumbs-up and &quot;thanks, maybe another time&quot;. The meeting moves to the migration and over-runs by fifteen minutes. In the corridor afterwards, Luca mentions to Graham that a status page might cut the ticket queue. Graham says he likes it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-note).</extracomment>
      <translation>تردّ نكيتشي بإشارة إعجاب وعبارة «شكرًا، ربما في وقت آخر». ينتقل الاجتماع إلى الترحيل ويتجاوز وقته بخمس عشرة دقيقة. بعده، في الممرّ، يذكر لوكا لغراهام أن صفحة حالة قد تقلّص طابور التذاكر. يقول غراهام إن الفكرة أعجبته.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.private-note.notes">
      <source>This path often feels good to participants because Nkechi said thanks. Ask, gently, what changed for her and what did not. Passive support is real support; the point is where it stops.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-note).</extracomment>
      <translation>كثيرًا ما يشعر المشاركون بالرضا عن هذا المسار لأن نكيتشي شكرتهم. اسألوا بلطف عمّا تغيّر بالنسبة إليها وعمّا لم يتغيّر. دعم المؤيّد الصامت دعم حقيقي؛ المهم هو أين يتوقّف.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.title">
      <source>The channel post</source>
      <extracomment>Scene heading, shown on the projector (scene upbeat-post).</extracomment>
      <translation>المنشور في القناة</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.narration">
      <source>Your post collects eight emoji reactions, including one from Graham. Nkechi does not react. In the minutes Graham circulates that evening, the only action on tickets reads &quot;Luca to scope status page&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene upbeat-post).</extracomment>
      <translation>يجمع منشوركم ثمانية تفاعلات بالرموز التعبيرية، منها واحد من غراهام. لا تتفاعل نكيتشي. وفي محضر الاجتماع الذي يرسله غراهام مساءً، يقول البند الوحيد المتعلّق بالتذاكر: «لوكا يحدّد نطاق صفحة الحالة».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.upbeat-post.notes">
      <source>Expect a defensive moment here (&quot;I was being positive!&quot;). Do not argue with the intention. Ask instead what Nkechi might have felt reading that post after being cut off. Keep the tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene upbeat-post).</extracomment>
      <translation>توقّعوا لحظة دفاعية هنا («كنت أقصد الإيجابية!»). لا تجادلوا في النيّة. اسألوا بدلًا من ذلك عمّا قد تكون نكيتشي شعرت به وهي تقرأ هذا المنشور بعد أن قوطعت. حافظوا على نبرة فضولية لا تصحيحية.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.title">
      <source>One more minute</source>
      <extracomment>Scene heading, shown on the projector (scene she-finishes).</extracomment>
      <translation>دقيقة أخرى</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.narration">
      <source>There is a short, awkward pause. Graham says, &quot;Sure, quickly.&quot; Nkechi reopens her laptop and shows the chart: one ticket in five, and a rough estimate of the agent hours it would save. Luca exhales audibly but says &quot;Fair, that's a good number.&quot; The meeting over-runs by ten minutes and Graham is visibly tight for his next call.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene she-finishes).</extracomment>
      <translation>يسود صمت قصير محرج. يقول غراهام: «حسنًا، باختصار.» تفتح نكيتشي حاسوبها من جديد وتعرض المخطط: تذكرة من كل خمس، وتقديرًا تقريبيًا لساعات عمل الموظفين التي ستُوفَّر. يزفر لوكا بصوت مسموع لكنه يقول: «معكِ حق، رقم جيد.» يتجاوز الاجتماع وقته بعشر دقائق، ويبدو غراهام متوتّرًا بوضوح قبل مكالمته التالية.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.she-finishes.notes">
      <source>Point out the cost: a pause, an annoyed sigh, a manager running late. Participants who chose this often underestimate how small those costs are next to the benefit; others overestimate them. Both reactions are worth hearing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene she-finishes).</extracomment>
      <translation>أشيروا إلى الكلفة: صمت قصير، وزفرة ضيق، ومدير متأخّر. من اختاروا هذا الخيار كثيرًا ما يستهينون بصِغَر هذه الكلفة مقارنةً بالفائدة، وآخرون يبالغون فيها. كلا الردّين يستحق الاستماع.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.title">
      <source>Wednesday, your 1:1 with Graham</source>
      <extracomment>Scene heading, shown on the projector (scene one-to-one).</extracomment>
      <translation>الأربعاء، لقاؤكم الفردي مع غراهام</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.narration">
      <source>Graham is skimming his list. &quot;The status page thing: I'm thinking Luca leads it. He knows the platform and he can turn it round in a sprint. Any thoughts? And how did you find yesterday's meeting, generally?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-to-one).</extracomment>
      <translation>يتصفّح غراهام قائمته. «موضوع صفحة الحالة: أفكّر في أن يقوده لوكا. إنه يعرف المنصّة ويستطيع إنجازه في دورة عمل واحدة. ما رأيك؟ وكيف وجدت اجتماع أمس عمومًا؟»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.notes">
      <source>Whatever path the group took, this 1:1 is where quiet influence lives. Remind the group that Graham asked a direct question, so silence is an answer too. If time is short, cut the timer to 60 seconds.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-to-one).</extracomment>
      <translation>أيًّا كان المسار الذي اختارته المجموعة، ففي هذا اللقاء الفردي يكمن التأثير الهادئ. ذكّروا المجموعة بأن غراهام طرح سؤالًا مباشرًا، فالصمت إجابة أيضًا. إن ضاق الوقت، فاختصروا المؤقّت إلى 60 ثانية.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.prompt">
      <source>Graham is waiting for your answer. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene one-to-one).</extracomment>
      <translation>غراهام ينتظر إجابتكم. ماذا تقولون؟</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.text">
      <source>&quot;Sounds fine. Luca's reliable, and the meeting was OK, just long.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option sounds-fine). Shown on a phone button: keep it short, about 66 characters like the English.</extracomment>
      <translation>«يبدو جيدًا. لوكا يُعتمد عليه، والاجتماع لا بأس به، لكنه طال فحسب.»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.sounds-fine.why">
      <source>It is honest about what you feel comfortable saying, and it lets the credit settle where it has already drifted.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option sounds-fine).</extracomment>
      <translation>إجابة صادقة بحدود ما ترتاحون لقوله، لكنها تترك الفضل يستقرّ حيث انجرف أصلًا.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.text">
      <source>&quot;Luca's good. Maybe Nkechi could be involved too? She had some data on it, I think.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option maybe-involve). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>«لوكا جيد. ربما يمكن إشراك نكيتشي أيضًا؟ أظن أن لديها بيانات حول الموضوع.»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.maybe-involve.why">
      <source>You say the right thing because you were asked, but softly enough that Graham can nod and change nothing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option maybe-involve).</extracomment>
      <translation>تقولون الشيء الصحيح لأنكم سُئلتم، لكن بلطف يسمح لغراهام بأن يومئ ولا يغيّر شيئًا.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.text">
      <source>&quot;Luca's fine. Actually, I'd love us to do a no-interruptions pledge. I could make a poster for the meeting room.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option pledge-poster). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>«لوكا مناسب. في الحقيقة، أتمنّى أن نلتزم جميعًا بعدم المقاطعة. يمكنني تصميم ملصق لقاعة الاجتماعات.»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.pledge-poster.why">
      <source>It points at a real problem and looks good on the wall, but it avoids the specific decision in front of you: who owns the idea.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option pledge-poster).</extracomment>
      <translation>يشير إلى مشكلة حقيقية ويبدو جميلًا على الجدار، لكنه يتجنّب القرار المحدّد الذي أمامكم: لمن الفكرة؟</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.text">
      <source>&quot;It was Nkechi's idea, and she has the ticket data. I'd ask her to lead it, with Luca on the build.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option nkechi-leads). Shown on a phone button: keep it short, about 100 characters like the English.</extracomment>
      <translation>«الفكرة فكرة نكيتشي، وبيانات التذاكر لديها. أقترح أن تقودها هي، ولوكا يتولّى البناء.»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.nkechi-leads.why">
      <source>You correct the record with the person who decides, plainly and without making it a complaint about Luca.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option nkechi-leads).</extracomment>
      <translation>تصحّحون الرواية أمام صاحب القرار، بوضوح ودون أن تجعلوها شكوى من لوكا.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.text">
      <source>&quot;Nkechi should lead it. And I've noticed she gets cut off in planning more than anyone. Could we open with a round of updates before the discussion, and I'll note in the minutes who raised what?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene one-to-one, option change-the-meeting). Shown on a phone button: keep it short, about 195 characters like the English.</extracomment>
      <translation>«نكيتشي هي من ينبغي أن تقوده. ولاحظت أنها تُقاطَع في التخطيط أكثر من أي أحد. هل نبدأ بجولة مستجدّات قبل النقاش، وأدوّن أنا في المحضر من طرح ماذا؟»</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.one-to-one.decision.options.change-the-meeting.why">
      <source>Beyond this one idea, you use your standing with Graham to change how the meeting runs, so fewer ideas get lost next time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene one-to-one, option change-the-meeting).</extracomment>
      <translation>تتجاوزون هذه الفكرة وحدها، وتستخدمون مكانتكم لدى غراهام لتغيير طريقة إدارة الاجتماع، فتضيع أفكار أقل في المرة القادمة.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene luca-leads).</extracomment>
      <translation>بعد ستة أسابيع</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.narration">
      <source>The status page ships and cuts &quot;where is my order&quot; tickets by a fifth. Graham thanks Luca at the all-hands. Nkechi has stopped bringing data to planning; in her 1:1s she asks about roles on other teams.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene luca-leads).</extracomment>
      <translation>تُطلق صفحة الحالة وتخفض تذاكر «أين طلبي» بمقدار الخُمس. يشكر غراهام لوكا في الاجتماع العام للشركة. توقّفت نكيتشي عن إحضار البيانات إلى اجتماعات التخطيط، وفي لقاءاتها الفردية صارت تسأل عن وظائف في فرق أخرى.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.luca-leads.notes">
      <source>Resist summarising a moral. Ask the group what the cost was, who paid it, and when anyone would notice. Then move to the debrief.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene luca-leads).</extracomment>
      <translation>قاوموا الرغبة في تلخيص عبرة. اسألوا المجموعة عن الكلفة، ومن دفعها، ومتى كان سيلاحظ ذلك أحد. ثم انتقلوا إلى النقاش الختامي.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-helps).</extracomment>
      <translation>بعد ستة أسابيع</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.narration">
      <source>Graham adds Nkechi to Luca's project &quot;for the numbers&quot;. She builds the dashboard that proves the impact. The launch email thanks &quot;Luca and the team&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-helps).</extracomment>
      <translation>يضيف غراهام نكيتشي إلى مشروع لوكا «من أجل الأرقام». تبني هي لوحة المؤشرات التي تثبت الأثر. ويشكر بريد الإطلاق «لوكا والفريق».</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-helps.notes">
      <source>A useful contrast with the bystander ending: more involvement, same credit. Ask what would have made the suggestion land harder.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-helps).</extracomment>
      <translation>مقارنة مفيدة مع نهاية المتفرّج: مشاركة أكبر، والفضل نفسه. اسألوا عمّا كان سيجعل الاقتراح أقوى أثرًا.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene poster-up).</extracomment>
      <translation>بعد ستة أسابيع</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.narration">
      <source>A laminated &quot;One voice at a time&quot; poster goes up beside the screen in the meeting room. People joke about it for a week. Luca leads the status page; Nkechi is cut off twice more in the next planning session, under the poster.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene poster-up).</extracomment>
      <translation>يُعلَّق ملصق مغلّف كُتب عليه «صوت واحد في كل مرة» بجانب الشاشة في قاعة الاجتماعات. يتندّر عليه الناس أسبوعًا. يقود لوكا مشروع صفحة الحالة، وتُقاطَع نكيتشي مرتين أخريين في اجتماع التخطيط التالي، تحت الملصق.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.poster-up.notes">
      <source>Some participants will find this ending funny; let them, then ask what Nkechi might think each time she sees the poster.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene poster-up).</extracomment>
      <translation>سيجد بعض المشاركين هذه النهاية مضحكة؛ دعوهم يضحكون، ثم اسألوا عمّا قد تفكّر فيه نكيتشي كلما رأت الملصق.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene nkechi-owns).</extracomment>
      <translation>بعد ستة أسابيع</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.narration">
      <source>Graham pauses, then says, &quot;I didn't realise. Fine, I'll ask her.&quot; Luca is a little cool with you for a few days. Nkechi leads the pilot, presents the one-in-five result to the leadership team, and is asked to look at the returns queue next.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nkechi-owns).</extracomment>
      <translation>يتوقّف غراهام لحظة ثم يقول: «لم أنتبه. حسنًا، سأطلب منها.» يتعامل لوكا معكم ببعض الفتور لبضعة أيام. تقود نكيتشي التجربة الأولية، وتعرض نتيجة «تذكرة من كل خمس» على فريق القيادة، ويُطلب منها بعد ذلك أن تدرس طابور المرتجعات.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.nkechi-owns.notes">
      <source>Name the cost honestly: a colder colleague for a while. Ask whether the group thinks Nkechi should have been consulted before you spoke up for her; there is no single right answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nkechi-owns).</extracomment>
      <translation>سمّوا الكلفة بصدق: زميل أكثر برودًا لبعض الوقت. اسألوا هل ترى المجموعة أنه كان ينبغي استشارة نكيتشي قبل أن تتحدّثوا نيابةً عنها؛ لا توجد إجابة صحيحة واحدة.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.title">
      <source>Six weeks on</source>
      <extracomment>Scene heading, shown on the projector (scene meeting-changes).</extracomment>
      <translation>بعد ستة أسابيع</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.narration">
      <source>Graham tries the round of updates the following Tuesday and grumbles that it adds five minutes. Three planning sessions later, two people who rarely spoke have ideas on the board with their initials beside them. Nkechi leads the status page, and Graham now asks &quot;whose idea was this?&quot; before writing anything down.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene meeting-changes).</extracomment>
      <translation>يجرّب غراهام جولة المستجدّات يوم الثلاثاء التالي ويتذمّر من أنها تضيف خمس دقائق. بعد ثلاثة اجتماعات تخطيط، صار لشخصين نادرًا ما تكلّما أفكارٌ على السبّورة بجانبها الأحرف الأولى من اسميهما. تقود نكيتشي مشروع صفحة الحالة، وصار غراهام يسأل «فكرة مَن هذه؟» قبل أن يكتب أي شيء.</translation>
    </message>
    <message id="amplify-overlooked-idea.scenes.meeting-changes.notes">
      <source>Participants sometimes see the advocate option as &quot;too much&quot; for a peer. Ask what access they actually have to the person who runs their meetings, and what the smallest process change they could ask for is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene meeting-changes).</extracomment>
      <translation>يرى المشاركون أحيانًا أن خيار المناصر «أكثر من اللازم» بالنسبة إلى زميل في المستوى نفسه. اسألوا عن مدى وصولهم الفعلي إلى من يدير اجتماعاتهم، وما أصغر تغيير في الإجراءات يمكنهم طلبه.</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.1">
      <source>What happened to Nkechi's idea between the moment she raised it and the moment it shipped?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا حدث لفكرة نكيتشي بين لحظة طرحها ولحظة إطلاقها؟</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.what.2">
      <source>At which moment did you, as a group, feel the most pressure to stay quiet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>في أيّ لحظة شعرتم، كمجموعة، بأكبر ضغط للبقاء صامتين؟</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.1">
      <source>What does a team learn when the same person is talked over and nobody reacts?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ماذا يتعلّم الفريق حين يُقاطَع الشخص نفسه مرارًا ولا يتفاعل أحد؟</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.so_what.2">
      <source>Why might a private message feel like enough to the sender, and not to the person who was cut off?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا قد تبدو رسالة خاصة كافية لمن أرسلها، ولا تبدو كذلك لمن قوطع؟</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.1">
      <source>Which meeting you attend next week has a pattern like this, and what sentence will you have ready?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>أيّ اجتماع ستحضرونه الأسبوع القادم فيه نمط كهذا، وما الجملة التي ستجهّزونها؟</translation>
    </message>
    <message id="amplify-overlooked-idea.debrief.now_what.2">
      <source>Who runs that meeting, and what small change to its format could you ask them for?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>من يدير ذلك الاجتماع، وما التغيير الصغير في شكله الذي يمكنكم أن تطلبوه منه؟</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.title">
      <source>Workplace allyship practice: amplify overlooked ideas in meetings</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: إعلاء الأفكار المُهمَلة في الاجتماعات</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.1.note">
      <source>Drawn from the practice of returning the floor to a colleague whose idea was passed over, and making sure the credit reaches decision makers.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مستمدّ من ممارسة إعادة الكلمة إلى زميل تجاوز الآخرون فكرته، والتأكّد من وصول الفضل إلى أصحاب القرار.</translation>
    </message>
    <message id="amplify-overlooked-idea.sources.2.title">
      <source>Workplace allyship practice: intervene in the moment</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: التدخّل في اللحظة نفسها</translation>
    </message>
    <message id="ask-what-support.title">
      <source>Ask before you act</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>اسألوا قبل أن تتصرّفوا</translation>
    </message>
    <message id="ask-what-support.summary">
      <source>A lead researcher tells a colleague over coffee that, for the second time this month, a client directed every question about her work to her junior colleague. The colleague badly wants to do something. The group decides whether he listens and asks what she wants first, or rushes to fix it, and then lives with the consequences at the next client workshop.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>باحثة رئيسية تخبر زميلًا لها على فنجان قهوة أنّ أحد العملاء وجّه، للمرة الثانية هذا الشهر، كل سؤال عن عملها إلى زميلها المبتدئ. يرغب الزميل بشدّة في أن يفعل شيئًا. تقرّر المجموعة هل يصغي إليها ويسألها أولًا عمّا تريده، أم يندفع لإصلاح الأمر بنفسه، ثم تعيش العواقب في ورشة العمل التالية مع العميل.</translation>
    </message>
    <message id="ask-what-support.content_note">
      <source>This role-play includes a client repeatedly bypassing a lead researcher and putting every question about her work to a junior colleague, and a co-worker acting for her without asking.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا عميلًا يتجاهل باحثةً رئيسية مرارًا ويوجّه كل سؤال عن عملها إلى زميل مبتدئ، وزميلًا يتصرّف نيابةً عنها دون أن يسألها.</translation>
    </message>
    <message id="ask-what-support.roles.erik.name">
      <source>Erik Johansson, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role erik).</extracomment>
      <translation>إريك يوهانسون، مدير منتج</translation>
    </message>
    <message id="ask-what-support.roles.erik.brief">
      <source>You work alongside Ama and count her as a friend. You were in the workshop and saw everything. You feel angry on her behalf and have a strong urge to fix it today. You also have a good relationship with Grace, the account lead, and could email the client in two minutes.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role erik).</extracomment>
      <translation>تعملون إلى جانب آما وتعدّونها صديقة. كنتم في ورشة العمل ورأيتم كل شيء. تشعرون بالغضب من أجلها ولديكم رغبة قوية في إصلاح الأمر اليوم. تجمعكم أيضًا علاقة جيدة بغريس، مسؤولة الحساب، ويمكنكم مراسلة العميل في دقيقتين.</translation>
    </message>
    <message id="ask-what-support.roles.ama.name">
      <source>Ama Owusu, lead UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ama).</extracomment>
      <translation>آما أوسو، باحثة رئيسية في تجربة المستخدم</translation>
    </message>
    <message id="ask-what-support.roles.ama.brief">
      <source>You ran every patient interview on this project. In both client workshops so far this month, Henrik, the client's operations director, has put every research question to Sam, who joined four months ago. You want to handle it your way: you will talk to Grace yourself when you are ready, and you do not want HR involved yet. What you would like from Erik, if he asks, is simple: if it happens again, pass the question to you lightly, without a speech. If someone acts for you without asking, you feel exposed and say so.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ama).</extracomment>
      <translation>أجريتم كل مقابلات المرضى في هذا المشروع. في ورشتَي العمل مع العميل حتى الآن هذا الشهر، وجّه هنريك، مدير العمليات لدى العميل، كل سؤال عن البحث إلى سام الذي انضمّ قبل أربعة أشهر. تريدون التعامل مع الأمر بطريقتكم: ستتحدّثون إلى غريس بأنفسكم حين تكونون مستعدّين، ولا تريدون إشراك الموارد البشرية بعد. ما تريدونه من إريك، إن سألكم، بسيط: إذا تكرّر الأمر، أن يحوّل السؤال إليكم بخفّة ومن دون خطبة. وإذا تصرّف أحد نيابةً عنكم من دون أن يسألكم، تشعرون بأنكم مكشوفون وتقولون ذلك.</translation>
    </message>
    <message id="ask-what-support.roles.sam.name">
      <source>Sam Whitaker, junior UX researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sam).</extracomment>
      <translation>سام ويتكر، باحث مبتدئ في تجربة المستخدم</translation>
    </message>
    <message id="ask-what-support.roles.sam.brief">
      <source>You answer because you are asked, and each time you feel worse about it. You don't know how to hand the question back without making it awkward for the client. If anyone redirects a question to Ama, you are visibly relieved.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sam).</extracomment>
      <translation>تجيبون لأنّ السؤال موجّه إليكم، وفي كل مرة يزداد شعوركم بالضيق. لا تعرفون كيف تعيدون السؤال إلى صاحبته من دون إحراج العميل. إذا حوّل أحدٌ سؤالًا إلى آما، يظهر عليكم الارتياح بوضوح.</translation>
    </message>
    <message id="ask-what-support.roles.grace.name">
      <source>Grace Liu, account lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role grace).</extracomment>
      <translation>غريس ليو، مسؤولة الحساب</translation>
    </message>
    <message id="ask-what-support.roles.grace.brief">
      <source>This client is the agency's biggest account and you protect the relationship closely. You like Ama and rate her work. If you hear about the problem from an email you weren't expecting, your first instinct is damage control; if Ama or Erik bring you a proposal, you listen.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role grace).</extracomment>
      <translation>هذا العميل هو أكبر حسابات الوكالة، وتحرصون على العلاقة معه حرصًا شديدًا. تحبّون آما وتقدّرون عملها. إذا علمتم بالمشكلة من رسالة بريد إلكتروني لم تتوقّعوها، فأول ما يخطر لكم هو احتواء الضرر؛ أمّا إذا جاءتكم آما أو إريك باقتراح، فتستمعون.</translation>
    </message>
    <message id="ask-what-support.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="ask-what-support.roles.observer.brief">
      <source>Watch whether Erik asks questions or makes statements, and how long he lets Ama talk before he offers a solution. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>لاحظوا هل يطرح إريك أسئلة أم يُطلق أحكامًا، وكم من الوقت يترك لآما لتتحدّث قبل أن يعرض حلًّا. استخدموا قائمة المراقب.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.1">
      <source>Before acting, did Erik ask Ama what she wanted? Write down the exact question if he did.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>قبل أن يتصرّف، هل سأل إريك آما عمّا تريده؟ إن فعل، فاكتبوا السؤال بنصّه.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.2">
      <source>Did Erik say that he believed her, and that he had seen it too?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل قال إريك إنه يصدّقها، وإنه رأى ما حدث هو أيضًا؟</translation>
    </message>
    <message id="ask-what-support.observer_checklist.3">
      <source>Who decided what would happen next: Ama, Erik, or someone else? At which moment did that change hands?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>مَن قرّر ما سيحدث بعد ذلك: آما أم إريك أم شخص آخر؟ وفي أي لحظة انتقل القرار من يد إلى أخرى؟</translation>
    </message>
    <message id="ask-what-support.observer_checklist.4">
      <source>In the workshop, which of the five moves appeared: distract, delegate, document, delay, direct? A light redirect of a question is a form of direct; a quiet word with Grace is a form of delegate.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>في ورشة العمل، أيّ الخطوات الخمس ظهرت: التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة؟ تحويل السؤال بخفّة إلى صاحبته شكلٌ من أشكال المواجهة المباشرة؛ وكلمة هادئة مع غريس شكلٌ من أشكال الإحالة.</translation>
    </message>
    <message id="ask-what-support.observer_checklist.5">
      <source>What did each choice cost Ama, even when it was meant to help her?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ماذا كلّف كلُّ خيار آما، حتى حين كان القصد مساعدتها؟</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.title">
      <source>The kitchen, Tuesday</source>
      <extracomment>Scene heading, shown on the projector (scene coffee).</extracomment>
      <translation>المطبخ، يوم الثلاثاء</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.narration">
      <source>Tuesday, the office kitchen, straight after the second client workshop this month. Ama Owusu stirs her coffee and says, without looking up: &quot;He did it again. Every question about my research, Henrik asked Sam. Sam's been here four months.&quot; She laughs, but not much. Erik Johansson was in the workshop and saw all of it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene coffee).</extracomment>
      <translation>يوم الثلاثاء، في مطبخ المكتب، مباشرةً بعد ورشة العمل الثانية مع العميل هذا الشهر. تحرّك آما أوسو قهوتها وتقول دون أن ترفع عينيها: «فعلها مرة أخرى. كل سؤال عن بحثي وجّهه هنريك إلى سام. سام هنا منذ أربعة أشهر فقط.» تضحك، لكن ضحكة قصيرة. كان إريك يوهانسون في ورشة العمل ورأى كل ما جرى.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.notes">
      <source>Two minutes. Most groups lean strongly towards &quot;do something now&quot;, which is exactly the tension this scenario is built on. Don't correct that urge; let it be voted on. If someone says &quot;I'd ask her what she wants&quot;, ask them what they would do if her answer was &quot;nothing&quot;.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene coffee).</extracomment>
      <translation>دقيقتان. تميل معظم المجموعات بقوة إلى «فعل شيء الآن»، وهذا بالضبط التوتّر الذي بُني عليه هذا السيناريو. لا تصحّحوا هذه الرغبة؛ اتركوها للتصويت. إذا قال أحدهم «سأسألها عمّا تريده»، فاسألوه ماذا سيفعل لو كان جوابها «لا شيء».</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.prompt">
      <source>You are Erik. What do you do next?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene coffee).</extracomment>
      <translation>أنتم إريك. ماذا تفعلون الآن؟</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.text">
      <source>&quot;Ugh, clients.&quot; Then, because you don't know what else to say, ask whether she's seen the new sprint board.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option change-subject). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>«آه، العملاء!» ثم، لأنكم لا تعرفون ماذا تقولون، تسألونها هل رأت لوحة السبرنت الجديدة.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.change-subject.why">
      <source>Not knowing what to say is common and very human. But changing the subject tells Ama, without meaning to, that this isn't something you will hold with her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option change-subject).</extracomment>
      <translation>ألّا تعرفوا ماذا تقولون أمرٌ شائع وإنساني جدًا. لكنّ تغيير الموضوع يقول لآما، من دون قصد، إنّ هذا ليس أمرًا ستحملونه معها.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.text">
      <source>&quot;That's really not OK. You should take it to HR.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option suggest-hr). Shown on a phone button: keep it short, about 49 characters like the English.</extracomment>
      <translation>«هذا غير مقبول. ارفعي الأمر إلى الموارد البشرية.»</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.suggest-hr.why">
      <source>You say it isn't acceptable, which matters. But the advice hands all the work back to her and assumes she wants a formal route.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option suggest-hr).</extracomment>
      <translation>تقولون إنّ الأمر غير مقبول، وهذا مهمّ. لكنّ النصيحة تعيد العبء كلّه إليها وتفترض أنها تريد مسارًا رسميًا.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.text">
      <source>&quot;Right, I'm emailing Henrik and Grace now. This needs calling out.&quot; You open your laptop.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option fix-it-now). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>«حسنًا، سأراسل هنريك وغريس الآن. لا بدّ من التنبيه إلى هذا.» وتفتحون حاسوبكم.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.fix-it-now.why">
      <source>It feels like decisive support, and the anger is on her side. But it takes the decision away from Ama and makes the story about your intervention; rescuing is still about the rescuer.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option fix-it-now).</extracomment>
      <translation>يبدو ذلك دعمًا حاسمًا، والغضب في صفّها. لكنه ينتزع القرار من آما ويجعل القصة عن تدخّلكم أنتم؛ فالإنقاذ يظلّ متمحورًا حول المُنقِذ.</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.text">
      <source>&quot;I saw it too, and I believe you. What would help, from me, if anything? I could say something next time, back you up with Grace, or just listen.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene coffee, option ask-her). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>«رأيتُ ذلك أنا أيضًا، وأصدّقكِ. ما الذي قد يساعدكِ مني، إن وُجد؟ أستطيع أن أتكلّم في المرة القادمة، أو أدعمكِ أمام غريس، أو أكتفي بالإصغاء.»</translation>
    </message>
    <message id="ask-what-support.scenes.coffee.decision.options.ask-her.why">
      <source>You confirm what you saw, believe her, and let her decide what support looks like before you do anything.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene coffee, option ask-her).</extracomment>
      <translation>تؤكّدون ما رأيتم، وتصدّقونها، وتتركونها تحدّد شكل الدعم قبل أن تفعلوا أي شيء.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.title">
      <source>The sprint board</source>
      <extracomment>Scene heading, shown on the projector (scene subject-changed).</extracomment>
      <translation>لوحة السبرنت</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.narration">
      <source>Ama pauses, then says, &quot;Yeah, the sprint board,&quot; and the moment closes. They talk about tickets for five minutes. She doesn't raise the workshop with Erik again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene subject-changed).</extracomment>
      <translation>تتوقّف آما لحظة، ثم تقول: «آه، لوحة السبرنت»، وتنغلق اللحظة. يتحدّثان عن المهامّ خمس دقائق. ولا تعود آما إلى ذكر ورشة العمل أمام إريك.</translation>
    </message>
    <message id="ask-what-support.scenes.subject-changed.notes">
      <source>Ask Ama's role-player what she was hoping for when she spoke. Usually it is very little: to be believed. Keep it short.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene subject-changed).</extracomment>
      <translation>اسألوا مَن تؤدّي دور آما عمّا كانت تأمله حين تكلّمت. غالبًا ما يكون شيئًا قليلًا جدًا: أن تُصدَّق. اجعلوا النقاش قصيرًا.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.title">
      <source>Advice to carry</source>
      <extracomment>Scene heading, shown on the projector (scene hr-suggested).</extracomment>
      <translation>نصيحة تحملها</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.narration">
      <source>Ama nods: &quot;Maybe.&quot; She knows where HR is; what she wanted to know was whether anyone else had noticed. A formal complaint about the biggest client feels like a risk to the account and to her, so she doesn't make one. Now she carries the advice as well as the problem.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene hr-suggested).</extracomment>
      <translation>تومئ آما: «ربما.» هي تعرف أين الموارد البشرية؛ ما أرادت معرفته هو هل لاحظ أحد غيرها ما حدث. شكوى رسمية بحقّ أكبر عميل تبدو لها مخاطرة بالحساب وبها هي، فلا تقدّمها. والآن تحمل النصيحة فوق المشكلة.</translation>
    </message>
    <message id="ask-what-support.scenes.hr-suggested.notes">
      <source>Participants who chose this often say &quot;but HR is the right channel&quot;. It can be. Ask who gets to decide whether it is the right channel for Ama, and what it would cost her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene hr-suggested).</extracomment>
      <translation>كثيرًا ما يقول مَن اختاروا هذا الخيار: «لكنّ الموارد البشرية هي القناة الصحيحة.» قد تكون كذلك. اسألوا: مَن يحقّ له أن يقرّر هل هي القناة الصحيحة لآما، وماذا سيكلّفها ذلك؟</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.title">
      <source>Clearing the air</source>
      <extracomment>Scene heading, shown on the projector (scene emailed).</extracomment>
      <translation>تصفية الأجواء</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.narration">
      <source>Erik's email to Henrik is polite and firm, and copies in Grace Liu, the account lead. Within the hour, Grace calls Ama into a meeting room: the client has replied, mortified, and wants a call with her to &quot;clear the air&quot;. Ama is now the person who complained about the agency's biggest client, and she never complained.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene emailed).</extracomment>
      <translation>رسالة إريك إلى هنريك مهذّبة وحازمة، ويضع فيها غريس ليو، مسؤولة الحساب، في النسخة. وخلال ساعة، تستدعي غريس آما إلى غرفة اجتماعات: لقد ردّ العميل محرجًا أشدّ الإحراج، ويريد مكالمة معها «لتصفية الأجواء». صارت آما الآن مَن اشتكت من أكبر عميل للوكالة، وهي لم تشتكِ قطّ.</translation>
    </message>
    <message id="ask-what-support.scenes.emailed.notes">
      <source>This is the scene people remember. Let Grace's role-player play the damage control straight. Do not shame the person who chose the email; the impulse was generous. Ask instead: whose name is on the problem now?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene emailed).</extracomment>
      <translation>هذا هو المشهد الذي يتذكّره الناس. دعوا مَن تؤدّي دور غريس تؤدّي احتواء الضرر بجدّية. لا تُحرجوا مَن اختار الرسالة؛ فالدافع كان كريمًا. اسألوا بدلًا من ذلك: اسمُ مَن صار مرتبطًا بالمشكلة الآن؟</translation>
    </message>
    <message id="ask-what-support.scenes.asked.title">
      <source>What she asked for</source>
      <extracomment>Scene heading, shown on the projector (scene asked).</extracomment>
      <translation>ما طلبته</translation>
    </message>
    <message id="ask-what-support.scenes.asked.narration">
      <source>Ama thinks for a moment: &quot;Honestly? If he does it again on Thursday, pass the question to me, lightly and without a speech, and please don't go to Grace; I'll talk to her when I'm ready.&quot; Erik wants to do more than that. He writes down exactly what she asked for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene asked).</extracomment>
      <translation>تفكّر آما لحظة: «بصراحة؟ إذا كرّرها يوم الخميس، حوّل السؤال إليّ، بخفّة ومن دون خطبة، ورجاءً لا تذهب إلى غريس؛ سأكلّمها حين أكون مستعدّة.» يريد إريك أن يفعل أكثر من ذلك. لكنه يدوّن ما طلبته بالضبط.</translation>
    </message>
    <message id="ask-what-support.scenes.asked.notes">
      <source>Point out that Erik wanting to do more is normal, and that the discipline here is doing what was asked, well. Some participants will feel it is &quot;too small&quot;. Ask Ama's role-player whether it feels small to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene asked).</extracomment>
      <translation>أشيروا إلى أنّ رغبة إريك في فعل المزيد أمر طبيعي، وأنّ الانضباط هنا هو أن يفعل ما طُلب منه، ويُحسن فعله. سيشعر بعض المشاركين أنه «قليل جدًا». اسألوا مَن تؤدّي دور آما هل تراه قليلًا.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.title">
      <source>Thursday's workshop</source>
      <extracomment>Scene heading, shown on the projector (scene workshop).</extracomment>
      <translation>ورشة الخميس</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.narration">
      <source>Thursday, the third workshop of the month. Twenty minutes in, Henrik Dahl turns to Sam: &quot;So what did patients say about the booking flow?&quot; Ama led every one of those interviews. Sam glances at her, then down at his notes, and opens his mouth to answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene workshop).</extracomment>
      <translation>يوم الخميس، ورشة العمل الثالثة هذا الشهر. بعد عشرين دقيقة من البداية، يلتفت هنريك دال إلى سام: «إذن، ماذا قال المرضى عن مسار الحجز؟» آما هي التي أدارت كل تلك المقابلات. ينظر سام إليها، ثم إلى ملاحظاته، ويفتح فمه ليجيب.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.notes">
      <source>Run this as a quick live role-play if you have time: Henrik (you can play him), Sam, Ama, Erik. Give the group ninety seconds to decide. Watch for the gap between what people say they would do and what their role-player actually manages to say out loud.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene workshop).</extracomment>
      <translation>إن كان لديكم وقت، فأدّوا هذا المشهد لعبَ أدوار حيًّا وسريعًا: هنريك (يمكنكم أداء دوره)، وسام، وآما، وإريك. أعطوا المجموعة تسعين ثانية لتقرّر. راقبوا الفجوة بين ما يقول الناس إنهم سيفعلونه وما يستطيع مؤدّي الدور قوله فعلًا بصوت مسموع.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.prompt">
      <source>You are Erik. Sam is about to answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene workshop).</extracomment>
      <translation>أنتم إريك. سام على وشك أن يجيب. ماذا تفعلون؟</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.text">
      <source>Stay quiet. Sam can handle it, and jumping in might make things awkward with the client.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option let-it-go). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>تلتزمون الصمت. سام قادر على الإجابة، والتدخّل قد يُحرج العلاقة مع العميل.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.let-it-go.why">
      <source>Wanting to protect the client relationship is reasonable. But the research goes to the client in someone else's voice, for the third time.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option let-it-go).</extracomment>
      <translation>الرغبة في حماية العلاقة مع العميل مفهومة. لكنّ البحث يصل إلى العميل بصوت شخص آخر، للمرة الثالثة.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.text">
      <source>Say nothing in the room; afterwards, post in the team channel about how important it is to credit researchers properly, and tag Ama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option post-later). Shown on a phone button: keep it short, about 132 characters like the English.</extracomment>
      <translation>لا تقولون شيئًا في الاجتماع؛ ثم تنشرون في قناة الفريق عن أهمية نسبة الفضل للباحثين، وتشيرون إلى آما.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.post-later.why">
      <source>The message is true and public. But it arrives after the moment that mattered, and it puts Ama's week on display for an audience she didn't choose.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option post-later).</extracomment>
      <translation>الرسالة صحيحة وعلنية. لكنها تأتي بعد فوات اللحظة المهمّة، وتعرض أسبوع آما أمام جمهور لم تختره.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.text">
      <source>&quot;Ama ran those interviews. Ama, do you want to take that one?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option redirect). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>«آما هي من أدارت تلك المقابلات. آما، هل تودّين الإجابة؟»</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.redirect.why">
      <source>A light redirect in the moment: the question goes to its owner, and nobody is put on trial.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option redirect).</extracomment>
      <translation>تحويل خفيف للسؤال في اللحظة نفسها: يذهب السؤال إلى صاحبته، ولا يُحاكَم أحد.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.text">
      <source>Redirect the question now. Afterwards, ask Ama whether she would like to propose to Grace, together, that every client session opens by naming who leads each part of the work, and only go ahead if she says yes.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene workshop, option change-the-setup). Shown on a phone button: keep it short, about 210 characters like the English.</extracomment>
      <translation>تحوّلون السؤال الآن. وبعدها تسألون آما هل تودّ أن تقترحا معًا على غريس أن تبدأ كل جلسة مع العميل بتسمية مَن يقود كل جزء من العمل، ولا تمضون في ذلك إلا إذا وافقت.</translation>
    </message>
    <message id="ask-what-support.scenes.workshop.decision.options.change-the-setup.why">
      <source>You act in the moment and then work on the setup that keeps producing the problem, with Ama deciding whether and how.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene workshop, option change-the-setup).</extracomment>
      <translation>تتصرّفون في اللحظة، ثم تعملون على الترتيب الذي يظلّ يُنتج المشكلة، وآما هي من تقرّر هل يحدث ذلك وكيف.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.title">
      <source>At Erik's desk</source>
      <extracomment>Scene heading, shown on the projector (scene fallout).</extracomment>
      <translation>عند مكتب إريك</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.narration">
      <source>Later, Ama finds Erik at his desk. &quot;I didn't ask you to do that. Now Grace thinks I'm making trouble with our biggest client, and I have to get on a call with Henrik and be gracious about it.&quot; Her voice is steady; her hands aren't.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fallout).</extracomment>
      <translation>لاحقًا، تجد آما إريك عند مكتبه. «لم أطلب منك أن تفعل ذلك. الآن تظنّ غريس أنني أثير المتاعب مع أكبر عملائنا، وعليّ أن أدخل في مكالمة مع هنريك وأتصرّف بلباقة.» صوتها ثابت؛ يداها ليستا كذلك.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.notes">
      <source>The person playing Erik often gets defensive here, which is useful: it is exactly the reflex the scenario is about. Let it happen, then ask the room what Ama needed to hear. Keep the tone warm; nobody should leave feeling stupid for wanting to help.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fallout).</extracomment>
      <translation>غالبًا ما يتّخذ مؤدّي دور إريك موقفًا دفاعيًا هنا، وهذا مفيد: إنه بالضبط ردّ الفعل الذي يدور حوله السيناريو. دعوه يحدث، ثم اسألوا الحاضرين ما الذي كانت آما تحتاج إلى سماعه. حافظوا على نبرة دافئة؛ لا ينبغي أن يخرج أحد وهو يشعر بالغباء لأنه أراد المساعدة.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.prompt">
      <source>You are Erik. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene fallout).</extracomment>
      <translation>أنتم إريك. ماذا تقولون؟</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.text">
      <source>&quot;I was only trying to help. Someone had to say something, and you'd have been upset if nobody did.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option defend). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>«كنت أحاول المساعدة فقط. كان لا بدّ أن يقول أحدٌ شيئًا، وكنتِ ستنزعجين لو لم يفعل أحد.»</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.defend.why">
      <source>Explaining your intent protects your picture of yourself as the one who stood up, and it asks Ama to manage your feelings on top of the fallout.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option defend).</extracomment>
      <translation>شرح نيّتكم يحمي صورتكم عن أنفسكم بوصفكم من وقف وتكلّم، ويطلب من آما أن تتعامل مع مشاعركم فوق تبعات ما حدث.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.text">
      <source>&quot;Sorry. I'll stay out of it from now on.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option retreat). Shown on a phone button: keep it short, about 41 characters like the English.</extracomment>
      <translation>«آسف. سأبتعد عن الموضوع من الآن فصاعدًا.»</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.retreat.why">
      <source>The apology is real. But stepping back entirely leaves Ama alone with a situation you set in motion.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option retreat).</extracomment>
      <translation>الاعتذار صادق. لكنّ الانسحاب الكامل يترك آما وحدها في موقف أنتم من أطلقه.</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.text">
      <source>&quot;You're right. I didn't ask, and I should have. I'm sorry. What would help now? I can tell Grace it was entirely my idea, join the call, or stay well away from it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene fallout, option repair). Shown on a phone button: keep it short, about 164 characters like the English.</extracomment>
      <translation>«معكِ حق. لم أسألكِ، وكان عليّ أن أسأل. أنا آسف. ما الذي يساعدكِ الآن؟ أستطيع إخبار غريس أنها فكرتي وحدي، أو الانضمام إلى المكالمة، أو الابتعاد عنها تمامًا.»</translation>
    </message>
    <message id="ask-what-support.scenes.fallout.decision.options.repair.why">
      <source>You own the mistake without excuses, then go back to the step you skipped: asking what she wants.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene fallout, option repair).</extracomment>
      <translation>تتحمّلون الخطأ من دون أعذار، ثم تعودون إلى الخطوة التي تجاوزتموها: أن تسألوها عمّا تريده.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.title">
      <source>The version the client remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-silence).</extracomment>
      <translation>الرواية التي يتذكّرها العميل</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.narration">
      <source>Sam answers, haltingly, and gets one detail wrong; Ama corrects it in a follow-up email that nobody reads closely. At the end, Henrik thanks Sam warmly for the insights. By the next month, Ama has asked to move to a different account.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-silence).</extracomment>
      <translation>يجيب سام متلعثمًا، ويخطئ في تفصيل واحد؛ تصحّحه آما في رسالة متابعة لا يقرؤها أحد بعناية. وفي الختام، يشكر هنريك سام بحرارة على ما قدّمه من أفكار. وفي الشهر التالي، تطلب آما الانتقال إلى حساب آخر.</translation>
    </message>
    <message id="ask-what-support.scenes.end-silence.notes">
      <source>Ask Sam's role-player how it felt to answer. The junior colleague is often the forgotten cost in this story.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-silence).</extracomment>
      <translation>اسألوا مؤدّي دور سام كيف شعر وهو يجيب. الزميل المبتدئ كثيرًا ما يكون الثمن المنسيّ في هذه القصة.</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.title">
      <source>A dozen reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-post).</extracomment>
      <translation>اثنا عشر تفاعلًا</translation>
    </message>
    <message id="ask-what-support.scenes.end-post.narration">
      <source>The post gets a dozen reactions and a few comments praising Erik for speaking up. Ama adds a small thumbs-up and says nothing; she hadn't wanted her week to become a lesson for the channel. In the workshop itself, the question went to Sam, and Sam's answer is the one the client remembers.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-post).</extracomment>
      <translation>يحصد المنشور نحو اثني عشر تفاعلًا وبضعة تعليقات تُثني على إريك لأنه تكلّم. تضيف آما إعجابًا صغيرًا ولا تقول شيئًا؛ لم تكن تريد أن يصير أسبوعها درسًا للقناة. أمّا في ورشة العمل نفسها، فقد ذهب السؤال إلى سام، وجواب سام هو ما يتذكّره العميل.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.title">
      <source>The right size</source>
      <extracomment>Scene heading, shown on the projector (scene end-redirected).</extracomment>
      <translation>بالقدر المناسب</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.narration">
      <source>Sam hands over with visible relief. Ama answers in thirty seconds, clearly, and Henrik puts his next question to her directly. Afterwards she says only, &quot;Thanks. That was the right size.&quot; It doesn't change Henrik overnight, but it changes who the client calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-redirected).</extracomment>
      <translation>يسلّم سام السؤال وقد بدا عليه الارتياح. تجيب آما في ثلاثين ثانية، بوضوح، ويوجّه هنريك سؤاله التالي إليها مباشرة. بعدها تقول فقط: «شكرًا. كان ذلك بالقدر المناسب.» لن يتغيّر هنريك بين ليلة وضحاها، لكنّ ذلك يغيّر مَن يتّصل به العميل.</translation>
    </message>
    <message id="ask-what-support.scenes.end-redirected.notes">
      <source>If the path came through the kitchen scene where Erik asked, point out that he knew the right size because he asked. If it came another way, ask what made the redirect land.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-redirected).</extracomment>
      <translation>إذا مرّ المسار بمشهد المطبخ حيث سأل إريك، فأشيروا إلى أنه عرف القدر المناسب لأنه سأل. وإن جاء من طريق آخر، فاسألوا ما الذي جعل تحويل السؤال ينجح.</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.title">
      <source>Names on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene end-setup).</extracomment>
      <translation>الأسماء على جدول الأعمال</translation>
    </message>
    <message id="ask-what-support.scenes.end-setup.narration">
      <source>Ama says yes, and wants to make the proposal with Erik rather than have him make it for her. Grace agrees, a little reluctantly, worried it will look as if the agency is managing the client. From the next workshop every agenda names its leads; Henrik's questions start going to Ama, and two other teams borrow the format.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-setup).</extracomment>
      <translation>توافق آما، وتريد أن تقدّم الاقتراح مع إريك لا أن يقدّمه هو نيابةً عنها. توافق غريس، على مضض بعض الشيء، خشية أن يبدو الأمر كأنّ الوكالة تدير العميل. ومنذ ورشة العمل التالية، يذكر كل جدول أعمال مَن يقود كل جزء؛ وتبدأ أسئلة هنريك بالذهاب إلى آما، ويقتبس فريقان آخران هذا الأسلوب.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.title">
      <source>A conversation closes</source>
      <extracomment>Scene heading, shown on the projector (scene end-defended).</extracomment>
      <translation>حديث ينتهي</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.narration">
      <source>Ama says &quot;OK&quot; in the tone that ends a conversation. On the call, Henrik apologises and Ama is gracious, and Grace notes in the account file that the relationship is &quot;sensitive&quot;. Ama stops telling Erik things.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-defended).</extracomment>
      <translation>تقول آما «حسنًا» بالنبرة التي تُنهي الحديث. في المكالمة، يعتذر هنريك وتتصرّف آما بلباقة، وتكتب غريس في ملف الحساب أنّ العلاقة «حسّاسة». وتتوقّف آما عن إخبار إريك بأي شيء.</translation>
    </message>
    <message id="ask-what-support.scenes.end-defended.notes">
      <source>Ask the room: what did Ama lose here that she had before Tuesday? Usually: a person she could think out loud with.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-defended).</extracomment>
      <translation>اسألوا الحاضرين: ما الذي خسرته آما هنا وكان لديها قبل يوم الثلاثاء؟ غالبًا: شخصًا تستطيع أن تفكّر معه بصوت عالٍ.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.title">
      <source>Alone on the call</source>
      <extracomment>Scene heading, shown on the projector (scene end-withdrawn).</extracomment>
      <translation>وحدها في المكالمة</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.narration">
      <source>Erik keeps his word and stays out of it. Ama handles the call alone; it goes fine, and it costs her an afternoon of preparation and a weekend of replaying it. When Henrik does it again a month later, she doesn't expect anyone to notice.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-withdrawn).</extracomment>
      <translation>يفي إريك بوعده ويبتعد عن الموضوع. تتولّى آما المكالمة وحدها؛ تمرّ على خير، لكنها تكلّفها ظهيرةً من التحضير وعطلة نهاية أسبوع تستعيد فيها تفاصيلها. وحين يكرّر هنريك الأمر بعد شهر، لا تتوقّع أن يلاحظ أحد.</translation>
    </message>
    <message id="ask-what-support.scenes.end-withdrawn.notes">
      <source>Participants sometimes see this as the respectful choice. Ask whether backing off and asking what she wants now are the same thing.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-withdrawn).</extracomment>
      <translation>يرى بعض المشاركين أحيانًا أنّ هذا هو الخيار المحترِم. اسألوا: هل الانسحاب وسؤالها الآن عمّا تريده الشيء نفسه؟</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.title">
      <source>Asked, this time</source>
      <extracomment>Scene heading, shown on the projector (scene end-repaired).</extracomment>
      <translation>سؤال، هذه المرة</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.narration">
      <source>Ama asks him to tell Grace it was his call, and to stay off the Henrik call. He does both. Grace is cross with Erik rather than Ama, and tells him so. A few weeks later, Ama says she is glad someone saw it, and that next time she would like to be asked first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-repaired).</extracomment>
      <translation>تطلب منه آما أن يخبر غريس أنّ القرار كان قراره، وأن يبقى خارج المكالمة مع هنريك. يفعل الأمرين. تغضب غريس من إريك لا من آما، وتقول له ذلك. وبعد بضعة أسابيع، تقول آما إنها سعيدة لأنّ أحدًا رأى ما حدث، وإنها تحبّ في المرة القادمة أن تُسأل أولًا.</translation>
    </message>
    <message id="ask-what-support.scenes.end-repaired.notes">
      <source>Make the link to the first decision explicit: the repair is the same move as the kitchen option, just arriving a day late and at a higher price.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-repaired).</extracomment>
      <translation>اجعلوا الصلة بالقرار الأول صريحة: الإصلاح هو الخطوة نفسها التي كانت في خيار المطبخ، لكنه جاء متأخرًا يومًا وبثمن أعلى.</translation>
    </message>
    <message id="ask-what-support.debrief.what.1">
      <source>What did Ama actually ask for, on the path where she was asked? What did she get on ours?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ما الذي طلبته آما فعلًا في المسار الذي سُئلت فيه؟ وما الذي حصلت عليه في مسارنا؟</translation>
    </message>
    <message id="ask-what-support.debrief.what.2">
      <source>At what point did the decision about what happened next pass from Ama to someone else?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>في أي لحظة انتقل القرار بشأن ما سيحدث من آما إلى شخص آخر؟</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.1">
      <source>Why is the urge to rescue so strong, and whose discomfort is it relieving?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا تكون الرغبة في الإنقاذ قوية إلى هذا الحدّ، وانزعاجُ مَن الذي تخفّفه؟</translation>
    </message>
    <message id="ask-what-support.debrief.so_what.2">
      <source>What is the difference between support that is big and support that is the right size?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ما الفرق بين دعم كبير ودعم بالقدر المناسب؟</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.1">
      <source>What question will you ask the next time someone tells you about being excluded, before you offer anything?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ما السؤال الذي ستطرحونه في المرة القادمة التي يخبركم فيها أحد أنه تعرّض للإقصاء، قبل أن تعرضوا أي شيء؟</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.2">
      <source>Think of a time you acted on someone's behalf without asking. What would you do differently now?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>تذكّروا مرة تصرّفتم فيها نيابةً عن أحد من دون أن تسألوه. ماذا كنتم ستفعلون بشكل مختلف الآن؟</translation>
    </message>
    <message id="ask-what-support.debrief.now_what.3">
      <source>What could you do in your next client or team meeting to make sure questions reach the person who owns the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ماذا يمكنكم أن تفعلوا في اجتماعكم القادم مع عميل أو مع الفريق لتضمنوا أن تصل الأسئلة إلى صاحب العمل؟</translation>
    </message>
    <message id="ask-what-support.sources.1.title">
      <source>Workplace allyship practice: listen first, believe people, and ask what support they want before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: الإصغاء أولًا، وتصديق الناس، وسؤالهم عن الدعم الذي يريدونه قبل التصرّف</translation>
    </message>
    <message id="ask-what-support.sources.1.note">
      <source>Drawn from allyship guidance on active listening, validating colleagues' experiences, and avoiding the rescuer role.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مستمدّ من إرشادات التضامن حول الإصغاء الفعّال، والاعتراف بتجارب الزملاء، وتجنّب دور المُنقِذ.</translation>
    </message>
    <message id="banter-joke.title">
      <source>It's only banter</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>مجرّد مزاح</translation>
    </message>
    <message id="banter-joke.summary">
      <source>In a sprint retrospective, a well-liked developer repeats a colleague's point in an exaggerated accent and the room laughs. The group decides what a teammate does in the moment, and what they say when the joker later asks, privately, whether he went too far.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>في اجتماع مراجعة دورة العمل، يكرّر مطوّر محبوب كلام زميلة بلكنة مبالغ فيها فيضحك الحاضرون. تقرّر المجموعة ما يفعله زميل في الفريق في تلك اللحظة، وما يقوله حين يسأله صاحب النكتة لاحقًا، على انفراد، هل تجاوز الحدّ.</translation>
    </message>
    <message id="banter-joke.content_note">
      <source>This role-play includes a colleague's accent being exaggerated for laughs in a team meeting, the room laughing along, and her smiling it off.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا تقليدَ لكنة زميلة بمبالغة لإضحاك الحاضرين في اجتماع للفريق، وضحكَ الجميع، وابتسامتَها كأنّ شيئًا لم يكن.</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.name">
      <source>Agnieszka Wójcik, QA engineer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role agnieszka).</extracomment>
      <translation>أنيشكا فويتشيك، مهندسة ضمان الجودة</translation>
    </message>
    <message id="banter-joke.roles.agnieszka.brief">
      <source>You moved from Kraków six years ago and your English is fluent; your accent is not a secret and not a problem. The imitation happens often enough that you now keep your points short in meetings. You smile when it happens because the alternative is being &quot;the one who can't take a joke&quot;. You would like it to stop without a scene.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role agnieszka).</extracomment>
      <translation>انتقلتم من كراكوف قبل ست سنوات، وإنجليزيتكم طليقة؛ لكنتكم ليست سرًّا ولا مشكلة. تتكرّر هذه المحاكاة كثيرًا حتى صرتم تختصرون ملاحظاتكم في الاجتماعات. تبتسمون حين يحدث ذلك، لأن البديل أن تصبحوا «من لا يتحمّل المزاح». تتمنّون أن يتوقّف الأمر دون مشهد.</translation>
    </message>
    <message id="banter-joke.roles.callum.name">
      <source>Callum Reid, software developer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role callum).</extracomment>
      <translation>كالوم ريد، مطوّر برمجيات</translation>
    </message>
    <message id="banter-joke.roles.callum.brief">
      <source>You are the team's joker and you honestly think the jokes hold the team together; you tease everyone. You like Agnieszka and would be upset to hear you had hurt her. If challenged in public, your first move is &quot;it's just banter, Aga knows&quot;. In private, you are more open than you expect.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role callum).</extracomment>
      <translation>أنتم صاحب النكات في الفريق، وتؤمنون صادقين بأن النكات تجمع الفريق؛ فأنتم تمازحون الجميع. تحبّون أنيشكا وسيزعجكم أن تسمعوا أنكم جرحتموها. إن اعترض عليكم أحد أمام الناس، فأول ردّ لكم: «إنه مجرّد مزاح، آغا تعرف». أما على انفراد، فأنتم أكثر انفتاحًا مما تتوقّعون.</translation>
    </message>
    <message id="banter-joke.roles.deepa.name">
      <source>Deepa Nair, engineering manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role deepa).</extracomment>
      <translation>ديبا ناير، مديرة الهندسة</translation>
    </message>
    <message id="banter-joke.roles.deepa.brief">
      <source>You run the retro. You laugh along at first out of habit, then feel uneasy. You are new in post and do not want to lose the team's goodwill in your first month. If someone else names the problem, you back them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role deepa).</extracomment>
      <translation>أنتم تديرون اجتماع المراجعة. تضحكون مع الآخرين في البداية بحكم العادة، ثم تشعرون بعدم ارتياح. أنتم جدد في المنصب ولا تريدون خسارة ودّ الفريق في شهركم الأول. إن سمّى أحد غيركم المشكلة، فساندوه.</translation>
    </message>
    <message id="banter-joke.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="banter-joke.roles.observer.brief">
      <source>Watch faces, especially Agnieszka's, in the two seconds after the joke. Note who laughs, who does not, and who speaks first. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>راقبوا الوجوه، ولا سيما وجه أنيشكا، في الثانيتين التاليتين للنكتة. دوّنوا من ضحك ومن لم يضحك ومن تكلّم أولًا. استعينوا بقائمة المراقب.</translation>
    </message>
    <message id="banter-joke.observer_checklist.1">
      <source>Who laughed, who did not, and what did Agnieszka's face do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>من ضحك، ومن لم يضحك، وكيف بدا وجه أنيشكا؟</translation>
    </message>
    <message id="banter-joke.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder choose, and did it interrupt the laughter?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل الخمس (التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة) اختارها المستجيب، وهل قطعت الضحك؟</translation>
    </message>
    <message id="banter-joke.observer_checklist.3">
      <source>Did the responder talk about the impact of the joke, or about Callum's character?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل تحدّث المستجيب عن أثر النكتة، أم عن شخصية كالوم؟</translation>
    </message>
    <message id="banter-joke.observer_checklist.4">
      <source>Did Agnieszka get her actual point about the build heard?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سُمعت ملاحظة أنيشكا الفعلية عن البناء الليلي؟</translation>
    </message>
    <message id="banter-joke.observer_checklist.5">
      <source>Was the manager brought in (delegate), and did she act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل أُشركت المديرة (الإحالة)، وهل تصرّفت؟</translation>
    </message>
    <message id="banter-joke.scenes.retro.title">
      <source>Friday, sprint retrospective</source>
      <extracomment>Scene heading, shown on the projector (scene retro).</extracomment>
      <translation>الجمعة، مراجعة دورة العمل</translation>
    </message>
    <message id="banter-joke.scenes.retro.narration">
      <source>Agnieszka says the nightly build has failed three times because tests are being skipped. Callum repeats it back in a heavy, exaggerated accent: &quot;Ze build, it is broken again, comrades.&quot; The room laughs, Deepa included. Callum grins: &quot;Only banter, Aga knows I love her.&quot; Agnieszka smiles and looks at her screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene retro).</extracomment>
      <translation>تقول أنيشكا إن البناء الليلي فشل ثلاث مرات لأن الاختبارات يجري تخطّيها. يعيد كالوم كلامها بلكنة ثقيلة مبالغ فيها: «ذا بِلد، إنه مكسور مرة أخرى يا رفاق.» يضحك الحاضرون، ومنهم ديبا. يبتسم كالوم: «مجرّد مزاح، آغا تعرف أنني أحبّها.» تبتسم أنيشكا وتنظر إلى شاشتها.</translation>
    </message>
    <message id="banter-joke.scenes.retro.notes">
      <source>Read the accent line flatly; do not perform the accent yourself, and do not let a participant do it either. Before the prompt, ask the group to notice what they felt in their own bodies when the laugh came. If someone says &quot;we all tease each other&quot;, acknowledge it and ask whether everyone is teased about the same kinds of things.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene retro).</extracomment>
      <translation>اقرؤوا جملة اللكنة بنبرة مسطّحة؛ لا تؤدّوا اللكنة بأنفسكم، ولا تسمحوا لأي مشارك بأدائها. قبل السؤال، اطلبوا من المجموعة أن يلاحظوا ما شعروا به في أجسادهم لحظة الضحك. إن قال أحدهم «كلنا نمازح بعضنا»، فاعترفوا بذلك واسألوا هل يُمازَح الجميع بشأن الأمور نفسها.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.prompt">
      <source>You are a developer on the team, sitting two seats from Agnieszka. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene retro).</extracomment>
      <translation>أنتم مطوّرون في الفريق، وتجلسون على بُعد مقعدين من أنيشكا. ماذا تفعلون؟</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.text">
      <source>Smile with everyone and wait for the moment to pass. Agnieszka smiled too.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option smile-along). Shown on a phone button: keep it short, about 74 characters like the English.</extracomment>
      <translation>تبتسمون مع الجميع وتنتظرون مرور اللحظة. أنيشكا ابتسمت أيضًا.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.smile-along.why">
      <source>Reading her smile as permission is understandable, but the laughter, including yours, tells the team this is normal.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option smile-along).</extracomment>
      <translation>من المفهوم أن تُقرأ ابتسامتها كإذن، لكن الضحك، وضحككم منه، يقول للفريق إن هذا أمر عادي.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.text">
      <source>Don't laugh. After the retro, message her: &quot;That was out of order. Are you OK?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option check-in-later). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>لا تضحكون، ثم تراسلونها بعد الاجتماع: «ذلك كان في غير محلّه. هل أنتِ بخير؟»</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.check-in-later.why">
      <source>Not laughing and checking in both matter to her; the team, though, never learns anyone minded.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option check-in-later).</extracomment>
      <translation>عدم الضحك والاطمئنان عليها أمران مهمّان لها؛ لكن الفريق لا يعرف أبدًا أن أحدًا انزعج.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.text">
      <source>Call out across the table with a grin: &quot;Careful, Callum, we've all done the inclusion e-learning!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option hr-quip). Shown on a phone button: keep it short, about 98 characters like the English.</extracomment>
      <translation>تعلّقون عبر الطاولة مبتسمين: «انتبه يا كالوم، كلنا أنهينا دورة الشمول الإلكترونية!»</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.hr-quip.why">
      <source>It signals that you know better, and earns a second laugh, but it turns the moment into another joke and leaves the behaviour alone.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option hr-quip).</extracomment>
      <translation>يُظهر أنكم تعرفون الصواب ويجلب ضحكة ثانية، لكنه يحوّل اللحظة إلى نكتة أخرى ويترك السلوك كما هو.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.text">
      <source>Turn to Agnieszka straight away: &quot;Which tests are being skipped? If it's the payments suite, that's a real risk.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option redirect). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>تلتفتون فورًا إلى أنيشكا: «أيّ اختبارات يجري تخطّيها؟ إن كانت مجموعة الدفع، فهذا خطر حقيقي.»</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.redirect.why">
      <source>A deliberate distraction: it cuts the laughter off and puts her point back at the centre, though nobody names what happened.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option redirect).</extracomment>
      <translation>تشتيت مقصود: يقطع الضحك ويعيد ملاحظتها إلى المركز، وإن لم يسمِّ أحد ما حدث.</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.text">
      <source>&quot;Callum, the accent thing doesn't land for me. Aga, sorry, go on; what's breaking?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene retro, option name-it). Shown on a phone button: keep it short, about 83 characters like the English.</extracomment>
      <translation>«كالوم، موضوع اللكنة لا يضحكني. آغا، عذرًا، أكملي؛ ما الذي يتعطّل؟»</translation>
    </message>
    <message id="banter-joke.scenes.retro.decision.options.name-it.why">
      <source>Direct and brief: it names the impact without a lecture and gives the floor back to her in the same breath.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene retro, option name-it).</extracomment>
      <translation>مباشر وموجز: يسمّي الأثر دون محاضرة، ويعيد إليها الكلمة في النَّفَس نفسه.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.title">
      <source>The rest of the retro</source>
      <extracomment>Scene heading, shown on the projector (scene laugh-continues).</extracomment>
      <translation>بقية الاجتماع</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.narration">
      <source>The retro moves on. Agnieszka's point about skipped tests does not make it onto the action list. In the team chat that afternoon, someone posts a GIF of a cartoon villain with a thick accent; three people react with laughing faces.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene laugh-continues).</extracomment>
      <translation>يمضي الاجتماع. لا تدخل ملاحظة أنيشكا عن الاختبارات المتخطّاة قائمة الإجراءات. وفي محادثة الفريق بعد الظهر، ينشر أحدهم صورة متحرّكة لشرير كرتوني بلكنة ثقيلة؛ فيتفاعل معها ثلاثة أشخاص بوجوه ضاحكة.</translation>
    </message>
    <message id="banter-joke.scenes.laugh-continues.notes">
      <source>Note the quiet cost: both the joke and the lost action item. Keep the pace up; the second decision is where this path can still turn.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene laugh-continues).</extracomment>
      <translation>أشيروا إلى الكلفة الصامتة: النكتة، والإجراء الذي ضاع. حافظوا على الإيقاع؛ فالقرار الثاني هو حيث يمكن لهذا المسار أن يتغيّر.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.title">
      <source>A message back</source>
      <extracomment>Scene heading, shown on the projector (scene private-check-in).</extracomment>
      <translation>ردّ على الرسالة</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.narration">
      <source>Agnieszka replies an hour later: &quot;Thanks. It's fine, I'm used to it.&quot; Then a second message: &quot;Honestly it's been happening since before you joined.&quot; The build fails again that night.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-check-in).</extracomment>
      <translation>تردّ أنيشكا بعد ساعة: «شكرًا. لا بأس، اعتدت الأمر.» ثم رسالة ثانية: «بصراحة، هذا يحدث منذ ما قبل انضمامك.» ويفشل البناء مرة أخرى تلك الليلة.</translation>
    </message>
    <message id="banter-joke.scenes.private-check-in.notes">
      <source>Ask what &quot;I'm used to it&quot; means. Point out, gently, that the check-in gave the responder information they now hold, which carries into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-check-in).</extracomment>
      <translation>اسألوا ماذا تعني عبارة «اعتدت الأمر». أشيروا بلطف إلى أن الاطمئنان منح المستجيب معلومات صار يحملها، وهي تنتقل معه إلى القرار التالي.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.title">
      <source>A second laugh</source>
      <extracomment>Scene heading, shown on the projector (scene second-laugh).</extracomment>
      <translation>ضحكة ثانية</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.narration">
      <source>The table laughs again, louder. Callum raises his hands: &quot;Guilty! Don't report me!&quot; Deepa moves to the next card. Agnieszka's point is written down as &quot;tests (Aga)&quot; and nobody picks it up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene second-laugh).</extracomment>
      <translation>يضحك الحاضرون مرة أخرى، بصوت أعلى. يرفع كالوم يديه: «مذنب! لا تبلّغوا عني!» تنتقل ديبا إلى البطاقة التالية. تُدوَّن ملاحظة أنيشكا بعبارة «الاختبارات (آغا)» ولا يتولّاها أحد.</translation>
    </message>
    <message id="banter-joke.scenes.second-laugh.notes">
      <source>Participants who chose this often meant to signal disapproval. Honour that, then ask what Callum took away, and what Agnieszka did.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene second-laugh).</extracomment>
      <translation>من اختاروا هذا الخيار كثيرًا ما أرادوا إظهار عدم الرضا. قدّروا ذلك، ثم اسألوا عمّا فهمه كالوم، وعمّا فعلته أنيشكا.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.title">
      <source>Back to the build</source>
      <extracomment>Scene heading, shown on the projector (scene point-lands).</extracomment>
      <translation>عودة إلى البناء</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.narration">
      <source>Agnieszka blinks, then answers: &quot;Yes, payments, and the refund tests.&quot; The conversation becomes about the build, and Deepa assigns an owner. Callum does not repeat the bit, though he does not seem to think anything happened.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene point-lands).</extracomment>
      <translation>ترمش أنيشكا ثم تجيب: «نعم، الدفع، واختبارات الاسترداد.» يتحوّل الحديث إلى البناء، وتعيّن ديبا مسؤولًا عن المسألة. لا يكرّر كالوم المزحة، وإن كان لا يبدو أنه يظن أن شيئًا قد حدث.</translation>
    </message>
    <message id="banter-joke.scenes.point-lands.notes">
      <source>Distraction is a legitimate move, especially for people with less standing. Ask what it achieved and what it left undone.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene point-lands).</extracomment>
      <translation>التشتيت خطوة مشروعة، ولا سيما لمن يملكون مكانة أقل. اسألوا عمّا حقّقه وعمّا تركه دون إنجاز.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.title">
      <source>A pause</source>
      <extracomment>Scene heading, shown on the projector (scene named-calmly).</extracomment>
      <translation>لحظة صمت</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.narration">
      <source>There is an uncomfortable second. Callum says, &quot;It's just banter, mate,&quot; and looks around for support. Deepa says, &quot;Let's hear the build point,&quot; and Agnieszka explains the skipped payment tests. For the rest of the meeting Callum is quieter than usual, and two people avoid your eye.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-calmly).</extracomment>
      <translation>تمرّ ثانية غير مريحة. يقول كالوم: «إنه مجرّد مزاح، بالله عليكم»، ويتلفّت بحثًا عن مساندة. تقول ديبا: «لنسمع ملاحظة البناء»، فتشرح أنيشكا اختبارات الدفع المتخطّاة. يبقى كالوم أهدأ من المعتاد بقية الاجتماع، ويتجنّب شخصان النظر في أعينكم.</translation>
    </message>
    <message id="banter-joke.scenes.named-calmly.notes">
      <source>Name the cost openly: social awkwardness, a teammate who feels called out. Ask participants whether they have ever been the Callum in a room, and how they would have wanted it done.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-calmly).</extracomment>
      <translation>سمّوا الكلفة صراحة: حرج اجتماعي، وزميل يشعر بأنه وُبّخ علنًا. اسألوا المشاركين هل كانوا يومًا في موقع كالوم، وكيف كانوا يتمنّون أن يُقال لهم ذلك.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.title">
      <source>Monday, by the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks).</extracomment>
      <translation>الاثنين، عند آلة القهوة</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.narration">
      <source>Callum catches you on your own. &quot;Can I ask you something? Aga's been a bit off with me since Friday. Was I out of order with the accent thing? I honestly didn't mean anything by it.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks).</extracomment>
      <translation>يستوقفكم كالوم حين تكونون وحدكم. «هل أسألك شيئًا؟ آغا متحفّظة معي قليلًا منذ الجمعة. هل تجاوزت الحدّ في موضوع اللكنة؟ صدقًا لم أقصد شيئًا.»</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.notes">
      <source>In triads, have the person playing Callum deliver this sincerely. The responder must answer in their own words before the options are revealed, then pick the nearest. Watch for participants who soften so much the message disappears, and for ones who use the moment to lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks).</extracomment>
      <translation>في المجموعات الثلاثية، اطلبوا ممن يؤدّي دور كالوم أن يقول هذا بصدق. على المستجيب أن يجيب بكلماته قبل كشف الخيارات، ثم يختار أقربها. انتبهوا لمن يلطّفون الكلام حتى تختفي الرسالة، ولمن يستغلّون اللحظة لإلقاء محاضرة.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.prompt">
      <source>Callum has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene callum-asks).</extracomment>
      <translation>سألكم كالوم مباشرة. ماذا تقولون؟</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.text">
      <source>&quot;Nah, you're fine. She's probably just busy with the release.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option reassure). Shown on a phone button: keep it short, about 62 characters like the English.</extracomment>
      <translation>«لا، لا بأس عليك. على الأرجح هي مشغولة بالإصدار فقط.»</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.reassure.why">
      <source>Reassuring a friend feels kind, but it closes the one door he had opened himself.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option reassure).</extracomment>
      <translation>طمأنة صديق تبدو لطفًا، لكنها تغلق الباب الوحيد الذي فتحه هو بنفسه.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.text">
      <source>&quot;Maybe? I don't know, you'd have to ask her.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option ask-her). Shown on a phone button: keep it short, about 45 characters like the English.</extracomment>
      <translation>«ربما؟ لا أعرف، عليك أن تسألها.»</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.ask-her.why">
      <source>It is not wrong, yet it sends Callum to the person who was hurt and makes her do the explaining.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option ask-her).</extracomment>
      <translation>ليس خطأً، لكنه يرسل كالوم إلى الشخص الذي جُرح ويحمّلها عبء الشرح.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.text">
      <source>&quot;Mate, I'd just redo the unconscious bias module. It covers all this. I'll send you the link.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option do-the-module). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>«يا صاحبي، أعد دورة التحيّز اللاواعي فحسب. إنها تغطّي كل هذا. سأرسل لك الرابط.»</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.do-the-module.why">
      <source>It points at a programme instead of the behaviour, and keeps the conversation safely abstract for both of you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option do-the-module).</extracomment>
      <translation>يشير إلى برنامج تدريبي بدل السلوك، ويُبقي الحديث مجرّدًا ومريحًا لكليكما.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.text">
      <source>&quot;Honestly, yes. I know you didn't mean it, but it's the effect that counts: she gets it a lot. A short sorry to her, no big speech, and drop the accent bit.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option honest-answer). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>«بصراحة، نعم. أعرف أنك لم تقصد، لكن العبرة بالأثر: هي تسمع هذا كثيرًا. اعتذار قصير لها، بلا خطاب، وتوقّف عن اللكنة.»</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.honest-answer.why">
      <source>You separate what he meant from what it did, and give him something concrete and proportionate to do.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option honest-answer).</extracomment>
      <translation>تفصلون بين ما قصده وما أحدثه، وتعطونه شيئًا ملموسًا ومتناسبًا ليفعله.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.text">
      <source>Give the same honest answer, then propose to Deepa that the team's working agreement says jokes about accents, origins and identities are out, and that anyone can flag one without it being a drama.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene callum-asks, option team-agreement). Shown on a phone button: keep it short, about 197 characters like the English.</extracomment>
      <translation>تجيبون الإجابة الصادقة نفسها، ثم تقترحون على ديبا أن ينصّ اتفاق عمل الفريق على منع النكات عن اللكنات والأصول والهويات، وأن يحقّ لأي أحد التنبيه إلى نكتة منها دون أن يتحوّل الأمر إلى دراما.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks.decision.options.team-agreement.why">
      <source>You deal with the person and the pattern, so that the next time does not depend on who happens to be in the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene callum-asks, option team-agreement).</extracomment>
      <translation>تتعاملون مع الشخص ومع النمط معًا، كي لا تعتمد المرة القادمة على من يصادف وجوده في القاعة.</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene carries-on).</extracomment>
      <translation>بعد شهر</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.narration">
      <source>Callum relaxes and the jokes continue, now and then. Agnieszka stops raising issues in retros and logs them in the tracker instead, where they sit unread. In her exit interview, six months later, she mentions &quot;team culture&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene carries-on).</extracomment>
      <translation>يرتاح كالوم وتستمرّ النكات بين حين وآخر. تتوقّف أنيشكا عن طرح المشكلات في اجتماعات المراجعة، وتسجّلها في نظام المتابعة بدلًا من ذلك، حيث تبقى دون أن يقرأها أحد. وفي مقابلة مغادرتها بعد ستة أشهر، تذكر «ثقافة الفريق».</translation>
    </message>
    <message id="banter-joke.scenes.carries-on.notes">
      <source>Do not rush past this. Ask how many exit interviews in their own organisation might say &quot;team culture&quot; and mean something like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene carries-on).</extracomment>
      <translation>لا تمرّوا على هذا سريعًا. اسألوا كم مقابلة مغادرة في مؤسساتهم قد تقول «ثقافة الفريق» وتقصد شيئًا كهذا.</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.title">
      <source>An awkward conversation</source>
      <extracomment>Scene heading, shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>حديث محرج</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.narration">
      <source>Callum asks Agnieszka, in front of two others, &quot;Did I upset you on Friday?&quot; She says no, because there is no other answer available with an audience. Callum tells you later, &quot;See, she's fine.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-asks-aga).</extracomment>
      <translation>يسأل كالوم أنيشكا أمام شخصين آخرين: «هل أزعجتكِ يوم الجمعة؟» فتقول لا، إذ لا إجابة أخرى ممكنة أمام الآخرين. ويقول لكم كالوم لاحقًا: «أرأيت؟ إنها بخير.»</translation>
    </message>
    <message id="banter-joke.scenes.callum-asks-aga.notes">
      <source>A useful illustration of burdening the affected person. Ask how the responder could have spared her that moment.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-asks-aga).</extracomment>
      <translation>مثال مفيد على تحميل الشخص المتضرّر العبء. اسألوا كيف كان بإمكان المستجيب أن يجنّبها تلك اللحظة.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene module-done).</extracomment>
      <translation>بعد شهر</translation>
    </message>
    <message id="banter-joke.scenes.module-done.narration">
      <source>Callum completes the module in twenty minutes and posts his certificate in the team chat with a joke about being &quot;officially woke now&quot;. Deepa reacts with a laughing face. The accent jokes slow down, then return before the next release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene module-done).</extracomment>
      <translation>ينهي كالوم الدورة في عشرين دقيقة وينشر شهادته في محادثة الفريق مع نكتة عن أنه صار «واعيًا رسميًا الآن». تتفاعل ديبا بوجه ضاحك. تقلّ نكات اللكنة، ثم تعود قبل الإصدار التالي.</translation>
    </message>
    <message id="banter-joke.scenes.module-done.notes">
      <source>Training is not worthless; the issue is using it as a substitute for a direct answer. Ask the group what they would have needed to feel able to answer Callum plainly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene module-done).</extracomment>
      <translation>التدريب ليس بلا قيمة؛ المشكلة في استخدامه بديلًا عن إجابة مباشرة. اسألوا المجموعة عمّا كانوا سيحتاجون إليه ليشعروا بالقدرة على إجابة كالوم بوضوح.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene callum-apologises).</extracomment>
      <translation>بعد شهر</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.narration">
      <source>Callum goes quiet, then says, &quot;Right. Fair.&quot; He tells Agnieszka, &quot;Sorry about the accent stuff, I'll knock it off,&quot; and she nods. He is slightly stiff with you for a week. In the next two retros Agnieszka's points run longer, and one of them saves a release.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene callum-apologises).</extracomment>
      <translation>يصمت كالوم، ثم يقول: «حسنًا. معك حق.» ويقول لأنيشكا: «آسف على موضوع اللكنة، سأتوقّف عنه»، فتومئ. يبقى متحفّظًا معكم بعض الشيء لأسبوع. في اجتماعَي المراجعة التاليين تطول ملاحظات أنيشكا، وتنقذ إحداها إصدارًا.</translation>
    </message>
    <message id="banter-joke.scenes.callum-apologises.notes">
      <source>Highlight that the apology was short and did not ask Agnieszka to reassure him. Ask the group what a bad apology would have sounded like.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene callum-apologises).</extracomment>
      <translation>أبرزوا أن الاعتذار كان قصيرًا ولم يطلب من أنيشكا أن تطمئنه. اسألوا المجموعة كيف كان سيبدو اعتذار سيّئ.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.title">
      <source>A month later</source>
      <extracomment>Scene heading, shown on the projector (scene agreement-adopted).</extracomment>
      <translation>بعد شهر</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.narration">
      <source>Deepa takes the suggestion to the next retro. There is some eye-rolling about &quot;the fun police&quot;, and a real discussion about what teasing is and is not fine. The agreement goes on the team wiki. When a new starter imitates a contractor's accent a fortnight later, a junior developer points to it, and the joke stops there.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene agreement-adopted).</extracomment>
      <translation>تطرح ديبا الاقتراح في اجتماع المراجعة التالي. يتأفّف بعضهم من «شرطة المرح»، ويدور نقاش حقيقي حول ما يُقبل من المزاح وما لا يُقبل. يُضاف الاتفاق إلى صفحة الفريق الداخلية. وحين يقلّد موظف جديد لكنة أحد المتعاقدين بعد أسبوعين، يشير مطوّر مبتدئ إلى الاتفاق، فتتوقّف النكتة عند ذلك.</translation>
    </message>
    <message id="banter-joke.scenes.agreement-adopted.notes">
      <source>Ask who benefited from the agreement beyond Agnieszka. Then ask what the eye-rolling cost and who bore it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene agreement-adopted).</extracomment>
      <translation>اسألوا من استفاد من الاتفاق غير أنيشكا. ثم اسألوا ماذا كلّف التأفّف ومن تحمّله.</translation>
    </message>
    <message id="banter-joke.debrief.what.1">
      <source>What did you notice in the room, and in yourself, in the second after the laugh?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا لاحظتم في القاعة، وفي أنفسكم، في الثانية التي تلت الضحك؟</translation>
    </message>
    <message id="banter-joke.debrief.what.2">
      <source>Which response did the group lean towards, and what made it feel safest?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>إلى أيّ ردّ مالت المجموعة، وما الذي جعله يبدو الأكثر أمانًا؟</translation>
    </message>
    <message id="banter-joke.debrief.so_what.1">
      <source>When a person smiles through a joke at their expense, what might that smile be doing for them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>حين يبتسم شخص لنكتة على حسابه، ماذا قد تفعل له تلك الابتسامة؟</translation>
    </message>
    <message id="banter-joke.debrief.so_what.2">
      <source>Why does a focus on the joker's intent so often crowd out the effect on the target?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا يطغى التركيز على نيّة صاحب النكتة في أحيان كثيرة على أثرها في من استهدفته؟</translation>
    </message>
    <message id="banter-joke.debrief.now_what.1">
      <source>What short phrase could you use to stop a joke like this without starting a fight?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ما العبارة القصيرة التي يمكنكم استخدامها لإيقاف نكتة كهذه دون إشعال خلاف؟</translation>
    </message>
    <message id="banter-joke.debrief.now_what.2">
      <source>Which agreement in your own team would make the next intervention easier for whoever is in the room?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>أيّ اتفاق في فريقكم سيجعل التدخّل القادم أسهل على من يكون في القاعة؟</translation>
    </message>
    <message id="banter-joke.sources.1.title">
      <source>Workplace allyship practice: challenge jokes and microaggressions, putting impact before intent</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: الاعتراض على النكات والاعتداءات الدقيقة، وتقديم الأثر على النيّة</translation>
    </message>
    <message id="banter-joke.sources.2.title">
      <source>Bystander intervention: the five moves (distract, delegate, document, delay, direct)</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>تدخّل المتفرّج: الخطوات الخمس (التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة)</translation>
    </message>
    <message id="biased-shortlist.title">
      <source>The shortlist that sorted itself</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>القائمة المختصرة التي فرزت نفسها</translation>
    </message>
    <message id="biased-shortlist.summary">
      <source>A hiring manager arrives at the shortlisting meeting with a &quot;first pass&quot; that has quietly removed career gaps and candidates whose names made him unsure about visas. The group decides what a panel member does at the sift, and again when &quot;culture fit&quot; decides the final hire.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>يصل مدير توظيف إلى اجتماع إعداد القائمة المختصرة ومعه «فرز أوّلي» استبعد بهدوء أصحاب الانقطاعات المهنية والمرشّحين الذين جعلته أسماؤهم يشكّ في حاجتهم إلى تأشيرة. تقرّر المجموعة ماذا يفعل أحد أعضاء لجنة المقابلات عند الفرز، ثم مرة أخرى حين يصبح «التوافق مع ثقافة الفريق» هو ما يحسم التعيين النهائي.</translation>
    </message>
    <message id="biased-shortlist.content_note">
      <source>This role-play includes candidates being dropped from a shortlist over a career gap spent caring or a foreign-sounding name, and the top-scoring candidate being judged a poor &quot;culture fit&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا استبعادَ مرشّحين من القائمة المختصرة بسبب انقطاع مهني لرعاية أحد الأقارب أو اسم يبدو أجنبيًا، والقولَ إنّ المرشّحة الأعلى تقييمًا لا «تتوافق مع ثقافة الفريق».</translation>
    </message>
    <message id="biased-shortlist.roles.niall.name">
      <source>Niall Brennan, data engineering manager (hiring manager)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role niall).</extracomment>
      <translation>نايل برينان، مدير هندسة البيانات (مدير التوظيف)</translation>
    </message>
    <message id="biased-shortlist.roles.niall.brief">
      <source>You have 140 applications, a team that is two people down, and no time. Your first pass felt like common sense: a long gap is a risk, and a visa would slow things down. You value a close team and you hire people you can picture at the Friday football. You are not trying to exclude anyone; if someone shows you the criteria plainly, you will look again, though you will sigh about the time.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role niall).</extracomment>
      <translation>لديكم 140 طلبًا، وفريق ينقصه شخصان، ولا وقت. بدا لكم الفرز الأوّلي منطقًا سليمًا: الانقطاع الطويل مخاطرة، والتأشيرة ستبطئ الأمور. تقدّرون الفريق المتماسك وتوظّفون أشخاصًا تتخيّلونهم في مباراة كرة القدم يوم الجمعة. لا تحاولون إقصاء أحد؛ وإذا عرض عليكم أحدٌ المعايير بوضوح، ستعيدون النظر، وإن تنهّدتم بسبب الوقت.</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.name">
      <source>Tanisha Greene, in-house recruiter</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tanisha).</extracomment>
      <translation>تانيشا غرين، مسؤولة توظيف داخلية</translation>
    </message>
    <message id="biased-shortlist.roles.tanisha.brief">
      <source>You know the first pass breaks the hiring guidance, but Niall is senior and you have been told recruiters &quot;support the business&quot;. You will back a panel member who raises it, and you will bring in the guidance if asked. Alone, you stay quiet.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tanisha).</extracomment>
      <translation>تعرفون أنّ الفرز الأوّلي يخالف إرشادات التوظيف، لكنّ نايل في منصب أعلى، وقد قيل لكم إنّ مسؤولي التوظيف «يدعمون العمل». ستساندون أي عضو في اللجنة يثير المسألة، وستعرضون الإرشادات إذا طُلب منكم ذلك. أمّا وحدكم، فتلتزمون الصمت.</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.name">
      <source>Daniel Kowalczyk, senior data engineer (panel member)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role daniel).</extracomment>
      <translation>دانيال كوفالتشيك، مهندس بيانات أول (عضو في لجنة المقابلات)</translation>
    </message>
    <message id="biased-shortlist.roles.daniel.brief">
      <source>You are on the panel with the responder. You tend to agree with Niall because he is your manager. If someone makes a clear, criteria-based point, you say &quot;that's fair&quot; and support it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role daniel).</extracomment>
      <translation>أنتم في اللجنة مع المستجيب. تميلون إلى موافقة نايل لأنه مديركم. إذا طرح أحدٌ نقطة واضحة قائمة على المعايير، تقولون «هذا منصف» وتدعمونها.</translation>
    </message>
    <message id="biased-shortlist.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="biased-shortlist.roles.observer.brief">
      <source>Watch how decisions are justified: against the written criteria, or by feel. Note every use of &quot;fit&quot;, &quot;risk&quot; and &quot;gut&quot;. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>لاحظوا كيف تُبرَّر القرارات: بالرجوع إلى المعايير المكتوبة أم بالإحساس. سجّلوا كل استخدام لكلمات «التوافق» و«المخاطرة» و«الحدس». استخدموا قائمة المراقب.</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.1">
      <source>Which reasons for rejecting candidates were in the advert's criteria, and which were not?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ أسباب رفض المرشّحين كانت ضمن معايير الإعلان، وأيّها لم يكن كذلك؟</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared? For example, did anyone delegate to the recruiter, or ask to delay the decision?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل الخمس (التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة) ظهرت؟ مثلًا: هل أحال أحدٌ الأمر إلى مسؤولة التوظيف، أو طلب تأجيل القرار؟</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.3">
      <source>Did anyone ask what &quot;culture fit&quot; actually meant, in words that could be scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سأل أحدٌ عمّا يعنيه «التوافق مع ثقافة الفريق» فعلًا، بكلمات يمكن تقييمها بالدرجات؟</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.4">
      <source>Did the responder challenge the decision, the process, or both?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل اعترض المستجيب على القرار، أم على الإجراء، أم على الاثنين؟</translation>
    </message>
    <message id="biased-shortlist.observer_checklist.5">
      <source>What did speaking up cost the responder, in time or in goodwill?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ماذا كلّف الكلامُ المستجيبَ، من الوقت أو من رصيد الودّ؟</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.title">
      <source>Tuesday, the shortlisting meeting</source>
      <extracomment>Scene heading, shown on the projector (scene sift).</extracomment>
      <translation>الثلاثاء، اجتماع القائمة المختصرة</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.narration">
      <source>Niall opens the meeting: &quot;I did a first pass to save us time. I took out anyone with a gap of more than a year, always a question mark, and a few where I wasn't sure they'd have the right to work here. That leaves nine; let's pick six to interview.&quot; Tanisha shares the list. In the &quot;out&quot; pile you see Mohammed Al-Sayed: eight years in data engineering and an eighteen-month gap marked &quot;caring for my father&quot;. Two others have non-English names, and all three answered &quot;yes&quot; to the right-to-work question on the form.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sift).</extracomment>
      <translation>يفتتح نايل الاجتماع: «أجريت فرزًا أوّليًا لأوفّر علينا الوقت. استبعدت كل من لديه انقطاع يزيد على سنة، فهذا دائمًا علامة استفهام، وبضعة أشخاص لم أكن متأكدًا أنّ لهم حق العمل هنا. بقي تسعة؛ فلنختر ستة للمقابلات.» تعرض تانيشا القائمة. في كومة «المستبعدين» ترون محمد السيد: ثماني سنوات في هندسة البيانات، وانقطاع لمدة ثمانية عشر شهرًا مكتوب بجانبه «رعاية والدي». ولاثنين آخرين أسماء غير إنجليزية، وقد أجاب الثلاثة جميعًا بـ«نعم» عن سؤال حق العمل في الاستمارة.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.notes">
      <source>Give the group a moment to read before revealing the prompt. If someone says &quot;gaps are a fair question&quot;, agree that they can be discussed at interview, and ask whether they belong in a sift that nobody else saw. Watch for participants who want to label Niall a bigot; steer them back to what he did, not who he is.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sift).</extracomment>
      <translation>امنحوا المجموعة لحظة للقراءة قبل كشف السؤال. إذا قال أحدهم «الانقطاعات سؤال مشروع»، فوافقوه على أنها يمكن أن تُناقش في المقابلة، واسألوا هل مكانها فرزٌ لم يطّلع عليه أحد غيره. انتبهوا للمشاركين الذين يريدون وصف نايل بالمتعصّب؛ أعيدوهم إلى ما فعله، لا إلى من هو.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.prompt">
      <source>You are on the panel as a senior engineer from a neighbouring team. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sift).</extracomment>
      <translation>أنتم في اللجنة بصفتكم مهندسين أوّلين من فريق مجاور. ماذا تفعلون؟</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.text">
      <source>Go with the nine. Niall is the hiring manager and he knows what his team needs.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option go-with-it). Shown on a phone button: keep it short, about 79 characters like the English.</extracomment>
      <translation>تمضون مع التسعة. نايل هو مدير التوظيف ويعرف ما يحتاجه فريقه.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.go-with-it.why">
      <source>Trusting the hiring manager is the normal thing to do, and it lets an unwritten filter decide who even gets read.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option go-with-it).</extracomment>
      <translation>الثقة بمدير التوظيف هي التصرّف المعتاد، لكنها تترك معيار تصفية غير مكتوب يقرّر مَن تُقرأ سيرته أصلًا.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.text">
      <source>&quot;Fine by me. Mohammed's CV did look strong, though.&quot; When Niall shrugs, leave it there.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option mention-once). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>«لا مانع لديّ. لكنّ سيرة محمد بدت قوية.» وحين يهزّ نايل كتفيه، تتركون الأمر.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.mention-once.why">
      <source>You put your view on the record once, softly, and withdraw it as soon as it meets resistance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option mention-once).</extracomment>
      <translation>تسجّلون رأيكم مرة واحدة، بلطف، ثم تسحبونه ما إن يلقى مقاومة.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.text">
      <source>&quot;Agreed. Though can we make sure the interview list has a bit of diversity? For how it looks, if nothing else. Maybe add one back.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option add-one-back). Shown on a phone button: keep it short, about 131 characters like the English.</extracomment>
      <translation>«موافق. لكن هل نضمن بعض التنوّع في قائمة المقابلات؟ من أجل المظهر على الأقل. ربما نعيد أحدهم.»</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.add-one-back.why">
      <source>It aims for a more varied list, but as optics rather than fairness, and it leaves the filter itself untouched.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option add-one-back).</extracomment>
      <translation>يسعى إلى قائمة أكثر تنوّعًا، لكن من باب المظهر لا الإنصاف، ويترك معيار التصفية نفسه كما هو.</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.text">
      <source>&quot;Before we lock it, can we check the 'out' pile against the five criteria in the advert? Mohammed meets all five, and his gap was caring for his father. The form already asks about right to work, and all three said yes.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sift, option check-criteria). Shown on a phone button: keep it short, about 220 characters like the English.</extracomment>
      <translation>«قبل أن نعتمدها، هل نراجع المستبعدين وفق المعايير الخمسة في الإعلان؟ محمد يستوفيها كلها، وانقطاعه كان لرعاية والده. والاستمارة تسأل أصلًا عن حق العمل، والثلاثة أجابوا بنعم.»</translation>
    </message>
    <message id="biased-shortlist.scenes.sift.decision.options.check-criteria.why">
      <source>You challenge the filter in the room, using the agreed criteria rather than accusations, and name the people it removed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sift, option check-criteria).</extracomment>
      <translation>تعترضون على التصفية داخل الاجتماع، مستندين إلى المعايير المتّفق عليها لا إلى الاتهامات، وتسمّون الأشخاص الذين أقصاهم.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.title">
      <source>That afternoon</source>
      <extracomment>Scene heading, shown on the projector (scene nine-stand).</extracomment>
      <translation>بعد ظهر ذلك اليوم</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.narration">
      <source>Six interviews are booked. Four of the six studied at the same two universities; two worked with Niall at his last company. Mohammed gets an automated rejection within the hour. Tanisha writes &quot;HM pre-sift&quot; in the tracker and closes the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene nine-stand).</extracomment>
      <translation>تُحجز ست مقابلات. أربعة من الستة درسوا في الجامعتين نفسيهما؛ واثنان عملا مع نايل في شركته السابقة. يتلقّى محمد رسالة رفض آلية خلال ساعة. تكتب تانيشا «فرز مسبق من مدير التوظيف» في نظام المتابعة وتغلق الملف.</translation>
    </message>
    <message id="biased-shortlist.scenes.nine-stand.notes">
      <source>Ask the group to picture Mohammed reading the rejection. Then move on; the same panel meets again in a week.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene nine-stand).</extracomment>
      <translation>اطلبوا من المجموعة أن تتخيّل محمدًا وهو يقرأ رسالة الرفض. ثم تابعوا؛ فاللجنة نفسها تجتمع مجددًا بعد أسبوع.</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.title">
      <source>A shrug</source>
      <extracomment>Scene heading, shown on the projector (scene mentioned-once).</extracomment>
      <translation>هزّة كتفين</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.narration">
      <source>Niall says, &quot;Strong, but the gap worries me.&quot; Daniel nods. The meeting moves on. Tanisha catches your eye for a moment and then looks back at her screen. Mohammed's application is marked &quot;not progressed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mentioned-once).</extracomment>
      <translation>يقول نايل: «قوية، لكنّ الانقطاع يقلقني.» يومئ دانيال. ويمضي الاجتماع. تلتقي عينا تانيشا بعينيكم لحظة، ثم تعود إلى شاشتها. ويُوسَم طلب محمد بـ«لم يتقدّم».</translation>
    </message>
    <message id="biased-shortlist.scenes.mentioned-once.notes">
      <source>Point out that Tanisha was waiting for backing that did not come. Ask who in the room had the most power to change the outcome.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mentioned-once).</extracomment>
      <translation>أشيروا إلى أنّ تانيشا كانت تنتظر دعمًا لم يأتِ. اسألوا: مَن في الاجتماع كان يملك أكبر قدرة على تغيير النتيجة؟</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.title">
      <source>One added back</source>
      <extracomment>Scene heading, shown on the projector (scene token-add).</extracomment>
      <translation>مرشّح واحد يعود</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.narration">
      <source>Niall says, &quot;Fine, for balance,&quot; and Tanisha adds back one of the candidates whose visa status he had guessed at. He is given the last slot on Friday afternoon, when Daniel has already left. Everyone on the panel knows why he is there, and it shows in how he is questioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene token-add).</extracomment>
      <translation>يقول نايل: «حسنًا، من أجل التوازن»، وتعيد تانيشا أحد المرشّحين الذين خمّن نايل وضع تأشيراتهم. يُعطى آخر موعد بعد ظهر الجمعة، وقد غادر دانيال. يعرف كل أعضاء اللجنة لماذا هو هنا، ويظهر ذلك في طريقة استجوابه.</translation>
    </message>
    <message id="biased-shortlist.scenes.token-add.notes">
      <source>Participants may feel this option was a genuine improvement; in one sense it was. Ask what it feels like to be interviewed as the &quot;balance&quot; candidate, and what happened to the other two.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene token-add).</extracomment>
      <translation>قد يشعر المشاركون أنّ هذا الخيار كان تحسّنًا حقيقيًا؛ وهو كذلك من جهةٍ ما. اسألوا كيف يكون الشعور حين تُجرى معكم مقابلة بوصفكم مرشّح «التوازن»، وماذا حدث للاثنين الآخرين.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.title">
      <source>Twenty-five extra minutes</source>
      <extracomment>Scene heading, shown on the projector (scene recheck).</extracomment>
      <translation>خمس وعشرون دقيقة إضافية</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.narration">
      <source>Niall sighs: &quot;We'll be here all day.&quot; Tanisha pulls up the hiring guidance, which says gaps are not a sift criterion, and the panel goes through the out pile properly. Mohammed and one other candidate come back in. Daniel says, &quot;Fair enough.&quot; Niall is curt with you for the rest of the meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene recheck).</extracomment>
      <translation>يتنهّد نايل: «سنبقى هنا طوال اليوم.» تفتح تانيشا إرشادات التوظيف، وفيها أنّ الانقطاعات ليست معيارًا للفرز، وتراجع اللجنة كومة المستبعدين كما ينبغي. يعود محمد ومرشّح آخر إلى القائمة. يقول دانيال: «معقول.» ويتعامل نايل معكم بجفاء بقية الاجتماع.</translation>
    </message>
    <message id="biased-shortlist.scenes.recheck.notes">
      <source>Name the costs: time, and a hiring manager who feels second-guessed in front of a recruiter. Ask whether there was a way to raise it that would have cost less. Notice that the recruiter acted once someone else went first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene recheck).</extracomment>
      <translation>سمّوا التكاليف: الوقت، ومدير توظيف يشعر أنّ قراره وُضع موضع الشك أمام مسؤولة التوظيف. اسألوا هل كانت هناك طريقة لإثارة المسألة بكلفة أقل. ولاحظوا أنّ مسؤولة التوظيف تحرّكت حين تقدّم أحدٌ غيرها أولًا.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.title">
      <source>A week later, the interview wash-up</source>
      <extracomment>Scene heading, shown on the projector (scene panel-debrief).</extracomment>
      <translation>بعد أسبوع، مراجعة المقابلات</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.narration">
      <source>The interviews are done. Niall: &quot;Bukola was technically the strongest, no question. But I'm not sure she's a fit. She was quite reserved, didn't really laugh at anything, and we're a tight bunch. Oliver felt like one of us.&quot; On the scorecards, Bukola Adeyinka is top on four of the five criteria; Oliver is third.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene panel-debrief).</extracomment>
      <translation>انتهت المقابلات. يقول نايل: «بوكولا كانت الأقوى تقنيًا، لا شك. لكنني لست متأكدًا أنها تناسبنا. كانت متحفّظة نوعًا ما، لم تضحك على شيء تقريبًا، ونحن فريق متماسك. أوليفر شعرت أنه واحد منّا.» في بطاقات التقييم، بوكولا أدينكا في المرتبة الأولى في أربعة من المعايير الخمسة؛ وأوليفر ثالث.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.notes">
      <source>Bukola was in the shortlist on every path, so this scene works whatever the group chose earlier. Some participants will defend &quot;fit&quot; as real; ask them to define it in a way that could be scored before the interview. Keep an eye on the clock: this decision usually runs long.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene panel-debrief).</extracomment>
      <translation>كانت بوكولا في القائمة المختصرة في كل المسارات، لذا يصلح هذا المشهد أيًّا كان ما اختارته المجموعة سابقًا. سيدافع بعض المشاركين عن «التوافق» بوصفه أمرًا حقيقيًا؛ اطلبوا منهم تعريفه بطريقة يمكن تقييمها قبل المقابلة. راقبوا الوقت: هذا القرار يطول عادةً.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.prompt">
      <source>Niall looks round the panel for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene panel-debrief).</extracomment>
      <translation>ينظر نايل إلى أعضاء اللجنة طالبًا موافقتهم. ماذا تقولون؟</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.text">
      <source>&quot;Fit matters in a small team. Oliver's solid, he'll be fine.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fit-matters). Shown on a phone button: keep it short, about 61 characters like the English.</extracomment>
      <translation>«التوافق مهمّ في فريق صغير. أوليفر جيد، وسيكون على ما يرام.»</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fit-matters.why">
      <source>Agreeing keeps the wash-up short and friendly, and lets a feeling outweigh the evidence everyone scored.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fit-matters).</extracomment>
      <translation>الموافقة تُبقي المراجعة قصيرة وودّية، وتترك إحساسًا يرجح على الأدلة التي قيّمها الجميع.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.text">
      <source>&quot;For what it's worth, she scored highest.&quot; When Niall says he has to weigh everything, you nod.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option for-the-record). Shown on a phone button: keep it short, about 95 characters like the English.</extracomment>
      <translation>«للعلم فقط، هي صاحبة أعلى تقييم.» وحين يقول نايل إنّ عليه موازنة كل شيء، تومئون.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.for-the-record.why">
      <source>You point at the evidence, which matters, but you leave the decision to the feeling you have just questioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option for-the-record).</extracomment>
      <translation>تشيرون إلى الأدلة، وهذا مهمّ، لكنكم تتركون القرار للإحساس الذي شككتم فيه للتوّ.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.text">
      <source>&quot;Honestly, hiring Bukola would really help our diversity numbers. It'd look great for the department.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option diversity-numbers). Shown on a phone button: keep it short, about 102 characters like the English.</extracomment>
      <translation>«بصراحة، توظيف بوكولا سيحسّن أرقام التنوّع عندنا كثيرًا. سيبدو ذلك رائعًا للإدارة.»</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.diversity-numbers.why">
      <source>It may tip the decision her way, but it recasts the strongest candidate as a statistic, which follows her into the job.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option diversity-numbers).</extracomment>
      <translation>قد يرجّح ذلك القرار لصالحها، لكنه يحوّل أقوى مرشّحة إلى رقم في إحصائية، وهذا يلاحقها في عملها.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.text">
      <source>&quot;Can we say what 'fit' means here? On the scorecard she's top on four of five. Laughing at jokes and football aren't on it, and 'reserved' in an interview isn't a skill gap.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option define-fit). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>«هل نحدّد ما يعنيه &quot;التوافق&quot; هنا؟ في بطاقة التقييم هي الأولى في أربعة من خمسة. الضحك على النكات وكرة القدم ليسا فيها، و&quot;التحفّظ&quot; في مقابلة ليس نقصًا في المهارات.»</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.define-fit.why">
      <source>You hold the panel to its own criteria and make the unspoken standard visible, in the room where the decision is made.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option define-fit).</extracomment>
      <translation>تُلزمون اللجنة بمعاييرها هي، وتكشفون المعيار غير المُعلن، في الاجتماع الذي يُتّخذ فيه القرار.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.text">
      <source>Make the same point, then ask Tanisha to take three changes to the head of talent: score before discussing, replace &quot;culture fit&quot; with named values, and ban career gaps and guessed visa status as sift reasons.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene panel-debrief, option fix-the-process). Shown on a phone button: keep it short, about 209 characters like the English.</extracomment>
      <translation>تطرحون النقطة نفسها، ثم تطلبون من تانيشا رفع ثلاثة تغييرات إلى رئيس استقطاب المواهب: التقييم قبل النقاش، واستبدال «التوافق مع ثقافة الفريق» بقيم محدّدة، ومنع الانقطاعات والتخمين في التأشيرة كأسباب للفرز.</translation>
    </message>
    <message id="biased-shortlist.scenes.panel-debrief.decision.options.fix-the-process.why">
      <source>You deal with this hire and with the process that shaped it, so the next panel does not rely on someone happening to object.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene panel-debrief, option fix-the-process).</extracomment>
      <translation>تعالجون هذا التعيين والإجراء الذي شكّله معًا، كي لا تعتمد اللجنة التالية على مصادفة أن يعترض أحد.</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene oliver-hired).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.narration">
      <source>Oliver joins and fits in easily. The team now has six engineers with near-identical backgrounds. In the next quarterly review, Niall's director asks why the team's candidate pipeline &quot;never seems to change&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene oliver-hired).</extracomment>
      <translation>ينضمّ أوليفر ويندمج بسهولة. صار في الفريق الآن ستة مهندسين بخلفيات شبه متطابقة. وفي المراجعة الفصلية التالية، يسأل مديرُ نايل لماذا يبدو أنّ مصادر المرشّحين للفريق «لا تتغيّر أبدًا».</translation>
    </message>
    <message id="biased-shortlist.scenes.oliver-hired.notes">
      <source>Avoid painting Oliver as a bad hire; he is not. The point is what the team did not get. Ask what the company learns from this pattern over five years.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene oliver-hired).</extracomment>
      <translation>تجنّبوا تصوير أوليفر على أنه تعيين سيئ؛ فهو ليس كذلك. المقصود هو ما لم يحصل عليه الفريق. اسألوا ماذا تتعلّم الشركة من هذا النمط على مدى خمس سنوات.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene scores-noted).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.narration">
      <source>Niall offers Oliver the role. Tanisha records the scores and the decision side by side, and says nothing. Bukola receives feedback that she was &quot;a close second&quot;; she accepts an offer from a competitor the following week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene scores-noted).</extracomment>
      <translation>يعرض نايل الوظيفة على أوليفر. تسجّل تانيشا الدرجات والقرار جنبًا إلى جنب، ولا تقول شيئًا. تتلقّى بوكولا ملاحظات تفيد بأنها كانت «في المرتبة الثانية بفارق ضئيل»؛ وفي الأسبوع التالي تقبل عرضًا من شركة منافسة.</translation>
    </message>
    <message id="biased-shortlist.scenes.scores-noted.notes">
      <source>Ask what a second sentence in the wash-up would have needed to say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene scores-noted).</extracomment>
      <translation>اسألوا: ماذا كان ينبغي أن تقول جملة ثانية في المراجعة؟</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene diversity-framing).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.narration">
      <source>Bukola is offered the role. In her second week, a teammate jokes that she was &quot;the diversity hire&quot;, repeating a line that travelled out of the wash-up. She starts working late to prove a point that nobody should have made.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene diversity-framing).</extracomment>
      <translation>تُعرض الوظيفة على بوكولا. في أسبوعها الثاني، يمزح أحد زملائها بأنها «تعيين التنوّع»، مردّدًا عبارة تسرّبت من المراجعة. تبدأ بالعمل حتى وقت متأخر لتُثبت شيئًا ما كان ينبغي لأحد أن يشكّك فيه أصلًا.</translation>
    </message>
    <message id="biased-shortlist.scenes.diversity-framing.notes">
      <source>This ending often surprises people who chose the option. Be kind: the intention was to help. Ask how the same outcome could have been argued on merit.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene diversity-framing).</extracomment>
      <translation>كثيرًا ما تفاجئ هذه النهاية مَن اختاروا هذا الخيار. كونوا لطفاء: كانت النيّة المساعدة. اسألوا كيف كان يمكن الدفاع عن النتيجة نفسها على أساس الجدارة.</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene bukola-offered).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.narration">
      <source>There is a pause, then Daniel says, &quot;She was the best on the pipeline question.&quot; Niall rubs his eyes: &quot;Fine. Offer Bukola.&quot; She accepts. Niall stays cool with you for a couple of weeks, then asks you to join his next panel &quot;because you keep us honest&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene bukola-offered).</extracomment>
      <translation>يسود صمت قصير، ثم يقول دانيال: «كانت الأفضل في سؤال خطّ معالجة البيانات.» يفرك نايل عينيه: «حسنًا. اعرضوا الوظيفة على بوكولا.» وتقبل. يبقى نايل باردًا معكم أسبوعين تقريبًا، ثم يطلب منكم الانضمام إلى لجنته التالية «لأنكم تُبقوننا نزيهين».</translation>
    </message>
    <message id="biased-shortlist.scenes.bukola-offered.notes">
      <source>Point out both the cost and the turn. Ask what made it possible for Niall to change his mind without losing face.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene bukola-offered).</extracomment>
      <translation>أشيروا إلى الكلفة وإلى التحوّل معًا. اسألوا ما الذي جعل نايل قادرًا على تغيير رأيه من دون أن يفقد ماء وجهه.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene process-changed).</extracomment>
      <translation>بعد ستة أشهر</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.narration">
      <source>Bukola is offered the role and accepts. The head of talent adopts two of the three changes straight away; the &quot;culture fit&quot; question becomes &quot;which of our values did the candidate show, and how?&quot;. Niall grumbles about forms, then admits the next shortlist was the strongest he has seen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene process-changed).</extracomment>
      <translation>تُعرض الوظيفة على بوكولا وتقبلها. يعتمد رئيس استقطاب المواهب تغييرين من الثلاثة فورًا؛ ويصبح سؤال «التوافق مع ثقافة الفريق»: «أيّ قيمنا أظهرها المرشّح، وكيف؟». يتذمّر نايل من الاستمارات، ثم يعترف بأنّ القائمة المختصرة التالية كانت الأقوى التي رآها.</translation>
    </message>
    <message id="biased-shortlist.scenes.process-changed.notes">
      <source>Ask who had to agree for this to happen, and what the responder needed: access, evidence, an ally in the recruiter. Then ask what one change in their own hiring process each participant could push for.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene process-changed).</extracomment>
      <translation>اسألوا مَن كان عليه أن يوافق كي يحدث هذا، وماذا احتاج المستجيب: الوصول، والأدلة، وحليفة في مسؤولة التوظيف. ثم اسألوا كل مشارك عن تغيير واحد في إجراءات التوظيف لديه يمكنه أن يدفع نحوه.</translation>
    </message>
    <message id="biased-shortlist.debrief.what.1">
      <source>Which filters shaped this shortlist before anyone on the panel had read a CV?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ما معايير التصفية التي شكّلت هذه القائمة المختصرة قبل أن يقرأ أي عضو في اللجنة سيرةً ذاتية واحدة؟</translation>
    </message>
    <message id="biased-shortlist.debrief.what.2">
      <source>At which moment did the evidence and the feeling pull in different directions?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>في أي لحظة اتّجهت الأدلة والإحساس في اتجاهين مختلفين؟</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.1">
      <source>Who does &quot;culture fit&quot; tend to favour, and how would a team notice if it were happening?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>مَن يميل «التوافق مع ثقافة الفريق» إلى تفضيله، وكيف يمكن للفريق أن يلاحظ ذلك إن كان يحدث؟</translation>
    </message>
    <message id="biased-shortlist.debrief.so_what.2">
      <source>Why might a panel member stay quiet even when the written guidance is on their side?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا قد يلتزم عضو في اللجنة الصمت حتى حين تكون الإرشادات المكتوبة في صفّه؟</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.1">
      <source>What is one question you will ask at your next shortlisting or interview panel?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ما السؤال الذي ستطرحونه في اجتماعكم القادم لإعداد قائمة مختصرة أو في لجنة المقابلات القادمة؟</translation>
    </message>
    <message id="biased-shortlist.debrief.now_what.2">
      <source>Who owns your organisation's hiring guidance, and what would you want them to change?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>مَن المسؤول عن إرشادات التوظيف في مؤسستكم، وماذا تريدون منه أن يغيّر؟</translation>
    </message>
    <message id="biased-shortlist.sources.1.title">
      <source>Workplace allyship practice: challenge biased recruitment processes</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: الاعتراض على إجراءات التوظيف المتحيّزة</translation>
    </message>
    <message id="biased-shortlist.sources.1.note">
      <source>Draws on the practice of questioning filters such as career gaps, guessed visa status and loosely defined &quot;fit&quot;, and changing the process rather than only the single outcome.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>يستند إلى ممارسة مساءلة معايير التصفية مثل الانقطاعات المهنية والتخمين في وضع التأشيرة و«التوافق» المعرَّف تعريفًا فضفاضًا، وتغيير الإجراء لا النتيجة الواحدة فقط.</translation>
    </message>
    <message id="biased-shortlist.sources.2.title">
      <source>Workplace allyship practice: question the process that produces an outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: مساءلة الإجراء الذي يُنتج النتيجة</translation>
    </message>
    <message id="client-introduction.title">
      <source>Four seats at the client dinner</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>أربعة مقاعد على عشاء العميل</translation>
    </message>
    <message id="client-introduction.summary">
      <source>A client's chief executive wants a dinner to discuss results, and a director decides who fills the firm's four seats. The senior consultant whose model made the case has never met the client. Six weeks later a follow-on project needs a named lead, and the director decides again how far to use his access on her behalf.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>يريد الرئيس التنفيذي لأحد العملاء عشاءً لمناقشة النتائج، ويقرّر مدير مَن يشغل المقاعد الأربعة المخصّصة للشركة. الاستشارية الأولى التي بنى نموذجُها الحجّة لم تلتقِ العميل قطّ. وبعد ستة أسابيع يحتاج مشروع لاحق إلى قائد محدّد بالاسم، ويقرّر المدير مرة أخرى إلى أي حدّ سيستخدم صلاته لصالحها.</translation>
    </message>
    <message id="client-introduction.content_note">
      <source>This role-play includes a consultant being left out of a client dinner about her own work, her answers going out under a colleague's name, and her promotion being held back.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا استشاريةً تُستبعَد من عشاء مع العميل يدور حول عملها هي، وإجاباتٍ لها تُرسَل باسم زميل، وترقيةً لها تُؤجَّل.</translation>
    </message>
    <message id="client-introduction.roles.samuel.name">
      <source>Samuel Mensah, director and engagement lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role samuel).</extracomment>
      <translation>صموئيل منساه، مدير وقائد المشروع مع العميل</translation>
    </message>
    <message id="client-introduction.roles.samuel.brief">
      <source>You send the invitations, and you know it. At 29 a partner took you to a client dinner that changed your career, and you have never forgotten who did it. You like James and trust him with the client; you also know exactly who built the demand model.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role samuel).</extracomment>
      <translation>أنتم من يرسل الدعوات، وتعرفون ذلك. في سنّ التاسعة والعشرين اصطحبكم أحد الشركاء إلى عشاء مع أحد العملاء كان نقطة تحوّل في مساركم المهني، ولم تنسوا قطّ من فعل ذلك. تحبّون جيمس وتثقون به مع العميل؛ وتعرفون أيضًا تمامًا مَن بنى نموذج الطلب.</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.name">
      <source>Lakshmi Iyer, senior consultant</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role lakshmi).</extracomment>
      <translation>لاكشمي آيير، استشارية أولى</translation>
    </message>
    <message id="client-introduction.roles.lakshmi.brief">
      <source>You built the demand model that made the review's case, and you have never met Stefan, the client's chief executive. You would like to, but you will not ask. If you are asked to present, you are ready and good at it. If you are invited without a role, you notice and say so calmly if asked.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role lakshmi).</extracomment>
      <translation>بنيتم نموذج الطلب الذي قامت عليه حجّة المراجعة، ولم تلتقوا قطّ ستيفان، الرئيس التنفيذي للعميل. تودّون ذلك، لكنكم لن تطلبوه. إذا طُلب منكم العرض، فأنتم مستعدّون وتُتقنونه. وإذا دُعيتم من دون دور، تلاحظون ذلك وتقولونه بهدوء إن سُئلتم.</translation>
    </message>
    <message id="client-introduction.roles.james.name">
      <source>James Thornton, associate director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role james).</extracomment>
      <translation>جيمس ثورنتون، مدير مشارك</translation>
    </message>
    <message id="client-introduction.roles.james.brief">
      <source>You have worked on this account for four years and know Stefan from a charity golf day. You are good at relationships and you worry that changing faces could unsettle the client. If you are asked directly to help Lakshmi and given a real role, you are generous. If you are simply moved aside, you feel it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role james).</extracomment>
      <translation>تعملون على هذا الحساب منذ أربع سنوات وتعرفون ستيفان من يوم غولف خيري. تُجيدون بناء العلاقات وتخشون أن يُربك تغيير الوجوه العميل. إذا طُلب منكم مباشرةً أن تساعدوا لاكشمي وأُعطيتم دورًا حقيقيًا، تكونون كرماء. أمّا إذا أُزِحتم جانبًا فحسب، فتشعرون بذلك.</translation>
    </message>
    <message id="client-introduction.roles.moira.name">
      <source>Moira Campbell, account partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role moira).</extracomment>
      <translation>مويرا كامبل، الشريكة المسؤولة عن الحساب</translation>
    </message>
    <message id="client-introduction.roles.moira.brief">
      <source>You protect the client relationship carefully; it is the firm's largest. You default to the team Stefan knows. You will accept a change if Samuel explains it and takes responsibility for it, but you want that said out loud.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role moira).</extracomment>
      <translation>تحمون العلاقة مع العميل بعناية؛ فهو أكبر عملاء الشركة. تميلون افتراضيًا إلى الفريق الذي يعرفه ستيفان. ستقبلون التغيير إذا شرحه صموئيل وتحمّل مسؤوليته، لكنكم تريدون أن يُقال ذلك صراحةً.</translation>
    </message>
    <message id="client-introduction.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="client-introduction.roles.observer.brief">
      <source>Watch where the access sits: invitations, introductions, who speaks to the client, whose name is on the emails. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>لاحظوا أين تكمن الصلات والنفوذ: الدعوات، والتعريفات، ومَن يتحدّث إلى العميل، واسمُ مَن على الرسائل. استخدموا قائمة المراقب.</translation>
    </message>
    <message id="client-introduction.observer_checklist.1">
      <source>Who decided the seating and speaking roles, and did anyone ask Lakshmi what she wanted?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>مَن قرّر المقاعد وأدوار الكلام، وهل سأل أحدٌ لاكشمي عمّا تريده؟</translation>
    </message>
    <message id="client-introduction.observer_checklist.2">
      <source>When Lakshmi was introduced, was her work named specifically, or was she &quot;from the team&quot;?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>حين قُدِّمت لاكشمي، هل ذُكر عملها تحديدًا، أم كانت «من الفريق»؟</translation>
    </message>
    <message id="client-introduction.observer_checklist.3">
      <source>Did Samuel use access he already had (the invitation list, his introduction, his voice in the staffing meeting), or only his opinion?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل استخدم صموئيل صلاتٍ ونفوذًا يملكها أصلًا (قائمة الدعوات، وتعريفه بها، وصوته في اجتماع توزيع المهامّ)، أم رأيه فقط؟</translation>
    </message>
    <message id="client-introduction.observer_checklist.4">
      <source>How was James treated when the default changed? Was he given a role or simply moved aside?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>كيف عومل جيمس حين تغيّر المعتاد؟ هل أُعطي دورًا أم أُزيح جانبًا فحسب؟</translation>
    </message>
    <message id="client-introduction.observer_checklist.5">
      <source>Which of the five moves appeared, if any: distract, delegate, document, delay, direct? Which would have helped at the staffing meeting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ الخطوات الخمس ظهرت، إن ظهر شيء: التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة؟ وأيّها كان سيفيد في اجتماع توزيع المهامّ؟</translation>
    </message>
    <message id="client-introduction.scenes.staffing.title">
      <source>Four seats</source>
      <extracomment>Scene heading, shown on the projector (scene staffing).</extracomment>
      <translation>أربعة مقاعد</translation>
    </message>
    <message id="client-introduction.scenes.staffing.narration">
      <source>Stefan Kessler, the client's chief executive, has asked for a dinner next Thursday to discuss the supply-chain review, with four seats on the firm's side. Moira Campbell, the account partner, messages Samuel: &quot;You, me, James and Oliver, as usual? Stefan knows James from the golf day.&quot; The demand model that made the review's case was built by Lakshmi Iyer, a senior consultant who has never met Stefan. Samuel is the one who sends the invitations.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene staffing).</extracomment>
      <translation>طلب ستيفان كيسلر، الرئيس التنفيذي للعميل، عشاءً يوم الخميس القادم لمناقشة مراجعة سلسلة الإمداد، مع أربعة مقاعد من جانب الشركة. تراسل مويرا كامبل، الشريكة المسؤولة عن الحساب، صموئيل: «أنت وأنا وجيمس وأوليفر، كالعادة؟ ستيفان يعرف جيمس من يوم الغولف.» أمّا نموذج الطلب الذي قامت عليه حجّة المراجعة فقد بنته لاكشمي آيير، وهي استشارية أولى لم تلتقِ ستيفان قطّ. وصموئيل هو من يرسل الدعوات.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.notes">
      <source>Two minutes. This scenario is about using access, not about anyone behaving badly: Moira's suggestion is reasonable, and the usual team is good. If the group treats Moira or James as villains, bring them back to the question of who holds the list.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene staffing).</extracomment>
      <translation>دقيقتان. يدور هذا السيناريو حول استخدام الصلات والنفوذ، لا حول سوء تصرّف أحد: اقتراح مويرا معقول، والفريق المعتاد جيد. إذا تعاملت المجموعة مع مويرا أو جيمس كأشرار، فأعيدوها إلى السؤال: مَن يمسك بالقائمة؟</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.prompt">
      <source>You are Samuel. Who goes to the dinner, and in what role?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene staffing).</extracomment>
      <translation>أنتم صموئيل. مَن يذهب إلى العشاء، وبأي دور؟</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.text">
      <source>Reply &quot;Sounds good&quot; and invite the usual four. The client is comfortable with them, and this is a big dinner.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option usual). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>تردّون «فكرة جيدة» وتدعون الأربعة المعتادين. العميل مرتاح معهم، وهذا عشاء مهمّ.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.usual.why">
      <source>Comfort with a big client is a real consideration. But the seats go where they always go, and the person whose work is on the table stays at her desk.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option usual).</extracomment>
      <translation>راحة عميل كبير اعتبارٌ حقيقي. لكنّ المقاعد تذهب حيث تذهب دائمًا، وصاحبة العمل المطروح على الطاولة تبقى على مكتبها.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.text">
      <source>Invite Lakshmi instead of Oliver so the table looks like the team that did the work, but keep the presentation with James.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option seat-without-role). Shown on a phone button: keep it short, about 122 characters like the English.</extracomment>
      <translation>تدعون لاكشمي بدل أوليفر لتبدو الطاولة كالفريق الذي أنجز العمل، لكنكم تُبقون العرض لجيمس.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.seat-without-role.why">
      <source>It looks inclusive, and it does put her in the room. But she is there to be seen rather than heard, and she will know it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option seat-without-role).</extracomment>
      <translation>يبدو ذلك شاملًا، ويُدخلها فعلًا إلى القاعة. لكنها هناك لتُرى لا لتُسمع، وستعرف ذلك.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.text">
      <source>Invite Lakshmi and ask her to present the demand model herself. Before the dinner, tell Stefan who she is and what she built.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option she-presents). Shown on a phone button: keep it short, about 125 characters like the English.</extracomment>
      <translation>تدعون لاكشمي وتطلبون منها عرض نموذج الطلب بنفسها. وقبل العشاء، تخبرون ستيفان مَن هي وما الذي بنته.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.she-presents.why">
      <source>You use your invitation list and your introduction to put her work, and her name, in front of the person who makes decisions.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option she-presents).</extracomment>
      <translation>تستخدمون قائمة دعواتكم وتعريفكم بها لتضعوا عملها، واسمها، أمام صاحب القرار.</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.text">
      <source>Do the same, ask James to introduce her and chair the discussion, and tell Moira you'd like client seats on this account to follow who did the work from now on, reviewed every quarter. &quot;If Stefan is unsettled, that's on me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene staffing, option change-the-default). Shown on a phone button: keep it short, about 224 characters like the English.</extracomment>
      <translation>تفعلون الشيء نفسه، وتطلبون من جيمس تقديمها وإدارة النقاش، وتخبرون مويرا أنكم تريدون أن تتبع مقاعد العميل في هذا الحساب مَن أنجز العمل، مع مراجعة كل فصل. «إن انزعج ستيفان، فالمسؤولية عليّ.»</translation>
    </message>
    <message id="client-introduction.scenes.staffing.decision.options.change-the-default.why">
      <source>You make this invitation and change the habit that decides invitations, giving the existing relationship-holder a real role and spending your own standing with the partner to do it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene staffing, option change-the-default).</extracomment>
      <translation>تصدرون هذه الدعوة وتغيّرون العادة التي تحكم الدعوات، فتمنحون صاحب العلاقة الحالي دورًا حقيقيًا، وتنفقون من رصيد مكانتكم لدى الشريكة لتحقيق ذلك.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.title">
      <source>I'll get the team to come back to you</source>
      <extracomment>Scene heading, shown on the projector (scene usual-dinner).</extracomment>
      <translation>سأطلب من الفريق أن يعود إليك بالجواب</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.narration">
      <source>The dinner goes smoothly. Over dessert, Stefan asks how the model handles seasonal spikes, and James says, &quot;Great question. I'll get the team to come back to you.&quot; Lakshmi writes the answer at eleven that night, and it goes out the next morning under James's name.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene usual-dinner).</extracomment>
      <translation>يمرّ العشاء بسلاسة. مع الحلوى، يسأل ستيفان كيف يتعامل النموذج مع الذُّرى الموسمية، فيقول جيمس: «سؤال ممتاز. سأطلب من الفريق أن يعود إليك بالجواب.» تكتب لاكشمي الجواب في الحادية عشرة ليلًا، ويُرسَل صباح اليوم التالي باسم جيمس.</translation>
    </message>
    <message id="client-introduction.scenes.usual-dinner.notes">
      <source>Ask Lakshmi's role-player what she knows about the dinner and how she found out. Keep it short; the quiet cost speaks for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene usual-dinner).</extracomment>
      <translation>اسألوا مؤدّية دور لاكشمي ماذا تعرف عن العشاء وكيف عرفت به. اجعلوا النقاش قصيرًا؛ فالكلفة الصامتة تتحدّث عن نفسها.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.title">
      <source>From the team</source>
      <extracomment>Scene heading, shown on the projector (scene seat-only).</extracomment>
      <translation>من الفريق</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.narration">
      <source>Lakshmi is seated between Moira and Stefan's finance director, who asks about her holiday plans. James presents, and she is introduced only as &quot;Lakshmi, from the team&quot;. In the taxi afterwards she asks Samuel, quite neutrally, what he had hoped she would get out of the evening.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene seat-only).</extracomment>
      <translation>تجلس لاكشمي بين مويرا والمدير المالي لشركة ستيفان، الذي يسألها عن خطط إجازتها. يقدّم جيمس العرض، ولا تُعرَّف هي إلا بـ«لاكشمي، من الفريق». وفي سيارة الأجرة بعد ذلك، تسأل صموئيل، بنبرة محايدة تمامًا، ماذا كان يأمل أن تجني من تلك الأمسية.</translation>
    </message>
    <message id="client-introduction.scenes.seat-only.notes">
      <source>This option is often chosen by people who want to do the right thing under pressure. Be kind about it. Ask Lakshmi's role-player to answer the taxi question herself; it is usually more generous and more pointed than anything you could say.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene seat-only).</extracomment>
      <translation>كثيرًا ما يختار هذا الخيار أشخاص يريدون فعل الصواب تحت الضغط. كونوا لطفاء في التعامل معه. اطلبوا من مؤدّية دور لاكشمي أن تجيب عن سؤال سيارة الأجرة بنفسها؛ فجوابها عادةً أكرم وأدقّ إصابة من أي شيء قد تقولونه.</translation>
    </message>
    <message id="client-introduction.scenes.presented.title">
      <source>Ten minutes, no notes</source>
      <extracomment>Scene heading, shown on the projector (scene presented).</extracomment>
      <translation>عشر دقائق، بلا ملاحظات</translation>
    </message>
    <message id="client-introduction.scenes.presented.narration">
      <source>Lakshmi presents for ten minutes and answers Stefan's questions on seasonal spikes without notes. At the end of the evening Stefan asks for her card. James is gracious at the table and quieter in the taxi: &quot;I've been on this account four years, Sam.&quot; Samuel realises he gave James no role in the evening at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene presented).</extracomment>
      <translation>تقدّم لاكشمي عرضها في عشر دقائق، وتجيب عن أسئلة ستيفان حول الذُّرى الموسمية من دون ملاحظات. وفي نهاية الأمسية يطلب ستيفان بطاقتها. يتصرّف جيمس بلباقة على الطاولة، ويكون أكثر صمتًا في سيارة الأجرة: «أنا على هذا الحساب منذ أربع سنوات يا سام.» يدرك صموئيل أنه لم يعطِ جيمس أي دور في الأمسية.</translation>
    </message>
    <message id="client-introduction.scenes.presented.notes">
      <source>The cost here is real and fixable. Ask the group what Samuel could have asked James to do. Using access for one person does not require cutting someone else out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene presented).</extracomment>
      <translation>الكلفة هنا حقيقية ويمكن إصلاحها. اسألوا المجموعة ماذا كان يمكن لصموئيل أن يطلب من جيمس أن يفعل. استخدام الصلات لصالح شخص لا يتطلّب إقصاء شخص آخر.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.title">
      <source>On the account plan</source>
      <extracomment>Scene heading, shown on the projector (scene default-changed).</extracomment>
      <translation>في خطة الحساب</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.narration">
      <source>Moira is uneasy: &quot;Stefan is a creature of habit. If this wobbles, it's on you.&quot; Samuel agrees. At the dinner, James introduces Lakshmi, she presents, and he chairs the discussion that follows. The next morning a quarterly review of client seats goes onto the account plan, with Moira's reluctant initials beside it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene default-changed).</extracomment>
      <translation>مويرا قلقة: «ستيفان رجل عادات. إذا اهتزّ الأمر، فالمسؤولية عليك.» يوافق صموئيل. في العشاء، يقدّم جيمس لاكشمي، فتعرض هي، ويدير هو النقاش الذي يليه. وفي الصباح التالي تُضاف إلى خطة الحساب مراجعة فصلية لمقاعد العميل، وبجانبها توقيع مويرا المتردّد.</translation>
    </message>
    <message id="client-introduction.scenes.default-changed.notes">
      <source>Point out that Samuel said the risk out loud and owned it; that is often what lets a cautious partner agree. Ask Moira's role-player what she needed to hear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene default-changed).</extracomment>
      <translation>أشيروا إلى أنّ صموئيل سمّى المخاطرة بصوت مسموع وتحمّلها؛ وهذا غالبًا ما يجعل الشريكة الحذرة توافق. اسألوا مؤدّية دور مويرا ماذا كانت تحتاج إلى سماعه.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.title">
      <source>A named lead</source>
      <extracomment>Scene heading, shown on the projector (scene follow-on).</extracomment>
      <translation>قائد محدّد بالاسم</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.narration">
      <source>Six weeks later, Stefan emails Samuel: the board wants a follow-on project on warehouse forecasting, and he would like &quot;a named lead on your side, and a proper session on the demand model with the person who built it&quot;. The partners' staffing meeting is on Monday, and on an account this size the lead role usually goes to an associate director. Lakshmi's promotion case comes up for discussion next month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene follow-on).</extracomment>
      <translation>بعد ستة أسابيع، يراسل ستيفان صموئيل: يريد مجلس الإدارة مشروعًا لاحقًا عن التنبّؤ في المستودعات، ويودّ «قائدًا محدّدًا بالاسم من جانبكم، وجلسة وافية عن نموذج الطلب مع من بناه». اجتماع الشركاء لتوزيع المهامّ يوم الاثنين، وفي حساب بهذا الحجم يذهب دور القائد عادةً إلى مدير مشارك. وتُطرح ترقية لاكشمي للنقاش الشهر القادم.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.notes">
      <source>Three minutes. Participants often land on &quot;introduce her&quot;, which is good; push them to notice the difference between an introduction and a title, and between praise in an email and a voice in the staffing and promotion meetings, where Lakshmi isn't present.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene follow-on).</extracomment>
      <translation>ثلاث دقائق. كثيرًا ما يستقرّ المشاركون على «التعريف بها»، وهذا جيد؛ ادفعوهم إلى ملاحظة الفرق بين التعريف والمنصب، وبين الثناء في رسالة وصوتٍ في اجتماعات توزيع المهامّ والترقيات التي لا تحضرها لاكشمي.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.prompt">
      <source>You are Samuel. How do you answer Stefan, and what do you say on Monday?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene follow-on).</extracomment>
      <translation>أنتم صموئيل. بماذا تردّون على ستيفان، وماذا تقولون يوم الاثنين؟</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.text">
      <source>Propose James as lead, as usual, and pass Stefan's questions to Lakshmi through him.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option james-leads). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>تقترحون جيمس قائدًا، كالعادة، وتمرّرون أسئلة ستيفان إلى لاكشمي عن طريقه.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.james-leads.why">
      <source>It follows the firm's usual pattern and is low-risk. It also keeps Lakshmi's work one step removed from the person who asked for her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option james-leads).</extracomment>
      <translation>يتبع ذلك النمط المعتاد في الشركة، ومخاطره قليلة. لكنه يُبقي عمل لاكشمي على مسافة خطوة من الشخص الذي طلبها.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.text">
      <source>Forward Stefan's email to James and Lakshmi: &quot;James, over to you. Loop Lakshmi in as useful.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option loop-in). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>تعيدون توجيه رسالة ستيفان إلى جيمس ولاكشمي: «جيمس، الأمر لك. أشرِك لاكشمي حسب الحاجة.»</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.loop-in.why">
      <source>Lakshmi is included in principle. But &quot;as useful&quot; leaves her inclusion to someone else's judgement, and the relationship stays where it was.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option loop-in).</extracomment>
      <translation>لاكشمي مُشرَكة من حيث المبدأ. لكنّ «حسب الحاجة» تترك إشراكها لتقدير شخص آخر، وتبقى العلاقة حيث كانت.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.text">
      <source>Reply to Stefan with warm praise for &quot;our rising star Lakshmi&quot;, and name James as lead.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option shout-out). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>تردّون على ستيفان بثناء دافئ على «نجمتنا الصاعدة لاكشمي»، وتسمّون جيمس قائدًا.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.shout-out.why">
      <source>The praise is genuine and visible. But it costs nothing, and the one thing that would change her position, the lead role, goes elsewhere.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option shout-out).</extracomment>
      <translation>الثناء صادق وظاهر. لكنه لا يكلّف شيئًا، والشيء الوحيد الذي كان سيغيّر موقعها، أي دور القائد، يذهب إلى غيرها.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.text">
      <source>Write Stefan a specific introduction (what Lakshmi built, why she should shape the forecasting work) and set up the call with her leading and you in support.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option introduce). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>تكتبون لستيفان تعريفًا محدّدًا (ما الذي بنته لاكشمي، ولماذا ينبغي أن تشكّل عمل التنبّؤ) وترتّبون المكالمة بقيادتها وبدعم منكم.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.introduce.why">
      <source>You hand over your own relationship with the client in a way that names her work, and you stay in the room to back her.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option introduce).</extracomment>
      <translation>تسلّمون علاقتكم الخاصة بالعميل بطريقة تسمّي عملها، وتبقون حاضرين لمساندتها.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.text">
      <source>Introduce her to Stefan, propose her as project lead on Monday with James as senior adviser, and speak for her promotion next month using Stefan's feedback, in rooms she isn't in.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene follow-on, option sponsor). Shown on a phone button: keep it short, about 179 characters like the English.</extracomment>
      <translation>تعرّفون ستيفان بها، وتقترحونها يوم الاثنين قائدةً للمشروع وجيمس مستشارًا أول، وتدافعون عن ترقيتها الشهر القادم بملاحظات ستيفان، في اجتماعات لا تحضرها.</translation>
    </message>
    <message id="client-introduction.scenes.follow-on.decision.options.sponsor.why">
      <source>You go past an introduction: you put your name behind her role and her promotion where those decisions are made, and accept the risk if it goes wrong.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene follow-on, option sponsor).</extracomment>
      <translation>تتجاوزون التعريف: تضعون اسمكم خلف دورها وترقيتها حيث تُتّخذ تلك القرارات، وتقبلون المخاطرة إن ساءت الأمور.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.title">
      <source>Client exposure</source>
      <extracomment>Scene heading, shown on the projector (scene end-usual).</extracomment>
      <translation>التعامل مع العملاء</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.narration">
      <source>James leads, capably. For six months Lakshmi answers Stefan's technical questions through James, and at her promotion panel someone notes that she &quot;lacks client exposure&quot;. Nobody in the room points out why.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-usual).</extracomment>
      <translation>يقود جيمس المشروع باقتدار. طوال ستة أشهر تجيب لاكشمي عن أسئلة ستيفان التقنية عن طريق جيمس، وفي لجنة ترقيتها يلاحظ أحدهم أنها «تفتقر إلى الخبرة في التعامل مع العملاء». ولا يشير أحد في القاعة إلى السبب.</translation>
    </message>
    <message id="client-introduction.scenes.end-usual.notes">
      <source>Let the last sentence land, then ask who in the story could have pointed it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-usual).</extracomment>
      <translation>اتركوا الجملة الأخيرة تُحدث أثرها، ثم اسألوا: مَن في القصة كان يستطيع أن يشير إلى السبب؟</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.title">
      <source>When he remembers</source>
      <extracomment>Scene heading, shown on the projector (scene end-looped).</extracomment>
      <translation>حين يتذكّر</translation>
    </message>
    <message id="client-introduction.scenes.end-looped.narration">
      <source>James loops Lakshmi in on most calls, when he remembers. She does good work and is thanked for it in emails she is copied into. Her promotion is deferred by a cycle, with a note about &quot;building senior relationships&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-looped).</extracomment>
      <translation>يُشرك جيمس لاكشمي في معظم المكالمات، حين يتذكّر. تقدّم عملًا جيدًا وتُشكر عليه في رسائل تصلها نسخة منها. وتؤجَّل ترقيتها دورة واحدة، مع ملاحظة عن «بناء علاقات على المستوى القيادي».</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.title">
      <source>The rising star</source>
      <extracomment>Scene heading, shown on the projector (scene end-praised).</extracomment>
      <translation>النجمة الصاعدة</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.narration">
      <source>Stefan replies that he looks forward to meeting the rising star, then carries on dealing with James. Lakshmi is glad of the praise and notices that it is the only thing in the email that changed. She saves it in the folder she keeps for promotion evidence, which is filling faster than her calendar.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-praised).</extracomment>
      <translation>يردّ ستيفان بأنه يتطلّع إلى لقاء النجمة الصاعدة، ثم يواصل التعامل مع جيمس. تسعد لاكشمي بالثناء، وتلاحظ أنه الشيء الوحيد الذي تغيّر في الرسالة. تحفظها في المجلّد الذي تجمع فيه أدلّة ترقيتها، وهو يمتلئ أسرع من تقويمها.</translation>
    </message>
    <message id="client-introduction.scenes.end-praised.notes">
      <source>Ask the room how praise and sponsorship differ. A useful test: which one would still help Lakshmi if Samuel left the firm tomorrow?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-praised).</extracomment>
      <translation>اسألوا الحاضرين كيف يختلف الثناء عن الرعاية المهنية. اختبار مفيد: أيّهما سيظلّ يساعد لاكشمي لو غادر صموئيل الشركة غدًا؟</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.title">
      <source>Not yet a title</source>
      <extracomment>Scene heading, shown on the projector (scene end-introduced).</extracomment>
      <translation>ليس منصبًا بعد</translation>
    </message>
    <message id="client-introduction.scenes.end-introduced.narration">
      <source>The call goes well, and Stefan starts emailing Lakshmi directly. At Monday's meeting the lead still goes to James, because nobody argued otherwise, but the client's questions now come to her. It is real progress, and it is not yet a title.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-introduced).</extracomment>
      <translation>تسير المكالمة جيدًا، ويبدأ ستيفان بمراسلة لاكشمي مباشرة. في اجتماع الاثنين يذهب دور القائد مع ذلك إلى جيمس، لأنّ أحدًا لم يقل غير ذلك، لكنّ أسئلة العميل صارت تصل إليها. إنه تقدّم حقيقي، لكنه ليس منصبًا بعد.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.title">
      <source>Read aloud</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>بصوت مسموع</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.narration">
      <source>Monday's meeting is tense; one partner asks whether a senior consultant can carry work of this size, and Samuel says he will stand behind her. Lakshmi leads the follow-on, misjudges the scope early on, and recovers with Samuel's help. At her promotion panel Stefan's note is read aloud, and she is promoted. Afterwards two other senior consultants ask Samuel how client seats get decided.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>اجتماع الاثنين متوتّر؛ يسأل أحد الشركاء هل تستطيع استشارية أولى أن تحمل عملًا بهذا الحجم، فيقول صموئيل إنه سيقف خلفها. تقود لاكشمي المشروع اللاحق، وتخطئ في تقدير نطاقه في البداية، ثم تتدارك ذلك بمساعدة صموئيل. في لجنة ترقيتها تُقرأ ملاحظة ستيفان بصوت مسموع، وتُرقّى. وبعد ذلك يسأل استشاريان أوّلان آخران صموئيل كيف تُقرَّر مقاعد العملاء.</translation>
    </message>
    <message id="client-introduction.scenes.end-sponsored.notes">
      <source>Point out the misstep: sponsorship includes standing by someone when it wobbles. The last sentence is the system-level effect; ask what Samuel should tell them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>أشيروا إلى الخطأ: الرعاية المهنية تشمل الوقوف إلى جانب الشخص حين يتعثّر. والجملة الأخيرة هي الأثر على مستوى المنظومة؛ اسألوا ماذا ينبغي أن يقول لهما صموئيل.</translation>
    </message>
    <message id="client-introduction.debrief.what.1">
      <source>Who held the access in this story (invitations, introductions, staffing), and what did they do with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>مَن كان يملك الصلات والنفوذ في هذه القصة (الدعوات، والتعريفات، وتوزيع المهامّ)، وماذا فعل بها؟</translation>
    </message>
    <message id="client-introduction.debrief.what.2">
      <source>On our path, how did Stefan first hear Lakshmi's name, and from whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>في مسارنا، كيف سمع ستيفان اسم لاكشمي أول مرة، ومِن مَن؟</translation>
    </message>
    <message id="client-introduction.debrief.so_what.1">
      <source>Why does &quot;the team the client knows&quot; tend to stay the same team for years?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا يبقى «الفريق الذي يعرفه العميل» هو الفريق نفسه لسنوات؟</translation>
    </message>
    <message id="client-introduction.debrief.so_what.2">
      <source>What is the difference between praising someone, introducing them, and sponsoring them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ما الفرق بين الثناء على شخص، والتعريف به، ورعايته مهنيًا؟</translation>
    </message>
    <message id="client-introduction.debrief.now_what.1">
      <source>Name one invitation, introduction or recommendation you control in the next month. Who usually gets it, and who did the work?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>سمّوا دعوة أو تعريفًا أو توصية واحدة تتحكّمون فيها خلال الشهر القادم. مَن يحصل عليها عادةً، ومَن أنجز العمل؟</translation>
    </message>
    <message id="client-introduction.debrief.now_what.2">
      <source>How could you change the default so that it doesn't depend on you remembering?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>كيف يمكنكم تغيير المعتاد بحيث لا يعتمد على أن تتذكّروا أنتم؟</translation>
    </message>
    <message id="client-introduction.sources.1.title">
      <source>Workplace allyship practice: use your access deliberately — invitations, client introductions and sponsorship</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: استخدام الصلات والنفوذ عن قصد — الدعوات والتعريف بالعملاء والرعاية المهنية</translation>
    </message>
    <message id="client-introduction.sources.1.note">
      <source>Drawn from allyship guidance on sharing your platform, recommending colleagues for high-visibility work, and using seniority to widen who meets clients.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مستمدّ من إرشادات التضامن حول إتاحة منصّتكم للآخرين، وترشيح الزملاء لأعمال بارزة، واستخدام الأقدمية لتوسيع دائرة مَن يلتقون العملاء.</translation>
    </message>
    <message id="credit-taken.title">
      <source>The deck with one name on it</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>العرض الذي يحمل اسمًا واحدًا</translation>
    </message>
    <message id="credit-taken.summary">
      <source>A cost model built by a part-time analyst reaches the operations director in a slide deck with only her manager's name on it. The group decides what a colleague in the room does, and what they do when asked to prepare the board version.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>نموذج تكاليف بنته محلّلة تعمل بدوام جزئي يصل إلى مدير العمليات في عرض شرائح لا يحمل إلا اسم مديرتها. تقرّر المجموعة ما يفعله زميل حاضر في الاجتماع، وما يفعله حين يُطلب منه إعداد النسخة المقدَّمة إلى مجلس الإدارة.</translation>
    </message>
    <message id="credit-taken.content_note">
      <source>This role-play includes a part-time analyst, back from parental leave, whose work is presented under her manager's name at a meeting she was not invited to.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا محلّلةً تعمل بدوام جزئي بعد عودتها من إجازة الوالدية، يُعرَض عملها باسم مديرتها في اجتماع لم تُدعَ إليه.</translation>
    </message>
    <message id="credit-taken.roles.marisol.name">
      <source>Marisol Ortega, senior analyst (works Monday to Wednesday)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marisol).</extracomment>
      <translation>ماريسول أورتيغا، محلّلة أولى (تعمل من الاثنين إلى الأربعاء)</translation>
    </message>
    <message id="credit-taken.roles.marisol.brief">
      <source>You came back from parental leave four months ago on a three-day week. You spent three weeks building the supplier cost model, evenings included. You were not invited to the review because it fell on a Thursday. You worry that going part-time has quietly moved you off the promotion track, and you do not want to look like you are complaining.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marisol).</extracomment>
      <translation>عدتم من إجازة الوالدية قبل أربعة أشهر للعمل ثلاثة أيام في الأسبوع. قضيتم ثلاثة أسابيع في بناء نموذج تكاليف المورّدين، بما في ذلك أمسياتكم. لم تُدعَوا إلى المراجعة لأنها وقعت يوم خميس. تخشون أن يكون العمل بدوام جزئي قد أخرجكم بهدوء من مسار الترقية، ولا تريدون أن تبدوا كمن يشتكي.</translation>
    </message>
    <message id="credit-taken.roles.fiona.name">
      <source>Fiona McAllister, finance team manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role fiona).</extracomment>
      <translation>فيونا ماكاليستر، مديرة الفريق المالي</translation>
    </message>
    <message id="credit-taken.roles.fiona.brief">
      <source>You think of the team's output as the team's, and you are the team's voice upwards; that is how your own managers worked. You rewrote the summary slide and removed the contributor line to &quot;keep it clean&quot;. You are under pressure to look strategic. If challenged, you are briefly prickly, then you see the point, especially if it is put to you as something that will make the team look good.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role fiona).</extracomment>
      <translation>ترون أن ما ينتجه الفريق ملك للفريق، وأنكم صوته أمام الإدارة العليا؛ هكذا كان يعمل مديروكم. أعدتم كتابة شريحة الملخّص وحذفتم سطر المساهمين «كي تبقى مرتّبة». أنتم تحت ضغط لتبدوا أصحاب رؤية استراتيجية. إن اعترض عليكم أحد، فستنزعجون لحظة، ثم تفهمون الفكرة، خاصة إن قُدّمت لكم كأمر سيُظهر الفريق بصورة جيدة.</translation>
    </message>
    <message id="credit-taken.roles.seun.name">
      <source>Oluwaseun &quot;Seun&quot; Adeyemi, operations director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role seun).</extracomment>
      <translation>أولوواسيون «سيون» أديمي، مدير العمليات</translation>
    </message>
    <message id="credit-taken.roles.seun.brief">
      <source>You want answers you can trust at the board. You assume whoever presents a model built it and can defend it. You respond well to anyone who tells you who actually knows the detail; you find it useful, not awkward.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role seun).</extracomment>
      <translation>تريدون إجابات يمكنكم الوثوق بها أمام مجلس الإدارة. تفترضون أن من يعرض نموذجًا هو من بناه ويستطيع الدفاع عنه. تتجاوبون جيدًا مع كل من يخبركم بمن يعرف التفاصيل فعلًا؛ فذلك مفيد لكم لا محرج.</translation>
    </message>
    <message id="credit-taken.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="credit-taken.roles.observer.brief">
      <source>Track where the credit for the model travels: into which rooms, in whose name, and who corrects it. Note the exact words used. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>تتبّعوا مسار الفضل في النموذج: إلى أيّ قاعات يصل، وباسم من، ومن يصحّحه. دوّنوا الكلمات المستخدمة بدقّة. استعينوا بقائمة المراقب.</translation>
    </message>
    <message id="credit-taken.observer_checklist.1">
      <source>When the director praised the model, who did the responder look at, and what did they say?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>حين أثنى المدير على النموذج، إلى من نظر المستجيب، وماذا قال؟</translation>
    </message>
    <message id="credit-taken.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) appeared, and at what moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل الخمس (التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة) ظهرت، وفي أيّ لحظة؟</translation>
    </message>
    <message id="credit-taken.observer_checklist.3">
      <source>Was Marisol named specifically, to someone who influences her career?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل ذُكر اسم ماريسول تحديدًا أمام شخص يؤثّر في مسارها المهني؟</translation>
    </message>
    <message id="credit-taken.observer_checklist.4">
      <source>Did anyone ask Marisol what she wanted before acting, for example whether she wished to present?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سأل أحد ماريسول عمّا تريده قبل التصرّف، مثلًا هل ترغب في تقديم العرض بنفسها؟</translation>
    </message>
    <message id="credit-taken.observer_checklist.5">
      <source>Did the responder leave Marisol to sort out the credit herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل ترك المستجيب ماريسول لتحلّ مسألة الفضل بنفسها؟</translation>
    </message>
    <message id="credit-taken.scenes.review.title">
      <source>Thursday, the director's review</source>
      <extracomment>Scene heading, shown on the projector (scene review).</extracomment>
      <translation>الخميس، مراجعة المدير</translation>
    </message>
    <message id="credit-taken.scenes.review.narration">
      <source>Fiona clicks through the supplier cost model. The title slide reads &quot;Prepared by Fiona McAllister&quot;. Seun leans back: &quot;This is the sharpest thing I've seen from finance this year. Fiona, can you take it to the board next month?&quot; Fiona smiles. &quot;Of course, happy to.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene review).</extracomment>
      <translation>تتنقّل فيونا بين شرائح نموذج تكاليف المورّدين. تقول شريحة العنوان: «إعداد: فيونا ماكاليستر». يسترخي سيون في كرسيه: «هذا أدقّ ما رأيته من المالية هذا العام. فيونا، هل يمكنك عرضه على مجلس الإدارة الشهر القادم؟» تبتسم فيونا: «بالتأكيد، بكل سرور.»</translation>
    </message>
    <message id="credit-taken.scenes.review.notes">
      <source>Hold a short silence after Fiona's line, then read the prompt aloud so the group registers that Marisol built the model and is missing only because of her working pattern. Some participants will say &quot;maybe Fiona will credit her later&quot;; acknowledge it, and ask what happens if she does not.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene review).</extracomment>
      <translation>اتركوا صمتًا قصيرًا بعد جملة فيونا، ثم اقرؤوا السؤال بصوت عالٍ كي تستوعب المجموعة أن ماريسول هي من بنت النموذج، وأنها غائبة فقط بسبب نظام عملها. سيقول بعض المشاركين «ربما تنسب فيونا الفضل إليها لاحقًا»؛ اعترفوا بذلك، واسألوا ماذا يحدث إن لم تفعل.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.prompt">
      <source>You are the team's other analyst. You watched Marisol build this model over three weeks, and she does not work Thursdays. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene review).</extracomment>
      <translation>أنتم المحلّل الآخر في الفريق. رأيتم ماريسول تبني هذا النموذج طوال ثلاثة أسابيع، وهي لا تعمل أيام الخميس. ماذا تفعلون؟</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.text">
      <source>Say nothing. It is Fiona's team and her deck; credit is for her to sort out.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option stay-out). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>تلتزمون الصمت. إنه فريق فيونا وعرضها؛ ونسبة الفضل شأنها هي.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.stay-out.why">
      <source>Keeping out of a manager's presentation is a very normal reflex, and it lets the director leave believing Fiona built the model.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option stay-out).</extracomment>
      <translation>الابتعاد عن عرض المدير ردّ فعل طبيعي جدًا، لكنه يترك المدير يغادر معتقدًا أن فيونا هي من بنت النموذج.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.text">
      <source>After the meeting, message Marisol: &quot;Seun loved your model! Just so you know, it went really well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option tell-marisol). Shown on a phone button: keep it short, about 99 characters like the English.</extracomment>
      <translation>تراسلون ماريسول بعد الاجتماع: «سيون أُعجب جدًا بنموذجك! فقط لتعرفي، سار كل شيء على ما يرام.»</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.tell-marisol.why">
      <source>It is kind and it keeps her in the loop, but it leaves the director's picture unchanged and hands the problem to Marisol.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option tell-marisol).</extracomment>
      <translation>تصرّف لطيف يُبقيها على اطّلاع، لكنه لا يغيّر الصورة لدى المدير، ويسلّم المشكلة إلى ماريسول.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.text">
      <source>Reply to Seun's follow-up email, copying the team: &quot;Brilliant collaborative effort from the whole finance team, so proud of what we do together!&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option reply-all-thanks). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>تردّون على رسالة سيون اللاحقة مع نسخة للفريق: «جهد جماعي رائع من فريق المالية كله، فخورون جدًا بما ننجزه معًا!»</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.reply-all-thanks.why">
      <source>It is public and sounds generous, but &quot;the whole team&quot; erases the one person whose work it was, and it reflects well on you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option reply-all-thanks).</extracomment>
      <translation>ردّ علني يبدو كريمًا، لكن عبارة «الفريق كله» تمحو الشخص الوحيد الذي كان العمل عمله، وتنعكس إيجابًا عليكم.</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.text">
      <source>&quot;Seun, for the board, the person who built the model is Marisol Ortega. She knows every assumption in it and would be great at taking questions.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene review, option name-her). Shown on a phone button: keep it short, about 145 characters like the English.</extracomment>
      <translation>«سيون، بالنسبة إلى مجلس الإدارة، من بنت النموذج هي ماريسول أورتيغا. تعرف كل افتراض فيه، وستكون ممتازة في الإجابة عن الأسئلة.»</translation>
    </message>
    <message id="credit-taken.scenes.review.decision.options.name-her.why">
      <source>It corrects the record in the moment, to the person who matters, and frames it as useful to the director rather than an accusation.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene review, option name-her).</extracomment>
      <translation>يصحّح الرواية في اللحظة نفسها، أمام الشخص المؤثّر، ويقدّم الأمر كمعلومة مفيدة للمدير لا كاتهام.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.title">
      <source>The following week</source>
      <extracomment>Scene heading, shown on the projector (scene fiona-to-board).</extracomment>
      <translation>الأسبوع التالي</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.narration">
      <source>Seun's office books Fiona a twenty-minute slot at the board. On Monday, Marisol sees the calendar invite on the shared finance diary and asks you, lightly, how the review went. You say it went well.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene fiona-to-board).</extracomment>
      <translation>يحجز مكتب سيون لفيونا عشرين دقيقة في اجتماع مجلس الإدارة. يوم الاثنين ترى ماريسول الدعوة في التقويم المشترك للمالية، وتسألكم بخفّة كيف سارت المراجعة. تقولون إنها سارت على ما يرام.</translation>
    </message>
    <message id="credit-taken.scenes.fiona-to-board.notes">
      <source>Ask the observer what they imagine Marisol is thinking. Keep it short; the next scene is where the group gets a second chance.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene fiona-to-board).</extracomment>
      <translation>اسألوا المراقب عمّا يتخيّل أن ماريسول تفكّر فيه. اختصروا؛ ففي المشهد التالي تحصل المجموعة على فرصة ثانية.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.title">
      <source>Monday morning</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-hears).</extracomment>
      <translation>صباح الاثنين</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.narration">
      <source>Marisol reads your message twice. &quot;That's great. Did they know it was mine?&quot; You hesitate. She says &quot;Never mind,&quot; and goes back to her spreadsheet, and later asks Fiona whether she might join the board session. Fiona says there is only room for one.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-hears).</extracomment>
      <translation>تقرأ ماريسول رسالتكم مرتين. «هذا رائع. هل عرفوا أنه نموذجي؟» تتردّدون. تقول: «لا يهمّ»، وتعود إلى جدول بياناتها، ثم تسأل فيونا لاحقًا هل يمكنها حضور جلسة مجلس الإدارة. تقول فيونا إن المكان لا يتّسع إلا لشخص واحد.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-hears.notes">
      <source>A common path. Point out how the burden slid onto Marisol, who now has to ask for her own credit and risk seeming pushy. Avoid making the responder feel foolish; the message was kind.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-hears).</extracomment>
      <translation>مسار شائع. أشيروا إلى كيف انزلق العبء إلى ماريسول، التي صار عليها الآن أن تطالب بالفضل لنفسها وتخاطر بأن تبدو ملحّة. تجنّبوا أن يشعر المستجيب بالحماقة؛ فالرسالة كانت لطيفة.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.title">
      <source>The reply-all</source>
      <extracomment>Scene heading, shown on the projector (scene team-thanks).</extracomment>
      <translation>الردّ على الجميع</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.narration">
      <source>Seun replies &quot;Agreed, great work all&quot; and two managers add thumbs-up reactions. Fiona forwards the thread to her own boss with the note &quot;nice feedback on my team's work&quot;. Marisol, reading it on Monday, sees her model described as a team effort by someone who knows it was not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene team-thanks).</extracomment>
      <translation>يردّ سيون: «أتفق، عمل رائع من الجميع»، ويضيف مديران إشارتَي إعجاب. تعيد فيونا توجيه سلسلة الرسائل إلى مديرها مع ملاحظة: «تعليقات جميلة على عمل فريقي». وماريسول، حين تقرؤها يوم الاثنين، ترى نموذجها موصوفًا بأنه جهد جماعي، بقلم شخص يعرف أنه لم يكن كذلك.</translation>
    </message>
    <message id="credit-taken.scenes.team-thanks.notes">
      <source>Expect pushback: &quot;I was trying to share the credit!&quot; Agree that the intent was generous, then ask what the email told Seun about who to call with a question about the model.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene team-thanks).</extracomment>
      <translation>توقّعوا اعتراضًا: «كنت أحاول تقاسم الفضل!» وافقوا على أن النيّة كانت كريمة، ثم اسألوا ماذا أخبرت الرسالة سيون عمّن يتّصل به إن كان لديه سؤال عن النموذج.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.title">
      <source>A small correction</source>
      <extracomment>Scene heading, shown on the projector (scene named-in-room).</extracomment>
      <translation>تصحيح صغير</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.narration">
      <source>Fiona's smile tightens for a second. Seun says, &quot;Good to know. Let's have Marisol there too.&quot; After the meeting Fiona says to you, evenly, &quot;You could have flagged that with me first.&quot; She is short with you for the rest of the day.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene named-in-room).</extracomment>
      <translation>تتجمّد ابتسامة فيونا لثانية. يقول سيون: «جيد أن أعرف. لتحضر ماريسول أيضًا.» بعد الاجتماع تقول لكم فيونا بهدوء: «كان بإمكانك أن تنبّهني إلى ذلك أولًا.» وتبقى مقتضبة معكم بقية اليوم.</translation>
    </message>
    <message id="credit-taken.scenes.named-in-room.notes">
      <source>Name the cost: a manager who feels undermined. Ask the group whether a word with Fiona beforehand would have been better, and whether there was time for one. Either view is fair.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene named-in-room).</extracomment>
      <translation>سمّوا الكلفة: مديرة تشعر بأن سلطتها قُوّضت. اسألوا المجموعة هل كانت كلمة مع فيونا مسبقًا أفضل، وهل كان هناك وقت لها. كلا الرأيين مقبول.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.title">
      <source>Preparing the board pack</source>
      <extracomment>Scene heading, shown on the projector (scene board-version).</extracomment>
      <translation>إعداد ملف مجلس الإدارة</translation>
    </message>
    <message id="credit-taken.scenes.board-version.narration">
      <source>Fiona drops a note in your inbox: &quot;Can you tidy the deck for the board version? Keep the title slide as it is, we want it clean. Thanks!&quot; Marisol's name appears nowhere in the file.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene board-version).</extracomment>
      <translation>تترك فيونا رسالة في بريدكم: «هل يمكنك ترتيب العرض لنسخة مجلس الإدارة؟ شريحة العنوان تبقى كما هي، نريدها مرتّبة. شكرًا!» لا يظهر اسم ماريسول في أي مكان من الملف.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.notes">
      <source>This is the second decision and it happens privately, with nobody watching. That is often where the real pattern is set. If the group named Marisol in the room, remind them that the file still says otherwise and files travel further than meetings.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene board-version).</extracomment>
      <translation>هذا هو القرار الثاني، ويحدث على انفراد دون أن يراقب أحد. وهنا غالبًا يترسّخ النمط الحقيقي. إن كانت المجموعة قد ذكرت اسم ماريسول في الاجتماع، فذكّروها بأن الملف لا يزال يقول غير ذلك، وأن الملفات تنتقل أبعد من الاجتماعات.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.prompt">
      <source>You have the deck open. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene board-version).</extracomment>
      <translation>العرض مفتوح أمامكم. ماذا تفعلون؟</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.text">
      <source>Tidy it exactly as asked. Fiona is your manager and it is her presentation.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option as-asked). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>ترتّبونه كما طُلب تمامًا. فيونا مديرتكم، والعرض عرضها.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.as-asked.why">
      <source>Following a reasonable-sounding instruction is what most people do, and the written record now carries only one name.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option as-asked).</extracomment>
      <translation>اتّباع تعليمات تبدو معقولة هو ما يفعله معظم الناس، والسجلّ المكتوب صار يحمل اسمًا واحدًا فقط.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.text">
      <source>Tidy it as asked, and tell Marisol: &quot;You should really ask Fiona to put your name on it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option nudge-marisol). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>ترتّبونه كما طُلب، ثم تقولون لماريسول: «عليكِ فعلًا أن تطلبي من فيونا إضافة اسمك.»</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.nudge-marisol.why">
      <source>You care about the outcome, but you ask the person with the least power to take the risk of raising it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option nudge-marisol).</extracomment>
      <translation>يهمّكم ما ستؤول إليه الأمور، لكنكم تطلبون من صاحبة أقل سلطة أن تتحمّل مخاطرة إثارة الموضوع.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.text">
      <source>Tidy it as asked, then write an intranet post about &quot;celebrating the unsung analysts behind every great board deck&quot;.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option intranet-tribute). Shown on a phone button: keep it short, about 116 characters like the English.</extracomment>
      <translation>ترتّبونه كما طُلب، ثم تنشرون على الشبكة الداخلية عن «الاحتفاء بالجنود المجهولين من المحلّلين وراء كل عرض رائع لمجلس الإدارة».</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.intranet-tribute.why">
      <source>It sounds like a tribute, but it names nobody, fixes nothing in the deck, and mostly shows you as someone who cares.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option intranet-tribute).</extracomment>
      <translation>يبدو تكريمًا، لكنه لا يسمّي أحدًا، ولا يصلح شيئًا في العرض، ويُظهركم غالبًا كشخص يهتمّ.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.text">
      <source>Go and see Fiona: &quot;I'd put Marisol's name on the title slide and bring her to take the modelling questions. It makes the team look stronger, and she's earned it.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option talk-to-fiona). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>تذهبون إلى فيونا: «أقترح وضع اسم ماريسول على شريحة العنوان وإحضارها للإجابة عن أسئلة النموذج. هذا يُظهر الفريق أقوى، وهي تستحقّه.»</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.talk-to-fiona.why">
      <source>You raise it directly with the person who decides, in private, with a reason she can accept.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option talk-to-fiona).</extracomment>
      <translation>تثيرون الأمر مباشرة مع صاحبة القرار، على انفراد، وبحجّة يمكنها قبولها.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.text">
      <source>Speak to Fiona as above, and propose to her and Seun that every finance deck carries a &quot;built by&quot; line and that analysts present their own models at reviews, whatever day the meeting falls on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene board-version, option change-template). Shown on a phone button: keep it short, about 192 characters like the English.</extracomment>
      <translation>تتحدّثون مع فيونا كما سبق، وتقترحون عليها وعلى سيون أن يحمل كل عرض مالي سطر «من إعداد»، وأن يعرض المحلّلون نماذجهم بأنفسهم في المراجعات، أيًّا كان يوم الاجتماع.</translation>
    </message>
    <message id="credit-taken.scenes.board-version.decision.options.change-template.why">
      <source>You use your access to change the template and the habit, so the next part-time analyst does not have to rely on a colleague noticing.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene board-version, option change-template).</extracomment>
      <translation>تستخدمون ما لديكم من صلات ونفوذ لتغيير القالب والعادة، كي لا يضطرّ المحلّل التالي الذي يعمل بدوام جزئي إلى انتظار زميل ينتبه.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene one-name).</extracomment>
      <translation>يوم مجلس الإدارة</translation>
    </message>
    <message id="credit-taken.scenes.one-name.narration">
      <source>Fiona presents the model to the board and takes two hard questions on the inflation assumptions; she answers one and promises to come back on the other. That evening she emails Marisol asking what the answer is. At year end, Fiona's review mentions the model. Marisol's does not.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene one-name).</extracomment>
      <translation>تعرض فيونا النموذج على مجلس الإدارة وتتلقّى سؤالين صعبين عن افتراضات التضخّم؛ تجيب عن أحدهما وتعد بالعودة بإجابة الآخر. في ذلك المساء ترسل إلى ماريسول تسألها عن الإجابة. وفي نهاية العام، يذكر تقييم أداء فيونا النموذج. أما تقييم ماريسول فلا يذكره.</translation>
    </message>
    <message id="credit-taken.scenes.one-name.notes">
      <source>Let the group sit with the last two sentences. Then ask who was harmed, and whether anyone in the story meant harm.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene one-name).</extracomment>
      <translation>دعوا المجموعة تتأمّل الجملتين الأخيرتين. ثم اسألوا من تضرّر، وهل قصد أحد في القصة الإضرار.</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene marisol-asks).</extracomment>
      <translation>يوم مجلس الإدارة</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.narration">
      <source>Marisol drafts a message to Fiona three times and sends a very polite version. Fiona replies that she will &quot;make sure to mention the team&quot;. At the board, she does. Marisol tells you, &quot;I shouldn't have asked. I looked needy.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene marisol-asks).</extracomment>
      <translation>تكتب ماريسول مسوّدة رسالة إلى فيونا ثلاث مرات، وترسل نسخة مهذّبة جدًا. تردّ فيونا بأنها «ستحرص على ذكر الفريق». وفي اجتماع مجلس الإدارة، تفعل ذلك. تقول لكم ماريسول: «ما كان ينبغي أن أسأل. بدوت كأنني أستجدي.»</translation>
    </message>
    <message id="credit-taken.scenes.marisol-asks.notes">
      <source>Useful to compare with the bystander ending: same outcome, plus a cost to Marisol's confidence. Link to the idea that allyship should not put extra weight on the person it is meant to support.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene marisol-asks).</extracomment>
      <translation>مفيد للمقارنة مع نهاية المتفرّج: النتيجة نفسها، مع كلفة إضافية على ثقة ماريسول بنفسها. اربطوا ذلك بفكرة أن التضامن لا ينبغي أن يضيف عبئًا على الشخص الذي يُفترض أن يدعمه.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-post).</extracomment>
      <translation>يوم مجلس الإدارة</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.narration">
      <source>The intranet post gets forty likes and a comment from the head of people calling it &quot;exactly the culture we want&quot;. The board deck goes out with one name on it. Marisol likes the post, because not liking it would look odd.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-post).</extracomment>
      <translation>يحصد المنشور على الشبكة الداخلية أربعين إعجابًا وتعليقًا من رئيس الموارد البشرية يصفه بأنه «بالضبط الثقافة التي نريدها». يخرج عرض مجلس الإدارة باسم واحد. وتضع ماريسول إعجابًا على المنشور، لأن عدم الإعجاب به سيبدو غريبًا.</translation>
    </message>
    <message id="credit-taken.scenes.intranet-post.notes">
      <source>Handle gently: participants who chose this usually meant well. Ask what Marisol gained from the post, and what the author gained.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-post).</extracomment>
      <translation>تعاملوا مع هذا بلطف: من اختاروا هذا الخيار قصدوا الخير عادةً. اسألوا ماذا كسبت ماريسول من المنشور، وماذا كسب كاتبه.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.title">
      <source>Board day</source>
      <extracomment>Scene heading, shown on the projector (scene two-names).</extracomment>
      <translation>يوم مجلس الإدارة</translation>
    </message>
    <message id="credit-taken.scenes.two-names.narration">
      <source>Fiona is quiet for a moment, then says, &quot;Fine. Ask her if she'll do the Q&amp;A; it's a Thursday, so we'll need to swap a day.&quot; Marisol agrees, moves a childcare pick-up, and handles every question on the model. Seun asks her to join the next budget review directly.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene two-names).</extracomment>
      <translation>تصمت فيونا لحظة، ثم تقول: «حسنًا. اسألها إن كانت ستتولّى الأسئلة والأجوبة؛ الاجتماع يوم خميس، فسنحتاج إلى تبديل يوم.» توافق ماريسول، وتغيّر موعد اصطحاب طفلها، وتجيب عن كل سؤال حول النموذج. ويطلب منها سيون الانضمام مباشرة إلى مراجعة الميزانية التالية.</translation>
    </message>
    <message id="credit-taken.scenes.two-names.notes">
      <source>Point out the small, real costs: an awkward conversation with a manager, a childcare rearrangement. Ask whether the meeting day itself is part of the problem; it leads into the advocate option.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene two-names).</extracomment>
      <translation>أشيروا إلى الكلفة الصغيرة والحقيقية: حديث محرج مع مديرة، وإعادة ترتيب لرعاية الطفل. اسألوا هل يوم الاجتماع نفسه جزء من المشكلة؛ فهذا يقود إلى خيار المناصر.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene new-template).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="credit-taken.scenes.new-template.narration">
      <source>Fiona grumbles that the &quot;built by&quot; line is bureaucracy, then uses it herself. Seun moves the monthly review to a Tuesday so the part-time analysts can attend. Two analysts, including Marisol, have now presented their own work to the board, and Marisol's mid-year review lists the cost model first.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene new-template).</extracomment>
      <translation>تتذمّر فيونا من أن سطر «من إعداد» بيروقراطية، ثم تستخدمه بنفسها. ينقل سيون المراجعة الشهرية إلى يوم الثلاثاء كي يتمكّن المحلّلون بدوام جزئي من الحضور. عرض محلّلان، منهما ماريسول، عملهما بنفسيهما على مجلس الإدارة، ويضع تقييم ماريسول لمنتصف العام نموذج التكاليف في المقدّمة.</translation>
    </message>
    <message id="credit-taken.scenes.new-template.notes">
      <source>Ask what made this possible: the responder's access to Seun, timing, a practical framing. Then ask what equivalent access each participant has in their own organisation.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene new-template).</extracomment>
      <translation>اسألوا عمّا جعل هذا ممكنًا: وصول المستجيب إلى سيون، والتوقيت، وطريقة عملية في عرض الأمر. ثم اسألوا عمّا يملكه كل مشارك من وصول مماثل في مؤسسته.</translation>
    </message>
    <message id="credit-taken.debrief.what.1">
      <source>Trace the model's journey. At which points could its author's name have travelled with it?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>تتبّعوا رحلة النموذج. في أيّ نقاط كان يمكن لاسم صاحبته أن يرافقه؟</translation>
    </message>
    <message id="credit-taken.debrief.what.2">
      <source>What did you notice about the difference between the public moment and the private one?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا لاحظتم في الفرق بين اللحظة العلنية واللحظة الخاصة؟</translation>
    </message>
    <message id="credit-taken.debrief.so_what.1">
      <source>Why do part-time or remote colleagues lose credit more easily, even when nobody intends it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا يخسر الزملاء الذين يعملون بدوام جزئي أو عن بُعد الفضلَ بسهولة أكبر، حتى حين لا يقصد أحد ذلك؟</translation>
    </message>
    <message id="credit-taken.debrief.so_what.2">
      <source>What is the difference between sharing credit with &quot;the team&quot; and giving it to a person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ما الفرق بين تقاسم الفضل مع «الفريق» ونسبته إلى شخص بعينه؟</translation>
    </message>
    <message id="credit-taken.debrief.now_what.1">
      <source>Which document or deck you touch in the next fortnight could carry a contributor's name?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>أيّ مستند أو عرض ستعملون عليه في الأسبوعين القادمين يمكن أن يحمل اسم أحد المساهمين؟</translation>
    </message>
    <message id="credit-taken.debrief.now_what.2">
      <source>What sentence would you use to correct a credit slip without making it an accusation?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ما الجملة التي ستستخدمونها لتصحيح خطأ في نسبة الفضل دون أن تجعلوها اتهامًا؟</translation>
    </message>
    <message id="credit-taken.sources.1.title">
      <source>Workplace allyship practice: make sure people are credited for their work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: التأكّد من نسبة الفضل لأصحابه</translation>
    </message>
    <message id="credit-taken.sources.1.note">
      <source>Based on the practice of correcting misattributed work and putting the real author's name in front of those who shape their career.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مبني على ممارسة تصحيح العمل المنسوب إلى غير صاحبه، ووضع اسم صاحبه الحقيقي أمام من يصنعون مساره المهني.</translation>
    </message>
    <message id="credit-taken.sources.2.title">
      <source>Workplace allyship practice: use your access to open doors</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: استخدام الصلات والنفوذ لفتح الأبواب</translation>
    </message>
    <message id="erg-no-budget.title">
      <source>The network with a launch party and no budget</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>الشبكة التي حظيت بحفل إطلاق ولم تحظَ بميزانية</translation>
    </message>
    <message id="erg-no-budget.summary">
      <source>Six months after a staff network for disabled and neurodivergent colleagues was launched with a video and a cake, its three written requests are still unanswered. A director on the leadership team decides what to do when the network comes up in a meeting, and again when the budget is set.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>بعد ستة أشهر من إطلاق شبكة موظفين للزملاء ذوي الإعاقة وذوي التنوّع العصبي بفيديو وقالب حلوى، لا تزال طلباتها الثلاثة المكتوبة بلا ردّ. تقرّر مديرة في فريق القيادة ماذا تفعل حين تُذكر الشبكة في أحد الاجتماعات، ثم مرة أخرى حين تُحدَّد الميزانية.</translation>
    </message>
    <message id="erg-no-budget.content_note">
      <source>This role-play includes a network for disabled and neurodivergent staff being praised in public while its requests, such as live captions, go unanswered and unfunded.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا شبكةً للموظفين ذوي الإعاقة وذوي التنوّع العصبي تُمدَح علنًا، بينما تبقى طلباتها، كالترجمة النصية المباشرة، بلا ردّ ولا تمويل.</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.name">
      <source>Sofia Marquez, Director of Product and member of the leadership team</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sofia).</extracomment>
      <translation>صوفيا ماركيز، مديرة المنتجات وعضو فريق القيادة</translation>
    </message>
    <message id="erg-no-budget.roles.sofia.brief">
      <source>You joined the Access Network as an ally on launch day; you are not disabled yourself. You sit on the leadership team and control a discretionary budget, including money for contractors. You like Gareth and do not want to embarrass him, but Aisha forwarded you the network's unanswered requests yesterday and you have read them.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sofia).</extracomment>
      <translation>انضممتم إلى «شبكة الإتاحة» بصفتكم حلفاء يوم إطلاقها؛ ولستم من ذوي الإعاقة. أنتم عضو في فريق القيادة وتتحكّمون في ميزانية تقديرية، تشمل أموالًا للمتعاقدين. تحبّون غاريث ولا تريدون إحراجه، لكنّ عائشة أعادت إليكم أمس توجيه طلبات الشبكة التي لم يُردّ عليها، وقد قرأتموها.</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.name">
      <source>Aisha Rahman, data analyst and co-chair of the Access Network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role aisha).</extracomment>
      <translation>عائشة رحمن، محلّلة بيانات ورئيسة مشاركة لـ«شبكة الإتاحة»</translation>
    </message>
    <message id="erg-no-budget.roles.aisha.brief">
      <source>You are hard of hearing and rely on captions in large meetings. The network asked for three things in March: about £6,000 a year for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. You are tired of being thanked. Play it polite and precise; if someone offers help, you welcome it, but the network sets its own priorities and you will say so if anyone tries to take over.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role aisha).</extracomment>
      <translation>لديكم ضعف في السمع وتعتمدون على الترجمة النصية المباشرة في الاجتماعات الكبيرة. طلبت الشبكة ثلاثة أشياء في مارس: نحو 6,000 جنيه إسترليني سنويًا للترجمة النصية المباشرة وتدقيق في إمكانية الوصول، وراعيًا من الإدارة التنفيذية، وموعدًا منتظمًا مع فريق القيادة. لقد سئمتم من الشكر. تصرّفوا بأدب ودقّة؛ إذا عرض أحدٌ المساعدة فأنتم ترحّبون بها، لكنّ الشبكة هي التي تحدّد أولوياتها، وستقولون ذلك إذا حاول أحدٌ أن يستولي على زمام الأمور.</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.name">
      <source>Gareth Lloyd, Head of People</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role gareth).</extracomment>
      <translation>غاريث لويد، رئيس شؤون الموظفين</translation>
    </message>
    <message id="erg-no-budget.roles.gareth.brief">
      <source>You launched the network and you are proud of it. Your programme budget was cut by fifteen per cent this year, and you worry that funding one network means every network will want money. You believe staff networks work best as volunteer-led communities. Challenged in public, you feel ambushed and go formal; approached with a costed plan, you are open to it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role gareth).</extracomment>
      <translation>أطلقتم الشبكة وأنتم فخورون بها. خُفّضت ميزانية برامجكم بنسبة خمسة عشر بالمئة هذا العام، وتخشون أن يعني تمويل شبكة واحدة أنّ كل الشبكات ستطلب المال. تؤمنون بأنّ شبكات الموظفين تنجح أكثر حين تكون مجتمعات يقودها المتطوّعون. إذا واجهكم أحدٌ علنًا تشعرون بأنكم وقعتم في كمين وتصبحون رسميين؛ وإذا جاءكم بخطة محسوبة التكاليف، تكونون منفتحين عليها.</translation>
    </message>
    <message id="erg-no-budget.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="erg-no-budget.roles.observer.brief">
      <source>You sit outside the conversation and watch the room, not just the speakers. Use the checklist and note exact words where you can: the debrief runs on specifics.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>تجلسون خارج الحوار وتراقبون القاعة كلها، لا المتحدّثين فقط. استخدموا قائمة المراقب وسجّلوا الكلمات بنصّها متى استطعتم: النقاش الختامي يقوم على التفاصيل.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.1">
      <source>Which of the network's three requests were named out loud, by whom, and at which moment?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ طلبات الشبكة الثلاثة ذُكرت بصوت مسموع، ومَن ذكرها، وفي أي لحظة؟</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.2">
      <source>Did anyone speak for Aisha, rather than making room for her to speak for herself?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل تكلّم أحدٌ نيابةً عن عائشة، بدل أن يفسح لها المجال لتتكلّم عن نفسها؟</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.3">
      <source>Note each time praise, a video or an award appeared. Did recognition stand in for money, authority or a route to the leadership team?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>سجّلوا كل مرة ظهر فيها ثناء أو فيديو أو جائزة. هل حلّ التقدير محلّ المال أو الصلاحية أو الطريق إلى فريق القيادة؟</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.4">
      <source>Which of the five intervention moves did you see: distract, delegate, document, delay, direct? In this scenario, delay (holding an agenda item) and document (the network's written note, the minutes) tend to carry the most weight.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل الخمس رأيتم: التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة؟ في هذا السيناريو، يحمل التأجيل (إبقاء بند على جدول الأعمال) والتوثيق (مذكّرة الشبكة المكتوبة، ومحضر الاجتماع) الوزن الأكبر عادةً.</translation>
    </message>
    <message id="erg-no-budget.observer_checklist.5">
      <source>What did each choice cost the person who made it, and who paid when nobody chose to act?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ماذا كلّف كلُّ خيار صاحبه، ومَن دفع الثمن حين لم يختر أحدٌ أن يتصرّف؟</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.title">
      <source>Six months after the launch</source>
      <extracomment>Scene heading, shown on the projector (scene launch).</extracomment>
      <translation>بعد ستة أشهر من الإطلاق</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.narration">
      <source>At the spring all-hands, Gareth Lloyd launched the Access Network for disabled and neurodivergent staff and anyone with a long-term condition. There was a video, a cake iced with the new logo, and eighty sign-ups by lunchtime. Since then, co-chairs Aisha Rahman and Dev Patel have sent the People team three written requests: money for live captions and an accessibility audit, an executive sponsor, and a regular slot with the leadership team. Each has been answered with &quot;Thanks, we'll take a look.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launch).</extracomment>
      <translation>في الاجتماع العام للموظفين في الربيع، أطلق غاريث لويد «شبكة الإتاحة» للموظفين ذوي الإعاقة وذوي التنوّع العصبي وكل مَن لديه حالة صحية طويلة الأمد. كان هناك فيديو، وقالب حلوى مزيّن بالشعار الجديد، وثمانون تسجيلًا قبل موعد الغداء. ومنذ ذلك الحين، أرسل الرئيسان المشاركان عائشة رحمن وديف باتيل إلى فريق شؤون الموظفين ثلاثة طلبات مكتوبة: مالًا للترجمة النصية المباشرة وتدقيق في إمكانية الوصول، وراعيًا من الإدارة التنفيذية، وموعدًا منتظمًا مع فريق القيادة. وكان الردّ على كلٍّ منها: «شكرًا، سننظر في الأمر.»</translation>
    </message>
    <message id="erg-no-budget.scenes.launch.notes">
      <source>Hand out the role cards and give people three minutes with their briefs before you read this aloud. Read the three requests slowly; the group needs to hold them in mind for the rest of the scenario. If someone asks &quot;is £6,000 a lot?&quot;, turn it back to the room rather than answering.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launch).</extracomment>
      <translation>وزّعوا بطاقات الأدوار وامنحوا المشاركين ثلاث دقائق مع تعليماتهم الخاصة قبل أن تقرؤوا هذا بصوت مسموع. اقرؤوا الطلبات الثلاثة ببطء؛ فالمجموعة تحتاج إلى تذكّرها طوال السيناريو. إذا سأل أحدهم «هل 6,000 جنيه مبلغ كبير؟»، فأعيدوا السؤال إلى الحاضرين بدل أن تجيبوا.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.title">
      <source>Item six of nine</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-update).</extracomment>
      <translation>البند السادس من تسعة</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.narration">
      <source>Monday's leadership meeting is running late. Gareth is upbeat: &quot;The Access Network is one of our real success stories, over ninety members now. For Disability Awareness Week they'll run a lunch-and-learn and some intranet posts, at no cost to us.&quot; Olivia Brandt, the chief executive, nods and reaches for the next paper. Sofia Marquez has Aisha's forwarded email, with its three unanswered requests, open on her laptop.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-update).</extracomment>
      <translation>اجتماع القيادة يوم الاثنين متأخّر عن موعده. غاريث متفائل: «شبكة الإتاحة من قصص نجاحنا الحقيقية، أكثر من تسعين عضوًا الآن. وفي أسبوع التوعية بالإعاقة سينظّمون جلسة تعلّم وقت الغداء وبعض المنشورات على الشبكة الداخلية، من دون أي تكلفة علينا.» تومئ أوليفيا برانت، الرئيسة التنفيذية، وتمدّ يدها إلى الورقة التالية. وعلى حاسوب صوفيا ماركيز رسالة عائشة المُعاد توجيهها مفتوحة، بطلباتها الثلاثة التي لم يُردّ عليها.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.notes">
      <source>Allow about two minutes for discussion before the vote. Watch for the person who says &quot;I'd raise it with Gareth privately first&quot;: that is a reasonable instinct, so ask them what happens to the network in the weeks before that private chat happens. If the group goes quiet, ask Sofia's role-player how the room feels right now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-update).</extracomment>
      <translation>اتركوا نحو دقيقتين للنقاش قبل التصويت. انتبهوا لمن يقول «سأثير الأمر مع غاريث على انفراد أولًا»: إنها غريزة معقولة، فاسألوه ماذا يحدث للشبكة في الأسابيع التي تسبق ذلك الحديث الخاص. إذا صمتت المجموعة، فاسألوا مؤدّية دور صوفيا كيف تشعر بالأجواء في القاعة الآن.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.prompt">
      <source>You are Sofia. Olivia is about to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-update).</extracomment>
      <translation>أنتم صوفيا. أوليفيا على وشك الانتقال إلى البند التالي. ماذا تفعلون؟</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.text">
      <source>Say nothing. It is Gareth's area, the agenda is long, and raising it now would feel like ambushing him in front of the chief executive.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option stay-quiet). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>لا تقولون شيئًا. إنه مجال غاريث، وجدول الأعمال طويل، وإثارة الأمر الآن ستبدو كمينًا له أمام الرئيسة التنفيذية.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.stay-quiet.why">
      <source>The reluctance is understandable and the cost of speaking is real. But the one room where the requests could be answered moves on without hearing them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option stay-quiet).</extracomment>
      <translation>التردّد مفهوم، وكلفة الكلام حقيقية. لكنّ القاعة الوحيدة التي يمكن أن يُردّ فيها على الطلبات تمضي من دون أن تسمعها.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.text">
      <source>After the meeting, message Aisha: &quot;Saw the update. Fully behind you all, shout if there's anything I can do.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option reassure-aisha). Shown on a phone button: keep it short, about 109 characters like the English.</extracomment>
      <translation>بعد الاجتماع تراسلون عائشة: «رأيت التحديث. أنا معكم تمامًا، أخبروني إن كان بوسعي فعل أي شيء.»</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.reassure-aisha.why">
      <source>The support is sincere, and Aisha may be glad of it. But it hands the next move back to the person who has no seat in the room where it would count.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option reassure-aisha).</extracomment>
      <translation>الدعم صادق، وقد تسعد به عائشة. لكنه يعيد الخطوة التالية إلى مَن لا مقعد لها في القاعة التي تُحدث فيها فرقًا.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.text">
      <source>&quot;Love this. I'd be happy to record a short video for Awareness Week about why the network matters to me.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option record-video). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>«رائع. يسعدني تسجيل فيديو قصير لأسبوع التوعية عن سبب أهمية الشبكة بالنسبة لي.»</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.record-video.why">
      <source>It is warm, visible and might even help the week. It also puts your face on the campaign while the three requests stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option record-video).</extracomment>
      <translation>إنه دافئ وظاهر، وقد يفيد الأسبوع أيضًا. لكنه يضع وجهكم على الحملة بينما تبقى الطلبات الثلاثة حيث كانت تمامًا.</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.text">
      <source>&quot;Before we move on: the network sent us three requests in March and hasn't had an answer. Could we put them on next month's agenda, and invite Aisha to present them herself?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-update, option name-the-gap). Shown on a phone button: keep it short, about 174 characters like the English.</extracomment>
      <translation>«قبل أن ننتقل: أرسلت إلينا الشبكة ثلاثة طلبات في مارس ولم تتلقَّ ردًّا. هل نضعها على جدول أعمال الشهر القادم، وندعو عائشة لتعرضها بنفسها؟»</translation>
    </message>
    <message id="erg-no-budget.scenes.leadership-update.decision.options.name-the-gap.why">
      <source>You name the gap in the room that can close it, and you ask for the network to speak for itself rather than speaking on its behalf.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-update, option name-the-gap).</extracomment>
      <translation>تسمّون الفجوة في القاعة القادرة على سدّها، وتطلبون أن تتكلّم الشبكة عن نفسها بدل أن تتكلّموا نيابةً عنها.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.title">
      <source>Something fun, by Friday</source>
      <extracomment>Scene heading, shown on the projector (scene after-silence).</extracomment>
      <translation>شيء ممتع، قبل الجمعة</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.narration">
      <source>The meeting finishes ten minutes early. On Wednesday, Gareth's team asks Aisha whether the network could &quot;pull together something fun&quot; for Awareness Week, held over the lunch break. She writes the slides at home on Sunday evening and asks a volunteer to type live captions by hand, because there is still no money for a captioning service. Nobody mentions the three requests.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-silence).</extracomment>
      <translation>ينتهي الاجتماع قبل موعده بعشر دقائق. يوم الأربعاء، يسأل فريق غاريث عائشة هل تستطيع الشبكة «تحضير شيء ممتع» لأسبوع التوعية، في استراحة الغداء. تُعدّ الشرائح في بيتها مساء الأحد، وتطلب من متطوّع أن يكتب الترجمة النصية المباشرة يدويًا، لأنه لا يوجد حتى الآن مال لخدمة الترجمة النصية. ولا يذكر أحدٌ الطلبات الثلاثة.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-silence.notes">
      <source>This is the quiet cost: nothing dramatic happens, and that is the point. Ask Aisha's role-player what Sunday evening felt like. Keep it brief and move on to the budget round.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-silence).</extracomment>
      <translation>هذه هي الكلفة الصامتة: لا يحدث شيء درامي، وهذا بيت القصيد. اسألوا مؤدّية دور عائشة كيف كان مساء الأحد. اجعلوا ذلك قصيرًا وانتقلوا إلى جولة الميزانية.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.title">
      <source>A thumbs-up</source>
      <extracomment>Scene heading, shown on the projector (scene after-message).</extracomment>
      <translation>علامة إعجاب</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.narration">
      <source>Aisha replies within a minute: &quot;Thanks, Sofia. Could you raise the requests at leadership? I'm not in that room.&quot; Sofia sends a thumbs-up and means to come back to it. The week fills up, and by Friday the message is buried under forty others.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-message).</extracomment>
      <translation>تردّ عائشة خلال دقيقة: «شكرًا يا صوفيا. هل يمكنكِ طرح الطلبات في اجتماع القيادة؟ أنا لست في تلك القاعة.» ترسل صوفيا علامة إعجاب، وتنوي العودة إلى الموضوع. يمتلئ الأسبوع، وبحلول الجمعة تكون الرسالة قد دُفنت تحت أربعين رسالة أخرى.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-message.notes">
      <source>Many people recognise themselves here, so be gentle. The point is not that Sofia is a bad colleague; it is that good intentions compete with a full inbox, and the inbox usually wins. Ask the room what would have made the follow-up happen.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-message).</extracomment>
      <translation>كثيرون يرون أنفسهم هنا، فكونوا لطفاء. ليس المقصود أنّ صوفيا زميلة سيئة؛ بل أنّ النوايا الحسنة تتنافس مع صندوق بريد ممتلئ، والبريد يفوز عادةً. اسألوا الحاضرين ما الذي كان سيجعل المتابعة تحدث.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.title">
      <source>Most-watched post of the week</source>
      <extracomment>Scene heading, shown on the projector (scene after-video).</extracomment>
      <translation>المنشور الأكثر مشاهدة هذا الأسبوع</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.narration">
      <source>Sofia's video goes on the intranet on Monday and gets more reactions than anything else that week; Olivia shares it with a heart. Then the comms team asks Aisha whether the network could add captions to it, since there is no captioning budget. She does it herself that evening. In the network's group chat, someone reposts the video with a single raised-eyebrow emoji.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-video).</extracomment>
      <translation>يُنشر فيديو صوفيا على الشبكة الداخلية يوم الاثنين ويحصد تفاعلات أكثر من أي شيء آخر في ذلك الأسبوع؛ وتشاركه أوليفيا مع قلب. ثم يسأل فريق الاتصال عائشة هل تستطيع الشبكة إضافة ترجمة نصية إليه، إذ لا توجد ميزانية للترجمة النصية. تفعل ذلك بنفسها في المساء. وفي مجموعة الدردشة الخاصة بالشبكة، يعيد أحدهم نشر الفيديو مع رمز تعبيري واحد لحاجب مرفوع.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-video.notes">
      <source>A participant who chose this may feel caught out. Acknowledge that the video was kindly meant and may have raised awareness; then ask Aisha's role-player how captioning it herself felt. Let the contrast do the work; you do not need to spell it out.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-video).</extracomment>
      <translation>قد يشعر المشارك الذي اختار هذا الخيار بأنه ضُبط متلبّسًا. اعترفوا بأنّ الفيديو كان بنيّة طيبة وربما رفع الوعي؛ ثم اسألوا مؤدّية دور عائشة كيف شعرت وهي تضيف الترجمة النصية بنفسها. دعوا المفارقة تقوم بالعمل؛ لا حاجة إلى شرحها.</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.title">
      <source>A date on the agenda</source>
      <extracomment>Scene heading, shown on the projector (scene after-naming).</extracomment>
      <translation>موعد على جدول الأعمال</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.narration">
      <source>There is a short silence. Gareth says, evenly, &quot;We are looking at it. Budgets are tight this year,&quot; and Olivia agrees to give Aisha fifteen minutes next month. By the lifts afterwards, Gareth stops Sofia: &quot;I'd have appreciated a heads-up before you raised that in front of Olivia.&quot; That evening Aisha messages Sofia: &quot;Thank you. I'll be ready.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene after-naming).</extracomment>
      <translation>يسود صمت قصير. يقول غاريث بهدوء: «نحن ندرس الأمر. الميزانيات ضيّقة هذا العام»، وتوافق أوليفيا على منح عائشة خمس عشرة دقيقة الشهر القادم. وعند المصاعد بعد ذلك، يستوقف غاريث صوفيا: «كنت سأقدّر لو نبّهتِني قبل أن تطرحي ذلك أمام أوليفيا.» وفي المساء تراسل عائشة صوفيا: «شكرًا لكِ. سأكون مستعدّة.»</translation>
    </message>
    <message id="erg-no-budget.scenes.after-naming.notes">
      <source>Make sure the cost registers: Gareth is not wrong that a heads-up would have been kinder. Ask the group whether Sofia could have done both, warning Gareth and still raising it. If Gareth's role-player wants to stay cross, let them; the next scene needs that tension.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene after-naming).</extracomment>
      <translation>تأكّدوا من أن تُلاحَظ الكلفة: غاريث محقّ في أنّ التنبيه المسبق كان سيكون ألطف. اسألوا المجموعة هل كان بوسع صوفيا أن تفعل الأمرين: أن تنبّه غاريث وتطرح الموضوع مع ذلك. إذا أراد مؤدّي دور غاريث أن يبقى منزعجًا، فدعوه؛ فالمشهد التالي يحتاج إلى هذا التوتّر.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.title">
      <source>The budget round</source>
      <extracomment>Scene heading, shown on the projector (scene budget-round).</extracomment>
      <translation>جولة الميزانية</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.narration">
      <source>Three weeks later, the leadership team meets to set next year's budget, and every director has been asked to find savings. Gareth's draft lists the Access Network as &quot;volunteer-led, no cost&quot;. That morning Aisha emailed every director a one-page note: captions and an accessibility audit would cost about £6,000 a year, and the network still has no executive sponsor. Olivia looks round the table: &quot;Anything on people programmes before we sign this off?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene budget-round).</extracomment>
      <translation>بعد ثلاثة أسابيع، يجتمع فريق القيادة لتحديد ميزانية العام القادم، وقد طُلب من كل مدير أن يجد وفورات. مسوّدة غاريث تصف «شبكة الإتاحة» بأنها «يقودها متطوّعون، بلا تكلفة». وفي ذلك الصباح أرسلت عائشة إلى كل المديرين مذكّرة من صفحة واحدة: الترجمة النصية وتدقيق إمكانية الوصول سيكلّفان نحو 6,000 جنيه إسترليني سنويًا، ولا تزال الشبكة بلا راعٍ من الإدارة التنفيذية. تنظر أوليفيا حول الطاولة: «أي شيء عن برامج الموظفين قبل أن نعتمد هذا؟»</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.notes">
      <source>This is the heart of the scenario; give it three to four minutes. Budget meetings are where gestures and commitments part company. If someone argues that asking for money in a savings round is unrealistic, take it seriously: ask what the network's work would cost if the company paid for it at contractor rates. Watch Gareth's role-player: the advocate option only lands well if Sofia brings him with her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene budget-round).</extracomment>
      <translation>هذا قلب السيناريو؛ امنحوه ثلاث إلى أربع دقائق. اجتماعات الميزانية هي المكان الذي تفترق فيه اللفتات عن الالتزامات. إذا جادل أحدهم بأنّ طلب المال في جولة وفورات أمر غير واقعي، فخذوا ذلك بجدّية: اسألوا كم سيكلّف عمل الشبكة لو دفعت الشركة مقابله بأسعار المتعاقدين. راقبوا مؤدّي دور غاريث: خيار المناصر لا ينجح إلا إذا أخذته صوفيا معها.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.prompt">
      <source>You are Sofia. The draft is about to be approved. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene budget-round).</extracomment>
      <translation>أنتم صوفيا. المسوّدة على وشك أن تُعتمد. ماذا تفعلون؟</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.text">
      <source>Approve the draft. Every team is cutting, and asking for new spending in a savings round would look odd.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option approve). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>توافقون على المسوّدة. كل الفرق تخفّض، وطلب إنفاق جديد في جولة وفورات سيبدو غريبًا.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.approve.why">
      <source>The pressure is real and nobody wants to be the director who didn't cut. But approving &quot;no cost&quot; makes the network's unpaid work the official plan.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option approve).</extracomment>
      <translation>الضغط حقيقي، ولا أحد يريد أن يكون المدير الذي لم يخفّض. لكنّ الموافقة على «بلا تكلفة» تجعل العمل غير المدفوع للشبكة هو الخطة الرسمية.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.text">
      <source>&quot;I'd support funding the network if we can find the money somewhere.&quot; Then let the item close.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option support-if). Shown on a phone button: keep it short, about 94 characters like the English.</extracomment>
      <translation>«سأؤيّد تمويل الشبكة إن وجدنا المال من مكان ما.» ثم تتركون البند يُغلق.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.support-if.why">
      <source>Your support is now on record. But a conditional &quot;if&quot; in a savings round usually means no, and everyone at the table knows it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option support-if).</extracomment>
      <translation>تأييدكم مسجّل الآن. لكنّ «إن» المشروطة في جولة وفورات تعني «لا» في الغالب، وكل من على الطاولة يعرف ذلك.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.text">
      <source>&quot;Could we recognise the network at the annual awards? A trophy and a moment on stage would show how much we value them.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option award). Shown on a phone button: keep it short, about 120 characters like the English.</extracomment>
      <translation>«هل نكرّم الشبكة في حفل الجوائز السنوي؟ جائزة ولحظة على المسرح ستُظهران كم نقدّرهم.»</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.award.why">
      <source>Recognition feels generous and costs almost nothing. It celebrates the volunteers' unpaid work while the budget line still reads zero.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option award).</extracomment>
      <translation>يبدو التكريم سخيًّا ولا يكلّف شيئًا تقريبًا. إنه يحتفي بالعمل غير المدفوع للمتطوّعين بينما يبقى بند الميزانية صفرًا.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.text">
      <source>&quot;I'd rather we didn't close this until Aisha has taken us through her note. Can we hold the item and hear from her next month?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option hold-and-hear). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>«أفضّل ألّا نغلق هذا قبل أن تشرح لنا عائشة مذكّرتها. هل نُبقي البند مفتوحًا ونستمع إليها الشهر القادم؟»</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.hold-and-hear.why">
      <source>You use the agenda to make room for the people affected, at the price of slowing a meeting everyone wants finished.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option hold-and-hear).</extracomment>
      <translation>تستخدمون جدول الأعمال لإفساح المجال للمتأثّرين أنفسهم، على حساب إبطاء اجتماع يريد الجميع إنهاءه.</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.text">
      <source>&quot;If the network wants me, I'll be its executive sponsor, and I'll move £6,000 from my contractor budget this year. I'd also like every staff network to get a budget line and a twice-yearly slot here, so this isn't decided by whoever pushes hardest. Gareth, would you work on that with me?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene budget-round, option sponsor-and-fund). Shown on a phone button: keep it short, about 289 characters like the English.</extracomment>
      <translation>«إن أرادتني الشبكة، سأكون راعيتها التنفيذية، وسأنقل 6,000 جنيه من ميزانية المتعاقدين لديّ هذا العام. وأودّ أن تحصل كل شبكة موظفين على بند في الميزانية وموعد هنا مرتين في السنة، كي لا يُحسم هذا لمن يضغط أكثر. غاريث، هل تعمل على ذلك معي؟»</translation>
    </message>
    <message id="erg-no-budget.scenes.budget-round.decision.options.sponsor-and-fund.why">
      <source>You spend your own budget and standing to change how every network is resourced, not just this one, you offer sponsorship rather than imposing it, and you bring Gareth in instead of going round him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene budget-round, option sponsor-and-fund).</extracomment>
      <translation>تنفقون من ميزانيتكم ومكانتكم لتغيّروا طريقة تمويل كل الشبكات، لا هذه وحدها، وتعرضون الرعاية بدل فرضها، وتُشركون غاريث بدل الالتفاف عليه.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.title">
      <source>Signed off before lunch</source>
      <extracomment>Scene heading, shown on the projector (scene end-approved).</extracomment>
      <translation>اعتُمدت قبل الغداء</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.narration">
      <source>The budget is signed off before lunch. In the spring staff survey, several comments from network members mention the launch cake, and not fondly. Aisha steps down as co-chair in April, and the role stays empty for four months.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-approved).</extracomment>
      <translation>تُعتمد الميزانية قبل الغداء. في استطلاع الموظفين الربيعي، تذكر عدة تعليقات من أعضاء الشبكة قالب حلوى الإطلاق، وليس بمودّة. تتنحّى عائشة عن منصبها رئيسةً مشاركة للشبكة في أبريل، ويبقى المنصب شاغرًا أربعة أشهر.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-approved.notes">
      <source>Let this sit for a few seconds before the debrief. Ask: &quot;Was there a single moment where this was decided?&quot; Usually there wasn't, which is the lesson.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-approved).</extracomment>
      <translation>اتركوا هذا يستقرّ بضع ثوانٍ قبل النقاش الختامي. اسألوا: «هل كانت هناك لحظة واحدة حُسم فيها هذا الأمر؟» عادةً لم تكن، وهذا هو الدرس.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.title">
      <source>Support in principle</source>
      <extracomment>Scene heading, shown on the projector (scene end-conditional).</extracomment>
      <translation>تأييد من حيث المبدأ</translation>
    </message>
    <message id="erg-no-budget.scenes.end-conditional.narration">
      <source>The minutes record &quot;support in principle, subject to funding&quot;. No funding is found. Aisha sends the directors a short, courteous email thanking them for their time and stops sending requests. The network still meets, but fewer people come each month.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-conditional).</extracomment>
      <translation>يسجّل المحضر «تأييدًا من حيث المبدأ، رهنًا بتوفّر التمويل». ولا يُعثر على تمويل. ترسل عائشة إلى المديرين رسالة قصيرة مهذّبة تشكرهم فيها على وقتهم، وتتوقّف عن إرسال الطلبات. لا تزال الشبكة تجتمع، لكنّ عدد الحاضرين يقلّ كل شهر.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.title">
      <source>A glass trophy</source>
      <extracomment>Scene heading, shown on the projector (scene end-award).</extracomment>
      <translation>جائزة زجاجية</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.narration">
      <source>At the December awards evening the network wins a glass trophy and a standing ovation, and Aisha is photographed with Olivia. The captioning request is still open. On the train home she tells Dev it felt like being applauded for doing work the company would not pay for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-award).</extracomment>
      <translation>في حفل الجوائز في ديسمبر تفوز الشبكة بجائزة زجاجية وتصفيق وقوفًا، وتُلتقط لعائشة صورة مع أوليفيا. طلب الترجمة النصية لا يزال مفتوحًا. وفي القطار في طريق العودة تقول لديف إنها شعرت كأنها يُصفَّق لها على عمل لا تريد الشركة أن تدفع مقابله.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-award.notes">
      <source>If a participant objects that awards do matter, agree: they can. Ask what would have had to be true for this award to feel like recognition rather than a substitute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-award).</extracomment>
      <translation>إذا اعترض أحد المشاركين بأنّ الجوائز مهمّة فعلًا، فوافقوه: قد تكون كذلك. اسألوا ما الذي كان يجب أن يتحقّق كي تبدو هذه الجائزة تقديرًا لا بديلًا.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.title">
      <source>Fifteen minutes</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>خمس عشرة دقيقة</translation>
    </message>
    <message id="erg-no-budget.scenes.end-heard.narration">
      <source>The following month Aisha presents for fifteen minutes and answers every question. Olivia asks Gareth to cost a proper arrangement for all the staff networks by the next quarter. It is slower than the network hoped, and Gareth is cool with Sofia for a few weeks, but for the first time the requests have an owner and a date.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>في الشهر التالي تعرض عائشة مذكّرتها في خمس عشرة دقيقة وتجيب عن كل الأسئلة. تطلب أوليفيا من غاريث أن يحسب تكاليف ترتيب مناسب لكل شبكات الموظفين بحلول الفصل القادم. الأمر أبطأ ممّا أملت الشبكة، ويبقى غاريث باردًا مع صوفيا بضعة أسابيع، لكن للمرة الأولى صار للطلبات مسؤول وموعد.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.title">
      <source>A sponsor and a budget line</source>
      <extracomment>Scene heading, shown on the projector (scene end-sponsored).</extracomment>
      <translation>راعية وبند في الميزانية</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.narration">
      <source>Sofia's team loses a contractor for two months, and her engineering lead is not pleased. Aisha accepts the offer on one condition, that the network, not its sponsor, sets the priorities, and Sofia agrees. By spring the all-hands meetings carry live captions, the office audit is under way, and two other networks have put in their first budgets. After a frosty week, Gareth asks to co-write the new guidance.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sponsored).</extracomment>
      <translation>يخسر فريق صوفيا متعاقدًا لمدة شهرين، وقائد الهندسة لديها غير راضٍ. تقبل عائشة العرض بشرط واحد: أن تحدّد الشبكة، لا راعيتها، الأولويات، وتوافق صوفيا. وبحلول الربيع صارت الاجتماعات العامة تُعرض بترجمة نصية مباشرة، وبدأ تدقيق المكتب، وقدّمت شبكتان أخريان أولى ميزانياتهما. وبعد أسبوع من الجفاء، يطلب غاريث المشاركة في كتابة الإرشادات الجديدة.</translation>
    </message>
    <message id="erg-no-budget.scenes.end-sponsored.notes">
      <source>Resist making this the &quot;right answer&quot; ending. Point out what it cost and that Aisha had to set a condition to keep the network hers. Ask: &quot;What would a sponsor do that quietly takes a network over?&quot;</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-sponsored).</extracomment>
      <translation>لا تجعلوا هذه نهاية «الإجابة الصحيحة». أشيروا إلى ما كلّفته، وإلى أنّ عائشة اضطرّت إلى وضع شرط كي تبقى الشبكة ملكًا لأعضائها. اسألوا: «ماذا قد يفعل الراعي فيستولي على الشبكة بهدوء؟»</translation>
    </message>
    <message id="erg-no-budget.debrief.what.1">
      <source>What did the network ask for, and what did it actually receive on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا طلبت الشبكة، وماذا تلقّت فعلًا في المسار الذي سلكناه؟</translation>
    </message>
    <message id="erg-no-budget.debrief.what.2">
      <source>At which moment was staying quiet easiest, and what made it easy?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>في أي لحظة كان الصمت أسهل، وما الذي جعله سهلًا؟</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.1">
      <source>What does a network learn when it is celebrated in public and unfunded in private?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ماذا تتعلّم شبكةٌ يُحتفى بها علنًا وتُحرم من التمويل سرًّا؟</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.2">
      <source>Why might a kindly meant video or award land worse with members than silence would?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا قد يترك فيديو أو جائزة بنيّة طيبة أثرًا أسوأ لدى الأعضاء من الصمت؟</translation>
    </message>
    <message id="erg-no-budget.debrief.so_what.3">
      <source>What is the difference between sponsoring a network and running it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ما الفرق بين رعاية شبكة وإدارتها؟</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.1">
      <source>Which staff network in your organisation could you ask, this month, what it needs and who it answers to?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>أيّ شبكة موظفين في مؤسستكم يمكنكم أن تسألوها هذا الشهر عمّا تحتاجه وإلى مَن ترجع؟</translation>
    </message>
    <message id="erg-no-budget.debrief.now_what.2">
      <source>What is one resource you control (budget, agenda time, your name) that a network could use, on its terms?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ما المورد الذي تتحكّمون فيه (ميزانية، أو وقت على جدول الأعمال، أو اسمكم) ويمكن لشبكة أن تستخدمه وفق شروطها؟</translation>
    </message>
    <message id="erg-no-budget.sources.1.title">
      <source>Workplace allyship practice: staff networks with their own budget, an executive sponsor and a route to decision-makers</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: شبكات موظفين بميزانيتها الخاصة وراعٍ تنفيذي وطريق إلى صنّاع القرار</translation>
    </message>
    <message id="erg-no-budget.sources.1.note">
      <source>Based on writing about performative allyship that lists networks launched without money, authority or leadership access among its structural forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>يستند إلى كتابات عن التضامن الظاهري تعدّ الشبكات التي تُطلق بلا مال ولا صلاحية ولا وصول إلى القيادة من أشكاله البنيوية.</translation>
    </message>
    <message id="mispronounced-name.title">
      <source>&quot;I'll just call you Zoe&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>«سأناديكِ زوي وحسب»</translation>
    </message>
    <message id="mispronounced-name.summary">
      <source>On a quarterly review call, the chief operating officer mispronounces a team lead's name yet again and jokes about giving her an easier one. The group decides what a fellow manager on the call does, and what they say when the COO raises it with them later.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>في مكالمة المراجعة الفصلية، يخطئ الرئيس التنفيذي للعمليات في نطق اسم قائدة فريق مرة أخرى، ويمزح بشأن إعطائها اسمًا أسهل. تقرّر المجموعة ما يفعله مدير زميل حاضر في المكالمة، وما يقوله حين يفاتحه الرئيس التنفيذي للعمليات في الأمر لاحقًا.</translation>
    </message>
    <message id="mispronounced-name.content_note">
      <source>This role-play includes a senior leader mispronouncing a colleague's name yet again and joking, in front of forty people, about calling her by an easier one.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا مسؤولًا رفيعًا يخطئ مرة أخرى في نطق اسم زميلة، ويمزح أمام أربعين شخصًا بشأن مناداتها باسم أسهل.</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.name">
      <source>Xinyi Zhou, logistics team lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role xinyi).</extracomment>
      <translation>شينيي جو (Xinyi Zhou)، قائدة فريق الخدمات اللوجستية</translation>
    </message>
    <message id="mispronounced-name.roles.xinyi.brief">
      <source>Your name is said roughly &quot;Shin-yee Joe&quot;. You corrected Martin once, a year ago, and he got it wrong again the next week, so you stopped. Being renamed &quot;Zoe&quot; in front of forty people stings more than you will show. You do not want a fuss made on your behalf in public, but you would quietly welcome someone simply saying it right.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role xinyi).</extracomment>
      <translation>يُنطق اسمكم تقريبًا «شين-يي جو». صحّحتم لمارتن مرة واحدة قبل عام، فأخطأ فيه مجددًا في الأسبوع التالي، فتوقّفتم. أن تُعاد تسميتكم «زوي» أمام أربعين شخصًا يؤلمكم أكثر مما ستُظهرون. لا تريدون أن يُثار ضجيج نيابةً عنكم أمام الناس، لكنكم سترحّبون في صمت بأن ينطقه أحدهم صحيحًا ببساطة.</translation>
    </message>
    <message id="mispronounced-name.roles.martin.name">
      <source>Martin Hargreaves, chief operating officer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role martin).</extracomment>
      <translation>مارتن هارغريفز، الرئيس التنفيذي للعمليات</translation>
    </message>
    <message id="mispronounced-name.roles.martin.brief">
      <source>You are warm, busy and a little self-deprecating. You genuinely find the name hard, and joking about your own hopelessness feels friendly to you. You would be mortified to learn it reads as dismissive. If someone tells you plainly and privately, you take it well and you do something about it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role martin).</extracomment>
      <translation>أنتم ودودون ومشغولون وتسخرون من أنفسكم قليلًا. تجدون الاسم صعبًا فعلًا، والمزاح بشأن عجزكم عن نطقه يبدو لكم لطيفًا. سيُحرجكم كثيرًا أن تعرفوا أنه يُفهم استخفافًا. إن أخبركم أحد بذلك بوضوح وعلى انفراد، تتقبّلونه جيدًا وتفعلون شيئًا حياله.</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.name">
      <source>Tomás Ferreira, regional operations manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role tomas).</extracomment>
      <translation>توماس فيريرا، مدير العمليات الإقليمي</translation>
    </message>
    <message id="mispronounced-name.roles.tomas.brief">
      <source>You are a peer of the responder and you also noticed. You will follow whatever the responder does: if they say the name correctly, you do too; if they let it go, you stay quiet. Play this out naturally.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role tomas).</extracomment>
      <translation>أنتم زملاء للمستجيب في المستوى نفسه، ولاحظتم ما حدث أيضًا. ستتبعون ما يفعله المستجيب: إن نطق الاسم صحيحًا فعلتم مثله؛ وإن تجاوز الأمر بقيتم صامتين. أدّوا ذلك بشكل طبيعي.</translation>
    </message>
    <message id="mispronounced-name.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="mispronounced-name.roles.observer.brief">
      <source>Listen for how Xinyi's name is said by each speaker, every time. Note the exact words around the &quot;Zoe&quot; joke. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>أصغوا إلى الطريقة التي ينطق بها كل متحدّث اسم شينيي، في كل مرة. دوّنوا الكلمات المحيطة بنكتة «زوي» بدقّة. استعينوا بقائمة المراقب.</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.1">
      <source>How many times was Xinyi's name said wrongly, and by whom?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>كم مرة نُطق اسم شينيي خطأً، ومن نطقه؟</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and was it in public or in private?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل الخمس (التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة) استخدمها المستجيب، وهل كان ذلك علنًا أم على انفراد؟</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.3">
      <source>Did anyone model the correct pronunciation without making Xinyi the centre of attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل قدّم أحد النطق الصحيح قدوةً دون أن يجعل شينيي محطّ الأنظار؟</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.4">
      <source>Did anyone check with Xinyi what she would like, before or after acting?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سأل أحد شينيي عمّا تفضّله، قبل التصرّف أو بعده؟</translation>
    </message>
    <message id="mispronounced-name.observer_checklist.5">
      <source>When Martin asked, did the responder give him something specific to do?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>حين سأل مارتن، هل أعطاه المستجيب شيئًا محدّدًا ليفعله؟</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.title">
      <source>The quarterly operations review</source>
      <extracomment>Scene heading, shown on the projector (scene quarterly-call).</extracomment>
      <translation>مراجعة العمليات الفصلية</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.narration">
      <source>Forty people are on the video call when Martin hands over: &quot;Great numbers from the north depot. Zin-yee, take us through them?&quot; Xinyi presents, cleanly and quickly. Martin laughs: &quot;Thanks, Zoe. Sorry, Zin-yee. Honestly, can I just call you Zoe? Easier for all of us.&quot; A few people laugh; Xinyi says &quot;Either's fine&quot; and mutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene quarterly-call).</extracomment>
      <translation>أربعون شخصًا في مكالمة الفيديو حين يسلّم مارتن الكلمة: «أرقام رائعة من مستودع الشمال. زين-يي، هل تعرضينها علينا؟» تعرض شينيي بوضوح وسرعة. يضحك مارتن: «شكرًا يا زوي. عفوًا، زين-يي. بصراحة، هل يمكنني أن أناديكِ زوي وحسب؟ أسهل علينا جميعًا.» يضحك بعض الحاضرين؛ تقول شينيي «كلاهما لا بأس به» وتكتم صوتها.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.notes">
      <source>Before the scene, tell the group the name is said roughly &quot;Shin-yee&quot;. Keep Martin likeable in your reading; the scenario only works if he is someone participants could imagine working for. Participants may ask &quot;what if Xinyi really does not mind?&quot; Treat it as a real question and point out that nobody on the call asked her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene quarterly-call).</extracomment>
      <translation>قبل المشهد، أخبروا المجموعة بأن الاسم يُنطق تقريبًا «شين-يي». اجعلوا مارتن محبوبًا في قراءتكم؛ فالسيناريو لا ينجح إلا إن كان شخصًا يستطيع المشاركون تخيّل العمل تحت إدارته. قد يسأل المشاركون: «وماذا لو لم تكن شينيي منزعجة حقًا؟» تعاملوا معه كسؤال حقيقي، وأشيروا إلى أن أحدًا في المكالمة لم يسألها.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.prompt">
      <source>You are a regional manager, presenting next. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene quarterly-call).</extracomment>
      <translation>أنتم مدير إقليمي، وعرضكم هو التالي. ماذا تفعلون؟</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.text">
      <source>Start your own update as planned. She said either was fine.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option carry-on). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>تبدؤون عرضكم كما هو مخطّط. هي قالت إن كليهما لا بأس به.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.carry-on.why">
      <source>Taking her words at face value is understandable on a big call, and it leaves &quot;Zoe&quot; hanging as the accepted version.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option carry-on).</extracomment>
      <translation>أخذ كلامها على ظاهره مفهوم في مكالمة كبيرة، لكنه يترك «زوي» معلّقًا بوصفه الاسم المقبول.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.text">
      <source>Send a clapping emoji and &quot;Great update!&quot; in the call chat, and leave the name alone.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option chat-applause). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>ترسلون رمز تصفيق وعبارة «عرض رائع!» في محادثة المكالمة، وتتركون مسألة الاسم.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.chat-applause.why">
      <source>It is friendly and it acknowledges her work, but the renaming goes unremarked in front of the whole call.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option chat-applause).</extracomment>
      <translation>تصرّف ودود يعترف بعملها، لكن تغيير اسمها يمرّ دون تعليق أمام كل من في المكالمة.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.text">
      <source>Say nothing on the call; afterwards write on the company intranet about &quot;why leaders should learn everyone's name&quot;, with no mention of Xinyi or Martin.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option names-matter-post). Shown on a phone button: keep it short, about 151 characters like the English.</extracomment>
      <translation>تصمتون في المكالمة، ثم تكتبون على الشبكة الداخلية للشركة عن «لماذا ينبغي للقادة تعلّم أسماء الجميع»، دون ذكر شينيي أو مارتن.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.names-matter-post.why">
      <source>The message is right and widely seen, but it keeps you safely clear of the actual call and the actual person.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option names-matter-post).</extracomment>
      <translation>الرسالة صحيحة ويراها كثيرون، لكنها تُبقيكم في مأمن بعيدًا عن المكالمة الفعلية والشخص الفعلي.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.text">
      <source>Open your update: &quot;Thanks, Xinyi, and building on your north depot numbers —&quot; saying &quot;Shin-yee&quot; clearly and warmly, then carry on.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene quarterly-call, option say-it-right). Shown on a phone button: keep it short, about 130 characters like the English.</extracomment>
      <translation>تفتتحون عرضكم: «شكرًا يا شينيي، وبناءً على أرقام مستودع الشمال —» وتنطقون «شين-يي» بوضوح ودفء، ثم تتابعون.</translation>
    </message>
    <message id="mispronounced-name.scenes.quarterly-call.decision.options.say-it-right.why">
      <source>It models the right name in front of everyone, including Martin, without embarrassing anyone or putting Xinyi on the spot.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene quarterly-call, option say-it-right).</extracomment>
      <translation>يقدّم الاسم الصحيح قدوةً أمام الجميع، ومنهم مارتن، دون إحراج أحد أو وضع شينيي في موقف صعب.</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.title">
      <source>After the call</source>
      <extracomment>Scene heading, shown on the projector (scene call-ends).</extracomment>
      <translation>بعد المكالمة</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.narration">
      <source>Your update goes smoothly. By the end of the call, two other people have also called her Zoe, one of them in the chat. The next morning a calendar invite from Martin's office is addressed to &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene call-ends).</extracomment>
      <translation>يسير عرضكم بسلاسة. مع نهاية المكالمة، يكون شخصان آخران قد نادياها زوي، أحدهما في المحادثة. وفي صباح اليوم التالي تصل دعوة تقويم من مكتب مارتن موجّهة إلى «زوي جو».</translation>
    </message>
    <message id="mispronounced-name.scenes.call-ends.notes">
      <source>Point out how fast a new name spreads once a senior person has used it. Keep it brief; the second decision follows.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene call-ends).</extracomment>
      <translation>أشيروا إلى سرعة انتشار الاسم الجديد بعد أن يستخدمه شخص في منصب رفيع. اختصروا؛ فالقرار الثاني يلي.</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.title">
      <source>The call chat</source>
      <extracomment>Scene heading, shown on the projector (scene clapping-chat).</extracomment>
      <translation>محادثة المكالمة</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.narration">
      <source>A dozen people add clapping emoji under yours. Xinyi reacts with a smile. Martin reads out the chat at the end: &quot;Lovely to see the appreciation for Zoe's team!&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene clapping-chat).</extracomment>
      <translation>يضيف نحو اثني عشر شخصًا رموز تصفيق تحت رسالتكم. تتفاعل شينيي بابتسامة. ويقرأ مارتن المحادثة في النهاية: «جميل أن نرى هذا التقدير لفريق زوي!»</translation>
    </message>
    <message id="mispronounced-name.scenes.clapping-chat.notes">
      <source>Participants may feel the chat applause was a real kindness, and it was. Ask what it did about the name, and who noticed that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene clapping-chat).</extracomment>
      <translation>قد يشعر المشاركون بأن التصفيق في المحادثة كان لطفًا حقيقيًا، وقد كان كذلك. اسألوا ماذا فعل حيال الاسم، ومن لاحظ ذلك.</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.title">
      <source>The intranet piece</source>
      <extracomment>Scene heading, shown on the projector (scene intranet-piece).</extracomment>
      <translation>المقال على الشبكة الداخلية</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.narration">
      <source>Your post is shared in the leadership newsletter under &quot;voices from the business&quot;. Martin comments: &quot;So important. Guilty as charged!&quot; Xinyi reads it and recognises the call at once, though she is not named. Her calendar invites now say &quot;Zoe&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene intranet-piece).</extracomment>
      <translation>يُنشر مقالكم في النشرة الإخبارية للقيادة تحت عنوان «أصوات من الميدان». يعلّق مارتن: «مهم جدًا. أعترف بذنبي!» تقرؤه شينيي وتتعرّف على المكالمة فورًا، مع أن اسمها لم يُذكر. دعوات التقويم التي تصلها صارت تقول «زوي».</translation>
    </message>
    <message id="mispronounced-name.scenes.intranet-piece.notes">
      <source>Handle kindly: writing about a problem is often a first step for people. Ask what it would have taken to turn the article into one sentence on the call, or one message to Martin.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene intranet-piece).</extracomment>
      <translation>تعاملوا مع هذا بلطف: الكتابة عن مشكلة كثيرًا ما تكون خطوة أولى. اسألوا عمّا كان يلزم لتحويل المقال إلى جملة واحدة في المكالمة، أو رسالة واحدة إلى مارتن.</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.title">
      <source>Your update</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>عرضكم</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.narration">
      <source>You say &quot;Shin-yee&quot; and carry on. Tomás, presenting after you, says it the same way. Martin frowns slightly, as if listening, and says nothing. Later, Xinyi messages you: &quot;Thank you for that. Nobody ever does.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>تقولون «شين-يي» وتتابعون. ينطقه توماس، الذي يعرض بعدكم، بالطريقة نفسها. يقطّب مارتن قليلًا كمن يصغي، ولا يقول شيئًا. لاحقًا تراسلكم شينيي: «شكرًا على ذلك. لا أحد يفعلها أبدًا.»</translation>
    </message>
    <message id="mispronounced-name.scenes.modelled.notes">
      <source>A low-drama intervention with a real effect. Ask what it cost: very little, which is worth noticing. Also ask what it did not address (Martin's joke itself).</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>تدخّل قليل الضجيج وذو أثر حقيقي. اسألوا عن كلفته: ضئيلة جدًا، وهذا يستحق الانتباه. واسألوا أيضًا عمّا لم يعالجه (نكتة مارتن نفسها).</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.title">
      <source>Your skip-level 1:1 with Martin</source>
      <extracomment>Scene heading, shown on the projector (scene martin-asks).</extracomment>
      <translation>لقاؤكم الفردي مع مارتن، مدير مديركم</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.narration">
      <source>At the end of your monthly catch-up, Martin says, &quot;Odd question. The north depot lead, is it Zin-yee? I never know, and I feel I've left it too late to ask her. She doesn't seem to mind Zoe.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-asks).</extracomment>
      <translation>في نهاية لقائكم الشهري، يقول مارتن: «سؤال غريب. قائدة مستودع الشمال، هل اسمها زين-يي؟ لا أعرف أبدًا، وأشعر أن الوقت فات على سؤالها. لا يبدو أنها تمانع زوي.»</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.notes">
      <source>This private moment with someone far more senior is where many participants freeze. Acknowledge the power gap out loud. If the group is large, ask for a show of hands on what they would say before the options appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-asks).</extracomment>
      <translation>هذه اللحظة الخاصة مع شخص أعلى منصبًا بكثير هي حيث يتجمّد كثير من المشاركين. اعترفوا بفارق السلطة بصوت عالٍ. إن كانت المجموعة كبيرة، فاطلبوا رفع الأيدي لمعرفة ما سيقولونه قبل ظهور الخيارات.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.prompt">
      <source>Martin has asked you directly. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene martin-asks).</extracomment>
      <translation>سألكم مارتن مباشرة. ماذا تقولون؟</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.text">
      <source>&quot;Honestly, I think she's used to it. I wouldn't worry.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option used-to-it). Shown on a phone button: keep it short, about 55 characters like the English.</extracomment>
      <translation>«بصراحة، أظنها اعتادت الأمر. لا داعي للقلق.»</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.used-to-it.why">
      <source>It spares Martin some discomfort and you some risk, and confirms that the easy version is fine.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option used-to-it).</extracomment>
      <translation>يوفّر على مارتن بعض الحرج وعليكم بعض المخاطرة، ويؤكّد أن النسخة السهلة مقبولة.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.text">
      <source>&quot;I think it's more like Shin-yee? I'm not completely sure, though.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option not-sure). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>«أظنه أقرب إلى شين-يي؟ لكن لا أعرف على وجه اليقين.»</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.not-sure.why">
      <source>You answer the question you were asked, but hedge it so much that Martin can file it and carry on.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option not-sure).</extracomment>
      <translation>تجيبون عن السؤال المطروح، لكن بتحفّظ يسمح لمارتن بأن يحفظ المعلومة جانبًا ويمضي.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.text">
      <source>&quot;Great question. I actually ran a session on names for my team last year. Happy to send you the slides.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option my-workshop). Shown on a phone button: keep it short, about 104 characters like the English.</extracomment>
      <translation>«سؤال رائع. في الحقيقة قدّمت لفريقي جلسة عن الأسماء العام الماضي. يسعدني أن أرسل لك الشرائح.»</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.my-workshop.why">
      <source>It shows you care about the topic and puts your own work forward, but Martin leaves without the answer, and the &quot;Zoe&quot; joke is never mentioned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option my-workshop).</extracomment>
      <translation>يُظهر اهتمامكم بالموضوع ويقدّم عملكم أنتم، لكن مارتن يغادر دون الإجابة، ولا تُذكر نكتة «زوي» أبدًا.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.text">
      <source>&quot;It's Shin-yee Joe. And the 'Zoe' joke landed badly. I think a short word with her, saying it properly and leaving it there, would mean a lot.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option plain-answer). Shown on a phone button: keep it short, about 143 characters like the English.</extracomment>
      <translation>«اسمها شين-يي جو. ونكتة &quot;زوي&quot; كان وقعها سيئًا. أظن أن كلمة قصيرة معها، تنطق فيها اسمها صحيحًا وتكتفي بذلك، ستعني لها الكثير.»</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.plain-answer.why">
      <source>You give him the name, the effect and one concrete step, privately, to someone with more power than you.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option plain-answer).</extracomment>
      <translation>تعطونه الاسم والأثر وخطوة واحدة ملموسة، على انفراد، وهو صاحب سلطة أكبر منكم.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.text">
      <source>Give the same plain answer, then suggest Martin asks the business to add phonetic spellings to staff profiles and meeting invites, and offers to add his own first.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene martin-asks, option phonetic-names). Shown on a phone button: keep it short, about 163 characters like the English.</extracomment>
      <translation>تجيبون الإجابة الواضحة نفسها، ثم تقترحون أن يطلب مارتن من الشركة إضافة طريقة نطق الأسماء إلى ملفات الموظفين ودعوات الاجتماعات، وأن يبدأ بإضافة نطق اسمه هو.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-asks.decision.options.phonetic-names.why">
      <source>You use your access to a senior leader to change the system, so correct names do not depend on individuals remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene martin-asks, option phonetic-names).</extracomment>
      <translation>تستخدمون وصولكم إلى قائد رفيع لتغيير النظام، كي لا يعتمد نطق الأسماء صحيحًا على تذكّر الأفراد.</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene zoe-sticks).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.narration">
      <source>Everyone above Xinyi now calls her Zoe. New starters assume it is her name. At her appraisal, the form reads &quot;Zoe Zhou&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene zoe-sticks).</extracomment>
      <translation>كل من هم أعلى من شينيي صاروا ينادونها زوي. ويفترض الموظفون الجدد أنه اسمها. وفي تقييم أدائها، يقول النموذج: «زوي جو».</translation>
    </message>
    <message id="mispronounced-name.scenes.zoe-sticks.notes">
      <source>Let the silence work. Ask the group how long it would take for this to become impossible to undo.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene zoe-sticks).</extracomment>
      <translation>دعوا الصمت يعمل. اسألوا المجموعة كم سيستغرق الأمر حتى يصبح التراجع عنه مستحيلًا.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene half-fixed).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.narration">
      <source>Martin tries &quot;Shin-yee&quot; once, in a corridor, then slips back to Zoe in the next big meeting. Xinyi has stopped correcting anyone.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene half-fixed).</extracomment>
      <translation>يجرّب مارتن «شين-يي» مرة واحدة في ممرّ، ثم يعود إلى زوي في الاجتماع الكبير التالي. وقد توقّفت شينيي عن تصحيح أي أحد.</translation>
    </message>
    <message id="mispronounced-name.scenes.half-fixed.notes">
      <source>Ask what one extra sentence in the 1:1 might have changed.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene half-fixed).</extracomment>
      <translation>اسألوا ما الذي كان يمكن أن تغيّره جملة إضافية واحدة في اللقاء الفردي.</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene slides-sent).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.narration">
      <source>Martin thanks you warmly and says he will look at the slides. He does not. In the next review he says &quot;Zoe&quot; twice, and adds, &quot;I really must learn that name.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene slides-sent).</extracomment>
      <translation>يشكركم مارتن بحرارة ويقول إنه سيطّلع على الشرائح. لا يفعل. وفي المراجعة التالية يقول «زوي» مرتين، ويضيف: «لا بدّ أن أتعلّم ذلك الاسم حقًا.»</translation>
    </message>
    <message id="mispronounced-name.scenes.slides-sent.notes">
      <source>Ask whose needs the answer served. Be gentle; this is an extremely common way to handle a senior person.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene slides-sent).</extracomment>
      <translation>اسألوا حاجاتِ مَن خدمت تلك الإجابة. كونوا لطفاء؛ فهذه طريقة شائعة جدًا في التعامل مع شخص رفيع المنصب.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene martin-fixes).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.narration">
      <source>Martin is quiet for a second. &quot;Ouch. Right.&quot; The next week he stops Xinyi after a meeting, says her name correctly, and apologises in two sentences. He gets it right on every call afterwards, and once corrects someone else. He is slightly more formal with you for a while.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene martin-fixes).</extracomment>
      <translation>يصمت مارتن ثانية. «آه. مفهوم.» في الأسبوع التالي يستوقف شينيي بعد اجتماع، وينطق اسمها صحيحًا، ويعتذر في جملتين. ينطقه صحيحًا في كل مكالمة بعد ذلك، ويصحّح لغيره مرة. ويبقى أكثر رسمية معكم بعض الوقت.</translation>
    </message>
    <message id="mispronounced-name.scenes.martin-fixes.notes">
      <source>Point out the quality of Martin's apology: short, no excuses, no request for reassurance. Ask the group what it took for the responder to say this upwards, and what might have made it easier.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene martin-fixes).</extracomment>
      <translation>أشيروا إلى جودة اعتذار مارتن: قصير، بلا أعذار، ولا يطلب طمأنة. اسألوا المجموعة عمّا تطلّبه أن يقول المستجيب هذا لمن هو أعلى منه، وما الذي كان يمكن أن يسهّله.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.title">
      <source>Three months on</source>
      <extracomment>Scene heading, shown on the projector (scene profiles-change).</extracomment>
      <translation>بعد ثلاثة أشهر</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.narration">
      <source>Martin likes the idea more than you expected and raises it with the people team. Profiles and invites now carry an optional pronunciation field, and Martin's own is the first example in the announcement. Xinyi adds hers; so do two hundred others in the first week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene profiles-change).</extracomment>
      <translation>تعجب الفكرة مارتن أكثر مما توقّعتم، فيطرحها على فريق الموارد البشرية. صارت الملفات والدعوات تتضمّن حقلًا اختياريًا لطريقة النطق، ونطق اسم مارتن هو المثال الأول في الإعلان. تضيف شينيي نطق اسمها؛ ويفعل مثلها مئتا شخص آخرون في الأسبوع الأول.</translation>
    </message>
    <message id="mispronounced-name.scenes.profiles-change.notes">
      <source>Ask who else benefits. Then ask the group what a similar small system change would look like in their own organisation, and who they would need to ask.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene profiles-change).</extracomment>
      <translation>اسألوا من يستفيد أيضًا. ثم اسألوا المجموعة كيف سيبدو تغيير صغير مماثل في النظام داخل مؤسساتهم، ومن سيحتاجون إلى سؤاله.</translation>
    </message>
    <message id="mispronounced-name.debrief.what.1">
      <source>How many separate moments were there in this story when someone could have said the name correctly?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>كم لحظة منفصلة في هذه القصة كان يمكن فيها لأحد أن ينطق الاسم صحيحًا؟</translation>
    </message>
    <message id="mispronounced-name.debrief.what.2">
      <source>What did &quot;Either's fine&quot; mean, do you think, and how sure can anyone be?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا تظنون أن «كلاهما لا بأس به» كانت تعني، وإلى أيّ حدّ يمكن لأحد أن يكون متأكّدًا؟</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.1">
      <source>What does it tell a person when a senior colleague decides their name is too much effort?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ماذا يقول لشخص ما أن يقرّر زميل رفيع أن اسمه يتطلّب جهدًا أكبر من اللازم؟</translation>
    </message>
    <message id="mispronounced-name.debrief.so_what.2">
      <source>Why is it harder to correct someone two levels above you, and what makes it possible anyway?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا يصعب تصحيح شخص أعلى منكم بمستويين، وما الذي يجعله ممكنًا رغم ذلك؟</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.1">
      <source>Whose name in your own organisation are you not sure you say correctly, and how will you find out without burdening them?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>اسم مَن في مؤسستكم لستم متأكّدين من نطقه صحيحًا، وكيف ستعرفون ذلك دون أن تثقلوا عليه؟</translation>
    </message>
    <message id="mispronounced-name.debrief.now_what.2">
      <source>What would you say, in one sentence, if a senior person got a colleague's name wrong in front of you?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ماذا ستقولون، في جملة واحدة، إن أخطأ شخص رفيع المنصب في اسم زميل أمامكم؟</translation>
    </message>
    <message id="mispronounced-name.sources.1.title">
      <source>Workplace allyship practice: calmly correct a mispronounced name</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: تصحيح نطق اسم خاطئ بهدوء</translation>
    </message>
    <message id="mispronounced-name.sources.1.note">
      <source>Built on the practice of saying a colleague's name properly and correcting mispronunciation without making a scene.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مبني على ممارسة نطق اسم الزميل صحيحًا وتصحيح الخطأ في نطقه دون إثارة مشهد.</translation>
    </message>
    <message id="mispronounced-name.sources.2.title">
      <source>Workplace allyship practice: use your access upwards</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: استخدام الصلات والنفوذ مع المستويات الأعلى</translation>
    </message>
    <message id="nobody-in-the-room.title">
      <source>The quiet room nobody in the meeting uses</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>غرفة الهدوء التي لا يستخدمها أحد من الحاضرين</translation>
    </message>
    <message id="nobody-in-the-room.summary">
      <source>At the end of an overrunning site committee meeting, facilities proposes turning the quiet room into meeting pods because it always looks empty. Nobody at the table prays at work, expresses milk or needs somewhere dark to sit out a migraine. A committee member decides whether to let it through, and later faces either the people affected or a tidy compromise that ignores what they said.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>في نهاية اجتماع للجنة الموقع تجاوز وقته، تقترح إدارة المرافق تحويل غرفة الهدوء إلى حجيرات اجتماعات لأنها تبدو فارغة دائمًا. لا أحد حول الطاولة يصلّي في العمل، أو يشفط الحليب، أو يحتاج إلى مكان مظلم ليتجاوز نوبة صداع نصفي. يقرّر أحد أعضاء اللجنة هل يترك القرار يمرّ، ثم يواجه لاحقًا إمّا المتأثّرين أنفسهم وإمّا حلًّا وسطًا أنيقًا يتجاهل ما قالوه.</translation>
    </message>
    <message id="nobody-in-the-room.content_note">
      <source>This role-play includes a quiet room, used for prayer, expressing milk and sitting out migraines, being taken over for meetings without asking the people who rely on it.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا غرفةَ هدوء تُستخدم للصلاة وشفط الحليب وتجاوز نوبات الصداع النصفي، يُراد تحويلها إلى مساحة اجتماعات دون سؤال من يعتمدون عليها.</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.name">
      <source>Sinéad Gallagher, head of finance and site committee member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role sinead).</extracomment>
      <translation>شينيد غالاغر، رئيسة الشؤون المالية وعضو لجنة الموقع</translation>
    </message>
    <message id="nobody-in-the-room.roles.sinead.brief">
      <source>You have never used the quiet room and don't really know who does. You have a reputation on the committee for being practical and not making a fuss. You want the meeting to end as much as anyone; you also have a vague sense that &quot;always empty&quot; might not be the whole story.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role sinead).</extracomment>
      <translation>لم تستخدموا غرفة الهدوء قطّ ولا تعرفون حقًا مَن يستخدمها. لكم سمعة في اللجنة بأنكم عمليّون ولا تثيرون ضجّة. تريدون انتهاء الاجتماع مثل الجميع؛ ولديكم أيضًا إحساس مبهم بأنّ «فارغة دائمًا» قد لا تكون القصة كاملة.</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.name">
      <source>Marcus Webb, facilities manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marcus).</extracomment>
      <translation>ماركوس ويب، مدير المرافق</translation>
    </message>
    <message id="nobody-in-the-room.roles.marcus.brief">
      <source>You have been asked for more meeting space for six months and finally have a plan and builders booked for Monday. You walk past the quiet room most mornings around ten and it is always empty. You are not against anyone; you simply haven't asked who uses it. If someone gives you specifics, you take them seriously. If you feel your judgement is being questioned in public, you get prickly.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marcus).</extracomment>
      <translation>يُطلب منكم توفير مساحة اجتماعات إضافية منذ ستة أشهر، وأخيرًا صارت لديكم خطة وعمّال بناء محجوزون ليوم الاثنين. تمرّون بغرفة الهدوء معظم الصباحات نحو العاشرة وهي فارغة دائمًا. لستم ضدّ أحد؛ كل ما في الأمر أنكم لم تسألوا مَن يستخدمها. إذا قدّم لكم أحدٌ تفاصيل محدّدة، تأخذونها بجدّية. وإذا شعرتم بأنّ تقديركم موضع تشكيك علني، تصبحون حادّين.</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.name">
      <source>Hiroko Sato, operations director and committee chair</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hiroko).</extracomment>
      <translation>هيروكو ساتو، مديرة العمليات ورئيسة اللجنة</translation>
    </message>
    <message id="nobody-in-the-room.roles.hiroko.brief">
      <source>You want decisions made and meetings finished on time, and you are impatient with process for its own sake. You are fair, though: a concrete, time-limited proposal will get a yes from you, while a general appeal to &quot;consult more&quot; will get a sigh.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hiroko).</extracomment>
      <translation>تريدون أن تُتّخذ القرارات وأن تنتهي الاجتماعات في موعدها، ولا تصبرون على الإجراءات لذاتها. لكنكم منصفون: الاقتراح الملموس المحدّد بوقت سيلقى منكم موافقة، أمّا الدعوة العامة إلى «مزيد من التشاور» فستلقى تنهيدة.</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.name">
      <source>Imran Chaudhry, warehouse shift leader</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role imran).</extracomment>
      <translation>عمران تشودري، قائد وردية في المستودع</translation>
    </message>
    <message id="nobody-in-the-room.roles.imran.brief">
      <source>You use the quiet room to pray at around one and four on every shift. Leah, back from maternity leave, uses it to express milk, and Jonah uses it when a migraine hits. You are not on the committee. You don't want to speak for every Muslim or every user, but you do want to be asked, and you want the others asked too. If you are invited to the committee, say plainly what you need: the timing, a lock, somewhere to wash.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role imran).</extracomment>
      <translation>تستخدمون غرفة الهدوء للصلاة نحو الواحدة والرابعة في كل وردية. وتستخدمها ليا، العائدة من إجازة الأمومة، لشفط الحليب، ويستخدمها جونا حين تداهمه نوبة صداع نصفي. لستم أعضاء في اللجنة. لا تريدون التحدّث باسم كل المسلمين أو كل مستخدمي الغرفة، لكنكم تريدون أن تُسألوا، وأن يُسأل الآخرون أيضًا. إذا دُعيتم إلى اللجنة، فقولوا بوضوح ما تحتاجونه: التوقيت، وقفلًا، ومكانًا للوضوء.</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="nobody-in-the-room.roles.observer.brief">
      <source>Watch who speaks about the room's users and whether any users ever speak for themselves. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>لاحظوا مَن يتحدّث عن مستخدمي الغرفة، وهل تحدّث أيٌّ من المستخدمين عن نفسه يومًا. استخدموا قائمة المراقب.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.1">
      <source>Did anyone ask who uses the room before the decision? Who, and how long into the item?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سأل أحدٌ مَن يستخدم الغرفة قبل القرار؟ مَن، وبعد كم من الوقت من بدء البند؟</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.2">
      <source>When the users' needs were mentioned, were they described by the users or on their behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>حين ذُكرت احتياجات المستخدمين، هل وصفها المستخدمون أنفسهم أم وُصفت نيابةً عنهم؟</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.3">
      <source>Which of the five moves appeared: distract, delegate, document, delay, direct? In a decision meeting, delay (holding an item) and document (what goes in the decision log) are often the most powerful.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ الخطوات الخمس ظهرت: التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة؟ في اجتماع قرارات، كثيرًا ما يكون التأجيل (إبقاء بند معلّقًا) والتوثيق (ما يُكتب في سجلّ القرارات) هما الأقوى.</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.4">
      <source>Was a fix proposed only for this room, or for how such decisions are made in future?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل اقتُرح حلّ لهذه الغرفة فقط، أم لطريقة اتّخاذ مثل هذه القرارات مستقبلًا؟</translation>
    </message>
    <message id="nobody-in-the-room.observer_checklist.5">
      <source>What did each choice cost Sinéad, Marcus and Hiroko, and what did the quiet choices cost Imran, Leah and Jonah?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ماذا كلّف كلُّ خيار شينيد وماركوس وهيروكو، وماذا كلّفت الخيارات الصامتة عمران وليا وجونا؟</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.title">
      <source>Any other business</source>
      <extracomment>Scene heading, shown on the projector (scene committee).</extracomment>
      <translation>ما يستجدّ من أعمال</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.narration">
      <source>The site committee is twenty minutes over time when Marcus Webb reaches the last item. &quot;Quick one: we're turning the first-floor quiet room into two bookable meeting pods, because every time I walk past it's empty and we're desperate for space. Builders can start Monday; any objections?&quot; Nobody at the table prays at work, is breastfeeding, or has ever needed to sit in the dark through a migraine. Hiroko Sato has her pen over the decision log.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene committee).</extracomment>
      <translation>تجاوزت لجنة الموقع وقتها بعشرين دقيقة حين يصل ماركوس ويب إلى البند الأخير. «بند سريع: سنحوّل غرفة الهدوء في الطابق الأول إلى حجيرتي اجتماعات قابلتين للحجز، لأنني كلّما مررت بها وجدتها فارغة، ونحن في أمسّ الحاجة إلى مساحة. يمكن لعمّال البناء أن يبدؤوا يوم الاثنين؛ هل من اعتراض؟» لا أحد حول الطاولة يصلّي في العمل، أو يُرضع، أو احتاج يومًا إلى الجلوس في الظلام حتى تمرّ نوبة صداع نصفي. وقلم هيروكو ساتو فوق سجلّ القرارات.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.notes">
      <source>Read Marcus's line briskly; the speed is part of the problem. Give the group ninety seconds. Participants often say &quot;I'd have asked&quot;, which is easy to say with the narration in front of you; ask them how often they have held up the last item of an overrunning meeting.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene committee).</extracomment>
      <translation>اقرؤوا جملة ماركوس بسرعة؛ فالسرعة جزء من المشكلة. أعطوا المجموعة تسعين ثانية. كثيرًا ما يقول المشاركون «كنت سأسأل»، وهذا سهل القول والسرد أمامكم؛ اسألوهم كم مرة أوقفوا البند الأخير في اجتماع تجاوز وقته.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.prompt">
      <source>You are Sinéad. Hiroko is about to write &quot;agreed&quot;. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene committee).</extracomment>
      <translation>أنتم شينيد. هيروكو على وشك أن تكتب «تمّت الموافقة». ماذا تفعلون؟</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.text">
      <source>Say nothing. It's a facilities decision, the meeting has overrun, and you don't use the room.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option say-nothing). Shown on a phone button: keep it short, about 93 characters like the English.</extracomment>
      <translation>لا تقولون شيئًا. إنه قرار يخصّ المرافق، والاجتماع تجاوز وقته، وأنتم لا تستخدمون الغرفة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.say-nothing.why">
      <source>Not using the room makes it hard to see what is at stake, which is exactly why silence lets through a decision its users never heard about.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option say-nothing).</extracomment>
      <translation>عدم استخدامكم الغرفة يصعّب رؤية ما هو على المحكّ، ولهذا بالذات يترك الصمت قرارًا يمرّ من دون أن يسمع به مستخدموه.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.text">
      <source>&quot;Fine by me, as long as people still have somewhere to go.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option fine-if). Shown on a phone button: keep it short, about 59 characters like the English.</extracomment>
      <translation>«لا مانع لديّ، ما دام الناس سيجدون مكانًا آخر يذهبون إليه.»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.fine-if.why">
      <source>The caveat shows you care. But it is vague enough to be met with anything, and still nobody asks the people who use the room.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option fine-if).</extracomment>
      <translation>التحفّظ يُظهر اهتمامكم. لكنه مبهم بما يكفي ليُلبّى بأي شيء، ومع ذلك لا يسأل أحدٌ مستخدمي الغرفة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.text">
      <source>&quot;Before we agree: who actually uses that room, and has anyone asked them? I'd rather we held this for a week and found out.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option hold-and-ask). Shown on a phone button: keep it short, about 124 characters like the English.</extracomment>
      <translation>«قبل أن نوافق: مَن يستخدم تلك الغرفة فعلًا، وهل سألهم أحد؟ أفضّل أن نؤجّل هذا أسبوعًا ونتحقّق.»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.hold-and-ask.why">
      <source>You slow the decision and ask the question the room skipped, knowing you will probably be handed the job of finding out.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option hold-and-ask).</extracomment>
      <translation>تُبطئون القرار وتطرحون السؤال الذي تجاوزه الحاضرون، وأنتم تعلمون أنكم على الأرجح ستُكلَّفون بمهمّة التحقّق.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.text">
      <source>&quot;Let's hold it, and let's change how we make these calls. Any change to a space people rely on goes to its users and the staff networks before it comes here. I'll draft that, and we'll hear from the users next week.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene committee, option change-the-rule). Shown on a phone button: keep it short, about 216 characters like the English.</extracomment>
      <translation>«لنؤجّله، ولنغيّر طريقة اتّخاذنا لهذه القرارات. أي تغيير في مساحة يعتمد عليها الناس يُعرض على مستخدميها وعلى شبكات الموظفين قبل أن يصل إلى هنا. سأكتب مسوّدة بذلك، ونستمع إلى المستخدمين الأسبوع القادم.»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.committee.decision.options.change-the-rule.why">
      <source>You deal with this decision and with the gap in the process that let it get this far, using your seat to make asking routine instead of a favour.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene committee, option change-the-rule).</extracomment>
      <translation>تعالجون هذا القرار والثغرة في الإجراء التي سمحت له بالوصول إلى هنا، مستخدمين مقعدكم لتجعلوا السؤال أمرًا معتادًا لا معروفًا.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.title">
      <source>An alternative space</source>
      <extracomment>Scene heading, shown on the projector (scene storeroom).</extracomment>
      <translation>مساحة بديلة</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.narration">
      <source>Hiroko writes: &quot;Agreed. Facilities to ensure alternative space.&quot; Marcus finds some: a corner of the old stationery store on the ground floor, with a curtain and no lock. Nobody who uses the quiet room is told until the works notice goes up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene storeroom).</extracomment>
      <translation>تكتب هيروكو: «تمّت الموافقة. على إدارة المرافق تأمين مساحة بديلة.» ويجد ماركوس مساحة: زاوية في مخزن القرطاسية القديم في الطابق الأرضي، بستارة ومن دون قفل. لا يُبلَّغ أحد ممّن يستخدمون غرفة الهدوء حتى يُعلَّق إشعار الأعمال.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.storeroom.notes">
      <source>Brief scene. Ask the group whether &quot;somewhere to go&quot; was met. Technically, yes. That gap between the letter and the need is worth a sentence, not a lecture.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene storeroom).</extracomment>
      <translation>مشهد قصير. اسألوا المجموعة هل تحقّق شرط «مكان يذهبون إليه». من الناحية الشكلية، نعم. تلك الفجوة بين حرف الشرط والحاجة الفعلية تستحقّ جملة، لا محاضرة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.title">
      <source>Friday, at the coffee machine</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>الجمعة، عند آلة القهوة</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.narration">
      <source>On Friday afternoon a notice goes up on the quiet-room door: works begin Monday. Imran Chaudhry, a warehouse shift leader, catches Sinéad at the coffee machine. &quot;Were you in that meeting? I use that room twice a shift. So does Leah since she came back from maternity leave, and Jonah when his migraines hit. Nobody asked any of us.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>بعد ظهر الجمعة يُعلَّق إشعار على باب غرفة الهدوء: تبدأ الأعمال يوم الاثنين. يستوقف عمران تشودري، قائد وردية في المستودع، شينيد عند آلة القهوة. «هل كنتِ في ذلك الاجتماع؟ أنا أستخدم تلك الغرفة مرتين في كل وردية. وكذلك ليا منذ عادت من إجازة الأمومة، وجونا حين تداهمه نوبات الصداع النصفي. لم يسأل أحدٌ أيًّا منّا.»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.notes">
      <source>If you have an Imran role-player, let them deliver the line and then wait. The silence after it is useful. Watch for Sinéad's role-player reaching for &quot;it wasn't my decision&quot;; ask the room whether that is true.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>إذا كان لديكم مؤدٍّ لدور عمران، فدعوه يقول جملته ثم انتظروا. الصمت الذي يليها مفيد. انتبهوا إذا لجأت مؤدّية دور شينيد إلى «لم يكن قراري»؛ واسألوا الحاضرين هل هذا صحيح.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.prompt">
      <source>You are Sinéad. Imran is waiting for an answer. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>أنتم شينيد. عمران ينتظر جوابًا. ماذا تفعلون؟</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.text">
      <source>&quot;I'm sorry, it's really a facilities decision. You'd need to take it up with Marcus.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option not-my-call). Shown on a phone button: keep it short, about 85 characters like the English.</extracomment>
      <translation>«آسفة، إنه في الحقيقة قرار يخصّ المرافق. عليك أن تراجع ماركوس بشأنه.»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.not-my-call.why">
      <source>It's true that Marcus owns the plan. But you were in the room, and pointing Imran elsewhere leaves him to start from scratch, alone, over a weekend.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option not-my-call).</extracomment>
      <translation>صحيح أنّ الخطة خطة ماركوس. لكنكم كنتم في الاجتماع، وتوجيه عمران إلى مكان آخر يتركه يبدأ من الصفر، وحده، في عطلة نهاية الأسبوع.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.text">
      <source>&quot;That's rubbish, I'm sorry. I honestly didn't know anyone used it.&quot; Then head back to your desk.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option sympathise). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>«هذا مؤسف حقًا، آسفة. بصراحة لم أكن أعرف أنّ أحدًا يستخدمها.» ثم تعودون إلى مكتبكم.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.sympathise.why">
      <source>The sympathy is genuine and the honesty helps. But nothing about Monday changes, and Imran leaves knowing only that you feel bad.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option sympathise).</extracomment>
      <translation>التعاطف صادق والصراحة تساعد. لكنّ شيئًا لا يتغيّر بشأن يوم الاثنين، ويغادر عمران وكل ما يعرفه أنكم تشعرون بالأسف.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.text">
      <source>&quot;Leave it with me.&quot; Later, post in the all-staff channel about how much the company values faith and wellbeing, and say that alternatives are being looked at.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option post-message). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>«اترك الأمر لي.» ثم تنشرون لاحقًا في قناة جميع الموظفين عن تقدير الشركة للإيمان والرفاه، وأنّ البدائل قيد الدراسة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.post-message.why">
      <source>The post is public and kindly meant, and it sounds like action. Nothing is actually being looked at, and the people who use the room will see that first.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option post-message).</extracomment>
      <translation>المنشور علني وبنيّة طيبة، ويبدو كأنه فعل. لكن لا شيء قيد الدراسة فعلًا، ومستخدمو الغرفة هم أول من سيلاحظ ذلك.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.text">
      <source>&quot;I was there, and I didn't ask who uses it. That's on me. I'll ask Hiroko today to pause Monday's works. Would you, Leah and Jonah tell the committee what you need, or tell me and I'll pass it on word for word?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option own-and-pause). Shown on a phone button: keep it short, about 211 characters like the English.</extracomment>
      <translation>«كنت هناك، ولم أسأل مَن يستخدمها. هذا خطئي. سأطلب من هيروكو اليوم إيقاف أعمال الاثنين مؤقتًا. هل تخبر أنت وليا وجونا اللجنة بما تحتاجونه، أم تخبرونني وأنقله حرفيًا؟»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.corridor.decision.options.own-and-pause.why">
      <source>You own your part without excuses, act before Monday, and let the users choose how they are heard.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option own-and-pause).</extracomment>
      <translation>تتحمّلون نصيبكم من دون أعذار، وتتصرّفون قبل يوم الاثنين، وتتركون للمستخدمين أن يختاروا كيف يُسمَع صوتهم.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.title">
      <source>One week</source>
      <extracomment>Scene heading, shown on the projector (scene held).</extracomment>
      <translation>أسبوع واحد</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.narration">
      <source>Hiroko sighs: &quot;We've been talking about meeting space for six months.&quot; She agrees to hold the item for a week and, since Sinéad raised it, asks her to find out who uses the room. Marcus looks less than pleased. Over three days Sinéad talks to Imran, to Leah, back from maternity leave, and to Jonah, who gets migraines; none of them had heard about the plan.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene held).</extracomment>
      <translation>تتنهّد هيروكو: «نتحدّث عن مساحة الاجتماعات منذ ستة أشهر.» وتوافق على تأجيل البند أسبوعًا، وبما أنّ شينيد هي من أثارته، تطلب منها أن تعرف مَن يستخدم الغرفة. لا يبدو ماركوس سعيدًا. خلال ثلاثة أيام تتحدّث شينيد إلى عمران، وإلى ليا العائدة من إجازة الأمومة، وإلى جونا الذي تصيبه نوبات الصداع النصفي؛ ولم يكن أيٌّ منهم قد سمع بالخطة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.held.notes">
      <source>Name the cost: Sinéad now has homework and a slightly cooler facilities manager. Ask the group whether they would have raised it knowing they'd be given the job.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene held).</extracomment>
      <translation>سمّوا الكلفة: صار على شينيد واجب إضافي، ومدير مرافق أكثر برودًا قليلًا. اسألوا المجموعة هل كانوا سيثيرون المسألة لو علموا أنهم سيُكلَّفون بالمهمّة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.title">
      <source>Not every broom cupboard</source>
      <extracomment>Scene heading, shown on the projector (scene rule-proposed).</extracomment>
      <translation>ليس كل خزانة مكانس</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.narration">
      <source>Hiroko pushes back: &quot;I'm not adding a consultation stage for every broom cupboard.&quot; They settle on a one-week hold and a draft rule covering rooms used for faith, health or care. Marcus mutters that facilities will need permission to move a chair. Sinéad spends two evenings drafting the rule and meeting the room's users, who tell her they would rather speak for themselves than through her.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene rule-proposed).</extracomment>
      <translation>تعترض هيروكو: «لن أضيف مرحلة تشاور لكل خزانة مكانس.» ويتّفقون على تأجيل لمدة أسبوع ومسوّدة قاعدة تشمل الغرف المستخدمة للعبادة أو الصحة أو الرعاية. يتمتم ماركوس بأنّ إدارة المرافق ستحتاج إلى إذن لتحريك كرسي. تقضي شينيد أمسيتين في صياغة القاعدة ولقاء مستخدمي الغرفة، الذين يخبرونها بأنهم يفضّلون التحدّث عن أنفسهم لا من خلالها.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.rule-proposed.notes">
      <source>The users' last line matters. Advocacy that ends with Sinéad speaking for everyone has missed something. Flag it, and see whether the group picks it up at the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene rule-proposed).</extracomment>
      <translation>الجملة الأخيرة للمستخدمين مهمّة. المناصرة التي تنتهي بأن تتحدّث شينيد نيابةً عن الجميع قد فاتها شيء. نبّهوا إلى ذلك، وانظروا هل تلتقطه المجموعة في القرار التالي.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.title">
      <source>A sensible middle ground</source>
      <extracomment>Scene heading, shown on the projector (scene reconvened).</extracomment>
      <translation>حلّ وسط معقول</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.narration">
      <source>A week later the committee meets again. Marcus has a compromise: keep the quiet room, but make it a bookable meeting pod from nine to five, with quiet use &quot;outside core hours&quot;. Imran's prayers fall at around one and four on every shift. Hiroko looks round the table: &quot;That sounds like a sensible middle ground. Shall we?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene reconvened).</extracomment>
      <translation>بعد أسبوع تجتمع اللجنة مجددًا. لدى ماركوس حلّ وسط: الإبقاء على غرفة الهدوء، لكن جعلها حجيرة اجتماعات قابلة للحجز من التاسعة إلى الخامسة، مع استخدامها للهدوء «خارج ساعات العمل الأساسية». صلوات عمران تقع نحو الواحدة والرابعة في كل وردية. تنظر هيروكو حول الطاولة: «يبدو هذا حلًّا وسطًا معقولًا. هل نعتمده؟»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.notes">
      <source>Three minutes. This is the more sophisticated trap: a compromise that sounds reasonable and quietly ignores what the consultation found. If nobody spots the timing clash, read the third sentence again, slowly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene reconvened).</extracomment>
      <translation>ثلاث دقائق. هذا هو الفخّ الأكثر دهاءً: حلّ وسط يبدو معقولًا ويتجاهل بهدوء ما كشفه التشاور. إذا لم يلاحظ أحدٌ تعارض التوقيت، فأعيدوا قراءة الجملة الثالثة ببطء.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.prompt">
      <source>You are Sinéad. The compromise is about to be agreed. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene reconvened).</extracomment>
      <translation>أنتم شينيد. الحلّ الوسط على وشك أن يُعتمد. ماذا تفعلون؟</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.text">
      <source>Accept the compromise. You have already held the item once and don't want to be the one who blocks it twice.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option accept). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>تقبلون الحلّ الوسط. لقد أجّلتم البند مرة، ولا تريدون أن تكونوا من يعرقله مرتين.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.accept.why">
      <source>Not wanting to be &quot;difficult&quot; twice is understandable. But the compromise rules out exactly the hours the room is needed, and everyone at the table has now been told so.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option accept).</extracomment>
      <translation>ألّا تريدوا أن تكونوا «صعبي المراس» مرتين أمر مفهوم. لكنّ الحلّ الوسط يستبعد بالضبط الساعات التي تُحتاج فيها الغرفة، وقد قيل ذلك لكل من حول الطاولة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.text">
      <source>&quot;Great outcome. Let's put this in the newsletter as an example of us listening to staff.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option praise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>«نتيجة رائعة. لننشر هذا في النشرة الداخلية مثالًا على إصغائنا للموظفين.»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.praise.why">
      <source>It celebrates the consultation while the decision ignores what the consultation found, and the people who were consulted read the newsletter too.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option praise).</extracomment>
      <translation>يحتفي بالتشاور بينما يتجاهل القرارُ ما كشفه التشاور، ومَن جرت استشارتهم يقرؤون النشرة أيضًا.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.text">
      <source>&quot;The people who use it told me when: around one and four, on every shift. Nine to five rules them out. Before we agree anything, can we hear from Imran directly?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option bring-the-facts). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>«أخبرني مستخدموها متى: نحو الواحدة والرابعة، في كل وردية. من التاسعة إلى الخامسة يستبعدهم. قبل أن نوافق على أي شيء، هل نستمع إلى عمران مباشرة؟»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.bring-the-facts.why">
      <source>You put the specific facts in front of the room and ask for the people affected to speak for themselves, instead of letting a tidy compromise stand in for listening.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option bring-the-facts).</extracomment>
      <translation>تضعون الحقائق المحدّدة أمام الحاضرين وتطلبون أن يتحدّث المتأثّرون عن أنفسهم، بدل أن يحلّ حلٌّ وسط أنيق محلّ الإصغاء.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.text">
      <source>&quot;Let's not split this room. Marcus, the boardroom is empty most afternoons; could the pods go there? And I'd like us to adopt the consultation rule today, so the next room change doesn't depend on someone happening to ask.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene reconvened, option redesign). Shown on a phone button: keep it short, about 223 characters like the English.</extracomment>
      <translation>«لا نقسم هذه الغرفة. ماركوس، قاعة الإدارة فارغة معظم فترات بعد الظهر؛ ألا يمكن وضع الحجيرات هناك؟ وأودّ أن نعتمد قاعدة التشاور اليوم، كي لا يعتمد التغيير القادم على مصادفة أن يسأل أحد.»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.reconvened.decision.options.redesign.why">
      <source>You offer a better alternative using space the committee itself controls, and lock in the process change so it outlasts this case.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene reconvened, option redesign).</extracomment>
      <translation>تقدّمون بديلًا أفضل من مساحة تتحكّم فيها اللجنة نفسها، وتثبّتون تغيير الإجراء كي يدوم بعد هذه الحالة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.title">
      <source>Booked solid</source>
      <extracomment>Scene heading, shown on the projector (scene end-pods).</extracomment>
      <translation>محجوزة بالكامل</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.narration">
      <source>The pods open a fortnight later and are booked solid. Imran prays in a stairwell between shifts, and Leah expresses milk in her car. In the next staff survey, agreement that &quot;decisions here take people like me into account&quot; drops twelve points at the warehouse.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pods).</extracomment>
      <translation>تُفتتح الحجيرات بعد أسبوعين وتُحجز بالكامل. يصلّي عمران في بئر السلّم بين الورديات، وتشفط ليا الحليب في سيارتها. وفي استطلاع الموظفين التالي، تنخفض الموافقة على عبارة «القرارات هنا تأخذ أمثالي في الحسبان» اثنتي عشرة نقطة في المستودع.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-pods.notes">
      <source>Let the group sit with this for a moment. Then ask: at what point could this still have been stopped, and by whom?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pods).</extracomment>
      <translation>دعوا المجموعة تتأمّل هذا لحظة. ثم اسألوا: في أي لحظة كان لا يزال بالإمكان إيقاف هذا، ومَن كان يستطيع ذلك؟</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.title">
      <source>Thinking about it</source>
      <extracomment>Scene heading, shown on the projector (scene end-sorry).</extracomment>
      <translation>تفكّر في الأمر</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-sorry.narration">
      <source>Imran thanks her for listening and goes back to the floor. The works go ahead on Monday. Sinéad thinks about it more than once over the following weeks, but it never becomes a sentence in a meeting.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sorry).</extracomment>
      <translation>يشكرها عمران على الإصغاء ويعود إلى أرض المستودع. تمضي الأعمال يوم الاثنين. تفكّر شينيد في الأمر أكثر من مرة في الأسابيع التالية، لكنه لا يتحوّل أبدًا إلى جملة في اجتماع.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.title">
      <source>Reactions from one floor</source>
      <extracomment>Scene heading, shown on the projector (scene end-posted).</extracomment>
      <translation>تفاعلات من طابق واحد</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.narration">
      <source>The post gets plenty of reactions from the office floors and none from the warehouse. The works go ahead. A week later Imran asks Sinéad what happened with the alternatives, and she has no answer.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-posted).</extracomment>
      <translation>يحصد المنشور تفاعلات كثيرة من طوابق المكاتب ولا شيء من المستودع. تمضي الأعمال. وبعد أسبوع يسأل عمران شينيد عمّا حدث بشأن البدائل، فلا تجد جوابًا.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-posted.notes">
      <source>If the participant who chose this is uncomfortable, acknowledge that the post felt like doing something. Ask what a single phone call to Hiroko would have cost by comparison.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-posted).</extracomment>
      <translation>إذا شعر المشارك الذي اختار هذا الخيار بعدم الارتياح، فاعترفوا بأنّ المنشور بدا كأنه فعل شيء. واسألوا كم كانت ستكلّف مكالمة هاتفية واحدة لهيروكو بالمقارنة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.title">
      <source>A two-week pause</source>
      <extracomment>Scene heading, shown on the projector (scene end-paused).</extracomment>
      <translation>توقّف لأسبوعين</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.narration">
      <source>Hiroko is annoyed, since the builders charge a cancellation fee, but she agrees to a two-week pause. Imran, Leah and Jonah meet Marcus together, and it turns out the room is empty at ten because everyone uses it at lunchtime and mid-afternoon. The pods go into an underused storeroom instead, and the quiet room gets a lock and a small sink.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-paused).</extracomment>
      <translation>تنزعج هيروكو، فعمّال البناء يفرضون رسوم إلغاء، لكنها توافق على توقّف لأسبوعين. يلتقي عمران وليا وجونا بماركوس معًا، فيتبيّن أنّ الغرفة فارغة في العاشرة لأنّ الجميع يستخدمونها وقت الغداء ومنتصف بعد الظهر. توضع الحجيرات بدلًا من ذلك في مخزن قليل الاستخدام، وتحصل غرفة الهدوء على قفل ومغسلة صغيرة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-paused.notes">
      <source>Point out that the fix came from the users, not from Sinéad; her part was to stop the clock and get them into the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-paused).</extracomment>
      <translation>أشيروا إلى أنّ الحلّ جاء من المستخدمين لا من شينيد؛ كان دورها أن توقف العدّاد وتُدخلهم إلى القاعة.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.title">
      <source>A pod by day</source>
      <extracomment>Scene heading, shown on the projector (scene end-split).</extracomment>
      <translation>حجيرة في النهار</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.narration">
      <source>The room becomes a pod by day. Within a fortnight it is booked at one o'clock most days, and Imran stops asking for it to be freed. The consultation Sinéad ran appears in the minutes as &quot;completed&quot;.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-split).</extracomment>
      <translation>تصبح الغرفة حجيرة اجتماعات في النهار. وخلال أسبوعين تُحجز في الواحدة معظم الأيام، ويتوقّف عمران عن طلب إخلائها. ويظهر التشاور الذي أجرته شينيد في المحضر بوصفه «مُنجزًا».</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-split.notes">
      <source>Ask the group: was this consultation better or worse than none at all, from Imran's point of view?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-split).</extracomment>
      <translation>اسألوا المجموعة: من وجهة نظر عمران، هل كان هذا التشاور أفضل أم أسوأ من عدمه؟</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.title">
      <source>In the newsletter</source>
      <extracomment>Scene heading, shown on the projector (scene end-newsletter).</extracomment>
      <translation>في النشرة الداخلية</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-newsletter.narration">
      <source>The newsletter piece runs with a photo of the committee. Leah reads it in her car, where she now expresses milk between nine and five. Imran forwards it to Sinéad with one line: &quot;Listening to who?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-newsletter).</extracomment>
      <translation>تُنشر المقالة في النشرة مع صورة للجنة. تقرؤها ليا في سيارتها، حيث صارت تشفط الحليب بين التاسعة والخامسة. ويعيد عمران توجيهها إلى شينيد بسطر واحد: «الإصغاء لمن؟»</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.title">
      <source>Four minutes from Imran</source>
      <extracomment>Scene heading, shown on the projector (scene end-heard).</extracomment>
      <translation>أربع دقائق من عمران</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-heard.narration">
      <source>Imran speaks for four minutes, plainly, and the committee sees that the room is busiest exactly when the compromise would lock it. The pods are put on hold while Marcus looks for other space, and the sales team grumbles loudly through a month of cramped meetings. The quiet room stays as it is.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-heard).</extracomment>
      <translation>يتحدّث عمران أربع دقائق، بوضوح، فترى اللجنة أنّ الغرفة تكون في أشدّ ازدحامها بالضبط حين سيقفلها الحلّ الوسط. تُعلَّق الحجيرات ريثما يبحث ماركوس عن مساحة أخرى، ويتذمّر فريق المبيعات بصوت عالٍ طوال شهر من الاجتماعات المكتظّة. وتبقى غرفة الهدوء كما هي.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.title">
      <source>The boardroom, three afternoons a week</source>
      <extracomment>Scene heading, shown on the projector (scene end-rule).</extracomment>
      <translation>قاعة الإدارة، ثلاث فترات بعد الظهر أسبوعيًا</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.narration">
      <source>Hiroko gives up the boardroom three afternoons a week, not graciously. The rule is adopted with one amendment from Marcus, a five-day limit so it can't stall facilities for months, which is a fair point. Six months later, a plan to move the first-aid room goes to its users first, and nobody has to remember to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-rule).</extracomment>
      <translation>تتخلّى هيروكو عن قاعة الإدارة ثلاث فترات بعد الظهر أسبوعيًا، من دون طيب خاطر. تُعتمد القاعدة مع تعديل واحد من ماركوس: مهلة خمسة أيام كي لا تعطّل إدارة المرافق لأشهر، وهي نقطة منصفة. وبعد ستة أشهر، تُعرض خطة لنقل غرفة الإسعافات الأولية على مستخدميها أولًا، ولا يحتاج أحد إلى أن يتذكّر أن يسأل.</translation>
    </message>
    <message id="nobody-in-the-room.scenes.end-rule.notes">
      <source>Highlight Marcus's amendment: the person who nearly caused the harm improved the fix. That is what it looks like when a process change brings people with it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-rule).</extracomment>
      <translation>سلّطوا الضوء على تعديل ماركوس: الشخص الذي كاد يتسبّب في الضرر حسّن الحلّ. هكذا يبدو الأمر حين يأخذ تغيير الإجراء الناس معه.</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.1">
      <source>Who was affected by the decision, and at what point did any of them get to speak?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>مَن تأثّر بالقرار، وفي أي لحظة أُتيح لأيٍّ منهم أن يتكلّم؟</translation>
    </message>
    <message id="nobody-in-the-room.debrief.what.2">
      <source>What did &quot;always empty&quot; turn out to mean?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا تبيّن أنّ «فارغة دائمًا» تعني؟</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.1">
      <source>Why do decisions that affect absent people feel so uncontroversial in the room?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا تبدو القرارات التي تمسّ أشخاصًا غائبين غير مثيرة للجدل داخل القاعة؟</translation>
    </message>
    <message id="nobody-in-the-room.debrief.so_what.2">
      <source>What is the difference between consulting people and deciding what they said?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ما الفرق بين استشارة الناس وتقرير ما قالوه نيابةً عنهم؟</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.1">
      <source>In your next decision meeting, which item could affect people who aren't at the table? How will you find out?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>في اجتماع القرارات القادم لديكم، أيّ بند قد يمسّ أشخاصًا ليسوا حول الطاولة؟ وكيف ستعرفون ذلك؟</translation>
    </message>
    <message id="nobody-in-the-room.debrief.now_what.2">
      <source>What one line could you add to a process you own so that the people affected are asked by default?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ما السطر الواحد الذي يمكنكم إضافته إلى إجراء تملكونه كي يُسأل المتأثّرون تلقائيًا؟</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.title">
      <source>Workplace allyship practice: notice who is absent when a decision is made, and bring the people affected into it</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: ملاحظة مَن يغيب حين يُتّخذ القرار، وإشراك المتأثّرين فيه</translation>
    </message>
    <message id="nobody-in-the-room.sources.1.note">
      <source>Drawn from writing on systemic allyship and on the private moments, such as a meeting with nobody from the affected group present, where a biased decision is easiest to make.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مستمدّ من كتابات عن التضامن على مستوى المنظومة، وعن اللحظات الخاصة، كاجتماع لا يحضره أحد من الفئة المتأثّرة، حيث يكون اتّخاذ قرار متحيّز في أسهل حالاته.</translation>
    </message>
    <message id="owning-a-mistake.title">
      <source>Corrected in front of the room</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>تصحيح أمام الجميع</translation>
    </message>
    <message id="owning-a-mistake.summary">
      <source>During a product demo, a product manager uses an outdated phrase about wheelchair users and is corrected, kindly and in public, by the team's accessibility specialist. The group decides how he responds in the moment, and then what he does when a senior colleague tries to reassure him and the phrase turns out to be all over the product's help text.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>خلال عرض توضيحي لمنتج، يستخدم مدير منتج عبارة قديمة عن مستخدمي الكراسي المتحرّكة، فتصحّحها له أخصّائية إمكانية الوصول في الفريق، بلطف وأمام الجميع. تقرّر المجموعة كيف يردّ في تلك اللحظة، ثم ماذا يفعل حين يحاول زميل رفيع المنصب طمأنته، ويتبيّن أن العبارة منتشرة في نصوص المساعدة في المنتج كله.</translation>
    </message>
    <message id="owning-a-mistake.content_note">
      <source>This role-play includes an outdated phrase about wheelchair users said in a meeting, a wheelchair user correcting it, and a senior colleague dismissing the correction as oversensitive.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا عبارةً قديمة عن مستخدمي الكراسي المتحرّكة تُقال في اجتماع، وزميلةً تستخدم كرسيًا متحرّكًا تصحّحها، وزميلًا رفيع المنصب يستخفّ بالتصحيح ويعدّه حساسية مفرطة.</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.name">
      <source>Rafael Herrera, product manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role rafael).</extracomment>
      <translation>رافاييل هيريرا، مدير منتج</translation>
    </message>
    <message id="owning-a-mistake.roles.rafael.brief">
      <source>You are demoing a feature you are proud of: a filter that helps customers find accessible seating at venues. You have said &quot;confined to a wheelchair&quot; for years without thinking about it. When Ngozi corrects you, your face goes hot and your first instinct is to explain. Let the group decide what you actually say.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role rafael).</extracomment>
      <translation>تعرضون ميزة تفخرون بها: مرشّح يساعد العملاء على إيجاد مقاعد ميسّرة الوصول في أماكن الفعاليات. قلتم «حبيس الكرسي المتحرّك» لسنوات دون تفكير. حين تصحّح لكم نغوزي، يحمرّ وجهكم، وأول ما يخطر لكم هو الشرح والتبرير. دعوا المجموعة تقرّر ما تقولونه فعلًا.</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.name">
      <source>Ngozi Eze, accessibility specialist</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ngozi).</extracomment>
      <translation>نغوزي إيزي، أخصّائية إمكانية الوصول</translation>
    </message>
    <message id="owning-a-mistake.roles.ngozi.brief">
      <source>You use a wheelchair. You correct the phrase once, briefly and kindly, because it will otherwise end up in customer-facing text. You do not want a long apology and you do not want to comfort Rafael. You have a real point to make about step-free routes from venue entrances. You are tired of being asked to check everyone's language for free.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ngozi).</extracomment>
      <translation>تستخدمون كرسيًا متحرّكًا. تصحّحون العبارة مرة واحدة، باختصار ولطف، لأنها، إن لم تُصحَّح، ستنتهي في نصوص موجّهة إلى العملاء. لا تريدون اعتذارًا طويلًا، ولا تريدون مواساة رافاييل. لديكم نقطة حقيقية تريدون طرحها حول المسارات الخالية من الدرجات من مداخل أماكن الفعاليات. لقد سئمتم من أن يُطلب منكم مراجعة لغة الجميع دون مقابل.</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.name">
      <source>Brendan O'Connor, engineering director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brendan).</extracomment>
      <translation>بريندان أوكونور، مدير الهندسة</translation>
    </message>
    <message id="owning-a-mistake.roles.brendan.brief">
      <source>You like Rafael and want to make him feel better after an awkward moment. Your way of doing that is to say the world has got oversensitive. You are not malicious; you simply haven't thought about it much. If someone disagrees with you kindly, you listen. If you are lectured, you bristle.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brendan).</extracomment>
      <translation>تحبّون رافاييل وتريدون أن تخفّفوا عنه بعد لحظة محرجة. طريقتكم في ذلك أن تقولوا إن العالم صار مفرط الحساسية. لستم سيّئي النيّة؛ كل ما في الأمر أنكم لم تفكّروا في الموضوع كثيرًا. إن خالفكم أحد بلطف، تصغون. وإن أُلقيت عليكم محاضرة، تنفعلون.</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="owning-a-mistake.roles.observer.brief">
      <source>Time Rafael's response to the correction, in seconds, and note whose feelings the room ends up attending to. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>احسبوا بالثواني مدّة ردّ رافاييل على التصحيح، ودوّنوا مشاعرَ مَن انتهت القاعة إلى الاهتمام بها. استعينوا بقائمة المراقب.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.1">
      <source>How long did Rafael's response to the correction take, and how much of it was about his own intent or feelings?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>كم استغرق ردّ رافاييل على التصحيح، وكم منه كان عن نيّته أو مشاعره؟</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.2">
      <source>Did the apology include an &quot;if&quot;, a &quot;but&quot; or an explanation? Write down the exact words.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل تضمّن الاعتذار «إن» أو «لكن» أو تبريرًا؟ دوّنوا الكلمات بدقّة.</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.3">
      <source>After the correction, whose comfort did the room attend to: Ngozi's or Rafael's? Did Ngozi get to make the point she came with?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>بعد التصحيح، براحة مَن اهتمّت القاعة: نغوزي أم رافاييل؟ وهل تمكّنت نغوزي من طرح النقطة التي جاءت بها؟</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.4">
      <source>At the lifts, which of the five moves could Rafael use with Brendan: distract, delegate, document, delay, direct? Which did he use?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>عند المصاعد، أيّ الخطوات الخمس كان يمكن لرافاييل استخدامها مع بريندان: التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة؟ وأيّها استخدم؟</translation>
    </message>
    <message id="owning-a-mistake.observer_checklist.5">
      <source>Did the fix reach the product, or only the conversation?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل وصل التصحيح إلى المنتج، أم بقي في الحديث فقط؟</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.title">
      <source>The product review</source>
      <extracomment>Scene heading, shown on the projector (scene demo).</extracomment>
      <translation>مراجعة المنتج</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.narration">
      <source>Thursday's product review: twelve people in the room and six on the call. Rafael Herrera is demoing the new accessible-seating filter: &quot;This is going to make life so much easier for people confined to wheelchairs.&quot; Ngozi Eze, the team's accessibility specialist, raises a hand: &quot;Small thing: 'wheelchair users', please. My chair doesn't confine me; it's how I get around.&quot; A few people look down at their screens.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene demo).</extracomment>
      <translation>مراجعة المنتج يوم الخميس: اثنا عشر شخصًا في القاعة وستة في المكالمة. يعرض رافاييل هيريرا مرشّح المقاعد الميسّرة الجديد: «هذا سيجعل الحياة أسهل بكثير على حبيسي الكراسي المتحرّكة.» ترفع نغوزي إيزي، أخصّائية إمكانية الوصول في الفريق، يدها: «أمر صغير: &quot;مستخدمو الكراسي المتحرّكة&quot;، من فضلك. كرسيّي لا يحبسني؛ إنه وسيلتي للتنقّل.» ينظر بعض الحاضرين إلى شاشاتهم.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.notes">
      <source>Ninety seconds is plenty; the real decision takes about three seconds in life. Ask the group to notice their own first instinct before they discuss. If a participant says &quot;but that phrase is normal&quot;, don't argue the vocabulary; come back to how the correction was handled, which is the point.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene demo).</extracomment>
      <translation>تسعون ثانية كافية تمامًا؛ فالقرار الحقيقي يستغرق نحو ثلاث ثوانٍ في الواقع. اطلبوا من المجموعة أن يلاحظوا أول ما خطر لهم قبل أن يتناقشوا. إن قال مشارك «لكن هذه العبارة عادية»، فلا تجادلوا في المفردات؛ عودوا إلى طريقة التعامل مع التصحيح، فهي بيت القصيد.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.prompt">
      <source>You are Rafael. Everyone is waiting. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene demo).</extracomment>
      <translation>أنتم رافاييل. الجميع ينتظر. ماذا تفعلون؟</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.text">
      <source>&quot;Sorry if that came out wrong. I didn't mean anything by it; it's just the phrase everyone used when I was growing up.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option explain). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>«آسف إن خرجت الكلمة بشكل خاطئ. لم أقصد شيئًا؛ إنها العبارة التي كان يستخدمها الجميع حين كنت صغيرًا.»</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.explain.why">
      <source>Explaining is a natural reflex. But the &quot;if&quot; makes the apology conditional, the focus moves to your intent rather than the impact, and nothing is actually owned.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option explain).</extracomment>
      <translation>التبرير ردّ فعل طبيعي. لكن «إن» تجعل الاعتذار مشروطًا، وينتقل التركيز إلى نيّتكم بدل الأثر، ولا يتحمّل أحد المسؤولية فعلًا.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.text">
      <source>&quot;Sure, yep.&quot; Then straight on to the next slide, as fast as possible.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option brush-past). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>«حسنًا، نعم.» ثم تنتقلون فورًا إلى الشريحة التالية بأسرع ما يمكن.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.brush-past.why">
      <source>You accept the correction, which counts for something. But it hasn't really landed, and rushing on can look like hoping nobody noticed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option brush-past).</extracomment>
      <translation>تقبلون التصحيح، وهذا له قيمته. لكنه لم يترسّخ فعلًا، والاندفاع إلى الأمام قد يبدو أملًا في ألّا يكون أحد قد لاحظ.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.text">
      <source>&quot;Oh no, I'm so sorry, Ngozi. I'm honestly mortified. I really care about this, I did the whole accessibility course last year...&quot; You keep going for a while.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option big-apology). Shown on a phone button: keep it short, about 157 characters like the English.</extracomment>
      <translation>«يا إلهي، أنا آسف جدًا يا نغوزي. أشعر بالخجل حقًا. هذا الأمر يهمّني كثيرًا، لقد أنهيت دورة إمكانية الوصول كاملة العام الماضي...» وتستمرّون بعض الوقت.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.big-apology.why">
      <source>Sincere and very human. But a long apology turns the room towards your feelings and your credentials, and leaves Ngozi reassuring you in front of eighteen people.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option big-apology).</extracomment>
      <translation>صادق وإنساني جدًا. لكن الاعتذار الطويل يوجّه القاعة نحو مشاعركم ومؤهّلاتكم، ويترك نغوزي تطمئنكم أمام ثمانية عشر شخصًا.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.text">
      <source>&quot;Thanks, Ngozi. Wheelchair users. Sorry.&quot; Then carry on with the demo, using the right term.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene demo, option own-it). Shown on a phone button: keep it short, about 92 characters like the English.</extracomment>
      <translation>«شكرًا يا نغوزي. مستخدمو الكراسي المتحرّكة. آسف.» ثم تتابعون العرض بالتعبير الصحيح.</translation>
    </message>
    <message id="owning-a-mistake.scenes.demo.decision.options.own-it.why">
      <source>Short, specific and without excuses: you own it, fix it and move on, which keeps the attention on the work and on Ngozi's point rather than on your embarrassment.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene demo, option own-it).</extracomment>
      <translation>قصير ومحدّد وبلا أعذار: تتحمّلون الخطأ، وتصحّحونه، وتمضون، فيبقى الاهتمام على العمل وعلى نقطة نغوزي لا على إحراجكم.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.title">
      <source>A short pause</source>
      <extracomment>Scene heading, shown on the projector (scene explained).</extracomment>
      <translation>لحظة صمت قصيرة</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.narration">
      <source>There is a short pause. Ngozi says, &quot;Sure,&quot; and doesn't speak again for the rest of the review. In the call chat, two people add a heart to her comment; nobody reacts to Rafael's. The demo finishes on time.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene explained).</extracomment>
      <translation>يسود صمت قصير. تقول نغوزي: «حسنًا»، ولا تتكلّم مرة أخرى بقية المراجعة. في محادثة المكالمة، يضع شخصان قلبًا على تعليقها؛ ولا يتفاعل أحد مع كلام رافاييل. ينتهي العرض في موعده.</translation>
    </message>
    <message id="owning-a-mistake.scenes.explained.notes">
      <source>If the person who chose this gets defensive (&quot;so I can't explain myself?&quot;), agree that intent matters to you, then ask what Ngozi got out of hearing about it. Keep your tone curious, not corrective.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene explained).</extracomment>
      <translation>إن دافع من اختار هذا الخيار عن نفسه («يعني لا يحقّ لي أن أشرح؟»)، فوافقوه على أن النيّة مهمّة له، ثم اسألوا ماذا استفادت نغوزي من سماعها. حافظوا على نبرة فضولية لا تصحيحية.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.title">
      <source>Eight minutes later</source>
      <extracomment>Scene heading, shown on the projector (scene brushed).</extracomment>
      <translation>بعد ثماني دقائق</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.narration">
      <source>The review rolls on. Eight minutes later, on the pricing slide, Rafael says &quot;confined to a wheelchair&quot; again, without noticing. This time Ngozi says nothing. She writes something in her notebook.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brushed).</extracomment>
      <translation>تمضي المراجعة. بعد ثماني دقائق، عند شريحة الأسعار، يقول رافاييل «حبيس الكرسي المتحرّك» مرة أخرى دون أن ينتبه. هذه المرة لا تقول نغوزي شيئًا. تكتب شيئًا في دفترها.</translation>
    </message>
    <message id="owning-a-mistake.scenes.brushed.notes">
      <source>This lands hard, and it is very common. Point out that a correction not absorbed tends to repeat, and that the second time costs the other person more than the first.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brushed).</extracomment>
      <translation>لهذا وقع قاسٍ، وهو شائع جدًا. أشيروا إلى أن التصحيح الذي لا يُستوعب يميل إلى التكرار، وأن المرة الثانية تكلّف الشخص الآخر أكثر من الأولى.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.title">
      <source>Four minutes about Rafael</source>
      <extracomment>Scene heading, shown on the projector (scene mortified).</extracomment>
      <translation>أربع دقائق عن رافاييل</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.narration">
      <source>Ngozi waits for a gap, then says, &quot;Honestly, it's fine, don't worry,&quot; and keeps smiling at Rafael until he stops. The next four minutes of the review are about how bad he feels. The feedback she came with, about step-free routes from venue entrances, never gets raised.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene mortified).</extracomment>
      <translation>تنتظر نغوزي فرصة، ثم تقول: «صدقًا، لا بأس، لا تقلق»، وتواصل الابتسام لرافاييل حتى يتوقّف. تدور الدقائق الأربع التالية من المراجعة حول سوء شعوره. أما الملاحظات التي جاءت بها، عن المسارات الخالية من الدرجات من مداخل أماكن الفعاليات، فلا تُطرح أبدًا.</translation>
    </message>
    <message id="owning-a-mistake.scenes.mortified.notes">
      <source>Ask Ngozi's role-player what she had planned to say and didn't get to. That lost point about step-free routes is the concrete cost; let it speak for itself.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene mortified).</extracomment>
      <translation>اسألوا من تؤدّي دور نغوزي عمّا خطّطت لقوله ولم تتمكّن منه. تلك النقطة الضائعة عن المسارات الخالية من الدرجات هي الكلفة الملموسة؛ دعوها تتحدّث عن نفسها.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.title">
      <source>The demo goes on</source>
      <extracomment>Scene heading, shown on the projector (scene owned).</extracomment>
      <translation>العرض يستمرّ</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.narration">
      <source>Ngozi nods, and the demo goes on. Rafael stumbles once, catches himself, says &quot;wheelchair users&quot;, and keeps going. At the end, Ngozi raises step-free routes from venue entrances, and the team adds them to the backlog. Rafael's face stays warm for the next hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene owned).</extracomment>
      <translation>تومئ نغوزي، ويستمرّ العرض. يتعثّر رافاييل مرة، فيستدرك نفسه ويقول «مستخدمو الكراسي المتحرّكة»، ويواصل. في النهاية تطرح نغوزي مسألة المسارات الخالية من الدرجات من مداخل أماكن الفعاليات، فيضيفها الفريق إلى قائمة الأعمال. ويبقى وجه رافاييل محمرًّا طوال الساعة التالية.</translation>
    </message>
    <message id="owning-a-mistake.scenes.owned.notes">
      <source>Note that the discomfort didn't vanish; owning a mistake doesn't make it feel good. Ask Rafael's role-player how the stumble felt, and whether it mattered to anyone but him.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene owned).</extracomment>
      <translation>لاحظوا أن الانزعاج لم يختفِ؛ تحمّل مسؤولية الخطأ لا يجعله شعورًا لطيفًا. اسألوا من يؤدّي دور رافاييل كيف كان شعور التعثّر، وهل كان مهمًّا لأحد سواه.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.title">
      <source>By the lifts</source>
      <extracomment>Scene heading, shown on the projector (scene corridor).</extracomment>
      <translation>عند المصاعد</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.narration">
      <source>After the review, Brendan O'Connor falls into step with Rafael on the way to the lifts. &quot;Don't let that get to you. You can't say anything these days. Ngozi's great, but she's quick off the mark.&quot; Back at his desk, Rafael searches the product spec: the phrase appears eleven times, and three of those are in customer help text that ships on Monday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene corridor).</extracomment>
      <translation>بعد المراجعة، يلحق بريندان أوكونور برافاييل في الطريق إلى المصاعد. «لا تدع ذلك يزعجك. لم يعد بإمكانك أن تقول أي شيء هذه الأيام. نغوزي رائعة، لكنها سريعة الانقضاض.» في مكتبه، يبحث رافاييل في مواصفات المنتج: العبارة تظهر إحدى عشرة مرة، ثلاث منها في نصوص مساعدة العملاء التي ستصدر يوم الاثنين.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.notes">
      <source>This is the private test. Give it two to three minutes. Brendan is reassuring, not hostile; if the group turns him into a villain, ask Brendan's role-player what he meant. Watch for participants who want Ngozi to review the spec; ask how many times this month she has been asked that.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene corridor).</extracomment>
      <translation>هذا هو الاختبار الخاص. امنحوه دقيقتين إلى ثلاث. بريندان يطمئن ولا يعادي؛ إن حوّلته المجموعة إلى شرير، فاسألوا من يؤدّي دوره عمّا قصده. انتبهوا للمشاركين الذين يريدون من نغوزي مراجعة المواصفات؛ اسألوا كم مرة طُلب منها ذلك هذا الشهر.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.prompt">
      <source>You are Rafael. What do you do now?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene corridor).</extracomment>
      <translation>أنتم رافاييل. ماذا تفعلون الآن؟</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.text">
      <source>&quot;Ha, tell me about it.&quot; Leave the spec for now; Monday's release is already tight.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option laugh-along). Shown on a phone button: keep it short, about 82 characters like the English.</extracomment>
      <translation>«ها، معك حق.» وتتركون المواصفات الآن؛ فإصدار الاثنين ضيّق أصلًا.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.laugh-along.why">
      <source>Laughing along eases the moment with a senior colleague. It also agrees that the correction was the problem, and the phrase ships to customers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option laugh-along).</extracomment>
      <translation>الضحك معه يخفّف اللحظة مع زميل رفيع المنصب. لكنه أيضًا يوافق على أن التصحيح هو المشكلة، وتصل العبارة إلى العملاء.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.text">
      <source>Give Brendan a non-committal &quot;Mm,&quot; and quietly fix the three help-text lines before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option let-it-pass). Shown on a phone button: keep it short, about 91 characters like the English.</extracomment>
      <translation>تردّون على بريندان ردًّا مبهمًا: «امم»، ثم تصحّحون سطور نصوص المساعدة الثلاثة بهدوء قبل الاثنين.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.let-it-pass.why">
      <source>The fix is real and it helps customers. But Brendan's framing goes unanswered, and the next person to be corrected will hear the same thing from him.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option let-it-pass).</extracomment>
      <translation>التصحيح حقيقي ويفيد العملاء. لكن طريقة بريندان في تأطير الأمر تمرّ بلا ردّ، وسيسمع منه الشخص التالي الذي يُصحَّح له الكلامَ نفسه.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.text">
      <source>Post a long &quot;lesson learned&quot; thread in the company channel about your journey with inclusive language, thanking Ngozi by name for educating you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option public-reflection). Shown on a phone button: keep it short, about 144 characters like the English.</extracomment>
      <translation>تنشرون سلسلة طويلة بعنوان «درس تعلّمته» في قناة الشركة عن رحلتكم مع اللغة الشاملة، وتشكرون نغوزي بالاسم لأنها علّمتكم.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.public-reflection.why">
      <source>Sharing what you learned can help others. This version puts Ngozi on display, casts her as your teacher, and makes your growth the story.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option public-reflection).</extracomment>
      <translation>مشاركة ما تعلّمتموه قد تفيد الآخرين. لكن هذه الصيغة تضع نغوزي تحت الأضواء، وتجعلها معلّمتكم، وتجعل نموّكم أنتم هو القصة.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.text">
      <source>To Brendan: &quot;She was right, and she was kind about it. I'd rather be told than keep saying it.&quot; Then fix all eleven uses before Monday.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option set-it-straight). Shown on a phone button: keep it short, about 135 characters like the English.</extracomment>
      <translation>تقولون لبريندان: «كانت محقّة، وكانت لطيفة في ذلك. أفضّل أن يُقال لي على أن أظلّ أكرّرها.» ثم تصحّحون المواضع الإحدى عشرة كلها قبل الاثنين.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.set-it-straight.why">
      <source>You back the correction to a senior colleague, in private, without a lecture, and you fix your own work completely.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option set-it-straight).</extracomment>
      <translation>تساندون التصحيح أمام زميل رفيع المنصب، على انفراد، دون محاضرة، وتصحّحون عملكم بالكامل.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.text">
      <source>Say the same to Brendan and fix the spec. Then propose adding an inclusive-language check, based on a published disability style guide rather than on Ngozi's time, to the content review Brendan's team owns, and offer to set it up yourself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene corridor, option fix-the-process). Shown on a phone button: keep it short, about 239 characters like the English.</extracomment>
      <translation>تقولون الشيء نفسه لبريندان وتصحّحون المواصفات. ثم تقترحون إضافة فحص للغة الشاملة إلى مراجعة المحتوى التي يتولّاها فريق بريندان، يستند إلى دليل أسلوب منشور حول الإعاقة لا إلى وقت نغوزي، وتعرضون إعداده بأنفسكم.</translation>
    </message>
    <message id="owning-a-mistake.scenes.corridor.decision.options.fix-the-process.why">
      <source>You own the mistake, then change the process that let it ship for years, without turning Ngozi into the team's unpaid editor.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene corridor, option fix-the-process).</extracomment>
      <translation>تتحمّلون الخطأ، ثم تغيّرون الإجراء الذي سمح بصدوره لسنوات، دون أن تحوّلوا نغوزي إلى محرّرة الفريق بلا أجر.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.title">
      <source>Shipped on Monday</source>
      <extracomment>Scene heading, shown on the projector (scene end-laughed).</extracomment>
      <translation>صدر يوم الاثنين</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.narration">
      <source>Brendan grins, and the lift doors close. On Monday the help text ships with the old phrase, and a customer who uses a wheelchair writes to support about it. The ticket is passed to Ngozi.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-laughed).</extracomment>
      <translation>يبتسم بريندان، وتُغلق أبواب المصعد. يوم الاثنين تصدر نصوص المساعدة بالعبارة القديمة، فيكتب عميل يستخدم كرسيًا متحرّكًا إلى الدعم بشأنها. وتُحال التذكرة إلى نغوزي.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-laughed.notes">
      <source>Pause on the last sentence. Ask the room who ended up doing the work of Rafael's mistake.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-laughed).</extracomment>
      <translation>توقّفوا عند الجملة الأخيرة. اسألوا الحاضرين من انتهى به الأمر إلى تحمّل عبء خطأ رافاييل.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.title">
      <source>Fixed, quietly</source>
      <extracomment>Scene heading, shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>صُحّح بهدوء</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-quiet-fix.narration">
      <source>The help text ships correctly on Monday, and nobody outside the team knows it was ever wrong. Brendan's line about Ngozi being &quot;quick off the mark&quot; goes round the floor, though. A month later, when a new joiner uses an outdated term in stand-up, nobody corrects them.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-quiet-fix).</extracomment>
      <translation>تصدر نصوص المساعدة صحيحة يوم الاثنين، ولا يعرف أحد خارج الفريق أنها كانت خاطئة يومًا. لكن عبارة بريندان عن أن نغوزي «سريعة الانقضاض» تنتشر في الطابق. وبعد شهر، حين يستخدم موظف جديد تعبيرًا قديمًا في الاجتماع اليومي، لا يصحّح له أحد.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.title">
      <source>Forty reactions</source>
      <extracomment>Scene heading, shown on the projector (scene end-thread).</extracomment>
      <translation>أربعون تفاعلًا</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.narration">
      <source>The thread gets forty reactions and several comments praising Rafael's honesty. Ngozi receives three direct messages from colleagues asking her to check the language in their documents. She answers two, ignores the third, and tells her manager she is not the company's style guide.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-thread).</extracomment>
      <translation>تحصد السلسلة أربعين تفاعلًا وعدّة تعليقات تمتدح صدق رافاييل. وتتلقّى نغوزي ثلاث رسائل مباشرة من زملاء يطلبون منها مراجعة اللغة في مستنداتهم. تجيب عن اثنتين، وتتجاهل الثالثة، وتقول لمديرها إنها ليست دليل الأسلوب الخاص بالشركة.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-thread.notes">
      <source>Someone may say that modelling vulnerability is good leadership. It can be. Ask whether there was a way to share the learning that didn't name Ngozi or send work her way.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-thread).</extracomment>
      <translation>قد يقول أحدهم إن إظهار الضعف قيادة جيدة. قد يكون كذلك. اسألوا هل كانت هناك طريقة لمشاركة ما تعلّمه دون ذكر اسم نغوزي أو توجيه العمل إليها.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.title">
      <source>Fair enough</source>
      <extracomment>Scene heading, shown on the projector (scene end-straight).</extracomment>
      <translation>معك حق</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-straight.narration">
      <source>Brendan looks surprised, then shrugs: &quot;Fair enough.&quot; The spec is fixed by Friday. Rafael slips once more the following week, in a one-to-one, corrects himself mid-sentence and carries on. By the end of the month the old phrase has gone from his vocabulary.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-straight).</extracomment>
      <translation>يبدو الاستغراب على بريندان، ثم يهزّ كتفيه: «معك حق.» تُصحَّح المواصفات بحلول الجمعة. يخطئ رافاييل مرة أخرى في الأسبوع التالي، في لقاء فردي، فيصحّح نفسه في منتصف الجملة ويتابع. ومع نهاية الشهر تختفي العبارة القديمة من مفرداته.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.title">
      <source>Another checklist</source>
      <extracomment>Scene heading, shown on the projector (scene end-process).</extracomment>
      <translation>قائمة تحقّق أخرى</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.narration">
      <source>Brendan grumbles about &quot;another checklist&quot;, then agrees to a trial. In the next release, the check catches two more outdated terms, neither of them Rafael's. Ngozi is asked once whether the chosen guide looks right, and is otherwise left to do her actual job.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-process).</extracomment>
      <translation>يتذمّر بريندان من «قائمة تحقّق أخرى»، ثم يوافق على تجربتها. في الإصدار التالي، يلتقط الفحص تعبيرين قديمين آخرين، ليس أيّ منهما لرافاييل. وتُسأل نغوزي مرة واحدة هل يبدو الدليل المختار مناسبًا، ثم تُترك لتؤدّي عملها الفعلي.</translation>
    </message>
    <message id="owning-a-mistake.scenes.end-process.notes">
      <source>Point out that the advocate move here isn't heroic; it is a small process change that will outlast everyone's memory of Thursday's review.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-process).</extracomment>
      <translation>أشيروا إلى أن خطوة المناصر هنا ليست بطولية؛ إنها تغيير صغير في الإجراءات سيبقى بعد أن ينسى الجميع مراجعة يوم الخميس.</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.1">
      <source>What did Rafael say in the first ten seconds after the correction, and what happened to Ngozi's point about step-free routes?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا قال رافاييل في الثواني العشر الأولى بعد التصحيح، وماذا حدث لنقطة نغوزي عن المسارات الخالية من الدرجات؟</translation>
    </message>
    <message id="owning-a-mistake.debrief.what.2">
      <source>What did Brendan's reassurance make easier, and for whom?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ما الذي جعلته طمأنة بريندان أسهل، ولمن؟</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.1">
      <source>Why is &quot;sorry if&quot; so much easier to say than &quot;sorry&quot;, and what does the difference do to the other person?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا يسهل قول «آسف إن» أكثر بكثير من «آسف»، وماذا يفعل الفرق بينهما بالشخص الآخر؟</translation>
    </message>
    <message id="owning-a-mistake.debrief.so_what.2">
      <source>What makes a long apology feel generous to the person giving it and tiring to the person receiving it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ما الذي يجعل الاعتذار الطويل يبدو كرمًا لمن يقدّمه، ومتعبًا لمن يتلقّاه؟</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.1">
      <source>Write down the exact words you will use the next time you are corrected, in ten words or fewer.</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>اكتبوا الكلمات التي ستستخدمونها بالضبط في المرة القادمة التي يُصحَّح لكم فيها، في عشر كلمات أو أقل.</translation>
    </message>
    <message id="owning-a-mistake.debrief.now_what.2">
      <source>Which document, template or checklist you own could carry a phrase you would no longer say out loud?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>أيّ مستند أو قالب أو قائمة تحقّق تتولّونها قد يحمل عبارة لم تعودوا تقولونها بصوت عالٍ؟</translation>
    </message>
    <message id="owning-a-mistake.sources.1.title">
      <source>Workplace allyship practice: own your mistakes — apologise briefly, skip the excuses, learn and move on</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: تحمّل الأخطاء: اعتذار قصير، وترك الأعذار، ثم التعلّم والمضيّ قدمًا</translation>
    </message>
    <message id="owning-a-mistake.sources.1.note">
      <source>Drawn from starter actions for allies on accountability, accepting feedback gracefully, and not relying on colleagues to educate you.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مستمدّ من خطوات للبدء موجّهة إلى الحلفاء حول المساءلة، وتقبّل الملاحظات بصدر رحب، وعدم الاعتماد على الزملاء لتثقيفكم.</translation>
    </message>
    <message id="promotion-criteria.title">
      <source>Ready on paper, not on &quot;presence&quot;</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>جاهزة على الورق، لا في «الحضور»</translation>
    </message>
    <message id="promotion-criteria.summary">
      <source>At a promotion calibration panel, a consultant with the strongest delivery record in the cohort is deferred for lacking &quot;executive presence&quot; and not being seen on evening calls. Her manager can argue for her, or question what the criteria are measuring, and a later framework review offers a second chance to change the process itself.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>في لجنة معايرة الترقيات، تُؤجَّل ترقية استشارية تملك أقوى سجلّ إنجاز في دفعتها لأنها تفتقر إلى «الحضور القيادي» ولا تُرى في المكالمات المسائية. يستطيع مديرها أن يدافع عنها، أو أن يسائل ما تقيسه المعايير فعلًا، ثم تتيح مراجعة لاحقة لإطار الترقيات فرصة ثانية لتغيير الإجراء نفسه.</translation>
    </message>
    <message id="promotion-criteria.content_note">
      <source>This role-play includes a consultant who cares for her father being held back from promotion for missing evening calls and lacking &quot;executive presence&quot;, despite top results.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا استشاريةً ترعى والدها تُؤجَّل ترقيتها رغم تفوّق نتائجها، لأنها لا تحضر المكالمات المسائية ويُقال إنها تفتقر إلى «الحضور القيادي».</translation>
    </message>
    <message id="promotion-criteria.roles.marek.name">
      <source>Marek Kowalski, principal consultant and calibration panel member</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role marek).</extracomment>
      <translation>ماريك كوفالسكي، استشاري رئيسي وعضو لجنة المعايرة</translation>
    </message>
    <message id="promotion-criteria.roles.marek.brief">
      <source>You manage Zanele and you sit on the panel. You have her client feedback in front of you, and you know why she is never on the 7pm calls: she works early hours so she can care for her father. Your own partner review is in two months, and Helen will have a say in it.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role marek).</extracomment>
      <translation>تديرون زانيلي، وأنتم أعضاء في اللجنة. أمامكم ملاحظات العميل عنها، وتعرفون لماذا لا تحضر أبدًا مكالمات السابعة مساءً: فهي تعمل في ساعات مبكرة كي تتمكّن من رعاية والدها. مراجعتكم أنتم للترقّي إلى شريك بعد شهرين، وسيكون لهيلين رأي فيها.</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.name">
      <source>Zanele Mokoena, senior consultant, candidate for manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role zanele).</extracomment>
      <translation>زانيلي موكوينا، استشارية أولى، مرشّحة لمنصب مديرة</translation>
    </message>
    <message id="promotion-criteria.roles.zanele.brief">
      <source>You led the project that saved a client £1.2m and secured its renewal. You work 7.30 to 4 and care for your father in the evenings; you have never hidden this. In client meetings you speak briefly and to the point, and clients like it. You do not want special treatment; you want your work judged as work. You are not in the calibration room, but you may be asked how the outcome lands.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role zanele).</extracomment>
      <translation>قدتم المشروع الذي وفّر على أحد العملاء 1.2 مليون جنيه إسترليني وضمن تجديد عقده. تعملون من السابعة والنصف حتى الرابعة وترعون والدكم في المساء؛ ولم تُخفوا ذلك قطّ. في اجتماعات العملاء تتحدّثون باختصار وفي صلب الموضوع، والعملاء يحبّون ذلك. لا تريدون معاملة خاصة؛ تريدون أن يُحكم على عملكم بوصفه عملًا. لستم في قاعة المعايرة، لكن قد تُسألون عن وقع النتيجة عليكم.</translation>
    </message>
    <message id="promotion-criteria.roles.helen.name">
      <source>Helen Whitfield, partner and chair of the calibration panel</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role helen).</extracomment>
      <translation>هيلين ويتفيلد، شريكة ورئيسة لجنة المعايرة</translation>
    </message>
    <message id="promotion-criteria.roles.helen.brief">
      <source>You rose through long hours and you believe &quot;presence&quot; is real: clients pay for confidence. You want calibration finished by 6pm. If you feel accused of bias you get defensive and formal. If someone asks a concrete question about how a criterion is scored, or shows you data, you engage, reluctantly at first.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role helen).</extracomment>
      <translation>صعدتم بفضل ساعات العمل الطويلة، وتؤمنون بأنّ «الحضور» أمر حقيقي: العملاء يدفعون مقابل الثقة. تريدون إنهاء المعايرة بحلول السادسة مساءً. إذا شعرتم بأنكم متّهمون بالتحيّز تصبحون دفاعيين ورسميين. وإذا طرح أحدٌ سؤالًا ملموسًا عن طريقة تقييم أحد المعايير، أو عرض عليكم بيانات، تتفاعلون، بتردّد في البداية.</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.name">
      <source>Ifeoma Nwosu, HR business partner</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role ifeoma).</extracomment>
      <translation>إيفيوما نوسو، شريكة أعمال في الموارد البشرية</translation>
    </message>
    <message id="promotion-criteria.roles.ifeoma.brief">
      <source>You attend calibration to keep the process fair, and you hold the ratings data. You have suspected for a while that people on flexible or part-time hours score lower on &quot;presence&quot; than on anything else, but nobody has asked you to check. If asked, you will say you can pull the data within two days.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role ifeoma).</extracomment>
      <translation>تحضرون المعايرة لضمان عدالة الإجراء، وبين أيديكم بيانات التقييمات. تشكّون منذ مدة في أنّ أصحاب ساعات العمل المرنة أو الجزئية يحصلون على درجات في «الحضور» أدنى من أي معيار آخر، لكن لم يطلب منكم أحد التحقّق. إذا سُئلتم، ستقولون إنكم تستطيعون استخراج البيانات خلال يومين.</translation>
    </message>
    <message id="promotion-criteria.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="promotion-criteria.roles.observer.brief">
      <source>Watch for the difference between arguing about a person and arguing about a rule. Use the checklist and note exact words, especially how each criterion is described.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>لاحظوا الفرق بين الجدال حول شخص والجدال حول قاعدة. استخدموا قائمة المراقب وسجّلوا الكلمات بنصّها، لا سيّما طريقة وصف كل معيار.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.1">
      <source>When the panel discussed Zanele, did anyone ask what &quot;executive presence&quot; actually means, or how it is scored?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>حين ناقشت اللجنة زانيلي، هل سأل أحدٌ عمّا يعنيه «الحضور القيادي» فعلًا، أو كيف يُقيَّم؟</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.2">
      <source>Did the conversation stay on one candidate's outcome, or move to the criteria that produced it?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل بقي الحوار عند نتيجة مرشّحة واحدة، أم انتقل إلى المعايير التي أنتجتها؟</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.3">
      <source>Which intervention moves did you see: distract, delegate, document, delay, direct? Asking for the data (document) and parking a decision (delay) count.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل رأيتم: التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة؟ طلب البيانات (التوثيق) وتعليق القرار (التأجيل) يُحتسبان.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.4">
      <source>Who asked for evidence, and who offered opinions? Write down one example of each.</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>مَن طلب أدلّة، ومَن قدّم آراء؟ اكتبوا مثالًا واحدًا على كلٍّ منهما.</translation>
    </message>
    <message id="promotion-criteria.observer_checklist.5">
      <source>What did speaking up cost Marek, and who else was affected by the criteria but never discussed?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ماذا كلّف الكلامُ ماريك، ومَن غيرها تأثّر بالمعايير ولم يُناقَش أمره قطّ؟</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.title">
      <source>5.40pm, day two of calibration</source>
      <extracomment>Scene heading, shown on the projector (scene calibration).</extracomment>
      <translation>5:40 مساءً، اليوم الثاني من المعايرة</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.narration">
      <source>It is 5.40pm on the second day of promotion calibration, and the panel reaches Zanele Mokoena. Her delivery ratings are the highest in the cohort, and the client's feedback calls her &quot;the clearest adviser we've worked with&quot;. Helen Whitfield, chairing, taps the framework on the screen: &quot;Strong work, but she's not ready. I never see her on the evening calls, and the executive presence isn't there yet. Next cycle?&quot; Two panel members nod.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene calibration).</extracomment>
      <translation>الساعة 5:40 مساءً في اليوم الثاني من معايرة الترقيات، وتصل اللجنة إلى زانيلي موكوينا. تقييماتها في الإنجاز هي الأعلى في الدفعة، وملاحظات العميل تصفها بأنها «أوضح مستشارة عملنا معها». تنقر هيلين ويتفيلد، رئيسة اللجنة، على الإطار المعروض على الشاشة: «عمل قوي، لكنها ليست جاهزة. لا أراها أبدًا في المكالمات المسائية، والحضور القيادي لم يكتمل بعد. في الدورة القادمة؟» يومئ عضوان في اللجنة.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.notes">
      <source>Read Helen's line as a reasonable, tired chair would, not as a villain. Give the group two minutes. Participants often split between &quot;argue for Zanele&quot; and &quot;question the criteria&quot;; that split is the point of the scenario, so name it when you reveal the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene calibration).</extracomment>
      <translation>اقرؤوا جملة هيلين كما تقولها رئيسة معقولة ومتعبة، لا كشرّيرة. أعطوا المجموعة دقيقتين. كثيرًا ما ينقسم المشاركون بين «الدفاع عن زانيلي» و«مساءلة المعايير»؛ وهذا الانقسام هو جوهر السيناريو، فسمّوه حين تكشفون الخيارات.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.prompt">
      <source>You are Marek, Zanele's manager. Helen is ready to move on. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene calibration).</extracomment>
      <translation>أنتم ماريك، مدير زانيلي. هيلين مستعدّة للانتقال. ماذا تفعلون؟</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.text">
      <source>Agree to defer. The criteria are in the framework, and arguing with the chair at 5.40pm rarely goes well.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option defer). Shown on a phone button: keep it short, about 105 characters like the English.</extracomment>
      <translation>توافقون على التأجيل. المعايير موجودة في الإطار، والجدال مع الرئيسة في 5:40 مساءً نادرًا ما ينجح.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.defer.why">
      <source>Reading the room is a real skill, and the hour is late. But the decision stands on two criteria nobody examined, and Zanele is not there to answer them.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option defer).</extracomment>
      <translation>قراءة الأجواء مهارة حقيقية، والوقت متأخّر. لكنّ القرار يقوم على معيارين لم يفحصهما أحد، وزانيلي ليست حاضرة لتردّ عليهما.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.text">
      <source>&quot;As everyone knows, I'm a big champion of flexible working. But fair enough, next cycle.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option flexible-champion). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>«كما يعرف الجميع، أنا من كبار مناصري العمل المرن. لكن لا بأس، في الدورة القادمة.»</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.flexible-champion.why">
      <source>The line shows your values to the panel but asks for nothing. The decision and the criteria behind it stay exactly where they were.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option flexible-champion).</extracomment>
      <translation>تُظهر العبارة قيمكم أمام اللجنة لكنها لا تطلب شيئًا. ويبقى القرار والمعايير التي وراءه حيث كانا تمامًا.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.text">
      <source>&quot;Let's look at what she delivered: the £1.2m saving, the renewal and that client quote. I think she's ready now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option argue-case). Shown on a phone button: keep it short, about 113 characters like the English.</extracomment>
      <translation>«لننظر إلى ما أنجزته: توفير 1.2 مليون جنيه، والتجديد، وكلام العميل ذاك. أرى أنها جاهزة الآن.»</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.argue-case.why">
      <source>You challenge the outcome in real time, with evidence. It may win Zanele's case, but the criteria that produced the doubt remain untouched for everyone else.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option argue-case).</extracomment>
      <translation>تعترضون على النتيجة في اللحظة نفسها، بالأدلّة. قد تكسبون قضية زانيلي، لكنّ المعايير التي ولّدت الشك تبقى على حالها للجميع.</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.text">
      <source>&quot;Can we pause on two of these? What is 'executive presence' telling us that the client feedback isn't? And why is being on 7pm calls part of readiness? Ifeoma, do we know how these two criteria score for people on flexible hours?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene calibration, option question-criteria). Shown on a phone button: keep it short, about 230 characters like the English.</extracomment>
      <translation>«هل نتوقّف عند اثنين من هذه المعايير؟ ماذا يخبرنا &quot;الحضور القيادي&quot; ولا تخبرنا به ملاحظات العميل؟ ولماذا يُعدّ حضور مكالمات السابعة مساءً جزءًا من الجاهزية؟ إيفيوما، هل نعرف كيف يُقيَّم أصحاب الساعات المرنة في هذين المعيارين؟»</translation>
    </message>
    <message id="promotion-criteria.scenes.calibration.decision.options.question-criteria.why">
      <source>You question the process that produced the decision, not only this decision, and ask for data rather than opinion, at the cost of time and the chair's patience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene calibration, option question-criteria).</extracomment>
      <translation>تسائلون الإجراء الذي أنتج القرار، لا هذا القرار وحده، وتطلبون بيانات لا آراء، على حساب الوقت وصبر الرئيسة.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.title">
      <source>Not yet</source>
      <extracomment>Scene heading, shown on the projector (scene deferred).</extracomment>
      <translation>ليس بعد</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.narration">
      <source>The panel moves on, and calibration closes at 6.15. Zanele's outcome reads: &quot;Not yet. Develop executive presence and visibility with senior stakeholders.&quot; Tidying up, Ifeoma notices that five of the eleven people deferred this cycle work flexible or part-time hours. She makes a note and does not share it.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene deferred).</extracomment>
      <translation>تنتقل اللجنة إلى المرشّح التالي، وتُختتم المعايرة في 6:15. نتيجة زانيلي: «ليس بعد. تطوير الحضور القيادي والظهور أمام كبار أصحاب المصلحة.» وبينما ترتّب إيفيوما أوراقها، تلاحظ أنّ خمسة من الأحد عشر شخصًا الذين أُجّلت ترقيتهم في هذه الدورة يعملون بساعات مرنة أو جزئية. تدوّن ملاحظة ولا تشاركها.</translation>
    </message>
    <message id="promotion-criteria.scenes.deferred.notes">
      <source>Ask Zanele's role-player to read the outcome line aloud and say what she would need to do differently. The answer (&quot;be on the evening calls&quot;) usually makes the point without any help from you.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene deferred).</extracomment>
      <translation>اطلبوا من مؤدّية دور زانيلي أن تقرأ سطر النتيجة بصوت مسموع وتقول ماذا عليها أن تفعل بشكل مختلف. الجواب («أن أحضر المكالمات المسائية») يوصل الفكرة عادةً من دون أي مساعدة منكم.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.title">
      <source>On the record</source>
      <extracomment>Scene heading, shown on the projector (scene signalled).</extracomment>
      <translation>في المحضر</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.narration">
      <source>Helen smiles: &quot;We all are, Marek.&quot; The panel defers Zanele with the same wording. In the lift afterwards, another panel member tells Marek he was glad someone &quot;said something&quot;. Marek realises that, on the record, nothing was said at all.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene signalled).</extracomment>
      <translation>تبتسم هيلين: «كلّنا كذلك يا ماريك.» وتؤجّل اللجنة ترقية زانيلي بالصياغة نفسها. وفي المصعد بعد ذلك، يقول عضو آخر في اللجنة لماريك إنه سعيد لأنّ أحدًا «قال شيئًا». يدرك ماريك أنه، في المحضر، لم يُقَل شيء على الإطلاق.</translation>
    </message>
    <message id="promotion-criteria.scenes.signalled.notes">
      <source>Be careful here: people who choose this option usually mean well and may feel exposed. Ask what the flexible-working line made possible in the room, and what it didn't.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene signalled).</extracomment>
      <translation>انتبهوا هنا: مَن يختارون هذا الخيار يقصدون الخير عادةً وقد يشعرون بأنهم مكشوفون. اسألوا ما الذي أتاحته عبارة العمل المرن في القاعة، وما الذي لم تُتِحه.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.title">
      <source>One case won</source>
      <extracomment>Scene heading, shown on the projector (scene case-won).</extracomment>
      <translation>قضية واحدة رابحة</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.narration">
      <source>Helen studies the numbers for a long moment. &quot;Fine. Promote her, but the feedback says develop presence.&quot; Zanele is promoted. Ten minutes later, the panel defers Andrés Reyes, who works four days a week, on the same two criteria, and nobody, Marek included, has his file open.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene case-won).</extracomment>
      <translation>تتأمّل هيلين الأرقام طويلًا. «حسنًا. رقّوها، لكنّ الملاحظات تقول: طوّري الحضور.» تُرقّى زانيلي. وبعد عشر دقائق، تؤجّل اللجنة ترقية أندريس رييس، الذي يعمل أربعة أيام في الأسبوع، بسبب المعيارين نفسيهما، ولا أحد، بمن فيهم ماريك، يفتح ملفّه.</translation>
    </message>
    <message id="promotion-criteria.scenes.case-won.notes">
      <source>This is the key teaching moment: the outcome was fixed, the process wasn't. Ask the room how they feel about Andrés. Don't let anyone dismiss what Marek did; winning a case matters. The question is what happens next cycle.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene case-won).</extracomment>
      <translation>هذه لحظة التعلّم الأساسية: أُصلحت النتيجة، ولم يُصلَح الإجراء. اسألوا الحاضرين عن شعورهم تجاه أندريس. لا تدعوا أحدًا يستخفّ بما فعله ماريك؛ فكسب قضية أمر مهمّ. لكنّ السؤال هو ماذا يحدث في الدورة القادمة.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.title">
      <source>Parked for 48 hours</source>
      <extracomment>Scene heading, shown on the projector (scene criteria-questioned).</extracomment>
      <translation>معلّق لمدة 48 ساعة</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.narration">
      <source>Helen's jaw tightens: &quot;We are not rewriting the framework at six o'clock.&quot; Ifeoma says quietly that she can pull the data in two days, and the panel agrees to park Zanele's case and two similar ones until then. Afterwards, two colleagues message Marek: one to thank him, one to ask whether he really wanted this fight before his own partner review.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene criteria-questioned).</extracomment>
      <translation>يتصلّب فكّ هيلين: «لن نعيد كتابة الإطار في السادسة مساءً.» تقول إيفيوما بهدوء إنها تستطيع استخراج البيانات خلال يومين، فتوافق اللجنة على تعليق قضية زانيلي وقضيتين مشابهتين حتى ذلك الحين. بعد ذلك، يراسل زميلان ماريك: أحدهما ليشكره، والآخر ليسأله هل كان يريد هذه المعركة حقًا قبل مراجعة ترقّيه إلى شريك.</translation>
    </message>
    <message id="promotion-criteria.scenes.criteria-questioned.notes">
      <source>Let Helen's role-player be annoyed; the annoyance is realistic and it is a cost. Ask Marek's role-player how the second message feels. If someone says &quot;he was right, so it doesn't matter&quot;, ask whether being right has ever protected them at review time.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene criteria-questioned).</extracomment>
      <translation>دعوا مؤدّية دور هيلين تنزعج؛ فالانزعاج واقعي، وهو كلفة. اسألوا مؤدّي دور ماريك كيف يشعر إزاء الرسالة الثانية. إذا قال أحدهم «كان محقًّا، فلا يهمّ»، فاسألوه هل حماه كونه محقًّا يومًا في موسم التقييمات.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.title">
      <source>The framework review</source>
      <extracomment>Scene heading, shown on the projector (scene framework-review).</extracomment>
      <translation>مراجعة الإطار</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.narration">
      <source>In October, HR opens next year's promotion framework for comment, and Ifeoma runs a review session for panel members. Helen proposes keeping &quot;executive presence&quot; and adding &quot;commercial visibility&quot;. Ifeoma puts up one slide: over three cycles, people on flexible or part-time hours scored, on average, a full point lower on presence than on any other criterion. Helen asks whether anyone objects to her proposal.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene framework-review).</extracomment>
      <translation>في أكتوبر، تفتح الموارد البشرية إطار الترقيات للعام القادم لتلقّي الملاحظات، وتدير إيفيوما جلسة مراجعة لأعضاء اللجان. تقترح هيلين الإبقاء على «الحضور القيادي» وإضافة «الظهور التجاري». تعرض إيفيوما شريحة واحدة: على مدى ثلاث دورات، حصل أصحاب الساعات المرنة أو الجزئية، في المتوسط، على درجة أقل بنقطة كاملة في الحضور منها في أي معيار آخر. تسأل هيلين هل يعترض أحدٌ على اقتراحها.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.notes">
      <source>Give this three or four minutes; it is where the scenario earns its theme. If the group wants to argue about whether presence is &quot;real&quot;, steer them to a sharper question: what would you have to see someone do to give them a high score? Watch for participants who want to remove the criterion without replacing it; ask what the panel would use instead.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene framework-review).</extracomment>
      <translation>امنحوا هذا ثلاث أو أربع دقائق؛ هنا يستحقّ السيناريو محوره. إذا أرادت المجموعة الجدال حول هل «الحضور» أمر «حقيقي»، فوجّهوها إلى سؤال أدقّ: ماذا يجب أن تروا شخصًا يفعله كي تمنحوه درجة عالية؟ انتبهوا للمشاركين الذين يريدون حذف المعيار من دون بديل؛ واسألوا ماذا ستستخدم اللجنة مكانه.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.prompt">
      <source>You are Marek. Helen is waiting for objections. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene framework-review).</extracomment>
      <translation>أنتم ماريك. هيلين تنتظر الاعتراضات. ماذا تفعلون؟</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.text">
      <source>Say nothing. The framework is HR's job, and Helen chairs the panel.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option keep). Shown on a phone button: keep it short, about 67 characters like the English.</extracomment>
      <translation>لا تقولون شيئًا. الإطار من عمل الموارد البشرية، وهيلين ترأس اللجنة.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.keep.why">
      <source>It is fair to feel that frameworks belong to someone else. But the data is on the screen, and silence now makes the next cycle look like the last three.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option keep).</extracomment>
      <translation>من المفهوم أن تشعروا بأنّ الأطر شأن شخص آخر. لكنّ البيانات على الشاشة، والصمت الآن يجعل الدورة القادمة شبيهة بالثلاث الماضية.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.text">
      <source>Fill in the anonymous feedback form afterwards, ticking &quot;partly agree&quot; on the proposed criteria.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option form). Shown on a phone button: keep it short, about 96 characters like the English.</extracomment>
      <translation>تملؤون لاحقًا استمارة الملاحظات مجهولة الهوية، وتختارون «أوافق جزئيًا» على المعايير المقترحة.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.form.why">
      <source>You take part, and the form is a legitimate channel. But &quot;partly agree&quot; is easy to read as agreement, and the slide never gets discussed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option form).</extracomment>
      <translation>تشاركون، والاستمارة قناة مشروعة. لكنّ «أوافق جزئيًا» تُقرأ بسهولة على أنها موافقة، ولا تُناقَش الشريحة أبدًا.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.text">
      <source>&quot;Could we add 'inclusion' as a sixth value in the framework, and put it on the posters?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option add-value). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>«هل نضيف &quot;الشمول&quot; قيمةً سادسة في الإطار، ونضعها على الملصقات؟»</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.add-value.why">
      <source>A new value is visible and easy to agree to. If nobody changes how ratings are given, the same people will score low on the same criteria.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option add-value).</extracomment>
      <translation>القيمة الجديدة ظاهرة ويسهل الاتفاق عليها. لكن إذا لم يغيّر أحدٌ طريقة منح التقييمات، فسيحصل الأشخاص أنفسهم على درجات منخفضة في المعايير نفسها.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.text">
      <source>Describe, specifically, how &quot;presence&quot; and the evening calls were used in this year's calibration, and ask the group to say what each criterion is meant to predict about someone's performance as a manager.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option bring-examples). Shown on a phone button: keep it short, about 205 characters like the English.</extracomment>
      <translation>تصفون بدقّة كيف استُخدم «الحضور» والمكالمات المسائية في معايرة هذا العام، وتطلبون من المجموعة أن تقول ماذا يُفترض أن يتنبّأ به كل معيار عن أداء الشخص كمدير.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.bring-examples.why">
      <source>You bring real cases and a precise question into the room, in front of the person who proposed the criteria, without attacking anyone's motives.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option bring-examples).</extracomment>
      <translation>تُدخلون حالات حقيقية وسؤالًا دقيقًا إلى القاعة، أمام مَن اقترحت المعايير، من دون مهاجمة نوايا أحد.</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.text">
      <source>&quot;I propose we replace 'presence' with things we can observe: client feedback, how someone runs a meeting, how they develop their team. Drop out-of-hours availability entirely, ask for written evidence behind every rating, and check outcomes by working pattern and demographic group every cycle. I'll pilot it on my own panel next round.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene framework-review, option redesign). Shown on a phone button: keep it short, about 337 characters like the English.</extracomment>
      <translation>«أقترح أن نستبدل &quot;الحضور&quot; بأمور يمكن ملاحظتها: ملاحظات العملاء، وطريقة إدارة الشخص للاجتماع، وكيف يطوّر فريقه. ونلغي التوافر خارج ساعات العمل كليًا، ونطلب دليلًا مكتوبًا وراء كل تقييم، ونفحص النتائج حسب نمط العمل والفئة الديموغرافية في كل دورة. سأجرّب ذلك في لجنتي في الجولة القادمة.»</translation>
    </message>
    <message id="promotion-criteria.scenes.framework-review.decision.options.redesign.why">
      <source>You offer a concrete replacement, build in a check that outlasts this meeting, and put your own panel and reputation on the line to test it.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene framework-review, option redesign).</extracomment>
      <translation>تقدّمون بديلًا ملموسًا، وتبنون آلية فحص تدوم بعد هذا الاجتماع، وتضعون لجنتكم وسمعتكم على المحكّ لتجربته.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.title">
      <source>Published in bold</source>
      <extracomment>Scene heading, shown on the projector (scene end-unchanged).</extracomment>
      <translation>منشور بخط عريض</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.narration">
      <source>The framework is published in January with &quot;executive presence&quot; and &quot;commercial visibility&quot; in bold. The next cycle's list of deferrals looks much like the last one, and two of the consultants on it leave within six months. In their exit interviews, both mention the evening calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-unchanged).</extracomment>
      <translation>يُنشر الإطار في يناير و«الحضور القيادي» و«الظهور التجاري» فيه بخط عريض. قائمة التأجيلات في الدورة التالية تشبه كثيرًا سابقتها، ويغادر اثنان من الاستشاريين المدرجين فيها خلال ستة أشهر. وفي مقابلتي الخروج، يذكر كلاهما المكالمات المسائية.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-unchanged.notes">
      <source>Ask the room: who in this story had the most power to change the outcome, and did they know it?</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-unchanged).</extracomment>
      <translation>اسألوا الحاضرين: مَن في هذه القصة كان يملك أكبر قدرة على تغيير النتيجة، وهل كان يعرف ذلك؟</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.title">
      <source>Broad support</source>
      <extracomment>Scene heading, shown on the projector (scene end-form).</extracomment>
      <translation>تأييد واسع</translation>
    </message>
    <message id="promotion-criteria.scenes.end-form.narration">
      <source>The feedback form gathers forty-three responses, most of them &quot;partly agree&quot;. HR's summary describes &quot;broad support&quot;, and the framework passes unchanged. Ifeoma's slide is not shown again.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-form).</extracomment>
      <translation>تجمع استمارة الملاحظات ثلاثًا وأربعين إجابة، معظمها «أوافق جزئيًا». يصف ملخّص الموارد البشرية ذلك بأنه «تأييد واسع»، ويُعتمد الإطار دون تغيير. ولا تُعرض شريحة إيفيوما مرة أخرى.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.title">
      <source>A sixth value</source>
      <extracomment>Scene heading, shown on the projector (scene end-value).</extracomment>
      <translation>قيمة سادسة</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.narration">
      <source>The new value appears on posters by the lifts in February. At the next calibration, someone says &quot;inclusion&quot; twice, and the presence scores follow the same pattern as before. A consultant on flexible hours takes a photo of the poster and sends it to a friend without a caption.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-value).</extracomment>
      <translation>تظهر القيمة الجديدة على ملصقات بجانب المصاعد في فبراير. في المعايرة التالية، يقول أحدهم «الشمول» مرتين، وتتبع درجات الحضور النمط نفسه كما من قبل. تلتقط استشارية تعمل بساعات مرنة صورة للملصق وترسلها إلى صديقة من دون تعليق.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-value.notes">
      <source>If someone defends values statements, agree that they can matter. Ask what would have to change in the calibration room for this one to mean something.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-value).</extracomment>
      <translation>إذا دافع أحدهم عن بيانات القيم، فوافقوه على أنها قد تكون مهمّة. واسألوا ما الذي يجب أن يتغيّر في قاعة المعايرة كي يكون لهذه القيمة معنى.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.title">
      <source>A second session</source>
      <extracomment>Scene heading, shown on the projector (scene end-evidence).</extracomment>
      <translation>جلسة ثانية</translation>
    </message>
    <message id="promotion-criteria.scenes.end-evidence.narration">
      <source>The examples make the room uncomfortable. Helen says she doesn't recognise the picture, then, after a pause, asks Ifeoma to break the data down by team. The wording of &quot;presence&quot; is tightened and evening availability is removed from the guidance. It is a partial change, and it takes a second session nobody had planned for.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-evidence).</extracomment>
      <translation>تُشعر الأمثلةُ الحاضرين بعدم الارتياح. تقول هيلين إنها لا ترى الصورة على هذا النحو، ثم، بعد صمت قصير، تطلب من إيفيوما تفصيل البيانات حسب الفرق. تُضبط صياغة «الحضور» بدقّة أكبر ويُحذف التوافر المسائي من الإرشادات. إنه تغيير جزئي، واحتاج إلى جلسة ثانية لم يخطّط لها أحد.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.title">
      <source>The pilot</source>
      <extracomment>Scene heading, shown on the projector (scene end-pilot).</extracomment>
      <translation>التجربة</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.narration">
      <source>Helen is sceptical but agrees to the pilot, &quot;on your panel, not mine&quot;. Next cycle, Marek's panel writes evidence for every rating, takes twice as long, and promotes two people on flexible hours whose files show the work. His own partner review notes that he &quot;spends a lot of energy on process&quot;. When Ifeoma shares the pilot's results, Helen asks to try it on her panel too.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-pilot).</extracomment>
      <translation>هيلين متشكّكة لكنها توافق على التجربة، «في لجنتك، لا في لجنتي». في الدورة التالية، تكتب لجنة ماريك دليلًا لكل تقييم، وتستغرق ضعف الوقت، وترقّي شخصين يعملان بساعات مرنة تُظهر ملفّاتهما عملهما. وتذكر مراجعة ترقّيه إلى شريك أنه «يبذل طاقة كبيرة على الإجراءات». وحين تشارك إيفيوما نتائج التجربة، تطلب هيلين تجربتها في لجنتها أيضًا.</translation>
    </message>
    <message id="promotion-criteria.scenes.end-pilot.notes">
      <source>Point out the cost in Marek's review. Advocacy is not free, even when it works. Ask the group whether they would still choose it knowing that line would appear.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-pilot).</extracomment>
      <translation>أشيروا إلى الكلفة في مراجعة ماريك. المناصرة ليست مجانية، حتى حين تنجح. اسألوا المجموعة هل كانوا سيختارونها وهم يعلمون أنّ ذلك السطر سيظهر.</translation>
    </message>
    <message id="promotion-criteria.debrief.what.1">
      <source>What did &quot;executive presence&quot; and evening availability end up measuring in Zanele's case?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا قاس «الحضور القيادي» والتوافر المسائي في النهاية في حالة زانيلي؟</translation>
    </message>
    <message id="promotion-criteria.debrief.what.2">
      <source>On our path, was the outcome challenged, the process, both, or neither?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>في مسارنا، هل جرى الاعتراض على النتيجة، أم على الإجراء، أم على الاثنين، أم على لا شيء منهما؟</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.1">
      <source>Why does winning one person's case feel like success, even when the rule that created the problem stays?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا يبدو كسب قضية شخص واحد نجاحًا، حتى حين تبقى القاعدة التي صنعت المشكلة؟</translation>
    </message>
    <message id="promotion-criteria.debrief.so_what.2">
      <source>Who pays for criteria that reward visibility and long hours, and who never notices them?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>مَن يدفع ثمن المعايير التي تكافئ الظهور والساعات الطويلة، ومَن لا يلاحظها أبدًا؟</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.1">
      <source>Pick one criterion in a process you take part in (hiring, promotion, reviews). What would you have to see someone do to score highly on it?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>اختاروا معيارًا واحدًا في إجراء تشاركون فيه (التوظيف، الترقية، تقييم الأداء). ماذا يجب أن تروا شخصًا يفعله كي يحصل فيه على درجة عالية؟</translation>
    </message>
    <message id="promotion-criteria.debrief.now_what.2">
      <source>What data could you ask for, this quarter, to find out who that criterion favours?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ما البيانات التي يمكنكم طلبها هذا الفصل لتعرفوا مَن يفضّله ذلك المعيار؟</translation>
    </message>
    <message id="promotion-criteria.sources.1.title">
      <source>Workplace allyship practice: challenge the process that produces an outcome, not only the outcome</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: مساءلة الإجراء الذي يُنتج النتيجة، لا النتيجة وحدها</translation>
    </message>
    <message id="promotion-criteria.sources.1.note">
      <source>Drawn from writing on systemic allyship that urges asking what promotion criteria really reward, and examining promotion data by group for patterns.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مستمدّ من كتابات عن التضامن على مستوى المنظومة تحثّ على السؤال عمّا تكافئه معايير الترقية حقًا، وعلى فحص بيانات الترقيات حسب الفئات بحثًا عن أنماط.</translation>
    </message>
    <message id="pronouns-and-language.title">
      <source>Morning, guys, this is Kai</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>صباح الخير يا شباب، أقدّم لكم كاي</translation>
    </message>
    <message id="pronouns-and-language.summary">
      <source>At a client kick-off, a well-meaning project manager misgenders a colleague who uses they/them, then makes a show of apologising. The group decides what a teammate on the call does, and how they answer when the project manager asks for advice the next day.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>في اجتماع انطلاق مع عميل، تخطئ مديرة مشروع حسنة النيّة في ضمائر شخص من الفريق يستخدم ضمائر الجمع (they/them)، ثم تحوّل الاعتذار إلى استعراض. تقرّر المجموعة ما يفعله زميل في الفريق حاضر في المكالمة، وكيف يجيب حين تطلب منه مديرة المشروع النصيحة في اليوم التالي.</translation>
    </message>
    <message id="pronouns-and-language.content_note">
      <source>This role-play includes a colleague who uses they/them being misgendered in front of a client, an apology that turns into a show, and their pronoun being called bad grammar.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا شخصًا من الفريق يستخدم ضمائر الجمع (they/them) يُخطَأ في ضمائره أمام عميل، واعتذارًا يتحوّل إلى استعراض، ووصفَ ضمائره بأنها خطأ نحوي.</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.name">
      <source>Kai Nakamura-Reyes, user researcher</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kai).</extracomment>
      <translation>كاي ناكامورا-رييس، من فريق أبحاث تجربة المستخدم</translation>
    </message>
    <message id="pronouns-and-language.roles.kai.brief">
      <source>You updated your pronouns to they/them three months ago, in your email signature and your chat profile, and told the team in a short message. Most people have adjusted. Being misgendered in front of a client, then having the apology turn into a performance, is exhausting; you say &quot;no worries&quot; because you have a research plan to present. What you want is for people to just get it right and move on.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kai).</extracomment>
      <translation>قبل ثلاثة أشهر غيّرتم ضمائركم إلى ضمائر الجمع (they/them)، في توقيع بريدكم وفي ملفكم على المحادثة، وأبلغتم الفريق برسالة قصيرة. تأقلم معظم الناس. أن يُخطأ في ضمائركم أمام عميل، ثم يتحوّل الاعتذار إلى عرض مسرحي، أمر مرهق؛ تقولون «لا عليكم» لأن لديكم خطة بحث تعرضونها. ما تريدونه أن ينطق الناس الصيغة الصحيحة ببساطة ويمضوا.</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.name">
      <source>Brenda Coughlan, senior project manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role brenda).</extracomment>
      <translation>بريندا كوغلان، مديرة مشاريع أولى</translation>
    </message>
    <message id="pronouns-and-language.roles.brenda.brief">
      <source>You have known Kai for five years and you are fond of them. You find the new pronoun hard; it feels grammatically odd to you and you worry about getting it wrong, which makes you get it wrong more. &quot;Guys&quot; is just how you greet people. If someone gives you practical, kind advice, you take it; if you feel lectured, you get flustered and defensive.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role brenda).</extracomment>
      <translation>تعرفون كاي منذ خمس سنوات وتكنّون لكاي مودّة صادقة. تجدون الضمائر الجديدة صعبة؛ تبدو لكم غريبة نحويًا، وتخشون الخطأ فيها، وهذا يجعلكم تخطئون أكثر. «يا شباب» هي ببساطة طريقتكم في تحية الناس. إن قدّم لكم أحد نصيحة عملية ولطيفة، تأخذون بها؛ وإن شعرتم بأنها محاضرة، ترتبكون وتدافعون عن أنفسكم.</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.name">
      <source>Hannah Lindqvist, client programme manager</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hannah).</extracomment>
      <translation>هانا ليندكفيست، مديرة البرامج لدى العميل</translation>
    </message>
    <message id="pronouns-and-language.roles.hannah.brief">
      <source>You are the client. You noticed the slip and the fuss and you felt awkward on Kai's behalf. You follow the lead of whoever sounds confident: if someone on the supplier side uses &quot;they&quot; naturally, you do the same.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hannah).</extracomment>
      <translation>أنتم العميل. لاحظتم الزلّة والضجّة، وشعرتم بالحرج نيابةً عن كاي. تتّبعون من يبدو واثقًا: إن استخدم أحد من جهة المورّد صيغة الجمع مع كاي بشكل طبيعي، فعلتم مثله.</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="pronouns-and-language.roles.observer.brief">
      <source>Listen for every pronoun used about Kai and every greeting used for the group. Note who corrects, how, and how long it takes. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>أصغوا إلى كل ضمير يُستخدم للحديث عن كاي، وكل تحية تُوجَّه إلى المجموعة. دوّنوا من يصحّح، وكيف، وكم يستغرق ذلك. استعينوا بقائمة المراقب.</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.1">
      <source>Count the pronouns used about Kai. How many were right, and who got them right?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>عدّوا الضمائر المستخدمة للحديث عن كاي. كم منها كان صحيحًا، ومن استخدمها صحيحة؟</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use, and did it keep the spotlight off Kai?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل الخمس (التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة) استخدمها المستجيب، وهل أبعدت الأضواء عن كاي؟</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.3">
      <source>Did the responder correct by example (simply using &quot;they&quot;) or by drawing attention?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل صحّح المستجيب بالقدوة (باستخدام صيغة الجمع ببساطة) أم بلفت الانتباه؟</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.4">
      <source>Did anyone ask Kai what, if anything, they wanted done?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سأل أحد كاي عمّا يريدون أن يُفعل، إن كانوا يريدون شيئًا أصلًا؟</translation>
    </message>
    <message id="pronouns-and-language.observer_checklist.5">
      <source>When Brenda asked for help, was the advice practical, or a judgement?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>حين طلبت بريندا المساعدة، هل كانت النصيحة عملية، أم حكمًا عليها؟</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.title">
      <source>Monday, client kick-off call</source>
      <extracomment>Scene heading, shown on the projector (scene kick-off).</extracomment>
      <translation>الاثنين، مكالمة الانطلاق مع العميل</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.narration">
      <source>Brenda opens the call: &quot;Morning, guys! Lovely to see you all. This is Kai, she's leading the research. Sorry, they! They. Gosh, I'm going to get myself in trouble, aren't I?&quot; She laughs for a few seconds too long. Hannah smiles uncertainly. Kai says, &quot;No worries,&quot; and shares their screen.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene kick-off).</extracomment>
      <translation>تفتتح بريندا المكالمة: «صباح الخير يا شباب! سعيدة برؤيتكم جميعًا. هذه كاي، هي تقود البحث. عفوًا، هم! هم. يا إلهي، سأوقع نفسي في ورطة، أليس كذلك؟» وتضحك بضع ثوانٍ أطول من اللازم. تبتسم هانا بتردّد. يأتي ردّ كاي: «لا عليكم»، ثم تظهر شاشتهم على المكالمة.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.notes">
      <source>Read Brenda's line with real warmth; she is not hostile, she is flustered. Some participants may start debating pronouns themselves. Acknowledge that people are at different points, and bring the room back to the question: what does Kai need in the next five minutes? Do not let the discussion turn into a debate about Kai's identity.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene kick-off).</extracomment>
      <translation>اقرؤوا جملة بريندا بدفء حقيقي؛ إنها ليست معادية، بل مرتبكة. قد يبدأ بعض المشاركين بالجدال حول الضمائر نفسها. اعترفوا بأن الناس في مراحل مختلفة، وأعيدوا القاعة إلى السؤال: ما حاجة كاي في الدقائق الخمس القادمة؟ لا تسمحوا للنقاش بأن يتحوّل إلى جدال حول هوية كاي.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.prompt">
      <source>You are the project's lead developer, on the call. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene kick-off).</extracomment>
      <translation>أنتم المطوّر الرئيسي في المشروع، وحاضرون في المكالمة. ماذا تفعلون؟</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.text">
      <source>Nothing. Kai said &quot;no worries&quot;, and Brenda already corrected herself.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option carry-on). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>لا تفعلون شيئًا. ردّ كاي كان «لا عليكم»، وبريندا صحّحت نفسها.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.carry-on.why">
      <source>Not adding to the awkwardness is a reasonable instinct, and it leaves the client with two versions of Kai's pronouns and no cue about which one to use.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option carry-on).</extracomment>
      <translation>عدم زيادة الحرج ميل معقول، لكنه يترك العميل مع صيغتين لضمائر كاي ودون أيّ إشارة إلى أيّهما يستخدم.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.text">
      <source>After the call, message Kai: &quot;Sorry about Brenda, that was awkward. She means well.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option sorry-afterwards). Shown on a phone button: keep it short, about 84 characters like the English.</extracomment>
      <translation>تراسلون كاي بعد المكالمة: «عذرًا على ما حدث مع بريندا، كان ذلك محرجًا. نيّتها طيبة.»</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.sorry-afterwards.why">
      <source>Acknowledging it privately shows you noticed, though &quot;she means well&quot; asks Kai to make allowances, and the client saw nothing different.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option sorry-afterwards).</extracomment>
      <translation>الاعتراف بالأمر على انفراد يُظهر أنكم لاحظتم، لكن «نيّتها طيبة» تطلب من كاي التماس العذر لها، والعميل لم يرَ شيئًا مختلفًا.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.text">
      <source>Add your own pronouns to your display name during the call and post in the chat: &quot;Pronouns matter! Let's all add ours.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option flag-and-chat). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>تضيفون ضمائركم إلى اسمكم الظاهر أثناء المكالمة، وتنشرون في المحادثة: «الضمائر مهمّة! لنضف جميعًا ضمائرنا.»</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.flag-and-chat.why">
      <source>Sharing pronouns can be a good norm, but launched right after the slip it points every eye back at Kai, in front of a client.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option flag-and-chat).</extracomment>
      <translation>مشاركة الضمائر قد تكون عرفًا جيدًا، لكن إطلاقها مباشرة بعد الزلّة يعيد كل الأنظار إلى كاي، أمام عميل.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.text">
      <source>When you speak, use Kai's pronouns naturally: &quot;Kai's plan is solid; they've already booked the first interviews, so I'll follow their timeline.&quot; No comment on the slip.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene kick-off, option use-they). Shown on a phone button: keep it short, about 168 characters like the English.</extracomment>
      <translation>تستخدمون ضمائر كاي بشكل طبيعي حين تتكلّمون: «خطة كاي متينة؛ حجزوا المقابلات الأولى بالفعل، لذا سأتبع جدولهم الزمني.» دون تعليق على الزلّة.</translation>
    </message>
    <message id="pronouns-and-language.scenes.kick-off.decision.options.use-they.why">
      <source>It corrects by example, gives the client a clear cue, and keeps the focus on Kai's work rather than on the mistake.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene kick-off, option use-they).</extracomment>
      <translation>يصحّح بالقدوة، ويعطي العميل إشارة واضحة، ويُبقي التركيز على عمل كاي لا على الخطأ.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene both-versions).</extracomment>
      <translation>بقية المكالمة</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.narration">
      <source>Later in the call, Hannah asks, &quot;Could she send the plan over, or should I ask — sorry, could they?&quot; and looks at Brenda, who says &quot;Either, ha.&quot; Kai answers the question about the plan and says nothing else for the remaining half hour.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene both-versions).</extracomment>
      <translation>لاحقًا في المكالمة، تسأل هانا: «هل يمكنها أن ترسل الخطة، أم عليّ أن أسأل — عفوًا، هل يمكنهم؟» وتنظر إلى بريندا، التي تقول: «أيّهما، ها.» يأتي جواب كاي عن سؤال الخطة، ثم لا يُسمع منهم شيء آخر طوال نصف الساعة المتبقّي.</translation>
    </message>
    <message id="pronouns-and-language.scenes.both-versions.notes">
      <source>Notice the ripple: uncertainty spreads to the client. Keep moving; the second decision gives this path another opening.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene both-versions).</extracomment>
      <translation>لاحظوا الأثر المتموّج: عدم اليقين ينتقل إلى العميل. تابعوا؛ فالقرار الثاني يمنح هذا المسار فرصة أخرى.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.title">
      <source>A reply</source>
      <extracomment>Scene heading, shown on the projector (scene private-sympathy).</extracomment>
      <translation>ردّ</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.narration">
      <source>Kai replies: &quot;Thanks. I know she does.&quot; A minute later: &quot;It would just be nice if people got it right without the show.&quot; You read it twice and leave it on read.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene private-sympathy).</extracomment>
      <translation>يصل ردّ كاي: «شكرًا. أعرف أن نيّتها طيبة.» وبعد دقيقة: «لكن سيكون لطيفًا لو نطق الناس الصيغة الصحيحة دون استعراض.» تقرؤون الرسالة مرتين وتتركونها دون ردّ.</translation>
    </message>
    <message id="pronouns-and-language.scenes.private-sympathy.notes">
      <source>Ask what the second message is asking for, and who it is really addressed to. The next scene gives the responder a chance to act on it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene private-sympathy).</extracomment>
      <translation>اسألوا عمّا تطلبه الرسالة الثانية، وإلى من هي موجّهة فعلًا. يمنح المشهد التالي المستجيب فرصة للتصرّف بناءً عليها.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.title">
      <source>The chat</source>
      <extracomment>Scene heading, shown on the projector (scene spotlight).</extracomment>
      <translation>المحادثة</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.narration">
      <source>Three people on your side add pronouns; Hannah hesitates, then adds hers. Brenda types, &quot;Such a good idea!! Sorry again Kai!!&quot; Kai's camera goes off for the next ten minutes.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene spotlight).</extracomment>
      <translation>يضيف ثلاثة أشخاص من جهتكم ضمائرهم؛ تتردّد هانا ثم تضيف ضمائرها. تكتب بريندا: «فكرة رائعة جدًا!! آسفة مرة أخرى يا كاي!!» وتنطفئ كاميرا كاي طوال الدقائق العشر التالية.</translation>
    </message>
    <message id="pronouns-and-language.scenes.spotlight.notes">
      <source>Participants who chose this often do care about pronoun norms. Agree that the norm can be valuable, then ask about timing and about whose comfort the moment served.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene spotlight).</extracomment>
      <translation>من يختارون هذا الخيار كثيرًا ما يهتمّون فعلًا بأعراف الضمائر. وافقوا على أن هذا العرف قد يكون قيّمًا، ثم اسألوا عن التوقيت، وعن راحة مَن خدمتها تلك اللحظة.</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.title">
      <source>The rest of the call</source>
      <extracomment>Scene heading, shown on the projector (scene modelled).</extracomment>
      <translation>بقية المكالمة</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.narration">
      <source>Hannah picks it up within a minute: &quot;Great, I'll send them our user list today.&quot; Brenda gets it right for the rest of the call, a little carefully. Afterwards Kai sends you a single line: &quot;Thanks for that.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene modelled).</extracomment>
      <translation>تلتقط هانا الإشارة خلال دقيقة: «رائع، سأرسل إليهم قائمة مستخدمينا اليوم.» تستخدم بريندا الصيغة الصحيحة بقية المكالمة، بشيء من الحذر. وبعد المكالمة يصلكم من كاي سطر واحد: «شكرًا على ذلك.»</translation>
    </message>
    <message id="pronouns-and-language.scenes.modelled.notes">
      <source>Draw out how little this cost and how much it did. Then ask: did it help Brenda, long term? It leads into the next decision.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene modelled).</extracomment>
      <translation>أبرزوا قلّة ما كلّفه هذا وكثرة ما أحدثه. ثم اسألوا: هل ساعد بريندا على المدى البعيد؟ هذا يقود إلى القرار التالي.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.title">
      <source>Tuesday, a message from Brenda</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-asks).</extracomment>
      <translation>الثلاثاء، رسالة من بريندا</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.narration">
      <source>Brenda messages you: &quot;Can I ask you something without being judged? Was I awful yesterday with Kai? I honestly find the 'they' thing hard, it feels like bad grammar. And is 'guys' really a problem now? I've said it my whole life.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-asks).</extracomment>
      <translation>تراسلكم بريندا: «هل أسألك شيئًا، ومن دون أحكام؟ هل كنت فظيعة أمس مع كاي؟ بصراحة أجد موضوع ضمائر الجمع صعبًا، يبدو لي خطأً نحويًا. وهل &quot;يا شباب&quot; مشكلة فعلًا الآن؟ أقولها طوال حياتي.»</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.notes">
      <source>Have the person playing Brenda read this sincerely. Some participants share Brenda's feelings and will be watching how she is treated; model respect for her in your own language. Ask responders to write their reply before seeing the options.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-asks).</extracomment>
      <translation>اطلبوا ممن تؤدّي دور بريندا أن تقرأ هذا بصدق. بعض المشاركين يشاركون بريندا مشاعرها وسيراقبون كيف تُعامَل؛ قدّموا احترامها قدوةً في لغتكم أنتم. اطلبوا من المستجيبين كتابة ردّهم قبل رؤية الخيارات.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.prompt">
      <source>Brenda has asked you directly and privately. How do you reply?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene brenda-asks).</extracomment>
      <translation>سألتكم بريندا مباشرة وعلى انفراد. بماذا تردّون؟</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.text">
      <source>&quot;Don't worry about it, everyone slips up. And 'guys' is fine, nobody minds.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option everyone-slips). Shown on a phone button: keep it short, about 76 characters like the English.</extracomment>
      <translation>«لا تقلقي، الجميع يخطئون أحيانًا. و&quot;يا شباب&quot; لا بأس بها، لا أحد يمانع.»</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.everyone-slips.why">
      <source>Comforting a colleague comes naturally, and it tells her nothing needs to change.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option everyone-slips).</extracomment>
      <translation>مواساة زميلة أمر يأتي بشكل طبيعي، لكنها تقول لها إن لا شيء يحتاج إلى التغيير.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.text">
      <source>&quot;I think Kai would appreciate it if you tried a bit harder.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option try-harder). Shown on a phone button: keep it short, about 60 characters like the English.</extracomment>
      <translation>«أظن أن كاي سيقدّرون لو بذلتِ جهدًا أكبر قليلًا.»</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.try-harder.why">
      <source>It is true but vague; Brenda already feels she is trying and has nothing new to try.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option try-harder).</extracomment>
      <translation>صحيح لكنه غامض؛ فبريندا تشعر أصلًا بأنها تحاول، وليس لديها شيء جديد لتجرّبه.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.text">
      <source>&quot;Maybe post something supportive in the Pride channel? People will see you're on board.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option pride-post). Shown on a phone button: keep it short, about 88 characters like the English.</extracomment>
      <translation>«ربما تنشرين شيئًا داعمًا في قناة الفخر؟ سيرى الناس أنكِ معنا.»</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.pride-post.why">
      <source>It offers her a visible gesture instead of a change in habit, and Kai still gets misgendered on Monday.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option pride-post).</extracomment>
      <translation>يقدّم لها لفتة ظاهرة بدل تغيير في العادة، ويتكرّر الخطأ في ضمائر كاي يوم الاثنين.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.text">
      <source>&quot;Not awful, but the apology was bigger than the slip. Practise 'they' for Kai when they're not around; if you slip, correct and carry on, no apology speech. For groups, 'everyone' or 'folks' works. Want me to give you a quiet nudge if I hear it?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option practical-help). Shown on a phone button: keep it short, about 246 characters like the English.</extracomment>
      <translation>«لم تكوني فظيعة، لكن الاعتذار كان أكبر من الزلّة. تمرّني على صيغة الجمع لكاي في غيابهم؛ وإن أخطأتِ، صحّحي وتابعي، دون خطاب اعتذار. وللمجموعات، &quot;يا جماعة&quot; أو &quot;صباح الخير جميعًا&quot; تفي بالغرض. أتريدين أن أنبّهك بهدوء إن سمعتها؟»</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.practical-help.why">
      <source>Kind and concrete: it treats the change as a habit she can build, and offers support rather than judgement.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option practical-help).</extracomment>
      <translation>لطيف وملموس: يتعامل مع التغيير كعادة يمكنها بناؤها، ويقدّم الدعم بدل الحكم.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.text">
      <source>Give the same practical answer, then suggest that the team's kick-off template starts with optional name-and-pronoun introductions from everyone, so it never falls to Kai to raise it again.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene brenda-asks, option intro-norm). Shown on a phone button: keep it short, about 189 characters like the English.</extracomment>
      <translation>تجيبون الإجابة العملية نفسها، ثم تقترحون أن يبدأ قالب اجتماعات الانطلاق في الفريق بتعريف اختياري من الجميع بالاسم والضمائر، كي لا يقع على كاي عبء إثارة الأمر مجددًا.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-asks.decision.options.intro-norm.why">
      <source>You help Brenda and change the routine, making inclusive introductions the default while keeping them optional for anyone not ready to share.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene brenda-asks, option intro-norm).</extracomment>
      <translation>تساعدون بريندا وتغيّرون الروتين، فيصبح التعريف الشامل هو الأصل، مع بقائه اختياريًا لكل من ليس مستعدًا للمشاركة.</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene same-again).</extracomment>
      <translation>بعد أسبوعين</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.narration">
      <source>At the next client call, Brenda says &quot;she&quot; twice and &quot;guys&quot; six times. She does not apologise this time, which is somehow worse. Kai asks the resourcing manager whether there is room on another project.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene same-again).</extracomment>
      <translation>في مكالمة العميل التالية، تقول بريندا «هي» مرتين و«يا شباب» ست مرات. لا تعتذر هذه المرة، وهذا بطريقة ما أسوأ. ويصل إلى مدير توزيع الموارد سؤال من كاي: هل يوجد مكان في مشروع آخر؟</translation>
    </message>
    <message id="pronouns-and-language.scenes.same-again.notes">
      <source>Let this one sit. Ask what &quot;nobody minds&quot; assumed about who was in the room.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene same-again).</extracomment>
      <translation>دعوا هذا يستقرّ. اسألوا ماذا افترضت عبارة «لا أحد يمانع» عن الموجودين في القاعة.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene more-anxious).</extracomment>
      <translation>بعد أسبوعين</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.narration">
      <source>Brenda becomes visibly anxious around Kai and starts avoiding pronouns altogether, saying &quot;Kai&quot; in every sentence. It is better than before, but stiff. Kai tells a friend it is like being handled with oven gloves.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene more-anxious).</extracomment>
      <translation>يظهر القلق بوضوح على بريندا في حضور كاي، وتبدأ بتجنّب الضمائر تمامًا، فتقول «كاي» في كل جملة. هذا أفضل من قبل، لكنه متكلّف. وفي كلام كاي مع صديق: الأمر أشبه بأن يُمسَك المرء بقفّازات الفرن.</translation>
    </message>
    <message id="pronouns-and-language.scenes.more-anxious.notes">
      <source>A good example of well-meant but vague feedback. Ask what specific advice would have given Brenda somewhere to go.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene more-anxious).</extracomment>
      <translation>مثال جيد على ملاحظة حسنة النيّة لكنها غامضة. اسألوا ما النصيحة المحدّدة التي كانت ستعطي بريندا اتجاهًا تمضي فيه.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene post-and-slip).</extracomment>
      <translation>بعد أسبوعين</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.narration">
      <source>Brenda's post in the Pride channel gets thirty reactions. On the next client call she misgenders Kai once, and apologises at length again. Kai replies to the post with a polite thumbs-up.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene post-and-slip).</extracomment>
      <translation>يحصد منشور بريندا في قناة الفخر ثلاثين تفاعلًا. وفي مكالمة العميل التالية تخطئ في ضمائر كاي مرة، ثم تعتذر مطوّلًا من جديد. ويأتي ردّ كاي على المنشور إشارة إعجاب مهذّبة.</translation>
    </message>
    <message id="pronouns-and-language.scenes.post-and-slip.notes">
      <source>Contrast the public post with the private call. Ask the group which one Kai will remember.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene post-and-slip).</extracomment>
      <translation>قارنوا المنشور العلني بالمكالمة الخاصة. اسألوا المجموعة أيّهما سيبقى في ذاكرة كاي.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene brenda-practises).</extracomment>
      <translation>بعد أسبوعين</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.narration">
      <source>Brenda tells you she has been practising in the car, &quot;which is ridiculous, but it works&quot;. She slips once on the next call, says &quot;they, sorry&quot; and carries on in the same breath. She opens the next meeting with &quot;Morning, everyone.&quot; Kai has stopped bracing at the start of calls.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene brenda-practises).</extracomment>
      <translation>تخبركم بريندا أنها تتمرّن في السيارة، «وهذا سخيف، لكنه ينجح». تخطئ مرة في المكالمة التالية، فتقول «هم، عفوًا» وتتابع في النَّفَس نفسه. وتفتتح الاجتماع الذي يليه بعبارة «صباح الخير جميعًا». ولم يعد التوتّر يلازم كاي في بداية المكالمات.</translation>
    </message>
    <message id="pronouns-and-language.scenes.brenda-practises.notes">
      <source>Point out that progress here is imperfect and still real. Ask what made it possible for Brenda to accept the advice.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene brenda-practises).</extracomment>
      <translation>أشيروا إلى أن التقدّم هنا ناقص لكنه حقيقي. اسألوا ما الذي جعل بريندا قادرة على قبول النصيحة.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.title">
      <source>Two weeks later</source>
      <extracomment>Scene heading, shown on the projector (scene template-norm).</extracomment>
      <translation>بعد أسبوعين</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.narration">
      <source>The new kick-off template goes out with an optional introductions slide. One senior engineer complains it is &quot;a bit much&quot;; most people add a line and move on. At the next kick-off, the client's own lead introduces himself with his pronouns, and nobody looks at Kai.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene template-norm).</extracomment>
      <translation>يُعمَّم قالب الانطلاق الجديد مع شريحة تعريف اختيارية. يشتكي مهندس أول من أنها «مبالغ فيها قليلًا»؛ ويضيف معظم الناس سطرًا ويمضون. وفي اجتماع الانطلاق التالي، يعرّف قائد فريق العميل بنفسه مع ضمائره، ولا ينظر أحد إلى كاي.</translation>
    </message>
    <message id="pronouns-and-language.scenes.template-norm.notes">
      <source>Stress that optional matters: forcing people to declare pronouns can harm those still working things out. Ask who else benefits from a default like this.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene template-norm).</extracomment>
      <translation>أكّدوا أهمية كونه اختياريًا: إجبار الناس على إعلان ضمائرهم قد يؤذي من لا يزالون يستكشفون أنفسهم. اسألوا من يستفيد أيضًا من أصل كهذا.</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.1">
      <source>How many times was Kai misgendered, and what happened to the conversation each time?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>كم مرة أُخطئ في ضمائر كاي، وماذا حدث للحديث في كل مرة؟</translation>
    </message>
    <message id="pronouns-and-language.debrief.what.2">
      <source>What did Hannah, the client, take her cue from?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ممّن أخذت هانا، العميلة، إشارتها؟</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.1">
      <source>Why can a long apology land worse than the original slip?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا قد يكون وقع الاعتذار الطويل أسوأ من الزلّة الأصلية؟</translation>
    </message>
    <message id="pronouns-and-language.debrief.so_what.2">
      <source>When a colleague says something is hard for them, how do you respect that and still ask for the change?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>حين يقول زميل إن أمرًا ما صعب عليه، كيف تحترمون ذلك وتطلبون التغيير في الوقت نفسه؟</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.1">
      <source>Which group greeting do you use most, and what would you replace it with?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>ما التحية الجماعية التي تستخدمونها أكثر من غيرها، وبماذا ستستبدلونها؟</translation>
    </message>
    <message id="pronouns-and-language.debrief.now_what.2">
      <source>If a colleague asked you Brenda's question tomorrow, what two practical tips would you give?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>لو طرح عليكم زميل سؤال بريندا غدًا، ما النصيحتان العمليتان اللتان ستقدّمونهما؟</translation>
    </message>
    <message id="pronouns-and-language.sources.1.title">
      <source>Workplace allyship practice: use inclusive language and colleagues' correct pronouns</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: استخدام اللغة الشاملة والضمائر الصحيحة للزملاء</translation>
    </message>
    <message id="pronouns-and-language.sources.2.title">
      <source>Workplace allyship practice: own a mistake with a short, sincere apology</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: تحمّل الخطأ باعتذار قصير وصادق</translation>
    </message>
    <message id="rainbow-logo.title">
      <source>A rainbow on the logo, and page 14 of the benefits booklet</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>قوس قزح على الشعار، والصفحة 14 من دليل المزايا</translation>
    </message>
    <message id="rainbow-logo.summary">
      <source>A retailer's Pride month campaign is ready to go: a rainbow logo, posts and free T-shirts. The staff Pride network has asked for something else first, because the company's own health cover still excludes gender-affirming care and defines a partner as someone of the opposite sex. The marketing director decides twice: at the campaign sign-off and at the benefits renewal.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>حملة شهر الفخر لدى شركة تجزئة جاهزة للانطلاق: شعار بألوان قوس قزح، ومنشورات، وقمصان مجانية. لكنّ شبكة الفخر للموظفين طلبت شيئًا آخر أولًا، لأنّ التأمين الصحي للشركة نفسها لا يزال يستثني الرعاية الصحية المؤكِّدة للنوع الاجتماعي ويعرّف الشريك بأنه شخص من الجنس الآخر. تقرّر مديرة التسويق مرتين: عند اعتماد الحملة، وعند تجديد المزايا.</translation>
    </message>
    <message id="rainbow-logo.content_note">
      <source>This role-play includes a company's health cover excluding gender-affirming care and same-sex partners, and a debate over whether changing that is worth the cost.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا تأمينًا صحيًا لشركة يستثني الرعاية الصحية المؤكِّدة للنوع الاجتماعي والشركاءَ من الجنس نفسه، ونقاشًا حول ما إذا كان تغيير ذلك يستحق كلفته.</translation>
    </message>
    <message id="rainbow-logo.roles.hana.name">
      <source>Hana Kobayashi, Marketing Director</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role hana).</extracomment>
      <translation>هانا كوباياشي، مديرة التسويق</translation>
    </message>
    <message id="rainbow-logo.roles.hana.brief">
      <source>You are straight and cisgender, and you genuinely want the company to show up for Pride. You hold a £40,000 budget for June and sit on the executive team. A colleague forwarded you Kit's message this morning; you agree with it, and you also know the campaign assets are finished and the agency has been paid.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role hana).</extracomment>
      <translation>أنتم مغايرو الجنس ومتوافقو النوع الاجتماعي، وتريدون بصدق أن تكون الشركة حاضرة في شهر الفخر. تديرون ميزانية قدرها 40,000 جنيه إسترليني لشهر يونيو، وأنتم أعضاء في الفريق التنفيذي. أعاد إليكم زميل هذا الصباح توجيه رسالة كيت؛ وأنتم توافقون عليها، لكنكم تعرفون أيضًا أنّ مواد الحملة جاهزة وأنّ الوكالة قبضت أجرها.</translation>
    </message>
    <message id="rainbow-logo.roles.kit.name">
      <source>Kit Adebayo (he/him), payroll specialist and co-lead of the Pride network</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role kit).</extracomment>
      <translation>كيت أديبايو (ضمائره: هو)، أخصائي رواتب وقائد مشارك لشبكة الفخر</translation>
    </message>
    <message id="rainbow-logo.roles.kit.brief">
      <source>You raised the health-cover gaps in last year's staff survey and in a meeting with Reward, and nothing moved. You are not against a rainbow; you are against a rainbow on its own. You do not want to be the face of the campaign. If someone asks what the network wants, answer plainly: fix the partner definition (it costs nothing) and cost the care exclusion before the September renewal.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role kit).</extracomment>
      <translation>أثرتم ثغرات التأمين الصحي في استطلاع الموظفين العام الماضي وفي اجتماع مع فريق المكافآت، ولم يتحرّك شيء. لستم ضدّ قوس قزح؛ أنتم ضدّ قوس قزح وحده. لا تريدون أن تكونوا وجه الحملة. إذا سأل أحدٌ عمّا تريده الشبكة، فأجيبوا بوضوح: تصحيح تعريف الشريك (لا يكلّف شيئًا)، وحساب تكلفة إلغاء استثناء الرعاية قبل التجديد في سبتمبر.</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.name">
      <source>Nadia Petrova, social media lead</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role nadia).</extracomment>
      <translation>نادية بتروفا، مسؤولة وسائل التواصل الاجتماعي</translation>
    </message>
    <message id="rainbow-logo.roles.nadia.brief">
      <source>You built this campaign over six weeks and you are proud of it; your brother is gay and Pride matters to you. If the campaign is paused you feel, at first, that you are being accused of something. If you are asked for ideas rather than told off, you have good ones, including how to talk about a policy change in public.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role nadia).</extracomment>
      <translation>بنيتم هذه الحملة على مدى ستة أسابيع وأنتم فخورون بها؛ أخوكم مثليّ، وشهر الفخر يعني لكم الكثير. إذا أُوقفت الحملة، تشعرون في البداية بأنكم متّهمون بشيء ما. أمّا إذا طُلبت منكم أفكار بدل أن تُوبَّخوا، فلديكم أفكار جيدة، منها كيف يُتحدَّث علنًا عن تغيير في السياسات.</translation>
    </message>
    <message id="rainbow-logo.roles.colm.name">
      <source>Colm Doherty, Head of Reward</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role colm).</extracomment>
      <translation>كولم دوهرتي، رئيس قسم المكافآت</translation>
    </message>
    <message id="rainbow-logo.roles.colm.brief">
      <source>You are not against changing the cover; you have been told to hold benefit costs flat this year. Adding gender-affirming care would cost roughly £30,000 a year, and the insurer will only change terms at the September renewal. The partner wording, you privately admit, could be fixed in a fortnight at no cost. Answer questions honestly; do not volunteer the cheap fix unless someone separates the two issues.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role colm).</extracomment>
      <translation>لستم ضدّ تغيير التأمين؛ لكن طُلب منكم إبقاء تكاليف المزايا ثابتة هذا العام. إضافة الرعاية المؤكِّدة للنوع الاجتماعي ستكلّف نحو 30,000 جنيه إسترليني سنويًا، وشركة التأمين لن تغيّر الشروط إلا عند التجديد في سبتمبر. أمّا صياغة تعريف الشريك، فتعترفون في سرّكم بأنه يمكن تصحيحها خلال أسبوعين من دون تكلفة. أجيبوا عن الأسئلة بصدق؛ ولا تتطوّعوا بذكر الحلّ الرخيص إلا إذا فصل أحدٌ بين المسألتين.</translation>
    </message>
    <message id="rainbow-logo.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="rainbow-logo.roles.observer.brief">
      <source>Watch who gets to speak about the policy, and who speaks about the campaign. Use the checklist and write down exact phrases.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>لاحظوا مَن يُتاح له الحديث عن السياسة، ومَن يتحدّث عن الحملة. استخدموا قائمة المراقب ودوّنوا العبارات بنصّها.</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.1">
      <source>Who mentioned the policy itself (the partner definition, the care exclusion), and who talked only about the campaign?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>مَن ذكر السياسة نفسها (تعريف الشريك، استثناء الرعاية)، ومَن تحدّث عن الحملة فقط؟</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.2">
      <source>Was the Pride network asked what it wanted, or told what it would get?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سُئلت شبكة الفخر عمّا تريده، أم قيل لها ما ستحصل عليه؟</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.3">
      <source>Did anyone separate the change that costs nothing from the change that costs money? When, and what happened next?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل فصل أحدٌ بين التغيير الذي لا يكلّف شيئًا والتغيير الذي يكلّف مالًا؟ متى، وماذا حدث بعد ذلك؟</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.4">
      <source>Which intervention moves appeared: distract, delegate, document, delay, direct? Notice especially delay (holding the sign-off) and document (the network's written note).</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل ظهرت: التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة؟ لاحظوا خصوصًا التأجيل (تعليق الاعتماد) والتوثيق (مذكّرة الشبكة المكتوبة).</translation>
    </message>
    <message id="rainbow-logo.observer_checklist.5">
      <source>What did each choice cost Hana, and what did it cost Kit?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ماذا كلّف كلُّ خيار هانا، وماذا كلّف كيت؟</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.title">
      <source>Campaign sign-off</source>
      <extracomment>Scene heading, shown on the projector (scene sign-off).</extracomment>
      <translation>اعتماد الحملة</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.narration">
      <source>Last week of May. Nadia Petrova clicks through the June plan: the logo in rainbow colours on every channel, a &quot;#ProudAtCalder&quot; series of posts, free T-shirts for store staff, and a £5,000 donation to an LGBTQ+ youth charity. Hana Kobayashi is due to approve it today. On her phone is a message Kit Adebayo posted in the Pride network channel this morning: &quot;Please, no rainbow logo while our health cover excludes gender-affirming care and page 14 still defines a partner as someone of the opposite sex.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene sign-off).</extracomment>
      <translation>الأسبوع الأخير من مايو. تستعرض نادية بتروفا خطة يونيو: الشعار بألوان قوس قزح على كل القنوات، وسلسلة منشورات بعنوان «#فخورون_في_كالدر»، وقمصان مجانية لموظفي المتاجر، وتبرّع بمبلغ 5,000 جنيه إسترليني لجمعية خيرية للشباب من مجتمع الميم. على هانا كوباياشي أن تعتمدها اليوم. وعلى هاتفها رسالة نشرها كيت أديبايو في قناة شبكة الفخر هذا الصباح: «رجاءً، لا شعار بألوان قوس قزح ما دام تأميننا الصحي يستثني الرعاية المؤكِّدة للنوع الاجتماعي، وما دامت الصفحة 14 لا تزال تعرّف الشريك بأنه شخص من الجنس الآخر.»</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.notes">
      <source>Give the group two minutes. Someone will say &quot;but marketing doesn't own benefits&quot;. That is true, so ask who in the company does own the gap between the two. Keep Nadia's role-player in the conversation; she should not become the villain, and the campaign is not a bad piece of work.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene sign-off).</extracomment>
      <translation>أعطوا المجموعة دقيقتين. سيقول أحدهم: «لكنّ التسويق ليس مسؤولًا عن المزايا.» هذا صحيح، فاسألوا: مَن في الشركة مسؤول عن الفجوة بين الأمرين؟ أبقوا مؤدّية دور نادية في الحوار؛ لا ينبغي أن تصبح الشرّيرة، والحملة ليست عملًا سيئًا.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.prompt">
      <source>You are Hana. Nadia is waiting for your sign-off. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene sign-off).</extracomment>
      <translation>أنتم هانا. نادية تنتظر اعتمادكم. ماذا تفعلون؟</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.text">
      <source>&quot;Looks great, approved.&quot; Benefits belong to Reward, not to marketing.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option approve). Shown on a phone button: keep it short, about 69 characters like the English.</extracomment>
      <translation>«تبدو رائعة، معتمدة.» المزايا من شأن فريق المكافآت، لا التسويق.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.approve.why">
      <source>The boundary between teams is real. But the people who raised the problem get a rainbow instead of a reply.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option approve).</extracomment>
      <translation>الحدود بين الفرق حقيقية. لكنّ مَن أثاروا المشكلة يحصلون على قوس قزح بدل الردّ.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.text">
      <source>Approve it, double the charity donation, and write a personal post on your own LinkedIn about why Pride matters to you.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option amplify). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>تعتمدونها، وتضاعفون التبرّع الخيري، وتكتبون منشورًا شخصيًا على حسابكم في لينكدإن عن أهمية شهر الفخر لكم.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.amplify.why">
      <source>The donation does real good outside the company. Inside it, the visible support grows while the policy Kit named stays untouched, and your name is now on the gesture.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option amplify).</extracomment>
      <translation>التبرّع يصنع خيرًا حقيقيًا خارج الشركة. أمّا داخلها، فيكبر الدعم الظاهر بينما تبقى السياسة التي سمّاها كيت على حالها، واسمكم الآن على هذه اللفتة.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.text">
      <source>&quot;Let's hold this for two days. Nadia, could we take the plan to the Pride network and ask what would make June mean something to them? I'll reply to Kit now.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option ask-network). Shown on a phone button: keep it short, about 158 characters like the English.</extracomment>
      <translation>«لنؤجّل هذا يومين. نادية، هل نعرض الخطة على شبكة الفخر ونسألهم ما الذي يجعل يونيو ذا معنى لهم؟ سأردّ على كيت الآن.»</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.ask-network.why">
      <source>You pause a public gesture long enough to hear the people it is meant for, at the cost of a tight deadline and some of Nadia's goodwill.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option ask-network).</extracomment>
      <translation>توقفون لفتة علنية بما يكفي لتسمعوا مَن وُجّهت إليهم، على حساب موعد ضيّق وشيء من ودّ نادية.</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.text">
      <source>&quot;I won't sign off a rainbow logo while our own booklet says this. I'll take the partner definition and the care exclusion to the executive team this week. If we can't change them before June, we launch later, with the change.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene sign-off, option link-to-policy). Shown on a phone button: keep it short, about 226 characters like the English.</extracomment>
      <translation>«لن أعتمد شعار قوس قزح ودليلنا نفسه يقول هذا. سأعرض تعريف الشريك واستثناء الرعاية على الفريق التنفيذي هذا الأسبوع. وإن لم نستطع تغييرهما قبل يونيو، نطلق الحملة لاحقًا، مع التغيير.»</translation>
    </message>
    <message id="rainbow-logo.scenes.sign-off.decision.options.link-to-policy.why">
      <source>You use your sign-off and your seat on the executive team to tie the gesture to a policy change, accepting a delayed campaign and a hard conversation with Finance.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene sign-off, option link-to-policy).</extracomment>
      <translation>تستخدمون صلاحية الاعتماد ومقعدكم في الفريق التنفيذي لربط اللفتة بتغيير في السياسة، وتقبلون تأخير الحملة وحوارًا صعبًا مع الإدارة المالية.</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.title">
      <source>1 June</source>
      <extracomment>Scene heading, shown on the projector (scene launched).</extracomment>
      <translation>1 يونيو</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.narration">
      <source>On 1 June the rainbow logo goes live everywhere, and the first post collects thousands of likes. By lunchtime, a former employee has replied underneath with a photo of page 14 of the benefits booklet, the partner definition circled in red. The reply gets more likes than the post. In the Pride network channel, Kit writes: &quot;Well. We did ask.&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene launched).</extracomment>
      <translation>في 1 يونيو يظهر شعار قوس قزح في كل مكان، ويحصد المنشور الأول آلاف الإعجابات. وبحلول الظهر، يردّ موظف سابق تحته بصورة للصفحة 14 من دليل المزايا، وتعريف الشريك محاط بدائرة حمراء. يحصد الردّ إعجابات أكثر من المنشور. وفي قناة شبكة الفخر يكتب كيت: «حسنًا. لقد طلبنا.»</translation>
    </message>
    <message id="rainbow-logo.scenes.launched.notes">
      <source>Keep it factual. If a participant says &quot;that could happen to any company&quot;, agree; that is why it is worth rehearsing. Move on after a minute.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene launched).</extracomment>
      <translation>التزموا بالوقائع. إذا قال أحد المشاركين «قد يحدث هذا لأي شركة»، فوافقوه؛ ولهذا بالضبط يستحقّ التمرين. انتقلوا بعد دقيقة.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.title">
      <source>Hearts and a screenshot</source>
      <extracomment>Scene heading, shown on the projector (scene amplified).</extracomment>
      <translation>قلوب ولقطة شاشة</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.narration">
      <source>Hana's post does well: former colleagues leave hearts, and the charity thanks the company by name. In the Pride network channel, someone shares her post next to a photo of page 14 of the benefits booklet, with no comment. Kit reacts to neither. Two members quietly leave the channel that week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene amplified).</extracomment>
      <translation>ينجح منشور هانا: يترك زملاء سابقون قلوبًا، وتشكر الجمعية الخيرية الشركة بالاسم. وفي قناة شبكة الفخر، يشارك أحدهم منشورها بجانب صورة للصفحة 14 من دليل المزايا، من دون تعليق. لا يتفاعل كيت مع أيٍّ منهما. ويغادر عضوان القناة بهدوء في ذلك الأسبوع.</translation>
    </message>
    <message id="rainbow-logo.scenes.amplified.notes">
      <source>Someone who picked this may bristle: &quot;so giving to charity is bad now?&quot; No, and say so. Then ask Kit's role-player how it felt to read Hana's post that morning. The gap between the two is the learning.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene amplified).</extracomment>
      <translation>قد ينزعج مَن اختار هذا الخيار: «إذن صار التبرّع للجمعيات الخيرية أمرًا سيئًا؟» لا، وقولوا ذلك. ثم اسألوا مؤدّي دور كيت كيف شعر وهو يقرأ منشور هانا ذلك الصباح. الفجوة بين الأمرين هي الدرس.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.title">
      <source>What the network asked for</source>
      <extracomment>Scene heading, shown on the projector (scene listened).</extracomment>
      <translation>ما طلبته الشبكة</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.narration">
      <source>Nadia is frustrated, since the agency has already been paid for the artwork, but she comes to the meeting. The network's members are clear: they are not against a rainbow, only against a rainbow by itself. They ask for two things: rewrite the partner definition, which costs nothing, and cost the care cover in time for the September renewal. Nadia suggests a June post that says exactly that, and the logo waits until the wording has changed.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene listened).</extracomment>
      <translation>نادية محبطة، فالوكالة قبضت أجر التصاميم، لكنها تحضر الاجتماع. أعضاء الشبكة واضحون: ليسوا ضدّ قوس قزح، بل ضدّ قوس قزح وحده. يطلبون أمرين: إعادة صياغة تعريف الشريك، وهذا لا يكلّف شيئًا، وحساب تكلفة تغطية الرعاية في الوقت المناسب لتجديد سبتمبر. تقترح نادية منشورًا في يونيو يقول ذلك بالضبط، وينتظر الشعار حتى تتغيّر الصياغة.</translation>
    </message>
    <message id="rainbow-logo.scenes.listened.notes">
      <source>Notice the shift: once she is asked rather than overruled, Nadia contributes. Point this out in the debrief. If Kit's role-player wants to push harder than the narration does, let them.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene listened).</extracomment>
      <translation>لاحظوا التحوّل: حين تُسأل نادية بدل أن يُتجاوز رأيها، تساهم. أشيروا إلى ذلك في النقاش الختامي. وإذا أراد مؤدّي دور كيت أن يضغط أكثر ممّا يفعل السرد، فدعوه.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.title">
      <source>The executive meeting</source>
      <extracomment>Scene heading, shown on the projector (scene tied).</extracomment>
      <translation>اجتماع الفريق التنفيذي</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.narration">
      <source>At the executive meeting, the finance director asks what the care cover would cost. Colm Doherty from Reward estimates about £30,000 a year and says the insurer only changes terms at the September renewal. The partner wording, he admits, could be fixed in a fortnight. The June campaign is postponed; Nadia is disappointed, and two regional managers ask why their stores are the only ones on the high street without a rainbow.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene tied).</extracomment>
      <translation>في اجتماع الفريق التنفيذي، يسأل المدير المالي كم ستكلّف تغطية الرعاية. يقدّر كولم دوهرتي من فريق المكافآت التكلفة بنحو 30,000 جنيه إسترليني سنويًا، ويقول إنّ شركة التأمين لا تغيّر الشروط إلا عند التجديد في سبتمبر. أمّا صياغة تعريف الشريك، فيعترف بأنه يمكن تصحيحها خلال أسبوعين. تؤجَّل حملة يونيو؛ تشعر نادية بخيبة أمل، ويسأل مديران إقليميان لماذا متاجرهما هي الوحيدة في الشارع التجاري بلا قوس قزح.</translation>
    </message>
    <message id="rainbow-logo.scenes.tied.notes">
      <source>Make sure the cost is felt: a delayed campaign, a disappointed colleague, managers asking awkward questions. Ask Nadia's role-player what she would want Hana to say to her now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene tied).</extracomment>
      <translation>تأكّدوا من أن تُحسّ الكلفة: حملة مؤجّلة، وزميلة خائبة الأمل، ومديرون يطرحون أسئلة محرجة. اسألوا مؤدّية دور نادية ماذا تريد من هانا أن تقول لها الآن.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.title">
      <source>The renewal</source>
      <extracomment>Scene heading, shown on the projector (scene benefits-review).</extracomment>
      <translation>التجديد</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.narration">
      <source>Mid-July, and the executive team reviews the insurance renewal. Colm presents two options: renew on current terms, or add gender-affirming care and rewrite the partner definition for roughly £30,000 more a year. The finance director leans towards renewing as it is: &quot;It's a tight year.&quot; The Pride network has sent a short written note asking for the second option and offering to check the new wording.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene benefits-review).</extracomment>
      <translation>منتصف يوليو، ويراجع الفريق التنفيذي تجديد التأمين. يعرض كولم خيارين: التجديد بالشروط الحالية، أو إضافة الرعاية المؤكِّدة للنوع الاجتماعي وإعادة صياغة تعريف الشريك مقابل نحو 30,000 جنيه إسترليني إضافية سنويًا. يميل المدير المالي إلى التجديد كما هو: «إنه عام صعب.» وقد أرسلت شبكة الفخر مذكّرة مكتوبة قصيرة تطلب الخيار الثاني وتعرض مراجعة الصياغة الجديدة.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.notes">
      <source>Three to four minutes. This is the private test: no cameras, no likes, just a renewal form. If the group jumps straight to the advocate option, ask where the money comes from and who loses it. If Colm's role-player is asked to separate the two issues, he should answer honestly.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene benefits-review).</extracomment>
      <translation>ثلاث إلى أربع دقائق. هذا هو الاختبار الخاص: لا كاميرات، ولا إعجابات، مجرّد استمارة تجديد. إذا قفزت المجموعة مباشرة إلى خيار المناصر، فاسألوا من أين يأتي المال ومَن يخسره. وإذا طُلب من مؤدّي دور كولم أن يفصل بين المسألتين، فعليه أن يجيب بصدق.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.prompt">
      <source>You are Hana. The finance director is looking for agreement. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene benefits-review).</extracomment>
      <translation>أنتم هانا. المدير المالي يبحث عن موافقة. ماذا تقولون؟</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.text">
      <source>Agree to renew on current terms and revisit it next year, when the numbers look better.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option renew). Shown on a phone button: keep it short, about 87 characters like the English.</extracomment>
      <translation>توافقون على التجديد بالشروط الحالية، والعودة إلى الأمر العام القادم حين تتحسّن الأرقام.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.renew.why">
      <source>Cost pressure is real. But &quot;next year&quot; has already been said once, and the people affected will carry the gap for another twelve months.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option renew).</extracomment>
      <translation>ضغط التكاليف حقيقي. لكنّ «العام القادم» قيلت مرة من قبل، والمتأثّرون سيحملون هذه الثغرة اثني عشر شهرًا أخرى.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.text">
      <source>&quot;I'm sympathetic to option two, for what it's worth.&quot; Then leave the decision to Finance.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option sympathise). Shown on a phone button: keep it short, about 89 characters like the English.</extracomment>
      <translation>«أنا أميل إلى الخيار الثاني، إن كان لرأيي وزن.» ثم تتركون القرار للإدارة المالية.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.sympathise.why">
      <source>Your view is on record, and it is the right view. But nothing in the room changes because of it, and the decision goes to whoever cares most about the cost.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option sympathise).</extracomment>
      <translation>رأيكم مسجّل، وهو الرأي الصائب. لكنّ شيئًا في القاعة لا يتغيّر بسببه، ويذهب القرار إلى أكثر مَن يهتمّ بالتكلفة.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.text">
      <source>&quot;Let's renew as it is, but announce an inclusive-benefits review, and make it part of next June's campaign.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option announce-review). Shown on a phone button: keep it short, about 108 characters like the English.</extracomment>
      <translation>«لنجدّد كما هو، لكن نعلن مراجعة للمزايا الشاملة، ونجعلها جزءًا من حملة يونيو القادم.»</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.announce-review.why">
      <source>An announced review sounds like progress and gives next year's campaign a story. Without a date, an owner or money, it is a promise written for an audience.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option announce-review).</extracomment>
      <translation>المراجعة المُعلنة تبدو تقدّمًا وتمنح حملة العام القادم قصة. لكنها من دون موعد ولا مسؤول ولا مال، وعدٌ مكتوب للجمهور.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.text">
      <source>&quot;Before we decide, can we read the network's note properly? And Colm, can we separate the two? If the wording costs nothing, could we agree that today and set a date for the care cover?&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option split-and-hear). Shown on a phone button: keep it short, about 186 characters like the English.</extracomment>
      <translation>«قبل أن نقرّر، هل نقرأ مذكّرة الشبكة كما ينبغي؟ وكولم، هل نفصل بين المسألتين؟ إذا كانت الصياغة لا تكلّف شيئًا، فهل نوافق عليها اليوم ونحدّد موعدًا لتغطية الرعاية؟»</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.split-and-hear.why">
      <source>You bring the network's voice into the room and split off the change that has no reason to wait, even though the bigger one may slip.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option split-and-hear).</extracomment>
      <translation>تُدخلون صوت الشبكة إلى القاعة وتفصلون التغيير الذي لا سبب لتأجيله، حتى لو تأخّر التغيير الأكبر.</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.text">
      <source>&quot;I'll put £20,000 of next year's campaign budget towards the cover. I'd rather the money changed the policy than printed more rainbows. Let's approve option two and check our benefits with the network every year.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene benefits-review, option fund-it). Shown on a phone button: keep it short, about 213 characters like the English.</extracomment>
      <translation>«سأخصّص 20,000 جنيه من ميزانية حملة العام القادم للتغطية. أفضّل أن يغيّر المال السياسة على أن يطبع مزيدًا من أقواس قزح. لنعتمد الخيار الثاني ونراجع مزايانا مع الشبكة كل عام.»</translation>
    </message>
    <message id="rainbow-logo.scenes.benefits-review.decision.options.fund-it.why">
      <source>You move your own budget from image to substance and build a yearly check, so the fix doesn't depend on one person remembering.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene benefits-review, option fund-it).</extracomment>
      <translation>تنقلون ميزانيتكم من الصورة إلى الجوهر وتبنون مراجعة سنوية، كي لا يعتمد التصحيح على أن يتذكّر شخص واحد.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.title">
      <source>Renewed as it was</source>
      <extracomment>Scene heading, shown on the projector (scene end-renewed).</extracomment>
      <translation>جُدّد كما كان</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.narration">
      <source>The policy renews unchanged in September. Next June the rainbow logo goes up, and Kit asks to step down from the Pride network's committee. In the staff survey, the question about whether the company acts on its values scores lower among LGBTQ+ staff than among any other group.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-renewed).</extracomment>
      <translation>يُجدَّد التأمين دون تغيير في سبتمبر. وفي يونيو التالي يُرفع شعار قوس قزح، ويطلب كيت التنحّي عن لجنة شبكة الفخر. وفي استطلاع الموظفين، يحصل السؤال عن مدى التزام الشركة بقيمها على درجة أدنى لدى موظفي مجتمع الميم منها لدى أي فئة أخرى.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-renewed.notes">
      <source>Pause before the debrief. Ask the room to name the moment this outcome became likely.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-renewed).</extracomment>
      <translation>توقّفوا قبل النقاش الختامي. اطلبوا من الحاضرين أن يسمّوا اللحظة التي أصبحت فيها هذه النتيجة مرجّحة.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.title">
      <source>Sympathy, minuted</source>
      <extracomment>Scene heading, shown on the projector (scene end-sympathy).</extracomment>
      <translation>تعاطف مسجّل في المحضر</translation>
    </message>
    <message id="rainbow-logo.scenes.end-sympathy.narration">
      <source>The minutes record &quot;sympathy expressed; renewal approved on current terms&quot;. Kit reads them through the network and notices the word sympathy twice. The network's note is filed, and the following spring it is sent again, almost word for word.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-sympathy).</extracomment>
      <translation>يسجّل المحضر: «أُبدي التعاطف؛ اعتُمد التجديد بالشروط الحالية.» يقرؤه كيت عبر الشبكة ويلاحظ كلمة التعاطف مرتين. تُحفظ مذكّرة الشبكة في الملفّات، وفي الربيع التالي تُرسل مرة أخرى، بنصّها تقريبًا.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.title">
      <source>A review with no owner</source>
      <extracomment>Scene heading, shown on the projector (scene end-review-announced).</extracomment>
      <translation>مراجعة بلا مسؤول</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.narration">
      <source>The review is announced in the staff newsletter, framed in rainbow colours. Months pass and no review meeting is scheduled. When next June's campaign mentions &quot;reviewing our benefits&quot;, two network members ask in the company channel who is doing the reviewing, and nobody answers for a week.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-review-announced).</extracomment>
      <translation>تُعلَن المراجعة في النشرة الداخلية، في إطار بألوان قوس قزح. تمرّ الأشهر ولا يُحدَّد أي اجتماع للمراجعة. وحين تذكر حملة يونيو التالي «مراجعة مزايانا»، يسأل عضوان في الشبكة في قناة الشركة مَن يتولّى المراجعة، ولا يجيب أحد طوال أسبوع.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-review-announced.notes">
      <source>This one often surprises people, because the option sounded constructive. Ask what would have turned the announcement into a commitment: an owner, a date, a budget.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-review-announced).</extracomment>
      <translation>كثيرًا ما تفاجئ هذه النهاية الناس، لأنّ الخيار بدا بنّاءً. اسألوا ما الذي كان سيحوّل الإعلان إلى التزام: مسؤول، وموعد، وميزانية.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.title">
      <source>Half a win</source>
      <extracomment>Scene heading, shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>نصف انتصار</translation>
    </message>
    <message id="rainbow-logo.scenes.end-wording-fixed.narration">
      <source>The partner definition is rewritten within a month, and three staff add their partners to their cover without filling in an exception form. The care cover is held over to the next renewal, with Colm named as owner and a date in the diary. Kit calls it half a win, and says half is more than the network has had in three years.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-wording-fixed).</extracomment>
      <translation>تُعاد صياغة تعريف الشريك خلال شهر، ويضيف ثلاثة موظفين شركاءهم إلى تغطيتهم من دون ملء استمارة استثناء. وتُرحَّل تغطية الرعاية إلى التجديد التالي، مع تسمية كولم مسؤولًا عنها وموعد محدّد في التقويم. يسمّي كيت ذلك نصف انتصار، ويقول إنّ النصف أكثر ممّا حصلت عليه الشبكة في ثلاث سنوات.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.title">
      <source>Smaller campaign, different policy</source>
      <extracomment>Scene heading, shown on the projector (scene end-funded).</extracomment>
      <translation>حملة أصغر، وسياسة مختلفة</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.narration">
      <source>The finance director agrees, on condition that marketing spends less next year, which means a much smaller June campaign. In September the new cover takes effect, and the network checks the wording before it goes out. Next June the logo does turn rainbow, with a link to the policy, and Kit writes the post himself, because this time he wants to.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene end-funded).</extracomment>
      <translation>يوافق المدير المالي، بشرط أن ينفق التسويق أقلّ في العام القادم، ما يعني حملة يونيو أصغر بكثير. في سبتمبر يسري التأمين الجديد، وتراجع الشبكة الصياغة قبل نشرها. وفي يونيو التالي يتلوّن الشعار فعلًا بألوان قوس قزح، مع رابط إلى السياسة، ويكتب كيت المنشور بنفسه، لأنه هذه المرة يريد ذلك.</translation>
    </message>
    <message id="rainbow-logo.scenes.end-funded.notes">
      <source>Name the cost: Nadia's next campaign will be half the size. Ask her role-player how she feels about that trade now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene end-funded).</extracomment>
      <translation>سمّوا الكلفة: حملة نادية القادمة ستكون بنصف الحجم. اسألوا مؤدّية دورها كيف تشعر الآن إزاء هذه المقايضة.</translation>
    </message>
    <message id="rainbow-logo.debrief.what.1">
      <source>What did the Pride network ask for, and what did it get on the path we took?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا طلبت شبكة الفخر، وماذا حصلت عليه في المسار الذي سلكناه؟</translation>
    </message>
    <message id="rainbow-logo.debrief.what.2">
      <source>When did the campaign and the policy get discussed in the same breath, and when were they kept apart?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>متى نوقشت الحملة والسياسة معًا في نَفَس واحد، ومتى فُصل بينهما؟</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.1">
      <source>Why might staff trust a company less after a public gesture than before it?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا قد يثق الموظفون بشركة بعد لفتة علنية أقلّ ممّا كانوا يثقون بها قبلها؟</translation>
    </message>
    <message id="rainbow-logo.debrief.so_what.2">
      <source>Which option felt most like support at the time, and does it still, now you have seen where it led?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>أيّ خيار بدا أقرب إلى الدعم في حينه، وهل لا يزال كذلك بعد أن رأيتم إلى أين أدّى؟</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.1">
      <source>Think of a public gesture your organisation makes each year. Which internal policy would make it true?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>تذكّروا لفتة علنية تقوم بها مؤسستكم كل عام. ما السياسة الداخلية التي تجعلها صادقة؟</translation>
    </message>
    <message id="rainbow-logo.debrief.now_what.2">
      <source>Who in your organisation could you ask, before the next awareness month, what would actually help?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>مَن في مؤسستكم يمكنكم أن تسألوه، قبل شهر التوعية القادم، عمّا سيساعد فعلًا؟</translation>
    </message>
    <message id="rainbow-logo.sources.1.title">
      <source>Workplace allyship practice: tie public gestures to policy change, not the other way round</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: ربط اللفتات العلنية بتغيير السياسات، لا العكس</translation>
    </message>
    <message id="rainbow-logo.sources.1.note">
      <source>Drawn from writing on performative allyship that names awareness-month gestures with no accompanying change in benefits or policy as one of its most recognisable forms.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مستمدّ من كتابات عن التضامن الظاهري تعدّ لفتات أشهر التوعية التي لا يرافقها أي تغيير في المزايا أو السياسات من أكثر أشكاله شيوعًا.</translation>
    </message>
    <message id="stretch-project.title">
      <source>Who gets Meridian?</source>
      <extracomment>Scenario title, shown in the library and on the projector.</extracomment>
      <translation>من سيقود «ميريديان»؟</translation>
    </message>
    <message id="stretch-project.summary">
      <source>A director asks her managers for someone to lead a high-visibility project, and the usual name comes up at once. The group decides whether a manager puts forward a talented analyst who has never been considered, and what they say when she asks how people get picked.</source>
      <extracomment>Scenario summary, read by the trainer in the library.</extracomment>
      <translation>تطلب مديرة من مديريها ترشيح شخص لقيادة مشروع بارز، فيُطرح الاسم المعتاد فورًا. تقرّر المجموعة هل يرشّح أحد المديرين محلّلة موهوبة لم يُفكَّر فيها قطّ، وماذا يقول حين تسأله كيف يُختار الناس لمثل هذه المشاريع.</translation>
    </message>
    <message id="stretch-project.content_note">
      <source>This role-play includes a skilled analyst being overlooked for a high-profile project that keeps going to the same few people, and talk of adding her for &quot;diversity&quot;.</source>
      <extracomment>Content note: what difficult content the role-play holds, read by participants on their phones before it starts so that they can choose to sit it out.</extracomment>
      <translation>يتضمّن لعب الأدوار هذا محلّلةً موهوبة تُتجاوَز في مشروع بارز يذهب دائمًا إلى الأشخاص أنفسهم، واقتراحًا بضمّها من أجل «التنوّع».</translation>
    </message>
    <message id="stretch-project.roles.harpreet.name">
      <source>Harpreet Kaur Sandhu, senior planning analyst</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role harpreet).</extracomment>
      <translation>هاربريت كور ساندو، محلّلة تخطيط أولى</translation>
    </message>
    <message id="stretch-project.roles.harpreet.brief">
      <source>You have been in the team four years and rebuilt its forecasting model last year. You did a leadership course in your own time. You have watched the same few people lead every visible project, and you have stopped assuming it will ever be you, though you have not said so. If asked what you want, be honest: you want the project, and you need your Tuesday finish time protected for a family commitment.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role harpreet).</extracomment>
      <translation>أمضيتم في الفريق أربع سنوات، وأعدتم بناء نموذج التوقّعات الخاص به العام الماضي. أنهيتم دورة في القيادة في وقتكم الخاص. رأيتم الأشخاص القلائل أنفسهم يقودون كل مشروع بارز، وتوقّفتم عن افتراض أن الدور سيأتيكم يومًا، وإن لم تقولوا ذلك. إن سُئلتم عمّا تريدون، فكونوا صريحين: تريدون المشروع، وتحتاجون إلى الحفاظ على موعد انصرافكم يوم الثلاثاء بسبب التزام عائلي.</translation>
    </message>
    <message id="stretch-project.roles.catherine.name">
      <source>Catherine Doyle, director of planning</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role catherine).</extracomment>
      <translation>كاثرين دويل، مديرة التخطيط</translation>
    </message>
    <message id="stretch-project.roles.catherine.brief">
      <source>You need Meridian to succeed and you reach for people you already know can deliver. You do not know Harpreet's work. You respond well to a specific case with evidence, and badly to anything that sounds like box ticking.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role catherine).</extracomment>
      <translation>تحتاجون إلى نجاح «ميريديان»، فتلجؤون إلى أشخاص تعرفون مسبقًا أنهم ينجزون. لا تعرفون عمل هاربريت. تتجاوبون جيدًا مع حجّة محدّدة مدعومة بالأدلّة، وبشكل سيّئ مع أي شيء يبدو كاستيفاء شكلي للمتطلّبات.</translation>
    </message>
    <message id="stretch-project.roles.anders.name">
      <source>Anders Holm, operations manager (peer of the responder)</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role anders).</extracomment>
      <translation>أندرس هولم، مدير العمليات (زميل للمستجيب في المستوى نفسه)</translation>
    </message>
    <message id="stretch-project.roles.anders.brief">
      <source>Ben Carter is in your team and you are proud of him. Putting him forward is loyalty, not exclusion. If someone proposes another name, push back once (&quot;Ben's done this before&quot;), then accept a good argument.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role anders).</extracomment>
      <translation>بن كارتر في فريقكم وأنتم فخورون به. ترشيحه وفاء لا إقصاء. إن اقترح أحد اسمًا آخر، فاعترضوا مرة واحدة («بن فعل هذا من قبل»)، ثم اقبلوا الحجّة الجيدة.</translation>
    </message>
    <message id="stretch-project.roles.observer.name">
      <source>Observer</source>
      <extracomment>Name and job of a role-play character, printed on a role card (role observer).</extracomment>
      <translation>المراقب</translation>
    </message>
    <message id="stretch-project.roles.observer.brief">
      <source>Watch how names get suggested: who speaks first, what evidence is given, and whose voice is in the room. Use the checklist.</source>
      <extracomment>Private brief, read only by the participant who plays this role (role observer).</extracomment>
      <translation>راقبوا كيف تُقترح الأسماء: من يتكلّم أولًا، وما الأدلّة المقدَّمة، وصوتُ مَن حاضر في القاعة. استعينوا بقائمة المراقب.</translation>
    </message>
    <message id="stretch-project.observer_checklist.1">
      <source>What evidence was offered for Ben, and what evidence was offered for Harpreet?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ما الأدلّة التي قُدّمت لصالح بن، وما الأدلّة التي قُدّمت لصالح هاربريت؟</translation>
    </message>
    <message id="stretch-project.observer_checklist.2">
      <source>Which of the five intervention moves (distract, delegate, document, delay, direct) did the responder use? Did anyone ask to delay the decision until more names were considered?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>أيّ خطوات التدخّل الخمس (التشتيت، الإحالة، التوثيق، التأجيل، المواجهة المباشرة) استخدمها المستجيب؟ وهل طلب أحد تأجيل القرار حتى تُدرس أسماء أخرى؟</translation>
    </message>
    <message id="stretch-project.observer_checklist.3">
      <source>Did the responder ask Harpreet what she wanted, or decide on her behalf?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل سأل المستجيب هاربريت عمّا تريده، أم قرّر نيابةً عنها؟</translation>
    </message>
    <message id="stretch-project.observer_checklist.4">
      <source>What did the responder risk or give up by putting Harpreet forward?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>ماذا خاطر به المستجيب أو تخلّى عنه حين رشّح هاربريت؟</translation>
    </message>
    <message id="stretch-project.observer_checklist.5">
      <source>Was the way people get chosen for projects questioned, or only this one choice?</source>
      <extracomment>Question on the observer's checklist, answered while watching the role-play.</extracomment>
      <translation>هل طُرحت طريقة اختيار الناس للمشاريع للمساءلة، أم هذا الاختيار وحده؟</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.title">
      <source>Monday, the managers' meeting</source>
      <extracomment>Scene heading, shown on the projector (scene leadership-meeting).</extracomment>
      <translation>الاثنين، اجتماع المديرين</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.narration">
      <source>Catherine: &quot;Meridian kicks off next month. Six months, two days a week, reporting straight to the executive team. I need a lead by Friday. Names?&quot; Anders doesn't hesitate: &quot;Ben, surely. He did the last two and the execs know him.&quot; Catherine nods, &quot;Good shout. Anyone else?&quot; and glances round the table.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene leadership-meeting).</extracomment>
      <translation>كاثرين: «ينطلق ميريديان الشهر القادم. ستة أشهر، يومان في الأسبوع، ويرفع تقاريره مباشرة إلى الفريق التنفيذي. أحتاج إلى قائد له بحلول الجمعة. أسماء؟» لا يتردّد أندرس: «بن، طبعًا. قاد المشروعين الأخيرين، والتنفيذيون يعرفونه.» تومئ كاثرين: «اقتراح جيد. أحد غيره؟» وتجيل نظرها حول الطاولة.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.notes">
      <source>Before the prompt, remind the group of the responder's position: they manage Harpreet, she rebuilt the forecasting model Meridian depends on, and losing her for two days a week would hurt their busiest quarter. That cost is real; let participants feel it rather than wishing it away.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene leadership-meeting).</extracomment>
      <translation>قبل السؤال، ذكّروا المجموعة بموقع المستجيب: هاربريت تعمل تحت إدارته، وهي من أعادت بناء نموذج التوقّعات الذي يعتمد عليه ميريديان، وخسارتها يومين في الأسبوع ستضرّ بأكثر فصولهم انشغالًا. هذه كلفة حقيقية؛ دعوا المشاركين يشعرون بها بدل أن يتمنّوا زوالها.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.prompt">
      <source>You manage Harpreet. Nobody has mentioned her, and you would lose her for two days a week in your busiest quarter. What do you do?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene leadership-meeting).</extracomment>
      <translation>أنتم مديرو هاربريت. لم يذكرها أحد، وستخسرونها يومين في الأسبوع في أكثر فصولكم انشغالًا. ماذا تفعلون؟</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.text">
      <source>Say nothing. Ben is capable, and you need Harpreet on the Q3 forecast.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option stay-quiet). Shown on a phone button: keep it short, about 70 characters like the English.</extracomment>
      <translation>تلتزمون الصمت. بن كفء، وتحتاجون إلى هاربريت في توقّعات الربع الثالث.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.stay-quiet.why">
      <source>Protecting your team's delivery is a real pressure, and it means the person best placed to propose Harpreet stays silent.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option stay-quiet).</extracomment>
      <translation>حماية إنجاز فريقكم ضغط حقيقي، لكنه يعني أن أنسب شخص لاقتراح هاربريت يبقى صامتًا.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.text">
      <source>&quot;Ben's great. Harpreet could be good for something like this too, down the line.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option down-the-line). Shown on a phone button: keep it short, about 81 characters like the English.</extracomment>
      <translation>«بن ممتاز. وهاربريت قد تكون جيدة لشيء كهذا أيضًا، مستقبلًا.»</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.down-the-line.why">
      <source>You say her name, which counts, but you frame her as a future option so it costs nothing today.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option down-the-line).</extracomment>
      <translation>تذكرون اسمها، وهذا له وزنه، لكنكم تقدّمونها كخيار مستقبلي فلا يكلّف ذلك شيئًا اليوم.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.text">
      <source>&quot;I'd love Meridian to have more diverse faces on it. Could Harpreet shadow Ben? It'd show we take inclusion seriously.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option shadow). Shown on a phone button: keep it short, about 119 characters like the English.</extracomment>
      <translation>«أتمنّى أن نرى وجوهًا أكثر تنوّعًا في ميريديان. هل يمكن لهاربريت مرافقة بن؟ سيُظهر ذلك أننا جادّون في الشمول.»</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.shadow.why">
      <source>It sounds supportive and gets her in the room, but as an extra rather than a lead, and on the basis of how it looks.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option shadow).</extracomment>
      <translation>يبدو داعمًا ويُدخلها القاعة، لكن كعنصر إضافي لا كقائدة، وعلى أساس المظهر.</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.text">
      <source>&quot;I'd like to put Harpreet Sandhu forward. She rebuilt the forecasting model Meridian runs on. I'll find cover for her Q3 work.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene leadership-meeting, option put-her-forward). Shown on a phone button: keep it short, about 127 characters like the English.</extracomment>
      <translation>«أودّ ترشيح هاربريت ساندو. هي من أعادت بناء نموذج التوقّعات الذي يعمل عليه ميريديان. سأجد من يغطّي عملها في الربع الثالث.»</translation>
    </message>
    <message id="stretch-project.scenes.leadership-meeting.decision.options.put-her-forward.why">
      <source>You use your seat at the table to name her, give evidence, and take the cost on your own team rather than hers.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene leadership-meeting, option put-her-forward).</extracomment>
      <translation>تستخدمون مقعدكم على الطاولة لتسمّوها، وتقدّموا الدليل، وتتحمّلوا الكلفة على فريقكم لا عليها.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene ben-pencilled).</extracomment>
      <translation>بعد الاجتماع</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.narration">
      <source>Catherine writes &quot;Ben?&quot; in her notebook: &quot;I'll confirm Friday.&quot; Anders says, &quot;Sorted.&quot; Your Q3 plan stays intact. Harpreet's name is not mentioned.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-pencilled).</extracomment>
      <translation>تكتب كاثرين «بن؟» في دفترها: «سأؤكّد يوم الجمعة.» يقول أندرس: «انتهينا.» تبقى خطتكم للربع الثالث سليمة. ولا يُذكر اسم هاربريت.</translation>
    </message>
    <message id="stretch-project.scenes.ben-pencilled.notes">
      <source>A quiet outcome. Ask the group who in the room was the only person able to say her name, and how often that is true of a line manager.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-pencilled).</extracomment>
      <translation>نتيجة هادئة. اسألوا المجموعة من كان الشخص الوحيد في القاعة القادر على ذكر اسمها، وكم مرة يصدق هذا على المدير المباشر.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene maybe-next-time).</extracomment>
      <translation>بعد الاجتماع</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.narration">
      <source>Catherine smiles: &quot;Noted, maybe for the next one.&quot; She writes &quot;Ben&quot; and underlines it. Anders says, &quot;Harpreet's great, by the way,&quot; on the way out, and you both go to lunch.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene maybe-next-time).</extracomment>
      <translation>تبتسم كاثرين: «مُلاحَظ، ربما في المرة القادمة.» وتكتب «بن» وتضع تحته خطًا. يقول أندرس وأنتم تخرجون معًا: «هاربريت ممتازة، بالمناسبة»، ثم تذهبون معه إلى الغداء.</translation>
    </message>
    <message id="stretch-project.scenes.maybe-next-time.notes">
      <source>Ask what &quot;down the line&quot; did to Harpreet's chances this time, and whether there is ever a &quot;next one&quot; for someone who is not named now.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene maybe-next-time).</extracomment>
      <translation>اسألوا ماذا فعلت عبارة «مستقبلًا» بفرص هاربريت هذه المرة، وهل تأتي «مرة قادمة» أصلًا لمن لا يُذكر اسمه الآن.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene shadow-role).</extracomment>
      <translation>بعد الاجتماع</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.narration">
      <source>Catherine likes it: &quot;Great, Harpreet can support Ben. Notes, the risk log, that sort of thing.&quot; Anders says it will be &quot;good exposure for her&quot;. Ben is pencilled in as lead.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene shadow-role).</extracomment>
      <translation>تعجب الفكرة كاثرين: «رائع، يمكن لهاربريت دعم بن. تدوين الملاحظات، وسجلّ المخاطر، وما شابه.» يقول أندرس إنها ستكون «فرصة جيدة لتُعرف». ويُرشَّح بن مبدئيًا قائدًا.</translation>
    </message>
    <message id="stretch-project.scenes.shadow-role.notes">
      <source>Participants may see this as a win. Ask what a shadow role with admin tasks tells the executive team about Harpreet.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene shadow-role).</extracomment>
      <translation>قد يرى المشاركون في هذا مكسبًا. اسألوا ماذا يقول للفريق التنفيذي عن هاربريت دورُ مرافقة تملؤه مهام إدارية.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.title">
      <source>After the meeting</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-named).</extracomment>
      <translation>بعد الاجتماع</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.narration">
      <source>Anders pushes back: &quot;Ben's done this twice, though.&quot; Catherine: &quot;I don't know Harpreet's work. Send me two lines by Thursday and I'll decide Friday.&quot; Later, your own manager asks how you plan to cover the Q3 forecast, and you don't have a full answer yet.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-named).</extracomment>
      <translation>يعترض أندرس: «لكن بن فعلها مرتين.» كاثرين: «لا أعرف عمل هاربريت. أرسل لي سطرين بحلول الخميس وسأقرّر يوم الجمعة.» لاحقًا يسألكم مديركم كيف تخطّطون لتغطية توقّعات الربع الثالث، وليس لديكم جواب كامل بعد.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-named.notes">
      <source>Name the cost: extra work, a slightly tense moment with a peer, a gap in your plan. Ask participants whether they have paid a cost like this, and whether it was worth it.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-named).</extracomment>
      <translation>سمّوا الكلفة: عمل إضافي، ولحظة متوتّرة قليلًا مع زميل، وثغرة في خطتكم. اسألوا المشاركين هل دفعوا كلفة كهذه من قبل، وهل كانت تستحق.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.title">
      <source>Wednesday, your 1:1 with Harpreet</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>الأربعاء، لقاؤكم الفردي مع هاربريت</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.narration">
      <source>Near the end, Harpreet says, &quot;I heard Meridian came up on Monday. I'd love to lead something like that one day. I never really know how people get picked for those.&quot; Catherine decides on Friday.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-one-to-one).</extracomment>
      <translation>قرب النهاية تقول هاربريت: «سمعت أن ميريديان طُرح يوم الاثنين. أحبّ أن أقود شيئًا كهذا يومًا ما. لا أعرف حقًا كيف يُختار الناس لمثل هذه المشاريع.» وستقرّر كاثرين يوم الجمعة.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.notes">
      <source>The second decision is the same on every path: nothing is final until Friday. In triads, let the person playing Harpreet answer honestly if they are asked what they want. Watch for responders who promise things without asking.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-one-to-one).</extracomment>
      <translation>القرار الثاني واحد في كل المسارات: لا شيء نهائي قبل الجمعة. في المجموعات الثلاثية، دعوا من تؤدّي دور هاربريت تجيب بصدق إن سُئلت عمّا تريده. انتبهوا للمستجيبين الذين يقطعون وعودًا دون أن يسألوا.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.prompt">
      <source>Harpreet has raised it herself. What do you say?</source>
      <extracomment>The decision's question, on the projector and at the top of the phones (scene harpreet-one-to-one).</extracomment>
      <translation>هاربريت هي من أثارت الموضوع. ماذا تقولون؟</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.text">
      <source>&quot;Honestly, it's mostly whoever's been around longest. Your time will come.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option your-time). Shown on a phone button: keep it short, about 75 characters like the English.</extracomment>
      <translation>«بصراحة، الأمر غالبًا لمن أمضى الوقت الأطول هنا. سيأتي دورك.»</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.your-time.why">
      <source>It is meant as reassurance, and it describes an unwritten rule as if it were fair and fixed.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option your-time).</extracomment>
      <translation>المقصود طمأنتها، لكنه يصف قاعدة غير مكتوبة كأنها عادلة وثابتة.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.text">
      <source>&quot;You'd be great. If you want to go for the next one, just let me know.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option let-me-know). Shown on a phone button: keep it short, about 71 characters like the English.</extracomment>
      <translation>«ستكونين ممتازة. إن أردتِ التقدّم للمشروع القادم، أخبريني فقط.»</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.let-me-know.why">
      <source>Encouraging, but it puts the work of asking on her, inside a system where nobody has ever had to ask.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option let-me-know).</extracomment>
      <translation>مشجّع، لكنه يضع عبء الطلب عليها، داخل نظام لم يضطرّ فيه أحد قطّ إلى الطلب.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.text">
      <source>&quot;I'll give you a shout-out at the all-hands for the forecasting work. People should know what you've done.&quot;</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option shout-out). Shown on a phone button: keep it short, about 107 characters like the English.</extracomment>
      <translation>«سأشيد بعملك في التوقّعات في الاجتماع العام للشركة. ينبغي أن يعرف الناس ما أنجزتِه.»</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.shout-out.why">
      <source>Public praise is pleasant and visible, but applause is not a role, and Meridian still goes to Ben.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option shout-out).</extracomment>
      <translation>الثناء العلني لطيف وظاهر، لكن التصفيق ليس دورًا، وما زال ميريديان يذهب إلى بن.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.text">
      <source>&quot;What would you want from it, and what would make it workable for you?&quot; Then send Catherine Harpreet's case before Friday, built on what she said.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option ask-and-back). Shown on a phone button: keep it short, about 146 characters like the English.</extracomment>
      <translation>«ماذا تريدين منه، وما الذي يجعله ممكنًا بالنسبة إليكِ؟» ثم ترسلون ملف ترشيح هاربريت إلى كاثرين قبل الجمعة، مبنيًا على ما قالته.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.ask-and-back.why">
      <source>You ask before acting, then use your access to put her forward on her own terms, with evidence.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option ask-and-back).</extracomment>
      <translation>تسألون قبل أن تتصرّفوا، ثم تستخدمون ما لديكم من صلات ونفوذ لترشيحها بشروطها هي، مع الأدلّة.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.text">
      <source>Do the same, and ask Catherine to advertise future stretch projects in an open call with stated criteria, and to look at who has led them over the last two years.</source>
      <extracomment>An answer participants choose, on the projector and the phones (scene harpreet-one-to-one, option open-call). Shown on a phone button: keep it short, about 162 characters like the English.</extracomment>
      <translation>تفعلون الشيء نفسه، وتطلبون من كاثرين الإعلان عن مشاريع التطوير القادمة بدعوة مفتوحة ومعايير معلنة، ومراجعة من قادها خلال العامين الماضيين.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-one-to-one.decision.options.open-call.why">
      <source>You back Harpreet now and change how the next opportunity is given out, so it depends less on who has a manager willing to speak.</source>
      <extracomment>Why this answer stands at its stage, shown when the results are revealed (scene harpreet-one-to-one, option open-call).</extracomment>
      <translation>تساندون هاربريت الآن وتغيّرون طريقة توزيع الفرصة التالية، فتقلّ تبعيّتها لمن لديه مدير مستعدّ للكلام.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene ben-leads).</extracomment>
      <translation>بعد ستة أشهر</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.narration">
      <source>Ben leads Meridian and presents the results to the executive team. He is promoted in the spring round. Harpreet keeps the forecast running and updates her CV.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene ben-leads).</extracomment>
      <translation>يقود بن ميريديان ويعرض النتائج على الفريق التنفيذي. ويُرقّى في دورة الربيع. تُبقي هاربريت نموذج التوقّعات يعمل، وتحدّث سيرتها الذاتية.</translation>
    </message>
    <message id="stretch-project.scenes.ben-leads.notes">
      <source>Ask the group what Harpreet has learnt about how things work here, and who taught it to her.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene ben-leads).</extracomment>
      <translation>اسألوا المجموعة عمّا تعلّمته هاربريت عن طريقة سير الأمور هنا، ومن علّمها إيّاه.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene next-time).</extracomment>
      <translation>بعد ستة أشهر</translation>
    </message>
    <message id="stretch-project.scenes.next-time.narration">
      <source>Harpreet says, &quot;Thanks, I will.&quot; She does not know when &quot;the next one&quot; is, and nobody tells her. The next project is handed out in a corridor conversation before she hears it exists.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene next-time).</extracomment>
      <translation>تقول هاربريت: «شكرًا، سأفعل.» لا تعرف متى تكون «المرة القادمة»، ولا يخبرها أحد. ويُوزَّع المشروع التالي في حديث عابر في الممرّ قبل أن تسمع بوجوده.</translation>
    </message>
    <message id="stretch-project.scenes.next-time.notes">
      <source>Ask what it would take for &quot;let me know&quot; to work in this organisation, and whether it ever does.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene next-time).</extracomment>
      <translation>اسألوا عمّا يلزم كي تنجح عبارة «أخبريني» في هذه المؤسسة، وهل تنجح يومًا.</translation>
    </message>
    <message id="stretch-project.scenes.applause.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene applause).</extracomment>
      <translation>بعد ستة أشهر</translation>
    </message>
    <message id="stretch-project.scenes.applause.narration">
      <source>At the all-hands you thank Harpreet for the forecasting model, and there is warm applause. Meridian goes to Ben. When an executive later asks who built the model Meridian relies on, Ben answers, correctly, &quot;Harpreet, in planning,&quot; and the executive says, &quot;Should we get her on it?&quot;</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene applause).</extracomment>
      <translation>في الاجتماع العام تشكرون هاربريت على نموذج التوقّعات، فيعلو تصفيق حارّ. يذهب ميريديان إلى بن. وحين يسأل أحد التنفيذيين لاحقًا عمّن بنى النموذج الذي يعتمد عليه ميريديان، يجيب بن، وهو محقّ: «هاربريت، من قسم التخطيط»، فيقول التنفيذي: «ألا ينبغي أن نُشركها فيه؟»</translation>
    </message>
    <message id="stretch-project.scenes.applause.notes">
      <source>The irony lands for most groups. Ask why praise in public and opportunity in private are so often separated.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene applause).</extracomment>
      <translation>تصل المفارقة إلى معظم المجموعات. اسألوا لماذا ينفصل الثناء العلني كثيرًا عن الفرص التي تُمنح في الخفاء.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene harpreet-leads).</extracomment>
      <translation>بعد ستة أشهر</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.narration">
      <source>Harpreet tells you she wants it, and that her Tuesday finish is fixed. Your note to Catherine covers both. Catherine meets her on Thursday and gives her the lead; Ben takes the next one. You spend three late evenings covering the Q3 forecast. Meridian lands well, and Harpreet presents it to the executive team herself.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene harpreet-leads).</extracomment>
      <translation>تخبركم هاربريت أنها تريد المشروع، وأن موعد انصرافها يوم الثلاثاء ثابت. تغطّي رسالتكم إلى كاثرين الأمرين. تلتقيها كاثرين يوم الخميس وتمنحها القيادة؛ ويتولّى بن المشروع التالي. تقضون ثلاث أمسيات متأخّرة في تغطية توقّعات الربع الثالث. ينجح ميريديان، وتعرضه هاربريت بنفسها على الفريق التنفيذي.</translation>
    </message>
    <message id="stretch-project.scenes.harpreet-leads.notes">
      <source>Highlight the question the responder asked first. Ask what might have gone wrong if they had simply nominated her without asking about Tuesdays.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene harpreet-leads).</extracomment>
      <translation>أبرزوا السؤال الذي طرحه المستجيب أولًا. اسألوا ما الذي كان قد يسوء لو رشّحها ببساطة دون أن يسأل عن يوم الثلاثاء.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.title">
      <source>Six months on</source>
      <extracomment>Scene heading, shown on the projector (scene open-call-adopted).</extracomment>
      <translation>بعد ستة أشهر</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.narration">
      <source>Harpreet leads Meridian. Catherine's review shows that the same four people led eight of the last nine projects; she is uncomfortable, and she starts an open call with criteria. Anders grumbles that it slows things down. The next call gets eleven applications, including three from people nobody had thought to ask.</source>
      <extracomment>Narration, read aloud by the trainer and shown on the projector (scene open-call-adopted).</extracomment>
      <translation>تقود هاربريت ميريديان. تُظهر مراجعة كاثرين أن الأشخاص الأربعة أنفسهم قادوا ثمانية من المشاريع التسعة الأخيرة؛ فتشعر بعدم الارتياح، وتطلق دعوة مفتوحة بمعايير واضحة. يتذمّر أندرس من أن ذلك يبطئ الأمور. وتتلقّى الدعوة التالية أحد عشر طلبًا، منها ثلاثة من أشخاص لم يخطر لأحد أن يسألهم.</translation>
    </message>
    <message id="stretch-project.scenes.open-call-adopted.notes">
      <source>Ask what data each participant could look at in their own area: who got the last five visible pieces of work? Finish by asking what they would do with the answer.</source>
      <extracomment>Facilitator's private note, never shown to the room (scene open-call-adopted).</extracomment>
      <translation>اسألوا عن البيانات التي يمكن لكل مشارك الاطّلاع عليها في مجاله: من نال آخر خمسة أعمال بارزة؟ واختموا بسؤالهم عمّا سيفعلونه بالإجابة.</translation>
    </message>
    <message id="stretch-project.debrief.what.1">
      <source>What made Ben's name come up first, and what made Harpreet's not come up at all?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ما الذي جعل اسم بن يُطرح أولًا، وما الذي جعل اسم هاربريت لا يُطرح أبدًا؟</translation>
    </message>
    <message id="stretch-project.debrief.what.2">
      <source>What did putting Harpreet forward cost the responder, and what did staying quiet cost Harpreet?</source>
      <extracomment>Debrief question: what happened? (asked to the whole group).</extracomment>
      <translation>ماذا كلّف ترشيحُ هاربريت المستجيبَ، وماذا كلّف الصمتُ هاربريت؟</translation>
    </message>
    <message id="stretch-project.debrief.so_what.1">
      <source>Why is a line manager often the only person able to name someone for an opportunity?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>لماذا يكون المدير المباشر في أحيان كثيرة الشخص الوحيد القادر على ترشيح أحد لفرصة ما؟</translation>
    </message>
    <message id="stretch-project.debrief.so_what.2">
      <source>What is the difference between giving someone praise and giving them a platform?</source>
      <extracomment>Debrief question: so what does it mean? (asked to the whole group).</extracomment>
      <translation>ما الفرق بين أن تمنحوا أحدًا الثناء وأن تمنحوه منصّة؟</translation>
    </message>
    <message id="stretch-project.debrief.now_what.1">
      <source>Who in your area is doing excellent work that nobody above you has seen, and what will you do about it this month?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>من في مجالكم يقدّم عملًا ممتازًا لم يره أحد ممن هم أعلى منكم، وماذا ستفعلون حيال ذلك هذا الشهر؟</translation>
    </message>
    <message id="stretch-project.debrief.now_what.2">
      <source>Before you recommend someone, what will you ask them first?</source>
      <extracomment>Debrief question: now what will you do? (asked to the whole group).</extracomment>
      <translation>قبل أن ترشّحوا أحدًا، ماذا ستسألونه أولًا؟</translation>
    </message>
    <message id="stretch-project.sources.1.title">
      <source>Workplace allyship practice: recommend under-represented colleagues for stretch and high-visibility work</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: ترشيح الزملاء من الفئات الممثَّلة تمثيلًا ناقصًا لأعمال التطوير والمشاريع البارزة</translation>
    </message>
    <message id="stretch-project.sources.1.note">
      <source>Based on the practice of actively proposing people who are routinely overlooked for visible projects, and using seniority to open that door.</source>
      <extracomment>What the scenario takes from this source, for the trainer.</extracomment>
      <translation>مبني على ممارسة اقتراح الأشخاص الذين يُتجاهلون عادةً في المشاريع البارزة بشكل فاعل، واستخدام الأقدمية لفتح ذلك الباب.</translation>
    </message>
    <message id="stretch-project.sources.2.title">
      <source>Workplace allyship practice: ask what support someone wants before acting</source>
      <extracomment>Title of a source the scenario draws on (keep a published title as published).</extracomment>
      <translation>ممارسات التضامن في بيئة العمل: السؤال عن الدعم الذي يريده الشخص قبل التصرّف</translation>
    </message>
  </context>
</TS>
