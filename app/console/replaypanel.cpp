#include "console/replaypanel.h"

#include "scenario/scenariolibrary.h"
#include "session/sessionmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ReplayPanel::ReplayPanel(SessionModel *model, QWidget *parent)
    : QGroupBox(tr("Follow-up: decisions to replay"), parent), mModel(model),
      mRows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("replayPanel"));
    mRows->setSpacing(6);
    connect(mModel, &SessionModel::changed, this, [this](const SessionChange &change) {
        if (change.kind == SessionChange::Kind::Reset)
            rebuild();
    });
    rebuild();
}

void ReplayPanel::setLibrary(const ScenarioLibrary *library)
{
    mLibrary = library;
    mShownSession = -1;
    rebuild();
}

void ReplayPanel::rebuild()
{
    const Session &session = mModel->session();
    const bool shown = mModel->isLoaded() && session.followUp;
    setVisible(shown);
    if (shown && mShownSession == session.id)
        return;
    mShownSession = shown ? session.id : -1;
    while (QLayoutItem *item = mRows->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    if (!shown)
        return;
    if (session.replays.isEmpty()) {
        auto *none = new QLabel(tr("This follow-up replays no decision: ask where people stand "
                                   "now on the Self-Placement tab, then collect commitments."),
                                this);
        none->setWordWrap(true);
        mRows->addWidget(none);
        return;
    }
    for (int i = 0; i < session.replays.size(); ++i) {
        const Replay &replay = session.replays.at(i);
        const ScenarioLibrary::Entry *entry =
            mLibrary ? mLibrary->find(replay.scenarioId) : nullptr;
        const bool runnable = entry && entry->scenario.scene(replay.sceneId);
        const QString from = entry ? entry->scenario.title.simplified() : replay.scenarioId;
        auto *row = new QHBoxLayout;
        auto *text =
            new QLabel(runnable ? tr("%1. %2 (from “%3”)").arg(i + 1).arg(replay.prompt, from)
                                : tr("%1. %2 (the scenario “%3” is no longer in the "
                                     "library)")
                                      .arg(i + 1)
                                      .arg(replay.prompt, replay.scenarioId),
                       this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        auto *button = new QPushButton(tr("Replay"), this);
        button->setObjectName(QStringLiteral("replay%1").arg(i + 1));
        // Said as seen, then which one: every row's button reads "Replay".
        button->setAccessibleName(tr("Replay decision %1").arg(i + 1));
        button->setAccessibleDescription(replay.prompt);
        button->setEnabled(runnable);
        connect(button, &QPushButton::clicked, this,
                [this, replay] { emit replayRequested(replay.scenarioId, replay.sceneId); });
        row->addWidget(text, 1);
        row->addWidget(button, 0, Qt::AlignTop);
        mRows->addLayout(row);
    }
}
