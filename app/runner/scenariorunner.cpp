#include "runner/scenariorunner.h"

#include "a11y/announce.h"
#include "a11y/shownname.h"
#include "runner/stackingrow.h"
#include "session/delayedcount.h"
#include "session/triadrotation.h"

#include "runner/decisionpanel.h"
#include "runner/notespanel.h"
#include "runner/rolecardsdialog.h"
#include "runner/roundtimer.h"
#include "runner/uisizes.h"
#include "session/sessionmodel.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int MaxKeyedOptions = 6;
constexpr int RemoveArmedMs = 3000;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

namespace {
// The scene's text above a decision: it asks only for its minimum height (a few lines) and
// takes whatever the decision leaves, scrolling the rest.
class StoryScroll : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return {QScrollArea::sizeHint().width(), minimumHeight()}; }
};
} // namespace

ScenarioRunner::ScenarioRunner(const Scenario &scenario, SessionModel *model, QUndoStack *undoStack,
                               AudienceState *audience, QWidget *parent)
    : QWidget(parent), mWalk(new ScenarioWalk(scenario, this)), mModel(model),
      mUndoStack(undoStack), mAudience(audience)
{
    setObjectName(QStringLiteral("scenarioRunner"));
    setAccessibleName(tr("Scenario runner: %1").arg(scenario.title.simplified()));

    // Top: where we are.
    mScenarioTitle = new QLabel(scenario.title.simplified(), this);
    mScenarioTitle->setObjectName(QStringLiteral("runnerScenarioTitle"));
    mScenarioTitle->setWordWrap(true);
    mBreadcrumb = new QLabel(this);
    mBreadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    mBreadcrumb->setWordWrap(true);
    mBreadcrumb->setTextFormat(Qt::RichText);
    const QString note = scenario.contentNote.simplified();
    mContentNote = new QLabel(tr("Content note: %1").arg(note));
    mContentNote->setObjectName(QStringLiteral("contentNote"));
    mContentNote->setWordWrap(true);
    mContentNote->setTextFormat(Qt::PlainText);
    mContentNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mContentNote->hide(); // on the first scene (showStep)
    mContentNote->setToolTip(tr("Phones show this note while the role-play is on; anyone can "
                                "sit it out there"));
    mSittingOut = new QLabel(this);
    mSittingOut->setObjectName(QStringLiteral("sittingOut"));
    mSittingOut->setTextFormat(Qt::PlainText);
    mSittingOut->setToolTip(tr("Chosen on their phones; only the number is shown, here alone, "
                               "never on the projector"));
    mSittingOut->hide();
    mRoleCardsButton = new QPushButton(tr("Role &cards…"), this);
    mRoleCardsButton->setObjectName(QStringLiteral("roleCards"));
    mRoleCardsButton->setAccessibleName(tr("Role cards"));
    mRoleCardsButton->setToolTip(tr("Every role's private brief and the observer checklist, to "
                                    "print or save as PDF"));
    mRestartButton = new QPushButton(tr("Start &over"), this);
    mRestartButton->setObjectName(QStringLiteral("restart"));
    ShownName::apply(mRestartButton, tr("Start the scenario over"));
    mRestartButton->setToolTip(tr("Back to the first scene; recorded votes are kept"));

    // Left: the scene.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("scenePage"));
    mKicker = new QLabel(page);
    mKicker->setObjectName(QStringLiteral("sceneKicker"));
    mKicker->setForegroundRole(QPalette::PlaceholderText);
    mSceneTitle = new QLabel(page);
    mSceneTitle->setObjectName(QStringLiteral("sceneTitle"));
    mSceneTitle->setWordWrap(true);
    mSceneTitle->setTextFormat(Qt::PlainText);
    mNarration = new QLabel(page);
    mNarration->setObjectName(QStringLiteral("narration"));
    mNarration->setWordWrap(true);
    mNarration->setTextFormat(Qt::PlainText);
    mNarration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mNarration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mEndingNote = new QLabel(page);
    mEndingNote->setWordWrap(true);
    mEndingNote->setForegroundRole(QPalette::PlaceholderText);
    mDecision = new DecisionPanel(mModel, mUndoStack, page);
    mDecision->setObjectName(QStringLiteral("decisionPanel"));
    mDebriefView = new QLabel(page);
    mDebriefView->setObjectName(QStringLiteral("debriefView"));
    mDebriefView->setWordWrap(true);
    mDebriefView->setTextFormat(Qt::RichText);
    mDebriefView->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mShowButton = new QPushButton(tr("Show on &projector"), page);
    mShowButton->setObjectName(QStringLiteral("showOnProjector"));
    mProjectorStatus = new QLabel(page);
    mProjectorStatus->setObjectName(QStringLiteral("projectorStatus"));
    mProjectorStatus->setWordWrap(true);
    mProjectorStatus->setForegroundRole(QPalette::PlaceholderText);
    // The scene's text scrolls in a pane of its own above the decision, so that at a decision
    // every option and its vote buttons stay in sight: the text yields room, the options never
    // do. Only when even the options do not fit (very large type on a small screen) does the
    // whole scene scroll.
    auto *story = new QWidget;
    story->setObjectName(QStringLiteral("sceneStory"));
    auto *storyLayout = new QVBoxLayout(story);
    storyLayout->setContentsMargins(0, 0, 8, 0);
    storyLayout->setSpacing(8);
    storyLayout->addWidget(mContentNote);
    storyLayout->addWidget(mKicker);
    storyLayout->addWidget(mSceneTitle);
    storyLayout->addWidget(mNarration);
    storyLayout->addWidget(mDebriefView);
    auto *showRow = new QHBoxLayout;
    showRow->addWidget(mShowButton);
    showRow->addWidget(mProjectorStatus, 1);
    storyLayout->addLayout(showRow);
    storyLayout->addWidget(mEndingNote);
    storyLayout->addStretch(1);
    mStoryScroll = new StoryScroll(page);
    mStoryScroll->setObjectName(QStringLiteral("storyScroll"));
    mStoryScroll->setWidget(story);
    mStoryScroll->setWidgetResizable(true);
    mStoryScroll->setFrameShape(QFrame::NoFrame);
    mStoryScroll->setFocusPolicy(Qt::NoFocus);
    mStoryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(4, 4, 16, 4);
    pageLayout->setSpacing(10);
    pageLayout->addWidget(mStoryScroll, 1);
    pageLayout->addWidget(mDecision);
    mScroll = new QScrollArea(this);
    mScroll->setObjectName(QStringLiteral("sceneScroll"));
    mScroll->setWidget(page);
    mScroll->setWidgetResizable(true);
    mScroll->setFrameShape(QFrame::NoFrame);
    mScroll->setFocusPolicy(Qt::NoFocus);
    mScroll->setAccessibleName(tr("Current scene"));

    // Right: notes and the timer.
    mNotes = new NotesPanel(this);
    mNotes->setObjectName(QStringLiteral("notesPanel"));
    mTimerBox = new QGroupBox(tr("Round timer"), this);
    mTimer = new RoundTimer(mTimerBox);
    mTimer->setObjectName(QStringLiteral("roundTimer"));
    auto *timerLayout = new QVBoxLayout(mTimerBox);
    timerLayout->addWidget(mTimer);

    // Bottom: moving on.
    mBackButton = new QPushButton(tr("← &Back"), this);
    mBackButton->setObjectName(QStringLiteral("back"));
    mBackButton->setAccessibleName(tr("Back to the previous scene"));
    mNextButton = new QPushButton(tr("&Next scene →"), this);
    mNextButton->setObjectName(QStringLiteral("nextScene"));
    mNextButton->setAccessibleName(tr("Next scene"));
    mDebriefButton = new QPushButton(tr("&Debrief →"), this);
    mDebriefButton->setObjectName(QStringLiteral("debrief"));
    ShownName::apply(mDebriefButton, tr("Go on to the debrief"));
    mFinishButton = new QPushButton(tr("Finish scenario"), this);
    mFinishButton->setObjectName(QStringLiteral("finish"));
    ShownName::apply(mFinishButton, tr("Finish the scenario"));
    // The way on looks like the way on (a frame in the highlight colour in most styles).
    for (QPushButton *button : {mNextButton, mDebriefButton, mFinishButton})
        button->setDefault(true);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(mScenarioTitle);
    titles->addWidget(mBreadcrumb);
    titles->addWidget(mSittingOut);
    top->addLayout(titles, 1);
    top->addWidget(mRoleCardsButton, 0, Qt::AlignTop);
    top->addWidget(mRestartButton, 0, Qt::AlignTop);

    // The notes and the timer scroll together rather than being squeezed: with a large font
    // on a small screen the timer's digits would otherwise be cut.
    auto *sidePage = new QWidget(this);
    auto *side = new QVBoxLayout(sidePage);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(12);
    side->addWidget(mNotes);
    side->addWidget(mTimerBox);
    side->addStretch(1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("sideScroll"));
    sideScroll->setWidget(sidePage);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setFocusPolicy(Qt::NoFocus);
    sideScroll->setAccessibleName(tr("Facilitator notes and timer"));

    auto *middle = new QHBoxLayout;
    middle->setSpacing(16);
    // The scene comes first; the notes and the timer take a third of the width.
    middle->addWidget(mScroll, 2);
    middle->addWidget(sideScroll, 1);

    // Moving on: "Back" and the decision's status on the left, the decision's buttons and the
    // way on to the right; one row when the window is wide enough, two when it is not (large
    // type on a small screen), so the window never has to grow past the screen.
    mBottom = new StackingRow(this);
    mBottom->setObjectName(QStringLiteral("movingOn"));
    mBottom->leading()->setSpacing(16);
    mBottom->leading()->addWidget(mBackButton);
    mBottom->leading()->addWidget(mDecision->statusLabel(), 1);
    mBottom->trailing()->setSpacing(8);
    mBottom->trailing()->addWidget(mDecision->actionBar());
    mBottom->trailing()->addWidget(mNextButton);
    mBottom->trailing()->addWidget(mDebriefButton);
    mBottom->trailing()->addWidget(mFinishButton);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(mBottom);

    connect(mRoleCardsButton, &QPushButton::clicked, this, &ScenarioRunner::openRoleCards);
    connect(mRestartButton, &QPushButton::clicked, this, &ScenarioRunner::restart);
    connect(mBackButton, &QPushButton::clicked, this, &ScenarioRunner::goBack);
    connect(mShowButton, &QPushButton::clicked, this, &ScenarioRunner::showOnProjector);
    connect(mNextButton, &QPushButton::clicked, this, &ScenarioRunner::advance);
    connect(mDebriefButton, &QPushButton::clicked, this, &ScenarioRunner::openDebrief);
    connect(mFinishButton, &QPushButton::clicked, this, &ScenarioRunner::finish);
    connect(mDecision, &DecisionPanel::questionCreated, this, &ScenarioRunner::questionCreated);
    connect(mDecision, &DecisionPanel::showOnProjectorRequested, this,
            &ScenarioRunner::showOnAudience);
    connect(mDecision, &DecisionPanel::followRequested, this, &ScenarioRunner::goToScene);
    connect(mWalk, &ScenarioWalk::changed, this, &ScenarioRunner::showStep);
    // How many sit the role-play out, shown after a wait (DelayedCount), never at the moment a
    // phone was tapped.
    mSittingOutCount = new DelayedCount(this);
    connect(mSittingOutCount, &DelayedCount::shownChanged, this, &ScenarioRunner::updateSittingOut);
    if (mModel) {
        connect(mModel, &SessionModel::changed, this, [this](const SessionChange &change) {
            const int count =
                mModel->isLoaded() ? mModel->sittingOutCount(mWalk->scenario().id) : 0;
            if (change.kind == SessionChange::Kind::SitOut)
                mSittingOutCount->set(count);
            else if (change.kind == SessionChange::Kind::Reset)
                mSittingOutCount->setNow(count);
        });
        if (mModel->isLoaded())
            mSittingOutCount->setNow(mModel->sittingOutCount(mWalk->scenario().id));
    }
    updateSittingOut();
    connect(mWalk, &ScenarioWalk::finished, this, &ScenarioRunner::walkFinished);
    if (mAudience)
        connect(mAudience, &AudienceState::contentChanged, this,
                &ScenarioRunner::updateProjectorStatus);
    updateProjectorStatus();
    connect(mTimer, &RoundTimer::audienceSecondsChanged, this, [this](int seconds) {
        mTimerOnAudience = seconds >= 0;
        if (mAudience)
            mAudience->setTimer(audienceStep(), seconds);
        updateAudienceRotation();
    });
    connect(mTimer, &RoundTimer::roundChanged, this, &ScenarioRunner::updateAudienceRotation);
    mTimer->setCharacters(TriadRotation::round(scenario, 1).characters);

    buildActions();
    applyFonts();
    // The first scene is shown by start(), at the latest when the runner is first shown, so
    // that whoever embeds the runner has connected to questionCreated() by then.
}

