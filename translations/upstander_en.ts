<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n scenario(s) in the library</source>
        <translation>
            <numerusform>%n scenario in the library</numerusform><numerusform>%n scenarios in the library</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) in the library, %1 from your folder</source>
        <translation>
            <numerusform>%n scenario in the library, %1 from your folder</numerusform><numerusform>%n scenarios in the library, %1 from your folder</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n scenario file(s) could not be loaded</source>
        <translation>
            <numerusform>⚠ %n scenario file could not be loaded</numerusform><numerusform>⚠ %n scenario files could not be loaded</numerusform></translation>
    </message>
</context>
<context>
    <name>ScenarioDetailView</name>
    <message numerus="yes">
        <source>Timer: %n second(s)</source>
        <translation>
            <numerusform>Timer: %n second</numerusform><numerusform>Timer: %n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message numerus="yes">
        <source>%1, %2, %n minutes</source>
        <translation>
            <numerusform>%1, %2, %n minute</numerusform><numerusform>%1, %2, %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>ScenarioStringsCommand</name>
    <message numerus="yes">
        <source>%1: %n message(s), %2 unfinished.</source>
        <translation>
            <numerusform>%1: %n message, %2 unfinished.</numerusform><numerusform>%1: %n messages, %2 unfinished.</numerusform></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message numerus="yes">
        <source>%n file(s) checked, no errors.</source>
        <translation>
            <numerusform>%n file checked, no errors.</numerusform><numerusform>%n files checked, no errors.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked, %1 with errors.</source>
        <translation>
            <numerusform>%n file checked, %1 with errors.</numerusform><numerusform>%n files checked, %1 with errors.</numerusform></translation>
    </message>
</context>
</TS>