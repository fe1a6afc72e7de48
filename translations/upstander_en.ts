<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartModel</name>
    <message numerus="yes">
        <source>Needs at least %n answers</source>
        <translation>
            <numerusform>Needs at least %n answer</numerusform>
            <numerusform>Needs at least %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message numerus="yes">
        <source>%1: %n hand(s) counted</source>
        <translation>
            <numerusform>%1: %n hand counted</numerusform>
            <numerusform>%1: %n hands counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) so far. The numbers show once at least %1 people who had made a commitment have answered.</source>
        <translation>
            <numerusform>%n answer so far. The numbers show once at least %1 people who had made a commitment have answered.</numerusform>
            <numerusform>%n answers so far. The numbers show once at least %1 people who had made a commitment have answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message numerus="yes">
        <source>%n more commitment(s) needed before they appear here, so that none can be traced to the person who wrote it.</source>
        <translation>
            <numerusform>%n more commitment needed before they appear here, so that none can be traced to the person who wrote it.</numerusform>
            <numerusform>%n more commitments needed before they appear here, so that none can be traced to the person who wrote it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more needed before the wall and the cards show them.</source>
        <translation>
            <numerusform>%n more needed before the wall and the cards show them.</numerusform>
            <numerusform>%n more needed before the wall and the cards show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionChart</name>
    <message numerus="yes">
        <source>%1 (%2): %n votes (%3)</source>
        <translation>
            <numerusform>%1 (%2): %n vote (%3)</numerusform>
            <numerusform>%1 (%2): %n votes (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message numerus="yes">
        <source>%n vote(s) for option %1</source>
        <translation>
            <numerusform>%n vote for option %1</numerusform>
            <numerusform>%n votes for option %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) recorded</source>
        <translation>
            <numerusform>%n vote recorded</numerusform>
            <numerusform>%n votes recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered this decision on their phones. Counted hands are added to those answers, so whoever answered on a phone must not raise a hand as well. Count hands too?</source>
        <translation>
            <numerusform>%n person answered this decision on their phone. Counted hands are added to that answer, so whoever answered on a phone must not raise a hand as well. Count hands too?</numerusform>
            <numerusform>%n people answered this decision on their phones. Counted hands are added to those answers, so whoever answered on a phone must not raise a hand as well. Count hands too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n passed</source>
        <translation>
            <numerusform> · %n passed</numerusform>
            <numerusform> · %n passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionTallyModel</name>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteSessionsCommand</name>
    <message numerus="yes">
        <source>No sessions in %1 are older than %n month(s).</source>
        <translation>
            <numerusform>No sessions in %1 are older than %n month.</numerusform>
            <numerusform>No sessions in %1 are older than %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message numerus="yes">
        <source>%1: %n people (%2)</source>
        <translation>
            <numerusform>%1: %n person (%2)</numerusform>
            <numerusform>%1: %n people (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message numerus="yes">
        <source>The follow-up asks where people stand now and replays %n decision(s).</source>
        <translation>
            <numerusform>The follow-up asks where people stand now and replays %n decision.</numerusform>
            <numerusform>The follow-up asks where people stand now and replays %n decisions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation>
            <numerusform>%n scenario in the library</numerusform>
            <numerusform>%n scenarios in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation>
            <numerusform>%n scenario in the library, %1 from your folder</numerusform>
            <numerusform>%n scenarios in the library, %1 from your folder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation>
            <numerusform>⚠ %n scenario file could not be loaded</numerusform>
            <numerusform>⚠ %n scenario files could not be loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n answer(s)</source>
        <translation>
            <numerusform>%1 · %n answer</numerusform>
            <numerusform>%1 · %n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n session(s) dated more than %1 months ago.</source>
        <translation>
            <numerusform>Deleted %n session dated more than %1 months ago.</numerusform>
            <numerusform>Deleted %n sessions dated more than %1 months ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenSessionDialog</name>
    <message numerus="yes">
        <source>, %n answer(s)</source>
        <translation>
            <numerusform>, %n answer</numerusform>
            <numerusform>, %n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantControl</name>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n phone connected</numerusform>
            <numerusform>%n phones connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) asked for a pause</source>
        <translation>
            <numerusform>%n person asked for a pause</numerusform>
            <numerusform>%n people asked for a pause</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message numerus="yes">
        <source>Of the %n people who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</source>
        <translation>
            <numerusform>Of the %n person who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</numerusform>
            <numerusform>Of the %n people who answered both times, %1 moved further along, %2 stayed where they were and %3 moved back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people took part.</source>
        <translation>
            <numerusform>%n person took part.</numerusform>
            <numerusform>%n people took part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Participants sent %n anonymous question(s) from their phones.</source>
        <translation>
            <numerusform>Participants sent %n anonymous question from their phones.</numerusform>
            <numerusform>Participants sent %n anonymous questions from their phones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n people who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</source>
        <translation>
            <numerusform>Of the %n person who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</numerusform>
            <numerusform>Of the %n people who had made a commitment, %1 did what they committed to, %2 did it in part and %3 not yet (%4 did it).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said they had not made one.</source>
        <translation>
            <numerusform>%n said they had not made one.</numerusform>
            <numerusform>%n said they had not made one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>&amp;%n month(s) after its date</source>
        <translation>
            <numerusform>&amp;%n month after its date</numerusform>
            <numerusform>&amp;%n months after its date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on this computer are that old now and will be deleted, the oldest from %1.</source>
        <translation>
            <numerusform>%n session on this computer are that old now and will be deleted, the oldest from %1.</numerusform>
            <numerusform>%n sessions on this computer are that old now and will be deleted, the oldest from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s).</source>
        <translation>
            <numerusform>%n vote.</numerusform>
            <numerusform>%n votes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomQuestionsPanel</name>
    <message numerus="yes">
        <source>%n new question(s)</source>
        <translation>
            <numerusform>%n new question</numerusform>
            <numerusform>%n new questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n held for review</source>
        <translation>
            <numerusform> · %n held for review</numerusform>
            <numerusform> · %n held for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation>
            <numerusform>Timer: %n second</numerusform>
            <numerusform>Timer: %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message numerus="yes">
        <source>%1, %2, %n minutes</source>
        <translation>
            <numerusform>%1, %2, %n minute</numerusform>
            <numerusform>%1, %2, %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message numerus="yes">
        <source>%n vote(s) at this scenario&apos;s decisions in this session.</source>
        <translation>
            <numerusform>%n vote at this scenario&apos;s decisions in this session.</numerusform>
            <numerusform>%n votes at this scenario&apos;s decisions in this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) sitting this role-play out</source>
        <translation>
            <numerusform>%n person sitting this role-play out</numerusform>
            <numerusform>%n people sitting this role-play out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation>
            <numerusform>%1: %n message, %2 unfinished.</numerusform>
            <numerusform>%1: %n messages, %2 unfinished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfPlacementPanel</name>
    <message numerus="yes">
        <source>%n person(s) already answered this question one by one or on a phone. Hands counted now are added to them, so only people who have not answered yet may be counted. Count hands as well?</source>
        <translation>
            <numerusform>%n person already answered this question one by one or on a phone. Hands counted now are added to that answer, so only people who have not answered yet may be counted. Count hands as well?</numerusform>
            <numerusform>%n people already answered this question one by one or on a phone. Hands counted now are added to them, so only people who have not answered yet may be counted. Count hands as well?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already counted by hand for this question. Answers given now are added to them, so only people who were not counted may answer. Take answers one by one as well?</source>
        <translation>
            <numerusform>%n person was already counted by hand for this question. Answers given now are added to that count, so only people who were not counted may answer. Take answers one by one as well?</numerusform>
            <numerusform>%n people were already counted by hand for this question. Answers given now are added to them, so only people who were not counted may answer. Take answers one by one as well?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in all · counted by hand: %1 · answered one by one or from phones: %2</source>
        <translation>
            <numerusform>%n person in all · counted by hand: %1 · answered one by one or from phones: %2</numerusform>
            <numerusform>%n people in all · counted by hand: %1 · answered one by one or from phones: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) answered one by one or from phones</source>
        <translation>
            <numerusform>%n person answered one by one or from a phone</numerusform>
            <numerusform>%n people answered one by one or from phones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s)</source>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageComparisonModel</name>
    <message numerus="yes">
        <source>%1: %n people</source>
        <translation>
            <numerusform>%1: %n person</numerusform>
            <numerusform>%1: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n choices</source>
        <translation>
            <numerusform>%1: %n choice</numerusform>
            <numerusform>%1: %n choices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriadRotation</name>
    <message numerus="yes">
        <source>%1, %2 and %n other(s)</source>
        <comment>names</comment>
        <translation>
            <numerusform>%1, %2 and %n other</numerusform>
            <numerusform>%1, %2 and %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation>
            <numerusform>%n file checked, no errors.</numerusform>
            <numerusform>%n files checked, no errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 with errors.</source>
        <translation>
            <numerusform>%n file checked, %1 with errors.</numerusform>
            <numerusform>%n files checked, %1 with errors.</numerusform>
        </translation>
    </message>
</context>
</TS>