ScenarioRunner::~ScenarioRunner()
{
    // A timer left on the projector would outlive the scenario it belongs to.
    if (mAudience && mTimerOnAudience) {
        mAudience->setTimer({}, -1);
        mAudience->setRotation({}, {});
    }
}

void ScenarioRunner::buildActions()
{
    auto makeAction = [this](const QString &text, const QList<QKeySequence> &keys) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    mBackAction = makeAction(tr("Previous scene"),
                             {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    connect(mBackAction, &QAction::triggered, this, &ScenarioRunner::goBack);
    mAdvanceAction = makeAction(tr("Next scene or debrief"), {QKeySequence(Qt::ALT | Qt::Key_Right),
                                                              QKeySequence(Qt::Key_PageDown)});
    connect(mAdvanceAction, &QAction::triggered, this, &ScenarioRunner::advance);
    mShowAction = makeAction(tr("Show on projector"), {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                                       QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(mShowAction, &QAction::triggered, this, &ScenarioRunner::showOnProjector);
    // The timer's Ctrl+T works anywhere in the runner, not only inside the timer box.
    addAction(mTimer->startPauseAction());

    mMinusAction =
        makeAction(tr("Take the next vote away"),
                   {QKeySequence(Qt::Key_Minus), QKeySequence(Qt::KeypadModifier | Qt::Key_Minus)});
    connect(mMinusAction, &QAction::triggered, this, [this] {
        mRemoveArmed = true;
        QTimer::singleShot(RemoveArmedMs, this, [this] { mRemoveArmed = false; });
    });
    for (int i = 0; i < MaxKeyedOptions; ++i) {
        const auto digit = Qt::Key(Qt::Key_1 + i);
        QAction *add = makeAction(tr("Add a vote to option %1").arg(i + 1),
                                  {QKeySequence(digit), QKeySequence(Qt::KeypadModifier | digit)});
        connect(add, &QAction::triggered, this, [this, i] {
            vote(i, mRemoveArmed ? -1 : +1);
            mRemoveArmed = false;
        });
        mVoteActions.append(add);
        QAction *remove = makeAction(tr("Take a vote from option %1").arg(i + 1),
                                     {QKeySequence(Qt::SHIFT | digit)});
        connect(remove, &QAction::triggered, this, [this, i] { vote(i, -1); });
        mUnvoteActions.append(remove);
    }
    mShowButton->setToolTip(tr("Put this scene's narration on the audience screen (%1)")
                                .arg(mShowAction->shortcut().toString(QKeySequence::NativeText)));
    mBackButton->setToolTip(tr("Back to the previous scene on the path (%1)")
                                .arg(mBackAction->shortcut().toString(QKeySequence::NativeText)));
    mNextButton->setToolTip(
        tr("On to the next scene (%1)")
            .arg(mAdvanceAction->shortcut().toString(QKeySequence::NativeText)));
}

qint64 ScenarioRunner::currentQuestionId() const
{
    return mWalk->currentDecision() ? mDecision->questionId() : 0;
}

// What the projector shows once the scenario is finished; the runner's title says the same.
AudienceState::Content ScenarioRunner::overContent() const
{
    AudienceState::Content content;
    content.mode = AudienceState::Mode::Welcome;
    content.heading = roomTr("“%1” is over").arg(scenario().title.simplified());
    content.text = roomTr("Thank you for taking part.");
    return content;
}

void ScenarioRunner::updateAudienceRotation()
{
    // The rotation is on the projector while a scene's round timer is: the room sees whose
    // turn it is for as long as the round runs (a debrief has no rotation).
    if (!mAudience)
        return;
    const bool shown = mTimerOnAudience && !mWalk->isInDebrief() && !mWalk->isFinished();
    const QString heading =
        TriadRotation::heading(TriadRotation::round(scenario(), mTimer->round()));
    mAudience->setRotation(shown ? audienceStep() : QString(),
                           shown ? roomTr("%1: %2").arg(heading, mTimer->rotation()) : QString());
}

void ScenarioRunner::updateSittingOut()
{
    const int count = mSittingOutCount->shown();
    const QString text = tr("%n person(s) sitting this role-play out", nullptr, count);
    mSittingOut->setVisible(count > 0);
    if (text == mSittingOut->text())
        return;
    mSittingOut->setText(text);
    // Told to a screen reader too, quietly, wherever the keyboard is.
    if (count > 0)
        Announce::countChanged(mSittingOut, text);
    else
        mSittingOut->setAccessibleName(text);
}

void ScenarioRunner::replayFrom(const QString &sceneId)
{
    start();
    mReplayScene = sceneId;
    goToScene(sceneId);
}

void ScenarioRunner::setSittingOutDelay(int ms)
{
    mSittingOutCount->setDelay(ms);
}

QString ScenarioRunner::audienceStep() const
{
    if (mWalk->isFinished())
        return {};
    const QString scenario = mWalk->scenario().id;
    if (mWalk->isInDebrief())
        return scenario + QStringLiteral("/debrief");
    const Scene *scene = mWalk->currentScene();
    return scene ? scenario + QLatin1Char('/') + scene->id : QString();
}

AudienceState::Content ScenarioRunner::currentAudienceContent() const
{
    if (mWalk->isFinished())
        return overContent();
    const Scenario &scenario = mWalk->scenario();
    AudienceState::Content content;
    content.step = audienceStep();
    if (mWalk->isInDebrief()) {
        content.mode = AudienceState::Mode::Debrief;
        content.heading = roomTr("Debrief: %1").arg(scenario.title.simplified());
        const auto add = [&content](const QString &section, const QStringList &questions) {
            for (const QString &question : questions)
                content.items.append(roomTr("%1 %2").arg(section, question.simplified()));
        };
        add(roomTr("What?"), scenario.debrief.what);
        add(roomTr("So what?"), scenario.debrief.soWhat);
        add(roomTr("Now what?"), scenario.debrief.nowWhat);
        return content;
    }
    if (const Scene *scene = mWalk->currentScene()) {
        content.mode = AudienceState::Mode::Narration;
        content.heading = scene->title.simplified();
        content.text = scene->narration.simplified();
    }
    return content;
}

void ScenarioRunner::showOnProjector()
{
    showOnAudience(currentAudienceContent());
}

void ScenarioRunner::showOnAudience(const AudienceState::Content &content)
{
    // Asked for by the trainer: the projector opens if it was closed. The step's timer goes
    // with whatever of the step is shown (narration, question, reveal).
    AudienceState::Content shown = content;
    shown.step = audienceStep();
    if (mAudience)
        mAudience->present(shown);
}

void ScenarioRunner::goBack()
{
    mWalk->goBack();
}

void ScenarioRunner::advance()
{
    mWalk->advance();
}

void ScenarioRunner::goToScene(const QString &sceneId)
{
    mWalk->goToScene(sceneId);
}

void ScenarioRunner::openDebrief()
{
    mWalk->openDebrief();
}

void ScenarioRunner::finish()
{
    mWalk->finish();
}

void ScenarioRunner::start()
{
    // The session keeps the scenario's texts as they are now, for its report.
    QString error;
    if (mModel && !mModel->keepScenario(SessionRules::snapshotOf(mWalk->scenario()), &error))
        qWarning("The scenario's texts could not be kept with the session: %s", qPrintable(error));
    mWalk->start();
}

void ScenarioRunner::restart()
{
    // Starting over asks each decision again in the question it recorded into, so the votes
    // already there stay and the next run's are counted with them. Nothing is deleted; the
    // trainer is told so, and may stay where they are.
    int votes = 0;
    if (mModel) {
        const Scenario &scenario = mWalk->scenario();
        for (const Scene &scene : scenario.scenes) {
            if (const Question *q =
                    SessionRules::decisionQuestion(mModel->questions(), scenario.id, scene.id))
                votes += mModel->count(q->id).people();
        }
    }
    if (votes > 0) {
        QMessageBox box(
            QMessageBox::Question, tr("Start Over"),
            tr("Start “%1” over from the first scene?").arg(mWalk->scenario().title.simplified()),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("startOverDialog"));
        box.setInformativeText(
            tr("%n vote(s) at this scenario's decisions in this session.", nullptr, votes) +
            QLatin1Char(' ') +
            tr("They are kept: each decision is asked again in the same question, where votes "
               "counted by hand are added to them and a phone's new answer replaces its earlier "
               "one. The results and the report count both runs together."));
        QPushButton *keep =
            box.addButton(tr("&Keep Votes and Start Over"), QMessageBox::AcceptRole);
        keep->setObjectName(QStringLiteral("startOverKeep"));
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("startOverCancel"));
        box.setDefaultButton(keep);
        box.setEscapeButton(cancel);
        box.exec();
        if (box.clickedButton() != keep)
            return;
    }
    mWalk->restart();
}

void ScenarioRunner::openRoleCards()
{
    if (!mRoleCards) {
        mRoleCards = new RoleCardsDialog(mWalk->scenario(), this);
        mRoleCards->setObjectName(QStringLiteral("roleCardsDialog"));
    }
    mRoleCards->show();
    mRoleCards->raise();
    mRoleCards->activateWindow();
}

void ScenarioRunner::showEvent(QShowEvent *event)
{
    start();
    QWidget::showEvent(event);
    placeFocus();
}

void ScenarioRunner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void ScenarioRunner::showStep()
{
    const Scenario &scenario = mWalk->scenario();
    const Scene *scene = mWalk->currentScene();
    const bool debrief = mWalk->isInDebrief();
    const bool finished = mWalk->isFinished();
    const bool decision = mWalk->currentDecision() != nullptr;
    const bool ending = scene && scene->ending && !debrief && !finished;

    if (finished) {
        mKicker->setText(tr("Finished"));
        mSceneTitle->setText(overContent().heading);
        mNarration->setText(tr("The scenario has ended and the projector says so. Start over to "
                               "run it again, or choose another scenario from the library."));
        mNotes->setNotes(tr("Thank the people who played the roles and the observers, and give "
                            "the room a moment before the next part of the workshop."));
    } else if (debrief) {
        mKicker->setText(tr("Debrief"));
        mSceneTitle->setText(tr("Debrief: What? So what? Now what?"));
        QString html;
        const auto section = [&html](const QString &heading, const QStringList &questions) {
            if (questions.isEmpty())
                return;
            html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(heading));
            for (const QString &question : questions)
                html += QStringLiteral("<li style='margin-bottom:6px'>%1</li>")
                            .arg(esc(question.simplified()));
            html += QStringLiteral("</ul>");
        };
        section(tr("What? (what happened)"), scenario.debrief.what);
        section(tr("So what? (why it matters)"), scenario.debrief.soWhat);
        section(tr("Now what? (what each of us will do)"), scenario.debrief.nowWhat);
        mDebriefView->setText(html);
        mNotes->setNotes(tr("Take the three kinds of question in order and give each its own time. "
                            "Let the room answer before you offer your own view. Invite, never "
                            "require: anyone may pass."));
        mTimerBox->setTitle(tr("Debrief timer"));
        mTimer->setRotationVisible(false);
    } else if (scene) {
        const int step = int(mWalk->path().size());
        mKicker->setText(decision ? tr("Scene %1 · Decision point").arg(step)
                         : ending ? tr("Scene %1 · Ending").arg(step)
                                  : tr("Scene %1").arg(step));
        mSceneTitle->setText(scene->title.simplified());
        mNarration->setText(scene->narration.simplified());
        mNotes->setNotes(scene->notes);
        mTimerBox->setTitle(tr("Round timer"));
        mTimer->setRotationVisible(true);
    }
    // Every step starts its timer afresh, from the scenario's length for it; nothing of the
    // last step's timer (running, "time is up", on the projector) stays.
    const int seconds = mWalk->timerSeconds();
    mTimer->resetTo(seconds > 0 ? seconds : RoundTimer::DefaultSeconds);
    mTimerBox->setVisible(!finished);
    mTimer->startPauseAction()->setEnabled(!finished); // Ctrl+T: no hidden timer on the projector
    mNarration->setAccessibleName(finished ? mNarration->text()
                                           : tr("Narration: %1").arg(mNarration->text()));
    mSceneTitle->setAccessibleName(mSceneTitle->text());
    mNarration->setVisible(!debrief);
    mDebriefView->setVisible(debrief);
    mEndingNote->setVisible(ending);
    // Read out before the role-play starts, so on its first scene; it scrolls with the scene.
    // A replay (a follow-up) starts at its decision: the note is read there instead.
    const bool firstShown = mWalk->path().size() == 1 || (scene && scene->id == mReplayScene);
    mContentNote->setVisible(scene && !debrief && !finished && firstShown &&
                             !scenario.contentNote.isEmpty());
    mEndingNote->setText(tr("This is an ending of the scenario. When the room is ready, go on "
                            "to the debrief."));

    if (decision)
        mDecision->setDecision(scenario.id, *scene);
    else
        mDecision->clearDecision();
    mDecision->setVisible(decision);
    mDecision->actionBar()->setVisible(decision);
    mDecision->statusLabel()->setVisible(decision);
    const bool recording = decision && mDecision->questionId() != 0;
    for (QAction *action : std::as_const(mVoteActions))
        action->setEnabled(recording);
    for (QAction *action : std::as_const(mUnvoteActions))
        action->setEnabled(recording);
    mMinusAction->setEnabled(recording);
    mRemoveArmed = false;

    mNextButton->setVisible(mWalk->canAdvance() && !ending);
    mDebriefButton->setVisible(mWalk->canOpenDebrief());
    mFinishButton->setVisible(mWalk->canFinish());
    mBackButton->setEnabled(mWalk->canGoBack());
    mBackAction->setEnabled(mWalk->canGoBack());
    mAdvanceAction->setEnabled(mWalk->canAdvance());
    ShownName::apply(mShowButton);
    mShowButton->setAccessibleDescription(
        finished  ? tr("Show on the projector that the scenario is over")
        : debrief ? tr("Show the debrief questions on the projector")
                  : tr("Show the narration on the projector"));

    updateBreadcrumb();
    updateProjectorStatus();
    updateTabOrder();
    mScroll->ensureVisible(0, 0);
    mStoryScroll->ensureVisible(0, 0);

    if (isVisible())
        placeFocus();
}

void ScenarioRunner::walkFinished()
{
    // The room is told, whatever the projector showed; the timer stopped with the step.
    if (mAudience)
        mAudience->show(overContent());
    emit finished();
}

void ScenarioRunner::placeFocus()
{
    // The keyboard goes where the next move is.
    QWidget *focus = mShowButton;
    if (mWalk->isFinished())
        focus = mRestartButton;
    else if (mDecision->isVisibleTo(this) && mDecision->focusTarget())
        focus = mDecision->focusTarget();
    else if (mDebriefButton->isVisibleTo(this))
        focus = mDebriefButton;
    else if (mNextButton->isVisibleTo(this))
        focus = mNextButton;
    focus->setFocus(Qt::OtherFocusReason);
}

void ScenarioRunner::vote(int option, int delta)
{
    if (option < mDecision->optionCount())
        mDecision->addVote(option, delta);
}

void ScenarioRunner::updateProjectorStatus()
{
    if (!mAudience) {
        mProjectorStatus->setText(tr("No audience screen is open."));
        return;
    }
    const AudienceState::Content &content = mAudience->content();
    if (content == currentAudienceContent()) {
        mProjectorStatus->setText(tr("On the projector now."));
        return;
    }
    if (content == overContent()) {
        mProjectorStatus->setText(tr("The projector says that the scenario is over."));
        return;
    }
    QString what;
    switch (content.mode) {
    case AudienceState::Mode::Welcome:
        what = tr("the welcome screen");
        break;
    case AudienceState::Mode::Agreements:
        what = tr("the group's agreements");
        break;
    case AudienceState::Mode::Narration:
        what = tr("the narration of “%1”").arg(content.heading);
        break;
    case AudienceState::Mode::Question:
        what = tr("a question and its options");
        break;
    case AudienceState::Mode::Results:
        what = tr("revealed results");
        break;
    case AudienceState::Mode::Debrief:
        what = tr("debrief questions");
        break;
    case AudienceState::Mode::Join:
        what = tr("how to join from a phone");
        break;
    case AudienceState::Mode::Commitment:
        what = tr("the request for commitments");
        break;
    case AudienceState::Mode::CommitmentWall:
        what = tr("the group's commitments");
        break;
    }
    mProjectorStatus->setText(tr("The projector shows %1.").arg(what));
}

void ScenarioRunner::updateBreadcrumb()
{
    const Scenario &scenario = mWalk->scenario();
    const QStringList path = mWalk->path();
    // After the path: the debrief, then the end, as far as the walk has gone.
    QStringList after;
    if (mWalk->isInDebrief() || mWalk->isFinished())
        after.append(tr("Debrief"));
    if (mWalk->isFinished())
        after.append(tr("Finished"));
    QStringList parts;
    QStringList plain;
    for (const QString &id : path) {
        const Scene *scene = scenario.scene(id);
        plain.append(scene ? scene->title.simplified() : id);
        parts.append(esc(plain.last()));
    }
    for (const QString &step : std::as_const(after)) {
        plain.append(step);
        parts.append(esc(step));
    }
    if (!parts.isEmpty())
        parts.last() = QStringLiteral("<b>%1</b>").arg(parts.last());
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    // The path reads in the console's direction, so its arrows point that way: ‹ right to left
    // (Qt's rich text does not mirror › here).
    const QString arrow = isRightToLeft() ? QStringLiteral("‹") : QStringLiteral("›");
    mBreadcrumb->setText(QStringLiteral("<span style='color:%1'>%2</span> %3")
                             .arg(muted, esc(tr("Path:")),
                                  parts.join(QStringLiteral(" &nbsp;%1&nbsp; ").arg(arrow))));
    mBreadcrumb->setAccessibleName(tr("Path so far: %1").arg(plain.join(QStringLiteral(", "))));
}

void ScenarioRunner::updateTabOrder()
{
    QList<QWidget *> chain{mRoleCardsButton, mRestartButton, mShowButton};
    chain += mDecision->focusChain();
    chain << mBackButton << mNextButton << mDebriefButton << mFinishButton;
    chain += mTimer->focusChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ScenarioRunner::applyFonts()
{
    mScenarioTitle->setFont(UiSizes::scaledFont(font(), 1.15, true));
    mSceneTitle->setFont(UiSizes::scaledFont(font(), 1.7, true));
    mNarration->setFont(UiSizes::scaledFont(font(), 1.45));
    mDebriefView->setFont(UiSizes::scaledFont(font(), 1.25));
    mKicker->setFont(UiSizes::scaledFont(font(), 0.95, true));
    for (QPushButton *button : {mRoleCardsButton, mRestartButton, mBackButton, mShowButton,
                                mNextButton, mDebriefButton, mFinishButton})
        UiSizes::makeRoomy(button);
    mBottom->setLeadingRoom(fontMetrics().averageCharWidth() * 24); // the status beside "Back"
    // The scene's title and three lines of its text, however small the window.
    mStoryScroll->setMinimumHeight(QFontMetrics(mSceneTitle->font()).height() +
                                   QFontMetrics(mNarration->font()).lineSpacing() * 3 + 8);
    updateBreadcrumb();
}
