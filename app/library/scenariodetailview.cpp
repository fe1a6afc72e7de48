#include "library/scenariodetailview.h"

#include "languages.h"
#include "scenario/theme.h"

#include <QEvent>

#include <algorithm>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}
} // namespace

ScenarioDetailView::ScenarioDetailView(QWidget *parent)
    : QTextBrowser(parent), mSpectrum(Spectrum::standard())
{
    setOpenLinks(false);
    setAccessibleName(tr("Scenario details"));
    setAccessibleDescription(
        tr("Summary, roles, decision points and debrief questions of the selected scenario"));
    showScenario(nullptr);
}

void ScenarioDetailView::setSpectrum(const Spectrum &spectrum)
{
    mSpectrum = spectrum;
    refresh();
}

void ScenarioDetailView::showScenario(const Scenario *scenario, const Diagnostics &warnings)
{
    if (scenario)
        mScenario = *scenario;
    else
        mScenario.reset();
    mWarnings = scenario ? warnings : Diagnostics();
    refresh();
}

void ScenarioDetailView::changeEvent(QEvent *event)
{
    // Follow light/dark switches and font changes: the HTML takes its colours from the palette.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
    QTextBrowser::changeEvent(event);
}

void ScenarioDetailView::refresh()
{
    if (!mScenario) {
        setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(palette().color(QPalette::PlaceholderText).name(),
                         esc(tr("Choose a scenario from the list to see its roles, decision "
                                "points and debrief questions."))));
        return;
    }
    setHtml(html(*mScenario));
}

QString ScenarioDetailView::stageChip(const QString &stageKey) const
{
    const Stage *stage = mSpectrum.stage(stageKey);
    if (!stage)
        return esc(stageKey);
    // A coloured square for a quick glance, and always the stage's name and number beside it.
    return QStringLiteral("<span style='background-color:%1; color:%1'>&#9632;&#9632;</span>"
                          "&nbsp;<b>%2</b>")
        .arg(stage->colorName(), esc(tr("%1. %2").arg(stage->index + 1).arg(stage->label)));
}

QString ScenarioDetailView::html(const Scenario &s) const
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(s.title));
    h += QStringLiteral("<p style='color:%1'>%2</p>")
             .arg(muted, esc(tr("%1 · %2 minutes · %3–%4 people")
                                 .arg(Theme::label(s.theme))
                                 .arg(s.durationMinutes)
                                 .arg(s.groupMin)
                                 .arg(s.groupMax)));
    h += QStringLiteral("<p>%1</p>").arg(esc(s.summary));
    if (!mWarnings.isEmpty()) {
        // Words, not colour alone: the heading says what these are.
        h += QStringLiteral("<h2>%1</h2><ul>")
                 .arg(esc(tr("Warnings from checking this file (it runs anyway)")));
        for (const Diagnostic &d : mWarnings)
            h += QStringLiteral("<li>%1</li>")
                     .arg(esc(tr("Line %1: %2").arg(d.line).arg(d.message)));
        h += QStringLiteral("</ul>");
    }

    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Roles")));
    // Observers are listed last and marked as such, whatever the scenario calls them.
    QList<ScenarioRole> roles = s.roles;
    std::stable_partition(roles.begin(), roles.end(),
                          [](const ScenarioRole &r) { return !r.observer; });
    for (const ScenarioRole &role : roles) {
        const QString tag =
            role.observer
                ? QLatin1Char(' ') + Languages::forLocale(QLocale()).emphasised(
                                         QStringLiteral("(%1)").arg(esc(tr("observer role"))))
                : QString();
        h += QStringLiteral("<li><b>%1</b>%2<br/><span style='color:%3'>%4</span></li>")
                 .arg(esc(role.name), tag, muted, esc(role.brief));
    }
    h += QStringLiteral("</ul>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Decision points")));
    int number = 0;
    for (const Scene &scene : s.scenes) {
        if (!scene.decision)
            continue;
        const Decision &d = *scene.decision;
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1. %2").arg(++number).arg(d.prompt)));
        if (d.timerSeconds > 0)
            h += QStringLiteral("<p style='color:%1'>%2</p>")
                     .arg(muted, esc(tr("Timer: %n second(s)", nullptr, d.timerSeconds)));
        h += QStringLiteral("<table cellspacing='0' cellpadding='4'>");
        for (const DecisionOption &option : d.options) {
            h +=
                QStringLiteral("<tr><td valign='top' style='white-space:nowrap'>%1</td>"
                               "<td valign='top'>%2<br/><span style='color:%3'>%4</span></td></tr>")
                    .arg(stageChip(option.stage), esc(option.text), muted,
                         esc(tr("Why: %1").arg(option.why)));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Observer checklist")));
    h += list(s.observerChecklist);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Debrief")));
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("What?"))) + list(s.debrief.what);
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("So what?"))) + list(s.debrief.soWhat);
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Now what?"))) + list(s.debrief.nowWhat);
    if (!s.sources.isEmpty()) {
        QStringList sources;
        for (const ScenarioSource &source : s.sources)
            sources.append(source.note.isEmpty() ? source.title
                                                 : tr("%1 (%2)").arg(source.title, source.note));
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Sources"))) + list(sources);
    }
    return h;
}
