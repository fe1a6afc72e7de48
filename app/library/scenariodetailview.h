#pragma once

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"
#include "spectrum.h"

#include <QTextBrowser>

// Read-only description of one scenario for the facilitator: summary, roles, decision points
// with the stage each option maps to (colour and label, never colour alone), debrief.
class ScenarioDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ScenarioDetailView(QWidget *parent = nullptr);

    void setSpectrum(const Spectrum &spectrum);
    // nullptr: the empty state. `warnings`: what checking its file found that does not stop it
    // from running (e.g. a decision spanning fewer than three stages), shown first.
    void showScenario(const Scenario *scenario, const Diagnostics &warnings = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    QString html(const Scenario &s) const;
    QString stageChip(const QString &stageKey) const;
    void refresh();

    Spectrum mSpectrum;
    std::optional<Scenario> mScenario;
    Diagnostics mWarnings;
};
