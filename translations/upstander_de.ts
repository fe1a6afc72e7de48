<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstander: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;upstander --help&quot; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinguistFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not a valid .ts file: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Upstander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the scenarios that contain every word typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Scenario Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Upstander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenarios are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenario matches your search.
Clear the search or choose &quot;All themes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your own scenario files (.yaml) in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Upstander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstander %1&lt;/h3&gt;&lt;p&gt;A tool for trainers who run allyship workshops: the allyship spectrum from bystander to advocate, role-play scenarios, and where the group lands, before and after.&lt;/p&gt;&lt;p&gt;Free and open-source software. Answers stay on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapReader</name>
    <message>
        <source>expected a map of keys and values here, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be a single word, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first given on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter (at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must list at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each item of &quot;%1&quot; must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Scenario files with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files in your scenario folder were not loaded. Fix the problems below and choose File → Reload Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioChecker</name>
    <message>
        <source>duplicate role id &quot;%1&quot; (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate scene id &quot;%1&quot; (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is a dead end: it is not an ending and leads nowhere; give it &quot;next&quot;, &quot;decision&quot; or &quot;ending: true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate option id &quot;%1&quot; in this decision (first used on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the options of this decision span only %1 of the five stages (%2); three or more give the group something to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next&quot; names no scene: there is no scene &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; cannot be reached from the first scene &quot;%2&quot;; no &quot;next&quot; leads to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scene is an ending; mark the last scene of each path with &quot;ending: true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; is caught in a loop: no path from it reaches an ending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message>
        <source>Scenario details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary, roles, decision points and debrief questions of the selected scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario from the list to see its roles, decision points and debrief questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3–%4 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (observer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now what?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>another scenario file already uses the id &quot;%1&quot; (%2); this one was not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message numerus="yes">
        <source>%1, %2, %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 · %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; scenario files are a few kilobytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains a NUL byte; scenario files must be UTF-8 text (is it UTF-16 or binary?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioReader</name>
    <message>
        <source>the file is empty; a scenario starts with &quot;format: %1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this version of Upstander reads &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;max&quot; (%1) is smaller than &quot;min&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ending: false&quot; says nothing; leave &quot;ending&quot; out of scenes that are not endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene &quot;%1&quot; has %2; a scene does exactly one of &quot;next&quot;, &quot;decision&quot; or &quot;ending&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision needs two to six options, this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message>
        <source>option --ts needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 for scenario-strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario-strings needs --ts FILE.ts and at least one scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation file written: fix the scenario files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spectrum</name>
    <message>
        <source>Bystander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees the unfairness happen and stays out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bystander is in the room when someone is excluded or demeaned and lets it pass. Rarely out of ill will: more often they are unsure what to say, uncomfortable, or quietly weighing the cost of speaking against the ease of silence. Most of us stand here more often than we would like to think; what is missing is skill, confidence and a culture that backs them up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks away or changes the subject when a remark lands badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for someone more senior to deal with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells themselves it was only a joke, or not their business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague is talked over twice; the bystander notices, feels uneasy and moves on to the next agenda item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice: pay deliberate attention to who speaks, who is interrupted and who is missing. Seeing the pattern is the first move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees with inclusion when asked, but never starts anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passive supporter means it: they back the right policies, sit through the training and agree when the topic comes up. Their support is sincere but stays in reserve. It is never spent in the moment that would change something, so the people it is meant for never feel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees in private after the meeting that something was unfair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for inclusive policies but does not raise them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attends training and events, then returns to business as usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nods when someone else challenges a biased comment, and says afterwards in the corridor that they were right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name it: say something in the moment, specifically. It does not need to be perfect; silence costs more than an imperfect sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performative ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible in public, absent where it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The performative ally posts, shares and speaks up where it is seen: at the awareness event, on social media, in the all-hands. When the hard, quiet work comes (the budget, the policy, the awkward conversation) they are elsewhere. Their support mostly serves their own reputation, and the people it claims to help can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares the campaign post, skips the policy review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks about inclusion on stage, not in the hiring panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expects thanks or visibility for acts of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the meeting with a statement about valuing every voice, then lets the same two people talk for an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the effort from being seen to changing something: pick one action no one will applaud and do it consistently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps in when it happens, without waiting for applause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active ally acts in real time. They speak up when something is wrong rather than when it is safe, make sure ideas are credited to the person who had them, and notice who is being left out of the conversation and make room for them. It shows in behaviour, again and again, not in announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings an overlooked idea back and names whose it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupts a demeaning joke by pointing to its impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects a mispronounced name or a wrong pronoun, calmly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the person affected what support they actually want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Before we move on, I&apos;d like to hear the end of Lina&apos;s point.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use what you have: your seniority, network, credibility or platform can change processes, not only moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses their power to change the system, watched or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advocate goes beyond the single incident to the process that keeps producing it. They use positional or social power to open doors, question criteria and challenge decisions that keep inequity in place, whether or not anyone is looking. They keep the focus on the people affected, not on themselves, and treat it as lifelong practice rather than a box ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks what the promotion criteria actually measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secures budget and executive access for a resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings people into rooms and client meetings they are kept out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushes for pay and promotion data to be examined and published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Who affected by this decision is not in this room, and how do we hear from them before we sign it off?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going and bring others with you: make active allyship the norm in your team rather than the exception.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Amplifying voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microaggressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and inclusive language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performative gestures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenging the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>unknown option %1 for validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate needs at least one scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) have errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yaml</name>
    <message>
        <source>YAML aliases (*name) are not allowed in scenario files; write the text out in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 YAML nodes; scenario files are far smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; scenario files need only a few levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML anchors (&amp;name) are not allowed in scenario files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second YAML document (after &quot;---&quot;); a scenario file holds exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
